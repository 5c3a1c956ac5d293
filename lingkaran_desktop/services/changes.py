"""Corrections and withdrawals of records that were already sent.

**Village.** A record that left in a batch (*submitted*) or came back *enrolled* is locked against
ordinary edits. The officer may ask to *correct* its personal fields — never the NIK (a wrong NIK
means withdraw and enter again), never the status fields — with a reason; the full rules
(``check_candidate``) must pass on the corrected record. Or ask to *withdraw* it with a reason
(died, moved away, no longer eligible, declined): submitted → rejected, enrolled → ended. Four
eyes, as for a new record: the request waits in the queue (``candidate_change``, direction
``out``, ``verified_by`` empty) until a second person approves it (``approve_change``: only then
is the record changed, after checking the rules again) or declines it with a reason
(``decline_change``: nothing changes, nothing is sent). Approved changes leave with the next
batch; ``export_batch`` marks them sent only after the file was written and verified. A record
not yet sent is simply rejected by a verifier, as at verification.

**District.** ``receive_changes`` applies what a batch carries to records that came from that same
village: a correction after checking the merged record again with the full rules, a withdrawal as
submitted → rejected or enrolled → ended. A NIK the district does not know, a NIK another village
sent, or a correction that breaks a rule is not applied and is reported; nothing refuses the whole
batch. Every change received is kept with its outcome, and changes to an *enrolled* participant
are marked ``bpjs``: the district must tell BPJS (``bpjs_changes``, ``lingkaran bpjs changes``).

**Back to the village.** The changes not applied travel in the village's next result file
(services.batches); the village's queued change (direction ``out``) then keeps the district's
``outcome`` and reason in ``detail`` (event ``change.not_applied``).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from dateutil.relativedelta import relativedelta
from sqlmodel import Session, select

from lingkaran_desktop import clock
from lingkaran_desktop.domain.candidate import CandidateFields, check_candidate
from lingkaran_desktop.domain.findings import DomainError, Finding, error
from lingkaran_desktop.domain.messages import register
from lingkaran_desktop.domain.nik import mask_nik, normalize_nik
from lingkaran_desktop.domain.program import ProgramRules
from lingkaran_desktop.domain.status import (
    STATUS_LABELS_ID,
    CandidateStatus,
    check_transition,
    same_person,
)
from lingkaran_desktop.exchange import container
from lingkaran_desktop.services.audit import AuditWriter, diff, lock_chain, row_state
from lingkaran_desktop.services.candidates import (
    EDITABLE,
    candidate_dict,
    fields_of,
    find_by_nik,
    find_typed_nik,
    refuse_invalid,
    status_params,
)
from lingkaran_desktop.services.installation import active_program, own_programs, rules_of
from lingkaran_desktop.services.roles import Permission
from lingkaran_desktop.services.trust import require_role
from lingkaran_desktop.services.users import Actor
from lingkaran_desktop.store.models import (
    Candidate,
    CandidateChange,
    Conflict,
    PeerStation,
    Program,
)
from lingkaran_desktop.store.store import Store

CORRECTION = "correction"
WITHDRAWAL = "withdrawal"
OUT, IN = "out", "in"
DECLINED = "declined"  # village: a change the second person did not approve (never sent)
SENT = (CandidateStatus.SUBMITTED, CandidateStatus.ENROLLED)
MAX_CHANGES = 200_000  # per list in one batch, like its records
WITHDRAWN_PREFIX = "Ditarik desa: "
# The usual reasons (the GUI offers them; any text is accepted).
WITHDRAW_REASONS = (
    "meninggal dunia", "pindah domisili", "tidak memenuhi syarat lagi", "mengundurkan diri",
)  # fmt: skip

# The personal fields a correction may change, by their batch-record names.
CORRECTABLE = (
    "name", "sex", "birth_place", "birth_date", "mother_name", "kk", "address", "rt", "rw",
    "phone", "occupation_code", "income", "desil", "funding", "proposed_by", "notes",
)  # fmt: skip
# Fields never corrected this way: identity, place and what the district/BPJS decide.
_LOCKED = (
    "village_code", "status", "kpj", "coverage_start", "coverage_end", "rejection_reason",
    "warnings", "entered_by", "entered_at", "verified_by", "verified_at",
)  # fmt: skip
# Command-line spellings (worker add/edit options) of the same fields.
_ALIASES = {
    "mother": "mother_name", "occupation": "occupation_code", "village": "village_code",
    "nama": "name",
}  # fmt: skip

# How an officer names the correctable fields (messages and reports).
FIELD_LABELS = {
    "name": "nama", "sex": "jenis kelamin", "birth_place": "tempat lahir",
    "birth_date": "tanggal lahir", "mother_name": "nama ibu kandung", "kk": "nomor KK",
    "address": "alamat", "rt": "RT", "rw": "RW", "phone": "nomor HP",
    "occupation_code": "pekerjaan", "income": "penghasilan", "desil": "desil",
    "funding": "sumber dana", "proposed_by": "pengusul", "notes": "keterangan",
}  # fmt: skip


def field_label(name: str) -> str:
    return FIELD_LABELS.get(name, name)


# District outcomes of a change received (stored in candidate_change.outcome; at the village,
# on the change sent, once a result file reports it not applied).
APPLIED = "applied"
OUTCOME_CODES = {
    "unknown": "CHANGE_NIK_UNKNOWN",
    "other_station": "CHANGE_OTHER_STATION",
    "status": "CHANGE_STATUS",
    "rules": "CHANGE_RULES",
    "invalid": "CHANGE_INVALID",
}

register(
    "CORRECTION_VALUE_NOT_KEPT",
    "Koreksi tidak disimpan: isian {label} \"{value}\" tidak bisa dipakai (isian itu akan "
    "menjadi kosong). Perbaiki isiannya; data lama tetap seperti semula.",
    "The correction was not saved: the {field} \"{value}\" cannot be used (the field would "
    "become empty). Fix the value; the record stays as it was.",
)
register(
    "CORRECTION_REASON_REQUIRED",
    'Tulis alasan koreksi, misalnya "nama sesuai KTP" atau "tanggal lahir sesuai KK".',
    'Give the reason for the correction, e.g. "name as on the KTP".',
)
register(
    "WITHDRAW_REASON_REQUIRED",
    "Tulis alasan penarikan: meninggal dunia, pindah domisili, tidak memenuhi syarat lagi, "
    "mengundurkan diri, atau alasan lain.",
    "Give the reason for the withdrawal: died, moved away, no longer eligible, declined, or "
    "another reason.",
)
register(
    "CORRECTION_NOT_SENT",
    "Koreksi hanya untuk data yang sudah dikirim dan masih berjalan (diajukan ke kabupaten atau "
    "terdaftar). Data berstatus '{status}' diperbaiki langsung dengan 'worker edit' (tombol "
    "Ubah data) dan diperiksa lagi oleh verifikator.",
    "Corrections are for records sent and still running (submitted or enrolled). A record with "
    "status '{status_code}' is edited directly with 'worker edit' (the Edit button) and checked "
    "again by the verifier.",
)
register(
    "CORRECTION_CLOSED",
    "Data berstatus '{status}' tidak bisa dikoreksi lagi.",
    "A record with status '{status_code}' can no longer be corrected.",
)
register(
    "CORRECTION_NIK",
    'NIK tidak bisa dikoreksi. Bila NIK salah: tarik data ini dari program (alasan "NIK '
    'salah"), lalu masukkan lagi dengan NIK yang benar.',
    'The NIK cannot be corrected. If it is wrong: withdraw this record (reason "wrong NIK"), '
    "then enter it again with the right NIK.",
)
register(
    "CORRECTION_FIELD_LOCKED",
    "Isian '{field}' tidak bisa dikoreksi: desa, status, KPJ dan masa perlindungan diatur "
    "kabupaten dan BPJS. Orang yang pindah desa ditarik di sini dan didaftarkan desa barunya.",
    "Field '{field}' cannot be corrected: village, status, KPJ and coverage are set by the "
    "district and BPJS. A person who moved is withdrawn here and registered by the new village.",
)
register(
    "CORRECTION_FIELD_UNKNOWN",
    "Isian '{field}' tidak dikenal. Yang bisa dikoreksi: {choices}.",
    "Unknown field '{field}'. Correctable fields: {choices}.",
)
register(
    "CORRECTION_NOTHING",
    "Tidak ada yang berubah: nilai baru sama dengan data yang tersimpan.",
    "Nothing changed: the new values equal the stored ones.",
)
register(
    "WITHDRAW_NOT_POSSIBLE",
    "Data berstatus '{status}' sudah tidak ikut program; tidak ada yang ditarik.",
    "A record with status '{status_code}' is no longer in the program; nothing to withdraw.",
)
register(
    "CHANGE_FOUR_EYES",
    "Perubahan ini diminta oleh {actor} sendiri, jadi harus diperiksa orang lain. Minta kepala "
    "desa, sekretaris desa atau verifikator lain untuk menyetujui atau menolaknya.",
    "{actor} asked for this change, so someone else must check it. Ask the village head, "
    "secretary or another verifier to approve or decline it.",
)
register(
    "CHANGE_NOT_WAITING",
    "Perubahan nomor {id} tidak menunggu pemeriksaan (sudah diperiksa, ditolak, atau tidak ada).",
    "Change number {id} is not waiting to be checked (already checked, declined, or unknown).",
)
register(
    "CHANGE_DECLINE_REASON_REQUIRED",
    "Tulis alasan menolak perubahan ini (petugas yang memintanya akan membacanya).",
    "Give the reason for declining this change (the officer who asked will read it).",
)
register(
    "CHANGE_NIK_UNKNOWN",
    "NIK {nik} tidak dikenal di kabupaten (kiriman yang memuat datanya belum dibaca?); "
    "tidak diterapkan.",
    "NIK {nik} is unknown at the district (the batch holding its record not read yet?); not "
    "applied.",
)
register(
    "CHANGE_OTHER_STATION",
    "NIK {nik} dikirim oleh desa lain ({village}); datanya tidak diubah.",
    "NIK {nik} was sent by another village ({village}); its record was not changed.",
)
register(
    "CHANGE_STATUS",
    "NIK {nik} berstatus '{status}' di kabupaten; tidak diterapkan.",
    "NIK {nik} has status '{status_code}' at the district; not applied.",
)
register(
    "CHANGE_RULES",
    "Koreksi NIK {nik} tidak memenuhi aturan: {reasons}; tidak diterapkan.",
    "The correction of NIK {nik} breaks the rules: {reasons}; not applied.",
)
register(
    "CHANGE_INVALID",
    "Perubahan untuk NIK {nik} tidak lengkap atau tidak sah ({detail}); tidak diterapkan.",
    "The change for NIK {nik} is incomplete or invalid ({detail}); not applied.",
)


def correctable_field(name: str) -> str:
    """A correctable field by its record name or command-line spelling, or a clear refusal."""
    key = str(name).strip().lower().replace("-", "_")
    key = _ALIASES.get(key, key)
    if key in ("nik", "new_nik"):
        raise DomainError(error("CORRECTION_NIK", "nik"))
    if key in CORRECTABLE:
        return key
    if key in _LOCKED:
        raise DomainError(error("CORRECTION_FIELD_LOCKED", key, field=key))
    raise DomainError(
        error("CORRECTION_FIELD_UNKNOWN", None, field=name, choices=", ".join(CORRECTABLE))
    )


def _wire(value: Any) -> Any:
    """A stored value as a batch carries it (dates as ISO text)."""
    return value.isoformat() if isinstance(value, date | datetime) else value


def _blank(value: Any) -> Any:
    return None if isinstance(value, str) and not value.strip() else value


def _merged(row: Candidate, changes: dict[str, Any]) -> CandidateFields:
    fields = fields_of(candidate_dict(row))
    for name, value in changes.items():
        setattr(fields, "occupation" if name == "occupation_code" else name, value)
    return fields


def _corrected(
    row: Candidate, changes: dict[str, Any], rules: ProgramRules
) -> tuple[dict[str, Any], list[Finding], list[Finding]]:
    """(the fields that really change, with their clean values; errors; warnings)."""
    check = check_candidate(_merged(row, changes), rules, clock.today())
    if not check.ok:
        return {}, check.errors, check.warnings
    changed = {k: check.values[k] for k in changes if check.values[k] != getattr(row, k)}
    return changed, [], check.warnings


def _apply(
    audit: AuditWriter, actor: str, row: Candidate, changed: dict[str, Any],
    warnings: list[Finding], reason: str,
) -> str:  # fmt: skip
    before = row_state(row)
    for name, value in changed.items():
        setattr(row, name, value)
    row.warnings = ",".join(sorted({w.code for w in warnings}))[:2000]
    row.updated_at = clock.now()
    after = row_state(row)
    b, a = diff(before, after)
    event = audit.record(
        actor, "candidate.correct", "candidate", row.id, before=b, after=a, state=after,
        reason=reason[:500],
    )  # fmt: skip
    return event.hash


def _find(session: Session, program: Program, nik: str) -> Candidate:
    return find_typed_nik(session, program.id or 0, nik)  # says what is wrong with a bad NIK


def coverage_end(program: Program, row: Candidate) -> date:
    """The last day a sent record of ``program`` is (or would be) covered."""
    if row.coverage_end is not None:
        return row.coverage_end
    start = row.coverage_start or program.coverage_start
    return start + relativedelta(months=program.months, days=-1)


def _older_running(
    session: Session, program: Program, nik: str
) -> tuple[Program, Candidate] | None:
    """The NIK's record in an older program of the same district, sent (submitted or enrolled)
    and covered until today or later: the newest such program first."""
    if not program.district_station_id:
        return None
    today = clock.today()
    for row, older in session.exec(
        select(Candidate, Program)
        .join(Program, Program.id == Candidate.program_id)  # type: ignore[arg-type]
        .where(
            Candidate.nik == nik, Program.id != program.id,
            Program.district_station_id == program.district_station_id,
            Candidate.status.in_([s.value for s in SENT]),  # type: ignore[attr-defined]
        )
        .order_by(Program.id.desc())  # type: ignore[attr-defined]
    ):  # fmt: skip
        if coverage_end(older, row) >= today:
            return older, row
    return None


def _find_sent(session: Session, program: Program, nik: str) -> tuple[Program, Candidate]:
    """The record a correction or withdrawal is about: the NIK's record in the running program,
    unless it is not there or not sent there while a record of an older program still runs
    (a participant of the last period, covered until its end: a death in December must still
    reach the district and BPJS). Then that one: its change leaves in a batch of its program."""
    try:
        row: Candidate | None = _find(session, program, nik)
    except DomainError as exc:
        if exc.code != "CANDIDATE_NOT_FOUND":
            raise
        older = _older_running(session, program, normalize_nik(nik))
        if older is None:
            raise
        return older
    if CandidateStatus(row.status) not in SENT:
        older = _older_running(session, program, row.nik)
        if older is not None:
            return older
    return program, row


def _queue(
    session: Session, program: Program, kind: str, row: Candidate, author: str,
    body: dict[str, Any], verifier: Actor | None = None,
) -> CandidateChange:  # fmt: skip
    """A change in the village's queue: waiting for a second person, or (``verifier``) checked
    and ready for the next batch."""
    now = clock.now()
    payload = {"at": now.isoformat(), "by": author, **body}
    change = CandidateChange(
        program_id=program.id, direction=OUT, kind=kind, candidate_id=row.id, nik=row.nik,
        payload=json.dumps(payload, ensure_ascii=False), created_at=now, created_by=author,
        verified_by=verifier.name if verifier else None, verified_at=now if verifier else None,
    )  # fmt: skip
    session.add(change)
    return change


def _request(
    session: Session, actor: Actor, program: Program, kind: str, row: Candidate,
    body: dict[str, Any],
) -> int:  # fmt: skip
    """Queue a change for a second person to check (four eyes); the record is not changed yet.
    Returns the change's number (what ``changes approve`` takes)."""
    change = _queue(session, program, kind, row, actor.name, body)
    session.flush()
    AuditWriter(session).record(
        actor.name, f"change.request.{kind}", "candidate_change", change.id,
        after={"candidate": row.id, **body}, reason=str(body.get("reason") or "")[:500],
    )  # fmt: skip
    return change.id or 0


