"""Batches (village → district) and results (district → village).

A batch holds every verified candidate not yet sent, and the corrections and withdrawals of
records sent before (services.changes); the file is written atomically, read back and verified
before the candidates become *submitted* and the changes count as sent. The district accepts a
batch once: a replay is reported as already imported and changes nothing; anything altered,
truncated, unsigned, from an unknown station, for a program the district never published or for
another district is refused and changes nothing. A batch of one of the district's older
programs (sent after the next period was published) goes into that program.

A record the district rejected (its rules, BPJS, or a withdrawal) that the village corrects and
verifies again travels in the next batch like a new one; the district re-checks it and updates
its rejected row (``candidate.resubmit``). A village whose proposal lost a decided NIK conflict
is refused again when it proposes the same NIK while the other village's record still runs.
Result files tell each village its decided records, the corrections and withdrawals the
district did not apply, and which of its batches the decisions take into account, so that an
older decision never overwrites a record the village has sent again since.
"""

from __future__ import annotations

import hashlib
import json
import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from dateutil.relativedelta import relativedelta
from sqlalchemy import bindparam, func
from sqlmodel import Session, SQLModel, select

from lingkaran_desktop import __version__, clock
from lingkaran_desktop.domain.candidate import CandidateFields, check_candidate
from lingkaran_desktop.domain.findings import DomainError, error
from lingkaran_desktop.domain.nik import mask_nik, normalize_nik
from lingkaran_desktop.domain.status import CandidateStatus
from lingkaran_desktop.exchange import container
from lingkaran_desktop.exchange import messages as _exchange_messages  # noqa: F401
from lingkaran_desktop.services.audit import (
    AuditWriter,
    canonical_json,
    diff,
    event_row,
    last_hash,
    lock_chain,
    row_state,
)
from lingkaran_desktop.services.backup import before_bulk_import
from lingkaran_desktop.services.bulk import (
    IN_CHUNK,
    candidate_defaults,
    collector_paused,
    insert_candidates,
    insert_rows,
    names_indexed_in_bulk,
    refresh_statistics,
)
from lingkaran_desktop.services.changes import (
    APPLIED,
    CORRECTION,
    IN,
    OUT,
    OUTCOME_CODES,
    WITHDRAWAL,
    count_awaiting,
    mark_sent,
    queued_changes,
    receive_changes,
    wire_changes,
)
from lingkaran_desktop.services.conflicts import losing_records
from lingkaran_desktop.services.installation import (
    active_program,
    installation_of,
    own_programs,
    rules_of,
)
from lingkaran_desktop.services.keyring import open_station_keys
from lingkaran_desktop.services.roles import Permission
from lingkaran_desktop.services.trust import require_role
from lingkaran_desktop.services.users import Actor
from lingkaran_desktop.store.models import (
    AuditEvent,
    Candidate,
    CandidateChange,
    Conflict,
    ExchangeLedger,
    Installation,
    PeerStation,
    Program,
)
from lingkaran_desktop.store.store import Store

log = logging.getLogger("lingkaran.audit")

BATCH_KIND = "batch"
RESULT_KIND = "result"
MAX_RECORDS = 200_000

# The fields a batch record carries (docs/batch-format.md).
RECORD_FIELDS = (
    "nik", "kk", "name", "sex", "birth_place", "birth_date", "mother_name", "address", "rt",
    "rw", "village_code", "phone", "occupation_code", "income", "desil", "funding",
    "proposed_by", "notes", "warnings", "entered_by", "entered_at", "verified_by", "verified_at",
)  # fmt: skip


def payload_info(kind: str, program_uid: str, sender: str, recipient: str, sequence: int) -> bytes:
    return f"lingkaran/{kind}/v1/{program_uid}/{sender}/{recipient}/{sequence}".encode()


def _record(row: Candidate) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for name in RECORD_FIELDS:
        value = getattr(row, name)
        out[name] = value.isoformat() if isinstance(value, date | datetime) else value
    return out


def _last_sequence(session: Session, direction: str, kind: str, station_id: str) -> int:
    value = session.exec(
        select(func.max(ExchangeLedger.sequence)).where(
            ExchangeLedger.direction == direction,
            ExchangeLedger.kind == kind,
            ExchangeLedger.station_id == station_id,
        )
    ).one()
    return int(value or 0)


def _district_peer(session: Session, program: Program) -> PeerStation:
    if not program.district_station_id:
        raise DomainError(error("PROGRAM_NOT_LOADED"))
    peer = session.get(PeerStation, program.district_station_id)
    if peer is None:
        raise DomainError(error("PROGRAM_NOT_LOADED"))
    return peer


@dataclass
class ExportedBatch:
    path: str
    sequence: int
    records: int
    sha256: str
    corrections: int = 0
    withdrawals: int = 0
    program: str = ""  # the program the file belongs to (its manifest names it)
    # Village: further files of the same export, one per older program with queued changes.
    others: list[ExportedBatch] = field(default_factory=list)


