"""The exchange file container (format version 1, see docs/batch-format.md).

    MAGIC (8 bytes "LKEXCH01") | header length (uint32 BE) | header (UTF-8 JSON)
    | signature length (uint16 BE, 64) | Ed25519 signature of MAGIC + length + header | payload

The header names the kind of file and carries the manifest, which holds the payload's size and
SHA-256: the signature covers the payload through them. Payloads of batches and results are
encrypted to the recipient with HPKE (RFC 9180: X25519, HKDF-SHA256, ChaCha20-Poly1305) from the
``cryptography`` library; program profiles and station files are public and only signed.
"""

from __future__ import annotations

import gzip
import hashlib
import json
import os
import struct
import zlib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.hpke import AEAD, KDF, KEM, Suite

from lingkaran_desktop.domain.findings import DomainError, error

MAGIC = b"LKEXCH01"
FORMAT_VERSION = 1
MAX_HEADER = 64 * 1024
MAX_FILE = 256 * 1024 * 1024
MAX_PLAIN = 512 * 1024 * 1024
# How officers call each kind of file (messages about a file of the wrong kind).
KIND_NAMES = {
    "batch": "kiriman desa (.lkbatch)",
    "result": "berkas hasil dari kabupaten (.lkresult)",
    "program": "profil program (.lkprog)",
    "station": "berkas stasiun desa (.lkstation)",
    "backup": "cadangan (.lkbackup)",
}
_SUITE = Suite(KEM.X25519, KDF.HKDF_SHA256, AEAD.CHACHA20_POLY1305)


@dataclass(frozen=True)
class Envelope:
    kind: str
    manifest: dict[str, Any]
    signed: bytes  # MAGIC + length + header: what the signature covers
    signature: bytes
    payload: bytes

    @property
    def sha256(self) -> str:
        """SHA-256 of the whole file as written (the batch's identity in ledgers and minutes)."""
        return hashlib.sha256(
            self.signed + struct.pack(">H", len(self.signature)) + self.signature + self.payload
        ).hexdigest()


def refuse(code: str, **params: Any) -> DomainError:
    return DomainError(error(code, None, **params))


def pack(kind: str, manifest: dict[str, Any], payload: bytes, signer: Ed25519PrivateKey) -> bytes:
    manifest = {
        **manifest,
        "payload_size": len(payload),
        "payload_sha256": hashlib.sha256(payload).hexdigest(),
    }
    header = json.dumps(
        {"format": FORMAT_VERSION, "kind": kind, "manifest": manifest},
        sort_keys=True,
        ensure_ascii=False,
        separators=(",", ":"),
    ).encode("utf-8")
    signed = MAGIC + struct.pack(">I", len(header)) + header
    signature = signer.sign(signed)
    return signed + struct.pack(">H", len(signature)) + signature + payload


def unpack(data: bytes, expected_kind: str) -> Envelope:
    """Check the structure and the payload hash; the signature is checked by ``verify``."""
    if len(data) > MAX_FILE:
        raise refuse("FILE_TOO_LARGE")
    if len(data) < len(MAGIC) and MAGIC.startswith(data):
        raise refuse("FILE_TRUNCATED")  # empty, or cut inside the magic: a failed copy
    if not data.startswith(MAGIC):
        raise refuse("FILE_NOT_EXCHANGE")
    if len(data) < len(MAGIC) + 4:
        raise refuse("FILE_TRUNCATED")
    (header_len,) = struct.unpack(">I", data[8:12])
    if header_len > MAX_HEADER:
        raise refuse("FILE_DAMAGED")
    end = 12 + header_len
    if len(data) < end + 2:
        raise refuse("FILE_TRUNCATED")
    header_bytes = data[12:end]
    (sig_len,) = struct.unpack(">H", data[end : end + 2])
    if sig_len != 64:
        raise refuse("FILE_DAMAGED")
    if len(data) < end + 2 + sig_len:
        raise refuse("FILE_TRUNCATED")
    signature = data[end + 2 : end + 2 + sig_len]
    payload = data[end + 2 + sig_len :]
    try:
        header = json.loads(header_bytes.decode("utf-8"))
    except (UnicodeDecodeError, ValueError) as exc:
        raise refuse("FILE_DAMAGED") from exc
    if not isinstance(header, dict) or not isinstance(header.get("manifest"), dict):
        raise refuse("FILE_DAMAGED")
    if header.get("format") != FORMAT_VERSION:
        raise refuse("FILE_VERSION_UNSUPPORTED", version=str(header.get("format")))
    kind = header.get("kind")
    if kind != expected_kind:
        raise refuse("FILE_KIND_WRONG", kind=KIND_NAMES.get(str(kind), str(kind)),
                     expected=KIND_NAMES.get(expected_kind, expected_kind))  # fmt: skip
    manifest = header["manifest"]
    size = manifest.get("payload_size")
    if not isinstance(size, int) or size < 0:
        raise refuse("FILE_DAMAGED")
    if len(payload) < size:
        raise refuse("FILE_TRUNCATED")
    if len(payload) > size:
        raise refuse("FILE_EXTRA_BYTES")
    if hashlib.sha256(payload).hexdigest() != manifest.get("payload_sha256"):
        raise refuse("PAYLOAD_ALTERED")
    return Envelope(kind, manifest, data[:end], signature, payload)


