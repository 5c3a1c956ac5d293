"""The few things the UI remembers between runs (QSettings): window geometry and language.

Everything that belongs to the installation (users, program, data) lives in its database; this
is only per-computer presentation state.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings

from ui.i18n import DEFAULT_LANGUAGE, LANGUAGES

ORGANIZATION = "Lingkaran"
APPLICATION = "Lingkaran Desktop"


class UiSettings:
    def __init__(self) -> None:
        self._q = QSettings(ORGANIZATION, APPLICATION)

    @property
    def language(self) -> str:
        value = str(self._q.value("language", DEFAULT_LANGUAGE))
        return value if value in LANGUAGES else DEFAULT_LANGUAGE

    @language.setter
    def language(self, value: str) -> None:
        self._q.setValue("language", value)
        self._q.sync()

    def geometry(self, key: str) -> QByteArray | None:
        value = self._q.value(f"geometry/{key}")
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    def set_geometry(self, key: str, value: QByteArray) -> None:
        self._q.setValue(f"geometry/{key}", value)
        self._q.sync()
