"""The loop after a "no": a record the district (its rules, BPJS, a NIK conflict) rejected is
corrected at the village and sent again; and the village hears which of its corrections and
withdrawals the district did not apply."""

from __future__ import annotations

import json
import re
import zipfile
from datetime import UTC, date, datetime
from pathlib import Path

import openpyxl
from sqlmodel import select

from lingkaran_desktop import clock
from lingkaran_desktop.domain.candidate import CandidateFields
from lingkaran_desktop.excel.file_dates import saved_at
from lingkaran_desktop.services.batches import export_results, import_results
from lingkaran_desktop.services.bpjs import import_result
from lingkaran_desktop.services.candidates import (
    decide,
    fields_of,
    register_candidate,
    update_candidate,
)
from lingkaran_desktop.services.conflicts import decide_conflict, list_conflicts
from lingkaran_desktop.services.doctor import run_doctor
from lingkaran_desktop.services.trust import load_program, publish_program
from lingkaran_desktop.store.models import Candidate, CandidateChange, Conflict
from tests.conftest import make_nik
from tests.exchange.conftest import (
    Site,
    World,
    bpjs_answers,
    correct,
    enroll,
    make_village,
    receive,
    results_back,
    send,
    withdraw,
)
from tests.exchange.test_batches import snapshot
from tests.exchange.test_changes import events, on_district, on_village

ENGINES = ("sqlite", "postgresql")


def correct_and_verify(w: World, nik: str, site: Site | None = None, **changes) -> None:
    """The officer fixes a rejected record (worker edit: back to proposed); another verifies."""
    site = site or w.village
    fields = fields_of(on_village(w, nik, site))
    for name, value in changes.items():
        setattr(fields, name, value)
    edited = update_candidate(site.store, site.operator, nik, fields, "diperbaiki sesuai KK")
    assert edited.candidate["status"] == "proposed"
    decide(site.store, site.verifier, [nik])


def stored(site: Site, nik: str) -> Candidate:
    """The row itself (its id and the batch it last came or left in)."""
    with site.store.session() as s:
        return s.exec(select(Candidate).where(Candidate.nik == nik)).one()


def doctors_ok(*sites: Site) -> None:
    for site in sites:
        report = run_doctor(site.store)
        assert report.ok, [p.message for p in report.problems]


def out_changes(site: Site) -> list[CandidateChange]:
    with site.store.session() as s:
        return list(
            s.exec(
                select(CandidateChange)
                .where(CandidateChange.direction == "out")
                .order_by(CandidateChange.id)
            )
        )


# --- 1. a rejected record, corrected and sent again ----------------------------------------------


def test_bpjs_rejection_corrected_at_the_village_reaches_the_district_again(both, rng) -> None:
    v, d = both.village, both.district
    wrong, fine, late = both.register(rng, 3)
    receive(both, send(both))
    bpjs_answers(both, {wrong: "Nama ibu kandung tidak sesuai data Dukcapil", fine: None})
    [back] = results_back(both)
    assert (back.outcome, back.updated) == ("accepted", 2)
    mine = on_village(both, wrong)
    assert mine["status"] == "rejected" and "ibu kandung" in mine["rejection_reason"]

    correct_and_verify(both, wrong, mother_name="Sumiati")
    batch = send(both)  # the corrected record leaves again, with its new data
    assert (batch.sequence, batch.records) == (2, 1)
    assert (stored(v, wrong).status, stored(v, wrong).batch_sequence) == ("submitted", 2)

    # A result file written before the district read batch 2 (BPJS answered for another
    # record) still says "rejected": an older decision, which must not undo what was sent since.
    bpjs_answers(both, {late: None})
    [early] = results_back(both)
    assert (early.outcome, early.updated) == ("accepted", 1)
    assert on_village(both, late)["status"] == "enrolled"
    assert on_village(both, wrong)["status"] == "submitted"

    result = receive(both, batch)
    assert result.outcome == "accepted", result
    assert (result.new, result.resubmitted, result.rejected, result.conflicts) == (0, 1, 0, 0)
    row = on_district(both, wrong)
    assert (row["status"], row["mother_name"], row["rejection_reason"]) == (
        "submitted", "Sumiati", None)  # fmt: skip
    assert (stored(d, wrong).batch_sequence, row["kpj"]) == (2, None)
    [event] = events(d.store, "candidate.resubmit")
    assert event.entity_id == stored(d, wrong).id and "diajukan ulang" in event.reason
    before, after = json.loads(event.before), json.loads(event.after)
    assert (before["status"], after["status"]) == ("rejected", "submitted")
    assert (before["mother_name"], after["mother_name"]) == (None, "Sumiati")
    assert "ibu kandung" in before["rejection_reason"] and after["rejection_reason"] is None
    doctors_ok(d, v)

    # It waits for BPJS like any new arrival, and comes back enrolled.
    enroll(both, [wrong])
    assert on_village(both, wrong)["status"] == "enrolled" and on_village(both, wrong)["kpj"]
    assert on_district(both, fine)["status"] == "enrolled"
    doctors_ok(d, v)

    snap = snapshot(d.store)  # replaying the batch changes nothing
    assert receive(both, batch).outcome == "already_imported"
    assert snapshot(d.store) == snap


