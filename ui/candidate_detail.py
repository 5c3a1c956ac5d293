"""A read-only view of one candidate, with its warnings spelled out for the verifier.

Officers who enter data also get "Ubah data" in the dialog: while the record is not yet sent
(proposed, verified, rejected) it opens the form to edit it; at a village, once it was sent
(submitted) or enrolled, "Koreksi / tarik" opens the same form to submit a correction or withdraw
the person (both travel to the district with the next batch); an ended record stays closed.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from lingkaran_desktop import clock
from lingkaran_desktop.domain.candidate import CandidateFields, check_candidate
from lingkaran_desktop.domain.messages import render
from lingkaran_desktop.domain.program import ProgramRules
from lingkaran_desktop.services.candidates import EDITABLE
from lingkaran_desktop.services.changes import SENT
from ui.candidate_model import _occupation_text
from ui.labels import rupiah, sex_label, status_label, warning_codes, warning_label
from ui.style import clear_layout


def warning_messages(candidate: dict[str, Any], rules: ProgramRules) -> list[str]:
    """Full messages for a candidate's stored warning codes (the store keeps only the codes).

    The rules are run again on the stored values with the same core function the form uses;
    codes that depend on what was typed at entry (e.g. "taken from the NIK") are rendered from
    the stored values.
    """
    fields = CandidateFields(
        nik=candidate["nik"],
        name=candidate["name"],
        sex=candidate["sex"],
        birth_date=candidate["birth_date"],
        kk=candidate["kk"],
        phone=candidate["phone"],
        occupation=candidate["occupation_code"],
        income=candidate["income"],
        desil=candidate["desil"],
        funding=candidate["funding"],
        village_code=candidate["village_code"],
    )
    found = {f.code: f.message for f in check_candidate(fields, rules, clock.today()).warnings}
    birth: date | None = candidate["birth_date"]
    params = {"sex": candidate["sex"], "date": birth.isoformat() if birth else ""}
    out = []
    for code in warning_codes(candidate["warnings"]):
        text = found.get(code) or render(code, params)
        out.append(text if "{" not in text else warning_label(code))
    return out


class CandidateDetail(QWidget):
    """Label rows for every captured field, and an amber box per warning."""

    def __init__(self, rules: ProgramRules, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rules = rules
        self._form = QFormLayout()
        self._warnings = QVBoxLayout()
        layout = QVBoxLayout(self)
        layout.addLayout(self._form)
        layout.addLayout(self._warnings)
        layout.addStretch(1)

    def show_candidate(self, c: dict[str, Any] | None) -> None:
        while self._form.rowCount():
            self._form.removeRow(0)
        clear_layout(self._warnings)
        if c is None:
            return
        birth = c["birth_date"].strftime("%d-%m-%Y") if c["birth_date"] else ""
        rows = [
            (self.tr("NIK"), c["nik"]),
            (self.tr("Nama"), c["name"]),
            (self.tr("Jenis kelamin"), sex_label(c["sex"])),
            (self.tr("Tempat, tgl lahir"), ", ".join(x for x in (c["birth_place"], birth) if x)),
            (self.tr("Nama ibu kandung"), c["mother_name"]),
            (self.tr("No. KK"), c["kk"]),
            (self.tr("Alamat"), c["address"]),
            (self.tr("RT/RW"), f"{c['rt'] or '-'}/{c['rw'] or '-'}"),
            (self.tr("Telepon"), c["phone"]),
            (self.tr("Pekerjaan"), _occupation_text(c["occupation_code"])),
            (self.tr("Penghasilan"), rupiah(c["income"]) if c["income"] is not None else ""),
            (self.tr("Desil"), str(c["desil"]) if c["desil"] is not None else ""),
            (self.tr("Sumber dana"), c["funding"]),
            (self.tr("Diusulkan oleh"), c["proposed_by"]),
            (self.tr("Status"), status_label(c["status"])),
            (self.tr("Diinput oleh"), c["entered_by"]),
        ]
        if c.get("rejection_reason"):
            rows.append((self.tr("Alasan ditolak"), c["rejection_reason"]))
        for label, value in rows:
            text = QLabel(str(value or "—"))
            text.setWordWrap(True)
            self._form.addRow(label, text)
        for message in warning_messages(c, self.rules):
            box = QLabel(self.tr("Perlu dicek: ") + message)
            box.setWordWrap(True)
            box.setProperty("role", "warning")
            self._warnings.addWidget(box)


def is_editable(candidate: dict[str, Any]) -> bool:
    """Not yet sent: the village may still correct it (the service refuses the others anyway)."""
    return candidate["status"] in {s.value for s in EDITABLE}


def is_correctable(candidate: dict[str, Any]) -> bool:
    """Sent or enrolled: a village submits a correction or withdraws it (services.changes)."""
    return candidate["status"] in {s.value for s in SENT}


class CandidateDialog(QDialog):
    edit_requested = Signal(str)  # the NIK of the record to correct

    def __init__(self, candidate: dict[str, Any], rules: ProgramRules,
                 parent: QWidget | None = None, can_edit: bool = False,
                 village: bool | None = None) -> None:
        super().__init__(parent)
        self.candidate = candidate
        if village is None:  # the list page that opens the dialog knows the installation
            session = getattr(parent, "session", None)
            village = session is None or session.info.role == "village"
        self.setWindowTitle(self.tr("Data calon peserta"))
        self.setMinimumWidth(520)
        detail = CandidateDetail(rules)
        detail.show_candidate(candidate)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Tutup"))
        buttons.rejected.connect(self.reject)
        self.why = QLabel()
        self.why.setObjectName("whyLocked")
        self.why.setWordWrap(True)
        self.why.setProperty("role", "muted")
        self.why.hide()
        self.edit_button: QPushButton | None = None
        if can_edit:
            self.edit_button = QPushButton(self.tr("Ubah data"))
            self.edit_button.setObjectName("editButton")
            self.edit_button.clicked.connect(self._edit)
            buttons.addButton(self.edit_button, QDialogButtonBox.ButtonRole.ActionRole)
            if is_editable(candidate):
                self.edit_button.setToolTip(self.tr(
                    "Perbaiki data ini. Bila sudah terverifikasi atau ditolak, data kembali "
                    "ke verifikator."))
            elif village and is_correctable(candidate):
                self.edit_button.setText(self.tr("Koreksi / tarik..."))
                self.edit_button.setToolTip(self.tr(
                    "Data ini sudah dikirim: ajukan koreksi atau tarik dari program. Keduanya "
                    "dikirim ke kabupaten pada kiriman berikutnya."))
            else:
                self.edit_button.setEnabled(False)
                status = status_label(candidate["status"])
                self.why.setText(self.tr(
                    "Tidak bisa diubah lagi: kepesertaan ini sudah selesai (status: {status})."
                ).format(status=status) if village else self.tr(
                    "Tidak bisa diubah di kabupaten (status: {status}). Koreksi dan penarikan "
                    "diajukan desa asalnya dan datang bersama kirimannya."
                ).format(status=status))
                self.edit_button.setToolTip(self.why.text())
                self.why.show()
        layout = QVBoxLayout(self)
        layout.addWidget(detail)
        layout.addWidget(self.why)
        layout.addWidget(buttons)

    def _edit(self) -> None:
        self.edit_requested.emit(self.candidate["nik"])
        self.accept()
