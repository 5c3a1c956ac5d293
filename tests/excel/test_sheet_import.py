"""Importing village lists: every row's fate in realistic messy workbooks (DOMAIN.md rules)."""

from __future__ import annotations

import random
from datetime import date

import pytest
from openpyxl import Workbook
from sqlalchemy import func
from sqlmodel import select

from lingkaran_desktop.services.audit import event_count
from lingkaran_desktop.services.doctor import run_doctor
from lingkaran_desktop.services.spreadsheet_import import import_file, preview, write_errors
from lingkaran_desktop.store.models import AuditEvent, Candidate
from tests.conftest import make_nik
from tests.excel.sheet_factory import cells_of, person, save

HEADER = ["No", "NIK Ibu", "NIK", "No. KK", "Nama Lengkap", "Jenis Kelamin", "Tempat Lahir",
          "Tgl. Lahir", "Nama Ibu Kandung", "Alamat", "RT", "RW", "Pekerjaan", "No HP"]  # fmt: skip


def _row(p: dict, nik=None, birth=None, sex=None, name=None, phone="0812-3456-7890", kk=None):
    return [
        None,
        make_nik(random.Random(1), sex="P"),  # the mother's NIK: never the candidate's
        p["nik"] if nik is None else nik,
        kk if kk is not None else "3509010101120001",
        p["name"] if name is None else name,
        p["sex"] if sex is None else sex,
        p["place"],
        p["birth"] if birth is None else birth,
        p["mother"],
        "Dusun Krajan",
        "001",
        "002",
        p["occupation"],
        phone,
    ]


@pytest.fixture
def messy(tmp_path, rng):
    """A notes sheet first, then the list under a merged title, a blank row, a numbering row,
    every date and NIK form, Excel damage, a duplicate, blanks and a JUMLAH row."""
    wb = Workbook()
    notes = wb.active
    notes.title = "Keterangan"
    notes.append(["Daftar ini disusun oleh RT 01-05 dan diperiksa kepala dusun."])
    ws = wb.create_sheet("Usulan 2026")
    ws["A1"] = "DAFTAR USULAN PEKERJA RENTAN DESA CONTOH"
    ws.merge_cells("A1:N1")
    ws["A2"] = "Tahun anggaran 2026"
    ws.append([])
    ws.append(HEADER)  # row 4
    ws.append([f"({i})" for i in range(1, len(HEADER) + 1)])  # row 5: column numbers
    people = {key: person(rng, sex=rng.choice("LP")) for key in "abcdefghijklmnopqr"}
    b = people["b"]
    expected: dict[int, tuple[str, str | None]] = {}

    def add(row: list, fate: str, code: str | None = None) -> None:
        ws.append(row)
        expected[ws.max_row] = (fate, code)

    add(_row(people["a"]), "imported")  # row 6: text NIK, real date cell
    add(_row(b, nik=f"{b['nik'][:4]} {b['nik'][4:8]}.{b['nik'][8:12]}-{b['nik'][12:]}",
             birth=b["birth"].strftime("%d-%m-%Y")), "imported")  # fmt: skip
    add(_row(people["c"], nik="'" + people["c"]["nik"],
             birth=people["c"]["birth"].strftime("%d/%m/%Y")), "imported")  # fmt: skip
    d = people["d"]
    months = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus",
              "September", "Oktober", "November", "Desember"]  # fmt: skip
    add(_row(d, birth=f"{d['birth'].day} {months[d['birth'].month - 1]} {d['birth'].year}"),
        "imported")  # fmt: skip
    add(_row(people["e"], birth=people["e"]["birth"].isoformat()), "imported")
    serial = (people["f"]["birth"] - date(1899, 12, 30)).days
    add(_row(people["f"], birth=serial), "imported")  # an Excel serial number
    add(_row(people["g"], birth=people["g"]["birth"].strftime("%d-%m-%y")), "imported")
    ws.append([])  # a blank row inside the list
    h = people["h"]
    numeric = make_nik(rng, birth=h["birth"], sex=h["sex"], serial=1234)
    add(_row(h, nik=int(numeric)), "warning", "NIK_NUMERIC_CELL")
    add(_row(people["i"], nik=float(people["i"]["nik"][:-1] + "0")), "rejected",
        "NIK_EXCEL_DAMAGED")  # fmt: skip
    add(_row(people["j"], nik="3.50901E+15"), "rejected", "NIK_EXCEL_DAMAGED")
    add(_row(people["k"], nik=people["a"]["nik"]), "rejected", "ROW_DUPLICATE_IN_FILE")
    young = date(2015, 6, 1)
    add(_row(people["l"], nik=make_nik(rng, birth=young), birth=young, sex="L"), "rejected",
        "AGE_TOO_YOUNG")  # fmt: skip
    add(_row(people["m"], name=""), "rejected", "NAME_EMPTY")
    add(_row(people["n"], nik="35090112058"), "rejected", "NIK_LENGTH")
    add(_row(people["o"], sex="Perempuan" if people["o"]["sex"] == "P" else "Laki-laki",
             phone="+62 812-3456-7890"), "imported")  # fmt: skip
    p = people["p"]
    add(_row(p, birth=p["birth"].replace(day=p["birth"].day % 28 + 1)), "warning",
        "NIK_BIRTHDATE_MISMATCH")  # fmt: skip
    add(_row(people["q"], birth="31-02-1980"), "rejected", "BIRTH_DATE_NO_SUCH_DAY")
    ws.append(["JUMLAH", None, "=COUNTA(C6:C22)", None, 15])
    ws.append([None, None, None, None, None, None, None, None, None, None, "Mengetahui,"])
    ws.append([None, None, None, None, "Kepala Desa Contoh"])
    path = save(wb, tmp_path / "usulan.xlsx")
    return path, expected, people