def export_batch(store: Store, actor: Actor, out_dir: Path) -> ExportedBatch:
    """Village: write the next batch of verified candidates and queued corrections and
    withdrawals, then mark the candidates submitted and the changes sent.

    Corrections and withdrawals still queued in an *older* program (participants whose coverage
    there still runs, services.changes) leave in files of their own, one per program, with the
    next sequence numbers: the first file written is returned, the others in ``others``."""
    actor.require(Permission.VERIFY_CANDIDATES)
    with store.session() as session:
        require_role(session, "village")
        installation = installation_of(session)
        program = active_program(session)
        _district_peer(session, program)
        keys = open_station_keys(session, actor.name, actor.key)
        # Every verified record: never sent, or sent before, rejected (by the district, BPJS or
        # a withdrawal), corrected and verified again — a record that left in a batch is
        # submitted, enrolled, rejected or ended until it is edited back to proposed.
        rows = session.exec(
            select(Candidate)
            .where(
                Candidate.program_id == program.id,
                Candidate.status == CandidateStatus.VERIFIED.value,
            )
            .order_by(Candidate.id)
        ).all()
        todo: list[tuple[Program, list[Candidate], list[CandidateChange]]] = []
        changes = queued_changes(session, program.id or 0)
        if rows or changes:
            todo.append((program, list(rows), changes))
        for older in own_programs(session, program.district_station_id).values():
            if older.id != program.id:
                queued = queued_changes(session, older.id or 0)
                if queued:  # only changes: an older program's records no longer leave
                    todo.append((older, [], queued))
        if not todo:
            waiting = count_awaiting(session)
            if waiting:
                raise DomainError(error("NOTHING_TO_SEND_CHANGES_WAITING", count=waiting))
            raise DomainError(error("NOTHING_TO_SEND"))
        written: list[ExportedBatch] = []
        try:
            for target, records, queued in todo:
                written.append(
                    _write_batch(session, actor, installation, keys, target, records, queued,
                                 out_dir)
                )  # fmt: skip
        except BaseException:
            for done in written:  # no valid-looking file for records and changes still unsent
                Path(done.path).unlink(missing_ok=True)
            raise
        first = written[0]
        first.others = written[1:]
        return first


def _write_batch(
    session: Session, actor: Actor, installation: Installation, keys: Any, program: Program,
    rows: list[Candidate], changes: list[CandidateChange], out_dir: Path,
) -> ExportedBatch:  # fmt: skip
    """One batch file of one program; the sequence numbers run per station across programs."""
    district = _district_peer(session, program)
    corrections, withdrawals = wire_changes(changes)
    sequence = _last_sequence(session, "out", BATCH_KIND, installation.station_id) + 1
    plain = container.encode_json(
        {"records": [_record(r) for r in rows], "corrections": corrections,
         "withdrawals": withdrawals}
    )  # fmt: skip
    manifest = {
        "app_version": __version__,
        "program_uid": program.uid,
        "program_name": program.name,
        "sender": installation.station_id,
        "sender_region": installation.region_code,
        "recipient": district.station_id,
        "sequence": sequence,
        "created_at": clock.now().isoformat(),
        "record_count": len(rows),
        "correction_count": len(corrections),
        "withdrawal_count": len(withdrawals),
    }
    sealed = container.encrypt(
        plain,
        district.encryption_key,
        payload_info(
            BATCH_KIND, program.uid, installation.station_id, district.station_id, sequence
        ),
    )
    data = container.pack(BATCH_KIND, manifest, sealed, keys.signing)
    path = out_dir / f"{installation.region_code}-{sequence:04d}.lkbatch"
    container.write_atomic(path, data)
    try:
        # Read back and check what is on the stick before anything changes status.
        envelope = container.unpack(container.read_file(path), BATCH_KIND)
        container.verify(envelope, keys.signing_public)
        audit = AuditWriter(session)
        for row in rows:
            before = row_state(row)
            row.status = CandidateStatus.SUBMITTED.value
            row.batch_sequence = sequence
            row.updated_at = clock.now()
            after = row_state(row)
            b, a = diff(before, after)
            audit.record(
                actor.name, "candidate.submitted", "candidate", row.id, before=b, after=a,
                state=after, reason=f"batch {sequence}",
            )  # fmt: skip
        if changes:
            mark_sent(changes, sequence)
            audit.record(
                actor.name, "changes.sent", "exchange", None,
                after={"sequence": sequence, "corrections": len(corrections),
                       "withdrawals": len(withdrawals), "program": program.uid},
            )  # fmt: skip
        session.add(
            ExchangeLedger(
                direction="out", kind=BATCH_KIND, station_id=installation.station_id,
                sequence=sequence, sha256=envelope.sha256, filename=path.name,
                record_count=len(rows), status="sent", at=clock.now(),
            )
        )  # fmt: skip
        session.flush()
    except BaseException:
        path.unlink(missing_ok=True)  # no valid-looking file for records still unsent
        raise
    return ExportedBatch(
        str(path), sequence, len(rows), envelope.sha256, len(corrections), len(withdrawals),
        program.name,
    )


@dataclass
class ImportedFile:
    file: str
    outcome: str  # accepted | already_imported | refused
    reason: str | None = None
    code: str | None = None
    station: str | None = None
    sequence: int | None = None
    records: int = 0
    new: int = 0
    rejected: int = 0  # district: records that arrived (new or sent again) and broke a rule
    conflicts: int = 0
    updated: int = 0
    # District: records it had rejected, corrected and sent again by the same village.
    resubmitted: int = 0
    # District: NIKs proposed again by a village that lost the NIK conflict: refused again.
    refused_again: int = 0
    # District: the corrections and withdrawals a batch carried (services.changes).
    corrections_applied: int = 0
    withdrawals_applied: int = 0
    for_bpjs: int = 0  # applied to enrolled participants: BPJS must be told
    # District: changes not applied (kind, nik masked, outcome, code, reason). Village: the
    # same for its own changes the district reports as not applied, newly learnt from a result
    # file (with ``batch``, the batch that carried the change).
    unapplied: list[dict[str, Any]] = field(default_factory=list)
    # The program the file belongs to (by its manifest), and whether it is the running one: an
    # older program's file is applied to that program's records.
    program: str | None = None
    running: bool = True


