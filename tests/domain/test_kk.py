"""KK number rules (DOMAIN.md: 16 digits, region checked, odd date only a warning)."""

from __future__ import annotations

import pytest

from lingkaran_desktop.domain.kk import parse_kk
from lingkaran_desktop.domain.messages import CATALOG

KK = "3509010101200001"  # 35.09.01 (Jombang, Jember), issued 01-01-2020, serial 0001


def codes(result) -> list[str]:
    return [f.code for f in result.findings]


def test_valid_kk_is_accepted():
    result = parse_kk(KK)
    assert result.ok and result.findings == [] and result.value == KK


def test_kk_is_normalised_like_a_nik():
    assert parse_kk(" '3509.0101-0120 0001\u00a0").value == KK
    assert parse_kk(3509010101200001).value == KK


@pytest.mark.parametrize("raw", [None, "", "  "])
def test_empty_kk_is_rejected(raw):
    assert codes(parse_kk(raw)) == ["KK_EMPTY"]


def test_kk_with_letters_is_rejected():
    assert codes(parse_kk("35090101012O0001")) == ["KK_NOT_DIGITS"]


def test_kk_must_have_16_digits():
    result = parse_kk("35090101012000011")
    assert codes(result) == ["KK_LENGTH"] and "17 angka" in result.errors[0].message


def test_kk_with_unknown_province_is_rejected():
    result = parse_kk("9909010101200001")
    assert codes(result) == ["KK_REGION_UNKNOWN"] and not result.ok


def test_kk_with_unknown_or_old_district_is_only_a_warning():
    result = parse_kk("3509990101200001")
    assert result.ok and codes(result) == ["KK_DISTRICT_UNKNOWN"]
    assert parse_kk("9101010101200001").findings == []  # historical district 91.01.01


@pytest.mark.parametrize("ddmmyy", ["320120", "011320", "000120", "290201", "310420"])
def test_odd_kk_date_part_is_a_warning_because_old_cards_vary(ddmmyy):
    result = parse_kk(f"350901{ddmmyy}0001")
    assert result.ok
    assert codes(result) == ["KK_DATE_ODD"]


def test_kk_date_29_february_in_a_leap_year_is_fine():
    assert parse_kk("3509012902000001").findings == []


def test_kk_serial_0000_is_a_warning():
    result = parse_kk("3509010101200000")
    assert result.ok and codes(result) == ["KK_SERIAL_ZERO"]


def test_kk_from_a_numeric_cell_ending_in_zero_is_rejected_like_a_nik():
    assert codes(parse_kk(3509010101200000)) == ["KK_EXCEL_DAMAGED"]
    assert codes(parse_kk("3.50901E+15")) == ["KK_EXCEL_DAMAGED"]
    assert codes(parse_kk("3509010101200010", from_numeric_cell=True)) == ["KK_EXCEL_DAMAGED"]
    assert "Teks" in parse_kk(3509010101200000).errors[0].message


@pytest.mark.parametrize(
    "code",
    [
        "KK_EMPTY",
        "KK_NOT_DIGITS",
        "KK_LENGTH",
        "KK_REGION_UNKNOWN",
        "KK_EXCEL_DAMAGED",
        "KK_DISTRICT_UNKNOWN",
        "KK_DATE_ODD",
        "KK_SERIAL_ZERO",
    ],
)
def test_every_kk_finding_has_an_indonesian_and_english_message(code):
    indonesian, english = CATALOG[code]
    assert indonesian and english and indonesian != english
