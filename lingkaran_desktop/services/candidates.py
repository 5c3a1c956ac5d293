"""Registering, listing, verifying and rejecting candidates."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Integer, and_, func, or_
from sqlalchemy import text as sa_text
from sqlmodel import Session, select

from lingkaran_desktop import clock
from lingkaran_desktop.domain.candidate import CandidateFields, check_candidate
from lingkaran_desktop.domain.findings import DomainError, Finding, error, errors_of
from lingkaran_desktop.domain.nik import NIK_LENGTH, mask_nik, normalize_nik, parse_nik
from lingkaran_desktop.domain.status import STATUS_LABELS_ID, CandidateStatus, check_transition
from lingkaran_desktop.services.audit import AuditWriter, diff, lock_chain, row_state
from lingkaran_desktop.services.installation import active_program, installation_of, rules_of
from lingkaran_desktop.services.roles import Permission
from lingkaran_desktop.services.users import Actor
from lingkaran_desktop.store.models import Candidate
from lingkaran_desktop.store.store import Store

PUBLIC_FIELDS = (
    "nik", "kk", "name", "sex", "birth_place", "birth_date", "mother_name", "address", "rt",
    "rw", "village_code", "phone", "occupation_code", "income", "desil", "funding",
    "proposed_by", "notes", "warnings", "status", "kpj", "coverage_start", "coverage_end",
    "rejection_reason", "entered_by", "entered_at", "verified_by", "verified_at",
)  # fmt: skip


@dataclass
class Registered:
    candidate: dict[str, Any]
    warnings: list[Finding] = field(default_factory=list)


def candidate_dict(row: Candidate) -> dict[str, Any]:
    return {name: getattr(row, name) for name in PUBLIC_FIELDS}


def refuse_invalid(findings: list[Finding]) -> DomainError:
    """The refusal for a record whose check found errors (one error, or all of them listed)."""
    errors = [f for f in findings if f.is_error]
    first = errors[0]
    if len(errors) == 1:
        return DomainError(first)
    return DomainError(
        error("INVALID_DATA", first.field, reasons="; ".join(f.message for f in errors))
    )


def find_by_nik(session: Session, program_id: int, nik: str) -> Candidate | None:
    return session.exec(
        select(Candidate).where(Candidate.program_id == program_id, Candidate.nik == nik)
    ).first()


def status_params(status: str) -> dict[str, str]:
    """A status for a message: ``status`` the Indonesian label, ``status_code`` the stored code
    (the English text shows the code)."""
    try:
        label = STATUS_LABELS_ID[CandidateStatus(status)]
    except ValueError:
        label = status
    return {"status": label, "status_code": status}


def typed_nik_format_error(raw: object) -> Finding | None:
    """What is wrong with a typed NIK that cannot be one at all (empty, not digits, not 16
    digits): said before looking it up, instead of "no candidate with NIK •••"."""
    nik = normalize_nik(raw)
    if len(nik) == NIK_LENGTH and nik.isascii() and nik.isdigit():
        return None
    errors = errors_of(parse_nik(raw).findings)
    return errors[0] if errors else None


def find_typed_nik(session: Session, program_id: int, raw: object) -> Candidate:
    """The candidate of a NIK a user typed, or a refusal that says why there is none: what is
    wrong with the NIK when it cannot be a NIK, else CANDIDATE_NOT_FOUND."""
    wrong = typed_nik_format_error(raw)
    if wrong is not None:
        raise DomainError(wrong)
    nik = normalize_nik(raw)
    row = find_by_nik(session, program_id, nik)
    if row is None:
        # a well-formed but impossible NIK (unknown province, no such date…) says so
        errors = errors_of(parse_nik(nik).findings)
        missing = error("CANDIDATE_NOT_FOUND", "nik", nik=mask_nik(nik))
        raise DomainError(errors[0] if errors else missing)
    return row


def register_candidate(store: Store, actor: Actor, fields: CandidateFields) -> Registered:
    """Check and store one candidate as *proposed*. Errors refuse it; warnings go with it."""
    actor.require(Permission.ENTER_CANDIDATES)
    with store.session() as session:
        lock_chain(session)
        installation = installation_of(session)
        program = active_program(session)
        if installation.role == "village" and not fields.village_code:
            fields.village_code = installation.region_code
        if not fields.village_code:
            raise DomainError(error("VILLAGE_REQUIRED", "village_code"))
        if not fields.village_code.replace(".", "").startswith(
            installation.region_code.replace(".", "")
        ):
            raise DomainError(
                error(
                    "VILLAGE_OUTSIDE_REGION",
                    "village_code",
                    code=fields.village_code,
                    region=installation.region_code,
                )
            )
        check = check_candidate(fields, rules_of(program), clock.today())
        if not check.ok:
            raise refuse_invalid(check.findings)
        existing = find_by_nik(session, program.id, check.values["nik"])
        if existing is not None:
            raise DomainError(
                error(
                    "NIK_ALREADY_REGISTERED",
                    "nik",
                    name=existing.name,
                    **status_params(existing.status),
                )
            )
        now = clock.now()
        row = Candidate(
            program_id=program.id,
            status=CandidateStatus.PROPOSED.value,
            warnings=",".join(sorted({w.code for w in check.warnings})),
            entered_by=actor.name,
            entered_at=now,
            updated_at=now,
            **check.values,
        )
        session.add(row)
        session.flush()
        state = row_state(row)
        AuditWriter(session).record(
            actor.name, "candidate.add", "candidate", row.id, after=state, state=state
        )
        return Registered(candidate_dict(row), check.warnings)


EDITABLE = (CandidateStatus.PROPOSED, CandidateStatus.VERIFIED, CandidateStatus.REJECTED)


def get_candidate(store: Store, actor: Actor, nik: str) -> dict[str, Any]:
    actor.require(Permission.READ_CANDIDATES)
    with store.session() as session:
        program = active_program(session)
        row = find_typed_nik(session, program.id, nik)
        return candidate_dict(row)


def fields_of(row: dict[str, Any]) -> CandidateFields:
    """The stored values of a candidate as form fields (to edit them)."""
    names = [f for f in CandidateFields.__dataclass_fields__ if f != "nik_from_numeric_cell"]
    values = {name: row.get(name) for name in names}
    values["occupation"] = row.get("occupation_code")
    if values.get("birth_date") is not None:
        values["birth_date"] = row["birth_date"].isoformat()
    return CandidateFields(**values)


def update_candidate(
    store: Store, actor: Actor, nik: str, fields: CandidateFields, reason: str | None = None
) -> Registered:
    """Correct a candidate not yet sent. A verified or rejected record goes back to *proposed*
    (it must be checked again), and the corrector counts as its enterer for the four-eyes rule;
    the audit trail keeps who typed what."""
    actor.require(Permission.ENTER_CANDIDATES)
    with store.session() as session:
        lock_chain(session)
        program = active_program(session)
        row = find_typed_nik(session, program.id, nik)
        if CandidateStatus(row.status) not in EDITABLE:
            raise DomainError(error("CANDIDATE_LOCKED", "nik", **status_params(row.status)))
        fields.village_code = fields.village_code or row.village_code
        check = check_candidate(fields, rules_of(program), clock.today())
        if not check.ok:
            raise refuse_invalid(check.findings)
        other = (
            find_by_nik(session, program.id, check.values["nik"])
            if check.values["nik"] != row.nik
            else None
        )
        if other is not None:
            raise DomainError(
                error(
                    "NIK_ALREADY_REGISTERED", "nik", name=other.name, **status_params(other.status)
                )
            )
        before = row_state(row)
        for name, value in check.values.items():
            setattr(row, name, value)
        row.warnings = ",".join(sorted({w.code for w in check.warnings}))
        if row.status != CandidateStatus.PROPOSED.value:
            row.status = CandidateStatus.PROPOSED.value
            row.verified_by = row.verified_at = row.rejection_reason = None
        row.entered_by = actor.name
        row.updated_at = clock.now()
        after = row_state(row)
        b, a = diff(before, after)
        if b:
            AuditWriter(session).record(
                actor.name, "candidate.edit", "candidate", row.id, before=b, after=a,
                state=after, reason=(reason or "").strip() or None,
            )  # fmt: skip
        return Registered(candidate_dict(row), check.warnings)


# Columns the list may be sorted by (a whitelist: never a column name from outside).
SORT_COLUMNS: dict[str, tuple[Any, ...]] = {
    "id": (Candidate.id,),
    "nik": (Candidate.nik,),
    "name": (Candidate.name,),
    "birth_date": (Candidate.birth_date,),
    "status": (Candidate.status,),
    "village": (Candidate.village_code,),
    "rt_rw": (Candidate.rt, Candidate.rw),
}


def _rt_rw_key(value: str | None) -> str | None:
    """"3" or "003" -> "003" as stored; None for an empty or non-numeric text."""
    text = (value or "").strip()
    return text.zfill(3) if text.isascii() and text.isdigit() and len(text) <= 3 else None


def _filtered(
    query: Any,
    program_id: int,
    status: str | None,
    search: str | None,
    dialect: str = "sqlite",
    *,
    occupation: str | None = None,
    rt: str | None = None,
    rw: str | None = None,
    has_warnings: bool = False,
) -> Any:
    query = query.where(Candidate.program_id == program_id)
    if status:
        query = query.where(Candidate.status == CandidateStatus(status).value)
    if occupation:
        query = query.where(Candidate.occupation_code == occupation.strip().upper())
    for column, value in ((Candidate.rt, rt), (Candidate.rw, rw)):
        if value and value.strip():
            # Not a number RT/RW never matches (no row stores one).
            query = query.where(column == (_rt_rw_key(value) or "-"))
    if has_warnings:
        query = query.where(Candidate.warnings != "")
    if search and search.strip():
        text_ = " ".join(search.split())
        digits = normalize_nik(text_)
        if digits.isascii() and digits.isdigit():
            # A NIK or KPJ: prefix match on the indexed columns.
            # A range, not LIKE: both engines answer it from the index (SQLite's LIKE is
            # case-insensitive and cannot); ':' is the character after '9'.
            end = digits + ":"
            query = query.where(
                or_(
                    and_(Candidate.nik >= digits, Candidate.nik < end),
                    and_(Candidate.kpj >= digits, Candidate.kpj < end),  # type: ignore[operator]
                )
            )
        elif dialect == "sqlite" and len(text_) >= 3:
            phrase = '"' + text_.replace('"', '""') + '"'
            fts = sa_text("SELECT rowid FROM candidate_fts WHERE candidate_fts MATCH :q")
            query = query.where(
                Candidate.id.in_(fts.bindparams(q=phrase).columns(rowid=Integer))  # type: ignore[union-attr]
            )
        else:
            query = query.where(Candidate.name.ilike(f"%{text_}%"))
    return query


def _ordered(query: Any, order_by: str, descending: bool) -> Any:
    if order_by not in SORT_COLUMNS:
        raise ValueError(f"cannot sort candidates by {order_by!r}: one of {sorted(SORT_COLUMNS)}")
    columns = [*SORT_COLUMNS[order_by], Candidate.id]  # the id keeps pages stable on ties
    if order_by == "id":
        columns = columns[:1]
    nullable = {Candidate.rt, Candidate.rw}
    terms = []
    for column in columns:
        term = column.desc() if descending else column.asc()
        # Both engines put a missing RT/RW last (PostgreSQL and SQLite disagree by default).
        terms.append(term.nulls_last() if any(column is c for c in nullable) else term)
    return query.order_by(*terms)


def list_candidates(
    store: Store,
    actor: Actor,
    status: str | None = None,
    search: str | None = None,
    limit: int | None = None,
    offset: int = 0,
    *,
    order_by: str = "id",
    descending: bool = False,
    occupation: str | None = None,
    rt: str | None = None,
    rw: str | None = None,
    has_warnings: bool = False,
) -> list[dict[str, Any]]:
    """Candidates of the active program, filtered, sorted and paged in SQL (never in Python).

    ``order_by`` is one of :data:`SORT_COLUMNS` (``"id"``: the order they were entered).
    """
    actor.require(Permission.READ_CANDIDATES)
    with store.session() as session:
        program = active_program(session)
        query = _filtered(
            select(Candidate), program.id, status, search, store.engine.dialect.name,
            occupation=occupation, rt=rt, rw=rw, has_warnings=has_warnings,
        )  # fmt: skip
        query = _ordered(query, order_by, descending).offset(offset)
        if limit is not None:
            query = query.limit(limit)
        return [candidate_dict(row) for row in session.exec(query)]


def count_candidates(
    store: Store,
    actor: Actor,
    status: str | None = None,
    search: str | None = None,
    *,
    occupation: str | None = None,
    rt: str | None = None,
    rw: str | None = None,
    has_warnings: bool = False,
) -> int:
    actor.require(Permission.READ_CANDIDATES)
    with store.session() as session:
        program = active_program(session)
        query = _filtered(
            select(func.count()).select_from(Candidate), program.id, status, search,
            store.engine.dialect.name, occupation=occupation, rt=rt, rw=rw,
            has_warnings=has_warnings,
        )  # fmt: skip
        return session.exec(query).one()


def occupations_in_use(store: Store, actor: Actor) -> list[tuple[str, int]]:
    """The occupation codes the active program's candidates have, with how many: for a filter."""
    actor.require(Permission.READ_CANDIDATES)
    with store.session() as session:
        program = active_program(session)
        rows = session.exec(
            select(Candidate.occupation_code, func.count())
            .where(Candidate.program_id == program.id)
            .group_by(Candidate.occupation_code)
            .order_by(Candidate.occupation_code)
        ).all()
        return [(code, n) for code, n in rows]


