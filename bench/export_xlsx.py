"""Bench: exporting 100,000 candidates to .xlsx against a floor measured in this run.

floor  = the same rows read with bare sqlite3 and written by a bare openpyxl write-only loop
         (plain values, no styles)
export = lingkaran's export_candidates: NIK/KK/KPJ as text cells, dates formatted, occupation
         names and status words, frozen header, filters, fitted widths, written atomically

Usage: python bench/export_xlsx.py [ROWS]    (default 100000; the issue's target is within 3x)
The candidates are made by the import bench's generator and imported once (not measured).
Never run by the test suite.
"""

from __future__ import annotations

import sqlite3
import sys
import tempfile
import time
from pathlib import Path

from openpyxl import Workbook

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from import_xlsx import generate  # noqa: E402

from lingkaran_desktop.paths import Home  # noqa: E402
from lingkaran_desktop.services.installation import create_installation  # noqa: E402
from lingkaran_desktop.services.spreadsheet_export import (  # noqa: E402
    DB_COLUMNS,
    export_candidates,
)
from lingkaran_desktop.services.spreadsheet_import import import_file  # noqa: E402


def floor(db: Path, out: Path) -> float:
    start = time.perf_counter()
    conn = sqlite3.connect(db)
    rows = conn.execute(f"SELECT {', '.join(DB_COLUMNS)} FROM candidate ORDER BY id").fetchall()
    conn.close()
    wb = Workbook(write_only=True)
    ws = wb.create_sheet("Data")
    ws.append(list(DB_COLUMNS))
    for row in rows:
        ws.append(list(row))
    wb.save(out)
    return time.perf_counter() - start


def main() -> int:
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        source = folder / "usulan.xlsx"
        generate(source, count)
        store, admin = create_installation(
            Home(folder / "desa"), "village", "35.09.01.2001", "admin", "rahasia-bench-1"
        )
        import_file(store, admin, source)
        start = time.perf_counter()
        result = export_candidates(store, admin, folder / "ekspor.xlsx")
        took = time.perf_counter() - start
        db = Path(store.engine.url.database or "")
        store.close()
        base = floor(db, folder / "floor.xlsx")
        size = (folder / "ekspor.xlsx").stat().st_size / 1e6
    print(f"floor  (sqlite3 read + bare openpyxl write-only loop): {base:6.2f} s")
    print(f"export (lingkaran export_candidates):                 {took:6.2f} s "
          f"({result.rows:,} rows, {size:.1f} MB)")  # fmt: skip
    print(f"ratio  export / floor: {took / base:.1f}x   (target: within 3x)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
