"""Message catalogue for finding codes: Bahasa Indonesia (default) and English.

One place for every user-facing rule message of the core. The Qt layer translates its own widgets
with Qt's translation system; texts that come from the core are looked up here by code, in the
language the user chose (``set_language``).
"""

from __future__ import annotations

from typing import Any

DEFAULT_LANGUAGE = "id"
_language = DEFAULT_LANGUAGE

# code -> (Indonesian, English). Templates use str.format with the finding's params.
CATALOG: dict[str, tuple[str, str]] = {}


def register(code: str, indonesian: str, english: str) -> None:
    """Add messages for a code. Each module registers the codes it owns, once, at import."""
    if code in CATALOG and CATALOG[code] != (indonesian, english):
        raise ValueError(f"message code registered twice with different text: {code}")
    CATALOG[code] = (indonesian, english)


def set_language(lang: str) -> None:
    global _language
    if lang not in ("id", "en"):
        raise ValueError(f"unsupported language: {lang}")
    _language = lang


def get_language() -> str:
    return _language


def render(code: str, params: dict[str, Any] | None = None, lang: str | None = None) -> str:
    lang = lang or _language
    pair = CATALOG.get(code)
    if pair is None:
        return code
    template = pair[0] if lang == "id" else pair[1]
    try:
        return template.format(**(params or {}))
    except (KeyError, IndexError, ValueError):
        return template
