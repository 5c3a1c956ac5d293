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
