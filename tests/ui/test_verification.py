"""Verification: the verifier approves and rejects; nobody verifies their own entries."""

from __future__ import annotations

from datetime import date

from lingkaran_desktop.domain.candidate import CandidateFields
from lingkaran_desktop.services.candidates import count_by_status, register_candidate
from tests.conftest import make_nik
from ui.tasks import TaskRunner
from ui.verification import VerificationPage


def register(session, rng, name: str = "Siti Aminah", **extra) -> str:
    birth = date(1980, 5, 12)
    nik = make_nik(rng, birth=birth, sex="P")
    fields = {"nik": nik, "name": name, "sex": "P", "birth_date": birth.isoformat(),
              "occupation": "P006"}
    fields.update(extra)
    register_candidate(session.store, session.actor, CandidateFields(**fields))
    return nik


def test_verifier_approves_and_rejects(qtbot, sessions, sync_tasks, rng) -> None:
    nik = register(sessions["operator"], rng)
    other = register(sessions["operator"], rng, name="Budi Santoso", sex="L")  # sex mismatch
    page = VerificationPage(sessions["verifier"], sync_tasks)
    qtbot.addWidget(page)
    page.show()
    assert page.model.rowCount() == 2
    assert page.model.rows[0]["nik"] == other  # warnings first
    assert "1 di antaranya dengan peringatan" in page.summary.text()
    page.select_nik(nik)
    assert page.approve.isEnabled()
    with qtbot.waitSignal(page.changed):
        page.approve.click()
    assert "disetujui" in page.result.text()
    page.ask_reason = lambda _name: "NIK tidak sesuai KTP"
    page.select_nik(other)
    page.reject_button.click()
    counts = count_by_status(sessions["verifier"].store, sessions["verifier"].actor)
    assert counts["verified"] == 1 and counts["rejected"] == 1
    assert page.model.rowCount() == 0


def test_own_entry_buttons_disabled_with_reason(qtbot, sessions, sync_tasks, rng) -> None:
    admin = sessions["admin"]  # admin may enter and verify, but not the same record
    nik = register(admin, rng)
    page = VerificationPage(admin, sync_tasks)
    qtbot.addWidget(page)
    page.show()
    page.select_nik(nik)
    assert not page.approve.isEnabled() and not page.reject_button.isEnabled()
    assert page.why.isVisible()
    assert "empat mata" in page.why.text()
    assert page.clean_niks() == []
    assert not page.bulk.isEnabled()


def test_bulk_approve_runs_off_the_ui_thread(qtbot, sessions, rng) -> None:
    for i in range(5):
        register(sessions["operator"], rng, name=f"Pekerja {chr(65 + i)}")
    register(sessions["operator"], rng, name="Dengan Peringatan", sex="L")
    tasks = TaskRunner()
    page = VerificationPage(sessions["verifier"], tasks)
    qtbot.addWidget(page)
    page.show()
    assert len(page.clean_niks()) == 5
    page.confirm = lambda _n: True
    with qtbot.waitSignal(page.changed, timeout=10_000):
        page.bulk.click()
    assert "5 data disetujui" in page.result.text()
    counts = count_by_status(sessions["verifier"].store, sessions["verifier"].actor)
    assert counts["verified"] == 5 and counts["proposed"] == 1
    assert page.model.rowCount() == 1