def test_district_rule_rejection_stays_rejected_until_the_record_passes(both, rng) -> None:
    """The district tightened its program (desil at most 4) before the village loaded it."""
    v, d = both.village, both.district
    nik = make_nik(rng, birth=date(1982, 3, 4), sex="L", serial=8101)
    register_candidate(v.store, v.operator, CandidateFields(
        nik=nik, name="Slamet Riyadi", sex="L", birth_date="1982-03-04", occupation="P006",
        desil=6))  # fmt: skip
    decide(v.store, v.verifier, [nik])
    stricter = both.tmp / "program-desil.lkprog"
    publish_program(d.store, d.admin, stricter, name="Lingkaran Cinta 2026", year=2026,
                    start=date(2026, 1, 1), months=12, quota_per_village=100,
                    max_desil=4)  # fmt: skip
    result = receive(both, send(both))
    assert (result.new, result.rejected) == (1, 1)
    results_back(both)
    assert "di atas batas program" in on_village(both, nik)["rejection_reason"]

    # Corrected, but not what the district's rules need: checked again, rejected again, with
    # the reason, and the village hears it.
    correct_and_verify(both, nik, name="Slamet Riyadi Putra")
    result = receive(both, send(both))
    assert (result.new, result.resubmitted, result.rejected) == (0, 1, 1)
    row = on_district(both, nik)
    assert (row["status"], row["name"], stored(d, nik).batch_sequence) == (
        "rejected", "Slamet Riyadi Putra", 2)  # fmt: skip
    assert "di atas batas program" in row["rejection_reason"]
    assert "ditolak lagi" in events(d.store, "candidate.resubmit")[0].reason
    [back] = results_back(both)
    assert back.updated == 1 and on_village(both, nik)["status"] == "rejected"

    # The village loads the new profile, finds the right desil in DTSEN and sends it again.
    load_program(v.store, v.admin, stricter)
    correct_and_verify(both, nik, desil=3)
    result = receive(both, send(both))
    assert (result.resubmitted, result.rejected) == (1, 0)
    row = on_district(both, nik)
    assert (row["status"], row["desil"], row["rejection_reason"]) == ("submitted", 3, None)
    assert len(events(d.store, "candidate.resubmit")) == 2
    doctors_ok(d, v)


