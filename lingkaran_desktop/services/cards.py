"""Printing participant cards, writing verification minutes, checking a card offline.

Cards are signed by this installation's Ed25519 key (see cards.payload); anyone whose installation
knows that key (its own, or a trusted peer station's) can check a card without a network. Every
print is recorded in the audit trail per participant; a reprint needs a reason.
"""

from __future__ import annotations

import contextlib
import os
import uuid
from collections.abc import Callable
from dataclasses import asdict, dataclass
from datetime import date
from pathlib import Path
from typing import Any

from dateutil.relativedelta import relativedelta
from PIL import Image
from sqlmodel import Session, select

from lingkaran_desktop import __version__, clock
from lingkaran_desktop.cards import messages as _card_messages  # noqa: F401
from lingkaran_desktop.cards import payload as card_payload
from lingkaran_desktop.cards.minutes import MinutesPerson, MinutesSheet, render_minutes
from lingkaran_desktop.cards.qr import open_image, read_codes
from lingkaran_desktop.cards.render import (
    CardFront,
    Sheet,
    render_calibration,
    render_cards,
)
from lingkaran_desktop.domain.findings import DomainError, error
from lingkaran_desktop.domain.nik import mask_nik, normalize_nik
from lingkaran_desktop.domain.regions import get_region
from lingkaran_desktop.domain.status import CandidateStatus
from lingkaran_desktop.services.audit import AuditWriter
from lingkaran_desktop.services.candidates import find_by_nik, status_params
from lingkaran_desktop.services.installation import active_program, installation_of
from lingkaran_desktop.services.keyring import open_station_keys
from lingkaran_desktop.services.roles import Permission
from lingkaran_desktop.services.users import Actor
from lingkaran_desktop.store.models import (
    AuditEvent,
    Candidate,
    ExchangeLedger,
    PeerStation,
    Program,
    StationKey,
    User,
)
from lingkaran_desktop.store.store import Store

PRINT_ACTIONS = ("card.print", "card.reprint")
PREVIEW_CARDS = 10  # one page
_CHUNK = 500


@dataclass
class PrintedCards:
    path: str
    cards: int
    pages: int
    reprints: int
    max_qr_version: int


def _status(value: str) -> CandidateStatus:
    try:
        return CandidateStatus(value)
    except ValueError as exc:
        choices = ", ".join(s.value for s in CandidateStatus)
        raise DomainError(error("CARDS_STATUS_INVALID", "status", status=value,
                                choices=choices)) from exc


def village_text(code: str) -> str:
    """"Padomasan, Kec. Jombang": the village without its kind word, and its district."""
    region = get_region(code)
    if region is None:
        return code
    parts = region.label().split(", ")
    return ", ".join([region.name, *parts[1:2]])


def _select(
    session: Session,
    program: Program,
    niks: list[str] | None,
    all_enrolled: bool,
    status: str | None,
) -> list[Candidate]:
    allowed = _status(status) if status else CandidateStatus.ENROLLED
    if niks:
        rows = []
        for raw in niks:
            nik = normalize_nik(raw)
            row = find_by_nik(session, program.id, nik)
            if row is None:
                raise DomainError(error("CANDIDATE_NOT_FOUND", "nik", nik=mask_nik(nik)))
            if row.status != allowed.value:
                raise DomainError(error("CARD_NOT_ENROLLED", "nik", name=row.name,
                                        nik=mask_nik(row.nik), **status_params(row.status)))
            if row not in rows:
                rows.append(row)
        return rows
    if not all_enrolled and not status:
        raise DomainError(error("CARDS_SELECTION"))
    rows = list(
        session.exec(
            select(Candidate)
            .where(Candidate.program_id == program.id, Candidate.status == allowed.value)
            .order_by(Candidate.village_code, Candidate.rt, Candidate.rw, Candidate.name,
                      Candidate.id)
        ).all()
    )
    if not rows:
        raise DomainError(error("CARDS_NONE", **status_params(allowed.value)))
    return rows


def printed_before(session: Session, candidate_ids: list[int]) -> set[int]:
    """Which of these candidates already had a card printed (from the audit trail)."""
    seen: set[int] = set()
    for start in range(0, len(candidate_ids), _CHUNK):
        chunk = candidate_ids[start : start + _CHUNK]
        seen.update(
            session.exec(
                select(AuditEvent.entity_id).where(
                    AuditEvent.entity == "candidate",
                    AuditEvent.entity_id.in_(chunk),  # type: ignore[union-attr]
                    AuditEvent.action.in_(PRINT_ACTIONS),  # type: ignore[attr-defined]
                )
            ).all()
        )
    return seen


