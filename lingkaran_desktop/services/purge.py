"""End of a program: archive, then delete the personal data, with a record of the purge.

UU 27/2022 asks that personal data be kept no longer than its purpose. When a program ends, an
admin writes an encrypted, verified archive (the backup format) and then purges the program's
candidates, their coverage periods, conflicts, corrections and withdrawals. The audit events
about those people are kept but emptied of their data; the chain is re-linked from the first
emptied event, and the purge event records the old chain head and the archive's SHA-256, so the
original history stays provable from the archive.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import delete, select, update
from sqlmodel import Session

from lingkaran_desktop.domain.findings import DomainError, error
from lingkaran_desktop.domain.messages import register
from lingkaran_desktop.services.audit import AuditWriter, last_hash, rechain
from lingkaran_desktop.services.backup import write_backup
from lingkaran_desktop.services.installation import active_program
from lingkaran_desktop.services.roles import Permission
from lingkaran_desktop.services.users import Actor
from lingkaran_desktop.store.models import (
    AuditEvent,
    Candidate,
    CandidateChange,
    Conflict,
    CoveragePeriod,
)
from lingkaran_desktop.store.store import Store

CHUNK = 2000

register(
    "PURGE_CONFIRM_MISMATCH",
    "Untuk menghapus data, ketik nama program persis: '{name}'.",
    "To purge, type the program's name exactly: '{name}'.",
)


@dataclass
class PurgeReport:
    archive: str
    archive_sha256: str
    candidates: int
    events_emptied: int


def _relink(session: Session, first_id: int) -> None:
    """Recompute prev_hash/hash from ``first_id`` on (the emptied events changed)."""
    prev = session.execute(
        select(AuditEvent.hash).where(AuditEvent.id < first_id).order_by(AuditEvent.id.desc())
    ).scalars().first() or "0" * 64
    last = first_id - 1
    while True:
        events = session.execute(
            select(AuditEvent).where(AuditEvent.id > last).order_by(AuditEvent.id).limit(CHUNK)
        ).scalars().all()
        if not events:
            return
        for event in events:
            prev = rechain(event, prev)
            last = event.id or last
        session.flush()


def purge_program(store: Store, actor: Actor, archive: Path, confirm: str) -> PurgeReport:
    actor.require(Permission.MANAGE_PROGRAM)
    with store.session() as session:
        program = active_program(session)
        name, program_id = program.name, program.id
    if confirm.strip() != name:
        raise DomainError(error("PURGE_CONFIRM_MISMATCH", None, name=name))
    backup = write_backup(store, actor, archive, reason="purge")
    archive_sha = hashlib.sha256(archive.read_bytes()).hexdigest()
    with store.session() as session:
        old_head = last_hash(session)  # also takes the writers' lock
        ids = list(session.execute(
            select(Candidate.id).where(Candidate.program_id == program_id)
        ).scalars())  # fmt: skip
        emptied = 0
        first: int | None = None
        for start in range(0, len(ids), CHUNK):
            chunk = ids[start : start + CHUNK]
            where = (AuditEvent.entity == "candidate") & AuditEvent.entity_id.in_(chunk)
            low = session.execute(
                select(AuditEvent.id).where(where).order_by(AuditEvent.id).limit(1)
            ).scalar()
            if low is not None:
                first = low if first is None else min(first, low)
            emptied += session.execute(
                update(AuditEvent).where(where).values(before="", after="", state_hash="")
            ).rowcount
            session.execute(delete(CoveragePeriod).where(CoveragePeriod.candidate_id.in_(chunk)))
        session.execute(delete(Conflict).where(Conflict.program_id == program_id))
        session.execute(delete(CandidateChange).where(CandidateChange.program_id == program_id))
        session.execute(delete(Candidate).where(Candidate.program_id == program_id))
        if first is not None:
            _relink(session, first)
        AuditWriter(session).record(
            actor.name, "program.purge", "program", program_id,
            after={"candidates": len(ids), "events_emptied": emptied,
                   "archive": archive.name, "archive_sha256": archive_sha,
                   "chain_head_before": old_head},
            reason="akhir program: data pribadi dihapus setelah diarsipkan",
        )  # fmt: skip
    if store.is_sqlite:
        _scrub_sqlite_file(store)
    return PurgeReport(backup.path, archive_sha, len(ids), emptied)


def _scrub_sqlite_file(store: Store) -> None:
    """Deleted rows linger in free pages and the WAL: rebuild the file so they are gone."""
    with store.engine.connect() as conn:
        raw = conn.connection.dbapi_connection
        assert raw is not None
        raw.commit()
        previous = raw.isolation_level
        raw.isolation_level = None  # VACUUM cannot run inside a transaction
        try:
            raw.execute("VACUUM")
            raw.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            raw.isolation_level = previous
