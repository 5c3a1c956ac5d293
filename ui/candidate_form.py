"""Entry form for one candidate: keyboard-first, checks as you type, drafts saved on every change.

The checks are the core's own (``parse_nik``, ``check_candidate``): the form shows what the NIK
decodes to, pre-fills birth date and sex from it, says at once when the NIK is already registered,
and shows errors (red: must be fixed) apart from warnings (amber: the verifier will look).

The same form corrects a record not yet sent (``CandidateForm(session, edit=row)``): prefilled,
titled "Ubah Data Pekerja", asking for a reason and saving through ``update_candidate``. Edit mode
keeps no draft: the record itself is stored, and the add-mode draft is never touched by an edit.

At a village, a record already sent (submitted) or enrolled opens as "Koreksi Data Peserta": the
NIK is read-only, "Ajukan koreksi" saves the changed fields with a reason through
``correct_candidate``, and "Tarik dari program" (a reason, then a confirmation) withdraws the
person through ``withdraw_candidate``. Both travel to the district with the next batch.
"""

from __future__ import annotations

import logging
import re
from datetime import date

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from lingkaran_desktop import clock
from lingkaran_desktop.domain.candidate import CandidateFields, check_candidate
from lingkaran_desktop.domain.findings import DomainError, Finding
from lingkaran_desktop.domain.nik import parse_nik
from lingkaran_desktop.domain.occupation import all_occupations
from lingkaran_desktop.domain.regions import get_region
from lingkaran_desktop.services.candidates import (
    fields_of,
    list_candidates,
    register_candidate,
    update_candidate,
)
from lingkaran_desktop.services.changes import (
    SENT,
    WITHDRAW_REASONS,
    correct_candidate,
    withdraw_candidate,
)
from ui.drafts import DraftFile
from ui.labels import sex_label, status_label
from ui.session import AppSession
from ui.style import clear_layout, set_role, set_state

log = logging.getLogger("lingkaran.ui.form")

CHECK_DELAY_MS = 120
DRAFT_DELAY_MS = 400
_DATE_DMY = re.compile(r"^\s*(\d{1,2})[-/. ](\d{1,2})[-/. ](\d{4})\s*$")
_DATE_COMPACT = re.compile(r"^\s*(\d{2})(\d{2})(\d{4})\s*$")


def parse_typed_date(text: str) -> str:
    """"12-05-1980", "12/5/1980", "12051980" or "1980-05-12" -> ISO text; anything else is
    returned unchanged so that the core reports it as an unreadable date."""
    match = _DATE_DMY.match(text) or _DATE_COMPACT.match(text)
    if match:
        day, month, year = (int(g) for g in match.groups())
        try:
            return date(year, month, day).isoformat()
        except ValueError:
            return text.strip()
    return text.strip()


def format_date(value: date) -> str:
    return value.strftime("%d-%m-%Y")


def _display(value: object) -> str:
    """A stored value as the form shows it (dates as DD-MM-YYYY, None as empty)."""
    if value is None:
        return ""
    if isinstance(value, date):
        return format_date(value)
    return str(value)