def test_only_a_rejected_record_of_the_same_village_is_taken_again(both, rng) -> None:
    """Submitted, enrolled or ended records sent again by their village are still skipped."""
    v, d = both.village, both.district
    niks = both.register(rng, 3)
    receive(both, send(both))
    enroll(both, niks[1:2])
    withdraw(v, v.operator, niks[1], "meninggal dunia")  # enrolled -> ended
    receive(both, send(both))
    statuses = {n: on_district(both, n)["status"] for n in niks}
    assert statuses == {niks[0]: "submitted", niks[1]: "ended", niks[2]: "submitted"}
    # The same records once more, in a batch of their own (a village database restored from an
    # old backup, say): nothing changes at the district.
    with v.store.session() as s:
        for row in s.exec(select(Candidate)):
            row.status, row.batch_sequence = "verified", None  # as before the first batch
    before = {n: on_district(both, n) for n in niks}
    result = receive(both, send(both))
    assert (result.outcome, result.records, result.new, result.resubmitted) == (
        "accepted", 3, 0, 0)  # fmt: skip
    assert result.conflicts == 0
    assert {n: on_district(both, n) for n in niks} == before
    doctors_ok(d)


def test_withdrawn_then_proposed_again_before_the_batch_left(both, rng) -> None:
    """Withdrawn by mistake, corrected and verified again: the batch carries the withdrawal and
    the record; the district applies the withdrawal, then takes the record again."""
    v, d = both.village, both.district
    nik, unheard = both.register(rng, 2)
    receive(both, send(both))
    bpjs_answers(both, {unheard: "NIK tidak ditemukan"})  # the village has not heard it yet
    for each in (nik, unheard):
        withdraw(v, v.operator, each, "salah pilih orang")
        correct_and_verify(both, each, phone="081234567890")
    batch = send(both)
    assert (batch.records, batch.withdrawals) == (2, 2)
    result = receive(both, batch)
    assert (result.withdrawals_applied, result.resubmitted, result.new) == (1, 2, 0)
    [not_applied] = result.unapplied  # already rejected there: nothing to withdraw
    assert (not_applied["kind"], not_applied["outcome"]) == ("withdrawal", "status")
    for each in (nik, unheard):
        row = on_district(both, each)
        assert (row["status"], row["phone"], row["rejection_reason"]) == (
            "submitted", "+6281234567890", None)  # fmt: skip
    [withdrawn] = events(d.store, "candidate.withdraw")
    assert withdrawn.entity_id == stored(d, nik).id
    doctors_ok(d, v)


def test_a_conflict_lost_stays_lost_while_the_other_record_runs(both, rng) -> None:
    """Decision: a village whose proposal lost a decided NIK conflict cannot reopen it by
    proposing the NIK again; it is refused again with the reason. Once the winning record no
    longer runs (withdrawn, rejected), proposing it again is a new conflict to decide."""
    d = both.district
    other = make_village(both.tmp, "desa2", "35.09.01.2002", d, both.program_file)
    try:
        nik = make_nik(rng, birth=date(1975, 4, 5), sex="P", serial=7101)
        for site in (other, both.village):
            register_candidate(site.store, site.operator, CandidateFields(
                nik=nik, name="Dewi Lestari", sex="P", birth_date="1975-04-05",
                occupation="P006"))  # fmt: skip
            decide(site.store, site.verifier, [nik])
            receive(both, send(both, site))
        [conflict] = list_conflicts(d.store, d.admin)
        decide_conflict(d.store, d.admin, conflict.id, replace=False, reason="KK desa 2002")
        results_back(both)
        lost = on_village(both, nik)
        assert lost["status"] == "rejected" and "35.09.01.2002" in lost["rejection_reason"]

        correct_and_verify(both, nik, address="Dusun Krajan")
        result = receive(both, send(both))  # batch 2
        assert (result.new, result.conflicts, result.refused_again) == (0, 0, 1)
        assert list_conflicts(d.store, d.admin) == []  # nothing new to decide
        [event] = events(d.store, "conflict.reproposed")
        assert json.loads(event.after) == {"sequence": 2} and "tetap ditolak" in event.reason
        assert on_district(both, nik)["village_code"] == "35.09.01.2002"
        [back] = results_back(both)
        assert back.updated == 1
        again = on_village(both, nik)
        assert again["status"] == "rejected" and "35.09.01.2002" in again["rejection_reason"]
        doctors_ok(d, both.village)

        # The other village withdraws the person: a new proposal is a new conflict.
        withdraw(other, other.operator, nik, "pindah domisili")
        receive(both, send(both, other))
        correct_and_verify(both, nik, address="Dusun Krajan RT 3")
        [newcomer] = both.register(rng, 1)
        result = receive(both, send(both))  # batch 3
        assert (result.new, result.conflicts, result.refused_again) == (1, 1, 0)
        assert len(list_conflicts(d.store, d.admin)) == 1
        # The next result file still holds the old decision, about batch 2: it does not touch
        # the record sent again in batch 3.
        enroll(both, [newcomer])
        assert on_village(both, newcomer)["status"] == "enrolled"
        assert on_village(both, nik)["status"] == "submitted"
        with d.store.session() as s:
            assert sorted(s.exec(select(Conflict.status))) == ["kept", "open"]
        doctors_ok(d, both.village, other)
    finally:
        other.store.close()


