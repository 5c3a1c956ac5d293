"""A candidate's life: draft -> proposed -> verified -> submitted -> enrolled (-> ended), or
rejected with a reason. See DOMAIN.md "A candidate's life"."""

from __future__ import annotations

from enum import StrEnum

from lingkaran_desktop.domain.findings import DomainError, error
from lingkaran_desktop.domain.messages import register


class CandidateStatus(StrEnum):
    DRAFT = "draft"
    PROPOSED = "proposed"
    VERIFIED = "verified"
    SUBMITTED = "submitted"
    ENROLLED = "enrolled"
    REJECTED = "rejected"
    ENDED = "ended"


S = CandidateStatus
ALLOWED: dict[CandidateStatus, frozenset[CandidateStatus]] = {
    S.DRAFT: frozenset({S.PROPOSED}),
    S.PROPOSED: frozenset({S.VERIFIED, S.REJECTED}),
    S.VERIFIED: frozenset({S.SUBMITTED, S.PROPOSED, S.REJECTED}),  # -> proposed: a correction
    S.SUBMITTED: frozenset({S.ENROLLED, S.REJECTED}),
    S.ENROLLED: frozenset({S.ENDED}),
    S.REJECTED: frozenset({S.PROPOSED}),  # re-proposed after a correction
    S.ENDED: frozenset(),
}

STATUS_LABELS_ID = {
    S.DRAFT: "draf",
    S.PROPOSED: "diusulkan",
    S.VERIFIED: "terverifikasi",
    S.SUBMITTED: "diajukan ke kabupaten",
    S.ENROLLED: "terdaftar",
    S.REJECTED: "ditolak",
    S.ENDED: "berakhir",
}

register(
    "STATUS_TRANSITION_NOT_ALLOWED",
    'Status calon tidak bisa diubah dari "{current}" menjadi "{target}".',
    'A candidate\'s status cannot change from "{current_code}" to "{target_code}".',
)
register(
    "FOUR_EYES",
    "Data ini dimasukkan oleh {actor}, jadi harus diperiksa orang lain. Minta kepala desa, "
    "sekretaris desa atau verifikator lain untuk memverifikasi atau menolaknya.",
    "This record was entered by {actor}, so someone else must check it. Ask the village head, "
    "secretary or another verifier to verify or reject it.",
)
register(
    "REASON_REQUIRED",
    'Alasan wajib diisi untuk status "{target}". Tulis alasannya, misalnya "meninggal dunia" '
    'atau "NIK tidak sesuai KTP".',
    'A reason is required for status "{target_code}". Write the reason, e.g. "died" or '
    '"NIK does not match the KTP".',
)


def check_transition(
    current: CandidateStatus | str,
    target: CandidateStatus | str,
    *,
    actor: str,
    entered_by: str | None,
    reason: str | None,
) -> None:
    """Raise DomainError unless ``actor`` may move a candidate from ``current`` to ``target``."""
    current, target = CandidateStatus(current), CandidateStatus(target)
    if target not in ALLOWED[current]:
        raise DomainError(
            error(
                "STATUS_TRANSITION_NOT_ALLOWED",
                "status",
                current=STATUS_LABELS_ID[current],
                target=STATUS_LABELS_ID[target],
                current_code=current.value,
                target_code=target.value,
            )
        )
    four_eyes = target is S.VERIFIED or (current is S.PROPOSED and target is S.REJECTED)
    if four_eyes and entered_by is not None and _same_person(actor, entered_by):
        raise DomainError(error("FOUR_EYES", "status", actor=actor))
    if target in (S.REJECTED, S.ENDED) and not (reason and reason.strip()):
        raise DomainError(
            error(
                "REASON_REQUIRED",
                "reason",
                target=STATUS_LABELS_ID[target],
                target_code=target.value,
            )
        )


def _same_person(a: str, b: str) -> bool:
    return a.strip().casefold() == b.strip().casefold()


def same_person(a: str, b: str) -> bool:
    """The four-eyes comparison of two user names (case and spaces around ignored)."""
    return _same_person(a, b)
