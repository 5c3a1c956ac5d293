"""Writing xlsx files officers open in Excel or LibreOffice.

openpyxl in write-only mode (streams rows, flat memory). NIK, KK and KPJ columns are text cells
with the Text number format, so neither the file nor a later edit turns them into numbers. Every
sheet has a bold frozen header, filters and column widths that fit. The file appears atomically:
written under a temporary name in the same folder, flushed to disk, then renamed.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter

from lingkaran_desktop.domain.findings import DomainError, error
from lingkaran_desktop.domain.messages import register

TEXT_FORMAT = "@"
DATE_FORMAT = "DD-MM-YYYY"
DATETIME_FORMAT = "DD-MM-YYYY HH:MM"
RUPIAH_FORMAT = '"Rp"\\ #,##0'
MAX_WIDTH = 60
_HEADER_FONT = Font(bold=True)
_HEADER_FILL = PatternFill("solid", fgColor="DDEBF7")

register(
    "FILE_NOT_WRITABLE",
    "Berkas {name} tidak dapat ditulis: {detail}. Tutup berkas itu bila sedang dibuka di Excel, "
    "atau pilih folder lain.",
    "File {name} cannot be written: {detail}. Close it if it is open in Excel, or choose "
    "another folder.",
)


@dataclass
class Column:
    header: str
    kind: str = "general"  # "text" | "date" | "datetime" | "number" | "rupiah" | "general"
    width: float | None = None  # fixed width; otherwise fitted to the content
    wrap: bool = False
    fill: str | None = None  # RGB hex for the column's cells, e.g. "FCE4D6"


@dataclass
class SheetSpec:
    title: str
    columns: Sequence[Column]
    rows: Iterable[Sequence[Any]]
    fit_sample: int = 5000  # rows looked at to fit widths (all rows are written)
    freeze: bool = True
    autofilter: bool = True
    after: Callable[[Any], None] | None = None  # extra work on the worksheet (write-only mode)
    extra_rows: list[Sequence[Any]] = field(default_factory=list)


def _display_len(value: Any) -> int:
    if value is None:
        return 0
    if isinstance(value, datetime):
        return 16
    if isinstance(value, date):
        return 10
    if isinstance(value, float):
        return len(f"{value:,.0f}") + 3
    if isinstance(value, int):
        return len(f"{value:,}") + 3
    return max((len(part) for part in str(value).split("\n")), default=0)


def _fit_widths(columns: Sequence[Column], sample: list[Sequence[Any]]) -> list[float]:
    widths = []
    for index, column in enumerate(columns):
        if column.width is not None:
            widths.append(column.width)
            continue
        longest = len(column.header) + 3  # room for the filter button
        for row in sample:
            if index < len(row):
                longest = max(longest, _display_len(row[index]))
        widths.append(min(max(longest + 2, 6), MAX_WIDTH))
    return widths


def _cell_value(value: Any, kind: str) -> Any:
    if value is None:
        return None
    if kind == "text":
        if isinstance(value, float) and value.is_integer():
            value = int(value)
        return str(value)
    return value


def _write_sheet(workbook: Workbook, spec: SheetSpec) -> None:
    ws = workbook.create_sheet(spec.title[:31])
    rows_iter = iter(spec.rows)
    sample: list[Sequence[Any]] = []
    for row in rows_iter:
        sample.append(row)
        if len(sample) >= spec.fit_sample:
            break
    for index, width in enumerate(_fit_widths(spec.columns, sample), start=1):
        ws.column_dimensions[get_column_letter(index)].width = width
    if spec.freeze:
        ws.freeze_panes = "A2"
    last = get_column_letter(max(len(spec.columns), 1))
    styles = []
    for column in spec.columns:
        style: dict[str, Any] = {}
        if column.kind == "text":
            style["number_format"] = TEXT_FORMAT
        elif column.kind == "date":
            style["number_format"] = DATE_FORMAT
        elif column.kind == "datetime":
            style["number_format"] = DATETIME_FORMAT
        elif column.kind == "rupiah":
            style["number_format"] = RUPIAH_FORMAT
        if column.wrap:
            style["alignment"] = Alignment(wrap_text=True, vertical="top")
        if column.fill:
            style["fill"] = PatternFill("solid", fgColor=column.fill)
        styles.append(style)

    def cells(row: Sequence[Any]) -> list[Any]:
        out = []
        for index, column in enumerate(spec.columns):
            value = _cell_value(row[index] if index < len(row) else None, column.kind)
            style = styles[index]
            if style and value is not None:
                cell = WriteOnlyCell(ws, value=value)
                for name, attr in style.items():
                    setattr(cell, name, attr)
                out.append(cell)
            else:
                out.append(value)
        return out

    header = []
    for column in spec.columns:
        cell = WriteOnlyCell(ws, value=column.header)
        cell.font = _HEADER_FONT
        cell.fill = _HEADER_FILL
        cell.alignment = Alignment(wrap_text=True, vertical="center")
        header.append(cell)
    ws.append(header)
    count = 0
    for row in sample:
        ws.append(cells(row))
        count += 1
    for row in rows_iter:
        ws.append(cells(row))
        count += 1
    if spec.autofilter:
        ws.auto_filter.ref = f"A1:{last}{count + 1}"
    for row in spec.extra_rows:
        ws.append(list(row))
    if spec.after is not None:
        spec.after(ws)


def write_workbook(path: str | Path, sheets: Sequence[SheetSpec]) -> Path:
    """Write the sheets to ``path`` atomically; the old file stays intact if anything fails."""
    workbook = Workbook(write_only=True)
    for spec in sheets:
        _write_sheet(workbook, spec)
    return save_atomically(workbook, path)


def save_atomically(workbook: Workbook, path: str | Path) -> Path:
    """Save under a temporary name in the target folder, fsync, then rename over ``path``."""
    target = Path(path)
    tmp_name: str | None = None
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
        with os.fdopen(fd, "w+b") as handle:
            workbook.save(handle)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp_name, target)
        tmp_name = None
        _fsync_dir(target.parent)
    except OSError as exc:
        raise DomainError(
            error("FILE_NOT_WRITABLE", "file", name=str(target), detail=exc.strerror or str(exc))
        ) from exc
    finally:
        if tmp_name is not None:
            with contextlib.suppress(OSError):
                os.unlink(tmp_name)
    return target


def _fsync_dir(folder: Path) -> None:
    if os.name != "posix":
        return
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
