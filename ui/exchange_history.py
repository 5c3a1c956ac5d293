"""Read-only look-ups the exchange screens show and no service returns yet: the ledger of files
sent and received, and the district this village trusts. Plain data, safe in a worker."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from sqlmodel import select

from lingkaran_desktop.store.models import ExchangeLedger, PeerStation
from lingkaran_desktop.store.store import Store

HISTORY_LIMIT = 500


def local_time(at: datetime) -> datetime:
    """The database keeps UTC (SQLite returns it without a zone); screens show local time."""
    return (at if at.tzinfo else at.replace(tzinfo=UTC)).astimezone()


@dataclass(frozen=True)
class LedgerLine:
    direction: str  # "out" | "in"
    kind: str  # "batch" | "result"
    station: str  # region code of the other side (or our own, for batches we sent)
    sequence: int
    filename: str
    records: int
    sha256: str
    at: datetime


@dataclass(frozen=True)
class Peer:
    region_code: str
    region_name: str
    fingerprint: str


def ledger(store: Store, limit: int = HISTORY_LIMIT) -> list[LedgerLine]:
    with store.session() as session:
        regions = {p.station_id: p.region_code for p in session.exec(select(PeerStation))}
        rows = session.exec(
            select(ExchangeLedger).order_by(ExchangeLedger.at.desc(),  # type: ignore[attr-defined]
                                            ExchangeLedger.id.desc()).limit(limit)  # type: ignore[union-attr]
        ).all()
        return [LedgerLine(r.direction, r.kind, regions.get(r.station_id, ""), r.sequence,
                           r.filename, r.record_count, r.sha256, r.at) for r in rows]


def trusted_district(store: Store) -> Peer | None:
    with store.session() as session:
        peer = session.exec(select(PeerStation).where(PeerStation.role == "district")).first()
        return Peer(peer.region_code, peer.region_name, peer.fingerprint) if peer else None