# --- 2. the village hears which changes were not applied ---------------------------------------


def test_changes_the_district_did_not_apply_come_back_to_the_village(both, rng) -> None:
    v, d = both.village, both.district
    other = make_village(both.tmp, "desa2", "35.09.01.2002", d, both.program_file)
    try:
        shared = make_nik(rng, birth=date(1975, 4, 5), sex="P", serial=7201)
        for site in (other, both.village):
            register_candidate(site.store, site.operator, CandidateFields(
                nik=shared, name="Dewi Lestari", sex="P", birth_date="1975-04-05",
                occupation="P006"))  # fmt: skip
            decide(site.store, site.verifier, [shared])
        receive(both, send(both, other))
        [mine] = both.register(rng, 1)
        receive(both, send(both))  # 'shared' clashes; 'mine' arrives
        bpjs_answers(both, {mine: "NIK tidak ditemukan di Dukcapil"})  # the village not told yet

        correct(v, v.operator, shared, {"name": "Dewi Lestary"}, "ejaan KTP")
        withdraw(v, v.operator, mine, "mengundurkan diri")
        result = receive(both, send(both))  # batch 2
        assert {(u["kind"], u["outcome"]) for u in result.unapplied} == {
            ("correction", "other_station"), ("withdrawal", "status")}  # fmt: skip

        [back] = results_back(both)
        assert back.outcome == "accepted"
        assert sorted((u["kind"], u["outcome"], u["batch"]) for u in back.unapplied) == [
            ("correction", "other_station", 2), ("withdrawal", "status", 2)]  # fmt: skip
        by_kind = {u["kind"]: u for u in back.unapplied}
        assert "35.09.01.2002" in by_kind["correction"]["reason"]
        assert by_kind["correction"]["code"] == "CHANGE_OTHER_STATION"
        assert "•" in by_kind["withdrawal"]["nik"] and "ditolak" in by_kind["withdrawal"]["reason"]
        queued = {c.kind: c for c in out_changes(v)}
        assert (queued["correction"].outcome, queued["withdrawal"].outcome) == (
            "other_station", "status")  # fmt: skip
        assert "35.09.01.2002" in queued["correction"].detail
        learnt = events(v.store, "change.not_applied")
        assert sorted(e.entity_id for e in learnt) == sorted(c.id for c in queued.values())
        assert all(e.entity == "candidate_change" and e.reason.startswith("result ")
                   for e in learnt)  # fmt: skip
        # Withdrawn here, rejected there by BPJS: the record is rejected on both sides.
        assert on_village(both, mine)["status"] == "rejected"
        doctors_ok(d, v)

        # The same file again, and a later cumulative one: nothing new is learnt or recorded.
        snap = snapshot(v.store)
        assert import_results(v.store, v.verifier, Path(back.file)).outcome == "already_imported"
        assert snapshot(v.store) == snap
        [nik_other] = both.register(rng, 1)
        receive(both, send(both))
        bpjs_answers(both, {nik_other: None})
        [later] = results_back(both)
        assert (later.outcome, later.unapplied, later.updated) == ("accepted", [], 1)
        assert len(events(v.store, "change.not_applied")) == 2
        assert [(c.outcome, c.detail) for c in out_changes(v)] == [
            (c.outcome, c.detail) for c in queued.values()]  # fmt: skip
        doctors_ok(d, v)
    finally:
        other.store.close()


