"""Card PDF speed: cards per second, the ratio against a minimal reportlab floor, linear growth.

    .venv/bin/python bench/cards.py [--counts 1000 10000] [--repeat 1]

The floor is a bare reportlab loop that draws the same texts and the same QR images (encoded
the same way, by zxing-cpp) at fixed positions, 10 per A4, with no layout logic: no fitting of
long names, no cut marks, no forms. Our renderer should stay within 1.5× of it. Signing the
payloads is timed separately (Ed25519, ~30 µs a card). Made-up people only.
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas

from lingkaran_desktop.cards import payload
from lingkaran_desktop.cards.fonts import BOLD, REGULAR, register_fonts
from lingkaran_desktop.cards.qr import qr_image
from lingkaran_desktop.cards.render import (
    CardFront,
    Sheet,
    render_cards,
    slot_origin,
)

FIRST = ["Siti", "Budi", "Muhammad", "Dewi", "Ni Luh Putu", "Ahmad", "Sri", "Slamet", "Nur",
         "Joko", "Umi", "Hadi", "Raden Roro", "I Gede", "Wahyu"]  # fmt: skip
LAST = ["Aminah", "Santoso", "Abdurrahman Wahyudi Saputra", "Lestari", "Ayu Kartika Dewi",
        "Fauzi", "Wahyuni", "Riyadi", "Hidayah", "Susanto", "Kalsum", "Pranoto"]  # fmt: skip


def make_cards(n: int, seed: int = 7) -> tuple[list[CardFront], float]:
    rng = random.Random(seed)
    key = Ed25519PrivateKey.generate()
    cards = []
    started = time.perf_counter()
    for _i in range(n):
        name = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
        kpj = f"26{rng.randint(0, 10**9 - 1):09d}"
        data = payload.CardPayload(
            program_uid_prefix=bytes(6), kpj=kpj, name=name, nik_head="3509",
            nik_tail=f"{rng.randint(1, 9999):04d}", nik_tag=rng.randbytes(8),
            village_code="35.09.01.2001", coverage_start=date(2026, 1, 1),
            coverage_end=date(2026, 12, 31), issued_on=date(2026, 3, 2),
            key_id=bytes(6), app_version="0.1.0",
        )  # fmt: skip
        cards.append(CardFront(name, data.nik_masked, kpj, "Padomasan, Kec. Jombang",
                               data.coverage_start, data.coverage_end,
                               payload.sign(data, key)))  # fmt: skip
    return cards, time.perf_counter() - started


def floor(out: Path, cards: list[CardFront]) -> None:
    """The minimal script: same texts and QR images, fixed positions, nothing else."""
    register_fonts()
    c = Canvas(str(out), pagesize=A4, pageCompression=1, invariant=1)
    for i, card in enumerate(cards):
        slot = i % 10
        if slot == 0 and i:
            c.showPage()
        x, y = slot_origin(slot)
        c.setFont(BOLD, 8.5)
        c.drawString(x + 10, y + 140, "Lingkaran Cinta 2026")
        c.setFont(BOLD, 9.5)
        c.drawString(x + 10, y + 100, card.name.upper())
        c.setFont(REGULAR, 7.2)
        c.drawString(x + 40, y + 82, card.nik_masked)
        c.setFont(BOLD, 9)
        c.drawString(x + 40, y + 69, card.kpj or "")
        c.setFont(REGULAR, 6.2)
        c.drawString(x + 40, y + 55, card.village)
        c.drawString(x + 40, y + 42, "JKK + JKM")
        c.drawString(x + 40, y + 29, "01-01-2026 s.d. 31-12-2026")
        image = qr_image(card.qr_text)
        c.drawImage(ImageReader(image), x + 170, y + 40, 21 * mm, 21 * mm)
    c.showPage()
    c.save()


def timed(work) -> float:
    started = time.perf_counter()
    work()
    return time.perf_counter() - started


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--counts", type=int, nargs="+", default=[1000, 10000])
    parser.add_argument("--repeat", type=int, default=1, help="runs per measurement (median)")
    args = parser.parse_args()
    sheet = Sheet("Lingkaran Cinta 2026", "Desa Padomasan",
                  "Kantor Desa Padomasan, Kec. Jombang", date(2026, 3, 2))  # fmt: skip
    tmp = Path(tempfile.mkdtemp(prefix="lingkaran-bench-cards-"))
    rows = []
    for n in args.counts:
        cards, sign_s = make_cards(n)

        def median(work) -> float:
            runs = sorted(timed(work) for _ in range(args.repeat))
            return runs[len(runs) // 2]

        base = median(lambda cards=cards: floor(tmp / "floor.pdf", cards))
        fronts = median(lambda cards=cards: render_cards(tmp / "fronts.pdf", cards, sheet,
                                                         back=False))  # fmt: skip
        both = median(lambda cards=cards: render_cards(tmp / "both.pdf", cards, sheet))
        size = (tmp / "both.pdf").stat().st_size / 1e6
        rows.append((n, sign_s, base, fronts, both, size))
        print(f"{n:>6} cards: sign {sign_s:6.2f} s | floor {base:6.2f} s ({n / base:5.0f}/s) | "
              f"fronts {fronts:6.2f} s ({n / fronts:5.0f}/s, {fronts / base:4.2f}× floor) | "
              f"fronts+backs {both:6.2f} s ({n / both:5.0f}/s, {both / base:4.2f}× floor, "
              f"{size:5.1f} MB)", flush=True)
    if len(rows) >= 2:
        (n1, _, _, f1, b1, _), (n2, _, _, f2, b2, _) = rows[0], rows[-1]
        print(f"growth {n1}→{n2} ({n2 / n1:.0f}× cards): fronts {f2 / f1:.1f}× time, "
              f"fronts+backs {b2 / b1:.1f}× time (linear = {n2 / n1:.0f}×)")
    worst = max(r[3] / r[2] for r in rows)
    print(f"worst ratio fronts/floor: {worst:.2f}× (target ≤ 1.5×)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
