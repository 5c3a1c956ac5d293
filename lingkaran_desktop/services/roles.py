"""Roles and what each may do. Services check these; the GUI only hides what is not allowed."""

from __future__ import annotations

from enum import StrEnum


class Role(StrEnum):
    ADMIN = "admin"
    OPERATOR = "operator"
    VERIFIER = "verifier"


class Permission(StrEnum):
    MANAGE_USERS = "manage_users"
    MANAGE_PROGRAM = "manage_program"
    ENTER_CANDIDATES = "enter_candidates"
    VERIFY_CANDIDATES = "verify_candidates"
    READ_CANDIDATES = "read_candidates"
    READ_AUDIT = "read_audit"


# Indonesian description of each permission, used in refusals ("tidak berhak: ...").
PERMISSION_TEXT: dict[Permission, str] = {
    Permission.MANAGE_USERS: "mengelola pengguna",
    Permission.MANAGE_PROGRAM: "mengubah program",
    Permission.ENTER_CANDIDATES: "memasukkan atau mengubah data calon peserta",
    Permission.VERIFY_CANDIDATES: "memverifikasi calon peserta",
    Permission.READ_CANDIDATES: "melihat data calon peserta",
    Permission.READ_AUDIT: "melihat jejak audit",
}

# The same in English, for the English text of those refusals.
PERMISSION_TEXT_EN: dict[Permission, str] = {
    Permission.MANAGE_USERS: "manage users",
    Permission.MANAGE_PROGRAM: "change the program",
    Permission.ENTER_CANDIDATES: "enter or change candidates",
    Permission.VERIFY_CANDIDATES: "verify candidates",
    Permission.READ_CANDIDATES: "see candidates",
    Permission.READ_AUDIT: "see the audit trail",
}

# A role as Indonesian messages name it (the stored codes and the CLI's --role stay English;
# the desktop app shows the longer labels of ui/labels.py).
ROLE_LABELS_ID: dict[Role, str] = {
    Role.ADMIN: "admin",
    Role.OPERATOR: "operator",
    Role.VERIFIER: "verifikator",
}


def role_label(role: str) -> str:
    """The Indonesian word for a stored role code (the code itself when it is unknown)."""
    try:
        return ROLE_LABELS_ID[Role(role)]
    except ValueError:
        return role


GRANTS: dict[Role, frozenset[Permission]] = {
    Role.ADMIN: frozenset(Permission),
    Role.OPERATOR: frozenset({Permission.ENTER_CANDIDATES, Permission.READ_CANDIDATES}),
    Role.VERIFIER: frozenset(
        {Permission.VERIFY_CANDIDATES, Permission.READ_CANDIDATES, Permission.READ_AUDIT}
    ),
}


def allows(role: str, permission: Permission) -> bool:
    try:
        return permission in GRANTS[Role(role)]
    except ValueError:
        return False
