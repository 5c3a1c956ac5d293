"""Locks the screen after a period without keyboard or mouse use."""

from __future__ import annotations

import time

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication

IDLE_MINUTES = 10
_ACTIVITY = {
    QEvent.Type.KeyPress,
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseMove,
    QEvent.Type.Wheel,
}


class IdleWatcher(QObject):
    """Emits ``idle`` once after ``seconds`` without user input; call ``reset`` to re-arm."""

    idle = Signal()

    def __init__(self, seconds: float = IDLE_MINUTES * 60, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.seconds = seconds
        self._last = time.monotonic()
        self._fired = False
        self._timer = QTimer(self)
        self._timer.setInterval(int(min(5.0, max(0.05, seconds / 4)) * 1000))
        self._timer.timeout.connect(self._check)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)
        self._timer.start()

    def eventFilter(self, _watched: QObject, event: QEvent) -> bool:
        if event.type() in _ACTIVITY:
            self._last = time.monotonic()
        return False

    def reset(self) -> None:
        self._last = time.monotonic()
        self._fired = False

    def stop(self) -> None:
        self._timer.stop()
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)

    def _check(self) -> None:
        if not self._fired and time.monotonic() - self._last >= self.seconds:
            self._fired = True
            self.idle.emit()
