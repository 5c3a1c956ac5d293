"""Fitting text into a box: shrink, then wrap, then (only as a last resort) shorten with "…"."""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.pdfbase.pdfmetrics import stringWidth


@dataclass(frozen=True)
class Fitted:
    size: float
    lines: list[str]


def _wrap(text: str, font: str, size: float, width: float) -> list[str]:
    lines: list[str] = []
    line = ""
    for word in text.split():
        candidate = f"{line} {word}" if line else word
        if stringWidth(candidate, font, size) <= width:
            line = candidate
            continue
        if line:
            lines.append(line)
        # A single word wider than the box is broken by characters.
        while stringWidth(word, font, size) > width and len(word) > 1:
            cut = len(word)
            while cut > 1 and stringWidth(word[:cut], font, size) > width:
                cut -= 1
            lines.append(word[:cut])
            word = word[cut:]
        line = word
    if line:
        lines.append(line)
    return lines


def _ellipsize(text: str, font: str, size: float, width: float) -> str:
    if stringWidth(text, font, size) <= width:
        return text
    while text and stringWidth(text + "…", font, size) > width:
        text = text[:-1]
    return text.rstrip() + "…"


def fit_text(
    text: str,
    font: str,
    size: float,
    width: float,
    min_size: float,
    max_lines: int = 1,
    step: float = 0.5,
) -> Fitted:
    """The largest size from ``size`` down to ``min_size`` at which the text fits.

    One line is preferred; then up to ``max_lines`` wrapped lines. Text that still does not fit
    at ``min_size`` is cut with "…" on the last line, so nothing ever runs outside the box.
    """
    text = " ".join(text.split())
    current = size
    while current >= min_size - 1e-9:
        if stringWidth(text, font, current) <= width:
            return Fitted(current, [text])
        current -= step
    current = size
    while max_lines > 1 and current >= min_size - 1e-9:
        lines = _wrap(text, font, current, width)
        if len(lines) <= max_lines:
            return Fitted(current, lines)
        current -= step
    lines = _wrap(text, font, min_size, width) if max_lines > 1 else [text]
    kept = lines[:max_lines]
    rest = " ".join(lines[max_lines - 1 :])
    kept[-1] = _ellipsize(rest, font, min_size, width)
    return Fitted(min_size, kept)
