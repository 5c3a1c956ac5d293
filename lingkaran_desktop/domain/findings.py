"""Findings: the outcome of checking a value against a rule.

A finding has a stable ``code`` (scripts and the GUI key on it), a severity (an error rejects the
value, a warning asks the verifier to look) and parameters for its message. The message text itself
lives in :mod:`lingkaran_desktop.domain.messages`, in Bahasa Indonesia and English.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from dataclasses import field as dataclass_field
from enum import StrEnum
from typing import Any

from lingkaran_desktop.domain.messages import render


class Severity(StrEnum):
    ERROR = "error"
    WARNING = "warning"


@dataclass(frozen=True)
class Finding:
    code: str
    severity: Severity
    field: str | None = None
    params: dict[str, Any] = dataclass_field(default_factory=dict)

    @property
    def is_error(self) -> bool:
        return self.severity is Severity.ERROR

    @property
    def message(self) -> str:
        """The message in the active language (Indonesian by default)."""
        return render(self.code, self.params)

    def text(self, lang: str) -> str:
        return render(self.code, self.params, lang=lang)

    def to_dict(self) -> dict[str, Any]:
        return {
            "code": self.code,
            "severity": self.severity.value,
            "field": self.field,
            "message": self.message,
        }


def _finding(code: str, severity: Severity, field: str | None, params: dict[str, Any]) -> Finding:
    """The same as ``Finding(code, severity, field, params)``, in a third of the time: a frozen
    dataclass's ``__init__`` sets each field through ``object.__setattr__``, and an import makes
    a finding for most rows."""
    finding = object.__new__(Finding)
    finding.__dict__.update(code=code, severity=severity, field=field, params=params)
    return finding


def error(code: str, field: str | None = None, /, **params: Any) -> Finding:
    return _finding(code, Severity.ERROR, field, params)


def warning(code: str, field: str | None = None, /, **params: Any) -> Finding:
    return _finding(code, Severity.WARNING, field, params)


def errors_of(findings: Iterable[Finding]) -> list[Finding]:
    return [f for f in findings if f.is_error]


def warnings_of(findings: Iterable[Finding]) -> list[Finding]:
    return [f for f in findings if not f.is_error]


class HasFindings:
    """For results that carry ``findings``: ok (no error), and the errors and warnings apart."""

    findings: list[Finding]

    @property
    def ok(self) -> bool:
        return not errors_of(self.findings)

    @property
    def errors(self) -> list[Finding]:
        return errors_of(self.findings)

    @property
    def warnings(self) -> list[Finding]:
        return warnings_of(self.findings)


class DomainError(Exception):
    """A rule refused an action. Carries the finding so callers can show its message."""

    def __init__(self, finding: Finding) -> None:
        self.finding = finding
        super().__init__(finding.message)

    @property
    def code(self) -> str:
        return self.finding.code
