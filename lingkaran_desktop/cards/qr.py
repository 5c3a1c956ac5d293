"""QR codes through zxing-cpp: encode to a 1-bit-looking image (one pixel a module), decode images.

zxing-cpp encodes a card's code in ~0.3 ms (segno ~6 ms, reportlab's own widget ~90 ms drawn as
vectors), and the image is drawn scaled in the PDF: that is what keeps 10,000 cards fast.
"""

from __future__ import annotations

from pathlib import Path

import zxingcpp
from PIL import Image, ImageOps, UnidentifiedImageError

ERROR_CORRECTION = "M"  # 15% of the code may be damaged (a bent or dirty card) and still read
QUIET_ZONE_MODULES = 4


def qr_image(text: str, ec_level: str = ERROR_CORRECTION) -> Image.Image:
    """A grayscale image of the code, one pixel per module, black on white, no quiet zone."""
    code = zxingcpp.create_barcode(text, zxingcpp.BarcodeFormat.QRCode, ec_level=ec_level)
    view = memoryview(code.to_image(scale=1, add_quiet_zones=False))
    height, width = view.shape[0], view.shape[1]
    return Image.frombytes("L", (width, height), view.tobytes())


def qr_version(modules: int) -> int:
    """QR version from the side length in modules (21 → 1, 49 → 8, 53 → 9)."""
    return (modules - 17) // 4


def read_codes(image: Image.Image) -> list[str]:
    """Texts of every QR code zxing-cpp finds in the image (photo, scan or rendered page)."""
    gray = image.convert("L")
    found = zxingcpp.read_barcodes(gray, formats=zxingcpp.BarcodeFormat.QRCode)
    if not found:
        # A code cropped tight against the image edge has no quiet zone: give it one.
        found = zxingcpp.read_barcodes(
            ImageOps.expand(gray, border=max(8, gray.width // 20), fill=255),
            formats=zxingcpp.BarcodeFormat.QRCode,
        )
    return [code.text for code in found if code.valid]


def open_image(path: Path) -> Image.Image:
    """Raises OSError when the file is missing or not an image."""
    try:
        with Image.open(path) as image:
            image.load()
            return image.copy()
    except UnidentifiedImageError as exc:
        raise OSError(str(exc)) from exc
