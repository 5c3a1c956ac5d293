"""The shortcuts taken for the usual, clean cell give exactly what the general code gives.

A ``str`` subclass skips every ``type(value) is str`` shortcut, so calling a function with one
runs the general code on the same text.
"""

from __future__ import annotations

import dataclasses
import pickle
from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from lingkaran_desktop.domain.candidate import CandidateFields, _rt_rw, check_candidate
from lingkaran_desktop.domain.eligibility import check_age
from lingkaran_desktop.domain.findings import Finding, Severity, error, warning
from lingkaran_desktop.domain.kk import parse_kk
from lingkaran_desktop.domain.nik import NikInfo, parse_nik
from lingkaran_desktop.domain.phone import normalize_phone
from lingkaran_desktop.domain.program import ProgramRules, normalize_funding
from lingkaran_desktop.domain.regions import district_name, province_exists
from lingkaran_desktop.excel.values import cell_text, clean, is_blank, parse_date
from lingkaran_desktop.services.spreadsheet_import import _RowReader, _str


class _Text(str):
    """Text that takes the general path."""


_DIGITS = st.text(alphabet="0123456789", min_size=0, max_size=17)
_MESSY = st.text(
    alphabet=st.sampled_from("0123456789 +-.()/'\u00a0\u200b\u2019\n٣１aP"), max_size=18
)
_PHONES = st.one_of(
    st.builds(lambda d: "08" + d, st.text(alphabet="0123456789", min_size=6, max_size=13)),
    _MESSY,
)


@settings(max_examples=500)
@given(_PHONES)
def test_phone_shortcut_matches_the_general_path(raw: str) -> None:
    fast, general = normalize_phone(raw), normalize_phone(_Text(raw))
    assert (fast.value, fast.findings, fast.note) == (general.value, general.findings, general.note)


@settings(max_examples=500)
@given(st.one_of(_DIGITS, _MESSY, st.text(max_size=5)))
def test_rt_rw_shortcut_matches_the_general_path(raw: str) -> None:
    fast_findings: list[Finding] = []
    general_findings: list[Finding] = []
    assert _rt_rw(raw, "RT", fast_findings) == _rt_rw(_Text(raw), "RT", general_findings)
    assert fast_findings == general_findings


@settings(max_examples=500)
@given(st.one_of(_MESSY, st.text(max_size=6), st.sampled_from(["-", "--", " - ", "_", ""])))
def test_clean_and_str_shortcuts_match_the_general_path(raw: str) -> None:
    assert clean(raw) == clean(_Text(raw))
    assert (clean(raw) is None) == is_blank(raw)
    assert _str(raw) == cell_text(raw) == _str(_Text(raw))


def test_parse_date_keeps_a_date_cell() -> None:
    day = date(1980, 5, 12)
    assert parse_date(day, date(2026, 1, 1)) is day


@pytest.mark.parametrize("raw", [None, "", " ", "apbd", "Dana Desa", "x", "A.P.B.D"])
def test_funding_shortcut_for_empty_values(raw: str | None) -> None:
    text = (raw or "").strip().upper().replace(" ", "").replace("/", "").replace(".", "")
    expected = "APBD" if not text else normalize_funding(_Text(text))
    assert normalize_funding(raw) == expected


@pytest.mark.parametrize("birth_year", range(1955, 2012))
def test_age_check_in_and_out_of_limits(birth_year: int) -> None:
    start = date(2026, 1, 1)
    age = start.year - birth_year
    findings = check_age(date(birth_year, 1, 1), start, 18, 65)
    if 18 <= age <= 65:
        assert findings == []
    else:
        code = "AGE_TOO_YOUNG" if age < 18 else "AGE_TOO_OLD"
        assert findings == [error(code, "birth_date", age=age, age_min=18, age_max=65)]
        assert list(findings[0].params) == ["age", "age_min", "age_max"]


def test_findings_are_the_frozen_dataclass_they_always_were() -> None:
    built = warning("X", "nik", a=1, b="2")
    assert built == Finding("X", Severity.WARNING, "nik", {"a": 1, "b": "2"})
    assert repr(built) == repr(Finding("X", Severity.WARNING, "nik", {"a": 1, "b": "2"}))
    assert error("Y") == Finding("Y", Severity.ERROR)
    assert pickle.loads(pickle.dumps(built)) == built
    assert dataclasses.asdict(built) == dataclasses.asdict(Finding("X", Severity.WARNING, "nik",
                                                                   {"a": 1, "b": "2"}))  # fmt: skip
    with pytest.raises(dataclasses.FrozenInstanceError):
        built.code = "Z"  # type: ignore[misc]


