"""Importing a village's candidate list from a spreadsheet (xlsx, xls, ods, csv).

``preview(path)`` tells the GUI wizard which sheet, header row and columns were found;
``import_file(...)`` checks every row with ``domain.candidate.check_candidate`` (the same rules as
the entry form and the CLI) and stores the good ones as *proposed*, all in one transaction.

Every data row ends in exactly one of:

- **imported** — stored; ``with_warnings`` of them carry warnings for the verifier;
- **rejected** — with its reasons in Indonesian (the error workbook lists these rows);
- **already imported** — the NIK is already registered in this program *for the same person*
  (same name, ignoring case/spaces/punctuation, and same birth date). This is what a re-import of
  the original file or of a fixed error workbook meets; it is neither stored again nor a
  rejection. The same NIK registered for a *different* person is rejected
  (NIK_ALREADY_REGISTERED) so the verifier looks at it.

So ``rows == imported + rejected + already_imported``. Rows that hold no candidate are skipped and
only counted: empty rows, totals rows (JUMLAH/TOTAL), rows without NIK and name (formula
results, notes, signature blocks), and everything after a ``###`` row (OpenSID's end marker).
Within the file the first row with a NIK that is not rejected for another reason wins; later
rows with it are rejected naming that row.
A file that cannot be read, has no NIK column, or an import that is cancelled or fails part-way,
changes nothing.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import func, insert, select

from lingkaran_desktop import clock
from lingkaran_desktop.domain.candidate import NOTES_MAX, CandidateFields, check_candidate
from lingkaran_desktop.domain.findings import DomainError, Finding, error
from lingkaran_desktop.domain.messages import register
from lingkaran_desktop.domain.program import ProgramRules
from lingkaran_desktop.domain.status import STATUS_LABELS_ID, CandidateStatus
from lingkaran_desktop.domain.warning_labels import carriable, carried_warnings
from lingkaran_desktop.excel.error_workbook import ErrorRow, codes_column, write_error_workbook
from lingkaran_desktop.excel.headers import (
    FIELDS,
    SCAN_ROWS,
    HeaderMatch,
    detect_header,
    field_of,
)
from lingkaran_desktop.excel.reader import Book, open_book
from lingkaran_desktop.excel.values import cell_text, clean, is_blank, parse_date, split_place_date
from lingkaran_desktop.services import messages  # noqa: F401  (registers service messages)
from lingkaran_desktop.services.audit import canonical_json, event_row, last_hash
from lingkaran_desktop.services.backup import BackupAside
from lingkaran_desktop.services.bulk import (
    IN_CHUNK,
    PipelinedCandidates,
    candidate_defaults,
    collector_paused,
    refresh_statistics,
)
from lingkaran_desktop.services.installation import active_program, installation_of, rules_of
from lingkaran_desktop.services.roles import Permission
from lingkaran_desktop.services.users import Actor
from lingkaran_desktop.store.models import AuditEvent, Candidate
from lingkaran_desktop.store.store import Store

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]

IMPORT_ACTION = "candidate.import"
FILE_ACTION = "import.file"
_CHECK_EVERY = 500
_STORE_CHUNK = 5000
_MAX_LENGTH = {
    "name": ("Nama", 200),
    "birth_place": ("Tempat lahir", 100),
    "mother_name": ("Nama ibu", 200),
    "address": ("Alamat", 300),
    "proposed_by": ("Pengusul", 100),
    "notes": ("Keterangan", NOTES_MAX),
}
# OpenSID status_dasar codes.
_OPENSID_STATUS = {"1": "hidup", "2": "mati", "3": "pindah", "4": "hilang", "5": "pergi",
                   "6": "pergi", "9": "tidak valid"}  # fmt: skip
_TOTAL_WORDS = ("jumlah", "total", "jml", "grandtotal", "subtotal")
_SAME_NAME = re.compile(r"[\W_]+")

register(
    "NO_NIK_COLUMN",
    "Tidak ditemukan kolom NIK di berkas {name} (lembar: {sheets}). Pastikan ada satu kolom "
    "berjudul tepat 'NIK' pada baris judul (kolom 'NIK Ayah' / 'NIK Ibu' bukan NIK peserta), "
    "lalu impor lagi. Tidak ada data yang disimpan.",
    "No NIK column was found in file {name} (sheets: {sheets}). Make sure one column is headed "
    "exactly 'NIK' in the header row ('NIK Ayah' / 'NIK Ibu' are not the participant's NIK), "
    "then import again. Nothing was saved.",
)
register(
    "NO_DATA_ROWS",
    "Lembar '{sheet}' berkas {name} tidak berisi baris data di bawah judul kolom (baris {row}). "
    "Isi data pekerja di bawah judul kolom, atau pilih lembar lain. Tidak ada data yang disimpan.",
    "Sheet '{sheet}' of file {name} has no data rows under its header (row {row}). Fill in the "
    "workers under the header, or choose another sheet. Nothing was saved.",
)
register(
    "MAPPING_INVALID",
    "Pemetaan kolom tidak sah: {detail}.",
    "The column mapping is not valid: {detail}.",
)
register(
    "IMPORT_CANCELLED",
    "Impor dibatalkan. Tidak ada data yang disimpan.",
    "The import was cancelled. Nothing was saved.",
)
register(
    "ROW_DUPLICATE_IN_FILE",
    "NIK ini sudah ada di baris {first_row} pada berkas yang sama; baris {first_row} yang "
    "dipakai. Hapus baris ganda ini, atau perbaiki NIK-nya bila orangnya berbeda.",
    "This NIK already appears in row {first_row} of the same file; row {first_row} is used. "
    "Delete this duplicate row, or correct its NIK if it is a different person.",
)
register(
    "RESIDENT_NOT_LIVING",
    "Status penduduk '{status}', bukan 'Hidup': hanya penduduk yang masih hidup dan tinggal di "
    "desa yang bisa diusulkan.",
    "The resident's status is '{status}', not 'Hidup' (alive): only living residents of the "
    "village can be proposed.",
)
register(
    "RESIDENT_STATUS_DASAR",
    "status_dasar {value} ({label}), bukan 1 (hidup): hanya penduduk yang masih hidup dan "
    "tinggal di desa yang bisa diusulkan.",
    "status_dasar is {value} ({label}), not 1 (alive): only living residents of the village "
    "can be proposed.",
)
register(
    "FIELD_TOO_LONG",
    "{label} terlalu panjang ({length} karakter; paling banyak {max}). Singkatkan.",
    "{label} is too long ({length} characters; at most {max}). Shorten it.",
)
register(
    "IMPORT_VILLAGE_REQUIRED",
    "Kode desa tidak diisi. Kantor kabupaten mengimpor dengan kolom 'Kode Desa' "
    "(mis. 35.09.01.2001) untuk setiap baris.",
    "The village code is empty. A district office imports with a 'Kode Desa' column "
    "(e.g. 35.09.01.2001) on every row.",
)
register(
    "ALREADY_IMPORTED",
    "Sudah terdaftar sebelumnya atas nama yang sama (status {status}); tidak dimasukkan lagi.",
    "Already registered for the same person (status {status_code}); not added again.",
)


# ---------------------------------------------------------------------------- public results


@dataclass
class ColumnInfo:
    index: int  # 0-based; Excel letter = openpyxl.utils.get_column_letter(index + 1)
    header: str
    field: str | None


@dataclass
class Preview:
    """What the wizard shows before importing; pass ``sheet``/``header_row``/``mapping`` back to
    :func:`import_file` (changed by the officer if need be)."""

    file: str
    sheets: list[str]
    sheet: str
    header_row: int  # as Excel shows it
    columns: list[ColumnInfo]
    mapping: dict[str, int]  # field -> 0-based column
    sample: list[list[str]]  # the first data rows, as text
    data_rows: int  # rows under the header (before skipping blanks and totals)


@dataclass
class RowOutcome:
    row: int  # as Excel shows it
    nik: str
    fate: str  # "imported" | "warning" | "rejected" | "already"
    findings: list[Finding] = field(default_factory=list)
    cells: list[Any] | None = None  # original values, kept for rejected rows only
    # A rejected row's warnings: the error workbook asks the officer to look at them too, as
    # the fixed row comes back with its NIK as text (a number cell's warning would be lost)
    warnings: list[Finding] = field(default_factory=list)

    @property
    def messages(self) -> list[str]:
        return [f.message for f in self.findings]

    @property
    def codes(self) -> list[str]:
        """The findings' codes, in the same order (for scripts: stable, in no language)."""
        return [f.code for f in self.findings]


