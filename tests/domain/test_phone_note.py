"""Words typed beside a phone number ("(suami)", "HP istri") are not lost: the record's notes
keep them, once, and never so long that the row would be refused for it."""

from __future__ import annotations

from datetime import date

from openpyxl import Workbook
from sqlmodel import select

from lingkaran_desktop.domain.candidate import NOTES_MAX, CandidateFields, check_candidate
from lingkaran_desktop.domain.program import ProgramRules
from lingkaran_desktop.services.spreadsheet_import import import_file
from lingkaran_desktop.store.models import Candidate
from tests.excel.sheet_factory import person, save

RULES = ProgramRules("Uji", 2026, date(2026, 1, 1))
NIK = "3509011708800001"  # 17-08-1980, male (made up)


def _notes(phone: str, notes: str | None = None) -> str | None:
    fields = CandidateFields(NIK, "Budi Santoso", "L", "17-08-1980", occupation="petani",
                             phone=phone, notes=notes)  # fmt: skip
    check = check_candidate(fields, RULES, date(2026, 3, 1))
    assert check.values["phone"] == "+6281234567890"
    return check.values["notes"]


def test_the_words_beside_the_phone_go_into_the_notes() -> None:
    assert _notes("0812-3456-7890 (suami)") == "No HP: suami"
    assert _notes("HP istri 0812 3456 7890", "janda") == "janda; No HP: HP istri"
    assert _notes("081234567890") is None


def test_the_note_is_kept_once_and_never_makes_the_notes_too_long() -> None:
    assert _notes("0812-3456-7890 (suami)", "No HP: suami") == "No HP: suami"  # imported again
    full = "x" * (NOTES_MAX - 5)
    assert _notes("0812-3456-7890 (suami)", full) == full


def test_an_imported_row_keeps_its_phone_note(village, tmp_path, rng) -> None:
    store, admin = village
    wb = Workbook()
    ws = wb.active
    ws.append(["NIK", "Nama", "JK", "Tanggal Lahir", "Pekerjaan", "No HP"])
    p = person(rng, sex="L")
    ws.append([p["nik"], p["name"], "L", p["birth"], "petani", "0812-3456-7890 (suami)"])
    report = import_file(store, admin, save(wb, tmp_path / "hp.xlsx"))
    assert report.imported == 1 and report.with_warnings == 0
    with store.session() as session:
        row = session.exec(select(Candidate)).one()
        assert (row.phone, row.notes) == ("+6281234567890", "No HP: suami")
