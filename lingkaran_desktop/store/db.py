"""Engine and session factory, schema migrations, and the copy taken before a migration."""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, Engine, create_engine, event
from sqlmodel import Session

from lingkaran_desktop.store import wal

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"


def sqlite_url(path: Path) -> str:
    return f"sqlite:///{path}"


def _on_sqlite_connect(dbapi_connection: sqlite3.Connection, _record: object) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys = ON")
    cursor.execute("PRAGMA busy_timeout = 5000")
    # A read-only medium keeps its journal mode; writes will report it.
    with contextlib.suppress(sqlite3.OperationalError):
        cursor.execute("PRAGMA journal_mode = WAL")
    cursor.execute("PRAGMA synchronous = NORMAL")
    # 64 MiB of page cache (the default is 2 MiB): a district's NIK and name indexes stay in
    # memory while batches arrive, instead of being read back from disk for every insert.
    cursor.execute("PRAGMA cache_size = -65536")
    cursor.close()
    # The sqlite3 module would open transactions itself, only before a write, and a SAVEPOINT
    # opened before that would commit on release. Let SQLAlchemy say BEGIN (see _on_sqlite_begin):
    # reads then belong to the transaction too, and savepoints nest as they should.
    dbapi_connection.isolation_level = None


def _on_sqlite_begin(connection: Connection) -> None:
    connection.exec_driver_sql("BEGIN")


def make_engine(url: str) -> Engine:
    if url.startswith("sqlite"):
        # check_same_thread off: a bulk import hands its connection, within its transaction, to
        # a writer thread for a while (services.sqlite_writer); one thread uses it at a time.
        engine = create_engine(url, connect_args={"timeout": 5, "check_same_thread": False})
        event.listen(engine, "connect", _on_sqlite_connect)
        event.listen(engine, "begin", _on_sqlite_begin)
        event.listen(engine, "checkin", wal.restore_on_checkin)
        return engine
    return create_engine(url, pool_pre_ping=True)


@contextmanager
def session_scope(engine: Engine) -> Iterator[Session]:
    """One transaction: commit when the block ends, roll back on any exception."""
    with Session(engine, expire_on_commit=False) as session:
        try:
            yield session
            session.commit()
        except BaseException:
            session.rollback()
            raise


def alembic_config(engine: Engine) -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    # No sqlalchemy.url: env.py runs on the engine itself. (A URL with '%' — a data folder with
    # non-ASCII characters, as Windows user names have — breaks Alembic's config interpolation.)
    config.attributes["engine"] = engine
    return config


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def head_revision(engine: Engine) -> str | None:
    return ScriptDirectory.from_config(alembic_config(engine)).get_current_head()


def backup_sqlite(source: Path, target: Path) -> Path:
    """Copy a live SQLite database with SQLite's online backup API (consistent under WAL)."""
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(target.name + ".part")
    src = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
    try:
        dst = sqlite3.connect(partial)
        try:
            src.backup(dst)
            dst.execute("PRAGMA journal_mode = DELETE")
        finally:
            dst.close()
    finally:
        src.close()
    partial.replace(target)
    return target


def migrate(engine: Engine, backup_dir: Path | None = None) -> Path | None:
    """Bring the schema to head. A database that has data is copied first; returns that copy."""
    current = current_revision(engine)
    head = head_revision(engine)
    if current == head:
        return None
    copy: Path | None = None
    database = engine.url.database
    if current is not None and backup_dir is not None and database and Path(database).exists():
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
        copy = backup_sqlite(Path(database), backup_dir / f"pre-migration-{current}-{stamp}.db")
    command.upgrade(alembic_config(engine), "head")
    return copy
