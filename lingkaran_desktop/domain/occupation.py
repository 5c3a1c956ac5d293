"""BPU occupation codes (``P001``…``P999``) and mapping officers' free text to a code.

The list is data (``resources/bpu_occupations.csv``), read on first use: BPJS publishes no
official list, so a district may update the file.
"""

from __future__ import annotations

import csv
import functools
import re
from dataclasses import dataclass, field

from lingkaran_desktop.domain.findings import Finding, error, warning
from lingkaran_desktop.domain.messages import register
from lingkaran_desktop.resources import resource_path

OCCUPATIONS_FILE = "bpu_occupations.csv"
OTHER_CODE = "P999"

register(
    "OCCUPATION_EMPTY",
    "Pekerjaan belum diisi. Isi pekerjaan atau pilih kode pekerjaan BPU dari daftar.",
    "The occupation is empty. Enter the occupation or pick a BPU occupation code from the list.",
)
register(
    "OCCUPATION_GUESSED",
    'Pekerjaan "{text}" dipetakan ke {occupation_code} {occupation_name}. Ini tebakan; '
    "verifikator mohon periksa dan ganti kodenya bila kurang tepat.",
    'Occupation "{text}" was mapped to {occupation_code} {occupation_name}. This is a guess; '
    "verifier, please check and change the code if it is not right.",
)
register(
    "OCCUPATION_UNKNOWN",
    'Pekerjaan "{text}" tidak ditemukan di daftar, jadi diisi P999 LAIN-LAIN. '
    "Pilih kode yang lebih tepat bila ada.",
    'Occupation "{text}" is not in the list, so P999 LAIN-LAIN (other) was used. '
    "Pick a better code if there is one.",
)
register(
    "OCCUPATION_CODE_UNKNOWN",
    'Kode pekerjaan "{given}" tidak ada dalam daftar pekerjaan BPU. Pilih kode dari daftar.',
    'Occupation code "{given}" is not in the BPU occupation list. Pick a code from the list.',
)


@dataclass(frozen=True)
class Occupation:
    code: str
    name: str


@dataclass
class OccupationMatch:
    occupation: Occupation | None  # None only when the text was empty
    exact: bool
    findings: list[Finding] = field(default_factory=list)


