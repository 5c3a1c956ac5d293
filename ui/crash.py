"""Unexpected errors: logged with their traceback, then a dialog that says where the log is.

Errors an officer can cause (DomainError) are shown where they happen, in Indonesian; this hook is
for our bugs and the environment's failures, so the app never disappears without a word.
"""

from __future__ import annotations

import logging
import re
import sys
import traceback
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from lingkaran_desktop.domain.findings import DomainError

log = logging.getLogger("lingkaran.ui.crash")


class CrashDialog(QDialog):
    def __init__(self, summary: str, details: str, log_file: Path | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Terjadi kesalahan"))
        self.setMinimumWidth(560)
        layout = QVBoxLayout(self)
        head = QLabel(self.tr(
            "Maaf, terjadi kesalahan yang tidak terduga. Data yang sudah disimpan tetap aman, "
            "dan isian formulir tersimpan sebagai draf."
        ))
        head.setWordWrap(True)
        layout.addWidget(head)
        message = QLabel(summary)
        message.setWordWrap(True)
        message.setProperty("role", "error")
        layout.addWidget(message)
        where = (
            self.tr("Rincian kesalahan dicatat di berkas:\n{path}\nKirim berkas ini kepada "
                    "petugas pendamping atau dinas.").format(path=log_file)
            if log_file
            else self.tr("Berkas catatan (log) tidak dapat ditulis.")
        )
        self.where = QLabel(where)
        self.where.setWordWrap(True)
        self.where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.where)
        box = QPlainTextEdit(details)
        box.setReadOnly(True)
        box.setMaximumHeight(160)
        layout.addWidget(box)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Tutup"))
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)


def install_excepthook(log_file: Path | None) -> None:
    """Replace sys.excepthook: log the traceback and show :class:`CrashDialog`."""

    def hook(exc_type: type[BaseException], exc: BaseException,
             tb: TracebackType | None) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            sys.__excepthook__(exc_type, exc, tb)
            return
        details = scrub("".join(traceback.format_exception(exc_type, exc, tb)))
        log.error("unexpected error\n%s", details)
        if QApplication.instance() is None:
            sys.__excepthook__(exc_type, exc, tb)
            return
        while QGuiApplication.overrideCursor() is not None:
            QGuiApplication.restoreOverrideCursor()
        summary = (
            exc.finding.message
            if isinstance(exc, DomainError)
            else scrub(f"{exc_type.__name__}: {exc}")
        )
        dialog = CrashDialog(summary, details, log_file, QApplication.activeWindow())
        dialog.exec()

    sys.excepthook = hook


_LONG_NUMBER = re.compile(r"(?<!\d)(\d{4})\d{8}(\d{4})(?!\d)")


def scrub(text: str) -> str:
    """Mask every 16-digit number (NIK, KK) before it reaches the log or the screen."""
    return _LONG_NUMBER.sub(r"\1••••••••\2", text)