def _fates(report) -> dict[int, tuple[str, list[str]]]:
    fates = {r.row: ("rejected", [f.code for f in r.findings]) for r in report.rejected_rows}
    fates.update({r.row: ("warning", [f.code for f in r.findings]) for r in report.warning_rows})
    return fates


@pytest.mark.parametrize("chunk", [1, 2, 3])
def test_rows_checked_and_stored_in_small_chunks_meet_the_same_fates(
    village, messy, monkeypatch, chunk
) -> None:
    """A district list is checked and stored a chunk at a time; whatever the chunk size, a
    duplicate whose first row is in an earlier chunk, and every other row, ends the same way."""
    from lingkaran_desktop.services import spreadsheet_import

    store, admin = village
    path, expected, _ = messy
    monkeypatch.setattr(spreadsheet_import, "_STORE_CHUNK", chunk)
    report = import_file(store, admin, path)
    fates = {row: fate for row, (fate, _codes) in _fates(report).items()}
    want = {row: fate for row, (fate, _code) in expected.items() if fate != "imported"}
    assert fates == want
    assert report.rows == len(expected) and report.skipped == 3
    again = import_file(store, admin, path)  # every good row is now "already imported"
    assert again.imported == 0 and again.already_imported == report.imported


def test_preview_finds_the_list_sheet_header_row_and_columns(messy) -> None:
    path, _, _ = messy
    found = preview(path)
    assert found.sheets == ["Keterangan", "Usulan 2026"]
    assert found.sheet == "Usulan 2026" and found.header_row == 4
    assert found.mapping["nik"] == 2  # "NIK", not "NIK Ibu" in column B
    assert found.mapping["name"] == 4 and found.mapping["birth_date"] == 7
    assert found.sample[0][2] == messy[2]["a"]["nik"]


def test_every_row_of_a_messy_workbook_has_its_fate(village, messy) -> None:
    store, admin = village
    path, expected, people = messy
    report = import_file(store, admin, path)
    fates = _fates(report)
    for row, (fate, code) in expected.items():
        if fate == "imported":
            assert row not in fates, (row, fates.get(row))
        else:
            assert row in fates, row
            assert fates[row][0] == fate and code in fates[row][1], (row, fates[row])
    imported = sum(1 for f, _ in expected.values() if f in ("imported", "warning"))
    rejected = sum(1 for f, _ in expected.values() if f == "rejected")
    assert (report.imported, report.rejected, report.already_imported) == (imported, rejected, 0)
    assert report.rows == len(expected)
    assert report.with_warnings >= 2
    assert report.skipped == 3  # JUMLAH, "Mengetahui," and the signature (blank rows: uncounted)
    duplicate = next(r for r in report.rejected_rows if r.row == 17)
    assert "baris 6" in duplicate.messages[0]  # the later row names the first one

    with store.session() as session:
        rows = {c.nik: c for c in session.exec(select(Candidate))}
    assert len(rows) == imported
    for key in "abcdefg":
        stored = rows[people[key]["nik"]]
        assert stored.birth_date == people[key]["birth"], key
        assert stored.status == "proposed" and stored.entered_by == "admin"
    assert rows[people["o"]["nik"]].phone == "+6281234567890"
    assert rows[people["b"]["nik"]].rt == "001" and rows[people["b"]["nik"]].kk
    assert run_doctor(store).ok  # one candidate.import event per row, state hashes agree