# --- village -----------------------------------------------------------------------------------


@dataclass
class Correction:
    candidate: dict[str, Any]
    changes: dict[str, Any]  # field -> new value, as the batch carries it
    warnings: list[Finding] = field(default_factory=list)
    bpjs: bool = False  # an enrolled participant: the district must tell BPJS
    change_id: int | None = None  # waiting for a second person (``changes approve``)


def correct_candidate(
    store: Store, actor: Actor, nik: str, changes: dict[str, Any], reason: str | None
) -> Correction:
    """Village: correct a sent (submitted or enrolled) record and queue the correction."""
    actor.require(Permission.ENTER_CANDIDATES)
    requested = {correctable_field(k): _blank(v) for k, v in changes.items()}
    if not requested:
        raise DomainError(error("CORRECTION_NOTHING"))
    reason = (reason or "").strip()
    if not reason:
        raise DomainError(error("CORRECTION_REASON_REQUIRED", "reason"))
    with store.session() as session:
        lock_chain(session)
        require_role(session, "village")
        program, row = _find_sent(session, active_program(session), nik)
        status = CandidateStatus(row.status)
        if status not in SENT:
            code = "CORRECTION_NOT_SENT" if status in EDITABLE else "CORRECTION_CLOSED"
            raise DomainError(error(code, "status", **status_params(row.status)))
        changed, errors, warnings = _corrected(row, requested, rules_of(program))
        if errors:
            raise refuse_invalid(errors)
        for name, value in requested.items():  # e.g. a phone number that is not one
            if value is not None and name in changed and changed[name] is None:
                raise DomainError(error(
                    "CORRECTION_VALUE_NOT_KEPT", name, label=field_label(name), field=name,
                    value=str(value)[:40],
                ))  # fmt: skip
        if not changed:
            raise DomainError(error("CORRECTION_NOTHING"))
        wire = {k: _wire(v) for k, v in changed.items()}
        body = {"changes": wire, "reason": reason}
        number = _request(session, actor, program, CORRECTION, row, body)
        bpjs = status is CandidateStatus.ENROLLED or _older_enrolled(session, program, row.nik)
        return Correction(candidate_dict(row), wire, warnings, bpjs, number)


