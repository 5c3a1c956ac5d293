"""NIK (Nomor Induk Kependudukan): normalise, parse and check a 16-digit national ID number.

Layout ``PP RR KK DDMMYY SSSS``: province, regency, district of first issue, birth date (women
have 40 added to the day) and a serial 0001–9999. See DOMAIN.md "NIK rules".
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache

from lingkaran_desktop.domain.findings import (
    Finding,
    HasFindings,
    error,
    errors_of,
    warning,
)
from lingkaran_desktop.domain.messages import register
from lingkaran_desktop.domain.regions import district_name, normalize_region_code, province_exists

NIK_LENGTH = 16
MAX_AGE = 100
MASK = "•" * 9  # as in DOMAIN.md: "3509•••••••••0001"

# Blanks that spreadsheets and copy-paste bring in: NBSP, narrow NBSP, zero-width characters.
_INVISIBLE = "\u00a0\u202f\u2007\u200b\u200c\u200d\ufeff"
_APOSTROPHES = "'\u2018\u2019`"
_SEPARATORS = re.compile(r"[\s.\-\u2010-\u2015\u2212" + _INVISIBLE + "]+")
_SCIENTIFIC = re.compile(r"[+-]?\d+(?:[.,]\d*)?[eE][+-]?\d+")
_NUMBER_TEXT = re.compile(r"(\d+)\.0+")  # a numeric cell read as text, e.g. "3509014107800001.0"

register(
    "NIK_EMPTY",
    "NIK belum diisi. Ketik 16 angka NIK sesuai KTP atau Kartu Keluarga.",
    "The NIK is empty. Type the 16-digit NIK from the KTP or family card.",
)
register(
    "NIK_NOT_DIGITS",
    "NIK hanya boleh berisi angka, tetapi ada huruf atau tanda lain. "
    "Ketik ulang NIK sesuai KTP (16 angka).",
    "A NIK may contain digits only, but this one has letters or other signs. "
    "Type the NIK again from the KTP (16 digits).",
)
register(
    "NIK_LENGTH",
    "NIK harus 16 angka, tetapi yang diisi {length} angka. Periksa kembali NIK pada KTP.",
    "A NIK has 16 digits, but this one has {length}. Check the NIK on the KTP.",
)
register(
    "NIK_PROVINCE_UNKNOWN",
    "Dua angka pertama NIK ({province}) bukan kode provinsi yang ada. "
    "Periksa kembali NIK pada KTP.",
    "The first two digits of the NIK ({province}) are not a province code. "
    "Check the NIK on the KTP.",
)
register(
    "NIK_DATE_INVALID",
    "Angka ke-7 sampai ke-12 NIK (tanggal lahir) bukan tanggal yang ada. "
    "Periksa kembali NIK pada KTP.",
    "Digits 7 to 12 of the NIK (the birth date) are not a real date. Check the NIK on the KTP.",
)
register(
    "NIK_SERIAL_ZERO",
    "Empat angka terakhir NIK tidak mungkin 0000. Periksa kembali NIK pada KTP.",
    "The last four digits of a NIK cannot be 0000. Check the NIK on the KTP.",
)
register(
    "NIK_EXCEL_DAMAGED",
    "NIK ini rusak karena Excel menyimpannya sebagai angka (angka terakhir menjadi 0 atau "
    "tampil seperti 3.50901E+15). Ubah format kolom NIK menjadi Teks (Text), lalu ketik ulang "
    "NIK sesuai KTP.",
    "This NIK was damaged because Excel stored it as a number (the last digit becomes 0, or it "
    "shows like 3.50901E+15). Format the NIK column as Text and type the NIK again from the KTP.",
)
register(
    "NIK_NUMERIC_CELL",
    "NIK ini tersimpan sebagai angka di Excel, sehingga bisa saja sudah berubah. "
    "Verifikator: cocokkan NIK dengan KTP.",
    "This NIK was stored as a number in Excel and may have been altered. "
    "Verifier: compare the NIK with the KTP.",
)
register(
    "NIK_DISTRICT_UNKNOWN",
    "Kode kecamatan di dalam NIK ({district}) tidak ada dalam daftar kecamatan lama maupun baru. "
    "Bisa jadi kode lama; verifikator mohon cocokkan NIK dengan KTP.",
    "The district code in the NIK ({district}) is in neither the current nor the old district "
    "lists. It may be an old code; verifier, please compare the NIK with the KTP.",
)
register(
    "NIK_BIRTHDATE_MISMATCH",
    "Tanggal lahir di NIK ({nik_date}) berbeda dengan tanggal lahir yang diisi ({typed_date}). "
    "Ini boleh terjadi; verifikator mohon cocokkan dengan KTP.",
    "The birth date in the NIK ({nik_date}) differs from the typed birth date ({typed_date}). "
    "This can be legitimate; verifier, please compare with the KTP.",
)
register(
    "NIK_SEX_MISMATCH",
    "Menurut NIK jenis kelaminnya {nik_sex}, tetapi yang diisi {typed_sex}. "
    "Verifikator mohon cocokkan dengan KTP.",
    "The NIK says the sex is {nik_sex}, but {typed_sex} was entered. "
    "Verifier, please compare with the KTP.",
)
register(
    "NIK_REGENCY_OTHER",
    "NIK ini diterbitkan di kabupaten/kota lain ({nik_regency}), bukan {regency}. "
    "Ini wajar bagi pendatang; verifikator mohon pastikan orangnya tinggal di sini.",
    "This NIK was issued in another regency/city ({nik_regency}), not {regency}. "
    "That is normal for people who moved; verifier, please confirm the person lives here.",
)


@dataclass(frozen=True)
class NikInfo:
    nik: str
    province_code: str
    regency_code: str
    district_code: str
    birth_date: date
    sex: str
    serial: str
    district_name: str | None
    district_is_current: bool


@dataclass
class NikResult(HasFindings):
    nik: str
    info: NikInfo | None
    findings: list[Finding] = field(default_factory=list)


def normalize_nik(raw: object) -> str:
    """Strip blanks, dots, dashes and a leading apostrophe: "'3509 0141-0780.0001" -> digits.

    Floats and scientific notation are returned as text, never turned into digits: their last
    digits cannot be trusted (see :func:`check_excel_damage`). Also used for KK numbers.
    """
    if raw is None or isinstance(raw, bool):
        return ""
    if isinstance(raw, int):
        return str(raw)
    if isinstance(raw, float):
        return repr(raw)
    text = str(raw).strip().strip(_INVISIBLE).strip()
    if _SCIENTIFIC.fullmatch(text):
        return text
    text = text.lstrip(_APOSTROPHES)
    return _SEPARATORS.sub("", text)


# A spreadsheet number is a double: whole numbers from 2**53 on are not held exactly (the
# double nearest 9100000000000003 is 9100000000000004).
EXACT_NUMBERS = 2**53


def check_excel_damage(cell_value: object) -> Finding | None:
    """NIK_EXCEL_DAMAGED when a value came from a numeric cell and ends in 0 or is too big for a
    number cell to hold exactly, or is in scientific notation (e.g. 3509014107800000;
    3509014107800001.0 is fine, "3.50901E+15" is not)."""
    digits = numeric_cell_digits(cell_value)
    if digits is not None:
        inexact = isinstance(cell_value, int | float) and bool(digits) and (
            int(digits) >= EXACT_NUMBERS)  # fmt: skip
        return _damaged() if digits.endswith("0") or not digits or inexact else None
    if isinstance(cell_value, str) and _SCIENTIFIC.fullmatch(cell_value.strip(_INVISIBLE + " ")):
        return _damaged()
    return None


def _damaged() -> Finding:
    return error("NIK_EXCEL_DAMAGED", "nik")


def numeric_cell_digits(value: object) -> str | None:
    """Digits of a value that is a spreadsheet number; "" for a non-integral or huge float."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return str(abs(value))
    if isinstance(value, float):
        if value != value or value in (float("inf"), float("-inf")):
            return ""
        if not value.is_integer() or "e" in repr(value).lower():
            return ""
        return str(abs(int(value)))
    if isinstance(value, str):
        match = _NUMBER_TEXT.fullmatch(value.strip())
        return match.group(1) if match else None
    return None


