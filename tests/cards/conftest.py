"""Enrolled participants with KPJ numbers, made through the real exchange loop (made-up people)."""

from __future__ import annotations

import shutil
import subprocess
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import openpyxl
import pytest
from PIL import Image

from lingkaran_desktop.domain.candidate import CandidateFields
from lingkaran_desktop.services.batches import (
    export_batch,
    export_results,
    import_batch,
    import_results,
)
from lingkaran_desktop.services.bpjs import import_result
from lingkaran_desktop.services.candidates import decide, register_candidate
from tests.conftest import make_nik
from tests.exchange.conftest import World, world  # noqa: F401  (the fixture, reused)

NAMES = [
    "Siti Aminah", "Budi Santoso", "Muhammad Abdurrahman Wahyudi Saputra Kusumanegara",
    "Dewi Lestari", "Ni Luh Putu Ayu Kartika Dewi Sukmawati", "Ahmad Fauzi", "Sri Wahyuni",
    "Slamet Riyadi", "Nur Hidayah", "Joko Susanto", "Umi Kalsum", "Hadi Pranoto",
]  # fmt: skip
REJECTED_NAMES = ["Bambang Setiawan", "Wulan Sari"]
REJECT_REASON = "tidak tinggal di desa ini lagi"
BPJS_REASON = "NIK sudah terdaftar sebagai peserta aktif"


@dataclass
class Enrolled:
    world: World
    niks: list[str]  # enrolled, in NAMES order (first 10)
    kpjs: list[str]
    bpjs_rejected: str  # NIK rejected by BPJS
    submitted: str  # NIK still waiting for BPJS
    rejected_here: list[str]  # rejected at the village verification
    batch_sha256: str

    @property
    def store(self):
        return self.world.village.store

    @property
    def officer(self):
        return self.world.village.verifier


def _add(site, rng, name: str, i: int) -> str:
    sex = "P" if i % 2 else "L"
    birth = date(1970 + i, 1 + i % 12, 1 + i % 28)
    nik = make_nik(rng, birth=birth, sex=sex, serial=100 + i)
    register_candidate(site.store, site.operator, CandidateFields(
        nik=nik, name=name, sex=sex, birth_date=birth.isoformat(), occupation="P006",
        rt=str(1 + i % 3), rw="2"))
    return nik


@pytest.fixture
def enrolled(world, rng, tmp_path: Path) -> Enrolled:  # noqa: F811
    village, district = world.village, world.district
    niks = [_add(village, rng, name, i) for i, name in enumerate(NAMES)]
    decide(village.store, village.verifier, niks)
    rejected = [_add(village, rng, name, 20 + i) for i, name in enumerate(REJECTED_NAMES)]
    decide(village.store, village.verifier, rejected, reject=True, reason=REJECT_REASON)
    usb = tmp_path / "usb"
    usb.mkdir()
    sent = export_batch(village.store, village.verifier, usb)
    import_batch(district.store, district.admin, Path(sent.path))
    kpjs = [f"260100{i:05d}" for i in range(10)]
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["No", "NIK", "Nama", "No. KPJ", "Keterangan"])
    for i, (nik, kpj) in enumerate(zip(niks[:10], kpjs, strict=True)):
        sheet.append([i + 1, nik, NAMES[i].upper(), kpj, "Berhasil"])
    sheet.append([11, niks[10], NAMES[10].upper(), None, BPJS_REASON])
    book.save(tmp_path / "jawaban.xlsx")
    import_result(district.store, district.admin, tmp_path / "jawaban.xlsx")
    results = export_results(district.store, district.admin, usb)
    import_results(village.store, village.verifier, Path(results[0].path))
    return Enrolled(world, niks[:10], kpjs, niks[10], niks[11], rejected, sent.sha256)


def rasterise(pdf: Path, page: int, dpi: int = 300) -> Image.Image:
    """One page as an image through poppler's pdftoppm (Debian poppler-utils)."""
    if shutil.which("pdftoppm") is None:
        pytest.skip("pdftoppm (poppler-utils) is not installed")
    prefix = pdf.with_name(f"{pdf.stem}-p{page}")
    subprocess.run(["pdftoppm", "-r", str(dpi), "-png", "-f", str(page), "-l", str(page),
                    "-singlefile", str(pdf), str(prefix)], check=True)
    return Image.open(prefix.with_suffix(".png"))


def pdf_text(pdf: Path) -> str:
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    return subprocess.run(["pdftotext", "-layout", str(pdf), "-"], check=True,
                          capture_output=True, text=True).stdout


def pdf_pages(pdf: Path) -> int:
    if shutil.which("pdfinfo") is None:
        pytest.skip("pdfinfo (poppler-utils) is not installed")
    info = subprocess.run(["pdfinfo", str(pdf)], check=True, capture_output=True,
                          text=True).stdout
    return int(next(line.split()[-1] for line in info.splitlines() if line.startswith("Pages:")))