@dataclass
class ImportReport:
    file: str
    sha256: str
    sheet: str
    header_row: int
    headers: list[str]
    mapping: dict[str, int]
    rows: int = 0  # data rows considered = imported + rejected + already_imported
    imported: int = 0  # stored, including those with warnings
    with_warnings: int = 0  # of the imported
    rejected: int = 0
    already_imported: int = 0
    skipped: int = 0  # non-empty rows that hold no candidate: totals, notes, after ###
    rejected_rows: list[RowOutcome] = field(default_factory=list)
    warning_rows: list[RowOutcome] = field(default_factory=list)
    already_rows: list[RowOutcome] = field(default_factory=list)
    errors_file: str | None = None
    # Other sheets of the file that hold a list too (not imported): (sheet, rows of candidates)
    other_sheets: list[tuple[str, int]] = field(default_factory=list)

    def summary(self) -> dict[str, Any]:
        """The CLI's ``--json`` object (the issue's shape, plus already_imported, skipped and
        the already registered rows)."""
        return {
            "sheet": self.sheet,
            "rows": self.rows,
            "imported": self.imported,
            "warnings": self.with_warnings,
            "rejected": self.rejected,
            "already_imported": self.already_imported,
            "skipped": self.skipped,
            "errors_file": self.errors_file,
            "rejected_rows": [
                {"row": r.row, "nik": r.nik, "reasons": r.messages, "codes": r.codes}
                for r in self.rejected_rows
            ],
            "warning_rows": [
                {"row": r.row, "nik": r.nik, "warnings": r.messages, "codes": r.codes}
                for r in self.warning_rows
            ],
            "already_rows": [  # the same person, registered before: not imported again
                {"row": r.row, "nik": r.nik, "reasons": r.messages, "codes": r.codes}
                for r in sorted(self.already_rows, key=lambda r: r.row)
            ],
            "other_sheets": [{"sheet": name, "rows": n} for name, n in self.other_sheets],
        }


