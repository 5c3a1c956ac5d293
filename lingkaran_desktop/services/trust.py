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

from sqlalchemy import func, or_
from sqlmodel import Session, col, select

from lingkaran_desktop import __version__, clock
from lingkaran_desktop.domain.findings import DomainError, error
from lingkaran_desktop.domain.messages import register
from lingkaran_desktop.domain.program import ProgramRules, default_program
from lingkaran_desktop.domain.status import CandidateStatus
from lingkaran_desktop.exchange import container
from lingkaran_desktop.exchange import messages as _exchange_messages  # noqa: F401
from lingkaran_desktop.exchange.keys import fingerprint
from lingkaran_desktop.services.audit import AuditWriter, row_state
from lingkaran_desktop.services.installation import (
    active_program,
    installation_of,
    program_row,
    rules_of,
)
from lingkaran_desktop.services.keyring import open_station_keys, own_public_keys
from lingkaran_desktop.services.roles import Permission
from lingkaran_desktop.services.users import Actor
from lingkaran_desktop.store.models import Candidate, CandidateChange, PeerStation, Program
from lingkaran_desktop.store.store import Store

PROGRAM_KIND = "program"
STATION_KIND = "station"

register(
    "PROGRAM_FILE_OLD",
    "Berkas ini program lama '{name}' ({year}), bukan program yang berjalan; berkas tidak "
    "dimuat dan tidak ada yang berubah. Program yang berjalan: '{current}' ({current_year}). "
    "Program lama tidak dijalankan lagi: pesertanya tetap tersimpan, dan peserta terdaftarnya "
    "bisa diperpanjang ke program yang berjalan ('lingkaran renew'). Untuk pembaruan program "
    "yang berjalan, minta berkas terbarunya dari kabupaten.",
    "This file is an old program, '{name}' ({year}), not the running one; it was not loaded "
    "and nothing changed. Running program: '{current}' ({current_year}). An old program does "
    "not run again: its participants stay stored, and its enrolled ones can be renewed into the "
    "running program ('lingkaran renew'). For an update of the running program, ask the "
    "district for its latest file.",
)
register(
    "PROGRAM_SWITCH_UNSENT",
    "Program yang berjalan '{current}' masih punya {unsent} yang belum dikirim ke kabupaten; "
    "setelah program baru dimuat, semua itu tidak bisa dikirim lagi. Kirim dulu kiriman "
    "terakhir program '{current}' (batch export, atau Kirim / Terima → Kirim) dan impor hasilnya, "
    "lalu muat program baru '{name}'. Bila kabupaten sudah menutup program lama dan data itu "
    "memang ditinggalkan: lingkaran program load BERKAS --force (dicatat di jejak audit).",
    "The running program '{current}' still has {unsent_en} not yet sent to the district; once "
    "the new program is loaded none of it can be sent any more. First send the last batch of "
    "'{current}' (batch export) and import its results, then load the new program '{name}'. If "
    "the district has closed the old program and these are really left behind: lingkaran "
    "program load FILE --force (recorded in the audit trail).",
)
register(
    "PROGRAM_PERIOD_LOCKED",
    "Program '{name}' sudah punya {count} peserta yang dikirim desa atau terdaftar, dengan masa "
    "perlindungan {period}; tahun, mulai perlindungan dan jumlah bulannya tidak diubah "
    "({changes}). Untuk periode berikutnya terbitkan program baru: program publish --new "
    "(centang 'Program baru untuk periode berikutnya' di Kabupaten → Program). Tanpa --new "
    "hanya nama, kuota per desa, pagu anggaran, batas umur dan desil yang diperbarui.",
    "Program '{name}' already has {count} participants sent by villages or enrolled, covered "
    "{period_en}; its year, coverage start and months are not changed ({changes_en}). For the next "
    "period publish a new program: program publish --new (tick 'Program baru untuk periode "
    "berikutnya' in Kabupaten → Program). Without --new only the name, quota per village, "
    "budget, age limits and desil are updated.",
)

# Statuses of a record that a village has sent, or that BPJS has seen: the program's period is
# theirs, and it no longer changes.
_SENT = (
    CandidateStatus.SUBMITTED.value, CandidateStatus.ENROLLED.value, CandidateStatus.ENDED.value,
)  # fmt: skip


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
    # program load --force: what the previous program had not sent when it was left
    left_verified: int = 0
    left_changes: int = 0
    left_proposed: int = 0  # never verified: they stay in the previous program (any load)
    previous: str | None = None  # the district program this load replaced (next period)


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
        if not new_program:
            _refuse_period_change(session, program, year, start, months)
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


def _refuse_period_change(
    session: Session, program: Program, year: int, start: date, months: int
) -> None:
    """Without --new the running program keeps its period once anyone in it was sent or
    enrolled: their coverage was asked for (or given) for that period."""
    changes_id, changes_en = [], []
    if year != program.year:
        changes_id.append(f"tahun {program.year} → {year}")
        changes_en.append(f"year {program.year} → {year}")
    if start != program.coverage_start:
        changes_id.append(f"mulai {program.coverage_start:%d-%m-%Y} → {start:%d-%m-%Y}")
        changes_en.append(f"start {program.coverage_start.isoformat()} → {start.isoformat()}")
    if months != program.months:
        changes_id.append(f"{program.months} → {months} bulan")
        changes_en.append(f"{program.months} → {months} months")
    if not changes_id:
        return
    sent = session.exec(
        select(func.count())
        .select_from(Candidate)
        .where(
            Candidate.program_id == program.id,
            or_(col(Candidate.status).in_(_SENT), col(Candidate.batch_sequence).is_not(None)),
        )
    ).one()
    if not sent:
        return
    end = rules_of(program).coverage_end
    raise DomainError(
        error(
            "PROGRAM_PERIOD_LOCKED", None, name=program.name, count=sent,
            period=f"{program.coverage_start:%d-%m-%Y} s.d. {end:%d-%m-%Y}",
            period_en=f"{program.coverage_start.isoformat()} to {end.isoformat()}",
            changes="; ".join(changes_id), changes_en="; ".join(changes_en),
        )
    )  # fmt: skip