def parse_nik(
    raw: object, *, reference_date: date | None = None, from_numeric_cell: bool = False
) -> NikResult:
    """Check a NIK and read its parts. ``reference_date`` (default today) fixes the century.

    An int or float value is always treated as a numeric spreadsheet cell; pass
    ``from_numeric_cell=True`` when the importer read the text of a numeric cell.
    """
    if isinstance(raw, str) and len(raw) == NIK_LENGTH and raw.isascii() and raw.isdigit():
        # Already clean text (the usual case): nothing to normalise, no Excel damage possible.
        nik, numeric = raw, from_numeric_cell
        if numeric and nik.endswith("0"):
            return NikResult(nik, None, [_damaged()])
    else:
        damage = check_excel_damage(raw)
        numeric_digits = numeric_cell_digits(raw)
        numeric = from_numeric_cell or numeric_digits is not None
        nik = numeric_digits if numeric_digits else normalize_nik(raw)
        if damage is None and numeric and nik.endswith("0"):
            damage = _damaged()
        if damage is not None:
            return NikResult(nik, None, [damage])
    if not nik:
        return NikResult(nik, None, [error("NIK_EMPTY", "nik")])
    if not (nik.isascii() and nik.isdigit()):
        return NikResult(nik, None, [error("NIK_NOT_DIGITS", "nik")])
    if len(nik) != NIK_LENGTH:
        return NikResult(nik, None, [error("NIK_LENGTH", "nik", length=len(nik))])

    findings: list[Finding] = []
    province_known, regency_code, district_code, district = _region_part(nik[:6])
    if not province_known:
        findings.append(error("NIK_PROVINCE_UNKNOWN", "nik", province=nik[:2]))
    birth, sex = _birth_date_and_sex(nik[6:12], reference_date or date.today())
    if birth is None:
        findings.append(error("NIK_DATE_INVALID", "nik"))
    if nik[12:] == "0000":
        findings.append(error("NIK_SERIAL_ZERO", "nik"))
    if numeric:
        findings.append(warning("NIK_NUMERIC_CELL", "nik"))
    if birth is None or (findings and errors_of(findings)):
        return NikResult(nik, None, findings)

    if district is None:
        findings.append(warning("NIK_DISTRICT_UNKNOWN", "nik", district=district_code))
    info = _nik_info(
        nik=nik,
        province_code=nik[:2],
        regency_code=regency_code,
        district_code=district_code,
        birth_date=birth,
        sex=sex,
        serial=nik[12:],
        district_name=district[0] if district else None,
        district_is_current=bool(district and district[1]),
    )
    return NikResult(nik, info, findings)


