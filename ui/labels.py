"""Words the screens show for stored codes: statuses, sex, roles (warning words: the core's
domain.warning_labels, in the language chosen)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from lingkaran_desktop.domain.warning_labels import warning_codes, warning_label

__all__ = ["role_label", "rupiah", "sex_label", "status_label", "warning_codes", "warning_label"]

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


def rupiah(amount: int) -> str:
    """Rp 1.234.567 — Indonesian thousands separators."""
    return "Rp " + f"{amount:,}".replace(",", ".")
