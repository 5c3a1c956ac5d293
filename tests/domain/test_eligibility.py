"""Eligibility (DOMAIN.md): age 18–65 inclusive at the coverage start, birth date, desil."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from lingkaran_desktop.domain.eligibility import age_on, check_age, check_birth_date, check_desil
from lingkaran_desktop.domain.messages import CATALOG

START = date(2026, 1, 1)


def codes(findings) -> list[str]:
    return [f.code for f in findings]


def test_age_counts_whole_years():
    assert age_on(date(1980, 7, 1), date(2026, 6, 30)) == 45
    assert age_on(date(1980, 7, 1), date(2026, 7, 1)) == 46


def test_29_february_birthday_is_reached_on_1_march_in_non_leap_years():
    born = date(2008, 2, 29)
    assert age_on(born, date(2026, 2, 28)) == 17
    assert age_on(born, date(2026, 3, 1)) == 18
    assert age_on(born, date(2028, 2, 29)) == 20


def test_age_limits_are_inclusive_18_to_65_at_coverage_start():
    assert check_age(date(2008, 1, 1), START) == []  # 18 today
    assert check_age(date(1960, 1, 2), START) == []  # 65, turns 66 tomorrow


def test_younger_than_18_at_coverage_start_is_rejected_with_age_and_limits():
    findings = check_age(date(2008, 1, 2), START)
    assert codes(findings) == ["AGE_TOO_YOUNG"]
    assert findings[0].is_error
    assert "17 tahun" in findings[0].message and "18–65" in findings[0].message


def test_older_than_65_at_coverage_start_is_rejected_with_age_and_limits():
    findings = check_age(date(1960, 1, 1), START)
    assert codes(findings) == ["AGE_TOO_OLD"]
    assert "66 tahun" in findings[0].message


def test_age_limits_are_program_settings():
    assert check_age(date(2010, 1, 1), START, age_min=16, age_max=60) == []
    assert codes(check_age(date(1965, 1, 1), START, age_min=16, age_max=60)) == ["AGE_TOO_OLD"]


def test_birth_date_in_the_future_is_rejected():
    assert codes(check_birth_date(date(2026, 1, 2), START)) == ["BIRTH_DATE_FUTURE"]
    assert check_birth_date(START, START) == []


@pytest.mark.parametrize("desil", range(1, 11))
def test_desil_1_to_10_is_valid(desil):
    assert check_desil(desil, None) == []


@pytest.mark.parametrize("desil", [0, 11, -1, True])
def test_desil_outside_1_to_10_is_rejected(desil):
    assert codes(check_desil(desil, None)) == ["DESIL_INVALID"]


def test_desil_above_the_program_limit_is_rejected():
    assert check_desil(4, 4) == []
    findings = check_desil(5, 4)
    assert codes(findings) == ["DESIL_ABOVE_LIMIT"] and findings[0].is_error
    assert "5" in findings[0].message and "4" in findings[0].message


def test_unknown_desil_is_a_warning_when_the_program_has_a_limit():
    findings = check_desil(None, 4)
    assert codes(findings) == ["DESIL_UNKNOWN"] and not findings[0].is_error
    assert check_desil(None, None) == []


@given(st.dates(), st.dates())
def test_age_matches_the_calendar_definition(born, on):
    age = age_on(born, on)
    try:
        birthday = born.replace(year=on.year)
    except ValueError:  # 29 Feb in a non-leap year: reached on 1 March
        birthday = date(on.year, 3, 1)
    assert age == on.year - born.year - (on < birthday)


@pytest.mark.parametrize(
    "code",
    [
        "AGE_TOO_YOUNG",
        "AGE_TOO_OLD",
        "BIRTH_DATE_FUTURE",
        "DESIL_INVALID",
        "DESIL_ABOVE_LIMIT",
        "DESIL_UNKNOWN",
    ],
)
def test_eligibility_messages_exist_in_both_languages(code):
    indonesian, english = CATALOG[code]
    assert indonesian and english and indonesian != english
