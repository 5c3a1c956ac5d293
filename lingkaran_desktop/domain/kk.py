"""KK (Kartu Keluarga) number: 16 digits = 6-digit issuing region + issue date DDMMYY + serial.

Only the digits and the province are hard rules; old cards vary, so an odd date, an unknown
district or a zero serial are warnings for the verifier.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache

from lingkaran_desktop.domain.findings import (
    Finding,
    HasFindings,
    error,
    warning,
)
from lingkaran_desktop.domain.messages import register
from lingkaran_desktop.domain.nik import check_excel_damage, normalize_nik, numeric_cell_digits
from lingkaran_desktop.domain.regions import district_name, province_exists

KK_LENGTH = 16

register(
    "KK_EMPTY",
    "Nomor KK belum diisi. Ketik 16 angka nomor Kartu Keluarga.",
    "The KK number is empty. Type the 16-digit family card number.",
)
register(
    "KK_NOT_DIGITS",
    "Nomor KK hanya boleh berisi angka. Ketik ulang sesuai Kartu Keluarga (16 angka).",
    "A KK number may contain digits only. Type it again from the family card (16 digits).",
)
register(
    "KK_LENGTH",
    "Nomor KK harus 16 angka, tetapi yang diisi {length} angka. Periksa kembali Kartu Keluarga.",
    "A KK number has 16 digits, but this one has {length}. Check the family card.",
)
register(
    "KK_REGION_UNKNOWN",
    "Dua angka pertama nomor KK ({province}) bukan kode provinsi yang ada. "
    "Periksa kembali Kartu Keluarga.",
    "The first two digits of the KK number ({province}) are not a province code. "
    "Check the family card.",
)
register(
    "KK_EXCEL_DAMAGED",
    "Nomor KK ini rusak karena Excel menyimpannya sebagai angka. Ubah format kolom KK menjadi "
    "Teks (Text), lalu ketik ulang nomor KK sesuai Kartu Keluarga.",
    "This KK number was damaged because Excel stored it as a number. Format the KK column as "
    "Text and type the number again from the family card.",
)
register(
    "KK_DISTRICT_UNKNOWN",
    "Kode kecamatan di nomor KK ({district}) tidak dikenal; bisa jadi kode lama. "
    "Verifikator mohon cocokkan dengan Kartu Keluarga.",
    "The district code in the KK number ({district}) is unknown; it may be an old code. "
    "Verifier, please compare with the family card.",
)
register(
    "KK_DATE_ODD",
    "Angka ke-7 sampai ke-12 nomor KK (tanggal terbit) bukan tanggal yang wajar. "
    "Kartu lama bisa berbeda; verifikator mohon cocokkan dengan Kartu Keluarga.",
    "Digits 7 to 12 of the KK number (issue date) are not a normal date. Old cards vary; "
    "verifier, please compare with the family card.",
)
register(
    "KK_SERIAL_ZERO",
    "Empat angka terakhir nomor KK adalah 0000, tidak lazim. "
    "Verifikator mohon cocokkan dengan Kartu Keluarga.",
    "The last four digits of the KK number are 0000, which is unusual. "
    "Verifier, please compare with the family card.",
)


@dataclass
class KkResult(HasFindings):
    value: str
    findings: list[Finding] = field(default_factory=list)


def parse_kk(raw: object, *, from_numeric_cell: bool = False) -> KkResult:
    """Normalise (like a NIK) and check a KK number. Numeric spreadsheet cells follow the same
    Excel-damage rule as NIKs (ending in 0 or scientific notation -> error)."""
    if isinstance(raw, str) and len(raw) == KK_LENGTH and raw.isascii() and raw.isdigit():
        kk = raw  # already clean text (the usual case): nothing to normalise, no Excel damage
        damaged = from_numeric_cell and kk.endswith("0")
    else:
        digits = numeric_cell_digits(raw)
        kk = digits if digits else normalize_nik(raw)
        damaged = check_excel_damage(raw) is not None or (from_numeric_cell and kk.endswith("0"))
    if damaged:
        return KkResult(kk, [error("KK_EXCEL_DAMAGED", "kk")])
    if not kk:
        return KkResult(kk, [error("KK_EMPTY", "kk")])
    if not (kk.isascii() and kk.isdigit()):
        return KkResult(kk, [error("KK_NOT_DIGITS", "kk")])
    if len(kk) != KK_LENGTH:
        return KkResult(kk, [error("KK_LENGTH", "kk", length=len(kk))])
    province_known, unknown_district = _region_part(kk[:6])
    if not province_known:
        return KkResult(kk, [error("KK_REGION_UNKNOWN", "kk", province=kk[:2])])
    findings: list[Finding] = []
    if unknown_district is not None:
        findings.append(warning("KK_DISTRICT_UNKNOWN", "kk", district=unknown_district))
    if not _plausible_date(kk[6:12]):
        findings.append(warning("KK_DATE_ODD", "kk"))
    if kk[12:] == "0000":
        findings.append(warning("KK_SERIAL_ZERO", "kk"))
    return KkResult(kk, findings)


@lru_cache(maxsize=8192)  # a list holds few distinct districts
def _region_part(code6: str) -> tuple[bool, str | None]:
    """(province exists, "PP.RR.KK" when that district is unknown) for a KK's first six digits."""
    if not province_exists(code6[:2]):
        return False, None
    if district_name(code6) is None:
        return True, f"{code6[:2]}.{code6[2:4]}.{code6[4:6]}"
    return True, None


@lru_cache(maxsize=65536)
def _plausible_date(ddmmyy: str) -> bool:
    """A real calendar date in the 1900s or 2000s (no +40 on a KK)."""
    day, month, yy = int(ddmmyy[:2]), int(ddmmyy[2:4]), int(ddmmyy[4:])
    for century in (2000, 1900):
        try:
            date(century + yy, month, day)
        except ValueError:
            continue
        return True
    return False
