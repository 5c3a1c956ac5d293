"""The candidate list export and the import/export commands (JSON shape, exit codes)."""

from __future__ import annotations

import json
import re
from pathlib import Path

from openpyxl import Workbook, load_workbook

from lingkaran_desktop.paths import Home
from lingkaran_desktop.services.installation import create_installation
from lingkaran_desktop.services.spreadsheet_export import EXPORT_COLUMNS, export_candidates
from lingkaran_desktop.services.spreadsheet_import import import_file
from tests.cli.test_cli import run, village_cli  # noqa: F401  (fixtures)
from tests.conftest import PASSWORD, VILLAGE
from tests.excel.sheet_factory import person, save
from tests.excel.test_sheet_import import _two_dusun_sheets


def _list(tmp_path: Path, rng, bad: int = 1) -> tuple[Path, list[dict]]:
    wb = Workbook()
    ws = wb.active
    ws.append(["Daftar usulan"])
    ws.append(["NIK", "No KK", "Nama", "JK", "Tanggal Lahir", "Pekerjaan", "No HP", "RT"])
    people = [person(rng, sex=rng.choice("LP")) for _ in range(6)]
    for p in people:
        ws.append([p["nik"], "3509010101120001", p["name"], p["sex"], p["birth"], p["occupation"],
                   "0812 3456 7890", "3"])  # fmt: skip
    for _ in range(bad):
        ws.append([float(people[0]["nik"][:-1] + "0"), None, "Rusak", "L", "12-05-1980", "petani"])
    return save(wb, tmp_path / "usulan.xlsx"), people


def test_export_writes_text_niks_frozen_header_filters_and_widths(village, tmp_path, rng) -> None:
    store, admin = village
    path, people = _list(tmp_path, rng)
    import_file(store, admin, path)
    out = tmp_path / "keluar" / "calon.xlsx"
    result = export_candidates(store, admin, out)
    assert result.rows == len(people) and out.exists()
    assert not list(out.parent.glob(".*tmp"))  # the temporary file was renamed away

    wb = load_workbook(out)
    ws = wb.worksheets[0]
    assert ws.freeze_panes == "A2"
    assert ws.auto_filter.ref == f"A1:{ws.cell(1, len(EXPORT_COLUMNS)).column_letter}7"
    header = [c.value for c in ws[1]]
    assert header[:3] == ["NIK", "No. KK", "Nama Lengkap"]
    nik_cells = [ws.cell(r, 1) for r in range(2, ws.max_row + 1)]
    assert sorted(c.value for c in nik_cells) == sorted(p["nik"] for p in people)
    assert all(c.data_type == "s" and c.number_format == "@" for c in nik_cells)
    assert ws.cell(2, 2).data_type == "s"  # KK
    birth = ws.cell(2, header.index("Tanggal Lahir") + 1)
    assert birth.is_date and birth.number_format == "DD-MM-YYYY"
    assert ws.cell(2, header.index("RT") + 1).value == "003"
    assert ws.column_dimensions["A"].width >= 16  # a NIK fits
    assert ws.cell(2, header.index("Status Pendaftaran") + 1).value == "diusulkan"

    # Another installation can import the exported list as it is.
    other, other_admin = create_installation(
        Home(tmp_path / "desa2"), "village", VILLAGE, "admin", PASSWORD
    )
    try:
        again = import_file(other, other_admin, out)
        assert (again.imported, again.rejected) == (len(people), 0), again.summary()
    finally:
        other.close()


def test_export_by_status_and_empty(village, tmp_path, rng) -> None:
    store, admin = village
    assert export_candidates(store, admin, tmp_path / "kosong.xlsx").rows == 0
    import_file(store, admin, _list(tmp_path, rng)[0])
    assert export_candidates(store, admin, tmp_path / "v.xlsx", status="verified").rows == 0
    assert load_workbook(tmp_path / "v.xlsx").worksheets[0].max_row == 1


