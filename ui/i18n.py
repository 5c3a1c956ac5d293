"""Languages: Qt translators for the UI's own texts, and the core's message catalogue.

UI texts are written in Bahasa Indonesia (the source language) inside ``self.tr``; English comes
from ``resources/translations/lingkaran_en.qm``. Texts from the core (finding messages) follow
:func:`lingkaran_desktop.domain.messages.set_language`. Qt ships no Indonesian catalogue for its
own buttons, so dialogs here set their button texts themselves.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTranslator

from lingkaran_desktop.domain import messages
from lingkaran_desktop.resources import resource_dir

LANGUAGES = {"id": "Bahasa Indonesia", "en": "English"}
DEFAULT_LANGUAGE = "id"

_installed: list[QTranslator] = []
_current = DEFAULT_LANGUAGE


def translations_dir() -> Path:
    return resource_dir() / "translations"


def apply_language(lang: str) -> str:
    """Install the translator for ``lang`` ("id" or "en"); returns the language now active."""
    global _current
    if lang not in LANGUAGES:
        lang = DEFAULT_LANGUAGE
    app = QCoreApplication.instance()
    if app is not None:
        for translator in _installed:
            app.removeTranslator(translator)
    _installed.clear()
    if lang != DEFAULT_LANGUAGE and app is not None:
        translator = QTranslator(app)
        if translator.load(f"lingkaran_{lang}", str(translations_dir())):
            app.installTranslator(translator)
            _installed.append(translator)
    messages.set_language(lang)
    _current = lang
    return lang


def current_language() -> str:
    return _current