def default_contact(role: str, region_code: str) -> str:
    if role != "village":
        return "Kantor desa/kelurahan tempat peserta terdaftar"
    region = get_region(region_code)
    return "Kantor " + (", ".join(region.label().split(", ")[:2]) if region else region_code)


@dataclass
class _Prepared:
    fronts: list[CardFront]
    sheet: Sheet
    plan: list[tuple[int | None, str | None, bool]]  # candidate id, KPJ, printed before
    reprinted: int


def _prepare(
    store: Store,
    actor: Actor,
    niks: list[str] | None,
    all_enrolled: bool,
    status: str | None,
    reason: str | None,
    contact: str | None,
    preview: bool = False,
) -> _Prepared:
    """Choose the participants and sign their cards (nothing is written or recorded here)."""
    actor.require(Permission.READ_CANDIDATES)
    with store.session() as session:
        installation = installation_of(session)
        program = active_program(session)
        keys = open_station_keys(session, actor.name, actor.key)
        rows = _select(session, program, niks, all_enrolled, status)
        ids = [row.id for row in rows if row.id is not None]
        reprinted = set() if preview else printed_before(session, ids)
        if reprinted and not reason:
            first = next(row for row in rows if row.id in reprinted)
            raise DomainError(error("CARD_REPRINT_REASON", "reason", count=len(reprinted),
                                    name=first.name))
        today = clock.today()
        issuer = installation.region_name.split(",")[0]
        sheet = Sheet(program.name, issuer,
                      contact or default_contact(installation.role, installation.region_code),
                      today)
        key_id = card_payload.key_id(keys.signing_public)
        tag_key = card_payload.nik_key(keys.signing)
        program_prefix = uuid.UUID(program.uid).bytes[:6] if program.uid else bytes(6)
        fronts: list[CardFront] = []
        for row in rows[:PREVIEW_CARDS] if preview else rows:
            provisional = row.status != CandidateStatus.ENROLLED.value
            start = row.coverage_start or program.coverage_start
            end = row.coverage_end or (
                program.coverage_start + relativedelta(months=program.months, days=-1)
            )
            card = card_payload.CardPayload(
                program_uid_prefix=program_prefix, kpj=row.kpj, name=row.name,
                nik_head=row.nik[:4], nik_tail=row.nik[-4:],
                nik_tag=card_payload.nik_tag(tag_key, row.nik),
                village_code=row.village_code, coverage_start=start, coverage_end=end,
                issued_on=today, key_id=key_id, app_version=__version__,
                provisional=provisional,
            )
            fronts.append(CardFront(row.name, mask_nik(row.nik), row.kpj,
                                    village_text(row.village_code), start, end,
                                    card_payload.sign(card, keys.signing), provisional))
        plan = [(row.id, row.kpj, row.id in reprinted) for row in rows]
        return _Prepared(fronts, sheet, plan, len(reprinted))


def preview_cards(
    store: Store,
    actor: Actor,
    out: Path,
    niks: list[str] | None = None,
    all_enrolled: bool = False,
    status: str | None = None,
    back: bool = True,
    contact: str | None = None,
) -> int:
    """The first page (10 cards) for an on-screen preview: not a print, so nothing is recorded.
    Returns how many cards the full print would have."""
    prepared = _prepare(store, actor, niks, all_enrolled, status, None, contact, preview=True)
    render_cards(out, prepared.fronts, prepared.sheet, back=back)
    return len(prepared.plan)


