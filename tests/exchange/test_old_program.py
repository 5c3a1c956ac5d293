"""After the district publishes the next period, the old program still takes its last batches
and the changes of participants whose coverage runs until its end; result files go back for it,
and both sides apply them to that program's records. Unknown programs stay refused."""

from __future__ import annotations

import uuid
from datetime import date
from pathlib import Path

import pytest
from sqlmodel import select

from lingkaran_desktop import __version__, clock
from lingkaran_desktop.domain.findings import DomainError
from lingkaran_desktop.exchange import container
from lingkaran_desktop.services.batches import (
    BATCH_KIND,
    RESULT_KIND,
    export_batch,
    export_results,
    import_batch,
    import_results,
    payload_info,
)
from lingkaran_desktop.services.changes import bpjs_changes, pending_changes
from lingkaran_desktop.services.doctor import run_doctor
from lingkaran_desktop.services.installation import installation_of
from lingkaran_desktop.services.keyring import open_station_keys
from lingkaran_desktop.services.trust import load_program, publish_program
from lingkaran_desktop.store.models import Candidate, PeerStation, Program
from tests.exchange.conftest import (
    Site,
    World,
    bpjs_answers,
    enroll,
    receive,
    send,
    withdraw,
)

ENGINES = ("sqlite", "postgresql")

OLD, NEW = "Lingkaran Cinta 2026", "Lingkaran Cinta 2027"


def publish_next(w: World) -> Path:
    path = w.tmp / "program-2027.lkprog"
    publish_program(
        w.district.store, w.district.admin, path, name=NEW, year=2027, start=date(2027, 1, 1),
        months=12, quota_per_village=100, new_program=True,
    )  # fmt: skip
    return path


def rows(site: Site, nik: str) -> dict[str, tuple[str, str | None]]:
    """program name -> (status, kpj) of the NIK's records."""
    with site.store.session() as s:
        return {
            p.name: (c.status, c.kpj)
            for c, p in s.exec(
                select(Candidate, Program)
                .join(Program, Program.id == Candidate.program_id)
                .where(Candidate.nik == nik)
            )
        }


def forged(w: World, sender: Site, kind: str, sequence: int, body: dict) -> Path:
    """A correctly signed and encrypted file of a program nobody published."""
    uid = str(uuid.uuid4())
    with sender.store.session() as s:
        me = installation_of(s)
        peer = s.exec(select(PeerStation)).first()
        keys = open_station_keys(s, sender.admin.name, sender.admin.key)
        manifest = {
            "app_version": __version__, "program_uid": uid, "program_name": "Program Asing",
            "sender": me.station_id, "sender_region": me.region_code,
            "recipient": peer.station_id, "sequence": sequence,
            "created_at": clock.now().isoformat(), "record_count": 0,
        }  # fmt: skip
        sealed = container.encrypt(
            container.encode_json(body), peer.encryption_key,
            payload_info(kind, uid, me.station_id, peer.station_id, sequence),
        )  # fmt: skip
        data = container.pack(kind, manifest, sealed, keys.signing)
    path = w.tmp / f"asing-{kind}-{sequence}.lk{kind}"
    container.write_atomic(path, data)
    return path


