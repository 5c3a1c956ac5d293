"""The verification minutes (berita acara) of one batch, as an A4 PDF to print and sign.

It lists who was verified (the batch's records) and who was rejected with the reason, the totals,
and the batch file's SHA-256 as text and QR code, which ties the signed paper to the file the
district received. NIKs are printed masked, like on the cards.
"""

from __future__ import annotations

import io
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any, BinaryIO

from PIL import ImageOps
from reportlab.lib.colors import HexColor, white
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (
    Image,
    KeepTogether,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from lingkaran_desktop import __version__
from lingkaran_desktop.cards.fonts import BOLD, REGULAR, register_fonts
from lingkaran_desktop.cards.qr import QUIET_ZONE_MODULES, qr_image
from lingkaran_desktop.domain.occupation import occupation_by_code

DAYS = ("Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu")
MONTHS = ("Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus",
          "September", "Oktober", "November", "Desember")
NAVY = HexColor("#17405e")
LINE = HexColor("#9aa5ad")
STRIPE = HexColor("#f1f4f6")


@dataclass(frozen=True)
class MinutesPerson:
    name: str
    nik_masked: str
    sex: str
    occupation_code: str
    rt_rw: str
    reason: str | None = None


@dataclass
class MinutesSheet:
    program_name: str
    village: str  # full label
    village_code: str
    sequence: int
    filename: str
    sha256: str
    sent_on: date
    verifiers: list[str] = field(default_factory=list)
    verified: list[MinutesPerson] = field(default_factory=list)
    rejected: list[MinutesPerson] = field(default_factory=list)

    @property
    def qr_text(self) -> str:
        return f"lingkaran-batch:{self.village_code}:{self.sequence}:{self.sha256}"


def long_date(value: date) -> str:
    return f"{value.day} {MONTHS[value.month - 1]} {value.year}"


def _styles() -> dict[str, ParagraphStyle]:
    base = ParagraphStyle("base", fontName=REGULAR, fontSize=9.5, leading=13)
    return {
        "title": ParagraphStyle("title", parent=base, fontName=BOLD, fontSize=14, leading=18,
                                alignment=TA_CENTER, textColor=NAVY),
        "subtitle": ParagraphStyle("subtitle", parent=base, alignment=TA_CENTER, fontSize=10),
        "body": base,
        "heading": ParagraphStyle("heading", parent=base, fontName=BOLD, fontSize=10.5,
                                  spaceBefore=8, spaceAfter=4, textColor=NAVY),
        "cell": ParagraphStyle("cell", parent=base, fontSize=8.5, leading=10.5),
        "cellbold": ParagraphStyle("cellbold", parent=base, fontName=BOLD, fontSize=8.5,
                                   leading=10.5, textColor=white),
        "small": ParagraphStyle("small", parent=base, fontSize=8, leading=10),
        "sign": ParagraphStyle("sign", parent=base, alignment=TA_CENTER, fontSize=9.5),
    }


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _qr(text: str, size: float) -> Image:
    image = qr_image(text)
    padded = image.width + 2 * QUIET_ZONE_MODULES
    framed = ImageOps.expand(image, border=QUIET_ZONE_MODULES, fill=255)
    big = framed.resize((padded * 4, padded * 4), resample=0)
    data = io.BytesIO()
    big.save(data, format="PNG")
    data.seek(0)
    return Image(data, width=size, height=size)


def _people_table(rows: list[list[Any]], widths: list[float], s: dict[str, ParagraphStyle]
                  ) -> Table:
    table = Table(rows, colWidths=widths, repeatRows=1)
    style = [
        ("BACKGROUND", (0, 0), (-1, 0), NAVY),
        ("GRID", (0, 0), (-1, -1), 0.4, LINE),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("FONTNAME", (0, 0), (-1, -1), REGULAR),
        ("FONTSIZE", (0, 0), (-1, -1), 8.5),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
    ]
    style += [("BACKGROUND", (0, i), (-1, i), STRIPE) for i in range(2, len(rows), 2)]
    table.setStyle(TableStyle(style))
    return table


def _occupation(code: str) -> str:
    found = occupation_by_code(code)
    return f"{code} {found.name.title()}" if found else code


def _signatures(sheet: MinutesSheet, s: dict[str, ParagraphStyle]) -> Table:
    def block(role: str, name: str = "") -> list[Paragraph | Spacer]:
        who = _escape(name) if name else "." * 40
        return [Paragraph(role, s["sign"]), Spacer(1, 20 * mm),
                Paragraph(f"( {who} )", s["sign"])]

    verifier = ", ".join(sheet.verifiers) if sheet.verifiers else ""
    village = sheet.village.split(",")[0]
    rows = [
        [block(f"Kepala {village}"), block("Verifikator", verifier)],
        [block("Saksi 1"), block("Saksi 2")],
    ]
    table = Table(rows, colWidths=[85 * mm, 85 * mm])
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("TOPPADDING", (0, 1), (-1, 1), 8 * mm)]))
    return table