def test_audit_records_the_file_name_and_hash(village, messy) -> None:
    store, admin = village
    report = import_file(store, admin, messy[0])
    with store.session() as session:
        events = session.exec(
            select(AuditEvent).where(AuditEvent.action == "candidate.import")
        ).all()
        summary = session.exec(select(AuditEvent).where(AuditEvent.action == "import.file")).one()
    assert len(events) == report.imported
    assert all(report.sha256 in e.reason and "usulan.xlsx" in e.reason for e in events)
    assert '"imported":' in summary.after and report.sha256 in summary.after


def test_error_workbook_round_trip(village, messy, tmp_path) -> None:
    store, admin = village
    path, _, people = messy
    first = import_file(store, admin, path)
    out = write_errors(first, tmp_path / "perbaikan.xlsx")
    assert out is not None and first.errors_file == str(out)

    cells = cells_of(out)
    header = [c.value for c in cells[0]]
    assert header[:2] == ["Baris Asal", "Alasan Penolakan"]
    nik_col, name_col = header.index("NIK"), header.index("Nama Lengkap")
    birth_col = header.index("Tgl. Lahir")
    body = cells[1:]
    assert [r[0].value for r in body] == [r.row for r in first.rejected_rows]
    for row in body:
        if row[nik_col].value is not None:
            assert row[nik_col].data_type == "s"  # NIK is text, never a number
    damaged = next(r for r in body if r[0].value == 15)
    assert damaged[nik_col].value is None  # a damaged NIK is left to be retyped

    # The officer fixes rows: retypes the damaged NIK, fills the name, corrects the date.
    from openpyxl import load_workbook

    wb = load_workbook(out)
    ws = wb.worksheets[0]
    fixed = {
        15: (nik_col, people["i"]["nik"]),
        16: (nik_col, people["j"]["nik"]),
        19: (name_col, "Wati Lestari"),
        23: (birth_col, people["q"]["birth"].strftime("%d-%m-%Y")),
    }
    for excel_row in range(2, ws.max_row + 1):
        original = ws.cell(excel_row, 1).value
        if original in fixed:
            col, value = fixed[original]
            ws.cell(excel_row, col + 1).value = value
    wb.save(out)

    before = _counts(store)
    second = import_file(store, admin, out)
    assert second.imported == len(fixed), second.summary()["rejected_rows"]
    assert second.rejected == first.rejected - len(fixed)
    assert run_doctor(store).ok
    assert _counts(store)[0] == before[0] + len(fixed)

    # Importing the original file again changes nothing: its good rows are recognised.
    third = import_file(store, admin, path)
    assert third.imported == 0
    assert third.already_imported == first.imported
    assert third.rejected == first.rejected  # the original still has the broken rows
    assert _counts(store)[0] == before[0] + len(fixed)


def _counts(store) -> tuple[int, int]:
    with store.session() as session:
        return session.exec(select(func.count()).select_from(Candidate)).one(), event_count(session)


def test_same_nik_for_another_person_is_rejected_naming_the_registered_one(
    village, tmp_path, rng
) -> None:
    store, admin = village
    p = person(rng)
    wb = Workbook()
    wb.active.append(["NIK", "Nama", "JK", "Tanggal Lahir", "Pekerjaan"])
    wb.active.append([p["nik"], p["name"], p["sex"], p["birth"], "petani"])
    first = import_file(store, admin, save(wb, tmp_path / "a.xlsx"))
    assert first.imported == 1
    wb = Workbook()
    wb.active.append(["NIK", "Nama", "JK", "Tanggal Lahir", "Pekerjaan"])
    wb.active.append([p["nik"], "Orang Lain", p["sex"], p["birth"], "petani"])
    wb.active.append([p["nik"], p["name"].upper(), p["sex"], p["birth"], "petani"])
    second = import_file(store, admin, save(wb, tmp_path / "b.xlsx"))
    assert second.rejected == 2 and second.already_imported == 0
    clash = next(r for r in second.rejected_rows if r.row == 2)
    assert clash.findings[0].code == "NIK_ALREADY_REGISTERED"
    assert p["name"] in clash.messages[0]
    # The first row with a NIK wins within the file, whoever the later rows are.
    later = next(r for r in second.rejected_rows if r.row == 3)
    assert [f.code for f in later.findings] == ["ROW_DUPLICATE_IN_FILE"]


