"""Open any list a village keeps: .xlsx/.xlsm, .xls (old Excel), .ods through python-calamine
(many times faster than openpyxl), and .csv through the csv module.

Rows come back as lists of raw cell values (``str``, ``float``, ``int``, ``bool``, ``date``,
``datetime``) where list index ``i`` is the row Excel shows as ``i + 1``. Merged cells carry the
value of their top-left cell in every cell they cover, as the officer sees them.
A file that cannot be read raises :class:`DomainError` with a message an officer can act on.
"""

from __future__ import annotations

import csv
import io
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import python_calamine as calamine

from lingkaran_desktop.domain.findings import DomainError, error
from lingkaran_desktop.domain.messages import register

CALAMINE_TYPES = {".xlsx": "xlsx", ".xlsm": "xlsx", ".xls": "xls", ".ods": "ods"}
CSV_TYPES = {".csv": "csv", ".txt": "csv"}
SUPPORTED = ", ".join(sorted({*CALAMINE_TYPES, *CSV_TYPES}))
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_ENCRYPTION_INFO = "EncryptionInfo".encode("utf-16-le")

# Limits on what an outside file may ask of an old laptop (4 GB of memory).
MAX_FILE_BYTES = 200 * 1024 * 1024
MAX_UNZIPPED_BYTES = 1024 * 1024 * 1024
MAX_ROWS = 300_000

register(
    "FILE_TOO_BIG",
    "Berkas {name} terlalu besar untuk diimpor sekaligus (lebih dari {rows} baris, atau isinya "
    "membengkak tidak wajar saat dibuka). Bagi daftarnya menjadi beberapa berkas.",
    "File {name} is too large to import at once (more than {rows} rows, or it inflates "
    "abnormally when opened). Split the list into several files.",
)
register(
    "FILE_NOT_FOUND",
    "Berkas {name} tidak ditemukan. Periksa nama dan foldernya.",
    "File {name} was not found. Check its name and folder.",
)
register(
    "FILE_TYPE_UNSUPPORTED",
    "Berkas {name} bukan jenis yang bisa diimpor. Simpan sebagai salah satu dari: {supported}.",
    "File {name} is not a type that can be imported. Save it as one of: {supported}.",
)
register(
    "FILE_EMPTY",
    "Berkas {name} kosong (0 byte). Mungkin penyalinannya gagal; salin ulang dari komputer asal.",
    "File {name} is empty (0 bytes). Copying may have failed; copy it again from the source.",
)
register(
    "FILE_UNREADABLE",
    "Berkas {name} tidak dapat dibaca sebagai lembar kerja {kind}: berkasnya rusak, terpotong, "
    "atau sebenarnya bukan berkas Excel. Buka di Excel/LibreOffice lalu simpan ulang sebagai "
    ".xlsx, kemudian impor lagi. Tidak ada data yang disimpan.",
    "File {name} cannot be read as a {kind} spreadsheet: it is damaged, truncated, or not really "
    "an Excel file. Open it in Excel/LibreOffice, save it again as .xlsx and import again. "
    "Nothing was saved.",
)
register(
    "FILE_PASSWORD_PROTECTED",
    "Berkas {name} dikunci dengan kata sandi, jadi tidak bisa dibaca. Buka di Excel, hapus kata "
    "sandinya (File > Info > Protect Workbook > Encrypt with Password, kosongkan), simpan, lalu "
    "impor lagi. Tidak ada data yang disimpan.",
    "File {name} is protected with a password, so it cannot be read. Open it in Excel, remove "
    "the password (File > Info > Protect Workbook > Encrypt with Password, clear it), save and "
    "import again. Nothing was saved.",
)
register(
    "SHEET_NOT_FOUND",
    "Lembar '{sheet}' tidak ada di berkas {name}. Lembar yang ada: {sheets}.",
    "Sheet '{sheet}' is not in file {name}. Its sheets are: {sheets}.",
)


@dataclass
class Book:
    """An opened spreadsheet file. Read sheets with :meth:`rows`; close when done."""

    path: Path
    kind: str  # "xlsx" | "xls" | "ods" | "csv"
    sheet_names: list[str]
    _workbook: Any = None
    _csv_rows: list[list[Any]] = field(default_factory=list)
    _sheets: dict[str, Any] = field(default_factory=dict)

    def rows(self, sheet: str, nrows: int | None = None) -> list[list[Any]]:
        if sheet not in self.sheet_names:
            raise DomainError(
                error(
                    "SHEET_NOT_FOUND",
                    "sheet",
                    sheet=sheet,
                    name=self.path.name,
                    sheets=", ".join(self.sheet_names),
                )
            )
        if self.kind == "csv":
            rows = self._csv_rows[:nrows] if nrows is not None else self._csv_rows
            if nrows is None and len(rows) > MAX_ROWS:
                raise DomainError(error("FILE_TOO_BIG", "file", name=self.path.name, rows=MAX_ROWS))
            return rows
        try:
            data = self._sheets.get(sheet)
            if data is None:  # parsing a sheet is most of the reading: do it once per sheet
                data = self._sheets[sheet] = self._workbook.get_sheet_by_name(sheet)
            rows = data.to_python(
                skip_empty_area=False, nrows=nrows if nrows is not None else MAX_ROWS + 1
            )
            if nrows is None and len(rows) > MAX_ROWS:
                raise DomainError(error("FILE_TOO_BIG", "file", name=self.path.name, rows=MAX_ROWS))
            merged = data.merged_cell_ranges or []
        except calamine.PasswordError as exc:
            raise _password(self.path) from exc
        except (calamine.CalamineError, ValueError, OSError) as exc:
            raise _unreadable(self.path, self.kind) from exc
        if merged:
            _fill_merged(rows, merged)
        return rows

    def close(self) -> None:
        self._sheets.clear()
        if self._workbook is not None:
            self._workbook.close()
            self._workbook = None

    def __enter__(self) -> Book:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()


