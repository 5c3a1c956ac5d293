"""Start the desktop app."""

from __future__ import annotations

import sys


def run_gui() -> int:
    from PySide6.QtWidgets import QApplication, QMessageBox

    app = QApplication.instance() or QApplication(sys.argv)
    QMessageBox.information(None, "Lingkaran", "Aplikasi desktop sedang disiapkan.")
    return 0
