"""Trust set-up: the district's program profile and the villages' station files.

The district publishes a signed program profile (.lkprog) with its public keys; a village loads it
and keeps the district as a trusted peer. A village exports a station file (.lkstation) with its
public keys; the district registers it. Both sides show the fingerprint so that the officers can
read it to each other over the phone.
"""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from sqlmodel import Session, select

from lingkaran_desktop import __version__, clock
from lingkaran_desktop.domain.findings import DomainError, error
from lingkaran_desktop.domain.program import ProgramRules, default_program
from lingkaran_desktop.exchange import container
from lingkaran_desktop.exchange import messages as _exchange_messages  # noqa: F401
from lingkaran_desktop.exchange.keys import fingerprint
from lingkaran_desktop.services.audit import AuditWriter, row_state
from lingkaran_desktop.services.installation import active_program, installation_of, program_row
from lingkaran_desktop.services.keyring import open_station_keys, own_public_keys
from lingkaran_desktop.services.roles import Permission
from lingkaran_desktop.services.users import Actor
from lingkaran_desktop.store.models import Candidate, PeerStation, Program
from lingkaran_desktop.store.store import Store

PROGRAM_KIND = "program"
STATION_KIND = "station"


def require_role(session: Session, role: str) -> None:
    if installation_of(session).role != role:
        word = "kantor kabupaten" if role == "district" else "stasiun desa"
        raise DomainError(error("ROLE_WRONG_INSTALLATION", None, role=word))


@dataclass(frozen=True)
class TrustResult:
    name: str
    region_code: str
    region_name: str
    fingerprint: str
    path: str | None = None
    changed: bool = True


def _program_dict(program: Program) -> dict[str, Any]:
    return {
        "uid": program.uid,
        "name": program.name,
        "year": program.year,
        "coverage_start": program.coverage_start.isoformat(),
        "months": program.months,
        "jkk_rate_bp": program.jkk_rate_bp,
        "jkk_min_income": program.jkk_min_income,
        "jkm_flat": program.jkm_flat,
        "discount_percent": program.discount_percent,
        "age_min": program.age_min,
        "age_max": program.age_max,
        "quota_per_village": program.quota_per_village,
        "budget": program.budget,
        "max_desil": program.max_desil,
    }


def publish_program(
    store: Store,
    actor: Actor,
    out: Path,
    *,
    name: str,
    year: int,
    start: date,
    months: int,
    quota_per_village: int | None = None,
    age_min: int = 18,
    age_max: int = 65,
    budget: int | None = None,
    max_desil: int | None = None,
    new_program: bool = False,
) -> TrustResult:
    """District: set the program (the same uid updated) and write its profile.

    ``new_program``: the next coverage period is a program of its own (a new uid). The running
    one is kept, inactive, with its participants; villages that load the new profile keep theirs
    too and renew them (services.renewal) instead of typing them again.
    """
    actor.require(Permission.MANAGE_PROGRAM)
    with store.session() as session:
        require_role(session, "district")
        installation = installation_of(session)
        keys = open_station_keys(session, actor.name, actor.key)
        program = active_program(session)
        before = row_state(program)
        if new_program:
            previous, program = program, program_row(default_program(year))
            previous.active = False
            for column in ("jkk_rate_bp", "jkk_min_income", "jkm_flat", "discount_percent"):
                setattr(program, column, getattr(previous, column))
            session.add(program)
            session.flush()
            before = {}
        rules = ProgramRules(
            name=name.strip(),
            year=year,
            coverage_start=start,
            months=months,
            age_min=age_min,
            age_max=age_max,
            quota_per_village=quota_per_village,
            budget=budget,
            max_desil=max_desil,
        )
        fresh = program_row(rules)
        for column in (
            "name", "year", "coverage_start", "months", "age_min", "age_max",
            "quota_per_village", "budget", "max_desil",
        ):  # fmt: skip
            setattr(program, column, getattr(fresh, column))
        program.district_station_id = installation.station_id
        AuditWriter(session).record(
            actor.name, "program.publish", "program", program.id, before=before,
            after=row_state(program),
        )  # fmt: skip
        payload = {
            "app_version": __version__,
            "program": _program_dict(program),
            "district": {
                "station_id": installation.station_id,
                "region_code": installation.region_code,
                "region_name": installation.region_name,
                "signing_key": keys.signing_public.hex(),
                "encryption_key": keys.encryption_public.hex(),
            },
            "funding_sources": ["APBD", "DBHCHT", "APBDES", "LAINNYA"],
        }
        data = container.pack(
            PROGRAM_KIND,
            {"program_uid": program.uid, "sender": installation.station_id,
             "created_at": clock.now().isoformat()},
            json.dumps(payload, ensure_ascii=False).encode("utf-8"),
            keys.signing,
        )  # fmt: skip
        container.write_atomic(out, data)
        return TrustResult(
            program.name, installation.region_code, installation.region_name, keys.fingerprint,
            str(out),
        )  # fmt: skip


