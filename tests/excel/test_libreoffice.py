"""Round trips through LibreOffice: what we write opens with NIKs intact; .xls and .ods import.

LibreOffice (Debian's libreoffice-calc-nogui, installed by .ci/run) converts files headless.
"""

from __future__ import annotations

import csv
import random
import shutil
import subprocess
from datetime import date
from pathlib import Path

import pytest
from openpyxl import Workbook

from lingkaran_desktop.services.spreadsheet_export import export_candidates
from lingkaran_desktop.services.spreadsheet_import import import_file
from tests.conftest import make_nik

SOFFICE = shutil.which("soffice")
pytestmark = pytest.mark.skipif(SOFFICE is None, reason="LibreOffice is not installed")


def convert(source: Path, to: str, out: Path) -> Path:
    profile = out / "lo-profile"
    subprocess.run(
        [SOFFICE, f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to", to,
         "--outdir", str(out), str(source)],
        check=True, capture_output=True, timeout=120,
    )  # fmt: skip
    return out / f"{source.stem}.{to.split(':')[0]}"


def village_list(path: Path, rows: int = 5) -> tuple[Path, list[str]]:
    rng = random.Random(3)
    wb = Workbook()
    ws = wb.active
    ws.append(["DAFTAR CALON PESERTA PEKERJA RENTAN"])
    ws.append(["NIK", "Nama", "JK", "Tanggal Lahir", "Pekerjaan"])
    niks = []
    for i in range(rows):
        birth = date(1975 + i, 3, 1 + i)
        nik = make_nik(rng, birth=birth, serial=i + 1)
        niks.append(nik)
        ws.append([nik, f"Warga {'ABCDE'[i % 5]}", "L", birth, "petani"])
        ws.cell(row=ws.max_row, column=1).number_format = "@"
    wb.save(path)
    return path, niks


@pytest.mark.parametrize("kind", ["xls", "ods"])
def test_old_excel_and_libreoffice_files_import(village, staff, tmp_path, kind) -> None:
    store, _ = village
    source, niks = village_list(tmp_path / "daftar.xlsx")
    converted = convert(source, kind, tmp_path)
    report = import_file(store, staff["operator"], converted)
    assert report.imported == len(niks) and report.rejected == 0


def test_exported_list_opens_in_libreoffice_with_niks_intact(village, staff, tmp_path) -> None:
    store, _ = village
    source, niks = village_list(tmp_path / "daftar.xlsx")
    import_file(store, staff["operator"], source)
    export_candidates(store, staff["admin"], tmp_path / "ekspor.xlsx")
    as_csv = convert(tmp_path / "ekspor.xlsx", "csv:Text - txt - csv (StarCalc):44,34,76", tmp_path)
    with open(as_csv, encoding="utf-8") as handle:
        rows = list(csv.reader(handle))
    column = rows[0].index("NIK")
    assert sorted(r[column] for r in rows[1:]) == sorted(niks)  # not 3.50901E+15, not …0