def render_minutes(out: Path | BinaryIO, sheet: MinutesSheet) -> int:
    """Write the minutes PDF; returns the number of pages."""
    register_fonts()
    s = _styles()
    place = sheet.village.split(",")[0]
    day = DAYS[sheet.sent_on.weekday()]
    story: list[Any] = [
        Paragraph("BERITA ACARA VERIFIKASI", s["title"]),
        Paragraph("Calon Peserta Jaminan Sosial Ketenagakerjaan (JKK + JKM) Pekerja Rentan",
                  s["subtitle"]),
        Paragraph(f"{_escape(sheet.program_name)} · Kiriman nomor {sheet.sequence}",
                  s["subtitle"]),
        Spacer(1, 6 * mm),
        Paragraph(
            f"Pada hari ini {day}, tanggal {long_date(sheet.sent_on)}, bertempat di Kantor "
            f"{_escape(place)}, telah dilaksanakan verifikasi data calon peserta program "
            f"{_escape(sheet.program_name)}. Data yang disetujui dikirim ke kabupaten dalam "
            "berkas kiriman yang tercantum di bawah, dengan rincian sebagai berikut.",
            s["body"],
        ),
        Spacer(1, 4 * mm),
    ]
    sha = sheet.sha256
    info = [
        ["Desa/Kelurahan", Paragraph(_escape(sheet.village), s["cell"])],
        ["Kode wilayah", sheet.village_code],
        ["Program", Paragraph(_escape(sheet.program_name), s["cell"])],
        ["Nomor kiriman", str(sheet.sequence)],
        ["Berkas", Paragraph(_escape(sheet.filename), s["cell"])],
        ["Tanggal kirim", long_date(sheet.sent_on)],
        ["SHA-256 berkas", Paragraph(" ".join(sha[i : i + 8] for i in range(0, len(sha), 8)),
                                     s["cell"])],
    ]
    info_table = Table(info, colWidths=[32 * mm, 98 * mm])
    info_table.setStyle(TableStyle([
        ("FONTNAME", (0, 0), (0, -1), BOLD), ("FONTNAME", (1, 0), (1, -1), REGULAR),
        ("FONTSIZE", (0, 0), (-1, -1), 8.5), ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 0), (-1, -1), 0.3, LINE),
    ]))
    qr_block = [_qr(sheet.qr_text, 36 * mm),
                Paragraph("Kode QR: SHA-256 berkas kiriman", s["small"])]
    top = Table([[info_table, qr_block]], colWidths=[132 * mm, 40 * mm])
    top.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP")]))
    story.append(top)

    story.append(Paragraph(f"A. Calon peserta yang disetujui ({len(sheet.verified)} orang)",
                           s["heading"]))
    header = [Paragraph(h, s["cellbold"]) for h in
              ("No", "Nama", "NIK", "L/P", "Pekerjaan", "RT/RW")]
    rows: list[list[Any]] = [header]
    for i, p in enumerate(sheet.verified, start=1):
        rows.append([str(i), Paragraph(_escape(p.name), s["cell"]), p.nik_masked, p.sex,
                     Paragraph(_escape(_occupation(p.occupation_code)), s["cell"]),
                     p.rt_rw])
    if sheet.verified:
        story.append(_people_table(rows, [10 * mm, 50 * mm, 35 * mm, 10 * mm, 48 * mm,
                                          20 * mm], s))
    else:
        story.append(Paragraph("Tidak ada.", s["body"]))

    story.append(Paragraph(f"B. Calon peserta yang ditolak ({len(sheet.rejected)} orang)",
                           s["heading"]))
    rows = [[Paragraph(h, s["cellbold"]) for h in ("No", "Nama", "NIK", "Alasan penolakan")]]
    for i, p in enumerate(sheet.rejected, start=1):
        rows.append([str(i), Paragraph(_escape(p.name), s["cell"]), p.nik_masked,
                     Paragraph(_escape(p.reason or "-"), s["cell"])])
    if sheet.rejected:
        story.append(_people_table(rows, [10 * mm, 50 * mm, 35 * mm, 78 * mm], s))
    else:
        story.append(Paragraph("Tidak ada.", s["body"]))

    story.append(Paragraph("C. Jumlah", s["heading"]))
    totals = Table(
        [["Disetujui dan dikirim", f"{len(sheet.verified)} orang"],
         ["Ditolak", f"{len(sheet.rejected)} orang"],
         ["Jumlah yang diperiksa", f"{len(sheet.verified) + len(sheet.rejected)} orang"]],
        colWidths=[60 * mm, 30 * mm],
    )
    totals.hAlign = "LEFT"
    totals.setStyle(TableStyle([
        ("FONTNAME", (0, 0), (-1, -1), REGULAR), ("FONTNAME", (0, 2), (-1, 2), BOLD),
        ("FONTSIZE", (0, 0), (-1, -1), 9), ("LINEABOVE", (0, 2), (-1, 2), 0.6, NAVY),
        ("ALIGN", (1, 0), (1, -1), "RIGHT"),
    ]))
    story.append(totals)
    story.append(Spacer(1, 5 * mm))
    closing = Paragraph(
        "Demikian berita acara ini dibuat dengan sebenarnya untuk dipergunakan sebagaimana "
        "mestinya. Kode SHA-256 di atas mengikat berita acara ini dengan berkas kiriman; "
        "kabupaten mencocokkannya dengan berkas yang diterima.",
        s["body"],
    )
    signed_at = Paragraph(f"{_escape(place)}, {long_date(sheet.sent_on)}", s["body"])
    story.append(KeepTogether([closing, Spacer(1, 4 * mm), signed_at, Spacer(1, 3 * mm),
                               _signatures(sheet, s)]))

    footer = (f"Berita acara kiriman {sheet.sequence} · {sheet.village.split(',')[0]} · "
              f"SHA-256 {sha[:16]}…")

    def decorate(canvas: Any, doc: Any) -> None:
        canvas.saveState()
        canvas.setFont(REGULAR, 7.5)
        canvas.setFillColor(HexColor("#5b6770"))
        canvas.drawString(20 * mm, 10 * mm, footer)
        canvas.drawRightString(A4[0] - 20 * mm, 10 * mm, f"Halaman {doc.page}")
        canvas.restoreState()

    target = str(out) if isinstance(out, Path) else out
    doc = SimpleDocTemplate(
        target, pagesize=A4, leftMargin=18 * mm, rightMargin=18 * mm, topMargin=16 * mm,
        bottomMargin=18 * mm, title=f"Berita acara kiriman {sheet.sequence}",
        author="Lingkaran Desktop", creator=f"Lingkaran Desktop {__version__}", invariant=1,
    )
    doc.build(story, onFirstPage=decorate, onLaterPages=decorate)
    return doc.page