# How officers write occupations -> code. Longer phrases win over shorter ones.
# fmt: off
SYNONYMS: dict[str, str] = {
    # farming
    "petani": "P001", "tani": "P001", "pekebun": "P001", "berkebun": "P001", "bertani": "P001",
    "petani tembakau": "P001", "petani padi": "P001", "petani sawah": "P001",
    "pekebun kopi": "P001", "petani hortikultura": "P001",
    "peternak": "P002", "ternak": "P002", "peternak sapi": "P002", "peternak kambing": "P002",
    "nelayan": "P003", "pembudidaya ikan": "P003", "tambak": "P003", "petambak": "P003",
    "buruh tani": "P006", "buruh tani tembakau": "P006", "buruh tembakau": "P006",
    "buruh kebun": "P006", "buruh perkebunan": "P006", "buruh sawah": "P006",
    "buruh petik": "P006", "buruh tanam": "P006", "petani penggarap": "P006",
    "buruh nelayan": "P007", "abk": "P007", "anak buah kapal": "P007", "pandega": "P007",
    "buruh ternak": "P008", "pengembala": "P008", "penggembala": "P008",
    # daily labour and trades
    "buruh": "P005", "buruh harian": "P005", "buruh harian lepas": "P005", "bhl": "P005",
    "buruh lepas": "P005", "serabutan": "P005", "buruh serabutan": "P005", "kuli": "P005",
    "kuli bangunan": "P005", "buruh bangunan": "P005", "tukang": "P005", "kenek": "P005",
    "pekerja harian": "P005",
    "kuli angkut": "P066", "kuli panggul": "P066", "buruh angkut": "P066", "porter": "P066",
    "bongkar muat": "P066", "buruh pasar": "P066",
    "prt": "P009", "art": "P009", "asisten rumah tangga": "P009", "pembantu": "P009",
    "tukang cukur": "P010", "pangkas rambut": "P010", "barber": "P010",
    "penjahit": "P016", "montir": "P021", "bengkel": "P021", "dukun bayi": "P024",
    "pijat": "P063", "tukang urut": "P063", "dukun pijat": "P063",
    "pengrajin": "P052", "perajin": "P052", "wiraswasta": "P052", "usaha": "P052",
    "wirausaha": "P052", "umkm": "P052",
    # transport
    "ojek": "P004", "tukang ojek": "P004", "ojol": "P004", "ojek online": "P004",
    "ojek pangkalan": "P004", "becak": "P004", "tukang becak": "P004", "kusir": "P004",
    "delman": "P004", "maxim": "P004",
    "sopir": "P047", "supir": "P047", "driver": "P047", "sopir angkot": "P047",
    "gojek": "P053", "grab": "P054", "shopee": "P093", "lalamove": "P095",
    "indriver": "P113", "kurir": "P114",
    # religious and social workers
    "guru ngaji": "P031", "ustad": "P031", "ustadz": "P031", "ustadzah": "P031",
    "ustaz": "P031", "ustazah": "P031", "guru tpq": "P031", "guru tpa": "P031",
    "guru madin": "P031", "guru diniyah": "P031", "mubaligh": "P031", "dai": "P031",
    "kyai": "P031", "kiai": "P031", "pengajar ngaji": "P031",
    "marbot": "P070", "merbot": "P070", "takmir": "P070", "ta mir": "P070",
    "marbot masjid": "P070", "penjaga masjid": "P070", "marbot musholla": "P070",
    "imam masjid": "P027", "imam mesjid": "P027", "imam musholla": "P027",
    "imam mushola": "P027", "imam": "P027",
    "relawan": "P067", "tagana": "P067", "pendamping desa": "P065",
    "honorer": "P058", "tenaga honorer": "P058",
    # trade and street work
    "pedagang": "P050", "dagang": "P050", "berdagang": "P050", "penjual": "P050",
    "jualan": "P050", "berjualan": "P050", "pkl": "P050", "pedagang kaki lima": "P050",
    "pedagang keliling": "P050", "pedagang sayur": "P050", "asongan": "P050",
    "warung": "P050", "bakul": "P050",
    "jukir": "P062", "tukang parkir": "P062", "parkir": "P062",
    "pemulung": "P069", "tukang sampah": "P068", "petugas kebersihan": "P068",
    "penyapu jalan": "P068",
    # not an occupation BPU covers: say so instead of guessing
    "ibu rumah tangga": OTHER_CODE, "irt": OTHER_CODE, "mengurus rumah tangga": OTHER_CODE,
    "pelajar": OTHER_CODE, "belum bekerja": OTHER_CODE, "tidak bekerja": OTHER_CODE,
    "pensiunan": OTHER_CODE,
}
# fmt: on

# Words too common in the list's names to say anything on their own.
_STOPWORDS = frozenset(
    {
        "dan",
        "di",
        "yang",
        "lain",
        "mitra",
        "selain",
        "dalam",
        "proses",
        "desa",
        "rumah",
        "tangga",
        "tenaga",
        "peserta",
        "kerja",
        "praktek",
        "medik",
        "teknis",
    }
)

_by_code: dict[str, Occupation] | None = None
_by_name: dict[str, Occupation] = {}


def _load() -> dict[str, Occupation]:
    global _by_code
    if _by_code is None:
        with resource_path(OCCUPATIONS_FILE).open(encoding="utf-8-sig", newline="") as f:
            rows = [Occupation(r["kode"].strip(), r["nama"].strip()) for r in csv.DictReader(f)]
        for occ in rows:  # the full name and each part between slashes count as exact
            for name in (occ.name, *occ.name.split("/")):
                _by_name.setdefault(_words_key(name), occ)
        _by_code = {occ.code: occ for occ in rows}
    return _by_code