def count_by_status(store: Store, actor: Actor) -> dict[str, int]:
    actor.require(Permission.READ_CANDIDATES)
    with store.session() as session:
        program = active_program(session)
        rows = session.exec(
            select(Candidate.status, func.count())
            .where(Candidate.program_id == program.id)
            .group_by(Candidate.status)
        ).all()
        counts = {s.value: 0 for s in CandidateStatus}
        counts.update({status: n for status, n in rows})
        return counts


@dataclass
class Decision:
    nik_masked: str
    name: str
    status: str


@dataclass
class VerifyOutcome:
    decided: list[Decision] = field(default_factory=list)
    skipped_own: list[Decision] = field(default_factory=list)
    skipped_warnings: list[Decision] = field(default_factory=list)


def _change_status(
    audit: AuditWriter, actor: Actor, row: Candidate, target: CandidateStatus, reason: str | None
) -> None:
    check_transition(
        CandidateStatus(row.status),
        target,
        actor=actor.name,
        entered_by=row.entered_by,
        reason=reason,
    )
    before = row_state(row)
    now = clock.now()
    row.status = target.value
    if target is CandidateStatus.VERIFIED:
        row.verified_by, row.verified_at = actor.name, now
        row.rejection_reason = None
    elif target is CandidateStatus.REJECTED:
        row.verified_by, row.verified_at = actor.name, now
        row.rejection_reason = (reason or "").strip()
    row.updated_at = now
    after = row_state(row)
    changed_before, changed_after = diff(before, after)
    audit.record(
        actor.name,
        f"candidate.{target.value}",
        "candidate",
        row.id,
        before=changed_before,
        after=changed_after,
        state=after,
        reason=reason,
    )


