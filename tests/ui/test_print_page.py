"""Cetak: choose participants, preview page 1, save and print cards, check a card."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter
from sqlmodel import select

from lingkaran_desktop.cards.qr import read_codes
from lingkaran_desktop.store.models import AuditEvent
from tests.cards.conftest import enrolled, rasterise  # noqa: F401  (fixture, reused)
from tests.exchange.conftest import world  # noqa: F401  (fixture, reused)
from ui.main_window import MainWindow
from ui.print_page import CardCheckDialog, PrintPage
from ui.session import AppSession


@pytest.fixture
def page(qtbot, enrolled, sync_tasks) -> PrintPage:  # noqa: F811
    session = AppSession.start(enrolled.store, enrolled.officer)
    widget = PrintPage(session, sync_tasks)
    qtbot.addWidget(widget)
    widget.resize(1100, 700)
    widget.show()
    return widget


def prints(store) -> list[AuditEvent]:
    with store.session() as session:
        rows = session.exec(select(AuditEvent).where(
            AuditEvent.action.in_(["card.print", "card.reprint"]))).all()
        return [AuditEvent.model_validate(r.model_dump()) for r in rows]


def test_lists_the_enrolled_and_counts_pages(page, enrolled) -> None:  # noqa: F811
    assert page.model.rowCount() == 10
    assert "10 orang" in page.all_enrolled.text()
    assert "10 kartu" in page.count_label.text() and "1 halaman" in page.count_label.text()
    shown = {page.model.index(r, 2).data() for r in range(10)}
    assert all("•" in nik for nik in shown)  # NIKs masked on screen too
    page.chosen.setChecked(True)
    assert not page.save_button.isEnabled()  # nothing chosen yet
    page.search.setText("Siti")
    page.refresh()
    assert page.model.rowCount() == 1


def test_preview_renders_page_one_and_records_nothing(page, enrolled) -> None:  # noqa: F811
    if shutil.which("pdftoppm") is None:
        pytest.skip("pdftoppm (poppler-utils) is not installed")
    page.update_preview()
    pixmap = page.preview.pixmap()
    assert pixmap is not None and not pixmap.isNull() and pixmap.width() > 200
    assert prints(enrolled.store) == []


def test_save_all_enrolled_then_a_reprint_needs_a_reason(page, enrolled, tmp_path) -> None:  # noqa: F811
    out = tmp_path / "kartu.pdf"
    page.ask_save_path = lambda _suggested: str(out)
    page.save_button.click()
    assert out.exists() and "10 kartu" in page.result.text()
    assert len(prints(enrolled.store)) == 10
    page.save_button.click()
    assert "alasan" in page.result.text() and page.result.property("role") == "error"
    page.reason.setText("kartu rusak terkena air")
    page.save_button.click()
    assert page.result.property("role") == "ok"
    assert len([e for e in prints(enrolled.store) if e.action == "card.reprint"]) == 10


def test_chosen_participants_only(page, enrolled, tmp_path) -> None:  # noqa: F811
    page.chosen.setChecked(True)
    page.model.toggle(0)
    page.model.setData(page.model.index(1, 0), Qt.CheckState.Checked.value,
                       Qt.ItemDataRole.CheckStateRole)
    assert "2 kartu" in page.count_label.text()
    out = tmp_path / "dua.pdf"
    page.ask_save_path = lambda _suggested: str(out)
    page.back.setChecked(False)
    page.save_button.click()
    assert "2 kartu" in page.result.text()
    assert len(read_codes(rasterise(out, 1))) == 2


def test_print_goes_to_the_printer_at_full_page(page, enrolled, tmp_path) -> None:  # noqa: F811
    if shutil.which("pdftoppm") is None:
        pytest.skip("pdftoppm (poppler-utils) is not installed")
    target = tmp_path / "printer.pdf"

    def accept(printer: QPrinter) -> bool:
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(target))
        printer.setResolution(150)
        return True

    page.ask_print = accept
    page.print_now()
    assert target.exists() and target.stat().st_size > 10_000
    assert "dikirim ke printer" in page.result.text()
    assert len(prints(enrolled.store)) == 10
    assert len(read_codes(rasterise(target, 1, dpi=300))) == 10  # still readable after printing


def test_calibration_sheet(page, tmp_path) -> None:
    out = tmp_path / "kalibrasi.pdf"
    page.ask_save_path = lambda _suggested: str(out)
    page.save_calibration()
    assert out.exists() and "kalibrasi" in page.result.text().lower()


def test_card_check_dialog(qtbot, page, enrolled, tmp_path) -> None:  # noqa: F811
    out = tmp_path / "kartu.pdf"
    page.ask_save_path = lambda _suggested: str(out)
    page.save_button.click()
    image = rasterise(out, 1)
    code = read_codes(image)[0]
    dialog = page.open_check()
    assert isinstance(dialog, CardCheckDialog)
    qtbot.addWidget(dialog)
    dialog.text.setPlainText(code)
    dialog.check_button.click()
    assert "KARTU ASLI" in dialog.result.text() and dialog.result.property("role") == "ok"
    assert "31-12-2026" in dialog.result.text()
    dialog.text.setPlainText(code[:30] + ("A" if code[30] != "A" else "B") + code[31:])
    dialog.check_button.click()
    assert "TIDAK ASLI" in dialog.result.text() and dialog.result.property("role") == "error"
    dpi = 300 / 25.4
    photo = image.crop((int(19.4 * dpi), int(13.5 * dpi), int(105 * dpi), int(67.5 * dpi)))
    path = tmp_path / "foto.png"
    photo.save(path)
    dialog.ask_image = lambda: str(path)
    dialog.image_button.click()
    assert "KARTU ASLI" in dialog.result.text()
    dialog.close()


def test_main_window_has_the_print_page(qtbot, enrolled, sync_tasks) -> None:  # noqa: F811
    window = MainWindow(AppSession.start(enrolled.store, enrolled.officer), sync_tasks)
    qtbot.addWidget(window)
    assert "print" in window.page_keys()
    window.show_page("print")
    assert window.current_page() == "print"
    _ = Path
