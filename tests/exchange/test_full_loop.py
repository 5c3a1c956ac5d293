"""The whole loop on the command line: village → district → BPJS → district → village."""

from __future__ import annotations

import csv
import json
import shutil
from pathlib import Path

import openpyxl
import pytest

from lingkaran_desktop.cli import main
from tests.conftest import PASSWORD


@pytest.fixture
def lk(monkeypatch, capsys):
    monkeypatch.setenv("LINGKARAN_PASSWORD", PASSWORD)
    monkeypatch.setenv("LINGKARAN_NEW_PASSWORD", PASSWORD)

    def run(home: Path, *args: str, user: str | None = None, ok: bool = True) -> dict | str:
        argv = ["--home", str(home), *(["--user", user] if user else []), *args]
        code = main(argv)
        out, err = capsys.readouterr()
        assert (code == 0) == ok, (argv, code, out, err)
        return json.loads(out) if "--json" in args and out else out + err

    return run


NIKS = ["3509015205800001", "3509011708790002", "3509014411850003"]
PEOPLE = [("Siti Aminah", "P", "1980-05-12"), ("Budi Santoso", "L", "1979-08-17"),
          ("Dewi Lestari", "P", "1985-11-04")]  # fmt: skip


def test_village_to_district_to_bpjs_and_back(lk, tmp_path) -> None:
    d, v, usb = tmp_path / "kabupaten", tmp_path / "desa", tmp_path / "usb"
    lk(d, "init", "--role", "district", "--region", "35.09", "--admin", "kadis")
    lk(v, "init", "--role", "village", "--region", "35.09.01.2001", "--admin", "admin")
    published = lk(d, "program", "publish", "--name", "Lingkaran Cinta 2026", "--year", "2026",
                   "--start", "2026-01-01", "--months", "12", "--quota-per-village", "100",
                   "--out", str(usb / "program.lkprog"), "--json")  # fmt: skip
    loaded = lk(v, "program", "load", str(usb / "program.lkprog"), "--json")
    assert loaded["fingerprint"] == published["fingerprint"]  # read aloud over the phone
    station = lk(v, "station", "export", "--out", str(usb / "desa.lkstation"), "--json")
    added = lk(d, "station", "add", str(usb / "desa.lkstation"), "--json")
    assert added["fingerprint"] == station["fingerprint"]

    lk(v, "user", "add", "siti", "--role", "operator", user="admin")
    lk(v, "user", "add", "budi", "--role", "verifier", user="admin")
    for nik, (name, sex, birth) in zip(NIKS, PEOPLE, strict=True):
        lk(v, "worker", "add", "--nik", nik, "--name", name, "--sex", sex, "--birth-date", birth,
           "--occupation", "P006", "--mother", "Ibu Kandung", user="siti")  # fmt: skip
    lk(v, "verify", "--all", user="budi")
    sent = lk(v, "batch", "export", "--out", str(usb), "--json", user="budi")
    assert sent["records"] == 3

    imported = lk(d, "batch", "import", sent["path"], "--json", user="kadis")
    assert imported["files"][0]["outcome"] == "accepted"
    again = lk(d, "batch", "import", sent["path"], "--json", user="kadis")
    assert again["files"][0]["outcome"] == "already_imported"

    export = lk(d, "bpjs", "export", "--out", str(tmp_path / "bpjs.xlsx"), "--json", user="kadis")
    assert export["rows"] == 3 and export["monthly_total"] == 3 * 16_800
    sheet = openpyxl.load_workbook(tmp_path / "bpjs.xlsx").active
    header = [c.value for c in sheet[1]]
    nik_cells = [row[header.index("NIK")] for row in sheet.iter_rows(min_row=2)]
    assert [c.value for c in nik_cells] == NIKS and {c.data_type for c in nik_cells} == {"s"}
    if shutil.which("soffice"):  # BPJS opens it in Excel/LibreOffice: NIKs must survive
        from tests.excel.test_libreoffice import convert

        as_csv = convert(tmp_path / "bpjs.xlsx", "csv:Text - txt - csv (StarCalc):44,34,76",
                         tmp_path)  # fmt: skip
        rows = list(csv.reader(as_csv.open(encoding="utf-8")))
        assert [r[rows[0].index("NIK")] for r in rows[1:]] == NIKS

    answer = openpyxl.Workbook()
    ws = answer.active
    ws.append(["No", "NIK", "Nama", "No. KPJ", "Keterangan"])
    ws.append([1, NIKS[0], "SITI AMINAH", "26012345678", "Berhasil"])
    ws.append([2, NIKS[1], "BUDI SANTOSO", "26012345679", "Berhasil"])
    ws.append([3, NIKS[2], "DEWI LESTARI", None, "NIK sudah terdaftar sebagai peserta aktif"])
    ws.append([4, "3509010101900009", "ORANG LAIN", "26012345670", "Berhasil"])
    answer.save(tmp_path / "jawaban.xlsx")
    applied = lk(d, "bpjs", "import-result", str(tmp_path / "jawaban.xlsx"), "--json",
                 user="kadis")  # fmt: skip
    assert (applied["enrolled"], applied["rejected"]) == (2, 1)
    assert applied["unknown_niks"] == [5]  # reported, never invented

    results = lk(d, "batch", "results", "--out", str(usb), "--json", user="kadis")
    assert len(results["files"]) == 1
    back = lk(v, "batch", "import", results["files"][0]["path"], "--json", user="budi")
    assert back["files"][0]["outcome"] == "accepted" and back["files"][0]["updated"] == 3
    replay = lk(v, "batch", "import", results["files"][0]["path"], "--json", user="budi")
    assert replay["files"][0]["outcome"] == "already_imported"

    workers = lk(v, "worker", "list", "--json", user="budi")["workers"]
    by_nik = {w["nik"]: w for w in workers}
    assert by_nik[NIKS[0]]["status"] == "enrolled" and by_nik[NIKS[0]]["kpj"] == "26012345678"
    assert by_nik[NIKS[0]]["coverage_end"] == "2026-12-31"
    assert by_nik[NIKS[2]]["status"] == "rejected"
    assert "peserta aktif" in by_nik[NIKS[2]]["rejection_reason"]
    assert "Semua baik" in lk(v, "doctor")
    assert "Semua baik" in lk(d, "doctor")
    assert lk(d, "station", "list", "--json", user="kadis")["stations"][0]["received"] == [1]

    # Personal data never reaches a log: scan everything both installations logged.
    logged = "".join(
        f.read_text(encoding="utf-8") for home in (d, v) for f in (home / "logs").glob("*.log*")
    )
    for nik in NIKS:
        assert nik not in logged and nik[6:12] not in logged  # nor the birth-date part
    for name, _sex, birth in PEOPLE:
        assert name not in logged and birth not in logged
    assert PASSWORD not in logged
    assert "candidate.receive: 3 candidates by kadis" in logged  # what happened is there
