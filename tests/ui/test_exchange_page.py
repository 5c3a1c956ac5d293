"""Kirim / Terima at the village: program file, station file, batch to a stick, results back."""

from __future__ import annotations

import shutil
from pathlib import Path

from lingkaran_desktop.services.batches import export_results, import_batch
from lingkaran_desktop.services.candidates import count_by_status
from lingkaran_desktop.services.trust import own_station_fingerprint
from ui.exchange_page import ExchangePage
from ui.main_window import MainWindow
from ui.session import AppSession


def page_for(qtbot, store, actor, tasks) -> ExchangePage:
    page = ExchangePage(AppSession.start(store, actor), tasks)
    qtbot.addWidget(page)
    page.show()
    return page


def test_verifier_sends_a_batch_to_the_stick_and_reads_the_results(
        qtbot, world, rng, sync_tasks, tmp_path) -> None:
    village, district = world.village, world.district
    world.register(rng, 3)
    page = page_for(qtbot, village.store, village.verifier, sync_tasks)
    assert own_station_fingerprint(district.store) in page.program_label.text()
    assert own_station_fingerprint(village.store) in page.station_label.text()
    assert "<b>3</b> data terverifikasi" in page.ready_label.text()

    stick = tmp_path / "flashdisk"
    stick.mkdir()
    page.ask_folder = lambda _title: str(stick)
    with qtbot.waitSignal(page.changed):
        page.send_button.click()
    sent = list(stick.glob("*.lkbatch"))
    assert len(sent) == 1
    text = page.send_message.text()
    assert "no. <b>1</b>" in text and "<b>3</b> data" in text and "SHA-256" in text
    assert page.history_model.rowCount() == 1
    assert page.history_model.rows[0][1] == "Dikirim ke kabupaten"
    assert "Belum ada data terverifikasi" in page.ready_label.text()
    assert count_by_status(village.store, village.verifier)["submitted"] == 3

    page.send_batch(stick)  # nothing new: the service's refusal, in Indonesian
    assert page.send_message.property("role") == "error"
    assert page.send_message.text()

    import_batch(district.store, district.admin, sent[0])
    results = export_results(district.store, district.admin, tmp_path)
    assert results == []  # nothing decided yet
    from lingkaran_desktop.services.candidates import decide

    niks = [r.nik for r in _district_rows(district)]
    decide(district.store, district.admin, niks[:1], reject=True, reason="Bukan pekerja rentan")
    files = export_results(district.store, district.admin, tmp_path)
    copy = tmp_path / "salinan.lkresult"
    shutil.copy(files[0].path, copy)
    broken = tmp_path / "rusak.lkresult"
    broken.write_bytes(Path(files[0].path).read_bytes()[:-40])
    page.ask_open_files = lambda *_: [files[0].path, str(copy), str(broken)]
    page.results_button.click()
    lines = page.results_message.text().split("<br>")
    assert lines[0].startswith("<b>DITERIMA</b>") and "1 data diperbarui" in lines[0]
    assert lines[1].startswith("<b>SUDAH PERNAH</b>")
    assert lines[2].startswith("<b>DITOLAK</b>") and len(lines[2]) > 40
    assert count_by_status(village.store, village.verifier)["rejected"] == 1


def _district_rows(district):
    from sqlmodel import select

    from lingkaran_desktop.store.models import Candidate

    with district.store.session() as session:
        return [type("Row", (), {"nik": nik}) for nik in
                session.exec(select(Candidate.nik).order_by(Candidate.id)).all()]


def test_admin_loads_the_program_and_is_told_to_compare_the_fingerprint(
        qtbot, world, sync_tasks, tmp_path) -> None:
    village = world.village
    page = page_for(qtbot, village.store, village.admin, sync_tasks)
    page.ask_open_file = lambda *_: str(world.program_file)
    page.load_button.click()
    text = page.program_message.text()
    assert own_station_fingerprint(world.district.store) in text
    assert "Telepon petugas kabupaten" in text and "Lingkaran Cinta 2026" in text

    page.ask_save_file = lambda _t, suggested, _f: str(tmp_path / suggested)
    page.station_button.click()
    assert (tmp_path / "35.09.01.2001.lkstation").exists()
    assert own_station_fingerprint(village.store) in page.station_message.text()

    bogus = tmp_path / "bukan.lkprog"
    bogus.write_bytes(b"PK\x03\x04 not a program")
    page.load_program_file(bogus)
    assert page.program_message.property("role") == "error"


def test_operator_sees_why_sending_is_not_theirs(qtbot, world, sync_tasks) -> None:
    village = world.village
    page = page_for(qtbot, village.store, village.operator, sync_tasks)
    assert not page.send_button.isEnabled() and not page.results_button.isEnabled()
    assert not page.load_button.isEnabled()
    window = MainWindow(AppSession.start(village.store, village.operator), sync_tasks)
    qtbot.addWidget(window)
    assert "exchange" in window.page_keys() and "district" not in window.page_keys()
