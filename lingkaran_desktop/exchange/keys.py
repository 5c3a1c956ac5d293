"""Key material: the installation key, its per-user wraps, and the station's key pairs.

Each installation has an Ed25519 signing key and an X25519 encryption key. Their private halves
are stored encrypted (AES-256-GCM) with a random 32-byte *installation key*. That key is stored
only wrapped, once per user, under a key derived from the user's password with argon2id, so any
user who logs in can sign and open files and a stolen database reveals no private key.
"""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass

from argon2.low_level import Type, hash_secret_raw
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.serialization import (
    Encoding,
    NoEncryption,
    PrivateFormat,
    PublicFormat,
)

# argon2id for the key-encryption key (RFC 9106 "second recommended" with 64 MiB).
KDF_TIME_COST = 3
KDF_MEMORY_KIB = 64 * 1024
KDF_PARALLELISM = 2
_WRAP_AAD = b"lingkaran/key-wrap/v1"
_SEAL_AAD = b"lingkaran/private-key/v1"


class WrongPassword(Exception):
    """The password does not unwrap the installation key."""


def new_installation_key() -> bytes:
    return os.urandom(32)


def current_kdf() -> str:
    """The argon2id parameters new wraps use, stored with each wrap so they can change later."""
    return f"argon2id$t={KDF_TIME_COST},m={KDF_MEMORY_KIB},p={KDF_PARALLELISM}"


def derive_kek(password: str, salt: bytes, kdf: str) -> bytes:
    try:
        name, params = kdf.split("$", 1)
        values = dict(item.split("=") for item in params.split(","))
        time_cost, memory, lanes = int(values["t"]), int(values["m"]), int(values["p"])
    except (ValueError, KeyError) as exc:
        raise WrongPassword from exc
    if name != "argon2id" or not (1 <= time_cost <= 20 and 8 <= memory <= 4 * 1024 * 1024):
        raise WrongPassword
    return hash_secret_raw(
        password.encode("utf-8"),
        salt,
        time_cost=time_cost,
        memory_cost=memory,
        parallelism=lanes,
        hash_len=32,
        type=Type.ID,
    )


@dataclass(frozen=True)
class Wrapped:
    salt: bytes
    nonce: bytes
    wrapped: bytes
    kdf: str


def wrap_key(installation_key: bytes, password: str) -> Wrapped:
    salt, nonce, kdf = os.urandom(16), os.urandom(12), current_kdf()
    sealed = AESGCM(derive_kek(password, salt, kdf)).encrypt(nonce, installation_key, _WRAP_AAD)
    return Wrapped(salt, nonce, sealed, kdf)


def unwrap_key(wrapped: Wrapped, password: str) -> bytes:
    try:
        return AESGCM(derive_kek(password, wrapped.salt, wrapped.kdf)).decrypt(
            wrapped.nonce, wrapped.wrapped, _WRAP_AAD
        )
    except InvalidTag as exc:
        raise WrongPassword from exc


def seal_private(installation_key: bytes, raw_private: bytes) -> tuple[bytes, bytes]:
    nonce = os.urandom(12)
    return nonce, AESGCM(installation_key).encrypt(nonce, raw_private, _SEAL_AAD)


def open_private(installation_key: bytes, nonce: bytes, sealed: bytes) -> bytes:
    return AESGCM(installation_key).decrypt(nonce, sealed, _SEAL_AAD)


def raw_private(key: Ed25519PrivateKey | X25519PrivateKey) -> bytes:
    return key.private_bytes(Encoding.Raw, PrivateFormat.Raw, NoEncryption())


def raw_public(key: Ed25519PublicKey | X25519PublicKey) -> bytes:
    return key.public_bytes(Encoding.Raw, PublicFormat.Raw)


@dataclass(frozen=True)
class StationKeys:
    signing: Ed25519PrivateKey
    encryption: X25519PrivateKey

    @classmethod
    def generate(cls) -> StationKeys:
        return cls(Ed25519PrivateKey.generate(), X25519PrivateKey.generate())

    @property
    def signing_public(self) -> bytes:
        return raw_public(self.signing.public_key())

    @property
    def encryption_public(self) -> bytes:
        return raw_public(self.encryption.public_key())

    @property
    def fingerprint(self) -> str:
        return fingerprint(self.signing_public, self.encryption_public)


def fingerprint(signing_public: bytes, encryption_public: bytes) -> str:
    """Eight groups of four hex digits, to be read aloud over the phone and compared."""
    digest = hashlib.sha256(b"lingkaran/fp/v1" + signing_public + encryption_public).hexdigest()
    text = digest[:32].upper()
    return " ".join(text[i : i + 4] for i in range(0, 32, 4))