# ---------------------------------------------------------------------------- locating the list


@dataclass
class _Located:
    sheet: str
    rows: list[list[Any]]
    match: HeaderMatch
    others: list[tuple[str, int]] = field(default_factory=list)  # other sheets' list rows


def _no_nik(book: Book) -> DomainError:
    return DomainError(
        error("NO_NIK_COLUMN", "file", name=book.path.name, sheets=", ".join(book.sheet_names))
    )


def _locate(
    book: Book,
    sheet: str | None,
    header_row: int | None = None,
    mapping: dict[str, int | str] | None = None,
) -> _Located:
    if sheet is None:
        best: tuple[int, str] | None = None
        for name in book.sheet_names:
            found = detect_header(book.rows(name, nrows=SCAN_ROWS + 2))
            if found is not None and (best is None or found.score > best[0]):
                best = (found.score, name)
        if best is None:
            if not book.sheet_names or mapping is None:
                raise _no_nik(book)
            best = (0, book.sheet_names[0])
        sheet = best[1]
    rows = book.rows(sheet)
    match = detect_header(rows)
    if header_row is not None:
        index = header_row - 1
        if not 0 <= index < len(rows):
            raise DomainError(error("MAPPING_INVALID", detail=f"baris judul {header_row}"))
        if match is None or match.row_index != index:
            match = HeaderMatch(index, index + 1)
            match.columns = {}
            for col, value in enumerate(rows[index]):
                name = field_of(value)
                if name is not None and name not in match.columns:
                    match.columns[name] = col
            match.headers = [cell_text(v) for v in rows[index]]
    if mapping is not None:
        if match is None:
            raise _no_nik(book)
        match.columns = _resolve_mapping(mapping, match.headers)
    if match is None or "nik" not in match.columns:
        raise _no_nik(book)
    others = [(name, _list_rows(book, name)) for name in book.sheet_names if name != sheet]
    return _Located(sheet, rows, match, [(name, n) for name, n in others if n])


def _list_rows(book: Book, sheet: str) -> int:
    """How many rows of candidates another sheet holds (one sheet per dusun is common, and only
    one sheet is imported at a time: the officer must hear of the others)."""
    try:
        if detect_header(book.rows(sheet, nrows=SCAN_ROWS + 2)) is None:
            return 0  # (the look at its top is what choosing the sheet took already)
        rows = book.rows(sheet)
    except DomainError:  # a sheet that cannot be read holds no list to tell of
        return 0
    match = detect_header(rows)
    if match is None or "nik" not in match.columns:
        return 0
    nik_col, name_col = match.columns["nik"], match.columns.get("name")
    count = 0
    for row in rows[match.data_start :]:
        kind = _row_kind(row, nik_col, name_col)
        if kind == "end":
            break
        count += kind == "data"
    return count


