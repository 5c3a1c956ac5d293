"""SQLite: run a transaction's bulk INSERTs on a second thread, while Python checks more rows.

Python runs one thread at a time, but SQLite's own work (parsing, B-tree and index updates)
runs without Python's lock when it is one long statement. ``executemany`` does not help there:
it takes the lock back for every row, and a checking thread holding the lock makes the writer
wait for it each time (measured: no overlap at all). So the writer's rows travel as one JSON
array per table and go in with a single ``INSERT … SELECT … FROM json_each(?)``: measured on a
100,000-row import, the inserting then runs wholly beside the checking of the next chunk.

The writer uses the caller's connection inside the caller's transaction. The caller must not
touch the connection while a job runs: :meth:`BackgroundWriter.wait` before any other statement.
"""

from __future__ import annotations

import sqlite3
from collections import deque
from collections.abc import Callable, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

import orjson

Job = Callable[[sqlite3.Connection], None]


@lru_cache(maxsize=16)
def json_insert_sql(table: str, varying: tuple[str, ...], constant: tuple[str, ...]) -> str:
    """INSERT of every element of a JSON array of arrays (the ``varying`` columns' values, in
    order) given as parameter 1, with the ``constant`` columns' values as parameters 2, 3…"""
    quoted = ", ".join(f'"{c}"' for c in (*varying, *constant))
    values = [f"json_extract(value, '$[{i}]')" for i in range(len(varying))]
    values += [f"?{i + 2}" for i in range(len(constant))]
    return f'INSERT INTO "{table}" ({quoted}) SELECT {", ".join(values)} FROM json_each(?1)'


@dataclass(frozen=True)
class JsonRows:
    """Rows ready for :func:`insert_json`: a column holding one value in every row travels once,
    as a parameter; the others as a JSON array of arrays. SQLite parses a JSON element again
    for every value taken from it, so the fewer the better (halved the writer's time)."""

    table: str
    varying: tuple[str, ...]
    constant: tuple[str, ...]
    constants: tuple[Any, ...]
    data: bytes


def json_rows(table: str, names: Sequence[str], columns: Sequence[Sequence[Any]]) -> JsonRows:
    """Rows given by column, of stored values (text, whole numbers, None: what the bind
    processors give)."""
    same = [i for i, column in enumerate(columns) if _constant(column)]
    if len(same) == len(names):  # one row (or all alike): one column must carry the rows
        same = same[1:]
    kept = [i for i in range(len(names)) if i not in same]
    return JsonRows(
        table, tuple(names[i] for i in kept), tuple(names[i] for i in same),
        tuple(columns[i][0] for i in same),
        orjson.dumps(list(zip(*(columns[i] for i in kept), strict=True))),
    )  # fmt: skip


def _constant(column: Sequence[Any]) -> bool:
    first, last = column[0], column[-1]
    if last != first or type(last) is not type(first):  # most columns vary: seen at once
        return False
    return len(set(column)) == 1 and len(set(map(type, column))) == 1  # 1 and 1.0 differ


def insert_json(connection: sqlite3.Connection, rows: JsonRows) -> None:
    sql = json_insert_sql(rows.table, rows.varying, rows.constant)
    connection.execute(sql, (rows.data, *rows.constants))


class BackgroundWriter:
    """Jobs run in the order given, one at a time, on one thread, on ``connection`` (a sqlite3
    connection). A job is queued without waiting for the one before it, so the caller readies
    the next job while the writer works (measured: the import's main thread otherwise waited
    0.7 s for it, and the writer then waited for the main thread). At most ``depth`` jobs are
    queued or running: the caller is never more than that far ahead (memory). After a job
    fails, those queued behind it do not run (the caller's transaction is failing anyway)."""

    def __init__(self, connection: sqlite3.Connection, depth: int = 2) -> None:
        self._connection = connection
        self._depth = max(1, depth)
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="lingkaran-writer")
        self._queued: deque[Future[None]] = deque()
        self._error: BaseException | None = None  # (the first error, set on the writer thread)

    def submit(self, job: Job) -> None:
        """Queue ``job(connection)`` behind the jobs before it; while ``depth`` jobs are queued,
        wait for the oldest. Raises the error of a job that has failed (once one has, the writer
        takes no more jobs)."""
        if self._error is not None and not self._queued:
            raise self._error
        while self._queued and (len(self._queued) >= self._depth or self._queued[0].done()):
            error = self._queued[0].exception()  # (waits for it to end)
            if error is not None:
                raise error  # (kept queued: wait() raises it again)
            self._queued.popleft()
        self._queued.append(self._pool.submit(self._run, job))

    def _run(self, job: Job) -> None:
        if self._error is not None:
            return
        try:
            job(self._connection)
        except BaseException as error:
            self._error = error
            raise

    def wait(self) -> None:
        """Until every queued job has ended; raises the first error among them."""
        queued, self._queued = self._queued, deque()
        errors = [error for error in (f.exception() for f in queued) if error is not None]
        if errors:
            raise errors[0]

    def close(self) -> None:
        """Wait for the queued jobs (ignoring their errors: the caller is already failing or has
        called :meth:`wait`) and stop the thread."""
        queued, self._queued = self._queued, deque()
        for running in queued:
            running.exception()
        self._pool.shutdown(wait=True)


def supports_json(connection: sqlite3.Connection) -> bool:
    """SQLite's JSON functions are built in since 3.38 and usually compiled in before."""
    try:
        connection.execute("SELECT json_extract('[1]', '$[0]')").fetchone()
    except sqlite3.OperationalError:
        return False
    return True
