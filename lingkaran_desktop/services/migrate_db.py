"""Move an installation from SQLite to PostgreSQL (or back): same tables, same ids, verified.

``lingkaran migrate-db --from sqlite:///…/lingkaran.db --to postgresql+psycopg://…`` copies every
table in dependency order, resets the id sequences, compares the row counts and runs ``doctor``
on the target (the audit chain and every row's state hash must still match).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import func, insert, select, text
from sqlmodel import SQLModel

from lingkaran_desktop.domain.findings import DomainError, error
from lingkaran_desktop.domain.messages import register
from lingkaran_desktop.paths import Home
from lingkaran_desktop.services.doctor import run_doctor
from lingkaran_desktop.store import models  # noqa: F401  (registers the tables)
from lingkaran_desktop.store.store import Store

CHUNK = 5000

register(
    "MIGRATE_TARGET_NOT_EMPTY",
    "Basis data tujuan sudah berisi data Lingkaran; tidak ada yang disalin.",
    "The target database already holds Lingkaran data; nothing was copied.",
)
register(
    "MIGRATE_COUNTS_DIFFER",
    "Jumlah baris berbeda setelah penyalinan di tabel {table}: {source} ≠ {target}.",
    "Row counts differ after copying table {table}: {source} ≠ {target}.",
)


@dataclass
class MigrationReport:
    counts: dict[str, int] = field(default_factory=dict)
    doctor_ok: bool = False


def migrate_database(home: Home, source_url: str, target_url: str) -> MigrationReport:
    source = Store.open(home, url=source_url)
    target = Store.open(home, create=True, url=target_url)
    report = MigrationReport()
    try:
        tables = [t for t in SQLModel.metadata.sorted_tables]
        with target.engine.connect() as conn:
            if conn.execute(text("SELECT count(*) FROM installation")).scalar():
                raise DomainError(error("MIGRATE_TARGET_NOT_EMPTY"))
        with source.engine.connect() as src, target.engine.begin() as dst:
            for table in tables:
                rows = src.execute(select(table)).mappings()
                batch: list[dict] = []
                for row in rows:
                    batch.append(dict(row))
                    if len(batch) >= CHUNK:
                        dst.execute(insert(table), batch)
                        batch = []
                if batch:
                    dst.execute(insert(table), batch)
            if target.engine.dialect.name == "postgresql":
                for table in tables:
                    if "id" in table.c and table.c.id.autoincrement is not False:
                        dst.execute(text(
                            f"SELECT setval(pg_get_serial_sequence('{table.name}', 'id'), "
                            f"COALESCE((SELECT max(id) FROM {table.name}), 0) + 1, false)"
                        ))  # fmt: skip
        with source.engine.connect() as src, target.engine.connect() as dst:
            for table in tables:
                a = src.execute(select(func.count()).select_from(table)).scalar_one()
                b = dst.execute(select(func.count()).select_from(table)).scalar_one()
                if a != b:
                    raise DomainError(
                        error("MIGRATE_COUNTS_DIFFER", None, table=table.name, source=a, target=b)
                    )
                report.counts[table.name] = b
        doctor = run_doctor(target)
        report.doctor_ok = doctor.ok
        if not doctor.ok:
            raise DomainError(doctor.problems[0])
        return report
    finally:
        source.close()
        target.close()
