"""import and export commands: spreadsheets in and out."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from lingkaran_desktop.cli.context import Context, json_flag, print_json, say
from lingkaran_desktop.domain.findings import DomainError, error
from lingkaran_desktop.domain.messages import register as register_message
from lingkaran_desktop.domain.status import CandidateStatus
from lingkaran_desktop.excel.reader import CSV_TYPES
from lingkaran_desktop.services.recap import write_recap
from lingkaran_desktop.services.spreadsheet_export import export_candidates
from lingkaran_desktop.services.spreadsheet_import import import_file, write_errors

register_message(
    "ERRORS_FILE_INVALID",
    "Berkas kesalahan {path} tidak bisa dipakai: {detail}.",
    "The errors file {path} cannot be used: {detail}.",
)


def register(commands: Any) -> None:
    p = commands.add_parser(
        "import",
        help="impor daftar calon peserta dari xlsx, xls, ods atau csv",
        description=(
            "Impor daftar calon peserta. Baris judul dan kolom dicari sendiri (NIK, Nama, "
            "Jenis Kelamin, Tanggal Lahir, ...). Setiap baris: diimpor, diimpor dengan "
            "peringatan, ditolak dengan alasannya, atau sudah terdaftar sebelumnya. "
            "Semua dalam satu transaksi: berkas yang tidak terbaca tidak mengubah apa pun."
        ),
    )
    p.add_argument("file", metavar="FILE", help="berkas .xlsx, .xls, .ods atau .csv")
    p.add_argument("--sheet", metavar="NAME", help="nama lembar (bawaan: dicari sendiri)")
    p.add_argument(
        "--errors",
        metavar="OUT.xlsx",
        help="tulis baris yang ditolak ke berkas ini untuk diperbaiki lalu diimpor lagi",
    )
    json_flag(p)
    p.set_defaults(handler=cmd_import)

    p = commands.add_parser("export", help="ekspor daftar calon peserta ke xlsx")
    p.add_argument("--out", required=True, metavar="FILE.xlsx")
    p.add_argument("--status", choices=[s.value for s in CandidateStatus])
    json_flag(p)
    p.set_defaults(handler=cmd_export)

    p = commands.add_parser("report", help="rekap: per desa, pekerjaan, sumber dana, JK dan usia")
    p.add_argument("--out", required=True, metavar="FILE.xlsx", type=Path)
    json_flag(p)
    p.set_defaults(handler=cmd_report)


def cmd_report(ctx: Context) -> int:
    result = write_recap(ctx.store(), ctx.actor(), ctx.args.out)
    if ctx.args.json:
        print_json(result.__dict__)
    else:
        say(f"Rekap ditulis ke {result.path}: {result.active} peserta aktif di "
            f"{result.villages} desa; iuran Rp {result.yearly:,} per masa.".replace(",", "."))
    return 0


def _check_errors_path(errors: str, source: str) -> Path:
    path = Path(errors)
    if path.suffix.lower() != ".xlsx":
        raise DomainError(
            error("ERRORS_FILE_INVALID", path=errors, detail="harus berakhiran .xlsx")
        )
    if path.resolve() == Path(source).resolve():
        raise DomainError(
            error("ERRORS_FILE_INVALID", path=errors, detail="sama dengan berkas yang diimpor")
        )
    folder = path.parent if str(path.parent) else Path(".")
    if not folder.is_dir() or not os.access(folder, os.W_OK):
        raise DomainError(
            error(
                "ERRORS_FILE_INVALID", path=errors, detail="foldernya tidak ada/tidak bisa ditulisi"
            )
        )
    return path


def cmd_import(ctx: Context) -> int:
    a = ctx.args
    errors_path = _check_errors_path(a.errors, a.file) if a.errors else None
    actor = ctx.actor()
    report = import_file(ctx.store(), actor, a.file, sheet=a.sheet)
    if errors_path is not None:
        write_errors(report, errors_path)
    if a.json:
        print_json(report.summary())
        return 0
    if Path(report.file).suffix.lower() in CSV_TYPES:  # (a CSV file has no sheets to name)
        say(f"Berkas {report.file}, judul kolom di baris {report.header_row}.")
    else:
        say(f"Berkas {report.file}, lembar '{report.sheet}', judul kolom di baris "
            f"{report.header_row}.")  # fmt: skip
    say(
        f"{report.rows} baris data: {report.imported} diimpor "
        f"({report.with_warnings} dengan peringatan), {report.rejected} ditolak, "
        f"{report.already_imported} sudah terdaftar sebelumnya."
    )
    shown = [(row, "DITOLAK") for row in report.rejected_rows[:20]]
    shown += [(row, "diimpor, PERIKSA") for row in report.warning_rows[:20]]
    for row, fate in sorted(shown, key=lambda item: item[0].row):  # in the file's order
        say(f"  baris {row.row}: {fate} — {'; '.join(row.messages)}")
    if len(report.rejected_rows) > 20:
        say(f"  ... dan {len(report.rejected_rows) - 20} baris lain yang ditolak.")
    if len(report.warning_rows) > 20:
        say(f"  ... dan {len(report.warning_rows) - 20} baris lain dengan peringatan "
            "(semua: --json, atau halaman Verifikasi).")  # fmt: skip
    if report.already_rows:
        rows = row_ranges(sorted(row.row for row in report.already_rows))
        say(f"  sudah terdaftar, tidak diimpor lagi: baris {rows}.")
    if report.errors_file:
        say(f"Baris yang ditolak ditulis ke {report.errors_file}: perbaiki lalu impor lagi.")
    elif report.rejected_rows:
        say("Gunakan --errors PERBAIKAN.xlsx untuk mendapat berkas baris yang ditolak.")
    for name, rows in report.other_sheets:
        say(f"PERHATIAN: lembar '{name}' juga berisi daftar ({rows} baris) dan TIDAK diimpor; "
            f"impor lembar itu dengan --sheet \"{name}\".")  # fmt: skip
    return 0


def row_ranges(rows: list[int], limit: int = 12) -> str:
    """Sorted row numbers as an officer reads them: "4-9, 12, 15-20" (the first ``limit`` runs,
    then how many more)."""
    runs: list[list[int]] = []
    for row in rows:
        if runs and row <= runs[-1][1] + 1:
            runs[-1][1] = row
        else:
            runs.append([row, row])
    text = ", ".join(f"{a}" if a == b else f"{a}-{b}" for a, b in runs[:limit])
    if len(runs) > limit:
        text += f" dan {len(runs) - limit} rentang lain (semua: --json)"
    return text


def cmd_export(ctx: Context) -> int:
    a = ctx.args
    result = export_candidates(ctx.store(), ctx.actor(), a.out, status=a.status)
    if a.json:
        print_json({"file": str(result.path), "rows": result.rows})
    else:
        say(f"{result.rows} calon peserta diekspor ke {result.path}.")
    return 0