def test_siak_layout_only_living_residents(village, tmp_path, rng) -> None:
    store, admin = village
    wb = Workbook()
    ws = wb.active
    ws.append(["Nomor KK", "NIK", "Nama Penduduk", "Status", "Tempat Lahir", "Tanggal Lahir",
               "Kelamin", "NIK Ayah", "Ayah", "NIK Ibu", "Ibu", "Alamat", "RW", "RT",
               "Pekerjaan"])  # fmt: skip
    statuses = ["Hidup", "Mati", "Pindah Dalam Negeri", "Hidup", "Tidak Valid"]
    people = []
    for status in statuses:
        p = person(rng, sex="P")
        people.append(p)
        ws.append(["3509010101120001", p["nik"], p["name"].upper(), status, "JEMBER", p["birth"],
                   "Perempuan", make_nik(rng), "AYAH", make_nik(rng, sex="P"), "SUMIRAH",
                   "DUSUN KRAJAN", "002", "001", "BURUH TANI/PERKEBUNAN"])  # fmt: skip
    report = import_file(store, admin, save(wb, tmp_path / "siak.xlsx"))
    assert report.imported == 2 and report.rejected == 3
    reasons = {r.row: r.messages[0] for r in report.rejected_rows}
    assert "'Mati'" in reasons[3] and "Pindah Dalam Negeri" in reasons[4]
    assert "Tidak Valid" in reasons[6]
    with store.session() as session:
        stored = session.exec(select(Candidate).where(Candidate.nik == people[0]["nik"])).one()
    assert stored.mother_name == "SUMIRAH" and stored.occupation_code == "P006"


def test_opensid_layout_status_dasar_and_sex_codes(village, tmp_path, rng) -> None:
    store, admin = village
    wb = Workbook()
    ws = wb.active
    ws.append(["alamat", "dusun", "rw", "rt", "nama", "no_kk", "nik", "sex", "tempatlahir",
               "tanggallahir", "nama_ibu", "ayah_nik", "ibu_nik", "pekerjaan",
               "status_dasar"])  # fmt: skip
    expected = []
    for sex_code, status in (("1", "1"), ("2", "1"), ("1", "2"), ("2", "3")):
        p = person(rng, sex="L" if sex_code == "1" else "P")
        expected.append(p)
        ws.append(["", "MANGSIT", "-", "004", p["name"], "3509010101120001", p["nik"], sex_code,
                   "MANGSIT", p["birth"].isoformat(), "IBU", make_nik(rng), make_nik(rng, sex="P"),
                   "NELAYAN", status])  # fmt: skip
    report = import_file(store, admin, save(wb, tmp_path / "opensid.xlsx"))
    assert (report.imported, report.rejected) == (2, 2)
    assert [r.findings[0].code for r in report.rejected_rows] == ["RESIDENT_STATUS_DASAR"] * 2
    assert "mati" in report.rejected_rows[0].messages[0]
    with store.session() as session:
        first = session.exec(select(Candidate).where(Candidate.nik == expected[0]["nik"])).one()
    assert first.sex == "L" and first.rw is None and first.rt == "004"
    assert first.address == "MANGSIT"


def test_opensid_program_workbook_stops_at_hash_row(village, tmp_path, rng) -> None:
    store, admin = village
    wb = Workbook()
    program = wb.active
    program.title = "Program"
    program.append(["Nama Program", "Bantuan"])
    ws = wb.create_sheet("Peserta")
    ws.append(["Peserta", "No. Peserta", "NIK", "Nama", "Tempat Lahir", "Tanggal Lahir",
               "Alamat", "Pekerjaan"])  # fmt: skip
    for _ in range(3):
        p = person(rng)
        ws.append([p["nik"], "1", p["nik"], p["name"], "JEMBER", p["birth"].isoformat(),
                   "RT 004 RW - Dusun Mangsit", "petani"])  # fmt: skip
    ws.append(["###"])
    ws.append(["Catatan:"])
    ws.append(["1. Kolom Peserta (A) dan kolom NIK (C) wajib di isi", "", "1234"])
    report = import_file(store, admin, save(wb, tmp_path / "program.xlsx"))
    assert report.sheet == "Peserta"
    assert (report.imported, report.rejected, report.skipped) == (3, 0, 3)


