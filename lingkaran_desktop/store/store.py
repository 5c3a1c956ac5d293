"""An open installation database: the engine plus the data folder it lives in."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.exc import DatabaseError, IntegrityError
from sqlmodel import Session

from lingkaran_desktop.domain.findings import DomainError, error
from lingkaran_desktop.paths import Home, HomeNotWritable
from lingkaran_desktop.store import wal
from lingkaran_desktop.store.db import make_engine, migrate, session_scope, sqlite_url


def storage_error(exc: BaseException, path: Path | str | None = None) -> DomainError:
    """Turn an environment failure (locked, read-only, unreadable file) into a clear refusal."""
    text = str(getattr(exc, "orig", exc)).lower()
    where = str(path) if path else ""
    if "locked" in text or "busy" in text:
        return DomainError(error("DB_LOCKED", path=where))
    if "disk is full" in text or "no space left" in text or "disk full" in text:
        return DomainError(error("DB_DISK_FULL", path=where))
    if "readonly" in text or "read-only" in text:
        return DomainError(error("DB_READONLY", path=where))
    if "not a database" in text or "malformed" in text or "file is encrypted" in text:
        return DomainError(error("DB_CORRUPT", path=where))
    return DomainError(error("DB_CANNOT_OPEN", path=where, detail=str(exc).splitlines()[0]))


@dataclass
class Store:
    home: Home
    engine: Engine
    migration_backup: Path | None = None
    _checkpointer: wal.Checkpointer | None = field(default=None, init=False, repr=False)

    @classmethod
    def open(cls, home: Home, *, create: bool = False, url: str | None = None) -> Store:
        """Open (and migrate) the installation's database.

        ``create`` allows a new, empty database; otherwise a missing one is refused so that a
        mistyped ``--home`` never silently starts a second, empty installation.
        """
        if not create and url is None and not home.exists():
            raise DomainError(error("HOME_NOT_INITIALIZED", path=str(home.root)))
        if create:
            try:
                home.ensure()
            except HomeNotWritable as exc:
                raise DomainError(error("HOME_NOT_WRITABLE", path=str(home.root))) from exc
        engine = make_engine(url or sqlite_url(home.database))
        try:
            copy = migrate(engine, backup_dir=home.backups if home.backups.exists() else None)
        except (DatabaseError, sqlite3.Error) as exc:
            engine.dispose()
            if url is None and not home.writable():  # SQLite cannot even create its WAL files
                raise DomainError(error("DB_READONLY", path=str(home.database))) from exc
            raise storage_error(exc, home.database if url is None else None) from exc
        if url is not None:
            home.ensure()  # logs, backups and drafts stay on this computer
        return cls(home=home, engine=engine, migration_backup=copy)

    @contextmanager
    def session(self) -> Iterator[Session]:
        """One transaction; storage failures become clear refusals, and nothing is half-written."""
        try:
            with session_scope(self.engine) as session:
                yield session
        except IntegrityError:
            raise
        except (DatabaseError, sqlite3.Error) as exc:
            raise storage_error(exc, self.describe()) from exc

    @contextmanager
    def bulk_session(self) -> Iterator[Session]:
        """One transaction for a bulk write (an import, a pile of batch files): as
        :meth:`session`, but on SQLite its commit leaves copying the WAL into the database file
        to a background thread (see store.wal), so the result is there ~1 s sooner."""
        deferred = False
        with self.session() as session:
            if self.is_sqlite and self.engine.url.database not in (None, "", ":memory:"):
                connection = session.connection()
                wal.defer_auto_checkpoint(connection.connection.driver_connection,
                                          connection.connection.info)  # fmt: skip
                deferred = True
            yield session
        if deferred:  # committed (an error skips this: nothing new to copy)
            if self._checkpointer is None:
                self._checkpointer = wal.Checkpointer(Path(self.engine.url.database))
            self._checkpointer.start()

    def wait_for_checkpoint(self) -> None:
        """Until a background WAL checkpoint started by :meth:`bulk_session` has ended."""
        if self._checkpointer is not None:
            self._checkpointer.wait()

    @property
    def is_sqlite(self) -> bool:
        return self.engine.dialect.name == "sqlite"

    def describe(self) -> str:
        """Where the data is, for messages (never with a password)."""
        if self.is_sqlite:
            return str(self.home.database)
        return self.engine.url.render_as_string(hide_password=True)

    def close(self) -> None:
        self.wait_for_checkpoint()
        self.engine.dispose()
