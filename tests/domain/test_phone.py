"""Phone numbers: Indonesian mobiles to +62...; a bad phone is a warning, never a rejection."""

from __future__ import annotations

import pytest

from lingkaran_desktop.domain.messages import CATALOG
from lingkaran_desktop.domain.phone import normalize_phone


@pytest.mark.parametrize(
    "raw",
    [
        "0812-3456-7890",
        "0812 3456 7890",
        "+62 812 3456 7890",
        "+62-812-3456-7890",
        "6281234567890",
        "81234567890",
        "(0812) 3456 7890",
        "0812.3456.7890",
        " 081234567890\u00a0",
        "+62 0812 3456 7890",
        "'081234567890",
        81234567890,
        81234567890.0,
    ],
)
def test_indonesian_mobile_numbers_are_normalised_to_plus_62(raw):
    result = normalize_phone(raw)
    assert result.value == "+6281234567890"
    assert result.findings == []


@pytest.mark.parametrize(
    ("raw", "expected"),
    [("0812345678", "+62812345678"), ("0812345678901", "+62812345678901")],
)
def test_mobile_number_has_9_to_12_digits_after_the_country_code(raw, expected):
    assert normalize_phone(raw).value == expected


@pytest.mark.parametrize("raw", [None, "", "   "])
def test_empty_phone_is_no_value_and_no_finding(raw):
    result = normalize_phone(raw)
    assert result.value is None and result.findings == []


@pytest.mark.parametrize(
    "raw",
    ["021-555-1234", "0812", "08123456789012345", "0812-abcd-7890", "+60 12 345 6789", "tidak ada"],
)
def test_bad_phone_is_a_warning_so_the_worker_is_not_rejected(raw):
    result = normalize_phone(raw)
    assert result.value is None
    assert [f.code for f in result.findings] == ["PHONE_INVALID"]
    assert not result.findings[0].is_error
    assert "tetap bisa disimpan" in result.findings[0].message


def test_phone_message_exists_in_both_languages():
    indonesian, english = CATALOG["PHONE_INVALID"]
    assert indonesian and english and indonesian != english


@pytest.mark.parametrize(
    "raw",
    [
        "0812-3456-7890 / 0813-1111-2222",
        "081234567890, 081311112222",
        "0812 3456 7890; 0813 1111 2222",
        "081234567890 atau 081311112222",
        "0812-3456-7890 (suami) / 0813-1111-2222",
        "021-555-1234 / 0812-3456-7890",  # a landline first: the mobile number is kept
        "081234567890\n081311112222",
    ],
)
def test_two_numbers_in_one_cell_keep_the_first_mobile_one_with_a_warning(raw):
    """Officers type a second number into the same cell; both used to be lost."""
    result = normalize_phone(raw)
    assert result.value == "+6281234567890"
    assert [f.code for f in result.findings] == ["PHONE_SEVERAL"]
    assert not result.findings[0].is_error
    assert "lebih dari satu nomor" in result.findings[0].message


def test_a_number_written_with_slashes_is_one_number() -> None:
    assert normalize_phone("0812/3456/7890").value == "+6281234567890"
    assert normalize_phone("0812/3456/7890").findings == []


def test_several_cells_of_nothing_readable_is_the_usual_warning() -> None:
    result = normalize_phone("021-555-1234 / 022-777-8888")
    assert result.value is None
    assert [f.code for f in result.findings] == ["PHONE_INVALID"]


@pytest.mark.parametrize(
    ("raw", "expected", "codes"),
    [
        ("0812-345 / 0813-2222-0402", "+6281322220402", ["PHONE_SEVERAL"]),  # one cut short
        ("0812345604O3", None, ["PHONE_INVALID"]),  # a letter O for a zero: no number at all
        ("081234560306 / 081234560306", "+6281234560306", []),  # the same number twice
        ("HP istri 0812-3456-7890", "+6281234567890", []),
    ],
)
def test_what_the_trial_found(raw, expected, codes):
    result = normalize_phone(raw)
    assert result.value == expected
    assert [f.code for f in result.findings] == codes


def test_the_warning_names_the_number_kept():
    (finding,) = normalize_phone("0812-3456-7890 / 0813-1111-2222").findings
    assert "+6281234567890" in finding.message


@pytest.mark.parametrize(
    "raw",
    [
        "081234567890 081311112222",
        "0812-3456-7890 0813-1111-2222",
        "0812 3456 7890 0813 1111 2222",
        "+6281234567890 +6281311112222",
    ],
)
def test_two_numbers_separated_by_a_space_only_are_two_numbers(raw):
    """A trial typed two numbers with just a space between them: the first was refused with
    the second."""
    result = normalize_phone(raw)
    assert result.value == "+6281234567890"
    assert [f.code for f in result.findings] == ["PHONE_SEVERAL"]


def test_spaces_inside_one_number_do_not_split_it():
    assert normalize_phone("0812 3456 7890").value == "+6281234567890"
    assert normalize_phone("0812 3456 7890").findings == []
    # Not two numbers: a digit group that starts no mobile number keeps the run whole.
    assert normalize_phone("0812 3456 789 0123").value is None


@pytest.mark.parametrize(
    ("raw", "note"),
    [
        ("0812 3456 7890 (suami)", "suami"),
        ("HP istri 0812-3456-7890", "HP istri"),
        ("0812-3456-7890 a.n. Budi", "a.n. Budi"),
        ("0812-3456-7890 (suami) / 0813-1111-2222", "suami"),
        ("081234567890 atau 081311112222", None),
        ("0812-3456-7890 / 0813-1111-2222", None),
        ("081234567890", None),
    ],
)
def test_words_beside_the_number_are_kept_as_its_note(raw, note):
    assert normalize_phone(raw).note == note
