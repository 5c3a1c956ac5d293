"""Kirim / Terima after the next period was loaded: a withdrawal of a participant of the old
program leaves in a file of its own, and the page names both files."""

from __future__ import annotations

from lingkaran_desktop.services.trust import load_program
from tests.exchange.conftest import enroll, receive, send, withdraw
from tests.exchange.test_old_program import OLD, publish_next
from ui.exchange_page import ExchangePage
from ui.session import AppSession


def test_sending_names_the_old_programs_file_too(qtbot, world, rng, sync_tasks) -> None:
    v = world.village
    [old] = world.register(rng, 1)
    receive(world, send(world))
    enroll(world, [old])
    load_program(v.store, v.admin, publish_next(world))
    withdraw(v, v.operator, old, "meninggal dunia")
    world.register(rng, 1)  # a candidate of the running program

    page = ExchangePage(AppSession.start(v.store, v.verifier), sync_tasks)
    qtbot.addWidget(page)
    page.send_batch(world.tmp / "usb")
    text = page.send_message.text()
    assert "Kiriman no. <b>2</b> berisi <b>1</b> data" in text
    assert f"Juga kiriman no. <b>3</b> untuk program lama '{OLD}' (0 koreksi, 1 penarikan)" in text