def _nik_info(**fields: object) -> NikInfo:
    """The same as ``NikInfo(**fields)`` (all fields given, in order), in a third of the time:
    the frozen dataclass's ``__init__`` sets each field through ``object.__setattr__``."""
    info = object.__new__(NikInfo)
    info.__dict__.update(fields)
    return info


@lru_cache(maxsize=8192)  # a list holds few distinct districts
def _region_part(code6: str) -> tuple[bool, str, str, tuple[str, bool] | None]:
    """(province exists, "PP.RR", "PP.RR.KK", district_name()) for the first six digits of a
    NIK: one look-up per row instead of four."""
    regency = f"{code6[:2]}.{code6[2:4]}"
    return province_exists(code6[:2]), regency, _dotted6(code6), district_name(code6)


def _dotted6(code6: str) -> str:
    return f"{code6[:2]}.{code6[2:4]}.{code6[4:6]}"


@lru_cache(maxsize=65536)  # ~37,000 possible date parts; a list repeats them a lot
def _birth_date_and_sex(ddmmyy: str, reference: date) -> tuple[date | None, str]:
    """Birth date and sex from the NIK's date part; (None, sex) when it is not a real date."""
    day, month, yy = int(ddmmyy[:2]), int(ddmmyy[2:4]), int(ddmmyy[4:])
    sex = "P" if day > 40 else "L"
    if sex == "P":
        day -= 40
    if not (1 <= day <= 31 and 1 <= month <= 12):
        return None, sex
    year = resolve_century(yy, month, day, reference)
    try:
        return date(year, month, day), sex  # 29 Feb is checked only now, in the chosen century
    except ValueError:
        return None, sex


def resolve_century(yy: int, month: int, day: int, reference: date) -> int:
    """The four-digit year for ``yy``: the most recent one that puts the birthday on or before
    ``reference`` with an age of 0–100 there. Compares (month, day) so 29 Feb needs no date."""
    year = reference.year - (reference.year - yy) % 100
    for candidate in (year, year - 100):
        if (candidate, month, day) > (reference.year, reference.month, reference.day):
            continue
        age = reference.year - candidate - ((reference.month, reference.day) < (month, day))
        if 0 <= age <= MAX_AGE:
            return candidate
    return year - 100


def compare_nik_with_person(
    info: NikInfo, *, birth_date: date | None, sex: str | None, regency_code: str | None
) -> list[Finding]:
    """Warnings (never errors) where the NIK disagrees with what was typed: the NIK's date may
    legally differ from the real birth date (PP 40/2019) and people move between regencies."""
    findings: list[Finding] = []
    if birth_date is not None and birth_date != info.birth_date:
        findings.append(
            warning(
                "NIK_BIRTHDATE_MISMATCH",
                "birth_date",
                nik_date=info.birth_date.strftime("%d-%m-%Y"),
                typed_date=birth_date.strftime("%d-%m-%Y"),
            )
        )
    if sex in ("L", "P") and sex != info.sex:
        findings.append(
            warning(
                "NIK_SEX_MISMATCH", "sex", nik_sex=_sex_word(info.sex), typed_sex=_sex_word(sex)
            )
        )
    regency = normalize_region_code(regency_code) if regency_code else None
    if regency is not None and len(regency) >= 5 and regency[:5] != info.regency_code:
        findings.append(
            warning("NIK_REGENCY_OTHER", "nik", nik_regency=info.regency_code, regency=regency[:5])
        )
    return findings


def _sex_word(sex: str) -> str:
    return "laki-laki" if sex == "L" else "perempuan"


def mask_nik(nik: str) -> str:
    """For printing: first 4 and last 4 digits, bullets between: "3509•••••••••0001"."""
    value = normalize_nik(nik)
    if len(value) < 8:
        return MASK
    return f"{value[:4]}{MASK}{value[-4:]}"
