"""Files that cannot be imported: a clear Indonesian message, and the database unchanged."""

from __future__ import annotations

import zipfile

import pytest
from openpyxl import Workbook
from sqlalchemy import func
from sqlmodel import select

from lingkaran_desktop.domain.findings import DomainError
from lingkaran_desktop.services.audit import event_count
from lingkaran_desktop.services.spreadsheet_import import import_file, preview
from lingkaran_desktop.store.models import Candidate
from tests.excel.sheet_factory import person, save


def _counts(store) -> tuple[int, int]:
    with store.session() as session:
        candidates = session.exec(select(func.count()).select_from(Candidate)).one()
        return candidates, event_count(session)


def _good_workbook(path, rng):
    wb = Workbook()
    wb.active.append(["NIK", "Nama", "JK", "Tanggal Lahir", "Pekerjaan"])
    for _ in range(5):
        p = person(rng)
        wb.active.append([p["nik"], p["name"], p["sex"], p["birth"], "petani"])
    return save(wb, path)


def _text_renamed(tmp_path, _rng):
    path = tmp_path / "daftar.xlsx"
    path.write_text("NIK;Nama\n3509010101800001;Budi\n", encoding="utf-8")
    return path


def _truncated(tmp_path, rng):
    good = _good_workbook(tmp_path / "utuh.xlsx", rng)
    data = good.read_bytes()
    path = tmp_path / "terpotong.xlsx"
    path.write_bytes(data[: len(data) // 2])
    return path


def _empty_workbook(tmp_path, _rng):
    return save(Workbook(), tmp_path / "kosong.xlsx")


def _no_nik_column(tmp_path, rng):
    wb = Workbook()
    wb.active.append(["Nama", "NIK Ayah", "NIK Ibu", "Tanggal Lahir"])
    p = person(rng)
    wb.active.append([p["name"], p["nik"], p["nik"], p["birth"]])
    return save(wb, tmp_path / "tanpa-nik.xlsx")


def _zero_bytes(tmp_path, _rng):
    path = tmp_path / "nol.xlsx"
    path.write_bytes(b"")
    return path


def _password(tmp_path, _rng):
    # What Excel writes for "Encrypt with Password": an OLE container with EncryptionInfo.
    path = tmp_path / "terkunci.xlsx"
    path.write_bytes(
        b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 504 + "EncryptionInfo".encode("utf-16-le")
    )
    return path


def _zip_not_excel(tmp_path, _rng):
    path = tmp_path / "arsip.xlsx"
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("foto.txt", "bukan excel")
    return path


def _wrong_type(tmp_path, _rng):
    path = tmp_path / "daftar.docx"
    path.write_bytes(b"PK\x03\x04")
    return path


@pytest.mark.parametrize(
    ("make", "code", "words"),
    [
        (_text_renamed, "FILE_UNREADABLE", "tidak dapat dibaca"),
        (_truncated, "FILE_UNREADABLE", "terpotong"),
        (_zip_not_excel, "FILE_UNREADABLE", "bukan berkas Excel"),
        (_empty_workbook, "NO_NIK_COLUMN", "Tidak ditemukan kolom NIK"),
        (_no_nik_column, "NO_NIK_COLUMN", "'NIK Ayah' / 'NIK Ibu' bukan NIK peserta"),
        (_zero_bytes, "FILE_EMPTY", "kosong"),
        (_password, "FILE_PASSWORD_PROTECTED", "kata sandi"),
        (_wrong_type, "FILE_TYPE_UNSUPPORTED", "bukan jenis yang bisa diimpor"),
    ],
)
def test_unreadable_file_says_why_and_changes_nothing(
    village, tmp_path, rng, make, code, words
) -> None:
    store, admin = village
    _good_workbook(tmp_path / "sudah.xlsx", rng)
    import_file(store, admin, tmp_path / "sudah.xlsx")
    before = _counts(store)
    path = make(tmp_path, rng)
    with pytest.raises(DomainError) as refused:
        import_file(store, admin, path)
    assert refused.value.code == code
    assert words in refused.value.finding.message
    assert _counts(store) == before
    with pytest.raises(DomainError):
        preview(path)


def test_missing_file_and_missing_sheet(village, tmp_path, rng) -> None:
    store, admin = village
    with pytest.raises(DomainError) as refused:
        import_file(store, admin, tmp_path / "tidak-ada.xlsx")
    assert refused.value.code == "FILE_NOT_FOUND"
    path = _good_workbook(tmp_path / "a.xlsx", rng)
    with pytest.raises(DomainError) as refused:
        import_file(store, admin, path, sheet="Lembar9")
    assert refused.value.code == "SHEET_NOT_FOUND" and "Sheet" in refused.value.finding.message


def test_a_failure_while_storing_rolls_everything_back(village, tmp_path, rng, monkeypatch) -> None:
    """A crash in the middle (here: while writing the audit events) leaves the database as it
    was: the candidates inserted before it are gone too."""
    from lingkaran_desktop.services import spreadsheet_import

    store, admin = village
    before = _counts(store)
    path = _good_workbook(tmp_path / "a.xlsx", rng)

    def crash(*_args, **_kwargs):
        raise RuntimeError("listrik padam")

    monkeypatch.setattr(spreadsheet_import, "_record_file_event", crash)
    with pytest.raises(RuntimeError):
        import_file(store, admin, path)
    assert _counts(store) == before


def test_oversized_or_inflating_sheets_are_refused_with_a_hint(village, tmp_path, monkeypatch):
    """Limits on what a file may ask of a 4 GB laptop (rows, inflated size): the officer is told
    to split the list, and nothing is saved."""
    from openpyxl import Workbook

    from lingkaran_desktop.excel import reader
    from lingkaran_desktop.services.spreadsheet_import import import_file

    store, admin = village
    wb = Workbook()
    wb.active.append(["NIK", "Nama"])
    for i in range(50):
        wb.active.append([f"35090101018{i:05d}", "Warga"])
    wb.save(tmp_path / "besar.xlsx")
    monkeypatch.setattr(reader, "MAX_ROWS", 20)
    with pytest.raises(DomainError) as exc:
        import_file(store, admin, tmp_path / "besar.xlsx")
    assert exc.value.code == "FILE_TOO_BIG" and "Bagi daftarnya" in exc.value.finding.message
    monkeypatch.setattr(reader, "MAX_ROWS", 300_000)
    monkeypatch.setattr(reader, "MAX_UNZIPPED_BYTES", 1000)  # a zip bomb, in miniature
    with pytest.raises(DomainError) as exc:
        import_file(store, admin, tmp_path / "besar.xlsx")
    assert exc.value.code == "FILE_TOO_BIG"
    from lingkaran_desktop.services.candidates import count_candidates

    assert count_candidates(store, admin) == 0


@pytest.mark.parametrize("name", ["daftar.xls", "daftar.ods", "daftar.xlsm"])
def test_a_workbook_named_as_another_kind_is_read_by_what_it_is(village, tmp_path, rng, name):
    """An .xlsx renamed (or 'saved as' by hand) .xls or .ods is still an .xlsx: read by its
    content, not refused as a damaged .xls."""
    store, admin = village
    real = _good_workbook(tmp_path / "asli.xlsx", rng)
    renamed = real.rename(tmp_path / name)
    report = import_file(store, admin, renamed)
    assert (report.imported, report.rejected) == (5, 0), report.summary()
