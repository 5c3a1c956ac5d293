"""Bulk insert of candidates with their audit events, without ORM objects.

Building 100,000 SQLModel objects costs seconds (STACK-NOTES); the importer and the district's
batch import insert rows with SQLAlchemy Core instead. Each row still gets its own audit event
whose state hash is exactly that of the row as stored, chained like any other event, so ``doctor``
treats bulk-inserted rows like the rest.
"""

from __future__ import annotations

import gc
import logging
import sqlite3
from collections.abc import Iterator, Sequence
from contextlib import ExitStack, contextmanager
from datetime import date
from operator import itemgetter
from typing import Any

import orjson
from pydantic_core import PydanticUndefined
from sqlalchemy import Date, Table, insert, select, text
from sqlmodel import Session

from lingkaran_desktop import clock
from lingkaran_desktop.services.audit import BulkEvents, plain_value
from lingkaran_desktop.services.sqlite_writer import (
    BackgroundWriter,
    JsonRows,
    insert_json,
    json_rows,
    supports_json,
)
from lingkaran_desktop.store.models import AuditEvent, Candidate

IN_CHUNK = 500
# From this many rows on, the SQLite name index is filled in one statement after the insert
# (four statements, ~0.5 ms, instead of ~35 µs a row in the trigger).
NAME_INDEX_BULK = 20
_FTS_INSERT_TRIGGER = "candidate_fts_ai"  # see migration 0005
_FTS_FILL = (  # named parameters: the same text serves sqlite3 and SQLAlchemy's text()
    "INSERT INTO candidate_fts(rowid, name) "
    "SELECT id, name FROM candidate WHERE id BETWEEN :first AND :last"
)
log = logging.getLogger("lingkaran.audit")