def _open_envelope(
    session: Session, path: Path, kind: str, installation: Installation,
    programs: dict[str, Program],
) -> tuple[container.Envelope, PeerStation, int, Program]:  # fmt: skip
    """Unpack and check a batch or result file; ``programs``: the programs it may belong to
    (the running one and the older ones of the same district), by uid."""
    envelope = container.unpack(container.read_file(path), kind)
    m = envelope.manifest
    sender = m.get("sender")
    peer = session.get(PeerStation, sender) if isinstance(sender, str) else None
    if peer is None:
        raise container.refuse("STATION_UNKNOWN", station=str(m.get("sender_region", sender)))
    container.verify(envelope, peer.signing_key)
    if m.get("recipient") != installation.station_id:
        raise container.refuse("WRONG_RECIPIENT")
    uid = m.get("program_uid")
    program = programs.get(uid) if isinstance(uid, str) and uid else None
    if program is None:
        raise container.refuse("PROGRAM_OTHER", program=str(m.get("program_name", "?")))
    sequence = m.get("sequence")
    if not isinstance(sequence, int) or isinstance(sequence, bool) or sequence < 1:
        raise container.refuse("PAYLOAD_INVALID", detail="sequence")
    return envelope, peer, sequence, program


def _seen(
    session: Session, kind: str, peer: PeerStation, sequence: int, sha: str
) -> bool:
    previous = session.exec(
        select(ExchangeLedger).where(
            ExchangeLedger.direction == "in",
            ExchangeLedger.kind == kind,
            ExchangeLedger.station_id == peer.station_id,
            ExchangeLedger.sequence == sequence,
        )
    ).first()
    if previous is None:
        return False
    if previous.sha256 != sha:
        raise container.refuse("SEQUENCE_REUSED", sequence=sequence)
    return True


def _records(payload: Any, key: str) -> list[dict[str, Any]]:
    if not isinstance(payload, dict) or not isinstance(payload.get(key), list):
        raise container.refuse("PAYLOAD_INVALID", detail=key)
    records = payload[key]
    if len(records) > MAX_RECORDS or not all(isinstance(r, dict) for r in records):
        raise container.refuse("PAYLOAD_INVALID", detail=key)
    return records


def _text(value: Any, limit: int) -> str | None:
    if value is None:
        return None
    if not isinstance(value, str | int):
        raise container.refuse("PAYLOAD_INVALID", detail="field type")
    return str(value)[:limit]


def _when(value: Any) -> datetime | None:
    if value is None:
        return None
    try:
        parsed = datetime.fromisoformat(str(value))
    except ValueError as exc:
        raise container.refuse("PAYLOAD_INVALID", detail="timestamp") from exc
    return parsed if parsed.utcoffset() is not None else parsed.replace(tzinfo=clock.now().tzinfo)


def _fields_of(record: dict[str, Any]) -> CandidateFields:
    return CandidateFields(
        nik=_text(record.get("nik"), 40), name=_text(record.get("name"), 200),
        sex=_text(record.get("sex"), 20), birth_date=_text(record.get("birth_date"), 20),
        birth_place=_text(record.get("birth_place"), 100),
        mother_name=_text(record.get("mother_name"), 200), kk=_text(record.get("kk"), 40),
        address=_text(record.get("address"), 300), rt=_text(record.get("rt"), 5),
        rw=_text(record.get("rw"), 5), phone=_text(record.get("phone"), 30),
        occupation=_text(record.get("occupation_code"), 10), income=record.get("income"),
        desil=record.get("desil"), funding=_text(record.get("funding"), 20),
        proposed_by=_text(record.get("proposed_by"), 100), notes=_text(record.get("notes"), 1000),
        village_code=_text(record.get("village_code"), 13),
    )  # fmt: skip


def _receive_records(
    session: Session,
    actor: Actor,
    program: Program,
    peer: PeerStation,
    sequence: int,
    records: list[dict[str, Any]],
    result: ImportedFile,
    source: str,
    prev: str | None = None,
    withdrawn: frozenset[str] = frozenset(),
) -> tuple[str, list[dict[str, Any]]]:
    """Check every record again with the village's rules, then insert (or update) in bulk.

    A record that breaks a rule arrives as *rejected* with the reason (the village hears it in
    its results); a NIK another village already sent becomes a conflict for the district, or is
    refused again when this village lost a decided conflict over it and the other record still
    runs. A NIK this village sent before that the district rejected is a *re-submission*: the
    row takes the new data and the new outcome of the check (``candidate.resubmit``), and waits
    for BPJS like a new arrival. Any other NIK this village already sent is skipped.

    A record whose NIK this same batch withdraws (``withdrawn``: withdrawn, then corrected and
    verified again before the batch left) is not read now but returned, to be received once
    the batch's withdrawals are applied. Returns the audit chain's last hash and those records.
    """
    session.flush()  # ORM changes before the Core statements below (audit events in order)
    rules = rules_of(program)
    today, now = clock.today(), clock.now()
    defaults = candidate_defaults()
    del defaults["id"]
    rows: dict[str, dict[str, Any]] = {}
    incoming: dict[str, dict[str, Any]] = {}
    deferred: list[dict[str, Any]] = []
    for record in records:
        if withdrawn and normalize_nik(str(record.get("nik") or ""))[:16] in withdrawn:
            deferred.append(record)
            continue
        fields = _fields_of(record)
        if not str(fields.village_code or "").startswith(peer.region_code[:8]):
            raise container.refuse("PAYLOAD_INVALID", detail="village outside the sender's region")
        check = check_candidate(fields, rules, today)
        values = check.values
        if not values.get("nik") or not values.get("name") or values["nik"] in rows:
            raise container.refuse("PAYLOAD_INVALID", detail="record without NIK or name")
        ok = check.ok and values.get("birth_date") is not None and bool(values.get("sex"))
        row = dict(defaults)
        row.update(
            program_id=program.id,
            nik=values["nik"], kk=values.get("kk"), name=values["name"],
            sex=values.get("sex") or "L", birth_place=values.get("birth_place"),
            birth_date=values.get("birth_date") or date(1900, 1, 1),
            mother_name=values.get("mother_name"), address=values.get("address"),
            rt=values.get("rt"), rw=values.get("rw"), village_code=values["village_code"],
            phone=values.get("phone"), occupation_code=values.get("occupation_code") or "P999",
            income=values.get("income"), desil=values.get("desil"),
            funding=values.get("funding") or "APBD", proposed_by=values.get("proposed_by"),
            notes=values.get("notes"),
            warnings=",".join(sorted({w.code for w in check.warnings}))[:2000],
            status=(CandidateStatus.SUBMITTED if ok else CandidateStatus.REJECTED).value,
            rejection_reason=None if ok else "; ".join(f.message for f in check.errors)[:500],
            entered_by=_text(record.get("entered_by"), 64) or "?",
            entered_at=_when(record.get("entered_at")) or now,
            verified_by=_text(record.get("verified_by"), 64),
            verified_at=_when(record.get("verified_at")),
            source_station_id=peer.station_id, batch_sequence=sequence, updated_at=now,
        )  # fmt: skip
        rows[values["nik"]] = row
        incoming[values["nik"]] = {
            **values, "entered_by": row["entered_by"], "verified_by": row["verified_by"]
        }
    table = Candidate.__table__
    niks = list(rows)
    resubmitted: dict[int, dict[str, Any]] = {}  # the rejected row's id -> the incoming row
    elsewhere: dict[str, tuple[int, str]] = {}  # NIK -> (id, status) sent by another village
    for start in range(0, len(niks), IN_CHUNK):
        query = select(table.c.nik, table.c.id, table.c.source_station_id, table.c.status).where(
            table.c.program_id == program.id, table.c.nik.in_(niks[start : start + IN_CHUNK])
        )
        for nik, existing_id, station, status in session.execute(query):
            row = rows.pop(nik)
            if station != peer.station_id:
                elsewhere[nik] = (existing_id, status)
            elif status == CandidateStatus.REJECTED.value:
                resubmitted[existing_id] = row
            # else: sent again by the same village and still running: already here
    running = [nik for nik, (_id, status) in elsewhere.items() if status in _RUNNING]
    lost = _lost_conflicts(session, program, peer, running)
    for nik, (existing_id, _status) in elsewhere.items():
        if nik in lost:
            continue  # decided against this village before: refused again, below
        session.add(
            Conflict(
                program_id=program.id, nik=nik, existing_candidate_id=existing_id,
                station_id=peer.station_id, sequence=sequence,
                incoming=json.dumps(incoming[nik], ensure_ascii=False, default=str),
                created_at=now,
            )
        )  # fmt: skip
        result.conflicts += 1
    new_rows = list(rows.values())
    _ids, prev = insert_candidates(
        session, actor.name, new_rows, "candidate.receive", source,
        last_hash(session) if prev is None else prev,
    )  # fmt: skip
    result.new += len(new_rows)
    result.rejected += sum(r["status"] == CandidateStatus.REJECTED.value for r in new_rows)
    prev = _resubmit(session, actor, resubmitted, source, prev, result)
    prev = _refuse_again(session, actor, lost, sequence, source, prev, result)
    return prev, deferred


