"""Bulk insert of candidates with their audit events, without ORM objects.

Building 100,000 SQLModel objects costs seconds (STACK-NOTES); the importer and the district's
batch import insert rows with SQLAlchemy Core instead. Each row still gets its own audit event
whose state hash is exactly that of the row as stored, chained like any other event, so ``doctor``
treats bulk-inserted rows like the rest.
"""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import Any

from pydantic_core import PydanticUndefined
from sqlalchemy import Table, insert, select, text
from sqlmodel import Session

from lingkaran_desktop import clock
from lingkaran_desktop.services.audit import canonical_json, event_row
from lingkaran_desktop.store.models import AuditEvent, Candidate

IN_CHUNK = 500
# From this many rows on, the SQLite name index is filled in one statement after the insert
# (four statements, ~0.5 ms, instead of ~35 µs a row in the trigger).
NAME_INDEX_BULK = 20
_FTS_INSERT_TRIGGER = "candidate_fts_ai"  # see migration 0005
log = logging.getLogger("lingkaran.audit")


def candidate_defaults() -> dict[str, Any]:
    """Every column of a candidate row with the value the ORM would store when not given."""
    defaults: dict[str, Any] = {}
    for name, info in Candidate.model_fields.items():
        default = info.default
        defaults[name] = None if default is PydanticUndefined else default
    return defaults


@contextmanager
def _name_index_in_bulk(session: Session, count: int) -> Iterator[None]:
    """SQLite: fill the FTS5 name index once for the whole insert instead of row by row.

    The per-row trigger costs ~35 µs a row; one INSERT … SELECT costs ~2.5 µs. The trigger is
    dropped and re-created inside the same transaction (SQLite's DDL is transactional, and it has
    one writer), so a failure rolls both back and no other connection ever sees it missing.
    """
    if session.get_bind().dialect.name != "sqlite" or count < NAME_INDEX_BULK:
        yield  # a few rows: the trigger costs less than the four statements below
        return
    found = session.execute(
        text("SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = :n"),
        {"n": _FTS_INSERT_TRIGGER},
    ).scalar()
    if found is None:
        yield
        return
    start = session.execute(text("SELECT COALESCE(MAX(id), 0) FROM candidate")).scalar_one()
    session.execute(text(f"DROP TRIGGER {_FTS_INSERT_TRIGGER}"))
    yield
    session.execute(
        text("INSERT INTO candidate_fts(rowid, name) SELECT id, name FROM candidate WHERE id > :s"),
        {"s": start},
    )
    session.execute(text(found))


def insert_rows(session: Session, table: Table, rows: Sequence[dict[str, Any]]) -> None:
    """INSERT many complete rows (every column but ``id``) in the current transaction.

    SQLite: one prepared statement given plain tuples, each value converted by the column
    type's own bind processor (what SQLAlchemy would store, dates included) — four times less
    work per row than a Core ``insert()`` executemany, which builds and checks a parameter dict
    per row. Other engines: Core's ``insert()``, whose batched multi-row VALUES is already fast.
    """
    if not rows:
        return
    dialect = session.get_bind().dialect
    if dialect.name != "sqlite":
        session.execute(insert(table), list(rows))
        return
    columns = [c for c in table.columns if c.name != "id"]
    names = [c.name for c in columns]
    processors = [
        (i, process, {})  # the dict remembers conversions: rows repeat the same times and dates
        for i, c in enumerate(columns)
        if (process := c.type.dialect_impl(dialect).bind_processor(dialect)) is not None
    ]
    values = []
    for row in rows:
        converted = [row[n] for n in names]
        for i, process, done in processors:
            value = converted[i]
            if value is not None:
                stored = done.get(value)
                if stored is None:
                    stored = done[value] = process(value)
                converted[i] = stored
        values.append(tuple(converted))
    quoted = ", ".join(dialect.identifier_preparer.quote(n) for n in names)
    sql = f"INSERT INTO {table.name} ({quoted}) VALUES ({', '.join('?' * len(names))})"
    session.connection().exec_driver_sql(sql, values)


def insert_candidates(
    session: Session,
    actor: str,
    rows: Sequence[dict[str, Any]],
    action: str,
    reason: str | None,
    prev_hash: str,
) -> tuple[dict[str, int], str]:
    """Insert complete candidate rows (every column but ``id``); one event each.

    Returns the new ids by NIK and the hash of the last event written (the chain goes on from it).
    """
    if not rows:
        return {}, prev_hash
    table = Candidate.__table__
    program_id = rows[0]["program_id"]
    with _name_index_in_bulk(session, len(rows)):
        insert_rows(session, table, rows)
    ids: dict[str, int] = {}
    niks = [r["nik"] for r in rows]
    for start in range(0, len(niks), IN_CHUNK):
        query = select(table.c.nik, table.c.id).where(
            table.c.program_id == program_id, table.c.nik.in_(niks[start : start + IN_CHUNK])
        )
        ids.update((nik, id_) for nik, id_ in session.execute(query))
    now = clock.now()
    events = []
    prev = prev_hash
    for row in rows:
        state = dict(row)
        del state["updated_at"]  # bookkeeping the event itself records (audit._STATE_EXCLUDED)
        state["id"] = ids[row["nik"]]
        state_json = canonical_json(state)
        event = event_row(
            prev, at=now, actor=actor, action=action, entity="candidate", entity_id=state["id"],
            before="", after=state_json,
            state_hash=hashlib.sha256(state_json.encode("utf-8")).hexdigest(), reason=reason,
        )  # fmt: skip
        prev = event["hash"]
        events.append(event)
    insert_rows(session, AuditEvent.__table__, events)
    log.info("%s: %d candidates by %s", action, len(rows), actor)
    if session.get_bind().dialect.name == "postgresql":
        refresh_statistics(session)  # SQLite: once, when the caller's bulk write ends
    return ids, prev


def refresh_statistics(session: Session) -> None:
    """Re-analyse tables that bulk inserts changed a lot.

    Without fresh statistics the planner believes the table is still tiny and answers the
    "which of these NIKs exist" query by scanning a whole program (seen on PostgreSQL: 600
    rows/s at 100,000 participants instead of 2,500; on SQLite, statistics taken after the first
    5,000 rows of a 100,000-row import made every later chunk's query a full scan). PostgreSQL:
    after each bulk insert (autovacuum gets there too, but a minute late). SQLite: once, at the
    end of an import or a group of batch files — never half-way, when the table is still small.
    """
    dialect = session.get_bind().dialect.name
    if dialect == "sqlite":
        session.execute(text("PRAGMA optimize"))  # analyses only the tables that need it
        return
    if dialect != "postgresql":
        return
    for table in ("candidate", "audit_event"):
        stale = session.execute(
            text(
                "SELECT s.n_mod_since_analyze > GREATEST(1000, 0.2 * GREATEST(c.reltuples, 0)) "
                "FROM pg_stat_user_tables s JOIN pg_class c ON c.oid = s.relid "
                "WHERE s.relname = :t"
            ),
            {"t": table},
        ).scalar()
        if stale:
            session.execute(text(f"ANALYZE {table}"))
