"""PDF pages as PNG images through poppler's ``pdftoppm`` (preview on screen, printing via Qt).

The desktop build ships PySide6-Essentials, which has no QtPdf, and reportlab's renderPM draws a
new canvas but cannot read a PDF back. ``pdftoppm`` (Debian/Ubuntu ``poppler-utils``; on Windows
the Poppler binaries next to the app or on PATH) works offline; without it there is no preview and
the user prints the saved PDF from a PDF viewer.
"""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from pathlib import Path


def rasteriser_available() -> bool:
    return shutil.which("pdftoppm") is not None


def page_png(pdf: Path, page: int = 1, dpi: int = 100, timeout: float = 60) -> bytes | None:
    """One page as PNG bytes, or None when pdftoppm is missing or fails."""
    tool = shutil.which("pdftoppm")
    if tool is None:
        return None
    with tempfile.TemporaryDirectory(prefix="lingkaran-preview-") as folder:
        target = Path(folder) / "page"
        try:
            subprocess.run(
                [tool, "-r", str(dpi), "-png", "-f", str(page), "-l", str(page), "-singlefile",
                 str(pdf), str(target)],
                check=True, capture_output=True, timeout=timeout,
            )
            return target.with_suffix(".png").read_bytes()
        except (OSError, subprocess.SubprocessError):
            return None
