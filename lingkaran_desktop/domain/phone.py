"""Indonesian mobile phone numbers, normalised to ``+628...``. A bad one never rejects a worker."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from lingkaran_desktop.domain.findings import Finding, warning
from lingkaran_desktop.domain.messages import register

# National significant number of a mobile line: 8 + 8 to 11 more digits (9–12 digits in all).
_MOBILE_NSN = re.compile(r"8\d{8,11}", re.ASCII)
# The usual cell, "0812..." and nothing else (the trunk 0 before a mobile number).
_USUAL = re.compile(r"0" + _MOBILE_NSN.pattern, re.ASCII)
_NOISE = re.compile(r"[\s.\-()/\u00a0\u202f\u200b'\u2019]+")
# One number as typed, in a cell that holds more: digits with the usual noise between them,
# touching no letter ("0812345604O3", a letter O for a zero, is no number followed by a note)
_NUMBER = re.compile(r"(?<![^\W\d_])\+?\d[\d \t.\-()\u00a0\u202f]*\d(?![^\W\d_])")

register(
    "PHONE_INVALID",
    "Nomor HP tidak dikenali sebagai nomor seluler Indonesia (contoh: 0812-3456-7890), "
    "jadi tidak disimpan. Periksa kembali nomornya; data pekerja tetap bisa disimpan.",
    "The phone is not recognised as an Indonesian mobile number (e.g. 0812-3456-7890), so it "
    "was not saved. Check the number; the worker can still be saved.",
)

register(
    "PHONE_SEVERAL",
    "Kolom nomor HP berisi lebih dari satu nomor; hanya {kept} yang disimpan. Bila nomor lain "
    "yang benar, ubah nomor HP pada data pekerja ini.",
    "The phone cell holds more than one number; only {kept} was saved. If another one is "
    "right, change the phone in this worker's record.",
)


@dataclass
class PhoneResult:
    value: str | None
    findings: list[Finding] = field(default_factory=list)
    # Words typed beside the number ("suami", "a.n. Budi"): kept with the record's notes
    note: str | None = None


def normalize_phone(raw: object) -> PhoneResult:
    """ "0812-3456-7890", "+62 812 3456 7890", "62812...", "812...", "(0812) ..." -> "+62812..."."""
    if raw is None or isinstance(raw, bool):
        return PhoneResult(None)
    if type(raw) is str and _USUAL.fullmatch(raw):
        return PhoneResult("+62" + raw[1:])  # the usual cell: what the steps below give
    if isinstance(raw, float) and raw.is_integer():
        raw = int(raw)  # a phone typed into a numeric cell lost its leading 0
    text = _NOISE.sub("", str(raw))
    if not text:
        return PhoneResult(None)
    number = _mobile(text)
    if number is not None:
        return PhoneResult(number)
    # Not one number as a whole: the numbers typed in it, each as typed ("0812-… / 0813-…",
    # "0812… (suami)"); a note's digits ("RT 03", "istri 2") are too few to be one, a number
    # cut short ("0812-345") is one still (the verifier must hear of it).
    found = _NUMBER.findall(str(raw))
    runs = [part for run in found if sum(c.isdigit() for c in run) >= 6 for part in _split(run)]
    numbers = [number for run in runs if (number := _mobile(_NOISE.sub("", run))) is not None]
    if numbers:  # the first that reads as a mobile number; the verifier hears of the others
        note = _note(str(raw), found)
        typed = {_mobile(digits) or digits for digits in (_NOISE.sub("", run) for run in runs)}
        if len(typed) == 1:  # one number (or the same one twice), with a note beside it
            return PhoneResult(numbers[0], note=note)
        return PhoneResult(
            numbers[0], [warning("PHONE_SEVERAL", "phone", kept=numbers[0])], note=note
        )
    return PhoneResult(None, [warning("PHONE_INVALID", "phone")])


_NEW_NUMBER = re.compile(r"(?:\+?62|0)8", re.ASCII)  # how a mobile number starts when typed


def _split(run: str) -> list[str]:
    """A run of digits and spaces that is not one number: the numbers typed one after the
    other, separated by a space only ("0812 3456 7890 0813 1111 2222"). Parts are joined until
    they read as a mobile number and the next part starts one; otherwise the run as it is."""
    if _mobile(_NOISE.sub("", run)) is not None or not any(c.isspace() for c in run):
        return [run]
    parts, numbers, current = run.split(), [], ""
    for n, part in enumerate(parts):
        current = f"{current} {part}" if current else part
        following = parts[n + 1] if n + 1 < len(parts) else None
        if following is None or (
            _mobile(_NOISE.sub("", current)) is not None and _NEW_NUMBER.match(following)
        ):
            numbers.append(current)
            current = ""
    return numbers if len(numbers) > 1 else [run]


def _note(raw: str, numbers: list[str]) -> str | None:
    """The words typed beside the numbers, tidied ("(suami)" -> "suami"); None when they are
    only separators ("/", ",", "atau", "dan")."""
    text = raw
    for number in numbers:
        text = text.replace(number, " ", 1)
    words = " ".join(text.split()).strip(" ,;/|()[]-:")
    if not any(c.isalpha() for c in words) or words.casefold() in ("atau", "dan"):
        return None
    return words[:60]


def _mobile(text: str) -> str | None:
    """``+628…`` for the digits of one number (noise already taken out), or None."""
    for prefix in ("+62", "0062", "62", "0"):
        if text.startswith(prefix):
            text = text[len(prefix) :]
            break
    if text.startswith("0"):
        text = text[1:]  # "+62 0812...": a trunk 0 kept after the country code
    return "+62" + text if _MOBILE_NSN.fullmatch(text) else None