def _resolve_mapping(mapping: dict[str, int | str], headers: list[str]) -> dict[str, int]:
    allowed = {*FIELDS, "sex_l", "sex_p"}
    resolved: dict[str, int] = {}
    for name, where in mapping.items():
        if name not in allowed:
            raise DomainError(error("MAPPING_INVALID", detail=f"kolom '{name}' tidak dikenal"))
        if isinstance(where, str):
            if where not in headers:
                raise DomainError(error("MAPPING_INVALID", detail=f"judul '{where}' tidak ada"))
            where = headers.index(where)
        if not isinstance(where, int) or where < 0:
            raise DomainError(error("MAPPING_INVALID", detail=f"{name}={where}"))
        resolved[name] = where
    if "nik" not in resolved:
        raise DomainError(error("MAPPING_INVALID", detail="kolom NIK wajib dipetakan"))
    return resolved


def preview(path: str | Path, sheet: str | None = None, sample_rows: int = 5) -> Preview:
    """Detect the sheet, the header row and the columns; read nothing into the database."""
    with open_book(path) as book:
        found = _locate(book, sheet)
        match = found.match
        width = max([len(match.headers), *(i + 1 for i in match.columns.values())], default=0)
        by_column = {index: name for name, index in match.columns.items()}
        columns = [
            ColumnInfo(i, match.headers[i] if i < len(match.headers) else "", by_column.get(i))
            for i in range(width)
        ]
        nik_col, name_col = match.columns["nik"], match.columns.get("name")
        sample = []
        for row in found.rows[match.data_start :]:
            kind = _row_kind(row, nik_col, name_col)
            if kind == "end" or len(sample) >= sample_rows:
                break
            if kind == "data":
                sample.append([cell_text(v) for v in row[:width]])
        return Preview(
            file=Path(path).name,
            sheets=list(book.sheet_names),
            sheet=found.sheet,
            header_row=match.header_row,
            columns=columns,
            mapping=dict(match.columns),
            sample=sample,
            data_rows=len(found.rows) - match.data_start,
        )


# ---------------------------------------------------------------------------- one row


def _row_kind(cells: list[Any], nik_col: int, name_col: int | None) -> str:
    """ "data", "blank", "end" (a ### row), or "skip" (totals, formula results, notes)."""
    nik = cells[nik_col] if nik_col < len(cells) else None
    name = cells[name_col] if name_col is not None and name_col < len(cells) else None
    if isinstance(nik, str) and nik[:1].isdigit() and isinstance(name, str) and name[:1].isalpha():
        first = cells[0]  # the usual row: a text NIK and a name; only the first cell can say
        if not isinstance(first, str) or not first or first[0].isdigit():  # "###" or "JUMLAH"
            return "data"
    filled = [v for v in cells if not is_blank(v)]
    if not filled:
        return "blank"
    first_text = cell_text(filled[0])
    if first_text.startswith("###"):
        return "end"
    if re.sub(r"[\W_]+", "", first_text.casefold()).startswith(_TOTAL_WORDS):
        return "skip"
    nik_has_digit = not is_blank(nik) and any(ch.isdigit() for ch in cell_text(nik))
    if not nik_has_digit and is_blank(name):
        return "skip"
    if not nik_has_digit and field_of(nik) == "nik":
        return "skip"  # the header row again (a list pasted together from several)
    if not nik_has_digit and len({cell_text(v) for v in filled}) == 1:
        return "skip"  # a section heading merged across the row ("DUSUN KRAJAN")
    if len(filled) == 1 and not nik_has_digit:
        return "skip"  # a lone note or signature line
    return "data"