_NIKS = st.builds(
    lambda region, day, month, yy, serial: f"{region}{day:02d}{month:02d}{yy:02d}{serial:04d}",
    st.sampled_from(["350901", "350999", "357801", "110101", "990101", "320101", "000000"]),
    st.sampled_from([0, 1, 17, 29, 31, 32, 41, 69, 71, 72]),
    st.integers(0, 13),
    st.integers(0, 99),
    st.sampled_from([0, 1, 3659, 9999]),
)


@settings(max_examples=500)
@given(_NIKS, st.booleans())
def test_nik_info_is_what_the_dataclass_builds(nik: str, numeric: bool) -> None:
    result = parse_nik(nik, reference_date=date(2026, 1, 1), from_numeric_cell=numeric)
    info = result.info
    if info is None:
        return
    district = district_name(nik[:6])
    expected = NikInfo(
        nik=nik,
        province_code=nik[:2],
        regency_code=f"{nik[:2]}.{nik[2:4]}",
        district_code=f"{nik[:2]}.{nik[2:4]}.{nik[4:6]}",
        birth_date=info.birth_date,
        sex=info.sex,
        serial=nik[12:],
        district_name=district[0] if district else None,
        district_is_current=bool(district and district[1]),
    )
    assert info == expected
    assert repr(info) == repr(expected)
    assert hash(info) == hash(expected)
    assert province_exists(nik[:2])
    assert (district is None) == any(f.code == "NIK_DISTRICT_UNKNOWN" for f in result.findings)
    with pytest.raises(dataclasses.FrozenInstanceError):
        info.sex = "L"  # type: ignore[misc]


@settings(max_examples=300)
@given(_NIKS)
def test_kk_region_checks(kk: str) -> None:
    codes = [f.code for f in parse_kk(kk).findings]
    if not province_exists(kk[:2]):
        assert codes == ["KK_REGION_UNKNOWN"]
    else:
        assert ("KK_DISTRICT_UNKNOWN" in codes) == (district_name(kk[:6]) is None)


def test_row_reader_puts_every_column_in_its_field() -> None:
    columns = {
        "nik": 0, "name": 1, "sex": 2, "birth_date": 3, "birth_place": 4, "mother_name": 5,
        "kk": 6, "address": 7, "rt": 8, "rw": 9, "phone": 10, "occupation": 11, "income": 12,
        "desil": 13, "funding": 14, "proposed_by": 15, "notes": 16, "village_code": 17,
    }  # fmt: skip
    cells = [f"v{name}" for name in columns]
    cells[columns["birth_date"]] = date(1980, 1, 2)
    fields = _RowReader(columns, date(2026, 1, 1), None).fields(cells)
    for name, index in columns.items():
        assert getattr(fields, name) == cells[index], name
    assert fields.nik_from_numeric_cell is False
    numeric = _RowReader(columns, date(2026, 1, 1), None).fields([3509011709823659.0, *cells[1:]])
    assert numeric.nik_from_numeric_cell is True


def test_row_reader_defaults() -> None:
    fields = _RowReader({"nik": 0}, date(2026, 1, 1), "35.09.01.2001").fields(["x"])
    assert fields == CandidateFields(nik="x", name=None, village_code="35.09.01.2001")


def test_a_clean_candidate_has_no_findings() -> None:
    fields = CandidateFields(
        nik="3509011709823659", name="Slamet Purnomo", sex="L", birth_date=date(1982, 9, 17),
        birth_place="Jember", mother_name="Sumirah", kk="3509010101199119", address="Dusun 8",
        rt="008", rw="1", phone="081220834547", occupation="petani", village_code="35.09.01.2001",
    )  # fmt: skip
    rules = ProgramRules(name="x", year=2026, coverage_start=date(2026, 1, 1))
    check = check_candidate(fields, rules, date(2026, 11, 22))
    assert check.findings == []
    assert check.values["rt"] == "008" and check.values["rw"] == "001"
    assert check.values["phone"] == "+6281220834547"
    assert list(check.values) == [
        "nik", "name", "sex", "birth_date", "village_code", "kk", "phone", "occupation_code",
        "income", "desil", "funding", "rt", "rw", "birth_place", "mother_name", "address",
        "proposed_by", "notes",
    ]  # fmt: skip