def _apply_correction(
    session: Session, verifier: Actor, program: Program, row: Candidate, change: CandidateChange,
    body: dict[str, Any],
) -> None:  # fmt: skip
    """Approved: the correction is applied to the record (and, for a renewed participant still
    covered by the last program, to that program's record too, queued in its own program)."""
    reason = str(body.get("reason") or "")
    requested = dict(body.get("changes") or {})
    status = CandidateStatus(row.status)
    if status not in SENT:
        raise DomainError(error("CORRECTION_CLOSED", "status", **status_params(row.status)))
    changed, errors, warnings = _corrected(row, requested, rules_of(program))
    if errors:
        raise refuse_invalid(errors)
    if not changed:
        raise DomainError(error("CORRECTION_NOTHING"))
    why = _approved_reason(reason, change)
    _apply(AuditWriter(session), verifier.name, row, changed, warnings, why)
    change.payload = json.dumps(
        {**body, "changes": {k: _wire(v) for k, v in changed.items()}}, ensure_ascii=False
    )
    older = _older_running(session, program, row.nik)
    if older is not None:
        old_program, old_row = older
        old_changed, old_errors, old_warnings = _corrected(
            old_row, requested, rules_of(old_program)
        )
        if old_changed and not old_errors:
            _apply(AuditWriter(session), verifier.name, old_row, old_changed, old_warnings, why)
            old_wire = {k: _wire(v) for k, v in old_changed.items()}
            _queue(session, old_program, CORRECTION, old_row, change.created_by,
                   {**body, "changes": old_wire}, verifier)  # fmt: skip


