"""The entry form: what the NIK decodes to, pre-fill, duplicates, saving, drafts."""

from __future__ import annotations

import json
import logging
from datetime import date

from PySide6.QtCore import Qt

from lingkaran_desktop.services.candidates import count_candidates, list_candidates
from tests.conftest import make_nik
from ui.candidate_form import CandidateForm, parse_typed_date


def make_form(qtbot, session) -> CandidateForm:
    form = CandidateForm(session)
    qtbot.addWidget(form)
    form.resize(1150, 700)
    form.show()
    return form


def type_into(qtbot, form: CandidateForm, key: str, text: str) -> None:
    qtbot.keyClicks(form.inputs[key], text)


def test_typing_a_nik_shows_what_it_decodes_and_prefills(qtbot, sessions, rng) -> None:
    form = make_form(qtbot, sessions["operator"])
    nik = make_nik(rng, birth=date(1980, 5, 12), sex="P")
    type_into(qtbot, form, "nik", nik[:10])
    form.run_checks()
    assert "10 dari 16" in form.nik_info.text()
    type_into(qtbot, form, "nik", nik[10:])
    form.run_checks()
    text = form.nik_info.text()
    assert "12-05-1980" in text and "Perempuan" in text and "Jombang" in text
    assert form.text("birth_date") == "12-05-1980"
    assert form.text("sex") == "P"
    assert form.prefill_note.isVisible()


def test_nik_error_is_red_and_says_what_to_do(qtbot, sessions) -> None:
    form = make_form(qtbot, sessions["operator"])
    type_into(qtbot, form, "nik", "3509019913800001")  # month 13: not a date
    form.run_checks()
    assert "bukan tanggal" in form.nik_info.text()
    assert form.nik_info.property("role") == "error"
    assert form.inputs["nik"].property("state") == "error"


def test_mismatch_is_a_warning_not_an_error(qtbot, sessions, rng) -> None:
    form = make_form(qtbot, sessions["operator"])
    type_into(qtbot, form, "sex", "L")  # keyboard search in the combo: Laki-laki
    assert form.text("sex") == "L"
    type_into(qtbot, form, "nik", make_nik(rng, birth=date(1980, 5, 12), sex="P"))
    findings = form.run_checks()
    codes = {f.code: f for f in findings}
    assert not codes["NIK_SEX_MISMATCH"].is_error
    amber = form.findChildren(type(form.nik_info), "finding-warning")
    assert any("jenis kelaminnya perempuan" in label.text() for label in amber)


def test_enter_moves_to_the_next_field(qtbot, sessions) -> None:
    form = make_form(qtbot, sessions["operator"])
    form.inputs["nik"].setFocus()
    qtbot.keyClick(form.inputs["nik"], Qt.Key.Key_Return)
    assert form.focusWidget() is form.inputs["name"]
    qtbot.keyClick(form.inputs["name"], Qt.Key.Key_Enter)
    assert form.focusWidget() is form.inputs["sex"]


def fill_valid(qtbot, form: CandidateForm, nik: str) -> None:
    type_into(qtbot, form, "nik", nik)
    type_into(qtbot, form, "name", "Siti Aminah")
    form.set_text("occupation", "P006 BURUH TANI/PERKEBUNAN")
    type_into(qtbot, form, "rt", "3")
    type_into(qtbot, form, "rw", "1")


def test_save_registers_and_clears_and_nik_never_logged(qtbot, sessions, rng, caplog) -> None:
    session = sessions["operator"]
    form = make_form(qtbot, session)
    nik = make_nik(rng, birth=date(1980, 5, 12), sex="P")
    fill_valid(qtbot, form, nik)
    caplog.set_level(logging.DEBUG, logger="lingkaran")
    with qtbot.waitSignal(form.saved) as saved:
        assert form.save()
    assert saved.args[0]["nik"] == nik
    assert saved.args[0]["rt"] == "003"
    assert count_candidates(session.store, session.actor) == 1
    assert form.text("nik") == ""
    assert "Tersimpan: Siti Aminah" in form.banner.text()
    assert nik not in caplog.text
    # the same NIK again: said at once, and refused
    type_into(qtbot, form, "nik", nik)
    form.run_checks()
    assert form.duplicate.isVisible()
    assert "sudah terdaftar atas nama Siti Aminah" in form.duplicate.text()
    assert not form.save()
    assert count_candidates(session.store, session.actor) == 1


def test_errors_block_saving_and_point_at_the_field(qtbot, sessions, rng) -> None:
    session = sessions["operator"]
    form = make_form(qtbot, session)
    type_into(qtbot, form, "nik", make_nik(rng, birth=date(1980, 5, 12)))
    assert not form.save()
    assert "harus diperbaiki" in form.banner.text()
    reds = form.findChildren(type(form.nik_info), "finding-error")
    assert any("Nama" in label.text() or "nama" in label.text() for label in reds)
    assert list_candidates(session.store, session.actor) == []


def test_draft_survives_closing_and_is_deleted_on_save(qtbot, sessions, rng) -> None:
    session = sessions["operator"]
    form = make_form(qtbot, session)
    nik = make_nik(rng, birth=date(1975, 1, 2))
    type_into(qtbot, form, "nik", nik)
    type_into(qtbot, form, "name", "Budi Santoso")
    qtbot.waitUntil(lambda: form.draft.path.exists(), timeout=3000)
    form.close()  # closing flushes too
    saved = json.loads(form.draft.path.read_text(encoding="utf-8"))
    assert saved["name"] == "Budi Santoso"

    again = make_form(qtbot, session)
    assert again.text("nik") == nik
    assert again.text("name") == "Budi Santoso"
    assert "dipulihkan" in again.banner.text()
    again.set_text("occupation", "nelayan")
    assert again.save()
    assert not again.draft.path.exists()


def test_typed_dates() -> None:
    assert parse_typed_date("12-05-1980") == "1980-05-12"
    assert parse_typed_date("1/2/1999") == "1999-02-01"
    assert parse_typed_date("12051980") == "1980-05-12"
    assert parse_typed_date("1980-05-12") == "1980-05-12"
    assert parse_typed_date("31-02-1980") == "31-02-1980"  # left for the core to refuse
