"""Kirim / Terima (village): the district's program file, this station's file, sending verified
candidates to the district on a USB stick, and reading the district's result files.

Every file operation runs through the task helper; refusals (a tampered file, nothing to send, a
program not loaded yet) are shown as the service words them, in Indonesian.
"""

from __future__ import annotations

import html
import logging
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from lingkaran_desktop.domain.findings import DomainError
from lingkaran_desktop.services.batches import (
    ExportedBatch,
    ImportedFile,
    export_batch,
    receive_results,
)
from lingkaran_desktop.services.candidates import count_by_status
from lingkaran_desktop.services.changes import changes_to_check, pending_changes
from lingkaran_desktop.services.installation import program_rules
from lingkaran_desktop.services.roles import Permission
from lingkaran_desktop.services.trust import (
    TrustResult,
    export_station,
    load_program,
    own_station_fingerprint,
)
from ui import file_dialogs
from ui.exchange_history import LedgerLine, ledger, local_time, trusted_district
from ui.rows_model import RowsModel
from ui.session import AppSession
from ui.style import set_role
from ui.tasks import TaskRunner

log = logging.getLogger("lingkaran.ui.exchange")

OUTCOME_TONE = {"accepted": "ok", "already_imported": "warning", "refused": "error"}


def outcome_word(outcome: str) -> str:
    """DITERIMA / SUDAH PERNAH / DITOLAK: the one word per file, on both sides."""
    return {
        "accepted": QCoreApplication.translate("exchange", "DITERIMA"),
        "already_imported": QCoreApplication.translate("exchange", "SUDAH PERNAH"),
        "refused": QCoreApplication.translate("exchange", "DITOLAK"),
    }.get(outcome, outcome)


def message_label(name: str) -> QLabel:
    label = QLabel()
    label.setObjectName(name)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.hide()
    return label


def show_message(label: QLabel, text: str, role: str) -> None:
    label.setText(text)
    set_role(label, role)
    label.setVisible(bool(text))


def history_table(model: RowsModel, name: str) -> QTableView:
    table = QTableView()
    table.setObjectName(name)
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setAlternatingRowColors(True)
    table.verticalHeader().hide()
    table.verticalHeader().setDefaultSectionSize(24)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(True)
    return table


def fit_columns(table: QTableView, stretch: int) -> None:
    """No sideways scrolling: the descriptive column ``stretch`` takes the room left over
    (long text elided, the whole of it in the tooltip); the short ones fit their contents."""
    header = table.horizontalHeader()
    header.setStretchLastSection(False)
    header.setMinimumSectionSize(40)
    for column in range(table.model().columnCount()):
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch if column == stretch
                                    else QHeaderView.ResizeMode.ResizeToContents)
    table.setTextElideMode(Qt.TextElideMode.ElideRight)
    table.setWordWrap(False)


def failure_text(exc: BaseException) -> str:
    """A refusal in the service's own words, or the environment's failure (disk, stick)."""
    if isinstance(exc, DomainError):
        return exc.finding.message
    if isinstance(exc, OSError):
        return f"{exc.strerror or exc}: {exc.filename or ''}".strip(": ")
    raise exc