def verify(envelope: Envelope, signing_public: bytes) -> None:
    try:
        Ed25519PublicKey.from_public_bytes(signing_public).verify(
            envelope.signature, envelope.signed
        )
    except (InvalidSignature, ValueError) as exc:
        raise refuse("SIGNATURE_INVALID") from exc


def encrypt(plain: bytes, recipient_public: bytes, info: bytes) -> bytes:
    return _SUITE.encrypt(plain, X25519PublicKey.from_public_bytes(recipient_public), info=info)


def decrypt(sealed: bytes, recipient: X25519PrivateKey, info: bytes) -> bytes:
    try:
        return _SUITE.decrypt(sealed, recipient, info=info)
    except Exception as exc:  # the library raises InvalidTag or ValueError for bad input
        raise refuse("DECRYPT_FAILED") from exc


def encode_json(data: Any) -> bytes:
    raw = json.dumps(data, ensure_ascii=False, separators=(",", ":"), default=str).encode("utf-8")
    return gzip.compress(raw, compresslevel=6, mtime=0)


def _no_constant(name: str) -> None:
    raise ValueError(f"{name} is not a number JSON allows")


def decode_json(data: bytes, limit: int = MAX_PLAIN) -> Any:
    """Gunzip with a ceiling on the decompressed size (no zip bombs), then parse."""
    try:
        inflater = zlib.decompressobj(16 + zlib.MAX_WBITS)
        raw = inflater.decompress(data, limit + 1)
        if len(raw) > limit or inflater.unconsumed_tail:
            raise refuse("FILE_TOO_LARGE")
        # The standard parser, not orjson: orjson turns whole numbers beyond 64 bits into
        # floats without a word, and a received record must never be altered on the way in.
        return json.loads(raw.decode("utf-8"), parse_constant=_no_constant)
    except (zlib.error, UnicodeDecodeError, ValueError, RecursionError) as exc:
        raise refuse("FILE_DAMAGED") from exc


def read_file(path: Path) -> bytes:
    try:
        if path.stat().st_size > MAX_FILE:
            raise refuse("FILE_TOO_LARGE")
        return path.read_bytes()
    except FileNotFoundError as exc:
        raise refuse("EXCHANGE_FILE_NOT_FOUND", path=str(path)) from exc
    except IsADirectoryError as exc:
        raise refuse("EXCHANGE_FILE_NOT_FOUND", path=str(path)) from exc
    except OSError as exc:
        detail = exc.strerror or str(exc)
        raise refuse("EXCHANGE_FILE_UNREADABLE", path=str(path), detail=detail) from exc


def write_atomic(path: Path, data: bytes) -> None:
    """Temporary name in the same folder, flush, fsync, rename, fsync the folder; read back."""
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(f".{path.name}.partial")
    try:
        with open(partial, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(partial, path)
        if hasattr(os, "O_DIRECTORY"):
            fd = os.open(path.parent, os.O_DIRECTORY)
            try:
                os.fsync(fd)
            finally:
                os.close(fd)
    except OSError as exc:
        partial.unlink(missing_ok=True)
        raise refuse("FILE_WRITE_FAILED", path=str(path), detail=exc.strerror or str(exc)) from exc
    if hashlib.sha256(path.read_bytes()).digest() != hashlib.sha256(data).digest():
        path.unlink(missing_ok=True)
        raise refuse("FILE_WRITE_FAILED", path=str(path), detail="read-back differs")
