"""The database tables.

SQLModel table classes do not validate on construction: every value reaches them through the
domain layer (see services). NIK, KK and KPJ are strings; money is integer rupiah; dates are dates.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Index, UniqueConstraint
from sqlmodel import Field, SQLModel

from lingkaran_desktop.domain.candidate import NOTES_MAX


class Installation(SQLModel, table=True):
    """The one row describing this installation: village station or district office."""

    __tablename__ = "installation"

    id: int | None = Field(default=None, primary_key=True)
    station_id: str = Field(max_length=36, unique=True)
    role: str = Field(max_length=16)  # "village" | "district"
    region_code: str = Field(max_length=13)
    region_name: str = Field(max_length=200)
    created_at: datetime


class Program(SQLModel, table=True):
    __tablename__ = "program"

    id: int | None = Field(default=None, primary_key=True)
    uid: str = Field(default="", max_length=36, index=True)  # shared by district and villages
    name: str = Field(max_length=200)
    year: int
    coverage_start: date
    months: int
    jkk_rate_bp: int = 100
    jkk_min_income: int = 1_000_000
    jkm_flat: int = 6_800
    discount_percent: int = 0
    age_min: int = 18
    age_max: int = 65
    quota_per_village: int | None = None
    budget: int | None = None
    max_desil: int | None = None
    district_station_id: str | None = Field(default=None, max_length=36)
    active: bool = True
    created_at: datetime


class User(SQLModel, table=True):
    __tablename__ = "app_user"

    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(max_length=64, unique=True, index=True)
    full_name: str = Field(default="", max_length=200)
    role: str = Field(max_length=16)  # "admin" | "operator" | "verifier"
    password_hash: str = Field(max_length=200)
    active: bool = True
    failed_logins: int = 0
    locked_until: datetime | None = None
    created_at: datetime


class Candidate(SQLModel, table=True):
    """A worker proposed for the program, from draft to enrolled (see domain.status)."""

    __tablename__ = "candidate"
    __table_args__ = (
        UniqueConstraint("program_id", "nik", name="uq_candidate_program_nik"),
        Index("ix_candidate_program_status", "program_id", "status"),
    )

    id: int | None = Field(default=None, primary_key=True)
    program_id: int = Field(foreign_key="program.id", index=True)
    nik: str = Field(max_length=16, index=True)
    kk: str | None = Field(default=None, max_length=16)
    name: str = Field(max_length=200, index=True)
    sex: str = Field(max_length=1)
    birth_place: str | None = Field(default=None, max_length=100)
    birth_date: date
    mother_name: str | None = Field(default=None, max_length=200)
    address: str | None = Field(default=None, max_length=300)
    rt: str | None = Field(default=None, max_length=3)
    rw: str | None = Field(default=None, max_length=3)
    village_code: str = Field(max_length=13, index=True)
    phone: str | None = Field(default=None, max_length=20)
    occupation_code: str = Field(max_length=4)
    income: int | None = None
    desil: int | None = None
    funding: str = Field(default="APBD", max_length=20)
    proposed_by: str | None = Field(default=None, max_length=100)
    notes: str | None = Field(default=None, max_length=NOTES_MAX)
    warnings: str = Field(default="", max_length=2000)  # comma-separated finding codes
    status: str = Field(max_length=12)  # indexed through ix_candidate_program_status
    kpj: str | None = Field(default=None, max_length=20, index=True)
    coverage_start: date | None = None
    coverage_end: date | None = None
    rejection_reason: str | None = Field(default=None, max_length=500)
    entered_by: str = Field(max_length=64)
    entered_at: datetime
    verified_by: str | None = Field(default=None, max_length=64)
    verified_at: datetime | None = None
    source_station_id: str | None = Field(default=None, max_length=36)  # district: sender
    batch_sequence: int | None = None  # village: batch it left in; district: batch it came in
    updated_at: datetime


class CoveragePeriod(SQLModel, table=True):
    """One period of cover for a participant; renewal adds a period, it never retypes a person."""

    __tablename__ = "coverage_period"

    id: int | None = Field(default=None, primary_key=True)
    candidate_id: int = Field(foreign_key="candidate.id", index=True)
    program_id: int = Field(foreign_key="program.id")
    start: date
    end: date
    kpj: str | None = Field(default=None, max_length=20)
    created_at: datetime


class CandidateChange(SQLModel, table=True):
    """A correction or a withdrawal of a record that was already sent (see services.changes).

    At a village (direction ``out``) it waits in the queue until a batch carries it:
    ``batch_sequence`` stays NULL until the batch file was written and verified. At the district
    (direction ``in``) every one received is kept, applied or not (``outcome``, ``detail``), and
    ``bpjs`` marks the changes to enrolled participants that BPJS must be told about.
    """

    __tablename__ = "candidate_change"
    __table_args__ = (
        Index("ix_candidate_change_queue", "program_id", "direction", "batch_sequence"),
    )

    id: int | None = Field(default=None, primary_key=True)
    program_id: int = Field(foreign_key="program.id")
    direction: str = Field(max_length=3)  # "out" (village queue) | "in" (district)
    kind: str = Field(max_length=12)  # "correction" | "withdrawal"
    candidate_id: int | None = Field(default=None, foreign_key="candidate.id", index=True)
    nik: str = Field(max_length=16)
    payload: str  # JSON: {"changes"?, "reason", "at", "by"} as the batch carries it
    created_at: datetime
    created_by: str = Field(max_length=64)
    station_id: str | None = Field(default=None, max_length=36)  # district: the sender
    batch_sequence: int | None = None  # village: NULL until sent; district: the batch it came in
    # Village: the second person who checked the change (four eyes); NULL while it waits.
    verified_by: str | None = Field(default=None, max_length=64)
    verified_at: datetime | None = None
    # District: when an applied change to an enrolled participant went to BPJS in a workbook.
    bpjs_passed_at: datetime | None = None
    outcome: str | None = Field(default=None, max_length=16)  # district: applied | why not
    detail: str | None = Field(default=None, max_length=500)  # district: why not applied
    bpjs: bool = False  # district: applied to an enrolled participant, BPJS must be told


class AuditEvent(SQLModel, table=True):
    """One change, hash-chained to the one before it (see services.audit)."""

    __tablename__ = "audit_event"
    __table_args__ = (Index("ix_audit_event_entity", "entity", "entity_id", "id"),)

    id: int | None = Field(default=None, primary_key=True)
    at: datetime
    actor: str = Field(max_length=64)
    action: str = Field(max_length=40)
    entity: str = Field(max_length=30)
    entity_id: int | None = None  # indexed through ix_audit_event_entity
    before: str = ""  # JSON of the changed fields before
    after: str = ""  # JSON of the changed fields after
    state_hash: str = Field(default="", max_length=64)  # SHA-256 of the whole row after
    reason: str | None = Field(default=None, max_length=500)
    prev_hash: str = Field(max_length=64)
    hash: str = Field(max_length=64, unique=True)


class ExchangeLedger(SQLModel, table=True):
    """Files sent and received: batches, results, program profiles."""

    __tablename__ = "exchange_ledger"
    __table_args__ = (
        UniqueConstraint("direction", "kind", "station_id", "sequence", name="uq_exchange_seq"),
    )

    id: int | None = Field(default=None, primary_key=True)
    direction: str = Field(max_length=3)  # "out" | "in"
    kind: str = Field(max_length=16)  # "batch" | "result" | "program"
    station_id: str = Field(max_length=36)
    sequence: int
    sha256: str = Field(max_length=64)
    filename: str = Field(max_length=300)
    record_count: int = 0
    status: str = Field(max_length=16)
    at: datetime


class StationKey(SQLModel, table=True):
    """This installation's key pairs; private halves encrypted with the installation key."""

    __tablename__ = "station_key"

    kind: str = Field(primary_key=True, max_length=10)  # "ed25519" | "x25519"
    public: bytes
    nonce: bytes
    encrypted_private: bytes