@dataclass
class _RowReader:
    columns: dict[str, int]
    today: date
    default_village: str | None

    def get(self, cells: list[Any], name: str) -> Any:
        index = self.columns.get(name)
        if index is None or index >= len(cells):
            return None
        return clean(cells[index])

    def fields(self, cells: list[Any]) -> CandidateFields:
        width = len(cells)
        found = {
            name: clean(cells[index]) for name, index in self.columns.items() if index < width
        }  # one pass over the mapped cells; the rest of the row is never looked at
        get = found.get

        raw_nik = cells[self.columns["nik"]] if self.columns["nik"] < width else None
        numeric = isinstance(raw_nik, int | float) and not isinstance(raw_nik, bool)
        birth_place = get("birth_place")
        birth = parse_date(get("birth_date"), self.today)
        if "birth_place_date" in self.columns:
            place, when = split_place_date(get("birth_place_date"), self.today)
            birth_place = birth_place if birth_place is not None else place
            birth = birth if birth is not None else when
        sex = get("sex")
        if sex is None and ("sex_l" in self.columns or "sex_p" in self.columns):
            male, female = get("sex_l") is not None, get("sex_p") is not None
            sex = "L" if male and not female else "P" if female and not male else None
        rt, rw = get("rt"), get("rw")
        if rt is None and rw is None and get("rt_rw") is not None:
            parts = re.split(r"\s*[/\\-]\s*", cell_text(get("rt_rw")), maxsplit=1)
            rt, rw = clean(parts[0]), clean(parts[1]) if len(parts) > 1 else None
        address, dusun = get("address"), get("dusun")
        if not dusun:  # the usual list has no dusun column: the address alone
            address = (cell_text(address) or None) if address else None
        else:
            address_parts = [cell_text(v) for v in (address, dusun) if v]
            address = ", ".join(dict.fromkeys(address_parts)) or None
        village = get("village_code")
        # Positional, in the order of the dataclass's fields: 19 keywords cost a third of this.
        return CandidateFields(
            raw_nik,  # nik
            _str(get("name")),  # name
            _str(sex),  # sex
            birth,  # birth_date
            _str(birth_place),  # birth_place
            _str(get("mother_name")),  # mother_name
            get("kk"),  # kk
            address,  # address
            rt,  # rt
            rw,  # rw
            get("phone"),  # phone
            _str(get("occupation")),  # occupation
            get("income"),  # income
            get("desil"),  # desil
            _str(get("funding")),  # funding
            _str(get("proposed_by")),  # proposed_by
            _str(get("notes")),  # notes
            cell_text(village) if village is not None else self.default_village,  # village_code
            numeric,  # nik_from_numeric_cell
        )

    def living_status(self, cells: list[Any]) -> Finding | None:
        status = self.get(cells, "siak_status")
        if status is not None and cell_text(status).casefold() != "hidup":
            return error("RESIDENT_NOT_LIVING", "status", status=cell_text(status)[:40])
        dasar = self.get(cells, "opensid_status")
        if dasar is not None and cell_text(dasar) != "1":
            value = cell_text(dasar)[:20]
            label = _OPENSID_STATUS.get(value, "tidak dikenal")
            return error("RESIDENT_STATUS_DASAR", "status", value=value, label=label)
        return None


def _str(value: Any) -> str | None:
    if type(value) is str:
        return value.strip()  # what cell_text gives for text, without the call
    return None if value is None else cell_text(value)


def _siak_status_column(rows: list[list[Any]], match: HeaderMatch) -> None:
    """A column headed just "Status" is SIAK's living status only if some row says "Hidup";
    village lists use "Status" for other things too."""
    index = match.columns.get("siak_status")
    if index is None:
        return
    for row in rows[match.data_start : match.data_start + 5000]:
        if index < len(row) and cell_text(row[index]).casefold() == "hidup":
            return
    del match.columns["siak_status"]


def _same_person(name: str | None, birth: date | None, existing: tuple[str, date]) -> bool:
    if name is None or birth is None:
        return False

    def key(text: str) -> str:
        return _SAME_NAME.sub("", text.casefold())

    return key(name) == key(existing[0]) and birth == existing[1]


def _status_label(status: str) -> str:
    try:
        return STATUS_LABELS_ID[CandidateStatus(status)]
    except ValueError:
        return status


def _checked_nik(values: dict[str, Any], findings: list[Finding]) -> str | None:
    """The NIK to compare for duplicates: only a well-formed one."""
    nik = values.get("nik") or ""
    if len(nik) != 16 or not (nik.isascii() and nik.isdigit()):
        return None
    for f in findings:
        if f.is_error and f.code.startswith("NIK_"):
            return None
    return nik


# ---------------------------------------------------------------------------- the import


