"""Indonesian region codes (Kepmendagri 2025): lookup, hierarchy, search.

Codes look like ``PP.RR.KK.VVVV`` (province, regency/city, district, village). Nothing is read at
import: the first lookup reads ``resources/wilayah_kepmendagri_2025.csv`` once into a dict
(code -> name); the sorted code list, the name-search rows and the historical district codes
(``kecamatan_all_years.csv``) are each built only when first needed.
"""

from __future__ import annotations

import heapq
import re
import threading
from bisect import bisect_left
from dataclasses import dataclass
from functools import lru_cache

from lingkaran_desktop.domain.findings import Finding, error
from lingkaran_desktop.domain.messages import register
from lingkaran_desktop.resources import resource_path

REGIONS_FILE = "wilayah_kepmendagri_2025.csv"
HISTORICAL_DISTRICTS_FILE = "kecamatan_all_years.csv"

LEVEL_NAMES = {1: "provinsi", 2: "kabupaten/kota", 3: "kecamatan", 4: "desa/kelurahan"}
_SEGMENTS = (2, 2, 2, 4)
_CODE_RE = re.compile(r"\d{2}(?:\.\d{2}(?:\.\d{2}(?:\.\d{4})?)?)?", re.ASCII)
_FULL_PREFIX = {
    "provinsi": "Provinsi",
    "kabupaten": "Kabupaten",
    "kota": "Kota",
    "kecamatan": "Kecamatan",
    "kelurahan": "Kelurahan",
    "desa": "Desa",
}
_SHORT_PREFIX = {"provinsi": "Prov.", "kabupaten": "Kab.", "kota": "Kota", "kecamatan": "Kec."}

register(
    "REGION_EMPTY",
    "Kode wilayah belum diisi. Isi kode wilayah, misalnya 35.09.01.2001.",
    "The region code is empty. Enter a region code, e.g. 35.09.01.2001.",
)
register(
    "REGION_UNKNOWN",
    "Kode wilayah {region_code} tidak ada dalam daftar wilayah Kemendagri 2025. "
    "Periksa kembali kodenya, atau cari dengan: lingkaran region search NAMA.",
    "Region code {region_code} is not in the 2025 Ministry of Home Affairs list. "
    "Check the code, or look it up with: lingkaran region search NAME.",
)
register(
    "REGION_WRONG_LEVEL",
    "Kode {region_code} adalah kode {actual}, padahal yang diminta kode {expected}. "
    "Pilih wilayah pada tingkat yang benar.",
    "Code {region_code} is a {actual} code, but a {expected} code is needed. "
    "Pick a region at the right level.",
)


@dataclass(frozen=True)
class Region:
    code: str
    name: str
    level: int
    kind: str

    def full_name(self) -> str:
        """The name with its kind, e.g. "Desa Padomasan", "Kabupaten Jember", "Kota Jambi"."""
        return _with_prefix(self.name, _FULL_PREFIX[self.kind])

    def label(self) -> str:
        """Name with its parents: "Desa Padomasan, Kec. Jombang, Kab. Jember, Prov. Jawa Timur"."""
        parts = [self.full_name()]
        parent = parent_of(self.code)
        while parent is not None:
            parts.append(_with_prefix(parent.name, _SHORT_PREFIX[parent.kind]))
            parent = parent_of(parent.code)
        return ", ".join(parts)


def _with_prefix(name: str, prefix: str) -> str:
    short_to_long = {"Kab.": "Kabupaten", "Prov.": "Provinsi", "Kec.": "Kecamatan"}
    for kind_word in {prefix, short_to_long.get(prefix, prefix)}:
        if name.startswith(kind_word + " "):
            name = name[len(kind_word) + 1 :]
    if prefix in ("Desa", "Kelurahan") and name.startswith(("Desa ", "Kelurahan ")):
        return name  # e.g. "Desa Adat Yoboi" already says what it is
    return f"{prefix} {name}"


# --- lazy data -------------------------------------------------------------------------------