def test_two_row_header_with_merged_parents(village, tmp_path, rng) -> None:
    store, admin = village
    wb = Workbook()
    ws = wb.active
    ws.append(["No", "NIK", "Nama", "Tempat/Tgl Lahir", None, "Jenis Kelamin", None, "Pekerjaan"])
    ws.append([None, None, None, "Tempat", "Tanggal", "L", "P", None])
    ws.merge_cells("D1:E1")
    ws.merge_cells("F1:G1")
    ws.merge_cells("A1:A2")
    ws.merge_cells("B1:B2")
    man, woman = person(rng, sex="L"), person(rng, sex="P")
    ws.append([1, man["nik"], man["name"], "Jember", man["birth"], "v", None, "ojek"])
    ws.append([2, woman["nik"], woman["name"], "Bondowoso", woman["birth"], None, "v", "ojek"])
    path = save(wb, tmp_path / "dua-baris.xlsx")
    found = preview(path)
    assert {"birth_place", "birth_date", "sex_l", "sex_p"} <= set(found.mapping)
    report = import_file(store, admin, path)
    assert report.imported == 2 and report.rejected == 0, report.summary()
    assert not any("SEX_FROM_NIK" in [f.code for f in r.findings] for r in report.warning_rows)
    with store.session() as session:
        stored = session.exec(select(Candidate).where(Candidate.nik == woman["nik"])).one()
    assert (stored.sex, stored.birth_place) == ("P", "Bondowoso")


def test_combined_place_and_date_column(village, tmp_path, rng) -> None:
    store, admin = village
    p = person(rng)
    wb = Workbook()
    wb.active.append(["NIK", "Nama", "L/P", "Tempat, Tanggal Lahir", "Pekerjaan"])
    wb.active.append([p["nik"], p["name"], p["sex"], f"Jember, {p['birth']:%d-%m-%Y}", "petani"])
    report = import_file(store, admin, save(wb, tmp_path / "ttl.xlsx"))
    assert report.imported == 1, report.summary()
    with store.session() as session:
        stored = session.exec(select(Candidate)).one()
    assert (stored.birth_place, stored.birth_date) == ("Jember", p["birth"])


def test_explicit_mapping_from_the_wizard(village, tmp_path, rng) -> None:
    store, admin = village
    p = person(rng)
    wb = Workbook()
    wb.active.append(["Kolom A", "Kolom B", "Kolom C", "Kolom D", "Kolom E"])
    wb.active.append([p["name"], p["nik"], p["birth"], p["sex"], "nelayan"])
    mapping = {"name": 0, "nik": "Kolom B", "birth_date": 2, "sex": 3, "occupation": 4}
    report = import_file(store, admin, save(wb, tmp_path / "x.xlsx"), mapping=mapping,
                         header_row=1)  # fmt: skip
    assert report.imported == 1, report.summary()


def test_progress_is_reported_and_cancel_leaves_nothing(village, messy) -> None:
    store, admin = village
    before = _counts(store)
    seen: list[tuple[int, int]] = []
    report = import_file(store, admin, messy[0], progress=lambda d, t: seen.append((d, t)))
    assert seen[-1][0] == seen[-1][1] and report.imported
    from lingkaran_desktop.domain.findings import DomainError

    with pytest.raises(DomainError) as refused:
        import_file(store, admin, messy[0], cancelled=lambda: True)
    assert refused.value.code == "IMPORT_CANCELLED"
    after_cancel = _counts(store)
    assert after_cancel[0] == before[0] + report.imported


def test_operator_may_import_verifier_may_not(village, staff, messy) -> None:
    store, _ = village
    from lingkaran_desktop.domain.findings import DomainError

    with pytest.raises(DomainError) as refused:
        import_file(store, staff["verifier"], messy[0])
    assert refused.value.code == "ROLE_FORBIDDEN"
    assert import_file(store, staff["operator"], messy[0]).imported > 0


def test_section_headings_and_a_repeated_header_are_skipped_not_rejected(
    village, tmp_path, rng
) -> None:
    """A list pasted together per dusun: a heading merged across the row before each part and
    the header row again in the middle. Those rows are no people: skipped, never rejected."""
    store, admin = village
    wb = Workbook()
    ws = wb.active
    ws.append(["DAFTAR USULAN DESA CONTOH"])
    ws.append(HEADER)
    people = [person(rng, sex=rng.choice("LP")) for _ in range(3)]
    ws.append(["DUSUN KRAJAN"])
    ws.merge_cells(start_row=3, start_column=1, end_row=3, end_column=len(HEADER))
    ws.append(_row(people[0]))
    ws.append(_row(people[1]))
    ws.append(HEADER)
    ws.append(["DUSUN KIDUL"])
    ws.merge_cells(start_row=7, start_column=1, end_row=7, end_column=len(HEADER))
    ws.append(_row(people[2]))
    report = import_file(store, admin, save(wb, tmp_path / "per-dusun.xlsx"))
    assert (report.imported, report.rejected, report.skipped) == (3, 0, 3), report.summary()


