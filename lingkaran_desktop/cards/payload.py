"""The signed content of a card's QR code: compact binary, Ed25519, base32 text.

Layout of format 1 (all integers big-endian)::

    offset size  field
    0      1     format (1)
    1      1     flags: bit 0 provisional (not enrolled), bit 1 name shortened
    2      6     program uid, first 6 bytes (the uid is shared by the district and its villages)
    8      1+n   KPJ: digit count n, then the number in ceil(bits/8) bytes (n = 0: none)
    .      1+m   name: UTF-8 byte count m (at most 40), then the bytes
    .      4     NIK: first 4 digits (u16), last 4 digits (u16): the masked NIK printed on the card
    .      8     HMAC-SHA256 of the full NIK, key known only to the issuing installation
    .      5     village code, 10 digits as an integer
    .      2+2   coverage start, end: days since 2000-01-01 (0xFFFF: none)
    .      2     issued on (days since 2000-01-01)
    .      6     issuer key id: SHA-256 of the issuer's Ed25519 public key, first 6 bytes
    .      3     app version (major, minor, patch)
    .      64    Ed25519 signature over ``b"lingkaran/card/v1" + everything above``

The text in the QR code is ``LK`` + base32 (RFC 4648, no padding), which stays inside QR's
alphanumeric mode (5.5 bits a character) and survives copy and paste, chat apps and shells. A
typical card (name of 20 bytes, 11-digit KPJ) is 131 bytes = 212 characters: QR version 8 at
error correction M (49×49 modules); names of 40 bytes need version 9.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import struct
from dataclasses import dataclass
from datetime import date, timedelta

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from lingkaran_desktop.domain.nik import MASK
from lingkaran_desktop.exchange.keys import raw_private

FORMAT = 1
PREFIX = "LK"
NAME_MAX_BYTES = 40
KEY_ID_BYTES = 6
NIK_TAG_BYTES = 8
SIGNATURE_BYTES = 64
_DOMAIN = b"lingkaran/card/v1"
_NIK_KEY_DOMAIN = b"lingkaran/card-nik/v1"
_EPOCH = date(2000, 1, 1)
_NO_DATE = 0xFFFF
_FLAG_PROVISIONAL = 1
_FLAG_SHORTENED = 2


class PayloadError(ValueError):
    """The text is not a card payload (``kind`` "not_card") or cannot be decoded ("damaged")."""

    def __init__(self, kind: str) -> None:
        super().__init__(kind)
        self.kind = kind


@dataclass(frozen=True)
class CardPayload:
    program_uid_prefix: bytes
    kpj: str | None
    name: str
    nik_head: str
    nik_tail: str
    nik_tag: bytes
    village_code: str  # "PP.RR.KK.VVVV"
    coverage_start: date | None
    coverage_end: date | None
    issued_on: date
    key_id: bytes
    app_version: str
    provisional: bool = False
    name_shortened: bool = False

    @property
    def nik_masked(self) -> str:
        return f"{self.nik_head}{MASK}{self.nik_tail}"  # as mask_nik prints it


@dataclass(frozen=True)
class SignedCard:
    payload: CardPayload
    signed: bytes  # the bytes the signature covers (without the domain prefix)
    signature: bytes


def key_id(signing_public: bytes) -> bytes:
    return hashlib.sha256(signing_public).digest()[:KEY_ID_BYTES]


def nik_key(signing: Ed25519PrivateKey) -> bytes:
    """HMAC key for NIK tags, derived from the private signing key: only the issuer has it."""
    return hashlib.sha256(_NIK_KEY_DOMAIN + raw_private(signing)).digest()


def nik_tag(key: bytes, nik: str) -> bytes:
    return hmac.new(key, nik.encode("ascii"), hashlib.sha256).digest()[:NIK_TAG_BYTES]


def shorten_name(name: str) -> tuple[str, bool]:
    """The name as carried in the payload: whole, or cut at a character boundary to 40 bytes."""
    data = " ".join(name.split()).encode("utf-8")
    if len(data) <= NAME_MAX_BYTES:
        return data.decode("utf-8"), False
    return data[:NAME_MAX_BYTES].decode("utf-8", errors="ignore").rstrip(), True


def _days(value: date | None) -> int:
    if value is None:
        return _NO_DATE
    days = (value - _EPOCH).days
    if not 0 <= days < _NO_DATE:
        raise ValueError(f"date out of range for a card: {value.isoformat()}")
    return days


def _date(days: int) -> date | None:
    return None if days == _NO_DATE else _EPOCH + timedelta(days=days)


def _kpj_bytes(kpj: str | None) -> bytes:
    if not kpj:
        return b"\x00"
    if not kpj.isdigit() or len(kpj) > 20:
        raise ValueError("KPJ must be 1-20 digits")
    width = _kpj_width(len(kpj))
    return bytes([len(kpj)]) + int(kpj).to_bytes(width, "big")


def _kpj_width(digits: int) -> int:
    return ((10**digits - 1).bit_length() + 7) // 8


def _version_bytes(version: str) -> bytes:
    parts = [int(p) if p.isdigit() else 0 for p in [*version.split("."), "0", "0"][:3]]
    return bytes(min(p, 255) for p in parts)


def _village_int(code: str) -> int:
    digits = code.replace(".", "")
    if len(digits) != 10 or not digits.isdigit():
        raise ValueError("village code must have 10 digits")
    return int(digits)


def _village_code(value: int) -> str:
    d = f"{value:010d}"
    return f"{d[:2]}.{d[2:4]}.{d[4:6]}.{d[6:]}"


def pack(card: CardPayload) -> bytes:
    name, shortened = shorten_name(card.name)
    name_bytes = name.encode("utf-8")
    flags = (_FLAG_PROVISIONAL if card.provisional else 0) | (
        _FLAG_SHORTENED if shortened or card.name_shortened else 0
    )
    if len(card.program_uid_prefix) != 6 or len(card.key_id) != KEY_ID_BYTES:
        raise ValueError("program uid prefix and key id have fixed sizes")
    if len(card.nik_tag) != NIK_TAG_BYTES:
        raise ValueError("NIK tag has a fixed size")
    return b"".join(
        (
            bytes([FORMAT, flags]),
            card.program_uid_prefix,
            _kpj_bytes(card.kpj),
            bytes([len(name_bytes)]),
            name_bytes,
            struct.pack(">HH", int(card.nik_head), int(card.nik_tail)),
            card.nik_tag,
            _village_int(card.village_code).to_bytes(5, "big"),
            struct.pack(
                ">HHH",
                _days(card.coverage_start),
                _days(card.coverage_end),
                _days(card.issued_on),
            ),
            card.key_id,
            _version_bytes(card.app_version),
        )
    )


def unpack(data: bytes) -> CardPayload:
    """Parse the signed part; raises PayloadError("damaged") on anything malformed."""
    try:
        if data[0] != FORMAT:
            raise PayloadError("damaged")
        flags = data[1]
        uid = data[2:8]
        at = 8
        digits = data[at]
        at += 1
        kpj = None
        if digits:
            width = _kpj_width(digits)
            kpj = str(int.from_bytes(data[at : at + width], "big")).zfill(digits)
            if len(kpj) != digits:
                raise PayloadError("damaged")
            at += width
        size = data[at]
        at += 1
        if size > NAME_MAX_BYTES:
            raise PayloadError("damaged")
        name = data[at : at + size].decode("utf-8")
        at += size
        head, tail = struct.unpack_from(">HH", data, at)
        at += 4
        tag = data[at : at + NIK_TAG_BYTES]
        at += NIK_TAG_BYTES
        village = int.from_bytes(data[at : at + 5], "big")
        at += 5
        start, end, issued = struct.unpack_from(">HHH", data, at)
        at += 6
        kid = data[at : at + KEY_ID_BYTES]
        at += KEY_ID_BYTES
        version = ".".join(str(b) for b in data[at : at + 3])
        at += 3
        if at != len(data) or head > 9999 or tail > 9999 or village >= 10**10:
            raise PayloadError("damaged")
        issued_on = _date(issued)
        if issued_on is None:
            raise PayloadError("damaged")
        return CardPayload(
            program_uid_prefix=uid,
            kpj=kpj,
            name=name,
            nik_head=f"{head:04d}",
            nik_tail=f"{tail:04d}",
            nik_tag=tag,
            village_code=_village_code(village),
            coverage_start=_date(start),
            coverage_end=_date(end),
            issued_on=issued_on,
            key_id=kid,
            app_version=version,
            provisional=bool(flags & _FLAG_PROVISIONAL),
            name_shortened=bool(flags & _FLAG_SHORTENED),
        )
    except (IndexError, struct.error, UnicodeDecodeError, OverflowError) as exc:
        raise PayloadError("damaged") from exc


def sign(card: CardPayload, signing: Ed25519PrivateKey) -> str:
    """The QR text of a card: ``LK`` + base32(payload + signature)."""
    body = pack(card)
    signature = signing.sign(_DOMAIN + body)
    return PREFIX + base64.b32encode(body + signature).decode("ascii").rstrip("=")


def read(text: str) -> SignedCard:
    """Decode QR text (not yet checking the signature). Raises PayloadError."""
    cleaned = "".join(text.split()).upper()
    if not cleaned.startswith(PREFIX):
        raise PayloadError("not_card")
    body = cleaned[len(PREFIX) :]
    try:
        raw = base64.b32decode(body + "=" * (-len(body) % 8))
    except (binascii.Error, ValueError) as exc:
        raise PayloadError("damaged") from exc
    # Only the canonical spelling is accepted: a changed padding bit is a changed card.
    if base64.b32encode(raw).decode("ascii").rstrip("=") != body:
        raise PayloadError("damaged")
    if len(raw) <= SIGNATURE_BYTES + 8:
        raise PayloadError("damaged")
    signed, signature = raw[:-SIGNATURE_BYTES], raw[-SIGNATURE_BYTES:]
    return SignedCard(unpack(signed), signed, signature)


def signature_valid(card: SignedCard, signing_public: bytes) -> bool:
    try:
        Ed25519PublicKey.from_public_bytes(signing_public).verify(
            card.signature, _DOMAIN + card.signed
        )
    except (InvalidSignature, ValueError):
        return False
    return True
