"""Words the screens show for stored codes: statuses, sex, roles, and short warning labels."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from lingkaran_desktop.domain.messages import CATALOG, render

CONTEXT = "labels"

STATUS = {
    "draft": QT_TRANSLATE_NOOP("labels", "Draf"),
    "proposed": QT_TRANSLATE_NOOP("labels", "Diusulkan"),
    "verified": QT_TRANSLATE_NOOP("labels", "Terverifikasi"),
    "submitted": QT_TRANSLATE_NOOP("labels", "Diajukan ke kabupaten"),
    "enrolled": QT_TRANSLATE_NOOP("labels", "Terdaftar"),
    "rejected": QT_TRANSLATE_NOOP("labels", "Ditolak"),
    "ended": QT_TRANSLATE_NOOP("labels", "Berakhir"),
}
SEX = {
    "L": QT_TRANSLATE_NOOP("labels", "Laki-laki"),
    "P": QT_TRANSLATE_NOOP("labels", "Perempuan"),
}
ROLE = {
    "admin": QT_TRANSLATE_NOOP("labels", "Admin"),
    "operator": QT_TRANSLATE_NOOP("labels", "Operator (input data)"),
    "verifier": QT_TRANSLATE_NOOP("labels", "Verifikator (kepala/sekretaris desa)"),
}
INSTALLATION = {
    "village": QT_TRANSLATE_NOOP("labels", "Stasiun desa/kelurahan"),
    "district": QT_TRANSLATE_NOOP("labels", "Kantor kabupaten/kota"),
}
# Short labels for stored warning codes (the list keeps only codes, not their parameters).
WARNING = {
    "NIK_BIRTHDATE_MISMATCH": QT_TRANSLATE_NOOP("labels", "Tgl lahir beda dengan NIK"),
    "NIK_SEX_MISMATCH": QT_TRANSLATE_NOOP("labels", "Jenis kelamin beda dengan NIK"),
    "NIK_REGENCY_OTHER": QT_TRANSLATE_NOOP("labels", "NIK dari kabupaten lain"),
    "NIK_DISTRICT_UNKNOWN": QT_TRANSLATE_NOOP("labels", "Kode kecamatan NIK tidak dikenal"),
    "NIK_NUMERIC_CELL": QT_TRANSLATE_NOOP("labels", "NIK dari sel angka Excel"),
    "SEX_FROM_NIK": QT_TRANSLATE_NOOP("labels", "Jenis kelamin diambil dari NIK"),
    "BIRTH_DATE_FROM_NIK": QT_TRANSLATE_NOOP("labels", "Tgl lahir diambil dari NIK"),
    "OCCUPATION_GUESSED": QT_TRANSLATE_NOOP("labels", "Pekerjaan ditebak"),
    "OCCUPATION_UNKNOWN": QT_TRANSLATE_NOOP("labels", "Pekerjaan tidak dikenal"),
    "PHONE_INVALID": QT_TRANSLATE_NOOP("labels", "Nomor HP tidak wajar"),
    "DESIL_UNKNOWN": QT_TRANSLATE_NOOP("labels", "Desil belum diketahui"),
    "KK_DATE_ODD": QT_TRANSLATE_NOOP("labels", "Tanggal di No. KK janggal"),
    "KK_DISTRICT_UNKNOWN": QT_TRANSLATE_NOOP("labels", "Kode wilayah KK tidak dikenal"),
    "KK_SERIAL_ZERO": QT_TRANSLATE_NOOP("labels", "Nomor urut KK 0000"),
}


def _t(source: str) -> str:
    return QCoreApplication.translate(CONTEXT, source)


def status_label(status: str) -> str:
    return _t(STATUS[status]) if status in STATUS else status


def sex_label(sex: str | None) -> str:
    return _t(SEX[sex]) if sex in SEX else ""


def role_label(role: str) -> str:
    return _t(ROLE[role]) if role in ROLE else role


def installation_role_label(role: str) -> str:
    return _t(INSTALLATION[role]) if role in INSTALLATION else role


def warning_label(code: str) -> str:
    if code in WARNING:
        return _t(WARNING[code])
    if code in CATALOG:
        return render(code).split(".")[0]
    return code


def warning_codes(stored: str | None) -> list[str]:
    return [c for c in (stored or "").split(",") if c]


def rupiah(amount: int) -> str:
    """Rp 1.234.567 — Indonesian thousands separators."""
    return "Rp " + f"{amount:,}".replace(",", ".")
