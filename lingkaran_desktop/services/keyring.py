"""The station's own keys in the database, opened with the logged-in user's installation key."""

from __future__ import annotations

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey
from sqlmodel import Session

from lingkaran_desktop.domain.findings import DomainError, error
from lingkaran_desktop.domain.messages import register
from lingkaran_desktop.exchange.keys import (
    StationKeys,
    fingerprint,
    open_private,
    raw_private,
    seal_private,
)
from lingkaran_desktop.store.models import StationKey

register(
    "KEYS_LOCKED",
    "Kunci tanda tangan stasiun ini tidak dapat dibuka oleh pengguna '{name}'. "
    "Masuk sebagai admin, atau minta admin membuat ulang akun Anda.",
    "This station's signing keys cannot be opened by user '{name}'. Log in as an admin, or ask "
    "an admin to recreate your account.",
)
register(
    "KEYS_MISSING",
    "Instalasi ini belum punya kunci tanda tangan.",
    "This installation has no signing keys.",
)


def store_station_keys(session: Session, installation_key: bytes, keys: StationKeys) -> None:
    for kind, private, public in (
        ("ed25519", raw_private(keys.signing), keys.signing_public),
        ("x25519", raw_private(keys.encryption), keys.encryption_public),
    ):
        nonce, sealed = seal_private(installation_key, private)
        session.add(StationKey(kind=kind, public=public, nonce=nonce, encrypted_private=sealed))


def own_public_keys(session: Session) -> tuple[bytes, bytes]:
    signing = session.get(StationKey, "ed25519")
    encryption = session.get(StationKey, "x25519")
    if signing is None or encryption is None:
        raise DomainError(error("KEYS_MISSING"))
    return signing.public, encryption.public


def own_fingerprint(session: Session) -> str:
    return fingerprint(*own_public_keys(session))


def open_station_keys(
    session: Session, actor_name: str, installation_key: bytes | None
) -> StationKeys:
    signing = session.get(StationKey, "ed25519")
    encryption = session.get(StationKey, "x25519")
    if signing is None or encryption is None:
        raise DomainError(error("KEYS_MISSING"))
    if installation_key is None:
        raise DomainError(error("KEYS_LOCKED", name=actor_name))
    try:
        return StationKeys(
            Ed25519PrivateKey.from_private_bytes(
                open_private(installation_key, signing.nonce, signing.encrypted_private)
            ),
            X25519PrivateKey.from_private_bytes(
                open_private(installation_key, encryption.nonce, encryption.encrypted_private)
            ),
        )
    except InvalidTag as exc:
        raise DomainError(error("KEYS_LOCKED", name=actor_name)) from exc