# A NIK another village holds in one of these states keeps a village that lost the conflict
# over it refused; once that record is rejected or ended, a new proposal is a new conflict.
_RUNNING = (CandidateStatus.SUBMITTED.value, CandidateStatus.ENROLLED.value)
# Columns a re-submission leaves as they are (the rest comes from the record sent again).
_KEPT_ON_RESUBMIT = frozenset({"program_id", "nik", "source_station_id"})
_DECIDED = ("kept", "replaced")


def _expire(session: Session, model: type[SQLModel], ids: set[int]) -> None:
    """Forget loaded copies of rows a Core statement just changed (they reload when used)."""
    for obj in list(session.identity_map.values()):
        if isinstance(obj, model) and getattr(obj, "id", None) in ids:
            session.expire(obj)


def _resubmit(
    session: Session, actor: Actor, incoming: dict[int, dict[str, Any]], source: str,
    prev: str, result: ImportedFile,
) -> str:  # fmt: skip
    """Rejected rows sent again by their village: updated in bulk, one audit event each (the
    fields before and after, and the state hash of the whole row, as ``doctor`` checks it)."""
    if not incoming:
        return prev
    table = Candidate.__table__
    ids = sorted(incoming)
    stored: dict[int, dict[str, Any]] = {}
    for start in range(0, len(ids), IN_CHUNK):
        query = select(table).where(table.c.id.in_(ids[start : start + IN_CHUNK]))
        stored.update((found["id"], dict(found)) for found in session.execute(query).mappings())
    now = clock.now()
    updates, events = [], []
    for id_ in ids:
        new = {k: v for k, v in incoming[id_].items() if k not in _KEPT_ON_RESUBMIT}
        before = stored[id_]
        del before["updated_at"]  # bookkeeping the event itself records (audit._STATE_EXCLUDED)
        after = {**before, **{k: v for k, v in new.items() if k != "updated_at"}}
        # Compared in their canonical form: a stored time reads back naive on SQLite.
        changed = [
            k for k in after if before[k] != after[k]
            and canonical_json({k: before[k]}) != canonical_json({k: after[k]})
        ]  # fmt: skip
        b, a = {k: before[k] for k in changed}, {k: after[k] for k in changed}
        state_json = canonical_json(after)
        ok = new["status"] == CandidateStatus.SUBMITTED.value
        event = event_row(
            prev, at=now, actor=actor.name, action="candidate.resubmit", entity="candidate",
            entity_id=id_, before=canonical_json(b) if b else "",
            after=canonical_json(a) if a else "",
            state_hash=hashlib.sha256(state_json.encode("utf-8")).hexdigest(),
            reason=f"{source}: diajukan ulang setelah ditolak{'' if ok else '; ditolak lagi'}",
        )  # fmt: skip
        prev = event["hash"]
        events.append(event)
        updates.append({"b_id": id_, **new})
        result.rejected += not ok
    session.execute(table.update().where(table.c.id == bindparam("b_id")), updates)
    insert_rows(session, AuditEvent.__table__, events)
    _expire(session, Candidate, set(ids))
    result.resubmitted += len(ids)
    log.info("candidate.resubmit: %d candidates by %s", len(ids), actor.name)
    return prev