def _older_enrolled(session: Session, program: Program, nik: str) -> bool:
    older = _older_running(session, program, nik)
    return older is not None and older[1].status == CandidateStatus.ENROLLED.value


def _approved_reason(reason: str, change: CandidateChange) -> str:
    """The audit reason of an approved change: the request's own, and who asked for it."""
    return f"{reason} (diminta {change.created_by})"[:500]


@dataclass
class Withdrawal:
    candidate: dict[str, Any]
    queued: bool  # sent before: once a second person approves, it leaves with the next batch
    bpjs: bool = False  # was enrolled: the district must tell BPJS
    change_id: int | None = None  # waiting for a second person (``changes approve``)


def withdraw_candidate(store: Store, actor: Actor, nik: str, reason: str | None) -> Withdrawal:
    """Village: withdraw a candidate. Sent records (submitted → rejected, enrolled → ended) are
    queued for the district; a record not yet sent is rejected here, as at verification (so it
    takes a verifier, and never the person who entered it)."""
    reason = (reason or "").strip()
    if not reason:
        raise DomainError(error("WITHDRAW_REASON_REQUIRED", "reason"))
    text = (WITHDRAWN_PREFIX + reason)[:500]
    with store.session() as session:
        lock_chain(session)
        require_role(session, "village")
        program, row = _find_sent(session, active_program(session), nik)
        status = CandidateStatus(row.status)
        if status in SENT:
            actor.require(Permission.ENTER_CANDIDATES)
        elif status in (CandidateStatus.PROPOSED, CandidateStatus.VERIFIED):
            actor.require(Permission.VERIFY_CANDIDATES)
        else:
            params = status_params(row.status)
            raise DomainError(error("WITHDRAW_NOT_POSSIBLE", "status", **params))
        if status not in SENT:  # not sent: rejected here, by a verifier, as at verification
            _withdraw_row(session, actor, row, text)
            return Withdrawal(candidate_dict(row), queued=False)
        number = _request(session, actor, program, WITHDRAWAL, row, {"reason": reason})
        bpjs = status is CandidateStatus.ENROLLED or _older_enrolled(session, program, row.nik)
        return Withdrawal(candidate_dict(row), queued=True, bpjs=bpjs, change_id=number)


def _apply_withdrawal(
    session: Session, verifier: Actor, program: Program, row: Candidate, change: CandidateChange,
    body: dict[str, Any],
) -> None:  # fmt: skip
    """Approved: submitted → rejected, enrolled → ended. A participant renewed into this
    program is still covered by the last one until its end: the withdrawal (a death in
    December) ends that record too, queued in its own program, so BPJS hears of it."""
    status = CandidateStatus(row.status)
    if status not in SENT:
        raise DomainError(error("WITHDRAW_NOT_POSSIBLE", "status", **status_params(row.status)))
    reason = str(body.get("reason") or "")
    text = (WITHDRAWN_PREFIX + reason)[:500]
    why = _approved_reason(text, change)
    _withdraw_row(session, verifier, row, text, why)
    older = _older_running(session, program, row.nik)
    if older is not None:
        old_program, old_row = older
        _withdraw_row(session, verifier, old_row, text, why)
        _queue(session, old_program, WITHDRAWAL, old_row, change.created_by, body, verifier)


