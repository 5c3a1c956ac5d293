"""The error workbook: the rejected rows of an import, ready to be fixed and imported again.

One row per rejected row: the row number in the original file, the reasons in Indonesian, then
the original values as text (a NIK stays text; a date is written ``12-05-1980``, which the
importer reads back). Columns the importer recognised keep a header it recognises again, so the
fixed file imports without a column mapping. A second sheet tells the officer what to do.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from lingkaran_desktop.excel.headers import field_of
from lingkaran_desktop.excel.values import cell_text, is_blank
from lingkaran_desktop.excel.writer import Column, SheetSpec, write_workbook

ROW_HEADER = "Baris Asal"
REASON_HEADER = "Alasan Penolakan"
SHEET_TITLE = "Perlu Diperbaiki"
# A header the importer recognises, for columns whose own header it found only by position
# (a second header row, or a mapping chosen in the wizard).
CANONICAL = {
    "nik": "NIK", "kk": "No. KK", "name": "Nama", "sex": "Jenis Kelamin",
    "birth_place": "Tempat Lahir", "birth_date": "Tanggal Lahir",
    "birth_place_date": "Tempat, Tanggal Lahir", "mother_name": "Nama Ibu Kandung",
    "address": "Alamat", "dusun": "Dusun", "rt": "RT", "rw": "RW", "rt_rw": "RT/RW",
    "phone": "No HP", "occupation": "Pekerjaan", "income": "Penghasilan", "desil": "Desil",
    "funding": "Sumber Dana", "proposed_by": "Diusulkan Oleh", "notes": "Keterangan",
    "village_code": "Kode Desa", "siak_status": "Status", "opensid_status": "status_dasar",
    "warning_codes": "Kode Peringatan",
}  # fmt: skip
INSTRUCTIONS = [
    "Cara memperbaiki:",
    "1. Baca kolom 'Alasan Penolakan' pada setiap baris.",
    "2. Perbaiki isi baris itu sesuai KTP / Kartu Keluarga. Kolom NIK dan No. KK sudah berformat "
    "Teks: ketik 16 angka apa adanya.",
    "3. Baris yang tidak perlu diusulkan (mis. meninggal atau pindah) hapus saja.",
    "4. Simpan berkas ini, lalu impor lagi. Baris yang sudah masuk tidak akan masuk dua kali.",
    "Kolom 'Baris Asal' dan 'Alasan Penolakan' diabaikan saat impor.",
    "Kolom 'Kode Peringatan' (bila ada) biarkan apa adanya: peringatan itu dibawa kembali saat "
    "impor, agar verifikator tetap diminta memeriksanya.",
]


@dataclass
class ErrorRow:
    row: int  # the row number as Excel showed it in the imported file
    reasons: list[str]
    cells: list[Any]
    # Warnings to bring back when the fixed row is imported (carriable codes, see
    # domain.warning_labels): a NIK from a number cell comes back as text and would lose its own.
    warning_codes: list[str] | None = None


def _layout(headers: Sequence[str], mapping: dict[str, int]) -> list[tuple[str, list[int]]]:
    """(header, source columns) for each output column, in the original order."""
    by_column = {index: name for name, index in mapping.items()}
    width = max([len(headers), *(i + 1 for i in mapping.values())], default=0)
    layout: list[tuple[str, list[int]]] = []
    for index in range(width):
        name = by_column.get(index)
        original = headers[index] if index < len(headers) else ""
        if name == "sex_p" and "sex_l" in mapping:
            continue  # folded into the sex_l column
        if name == "sex_l":
            sources = [index] + ([mapping["sex_p"]] if "sex_p" in mapping else [])
            layout.append((CANONICAL["sex"], sources))
        elif name is not None and field_of(original) != name:
            layout.append((CANONICAL.get(name, original or name), [index]))
        else:
            layout.append((original or f"Kolom {index + 1}", [index]))
    return layout


def _value(cells: list[Any], sources: list[int]) -> str:
    if len(sources) == 2:  # L | P marks -> "L" / "P"
        marks = [not is_blank(cells[i]) if i < len(cells) else False for i in sources]
        return "L" if marks == [True, False] else "P" if marks == [False, True] else ""
    index = sources[0]
    return cell_text(cells[index]) if index < len(cells) else ""


def codes_column(headers: Sequence[str], mapping: dict[str, int]) -> int | None:
    """The imported file's own "Kode Peringatan" column (mapped, or headed so), if it had one:
    a rejected row's warning codes go there instead of into a column of their own."""
    if "warning_codes" in mapping:
        return mapping["warning_codes"]
    return next((i for i, h in enumerate(headers) if field_of(h) == "warning_codes"), None)


def write_error_workbook(
    path: str | Path, headers: Sequence[str], mapping: dict[str, int], rows: Sequence[ErrorRow]
) -> Path:
    layout = _layout(headers, mapping)
    carried = codes_column(headers, mapping) is None and any(row.warning_codes for row in rows)
    columns = [
        Column(ROW_HEADER, kind="number", width=11),
        Column(REASON_HEADER, kind="text", width=60, wrap=True, fill="FCE4D6"),
        *(Column(header, kind="text") for header, _ in layout),
        *([Column(CANONICAL["warning_codes"], kind="text", width=24)] if carried else []),
    ]
    data = (
        [row.row, "\n".join(row.reasons), *(_value(row.cells, src) for _, src in layout),
         *([",".join(row.warning_codes or [])] if carried else [])]
        for row in rows
    )  # fmt: skip
    help_sheet = SheetSpec(
        "Petunjuk",
        [Column("Petunjuk", width=100)],
        ([line] for line in INSTRUCTIONS),
        freeze=False,
        autofilter=False,
    )
    return write_workbook(path, [SheetSpec(SHEET_TITLE, columns, data), help_sheet])
