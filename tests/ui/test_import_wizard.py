"""The import wizard on a messy workbook: title rows, a bad NIK, a duplicate, a damaged NIK."""

from __future__ import annotations

from pathlib import Path

import openpyxl

from lingkaran_desktop.services.candidates import count_by_status
from ui.import_wizard import ImportWizard
from ui.tasks import TaskControl

GOOD = [
    ("3509015205800017", "Siti Aminah", "P", "12-05-1980", "Buruh tani"),
    ("3509011708790021", "Budi Santoso", "L", "17-08-1979", "Nelayan"),
    ("3509014411850035", "Dewi Lestari", "P", "04-11-1985", "Pedagang"),
]


def messy_workbook(path: Path) -> Path:
    book = openpyxl.Workbook()
    notes = book.active
    notes.title = "Petunjuk"
    notes.append(["Isi daftar di lembar Usulan."])
    sheet = book.create_sheet("Usulan")
    sheet.append(["DAFTAR USULAN PEKERJA RENTAN DESA PADOMASAN TAHUN 2026"])
    sheet.append([])
    sheet.append(["No", "NIK", "Nama Lengkap", "L/P", "Tgl Lahir", "Pekerjaan", "RT", "RW"])
    for number, (nik, name, sex, birth, job) in enumerate(GOOD, start=1):
        sheet.append([number, nik, name, sex, birth, job, "001", "002"])
    sheet.append([4, "3509019913800001", "Salah Tanggal", "L", "13-99-1980", "Petani",
                  "001", "002"])  # day 99: not a date
    sheet.append([5, GOOD[0][0], "Siti Aminah", "P", "12-05-1980", "Buruh tani", "001",
                  "002"])  # duplicate of row 4
    sheet.append([6, 3509011203750010, "Angka Excel", "L", "12-03-1975", "Petani", "003",
                  "002"])  # a number: the last digit is already lost
    sheet.append(["JUMLAH", None, 6])
    book.save(path)
    return path


def wizard_for(qtbot, session, tasks) -> ImportWizard:
    wizard = ImportWizard(session, tasks)
    qtbot.addWidget(wizard)
    wizard.show()
    return wizard


def test_messy_workbook_preview_import_summary_and_error_workbook(
        qtbot, sessions, sync_tasks, tmp_path) -> None:
    source = messy_workbook(tmp_path / "usulan rt.xlsx")
    operator = sessions["operator"]
    wizard = wizard_for(qtbot, operator, sync_tasks)
    wizard.ask_open_file = lambda: str(source)
    wizard.choose_button.click()

    assert wizard.stack.currentIndex() == 1
    assert wizard.sheet.currentText() == "Usulan"  # found the right sheet by itself
    assert "baris 3" in wizard.header_label.text()  # under the title row
    assert wizard.mapping()["nik"] == 1 and wizard.mapping()["name"] == 2
    nik_row = wizard.columns.item(1, 1).text()
    assert nik_row == "NIK" and "3509015205800017" in wizard.columns.item(1, 3).text()

    wizard.set_field(1, "")  # the officer un-maps NIK: refused before anything runs
    assert not wizard.start_button.isEnabled()
    assert "NIK" in wizard.message.text() and wizard.message.isVisible()
    wizard.set_field(1, "nik")
    assert wizard.start_button.isEnabled() and not wizard.message.isVisible()

    wizard.start_button.click()
    assert wizard.stack.currentIndex() == 2
    assert wizard.counts["imported"].text() == "3"
    assert wizard.counts["rejected"].text() == "3"
    rows = wizard.rejected_model.rows
    assert [r[0] for r in rows] == ["7", "8", "9"]
    reasons = {int(r[0]): r[2] for r in rows}
    assert "baris 4" in reasons[8]  # the duplicate names the first row
    assert "Teks" in reasons[9] or "teks" in reasons[9]  # damaged numeric NIK: format as text
    assert wizard.tabs.tabText(0) == "Ditolak (3)"
    counts = count_by_status(operator.store, operator.actor)
    assert counts["proposed"] == 3

    target = tmp_path / "galat"
    wizard.ask_save_file = lambda suggested: (
        suggested.endswith("usulan rt-galat.xlsx") and str(target))
    wizard.save_errors.click()
    saved = target.with_suffix(".xlsx")
    assert saved.exists() and str(saved) in wizard.message.text()
    book = openpyxl.load_workbook(saved)
    text = " ".join(str(c.value) for row in book.active.iter_rows() for c in row if c.value)
    assert "Salah Tanggal" in text and "Angka Excel" in text

    # importing the same file again stores nothing twice
    wizard.again = wizard.findChild(type(wizard.save_errors), "importAgain")
    wizard.again.click()
    wizard.open_file(source)
    wizard.start_button.click()
    assert wizard.counts["imported"].text() == "0"
    assert wizard.counts["already"].text() == "3"
    assert count_by_status(operator.store, operator.actor)["proposed"] == 3


