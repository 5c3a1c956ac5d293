"""Renewal for the next coverage period: nobody is typed again.

When the district's profile for the next period (a new program) has been loaded, the village
copies the previous program's *enrolled* participants into the active program as new *proposed*
candidates: the same person data, checked again with the new program's rules (age at the new
coverage start, desil limit…). Those that fail are listed with the reasons and not copied; NIKs
already in the new program are skipped and listed. Each copy gets its own audit event
(``candidate.renew``, naming the old program) and its coverage history: a ``coverage_period`` row
for the previous program's period and KPJ (and the earlier periods the old record had). From
there the copies go through verification and batches like any new candidate.

Rows are inserted in bulk (``services.bulk.insert_candidates``): a village may renew thousands.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from dateutil.relativedelta import relativedelta
from sqlalchemy import func, insert
from sqlalchemy import select as sa_select
from sqlmodel import Session, select

from lingkaran_desktop import clock
from lingkaran_desktop.domain.candidate import check_candidate
from lingkaran_desktop.domain.findings import DomainError, error
from lingkaran_desktop.domain.messages import register
from lingkaran_desktop.domain.nik import mask_nik
from lingkaran_desktop.domain.status import CandidateStatus
from lingkaran_desktop.services.audit import AuditWriter, last_hash, lock_chain
from lingkaran_desktop.services.bulk import (
    IN_CHUNK,
    candidate_defaults,
    insert_candidates,
    refresh_statistics,
)
from lingkaran_desktop.services.candidates import fields_of
from lingkaran_desktop.services.installation import active_program, rules_of
from lingkaran_desktop.services.roles import Permission
from lingkaran_desktop.services.trust import require_role
from lingkaran_desktop.services.users import Actor
from lingkaran_desktop.store.models import Candidate, CoveragePeriod, Program
from lingkaran_desktop.store.store import Store

register(
    "RENEW_PROGRAM_NOT_FOUND",
    "Program '{program}' tidak ditemukan. Program di instalasi ini: {choices}.",
    "Program '{program}' not found. Programs in this installation: {choices}.",
)
register(
    "RENEW_PROGRAM_AMBIGUOUS",
    "Ada beberapa program bernama '{program}'; sebut kodenya (uid): {choices}.",
    "Several programs are named '{program}'; give its uid: {choices}.",
)
register(
    "RENEW_SAME_PROGRAM",
    "'{name}' adalah program yang sedang berjalan. Muat dulu berkas program periode berikutnya "
    "dari kabupaten, lalu perpanjang peserta dari program lama ini.",
    "'{name}' is the running program. Load the district's program file for the next period "
    "first, then renew the participants of this old program.",
)
register(
    "RENEW_NOTHING",
    "Program '{name}' tidak punya peserta berstatus terdaftar untuk diperpanjang.",
    "Program '{name}' has no enrolled participants to renew.",
)


@dataclass(frozen=True)
class ProgramSummary:
    id: int
    uid: str
    name: str
    year: int
    active: bool
    enrolled: int


def list_programs(store: Store, actor: Actor) -> list[ProgramSummary]:
    """Every program of this installation, newest first, with its enrolled participants.

    Left out: the default program ``init`` created, once a district program replaced it with
    nobody ever entered in it (its candidates, if any, moved to the district's program).
    """
    actor.require(Permission.READ_CANDIDATES)
    with store.session() as session:
        current = active_program(session)
        enrolled: dict[int, int] = {}
        anyone: set[int] = set()
        for program_id, status, n in session.execute(
            sa_select(Candidate.program_id, Candidate.status, func.count()).group_by(
                Candidate.program_id, Candidate.status
            )
        ).all():
            anyone.add(program_id)
            if status == CandidateStatus.ENROLLED.value:
                enrolled[program_id] = int(n)
        return [
            ProgramSummary(
                p.id or 0, p.uid, p.name, p.year, p.id == current.id, enrolled.get(p.id or 0, 0)
            )
            for p in session.exec(select(Program).order_by(Program.id.desc()))  # type: ignore[union-attr]
            if p.id == current.id or p.district_station_id is not None or p.id in anyone
        ]


def previous_programs(store: Store, actor: Actor) -> list[ProgramSummary]:
    """Programs other than the running one whose enrolled participants could be renewed."""
    return [p for p in list_programs(store, actor) if not p.active and p.enrolled]


def find_program(session: Session, key: str | int) -> Program:
    """A program by its uid, its number or its exact name (case and spacing aside)."""
    text = str(key).strip()
    programs = list(session.exec(select(Program).order_by(Program.id)))
    found = [p for p in programs if p.uid == text]
    if not found and text.isdigit():
        found = [p for p in programs if p.id == int(text)]
    if not found:
        wanted = " ".join(text.split()).casefold()
        found = [p for p in programs if " ".join(p.name.split()).casefold() == wanted]
    if len(found) == 1:
        return found[0]
    if found:
        raise DomainError(
            error("RENEW_PROGRAM_AMBIGUOUS", None, program=text,
                  choices=", ".join(f"{p.uid} ({p.year})" for p in found))
        )  # fmt: skip
    raise DomainError(
        error("RENEW_PROGRAM_NOT_FOUND", None, program=text,
              choices="; ".join(f"{p.name} ({p.year}, {p.uid})" for p in programs))
    )  # fmt: skip


@dataclass
class RenewalReport:
    from_program: str
    from_uid: str
    to_program: str
    renewed: int = 0
    refused: list[dict[str, Any]] = field(default_factory=list)  # nik (masked), name, reasons
    skipped: list[dict[str, Any]] = field(default_factory=list)  # already in the new program


def renew_participants(store: Store, actor: Actor, from_program: str | int) -> RenewalReport:
    """Village: copy the enrolled participants of ``from_program`` (uid, number or name) into
    the active program as *proposed* candidates, re-checked with the active program's rules."""
    actor.require(Permission.ENTER_CANDIDATES)
    with store.session() as session:
        lock_chain(session)
        require_role(session, "village")
        target = active_program(session)
        source = find_program(session, from_program)
        if source.id == target.id:
            raise DomainError(error("RENEW_SAME_PROGRAM", None, name=source.name))
        table = Candidate.__table__
        old_rows = [
            dict(r)
            for r in session.execute(
                sa_select(table)
                .where(
                    table.c.program_id == source.id,
                    table.c.status == CandidateStatus.ENROLLED.value,
                )
                .order_by(table.c.id)
            ).mappings()
        ]
        if not old_rows:
            raise DomainError(error("RENEW_NOTHING", None, name=source.name))
        report = RenewalReport(source.name, source.uid, target.name)
        existing = dict(
            session.execute(
                sa_select(table.c.nik, table.c.status).where(table.c.program_id == target.id)
            ).all()
        )
        rules, today, now = rules_of(target), clock.today(), clock.now()
        defaults = candidate_defaults()
        del defaults["id"]
        new_rows: list[dict[str, Any]] = []
        for old in old_rows:
            if old["nik"] in existing:
                report.skipped.append({"nik": mask_nik(old["nik"]), "name": old["name"],
                                       "status": existing[old["nik"]]})  # fmt: skip
                continue
            check = check_candidate(fields_of(old), rules, today)
            if not check.ok:
                report.refused.append({"nik": mask_nik(old["nik"]), "name": old["name"],
                                       "reasons": [f.message for f in check.errors]})  # fmt: skip
                continue
            values = check.values
            row = dict(defaults)
            row.update(values)
            row.update(
                program_id=target.id, nik=old["nik"], name=values["name"] or old["name"],
                sex=values["sex"] or old["sex"],
                birth_date=values["birth_date"] or old["birth_date"],
                village_code=values["village_code"] or old["village_code"],
                occupation_code=values["occupation_code"] or old["occupation_code"],
                warnings=",".join(sorted({w.code for w in check.warnings}))[:2000],
                status=CandidateStatus.PROPOSED.value, entered_by=actor.name, entered_at=now,
                updated_at=now,
            )  # fmt: skip
            new_rows.append(row)
        reason = f"perpanjangan dari program {source.name} ({source.uid})"[:500]
        ids, prev = insert_candidates(
            session, actor.name, new_rows, "candidate.renew", reason, last_hash(session)
        )
        _copy_history(session, source, old_rows, ids, now)
        refresh_statistics(session)
        report.renewed = len(new_rows)
        AuditWriter(session, prev).record(
            actor.name, "program.renew", "program", target.id,
            after={"from_program": source.uid, "renewed": report.renewed,
                   "refused": len(report.refused), "skipped": len(report.skipped)},
            reason=reason,
        )  # fmt: skip
        return report


def _copy_history(
    session: Session, source: Program, old_rows: list[dict[str, Any]], ids: dict[str, int],
    now: Any,
) -> None:  # fmt: skip
    """Coverage periods of the renewed participants: the old program's, and any earlier ones."""
    if not ids:
        return
    old_by_nik = {r["nik"]: r for r in old_rows if r["nik"] in ids}
    earlier: dict[int, list[Any]] = {}
    old_ids = [r["id"] for r in old_by_nik.values()]
    periods = CoveragePeriod.__table__
    for start in range(0, len(old_ids), IN_CHUNK):
        chunk = old_ids[start : start + IN_CHUNK]
        for p in session.execute(
            sa_select(periods).where(periods.c.candidate_id.in_(chunk)).order_by(periods.c.id)
        ).mappings():
            earlier.setdefault(p["candidate_id"], []).append(p)
    source_end = source.coverage_start + relativedelta(months=source.months, days=-1)
    rows = []
    for nik, new_id in ids.items():
        old = old_by_nik[nik]
        for p in earlier.get(old["id"], []):
            rows.append({"candidate_id": new_id, "program_id": p["program_id"],
                         "start": p["start"], "end": p["end"], "kpj": p["kpj"],
                         "created_at": now})  # fmt: skip
        start: date = old["coverage_start"] or source.coverage_start
        end: date = old["coverage_end"] or source_end
        rows.append({"candidate_id": new_id, "program_id": source.id, "start": start,
                     "end": end, "kpj": old["kpj"], "created_at": now})  # fmt: skip
    session.execute(insert(periods), rows)


def coverage_history(store: Store, actor: Actor, nik: str) -> list[dict[str, Any]]:
    """The earlier coverage periods of a participant of the active program, oldest first."""
    actor.require(Permission.READ_CANDIDATES)
    with store.session() as session:
        program = active_program(session)
        row = session.exec(
            select(Candidate).where(Candidate.program_id == program.id, Candidate.nik == nik)
        ).first()
        if row is None:
            return []
        out = []
        for period, old in session.exec(
            select(CoveragePeriod, Program)
            .join(Program, Program.id == CoveragePeriod.program_id)  # type: ignore[arg-type]
            .where(CoveragePeriod.candidate_id == row.id)
            .order_by(CoveragePeriod.start)  # type: ignore[arg-type]
        ):
            out.append({"program": old.name, "program_uid": old.uid, "start": period.start,
                        "end": period.end, "kpj": period.kpj})  # fmt: skip
        return out