_lock = threading.Lock()
_loaded = False  # True once the main region file has been read
_names: dict[str, str] = {}
_sorted_codes: list[str] | None = None
_search_rows: list[tuple[str, str, str]] | None = None  # (context text, own text, code)
_historical: dict[str, str] | None = None


def _index() -> dict[str, str]:
    global _loaded
    if not _loaded:
        with _lock:
            if not _loaded:
                text = resource_path(REGIONS_FILE).read_text(encoding="utf-8-sig")
                names = dict(line.split(",", 1) for line in text.splitlines()[1:] if line)
                for code, name in names.items():
                    if name.startswith('"'):
                        names[code] = name[1:-1].replace('""', '"')
                _names.update(names)
                _loaded = True
    return _names


def _codes_sorted() -> list[str]:
    global _sorted_codes
    if _sorted_codes is None:
        _sorted_codes = sorted(_index())
    return _sorted_codes


def _historical_districts() -> dict[str, str]:
    """District codes seen in 2018–2025 lists that are no longer current: code -> name."""
    global _historical
    if _historical is None:
        current = _index()
        text = resource_path(HISTORICAL_DISTRICTS_FILE).read_text(encoding="utf-8-sig")
        hist: dict[str, str] = {}
        for line in text.splitlines()[1:]:
            code, _, rest = line.partition(",")
            name = rest.rsplit(",", 2)[0]
            if code and code not in current:
                hist[code] = name
        _historical = hist
    return _historical


# --- codes -----------------------------------------------------------------------------------


def normalize_region_code(code: object) -> str | None:
    """``"3509"``/``"35.09"`` -> ``"35.09"``; ``None`` if it is not shaped like a region code."""
    if code is None:
        return None
    return _normalize_text(str(code))


@lru_cache(maxsize=4096)  # a list holds few distinct codes; the importer asks ~6 times a row
def _normalize_text(code: str) -> str | None:
    text = re.sub(r"\s+", "", code)
    if "." not in text:
        if not (text.isascii() and text.isdigit()) or len(text) not in (2, 4, 6, 10):
            return None
        text = _dotted(text)
    return text if _CODE_RE.fullmatch(text) else None


def _dotted(digits: str) -> str:
    """Put the dots into a (possibly partial) run of digits: "35090" -> "35.09.0"."""
    parts, pos = [], 0
    for width in _SEGMENTS:
        if pos >= len(digits):
            break
        parts.append(digits[pos : pos + width])
        pos += width
    return ".".join(parts) + digits[pos:]


def _kind(code: str) -> str:
    level = code.count(".") + 1
    if level == 1:
        return "provinsi"
    if level == 2:
        return "kota" if int(code[3:5]) >= 71 else "kabupaten"
    if level == 3:
        return "kecamatan"
    return "kelurahan" if code[9] == "1" else "desa"


def _region(code: str, name: str) -> Region:
    return Region(code, name, code.count(".") + 1, _kind(code))


# --- public API ------------------------------------------------------------------------------


def get_region(code: object) -> Region | None:
    norm = normalize_region_code(code)
    return None if norm is None else _region_of(norm)


@lru_cache(maxsize=4096)
def _region_of(norm: str) -> Region | None:
    name = _index().get(norm)
    return None if name is None else _region(norm, name)


@lru_cache(maxsize=256)
def province_exists(pp: str) -> bool:
    norm = normalize_region_code(pp)
    return norm is not None and len(norm) == 2 and norm in _index()


@lru_cache(maxsize=8192)  # the region data never changes while the program runs
def district_name(code: str, include_historical: bool = True) -> tuple[str, bool] | None:
    """(name, is_current) of a district (kecamatan) code, e.g. "350901" -> ("Jombang", True).

    Old codes (a NIK keeps the district of first issue) come back with ``is_current`` False.
    """
    norm = normalize_region_code(code)
    if norm is None or norm.count(".") != 2:
        return None
    name = _index().get(norm)
    if name is not None:
        return name, True
    if include_historical:
        old = _historical_districts().get(norm)
        if old is not None:
            return old, False
    return None