@contextmanager
def collector_paused() -> Iterator[None]:
    """Pause Python's cycle collector for the length of a bulk job (an import, a pile of batches).

    Such a job keeps a whole sheet, hundreds of thousands of small containers, alive; every full
    collection walks all of them, which measured 10–12 % of a 100,000-row import. The job makes
    no reference cycles worth collecting on the way; collection resumes when it ends (also on
    error). Nesting is harmless: only the outermost pause switches the collector back on.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            # What the job leaves alive (a report of 100,000 rows: ~400,000 objects) joins the
            # oldest generation without being walked: switched on as it was, the collector's
            # first young collection would walk it all (0.3 s; seen at the end of an import).
            gc.freeze()
            gc.unfreeze()
            gc.enable()


def candidate_defaults() -> dict[str, Any]:
    """Every column of a candidate row with the value the ORM would store when not given."""
    defaults: dict[str, Any] = {}
    for name, info in Candidate.model_fields.items():
        default = info.default
        defaults[name] = None if default is PydanticUndefined else default
    return defaults


_DEFERRED = "lingkaran.names_deferred"  # session.info key: the insert trigger is dropped


@contextmanager
def names_indexed_in_bulk(session: Session) -> Iterator[bool]:
    """SQLite: drop the name index's insert trigger for a run of bulk inserts, which then fill
    the index for their own rows in one statement each (``_FTS_FILL``); the trigger is re-created
    when the run ends, in the same transaction (a failure rolls both back). Yields whether the
    caller fills the index by hand: False where there is no such trigger (other engines), True
    inside a run already started (nested runs share it).

    A run may span a transaction of many savepoints (the district's pile of batch files): each
    fill sits in its file's savepoint, so a refused file takes its index entries with it.
    Changing the schema costs SQLite a re-read of it, so twice a file was measurable (0.45 s for
    500 files); it is twice a run. Start a long run outside any savepoint (a savepoint rolled
    back would bring the trigger back). No candidate may be inserted through the ORM meanwhile.
    """
    if session.info.get(_DEFERRED):
        yield True
        return
    found = _trigger_sql(session) if session.get_bind().dialect.name == "sqlite" else None
    if found is None:
        yield False
        return
    session.execute(text(f"DROP TRIGGER {_FTS_INSERT_TRIGGER}"))
    session.info[_DEFERRED] = True
    try:
        yield True
    finally:
        session.info.pop(_DEFERRED, None)
    session.execute(text(found))


def _trigger_sql(session: Session) -> str | None:
    return session.execute(
        text("SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = :n"),
        {"n": _FTS_INSERT_TRIGGER},
    ).scalar()


@contextmanager
def _name_index_in_bulk(session: Session, first_id: int, last_id: int) -> Iterator[None]:
    """SQLite: fill the FTS5 name index once for the whole insert instead of row by row.

    The per-row trigger costs ~35 µs a row; one INSERT … SELECT costs ~2.5 µs, worth the
    statements around it from NAME_INDEX_BULK rows on (or inside a run already started).
    """
    if last_id - first_id + 1 < NAME_INDEX_BULK and not session.info.get(_DEFERRED):
        yield  # a few rows: the trigger costs less than the statements below
        return
    with names_indexed_in_bulk(session) as by_hand:
        yield
        if by_hand:
            session.execute(text(_FTS_FILL), {"first": first_id, "last": last_id})


def _next_candidate_id(session: Session) -> int:
    """SQLite numbers a new row MAX(id) + 1 (no AUTOINCREMENT on this table) and lets one
    writer in at a time: numbering rows from here gives the ids it would give, and spares
    reading them back by NIK (0.4 s per 100,000 rows)."""
    return session.execute(text("SELECT COALESCE(MAX(id), 0) + 1 FROM candidate")).scalar_one()


def insert_rows(session: Session, table: Table, rows: Sequence[dict[str, Any]]) -> None:
    """INSERT many complete rows (every column; ``id`` too when the rows carry it, else the
    database numbers them) in the current transaction.

    SQLite: one prepared statement given plain tuples (see :func:`stored_values`) — four times
    less work per row than a Core ``insert()`` executemany, which builds and checks a parameter
    dict per row. Other engines: Core's ``insert()``, whose batched multi-row VALUES is already
    fast.
    """
    if not rows:
        return
    dialect = session.get_bind().dialect
    if dialect.name != "sqlite":
        session.execute(insert(table), list(rows))
        return
    names, values = stored_values(session, table, rows)
    quoted = ", ".join(dialect.identifier_preparer.quote(n) for n in names)
    sql = f"INSERT INTO {table.name} ({quoted}) VALUES ({', '.join('?' * len(names))})"
    session.connection().exec_driver_sql(sql, values)


def _processor(column: Any, dialect: Any) -> Any:
    """The column type's own bind processor (how SQLAlchemy turns a value into what is stored),
    or None when it stores values as given."""
    return column.type.dialect_impl(dialect).bind_processor(dialect)


def _stored(process: Any, value: Any) -> Any:
    return value if value is None or process is None else process(value)


def _whole(rows: Sequence[dict[str, Any]], common: dict[str, Any] | None) -> Sequence[dict]:
    """Complete rows: ``common``'s columns and each row's own (the row's value wins)."""
    return [{**common, **row} for row in rows] if common else rows


def stored_values(
    session: Session, table: Table, rows: Sequence[dict[str, Any]]
) -> tuple[tuple[str, ...], list[tuple[Any, ...]]]:
    """The column names and, per row, the values as the database stores them: each converted
    by its column type's own bind processor (what SQLAlchemy would store, dates included)."""
    names, columns = stored_columns(session, table, rows)
    return names, list(zip(*columns, strict=True))


def stored_columns(
    session: Session, table: Table, rows: Sequence[dict[str, Any]]
) -> tuple[tuple[str, ...], list[Sequence[Any]]]:
    """As :func:`stored_values`, by column: the rows are taken apart in C (itemgetter, zip) and
    each converting column is converted once per distinct value (rows repeat times and dates)."""
    dialect = session.get_bind().dialect
    with_id = "id" in rows[0]
    table_columns = [c for c in table.columns if with_id or c.name != "id"]
    names = tuple(c.name for c in table_columns)
    getter = itemgetter(*names)
    columns: list[Sequence[Any]] = list(zip(*map(getter, rows), strict=True))
    for i, column in enumerate(table_columns):
        process = _processor(column, dialect)
        if process is None:
            continue
        done = {value: process(value) for value in set(columns[i]) if value is not None}
        columns[i] = [None if value is None else done[value] for value in columns[i]]
    return names, columns


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
    if session.get_bind().dialect.name == "sqlite":
        first = _next_candidate_id(session)
        rows = [{**row, "id": first + n} for n, row in enumerate(rows)]
        with _name_index_in_bulk(session, first, first + len(rows) - 1):
            insert_rows(session, table, rows)
        ids = {row["nik"]: row["id"] for row in rows}
    else:
        insert_rows(session, table, rows)
        ids = _ids_by_nik(session, rows)
    events, prev = candidate_events(rows, ids, actor, action, reason, prev_hash)
    insert_rows(session, AuditEvent.__table__, events)
    log.info("%s: %d candidates by %s", action, len(rows), actor)
    if session.get_bind().dialect.name == "postgresql":
        refresh_statistics(session)  # SQLite: once, when the caller's bulk write ends
    return ids, prev


def candidate_events(
    rows: Sequence[dict[str, Any]],
    ids: dict[str, int],
    actor: str,
    action: str,
    reason: str | None,
    prev_hash: str,
    common: dict[str, Any] | None = None,
    quoted: list[orjson.Fragment | None] | None = None,
) -> tuple[list[dict[str, Any]], str]:
    """One audit event per new row, chained on from ``prev_hash``: the row's whole state (its
    hash is the row's state hash, see audit.row_state) — ``common``'s columns, alike in every
    row, and the row's own. Returns the events and the last hash; ``quoted`` gets each
    event's state as a JSON string (see BulkEvents.state_row)."""
    bulk = BulkEvents(clock.now(), actor, action, "candidate", reason)
    shared = {  # (times and dates in their JSON form once, not once a row)
        name: plain_value(value)
        for name, value in (common or {}).items()
        if name != "updated_at"
    }
    events = []
    prev = prev_hash
    for row in rows:
        state = {**shared, **row}
        state.pop("updated_at", None)  # bookkeeping the event records (audit._STATE_EXCLUDED)
        if "id" not in state:  # (SQLite: numbered already)
            state["id"] = ids[row["nik"]]
        event = bulk.state_row(prev, state["id"], state, quoted)
        prev = event["hash"]
        events.append(event)
    return events, prev


class PipelinedCandidates:
    """New candidates added chunk by chunk within one transaction, one audit event each, the
    inserting of one chunk overlapping the caller's checking of the next.

    SQLite (with its JSON functions): rows are numbered here (:func:`_next_candidate_id`) and
    go in on a second thread (see services.sqlite_writer), each chunk filling the name index
    for its rows (:func:`names_indexed_in_bulk`, ended by :meth:`finish`). Otherwise each chunk
    is inserted at once, as :func:`insert_candidates` does.

    :meth:`add` readies a chunk while the chunks before it are still going in (queued behind
    them, see BackgroundWriter). Between :meth:`add` calls the caller may use the session only
    after :meth:`wait`. Use as a context manager: leaving it waits for the last insert (and
    stops the thread) on any exit.
    """

    def __init__(
        self, session: Session, actor: str, action: str, reason: str | None, prev_hash: str
    ) -> None:
        self.session, self.actor, self.action, self.reason = session, actor, action, reason
        self.prev_hash = prev_hash
        self._writer: BackgroundWriter | None = None
        self._next_id = 0
        self._names = ExitStack()  # the run of names_indexed_in_bulk, from the first chunk on
        self._fill_names = False
        if session.get_bind().dialect.name == "sqlite":
            raw = session.connection().connection.driver_connection
            if supports_json(raw):
                self._writer = BackgroundWriter(raw)

    def __enter__(self) -> PipelinedCandidates:
        return self

    def __exit__(self, *exc: Any) -> None:
        if self._writer is not None:
            self._writer.close()
        self._names.__exit__(*exc)  # after an error: no trigger re-created (rolled back anyway)

    def add(
        self, rows: Sequence[dict[str, Any]], common: dict[str, Any] | None = None
    ) -> dict[str, int]:
        """Insert new rows — each row's own columns, all rows with the same keys in the same
        order, plus ``common``'s columns, alike in every row (together every column but
        ``id``, which each row is given here); returns their ids by NIK."""
        if not rows:
            return {}
        if self._writer is None:
            ids, self.prev_hash = insert_candidates(
                self.session, self.actor, _whole(rows, common), self.action, self.reason,
                self.prev_hash,
            )  # fmt: skip
            return ids
        if not self._next_id:  # (the first chunk: the session is asked for the next id)
            self._writer.wait()
            self._start()
        first = self._next_id
        ids = {}
        for n, row in enumerate(rows):  # (numbered in place: the rows are the caller's to give)
            ids[row["nik"]] = row["id"] = first + n
        self._next_id += len(rows)
        quoted: list[orjson.Fragment | None] = []
        events, self.prev_hash = candidate_events(
            rows, ids, self.actor, self.action, self.reason, self.prev_hash, common, quoted
        )
        candidates = own_columns_json(self.session, rows, common or {})
        if candidates is None:  # values the fast way cannot carry: every column, converted
            names, columns = stored_columns(
                self.session, Candidate.__table__, _whole(rows, common)
            )
            candidates = json_rows(Candidate.__tablename__, names, columns)
        audit = events_json(self.session, events, quoted)
        if audit is None:
            names, columns = stored_columns(self.session, AuditEvent.__table__, events)
            audit = json_rows(AuditEvent.__tablename__, names, columns)
        data = [candidates, audit]
        fill_names = self._fill_names
        last = first + len(rows) - 1

        def insert(connection: sqlite3.Connection) -> None:
            for rows in data:
                insert_json(connection, rows)
            if fill_names:  # the name index, as the dropped trigger would have
                connection.execute(_FTS_FILL, {"first": first, "last": last})

        self._writer.submit(insert)
        log.info("%s: %d candidates by %s", self.action, len(rows), self.actor)
        return ids

    def wait(self) -> None:
        """Until the last chunk is in (raises its error, if it failed)."""
        if self._writer is not None:
            self._writer.wait()

    def finish(self) -> str:
        """Wait for the last chunk, restore the name index's trigger; returns the audit chain's
        last hash."""
        self.wait()
        self._names.close()
        return self.prev_hash

    def _start(self) -> None:
        self._next_id = _next_candidate_id(self.session)
        self._fill_names = self._names.enter_context(names_indexed_in_bulk(self.session))


def own_columns_json(
    session: Session, rows: Sequence[dict[str, Any]], common: dict[str, Any]
) -> JsonRows | None:
    """Candidate rows for :func:`insert_json` without taking every row apart by column (a third
    of readying a chunk): ``common``'s columns and the rows' own columns that hold one value in
    this chunk travel once, as parameters; the rest as a JSON array per row. None when a row's
    own column needs converting to be stored (a time; a date is stored in the ISO form JSON
    gives it) or holds what JSON cannot carry: the caller converts every column instead."""
    dialect = session.get_bind().dialect
    columns = Candidate.__table__.columns
    constant: dict[str, Any] = {}
    for name, value in common.items():
        constant[name] = _stored(_processor(columns[name], dialect), value)
    varying = []
    first = rows[0]
    if not common.keys().isdisjoint(first):
        return None  # a column given twice: the general way lets the row's value win
    for name, value in first.items():
        column = columns[name]
        process = _processor(column, dialect)
        if process is not None and type(column.type) is not Date:
            return None
        if process is not None and any(  # JSON writes a date as SQLite stores it; a time not
            (v := row[name]) is not None and type(v) is not date for row in rows
        ):
            return None
        kind, last = type(value), rows[-1][name]
        alike = len(rows) > 1 and type(last) is kind and last == value  # most columns: no
        if alike:  # equal in every row, and of one type (1, 1.0 and True are equal): in C
            values = list(map(itemgetter(name), rows))
            alike = values.count(value) == len(values) and set(map(type, values)) == {kind}
        if alike:
            constant[name] = _stored(process, value)
        else:
            varying.append(name)
    if not varying:  # one row (or all alike): one column must carry the rows
        varying.append("id")
        del constant["id"]
    getter = itemgetter(*varying)
    try:
        data = orjson.dumps([getter(row) for row in rows] if len(varying) > 1
                            else [[getter(row)] for row in rows])  # fmt: skip
    except orjson.JSONEncodeError:
        return None
    return JsonRows(
        Candidate.__tablename__, tuple(varying), tuple(constant), tuple(constant.values()), data
    )


_EVENT_OWN = ("entity_id", "after", "state_hash", "prev_hash", "hash")


def events_json(
    session: Session,
    events: Sequence[dict[str, Any]],
    quoted: Sequence[orjson.Fragment | None],
) -> JsonRows | None:
    """The events of :func:`candidate_events` for :func:`insert_json`, each state embedded as
    the JSON string its hash was made of (``quoted``) instead of being written out again; the
    columns alike in every event (its time, actor, action, reason…) travel once, as
    parameters. None if a state went the general way."""
    if not events or any(text is None for text in quoted):
        return None
    dialect = session.get_bind().dialect
    columns = AuditEvent.__table__.columns
    first = events[0]
    shared = [c.name for c in columns if c.name != "id" and c.name not in _EVENT_OWN]
    constants = []
    for name in shared:  # (one BulkEvents made them all: alike, but cheap to be sure of)
        value = first[name]
        if list(map(itemgetter(name), events)).count(value) != len(events):  # (in C)
            return None
        constants.append(_stored(_processor(columns[name], dialect), value))
    data = orjson.dumps([
        (event["entity_id"], text, event["state_hash"], event["prev_hash"], event["hash"])
        for event, text in zip(events, quoted, strict=True)
    ])  # fmt: skip
    return JsonRows(AuditEvent.__tablename__, _EVENT_OWN, tuple(shared), tuple(constants), data)


def _ids_by_nik(session: Session, rows: Sequence[dict[str, Any]]) -> dict[str, int]:
    table = Candidate.__table__
    program_id = rows[0]["program_id"]
    niks = [r["nik"] for r in rows]
    ids: dict[str, int] = {}
    for start in range(0, len(niks), IN_CHUNK):
        query = select(table.c.nik, table.c.id).where(
            table.c.program_id == program_id, table.c.nik.in_(niks[start : start + IN_CHUNK])
        )
        ids.update((nik, id_) for nik, id_ in session.execute(query))
    return ids


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