def test_cli_import_json_summary_and_errors_file(village_cli, tmp_path, rng) -> None:  # noqa: F811
    path, people = _list(tmp_path, rng, bad=2)
    errors = tmp_path / "perbaikan.xlsx"
    code, out, err = village_cli("import", str(path), "--errors", str(errors), "--json",
                                 user="siti")  # fmt: skip
    assert code == 0, err
    data = json.loads(out)
    assert set(data) >= {"rows", "imported", "warnings", "rejected", "errors_file",
                         "rejected_rows", "warning_rows"}  # fmt: skip
    assert (data["rows"], data["imported"], data["rejected"]) == (8, 6, 2)
    assert data["errors_file"] == str(errors) and errors.exists()
    first = data["rejected_rows"][0]
    assert first["row"] == 9 and first["nik"] == people[0]["nik"][:-1] + "0"
    assert "Excel" in first["reasons"][0]
    assert first["codes"] == ["NIK_EXCEL_DAMAGED"]  # for scripts: the codes beside the words
    assert data["rejected_rows"][1]["row"] == 10
    assert all({"row", "nik", "warnings", "codes"} <= set(w) for w in data["warning_rows"])
    assert all(len(w["codes"]) == len(w["warnings"]) for w in data["warning_rows"])
    wb = load_workbook(errors)
    assert wb.sheetnames == ["Perlu Diperbaiki", "Petunjuk"]

    code, out, _ = village_cli("export", "--out", str(tmp_path / "x.xlsx"), "--json", user="budi")
    assert code == 0 and json.loads(out)["rows"] == 6

    code, out, _ = village_cli("import", str(path), user="siti")
    assert code == 0 and "6 sudah terdaftar sebelumnya" in out
    assert "sudah terdaftar, tidak diimpor lagi: baris 3-8." in out  # named, not only counted
    code, out, _ = village_cli("import", str(path), "--json", user="siti")
    again = json.loads(out)["already_rows"]
    assert [r["row"] for r in again] == [3, 4, 5, 6, 7, 8]
    assert all(r["codes"] == ["ALREADY_IMPORTED"] for r in again)


def test_row_ranges_read_as_an_officer_reads_them() -> None:
    from lingkaran_desktop.cli.sheet_commands import row_ranges

    assert row_ranges([4, 5, 6, 9, 12, 13]) == "4-6, 9, 12-13"
    assert row_ranges([7]) == "7"
    many = row_ranges(list(range(1, 100, 2)), limit=3)
    assert many == "1, 3, 5 dan 47 rentang lain (semua: --json)"


def test_cli_import_of_a_csv_names_no_sheet(village_cli, tmp_path, rng) -> None:  # noqa: F811
    p = person(rng, sex="L")
    path = tmp_path / "catatan.csv"
    path.write_text(f"NIK;Nama;JK;Tanggal Lahir\n{p['nik']};{p['name']};L;{p['birth']:%d-%m-%Y}\n")
    code, out, err = village_cli("import", str(path), user="siti")
    assert code == 0, err
    assert "Berkas catatan.csv, judul kolom di baris 1." in out and "lembar" not in out


def test_cli_refuses_an_unreadable_file_with_one_line(village_cli, tmp_path) -> None:  # noqa: F811
    path = tmp_path / "bukan.xlsx"
    path.write_text("ini bukan excel")
    code, out, err = village_cli("import", str(path), "--json", user="siti")
    assert code == 1 and out == ""
    assert err.startswith("lingkaran: Berkas bukan.xlsx tidak dapat dibaca")
    assert err.count("\n") == 1
    code, _, err = village_cli("import", str(path), "--errors", str(path), user="siti")
    assert code == 1 and "berakhiran .xlsx" not in err and "sama dengan" in err


def test_cli_import_warns_of_a_sheet_left_out(village_cli, tmp_path, rng) -> None:  # noqa: F811
    path = _two_dusun_sheets(tmp_path, rng)
    code, out, err = village_cli("import", str(path), user="siti")
    assert code == 0, err
    assert "PERHATIAN: lembar 'Dusun Kidul' juga berisi daftar (3 baris) dan TIDAK diimpor" in out
    assert '--sheet "Dusun Kidul"' in out
    code, out, err = village_cli("import", str(path), "--sheet", "Dusun Kidul", user="siti")
    assert code == 0, err
    assert "3 diimpor" in out and "lembar 'Dusun Krajan' juga berisi daftar" in out



def test_cli_import_lists_the_rows_imported_with_warnings(village_cli, tmp_path, rng) -> None:  # noqa: F811
    wb = Workbook()
    wb.active.append(["NIK", "Nama", "JK", "Tanggal Lahir", "Pekerjaan"])
    for n in range(3):
        p = person(rng)
        nik = int(p["nik"]) if n else p["nik"]  # a number cell: imported, the verifier looks
        wb.active.append([nik, p["name"], p["sex"], p["birth"], p["occupation"]])
    path = save(wb, tmp_path / "angka.xlsx")
    code, out, err = village_cli("import", str(path), user="siti")
    assert code == 0, err
    warned = int(re.search(r"\((\d+) dengan peringatan\)", out).group(1))
    lines = [line for line in out.splitlines() if ": diimpor, PERIKSA — " in line]
    assert warned > 0 and len(lines) == warned, out
    assert all(re.match(r"\s+baris \d+: ", line) for line in lines)


