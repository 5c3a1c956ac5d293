"""The one place the core asks for the time, so tests can set it."""

from __future__ import annotations

from datetime import UTC, date, datetime

_fixed: datetime | None = None


def now() -> datetime:
    return _fixed if _fixed is not None else datetime.now(UTC)


def today() -> date:
    return now().date()


def set_now(value: datetime | None) -> None:
    """Freeze the clock (tests); ``None`` returns to the real time."""
    global _fixed
    _fixed = value
