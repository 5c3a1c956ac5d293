"""Cell values as officers type them, header words, and the other file types (csv, ods)."""

from __future__ import annotations

import zipfile
from datetime import date, datetime

import pytest
from sqlmodel import select

from lingkaran_desktop.excel.headers import detect_header, field_of
from lingkaran_desktop.excel.reader import open_book, sniff_delimiter
from lingkaran_desktop.excel.values import cell_text, is_blank, parse_date, split_place_date
from lingkaran_desktop.services.spreadsheet_import import import_file
from lingkaran_desktop.store.models import Candidate
from tests.excel.sheet_factory import person

TODAY = date(2026, 3, 2)
MAY_12 = date(1980, 5, 12)


@pytest.mark.parametrize(
    "value",
    [MAY_12, datetime(1980, 5, 12), 29353, 29353.0, "29353", "12-05-1980", "12/05/1980",
     "12.05.1980", "12 Mei 1980", "12 mei 1980", "12-Mei-1980", "12 May 1980", "1980-05-12",
     "1980/05/12", "1980-05-12 00:00:00", "12-05-80", "12/5/80", " 12 - 05 - 1980 ",
     "12 Mei 80"],
)  # fmt: skip
def test_date_forms_officers_type(value) -> None:
    assert parse_date(value, TODAY) == MAY_12


def test_two_digit_year_takes_the_plausible_century() -> None:
    assert parse_date("01-02-03", TODAY) == date(2003, 2, 1)
    assert parse_date("01-02-30", TODAY) == date(1930, 2, 1)
    assert parse_date("17 Agustus 45", TODAY) == date(1945, 8, 17)


@pytest.mark.parametrize(
    "value", ["31-02-1980", "12-13-1980", "1980", 1980, "kemarin", "12 Foo 1980"]
)
def test_unreadable_dates_come_back_as_text_for_the_domain_to_report(value) -> None:
    assert parse_date(value, TODAY) == str(value)


def test_blanks_and_placeholders() -> None:
    assert parse_date(None, TODAY) is None and parse_date(" ", TODAY) is None
    assert is_blank("-") and is_blank(" -- ") and is_blank("") and not is_blank("0")
    assert cell_text(4.0) == "4" and cell_text(MAY_12) == "12-05-1980"
    assert cell_text(3509014107800001.0) == "3509014107800001"


def test_place_and_date_in_one_cell() -> None:
    assert split_place_date("Jember, 12-05-1980", TODAY) == ("Jember", MAY_12)
    assert split_place_date("Kota Jambi 12 Mei 1980", TODAY) == ("Kota Jambi", MAY_12)


@pytest.mark.parametrize(
    ("header", "field"),
    [("NIK", "nik"), ("nik", "nik"), ("N I K", "nik"), ("No. NIK", "nik"), ("NIK Ayah", None),
     ("NIK Ibu", None), ("ayah_nik", None), ("ibu_nik", None), ("No. KK", "kk"),
     ("Nomor KK", "kk"), ("no_kk", "kk"), ("Nama Ibu (Kandung)", "mother_name"),
     ("nama_ibu", "mother_name"), ("Ibu", "mother_name"), ("L/P", "sex"), ("JK", "sex"),
     ("Tgl. Lahir", "birth_date"), ("Tanggal Lahir (dd-mm-yyyy)", "birth_date"),
     ("tanggallahir", "birth_date"), ("No HP / WA", "phone"), ("Telepon", "phone"),
     ("Sumber Dana", "funding"), ("Desil", "desil"), ("status_dasar", "opensid_status"),
     ("Nama Lengkap", "name"), ("Alamat / Dusun", None), ("Dusun", "dusun")],
)  # fmt: skip
def test_header_words(header, field) -> None:
    assert field_of(header) == field


def test_header_row_is_the_one_with_the_most_known_words() -> None:
    rows = [["Daftar NIK peserta"], [], ["NIK", "Catatan"], ["No", "NIK", "Nama", "JK"], ["1"]]
    match = detect_header(rows)
    assert match is not None and match.header_row == 4 and match.columns["name"] == 2


def test_csv_delimiters() -> None:
    assert sniff_delimiter("NIK;Nama;Alamat\n1;Budi;Jl. A, No 3\n") == ";"
    assert sniff_delimiter("NIK,Nama\n1,Budi\n") == ","
    assert sniff_delimiter("NIK\tNama\n1\tBudi\n") == "\t"


def test_csv_in_windows_encoding_with_semicolons(village, tmp_path, rng) -> None:
    store, admin = village
    p = person(rng)
    text = (
        "NIK;Nama;L/P;Tgl Lahir;Pekerjaan;Keterangan\n"
        f"{p['nik']};{p['name']};{p['sex']};{p['birth']:%d/%m/%Y};petani;"
        "Ibu kost \u00e9 caf\u00e9\n"
    )
    path = tmp_path / "daftar.csv"
    path.write_bytes(text.encode("cp1252"))
    report = import_file(store, admin, path)
    assert report.imported == 1, report.summary()
    with store.session() as session:
        stored = session.exec(select(Candidate)).one()
    assert stored.notes == "Ibu kost \u00e9 caf\u00e9" and stored.birth_date == p["birth"]


def test_csv_utf8_with_bom_and_commas(village, tmp_path, rng) -> None:
    store, admin = village
    p = person(rng)
    path = tmp_path / "daftar.csv"
    path.write_text(
        f"NIK,Nama,JK,Tanggal Lahir,Pekerjaan\n{p['nik']},{p['name']},{p['sex']},"
        f"{p['birth'].isoformat()},nelayan\n",
        encoding="utf-8-sig",
    )
    assert import_file(store, admin, path).imported == 1


def _ods(path, rows):
    """A minimal OpenDocument spreadsheet, as LibreOffice saves it (strings only)."""

    def cell(value: str) -> str:
        return (
            '<table:table-cell office:value-type="string"><text:p>'
            f"{value}</text:p></table:table-cell>"
        )

    body = "".join(
        "<table:table-row>" + "".join(cell(v) for v in row) + "</table:table-row>" for row in rows
    )
    content = (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"'
        ' xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"'
        ' xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2">'
        '<office:body><office:spreadsheet><table:table table:name="Daftar">'
        f"{body}</table:table></office:spreadsheet></office:body></office:document-content>"
    )
    manifest = (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"'
        ' manifest:version="1.2"><manifest:file-entry manifest:full-path="/"'
        ' manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/>'
        '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
        "</manifest:manifest>"
    )
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet",
                   compress_type=zipfile.ZIP_STORED)  # fmt: skip
        z.writestr("content.xml", content)
        z.writestr("META-INF/manifest.xml", manifest)
    return path


def test_ods_from_libreoffice(village, tmp_path, rng) -> None:
    store, admin = village
    p = person(rng)
    rows = [
        ["Judul daftar"],
        ["NIK", "Nama", "JK", "Tanggal Lahir", "Pekerjaan"],
        [p["nik"], p["name"], p["sex"], f"{p['birth']:%d-%m-%Y}", "ojek"],
    ]
    path = _ods(tmp_path / "daftar.ods", rows)
    with open_book(path) as book:
        assert book.kind == "ods" and book.sheet_names == ["Daftar"]
    report = import_file(store, admin, path)
    assert (report.imported, report.header_row) == (1, 2), report.summary()
