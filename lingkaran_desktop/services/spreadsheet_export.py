"""The candidate list as an xlsx workbook (``lingkaran export``).

Rows are read with SQLAlchemy Core (no ORM objects) and streamed into openpyxl's write-only
mode. NIK, KK, KPJ, RT/RW, phone and village code are text cells; dates are dates; income is a
number formatted as rupiah. The headers are ones the importer recognises, so an exported list
can be imported into another installation.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import select

from lingkaran_desktop.domain.findings import DomainError, error
from lingkaran_desktop.domain.messages import register
from lingkaran_desktop.domain.occupation import occupation_by_code
from lingkaran_desktop.domain.status import STATUS_LABELS_ID, CandidateStatus
from lingkaran_desktop.domain.warning_labels import warning_words
from lingkaran_desktop.excel.writer import Column, SheetSpec, write_workbook
from lingkaran_desktop.services import messages  # noqa: F401
from lingkaran_desktop.services.installation import active_program
from lingkaran_desktop.services.roles import Permission
from lingkaran_desktop.services.users import Actor
from lingkaran_desktop.store.models import Candidate
from lingkaran_desktop.store.store import Store

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]
SHEET_TITLE = "Calon Peserta"

# (header, database column or computed name, cell kind)
EXPORT_COLUMNS: list[tuple[str, str, str]] = [
    ("NIK", "nik", "text"),
    ("No. KK", "kk", "text"),
    ("Nama Lengkap", "name", "general"),
    ("Jenis Kelamin", "sex", "general"),
    ("Tempat Lahir", "birth_place", "general"),
    ("Tanggal Lahir", "birth_date", "date"),
    ("Nama Ibu Kandung", "mother_name", "general"),
    ("Alamat", "address", "general"),
    ("RT", "rt", "text"),
    ("RW", "rw", "text"),
    ("Kode Desa", "village_code", "text"),
    ("No HP", "phone", "text"),
    ("Kode Pekerjaan", "occupation_code", "text"),
    ("Nama Pekerjaan BPU", "occupation_name", "general"),
    ("Penghasilan", "income", "rupiah"),
    ("Desil", "desil", "number"),
    ("Sumber Dana", "funding", "general"),
    ("Diusulkan Oleh", "proposed_by", "general"),
    ("Keterangan", "notes", "general"),
    ("Status Pendaftaran", "status_label", "general"),
    ("KPJ", "kpj", "text"),
    ("Mulai Kepesertaan", "coverage_start", "date"),
    ("Akhir Kepesertaan", "coverage_end", "date"),
    ("Alasan Penolakan", "rejection_reason", "general"),
    ("Peringatan", "warning_words", "general"),
    ("Kode Peringatan", "warnings", "general"),
    ("Dimasukkan Oleh", "entered_by", "general"),
    ("Waktu Masuk (UTC)", "entered_at", "datetime"),
    ("Diverifikasi Oleh", "verified_by", "general"),
    ("Waktu Verifikasi (UTC)", "verified_at", "datetime"),
]
DB_COLUMNS = [  # what export_candidates reads from the candidate table
    name
    for _, name, _ in EXPORT_COLUMNS
    if name not in ("occupation_name", "status_label", "warning_words")
] + ["status"]

register(
    "EXPORT_STATUS_UNKNOWN",
    "Status '{status}' tidak dikenal. Pilih: {choices}.",
    "Unknown status '{status}'. Choose one of: {choices}.",
)
register(
    "EXPORT_CANCELLED",
    "Ekspor dibatalkan; berkas tidak dibuat.",
    "The export was cancelled; no file was written.",
)


@dataclass
class ExportResult:
    path: Path
    rows: int


def _occupation_name(code: str | None, cache: dict[str | None, str]) -> str:
    if code not in cache:
        occupation = occupation_by_code(code) if code else None
        cache[code] = occupation.name if occupation else ""
    return cache[code]


def export_candidates(
    store: Store,
    actor: Actor,
    path: str | Path,
    status: str | None = None,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> ExportResult:
    """Write the active program's candidates (optionally one status) to ``path``."""
    actor.require(Permission.READ_CANDIDATES)
    if status is not None:
        try:
            status = CandidateStatus(status).value
        except ValueError as exc:
            raise DomainError(
                error("EXPORT_STATUS_UNKNOWN", status=status, choices=", ".join(CandidateStatus))
            ) from exc
    table = Candidate.__table__
    with store.session() as session:
        program = active_program(session)
        query = select(*(table.c[name] for name in DB_COLUMNS)).where(
            table.c.program_id == program.id
        )
        if status is not None:
            query = query.where(table.c.status == status)
        records = session.execute(query.order_by(table.c.id)).all()
    total = len(records)
    occupations: dict[str | None, str] = {}

    def rows() -> Iterator[list[Any]]:
        for done, record in enumerate(records):
            if done % 1000 == 0:
                if progress is not None:
                    progress(done, total)
                if cancelled is not None and cancelled():
                    raise DomainError(error("EXPORT_CANCELLED"))
            data = record._mapping
            out = []
            for _, name, kind in EXPORT_COLUMNS:
                if name == "occupation_name":
                    value = _occupation_name(data["occupation_code"], occupations)
                elif name == "warning_words":
                    value = warning_words(data["warnings"], "id") or None
                elif name == "status_label":
                    value = STATUS_LABELS_ID.get(CandidateStatus(data["status"]), data["status"])
                else:
                    value = data[name]
                    if kind == "datetime" and value is not None:
                        value = value.replace(tzinfo=None, microsecond=0)
                out.append(value)
            yield out

    columns = [Column(header, kind=kind) for header, _, kind in EXPORT_COLUMNS]
    written = write_workbook(path, [SheetSpec(SHEET_TITLE, columns, rows())])
    if progress is not None:
        progress(total, total)
    return ExportResult(written, total)