class ExchangePage(QWidget):
    changed = Signal()  # statuses changed (sent, results applied): other screens refresh

    def __init__(self, session: AppSession, tasks: TaskRunner,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.tasks = tasks
        file_dialogs.attach(self)
        title = QLabel(self.tr("Kirim / Terima"))
        title.setProperty("role", "title")
        intro = QLabel(self.tr(
            "Data terverifikasi dikirim ke kabupaten lewat flashdisk atau lampiran email; "
            "berkasnya terkunci (terenkripsi dan bertanda tangan), hanya kabupaten yang dapat "
            "membukanya. Hasil dari kabupaten (nomor KPJ atau alasan penolakan) dibaca di sini."))
        intro.setWordWrap(True)
        intro.setProperty("role", "muted")
        grid = QGridLayout()
        grid.addWidget(self._program_box(), 0, 0)
        grid.addWidget(self._station_box(), 1, 0)
        grid.addWidget(self._send_box(), 0, 1)
        grid.addWidget(self._receive_box(), 1, 1)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        self.history_model = RowsModel([
            self.tr("Waktu"), self.tr("Arah"), self.tr("No."), self.tr("Berkas"),
            self.tr("Data"), self.tr("SHA-256 (awal)")], self)
        self.history = history_table(self.history_model, "exchangeHistory")
        history_title = QLabel(self.tr("Riwayat kiriman dan hasil"))
        history_title.setProperty("role", "subtitle")
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(intro)
        layout.addLayout(grid)
        layout.addWidget(history_title)
        layout.addWidget(self.history, 1)
        self.refresh()

    # --- the four boxes --------------------------------------------------------------------

    def _program_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("1. Program dari kabupaten"))
        self.program_label = QLabel()
        self.program_label.setObjectName("exchangeProgram")
        self.program_label.setWordWrap(True)
        self.load_button = QPushButton(self.tr("Muat berkas program (.lkprog)..."))
        self.load_button.setObjectName("loadProgram")
        self.load_button.clicked.connect(self.choose_program)
        self.program_message = message_label("programMessage")
        layout = QVBoxLayout(box)
        layout.addWidget(self.program_label)
        layout.addWidget(self._buttons(self.load_button, Permission.MANAGE_PROGRAM,
                                       self.tr("Hanya admin yang memuat berkas program.")))
        layout.addWidget(self.program_message)
        layout.addStretch(1)
        return box

    def _station_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("2. Stasiun desa ini"))
        self.station_label = QLabel()
        self.station_label.setObjectName("ownFingerprint")
        self.station_label.setWordWrap(True)
        self.station_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.station_button = QPushButton(self.tr("Simpan berkas stasiun (.lkstation)..."))
        self.station_button.setObjectName("exportStation")
        self.station_button.clicked.connect(self.choose_station_file)
        self.station_message = message_label("stationMessage")
        layout = QVBoxLayout(box)
        layout.addWidget(self.station_label)
        layout.addWidget(self._buttons(self.station_button, None, ""))
        layout.addWidget(self.station_message)
        layout.addStretch(1)
        return box

    def _send_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("3. Kirim ke kabupaten"))
        self.ready_label = QLabel()
        self.ready_label.setObjectName("readyToSend")
        self.ready_label.setWordWrap(True)
        self.send_button = QPushButton(self.tr("Kirim ke flashdisk / folder..."))
        self.send_button.setObjectName("sendBatch")
        self.send_button.setProperty("role", "primary")
        self.send_button.clicked.connect(self.choose_batch_folder)
        self.send_message = message_label("sendMessage")
        layout = QVBoxLayout(box)
        layout.addWidget(self.ready_label)
        layout.addWidget(self._buttons(self.send_button, Permission.VERIFY_CANDIDATES, self.tr(
            "Pengiriman dilakukan kepala/sekretaris desa (verifikator) atau admin.")))
        layout.addWidget(self.send_message)
        layout.addStretch(1)
        return box

    def _receive_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("4. Terima hasil dari kabupaten"))
        explain = QLabel(self.tr("Berkas hasil (.lkresult) berisi nomor KPJ peserta yang "
                                 "terdaftar, alasan bagi yang ditolak, dan koreksi atau "
                                 "penarikan yang tidak diterapkan kabupaten."))
        explain.setWordWrap(True)
        explain.setProperty("role", "muted")
        self.results_button = QPushButton(self.tr("Buka berkas hasil (.lkresult)..."))
        self.results_button.setObjectName("importResults")
        self.results_button.clicked.connect(self.choose_result_files)
        self.results_message = message_label("resultsMessage")
        layout = QVBoxLayout(box)
        layout.addWidget(explain)
        layout.addWidget(self._buttons(self.results_button, Permission.VERIFY_CANDIDATES,
                                       self.tr("Hasil dibaca oleh verifikator atau admin.")))
        layout.addWidget(self.results_message)
        layout.addStretch(1)
        return box

    def _buttons(self, button: QPushButton, permission: Permission | None,
                 why_not: str) -> QWidget:
        row = QWidget()
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(button)
        if permission is not None and not self.session.can(permission):
            button.setEnabled(False)
            note = QLabel(why_not)
            note.setWordWrap(True)
            note.setProperty("role", "muted")
            layout.addWidget(note, 1)
        else:
            layout.addStretch(1)
        return row

    # --- what the page shows ---------------------------------------------------------------

    def refresh(self) -> None:
        store = self.session.store
        rules = program_rules(store)
        district = trusted_district(store)
        period = self.tr("{name} · {start} s/d {end}").format(
            name=rules.name, start=rules.coverage_start.strftime("%d-%m-%Y"),
            end=rules.coverage_end.strftime("%d-%m-%Y"))
        if district is None:
            self.program_label.setText(self.tr(
                "Program saat ini: {program}<br><b>Berkas program dari kabupaten belum "
                "dimuat.</b> Minta berkas .lkprog ke Disnaker, lalu muat di sini.").format(
                program=period))
        else:
            self.program_label.setText(self.tr(
                "Program: <b>{program}</b><br>Kabupaten: {district}<br>Sidik jari kunci "
                "kabupaten: <b>{fp}</b>").format(program=period, district=district.region_name,
                                                 fp=district.fingerprint))
        self.station_label.setText(self.tr(
            "Sidik jari kunci desa ini:<br><b>{fp}</b><br>Berikan berkas stasiun ke kabupaten "
            "satu kali, lalu bacakan sidik jari ini lewat telepon.").format(
            fp=own_station_fingerprint(store)))
        ready = count_by_status(store, self.session.actor).get("verified", 0)
        text = self.tr(
            "<b>{n}</b> data terverifikasi siap dikirim.").format(n=ready) if ready else \
            self.tr("Belum ada data terverifikasi baru untuk dikirim.")
        pending = pending_changes(store, self.session.actor)
        if pending.corrections or pending.withdrawals:
            text += "<br>" + self.tr(
                "Ikut juga: <b>{c}</b> koreksi dan <b>{w}</b> penarikan data yang sudah "
                "dikirim.").format(c=pending.corrections, w=pending.withdrawals)
        if pending.to_check:
            text += "<br>" + self.tr(
                "<b>{n}</b> koreksi/penarikan menunggu disetujui orang lain (Verifikasi → "
                "Koreksi dan penarikan); baru ikut setelah disetujui.").format(n=pending.to_check)
        declined = changes_to_check(store, self.session.actor, declined=True)[:5]
        if declined:  # the one who asked hears it here: nothing of these was changed or sent
            text += "<br>" + self.tr("Permintaan yang <b>ditolak</b> pemeriksa (tidak diubah, "
                                     "tidak dikirim):")
            for r in declined:
                text += "<br>• " + self.tr("{name}: {what} — ditolak {by}: {why}").format(
                    name=html.escape(r.name), what=html.escape(r.what()),
                    by=html.escape(r.declined_by or "?"),
                    why=html.escape(r.declined_reason or "-"))
        self.ready_label.setText(text)
        self._history(ledger(store))

    def _history(self, lines: list[LedgerLine]) -> None:
        direction = {
            ("out", "batch"): self.tr("Dikirim ke kabupaten"),
            ("in", "result"): self.tr("Hasil dari kabupaten"),
            ("in", "batch"): self.tr("Kiriman dari desa"),
            ("out", "result"): self.tr("Hasil ke desa"),
            ("in", "bpjs-answer"): self.tr("Jawaban BPJS"),
        }
        self.history_model.set_rows([
            (local_time(line.at).strftime("%d-%m-%Y %H:%M"),
             direction.get((line.direction, line.kind), line.kind), line.sequence,
             line.filename, line.records, line.sha256[:16])
            for line in lines])

    # --- actions ---------------------------------------------------------------------------

    def _run(self, work: Callable[[], Any], done: Callable[[Any], None], target: QLabel,
             label: str) -> None:
        def failed(exc: BaseException) -> None:
            show_message(target, failure_text(exc), "error")

        self.tasks.run(work, done, failed, label=label, parent=self)

    def choose_program(self) -> None:
        path = self.ask_open_file(self.tr("Pilih berkas program dari kabupaten"),
                                  self.tr("Berkas program (*.lkprog)"))
        if path:
            self.load_program_file(Path(path))

    def load_program_file(self, path: Path) -> None:
        store, actor = self.session.store, self.session.actor
        self._run(lambda: load_program(store, actor, path), self._program_loaded,
                  self.program_message, self.tr("Memuat berkas program..."))

    def _program_loaded(self, result: TrustResult) -> None:
        self.session.rules = program_rules(self.session.store)
        show_message(self.program_message, self.tr(
            "Program <b>{name}</b> dimuat dari {district}.<br>Sidik jari kunci kabupaten:<br>"
            "<span style='font-size:13pt'><b>{fp}</b></span><br>Telepon petugas kabupaten dan "
            "cocokkan sidik jari ini huruf demi huruf. Jika ada yang berbeda, jangan kirim data "
            "dan laporkan ke kabupaten.").format(name=result.name, district=result.region_name,
                                                 fp=result.fingerprint), "warning")
        self.refresh()
        self.changed.emit()

    def choose_station_file(self) -> None:
        code = self.session.info.region_code
        path = self.ask_save_file(self.tr("Simpan berkas stasiun"), f"{code}.lkstation",
                                  self.tr("Berkas stasiun (*.lkstation)"))
        if path:
            self.save_station_file(Path(path))

    def save_station_file(self, path: Path) -> None:
        store, actor = self.session.store, self.session.actor
        self._run(lambda: export_station(store, actor, path), self._station_saved,
                  self.station_message, self.tr("Menyimpan berkas stasiun..."))

    def _station_saved(self, result: TrustResult) -> None:
        show_message(self.station_message, self.tr(
            "Berkas stasiun disimpan: {path}<br>Serahkan ke kabupaten, lalu bacakan sidik jari "
            "<b>{fp}</b> lewat telepon.").format(path=result.path, fp=result.fingerprint), "ok")

    def choose_batch_folder(self) -> None:
        folder = self.ask_folder(self.tr("Pilih flashdisk atau folder tujuan"))
        if folder:
            self.send_batch(Path(folder))

    def send_batch(self, folder: Path) -> None:
        store, actor = self.session.store, self.session.actor
        log.info("batch export by %s", actor.name)
        self._run(lambda: export_batch(store, actor, folder), self._batch_sent,
                  self.send_message, self.tr("Menyiapkan kiriman..."))

    def _batch_sent(self, batch: ExportedBatch) -> None:
        text = self.tr(
            "Kiriman no. <b>{seq}</b> berisi <b>{n}</b> data ditulis ke:<br>{path}<br>"
            "SHA-256: <span style='font-family:monospace'>{sha}</span><br>Data itu kini "
            "berstatus \"Dikirim\". Serahkan berkasnya ke kabupaten (flashdisk atau email).")\
            .format(seq=batch.sequence, n=batch.records, path=batch.path, sha=batch.sha256)
        if batch.corrections or batch.withdrawals:
            text += "<br>" + self.tr("Kiriman ini juga membawa {c} koreksi dan {w} penarikan.")\
                .format(c=batch.corrections, w=batch.withdrawals)
        for other in batch.others:  # changes of participants of an earlier program
            text += "<br>" + self.tr(
                "Juga kiriman no. <b>{seq}</b> untuk program lama '{program}' ({c} koreksi, "
                "{w} penarikan):<br>{path}").format(
                seq=other.sequence, program=other.program, c=other.corrections,
                w=other.withdrawals, path=other.path)
        show_message(self.send_message, text, "ok")
        self.refresh()
        self.changed.emit()

    def choose_result_files(self) -> None:
        paths = self.ask_open_files(self.tr("Pilih berkas hasil dari kabupaten"),
                                    self.tr("Berkas hasil (*.lkresult)"))
        if paths:
            self.read_results([Path(p) for p in paths])

    def read_results(self, paths: list[Path]) -> None:
        store, actor = self.session.store, self.session.actor
        self._run(lambda: receive_results(store, actor, paths),  # (a backup first)
                  self._results_read, self.results_message, self.tr("Membaca berkas hasil..."))

    def _results_read(self, outcomes: list[ImportedFile]) -> None:
        lines = []
        kinds = {"correction": self.tr("Koreksi"), "withdrawal": self.tr("Penarikan")}
        for o in outcomes:
            if o.outcome == "accepted":
                detail = self.tr("{n} hasil, {u} data diperbarui").format(n=o.records,
                                                                          u=o.updated)
            elif o.outcome == "already_imported":
                detail = self.tr("hasil no. {seq} sudah dibaca sebelumnya; tidak ada "
                                 "perubahan").format(seq=o.sequence)
            else:
                detail = o.reason or ""
            lines.append(f"<b>{outcome_word(o.outcome)}</b> {Path(o.file).name}: {detail}")
            if o.unapplied:
                lines.append(self.tr(
                    "<b>{n}</b> koreksi/penarikan yang dikirim <b>tidak diterapkan</b> "
                    "kabupaten:").format(n=len(o.unapplied)))
            for item in o.unapplied:
                lines.append("• " + self.tr("{kind} NIK {nik} (kiriman no. {seq}): {reason}")
                             .format(kind=kinds.get(item["kind"], item["kind"]),
                                     nik=item["nik"], seq=item["batch"],
                                     reason=html.escape(item["reason"] or "")))
        worst = ("error" if any(o.outcome == "refused" for o in outcomes) else
                 "warning" if any(o.outcome != "accepted" or o.unapplied for o in outcomes)
                 else "ok")
        show_message(self.results_message, "<br>".join(lines), worst)
        self.refresh()
        if any(o.updated for o in outcomes):
            self.changed.emit()