def _words(text: str) -> list[str]:
    words = re.findall(r"[a-z0-9]+", text.casefold().replace("'", " "))
    return ["mesjid" if w == "masjid" else w for w in words]  # the list spells it "mesjid"


def _words_key(text: str) -> str:
    return " ".join(_words(text))


def normalize_occupation_code(code: object) -> str | None:
    """ "p1", "P001", "1", "001" -> "P001"; None if it does not look like a code."""
    match = re.fullmatch(r"[Pp]?\s*0*(\d{1,3})", str(code).strip()) if code is not None else None
    return f"P{int(match.group(1)):03d}" if match else None


def occupation_by_code(code: object) -> Occupation | None:
    norm = normalize_occupation_code(code)
    return None if norm is None else _load().get(norm)


def all_occupations() -> list[Occupation]:
    return sorted(_load().values(), key=lambda o: o.code)


def map_occupation(text: object) -> OccupationMatch:
    """Map free text to a code: exact code or name -> exact; a synonym or shared words -> a
    guess (warning); nothing -> P999 LAIN-LAIN (warning); empty -> error."""
    return _map_text("" if text is None else str(text).strip())


@functools.lru_cache(maxsize=4096)  # a list repeats the same few dozen texts; results are shared
def _map_text(raw: str) -> OccupationMatch:
    if not raw:
        return OccupationMatch(None, False, [error("OCCUPATION_EMPTY", "occupation")])
    by_code = _load()
    code_part = re.match(r"\s*([Pp]\s*\d{1,3})\b", raw)
    if normalize_occupation_code(raw) or code_part:
        occ = occupation_by_code(code_part.group(1) if code_part else raw)
        if occ is not None:
            return OccupationMatch(occ, True)
    words = _words(raw)
    exact = _by_name.get(" ".join(words))
    if exact is not None:
        return OccupationMatch(exact, True)
    code = _guess(tuple(words))
    if code is None or code == OTHER_CODE:
        other = by_code[OTHER_CODE]
        unknown = warning("OCCUPATION_UNKNOWN", "occupation", text=raw[:40])
        return OccupationMatch(other, False, [unknown])
    occ = by_code[code]
    guessed = warning(
        "OCCUPATION_GUESSED",
        "occupation",
        text=raw[:40],
        occupation_code=occ.code,
        occupation_name=occ.name,
    )
    return OccupationMatch(occ, False, [guessed])


@functools.lru_cache(maxsize=4096)
def _guess(words: tuple[str, ...]) -> str | None:
    """The code whose synonym phrase or name shares the most words with the text.

    Cached: a district list repeats the same few dozen occupation texts thousands of times.
    """
    best: tuple[int, int, str] | None = None  # (matched words, synonym beats name, code)
    text = f" {' '.join(words)} "
    for phrase, code in SYNONYMS.items():
        if f" {phrase} " in text:
            cand = (len(phrase.split()), 1, code)
            best = cand if best is None or cand[:2] > best[:2] else best
    significant = {w for w in words if len(w) >= 3 and w not in _STOPWORDS}
    for occ in all_occupations():
        if occ.code == OTHER_CODE:
            continue
        overlap = len(significant & set(_words(occ.name)))
        if overlap and (best is None or (overlap, 0) > best[:2]):
            best = (overlap, 0, occ.code)
    return best[2] if best else None


def check_occupation_code(code: object) -> list[Finding]:
    if code is None or not str(code).strip():
        return [error("OCCUPATION_EMPTY", "occupation")]
    if occupation_by_code(code) is None:
        return [error("OCCUPATION_CODE_UNKNOWN", "occupation", given=str(code).strip()[:20])]
    return []
