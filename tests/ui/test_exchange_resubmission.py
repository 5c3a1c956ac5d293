"""The GUI side of the loop after a "no": the district sees a rejected record sent again, and
the village sees which of its corrections and withdrawals the district did not apply."""

from __future__ import annotations

from pathlib import Path

from lingkaran_desktop.services.batches import export_results
from lingkaran_desktop.services.candidates import (
    decide,
    fields_of,
    get_candidate,
    update_candidate,
)
from tests.exchange.conftest import bpjs_answers, receive, send, withdraw
from ui.district_page import DistrictPage
from ui.exchange_page import ExchangePage
from ui.session import AppSession


def test_village_sees_the_changes_not_applied_and_the_district_a_resubmission(
        qtbot, world, rng, sync_tasks) -> None:  # fmt: skip
    v, d = world.village, world.district
    withdrawn, fixed = world.register(rng, 2)
    receive(world, send(world))
    bpjs_answers(world, {withdrawn: "NIK tidak ditemukan", fixed: "Nama ibu tidak sesuai"})
    # The village withdraws a record before it hears that BPJS rejected it: not applied.
    withdraw(v, v.operator, withdrawn, "pindah domisili")
    receive(world, send(world))
    [written] = export_results(d.store, d.admin, world.tmp / "hasil")

    page = ExchangePage(AppSession.start(v.store, v.verifier), sync_tasks)
    qtbot.addWidget(page)
    explain = "koreksi atau penarikan yang tidak diterapkan kabupaten"
    assert any(explain in label.text() for label in page.findChildren(type(page.program_label)))
    page.ask_open_files = lambda *_: [written.path]
    page.results_button.click()
    text = page.results_message.text()
    lines = text.split("<br>")
    assert lines[0].startswith("<b>DITERIMA</b>")
    assert "<b>1</b> koreksi/penarikan yang dikirim <b>tidak diterapkan</b>" in lines[1]
    assert lines[2].startswith("• Penarikan NIK ") and "(kiriman no. 2)" in lines[2]
    assert "ditolak" in lines[2]
    assert page.results_message.property("role") == "warning"

    # The other record: corrected, verified, sent again; the district page says so.
    fields = fields_of(get_candidate(v.store, v.admin, fixed))
    fields.mother_name = "Sumiati"
    update_candidate(v.store, v.operator, fixed, fields, "sesuai KK")
    decide(v.store, v.verifier, [fixed])
    district = DistrictPage(AppSession.start(d.store, d.admin), sync_tasks)
    qtbot.addWidget(district)
    district.import_batches([Path(send(world).path)])
    assert "1 diajukan ulang setelah ditolak" in district.results_model.rows[0][2]
    assert get_candidate(d.store, d.admin, fixed)["status"] == "submitted"