def _two_dusun_sheets(tmp_path, rng):
    wb = Workbook()
    first = wb.active
    first.title = "Dusun Krajan"
    second = wb.create_sheet("Dusun Kidul")
    wb.create_sheet("Catatan").append(["Disusun oleh operator desa"])
    for sheet in (first, second):
        sheet.append(HEADER)
        for _ in range(3):
            sheet.append(_row(person(rng, sex=rng.choice("LP"))))
    second.append(["JUMLAH", None, None, None, 3])
    return save(wb, tmp_path / "dua-dusun.xlsx")


def test_other_sheets_that_hold_a_list_are_named_in_the_report(village, tmp_path, rng) -> None:
    """Only one sheet is imported at a time; an officer must not believe the village is done."""
    store, admin = village
    path = _two_dusun_sheets(tmp_path, rng)
    report = import_file(store, admin, path)
    assert (report.sheet, report.imported) == ("Dusun Krajan", 3)
    assert report.other_sheets == [("Dusun Kidul", 3)]
    assert report.summary()["other_sheets"] == [{"sheet": "Dusun Kidul", "rows": 3}]
    second = import_file(store, admin, path, sheet="Dusun Kidul")
    assert (second.imported, second.other_sheets) == (3, [("Dusun Krajan", 3)])



def test_the_first_row_not_rejected_for_another_reason_is_the_one_used(
    village, tmp_path, rng
) -> None:
    """Row 2 has the NIK but no name (rejected); row 3, the same NIK and complete, goes in —
    its reason must not say row 2 "is used" when nobody was. A third row is the duplicate."""
    store, admin = village
    p = person(rng)
    wb = Workbook()
    wb.active.append(HEADER)
    wb.active.append(_row(p, name=""))
    wb.active.append(_row(p))
    wb.active.append(_row(p))
    report = import_file(store, admin, save(wb, tmp_path / "ganda.xlsx"))
    assert report.imported == 1
    fates = {r.row: [f.code for f in r.findings] for r in report.rejected_rows}
    assert fates == {2: ["NAME_EMPTY"], 4: ["ROW_DUPLICATE_IN_FILE"]}, fates
    assert "baris 3" in report.rejected_rows[1].messages[0]


@pytest.mark.parametrize(
    ("rt", "rw", "desil"), [("RT 03", "RW. 04", "Desil 2"), ("rt.3", "rw 4", "desil 2")]
)
def test_rt_rw_and_desil_typed_with_their_word(village, tmp_path, rng, rt, rw, desil) -> None:
    store, admin = village
    p = person(rng)
    wb = Workbook()
    wb.active.append([*HEADER, "Desil"])
    row = _row(p)
    row[10], row[11] = rt, rw
    wb.active.append([*row, desil])
    report = import_file(store, admin, save(wb, tmp_path / "rt.xlsx"))
    assert report.imported == 1, report.summary()
    with store.session() as session:
        stored = session.exec(select(Candidate)).one()
    assert (stored.rt, stored.rw, stored.desil) == ("003", "004", 2)


def test_the_error_workbook_asks_to_check_a_rejected_rows_warnings_too(
    village, tmp_path, rng
) -> None:
    """A row rejected for its desil whose NIK was a number cell: the error workbook writes the
    NIK back as text, so the fixed row would come back without the number-cell warning — its
    reasons ask the officer to compare the NIK with the KTP now."""
    store, admin = village
    p = person(rng)
    wb = Workbook()
    wb.active.append(["NIK", "Nama", "JK", "Tanggal Lahir", "Pekerjaan", "Desil"])
    wb.active.append([int(p["nik"]), p["name"], p["sex"], p["birth"], "petani", 11])
    report = import_file(store, admin, save(wb, tmp_path / "angka.xlsx"))
    [rejected] = report.rejected_rows
    assert [f.code for f in rejected.findings] == ["DESIL_INVALID"]
    assert "NIK_NUMERIC_CELL" in [f.code for f in rejected.warnings]
    out = write_errors(report, tmp_path / "perbaikan.xlsx")
    row = cells_of(out)[1]
    assert "Desil" in row[1].value
    assert "Periksa juga: NIK ini tersimpan sebagai angka" in row[1].value
    assert (row[2].value, row[2].data_type) == (p["nik"], "s")  # the NIK itself, as text