def file_sha256(path: str | Path) -> str:
    digest = hashlib.sha256()
    with Path(path).open("rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def import_file(
    store: Store,
    actor: Actor,
    path: str | Path,
    sheet: str | None = None,
    mapping: dict[str, int | str] | None = None,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
    *,
    header_row: int | None = None,
) -> ImportReport:
    """Check every row and store the good ones as *proposed*, in one transaction.

    ``mapping`` maps field names (``nik``, ``name``, ``sex``, ``birth_date``, ... see
    ``excel.headers.ALIASES``, plus ``sex_l``/``sex_p``) to 0-based columns or header texts;
    without it the columns are found by their headers. ``progress(done, total)`` is called
    after each chunk of rows (``total``: the data rows of the sheet); ``cancelled()`` returning
    True stops the import and nothing is saved. Neither may touch the GUI directly (they run in
    the GUI's worker thread).

    Rows are checked and stored a chunk at a time, so the checked rows of a whole district list
    are never all in memory at once.
    """
    actor.require(Permission.ENTER_CANDIDATES)
    path = Path(path)
    with store.session() as session:
        installation = installation_of(session)
        program = active_program(session)
        program_id, rules = program.id, rules_of(program)
    job = CheckJob(
        path=path, sheet=sheet, header_row=header_row, mapping=mapping, rules=rules,
        today=clock.today(), region=installation.region_code.replace(".", ""),
        default_village=installation.region_code if installation.role == "village" else None,
    )  # fmt: skip
    with collector_paused():  # a district list is hundreds of thousands of live objects
        source = read_and_check(job)
        try:
            head = next(source)  # a file that cannot be read, or has no NIK column, stops here
            assert isinstance(head, SheetFound)
            report = ImportReport(
                file=path.name, sha256=file_sha256(path), sheet=head.sheet,
                header_row=head.header_row, headers=head.headers, mapping=head.mapping,
                other_sheets=head.other_sheets,
            )  # fmt: skip
            total = max(head.data_rows, 1)

            def check_cancel(done: int) -> None:
                if progress is not None:
                    progress(min(done, total), total)
                if cancelled is not None and cancelled():
                    raise DomainError(error("IMPORT_CANCELLED"))

            check_cancel(0)
            # A way back if the list was the wrong one, written while the file is checked.
            with BackupAside(store, actor, "import") as backup, store.bulk_session() as session:
                now = clock.now()
                reason = f"Impor dari {report.file} (SHA-256 {report.sha256})"[:500]
                defaults = candidate_defaults()
                prev = last_hash(session)
                registered = _registered_niks(session, program_id, head.data_rows)
                # Storing a chunk runs beside the checking of the next (see PipelinedCandidates).
                with PipelinedCandidates(session, actor.name, IMPORT_ACTION, reason, prev) as new:
                    for chunk in source:
                        assert isinstance(chunk, RowsChecked)
                        report.skipped += chunk.skipped
                        report.rejected_rows.extend(chunk.rejected)
                        report.rejected += len(chunk.rejected)
                        kept = _split_existing(  # (waits for the writer if it must ask)
                            session, program_id, chunk.pending, report, registered, new.wait
                        )
                        if kept:
                            _store_chunk(new, actor, program_id, kept, defaults, now, report)
                        check_cancel(chunk.done)
                    prev = new.finish()
                report.rows = report.imported + report.rejected + report.already_imported
                if report.rows == 0:  # a header alone, or a file that holds no list at all
                    raise DomainError(error("NO_DATA_ROWS", "file", sheet=report.sheet,
                                            name=report.file, row=report.header_row))  # fmt: skip
                report.rejected_rows.sort(key=lambda r: r.row)
                _record_file_event(session, actor, now, prev, _file_summary(report))
                if report.imported:
                    refresh_statistics(session)
                backup.result()  # before the commit: a backup that failed stops the import
            if progress is not None:
                progress(total, total)
            return report
        finally:
            source.close()


@dataclass
class CheckJob:
    """What the reading side needs: the file, how to find its list, and the rules to check by."""

    path: Path
    sheet: str | None
    header_row: int | None
    mapping: dict[str, int | str] | None
    rules: ProgramRules
    today: date
    region: str  # the installation's region code without dots; villages must lie inside it
    default_village: str | None


@dataclass
class SheetFound:
    """First message of the reading side: where the list is."""

    sheet: str
    header_row: int
    headers: list[str]
    mapping: dict[str, int]
    data_rows: int
    other_sheets: list[tuple[str, int]] = field(default_factory=list)


@dataclass
class _Pending:
    row: int
    nik: str
    values: dict[str, Any]
    warnings: list[Finding]
    cells: list[Any]


@dataclass
class RowsChecked:
    """One chunk of checked rows: the good ones to store, the rejected ones with reasons."""

    pending: list[_Pending]
    rejected: list[RowOutcome]
    skipped: int
    done: int  # data rows read so far


def read_and_check(job: CheckJob) -> Iterator[SheetFound | RowsChecked]:
    """Read the sheet, then check its rows: a SheetFound, then RowsChecked per _STORE_CHUNK rows.
    Reads the file and nothing else (the caller stores)."""
    with open_book(job.path) as book:
        found = _locate(book, job.sheet, job.header_row, job.mapping)
    match = found.match
    if job.mapping is None:
        _siak_status_column(found.rows, match)
    data = found.rows[match.data_start :]
    found.rows = []  # the rows of the list are all in ``data`` now
    yield SheetFound(
        found.sheet, match.header_row, list(match.headers), dict(match.columns), len(data),
        found.others,
    )
    reader = _RowReader(match.columns, job.today, job.default_village)
    yield from _check_rows(data, match, reader, job.rules, job.today, job.region)


