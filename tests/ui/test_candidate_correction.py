"""A record already sent: "Koreksi / tarik" in the list opens the form as a correction; renewal in
Pengaturan → Program; what the exchange and district pages show of it."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtWidgets import QLabel, QMessageBox
from sqlmodel import select

from lingkaran_desktop.services.candidates import get_candidate
from lingkaran_desktop.services.changes import (
    correct_candidate,
    pending_changes,
    withdraw_candidate,
)
from lingkaran_desktop.services.renewal import list_programs, previous_programs
from lingkaran_desktop.services.trust import load_program, publish_program
from lingkaran_desktop.store.models import AuditEvent
from tests.exchange.conftest import correct, enroll, receive, send
from ui.candidate_form import CandidateForm
from ui.district_page import DistrictPage
from ui.exchange_page import ExchangePage
from ui.main_window import MainWindow
from ui.session import AppSession
from ui.settings_page import SettingsPage


def window_for(qtbot, store, actor, sync_tasks) -> MainWindow:
    window = MainWindow(AppSession.start(store, actor), sync_tasks)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    window.show_page("candidates")
    return window


def open_correction(window: MainWindow, nik: str) -> CandidateForm:
    page = window.candidates
    rows = [page.model.row(i) for i in range(page.model.rowCount())]
    row = next(r for r in rows if r is not None and r["nik"] == nik)
    dialog = page.open_candidate(row)
    assert dialog.edit_button is not None and dialog.edit_button.isEnabled()
    assert dialog.edit_button.text() == "Koreksi / tarik..."
    assert "ajukan koreksi atau tarik" in dialog.edit_button.toolTip()
    dialog.edit_button.click()
    assert window.editor is not None
    return window.editor


def test_sent_record_is_corrected_with_a_reason_and_queued(qtbot, world, rng, sync_tasks) -> None:
    niks = world.register(rng, 2)
    send(world)
    v = world.village
    window = window_for(qtbot, v.store, v.operator, sync_tasks)
    editor = open_correction(window, niks[0])
    assert editor.correcting
    assert editor.findChild(QLabel, "formTitle").text() == "Koreksi Data Peserta"
    assert "kiriman berikutnya" in editor.findChild(QLabel, "formIntro").text()
    assert editor.inputs["nik"].isReadOnly()
    assert editor.save_button.text() == "Ajukan koreksi (Ctrl+S)"
    assert not editor.save()  # nothing changed yet
    assert "Belum ada isian yang diubah" in editor.banner.text()

    editor.inputs["name"].clear()
    qtbot.keyClicks(editor.inputs["name"], "Siti Aminah")
    editor.set_text("mother_name", "Ibu Kandung")
    assert not editor.save()  # the reason is asked for
    assert "alasan koreksi" in editor.banner.text().lower()
    editor.set_text("birth_date", "01-01-2015")  # the rules still apply: too young
    editor.reason.setText("sesuai KTP")
    assert not editor.save()
    assert "harus diperbaiki" in editor.banner.text()
    assert pending_changes(v.store, v.admin).corrections == 0
    editor.set_text("birth_date", editor._loaded["birth_date"])
    assert editor.correction_changes() == {"name": "Siti Aminah", "mother_name": "Ibu Kandung"}
    assert editor.save()

    assert window.editor is None
    assert "Permintaan koreksi Pekerja Nomor A tersimpan" in window.candidates.notice.text()
    assert "Menunggu disetujui orang lain" in window.candidates.notice.text()
    assert get_candidate(v.store, v.admin, niks[0])["name"] != "Siti Aminah"  # not yet
    assert pending_changes(v.store, v.admin).to_check == 1

    # Four eyes: a verifier approves (an operator has no verification page at all).
    assert window.verification is None
    checker = window_for(qtbot, v.store, v.verifier, sync_tasks)
    checker.show_page("verification")
    panel = checker.verification.changes
    assert panel.model.rows[0][1:4] == ["koreksi", niks[0], "Pekerja Nomor A"]
    assert "nama: Pekerja Nomor A → Siti Aminah" in panel.model.rows[0][4]
    assert "nama ibu kandung: (kosong) → Ibu Kandung" in panel.model.rows[0][4]
    assert panel.approve.isEnabled() and "sesuai KTP" in panel.reason.text()
    assert checker.verification.tabs.tabText(1) == "Koreksi dan penarikan (1)"
    panel.approve.click()
    assert "disetujui" in panel.result.text()
    assert checker.verification.tabs.tabText(1) == "Koreksi dan penarikan (0)"
    stored = get_candidate(v.store, v.admin, niks[0])
    assert (stored["name"], stored["mother_name"], stored["status"]) == (
        "Siti Aminah", "Ibu Kandung", "submitted")  # fmt: skip
    assert pending_changes(v.store, v.admin).corrections == 1
    with v.store.session() as s:
        [event] = s.exec(select(AuditEvent).where(AuditEvent.action == "candidate.correct"))
    assert event.reason == "sesuai KTP (diminta siti)" and event.actor == "budi"

    # An admin may ask too; then someone else must approve: the admin's own are off.
    correct_candidate(v.store, v.admin, niks[1], {"name": "Nama Lain"}, "sesuai KK")
    boss = window_for(qtbot, v.store, v.admin, sync_tasks)
    boss.show_page("verification")
    own = boss.verification.changes
    assert own.model.rows[0][5] == "admin" and not own.approve.isEnabled()
    assert not own.decline.isEnabled() and "Anda minta sendiri" in own.why.text()


def test_withdraw_asks_first_then_is_queued(qtbot, world, rng, sync_tasks, monkeypatch) -> None:
    niks = world.register(rng, 2)
    receive(world, send(world))
    enroll(world, [niks[1]])
    v = world.village
    window = window_for(qtbot, v.store, v.operator, sync_tasks)
    editor = open_correction(window, niks[0])
    assert not editor.withdraw()  # no reason yet
    assert "alasan penarikan" in editor.banner.text()
    editor.withdraw_reason.setCurrentIndex(editor.withdraw_reason.findText("meninggal dunia"))
    asked: list[str] = []
    editor.ask_withdraw = lambda reason: asked.append(reason) or False  # "Batal"
    editor.withdraw_button.click()
    assert asked == ["meninggal dunia"] and window.editor is editor
    assert get_candidate(v.store, v.admin, niks[0])["status"] == "submitted"
    editor.ask_withdraw = lambda reason: True
    editor.withdraw_button.click()
    assert window.editor is None
    assert "Permintaan penarikan" in window.candidates.notice.text()
    assert get_candidate(v.store, v.admin, niks[0])["status"] == "submitted"  # not yet
    checker = window_for(qtbot, v.store, v.verifier, sync_tasks)
    checker.show_page("verification")
    panel = checker.verification.changes
    assert panel.model.rows[0][1] == "penarikan" and "meninggal dunia" in panel.model.rows[0][4]
    panel.ask_reason = lambda _request: None  # "Tolak..." closed without a reason: nothing
    panel.decline.click()
    assert len(panel.requests) == 1
    panel.approve.click()

    # Another request, declined: the operator reads who declined it and why on Kirim / Terima.
    withdraw_candidate(v.store, v.operator, niks[1], "pindah domisili")
    panel.refresh()
    panel.ask_reason = lambda _request: "masih tinggal di desa ini"
    panel.decline.click()
    assert "ditolak" in panel.result.text()
    page = ExchangePage(AppSession.start(v.store, v.operator), sync_tasks)
    qtbot.addWidget(page)
    assert "Permintaan yang <b>ditolak</b> pemeriksa" in page.ready_label.text()
    assert "ditolak budi: masih tinggal di desa ini" in page.ready_label.text()
    assert get_candidate(v.store, v.admin, niks[1])["status"] == "enrolled"
    stored = get_candidate(v.store, v.admin, niks[0])
    assert (stored["status"], stored["rejection_reason"]) == (
        "rejected", "Ditarik desa: meninggal dunia")  # fmt: skip
    assert pending_changes(v.store, v.admin).withdrawals == 1

    # An enrolled participant: the real question, in Indonesian, says it ends the membership.
    editor = open_correction(window, niks[1])
    editor.withdraw_reason.setEditText("pindah ke Bali")
    seen: dict[str, object] = {}

    def fake_exec(box: QMessageBox) -> int:
        seen["text"] = box.text()
        seen["info"] = box.informativeText()
        seen["buttons"] = sorted(b.text() for b in box.buttons())
        return 0

    monkeypatch.setattr(QMessageBox, "exec", fake_exec)
    assert not editor.withdraw()  # closed without a choice: nothing happens
    assert seen["text"] == 'Tarik Pekerja Nomor B dari program dengan alasan "pindah ke Bali"?'
    assert "statusnya menjadi Berakhir" in str(seen["info"])
    assert "disetujui orang lain" in str(seen["info"])
    assert seen["buttons"] == ["Batal", "Tarik dari program"]
    assert get_candidate(v.store, v.admin, niks[1])["status"] == "enrolled"


def test_the_district_offers_no_correction(qtbot, world, rng, sync_tasks) -> None:
    world.register(rng, 1)
    receive(world, send(world))
    window = window_for(qtbot, world.district.store, world.district.admin, sync_tasks)
    dialog = window.candidates.open_candidate(window.candidates.model.row(0))
    assert dialog.edit_button is not None and not dialog.edit_button.isEnabled()
    assert "desa asalnya" in dialog.why.text()


def test_exchange_page_counts_the_changes_it_sends(qtbot, world, rng, sync_tasks, tmp_path) -> None:
    [nik] = world.register(rng, 1)
    send(world)
    v = world.village
    correct(v, v.operator, nik, {"name": "Nama Benar"}, "sesuai KTP")
    page = ExchangePage(AppSession.start(v.store, v.verifier), sync_tasks)
    qtbot.addWidget(page)
    assert "<b>1</b> koreksi dan <b>0</b> penarikan" in page.ready_label.text()
    page.send_batch(tmp_path / "stick")
    assert "juga membawa 1 koreksi dan 0 penarikan" in page.send_message.text()
    assert "koreksi" not in page.ready_label.text()


def test_renewal_from_the_program_tab(qtbot, world, rng, sync_tasks) -> None:
    niks = world.register(rng, 2)
    receive(world, send(world))
    enroll(world, niks)
    v = world.village
    page = SettingsPage(AppSession.start(v.store, v.admin), sync_tasks)
    qtbot.addWidget(page)
    assert page.renew_box.isHidden()  # no earlier program yet
    path = world.tmp / "program-2027.lkprog"
    publish_program(world.district.store, world.district.admin, path,
                    name="Lingkaran Cinta 2027", year=2027,
                    start=date(2027, 1, 1), months=12, new_program=True)  # fmt: skip
    load_program(v.store, v.admin, path)
    page.refresh()
    assert not page.renew_box.isHidden()
    assert page.renew_from.count() == 1
    assert page.renew_from.currentText() == "Lingkaran Cinta 2026 (2026): 2 peserta terdaftar"
    page.ask_renew = lambda _text: False
    page.renew_button.click()
    assert page.renew_message.isHidden()
    page.ask_renew = lambda _text: True
    with qtbot.waitSignal(page.data_changed):
        page.renew_button.click()
    assert "2 peserta diperpanjang dari Lingkaran Cinta 2026" in page.renew_message.text()
    assert {get_candidate(v.store, v.admin, n)["status"] for n in niks} == {"proposed"}
    page.renew_button.click()  # a second time: nobody twice
    assert "0 peserta diperpanjang" in page.renew_message.text()
    assert "2 sudah ada di program ini" in page.renew_message.text()
    assert [p.name for p in previous_programs(v.store, v.admin)] == ["Lingkaran Cinta 2026"]


def test_district_publishes_a_new_program_and_lists_changes_for_bpjs(
        qtbot, world, rng, sync_tasks, tmp_path) -> None:  # fmt: skip
    [nik] = world.register(rng, 1)
    receive(world, send(world))
    enroll(world, [nik])
    v = world.village
    correct(v, v.operator, nik, {"occupation": "nelayan"}, "pekerjaan sesuai KTP")
    page = DistrictPage(AppSession.start(world.district.store, world.district.admin), sync_tasks)
    qtbot.addWidget(page)
    assert page.bpjs_changes.text() == "Tidak ada perubahan yang belum diteruskan ke BPJS."
    assert not page.changes_button.isEnabled()
    page.import_batches([Path(send(world).path)])
    assert "1 perubahan peserta terdaftar perlu diteruskan ke BPJS" in (page.import_summary.text())
    assert "1 koreksi dan 0 penarikan diterapkan" in page.results_model.rows[0][2]
    assert "pekerjaan: P006 → P003" in page.bpjs_changes.text()
    assert "pekerjaan sesuai KTP" in page.bpjs_changes.text()
    page.ask_save_file = lambda *_: str(tmp_path / "perubahan")  # the .xlsx is added
    page.changes_button.click()
    assert "1 perubahan ditulis ke" in page.changes_message.text()
    assert "ditandai sudah diteruskan" in page.changes_message.text()
    assert (tmp_path / "perubahan.xlsx").exists()
    assert page.bpjs_changes.text() == "Tidak ada perubahan yang belum diteruskan ke BPJS."

    page.program_name.setText("Lingkaran Cinta 2027")
    page.program_year.setValue(2027)
    page.new_program.setChecked(True)
    page.publish(tmp_path / "program-2027.lkprog")
    programs = list_programs(world.district.store, world.district.admin)
    assert [(p.name, p.active) for p in programs] == [
        ("Lingkaran Cinta 2027", True),
        ("Lingkaran Cinta 2026", False),
    ]
    assert not page.new_program.isChecked()
