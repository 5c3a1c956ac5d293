"""NIK rules (DOMAIN.md "NIK rules"). Test NIKs are built from real district codes, never people."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from lingkaran_desktop.domain.messages import CATALOG, render
from lingkaran_desktop.domain.nik import (
    check_excel_damage,
    compare_nik_with_person,
    mask_nik,
    normalize_nik,
    parse_nik,
    resolve_century,
)
from lingkaran_desktop.domain.regions import children_of

JEMBER_JOMBANG = "350901"  # 35.09.01: Kecamatan Jombang, Kabupaten Jember
REF = date(2026, 1, 1)


def make_nik(
    district: str = JEMBER_JOMBANG,
    birth: date = date(1980, 7, 1),
    sex: str = "L",
    serial: int = 1,
) -> str:
    day = birth.day + (40 if sex == "P" else 0)
    return f"{district}{day:02d}{birth.month:02d}{birth.year % 100:02d}{serial:04d}"


def codes(result) -> list[str]:
    return [f.code for f in result.findings]


# --- a valid NIK ---------------------------------------------------------------------------


def test_valid_nik_gives_region_birth_date_sex_and_serial():
    result = parse_nik("3509010107800001", reference_date=REF)
    assert result.ok and result.findings == []
    info = result.info
    assert info is not None
    assert info.nik == "3509010107800001"
    assert (info.province_code, info.regency_code, info.district_code) == (
        "35",
        "35.09",
        "35.09.01",
    )
    assert info.birth_date == date(1980, 7, 1)
    assert info.sex == "L"
    assert info.serial == "0001"
    assert info.district_name == "Jombang"
    assert info.district_is_current is True


def test_women_have_40_added_to_birth_day():
    info = parse_nik("3509014107800001", reference_date=REF).info
    assert info is not None
    assert info.sex == "P"
    assert info.birth_date == date(1980, 7, 1)
    assert parse_nik("3509017112800001", reference_date=REF).info.birth_date == date(1980, 12, 31)


def test_men_have_birth_day_01_to_31():
    assert parse_nik("3509013112800001", reference_date=REF).info.sex == "L"
    assert parse_nik("3509010112800001", reference_date=REF).info.birth_date == date(1980, 12, 1)


@pytest.mark.parametrize("day", ["00", "32", "35", "40", "72", "80", "99"])
def test_birth_day_00_32_to_40_and_72_plus_is_rejected(day):
    result = parse_nik(f"350901{day}07800001", reference_date=REF)
    assert not result.ok
    assert codes(result) == ["NIK_DATE_INVALID"]
    assert result.info is None


@pytest.mark.parametrize("month", ["00", "13", "20", "99"])
def test_month_00_or_13_plus_is_rejected(month):
    assert codes(parse_nik(f"35090101{month}800001", reference_date=REF)) == ["NIK_DATE_INVALID"]


@pytest.mark.parametrize("ddmm", ["3104", "3106", "3109", "3111", "3002", "7104"])
def test_day_that_month_does_not_have_is_rejected(ddmm):
    assert codes(parse_nik(f"350901{ddmm}800001", reference_date=REF)) == ["NIK_DATE_INVALID"]


def test_29_february_only_in_leap_years():
    assert parse_nik("3509012902840001", reference_date=REF).ok  # 1984
    assert parse_nik("3509016902840001", reference_date=REF).info.sex == "P"  # woman, 1984
    assert codes(parse_nik("3509012902850001", reference_date=REF)) == ["NIK_DATE_INVALID"]


def test_29_february_is_validated_after_choosing_the_century():
    # yy=00 with a 2026 reference date is 2000, a leap year: valid.
    info = parse_nik("3509012902000001", reference_date=date(2026, 6, 1)).info
    assert info is not None and info.birth_date == date(2000, 2, 29)
    # Before 29 Feb 2000 the only plausible century is 1900, which was not a leap year.
    old = parse_nik("3509012902000001", reference_date=date(1999, 12, 31))
    assert codes(old) == ["NIK_DATE_INVALID"]
    # In 2100 (not a leap year) a newborn's 29-02-00 is again impossible.
    assert codes(parse_nik("3509012902000001", reference_date=date(2100, 3, 1))) == [
        "NIK_DATE_INVALID"
    ]


def test_two_digit_year_takes_the_most_recent_plausible_century():
    assert parse_nik("3509010101000001", reference_date=REF).info.birth_date == date(2000, 1, 1)
    assert parse_nik("3509010101250001", reference_date=REF).info.birth_date == date(2025, 1, 1)
    assert parse_nik("3509010101300001", reference_date=REF).info.birth_date == date(1930, 1, 1)
    assert parse_nik("3509010101990001", reference_date=REF).info.birth_date == date(1999, 1, 1)


def test_birth_date_is_never_after_the_reference_date():
    # 02-01-26 would be tomorrow in 2026: it must be 1926 (age 99).
    info = parse_nik("3509010201260001", reference_date=REF).info
    assert info.birth_date == date(1926, 1, 2)
    # The reference date itself counts as age 0.
    assert parse_nik("3509010101260001", reference_date=REF).info.birth_date == date(2026, 1, 1)


def test_century_rule_keeps_age_between_0_and_100():
    assert resolve_century(26, 1, 1, REF) == 2026
    assert resolve_century(26, 1, 2, REF) == 1926
    assert resolve_century(0, 2, 29, date(2026, 1, 1)) == 2000
    assert resolve_century(0, 2, 29, date(1999, 12, 31)) == 1900


def test_reference_date_defaults_to_today():
    year = date.today().year
    yy = (year - 30) % 100
    info = parse_nik(f"35090101{1:02d}{yy:02d}0001").info
    assert info is not None and info.birth_date == date(year - 30, 1, 1)


# --- rejections ---------------------------------------------------------------------------


@pytest.mark.parametrize("raw", [None, "", "   ", "\u00a0\t"])
def test_empty_nik_is_rejected(raw):
    result = parse_nik(raw, reference_date=REF)
    assert codes(result) == ["NIK_EMPTY"] and not result.ok


@pytest.mark.parametrize("raw", ["35090101078O0001", "3509010107800001x", "NIK 3509010107800001"])
def test_nik_with_letters_is_rejected(raw):
    assert codes(parse_nik(raw, reference_date=REF)) == ["NIK_NOT_DIGITS"]


@pytest.mark.parametrize(("raw", "length"), [("350901010780001", 15), ("35090101078000011", 17)])
def test_nik_must_have_16_digits_and_the_message_says_how_many(raw, length):
    result = parse_nik(raw, reference_date=REF)
    assert codes(result) == ["NIK_LENGTH"]
    assert result.errors[0].params["length"] == length
    assert f"{length} angka" in result.errors[0].message
    assert f"has {length}" in result.errors[0].text("en")


def test_unknown_province_is_rejected():
    result = parse_nik("9909010107800001", reference_date=REF)
    assert codes(result) == ["NIK_PROVINCE_UNKNOWN"]
    assert "99" in result.errors[0].message


def test_serial_0000_is_rejected():
    assert codes(parse_nik("3509010107800000", reference_date=REF)) == ["NIK_SERIAL_ZERO"]


def test_all_errors_of_a_nik_are_reported_together():
    result = parse_nik("9909013507800000", reference_date=REF)
    assert set(codes(result)) == {"NIK_PROVINCE_UNKNOWN", "NIK_DATE_INVALID", "NIK_SERIAL_ZERO"}


# --- district codes ---------------------------------------------------------------------------


def test_old_district_code_of_first_issue_is_accepted_with_its_historical_name():
    # 91.01.01 Merauke was renumbered when Papua Selatan was formed; old NIKs keep it.
    result = parse_nik(make_nik("910101"), reference_date=REF)
    assert result.ok and result.findings == []
    assert result.info.district_name == "Merauke"
    assert result.info.district_is_current is False


def test_unknown_district_is_a_warning_never_a_rejection():
    result = parse_nik(make_nik("350999"), reference_date=REF)
    assert result.ok
    assert codes(result) == ["NIK_DISTRICT_UNKNOWN"]
    assert not result.findings[0].is_error
    assert result.info.district_name is None
    assert result.info.district_code == "35.09.99"


def test_unknown_regency_is_also_only_a_warning():
    result = parse_nik(make_nik("356801"), reference_date=REF)
    assert result.ok and codes(result) == ["NIK_DISTRICT_UNKNOWN"]


# --- normalising ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "raw",
    [
        "3509010107800001",
        "  3509010107800001  ",
        "\u00a03509010107800001\t",
        "'3509010107800001",
        "3509 0101 0780 0001",
        "3509.0101.0780.0001",
        "3509-0101-0780-0001",
        "35.09.01 010780 0001",
        "\u2019 3509010107800001",
        3509010107800001,
    ],
)
def test_normalising_strips_blanks_dots_dashes_and_a_leading_apostrophe(raw):
    assert normalize_nik(raw) == "3509010107800001"


def test_float_is_not_normalised_into_digits():
    assert not normalize_nik(3509010107800001.0).isdigit()
    assert not normalize_nik(3.50901e15).isdigit()


@pytest.mark.parametrize("raw", ["3.50901E+15", "3,50901E+15", "3.50901e15"])
def test_scientific_notation_string_is_not_normalised_into_digits(raw):
    assert normalize_nik(raw) == raw


def test_normalise_none_is_empty():
    assert normalize_nik(None) == ""


# --- Excel damage ---------------------------------------------------------------------------


@pytest.mark.parametrize("cell", [3509014107800000, 3509014107800000.0, 3509010107800010.0])
def test_excel_numeric_cell_ending_in_zero_is_rejected_with_text_format_advice(cell):
    result = parse_nik(cell, reference_date=REF)
    assert codes(result) == ["NIK_EXCEL_DAMAGED"]
    assert result.info is None
    message = result.errors[0].message
    assert "Teks" in message and "ketik ulang" in message
    assert "Text" in result.errors[0].text("en")
    assert check_excel_damage(cell) is not None


@pytest.mark.parametrize("cell", ["3.50901E+15", "3,50901E+15", " 3.50901E+15 ", 3.50901e16])
def test_nik_in_scientific_notation_is_rejected(cell):
    assert codes(parse_nik(cell, reference_date=REF)) == ["NIK_EXCEL_DAMAGED"]
    assert check_excel_damage(cell).code == "NIK_EXCEL_DAMAGED"


def test_numeric_cell_not_ending_in_zero_is_accepted_with_a_warning_to_compare_with_the_ktp():
    for cell in (3509014107800001.0, 3509014107800001):
        result = parse_nik(cell, reference_date=REF)
        assert result.ok, result.findings
        assert result.nik == "3509014107800001"
        assert codes(result) == ["NIK_NUMERIC_CELL"]
        assert "KTP" in result.warnings[0].message
    assert check_excel_damage(3509014107800001.0) is None


def test_text_of_a_numeric_cell_follows_the_excel_rule_when_flagged():
    damaged = parse_nik("3509014107800010", reference_date=REF, from_numeric_cell=True)
    assert codes(damaged) == ["NIK_EXCEL_DAMAGED"]
    fine = parse_nik("3509014107800011", reference_date=REF, from_numeric_cell=True)
    assert fine.ok and codes(fine) == ["NIK_NUMERIC_CELL"]
    as_float_text = parse_nik("3509014107800001.0", reference_date=REF)
    assert as_float_text.ok and as_float_text.nik == "3509014107800001"


def test_nik_typed_as_text_ending_in_zero_is_fine():
    result = parse_nik("3509014107800010", reference_date=REF)
    assert result.ok and result.findings == []
    assert check_excel_damage("3509014107800010") is None


# --- NIK versus what was typed: warnings only ------------------------------------------------


def _info():
    return parse_nik("3509014107800001", reference_date=REF).info


def test_nik_disagreeing_with_typed_birth_date_is_a_warning_never_a_rejection():
    findings = compare_nik_with_person(
        _info(), birth_date=date(1981, 3, 2), sex="P", regency_code="35.09"
    )
    assert [f.code for f in findings] == ["NIK_BIRTHDATE_MISMATCH"]
    assert not findings[0].is_error
    assert "01-07-1980" in findings[0].message and "02-03-1981" in findings[0].message


def test_nik_disagreeing_with_typed_sex_is_a_warning_never_a_rejection():
    findings = compare_nik_with_person(_info(), birth_date=None, sex="L", regency_code=None)
    assert [f.code for f in findings] == ["NIK_SEX_MISMATCH"]
    assert not findings[0].is_error
    assert "perempuan" in findings[0].message


def test_nik_from_another_regency_is_a_warning_because_people_move():
    findings = compare_nik_with_person(
        _info(), birth_date=None, sex=None, regency_code="15.71.01.1001"
    )
    assert [f.code for f in findings] == ["NIK_REGENCY_OTHER"]
    assert not findings[0].is_error
    assert "15.71" in findings[0].message


def test_nik_agreeing_with_the_person_gives_no_findings():
    info = _info()
    assert (
        compare_nik_with_person(info, birth_date=date(1980, 7, 1), sex="P", regency_code="3509")
        == []
    )
    assert compare_nik_with_person(info, birth_date=None, sex=None, regency_code=None) == []


# --- masking -------------------------------------------------------------------------------


def test_nik_is_masked_for_printing_showing_first_and_last_four_digits():
    assert mask_nik("3509014107800001") == "3509•••••••••0001"
    assert mask_nik("3509 0141 0780 0001") == "3509•••••••••0001"
    assert "0141" not in mask_nik("3509014107800001")


def test_masking_a_short_value_reveals_nothing():
    assert mask_nik("12345") == "•••••••••"


# --- messages ------------------------------------------------------------------------------

NIK_CODES = [
    "NIK_EMPTY",
    "NIK_NOT_DIGITS",
    "NIK_LENGTH",
    "NIK_PROVINCE_UNKNOWN",
    "NIK_DATE_INVALID",
    "NIK_SERIAL_ZERO",
    "NIK_EXCEL_DAMAGED",
    "NIK_NUMERIC_CELL",
    "NIK_DISTRICT_UNKNOWN",
    "NIK_BIRTHDATE_MISMATCH",
    "NIK_SEX_MISMATCH",
    "NIK_REGENCY_OTHER",
]


@pytest.mark.parametrize("code", NIK_CODES)
def test_every_nik_finding_has_an_indonesian_and_english_message(code):
    indonesian, english = CATALOG[code]
    assert indonesian and english and indonesian != english
    assert render(code, {}) != code


# --- properties ----------------------------------------------------------------------------

_DISTRICTS: list[str] = []


def districts() -> list[str]:
    if not _DISTRICTS:
        for province in children_of():
            for regency in children_of(province.code):
                _DISTRICTS.extend(d.code.replace(".", "") for d in children_of(regency.code))
    return _DISTRICTS


def test_district_list_for_properties_is_real():
    assert len(districts()) == 7285 and JEMBER_JOMBANG in districts()


@st.composite
def decorated_niks(draw):
    district = draw(st.sampled_from(districts()))
    birth = draw(st.dates(min_value=date(1926, 1, 1), max_value=date(2008, 12, 31)))
    sex = draw(st.sampled_from("LP"))
    serial = draw(st.integers(1, 9999))
    nik = make_nik(district, birth, sex, serial)
    pieces = []
    for digit in nik:
        pieces.append(digit)
        pieces.append(draw(st.sampled_from(["", "", "", " ", ".", "-", "\u00a0"])))
    text = "".join(pieces).strip(" .-\u00a0")
    if draw(st.booleans()):
        text = "'" + text
    blanks = st.text(alphabet=" \t\u00a0", max_size=3)
    text = draw(blanks) + text + draw(blanks)
    return text, nik, district, birth, sex, serial


@settings(max_examples=300, deadline=None)
@given(decorated_niks())
def test_any_valid_nik_with_decorations_normalises_and_parses_back(case):
    text, nik, district, birth, sex, serial = case
    # 31 Dec 2025: every date 1926–2008 lies within 100 years, so its century is unambiguous.
    result = parse_nik(text, reference_date=date(2025, 12, 31))
    assert result.nik == nik
    assert result.ok, result.findings
    info = result.info
    assert info.birth_date == birth
    assert info.sex == sex
    assert info.district_code.replace(".", "") == district
    assert info.serial == f"{serial:04d}"
    assert info.district_is_current and info.district_name


@settings(max_examples=300, deadline=None)
@given(
    reference=st.dates(min_value=date(1950, 1, 1), max_value=date(2150, 12, 31)),
    days_back=st.integers(min_value=0, max_value=99 * 365),
    sex=st.sampled_from("LP"),
)
def test_century_logic_recovers_every_birth_date_of_the_last_99_years(reference, days_back, sex):
    birth = reference - timedelta(days=days_back)
    result = parse_nik(make_nik(birth=birth, sex=sex), reference_date=reference)
    assert result.ok, result.findings
    assert result.info.birth_date == birth
    assert result.info.sex == sex


@settings(max_examples=200, deadline=None)
@given(st.dates(min_value=date(1950, 1, 1), max_value=date(2150, 12, 31)))
def test_29_february_00_is_valid_exactly_when_its_chosen_century_is_a_leap_year(reference):
    year = resolve_century(0, 2, 29, reference)
    result = parse_nik("3509012902000001", reference_date=reference)
    leap = year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)
    assert result.ok is leap
    if leap:
        assert result.info.birth_date == date(year, 2, 29) <= reference


def test_a_number_too_big_for_a_number_cell_to_hold_exactly_is_damaged() -> None:
    """NIKs of Papua (91…, 92…) exceed 2**53: in a number cell their last digits are rounded."""
    assert check_excel_damage(9101010101800003.0) is not None  # held as …0004
    assert check_excel_damage(9101010101800004) is not None
    assert check_excel_damage(3509014107800001) is None  # below 2**53: exact
    assert check_excel_damage("9101010101800003") is None  # text is exact