def test_result_lines_name_the_batch_and_a_malformed_change_list_is_refused(
    both, rng, monkeypatch
) -> None:
    """The result file stays format version 1 (its new keys are optional for a reader); a
    malformed ``changes`` list refuses the file and changes nothing, like any malformed result."""
    from lingkaran_desktop.services import batches

    [nik] = both.register(rng, 1)
    receive(both, send(both))
    bpjs_answers(both, {nik: "Data tidak lengkap"})
    [written] = export_results(both.district.store, both.district.admin, both.tmp / "usb")
    body = _result_body(both, written.path)
    assert body["results"][0]["batch"] == 1 and body["changes"] == []

    real = batches._change_lines
    for bad in (
        [{"kind": "koreksi"}],
        "bukan daftar",
        [{"nik": "3509", "kind": "correction", "outcome": "unknown", "batch": "2"}],
    ):
        monkeypatch.setattr(batches, "_change_lines", lambda _p, bad=bad: real({"changes": bad}))
        snap = snapshot(both.village.store)
        refused = import_results(both.village.store, both.village.verifier, Path(written.path))
        assert (refused.outcome, refused.code) == ("refused", "PAYLOAD_INVALID")
        assert snapshot(both.village.store) == snap
    monkeypatch.undo()
    done = import_results(both.village.store, both.village.verifier, Path(written.path))
    assert (done.outcome, done.updated) == ("accepted", 1)


def _result_body(w: World, path: str) -> dict:
    from lingkaran_desktop.exchange import container
    from lingkaran_desktop.services.batches import payload_info
    from lingkaran_desktop.services.keyring import open_station_keys

    envelope = container.unpack(container.read_file(Path(path)), "result")
    m = envelope.manifest
    with w.village.store.session() as s:
        keys = open_station_keys(s, w.village.admin.name, w.village.admin.key)
    info = payload_info("result", m["program_uid"], m["sender"], m["recipient"], m["sequence"])
    return container.decode_json(container.decrypt(envelope.payload, keys.encryption, info))


def test_a_record_sent_again_queues_for_bpjs_behind_those_that_came_meanwhile(
    both, rng, tmp_path
) -> None:
    """The BPJS workbook lists records in order of arrival (quota and budget are taken in that
    order): a rejected record sent again does not jump ahead of records that arrived after its
    first sending."""
    import openpyxl

    from lingkaran_desktop.services.bpjs import export_registration

    [wrong] = both.register(rng, 1)
    receive(both, send(both))
    bpjs_answers(both, {wrong: "Nama ibu kandung tidak sesuai data Dukcapil"})
    results_back(both)
    [meanwhile] = both.register(rng, 1)
    receive(both, send(both))  # batch 2: arrived before the correction
    correct_and_verify(both, wrong, mother_name="Sumiati")
    assert receive(both, send(both)).resubmitted == 1  # batch 3
    assert stored(both.district, wrong).id < stored(both.district, meanwhile).id
    out = tmp_path / "bpjs.xlsx"
    export_registration(both.district.store, both.district.admin, out)
    sheet = openpyxl.load_workbook(out).active
    header = [c.value for c in sheet[1]]
    order = [r[header.index("NIK")].value for r in sheet.iter_rows(min_row=2)]
    assert order == [meanwhile, wrong]


# --- 2. an old BPJS answer, read after the record was fixed and sent again -----------------------


