"""Stored warning codes shown as short words, in the language chosen."""

from __future__ import annotations

from lingkaran_desktop.domain import messages
from lingkaran_desktop.domain.warning_labels import WARNING_LABELS, warning_label, warning_words


def test_every_label_has_both_languages_and_follows_the_chosen_one() -> None:
    for code, (indonesian, english) in WARNING_LABELS.items():
        assert indonesian and english and indonesian != english, code
    assert warning_label("OCCUPATION_GUESSED") == "Pekerjaan ditebak"
    messages.set_language("en")
    try:
        assert warning_label("OCCUPATION_GUESSED") == "Occupation guessed"
    finally:
        messages.set_language("id")
    assert warning_label("OCCUPATION_GUESSED", "en") == "Occupation guessed"


def test_stored_codes_as_words() -> None:
    assert warning_words("NIK_NUMERIC_CELL,SEX_FROM_NIK") == (
        "NIK dari sel angka Excel; Jenis kelamin diambil dari NIK"
    )
    assert warning_words(None) == "" and warning_words("") == ""
    assert warning_label("SOMETHING_UNREGISTERED") == "SOMETHING_UNREGISTERED"


def test_a_warning_codes_cell_brings_back_the_number_cell_warning_only() -> None:
    """Only a warning about the cell a value came from comes back (NIK_NUMERIC_CELL); each
    once, whatever the case and separators; other codes and other text are ignored."""
    from lingkaran_desktop.domain import nik  # noqa: F401  (registers the NIK messages)
    from lingkaran_desktop.domain.warning_labels import carriable, carried_warnings

    found = carried_warnings("NIK_NUMERIC_CELL,PHONE_INVALID; nik_numeric_cell x")
    assert [(f.code, f.field, f.is_error) for f in found] == [("NIK_NUMERIC_CELL", "nik", False)]
    assert "sel angka" in found[0].message or "angka" in found[0].message
    assert carried_warnings(None) == [] and carried_warnings("") == []
    assert not carriable("NIK_EXCEL_DAMAGED") and not carriable("OCCUPATION_GUESSED")