def test_two_phone_numbers_in_one_cell_keep_the_first_with_a_warning(
    village, tmp_path, rng
) -> None:
    """A second number typed into the phone cell no longer loses both: the first is stored and
    the verifier is told (PHONE_SEVERAL), in the report and on the record."""
    store, admin = village
    wb = Workbook()
    ws = wb.active
    ws.append(HEADER)
    p = person(rng)
    ws.append(_row(p, phone="0812-3456-7890 / 0813-1111-2222"))
    report = import_file(store, admin, save(wb, tmp_path / "dua_nomor.xlsx"))
    assert (report.imported, report.rejected) == (1, 0)
    (warned,) = report.warning_rows
    assert "PHONE_SEVERAL" in [f.code for f in warned.findings]
    with store.session() as session:
        stored = session.exec(select(Candidate)).one()
    assert stored.phone == "+6281234567890"
    assert "PHONE_SEVERAL" in stored.warnings.split(",")


def test_a_fixed_row_keeps_the_warning_of_its_number_cell_nik(village, tmp_path, rng) -> None:
    """A NIK read from a number cell is imported with a warning (compare it with the KTP). A row
    rejected for another reason comes back from the error workbook with its NIK as text, and
    its "Kode Peringatan" cell brings the warning back, so the verifier is still asked."""
    from openpyxl import load_workbook

    store, admin = village
    p = person(rng)
    while p["nik"].endswith("0"):  # (a number ending in 0 is damaged: rejected outright)
        p = person(rng)
    wb = Workbook()
    wb.active.append(["NIK", "Nama", "JK", "Tanggal Lahir", "Pekerjaan"])
    wb.active.append([int(p["nik"]), p["name"], p["sex"], "31-02-1980", p["occupation"]])
    first = import_file(store, admin, save(wb, tmp_path / "angka.xlsx"))
    assert (first.imported, first.rejected) == (0, 1)
    out = write_errors(first, tmp_path / "perbaikan.xlsx")
    fixing = load_workbook(out)
    ws = fixing.worksheets[0]
    header = [c.value for c in ws[1]]
    assert header[-1] == "Kode Peringatan"
    assert ws.cell(2, len(header)).value == "NIK_NUMERIC_CELL"
    assert ws.cell(2, header.index("NIK") + 1).data_type == "s"  # the NIK as text now
    ws.cell(2, header.index("Tanggal Lahir") + 1).value = p["birth"].strftime("%d-%m-%Y")
    fixing.save(out)

    second = import_file(store, admin, out)
    assert (second.imported, second.with_warnings) == (1, 1), second.summary()
    assert [f.code for f in second.warning_rows[0].findings] == ["NIK_NUMERIC_CELL"]
    with store.session() as session:
        stored = session.exec(select(Candidate)).one()
    assert stored.nik == p["nik"] and stored.warnings == "NIK_NUMERIC_CELL"


def test_a_warning_codes_cell_brings_back_only_what_the_value_cannot_show(
    village, tmp_path, rng
) -> None:
    """Only warnings about the cell a value came from come back; warnings about a value are
    found again from it (a fixed phone must not keep "odd phone number"), junk is ignored."""
    store, admin = village
    p = person(rng)
    wb = Workbook()
    wb.active.append(["NIK", "Nama", "JK", "Tanggal Lahir", "Pekerjaan", "No HP",
                      "Kode Peringatan"])  # fmt: skip
    codes = "PHONE_INVALID, nik_numeric_cell; DROP TABLE candidate"
    wb.active.append([p["nik"], p["name"], p["sex"], p["birth"], p["occupation"],
                      "0812-3456-7890", codes])  # fmt: skip
    report = import_file(store, admin, save(wb, tmp_path / "kode.xlsx"))
    assert report.imported == 1, report.summary()
    assert [f.code for f in report.warning_rows[0].findings] == ["NIK_NUMERIC_CELL"]


