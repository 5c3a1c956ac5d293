"""The recap workbook: numbers are numbers, money is rupiah, the chart is there."""

from __future__ import annotations

import json
from datetime import date

import openpyxl

from lingkaran_desktop.cli import main
from lingkaran_desktop.domain.candidate import CandidateFields
from lingkaran_desktop.services.candidates import decide, register_candidate
from lingkaran_desktop.services.recap import write_recap
from tests.conftest import PASSWORD, make_nik


def test_recap_counts_and_contributions(village, staff, rng, tmp_path) -> None:
    store, admin = village
    niks = []
    for i, (sex, birth, occupation) in enumerate([
        ("L", date(1980, 1, 1), "P001"), ("P", date(1995, 6, 1), "P006"),
        ("P", date(1960, 2, 2), "P006"),
    ]):  # fmt: skip
        nik = make_nik(rng, birth=birth, sex=sex, serial=i + 1)
        register_candidate(store, staff["operator"], CandidateFields(
            nik=nik, name=f"Warga {chr(65 + i)}", sex=sex, birth_date=birth.isoformat(),
            occupation=occupation, funding="DBHCHT" if i else "APBD"))  # fmt: skip
        niks.append(nik)
    decide(store, staff["verifier"], niks[:2])
    decide(store, staff["verifier"], niks[2:], reject=True, reason="Bukan warga")
    result = write_recap(store, admin, tmp_path / "rekap.xlsx")
    assert (result.active, result.monthly, result.yearly) == (2, 33_600, 403_200)

    wb = openpyxl.load_workbook(tmp_path / "rekap.xlsx")
    assert wb.sheetnames == ["Ringkasan", "Per Desa", "Per Pekerjaan", "Per Sumber Dana",
                             "Per JK dan Usia"]  # fmt: skip
    summary = {r[0].value: (r[1].value, r[2]) for r in wb["Ringkasan"].iter_rows(min_row=2)}
    yearly_cell = summary["Iuran 12 bulan"][1]
    assert yearly_cell.value == 403_200 and "Rp" in yearly_cell.number_format
    village = [[c.value for c in row] for row in wb["Per Desa"].iter_rows(min_row=2)]
    assert village[0][0] == "35.09.01.2001" and isinstance(village[0][0], str)
    assert village[0][1] == "Padomasan"
    header = [c.value for c in wb["Per Desa"][1]]
    assert village[0][header.index("Aktif")] == 2
    assert village[0][header.index("Ditolak")] == 1
    assert len(wb["Per Desa"]._charts) == 1
    occupations = {r[0].value: r[2].value for r in wb["Per Pekerjaan"].iter_rows(min_row=2)}
    assert occupations == {"P001": 1, "P006": 1}
    ages = {r[0].value: (r[1].value, r[2].value)
            for r in wb["Per JK dan Usia"].iter_rows(min_row=2)}  # fmt: skip
    assert ages["26–35"] == (0, 1) and ages["46–55"] == (1, 0)


def test_recap_on_the_command_line(village, tmp_path, monkeypatch, capsys) -> None:
    store, _ = village
    monkeypatch.setenv("LINGKARAN_PASSWORD", PASSWORD)
    code = main(["--home", str(store.home.root), "--user", "admin", "report", "--out",
                 str(tmp_path / "r.xlsx"), "--json"])  # fmt: skip
    assert code == 0 and json.loads(capsys.readouterr().out)["active"] == 0
