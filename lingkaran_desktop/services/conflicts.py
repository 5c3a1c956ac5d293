"""District: the same NIK proposed by two villages. The district keeps one; the other village
is told in its next result file that its record was rejected, and why."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from sqlmodel import Session, select

from lingkaran_desktop import clock
from lingkaran_desktop.domain.findings import DomainError, error
from lingkaran_desktop.domain.messages import register
from lingkaran_desktop.domain.nik import mask_nik
from lingkaran_desktop.domain.status import CandidateStatus
from lingkaran_desktop.services.audit import AuditWriter, diff, lock_chain, row_state
from lingkaran_desktop.services.installation import active_program
from lingkaran_desktop.services.roles import Permission
from lingkaran_desktop.services.trust import require_role
from lingkaran_desktop.services.users import Actor
from lingkaran_desktop.store.models import Candidate, Conflict, PeerStation
from lingkaran_desktop.store.store import Store

register(
    "CONFLICT_NOT_FOUND",
    "Tidak ada bentrokan terbuka bernomor {id}.",
    "There is no open conflict number {id}.",
)
register(
    "CONFLICT_ALREADY_ENROLLED",
    "Orang ini sudah terdaftar di BPJS lewat desa {village} (KPJ {kpj}); data desa itu tidak bisa "
    "diganti. Pilih 'pakai data pertama', atau akhiri dulu kepesertaannya di desa itu.",
    "This person is already enrolled with BPJS through village {village} (KPJ {kpj}); that "
    "record cannot be replaced. Keep the first record, or end that membership first.",
)
register(
    "CONFLICT_REASON_REQUIRED",
    "Tulis alasan keputusan (mis. 'tinggal di desa X sesuai KK').",
    "Give a reason for the decision (e.g. 'lives in village X according to the KK').",
)


# Fields taken from the second village's record (already checked and normalised on receipt).
_REPLACED = (
    "name", "kk", "birth_place", "mother_name", "address", "rt", "rw", "village_code", "phone",
    "occupation_code", "income", "desil", "funding", "proposed_by", "notes", "entered_by",
    "verified_by",
)


@dataclass
class ConflictView:
    id: int
    nik_masked: str
    name_existing: str
    village_existing: str
    name_incoming: str
    village_incoming: str
    status: str


def _region(session: Session, station_id: str | None) -> str:
    peer = session.get(PeerStation, station_id) if station_id else None
    return peer.region_code if peer else "?"


def list_conflicts(store: Store, actor: Actor, open_only: bool = True) -> list[ConflictView]:
    actor.require(Permission.READ_CANDIDATES)
    with store.session() as session:
        query = select(Conflict).order_by(Conflict.id)
        if open_only:
            query = query.where(Conflict.status == "open")
        out = []
        for c in session.exec(query):
            existing = session.get(Candidate, c.existing_candidate_id)
            incoming = json.loads(c.incoming)
            out.append(
                ConflictView(
                    c.id or 0, mask_nik(c.nik), existing.name if existing else "?",
                    existing.village_code if existing else "?", str(incoming.get("name", "?")),
                    str(incoming.get("village_code", _region(session, c.station_id))), c.status,
                )
            )  # fmt: skip
        return out


def decide_conflict(
    store: Store, actor: Actor, conflict_id: int, *, replace: bool, reason: str
) -> ConflictView:
    """Keep the record that arrived first, or replace it with the one that arrived second."""
    actor.require(Permission.VERIFY_CANDIDATES)
    if not reason or not reason.strip():
        raise DomainError(error("CONFLICT_REASON_REQUIRED", "reason"))
    with store.session() as session:
        lock_chain(session)
        require_role(session, "district")
        program = active_program(session)
        conflict = session.get(Conflict, conflict_id)
        if conflict is None or conflict.status != "open" or conflict.program_id != program.id:
            raise DomainError(error("CONFLICT_NOT_FOUND", None, id=conflict_id))
        audit = AuditWriter(session)
        row = session.get(Candidate, conflict.existing_candidate_id)
        assert row is not None
        incoming: dict[str, Any] = json.loads(conflict.incoming)
        if replace and row.status == CandidateStatus.ENROLLED.value:
            # Already a BPJS participant through the first village: swapping the record here
            # would leave the person enrolled in two villages. End that membership first.
            raise DomainError(
                error("CONFLICT_ALREADY_ENROLLED", None, village=row.village_code, kpj=row.kpj)
            )
        if replace:
            before = row_state(row)
            loser_station, loser_seq = row.source_station_id, row.batch_sequence
            for name in _REPLACED:
                if name in incoming:
                    setattr(row, name, incoming[name])
            row.source_station_id, row.batch_sequence = conflict.station_id, conflict.sequence
            row.updated_at = clock.now()
            after = row_state(row)
            b, a = diff(before, after)
            audit.record(
                actor.name, "candidate.replace", "candidate", row.id, before=b, after=a,
                state=after, reason=reason.strip(),
            )  # fmt: skip
            # The first village now holds the losing record: remember it for its results.
            conflict.station_id = loser_station or conflict.station_id
            conflict.sequence = loser_seq or conflict.sequence
        conflict.status = "replaced" if replace else "kept"
        conflict.decided_by, conflict.decided_at = actor.name, clock.now()
        audit.record(
            actor.name, f"conflict.{conflict.status}", "conflict", conflict.id,
            after={"status": conflict.status}, reason=reason.strip(),
        )  # fmt: skip
        return ConflictView(
            conflict.id or 0, mask_nik(conflict.nik), row.name, row.village_code,
            str(incoming.get("name", "?")), str(incoming.get("village_code", "?")),
            conflict.status,
        )  # fmt: skip


def losing_records(session: Session, program_id: int, station_id: str) -> list[dict[str, Any]]:
    """Rejections a village must hear about: its records that lost a decided conflict."""
    rows = session.exec(
        select(Conflict).where(
            Conflict.program_id == program_id,
            Conflict.station_id == station_id,
            Conflict.status.in_(["kept", "replaced"]),  # type: ignore[attr-defined]
        )
    ).all()
    out = []
    for c in rows:
        winner = session.get(Candidate, c.existing_candidate_id)
        where = winner.village_code if winner else "desa lain"
        out.append({
            "nik": c.nik, "status": "rejected", "kpj": None, "coverage_start": None,
            "coverage_end": None,
            "reason": f"NIK sudah diusulkan oleh desa {where}; kabupaten memutuskan data desa itu",
        })  # fmt: skip
    return out
