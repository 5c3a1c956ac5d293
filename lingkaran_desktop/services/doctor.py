"""``lingkaran doctor``: is the database intact and does it hold only what the app wrote?"""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import func, text
from sqlmodel import select

from lingkaran_desktop.domain.findings import Finding, error
from lingkaran_desktop.domain.nik import mask_nik
from lingkaran_desktop.services.audit import row_state, state_hash_of, verify_chain
from lingkaran_desktop.store.models import AuditEvent, Candidate
from lingkaran_desktop.store.store import Store


@dataclass
class DoctorReport:
    checked_candidates: int = 0
    checked_events: int = 0
    problems: list[Finding] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems


def run_doctor(store: Store) -> DoctorReport:
    report = DoctorReport()
    with store.session() as session:
        if store.engine.dialect.name == "sqlite":
            rows = session.exec(text("PRAGMA integrity_check")).all()  # type: ignore[call-overload]
            results = [r[0] for r in rows]
            if results != ["ok"]:
                report.problems.append(error("DB_INTEGRITY", detail="; ".join(results[:5])))
            fk = session.exec(text("PRAGMA foreign_key_check")).all()  # type: ignore[call-overload]
            if fk:
                report.problems.append(
                    error("DB_INTEGRITY", detail=f"{len(fk)} foreign key violation(s)")
                )

        report.checked_events = session.exec(select(func.count()).select_from(AuditEvent)).one()
        for event_id, detail in verify_chain(session):
            report.problems.append(error("AUDIT_CHAIN_BROKEN", id=event_id, detail=detail))

        # The last recorded state of every candidate, by one grouped query.
        last_ids = (
            select(AuditEvent.entity_id, func.max(AuditEvent.id).label("last_id"))
            .where(AuditEvent.entity == "candidate")
            .group_by(AuditEvent.entity_id)
            .subquery()
        )
        recorded = {
            entity_id: (action, state_hash)
            for entity_id, action, state_hash in session.exec(
                select(AuditEvent.entity_id, AuditEvent.action, AuditEvent.state_hash).join(
                    last_ids, AuditEvent.id == last_ids.c.last_id
                )
            )
        }
        seen: set[int] = set()
        for row in session.exec(select(Candidate).order_by(Candidate.id)).yield_per(2000):
            report.checked_candidates += 1
            seen.add(row.id or 0)
            last = recorded.get(row.id)
            masked = mask_nik(row.nik)
            if last is None:
                report.problems.append(error("CANDIDATE_WITHOUT_AUDIT", id=row.id, masked=masked))
            elif last[1] != state_hash_of(row_state(row)):
                report.problems.append(
                    error("CANDIDATE_CHANGED_OUTSIDE_APP", id=row.id, masked=masked)
                )
        for entity_id, (action, state_hash) in recorded.items():
            purged = state_hash == ""  # emptied by program.purge (see services.purge)
            if entity_id not in seen and action != "candidate.delete" and not purged:
                report.problems.append(error("CANDIDATE_DELETED_OUTSIDE_APP", id=entity_id))
    return report