def _check_rows(
    data: list[list[Any]],
    match: HeaderMatch,
    reader: _RowReader,
    rules: ProgramRules,
    today: date,
    region: str,
) -> Iterator[RowsChecked]:
    nik_col, name_col = match.columns["nik"], match.columns.get("name")
    has_status = "siak_status" in reader.columns or "opensid_status" in reader.columns
    has_codes = "warning_codes" in reader.columns  # this app's own export or error workbook
    max_length = [(name, label, limit) for name, (label, limit) in _MAX_LENGTH.items()]
    first_row: dict[str, int] = {}
    chunk = RowsChecked([], [], 0, 0)
    for offset, cells in enumerate(data):
        # The sheet lets go of each row once read (a stored row's cells go with its chunk): a
        # district list's ~120 MB of cells shrinks as the database's pages grow.
        data[offset] = None  # type: ignore[call-overload]
        if len(chunk.pending) + len(chunk.rejected) >= _STORE_CHUNK:
            chunk.done = offset
            yield chunk
            chunk = RowsChecked([], [], 0, 0)
        kind = _row_kind(cells, nik_col, name_col)
        if kind == "end":
            chunk.skipped += len(data) - offset
            break
        if kind != "data":
            chunk.skipped += kind == "skip"
            continue
        row_number = match.data_start + offset + 1
        fields = reader.fields(cells)
        check = check_candidate(fields, rules, today)
        values = check.values
        findings = list(check.findings)
        living = reader.living_status(cells) if has_status else None
        if living is not None:
            findings.insert(0, living)
        if has_codes:  # warnings the row carried when it was written out (NIK_NUMERIC_CELL)
            have = {f.code for f in findings}
            carried = carried_warnings(cell_text(reader.get(cells, "warning_codes")))
            findings.extend(f for f in carried if f.code not in have)
        village = values.get("village_code")
        if village is None:
            findings.append(error("IMPORT_VILLAGE_REQUIRED", "village_code"))
        elif not village.replace(".", "").startswith(region):
            findings.append(
                error("VILLAGE_OUTSIDE_REGION", "village_code", code=village, region=region)
            )
        for name, label, limit in max_length:
            text = values.get(name)
            if text is not None and len(text) > limit:
                findings.append(error("FIELD_TOO_LONG", name, label=label, length=len(text),
                                      max=limit))  # fmt: skip
        errors = [f for f in findings if f.is_error]
        nik = _checked_nik(values, findings)
        if nik is not None:
            # The first row with this NIK that is not itself rejected is the one used.
            first = first_row.get(nik)
            if first is not None:
                errors.append(error("ROW_DUPLICATE_IN_FILE", "nik", first_row=first))
            elif not errors:
                first_row[nik] = row_number
        shown_nik = values.get("nik") or cell_text(fields.nik)
        if errors:
            warned = [f for f in findings if not f.is_error]
            chunk.rejected.append(
                RowOutcome(row_number, shown_nik, "rejected", errors, list(cells), warned)
            )
            continue
        # No errors: every finding is a warning (``findings`` is this row's own list).
        chunk.pending.append(_Pending(row_number, shown_nik, values, findings, cells))
    chunk.done = len(data)
    yield chunk


def _registered_niks(session: Any, program_id: int, rows: int) -> set[str] | None:
    """The NIKs registered in the program when the import starts, read once (from the unique
    index alone) when the list is large beside them (a first import reads none): a chunk then
    asks the database only about its rows that are among them. None when the program holds
    many more than the list (a few rows into a district's 500,000): each chunk asks about all
    its rows instead. Rows the import itself adds need no look-up either way: a NIK twice in
    the file is rejected by the check."""
    table = Candidate.__table__
    highest = session.execute(select(func.max(table.c.id))).scalar() or 0  # cheap upper bound
    if highest > 4 * rows:
        return None
    query = select(table.c.nik).where(table.c.program_id == program_id)
    return set(session.execute(query).scalars())