def _unreadable(path: Path, kind: str) -> DomainError:
    return DomainError(error("FILE_UNREADABLE", "file", name=path.name, kind=kind.upper()))


def _password(path: Path) -> DomainError:
    return DomainError(error("FILE_PASSWORD_PROTECTED", "file", name=path.name))


def _fill_merged(
    rows: list[list[Any]], merged: list[tuple[tuple[int, int], tuple[int, int]]]
) -> None:
    for (r0, c0), (r1, c1) in merged:
        if r0 >= len(rows):
            continue
        top = rows[r0]
        value = top[c0] if c0 < len(top) else ""
        for r in range(r0, min(r1, len(rows) - 1) + 1):
            row = rows[r]
            if len(row) <= c1:
                row.extend([""] * (c1 + 1 - len(row)))
            for c in range(c0, c1 + 1):
                row[c] = value


def open_book(path: str | Path) -> Book:
    """Open a spreadsheet file; refuse clearly when it is missing, locked, damaged or not one."""
    path = Path(path)
    if not path.is_file():
        raise DomainError(error("FILE_NOT_FOUND", "file", name=str(path)))
    suffix = path.suffix.lower()
    kind = CALAMINE_TYPES.get(suffix) or CSV_TYPES.get(suffix)
    if kind is None:
        raise DomainError(
            error("FILE_TYPE_UNSUPPORTED", "file", name=path.name, supported=SUPPORTED)
        )
    try:
        size = path.stat().st_size
        with path.open("rb") as f:
            head = f.read(1 << 16)
    except OSError as exc:
        raise _unreadable(path, kind) from exc
    if size == 0:
        raise DomainError(error("FILE_EMPTY", "file", name=path.name))
    if size > MAX_FILE_BYTES or (head.startswith(b"PK") and _zip_bomb(path)):
        raise DomainError(error("FILE_TOO_BIG", "file", name=path.name, rows=MAX_ROWS))
    if kind == "csv":
        return Book(path, kind, [path.stem], _csv_rows=_read_csv(path))
    # An encrypted .xlsx is an OLE container holding an EncryptionInfo stream.
    ole = head.startswith(_OLE_MAGIC) and kind in ("xlsx", "ods")
    if ole and (_ENCRYPTION_INFO in head or _encrypted(path)):
        raise _password(path)
    actual = _kind_by_content(head, kind)
    try:
        if actual == kind:
            workbook = calamine.CalamineWorkbook.from_path(str(path))
        else:  # saved as one kind, named as another ("Simpan sebagai" .xls of an .xlsx)
            with path.open("rb") as f:
                workbook = calamine.CalamineWorkbook.from_filelike(io.BytesIO(f.read()))
            kind = actual
        names = [
            meta.name
            for meta in workbook.sheets_metadata
            if meta.typ == calamine.SheetTypeEnum.WorkSheet
        ]
    except calamine.PasswordError as exc:
        raise _password(path) from exc
    except (calamine.CalamineError, ValueError, OSError) as exc:
        raise _unreadable(path, kind) from exc
    return Book(path, kind, names, _workbook=workbook)


def _kind_by_content(head: bytes, named: str) -> str:
    """What the first bytes say the file is: a zip is .xlsx or .ods, an OLE container .xls
    (an encrypted .xlsx is refused before this); else what its name says."""
    if head.startswith(b"PK"):
        return "ods" if b"opendocument.spreadsheet" in head[:400] else "xlsx"
    if head.startswith(_OLE_MAGIC):
        return "xls"
    return named


def _zip_bomb(path: Path) -> bool:
    """xlsx and ods are zip files: refuse one that would inflate far beyond any real list."""
    try:
        with zipfile.ZipFile(path) as archive:
            total = sum(member.file_size for member in archive.infolist())
    except (zipfile.BadZipFile, OSError, ValueError):
        return False  # not a sound zip: calamine reports it as unreadable
    return total > MAX_UNZIPPED_BYTES


def _encrypted(path: Path) -> bool:
    try:
        return _ENCRYPTION_INFO in path.read_bytes()
    except OSError:
        return False


def decode_text(data: bytes) -> str:
    """UTF-8 (with or without BOM) first; Windows-1252, what Excel on Windows saves, after."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


def sniff_delimiter(text: str) -> str:
    """The delimiter used consistently in the first lines: ``;`` (Excel in Indonesian), ``,``,
    tab or ``|``."""
    lines = [line for line in text.splitlines()[:30] if line.strip()]
    if not lines:
        return ","
    best, best_score = ",", -1.0
    for delimiter in (";", ",", "\t", "|"):
        counts = [line.count(delimiter) for line in lines]
        nonzero = [c for c in counts if c]
        if not nonzero:
            continue
        common = max(set(nonzero), key=nonzero.count)
        score = nonzero.count(common) * 10 + common
        if score > best_score:
            best, best_score = delimiter, score
    return best


def _read_csv(path: Path) -> list[list[Any]]:
    try:
        text = decode_text(path.read_bytes())
    except OSError as exc:
        raise _unreadable(path, "csv") from exc
    if "\x00" in text:
        raise _unreadable(path, "csv")
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=sniff_delimiter(text))
    try:
        return [list(row) for row in reader]
    except csv.Error as exc:
        raise _unreadable(path, "csv") from exc
