"""Card sheets with reportlab: CR80 cards (85.6 × 54 mm), 10 per A4 page, centred, cut marks.

With backs, every front page is followed by its back page; on the back page each card sits in
the mirrored column of the same row, so printing duplex with a long-edge flip puts every back
behind its own front. What is the same on every card (header, labels, the whole back) is drawn
once per run as a PDF form and placed by reference; per card only the name, NIK, KPJ, village,
period and the QR image (one pixel a module, 1.6 MB per 1,000 cards) are drawn.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import BinaryIO

from reportlab.lib.colors import Color, HexColor, white
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from lingkaran_desktop import __version__
from lingkaran_desktop.cards.fit import fit_text
from lingkaran_desktop.cards.fonts import BOLD, REGULAR, register_fonts
from lingkaran_desktop.cards.qr import QUIET_ZONE_MODULES, qr_image, qr_version

CARD_W = 85.6 * mm
CARD_H = 54.0 * mm
COLUMNS, ROWS = 2, 5
PER_PAGE = COLUMNS * ROWS
PAGE_W, PAGE_H = A4
GRID_X = (PAGE_W - COLUMNS * CARD_W) / 2
GRID_Y = (PAGE_H - ROWS * CARD_H) / 2
SAFE = 3 * mm  # nothing printed closer than this to a card edge: hand cutting is not exact

NAVY = HexColor("#17405e")
ACCENT = HexColor("#e6eef4")
GREY = HexColor("#5b6770")
GUIDE = HexColor("#c8ced3")
WATERMARK = Color(0.85, 0.1, 0.1, alpha=0.18)
ALERT = HexColor("#b3261e")

# Front geometry (card-local, from the card's lower-left corner).
HEADER_H = 10.5 * mm
QR_BOX = 24 * mm
QR_X = CARD_W - SAFE - QR_BOX
QR_Y = 13.2 * mm
LABEL_X = SAFE + 1 * mm
VALUE_X = LABEL_X + 11 * mm
VALUE_W = QR_X - 2 * mm - VALUE_X
NAME_W = QR_X - 2 * mm - LABEL_X
ROW_Y = {"nik": 29.0 * mm, "kpj": 24.3 * mm, "village": 19.6 * mm, "program": 14.9 * mm,
         "period": 10.2 * mm}

BACK_STEPS = (
    "Kecelakaan kerja: segera bawa ke puskesmas, klinik atau rumah sakit terdekat (utamakan "
    "mitra BPJS Ketenagakerjaan); tunjukkan kartu ini dan KTP.",
    "Laporkan kejadian ke kantor desa dan BPJS Ketenagakerjaan paling lambat 2 × 24 jam.",
    "Meninggal dunia: ahli waris mengajukan klaim JKM ke kantor BPJS Ketenagakerjaan dengan "
    "kartu ini, surat keterangan kematian, KTP dan KK ahli waris.",
    "Kartu hilang atau rusak: minta cetak ulang di kantor desa.",
)


@dataclass(frozen=True)
class CardFront:
    """What one card shows; the NIK arrives already masked, the full NIK never reaches here."""

    name: str
    nik_masked: str
    kpj: str | None
    village: str
    coverage_start: date | None
    coverage_end: date | None
    qr_text: str
    provisional: bool = False


@dataclass(frozen=True)
class Sheet:
    """The same on every card of one run."""

    program_name: str
    issuer: str  # e.g. "Desa Padomasan"
    contact: str  # the village's contact, printed on the back
    issued_on: date


@dataclass(frozen=True)
class RenderStats:
    cards: int
    pages: int
    max_qr_version: int


def day_text(value: date | None) -> str:
    return value.strftime("%d-%m-%Y") if value else "—"


def slot_origin(slot: int, back: bool = False) -> tuple[float, float]:
    """Lower-left corner of a card slot (0..9, row by row from the top); backs are mirrored."""
    row, column = divmod(slot, COLUMNS)
    if back:
        column = COLUMNS - 1 - column
    return GRID_X + column * CARD_W, GRID_Y + (ROWS - 1 - row) * CARD_H


def _new_canvas(out: Path | BinaryIO, title: str) -> Canvas:
    register_fonts()
    target = str(out) if isinstance(out, Path) else out
    c = Canvas(target, pagesize=A4, pageCompression=1, invariant=1)
    c.setTitle(title)
    c.setCreator(f"Lingkaran Desktop {__version__}")
    c.setAuthor("Lingkaran Desktop")
    return c


def draw_guides(c: Canvas, outlines: bool = True) -> None:
    """Cut marks in the margins at every card edge, and faint card outlines."""
    c.saveState()
    if outlines:
        c.setStrokeColor(GUIDE)
        c.setLineWidth(0.25)
        for slot in range(PER_PAGE):
            x, y = slot_origin(slot)
            c.rect(x, y, CARD_W, CARD_H, stroke=1, fill=0)
    c.setStrokeColorRGB(0, 0, 0)
    c.setLineWidth(0.4)
    gap, length = 2 * mm, 5 * mm
    top, right = GRID_Y + ROWS * CARD_H, GRID_X + COLUMNS * CARD_W
    for column in range(COLUMNS + 1):
        x = GRID_X + column * CARD_W
        c.line(x, top + gap, x, top + gap + length)
        c.line(x, GRID_Y - gap, x, GRID_Y - gap - length)
    for row in range(ROWS + 1):
        y = GRID_Y + row * CARD_H
        c.line(GRID_X - gap, y, GRID_X - gap - length, y)
        c.line(right + gap, y, right + gap + length, y)
    c.restoreState()


def _footer(c: Canvas, text: str) -> None:
    c.setFont(REGULAR, 6.5)
    c.setFillColor(GREY)
    c.drawCentredString(PAGE_W / 2, 4.5 * mm, text)


def _define_front(c: Canvas, sheet: Sheet) -> None:
    c.beginForm("front")
    c.setFillColor(NAVY)
    c.roundRect(SAFE, CARD_H - SAFE - HEADER_H, CARD_W - 2 * SAFE, HEADER_H, 1.5 * mm, 0, 1)
    c.setFillColor(white)
    inner = CARD_W - 2 * SAFE - 5 * mm
    fitted = fit_text(sheet.program_name, BOLD, 8.5, inner, 5.5)
    c.setFont(BOLD, fitted.size)
    c.drawString(SAFE + 2.5 * mm, CARD_H - SAFE - 4.6 * mm, fitted.lines[0])
    c.setFont(REGULAR, 5.2)
    c.drawString(SAFE + 2.5 * mm, CARD_H - SAFE - 8.3 * mm,
                 "KARTU PESERTA · BPJS KETENAGAKERJAAN · PEKERJA RENTAN")
    c.setFillColor(GREY)
    c.setFont(REGULAR, 5)
    for key, label in (("nik", "NIK"), ("kpj", "No. KPJ"), ("village", "Desa/Kel."),
                       ("program", "Program"), ("period", "Berlaku")):
        c.drawString(LABEL_X, ROW_Y[key], label)
    c.setFillColorRGB(0, 0, 0)
    c.setFont(BOLD, 6.5)
    c.drawString(VALUE_X, ROW_Y["program"], "JKK + JKM")
    c.setFont(REGULAR, 5)
    c.setFillColor(GREY)
    c.drawString(VALUE_X + stringWidth("JKK + JKM ", BOLD, 6.5), ROW_Y["program"],
                 "(kecelakaan kerja, kematian)")
    # The QR code's white quiet-zone box: nothing else may be drawn inside it.
    c.setFillColor(white)
    c.setStrokeColor(GUIDE)
    c.setLineWidth(0.3)
    c.rect(QR_X, QR_Y, QR_BOX, QR_BOX, stroke=1, fill=1)
    c.setFillColor(GREY)
    c.setFont(REGULAR, 4.6)
    c.drawCentredString(QR_X + QR_BOX / 2, ROW_Y["period"], "Pindai untuk cek keaslian")
    c.setFont(REGULAR, 4.3)
    issued = fit_text(f"Diterbitkan {day_text(sheet.issued_on)} oleh {sheet.issuer}",
                      REGULAR, 4.3, CARD_W - 2 * SAFE - 2 * mm, 3.5)
    c.setFont(REGULAR, issued.size)
    c.drawString(LABEL_X, SAFE + 1.2 * mm, issued.lines[0])
    c.endForm()


def _define_back(c: Canvas, sheet: Sheet) -> None:
    c.beginForm("back")
    width = CARD_W - 2 * SAFE
    c.setFillColor(NAVY)
    c.roundRect(SAFE, CARD_H - SAFE - 6.5 * mm, width, 6.5 * mm, 1.5 * mm, 0, 1)
    c.setFillColor(white)
    c.setFont(BOLD, 6.6)
    c.drawString(SAFE + 2.5 * mm, CARD_H - SAFE - 4.3 * mm,
                 "JIKA TERJADI KECELAKAAN KERJA ATAU KEMATIAN")
    c.setFillColorRGB(0, 0, 0)
    y = CARD_H - SAFE - 6.5 * mm - 3.2 * mm
    size, leading = 5.8, 6.9
    for number, step in enumerate(BACK_STEPS, start=1):
        fitted = fit_text(step, REGULAR, size, width - 5 * mm, size, max_lines=3)
        c.setFont(BOLD, fitted.size)
        c.drawString(SAFE + 1 * mm, y, f"{number}.")
        c.setFont(REGULAR, fitted.size)
        for line in fitted.lines:
            c.drawString(SAFE + 4 * mm, y, line)
            y -= leading
        y -= 1.2
    box_h, box_w = 11 * mm, 26 * mm
    c.setFillColor(ACCENT)
    c.roundRect(SAFE, SAFE + 3 * mm, box_w, box_h, 1.5 * mm, 0, 1)
    c.setFillColor(NAVY)
    c.setFont(REGULAR, 4.6)
    c.drawCentredString(SAFE + box_w / 2, SAFE + 3 * mm + box_h - 3.2 * mm,
                        "BPJS Ketenagakerjaan")
    c.setFont(BOLD, 15)
    c.drawCentredString(SAFE + box_w / 2, SAFE + 4.6 * mm, "175")
    c.setFillColorRGB(0, 0, 0)
    c.setFont(BOLD, 5.2)
    x = SAFE + box_w + 2.5 * mm
    c.drawString(x, SAFE + 3 * mm + box_h - 3 * mm, "Kantor desa")
    contact = fit_text(sheet.contact, REGULAR, 5.6, CARD_W - SAFE - x, 4.4, max_lines=3)
    c.setFont(REGULAR, contact.size)
    line_y = SAFE + 3 * mm + box_h - 3 * mm - contact.size * 1.25
    for line in contact.lines:
        c.drawString(x, line_y, line)
        line_y -= contact.size * 1.2
    c.setFillColor(GREY)
    c.setFont(REGULAR, 4.2)
    c.drawString(SAFE + 1 * mm, SAFE + 0.6 * mm,
                 "Kartu ini hanya untuk peserta yang namanya tertera. "
                 "Cek keaslian: kode QR di depan.")
    c.endForm()


def _draw_qr(c: Canvas, text: str) -> int:
    image = qr_image(text)
    modules = image.width
    module = QR_BOX / (modules + 2 * QUIET_ZONE_MODULES)
    offset = QUIET_ZONE_MODULES * module
    c.drawImage(ImageReader(image), QR_X + offset, QR_Y + offset, modules * module,
                modules * module)
    return qr_version(modules)


def _draw_front(c: Canvas, card: CardFront) -> int:
    c.doForm("front")
    name = fit_text(card.name.upper(), BOLD, 9.5, NAME_W, 5.0, max_lines=2)
    c.setFillColorRGB(0, 0, 0)
    c.setFont(BOLD, name.size)
    top = CARD_H - SAFE - HEADER_H
    if len(name.lines) == 1:
        c.drawString(LABEL_X, top - 5.2 * mm, name.lines[0])
    else:
        c.drawString(LABEL_X, top - 3.6 * mm, name.lines[0])
        c.drawString(LABEL_X, top - 3.6 * mm - name.size * 1.1, name.lines[1])
    c.setFont(REGULAR, 7.2)
    c.drawString(VALUE_X, ROW_Y["nik"], card.nik_masked)
    if card.kpj:
        c.setFont(BOLD, 9)
        c.drawString(VALUE_X, ROW_Y["kpj"], card.kpj)
    else:
        c.setFont(BOLD, 6.5)
        c.setFillColor(ALERT)
        c.drawString(VALUE_X, ROW_Y["kpj"], "belum terdaftar")
        c.setFillColorRGB(0, 0, 0)
    village = fit_text(card.village, REGULAR, 6.2, VALUE_W, 4.4)
    c.setFont(REGULAR, village.size)
    c.drawString(VALUE_X, ROW_Y["village"], village.lines[0])
    c.setFont(REGULAR, 6.4)
    c.drawString(VALUE_X, ROW_Y["period"],
                 f"{day_text(card.coverage_start)} s.d. {day_text(card.coverage_end)}")
    version = _draw_qr(c, card.qr_text)
    if card.provisional:
        c.saveState()
        c.setFillColor(WATERMARK)
        c.setFont(BOLD, 17)
        c.translate(CARD_W * 0.36, CARD_H * 0.36)
        c.rotate(18)
        c.drawCentredString(0, 0, "SEMENTARA")
        c.restoreState()
    return version


def render_cards(
    out: Path | BinaryIO,
    cards: Sequence[CardFront],
    sheet: Sheet,
    back: bool = True,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> RenderStats | None:
    """Write the card PDF. Returns None when ``cancelled()`` said stop (the output is partial)."""
    c = _new_canvas(out, "Kartu peserta")
    _define_front(c, sheet)
    if back:
        _define_back(c, sheet)
    total = len(cards)
    pages = (total + PER_PAGE - 1) // PER_PAGE
    max_version = 0
    for page in range(pages):
        if cancelled is not None and cancelled():
            return None
        chunk = cards[page * PER_PAGE : (page + 1) * PER_PAGE]
        first, last = page * PER_PAGE + 1, page * PER_PAGE + len(chunk)
        draw_guides(c)
        for slot, card in enumerate(chunk):
            x, y = slot_origin(slot)
            c.saveState()
            c.translate(x, y)
            max_version = max(max_version, _draw_front(c, card))
            c.restoreState()
        _footer(c, f"{sheet.program_name} · kartu {first}–{last} dari {total} · halaman "
                   f"{page + 1} dari {pages} · DEPAN")
        c.showPage()
        if back:
            draw_guides(c)
            for slot in range(len(chunk)):
                x, y = slot_origin(slot, back=True)
                c.saveState()
                c.translate(x, y)
                c.doForm("back")
                c.restoreState()
            _footer(c, f"kartu {first}–{last} · BELAKANG · cetak bolak-balik, "
                       "balik pada sisi panjang (long edge)")
            c.showPage()
        if progress is not None:
            progress(last, total)
    c.save()
    return RenderStats(total, pages * (2 if back else 1), max_version)


def _ruler(c: Canvas, x: float, y: float, length_mm: int, vertical: bool = False) -> None:
    c.saveState()
    c.translate(x, y)
    if vertical:
        c.rotate(90)
    c.setLineWidth(0.3)
    c.line(0, 0, length_mm * mm, 0)
    c.setFont(REGULAR, 5)
    for i in range(length_mm + 1):
        tick = 3 * mm if i % 10 == 0 else (2 * mm if i % 5 == 0 else 1.2 * mm)
        c.line(i * mm, 0, i * mm, tick)
        if i % 10 == 0:
            c.drawCentredString(i * mm, 3.8 * mm, str(i // 10))
    c.drawString(length_mm * mm + 1.5 * mm, 0.5 * mm, "cm")
    c.restoreState()


def _slot_number(c: Canvas, slot: int, back: bool) -> None:
    x, y = slot_origin(slot, back)
    c.setDash(2, 2)
    c.setStrokeColor(GREY)
    c.rect(x + 1.5 * mm, y + 1.5 * mm, CARD_W - 3 * mm, CARD_H - 3 * mm, stroke=1, fill=0)
    c.setDash()
    c.setFillColor(GUIDE)
    c.setFont(BOLD, 40)
    c.drawCentredString(x + CARD_W / 2, y + CARD_H / 2 - 14, str(slot + 1))
    c.setFillColor(GREY)
    c.setFont(REGULAR, 7)
    c.drawCentredString(x + CARD_W / 2, y + 5 * mm, "BELAKANG" if back else "DEPAN")


def render_calibration(out: Path | BinaryIO, back: bool = True) -> int:
    """A test sheet: card outlines at true size (lay a KTP on one), rulers, and with ``back`` a
    second page whose numbers land behind the front ones when duplex printing is set right."""
    c = _new_canvas(out, "Kalibrasi printer")
    draw_guides(c)
    for slot in range(2, PER_PAGE):
        _slot_number(c, slot, back=False)
    x, y = slot_origin(0)
    c.setFillColor(NAVY)
    c.setFont(BOLD, 9)
    c.drawString(x + SAFE, y + CARD_H - 7 * mm, "HALAMAN KALIBRASI PRINTER")
    c.setFillColorRGB(0, 0, 0)
    lines = (
        "Cetak dengan skala 100% (\"Actual size\"),",
        "jangan \"Fit to page\". Garis di bawah harus",
        "tepat 7 cm, dan KTP harus pas menutup kotak",
        "kartu mana pun (85,6 × 54 mm).",
    )
    c.setFont(REGULAR, 6.5)
    for i, line in enumerate(lines):
        c.drawString(x + SAFE, y + CARD_H - 12 * mm - i * 8.2, line)
    _ruler(c, x + SAFE, y + 8 * mm, 70)
    x, y = slot_origin(1)
    c.setFont(REGULAR, 6.5)
    notes = ["Garis tegak: tepat 4 cm."]
    if back:
        notes += ["", "Cetak bolak-balik, balik pada", "sisi panjang (long edge).",
                  "Terawang ke cahaya: nomor", "depan dan belakang harus", "berimpit."]
    for i, line in enumerate(notes):
        c.drawString(x + SAFE + 12 * mm, y + CARD_H - 9 * mm - i * 8.2, line)
    _ruler(c, x + SAFE + 6 * mm, y + 7 * mm, 40, vertical=True)
    _footer(c, "Kalibrasi · DEPAN")
    c.showPage()
    pages = 1
    if back:
        draw_guides(c)
        for slot in range(PER_PAGE):
            _slot_number(c, slot, back=True)
        _footer(c, "Kalibrasi · BELAKANG")
        c.showPage()
        pages = 2
    c.save()
    return pages