def parent_of(code: str) -> Region | None:
    norm = normalize_region_code(code)
    if norm is None or "." not in norm:
        return None
    return get_region(norm.rsplit(".", 1)[0])


def children_of(code: str | None = None) -> list[Region]:
    """Direct children sorted by code; no code (or "") gives the provinces."""
    names = _index()
    codes = _codes_sorted()
    if not code:
        return [_region(c, names[c]) for c in codes if len(c) == 2]
    norm = normalize_region_code(code)
    if norm is None:
        return []
    prefix, level = norm + ".", norm.count(".") + 2
    out = []
    for c in codes[bisect_left(codes, prefix) :]:
        if not c.startswith(prefix):
            break
        if c.count(".") + 1 == level:
            out.append(_region(c, names[c]))
    return out


def region_count() -> int:
    return len(_index())


def search_regions(text: str, limit: int = 20, level: int | None = None) -> list[Region]:
    """Regions whose code starts with ``text``, or whose name (with its parents' names) contains
    every word of ``text`` (case-insensitive). Best first: own-name matches, higher levels."""
    query = (text or "").strip()
    if not query or limit <= 0:
        return []
    compact = re.sub(r"[\s.]", "", query)
    if compact.isascii() and compact.isdigit():
        return _search_code_prefix(_dotted(compact), limit, level)
    return _search_names(query, limit, level)


def _search_code_prefix(prefix: str, limit: int, level: int | None) -> list[Region]:
    names, codes = _index(), _codes_sorted()
    out: list[Region] = []
    for c in codes[bisect_left(codes, prefix) :]:
        if not c.startswith(prefix) or len(out) >= limit:
            break
        if level is None or c.count(".") + 1 == level:
            out.append(_region(c, names[c]))
    return out


def _rows() -> list[tuple[str, str, str]]:
    global _search_rows
    if _search_rows is None:
        names = _index()
        context: dict[str, str] = {}
        rows = []
        for code in _codes_sorted():  # parents sort before their children
            own = f"{_FULL_PREFIX[_kind(code)]} {names[code]}".casefold()
            parent = code.rpartition(".")[0]
            ctx = f"{own} | {context[parent]}" if parent else own
            context[code] = ctx
            rows.append((ctx, own, code))
        _search_rows = rows
    return _search_rows


_KIND_WORDS = frozenset(w.casefold() for w in _FULL_PREFIX.values())


def _search_names(query: str, limit: int, level: int | None) -> list[Region]:
    words = re.findall(r"\w+", query.casefold())
    if not words:
        return []
    bare = " ".join(words)
    hits = []
    for ctx, own, code in _rows():
        if all(w in ctx for w in words):
            lvl = code.count(".") + 1
            if level is not None and lvl != level:
                continue
            name = _names[code].casefold()
            first, _, rest = name.partition(" ")
            if bare in (name, own) or (first in _KIND_WORDS and bare == rest):
                rank = 0  # the region's own name, e.g. "jember" -> Kabupaten Jember
            elif all(w in own for w in words):
                rank = 1
            else:
                rank = 2  # matched through a parent's name
            hits.append((rank, lvl, code))
    return [_region(c, _names[c]) for _, _, c in heapq.nsmallest(limit, hits)]


def check_region(code: object, level: int | None = None, field: str | None = None) -> list[Finding]:
    """Errors for a region code that is empty, not in the 2025 list, or at the wrong level."""
    if code is None or not str(code).strip():
        return [error("REGION_EMPTY", field)]
    region = get_region(code)
    if region is None:
        return [error("REGION_UNKNOWN", field, region_code=str(code).strip())]
    if level is not None and region.level != level:
        return [
            error(
                "REGION_WRONG_LEVEL",
                field,
                region_code=region.code,
                actual=LEVEL_NAMES[region.level],
                expected=LEVEL_NAMES[level],
            )
        ]
    return []