def test_export_names_the_warnings_in_indonesian_words(village, tmp_path, rng) -> None:
    store, admin = village
    wb = Workbook()
    wb.active.append(["NIK", "Nama", "JK", "Tanggal Lahir", "Pekerjaan"])
    p = person(rng)
    wb.active.append([int(p["nik"]), p["name"], p["sex"], p["birth"], p["occupation"]])
    assert import_file(store, admin, save(wb, tmp_path / "angka.xlsx")).with_warnings == 1
    out = export_candidates(store, admin, tmp_path / "daftar.xlsx").path
    sheet = load_workbook(out).active
    header = [c.value for c in sheet[1]]
    row = dict(zip(header, [c.value for c in sheet[2]], strict=True))
    assert "NIK_NUMERIC_CELL" in row["Kode Peringatan"]
    assert "NIK dari sel angka Excel" in row["Peringatan"]
    assert "_" not in row["Peringatan"]  # words, not codes


def test_cli_import_of_a_header_alone_says_there_is_no_data(village_cli, tmp_path) -> None:  # noqa: F811
    wb = Workbook()
    wb.active.title = "Usulan"
    wb.active.append(["NIK", "Nama", "JK", "Tanggal Lahir"])
    path = save(wb, tmp_path / "kosong.xlsx")
    code, out, err = village_cli("import", str(path), user="siti")
    assert code == 1  # nothing imported: a script hears of it, as of a file it cannot read
    assert err.startswith("lingkaran: Lembar 'Usulan' berkas kosong.xlsx tidak berisi baris data "
                          "di bawah judul kolom (baris 1).")  # fmt: skip
    assert "Tidak ada data yang disimpan" in err
    code, out, err = village_cli("import", str(path), "--json", user="siti")
    assert code == 1 and out == "" and "tidak berisi baris data" in err


def test_an_exported_list_imported_elsewhere_keeps_the_number_cell_warning(
    village, tmp_path, rng
) -> None:
    """The officer's export, imported into another installation, brings back the warning its
    "Kode Peringatan" column holds about a NIK that came from a number cell."""
    store, admin = village
    p = person(rng)
    while p["nik"].endswith("0"):
        p = person(rng)
    wb = Workbook()
    wb.active.append(["NIK", "Nama", "JK", "Tanggal Lahir", "Pekerjaan"])
    wb.active.append([int(p["nik"]), p["name"], p["sex"], p["birth"], p["occupation"]])
    assert import_file(store, admin, save(wb, tmp_path / "angka.xlsx")).with_warnings == 1
    out = export_candidates(store, admin, tmp_path / "daftar.xlsx").path
    other, other_admin = create_installation(
        Home(tmp_path / "lain"), "village", VILLAGE, "admin", PASSWORD
    )
    report = import_file(other, other_admin, out)
    assert report.imported == 1, report.summary()
    assert "NIK_NUMERIC_CELL" in [f.code for f in report.warning_rows[0].findings]
    other.close()


def test_cli_lists_rejected_and_warned_rows_in_the_files_order(village_cli, tmp_path, rng) -> None:  # noqa: F811
    """An officer goes down the sheet: the rows to look at are listed in its order, whatever
    their fate (a new-user trial found the rejected ones first, then the warned ones)."""
    wb = Workbook()
    wb.active.append(["NIK", "Nama", "JK", "Tanggal Lahir", "Pekerjaan"])
    first, second, third = (person(rng) for _ in range(3))
    wb.active.append([first["nik"], first["name"], first["sex"], first["birth"], "tukang"])
    wb.active.append([second["nik"], second["name"], second["sex"], "31-02-1980", "P001"])
    wb.active.append([third["nik"], third["name"], third["sex"], third["birth"], "tukang"])
    code, out, err = village_cli("import", str(save(wb, tmp_path / "urut.xlsx")), user="siti")
    assert code == 0, err
    listed = [int(re.match(r"\s+baris (\d+):", line).group(1))
              for line in out.splitlines() if re.match(r"\s+baris \d+:", line)]  # fmt: skip
    assert listed == [2, 3, 4], out  # the rejected row 3 between the warned rows 2 and 4