@pytest.mark.parametrize("registered", [30, 0], ids=["few rows into many", "a first list"])
def test_a_few_rows_into_a_large_program_meet_the_same_fates(
    village, tmp_path, rng, registered
) -> None:
    """Whether the program's NIKs are read once (a list large beside them) or each chunk asks
    about its own rows (a few rows into a district's many), every row meets the same fate."""
    store, admin = village
    header = ["NIK", "Nama", "JK", "Tanggal Lahir", "Pekerjaan"]
    known = [person(rng) for _ in range(max(registered, 2))]
    if registered:
        wb = Workbook()
        wb.active.append(header)
        for p in known:
            wb.active.append([p["nik"], p["name"], p["sex"], p["birth"], "petani"])
        assert import_file(store, admin, save(wb, tmp_path / "awal.xlsx")).imported == registered
    new, same, other = person(rng), known[0], known[-1]
    wb = Workbook()
    wb.active.append(header)
    wb.active.append([new["nik"], new["name"], new["sex"], new["birth"], "petani"])
    wb.active.append([same["nik"], same["name"], same["sex"], same["birth"], "petani"])
    wb.active.append([other["nik"], "Orang Lain", other["sex"], other["birth"], "petani"])
    report = import_file(store, admin, save(wb, tmp_path / "tambahan.xlsx"))
    if registered:
        assert (report.imported, report.already_imported, report.rejected) == (1, 1, 1)
        assert [r.findings[0].code for r in report.rejected_rows] == ["NIK_ALREADY_REGISTERED"]
    else:  # nothing registered: the second and third rows are new people too
        assert (report.imported, report.already_imported, report.rejected) == (3, 0, 0)
    assert run_doctor(store).ok


def test_an_export_with_a_row_added_keeps_the_number_cell_warning_through_the_error_workbook(
    village, tmp_path, rng
) -> None:
    """The file's own "Kode Peringatan" column (an export, a row typed into it) gets the
    rejected row's codes in the error workbook, not an empty cell or a second column."""
    from openpyxl import load_workbook

    store, admin = village
    p = person(rng)
    while p["nik"].endswith("0"):
        p = person(rng)
    wb = Workbook()
    wb.active.append(["NIK", "Nama", "JK", "Tanggal Lahir", "Pekerjaan", "Kode Peringatan"])
    wb.active.append([int(p["nik"]), p["name"], p["sex"], "31-02-1980", p["occupation"], None])
    first = import_file(store, admin, save(wb, tmp_path / "ekspor.xlsx"))
    out = write_errors(first, tmp_path / "perbaikan.xlsx")
    fixing = load_workbook(out)
    ws = fixing.worksheets[0]
    header = [c.value for c in ws[1]]
    assert header.count("Kode Peringatan") == 1
    assert ws.cell(2, header.index("Kode Peringatan") + 1).value == "NIK_NUMERIC_CELL"
    ws.cell(2, header.index("Tanggal Lahir") + 1).value = p["birth"].strftime("%d-%m-%Y")
    fixing.save(out)
    second = import_file(store, admin, out)
    assert [f.code for f in second.warning_rows[0].findings] == ["NIK_NUMERIC_CELL"]


def test_a_nul_character_in_a_cell_is_dropped_not_cut_at(village, tmp_path, rng) -> None:
    """An old .xls can hold a NUL character; SQLite's C side would cut the text short there
    (and the row would no longer match its audit state)."""
    store, admin = village
    p = person(rng)
    wb = Workbook()
    wb.active.append(["NIK", "Nama", "JK", "Tanggal Lahir", "Pekerjaan", "Alamat"])
    wb.active.append([p["nik"], p["name"], p["sex"], p["birth"], "petani", "Dusun Krajan"])
    path = save(wb, tmp_path / "nul.xlsx")
    from lingkaran_desktop.excel import reader

    real = reader.Book.rows

    def with_nul(self, sheet, nrows=None):  # what calamine gives for such an .xls cell
        rows = real(self, sheet, nrows)
        if len(rows) > 1:
            rows[1][5] = "Dusun\x00 Krajan RT 1"
        return rows

    reader.Book.rows = with_nul
    try:
        assert import_file(store, admin, path).imported == 1
    finally:
        reader.Book.rows = real
    with store.session() as session:
        assert session.exec(select(Candidate)).one().address == "Dusun Krajan RT 1"
    assert run_doctor(store).ok


def test_a_header_alone_imports_nothing_and_leaves_the_trail_as_it_was(village, tmp_path) -> None:
    from lingkaran_desktop.domain.findings import DomainError

    store, admin = village
    wb = Workbook()
    wb.active.append(["NIK", "Nama", "JK", "Tanggal Lahir"])
    wb.active.append(["JUMLAH", None, None, None])  # a totals row is no data either
    with store.session() as session:
        before = event_count(session)
    with pytest.raises(DomainError) as refused:
        import_file(store, admin, save(wb, tmp_path / "kosong.xlsx"))
    assert refused.value.code == "NO_DATA_ROWS"
    with store.session() as session:
        assert event_count(session) == before