def answer_saved_on(w: World, answers: dict[str, str | None], saved: datetime, name: str) -> Path:
    """A BPJS answer workbook whose own properties say it was saved on ``saved``."""
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["NIK", "No. KPJ", "Keterangan"])
    for nik, reason in answers.items():
        sheet.append([nik, None if reason else f"26{int(nik[-6:]):09d}", reason or "Berhasil"])
    path = w.tmp / name
    book.save(path)
    stamped = w.tmp / f"stamped-{name}"
    with zipfile.ZipFile(path) as src, zipfile.ZipFile(stamped, "w") as dst:
        for item in src.infolist():
            data = src.read(item)
            if item.filename == "docProps/core.xml":
                data = re.sub(
                    rb"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)",
                    rb"\g<1>" + saved.strftime("%Y-%m-%dT%H:%M:%SZ").encode() + rb"\g<2>",
                    data,
                )
            dst.writestr(item, data)
    stamped.replace(path)
    assert saved_at(path) == saved
    return path


def test_an_old_bpjs_answer_does_not_reject_a_record_sent_again(both, rng) -> None:
    """BPJS rejects a record (answer saved 10 March); the village fixes it and the district
    reads it again on 20 March. Then another copy of the 10 March answer turns up (a different
    file, so its SHA-256 is new): its rejection answers the old sending and is not applied —
    the report says why. An answer saved after the record came in again is applied."""
    d = both.district
    wrong, other = both.register(rng, 2)
    clock.set_now(datetime(2026, 3, 5, 9, 0, tzinfo=UTC))
    receive(both, send(both))
    old = {wrong: "NIK tidak ditemukan di Dukcapil", other: None}
    first = answer_saved_on(both, old, datetime(2026, 3, 10, 3, 0, tzinfo=UTC), "jawaban.xlsx")
    clock.set_now(datetime(2026, 3, 11, 9, 0, tzinfo=UTC))
    assert import_result(d.store, d.admin, first).rejected == 1
    results_back(both)
    correct_and_verify(both, wrong, mother_name="Sumiati")
    batch = send(both)
    clock.set_now(datetime(2026, 3, 20, 9, 0, tzinfo=UTC))
    assert receive(both, batch).resubmitted == 1
    assert on_district(both, wrong)["status"] == "submitted"

    copy = answer_saved_on(both, old, datetime(2026, 3, 10, 3, 5, tzinfo=UTC), "salinan.xlsx")
    before = [on_district(both, nik) for nik in (wrong, other)]
    report = import_result(d.store, d.admin, copy)
    assert (report.rejected, report.enrolled, report.unchanged) == (0, 0, 1)
    [line] = report.invalid
    assert line["row"] == 2 and line["reason"].startswith("jawaban lama")
    assert "tidak diterapkan" in line["reason"]
    assert [on_district(both, nik) for nik in (wrong, other)] == before  # nothing changed

    fresh = answer_saved_on(
        both, {wrong: "Nama ibu tetap tidak sesuai"}, datetime(2026, 3, 25, 2, 0, tzinfo=UTC),
        "jawaban-baru.xlsx",
    )  # fmt: skip
    clock.set_now(datetime(2026, 3, 26, 9, 0, tzinfo=UTC))
    assert import_result(d.store, d.admin, fresh).rejected == 1
    row = on_district(both, wrong)
    assert (row["status"], row["rejection_reason"]) == ("rejected", "Nama ibu tetap tidak sesuai")
    doctors_ok(d)


def test_an_answer_saved_around_the_arrival_time_is_not_taken_for_an_old_one(both, rng) -> None:
    """A workbook keeps its save time to the second and BPJS's clock is not ours: an answer
    saved the same minute the record arrived (or a little before, by its clock) is applied."""
    d = both.district
    [nik] = both.register(rng, 1)
    clock.set_now(datetime(2026, 3, 5, 9, 0, 0, 700_000, tzinfo=UTC))
    receive(both, send(both))
    early = datetime(2026, 3, 5, 8, 40, tzinfo=UTC)  # 20 minutes "before", by BPJS's clock
    answer = answer_saved_on(both, {nik: "NIK tidak ditemukan"}, early, "jawaban.xlsx")
    report = import_result(d.store, d.admin, answer)
    assert (report.rejected, report.invalid) == (1, [])
    assert on_district(both, nik)["status"] == "rejected"