class KeyWrap(SQLModel, table=True):
    """The installation key wrapped for one user with a key derived from their password."""

    __tablename__ = "key_wrap"

    user_name: str = Field(primary_key=True, max_length=64)
    salt: bytes
    nonce: bytes
    wrapped: bytes
    kdf: str = Field(default="argon2id$t=3,m=65536,p=2", max_length=60)


class PeerStation(SQLModel, table=True):
    """Another installation we trust: a village at its district, or the district at a village."""

    __tablename__ = "peer_station"

    station_id: str = Field(primary_key=True, max_length=36)
    role: str = Field(max_length=16)
    region_code: str = Field(max_length=13)
    region_name: str = Field(max_length=200)
    signing_key: bytes
    encryption_key: bytes
    fingerprint: str = Field(max_length=64)
    added_by: str = Field(max_length=64)
    added_at: datetime


class Conflict(SQLModel, table=True):
    """District: a NIK that arrived from a second village; the district decides."""

    __tablename__ = "conflict"

    id: int | None = Field(default=None, primary_key=True)
    program_id: int = Field(foreign_key="program.id")
    nik: str = Field(max_length=16, index=True)
    existing_candidate_id: int = Field(foreign_key="candidate.id")
    station_id: str = Field(max_length=36)
    sequence: int
    incoming: str  # JSON of the record that arrived second
    status: str = Field(default="open", max_length=10)  # open | kept | replaced
    decided_by: str | None = Field(default=None, max_length=64)
    decided_at: datetime | None = None
    created_at: datetime
