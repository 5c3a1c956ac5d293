"""Short words for stored warning codes, in Bahasa Indonesia and English.

A candidate keeps only the codes of its warnings (``warnings``: "NIK_NUMERIC_CELL,…"), not their
parameters, so lists, the verification queue and the exported workbook show these words; the
full message with its details is the finding's own (domain.messages).
"""

from __future__ import annotations

import re

from lingkaran_desktop.domain.findings import Finding, warning
from lingkaran_desktop.domain.messages import CATALOG, get_language, render

# code -> (Indonesian, English)
WARNING_LABELS: dict[str, tuple[str, str]] = {
    "NIK_BIRTHDATE_MISMATCH": ("Tgl lahir beda dengan NIK", "Birth date differs from NIK"),
    "NIK_SEX_MISMATCH": ("Jenis kelamin beda dengan NIK", "Sex differs from NIK"),
    "NIK_REGENCY_OTHER": ("NIK dari kabupaten lain", "NIK from another regency"),
    "NIK_DISTRICT_UNKNOWN": ("Kode kecamatan NIK tidak dikenal", "Unknown district code in NIK"),
    "NIK_NUMERIC_CELL": ("NIK dari sel angka Excel", "NIK from an Excel number cell"),
    "SEX_FROM_NIK": ("Jenis kelamin diambil dari NIK", "Sex taken from NIK"),
    "BIRTH_DATE_FROM_NIK": ("Tgl lahir diambil dari NIK", "Birth date taken from NIK"),
    "OCCUPATION_GUESSED": ("Pekerjaan ditebak", "Occupation guessed"),
    "OCCUPATION_UNKNOWN": ("Pekerjaan tidak dikenal", "Unknown occupation"),
    "PHONE_INVALID": ("Nomor HP tidak wajar", "Odd phone number"),
    "PHONE_SEVERAL": ("Lebih dari satu nomor HP", "Several phone numbers"),
    "DESIL_UNKNOWN": ("Desil belum diketahui", "Desil unknown"),
    "KK_DATE_ODD": ("Tanggal di No. KK janggal", "Odd date in family card no."),
    "KK_DISTRICT_UNKNOWN": ("Kode wilayah KK tidak dikenal", "Unknown region in family card no."),
    "KK_SERIAL_ZERO": ("Nomor urut KK 0000", "Family card serial 0000"),
}  # fmt: skip


def warning_label(code: str, lang: str | None = None) -> str:
    """The short words for ``code`` (the first sentence of its message when it has none)."""
    lang = lang or get_language()
    pair = WARNING_LABELS.get(code)
    if pair is not None:
        return pair[0] if lang == "id" else pair[1]
    if code in CATALOG:
        return render(code, lang=lang).split(".")[0]
    return code


def warning_codes(stored: str | None) -> list[str]:
    return [c for c in (stored or "").split(",") if c]


def warning_words(stored: str | None, lang: str | None = None) -> str:
    """A candidate's stored warnings as words, "; " between them."""
    return "; ".join(warning_label(code, lang) for code in warning_codes(stored))


# Warnings about the cell a value came from, not about the value: a workbook written by this app
# (the export, the error workbook) holds the value as text, so the rules cannot find them again.
# Warnings about a value are found again from the value (and must not come back once it is fixed).
CARRIED: dict[str, str] = {"NIK_NUMERIC_CELL": "nik"}  # code -> field
_CODE_SEPARATORS = re.compile(r"[\s,;]+")


def carriable(code: str) -> bool:
    """Whether a stored warning comes back from a "Kode Peringatan" cell (see CARRIED)."""
    return code in CARRIED


def carried_warnings(cell: str | None) -> list[Finding]:
    """The warnings a "Kode Peringatan" cell brings back (the app's own export and error
    workbook write it): the carriable codes in it, each once; any other text is ignored."""
    codes = dict.fromkeys(_CODE_SEPARATORS.split((cell or "").strip().upper()))
    return [warning(code, CARRIED[code]) for code in codes if carriable(code)]