class CandidateForm(QWidget):
    saved = Signal(dict)
    cancelled = Signal()  # edit mode: "Batal"

    TEXT_FIELDS = ("nik", "name", "birth_place", "birth_date", "mother_name", "kk", "address",
                   "rt", "rw", "phone", "income", "proposed_by", "notes", "village_code")

    def __init__(self, session: AppSession, parent: QWidget | None = None,
                 edit: dict | None = None) -> None:
        super().__init__(parent)
        self.session = session
        # Edit mode: the stored record being corrected (None: adding a new one).
        self.original: dict | None = edit
        self.editing = edit is not None
        self.draft = DraftFile(session.home, session.actor.name)
        self.is_district = session.info.role == "district"
        # A village's record already sent or enrolled: a correction or a withdrawal, queued.
        self.correcting = (edit is not None and not self.is_district
                           and edit.get("status") in {s.value for s in SENT})
        self.last_action = ""  # what the last save did: "edit", "correct" or "withdraw"
        self._touched: set[str] = set()
        self._save_attempted = False
        self._last_nik = ""
        self._duplicate: str | None = None
        self._restoring = False
        self.inputs: dict[str, QWidget] = {}
        self._loaded: dict[str, str] = {}  # edit mode: the values as opened, to spot changes
        # Edit mode: "discard the unsaved correction?" (replaceable in tests, no modal dialog)
        self.ask_discard = self._ask_discard
        # Correction mode: "withdraw this person?" (replaceable in tests, no modal dialog)
        self.ask_withdraw = self._ask_withdraw
        self._build()
        self._check_timer = self._timer(CHECK_DELAY_MS, self.run_checks)
        self._draft_timer = self._timer(DRAFT_DELAY_MS, self.save_draft)
        if self.editing:
            self._load_record()
        else:
            self._restore_draft()
        self.run_checks()

    # --- building ----------------------------------------------------------------------------

    def _timer(self, ms: int, slot) -> QTimer:
        timer = QTimer(self)
        timer.setSingleShot(True)
        timer.setInterval(ms)
        timer.timeout.connect(slot)
        return timer

    def _line(self, key: str, placeholder: str = "", max_length: int = 200) -> QLineEdit:
        edit = QLineEdit()
        edit.setObjectName(key)
        edit.setPlaceholderText(placeholder)
        edit.setMaxLength(max_length)
        edit.textChanged.connect(lambda _t, k=key: self._changed(k))
        edit.editingFinished.connect(lambda k=key: self._touch(k))
        self.inputs[key] = edit
        return edit

    def _combo(self, key: str, items: list[tuple[str, str]]) -> QComboBox:
        combo = QComboBox()
        combo.setObjectName(key)
        for value, text in items:
            combo.addItem(text, value)
        combo.currentIndexChanged.connect(lambda _i, k=key: self._changed(k))
        self.inputs[key] = combo
        return combo

    def _build(self) -> None:
        title = QLabel(self.tr("Koreksi Data Peserta") if self.correcting else
                       self.tr("Ubah Data Pekerja") if self.editing else self.tr("Tambah Pekerja"))
        title.setObjectName("formTitle")
        title.setProperty("role", "title")
        intro = QLabel(self.tr(
            "Data ini sudah dikirim ke kabupaten. Perbaiki isian yang salah sesuai KTP dan Kartu "
            "Keluarga, tulis alasannya, lalu tekan \"Ajukan koreksi\" (Ctrl+S): koreksi disimpan "
            "di sini dan dikirim ke kabupaten pada kiriman berikutnya. NIK tidak bisa dikoreksi: "
            "bila NIK salah, tarik data ini dari program lalu masukkan lagi dengan NIK yang benar."
        ) if self.correcting else self.tr(
            "Perbaiki isian yang salah sesuai KTP dan Kartu Keluarga, tulis alasan perbaikannya, "
            "lalu simpan (Ctrl+S). Data yang sudah terverifikasi atau ditolak kembali berstatus "
            "Diusulkan dan diperiksa lagi oleh verifikator; perbaikan dicatat atas nama Anda."
        ) if self.editing else self.tr(
            "Ketik data sesuai KTP dan Kartu Keluarga. Tekan Enter untuk pindah ke isian "
            "berikutnya; Ctrl+S untuk menyimpan. Isian disimpan otomatis sebagai draf."
        ))
        intro.setObjectName("formIntro")
        intro.setWordWrap(True)
        intro.setProperty("role", "muted")
        self.banner = QLabel()
        self.banner.setObjectName("formBanner")
        self.banner.setWordWrap(True)
        self.banner.hide()
        self.record_note = QLabel()
        self.record_note.setObjectName("recordNote")
        self.record_note.setWordWrap(True)
        self.record_note.hide()

        nik = self._line("nik", self.tr("16 angka sesuai KTP"), 30)
        self.nik_info = QLabel()
        self.nik_info.setObjectName("nikInfo")
        self.nik_info.setWordWrap(True)
        self.duplicate = QLabel()
        self.duplicate.setObjectName("nikDuplicate")
        self.duplicate.setWordWrap(True)
        self.duplicate.setProperty("role", "error")
        self.duplicate.hide()
        name = self._line("name", self.tr("nama lengkap sesuai KTP"))
        sex = self._combo("sex", [("", "—"), ("L", self.tr("Laki-laki")),
                                  ("P", self.tr("Perempuan"))])
        birth_place = self._line("birth_place", self.tr("mis. Jember"), 100)
        birth_date = self._line("birth_date", self.tr("HH-BB-TTTT, mis. 17-08-1980"), 10)
        self.prefill_note = QLabel()
        self.prefill_note.setObjectName("prefillNote")
        self.prefill_note.setWordWrap(True)
        self.prefill_note.setProperty("role", "muted")
        self.prefill_note.hide()
        mother = self._line("mother_name", self.tr("untuk pencocokan data BPJS"))
        kk = self._line("kk", self.tr("16 angka (boleh dikosongkan)"), 30)
        phone = self._line("phone", self.tr("mis. 0812 3456 7890"), 20)
        address = self._line("address", self.tr("jalan / dusun"), 300)
        rt = self._line("rt", self.tr("RT"), 3)
        rw = self._line("rw", self.tr("RW"), 3)
        for small in (rt, rw):
            small.setMaximumWidth(70)
        occupation = QComboBox()
        occupation.setObjectName("occupation")
        occupation.setEditable(True)
        # Not as wide as the longest occupation name: the two columns share the width evenly
        # (at 125 % scaling the left column was squeezed and its notes wrapped line by line).
        occupation.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        occupation.setMinimumContentsLength(16)
        occupation.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        occupation.addItems([f"{o.code} {o.name}" for o in all_occupations()])
        occupation.setCurrentIndex(-1)
        occupation.lineEdit().setPlaceholderText(self.tr("ketik mis. buruh tani, nelayan, P006"))
        completer = QCompleter(occupation.model(), occupation)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        occupation.setCompleter(completer)
        occupation.editTextChanged.connect(lambda _t: self._changed("occupation"))
        occupation.lineEdit().editingFinished.connect(lambda: self._touch("occupation"))
        self.inputs["occupation"] = occupation
        income = self._line("income", self.tr("Rp per bulan (boleh dikosongkan)"), 15)
        desil = self._combo("desil", [("", "—")] + [(str(i), str(i)) for i in range(1, 11)])
        funding = self._combo("funding", [("APBD", "APBD"), ("DBHCHT", "DBHCHT"),
                                          ("APBDES", self.tr("APBDes / Dana Desa")),
                                          ("LAINNYA", self.tr("Lainnya"))])
        proposed = self._line("proposed_by", self.tr("mis. Ketua RT 003"), 100)
        notes = self._line("notes", "", 1000)
        village = self._line("village_code", self.tr("kode desa, mis. 35.09.01.2001"), 13)
        self.village_name = QLabel()
        self.village_name.setProperty("role", "muted")

        left = QFormLayout()
        left.addRow(self.tr("NIK *"), nik)
        left.addRow("", self.nik_info)
        left.addRow("", self.duplicate)
        left.addRow(self.tr("Nama lengkap *"), name)
        left.addRow(self.tr("Jenis kelamin *"), sex)
        left.addRow(self.tr("Tanggal lahir *"), birth_date)
        left.addRow("", self.prefill_note)
        left.addRow(self.tr("Tempat lahir"), birth_place)
        left.addRow(self.tr("Nama ibu kandung"), mother)
        left.addRow(self.tr("No. KK"), kk)
        left.addRow(self.tr("No. HP"), phone)
        right = QFormLayout()
        if self.is_district:
            right.addRow(self.tr("Kode desa *"), village)
            right.addRow("", self.village_name)
        else:
            village.hide()
        right.addRow(self.tr("Alamat"), address)
        rtrw = QHBoxLayout()
        rtrw.addWidget(rt)
        rtrw.addWidget(QLabel("/"))
        rtrw.addWidget(rw)
        rtrw.addStretch(1)
        right.addRow(self.tr("RT / RW"), rtrw)
        right.addRow(self.tr("Pekerjaan *"), occupation)
        right.addRow(self.tr("Penghasilan"), income)
        right.addRow(self.tr("Desil DTSEN"), desil)
        right.addRow(self.tr("Sumber dana"), funding)
        right.addRow(self.tr("Diusulkan oleh"), proposed)
        right.addRow(self.tr("Catatan"), notes)
        columns = QHBoxLayout()
        columns.addLayout(left, 1)
        columns.addSpacing(24)
        columns.addLayout(right, 1)

        self.findings_box = QVBoxLayout()
        # The text before the shortcut: setText() resets a button's shortcut.
        self.save_button = QPushButton(self.tr("Ajukan koreksi (Ctrl+S)") if self.correcting
                                       else self.tr("Simpan perbaikan (Ctrl+S)") if self.editing
                                       else self.tr("Simpan (Ctrl+S)"))
        self.save_button.setObjectName("saveButton")
        self.save_button.setProperty("role", "primary")
        self.save_button.setAutoDefault(True)
        self.save_button.setShortcut("Ctrl+S")
        self.save_button.clicked.connect(self.save)
        buttons = QHBoxLayout()
        self.reason = QLineEdit()
        self.reason.setObjectName("editReason")
        self.reason.setMaxLength(200)
        self.reason.setPlaceholderText(self.tr("mis. nama sesuai KTP"))
        self.reason.textChanged.connect(lambda _t: self.banner.hide())
        if self.editing:
            cancel = QPushButton(self.tr("Batal"))
            cancel.setObjectName("cancelButton")
            cancel.clicked.connect(self.cancel)
            reason_label = QLabel(self.tr("Alasan koreksi *") if self.correcting
                                  else self.tr("Alasan perbaikan *"))
            reason_label.setBuddy(self.reason)
            buttons.addWidget(reason_label)
            buttons.addWidget(self.reason, 1)
            buttons.addSpacing(24)
            buttons.addWidget(cancel)
        else:
            self.reason.hide()
            clear = QPushButton(self.tr("Kosongkan"))
            clear.setObjectName("clearButton")
            clear.clicked.connect(self.clear)
            buttons.addStretch(1)
            buttons.addWidget(clear)
        buttons.addWidget(self.save_button)

        body = QWidget()
        inner = QVBoxLayout(body)
        inner.addWidget(title)
        inner.addWidget(intro)
        inner.addWidget(self.record_note)
        inner.addWidget(self.banner)
        inner.addLayout(columns)
        line = QFrame()
        line.setFrameShape(QFrame.Shape.HLine)
        inner.addWidget(line)
        inner.addLayout(self.findings_box)
        inner.addStretch(1)
        if self.correcting:
            inner.addWidget(self._withdraw_box())
        inner.addLayout(buttons)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(body)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)

        order = ["village_code"] if self.is_district else []
        order += ["nik", "name", "sex", "birth_date", "birth_place", "mother_name", "kk",
                  "phone", "address", "rt", "rw", "occupation", "income", "desil", "funding",
                  "proposed_by", "notes"]
        self.order = [self.inputs[k] for k in order]
        if self.editing:
            self.order.append(self.reason)
        self.order.append(self.save_button)
        for first, second in zip(self.order, self.order[1:], strict=False):
            QWidget.setTabOrder(first, second)
        self._enter = _EnterMovesOn(self.order, self)
        for widget in self.order[:-1]:
            widget.installEventFilter(self._enter)
            if isinstance(widget, QComboBox) and widget.lineEdit() is not None:
                widget.lineEdit().installEventFilter(self._enter)

    def _withdraw_box(self) -> QWidget:
        """Correction mode: withdraw the person from the program (a reason, then a question)."""
        box = QGroupBox(self.tr("Tarik dari program"))
        box.setObjectName("withdrawBox")
        explain = QLabel(self.tr("Bila orang ini meninggal, pindah, tidak memenuhi syarat lagi "
                                 "atau mengundurkan diri. Penarikan dikirim ke kabupaten pada "
                                 "kiriman berikutnya."))
        explain.setWordWrap(True)
        explain.setProperty("role", "muted")
        self.withdraw_reason = QComboBox()
        self.withdraw_reason.setObjectName("withdrawReason")
        self.withdraw_reason.setEditable(True)
        self.withdraw_reason.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.withdraw_reason.addItems(list(WITHDRAW_REASONS))  # stored as written (Indonesian)
        self.withdraw_reason.setCurrentIndex(-1)
        self.withdraw_reason.lineEdit().setPlaceholderText(
            self.tr("pilih atau tulis alasannya"))
        self.withdraw_reason.setMinimumContentsLength(24)
        self.withdraw_button = QPushButton(self.tr("Tarik dari program..."))
        self.withdraw_button.setObjectName("withdrawButton")
        self.withdraw_button.clicked.connect(self.withdraw)
        label = QLabel(self.tr("Alasan penarikan *"))
        label.setBuddy(self.withdraw_reason)
        row = QHBoxLayout()
        row.addWidget(label)
        row.addWidget(self.withdraw_reason, 1)
        row.addWidget(self.withdraw_button)
        layout = QVBoxLayout(box)
        layout.addWidget(explain)
        layout.addLayout(row)
        return box

    # --- values ------------------------------------------------------------------------------

    def text(self, key: str) -> str:
        widget = self.inputs[key]
        if isinstance(widget, QLineEdit):
            return widget.text()
        assert isinstance(widget, QComboBox)
        if widget.isEditable():
            return widget.currentText()
        return str(widget.currentData() or "")

    def set_text(self, key: str, value: str) -> None:
        widget = self.inputs[key]
        if isinstance(widget, QLineEdit):
            widget.setText(value)
        elif isinstance(widget, QComboBox):
            if widget.isEditable():
                widget.setEditText(value)
            else:
                widget.setCurrentIndex(max(0, widget.findData(value)))

    def values(self) -> dict[str, str]:
        return {key: self.text(key) for key in self.inputs}

    def fields(self) -> CandidateFields:
        v = self.values()
        village = v["village_code"].strip() if self.is_district else self.session.info.region_code
        return CandidateFields(
            nik=v["nik"],
            name=v["name"],
            sex=v["sex"] or None,
            birth_date=parse_typed_date(v["birth_date"]) or None,
            birth_place=v["birth_place"],
            mother_name=v["mother_name"],
            kk=v["kk"] or None,
            address=v["address"],
            rt=v["rt"] or None,
            rw=v["rw"] or None,
            phone=v["phone"] or None,
            occupation=v["occupation"],
            income=v["income"] or None,
            desil=v["desil"] or None,
            funding=v["funding"],
            proposed_by=v["proposed_by"],
            notes=v["notes"],
            village_code=village or None,
        )

    # --- reacting to typing ------------------------------------------------------------------

    def _changed(self, key: str) -> None:
        if self._restoring:
            return
        if key in ("birth_date", "sex"):
            self.prefill_note.hide()
        self.banner.hide()
        self._check_timer.start()
        self._draft_timer.start()

    def _touch(self, key: str) -> None:
        if self.text(key).strip():
            self._touched.add(key)
        self._check_timer.start()

    def run_checks(self) -> list[Finding]:
        self._check_timer.stop()
        self._update_nik()
        if self.is_district:
            region = get_region(self.text("village_code"))
            self.village_name.setText(region.label() if region else "")
        check = check_candidate(self.fields(), self.session.rules, clock.today())
        shown = [f for f in check.findings if self._should_show(f)]
        self._show_findings(shown)
        return check.findings

    def _should_show(self, finding: Finding) -> bool:
        if not finding.is_error or self._save_attempted:
            return True
        key = {"occupation": "occupation", "village_code": "village_code"}.get(
            finding.field or "", finding.field or ""
        )
        if key == "nik":
            return False  # the NIK line under the field says it already
        return key in self._touched

    def _update_nik(self) -> None:
        raw = self.text("nik")
        result = parse_nik(raw, reference_date=self.session.rules.coverage_start)
        digits = result.nik
        nik_edit = self.inputs["nik"]
        if result.info is not None:
            info = result.info
            district = info.district_name or self.tr("kecamatan tidak dikenal")
            self.nik_info.setText(self.tr(
                "Menurut NIK: lahir {date} · {sex} · diterbitkan di Kec. {district} ({code})"
            ).format(date=format_date(info.birth_date), sex=sex_label(info.sex),
                     district=district.title(), code=info.district_code))
            set_role(self.nik_info, "ok")
            set_state(nik_edit, None)
            if digits != self._last_nik:
                self._last_nik = digits
                self._prefill(info.birth_date, info.sex)
                self._check_duplicate(digits)
        else:
            self._last_nik = ""
            self._set_duplicate(None)
            show_error = result.errors and (
                len(digits) >= 16 or "nik" in self._touched or self._save_attempted
                or not digits.isdigit()
            )
            if not raw.strip():
                self.nik_info.setText(self.tr("Ketik 16 angka NIK; tanggal lahir, jenis kelamin "
                                              "dan kecamatan akan terbaca otomatis."))
                set_role(self.nik_info, "muted")
                set_state(nik_edit, None)
            elif show_error:
                self.nik_info.setText(result.errors[0].message)
                set_role(self.nik_info, "error")
                set_state(nik_edit, "error")
            else:
                self.nik_info.setText(self.tr("{n} dari 16 angka").format(n=len(digits)))
                set_role(self.nik_info, "muted")
                set_state(nik_edit, None)

    def _prefill(self, birth: date, sex: str) -> None:
        filled = []
        if not self.text("birth_date").strip():
            self.set_text("birth_date", format_date(birth))
            filled.append(self.tr("tanggal lahir"))
        if not self.text("sex"):
            self.set_text("sex", sex)
            filled.append(self.tr("jenis kelamin"))
        if filled:
            self.prefill_note.setText(self.tr(
                "{what} diisi dari NIK — cocokkan dengan KTP dan ubah bila berbeda."
            ).format(what=" & ".join(filled).capitalize()))
            self.prefill_note.show()

    def _check_duplicate(self, nik: str) -> None:
        rows = list_candidates(self.session.store, self.session.actor, search=nik, limit=5)
        own = self.original["nik"] if self.original else None
        same = next((r for r in rows if r["nik"] == nik and nik != own), None)
        self._set_duplicate(
            self.tr("NIK ini sudah terdaftar atas nama {name} (status: {status}). "
                    "Tidak perlu dimasukkan lagi; cari di Data Pekerja.").format(
                name=same["name"], status=status_label(same["status"]))
            if same else None
        )

    def _set_duplicate(self, text: str | None) -> None:
        self._duplicate = text
        self.duplicate.setText(text or "")
        self.duplicate.setVisible(bool(text))
        if text:
            set_state(self.inputs["nik"], "error")

    def _show_findings(self, findings: list[Finding]) -> None:
        clear_layout(self.findings_box)
        states: dict[str, str] = {}
        errors = [f for f in findings if f.is_error]
        warnings = [f for f in findings if not f.is_error]
        for finding in errors:
            self._add_finding(self.tr("Harus diperbaiki: ") + finding.message, "error")
            states[finding.field or ""] = "error"
        for finding in warnings:
            self._add_finding(
                self.tr("Perlu dicek (boleh disimpan, verifikator akan memeriksa): ")
                + finding.message, "warning")
            states.setdefault(finding.field or "", "warning")
        if not findings:
            ok = QLabel(self.tr("Belum ada masalah pada data yang diisi."))
            ok.setProperty("role", "muted")
            self.findings_box.addWidget(ok)
        for key, widget in self.inputs.items():
            if key == "nik":
                continue
            set_state(widget, states.get(key))

    def _add_finding(self, text: str, role: str) -> None:
        label = QLabel(text)
        label.setWordWrap(True)
        label.setProperty("role", role)
        label.setObjectName(f"finding-{role}")
        self.findings_box.addWidget(label)

    # --- saving ------------------------------------------------------------------------------

    def save(self) -> bool:
        self._save_attempted = True
        findings = self.run_checks()
        if self._duplicate:
            self._show_banner(self._duplicate, "error")
            self.inputs["nik"].setFocus()
            return False
        errors = [f for f in findings if f.is_error]
        if errors:
            self._show_banner(self.tr("Belum bisa disimpan: {n} isian harus diperbaiki (lihat "
                                      "kotak merah di bawah).").format(n=len(errors)), "error")
            self._focus_field(errors[0].field)
            return False
        if self.editing:
            return self._save_edit()
        try:
            result = register_candidate(self.session.store, self.session.actor, self.fields())
        except DomainError as exc:
            self._show_banner(exc.finding.message, "error")
            self._focus_field(exc.finding.field)
            return False
        name = result.candidate["name"]
        log.info("candidate registered by %s", self.session.actor.name)
        self.draft.delete()
        self.clear(keep_banner=True)
        if result.warnings:
            text = self.tr(
                "Tersimpan: {name}, status Diusulkan. Catatan untuk verifikator:"
            ).format(name=name)
            text += "".join(f"\n• {w.message}" for w in result.warnings)
            self._show_banner(text, "warning")
        else:
            self._show_banner(self.tr("Tersimpan: {name}, status Diusulkan. Silakan ketik data "
                                      "berikutnya.").format(name=name), "ok")
        self.saved.emit(result.candidate)
        return True

    def _save_edit(self) -> bool:
        assert self.original is not None
        if self.correcting:
            return self._save_correction()
        reason = self.reason.text().strip()
        if not reason:
            self._show_banner(self.tr("Tulis alasan perbaikan terlebih dahulu, mis. \"nama sesuai "
                                      "KTP\"."), "error")
            self.reason.setFocus()
            return False
        try:
            result = update_candidate(self.session.store, self.session.actor,
                                      self.original["nik"], self.fields(), reason)
        except DomainError as exc:
            self._show_banner(exc.finding.message, "error")
            self._focus_field(exc.finding.field)
            return False
        log.info("candidate corrected by %s", self.session.actor.name)
        self.last_action = "edit"
        self.original = result.candidate
        self._loaded = self.values()
        self.reason.clear()
        self._show_banner(self.tr("Perbaikan tersimpan: {name}, status Diusulkan.").format(
            name=result.candidate["name"]), "ok")
        self.saved.emit(result.candidate)
        return True

    def correction_changes(self) -> dict[str, object]:
        """Correction mode: the fields changed since the record was opened, by record name."""
        fields = self.fields()
        typed = {"birth_date": fields.birth_date, "occupation": fields.occupation}
        changes: dict[str, object] = {}
        for key, text in self.values().items():
            if key in ("nik", "village_code") or text == self._loaded.get(key):
                continue
            changes["occupation_code" if key == "occupation" else key] = typed.get(key, text)
        return changes

    def _save_correction(self) -> bool:
        assert self.original is not None
        changes = self.correction_changes()
        if not changes:
            self._show_banner(self.tr("Belum ada isian yang diubah. Perbaiki isian yang salah, "
                                      "lalu ajukan koreksi."), "error")
            return False
        reason = self.reason.text().strip()
        if not reason:
            self._show_banner(self.tr("Tulis alasan koreksi terlebih dahulu, mis. \"nama sesuai "
                                      "KTP\"."), "error")
            self.reason.setFocus()
            return False
        try:
            result = correct_candidate(self.session.store, self.session.actor,
                                       self.original["nik"], changes, reason)
        except DomainError as exc:
            self._show_banner(exc.finding.message, "error")
            self._focus_field(exc.finding.field)
            return False
        log.info("correction queued by %s", self.session.actor.name)
        self.last_action = "correct"
        self.original = result.candidate
        self._loaded = self.values()
        self.reason.clear()
        self._show_banner(self.tr("Permintaan koreksi {name} tersimpan; menunggu disetujui orang "
                                  "lain.").format(name=result.candidate["name"]), "ok")
        self.saved.emit(result.candidate)
        return True

    def withdraw(self) -> bool:
        """Correction mode: withdraw the person, after asking (queued for the district)."""
        assert self.original is not None
        reason = self.withdraw_reason.currentText().strip()
        if not reason:
            self._show_banner(self.tr("Pilih atau tulis alasan penarikan terlebih dahulu."),
                              "error")
            self.withdraw_reason.setFocus()
            return False
        if not self.ask_withdraw(reason):
            return False
        try:
            result = withdraw_candidate(self.session.store, self.session.actor,
                                        self.original["nik"], reason)
        except DomainError as exc:
            self._show_banner(exc.finding.message, "error")
            return False
        log.info("withdrawal queued by %s", self.session.actor.name)
        self.last_action = "withdraw"
        self.original = result.candidate
        self._loaded = self.values()
        self.reason.clear()
        self.saved.emit(result.candidate)
        return True

    def _ask_withdraw(self, reason: str) -> bool:
        assert self.original is not None
        after = "ended" if self.original.get("status") == "enrolled" else "rejected"
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Tarik dari program"))
        box.setText(self.tr("Tarik {name} dari program dengan alasan \"{reason}\"?").format(
            name=self.original.get("name") or "", reason=reason))
        box.setInformativeText(self.tr(
            "Setelah disetujui orang lain (verifikator), statusnya menjadi {status} dan "
            "penarikan dikirim ke kabupaten pada kiriman berikutnya. Setelah dikirim, ini tidak "
            "bisa dibatalkan.").format(status=status_label(after)))
        yes = box.addButton(self.tr("Tarik dari program"), QMessageBox.ButtonRole.AcceptRole)
        no = box.addButton(self.tr("Batal"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(no)
        box.setEscapeButton(no)
        box.exec()
        return box.clickedButton() is yes

    # --- leaving a correction ----------------------------------------------------------------

    def is_modified(self) -> bool:
        """Edit mode: a field differs from the record as opened, or a reason was typed."""
        if not self.editing:
            return False
        return self.values() != self._loaded or bool(self.reason.text().strip())

    def _ask_discard(self) -> bool:
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Ubah Data Pekerja"))
        box.setText(self.tr("Buang perubahan yang belum disimpan?"))
        yes = box.addButton(self.tr("Ya"), QMessageBox.ButtonRole.YesRole)
        no = box.addButton(self.tr("Tidak"), QMessageBox.ButtonRole.NoRole)
        box.setDefaultButton(no)
        box.setEscapeButton(no)
        box.exec()
        return box.clickedButton() is yes

    def confirm_discard(self) -> bool:
        """True when the correction may go: nothing changed, or the user said "Ya"."""
        return not self.is_modified() or bool(self.ask_discard())

    def cancel(self) -> None:
        """Edit mode "Batal": leave the correction, asking first if anything was changed."""
        if self.confirm_discard():
            self.cancelled.emit()

    def _focus_field(self, key: str | None) -> None:
        widget = self.inputs.get(key or "")
        if widget is not None:
            widget.setFocus()

    def _show_banner(self, text: str, role: str) -> None:
        self.banner.setText(text)
        self.banner.show()
        set_role(self.banner, role)

    def clear(self, keep_banner: bool = False) -> None:
        if self.editing:
            return  # nothing to empty: "Batal" leaves a correction
        self._restoring = True
        for key in self.inputs:
            self.set_text(key, "APBD" if key == "funding" else "")
        self._restoring = False
        self._touched.clear()
        self._save_attempted = False
        self._last_nik = ""
        self.prefill_note.hide()
        if not keep_banner:
            self.banner.hide()
        self.draft.delete()
        self.run_checks()
        self.inputs["nik"].setFocus()

    # --- drafts ------------------------------------------------------------------------------

    def save_draft(self) -> None:
        self._draft_timer.stop()
        if self.editing:
            return  # a correction keeps no draft; the add-mode draft stays as it was
        self.draft.save(self.values())

    def _load_record(self) -> None:
        """Edit mode: the stored values into the fields, as if typed and checked."""
        assert self.original is not None
        row = self.original
        stored = vars(fields_of(row))
        self._restoring = True
        for key in self.inputs:
            value = stored.get(key)
            if key == "birth_date":
                value = row.get("birth_date")
            elif key == "occupation":
                value = self._occupation_text(row.get("occupation_code") or "")
            self.set_text(key, _display(value))
        self._restoring = False
        self._last_nik = row["nik"]  # no pre-fill over stored values, not its own duplicate
        nik_edit = self.inputs["nik"]
        assert isinstance(nik_edit, QLineEdit)
        nik_edit.setReadOnly(self.correcting)
        if self.correcting:
            nik_edit.setToolTip(self.tr("NIK tidak bisa dikoreksi: bila salah, tarik data ini "
                                        "lalu masukkan lagi dengan NIK yang benar."))
        self._touched = {k for k in self.inputs if self.text(k).strip()}
        self._loaded = self.values()
        status = row.get("status") or ""
        text = self.tr("Data {name}, status sekarang: {status}.").format(
            name=row.get("name") or "", status=status_label(status))
        if row.get("rejection_reason"):
            text += " " + self.tr("Alasan ditolak: {reason}").format(
                reason=row["rejection_reason"])
        self.record_note.setText(text)
        set_role(self.record_note, "warning" if status == "rejected" else "muted")
        self.record_note.show()

    def _occupation_text(self, code: str) -> str:
        combo = self.inputs["occupation"]
        assert isinstance(combo, QComboBox)
        for index in range(combo.count()):
            if combo.itemText(index).split(" ", 1)[0] == code:
                return combo.itemText(index)
        return code

    def _restore_draft(self) -> None:
        values = self.draft.load()
        if not values:
            return
        self._restoring = True
        for key, value in values.items():
            if key in self.inputs:
                self.set_text(key, value)
        self._restoring = False
        self._last_nik = parse_nik(values.get("nik", "")).nik  # no pre-fill over restored values
        self._touched = {k for k, v in values.items() if v.strip()}
        if self._last_nik:
            self._check_duplicate(self._last_nik)
        self._show_banner(self.tr("Isian yang belum disimpan sebelumnya telah dipulihkan dari "
                                  "draf. Periksa lalu simpan."), "warning")

    def flush(self) -> None:
        """Write the draft now (before closing, locking or logging out)."""
        if self._draft_timer.isActive():
            self.save_draft()

    def hideEvent(self, event) -> None:
        self.flush()
        super().hideEvent(event)


class _EnterMovesOn(QObject):
    """Enter/Return in a field moves to the next one, as officers expect from paper forms."""

    def __init__(self, order: list[QWidget], parent: QObject) -> None:
        super().__init__(parent)
        self.order = order

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress:
            return False
        assert isinstance(event, QKeyEvent)
        if event.key() not in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            return False
        widget = watched
        if isinstance(widget, QLineEdit) and isinstance(widget.parent(), QComboBox):
            combo = widget.parent()
            completer = combo.completer()
            if completer is not None and completer.popup().isVisible():
                return False
            widget = combo
        if widget not in self.order:
            return False
        position = self.order.index(widget)
        if position + 1 < len(self.order):
            self.order[position + 1].setFocus(Qt.FocusReason.TabFocusReason)
            return True
        return False