def print_cards(
    store: Store,
    actor: Actor,
    out: Path,
    niks: list[str] | None = None,
    all_enrolled: bool = False,
    status: str | None = None,
    back: bool = True,
    reason: str | None = None,
    contact: str | None = None,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> PrintedCards:
    """Write a PDF of signed cards and record each print (or reprint, with its reason)."""
    reason = (reason or "").strip() or None
    prepared = _prepare(store, actor, niks, all_enrolled, status, reason, contact)
    fronts, sheet, plan, today = (prepared.fronts, prepared.sheet, prepared.plan,
                                  prepared.sheet.issued_on)
    partial = out.with_name(f".{out.name}.partial")
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        stats = render_cards(partial, fronts, sheet, back=back, progress=progress,
                             cancelled=cancelled)
        if stats is None:
            _remove(partial)
            raise DomainError(error("CARDS_CANCELLED"))
        with store.session() as session:
            audit = AuditWriter(session)
            for candidate_id, kpj, again in plan:
                audit.record(
                    actor.name, "card.reprint" if again else "card.print", "candidate",
                    candidate_id, after={"kpj": kpj, "file": out.name, "issued_on": today,
                                         "back": back},
                    reason=reason,
                )
            session.flush()
            os.replace(partial, out)
    except OSError as exc:
        _remove(partial)
        raise DomainError(error("CARDS_FILE_FAILED", path=str(out),
                                detail=exc.strerror or str(exc))) from exc
    except BaseException:
        _remove(partial)
        raise
    return PrintedCards(str(out), stats.cards, stats.pages, prepared.reprinted,
                        stats.max_qr_version)


def _remove(path: Path) -> None:
    with contextlib.suppress(OSError):
        path.unlink(missing_ok=True)


def write_calibration(out: Path, back: bool = True) -> int:
    """The printer test sheet (no personal data, nothing recorded). Returns the page count."""
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        return render_calibration(out, back=back)
    except OSError as exc:
        raise DomainError(error("CARDS_FILE_FAILED", path=str(out),
                                detail=exc.strerror or str(exc))) from exc


# --- verification minutes (berita acara) ----------------------------------------------------


@dataclass
class WrittenMinutes:
    path: str
    sequence: int
    verified: int
    rejected: int
    sha256: str
    pages: int


def write_minutes(store: Store, actor: Actor, batch_seq: int, out: Path) -> WrittenMinutes:
    """The berita acara of one batch this village sent: who was verified, who was rejected."""
    actor.require(Permission.READ_CANDIDATES)
    with store.session() as session:
        installation = installation_of(session)
        if installation.role != "village":
            raise DomainError(error("MINUTES_VILLAGE_ONLY"))
        program = active_program(session)
        batches = session.exec(
            select(ExchangeLedger)
            .where(ExchangeLedger.direction == "out", ExchangeLedger.kind == "batch",
                   ExchangeLedger.station_id == installation.station_id)
            .order_by(ExchangeLedger.sequence)  # type: ignore[arg-type]
        ).all()
        ledger = next((b for b in batches if b.sequence == batch_seq), None)
        if ledger is None:
            known = ", ".join(str(b.sequence) for b in batches) or "belum ada"
            raise DomainError(error("MINUTES_BATCH_UNKNOWN", "batch", sequence=batch_seq,
                                    known=known))
        previous = next((b for b in reversed(batches) if b.sequence < batch_seq), None)
        verified = session.exec(
            select(Candidate)
            .where(Candidate.batch_sequence == batch_seq)
            .order_by(Candidate.rt, Candidate.rw, Candidate.name, Candidate.id)
        ).all()
        # Rejected at this village's verification since the batch before, up to this batch.
        query = select(Candidate).where(
            Candidate.status == CandidateStatus.REJECTED.value,
            Candidate.batch_sequence.is_(None),  # type: ignore[union-attr]
            Candidate.verified_at <= ledger.at,  # type: ignore[operator]
        )
        if previous is not None:
            query = query.where(Candidate.verified_at > previous.at)  # type: ignore[operator]
        rejected = session.exec(query.order_by(Candidate.name, Candidate.id)).all()
        names = {u.name: (u.full_name or u.name) for u in session.exec(select(User)).all()}
        verifiers = sorted({names.get(r.verified_by or "", r.verified_by or "")
                            for r in [*verified, *rejected] if r.verified_by})
        sheet = MinutesSheet(
            program_name=program.name,
            village=installation.region_name,
            village_code=installation.region_code,
            sequence=batch_seq,
            filename=ledger.filename,
            sha256=ledger.sha256,
            sent_on=ledger.at.date(),
            verifiers=verifiers,
            verified=[MinutesPerson(r.name, mask_nik(r.nik), r.sex, r.occupation_code,
                                    _rt_rw(r), None) for r in verified],
            rejected=[MinutesPerson(r.name, mask_nik(r.nik), r.sex, r.occupation_code,
                                    _rt_rw(r), r.rejection_reason) for r in rejected],
        )
    partial = out.with_name(f".{out.name}.partial")
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        pages = render_minutes(partial, sheet)
        os.replace(partial, out)
    except OSError as exc:
        _remove(partial)
        raise DomainError(error("CARDS_FILE_FAILED", path=str(out),
                                detail=exc.strerror or str(exc))) from exc
    return WrittenMinutes(str(out), batch_seq, len(sheet.verified), len(sheet.rejected),
                          ledger.sha256, pages)


def _rt_rw(row: Candidate) -> str:
    if not row.rt and not row.rw:
        return ""
    return f"{row.rt or '-'}/{row.rw or '-'}"


# --- the offline card check -----------------------------------------------------------------


@dataclass
class CardCheck:
    """A genuine, valid card: what it says and who signed it."""

    name: str
    nik_masked: str
    kpj: str | None
    village_code: str
    village: str
    program: str | None
    coverage_start: date | None
    coverage_end: date | None
    issued_on: date
    issuer: str
    issuer_is_self: bool
    app_version: str
    name_shortened: bool
    nik_matches: bool | None = None  # only when a NIK was given and this installation issued it

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def card_texts_in_image(path: Path) -> list[str]:
    """Every card code (``LK...``) zxing-cpp reads in a photo or scan."""
    try:
        image: Image.Image = open_image(path)
    except OSError as exc:
        raise DomainError(error("CARD_IMAGE_UNREADABLE", path=str(path),
                                detail=getattr(exc, "strerror", None) or str(exc))) from exc
    texts = [t for t in read_codes(image) if t.strip().upper().startswith(card_payload.PREFIX)]
    if not texts:
        raise DomainError(error("CARD_NO_QR", path=path.name))
    return texts


def _known_keys(session: Session) -> dict[bytes, tuple[bytes, str, bool]]:
    """key id -> (public key, issuer name, is this installation)."""
    keys: dict[bytes, tuple[bytes, str, bool]] = {}
    own = session.get(StationKey, "ed25519")
    installation = installation_of(session)
    if own is not None:
        keys[card_payload.key_id(own.public)] = (own.public, installation.region_name, True)
    for peer in session.exec(select(PeerStation)).all():
        keys[card_payload.key_id(peer.signing_key)] = (peer.signing_key, peer.region_name, False)
    return keys


def verify_card(
    store: Store,
    text_or_image: str | Path,
    nik: str | None = None,
    actor: Actor | None = None,
) -> CardCheck:
    """Check a card's QR text (``str``) or a photo/scan of it (``Path``), offline.

    Returns the details of a genuine, current card. Raises DomainError when the code was altered,
    signed by an unknown key, expired or provisional. With ``nik`` and a logged-in ``actor`` of the
    issuing installation, also says whether the card belongs to that NIK.
    """
    if isinstance(text_or_image, Path):
        texts = card_texts_in_image(text_or_image)
        if len(texts) > 1:
            raise DomainError(error("CARD_MANY_CODES", count=len(texts)))
        text = texts[0]
    else:
        text = text_or_image
    try:
        signed = card_payload.read(text)
    except card_payload.PayloadError as exc:
        code = "CARD_NOT_LINGKARAN" if exc.kind == "not_card" else "CARD_ALTERED"
        raise DomainError(error(code)) from exc
    card = signed.payload
    with store.session() as session:
        known = _known_keys(session)
        entry = known.get(card.key_id)
        if entry is None:
            raise DomainError(error("CARD_UNKNOWN_KEY", key_id=card.key_id.hex().upper()))
        public, issuer, is_self = entry
        if not card_payload.signature_valid(signed, public):
            raise DomainError(error("CARD_ALTERED"))
        program = session.exec(select(Program).order_by(Program.id.desc())).all()
        program_name = next((p.name for p in program if p.uid and
                             uuid.UUID(p.uid).bytes[:6] == card.program_uid_prefix), None)
        nik_matches = None
        if nik and actor is not None and is_self:
            keys = open_station_keys(session, actor.name, actor.key)
            tag = card_payload.nik_tag(card_payload.nik_key(keys.signing), normalize_nik(nik))
            nik_matches = tag == card.nik_tag
    if card.coverage_end is not None and card.coverage_end < clock.today():
        raise DomainError(error("CARD_EXPIRED", end=card.coverage_end.strftime("%d-%m-%Y"),
                                name=card.name, kpj=card.kpj or "-"))
    if card.provisional:
        raise DomainError(error("CARD_PROVISIONAL", name=card.name))
    return CardCheck(
        name=card.name, nik_masked=card.nik_masked, kpj=card.kpj,
        village_code=card.village_code, village=village_text(card.village_code),
        program=program_name, coverage_start=card.coverage_start,
        coverage_end=card.coverage_end, issued_on=card.issued_on, issuer=issuer,
        issuer_is_self=is_self, app_version=card.app_version,
        name_shortened=card.name_shortened, nik_matches=nik_matches,
    )
