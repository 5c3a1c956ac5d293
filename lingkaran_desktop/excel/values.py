"""Cell values as officers type them: dates in every local form, blanks, display text.

Only conversions live here (a date typed as ``12 Mei 80`` becomes ``date(1980, 5, 12)``); whether
the date is acceptable is the domain's business.
"""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta
from typing import Any

from lingkaran_desktop.domain.nik import resolve_century

EXCEL_EPOCH = date(1899, 12, 30)
# Serial numbers that can be a living person's birth date: 1920-01-01 .. 2119.
_SERIAL_MIN, _SERIAL_MAX = 7306, 80000

MONTHS: dict[str, int] = {
    "januari": 1, "jan": 1, "january": 1,
    "februari": 2, "pebruari": 2, "feb": 2, "peb": 2, "february": 2,
    "maret": 3, "mar": 3, "march": 3,
    "april": 4, "apr": 4,
    "mei": 5, "may": 5,
    "juni": 6, "jun": 6, "june": 6,
    "juli": 7, "jul": 7, "july": 7,
    "agustus": 8, "agu": 8, "agt": 8, "agst": 8, "ags": 8, "aug": 8, "august": 8,
    "september": 9, "sep": 9, "sept": 9,
    "oktober": 10, "okt": 10, "oct": 10, "october": 10,
    "november": 11, "nopember": 11, "nov": 11, "nop": 11,
    "desember": 12, "des": 12, "dec": 12, "december": 12,
}  # fmt: skip

_ISO = re.compile(r"(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?")
_DMY = re.compile(r"(\d{1,2})\s*[-/.]\s*(\d{1,2})\s*[-/.]\s*(\d{4}|\d{2})")
_DMY_SPACED = re.compile(r"(\d{1,2})\s+(\d{1,2})\s+(\d{4})")
_D_MONTH_Y = re.compile(r"(\d{1,2})\s*[-/.\s]\s*([A-Za-z]+)\.?\s*[-/.,\s]\s*(\d{4}|\d{2})")
_PLACEHOLDER = re.compile(r"[-\u2010-\u2015.\s_]+")
_SERIAL_TEXT = re.compile(r"\d{4,5}(?:\.0+)?")


def is_blank(value: Any) -> bool:
    """Empty, only spaces, or a placeholder such as ``-`` or ``--`` (OpenSID writes ``-``)."""
    if value is None:
        return True
    if isinstance(value, str):
        if value[:1].isalnum():
            return False  # the usual cell: a placeholder never starts with a letter or digit
        return not value.strip() or bool(_PLACEHOLDER.fullmatch(value))
    return False


def clean(value: Any) -> Any:
    """``None`` for blanks and placeholders; everything else unchanged."""
    if type(value) is str and value[:1].isalnum():
        return value  # the usual cell (see is_blank), without a second call
    return None if is_blank(value) else value


def cell_text(value: Any) -> str:
    """What an officer would read in the cell: 4.0 -> "4", a date -> "12-05-1980"."""
    if isinstance(value, str):
        return value.strip()
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float):
        if value != value or value in (float("inf"), float("-inf")):
            return ""
        return str(int(value)) if value.is_integer() else repr(value)
    if isinstance(value, datetime):
        if (value.hour, value.minute, value.second) == (0, 0, 0):
            return value.strftime("%d-%m-%Y")
        return value.strftime("%d-%m-%Y %H:%M")
    if isinstance(value, date):
        return value.strftime("%d-%m-%Y")
    return str(value).strip()


def _make_date(year: int, month: int, day: int, two_digit: bool, today: date) -> date | None:
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return None
    if two_digit:
        year = resolve_century(year, month, day, today)
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _from_serial(number: float) -> date | None:
    if not float(number).is_integer() or not (_SERIAL_MIN <= number <= _SERIAL_MAX):
        return None
    return EXCEL_EPOCH + timedelta(days=int(number))


def parse_date(value: Any, today: date) -> date | str | None:
    """A birth date from a cell: ``date``; ``None`` when empty; the text itself when unreadable
    (the domain then reports BIRTH_DATE_INVALID naming it).

    Forms: real date cells, Excel serial numbers, ``12-05-1980``, ``12/05/1980``, ``12.05.1980``
    (day first, always), ``12 Mei 1980`` / ``12-Agu-80`` (Indonesian or English month names),
    ``1980-05-12``; a two-digit year takes the century that makes the age plausible (0–100).
    """
    if type(value) is date:
        return value  # a date cell, the usual case
    if is_blank(value):
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, int | float):
        return _from_serial(value) or cell_text(value)
    text = " ".join(str(value).split())
    if _SERIAL_TEXT.fullmatch(text):
        return _from_serial(float(text)) or text
    match = _ISO.fullmatch(text)
    if match:
        y, m, d = (int(g) for g in match.groups())
        return _make_date(y, m, d, False, today) or text
    match = _DMY.fullmatch(text) or _DMY_SPACED.fullmatch(text)
    if match:
        d, m, y = match.groups()
        return _make_date(int(y), int(m), int(d), len(y) == 2, today) or text
    match = _D_MONTH_Y.fullmatch(text)
    if match:
        d, month_word, y = match.groups()
        month = MONTHS.get(month_word.casefold())
        if month is not None:
            return _make_date(int(y), month, int(d), len(y) == 2, today) or text
    return text


def split_place_date(value: Any, today: date) -> tuple[str | None, date | str | None]:
    """ "Jember, 12-05-1980" (one "Tempat, Tanggal Lahir" column) -> ("Jember", date)."""
    if is_blank(value):
        return None, None
    if isinstance(value, date):
        return None, parse_date(value, today)
    text = " ".join(str(value).split())
    if "," in text:
        place, _, when = text.rpartition(",")
        return place.strip() or None, parse_date(when.strip(), today)
    match = re.search(r"\d", text)  # "Jember 12-05-1980"
    if match:
        return text[: match.start()].strip(" /") or None, parse_date(text[match.start() :], today)
    return text, None