def _withdraw_row(
    session: Session, actor: Actor, row: Candidate, text: str, why: str | None = None
) -> None:
    """One record withdrawn: sent ones (submitted → rejected, enrolled → ended, once a second
    person approved); one not yet sent is rejected here, by a verifier."""
    status = CandidateStatus(row.status)
    target = (
        CandidateStatus.ENDED if status is CandidateStatus.ENROLLED else CandidateStatus.REJECTED
    )
    check_transition(status, target, actor=actor.name, entered_by=row.entered_by, reason=text)
    before = row_state(row)
    now = clock.now()
    row.status, row.rejection_reason, row.updated_at = target.value, text, now
    if status not in SENT:
        row.verified_by, row.verified_at = actor.name, now  # decided here, as a rejection
    after = row_state(row)
    b, a = diff(before, after)
    AuditWriter(session).record(
        actor.name, "candidate.withdraw", "candidate", row.id, before=b, after=a,
        state=after, reason=why or text,
    )  # fmt: skip


@dataclass
class PendingChanges:
    corrections: int = 0  # checked, waiting for the next batch
    withdrawals: int = 0
    to_check: int = 0  # waiting for a second person (not applied, not sent yet)


def _village_program_ids(session: Session) -> list[int]:
    """The running program and the older ones of the same district (their changes leave in
    files of their own)."""
    programs = own_programs(session, active_program(session).district_station_id)
    return [p.id or 0 for p in programs.values()]


def pending_changes(store: Store, actor: Actor) -> PendingChanges:
    """Village: corrections and withdrawals waiting for the next batch, and those waiting to be
    checked by a second person."""
    actor.require(Permission.READ_CANDIDATES)
    with store.session() as session:
        ids = _village_program_ids(session)
        pending = PendingChanges()
        for change in (c for i in ids for c in queued_changes(session, i)):
            if change.kind == CORRECTION:
                pending.corrections += 1
            else:
                pending.withdrawals += 1
        pending.to_check = len(_awaiting(session, ids))
        return pending


def queued_changes(session: Session, program_id: int) -> list[CandidateChange]:
    """The village's queue: changes of this program checked by a second person and not yet
    carried by a batch, oldest first."""
    return list(
        session.exec(
            select(CandidateChange)
            .where(
                CandidateChange.program_id == program_id,
                CandidateChange.direction == OUT,
                CandidateChange.batch_sequence.is_(None),  # type: ignore[union-attr]
                CandidateChange.verified_by.is_not(None),  # type: ignore[union-attr]
                CandidateChange.outcome.is_(None),  # type: ignore[union-attr]
            )
            .order_by(CandidateChange.id)
        )
    )


def count_awaiting(session: Session) -> int:
    """Village: changes waiting for a second person, in any program."""
    return len(_awaiting(session, _village_program_ids(session)))


def _awaiting(session: Session, program_ids: list[int]) -> list[CandidateChange]:
    return list(
        session.exec(
            select(CandidateChange)
            .where(
                CandidateChange.program_id.in_(program_ids),  # type: ignore[attr-defined]
                CandidateChange.direction == OUT,
                CandidateChange.verified_by.is_(None),  # type: ignore[union-attr]
                CandidateChange.outcome.is_(None),  # type: ignore[union-attr]
            )
            .order_by(CandidateChange.id)
        )
    )


@dataclass
class ChangeRequest:
    """A correction or withdrawal waiting for a second person (or declined by one)."""

    id: int
    kind: str  # correction | withdrawal
    nik: str
    name: str
    status: str  # the record's status now
    changes: dict[str, Any]  # correction: field -> new value (as the batch would carry it)
    current: dict[str, Any]  # correction: field -> the value stored now
    reason: str
    by: str
    at: datetime
    program: str
    declined_by: str | None = None
    declined_reason: str | None = None

    def what(self) -> str:
        """In an officer's words: "nama: Siti → Siti Aminah" or "penarikan"."""
        if self.kind != CORRECTION:
            return f"penarikan ({self.reason})"
        return "; ".join(
            f"{field_label(k)}: {_shown(self.current.get(k))} → {_shown(v)}"
            for k, v in self.changes.items()
        )


def _shown(value: Any) -> str:
    if value is None or value == "":
        return "(kosong)"
    if isinstance(value, date):
        return value.strftime("%d-%m-%Y")
    if isinstance(value, str) and len(value) == 10 and value[4] == "-" and value[7] == "-":
        try:
            return date.fromisoformat(value).strftime("%d-%m-%Y")
        except ValueError:
            return value
    return str(value)


def changes_to_check(
    store: Store, actor: Actor, *, declined: bool = False
) -> list[ChangeRequest]:
    """Village: the corrections and withdrawals waiting for a second person, oldest first; with
    ``declined``, those a second person declined instead, with who and why (newest first), so
    the one who asked hears of it."""
    actor.require(Permission.READ_CANDIDATES)
    with store.session() as session:
        ids = _village_program_ids(session)
        changes = _declined(session, ids) if declined else _awaiting(session, ids)
        requests = []
        for change in changes:
            row = session.get(Candidate, change.candidate_id)
            program = session.get(Program, change.program_id)
            body = json.loads(change.payload)
            fields = dict(body.get("changes") or {})
            requests.append(
                ChangeRequest(
                    id=change.id or 0, kind=change.kind, nik=change.nik,
                    name=row.name if row else "?", status=row.status if row else "?",
                    changes=fields,
                    current={k: _wire(getattr(row, k, None)) for k in fields} if row else {},
                    reason=str(body.get("reason") or ""), by=change.created_by,
                    at=change.created_at, program=program.name if program else "?",
                    declined_by=change.verified_by if declined else None,
                    declined_reason=change.detail if declined else None,
                )
            )  # fmt: skip
        return requests