def _split_existing(
    session: Any,
    program_id: int,
    pending: list[_Pending],
    report: ImportReport,
    registered: set[str] | None,
    session_free: Callable[[], None],
) -> list[_Pending]:
    """Rows whose NIK is already registered: the same person -> already imported; someone
    else -> rejected, naming who holds the NIK. Returns the rows to store. ``registered``: the
    NIKs that may be (see _registered_niks), or None to ask about every row.
    ``session_free()`` is called before the database is asked (the writer thread may hold it)."""
    by_nik = {item.nik: item for item in pending if registered is None or item.nik in registered}
    if not by_nik:
        return pending  # (the first import of a list: nothing to ask the database)
    session_free()
    table = Candidate.__table__
    niks = list(by_nik)
    found: set[str] = set()
    for start in range(0, len(niks), IN_CHUNK):
        chunk = niks[start : start + IN_CHUNK]
        query = select(table.c.nik, table.c.name, table.c.birth_date, table.c.status).where(
            table.c.program_id == program_id, table.c.nik.in_(chunk)
        )
        for nik, name, birth, status in session.execute(query):
            item = by_nik[nik]
            found.add(nik)
            if _same_person(item.values.get("name"), item.values.get("birth_date"), (name, birth)):
                note = error(
                    "ALREADY_IMPORTED", "nik", status=_status_label(status), status_code=status
                )
                report.already_rows.append(RowOutcome(item.row, nik, "already", [note]))
                report.already_imported += 1
            else:
                clash = error(
                    "NIK_ALREADY_REGISTERED", "nik", name=name, status=_status_label(status),
                    status_code=status,
                )  # fmt: skip
                report.rejected_rows.append(
                    RowOutcome(item.row, nik, "rejected", [clash], list(item.cells), item.warnings)
                )
                report.rejected += 1
    return [item for item in pending if item.nik not in found]


def _file_summary(report: ImportReport) -> dict[str, Any]:
    return {
        "file": report.file,
        "sha256": report.sha256,
        "sheet": report.sheet,
        "imported": report.imported,
        "with_warnings": report.with_warnings,
        "rejected": report.rejected,
        "already_imported": report.already_imported,
    }


def _store_chunk(
    new: PipelinedCandidates,
    actor: Actor,
    program_id: int,
    items: list[_Pending],
    defaults: dict[str, Any],
    now: datetime,
    report: ImportReport,
) -> None:
    """Insert the candidates with Core (no ORM objects) and one ``candidate.import`` audit
    event each, whose state hash is that of the row as stored."""
    rows = []
    for item in items:  # the checked values: every row has the same keys, in the same order
        row = item.values  # (the check's own dict, used up here)
        warned = item.warnings
        if not warned:
            row["warnings"] = ""
        elif len(warned) == 1:  # (most warned rows: one code, nothing to sort)
            row["warnings"] = warned[0].code
        else:
            row["warnings"] = ",".join(sorted({w.code for w in warned}))
        rows.append(row)
    fixed = {"program_id": program_id, "status": CandidateStatus.PROPOSED.value,
             "entered_by": actor.name, "entered_at": now, "updated_at": now}  # fmt: skip
    common = {name: value for name, value in defaults.items() if name not in rows[0]}
    common.pop("id", None)
    new.add(rows, {**common, **fixed})
    for item in items:
        report.imported += 1
        if item.warnings:
            report.with_warnings += 1
            report.warning_rows.append(RowOutcome(item.row, item.nik, "warning", item.warnings))


def _record_file_event(
    session: Any, actor: Actor, now: datetime, prev: str, summary: dict[str, Any]
) -> None:
    event = event_row(
        prev, at=now, actor=actor.name, action=FILE_ACTION, entity="import", entity_id=None,
        before="", after=canonical_json(summary), state_hash="", reason=None,
    )  # fmt: skip
    session.execute(insert(AuditEvent.__table__), [event])


def write_errors(report: ImportReport, path: str | Path) -> Path | None:
    """Write the error workbook of ``report`` (only when some rows were rejected)."""
    if not report.rejected_rows:
        return None
    rows = []
    codes_at = codes_column(report.headers, report.mapping)
    for outcome in report.rejected_rows:
        cells = list(outcome.cells or [])
        codes = {f.code for f in outcome.findings}
        # A damaged number must not come back as text that looks right: leave it to be retyped.
        for code, name in (("NIK_EXCEL_DAMAGED", "nik"), ("KK_EXCEL_DAMAGED", "kk")):
            index = report.mapping.get(name)
            if code in codes and index is not None and index < len(cells):
                cells[index] = None
        reasons = outcome.messages + [f"Periksa juga: {w.message}" for w in outcome.warnings]
        codes = [w.code for w in outcome.warnings if carriable(w.code)]
        if codes_at is not None:  # the file's own column: the codes found now (carried ones too)
            cells += [None] * (codes_at + 1 - len(cells))
            cells[codes_at] = ",".join(codes) or None
        rows.append(ErrorRow(outcome.row, reasons, cells, codes))
    written = write_error_workbook(path, report.headers, report.mapping, rows)
    report.errors_file = str(written)
    return written