def _self_signed(path: Path, kind: str) -> tuple[container.Envelope, dict[str, Any], bytes, bytes]:
    envelope = container.unpack(container.read_file(path), kind)
    try:
        body = json.loads(envelope.payload.decode("utf-8"))
        who = body["district"] if kind == PROGRAM_KIND else body["station"]
        signing = bytes.fromhex(who["signing_key"])
        encryption = bytes.fromhex(who["encryption_key"])
        if len(signing) != 32 or len(encryption) != 32:
            raise ValueError("key length")
    except (UnicodeDecodeError, ValueError, KeyError, TypeError) as exc:
        raise container.refuse("PAYLOAD_INVALID", detail=type(exc).__name__) from exc
    container.verify(envelope, signing)  # proves the sender holds the private key
    return envelope, body, signing, encryption


def load_program(store: Store, actor: Actor, path: Path) -> TrustResult:
    """Village: trust the district's keys and take its program (rates, ages, quota, period)."""
    actor.require(Permission.MANAGE_PROGRAM)
    _envelope, body, signing, encryption = _self_signed(path, PROGRAM_KIND)
    try:
        p = body["program"]
        district = body["district"]
        rules = ProgramRules(
            name=str(p["name"]), year=int(p["year"]),
            coverage_start=date.fromisoformat(p["coverage_start"]), months=int(p["months"]),
            age_min=int(p["age_min"]), age_max=int(p["age_max"]),
            quota_per_village=p.get("quota_per_village"), budget=p.get("budget"),
            max_desil=p.get("max_desil"),
        )  # fmt: skip
        uid = str(uuid.UUID(p["uid"]))
        district_id = str(uuid.UUID(district["station_id"]))
    except (KeyError, TypeError, ValueError) as exc:
        raise container.refuse("PAYLOAD_INVALID", detail=type(exc).__name__) from exc
    with store.session() as session:
        require_role(session, "village")
        installation = installation_of(session)
        if not installation.region_code.startswith(str(district.get("region_code", "?")) + "."):
            raise DomainError(
                error("STATION_OUTSIDE_REGION", None, region=installation.region_code)
            )
        audit = AuditWriter(session)
        peer = session.get(PeerStation, district_id)
        if peer is not None and (peer.signing_key, peer.encryption_key) != (signing, encryption):
            raise DomainError(error("STATION_ALREADY_REGISTERED", None, station=district_id))
        if peer is None:
            peer = PeerStation(
                station_id=district_id, role="district",
                region_code=str(district["region_code"]),
                region_name=str(district.get("region_name", "")), signing_key=signing,
                encryption_key=encryption, fingerprint=fingerprint(signing, encryption),
                added_by=actor.name, added_at=clock.now(),
            )  # fmt: skip
            session.add(peer)
            audit.record(actor.name, "peer.add", "peer", None, after={"station_id": district_id})
        current = active_program(session)
        target = session.exec(select(Program).where(Program.uid == uid)).first()
        fresh = program_row(rules)
        if target is None:
            target = fresh
            target.uid = uid
            session.add(target)
        before = row_state(target) if target.id else {}
        for column in (
            "name", "year", "coverage_start", "months", "jkk_rate_bp", "jkk_min_income",
            "jkm_flat", "discount_percent", "age_min", "age_max", "quota_per_village",
            "budget", "max_desil",
        ):  # fmt: skip
            setattr(target, column, getattr(fresh, column))
        for column in ("jkk_rate_bp", "jkk_min_income", "jkm_flat", "discount_percent"):
            if column in p:
                setattr(target, column, int(p[column]))
        target.district_station_id = district_id
        target.active = True
        session.flush()
        audit.record(
            actor.name, "program.load", "program", target.id, before=before,
            after=row_state(target),
        )  # fmt: skip
        if current.id != target.id:
            _adopt_local_program(session, audit, actor, current, target)
        return TrustResult(
            target.name, peer.region_code, peer.region_name, peer.fingerprint, str(path)
        )


