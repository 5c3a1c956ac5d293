"""Colours and the small style sheet: errors red, warnings amber, decoded facts green."""

from __future__ import annotations

ERROR = "#b3261e"
ERROR_BG = "#fdecea"
WARNING = "#8a5a00"
WARNING_BG = "#fff4d6"
OK = "#1e6b35"
OK_BG = "#e8f5ec"
MUTED = "#5f6368"
ACCENT = "#0b5c8a"

APP_STYLE = f"""
QWidget {{ font-size: 10pt; }}
QLabel[role="title"] {{ font-size: 15pt; font-weight: bold; color: {ACCENT}; }}
QLabel[role="subtitle"] {{ font-size: 11pt; font-weight: bold; }}
QLabel[role="muted"] {{ color: {MUTED}; }}
QLabel[role="error"] {{ color: {ERROR}; background: {ERROR_BG}; border: 1px solid {ERROR};
    border-radius: 4px; padding: 6px; }}
QLabel[role="warning"] {{ color: {WARNING}; background: {WARNING_BG}; border: 1px solid #e0a800;
    border-radius: 4px; padding: 6px; }}
QLabel[role="ok"] {{ color: {OK}; background: {OK_BG}; border: 1px solid #7fbf95;
    border-radius: 4px; padding: 6px; }}
QLabel[role="card-number"] {{ font-size: 20pt; font-weight: bold; color: {ACCENT}; }}
QFrame[role="card"] {{ background: white; border: 1px solid #d0d7de; border-radius: 6px; }}
QLineEdit[state="error"], QComboBox[state="error"] {{ border: 2px solid {ERROR}; }}
QLineEdit[state="warning"], QComboBox[state="warning"] {{ border: 2px solid #e0a800; }}
QListWidget#navigation {{ background: #17405e; color: white; border: none; font-size: 11pt; }}
QListWidget#navigation::item {{ padding: 12px 14px; }}
QListWidget#navigation::item:selected {{ background: #2b6e9e; color: white; }}
QPushButton[role="primary"] {{ background: {ACCENT}; color: white; font-weight: bold;
    padding: 6px 16px; border-radius: 4px; }}
QPushButton[role="primary"]:disabled {{ background: #9fb7c7; }}
"""


def set_role(label, role: str) -> None:
    """Give a message label its look ("error" / "warning" / "ok" / "muted") and re-measure it.

    Re-polishing alone keeps the old padding (the box model is cached); setting the widget's own
    (empty) style sheet makes Qt compute its style, padding included, again.
    """
    label.setProperty("role", role)
    label.setStyleSheet(f"/* {role} */")


def clear_layout(layout) -> None:
    """Remove and delete a layout's widgets at once (hidden first, so no ghost stays drawn)."""
    while layout.count():
        item = layout.takeAt(0)
        widget = item.widget()
        if widget is not None:
            widget.hide()
            widget.setParent(None)
            widget.deleteLater()


def set_state(widget, state: str | None) -> None:
    """Mark a field "error" / "warning" / None and refresh its style."""
    widget.setProperty("state", state or "")
    widget.style().unpolish(widget)
    widget.style().polish(widget)
