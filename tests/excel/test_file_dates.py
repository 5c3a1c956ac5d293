"""When a spreadsheet says it was saved: its own property, else the file system's time."""

from __future__ import annotations

import os
import zipfile
from datetime import UTC, datetime

from openpyxl import Workbook

from lingkaran_desktop.excel.file_dates import saved_at

MTIME = datetime(2026, 2, 1, 12, 0, tzinfo=UTC)


def _set_mtime(path) -> None:
    os.utime(path, (MTIME.timestamp(), MTIME.timestamp()))


def test_xlsx_says_when_it_was_saved(tmp_path) -> None:
    path = tmp_path / "jawaban.xlsx"
    Workbook().save(path)
    _set_mtime(path)
    saved = saved_at(path)
    assert saved != MTIME and abs((datetime.now(UTC) - saved).total_seconds()) < 3600


def test_ods_meta_date_without_zone_is_read_as_utc(tmp_path) -> None:
    path = tmp_path / "jawaban.ods"
    with zipfile.ZipFile(path, "w") as ods:
        ods.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet")
        ods.writestr("meta.xml", "<office:meta><dc:date>2026-03-10T03:05:07.123456789</dc:date>"
                                 "</office:meta>")  # fmt: skip
    assert saved_at(path) == datetime(2026, 3, 10, 3, 5, 7, 123456, tzinfo=UTC)


def test_csv_damaged_or_propertyless_files_fall_back_to_the_file_time(tmp_path) -> None:
    csv = tmp_path / "jawaban.csv"
    csv.write_text("NIK;KPJ\n")
    broken = tmp_path / "rusak.xlsx"
    broken.write_bytes(b"PK\x03\x04 not really a zip")
    bare = tmp_path / "tanpa.xlsx"
    with zipfile.ZipFile(bare, "w") as book:
        book.writestr("docProps/core.xml", "<cp:coreProperties><dcterms:modified>bukan tanggal"
                                           "</dcterms:modified></cp:coreProperties>")  # fmt: skip
    for path in (csv, broken, bare):
        _set_mtime(path)
        assert saved_at(path) == MTIME, path.name