def decide(
    store: Store,
    actor: Actor,
    niks: list[str] | None,
    *,
    reject: bool = False,
    reason: str | None = None,
    include_warnings: bool = False,
) -> VerifyOutcome:
    """Verify (or reject) candidates.

    With explicit NIKs every one must be decidable, or nothing changes. With ``niks=None`` every
    proposed candidate is decided except the actor's own entries (four eyes) and, unless
    ``include_warnings``, the ones with warnings the verifier has to look at: those are skipped
    and listed.
    """
    actor.require(Permission.VERIFY_CANDIDATES)
    target = CandidateStatus.REJECTED if reject else CandidateStatus.VERIFIED
    outcome = VerifyOutcome()
    with store.session() as session:
        lock_chain(session)
        program = active_program(session)
        audit = AuditWriter(session)
        if niks is None:
            rows = session.exec(
                select(Candidate)
                .where(
                    Candidate.program_id == program.id,
                    Candidate.status == CandidateStatus.PROPOSED.value,
                )
                .order_by(Candidate.id)
            ).all()
            for row in rows:
                item = Decision(mask_nik(row.nik), row.name, row.status)
                if row.entered_by == actor.name:
                    outcome.skipped_own.append(item)
                    continue
                if row.warnings and not include_warnings and not reject:
                    outcome.skipped_warnings.append(item)
                    continue
                _change_status(audit, actor, row, target, reason)
                item.status = row.status
                outcome.decided.append(item)
            if not outcome.decided and outcome.skipped_warnings:
                raise DomainError(
                    error("ONLY_WARNINGS_LEFT", None, count=len(outcome.skipped_warnings))
                )
            if not outcome.decided:
                raise DomainError(error("NOTHING_TO_VERIFY"))
            return outcome
        for raw in niks:
            row = find_typed_nik(session, program.id, raw)
            _change_status(audit, actor, row, target, reason)
            outcome.decided.append(Decision(mask_nik(row.nik), row.name, row.status))
        return outcome