def _declined(session: Session, program_ids: list[int], limit: int = 200) -> list[CandidateChange]:
    return list(
        session.exec(
            select(CandidateChange)
            .where(
                CandidateChange.program_id.in_(program_ids),  # type: ignore[attr-defined]
                CandidateChange.direction == OUT,
                CandidateChange.outcome == DECLINED,
            )
            .order_by(CandidateChange.id.desc())  # type: ignore[union-attr]
            .limit(limit)
        )
    )


def _change_to_decide(session: Session, verifier: Actor, change_id: int) -> CandidateChange:
    """The waiting change a second person approves or declines (never the one who asked)."""
    lock_chain(session)
    require_role(session, "village")
    change = _waiting_change(session, change_id)
    if same_person(verifier.name, change.created_by):
        raise DomainError(error("CHANGE_FOUR_EYES", None, actor=change.created_by))
    return change


def _waiting_change(session: Session, change_id: int) -> CandidateChange:
    change = session.get(CandidateChange, change_id)
    if (
        change is None or change.direction != OUT or change.verified_by is not None
        or change.outcome is not None
    ):  # fmt: skip
        raise DomainError(error("CHANGE_NOT_WAITING", None, id=change_id))
    return change


def approve_change(store: Store, verifier: Actor, change_id: int) -> ChangeRequest:
    """Village, four eyes: a second person (never the one who asked) approves a correction or a
    withdrawal. Only now is the record changed; the change leaves with the next batch. The
    correction is checked again with the full rules against the record as it is now."""
    verifier.require(Permission.VERIFY_CANDIDATES)
    request = _request_of(store, verifier, change_id)
    with store.session() as session:
        change = _change_to_decide(session, verifier, change_id)
        row = session.get(Candidate, change.candidate_id)
        program = session.get(Program, change.program_id)
        assert row is not None and program is not None
        body = json.loads(change.payload)
        if change.kind == CORRECTION:
            _apply_correction(session, verifier, program, row, change, body)
        else:
            _apply_withdrawal(session, verifier, program, row, change, body)
        change.verified_by, change.verified_at = verifier.name, clock.now()
        AuditWriter(session).record(
            verifier.name, f"change.approve.{change.kind}", "candidate_change", change.id,
            after={"candidate": row.id, "requested_by": change.created_by},
            reason=str(body.get("reason") or "")[:500],
        )  # fmt: skip
    return request


def decline_change(
    store: Store, verifier: Actor, change_id: int, reason: str | None
) -> ChangeRequest:
    """Village, four eyes: a second person declines a correction or withdrawal, with the
    reason. The record stays as it was; nothing is sent."""
    verifier.require(Permission.VERIFY_CANDIDATES)
    reason = (reason or "").strip()
    if not reason:
        raise DomainError(error("CHANGE_DECLINE_REASON_REQUIRED", "reason"))
    request = _request_of(store, verifier, change_id)
    with store.session() as session:
        change = _change_to_decide(session, verifier, change_id)
        change.outcome, change.detail = DECLINED, reason[:500]
        change.verified_by, change.verified_at = verifier.name, clock.now()
        AuditWriter(session).record(
            verifier.name, f"change.decline.{change.kind}", "candidate_change", change.id,
            after={"candidate": change.candidate_id, "requested_by": change.created_by},
            reason=reason[:500],
        )  # fmt: skip
    return request


def _request_of(store: Store, actor: Actor, change_id: int) -> ChangeRequest:
    found = [r for r in changes_to_check(store, actor) if r.id == change_id]
    if not found:
        raise DomainError(error("CHANGE_NOT_WAITING", None, id=change_id))
    return found[0]


def wire_changes(changes: list[CandidateChange]) -> tuple[list[dict], list[dict]]:
    """The batch's ``corrections`` and ``withdrawals`` lists (docs/batch-format.md)."""
    corrections: list[dict[str, Any]] = []
    withdrawals: list[dict[str, Any]] = []
    for change in changes:
        item = {"nik": change.nik, **json.loads(change.payload)}
        (corrections if change.kind == CORRECTION else withdrawals).append(item)
    return corrections, withdrawals


def mark_sent(changes: list[CandidateChange], sequence: int) -> None:
    for change in changes:
        change.batch_sequence = sequence


# --- district ----------------------------------------------------------------------------------


def _items(payload: dict[str, Any], key: str) -> list[dict[str, Any]]:
    """A batch's list of changes; a missing list is empty, a malformed one refuses the file."""
    items = payload.get(key, [])
    if items is None:
        return []
    if not isinstance(items, list) or len(items) > MAX_CHANGES:
        raise container.refuse("PAYLOAD_INVALID", detail=key)
    if not all(isinstance(i, dict) for i in items):
        raise container.refuse("PAYLOAD_INVALID", detail=key)
    return items


def _short(value: Any, limit: int) -> str | None:
    if value is None or isinstance(value, bool) or not isinstance(value, str | int):
        return None
    text = str(value).strip()
    return text[:limit] or None


class _Unapplied(Exception):
    def __init__(self, outcome: str, **params: Any) -> None:
        super().__init__(outcome)
        self.outcome = outcome
        self.params = params


