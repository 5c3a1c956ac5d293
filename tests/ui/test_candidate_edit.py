"""Correcting a record not yet sent: from the list's detail dialog into the form in edit mode."""

from __future__ import annotations

import json
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from sqlalchemy import text
from sqlmodel import select

from lingkaran_desktop.domain.candidate import CandidateFields
from lingkaran_desktop.services.candidates import decide, get_candidate, register_candidate
from lingkaran_desktop.store.models import AuditEvent
from tests.conftest import make_nik
from ui.candidate_form import CandidateForm
from ui.main_window import MainWindow


def register(session, rng, name: str = "Siti Aminh", sex: str = "P") -> str:
    birth = date(1980, 5, 12)
    nik = make_nik(rng, birth=birth, sex=sex)
    register_candidate(session.store, session.actor, CandidateFields(
        nik=nik, name=name, sex=sex, birth_date=birth.isoformat(), occupation="P006",
        rt="3", rw="1"))
    return nik


def make_window(qtbot, session, sync_tasks) -> MainWindow:
    window = MainWindow(session, sync_tasks)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    window.show_page("candidates")
    return window


def open_editor(window: MainWindow, row: int = 0) -> CandidateForm:
    page = window.candidates
    dialog = page.open_candidate(page.model.row(row))
    assert dialog.edit_button is not None and dialog.edit_button.isEnabled()
    dialog.edit_button.click()
    assert window.editor is not None
    return window.editor


def test_open_correct_the_name_and_save_with_a_reason(qtbot, sessions, sync_tasks, rng) -> None:
    operator = sessions["operator"]
    nik = register(operator, rng)
    decide(operator.store, sessions["verifier"].actor, [nik])  # verified: goes back to proposed
    window = make_window(qtbot, operator, sync_tasks)
    page = window.candidates
    assert page.model.index(0, 6).data() == "Terverifikasi"
    editor = open_editor(window)
    assert window.stack.currentWidget() is editor
    assert window.current_page() == "candidates"
    assert editor.findChild(type(editor.banner), "formTitle").text() == "Ubah Data Pekerja"
    assert "kembali berstatus Diusulkan" in editor.findChild(type(editor.banner),
                                                            "formIntro").text()
    assert editor.text("nik") == nik
    assert editor.text("name") == "Siti Aminh"
    assert editor.text("birth_date") == "12-05-1980"
    assert editor.text("occupation").startswith("P006 ")
    assert editor.text("rt") == "003"
    editor.run_checks()
    assert not editor.duplicate.isVisible()  # its own NIK is not a duplicate
    editor.inputs["name"].clear()
    qtbot.keyClicks(editor.inputs["name"], "Siti Aminah")
    assert not editor.save()  # the reason is asked for
    assert "alasan perbaikan" in editor.banner.text().lower()
    assert get_candidate(operator.store, operator.actor, nik)["name"] == "Siti Aminh"
    qtbot.keyClicks(editor.reason, "nama sesuai KTP")
    assert editor.save()
    assert window.editor is None
    assert window.stack.currentWidget() is page
    assert page.model.index(0, 1).data() == "Siti Aminah"
    assert page.model.index(0, 6).data() == "Diusulkan"
    assert "Perbaikan tersimpan: Siti Aminah" in page.notice.text()
    stored = get_candidate(operator.store, operator.actor, nik)
    assert stored["status"] == "proposed" and stored["entered_by"] == "siti"
    with operator.store.session() as s:
        event = s.exec(select(AuditEvent).where(AuditEvent.action == "candidate.edit")).one()
    assert event.reason == "nama sesuai KTP"


def test_rejected_record_is_found_by_status_and_corrected(qtbot, sessions, sync_tasks,
                                                          rng) -> None:
    operator = sessions["operator"]
    other = register(operator, rng, name="Budi Santoso", sex="L")
    nik = register(operator, rng)
    decide(operator.store, sessions["verifier"].actor, [nik], reject=True,
           reason="NIK tidak sesuai KTP")
    window = make_window(qtbot, operator, sync_tasks)
    page = window.candidates
    page.status.setCurrentIndex(page.status.findData("rejected"))
    assert page.model.rowCount() == 1
    editor = open_editor(window)
    assert "NIK tidak sesuai KTP" in editor.record_note.text()
    # another record's NIK is a duplicate, as in add mode
    editor.set_text("nik", other)
    editor.run_checks()
    assert editor.duplicate.isVisible() and "Budi Santoso" in editor.duplicate.text()
    assert not editor.save()
    fixed = make_nik(rng, birth=date(1980, 5, 12), sex="P")
    editor.set_text("nik", fixed)
    editor.run_checks()
    assert not editor.duplicate.isVisible()
    editor.reason.setText("NIK salah ketik")
    assert editor.save()
    assert page.model.rowCount() == 0  # no longer rejected
    assert get_candidate(operator.store, operator.actor, fixed)["status"] == "proposed"
    # the verifier sees it in the queue again
    verifier = MainWindow(sessions["verifier"], sync_tasks)
    qtbot.addWidget(verifier)
    assert verifier.verification is not None
    assert fixed in [r["nik"] for r in verifier.verification.model.rows]


def test_ended_record_cannot_be_changed(qtbot, sessions, sync_tasks, rng) -> None:
    """Sent and enrolled records open as a correction (tests/ui/test_candidate_correction.py);
    a membership that ended is closed."""
    operator = sessions["operator"]
    register(operator, rng)
    with operator.store.engine.begin() as conn:
        conn.execute(text("UPDATE candidate SET status = 'ended'"))
    window = make_window(qtbot, operator, sync_tasks)
    dialog = window.candidates.open_candidate(window.candidates.model.row(0))
    assert dialog.edit_button is not None
    assert not dialog.edit_button.isEnabled()
    assert "sudah selesai" in dialog.edit_button.toolTip()
    assert dialog.why.isVisible()
    dialog.close()
    assert window.editor is None