def test_cancel_saves_nothing(qtbot, sessions, sync_tasks, tmp_path) -> None:
    source = messy_workbook(tmp_path / "usulan.xlsx")
    operator = sessions["operator"]
    wizard = wizard_for(qtbot, operator, sync_tasks)
    wizard.open_file(source)
    control = TaskControl()
    control.progressed.connect(lambda _done, _total: control.cancel())  # "Batal" at once
    wizard.start_import(control)
    assert "dibatalkan" in wizard.message.text()
    assert wizard.stack.currentIndex() == 1 and wizard.start_button.isEnabled()
    assert count_by_status(operator.store, operator.actor).get("proposed", 0) == 0


def test_file_without_nik_column_says_what_to_do(qtbot, sessions, sync_tasks, tmp_path) -> None:
    book = openpyxl.Workbook()
    book.active.append(["Nama", "NIK Ayah", "Alamat"])
    book.active.append(["Siti", "3509015205800017", "Dusun Krajan"])
    book.save(tmp_path / "salah.xlsx")
    wizard = wizard_for(qtbot, sessions["operator"], sync_tasks)
    wizard.open_file(tmp_path / "salah.xlsx")
    assert wizard.stack.currentIndex() == 0
    assert "kolom NIK" in wizard.message.text() and "NIK Ayah" in wizard.message.text()


def test_wizard_is_in_the_operators_menu(qtbot, sessions, sync_tasks) -> None:
    from ui.main_window import MainWindow

    window = MainWindow(sessions["operator"], sync_tasks)
    qtbot.addWidget(window)
    assert "import" in window.page_keys()
    window.show_page("import")
    assert window.stack.currentWidget() is window.importer


def test_import_runs_on_the_task_pool_with_progress(qtbot, sessions, tmp_path) -> None:
    from ui.tasks import TaskRunner

    source = messy_workbook(tmp_path / "usulan.xlsx")
    tasks = TaskRunner()
    wizard = wizard_for(qtbot, sessions["operator"], tasks)
    wizard.open_file(source)
    qtbot.waitUntil(lambda: wizard.stack.currentIndex() == 1, timeout=5000)
    control = TaskControl()
    seen = []
    control.progressed.connect(lambda done, total: seen.append((done, total)))
    wizard.start_import(control)
    qtbot.waitUntil(lambda: wizard.stack.currentIndex() == 2, timeout=10000)
    assert wizard.counts["imported"].text() == "3"
    assert seen and seen[-1][0] == seen[-1][1]  # the bar ends full
    assert tasks.wait(5000)


def test_a_second_sheet_with_a_list_is_named_after_the_import(
        qtbot, sessions, sync_tasks, tmp_path) -> None:
    book = openpyxl.Workbook()
    for title, people in (("Dusun Krajan", GOOD[:2]), ("Dusun Kidul", GOOD[2:])):
        sheet = book.active if title == "Dusun Krajan" else book.create_sheet(title)
        sheet.title = title
        sheet.append(["NIK", "Nama Lengkap", "L/P", "Tgl Lahir", "Pekerjaan"])
        for row in people:
            sheet.append(list(row))
    book.save(tmp_path / "per-dusun.xlsx")
    wizard = wizard_for(qtbot, sessions["operator"], sync_tasks)
    wizard.open_file(tmp_path / "per-dusun.xlsx")
    wizard.start_button.click()
    assert wizard.counts["imported"].text() == "2"
    text = wizard.summary.text()
    assert "Lembar 'Dusun Kidul' juga berisi daftar (1 baris) dan belum diimpor" in text
    assert wizard.summary.property("role") == "warning"
