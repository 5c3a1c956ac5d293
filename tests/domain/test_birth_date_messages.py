"""A birth date that does not exist is named as such (the officer would otherwise retype the same
date in another form), in the entry form, the CLI and the import alike."""

from __future__ import annotations

from datetime import date

import pytest

from lingkaran_desktop.domain.candidate import CandidateFields, check_candidate, no_such_day
from lingkaran_desktop.domain.program import ProgramRules
from lingkaran_desktop.services import messages  # noqa: F401  (registers BIRTH_DATE_INVALID)

RULES = ProgramRules("Uji", 2026, date(2026, 1, 1))
NIK = "3509011708800001"  # 17-08-1980, male (made up)


def _codes(birth: str) -> list[str]:
    fields = CandidateFields(NIK, "Budi Santoso", "L", birth, occupation="petani")
    return [f.code for f in check_candidate(fields, RULES, date(2026, 3, 1)).errors]


@pytest.mark.parametrize(
    ("typed", "days"),
    [("31-02-1980", "29"), ("1978-02-31", "28"), ("29-02-1981", "28"), ("31/04/1990", "30"),
     ("30.02.80", "28/29"), ("1980-06-31", "30")],
)  # fmt: skip
def test_a_day_its_month_does_not_have_is_named(typed, days) -> None:
    assert _codes(typed) == ["BIRTH_DATE_NO_SUCH_DAY"]
    found = no_such_day(typed)
    assert found is not None and found["days"] == days
    fields = CandidateFields(NIK, "Budi Santoso", "L", typed, occupation="petani")
    message = check_candidate(fields, RULES, date(2026, 3, 1)).errors[0].message
    assert "tidak ada di kalender" in message and "KTP" in message


@pytest.mark.parametrize("typed", ["kemarin", "12-13-1980", "32-01-1980", "1980/05"])
def test_other_unreadable_dates_say_how_to_write_one(typed) -> None:
    assert _codes(typed) == ["BIRTH_DATE_INVALID"]
    fields = CandidateFields(NIK, "Budi Santoso", "L", typed, occupation="petani")
    message = check_candidate(fields, RULES, date(2026, 3, 1)).errors[0].message
    assert "12-05-1980" in message