def test_verifier_gets_no_edit_button(qtbot, sessions, sync_tasks, rng) -> None:
    register(sessions["operator"], rng)
    window = make_window(qtbot, sessions["verifier"], sync_tasks)
    dialog = window.candidates.open_candidate(window.candidates.model.row(0))
    assert dialog.edit_button is None
    assert window.edit_candidate(window.candidates.model.row(0)["nik"]) is None


def test_bad_correction_shows_the_error_and_changes_nothing(qtbot, sessions, sync_tasks,
                                                            rng) -> None:
    operator = sessions["operator"]
    nik = register(operator, rng)
    before = get_candidate(operator.store, operator.actor, nik)
    window = make_window(qtbot, operator, sync_tasks)
    editor = open_editor(window)
    editor.set_text("birth_date", "01-01-2015")  # too young
    editor.reason.setText("tanggal lahir sesuai KTP")
    assert not editor.save()
    assert "harus diperbaiki" in editor.banner.text()
    reds = editor.findChildren(type(editor.banner), "finding-error")
    assert any("di bawah batas program" in label.text() for label in reds)
    assert window.editor is editor  # still open to fix
    assert get_candidate(operator.store, operator.actor, nik) == before
    editor.ask_discard = lambda: True  # "Buang perubahan yang belum disimpan?" - "Ya"
    editor.findChild(type(editor.save_button), "cancelButton").click()
    assert window.editor is None
    assert window.stack.currentWidget() is window.candidates
    assert get_candidate(operator.store, operator.actor, nik) == before


def test_an_edit_leaves_the_add_draft_alone(qtbot, sessions, sync_tasks, rng) -> None:
    operator = sessions["operator"]
    nik = register(operator, rng)
    window = make_window(qtbot, operator, sync_tasks)
    assert window.form is not None
    window.show_page("entry")
    qtbot.keyClicks(window.form.inputs["name"], "Belum Selesai")
    window.form.flush()
    draft = window.form.draft.path
    typed = json.loads(draft.read_text(encoding="utf-8"))
    window.show_page("candidates")
    editor = open_editor(window)
    editor.set_text("name", "Siti Aminah")
    editor.flush()
    window.show_page("home")  # leaving keeps the correction open under Data Pekerja
    window.show_page("candidates")
    assert window.stack.currentWidget() is editor
    assert editor.text("name") == "Siti Aminah"
    editor.reason.setText("nama sesuai KTP")
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    with qtbot.waitSignal(editor.saved):  # Ctrl+S saves the correction, not the hidden add form
        QTest.keyClick(window.windowHandle(), Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert get_candidate(operator.store, operator.actor, nik)["name"] == "Siti Aminah"
    assert json.loads(draft.read_text(encoding="utf-8")) == typed
    assert window.form.text("name") == "Belum Selesai"


def test_leaving_a_changed_correction_asks_first(qtbot, sessions, sync_tasks, rng) -> None:
    operator = sessions["operator"]
    nik = register(operator, rng)
    window = make_window(qtbot, operator, sync_tasks)
    editor = open_editor(window)
    asked: list[bool] = []

    def answer(value: bool):
        def ask() -> bool:
            asked.append(value)
            return value
        return ask

    editor.ask_discard = answer(True)
    assert not editor.is_modified()
    editor.findChild(type(editor.save_button), "cancelButton").click()
    assert asked == []  # nothing changed: "Batal" leaves without asking
    assert window.editor is None

    editor = open_editor(window)
    editor.ask_discard = answer(False)
    editor.inputs["name"].clear()
    qtbot.keyClicks(editor.inputs["name"], "Siti Aminah")
    assert editor.is_modified()
    editor.findChild(type(editor.save_button), "cancelButton").click()
    assert asked == [False]  # "Tidak": the correction stays open, as typed
    assert window.editor is editor
    assert window.stack.currentWidget() is editor
    assert editor.text("name") == "Siti Aminah"
    assert window.edit_candidate(nik) is None  # opening another record asks too
    assert asked == [False, False] and window.editor is editor

    editor.ask_discard = answer(True)
    editor.findChild(type(editor.save_button), "cancelButton").click()
    assert asked == [False, False, True]  # "Ya": thrown away, nothing stored
    assert window.editor is None
    assert window.stack.currentWidget() is window.candidates
    assert get_candidate(operator.store, operator.actor, nik)["name"] == "Siti Aminh"


def test_only_a_typed_reason_counts_as_a_change(qtbot, sessions, sync_tasks, rng) -> None:
    window = make_window(qtbot, sessions["operator"], sync_tasks)
    register(sessions["operator"], rng)
    window.candidates.refresh()
    editor = open_editor(window)
    assert not editor.is_modified()
    qtbot.keyClicks(editor.reason, "nama sesuai KTP")
    assert editor.is_modified()


def test_discard_question_speaks_indonesian(qtbot, sessions, sync_tasks, rng, monkeypatch) -> None:
    from PySide6.QtWidgets import QMessageBox

    register(sessions["operator"], rng)
    window = make_window(qtbot, sessions["operator"], sync_tasks)
    editor = open_editor(window)
    seen: dict[str, object] = {}

    def fake_exec(box: QMessageBox) -> int:
        seen["text"] = box.text()
        seen["buttons"] = sorted(b.text() for b in box.buttons())
        return 0

    monkeypatch.setattr(QMessageBox, "exec", fake_exec)
    assert editor.ask_discard() is False  # closed without a choice: keep the correction
    assert seen == {"text": "Buang perubahan yang belum disimpan?", "buttons": ["Tidak", "Ya"]}
