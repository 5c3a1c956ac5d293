"""File and folder choosers with Indonesian titles (one place, so tests can replace them).

Screens call these through their own ``ask_*`` attributes; a test sets e.g.
``page.ask_folder = lambda *_: str(tmp_path)`` instead of driving a native dialog.
"""

from __future__ import annotations

from PySide6.QtWidgets import QFileDialog, QWidget


def open_file(parent: QWidget | None, title: str, filters: str, folder: str = "") -> str:
    path, _ = QFileDialog.getOpenFileName(parent, title, folder, filters)
    return path


def open_files(parent: QWidget | None, title: str, filters: str, folder: str = "") -> list[str]:
    paths, _ = QFileDialog.getOpenFileNames(parent, title, folder, filters)
    return list(paths)


def save_file(parent: QWidget | None, title: str, suggested: str, filters: str) -> str:
    path, _ = QFileDialog.getSaveFileName(parent, title, suggested, filters)
    return path


def folder(parent: QWidget | None, title: str, start: str = "") -> str:
    return QFileDialog.getExistingDirectory(parent, title, start)


def attach(page: QWidget) -> None:
    """Give a page the four ``ask_*`` hooks its buttons call; tests replace them with answers."""
    page.ask_open_file = lambda title, filters: open_file(page, title, filters)  # type: ignore[attr-defined]
    page.ask_open_files = lambda title, filters: open_files(page, title, filters)  # type: ignore[attr-defined]
    page.ask_save_file = lambda title, suggested, filters: save_file(  # type: ignore[attr-defined]
        page, title, suggested, filters)
    page.ask_folder = lambda title: folder(page, title)  # type: ignore[attr-defined]