@dataclass
class _Received:
    """One change as received, with what became of it."""

    kind: str
    nik: str
    reason: str | None
    by: str | None
    at: str | None
    changes: dict[str, Any] = field(default_factory=dict)
    outcome: str = APPLIED
    detail: str | None = None
    code: str | None = None
    candidate_id: int | None = None
    bpjs: bool = False
    before: dict[str, Any] = field(default_factory=dict)  # applied correction: the old values


def receive_changes(
    session: Session,
    actor: Actor,
    program: Program,
    peer: PeerStation,
    sequence: int,
    payload: dict[str, Any],
    result: Any,
    prev: str,
) -> str:
    """District: apply a batch's corrections, then its withdrawals (after its records).

    ``result`` (an ``ImportedFile``) gets the counts and the changes not applied. Returns the
    audit chain's last hash.
    """
    corrections = _items(payload, "corrections")
    withdrawals = _items(payload, "withdrawals")
    if not corrections and not withdrawals:
        return prev
    audit = AuditWriter(session, prev)
    last = prev
    rules = rules_of(program)
    for kind, items in ((CORRECTION, corrections), (WITHDRAWAL, withdrawals)):
        for item in items:
            received = _Received(
                kind, normalize_nik(_short(item.get("nik"), 40) or "")[:16],
                _short(item.get("reason"), 400), _short(item.get("by"), 64),
                _short(item.get("at"), 40),
            )  # fmt: skip
            try:
                target = _target(session, program, peer, received)
                if isinstance(target, Conflict):
                    last = _withdraw_conflict(audit, actor, peer, sequence, target, received)
                elif kind == CORRECTION:
                    last = _receive_correction(audit, actor, rules, peer, sequence, target,
                                               item, received) or last  # fmt: skip
                else:
                    last = _receive_withdrawal(audit, actor, peer, sequence, target, received)
            except _Unapplied as why:
                received.outcome = why.outcome
                code = OUTCOME_CODES[why.outcome]
                received.code = code
                finding = error(code, None, nik=mask_nik(received.nik), **why.params)
                received.detail = finding.message[:500]
            _record(session, program, peer, sequence, received)
            _report(result, received)
    return last


def _target(
    session: Session, program: Program, peer: PeerStation, received: _Received
) -> Candidate | Conflict:
    """The record this change is about, if it came from this same village; otherwise why not.

    A withdrawal of a NIK still waiting in an open conflict (this village sent it second) is
    about that conflict: the proposal is withdrawn, the other village's record is untouched.
    """
    nik = received.nik
    if not (nik.isascii() and nik.isdigit() and len(nik) == 16):
        raise _Unapplied("invalid", detail="NIK")
    if not received.reason:
        raise _Unapplied("invalid", detail="alasan")
    row = find_by_nik(session, program.id or 0, nik)
    if row is not None and row.source_station_id == peer.station_id:
        return row
    if received.kind == WITHDRAWAL:
        conflict = session.exec(
            select(Conflict).where(
                Conflict.program_id == program.id, Conflict.nik == nik,
                Conflict.station_id == peer.station_id, Conflict.status == "open",
            )
        ).first()  # fmt: skip
        if conflict is not None:
            return conflict
    if row is None:
        raise _Unapplied("unknown")
    owner = session.get(PeerStation, row.source_station_id) if row.source_station_id else None
    raise _Unapplied("other_station", village=owner.region_code if owner else "kabupaten")


def _withdraw_conflict(
    audit: AuditWriter, actor: Actor, peer: PeerStation, sequence: int, conflict: Conflict,
    received: _Received,
) -> str:  # fmt: skip
    conflict.status = "withdrawn"
    conflict.decided_by, conflict.decided_at = actor.name, clock.now()
    event = audit.record(
        actor.name, "conflict.withdrawn", "conflict", conflict.id,
        after={"status": conflict.status},
        reason=f"{WITHDRAWN_PREFIX}{received.reason} (kiriman {sequence} dari "
        f"{peer.region_code})"[:500],
    )  # fmt: skip
    return event.hash


def _receive_correction(
    audit: AuditWriter, actor: Actor, rules: ProgramRules, peer: PeerStation, sequence: int,
    row: Candidate, item: dict[str, Any], received: _Received,
) -> str | None:  # fmt: skip
    status = CandidateStatus(row.status)
    if status not in SENT:
        raise _Unapplied("status", **status_params(row.status))
    raw = item.get("changes")
    if not isinstance(raw, dict) or not raw:
        raise _Unapplied("invalid", detail="changes")
    requested: dict[str, Any] = {}
    for name, value in raw.items():
        try:
            key = correctable_field(str(name)[:40])
        except DomainError as exc:
            raise _Unapplied("invalid", detail=exc.finding.message) from exc
        if value is not None and (isinstance(value, bool) or not isinstance(value, str | int)):
            raise _Unapplied("invalid", detail=key)
        requested[key] = _blank(_short(value, 1000) if isinstance(value, str) else value)
    received.changes = {k: _wire(v) for k, v in requested.items()}
    received.candidate_id = row.id
    changed, errors, warnings = _corrected(row, requested, rules)
    if errors:
        raise _Unapplied("rules", reasons="; ".join(f.message for f in errors))
    received.bpjs = status is CandidateStatus.ENROLLED
    if not changed:
        return None  # already as the village says
    received.before = {k: _wire(getattr(row, k)) for k in changed}
    reason = f"{received.reason} (koreksi desa {peer.region_code}, kiriman {sequence})"
    return _apply(audit, actor.name, row, changed, warnings, reason)