def _lost_conflicts(
    session: Session, program: Program, peer: PeerStation, niks: list[str]
) -> dict[str, tuple[int, int]]:
    """NIK -> (id, sequence) of the latest decided conflict over it that this village lost."""
    c = Conflict.__table__.c
    lost: dict[str, tuple[int, int]] = {}
    for start in range(0, len(niks), IN_CHUNK):
        query = (
            select(c.nik, c.id, c.sequence)
            .where(
                c.program_id == program.id, c.station_id == peer.station_id,
                c.status.in_(_DECIDED), c.nik.in_(niks[start : start + IN_CHUNK]),
            )
            .order_by(c.id)
        )  # fmt: skip
        lost.update((nik, (id_, seq)) for nik, id_, seq in session.execute(query))
    return lost


def _refuse_again(
    session: Session, actor: Actor, lost: dict[str, tuple[int, int]], sequence: int,
    source: str, prev: str, result: ImportedFile,
) -> str:  # fmt: skip
    """A village proposed again a NIK whose conflict it lost: no new conflict; the decided one
    now names this batch, so the village's next result tells it again, with the reason."""
    if not lost:
        return prev
    table = Conflict.__table__
    now = clock.now()
    events = []
    for conflict_id, before in lost.values():
        event = event_row(
            prev, at=now, actor=actor.name, action="conflict.reproposed", entity="conflict",
            entity_id=conflict_id, before=canonical_json({"sequence": before}),
            after=canonical_json({"sequence": sequence}), state_hash="",
            reason=f"{source}: diusulkan lagi; tetap ditolak sesuai keputusan bentrokan",
        )  # fmt: skip
        prev = event["hash"]
        events.append(event)
    session.execute(
        table.update().where(table.c.id == bindparam("b_id")),
        [{"b_id": conflict_id, "sequence": sequence} for conflict_id, _ in lost.values()],
    )
    insert_rows(session, AuditEvent.__table__, events)
    _expire(session, Conflict, {conflict_id for conflict_id, _ in lost.values()})
    result.refused_again += len(lost)
    log.info("conflict.reproposed: %d by %s", len(lost), actor.name)
    return prev


# Files imported in one transaction (each in its own savepoint). One commit per file made the
# district's intake pay a commit and a full-text index flush 500 times for 500 batches; a crash
# now loses at most this many files' work, which importing the same files again redoes.
FILES_PER_TRANSACTION = 100


