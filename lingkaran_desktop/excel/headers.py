"""Finding the header row and which column holds what.

Header words are compared with case, spaces, punctuation and anything in brackets removed, so
``No. KK``, ``NO KK`` and ``Nomor KK`` all match, and ``Tanggal Lahir (dd-mm-yyyy)`` is
``tanggallahir``. The candidate's NIK is only a column headed NIK (or a plain variant such as
``No. NIK``) — never ``NIK Ayah``, ``NIK Ibu``, ``ayah_nik`` or ``ibu_nik``, which name a parent.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

# fmt: off
ALIASES: dict[str, frozenset[str]] = {
    "nik": frozenset({"nik", "nonik", "nomornik", "nikktp", "noktp", "nomorktp", "nikpeserta",
                      "nomorindukkependudukan", "niknomorindukkependudukan"}),
    "kk": frozenset({"nokk", "nomorkk", "kk", "nokartukeluarga", "nomorkartukeluarga",
                     "nomerkk", "nokk16digit"}),
    "name": frozenset({"nama", "namalengkap", "namapenduduk", "namapeserta", "namacalonpeserta",
                       "namapekerja", "namasesuaiktp", "namatenagakerja", "namaanggota"}),
    "sex": frozenset({"jeniskelamin", "jk", "lp", "kelamin", "sex", "jnskelamin", "jenkel",
                      "gender", "jeniskel", "jnskel", "jkel"}),
    "birth_place": frozenset({"tempatlahir", "tmptlahir", "tmplahir", "tempatlhr", "tptlahir",
                              "tmptlhr"}),
    "birth_date": frozenset({"tanggallahir", "tgllahir", "tgllhr", "tanggallhr",
                             "tglahir"}),
    "birth_place_date": frozenset({"tempattanggallahir", "tempattgllahir", "ttl", "tempattgllhr",
                                   "tempatdantanggallahir", "tempatlahirtanggallahir",
                                   "tempatlahirtgllahir", "tmptgllahir", "tmpttgllahir"}),
    "mother_name": frozenset({"namaibu", "namaibukandung", "ibukandung", "ibu"}),
    "address": frozenset({"alamat", "alamatlengkap", "alamatrumah", "jalan"}),
    "dusun": frozenset({"dusun", "dusunlingkungan", "lingkungan", "dukuh", "banjar", "jorong"}),
    "rt": frozenset({"rt", "nort"}),
    "rw": frozenset({"rw", "norw"}),
    "rt_rw": frozenset({"rtrw"}),
    "phone": frozenset({"nohp", "nomorhp", "hp", "telepon", "telp", "notelp", "notelepon",
                        "nomortelepon", "notlp", "nohandphone", "nomorhandphone", "nowa",
                        "nomorwa", "whatsapp", "nohpwa", "teleponhp", "notelphp", "kontak"}),
    "occupation": frozenset({"pekerjaan", "jenispekerjaan", "pekerjaanutama", "profesi",
                             "kodepekerjaan", "matapencaharian"}),
    "income": frozenset({"penghasilan", "pendapatan", "penghasilanperbulan",
                         "pendapatanperbulan", "penghasilanbulanan", "upah", "upahperbulan"}),
    "desil": frozenset({"desil", "desildtsen", "desilkesejahteraan"}),
    "funding": frozenset({"sumberdana", "sumberpendanaan", "asaldana", "sumberanggaran"}),
    "proposed_by": frozenset({"diusulkanoleh", "pengusul", "usulandari", "diusulkan"}),
    "notes": frozenset({"keterangan", "catatan", "ket"}),
    "village_code": frozenset({"kodedesa", "kodewilayah", "kodedesakelurahan", "kodekelurahan"}),
    # who is alive: SIAK's Status (Hidup/Mati/Pindah/...), OpenSID's status_dasar (1 = alive)
    "siak_status": frozenset({"status", "statuspenduduk", "statushidup"}),
    "opensid_status": frozenset({"statusdasar"}),
    # warning codes written by this app's export and error workbook, brought back on import
    "warning_codes": frozenset({"kodeperingatan"}),
}
# fmt: on
FIELDS = tuple(ALIASES)
_BY_KEY = {alias: name for name, aliases in ALIASES.items() for alias in aliases}
# Second header row under a merged parent: "Tempat/Tgl Lahir" over "Tempat" | "Tanggal",
# "Jenis Kelamin" over "L" | "P".
_SUB_HEADERS: dict[str, dict[str, str]] = {
    "birth_place_date": {"tempat": "birth_place", "tempatlahir": "birth_place",
                         "tanggal": "birth_date", "tgl": "birth_date",
                         "tanggallahir": "birth_date", "tgllahir": "birth_date"},
    "sex": {"l": "sex_l", "lk": "sex_l", "laki": "sex_l", "lakilaki": "sex_l",
            "p": "sex_p", "pr": "sex_p", "perempuan": "sex_p"},
}  # fmt: skip
SCAN_ROWS = 30
_BRACKETS = re.compile(r"\([^)]*\)|\[[^\]]*\]")
_NON_ALNUM = re.compile(r"[\W_]+")


def header_key(value: Any) -> str:
    if value is None or not isinstance(value, str):
        return ""
    return _NON_ALNUM.sub("", _BRACKETS.sub("", value).casefold())


def field_of(value: Any) -> str | None:
    return _BY_KEY.get(header_key(value))


@dataclass
class HeaderMatch:
    """Where the list starts and which column (0-based) holds which field."""

    row_index: int  # 0-based index of the header row; Excel shows it as row_index + 1
    data_start: int  # 0-based index of the first data row
    columns: dict[str, int] = field(default_factory=dict)
    headers: list[str] = field(default_factory=list)  # the header text of every column

    @property
    def score(self) -> int:
        return len(self.columns)

    @property
    def header_row(self) -> int:
        return self.row_index + 1


def _match_row(row: list[Any]) -> dict[str, int]:
    columns: dict[str, int] = {}
    for index, value in enumerate(row):
        name = field_of(value)
        if name is not None and name not in columns:
            columns[name] = index
    return columns


def _is_numbering_row(row: list[Any]) -> bool:
    """The "(1) (2) (3) ..." row some templates put under the header."""
    numbers = []
    for value in row:
        text = str(value).strip().strip("()") if value not in (None, "") else ""
        if not text:
            continue
        try:
            numbers.append(float(text))
        except ValueError:
            return False
    return len(numbers) >= 3 and numbers == sorted(numbers) and numbers[0] in (0.0, 1.0)


def detect_header(rows: list[list[Any]], scan: int = SCAN_ROWS) -> HeaderMatch | None:
    """The row with the most known header words among the first ``scan`` rows that has a NIK
    column; ``None`` when no row has one."""
    best: HeaderMatch | None = None
    for index, row in enumerate(rows[:scan]):
        columns = _match_row(row)
        if "nik" not in columns:
            continue
        if best is None or len(columns) > best.score:
            best = HeaderMatch(index, index + 1, columns)
    if best is None:
        return None
    header = rows[best.row_index]
    best.headers = [str(v).strip() if v not in (None, "") else "" for v in header]
    _apply_sub_header(rows, best)
    if best.data_start < len(rows) and _is_numbering_row(rows[best.data_start]):
        best.data_start += 1
    return best


def _apply_sub_header(rows: list[list[Any]], match: HeaderMatch) -> None:
    if match.row_index + 1 >= len(rows):
        return
    sub = rows[match.row_index + 1]
    header = rows[match.row_index]
    found = False
    spans: dict[str, int] = {}
    for value in header:
        parent = field_of(value)
        if parent is not None:
            spans[parent] = spans.get(parent, 0) + 1
    for index, value in enumerate(sub):
        key = header_key(value)
        if not key:
            continue
        parent = field_of(header[index]) if index < len(header) else None
        if parent not in _SUB_HEADERS or spans.get(parent, 0) < 2:
            continue  # only under a parent merged across its children
        child = _SUB_HEADERS[parent].get(key)
        if child is not None and child not in match.columns:
            match.columns[child] = index
            match.headers[index] = f"{match.headers[index]} {value}".strip()
            found = True
    if found:
        for parent in _SUB_HEADERS:
            # the merged parent column is now described by its children
            if parent in match.columns and any(
                match.columns.get(c) == match.columns[parent] for c in _SUB_HEADERS[parent].values()
            ):
                del match.columns[parent]
        match.data_start = match.row_index + 2