def _receive_withdrawal(
    audit: AuditWriter, actor: Actor, peer: PeerStation, sequence: int, row: Candidate,
    received: _Received,
) -> str:  # fmt: skip
    status = CandidateStatus(row.status)
    if status not in SENT:
        raise _Unapplied("status", **status_params(row.status))
    ended = status is CandidateStatus.ENROLLED
    target = CandidateStatus.ENDED if ended else CandidateStatus.REJECTED
    text = (WITHDRAWN_PREFIX + (received.reason or ""))[:500]
    check_transition(status, target, actor=actor.name, entered_by=row.entered_by, reason=text)
    before = row_state(row)
    row.status, row.rejection_reason, row.updated_at = target.value, text, clock.now()
    after = row_state(row)
    b, a = diff(before, after)
    received.candidate_id = row.id
    received.bpjs = status is CandidateStatus.ENROLLED
    event = audit.record(
        actor.name, "candidate.withdraw", "candidate", row.id, before=b, after=a, state=after,
        reason=f"{text} (kiriman {sequence} dari {peer.region_code})"[:500],
    )  # fmt: skip
    return event.hash


def _record(
    session: Session, program: Program, peer: PeerStation, sequence: int, received: _Received
) -> None:
    body: dict[str, Any] = {"reason": received.reason, "at": received.at, "by": received.by}
    if received.kind == CORRECTION:
        body["changes"] = received.changes
        if received.before:
            body["before"] = received.before  # what BPJS holds now (for "bpjs changes")
    session.add(
        CandidateChange(
            program_id=program.id, direction=IN, kind=received.kind,
            candidate_id=received.candidate_id, nik=received.nik or "?",
            payload=json.dumps(body, ensure_ascii=False), created_at=clock.now(),
            created_by=(received.by or "?")[:64], station_id=peer.station_id,
            batch_sequence=sequence, outcome=received.outcome, detail=received.detail,
            bpjs=received.bpjs and received.outcome == APPLIED,
        )
    )  # fmt: skip


def _report(result: Any, received: _Received) -> None:
    if received.outcome == APPLIED:
        if received.kind == CORRECTION:
            result.corrections_applied += 1
        else:
            result.withdrawals_applied += 1
        if received.bpjs:
            result.for_bpjs += 1
        return
    result.unapplied.append({
        "kind": received.kind, "nik": mask_nik(received.nik), "outcome": received.outcome,
        "code": received.code, "reason": received.detail,
    })  # fmt: skip


@dataclass
class BpjsChange:
    """District: an applied change to an enrolled participant, which BPJS must be told."""

    received_at: datetime
    village: str
    kind: str
    nik: str
    name: str
    kpj: str | None
    status: str
    changes: dict[str, Any]
    reason: str | None
    program: str = ""  # the program's name (older programs' participants are listed too)
    before: dict[str, Any] = field(default_factory=dict)  # the values BPJS holds (corrections)
    passed_at: datetime | None = None  # written to a workbook for BPJS ("bpjs changes --out")
    id: int = 0

    @property
    def kind_word(self) -> str:
        return {CORRECTION: "koreksi", WITHDRAWAL: "penarikan"}.get(self.kind, self.kind)

    def what(self) -> str:
        """What changed, as an officer reads it: "nama: Dewi Lestari → Dewi Lestary, nomor HP:
        0812… → (kosong)" (old values where known), or for a withdrawal the status it left the
        participant in."""
        if self.changes:
            return ", ".join(
                f"{field_label(k)}: {_shown(self.before[k])} → {_shown(v)}"
                if k in self.before
                else f"{field_label(k)}: {_shown(v)}"
                for k, v in self.changes.items()
            )
        return STATUS_LABELS_ID.get(CandidateStatus(self.status), self.status)


def bpjs_changes(store: Store, actor: Actor, *, passed_too: bool = False) -> list[BpjsChange]:
    """District: the "perubahan untuk BPJS" — corrections and withdrawals of enrolled
    participants in every program of this district (the running one and older ones, whose
    participants' coverage may still run), oldest first. Those already written to a workbook
    for BPJS (:func:`mark_bpjs_passed`) only with ``passed_too``. Nothing is sent anywhere."""
    actor.require(Permission.READ_CANDIDATES)
    with store.session() as session:
        require_role(session, "district")
        names = {p.id: p.name for p in session.exec(select(Program))}
        out = []
        query = (
            select(CandidateChange, Candidate)
            .join(Candidate, Candidate.id == CandidateChange.candidate_id)  # type: ignore[arg-type]
            .where(
                CandidateChange.direction == IN,
                CandidateChange.bpjs == True,  # noqa: E712
            )
            .order_by(CandidateChange.id)  # type: ignore[arg-type]
        )
        if not passed_too:
            query = query.where(CandidateChange.bpjs_passed_at.is_(None))  # type: ignore[union-attr]
        for change, row in session.exec(query):
            body = json.loads(change.payload)
            peer = session.get(PeerStation, change.station_id) if change.station_id else None
            out.append(
                BpjsChange(
                    change.created_at, peer.region_code if peer else "?", change.kind, row.nik,
                    row.name, row.kpj, row.status, body.get("changes") or {}, body.get("reason"),
                    names.get(change.program_id, "?"), body.get("before") or {},
                    change.bpjs_passed_at, change.id or 0,
                )
            )  # fmt: skip
        return out


def mark_bpjs_passed(store: Store, actor: Actor, ids: list[int], file: str) -> None:
    """District: these changes went to BPJS in ``file`` (a workbook just written): they leave
    the list of changes still to pass on. Recorded in the audit trail."""
    actor.require(Permission.MANAGE_PROGRAM)
    with store.session() as session:
        lock_chain(session)
        require_role(session, "district")
        now = clock.now()
        for change_id in ids:
            change = session.get(CandidateChange, change_id)
            if change is not None and change.direction == IN and change.bpjs:
                change.bpjs_passed_at = now
        AuditWriter(session).record(
            actor.name, "bpjs.changes_export", "exchange", None,
            after={"file": file, "changes": len(ids)},
        )  # fmt: skip