def _unsent(session: Session, program: Program) -> tuple[int, int, int]:
    """What a village's program still holds for the district: verified records not yet sent,
    queued corrections and withdrawals, and (never sent either) records not yet verified."""
    counts = dict(
        session.exec(
            select(Candidate.status, func.count())
            .where(
                Candidate.program_id == program.id,
                col(Candidate.status).in_(
                    (CandidateStatus.VERIFIED.value, CandidateStatus.PROPOSED.value)
                ),
            )
            .group_by(Candidate.status)
        ).all()
    )
    changes = session.exec(
        select(func.count())
        .select_from(CandidateChange)
        .where(
            CandidateChange.program_id == program.id,
            CandidateChange.direction == "out",
            col(CandidateChange.batch_sequence).is_(None),
            col(CandidateChange.outcome).is_(None),  # a declined request never leaves
        )
    ).one()
    return (
        int(counts.get(CandidateStatus.VERIFIED.value, 0)), int(changes),
        int(counts.get(CandidateStatus.PROPOSED.value, 0)),
    )  # fmt: skip


def _unsent_words(verified: int, changes: int) -> tuple[str, str]:
    words_id, words_en = [], []
    if verified:
        words_id.append(f"{verified} calon terverifikasi")
        words_en.append(f"{verified} verified candidate{'s' if verified != 1 else ''}")
    if changes:
        words_id.append(f"{changes} koreksi/penarikan")
        words_en.append(f"{changes} correction{'s' if changes != 1 else ''}/withdrawal"
                        f"{'s' if changes != 1 else ''}")  # fmt: skip
    return " dan ".join(words_id), " and ".join(words_en)


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


def load_program(store: Store, actor: Actor, path: Path, *, force: bool = False) -> TrustResult:
    """Village: trust the district's keys and take its program (rates, ages, quota, period).

    The running program's file again (the same uid) updates it. A file of a program that ran
    here before is refused: an old program never runs again. A new program (the next period)
    replaces the running one, but not while the running district program still has verified
    records or corrections and withdrawals that were never sent — they could not be sent after
    it — unless ``force``, which records what was left behind in the audit trail.
    """
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
        older = current.district_station_id is not None and (
            rules.coverage_start < current.coverage_start
        )  # a program this village never had, for an earlier period than the running one
        if (target is not None and target.id != current.id) or (target is None and older):
            raise DomainError(
                error(
                    "PROGRAM_FILE_OLD", None, name=rules.name, year=rules.year,
                    current=current.name, current_year=current.year,
                )
            )  # fmt: skip
        left: tuple[int, int, int] = (0, 0, 0)
        from_district = current.district_station_id is not None  # else: the default, adopted
        if target is None and from_district:
            # the next period: the running program's own participants stay with it
            left = _unsent(session, current)
            if (left[0] or left[1]) and not force:
                unsent, unsent_en = _unsent_words(left[0], left[1])
                raise DomainError(
                    error(
                        "PROGRAM_SWITCH_UNSENT", None, current=current.name, name=rules.name,
                        unsent=unsent, unsent_en=unsent_en,
                    )
                )  # fmt: skip
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
            if any(left):
                _record_left_behind(session, audit, actor, current, target, left)
            _adopt_local_program(session, audit, actor, current, target)
        return TrustResult(
            target.name, peer.region_code, peer.region_name, peer.fingerprint, str(path),
            left_verified=left[0], left_changes=left[1], left_proposed=left[2],
            previous=current.name if current.id != target.id and from_district else None,
        )  # fmt: skip


def _record_left_behind(
    session: Session, audit: AuditWriter, actor: Actor, old: Program, new: Program,
    left: tuple[int, int, int],
) -> None:  # fmt: skip
    """The audit trail says what the previous program still held when the next one came:
    which records and queued changes were never sent (``--force``), and which records were
    never verified."""
    waiting = (CandidateStatus.VERIFIED.value, CandidateStatus.PROPOSED.value)
    records = session.exec(
        select(Candidate.id, Candidate.status)
        .where(Candidate.program_id == old.id, col(Candidate.status).in_(waiting))
        .order_by(Candidate.id)
    ).all()
    changes = session.exec(
        select(CandidateChange.id, CandidateChange.kind, CandidateChange.candidate_id)
        .where(
            CandidateChange.program_id == old.id,
            CandidateChange.direction == "out",
            col(CandidateChange.batch_sequence).is_(None),
            col(CandidateChange.outcome).is_(None),  # a declined request never leaves
        )
        .order_by(CandidateChange.id)
    ).all()
    forced = bool(left[0] or left[1])
    audit.record(
        actor.name, "program.leave", "program", old.id,
        after={
            "program": old.uid, "for_program": new.uid, "verified_unsent": left[0],
            "changes_unsent": left[1], "proposed_unverified": left[2],
            "candidate_ids": {s: [i for i, st in records if st == s] for s in waiting},
            "changes": [{"id": i, "kind": k, "candidate_id": c} for i, k, c in changes],
        },
        reason=(
            "program load --force: yang belum dikirim dari program lama ditinggalkan"
            if forced
            else "calon yang belum diverifikasi tetap di program lama"
        ),
    )  # fmt: skip


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