def _adopt_local_program(
    session: Session, audit: AuditWriter, actor: Actor, old: Program, new: Program
) -> None:
    """Candidates entered before the district's profile arrived move to the district's program."""
    old.active = False
    if old.district_station_id is not None:
        return  # a previous district program keeps its own participants
    rows = session.exec(select(Candidate).where(Candidate.program_id == old.id)).all()
    for row in rows:
        row.program_id = new.id
        state = row_state(row)
        audit.record(
            actor.name, "candidate.adopt", "candidate", row.id,
            before={"program_id": old.id}, after={"program_id": new.id}, state=state,
        )  # fmt: skip


def export_station(store: Store, actor: Actor, out: Path) -> TrustResult:
    """Village: write the station file the district registers."""
    with store.session() as session:
        require_role(session, "village")
        installation = installation_of(session)
        keys = open_station_keys(session, actor.name, actor.key)
        payload = {
            "app_version": __version__,
            "station": {
                "station_id": installation.station_id,
                "role": installation.role,
                "region_code": installation.region_code,
                "region_name": installation.region_name,
                "signing_key": keys.signing_public.hex(),
                "encryption_key": keys.encryption_public.hex(),
            },
        }
        data = container.pack(
            STATION_KIND,
            {"sender": installation.station_id, "created_at": clock.now().isoformat()},
            json.dumps(payload, ensure_ascii=False).encode("utf-8"),
            keys.signing,
        )
        container.write_atomic(out, data)
        return TrustResult(
            installation.region_name, installation.region_code, installation.region_name,
            keys.fingerprint, str(out),
        )  # fmt: skip


def add_station(store: Store, actor: Actor, path: Path) -> TrustResult:
    """District: register a village station's public keys."""
    actor.require(Permission.MANAGE_PROGRAM)
    _envelope, body, signing, encryption = _self_signed(path, STATION_KIND)
    try:
        station = body["station"]
        station_id = str(uuid.UUID(station["station_id"]))
        region_code = str(station["region_code"])
        region_name = str(station.get("region_name", ""))[:200]
    except (KeyError, TypeError, ValueError) as exc:
        raise container.refuse("PAYLOAD_INVALID", detail=type(exc).__name__) from exc
    with store.session() as session:
        require_role(session, "district")
        installation = installation_of(session)
        if not region_code.startswith(installation.region_code + "."):
            raise DomainError(error("STATION_OUTSIDE_REGION", None, region=region_code))
        fp = fingerprint(signing, encryption)
        existing = session.get(PeerStation, station_id)
        if existing is not None:
            if (existing.signing_key, existing.encryption_key) != (signing, encryption):
                raise DomainError(error("STATION_ALREADY_REGISTERED", None, station=region_code))
            return TrustResult(region_name, region_code, region_name, fp, str(path), False)
        session.add(
            PeerStation(
                station_id=station_id, role="village", region_code=region_code,
                region_name=region_name, signing_key=signing, encryption_key=encryption,
                fingerprint=fp, added_by=actor.name, added_at=clock.now(),
            )
        )  # fmt: skip
        AuditWriter(session).record(
            actor.name, "peer.add", "peer", None,
            after={"station_id": station_id, "region_code": region_code, "fingerprint": fp},
        )  # fmt: skip
        return TrustResult(region_name, region_code, region_name, fp, str(path))


def list_stations(store: Store) -> list[PeerStation]:
    with store.session() as session:
        return list(session.exec(select(PeerStation).order_by(PeerStation.region_code)))


def own_station_fingerprint(store: Store) -> str:
    with store.session() as session:
        return fingerprint(*own_public_keys(session))


@dataclass(frozen=True)
class ProgramSource:
    """Where the active program came from: the district's signed profile, or the default."""

    district_station_id: str | None
    district_name: str | None  # the district's region name, when its station is known here
    fingerprint: str | None


def program_source(store: Store) -> ProgramSource:
    with store.session() as session:
        program = active_program(session)
        station = program.district_station_id
        if station is None:
            return ProgramSource(None, None, None)
        peer = session.get(PeerStation, station)
        if peer is not None:
            return ProgramSource(station, peer.region_name, peer.fingerprint)
        installation = installation_of(session)  # the district itself published it
        if installation.station_id == station:
            return ProgramSource(station, installation.region_name,
                                 fingerprint(*own_public_keys(session)))
        return ProgramSource(station, None, None)
