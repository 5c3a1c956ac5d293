"""Creating an installation (village station or district office) and reading its settings."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from sqlmodel import Session, select

from lingkaran_desktop import clock
from lingkaran_desktop.domain.contribution import Rates
from lingkaran_desktop.domain.findings import DomainError, error
from lingkaran_desktop.domain.program import ProgramRules, default_program
from lingkaran_desktop.domain.regions import get_region, normalize_region_code
from lingkaran_desktop.exchange.keys import StationKeys, new_installation_key
from lingkaran_desktop.paths import Home
from lingkaran_desktop.services import messages  # noqa: F401  (registers service messages)
from lingkaran_desktop.services.audit import AuditWriter, row_state
from lingkaran_desktop.services.keyring import store_station_keys
from lingkaran_desktop.services.users import Actor, create_user
from lingkaran_desktop.store.models import Installation, Program
from lingkaran_desktop.store.store import Store

ROLES = {"village": 4, "district": 2}
_LEVEL_WORD = {4: "kode desa/kelurahan", 2: "kode kabupaten/kota"}


@dataclass(frozen=True)
class InstallationInfo:
    station_id: str
    role: str
    region_code: str
    region_name: str


def create_installation(
    home: Home,
    role: str,
    region_code: str,
    admin_name: str,
    admin_password: str,
    url: str | None = None,
) -> tuple[Store, Actor]:
    """``lingkaran init``: the database, the installation row, the admin and a default program."""
    if role not in ROLES:
        raise DomainError(error("ROLE_INVALID", "role", role=role, choices=", ".join(ROLES)))
    code = normalize_region_code(region_code)
    region = get_region(code) if code else None
    if region is None:
        raise DomainError(error("REGION_UNKNOWN", "region", region_code=region_code))
    if region.level != ROLES[role]:
        raise DomainError(
            error(
                "INSTALL_REGION_LEVEL",
                "region",
                code=region.code,
                expected=_LEVEL_WORD[ROLES[role]],
            )
        )
    if url is None and home.exists():
        raise DomainError(error("HOME_ALREADY_INITIALIZED", path=str(home.root)))
    store = Store.open(home, create=True, url=url)
    if url is not None and _has_installation(store):
        store.close()
        raise DomainError(error("HOME_ALREADY_INITIALIZED", path=store.describe()))
    key = new_installation_key()
    keys = StationKeys.generate()
    try:
        with store.session() as session:
            admin = create_user(
                session, "system", admin_name, "admin", admin_password, installation_key=key
            )
            store_station_keys(session, key, keys)
            installation = Installation(
                station_id=str(uuid.uuid4()),
                role=role,
                region_code=region.code,
                region_name=region.label(),
                created_at=clock.now(),
            )
            session.add(installation)
            program = program_row(default_program(clock.today().year))
            session.add(program)
            session.flush()
            audit = AuditWriter(session)
            audit.record(
                admin.name,
                "installation.init",
                "installation",
                installation.id,
                after={"role": role, "region_code": region.code},
            )
            audit.record(
                admin.name, "program.create", "program", program.id, after=row_state(program)
            )
    except BaseException:
        if url is None and not _has_installation(store):
            store.close()
            store.home.database.unlink(missing_ok=True)
        else:
            store.close()
        raise
    return store, Actor(admin.name, admin.role, key)


def _has_installation(store: Store) -> bool:
    try:
        with store.session() as session:
            return session.exec(select(Installation)).first() is not None
    except Exception:
        return False


def program_row(rules: ProgramRules) -> Program:
    return Program(
        uid=str(uuid.uuid4()),
        name=rules.name,
        year=rules.year,
        coverage_start=rules.coverage_start,
        months=rules.months,
        jkk_rate_bp=rules.rates.jkk_rate_bp,
        jkk_min_income=rules.rates.jkk_min_income,
        jkm_flat=rules.rates.jkm_flat,
        discount_percent=rules.rates.discount_percent,
        age_min=rules.age_min,
        age_max=rules.age_max,
        quota_per_village=rules.quota_per_village,
        budget=rules.budget,
        max_desil=rules.max_desil,
        active=True,
        created_at=clock.now(),
    )


def rules_of(program: Program) -> ProgramRules:
    return ProgramRules(
        name=program.name,
        year=program.year,
        coverage_start=program.coverage_start,
        months=program.months,
        rates=Rates(
            jkk_rate_bp=program.jkk_rate_bp,
            jkk_min_income=program.jkk_min_income,
            jkm_flat=program.jkm_flat,
            discount_percent=program.discount_percent,
        ),
        age_min=program.age_min,
        age_max=program.age_max,
        quota_per_village=program.quota_per_village,
        budget=program.budget,
        max_desil=program.max_desil,
    )


def installation_of(session: Session) -> Installation:
    row = session.exec(select(Installation)).first()
    if row is None:
        raise DomainError(error("HOME_NOT_INITIALIZED", path="?"))
    return row


def active_program(session: Session) -> Program:
    row = session.exec(
        select(Program).where(Program.active == True).order_by(Program.id.desc())  # noqa: E712
    ).first()
    if row is None:
        raise DomainError(error("HOME_NOT_INITIALIZED", path="?"))
    return row


def own_programs(session: Session, district_station_id: str | None) -> dict[str, Program]:
    """The programs a district published (at the district: its own; at a village: those it
    loaded from its district), by uid, the running one always among them."""
    programs: dict[str, Program] = {}
    if district_station_id:
        for row in session.exec(
            select(Program)
            .where(Program.district_station_id == district_station_id, Program.uid != "")
            .order_by(Program.id)  # type: ignore[arg-type]
        ):
            programs[row.uid] = row
    running = active_program(session)
    programs[running.uid] = running
    return programs


def installation_info(store: Store) -> InstallationInfo:
    with store.session() as session:
        row = installation_of(session)
        return InstallationInfo(row.station_id, row.role, row.region_code, row.region_name)


def program_rules(store: Store) -> ProgramRules:
    with store.session() as session:
        return rules_of(active_program(session))
