"""Smoke-test hook for the built app: quit on its own shortly after the first window shows.

``LINGKARAN_SMOKE_QUIT_MS=N`` (milliseconds) makes the desktop app, N ms after it started,
report the windows on screen (on stderr and in the log) and quit with exit code 0, or 3 when no
window is visible. Unset (the normal case), nothing happens. ``scripts/smoke_bundle.sh`` uses it
to start the bundled program offscreen; ``run_gui()`` arms it before ``controller.start()``.
"""

from __future__ import annotations

import logging
import os
import sys

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

SMOKE_ENV = "LINGKARAN_SMOKE_QUIT_MS"
NO_WINDOW = 3

log = logging.getLogger("lingkaran.ui.smoke")


def smoke_delay_ms(environ: dict[str, str] | None = None) -> int | None:
    """The delay asked for in ``LINGKARAN_SMOKE_QUIT_MS``; None when unset or not a number."""
    value = (environ if environ is not None else os.environ).get(SMOKE_ENV, "").strip()
    if not value.isdigit():
        return None
    return int(value)


def visible_windows(app: QApplication) -> list[str]:
    """One line per visible top-level window: its class, its title, a message box's text."""
    shown = []
    for widget in app.topLevelWidgets():
        if not widget.isVisible():
            continue
        line = f"{type(widget).__name__} {widget.windowTitle()!r}"
        if isinstance(widget, QMessageBox):
            line += f": {widget.text()}"
        shown.append(line)
    return sorted(shown)


def arm_smoke_quit(app: QApplication, environ: dict[str, str] | None = None) -> bool:
    """Arm the timer when the variable is set; returns whether it was armed."""
    delay = smoke_delay_ms(environ)
    if delay is None:
        return False

    def report_and_quit() -> None:
        shown = visible_windows(app)
        text = "smoke: shown " + " | ".join(shown) if shown else "smoke: no window shown"
        log.info("%s", text)
        if sys.stderr is not None:  # a windowed program on Windows has no stderr
            print(text, file=sys.stderr, flush=True)
        code = 0 if shown else NO_WINDOW
        # exit() ends the event loop that is running now, which may be a dialog's own loop
        # started before app.exec(); keep asking until the main loop has ended too.
        again = QTimer(app)
        again.timeout.connect(lambda: app.exit(code))
        again.start(50)
        app.exit(code)

    QTimer.singleShot(delay, report_and_quit)
    return True