def test_the_old_program_takes_its_last_batches_and_changes_after_the_next_one(both, rng):
    w, v, d = both, both.village, both.district
    a, b = w.register(rng, 2)
    receive(w, send(w))
    enroll(w, [a, b])
    [late] = w.register(rng, 1)
    receive(w, send(w))
    bpjs_answers(w, {late: None})  # enrolled at the district; the result not yet written
    withdraw(v, v.operator, a, "meninggal dunia")  # enrolled → ended
    [last] = w.register(rng, 1)
    batch = send(w)  # the old program's last batch: a record and a withdrawal
    assert (batch.program, batch.records, batch.withdrawals, batch.others) == (OLD, 1, 1, [])

    next_file = publish_next(w)  # the district moves on before reading it
    got = receive(w, batch)
    assert got.outcome == "accepted", got.reason
    assert (got.program, got.running) == (OLD, False)
    assert (got.new, got.withdrawals_applied, got.for_bpjs, got.unapplied) == (1, 1, 1, [])
    assert rows(d, a) == {OLD: ("ended", rows(d, a)[OLD][1])}
    assert rows(d, last) == {OLD: ("submitted", None)}
    again = receive(w, batch)
    assert again.outcome == "already_imported" and again.new == 0
    changes = bpjs_changes(d.store, d.admin)
    assert [(c.nik, c.kind, c.program) for c in changes] == [(a, "withdrawal", OLD)]

    # The village moves on too; a participant of the old period dies while still covered.
    load_program(v.store, v.admin, next_file)
    done = withdraw(v, v.operator, b, "meninggal dunia")
    assert done.queued and done.bpjs and rows(v, b)[OLD][0] == "ended"
    assert pending_changes(v.store, v.verifier).withdrawals == 1
    [new] = w.register(rng, 1)  # a candidate of the running program
    out = export_batch(v.store, v.verifier, w.tmp / "usb")
    assert (out.program, out.records, out.withdrawals) == (NEW, 1, 0)
    [old] = out.others
    assert (old.program, old.records, old.withdrawals, old.sequence) == (
        OLD, 0, 1, out.sequence + 1)  # fmt: skip
    assert pending_changes(v.store, v.verifier).withdrawals == 0
    first, second = receive(w, out), receive(w, old)
    assert (first.outcome, first.program, first.running, first.new) == (
        "accepted", NEW, True, 1)  # fmt: skip
    assert (second.outcome, second.program, second.withdrawals_applied) == ("accepted", OLD, 1)
    assert rows(d, b) == {OLD: ("ended", rows(d, b)[OLD][1])}
    assert rows(d, new) == {NEW: ("submitted", None)}
    changes = bpjs_changes(d.store, d.admin)
    assert [(c.nik, c.program) for c in changes] == [(a, OLD), (b, OLD)]

    # Results of the old program go back and are applied to the old program's records.
    written = export_results(d.store, d.admin, w.tmp / "usb")
    assert [f.program for f in written] == [OLD]  # the running one has nothing decided yet
    result = import_results(v.store, v.verifier, Path(written[0].path))
    assert result.outcome == "accepted", result.reason
    assert (result.program, result.running, result.updated) == (OLD, False, 1)
    status, kpj = rows(v, late)[OLD]
    assert status == "enrolled" and kpj
    assert rows(v, a)[OLD][0] == rows(v, b)[OLD][0] == "ended"  # withdrawn here: left alone
    again = import_results(v.store, v.verifier, Path(written[0].path))
    assert again.outcome == "already_imported"
    assert export_results(d.store, d.admin, w.tmp / "usb") == []  # nothing new since

    assert run_doctor(v.store).ok and run_doctor(d.store).ok


def test_files_of_an_unknown_program_are_still_refused(both, rng):
    w, v, d = both, both.village, both.district
    niks = w.register(rng, 1)
    receive(w, send(w))
    enroll(w, niks)
    load_program(v.store, v.admin, publish_next(w))

    batch = forged(w, v, BATCH_KIND, 90, {"records": [], "corrections": [], "withdrawals": []})
    got = import_batch(d.store, d.admin, batch)
    assert (got.outcome, got.code) == ("refused", "PROGRAM_OTHER")
    assert "Program Asing" in got.reason
    result = forged(w, d, RESULT_KIND, 90, {"results": [], "changes": []})
    got = import_results(v.store, v.verifier, result)
    assert (got.outcome, got.code) == ("refused", "PROGRAM_OTHER")

    # An old participant whose coverage ended can no longer be withdrawn from the old program.
    before = clock.now()
    clock.set_now(before.replace(year=2027, month=2))
    try:
        with pytest.raises(DomainError) as exc:
            withdraw(v, v.operator, niks[0], "pindah domisili")
        assert exc.value.code == "CANDIDATE_NOT_FOUND"
    finally:
        clock.set_now(before)
    assert run_doctor(v.store).ok and run_doctor(d.store).ok


def test_late_records_of_the_old_program_go_to_bpjs_with_the_old_period(both, rng, tmp_path):
    """A record that reached the old program after the next was published is registered with
    BPJS for the old period (its coverage start and months), next to the new program's records,
    and BPJS's answer enrolls it in the old program."""
    import openpyxl

    from lingkaran_desktop.services.bpjs import export_registration

    w, d = both, both.district
    [late] = w.register(rng, 1)
    batch = send(w)
    publish_next(w)
    assert receive(w, batch).program == OLD
    assert rows(d, late) == {OLD: ("submitted", None)}
    out = tmp_path / "bpjs.xlsx"
    sent = export_registration(d.store, d.admin, out)
    assert sent.rows == 1 and sent.monthly_total == 16_800
    sheet = openpyxl.load_workbook(out).active
    header = [c.value for c in sheet[1]]
    [line] = [
        dict(zip(header, (c.value for c in r), strict=True)) for r in sheet.iter_rows(min_row=2)
    ]
    assert line["NIK"] == late
    assert line["TMT KEPESERTAAN"].date() == date(2026, 1, 1) and line["JUMLAH BULAN"] == 12
    bpjs_answers(w, {late: None})
    status, kpj = rows(d, late)[OLD]
    assert status == "enrolled" and kpj
    with d.store.session() as s:
        row = s.exec(select(Candidate).where(Candidate.nik == late)).one()
        assert (row.coverage_start, row.coverage_end) == (date(2026, 1, 1), date(2026, 12, 31))
    assert run_doctor(d.store).ok
