"""The embedded card font: DejaVu Sans from resources/fonts (licence next to it)."""

from __future__ import annotations

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from lingkaran_desktop.resources import resource_path

REGULAR = "LkSans"
BOLD = "LkSans-Bold"
_FILES = {REGULAR: "fonts/DejaVuSans.ttf", BOLD: "fonts/DejaVuSans-Bold.ttf"}


def register_fonts() -> None:
    """Register once per process; reportlab embeds the subset of glyphs each PDF uses."""
    registered = set(pdfmetrics.getRegisteredFontNames())
    for name, path in _FILES.items():
        if name not in registered:
            pdfmetrics.registerFont(TTFont(name, str(resource_path(path))))
