"""Laporan: the recap figures as numbers and bar charts, the workbook saved off the UI thread;
the program shown read-only in Pengaturan."""

from __future__ import annotations

import openpyxl
from sqlalchemy import update

from lingkaran_desktop.services.candidates import count_by_status
from lingkaran_desktop.services.recap_figures import recap_figures
from lingkaran_desktop.store.models import Program
from tests.ui.bulk import insert_candidates
from ui.main_window import MainWindow
from ui.reports_page import ReportsPage
from ui.session import AppSession
from ui.settings_page import SettingsPage


def test_reports_show_counts_charts_money_and_save_the_workbook(
        qtbot, sessions, sync_tasks, tmp_path, monkeypatch) -> None:
    session = sessions["operator"]
    insert_candidates(session.store, 800)
    with session.store.engine.begin() as conn:
        conn.execute(update(Program).values(quota_per_village=500, budget=100_000_000))
    page = ReportsPage(session, sync_tasks)
    qtbot.addWidget(page)
    assert page.figures is None  # nothing read until the page is shown
    page.resize(1176, 740)
    page.show()
    f = page.figures
    assert f is not None and f.active > 0
    counts = count_by_status(session.store, session.actor)
    assert dict(page.status_chart.bars())["Terverifikasi"] == counts["verified"]
    assert dict(page.status_chart.bars())["Ditolak"] == counts["rejected"]
    assert page.village_chart.bars() == [("Padomasan", f.active)]
    assert page.village_chart.limit == 500
    assert "600" in page.quota_caption.text() or "dari 500" in page.quota_caption.text()
    assert page.quota_bar.isVisible() and page.quota_bar.value() == 1000  # over the quota
    assert sum(n for _, n in page.occupation_chart.bars()) == f.active
    assert page.funding_chart.bars() == [("APBD", f.active)]
    assert sum(n for _, n in page.age_chart.bars()) == f.active
    money = page.money.text()
    assert "Rp 16.800" in money and "Sisa pagu" in money
    assert f"{f.active:,}".replace(",", ".") in money
    assert page.budget_bar.isVisible()
    assert page.budget_caption.text().startswith("Pagu terpakai ")

    asked = []
    page.ask_save_file = lambda title, suggested, filters: (
        asked.append(suggested) or str(tmp_path / "rekap-desa"))
    page.save_button.click()
    assert asked and asked[0].startswith("rekap-") and asked[0].endswith(".xlsx")
    assert page.message.isVisible() and "Rekap disimpan" in page.message.text()
    wb = openpyxl.load_workbook(tmp_path / "rekap-desa.xlsx")
    assert "Per Desa" in wb.sheetnames

    def stick_pulled_out(*_args: object) -> None:
        raise PermissionError(13, "Permission denied", str(tmp_path / "x.xlsx"))

    monkeypatch.setattr("ui.reports_page.write_recap", stick_pulled_out)
    page.save_button.click()
    assert "tidak dapat disimpan: Permission denied" in page.message.text()
    assert page.save_button.isEnabled()


def test_reports_refresh_after_a_change_elsewhere(qtbot, village, staff, rng) -> None:
    store, _ = village
    session = AppSession.start(store, staff["verifier"])
    from ui.tasks import TaskRunner

    window = MainWindow(session, TaskRunner(synchronous=True))
    qtbot.addWidget(window)
    window.show()
    assert "reports" in window.page_keys()
    window.show_page("reports")
    assert window.reports is not None and window.reports.figures.active == 0
    assert window.reports.village_chart.bars() == []
    insert_candidates(store, 50)
    window.data_changed()
    assert window.reports.figures.active == recap_figures(store, session.actor).active > 0
    window.show_page("home")
    insert_candidates(store, 10, seed=3)
    window.data_changed()  # not shown: read again only when shown
    assert window.reports.stale
    window.show_page("reports")
    assert not window.reports.stale


def test_district_reports_rank_villages_against_the_quota(qtbot, world, sync_tasks) -> None:
    session = AppSession.start(world.district.store, world.district.admin)
    insert_candidates(session.store, 90, village="35.09.01.2002")
    insert_candidates(session.store, 30, seed=8, village="35.09.01.2001")
    with session.store.engine.begin() as conn:
        conn.execute(update(Program).values(quota_per_village=50))
    page = ReportsPage(session, sync_tasks)
    qtbot.addWidget(page)
    page.show()
    bars = page.village_chart.bars()
    assert len(bars) == 2 and bars[0][1] > bars[1][1]  # most participants first
    assert bars[1][0] == "Padomasan"
    assert "1 desa melebihi kuota" in page.village_note.text()
    assert not page.quota_bar.isVisible() and "sudah penuh" in page.quota_caption.text()
    assert not page.budget_bar.isVisible() and "tanpa pagu" in page.money.text()


def test_settings_show_the_program_read_only(qtbot, world, sync_tasks) -> None:
    village = AppSession.start(world.village.store, world.village.admin)
    page = SettingsPage(village, sync_tasks)
    qtbot.addWidget(page)
    page.show()
    page.admin_tabs.setCurrentIndex(1)
    rules = village.rules
    assert rules.name in page.program_fields["name"].text()
    assert page.program_fields["contribution"].text() == "Rp 16.800"
    assert page.program_fields["ages"].text().startswith(f"{rules.age_min} sampai")
    source = page.program_source.text()
    assert "dimuat dari berkas program kabupaten" in source and "Kirim / Terima" in source
    assert not hasattr(page, "program_button")

    district = AppSession.start(world.district.store, world.district.admin)
    window = MainWindow(district, sync_tasks)
    qtbot.addWidget(window)
    window.show()
    window.show_page("settings")
    settings = window.settings
    assert "Kabupaten" in settings.program_source.text()
    settings.program_button.click()
    assert window.current_page() == "district"
    assert window.exchange.tabs.tabText(window.exchange.tabs.currentIndex()) == "Program"


def test_default_program_says_the_district_file_is_missing(qtbot, sessions, sync_tasks) -> None:
    page = SettingsPage(sessions["admin"], sync_tasks)
    qtbot.addWidget(page)
    assert "belum dimuat" in page.program_source.text()
    assert page.program_fields["quota"].text() == "tanpa kuota"
    operator = SettingsPage(sessions["operator"], sync_tasks)
    qtbot.addWidget(operator)
    assert not hasattr(operator, "program_fields")
