"""Sex (jenis kelamin) as "L" (laki-laki) or "P" (perempuan), from the many ways files write it."""

from __future__ import annotations

import re
from functools import lru_cache

from lingkaran_desktop.domain.findings import Finding, error
from lingkaran_desktop.domain.messages import register

_MALE = frozenset({"l", "lk", "laki", "lakilaki", "laki2", "lelaki", "pria", "1", "m", "male"})
_FEMALE = frozenset({"p", "pr", "perempuan", "wanita", "w", "2", "f", "female"})

register(
    "SEX_EMPTY",
    "Jenis kelamin belum diisi. Isi L (laki-laki) atau P (perempuan).",
    "Sex is empty. Enter L (male) or P (female).",
)
register(
    "SEX_UNKNOWN",
    'Jenis kelamin "{value}" tidak dikenali. Isi L (laki-laki) atau P (perempuan).',
    'Sex "{value}" is not recognised. Enter L (male) or P (female).',
)


@lru_cache(maxsize=1024, typed=True)  # a list holds a handful of spellings
def _key(raw: object) -> str:
    if isinstance(raw, float) and raw.is_integer():
        raw = int(raw)  # OpenSID's 1/2 read from a numeric cell
    return re.sub(r"[\W_]+", "", str(raw)).casefold()


def parse_sex(raw: object) -> str | None:
    """ "L" or "P" from L/P, LK/PR, Laki-laki, Perempuan, Pria, Wanita, 1/2 (OpenSID), M/F ..."""
    if raw is None or isinstance(raw, bool):
        return None
    key = _key(raw)
    if key in _MALE:
        return "L"
    if key in _FEMALE:
        return "P"
    return None


def check_sex(raw: object) -> tuple[str | None, list[Finding]]:
    if raw is None or not str(raw).strip():
        return None, [error("SEX_EMPTY", "sex")]
    sex = parse_sex(raw)
    if sex is None:
        return None, [error("SEX_UNKNOWN", "sex", value=str(raw).strip()[:30])]
    return sex, []