def receive_batches(
    store: Store,
    actor: Actor,
    paths: list[Path],
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> list[ImportedFile]:
    """District, what the officer's command does (GUI and CLI): a verified backup first, a
    way back if the files were the wrong ones, then :func:`import_batches`."""
    actor.require(Permission.ENTER_CANDIDATES)
    before_bulk_import(store, actor, "batch-import")
    return import_batches(store, actor, paths, progress, cancelled)


def receive_results(store: Store, actor: Actor, paths: list[Path]) -> list[ImportedFile]:
    """Village, what the officer's command does (GUI and CLI): a verified backup first, then
    :func:`import_results` for each file."""
    actor.require(Permission.VERIFY_CANDIDATES)
    before_bulk_import(store, actor, "batch-import")
    return [import_results(store, actor, path) for path in paths]


def import_batch(store: Store, actor: Actor, path: Path) -> ImportedFile:
    """District: accept one batch file, or report it already imported, or refuse it."""
    return import_batches(store, actor, [path])[0]


def import_batches(
    store: Store,
    actor: Actor,
    paths: list[Path],
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> list[ImportedFile]:
    """District: accept, recognise or refuse each batch file on its own, in the order given.

    Each file runs in a SAVEPOINT: a refused file is rolled back alone and changes nothing,
    whatever point it was refused at. Up to FILES_PER_TRANSACTION files share one transaction.
    ``cancelled()`` is asked between files; the files done so far are kept.
    """
    actor.require(Permission.ENTER_CANDIDATES)
    results: list[ImportedFile] = []
    for first in range(0, len(paths), FILES_PER_TRANSACTION):
        with collector_paused(), store.bulk_session() as session:  # (see collector_paused)
            lock_chain(session)
            intake = _Intake()  # what every file needs, looked up once per transaction
            with names_indexed_in_bulk(session):
                stopped = _import_files(
                    session, actor, paths[first : first + FILES_PER_TRANSACTION], intake,
                    results, len(paths), progress, cancelled,
                )  # fmt: skip
            if stopped:
                return results  # the files done so far are kept
            if any(r.outcome == "accepted" for r in results[first:]):
                refresh_statistics(session)
    return results


@dataclass
class _Intake:
    """Looked up by the first file of a transaction, for the others."""

    installation: Installation | None = None
    programs: dict[str, Program] = field(default_factory=dict)
    keys: Any = None  # the station's keys, opened when a file first needs them


def _import_files(
    session: Session,
    actor: Actor,
    paths: list[Path],
    intake: _Intake,
    results: list[ImportedFile],
    total: int,
    progress: Callable[[int, int], None] | None,
    cancelled: Callable[[], bool] | None,
) -> bool:
    """Each file in its own savepoint; returns True when cancelled."""
    for path in paths:
        if cancelled is not None and cancelled():
            return True
        result = ImportedFile(file=str(path), outcome="refused")
        try:
            with session.begin_nested():
                _import_one(session, actor, Path(path), result, intake)
        except DomainError as exc:
            result.outcome, result.reason, result.code = (
                "refused", exc.finding.message, exc.code
            )  # fmt: skip
        results.append(result)
        if progress is not None:
            progress(len(results), total)
    return False


def _withdrawn_niks(payload: Any) -> frozenset[str]:
    """The NIKs a batch withdraws (well-formed or not: receive_changes judges the items)."""
    items = payload.get("withdrawals") if isinstance(payload, dict) else None
    if not isinstance(items, list):
        return frozenset()
    return frozenset(
        normalize_nik(str(item["nik"]))[:16]
        for item in items
        if isinstance(item, dict) and isinstance(item.get("nik"), str | int)
    )


def _import_one(
    session: Session, actor: Actor, path: Path, result: ImportedFile, intake: _Intake
) -> None:
    if intake.installation is None:
        require_role(session, "district")
        intake.installation = installation_of(session)
        intake.programs = own_programs(session, intake.installation.station_id)
    installation = intake.installation
    # A batch of the running program, or of an older one this district published (the last
    # records and the changes of a period whose coverage still runs): read into that program.
    envelope, peer, sequence, program = _open_envelope(
        session, path, BATCH_KIND, installation, intake.programs
    )
    result.station, result.sequence = peer.region_code, sequence
    result.program, result.running = program.name, program.active
    if _seen(session, BATCH_KIND, peer, sequence, envelope.sha256):
        result.outcome = "already_imported"
        return
    if intake.keys is None:
        intake.keys = open_station_keys(session, actor.name, actor.key)
    plain = container.decrypt(
        envelope.payload,
        intake.keys.encryption,
        payload_info(BATCH_KIND, program.uid, peer.station_id, installation.station_id, sequence),
    )
    payload = container.decode_json(plain)
    records = _records(payload, "records")
    source = f"batch {path.name} seq {sequence} from {peer.region_code}"
    prev, deferred = _receive_records(
        session, actor, program, peer, sequence, records, result, source,
        withdrawn=_withdrawn_niks(payload),
    )  # fmt: skip
    prev = receive_changes(session, actor, program, peer, sequence, payload, result, prev)
    if deferred:  # withdrawn, then corrected and verified again before this batch left
        prev, _ = _receive_records(
            session, actor, program, peer, sequence, deferred, result, source, prev
        )
    audit = AuditWriter(session, prev)
    result.records = len(records)
    session.add(
        ExchangeLedger(
            direction="in", kind=BATCH_KIND, station_id=peer.station_id,
            sequence=sequence, sha256=envelope.sha256, filename=path.name[:300],
            record_count=len(records), status="accepted", at=clock.now(),
        )
    )  # fmt: skip
    summary: dict[str, Any] = {
        "program": program.uid,
        "station": peer.region_code,
        "sequence": sequence,
        "sha256": envelope.sha256,
        "records": len(records),
    }
    if result.resubmitted or result.refused_again:
        summary.update(resubmitted=result.resubmitted, refused_again=result.refused_again)
    if result.corrections_applied or result.withdrawals_applied or result.unapplied:
        summary.update(
            corrections=result.corrections_applied,
            withdrawals=result.withdrawals_applied,
            unapplied=len(result.unapplied),
        )
    audit.record(actor.name, "batch.import", "exchange", None, after=summary)
    result.outcome = "accepted"


@dataclass
class StationStatus:
    region_code: str
    region_name: str
    fingerprint: str
    received: list[int] = field(default_factory=list)

    @property
    def gaps(self) -> list[int]:
        if not self.received:
            return []
        have = set(self.received)
        return [n for n in range(1, max(have) + 1) if n not in have]


def station_status(store: Store) -> list[StationStatus]:
    """District: per registered village, the batch numbers received and the gaps between them."""
    with store.session() as session:
        out = []
        for peer in session.exec(
            select(PeerStation).where(PeerStation.role == "village").order_by(
                PeerStation.region_code
            )
        ):
            seqs = session.exec(
                select(ExchangeLedger.sequence)
                .where(
                    ExchangeLedger.direction == "in",
                    ExchangeLedger.kind == BATCH_KIND,
                    ExchangeLedger.station_id == peer.station_id,
                )
                .order_by(ExchangeLedger.sequence)
            ).all()
            out.append(StationStatus(peer.region_code, peer.region_name, peer.fingerprint,
                                     list(seqs)))  # fmt: skip
        return out


# --- results: district → village ---------------------------------------------------------------


def export_results(store: Store, actor: Actor, out_dir: Path) -> list[ExportedBatch]:
    """District: per village and program, a signed, encrypted result file with every decided
    record.

    Results are cumulative (each file holds all decisions so far), so a lost file is repaired by
    the next one; a village with nothing new in a program gets no file for it. Every program
    this district published is looked at, the running one and the older ones: an older program
    whose period ended keeps its results and writes no new file until something changes in it
    (a late batch read, a BPJS answer, a conflict decided). The sequence numbers of result files
    run per village across programs.
    """
    actor.require(Permission.MANAGE_PROGRAM)
    written: list[ExportedBatch] = []
    with store.session() as session:
        require_role(session, "district")
        installation = installation_of(session)
        programs = list(own_programs(session, installation.station_id).values())
        keys = open_station_keys(session, actor.name, actor.key)
        peers = session.exec(select(PeerStation).where(PeerStation.role == "village")).all()
        for peer, program in ((p, g) for p in peers for g in programs):
            rows = session.exec(
                select(Candidate)
                .where(
                    Candidate.program_id == program.id,
                    Candidate.source_station_id == peer.station_id,
                    Candidate.status.in_(  # type: ignore[attr-defined]
                        [CandidateStatus.ENROLLED.value, CandidateStatus.REJECTED.value]
                    ),
                )
                .order_by(Candidate.id)
            ).all()
            lost = _losing_lines(session, program, peer)
            changes = _unapplied_lines(session, program, peer)
            if not rows and not lost and not changes:
                continue
            # The district's rows reflect every batch it has read from this village.
            read = _last_sequence(session, "in", BATCH_KIND, peer.station_id)
            body = {
                "results": lost + [
                    {
                        "nik": r.nik, "status": r.status, "kpj": r.kpj,
                        "coverage_start": r.coverage_start.isoformat() if r.coverage_start
                        else None,
                        "coverage_end": r.coverage_end.isoformat() if r.coverage_end else None,
                        "reason": r.rejection_reason, "batch": read,
                    }
                    for r in rows
                ],
                "changes": changes,
            }  # fmt: skip
            digest = container.encode_json(body)
            # The ledger's status: 8 hex digits of the content, then 8 naming the program.
            tag = hashlib.sha256(program.uid.encode()).hexdigest()[:8]
            content_hash = hashlib.sha256(digest).hexdigest()[:8] + tag
            last = session.exec(
                select(ExchangeLedger)
                .where(
                    ExchangeLedger.direction == "out",
                    ExchangeLedger.kind == RESULT_KIND,
                    ExchangeLedger.station_id == peer.station_id,
                    ExchangeLedger.status.endswith(tag),  # type: ignore[attr-defined]
                )
                .order_by(ExchangeLedger.sequence.desc())  # type: ignore[attr-defined]
            ).first()
            if last is not None and last.status == content_hash:
                continue  # nothing new since this program's last result file for this village
            sequence = _last_sequence(session, "out", RESULT_KIND, peer.station_id) + 1
            manifest = {
                "app_version": __version__, "program_uid": program.uid,
                "program_name": program.name, "sender": installation.station_id,
                "sender_region": installation.region_code, "recipient": peer.station_id,
                "sequence": sequence, "created_at": clock.now().isoformat(),
                "record_count": len(rows) + len(lost), "change_count": len(changes),
            }  # fmt: skip
            sealed = container.encrypt(
                digest, peer.encryption_key,
                payload_info(RESULT_KIND, program.uid, installation.station_id, peer.station_id,
                      sequence),
            )  # fmt: skip
            data = container.pack(RESULT_KIND, manifest, sealed, keys.signing)
            path = out_dir / f"{peer.region_code}-hasil-{sequence:04d}.lkresult"
            container.write_atomic(path, data)
            envelope = container.unpack(container.read_file(path), RESULT_KIND)
            count = len(rows) + len(lost)
            session.add(
                ExchangeLedger(
                    direction="out", kind=RESULT_KIND, station_id=peer.station_id,
                    sequence=sequence, sha256=envelope.sha256, filename=path.name,
                    record_count=count, status=content_hash, at=clock.now(),
                )
            )  # fmt: skip
            session.flush()  # the next file's sequence number counts this one
            written.append(
                ExportedBatch(str(path), sequence, count, envelope.sha256, program=program.name)
            )
        AuditWriter(session).record(
            actor.name, "results.export", "exchange", None,
            after={"files": [w.path.rsplit("/", 1)[-1] for w in written]},
        )  # fmt: skip
    return written


def _losing_lines(session: Session, program: Program, peer: PeerStation) -> list[dict[str, Any]]:
    """The village's proposals that lost a decided NIK conflict, each naming the batch of the
    latest proposal the decision covers (a proposal refused again moves it on)."""
    lines = losing_records(session, program.id or 0, peer.station_id)
    if not lines:
        return []
    latest: dict[str, int] = {}
    for nik, sequence in session.exec(
        select(Conflict.nik, Conflict.sequence).where(
            Conflict.program_id == program.id, Conflict.station_id == peer.station_id,
            Conflict.status.in_(_DECIDED),  # type: ignore[attr-defined]
        )
    ):  # fmt: skip
        latest[nik] = max(sequence, latest.get(nik, 0))
    return [{**line, "batch": latest.get(line["nik"])} for line in lines]


def _unapplied_lines(
    session: Session, program: Program, peer: PeerStation
) -> list[dict[str, Any]]:
    """The village's corrections and withdrawals that the district did not apply, and why."""
    out = []
    for change in session.exec(
        select(CandidateChange)
        .where(
            CandidateChange.program_id == program.id, CandidateChange.direction == IN,
            CandidateChange.station_id == peer.station_id,
            CandidateChange.outcome != APPLIED,
        )
        .order_by(CandidateChange.id)  # type: ignore[arg-type]
    ):  # fmt: skip
        try:
            at = json.loads(change.payload).get("at")
        except (ValueError, AttributeError):
            at = None
        out.append({
            "nik": change.nik, "kind": change.kind, "outcome": change.outcome,
            "reason": change.detail, "batch": change.batch_sequence, "at": at,
        })  # fmt: skip
    return out


def import_results(store: Store, actor: Actor, path: Path) -> ImportedFile:
    """Village: apply a district result file (enrolled with KPJ, or rejected with the reason)
    to the records of the program it names: the running one, or an older one loaded here from
    the same district (its last decisions, after the next period began)."""
    actor.require(Permission.VERIFY_CANDIDATES)
    result = ImportedFile(file=str(path), outcome="refused")
    try:
        with store.session() as session:
            require_role(session, "village")
            installation = installation_of(session)
            running = active_program(session)
            district = _district_peer(session, running)
            envelope, peer, sequence, program = _open_envelope(
                session, path, RESULT_KIND, installation,
                own_programs(session, district.station_id),
            )  # fmt: skip
            if peer.station_id != district.station_id:
                raise container.refuse("STATION_UNKNOWN", station=peer.region_code)
            result.station, result.sequence = peer.region_code, sequence
            result.program, result.running = program.name, program.id == running.id
            if _seen(session, RESULT_KIND, peer, sequence, envelope.sha256):
                result.outcome = "already_imported"
                return result
            keys = open_station_keys(session, actor.name, actor.key)
            plain = container.decrypt(
                envelope.payload, keys.encryption,
                payload_info(RESULT_KIND, program.uid, peer.station_id, installation.station_id,
                      sequence),
            )  # fmt: skip
            payload = container.decode_json(plain)
            records = _records(payload, "results")
            lines = _change_lines(payload)
            audit = AuditWriter(session)
            for record in records:
                if _apply_result(session, audit, actor, program, record, path.name):
                    result.updated += 1
            result.unapplied = _record_outcomes(session, audit, actor, program, lines, path.name)
            result.records = len(records)
            session.add(
                ExchangeLedger(
                    direction="in", kind=RESULT_KIND, station_id=peer.station_id,
                    sequence=sequence, sha256=envelope.sha256, filename=path.name[:300],
                    record_count=len(records), status="accepted", at=clock.now(),
                )
            )  # fmt: skip
            result.outcome = "accepted"
            return result
    except DomainError as exc:
        result.outcome, result.reason, result.code = "refused", exc.finding.message, exc.code
        return result


def _apply_result(
    session: Session,
    audit: AuditWriter,
    actor: Actor,
    program: Program,
    record: dict[str, Any],
    source: str,
) -> bool:
    nik = _text(record.get("nik"), 16)
    status = record.get("status")
    if status not in (CandidateStatus.ENROLLED.value, CandidateStatus.REJECTED.value):
        raise container.refuse("PAYLOAD_INVALID", detail="status")
    row = session.exec(
        select(Candidate).where(Candidate.program_id == program.id, Candidate.nik == nik)
    ).first()
    if row is None:
        return False  # not one of ours: the district decides about its own records
    kpj = _text(record.get("kpj"), 20)
    if status == CandidateStatus.ENROLLED.value and not (kpj and kpj.isascii() and kpj.isdigit()):
        raise container.refuse("PAYLOAD_INVALID", detail="kpj")
    batch = record.get("batch")  # absent from older districts' files
    if batch is not None and (isinstance(batch, bool) or not isinstance(batch, int)):
        raise container.refuse("PAYLOAD_INVALID", detail="batch")
    before = row_state(row)
    if row.status == status and row.kpj == kpj:
        return False
    if row.status not in (CandidateStatus.SUBMITTED.value, status):
        return False  # withdrawn or changed here meanwhile: leave it for the officer
    if batch is not None and row.batch_sequence is not None and batch < row.batch_sequence:
        # Decided before the district read the batch this record last left in (it was
        # rejected, corrected and sent again): a later result file will tell.
        return False
    row.status = status
    if status == CandidateStatus.ENROLLED.value:
        row.kpj = kpj
        start = record.get("coverage_start")
        row.coverage_start = date.fromisoformat(start) if start else program.coverage_start
        end = record.get("coverage_end")
        row.coverage_end = (
            date.fromisoformat(end)
            if end
            else row.coverage_start + relativedelta(months=program.months, days=-1)
        )
        row.rejection_reason = None
    else:
        row.rejection_reason = _text(record.get("reason"), 500) or "ditolak kabupaten/BPJS"
    row.updated_at = clock.now()
    after = row_state(row)
    b, a = diff(before, after)
    audit.record(
        actor.name, f"candidate.{status}", "candidate", row.id, before=b, after=a, state=after,
        reason=f"result {source}",
    )  # fmt: skip
    return True


def _change_lines(payload: Any) -> list[dict[str, Any]]:
    """A result file's ``changes`` (absent from older districts' files)."""
    lines = payload.get("changes") if isinstance(payload, dict) else None
    if lines is None:
        return []
    if not isinstance(lines, list) or len(lines) > MAX_RECORDS:
        raise container.refuse("PAYLOAD_INVALID", detail="changes")
    for line in lines:
        batch = line.get("batch") if isinstance(line, dict) else None
        if (
            not isinstance(line, dict)
            or line.get("kind") not in (CORRECTION, WITHDRAWAL)
            or not isinstance(line.get("nik"), str)
            or not isinstance(line.get("outcome"), str)
            or line["outcome"] == APPLIED
            or isinstance(batch, bool)
            or not isinstance(batch, int)
            or not isinstance(line.get("reason"), str | None)
            or not isinstance(line.get("at"), str | None)
        ):
            raise container.refuse("PAYLOAD_INVALID", detail="changes")
    return lines


def _record_outcomes(
    session: Session, audit: AuditWriter, actor: Actor, program: Program,
    lines: list[dict[str, Any]], source: str,
) -> list[dict[str, Any]]:  # fmt: skip
    """Village: the district did not apply these corrections and withdrawals. Each is matched
    to the change as it left here (batch, kind, NIK and time made), which keeps the district's
    outcome and reason (event ``change.not_applied``). Returns the ones newly learnt: a result
    file read again, or a later one repeating them, changes nothing."""
    if not lines:
        return []
    sent: dict[tuple[int, str, str], list[tuple[Any, CandidateChange]]] = {}
    for change in session.exec(
        select(CandidateChange)
        .where(
            CandidateChange.program_id == program.id, CandidateChange.direction == OUT,
            CandidateChange.batch_sequence.in_(  # type: ignore[union-attr]
                sorted({line["batch"] for line in lines})
            ),
        )
        .order_by(CandidateChange.id)  # type: ignore[arg-type]
    ):  # fmt: skip
        key = (change.batch_sequence or 0, change.kind, change.nik)
        sent.setdefault(key, []).append((json.loads(change.payload).get("at"), change))
    taken: set[int] = set()
    learnt = []
    for line in lines:
        nik = normalize_nik(line["nik"])[:16]
        mine = [c for at, c in sent.get((line["batch"], line["kind"], nik), [])
                if c.id not in taken and (line.get("at") is None or at == line["at"])]  # fmt: skip
        if not mine:
            continue  # not a change sent from here (or already matched): nothing to record
        change = mine[0]
        taken.add(change.id or 0)
        outcome, detail = line["outcome"][:16], (line.get("reason") or "")[:500] or None
        if (change.outcome, change.detail) == (outcome, detail):
            continue
        before = {"outcome": change.outcome, "detail": change.detail}
        change.outcome, change.detail = outcome, detail
        audit.record(
            actor.name, "change.not_applied", "candidate_change", change.id, before=before,
            after={"outcome": outcome, "detail": detail}, reason=f"result {source}",
        )  # fmt: skip
        learnt.append({
            "kind": change.kind, "nik": mask_nik(nik), "outcome": outcome,
            "code": OUTCOME_CODES.get(outcome), "reason": detail, "batch": line["batch"],
        })  # fmt: skip
    return learnt
