"""Corrections and withdrawals of records already sent: at the village, in the batch, at the
district — and what the district refuses to apply."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from sqlmodel import select

from lingkaran_desktop import clock
from lingkaran_desktop.domain.candidate import CandidateFields
from lingkaran_desktop.domain.findings import DomainError
from lingkaran_desktop.exchange import container
from lingkaran_desktop.services import batches
from lingkaran_desktop.services.batches import payload_info
from lingkaran_desktop.services.candidates import decide, get_candidate, register_candidate
from lingkaran_desktop.services.changes import (
    PendingChanges,
    approve_change,
    bpjs_changes,
    changes_to_check,
    correct_candidate,
    decline_change,
    pending_changes,
    withdraw_candidate,
)
from lingkaran_desktop.services.conflicts import decide_conflict, list_conflicts
from lingkaran_desktop.services.doctor import run_doctor
from lingkaran_desktop.services.installation import active_program
from lingkaran_desktop.services.keyring import open_station_keys
from lingkaran_desktop.store.models import AuditEvent, CandidateChange, Conflict
from tests.conftest import make_nik
from tests.exchange.conftest import World, correct, enroll, make_village, receive, send, withdraw
from tests.exchange.test_batches import snapshot

ENGINES = ("sqlite", "postgresql")


def events(store, action: str) -> list[AuditEvent]:
    with store.session() as s:
        return list(s.exec(select(AuditEvent).where(AuditEvent.action == action)))


def queue(store) -> list[CandidateChange]:
    with store.session() as s:
        return list(s.exec(select(CandidateChange).order_by(CandidateChange.id)))


def on_district(w: World, nik: str) -> dict:
    return get_candidate(w.district.store, w.district.admin, nik)


def on_village(w: World, nik: str, site=None) -> dict:
    site = site or w.village
    return get_candidate(site.store, site.admin, nik)


def batch_body(w: World, path: str) -> dict:
    """Open a batch as the district does and return its payload."""
    envelope = container.unpack(container.read_file(Path(path)), "batch")
    m = envelope.manifest
    with w.district.store.session() as s:
        keys = open_station_keys(s, w.district.admin.name, w.district.admin.key)
    info = payload_info("batch", m["program_uid"], m["sender"], m["recipient"], m["sequence"])
    return container.decode_json(container.decrypt(envelope.payload, keys.encryption, info))


def get_program_id(store) -> int:
    with store.session() as s:
        return active_program(s).id


def refused(code: str, call, *args, **kwargs) -> None:
    with pytest.raises(DomainError) as exc:
        call(*args, **kwargs)
    assert exc.value.code == code, (exc.value.code, exc.value.finding.message)


# --- withdrawals -------------------------------------------------------------------------------


def test_withdrawal_travels_and_rejects_the_submitted_record_at_the_district(both, rng) -> None:
    niks = both.register(rng, 3)
    receive(both, send(both))
    v = both.village
    done = withdraw(v, v.operator, niks[0], "meninggal dunia")
    assert done.queued and not done.bpjs
    assert done.candidate["status"] == "rejected"
    assert done.candidate["rejection_reason"] == "Ditarik desa: meninggal dunia"
    [event] = events(v.store, "candidate.withdraw")  # applied once a second person approved
    assert event.actor == "budi"
    assert event.reason == "Ditarik desa: meninggal dunia (diminta siti)"
    assert json.loads(event.after)["status"] == "rejected"
    assert pending_changes(v.store, v.admin).withdrawals == 1

    batch = send(both)  # nothing new to register: a batch of withdrawals only
    assert (batch.sequence, batch.records, batch.corrections, batch.withdrawals) == (2, 0, 0, 1)
    [item] = batch_body(both, batch.path)["withdrawals"]
    assert item == {"nik": niks[0], "reason": "meninggal dunia",
                    "at": clock.now().isoformat(), "by": "siti"}  # fmt: skip
    assert pending_changes(v.store, v.admin).withdrawals == 0
    assert all(c.batch_sequence == 2 for c in queue(v.store))

    result = receive(both, batch)
    assert result.outcome == "accepted", result
    assert (result.withdrawals_applied, result.unapplied, result.for_bpjs) == (1, [], 0)
    row = on_district(both, niks[0])
    assert row["status"] == "rejected"
    assert row["rejection_reason"] == "Ditarik desa: meninggal dunia"
    assert {on_district(both, n)["status"] for n in niks[1:]} == {"submitted"}
    [received] = events(both.district.store, "candidate.withdraw")
    assert received.actor == "kadis" and "kiriman 2 dari 35.09.01.2001" in received.reason
    assert run_doctor(both.district.store).ok and run_doctor(v.store).ok

    before = snapshot(both.district.store)  # a replay changes nothing
    assert receive(both, batch).outcome == "already_imported"
    assert snapshot(both.district.store) == before
    refused("NOTHING_TO_SEND", send, both)


def test_withdrawing_an_enrolled_participant_ends_it_and_tells_bpjs(both, rng) -> None:
    niks = both.register(rng, 2)
    receive(both, send(both))
    enroll(both, niks)
    v = both.village
    assert on_village(both, niks[1])["status"] == "enrolled"
    done = withdraw(v, v.admin, niks[1], "pindah domisili")
    assert (done.candidate["status"], done.queued, done.bpjs) == ("ended", True, True)
    result = receive(both, send(both))
    assert (result.withdrawals_applied, result.for_bpjs) == (1, 1)
    row = on_district(both, niks[1])
    assert row["status"] == "ended" and row["kpj"]
    assert row["rejection_reason"] == "Ditarik desa: pindah domisili"
    [told] = bpjs_changes(both.district.store, both.district.admin)
    assert (told.kind, told.nik, told.kpj, told.status) == ("withdrawal", niks[1], row["kpj"],
                                                           "ended")  # fmt: skip
    assert told.reason == "pindah domisili" and told.village == "35.09.01.2001"
    assert run_doctor(both.district.store).ok


def test_a_record_not_yet_sent_is_only_rejected_here(both, rng) -> None:
    [nik] = both.register(rng, 1)  # verified, not sent
    v = both.village
    refused("ROLE_FORBIDDEN", withdraw_candidate, v.store, v.operator, nik, "mengundurkan diri")
    done = withdraw(v, v.verifier, nik, "mengundurkan diri")
    assert (done.candidate["status"], done.queued) == ("rejected", False)
    assert done.candidate["verified_by"] == "budi"
    assert queue(v.store) == []
    refused("NOTHING_TO_SEND", send, both)
    refused("WITHDRAW_NOT_POSSIBLE", withdraw_candidate, v.store, v.admin, nik, "lagi")


def test_withdrawal_refusals_change_nothing(both, rng) -> None:
    [nik] = both.register(rng, 1)
    send(both)
    v = both.village
    before = snapshot(v.store)
    refused("WITHDRAW_REASON_REQUIRED", withdraw_candidate, v.store, v.operator, nik, "  ")
    refused("WITHDRAW_REASON_REQUIRED", withdraw_candidate, v.store, v.operator, nik, None)
    refused("ROLE_FORBIDDEN", withdraw_candidate, v.store, v.verifier, nik, "meninggal dunia")
    refused("CANDIDATE_NOT_FOUND", withdraw_candidate, v.store, v.operator,
            "3509010101800009", "meninggal dunia")  # fmt: skip
    d = both.district
    refused("ROLE_WRONG_INSTALLATION", withdraw_candidate, d.store, d.admin, nik, "meninggal")
    assert snapshot(v.store) == before


# --- corrections -------------------------------------------------------------------------------


def test_correction_travels_and_is_applied_with_the_batch_s_new_records(both, rng) -> None:
    niks = both.register(rng, 2)
    receive(both, send(both))
    v = both.village
    done = correct(
        v, v.operator, niks[0],
        {"name": "Siti  Aminah", "mother": "Ibu Kandung", "phone": "0812 3456 7890", "rt": "3"},
        "nama dan ibu kandung sesuai KK",
    )  # fmt: skip
    assert done.changes == {"name": "Siti Aminah", "mother_name": "Ibu Kandung",
                            "phone": "+6281234567890", "rt": "003"}  # fmt: skip
    assert done.candidate["status"] == "submitted" and not done.bpjs
    assert on_village(both, niks[0])["name"] == "Siti Aminah"
    [event] = events(v.store, "candidate.correct")
    assert event.reason == "nama dan ibu kandung sesuai KK (diminta siti)"
    assert json.loads(event.before)["name"].startswith("Pekerja Nomor")
    assert json.loads(event.after)["name"] == "Siti Aminah"
    assert "status" not in json.loads(event.after)

    [new] = both.register(rng, 1)
    batch = send(both)
    assert (batch.records, batch.corrections, batch.withdrawals) == (1, 1, 0)
    body = batch_body(both, batch.path)
    assert [r["nik"] for r in body["records"]] == [new]
    assert body["corrections"] == [{
        "nik": niks[0], "changes": done.changes, "reason": "nama dan ibu kandung sesuai KK",
        "at": clock.now().isoformat(), "by": "siti",
    }]  # fmt: skip
    result = receive(both, batch)
    assert (result.new, result.corrections_applied, result.unapplied) == (1, 1, [])
    row = on_district(both, niks[0])
    assert (row["name"], row["mother_name"], row["phone"], row["rt"]) == (
        "Siti Aminah", "Ibu Kandung", "+6281234567890", "003")  # fmt: skip
    assert row["status"] == "submitted"
    [applied] = events(both.district.store, "candidate.correct")
    assert "nama dan ibu kandung sesuai KK" in applied.reason
    assert json.loads(applied.before)["name"].startswith("Pekerja Nomor")
    assert bpjs_changes(both.district.store, both.district.admin) == []  # not enrolled yet
    assert run_doctor(both.district.store).ok and run_doctor(v.store).ok


def test_correcting_an_enrolled_participant_is_listed_for_bpjs(both, rng) -> None:
    [nik] = both.register(rng, 1)
    receive(both, send(both))
    enroll(both, [nik])
    v = both.village
    done = correct(v, v.operator, nik, {"occupation": "nelayan"}, "pekerjaan")
    assert done.bpjs and done.changes == {"occupation_code": "P003"}
    result = receive(both, send(both))
    assert (result.corrections_applied, result.for_bpjs) == (1, 1)
    [told] = bpjs_changes(both.district.store, both.district.admin)
    assert (told.kind, told.nik, told.changes, told.status) == (
        "correction", nik, {"occupation_code": "P003"}, "enrolled")  # fmt: skip
    assert told.kpj == on_district(both, nik)["kpj"]


def test_correction_refusals_change_nothing(both, rng) -> None:
    [nik] = both.register(rng, 1)
    send(both)
    v = both.village
    fresh = make_nik(rng, birth=date(1981, 2, 3), sex="L", serial=9001)
    register_candidate(
        v.store,
        v.operator,
        CandidateFields(
            nik=fresh, name="Belum Dikirim", sex="L", birth_date="1981-02-03", occupation="P006"
        ),
    )
    before = snapshot(v.store)
    ok = {"name": "Nama Benar"}
    refused("CORRECTION_REASON_REQUIRED", correct_candidate, v.store, v.operator, nik, ok, " ")
    refused("CORRECTION_NIK", correct_candidate, v.store, v.operator, nik,
            {"nik": "3509010101800009"}, "NIK salah")  # fmt: skip
    for locked in ("village_code", "status", "kpj", "coverage_end"):
        refused("CORRECTION_FIELD_LOCKED", correct_candidate, v.store, v.operator, nik,
                {locked: "x"}, "alasan")  # fmt: skip
    refused("CORRECTION_FIELD_UNKNOWN", correct_candidate, v.store, v.operator, nik,
            {"hobby": "x"}, "alasan")  # fmt: skip
    refused("CORRECTION_NOTHING", correct_candidate, v.store, v.operator, nik, {}, "alasan")
    current = on_village(both, nik)
    refused("CORRECTION_NOTHING", correct_candidate, v.store, v.operator, nik,
            {"name": current["name"]}, "alasan")  # fmt: skip
    # The full rules must pass on the corrected record: too young at the coverage start.
    refused("AGE_TOO_YOUNG", correct_candidate, v.store, v.operator, nik,
            {"birth_date": "2015-01-01"}, "tanggal lahir sesuai KK")  # fmt: skip
    refused("NAME_EMPTY", correct_candidate, v.store, v.operator, nik, {"name": ""}, "alasan")
    refused("CORRECTION_NOT_SENT", correct_candidate, v.store, v.operator, fresh, ok, "alasan")
    refused("ROLE_FORBIDDEN", correct_candidate, v.store, v.verifier, nik, ok, "alasan")
    d = both.district
    refused("ROLE_WRONG_INSTALLATION", correct_candidate, d.store, d.admin, nik, ok, "alasan")
    assert snapshot(v.store) == before
    withdraw(v, v.operator, nik, "meninggal dunia")
    refused("CORRECTION_NOT_SENT", correct_candidate, v.store, v.operator, nik, ok, "alasan")


# --- what the district does not apply ----------------------------------------------------------


def test_unknown_and_other_village_niks_are_reported_never_applied(both, rng) -> None:
    d = both.district
    other = make_village(both.tmp, "desa2", "35.09.01.2002", d, both.program_file)
    try:
        # The same person proposed by both villages: the other village's record came first.
        shared = make_nik(rng, birth=date(1975, 4, 5), sex="P", serial=7001)
        for site in (other, both.village):
            register_candidate(site.store, site.operator, CandidateFields(
                nik=shared, name="Dewi Lestari", sex="P", birth_date="1975-04-05",
                occupation="P006"))  # fmt: skip
            decide(site.store, site.verifier, [shared])
        receive(both, send(both, other))
        [mine] = both.register(rng, 1)
        first = send(both)  # not read by the district yet
        v = both.village
        correct(v, v.operator, shared, {"name": "Dewi Lestary"}, "ejaan")
        withdraw(v, v.operator, mine, "mengundurkan diri")
        second = send(both)
        theirs = on_district(both, shared)

        result = receive(both, second)  # read before the batch that holds 'mine'
        assert result.outcome == "accepted"  # the batch is not refused for it
        assert (result.corrections_applied, result.withdrawals_applied) == (0, 0)
        outcomes = {(u["kind"], u["outcome"]) for u in result.unapplied}
        assert outcomes == {("correction", "other_station"), ("withdrawal", "unknown")}
        assert all("•" in u["nik"] for u in result.unapplied)  # masked in reports
        assert on_district(both, shared) == theirs  # the other village's record: untouched
        with d.store.session() as s:
            kept = list(s.exec(select(CandidateChange).where(CandidateChange.direction == "in")))
        assert {c.outcome for c in kept} == {"other_station", "unknown"}
        assert not any(c.bpjs for c in kept)

        result = receive(both, first)  # now 'mine' arrives (and 'shared' clashes)
        assert (result.new, result.conflicts) == (1, 1)
        assert on_district(both, mine)["status"] == "submitted"  # the withdrawal was not kept

        correct(v, v.operator, shared, {"name": "Dewi Lestari"}, "ejaan lagi")
        [conflict] = list_conflicts(d.store, d.admin)
        decide_conflict(d.store, d.admin, conflict.id, replace=False, reason="KK desa Keting")
        withdraw(v, v.operator, shared, "pindah domisili")
        result = receive(both, send(both))
        assert {(u["kind"], u["outcome"]) for u in result.unapplied} == {
            ("correction", "other_station"), ("withdrawal", "other_station")}  # fmt: skip
        assert "35.09.01.2002" in result.unapplied[0]["reason"]
        assert on_district(both, shared) == theirs
        assert run_doctor(d.store).ok
    finally:
        other.store.close()


def test_withdrawing_a_nik_still_in_conflict_withdraws_only_that_proposal(both, rng) -> None:
    d = both.district
    other = make_village(both.tmp, "desa2", "35.09.01.2002", d, both.program_file)
    try:
        shared = make_nik(rng, birth=date(1975, 4, 5), sex="P", serial=7002)
        for site in (other, both.village):
            register_candidate(site.store, site.operator, CandidateFields(
                nik=shared, name="Dewi Lestari", sex="P", birth_date="1975-04-05",
                occupation="P006"))  # fmt: skip
            decide(site.store, site.verifier, [shared])
            receive(both, send(both, site))
        theirs = on_district(both, shared)
        withdraw(both.village, both.village.operator, shared, "salah desa")
        result = receive(both, send(both))
        assert (result.withdrawals_applied, result.unapplied) == (1, [])
        assert list_conflicts(d.store, d.admin) == []  # nothing left to decide
        with d.store.session() as s:
            assert s.exec(select(Conflict.status)).one() == "withdrawn"
        assert on_district(both, shared) == theirs
        assert run_doctor(d.store).ok
    finally:
        other.store.close()


def test_a_correction_that_breaks_the_rules_at_the_district_is_reported(both, rng) -> None:
    """A village with an older app (or another tool) could send what the rules refuse: the
    district checks every correction again and keeps the record as it was."""
    niks = both.register(rng, 2)
    receive(both, send(both))
    v = both.village
    program_id = get_program_id(v.store)
    crafted = [
        ("correction", niks[0], {"changes": {"birth_date": "2015-01-01"}, "reason": "x"}),
        ("correction", niks[0], {"changes": {"kpj": "26000000001"}, "reason": "x"}),
        ("correction", niks[0], {"changes": {"name": ["Siti"]}, "reason": "x"}),
        ("withdrawal", niks[1], {"reason": ""}),
        ("withdrawal", "35090101", {"reason": "x"}),
    ]
    with v.store.session() as s:
        for kind, nik, body in crafted:
            s.add(CandidateChange(
                program_id=program_id, direction="out", kind=kind, nik=nik,
                payload=json.dumps({**body, "at": "2026-03-02T08:30:00+00:00", "by": "siti"}),
                created_at=clock.now(), created_by="siti", verified_by="budi",
                verified_at=clock.now()))  # fmt: skip
    before = [on_district(both, n) for n in niks]
    result = receive(both, send(both))
    assert result.outcome == "accepted"
    assert [u["outcome"] for u in result.unapplied] == [
        "rules", "invalid", "invalid", "invalid", "invalid"]  # fmt: skip
    assert "di bawah batas program" in result.unapplied[0]["reason"]
    assert [on_district(both, n) for n in niks] == before
    assert events(both.district.store, "candidate.correct") == []
    assert run_doctor(both.district.store).ok


# --- the batch file ----------------------------------------------------------------------------


def test_a_failed_write_keeps_the_changes_queued(both, rng, monkeypatch) -> None:
    [nik] = both.register(rng, 1)
    send(both)
    v = both.village
    correct(v, v.operator, nik, {"name": "Nama Benar"}, "sesuai KTP")

    def broken(*_args):
        raise container.refuse("PAYLOAD_ALTERED")

    monkeypatch.setattr(batches.container, "verify", broken)
    refused("PAYLOAD_ALTERED", send, both)
    assert not list((both.tmp / "usb").glob("*-0002.lkbatch"))
    assert [c.batch_sequence for c in queue(v.store)] == [None]
    monkeypatch.undo()
    assert send(both).corrections == 1
    assert [c.batch_sequence for c in queue(v.store)] == [2]


def test_a_malformed_change_list_refuses_the_whole_batch(both, rng, monkeypatch) -> None:
    [nik] = both.register(rng, 1)
    receive(both, send(both))
    withdraw(both.village, both.village.operator, nik, "meninggal dunia")
    monkeypatch.setattr(batches, "wire_changes", lambda _changes: ("bukan daftar", []))
    batch = send(both)
    before = snapshot(both.district.store)
    result = receive(both, batch)
    assert (result.outcome, result.code) == ("refused", "PAYLOAD_INVALID")
    assert snapshot(both.district.store) == before


def test_a_corrected_value_that_would_be_dropped_refuses_the_correction(both, rng) -> None:
    """A phone that is not a phone number would be stored as empty (a warning on entry): as a
    correction it would silently delete the good number, so it is refused instead."""
    [nik] = both.register(rng, 1)
    receive(both, send(both))
    v = both.village
    correct(v, v.operator, nik, {"phone": "0812 3456 7890"}, "nomor baru")
    with pytest.raises(DomainError) as refused:
        correct(v, v.operator, nik, {"phone": "123"}, "nomor baru lagi")
    assert refused.value.code == "CORRECTION_VALUE_NOT_KEPT"
    assert 'nomor HP "123"' in refused.value.finding.message
    assert on_village(both, nik)["phone"] == "+6281234567890"
    assert len(events(v.store, "candidate.correct")) == 1


def test_bpjs_enrolling_someone_withdrawn_meanwhile_puts_it_on_the_bpjs_list(
    both, rng, tmp_path
) -> None:
    """The workbook went to BPJS, then the village withdrew the person (died), then BPJS
    answers with a KPJ: the KPJ is kept on the record, the withdrawal goes on the "perubahan
    untuk BPJS" list so the district asks BPJS to end it, and reading the answer again changes
    nothing."""
    import openpyxl

    from lingkaran_desktop.services.bpjs import export_registration, import_result

    [nik] = both.register(rng, 1)
    receive(both, send(both))
    d, v = both.district, both.village
    export_registration(d.store, d.admin, tmp_path / "daftar-bpjs.xlsx")
    withdraw(v, v.operator, nik, "meninggal dunia")
    got = receive(both, send(both))
    assert (got.withdrawals_applied, got.for_bpjs) == (1, 0)
    assert bpjs_changes(d.store, d.admin) == []
    answer = openpyxl.Workbook()
    answer.active.append(["NIK", "No. KPJ", "Keterangan"])
    answer.active.append([nik, "26000000123", "Berhasil"])
    answer.save(tmp_path / "jawaban.xlsx")
    report = import_result(d.store, d.admin, tmp_path / "jawaban.xlsx")
    assert (report.withdrawn_enrolled, report.invalid, report.enrolled) == ([2], [], 0)
    row = on_district(both, nik)
    assert (row["status"], row["kpj"]) == ("rejected", "26000000123")
    [change] = bpjs_changes(d.store, d.admin)
    assert (change.nik, change.kind, change.kpj) == (nik, "withdrawal", "26000000123")
    again = import_result(d.store, d.admin, tmp_path / "jawaban.xlsx")
    assert again.already_read and (again.rows, again.withdrawn_enrolled) == (0, [])
    answer.active.append([make_nik(rng, birth=date(1980, 1, 1)), None, "tidak dikenal"])
    answer.save(tmp_path / "jawaban-2.xlsx")  # a later answer repeating the line
    later = import_result(d.store, d.admin, tmp_path / "jawaban-2.xlsx")
    assert (later.unchanged, later.withdrawn_enrolled, later.invalid) == (1, [], [])
    assert run_doctor(d.store).ok


def test_no_changes_for_bpjs_writes_no_workbook_and_says_so(both, tmp_path) -> None:
    from lingkaran_desktop.services.bpjs import write_bpjs_changes

    out = tmp_path / "perubahan.xlsx"
    with pytest.raises(DomainError) as refused:
        write_bpjs_changes(both.district.store, both.district.admin, out)
    assert refused.value.code == "BPJS_NO_CHANGES"
    assert "belum diteruskan ke BPJS" in refused.value.finding.message
    assert not out.exists()


# --- four eyes ---------------------------------------------------------------------------------


def test_a_correction_or_withdrawal_waits_for_a_second_person(both, rng) -> None:
    """DOMAIN: the person who verifies is not the person who entered. A change to a sent record
    is only a request until someone else approves it: the record stays as it was, nothing
    leaves, and the one who asked cannot approve it (an admin may ask, then a verifier
    approves). Approved: applied and sent. Declined: nothing changes, nothing is sent."""
    niks = both.register(rng, 3)
    receive(both, send(both))
    v = both.village
    asked = withdraw_candidate(v.store, v.admin, niks[0], "meninggal dunia")
    sex = on_village(both, niks[1])["sex"]
    other = "P" if sex == "L" else "L"
    fixed = correct_candidate(v.store, v.operator, niks[1], {"sex": other}, "jenis kelamin salah")
    wrong = withdraw_candidate(v.store, v.operator, niks[2], "salah orang")
    assert asked.queued and asked.change_id and asked.candidate["status"] == "submitted"
    assert [on_village(both, n)["status"] for n in niks] == ["submitted"] * 3
    assert on_village(both, niks[1])["sex"] == sex  # not applied yet
    assert pending_changes(v.store, v.admin) == PendingChanges(0, 0, to_check=3)
    with pytest.raises(DomainError) as nothing:
        send(both)  # nothing approved: nothing to send
    assert nothing.value.code == "NOTHING_TO_SEND_CHANGES_WAITING"
    assert "3 koreksi/penarikan masih menunggu" in nothing.value.finding.message

    waiting = changes_to_check(v.store, v.verifier)
    assert [(r.kind, r.by) for r in waiting] == [
        ("withdrawal", "admin"), ("correction", "siti"), ("withdrawal", "siti")]  # fmt: skip
    assert waiting[1].what() == f"jenis kelamin: {sex} → {other}"
    refused("CHANGE_FOUR_EYES", approve_change, v.store, v.admin, asked.change_id)
    refused("ROLE_FORBIDDEN", approve_change, v.store, v.operator, asked.change_id)
    refused("CHANGE_DECLINE_REASON_REQUIRED", decline_change, v.store, v.verifier,
            wrong.change_id, " ")  # fmt: skip
    approve_change(v.store, v.verifier, asked.change_id)
    approve_change(v.store, v.admin, fixed.change_id)
    decline_change(v.store, v.verifier, wrong.change_id, "orangnya masih bekerja")
    refused("CHANGE_NOT_WAITING", approve_change, v.store, v.verifier, wrong.change_id)
    assert changes_to_check(v.store, v.verifier) == []
    [told] = changes_to_check(v.store, v.operator, declined=True)  # the one who asked hears it
    assert (told.id, told.by, told.declined_by, told.declined_reason) == (
        wrong.change_id, "siti", "budi", "orangnya masih bekerja")  # fmt: skip

    assert on_village(both, niks[0])["status"] == "rejected"
    assert on_village(both, niks[1])["sex"] == other
    assert on_village(both, niks[2])["status"] == "submitted"  # declined: as it was
    [approval] = events(v.store, "change.approve.withdrawal")
    assert (approval.actor, approval.entity, approval.entity_id) == (
        "budi", "candidate_change", asked.change_id)  # fmt: skip
    [declined] = events(v.store, "change.decline.withdrawal")
    assert declined.reason == "orangnya masih bekerja"

    batch = send(both)
    assert (batch.records, batch.corrections, batch.withdrawals) == (0, 1, 1)
    body = batch_body(both, batch.path)
    assert [w["nik"] for w in body["withdrawals"]] == [niks[0]]
    assert body["corrections"][0]["by"] == "siti"  # who asked travels with it
    receive(both, batch)
    assert on_district(both, niks[2])["status"] == "submitted"
    assert run_doctor(v.store).ok and run_doctor(both.district.store).ok


def test_a_correction_that_no_longer_holds_when_checked_is_refused(both, rng) -> None:
    """The rules are checked again at approval, against the record as it is then: two requests
    that each hold alone cannot together slip a record outside the rules."""
    [nik] = both.register(rng, 1)
    receive(both, send(both))
    v = both.village
    first = correct_candidate(v.store, v.operator, nik, {"name": "Siti Aminah"}, "ejaan")
    again = correct_candidate(v.store, v.operator, nik, {"name": "Siti Aminah"}, "ejaan lagi")
    approve_change(v.store, v.verifier, first.change_id)
    refused("CORRECTION_NOTHING", approve_change, v.store, v.verifier, again.change_id)
    decline_change(v.store, v.verifier, again.change_id, "sudah diperbaiki")
    assert on_village(both, nik)["name"] == "Siti Aminah"
