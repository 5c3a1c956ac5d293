"""Kabupaten (district office): villages and their batches, NIK conflicts, BPJS, the program.

- **Desa & kiriman**: registered village stations with their fingerprints, batch numbers
  received and the gaps (lost files); register a station file; import many batch files at once
  (button, or drag the files onto the page), one result line per file.
- **Bentrok NIK**: the same NIK sent by two villages; keep the first or replace it, with a reason.
- **BPJS**: the registration workbook (quota and budget applied), BPJS's answer, result files
  back to the villages, and the "perubahan untuk BPJS": corrections and withdrawals of enrolled
  participants that villages sent, to pass on to BPJS.
- **Program**: publish the signed program profile the villages load (or, for the next period, a
  new program: the running one is kept with its participants and villages renew them).
"""

from __future__ import annotations

import logging
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, QLocale, Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from lingkaran_desktop.services.batches import (
    ExportedBatch,
    ImportedFile,
    StationStatus,
    export_results,
    receive_batches,
    station_status,
)
from lingkaran_desktop.services.bpjs import (
    BpjsExport,
    BpjsResultReport,
    export_registration,
    import_result,
    write_bpjs_changes,
)
from lingkaran_desktop.services.changes import bpjs_changes
from lingkaran_desktop.services.conflicts import ConflictView, decide_conflict, list_conflicts
from lingkaran_desktop.services.installation import program_rules
from lingkaran_desktop.services.roles import Permission
from lingkaran_desktop.services.trust import (
    TrustResult,
    add_station,
    own_station_fingerprint,
    publish_program,
)
from ui import file_dialogs
from ui.exchange_page import (
    OUTCOME_TONE,
    failure_text,
    fit_columns,
    history_table,
    message_label,
    outcome_word,
    show_message,
)
from ui.labels import rupiah
from ui.rows_model import RowsModel
from ui.session import AppSession
from ui.tasks import TaskControl, TaskRunner

log = logging.getLogger("lingkaran.ui.district")


def _number(n: int) -> str:
    return f"{n:,}".replace(",", ".")


class DistrictPage(QWidget):
    changed = Signal()

    def __init__(self, session: AppSession, tasks: TaskRunner,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.tasks = tasks
        file_dialogs.attach(self)
        self.conflicts: list[ConflictView] = []
        title = QLabel(self.tr("Kabupaten: desa, kiriman dan BPJS"))
        title.setProperty("role", "title")
        self.tabs = QTabWidget()
        self.tabs.setObjectName("districtTabs")
        self.tabs.addTab(self._villages_tab(), self.tr("Desa dan kiriman"))
        self.tabs.addTab(self._conflicts_tab(), self.tr("Bentrok NIK"))
        self.tabs.addTab(self._bpjs_tab(), self.tr("BPJS dan hasil"))
        self.tabs.addTab(self._program_tab(), self.tr("Program"))
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(self.tabs, 1)
        self.setAcceptDrops(True)
        self.refresh()

    # --- tab 1: villages and batches -------------------------------------------------------

    def _villages_tab(self) -> QWidget:
        page = QWidget()
        self.add_station_button = QPushButton(self.tr("Daftarkan desa (.lkstation)..."))
        self.add_station_button.setObjectName("addStation")
        self.add_station_button.clicked.connect(self.choose_station_files)
        self.import_button = QPushButton(self.tr("Terima kiriman desa (.lkbatch)..."))
        self.import_button.setObjectName("importBatches")
        self.import_button.setProperty("role", "primary")
        self.import_button.clicked.connect(self.choose_batch_files)
        self.add_station_button.setEnabled(self.session.can(Permission.MANAGE_PROGRAM))
        self.import_button.setEnabled(self.session.can(Permission.ENTER_CANDIDATES))
        drop = QLabel(self.tr("atau tarik berkas kiriman dari flashdisk ke halaman ini — "
                              "banyak berkas sekaligus"))
        drop.setObjectName("dropHint")
        drop.setProperty("role", "muted")
        drop.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.import_button)
        buttons.addStretch(1)
        buttons.addWidget(self.add_station_button)
        self.station_message = message_label("stationMessage")
        self.stations_model = RowsModel([
            self.tr("Kode"), self.tr("Desa/kelurahan"), self.tr("Sidik jari kunci"),
            self.tr("Kiriman diterima"), self.tr("Belum sampai")], self)
        self.stations = history_table(self.stations_model, "stationsTable")
        fit_columns(self.stations, 1)  # the village's long name gives way
        self.import_summary = message_label("importSummary")
        self.results_model = RowsModel([self.tr("Hasil"), self.tr("Berkas"),
                                        self.tr("Keterangan")], self)
        self.results = history_table(self.results_model, "batchResults")
        fit_columns(self.results, 2)
        self.results.hide()
        stations_title = QLabel(self.tr("Desa terdaftar"))
        stations_title.setProperty("role", "subtitle")
        layout = QVBoxLayout(page)
        layout.addLayout(buttons)
        layout.addWidget(drop)  # under the button, wrapped: never clipped on a small screen
        layout.addWidget(self.station_message)
        layout.addWidget(self.import_summary)
        layout.addWidget(self.results, 1)
        layout.addWidget(stations_title)
        layout.addWidget(self.stations, 2)
        return page

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls() and any(u.isLocalFile() for u in event.mimeData().urls()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [Path(u.toLocalFile()) for u in event.mimeData().urls() if u.isLocalFile()]
        if paths and self.session.can(Permission.ENTER_CANDIDATES):
            event.acceptProposedAction()
            self.tabs.setCurrentIndex(0)
            self.import_batches(paths)

    def choose_batch_files(self) -> None:
        paths = self.ask_open_files(self.tr("Pilih berkas kiriman desa"),
                                    self.tr("Kiriman desa (*.lkbatch)"))
        if paths:
            self.import_batches([Path(p) for p in paths])

    def import_batches(self, paths: list[Path], control: TaskControl | None = None) -> None:
        store, actor = self.session.store, self.session.actor
        control = control or TaskControl(self)
        files = sorted(paths, key=lambda p: p.name)

        def work() -> tuple[list[ImportedFile], int]:
            control.progress(0, len(files))
            done = receive_batches(  # (a verified backup first, as the CLI's)
                store, actor, files, progress=control.progress, cancelled=control.cancelled
            )
            return done, len(files)

        log.info("%d batch files imported by %s", len(files), actor.name)
        self.tasks.run(work, self._batches_imported,
                       lambda exc: show_message(self.import_summary, failure_text(exc), "error"),
                       label=self.tr("Membaca {n} berkas kiriman...").format(n=len(files)),
                       parent=self, control=control)

    def _batches_imported(self, result: tuple[list[ImportedFile], int]) -> None:
        outcomes, asked = result
        rows, tones = [], []
        for o in outcomes:
            if o.outcome == "accepted":
                detail = self.tr("{station} no. {seq}: {n} data, {new} baru, {c} bentrok NIK, "
                                 "{r} ditolak").format(station=o.station, seq=o.sequence,
                                                       n=o.records, new=o.new, c=o.conflicts,
                                                       r=o.rejected)
                if o.resubmitted:
                    detail += "; " + self.tr("{n} diajukan ulang setelah ditolak").format(
                        n=o.resubmitted)
                if o.refused_again:
                    detail += "; " + self.tr(
                        "{n} tetap ditolak (bentrok NIK sudah diputuskan untuk desa lain)").format(
                        n=o.refused_again)
                if o.corrections_applied or o.withdrawals_applied or o.unapplied:
                    detail += "; " + self.tr(
                        "{c} koreksi dan {w} penarikan diterapkan, {u} tidak diterapkan").format(
                        c=o.corrections_applied, w=o.withdrawals_applied, u=len(o.unapplied))
                    detail += "".join(f"; {item['reason']}" for item in o.unapplied[:10])
            elif o.outcome == "already_imported":
                detail = self.tr("{station} no. {seq} sudah diterima sebelumnya; tidak ada "
                                 "perubahan").format(station=o.station, seq=o.sequence)
            else:
                detail = o.reason or ""
            rows.append((outcome_word(o.outcome), Path(o.file).name, detail))
            tones.append(OUTCOME_TONE.get(o.outcome))
        self.results_model.set_rows(rows, tones)
        self.results.show()
        counts = {k: sum(1 for o in outcomes if o.outcome == k) for k in OUTCOME_TONE}
        text = self.tr("{n} berkas dibaca: {a} diterima, {s} sudah pernah, {r} ditolak.").format(
            n=len(outcomes), a=counts["accepted"], s=counts["already_imported"],
            r=counts["refused"])
        if len(outcomes) < asked:
            text += " " + self.tr("Dibatalkan: {n} berkas belum dibaca.").format(
                n=asked - len(outcomes))
        conflicts = sum(o.conflicts for o in outcomes)
        if conflicts:
            text += " " + self.tr("Ada {n} bentrok NIK yang perlu diputuskan.").format(n=conflicts)
        unapplied = sum(len(o.unapplied) for o in outcomes)
        if unapplied:
            text += " " + self.tr("{n} koreksi/penarikan tidak diterapkan (lihat rinciannya).")\
                .format(n=unapplied)
        for_bpjs = sum(o.for_bpjs for o in outcomes)
        if for_bpjs:
            text += " " + self.tr("{n} perubahan peserta terdaftar perlu diteruskan ke BPJS (tab "
                                  "BPJS dan hasil).").format(n=for_bpjs)
        show_message(self.import_summary, text,
                     "error" if counts["refused"] else
                     "warning" if conflicts or unapplied or for_bpjs else "ok")
        self.refresh()
        if counts["accepted"]:
            self.changed.emit()

    def choose_station_files(self) -> None:
        paths = self.ask_open_files(self.tr("Pilih berkas stasiun desa"),
                                    self.tr("Berkas stasiun (*.lkstation)"))
        if paths:
            self.add_stations([Path(p) for p in paths])

    def add_stations(self, paths: list[Path]) -> None:
        store, actor = self.session.store, self.session.actor
        self.tasks.run(lambda: [add_station(store, actor, p) for p in paths],
                       self._stations_added,
                       lambda exc: show_message(self.station_message, failure_text(exc),
                                                "error"),
                       label=self.tr("Mendaftarkan desa..."), parent=self)

    def _stations_added(self, results: list[TrustResult]) -> None:
        lines = [self.tr("<b>{code} {name}</b> — sidik jari <b>{fp}</b>{again}").format(
            code=r.region_code, name=r.region_name, fp=r.fingerprint,
            again="" if r.changed else self.tr(" (sudah terdaftar)")) for r in results]
        lines.append(self.tr("Telepon petugas desa dan minta ia membacakan sidik jari dari "
                             "layarnya. Jika tidak sama huruf demi huruf, jangan terima "
                             "kirimannya dan hubungi desa itu."))
        show_message(self.station_message, "<br>".join(lines), "warning")
        self.refresh()

    def _show_stations(self, stations: list[StationStatus]) -> None:
        rows, tones = [], []
        for s in stations:
            gaps = ", ".join(map(str, s.gaps))
            received = (self.tr("{n} (no. {first}–{last})").format(
                n=len(s.received), first=s.received[0], last=s.received[-1])
                if s.received else self.tr("belum ada"))
            rows.append((s.region_code, s.region_name, s.fingerprint, received,
                         self.tr("hilang: {gaps}").format(gaps=gaps) if gaps else ""))
            tones.append("warning" if gaps else None)
        self.stations_model.set_rows(rows, tones)

    # --- tab 2: conflicts ------------------------------------------------------------------

    def _conflicts_tab(self) -> QWidget:
        page = QWidget()
        explain = QLabel(self.tr(
            "NIK yang sama dikirim oleh dua desa. Periksa KTP/KK (atau telepon kedua desa), lalu "
            "putuskan: pertahankan data yang datang lebih dulu, atau ganti dengan data yang "
            "datang kemudian. Desa yang kalah menerima alasannya lewat berkas hasil."))
        explain.setWordWrap(True)
        explain.setProperty("role", "muted")
        self.conflicts_model = RowsModel([
            self.tr("NIK"), self.tr("Sudah ada: nama"), self.tr("Sudah ada: desa"),
            self.tr("Datang kemudian: nama"), self.tr("Datang kemudian: desa")], self)
        self.conflicts_table = history_table(self.conflicts_model, "conflictsTable")
        fit_columns(self.conflicts_table, 4)
        self.reason = QComboBox()
        self.reason.setObjectName("conflictReason")
        self.reason.setEditable(True)
        self.reason.addItems([self.tr("Tinggal di desa yang pertama sesuai KK"),
                              self.tr("Tinggal di desa yang kedua sesuai KK"),
                              self.tr("Data desa kedua lebih lengkap dan benar")])
        self.reason.setCurrentIndex(-1)
        self.reason.lineEdit().setPlaceholderText(self.tr("alasan keputusan (wajib)"))
        self.keep_button = QPushButton(self.tr("Pertahankan yang pertama"))
        self.keep_button.setObjectName("keepFirst")
        self.keep_button.clicked.connect(lambda: self.decide(replace=False))
        self.replace_button = QPushButton(self.tr("Ganti dengan yang kemudian"))
        self.replace_button.setObjectName("replaceWithSecond")
        self.replace_button.clicked.connect(lambda: self.decide(replace=True))
        allowed = self.session.can(Permission.VERIFY_CANDIDATES)
        for widget in (self.keep_button, self.replace_button, self.reason):
            widget.setEnabled(allowed)
        self.conflict_message = message_label("conflictMessage")
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Alasan:")))
        row.addWidget(self.reason, 1)
        row.addWidget(self.keep_button)
        row.addWidget(self.replace_button)
        layout = QVBoxLayout(page)
        layout.addWidget(explain)
        layout.addWidget(self.conflicts_table, 1)
        layout.addLayout(row)
        layout.addWidget(self.conflict_message)
        return page

    def _show_conflicts(self, conflicts: list[ConflictView]) -> None:
        self.conflicts = conflicts
        self.conflicts_model.set_rows(
            [(c.nik_masked, c.name_existing, c.village_existing, c.name_incoming,
              c.village_incoming) for c in conflicts], keys=[c.id for c in conflicts])
        if conflicts:
            self.conflicts_table.selectRow(0)
        self.tabs.setTabText(1, self.tr("Bentrok NIK ({n})").format(n=len(conflicts))
                             if conflicts else self.tr("Bentrok NIK"))

    def select_conflict(self, row: int) -> None:
        self.conflicts_table.selectRow(row)

    def decide(self, replace: bool) -> None:
        rows = self.conflicts_table.selectionModel().selectedRows()
        if not rows:
            show_message(self.conflict_message, self.tr("Pilih dulu baris bentrok di tabel."),
                         "error")
            return
        conflict_id = self.conflicts_model.keys[rows[0].row()]
        reason = self.reason.currentText()
        store, actor = self.session.store, self.session.actor
        self.tasks.run(
            lambda: decide_conflict(store, actor, conflict_id, replace=replace, reason=reason),
            self._decided,
            lambda exc: show_message(self.conflict_message, failure_text(exc), "error"),
            label=self.tr("Menyimpan keputusan..."), parent=self)

    def _decided(self, view: ConflictView) -> None:
        kept = view.name_incoming if view.status == "replaced" else view.name_existing
        show_message(self.conflict_message, self.tr(
            "NIK {nik}: dipakai data {name}. Keputusan dan alasannya dicatat.").format(
            nik=view.nik_masked, name=kept), "ok")
        self.reason.setCurrentIndex(-1)
        self.reason.setEditText("")
        self.refresh()
        self.changed.emit()

    # --- tab 3: BPJS and results -----------------------------------------------------------

    def _bpjs_tab(self) -> QWidget:
        page = QWidget()
        admin = self.session.can(Permission.MANAGE_PROGRAM)
        send = QGroupBox(self.tr("1. Daftarkan ke BPJS Ketenagakerjaan"))
        send_text = QLabel(self.tr(
            "Buat buku kerja pendaftaran berisi semua data yang sudah dikirim desa. Kuota per "
            "desa dan pagu anggaran diterapkan; yang melebihi tidak dimasukkan."))
        send_text.setWordWrap(True)
        self.bpjs_button = QPushButton(self.tr("Buat buku kerja untuk BPJS..."))
        self.bpjs_button.setObjectName("bpjsExport")
        self.bpjs_button.setProperty("role", "primary")
        self.bpjs_button.clicked.connect(self.choose_bpjs_file)
        self.bpjs_message = message_label("bpjsMessage")
        answer = QGroupBox(self.tr("2. Jawaban BPJS"))
        answer_text = QLabel(self.tr(
            "Baca buku kerja jawaban BPJS: baris dengan nomor KPJ menjadi Terdaftar, baris tanpa "
            "KPJ dengan keterangan menjadi Ditolak."))
        answer_text.setWordWrap(True)
        self.answer_button = QPushButton(self.tr("Baca jawaban BPJS (Excel)..."))
        self.answer_button.setObjectName("bpjsImport")
        self.answer_button.clicked.connect(self.choose_bpjs_answer)
        self.answer_message = message_label("answerMessage")
        changes = QGroupBox(self.tr("Perubahan untuk BPJS"))
        changes_text = QLabel(self.tr(
            "Koreksi dan penarikan peserta yang sudah terdaftar, dikirim desa: sampaikan ke BPJS "
            "Ketenagakerjaan (nomor KPJ, apa yang berubah, alasannya)."))
        changes_text.setWordWrap(True)
        self.bpjs_changes = QLabel()
        self.bpjs_changes.setObjectName("bpjsChanges")
        self.bpjs_changes.setWordWrap(True)
        self.bpjs_changes.setTextFormat(Qt.TextFormat.PlainText)
        self.bpjs_changes.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        back = QGroupBox(self.tr("3. Hasil untuk desa"))
        back_text = QLabel(self.tr(
            "Tulis satu berkas hasil (.lkresult) untuk setiap desa yang punya hasil baru, ke "
            "flashdisk atau folder. Berkas berisi semua hasil sejauh ini, jadi berkas yang "
            "hilang tergantikan oleh berkas berikutnya."))
        back_text.setWordWrap(True)
        self.results_button = QPushButton(self.tr("Tulis berkas hasil untuk desa..."))
        self.results_button.setObjectName("exportResults")
        self.results_button.clicked.connect(self.choose_results_folder)
        self.results_message = message_label("resultsMessage")
        layout = QVBoxLayout(page)
        for box, text, button, message in (
            (send, send_text, self.bpjs_button, self.bpjs_message),
            (answer, answer_text, self.answer_button, self.answer_message),
            (back, back_text, self.results_button, self.results_message),
        ):
            button.setEnabled(admin)
            inner = QVBoxLayout(box)
            inner.addWidget(text)
            row = QHBoxLayout()
            row.addWidget(button)
            row.addStretch(1)
            inner.addLayout(row)
            inner.addWidget(message)
            layout.addWidget(box)
        self.changes_button = QPushButton(self.tr("Simpan daftar perubahan (Excel)..."))
        self.changes_button.setObjectName("bpjsChangesExport")
        self.changes_button.clicked.connect(self.choose_changes_file)
        self.changes_message = message_label("changesMessage")
        inner = QVBoxLayout(changes)
        inner.addWidget(changes_text)
        inner.addWidget(self.bpjs_changes)
        row = QHBoxLayout()
        row.addWidget(self.changes_button)
        row.addStretch(1)
        inner.addLayout(row)
        inner.addWidget(self.changes_message)
        layout.addWidget(changes)
        if not admin:
            note = QLabel(self.tr("Hanya admin kabupaten yang mengirim ke BPJS dan menulis "
                                  "berkas hasil."))
            note.setProperty("role", "muted")
            layout.addWidget(note)
        layout.addStretch(1)
        return page

    def choose_changes_file(self) -> None:
        suggested = f"perubahan-peserta-bpjs-{date.today():%Y%m%d}.xlsx"
        path = self.ask_save_file(self.tr("Simpan daftar perubahan untuk BPJS"), suggested,
                                  "Excel (*.xlsx)")
        if path:
            self.export_changes(Path(path))

    def export_changes(self, path: Path) -> None:
        if path.suffix.lower() != ".xlsx":
            path = path.with_suffix(".xlsx")
        store, actor = self.session.store, self.session.actor
        self.tasks.run(
            lambda: write_bpjs_changes(store, actor, path),
            lambda n: (show_message(self.changes_message, self.tr(
                "{n} perubahan ditulis ke {path}. Kirimkan berkas ini ke BPJS Ketenagakerjaan; "
                "perubahan ini ditandai sudah diteruskan.").format(n=n, path=path), "ok"),
                self._show_bpjs_changes()),
            lambda exc: show_message(self.changes_message, failure_text(exc), "error"),
            label=self.tr("Menulis daftar perubahan..."), parent=self)

    def choose_bpjs_file(self) -> None:
        suggested = f"pendaftaran-bpjs-{date.today():%Y%m%d}.xlsx"
        path = self.ask_save_file(self.tr("Simpan buku kerja pendaftaran BPJS"), suggested,
                                  "Excel (*.xlsx)")
        if path:
            self.export_bpjs(Path(path))

    def export_bpjs(self, path: Path) -> None:
        if path.suffix.lower() != ".xlsx":
            path = path.with_suffix(".xlsx")
        store, actor = self.session.store, self.session.actor
        self.tasks.run(lambda: export_registration(store, actor, path), self._bpjs_written,
                       lambda exc: show_message(self.bpjs_message, failure_text(exc), "error"),
                       label=self.tr("Menulis buku kerja BPJS..."), parent=self)

    def _bpjs_written(self, result: BpjsExport) -> None:
        lines = [self.tr("<b>{n}</b> peserta ditulis ke {path}").format(
            n=_number(result.rows), path=result.path),
            self.tr("Iuran per bulan: {m} · selama program: {b}").format(
                m=rupiah(result.monthly_total), b=rupiah(result.budget_total))]
        if result.over_quota:
            lines.append(self.tr("{n} data tidak dimasukkan: kuota desanya sudah penuh.").format(
                n=len(result.over_quota)))
        if result.over_budget:
            lines.append(self.tr("{n} data tidak dimasukkan: melebihi pagu anggaran.").format(
                n=len(result.over_budget)))
        show_message(self.bpjs_message, "<br>".join(lines),
                     "warning" if result.over_quota or result.over_budget else "ok")

    def choose_bpjs_answer(self) -> None:
        path = self.ask_open_file(self.tr("Pilih buku kerja jawaban BPJS"),
                                  "Excel (*.xlsx *.xls *.ods *.csv)")
        if path:
            self.read_bpjs_answer(Path(path))

    def read_bpjs_answer(self, path: Path) -> None:
        store, actor = self.session.store, self.session.actor
        self.tasks.run(lambda: import_result(store, actor, path), self._bpjs_read,
                       lambda exc: show_message(self.answer_message, failure_text(exc), "error"),
                       label=self.tr("Membaca jawaban BPJS..."), parent=self)

    def _bpjs_read(self, report: BpjsResultReport) -> None:
        if report.already_read:
            show_message(self.answer_message, self.tr(
                "Berkas jawaban ini sudah dibaca pada {when}; tidak ada yang diubah.").format(
                when=report.already_read), "ok")
            return
        lines = [self.tr("{rows} baris: <b>{e}</b> terdaftar (KPJ), <b>{r}</b> ditolak, {u} sudah "
                         "tercatat sebelumnya, {s} tidak diproses.").format(
            rows=report.rows, e=report.enrolled, r=report.rejected, u=report.unchanged,
            s=len(report.invalid) + len(report.unknown_niks))]
        if report.unknown_niks:
            lines.append(self.tr("NIK tidak dikenal (tidak diproses) di baris: {rows}").format(
                rows=", ".join(map(str, report.unknown_niks[:30]))))
        for item in report.invalid[:30]:
            lines.append(self.tr("Baris {row} tidak diproses: {reason}").format(
                row=item["row"], reason=item["reason"]))
        if report.withdrawn_enrolled:
            lines.append(self.tr(
                "BPJS mendaftarkan {n} orang yang sudah ditarik desa (baris {rows}). KPJ-nya "
                "dicatat; penarikannya ada di daftar perubahan untuk BPJS.").format(
                n=len(report.withdrawn_enrolled),
                rows=", ".join(map(str, report.withdrawn_enrolled[:30]))))
        problem = report.unknown_niks or report.invalid or report.withdrawn_enrolled
        show_message(self.answer_message, "<br>".join(lines), "warning" if problem else "ok")
        self.changed.emit()

    def choose_results_folder(self) -> None:
        folder = self.ask_folder(self.tr("Pilih flashdisk atau folder untuk berkas hasil"))
        if folder:
            self.write_results(Path(folder))

    def write_results(self, folder: Path) -> None:
        store, actor = self.session.store, self.session.actor
        self.tasks.run(lambda: export_results(store, actor, folder), self._results_written,
                       lambda exc: show_message(self.results_message, failure_text(exc),
                                                "error"),
                       label=self.tr("Menulis berkas hasil..."), parent=self)

    def _results_written(self, files: list[ExportedBatch]) -> None:
        if not files:
            show_message(self.results_message, self.tr(
                "Tidak ada hasil baru untuk desa mana pun sejak berkas hasil terakhir."),
                "muted")
            return
        lines = [self.tr("{name}: {n} hasil").format(name=Path(f.path).name, n=f.records)
                 for f in files]
        lines.append(self.tr("{n} berkas hasil ditulis ke {folder}. Kirim setiap berkas ke "
                             "desanya.").format(n=len(files),
                                                folder=Path(files[0].path).parent))
        show_message(self.results_message, "<br>".join(lines), "ok")
        self.refresh()

    # --- tab 4: the program ----------------------------------------------------------------

    def _program_tab(self) -> QWidget:
        page = QWidget()
        rules = self.session.rules
        self.program_name = QLineEdit(rules.name)
        self.program_name.setObjectName("programName")
        self.program_year = QSpinBox()
        self.program_year.setRange(2020, 2100)
        self.program_year.setValue(rules.year)
        self.program_start = QDateEdit(QDate(rules.coverage_start.year,
                                             rules.coverage_start.month,
                                             rules.coverage_start.day))
        self.program_start.setDisplayFormat("dd-MM-yyyy")
        self.program_start.setCalendarPopup(True)
        self.program_months = QSpinBox()
        self.program_months.setRange(1, 24)
        self.program_months.setValue(rules.months)
        self.program_quota = QSpinBox()
        self.program_quota.setRange(0, 100_000)
        self.program_quota.setSpecialValueText(self.tr("tanpa kuota"))
        self.program_quota.setValue(rules.quota_per_village or 0)
        self.age_min = QSpinBox()
        self.age_min.setRange(15, 100)
        self.age_min.setValue(rules.age_min)
        self.age_max = QSpinBox()
        self.age_max.setRange(15, 100)
        self.age_max.setValue(rules.age_max)
        self.program_budget = QSpinBox()
        self.program_budget.setRange(0, 2_000_000_000)
        self.program_budget.setSingleStep(1_000_000)
        self.program_budget.setLocale(QLocale(QLocale.Language.Indonesian,
                                              QLocale.Country.Indonesia))  # Rp 604.000.000
        self.program_budget.setGroupSeparatorShown(True)
        self.program_budget.setPrefix("Rp ")
        self.program_budget.setSpecialValueText(self.tr("tanpa pagu"))
        self.program_budget.setValue(min(rules.budget or 0, 2_000_000_000))
        self.max_desil = QSpinBox()
        self.max_desil.setRange(0, 10)
        self.max_desil.setSpecialValueText(self.tr("tidak dibatasi"))
        self.max_desil.setValue(rules.max_desil or 0)
        ages = QHBoxLayout()
        ages.addWidget(self.age_min)
        ages.addWidget(QLabel(self.tr("sampai")))
        ages.addWidget(self.age_max)
        ages.addWidget(QLabel(self.tr("tahun")))
        ages.addStretch(1)
        self.program_name.setMinimumWidth(420)
        for spin in (self.program_year, self.program_months, self.program_quota,
                     self.program_start, self.max_desil):
            spin.setMinimumWidth(140)
        self.program_budget.setMinimumWidth(220)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        form.addRow(self.tr("Nama program"), self.program_name)
        form.addRow(self.tr("Tahun"), self.program_year)
        form.addRow(self.tr("Mulai perlindungan"), self.program_start)
        form.addRow(self.tr("Lama (bulan)"), self.program_months)
        form.addRow(self.tr("Kuota per desa"), self.program_quota)
        form.addRow(self.tr("Usia peserta"), ages)
        form.addRow(self.tr("Pagu anggaran"), self.program_budget)
        form.addRow(self.tr("Desil DTSEN paling tinggi"), self.max_desil)
        self.own_fp = QLabel()
        self.own_fp.setObjectName("districtFingerprint")
        self.own_fp.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.publish_button = QPushButton(self.tr("Terbitkan berkas program (.lkprog)..."))
        self.publish_button.setObjectName("publishProgram")
        self.publish_button.setProperty("role", "primary")
        self.publish_button.clicked.connect(self.choose_program_file)
        self.publish_button.setEnabled(self.session.can(Permission.MANAGE_PROGRAM))
        self.program_message = message_label("publishMessage")
        self.new_program = QCheckBox(self.tr(
            "Program baru untuk periode berikutnya (program yang berjalan disimpan bersama "
            "pesertanya; desa memperpanjang pesertanya tanpa mengetik ulang)"))
        self.new_program.setObjectName("newProgram")
        box = QGroupBox(self.tr("Profil program yang dimuat setiap desa"))
        inner = QVBoxLayout(box)
        inner.addLayout(form)
        inner.addWidget(self.new_program)
        row = QHBoxLayout()
        row.addWidget(self.publish_button)
        row.addStretch(1)
        inner.addLayout(row)
        layout = QVBoxLayout(page)
        layout.addWidget(box)
        layout.addWidget(self.own_fp)
        layout.addWidget(self.program_message)
        layout.addStretch(1)
        return page

    def choose_program_file(self) -> None:
        suggested = f"program-{self.program_year.value()}.lkprog"
        path = self.ask_save_file(self.tr("Simpan berkas program"), suggested,
                                  self.tr("Berkas program (*.lkprog)"))
        if path:
            self.publish(Path(path))

    def program_settings(self) -> dict[str, Any]:
        start = self.program_start.date()
        return {
            "name": self.program_name.text(),
            "year": self.program_year.value(),
            "start": date(start.year(), start.month(), start.day()),
            "months": self.program_months.value(),
            "quota_per_village": self.program_quota.value() or None,
            "age_min": self.age_min.value(),
            "age_max": self.age_max.value(),
            "budget": self.program_budget.value() or None,
            "max_desil": self.max_desil.value() or None,
            "new_program": self.new_program.isChecked(),
        }

    def publish(self, path: Path) -> None:
        if path.suffix.lower() != ".lkprog":
            path = path.with_suffix(".lkprog")
        store, actor = self.session.store, self.session.actor
        settings = self.program_settings()
        self.tasks.run(lambda: publish_program(store, actor, path, **settings), self._published,
                       lambda exc: show_message(self.program_message, failure_text(exc),
                                                "error"),
                       label=self.tr("Menerbitkan program..."), parent=self)

    def _published(self, result: TrustResult) -> None:
        self.session.rules = program_rules(self.session.store)
        self.new_program.setChecked(False)
        show_message(self.program_message, self.tr(
            "Berkas program <b>{name}</b> disimpan: {path}<br>Kirim ke setiap desa. Saat desa "
            "memuatnya, petugas desa membacakan sidik jari yang tampil di layarnya; harus sama "
            "dengan <b>{fp}</b>.").format(name=result.name, path=result.path,
                                          fp=result.fingerprint), "ok")
        self.changed.emit()

    # --- refresh ---------------------------------------------------------------------------

    def refresh(self) -> None:
        store = self.session.store
        self._show_stations(station_status(store))
        self._show_conflicts(list_conflicts(store, self.session.actor))
        self.own_fp.setText(self.tr("Sidik jari kunci kabupaten: <b>{fp}</b>").format(
            fp=own_station_fingerprint(store)))
        self._show_bpjs_changes()

    def _show_bpjs_changes(self) -> None:
        """The corrections and withdrawals of enrolled participants BPJS must be told about."""
        rows = bpjs_changes(self.session.store, self.session.actor)
        self.changes_button.setEnabled(
            bool(rows) and self.session.can(Permission.MANAGE_PROGRAM)
        )
        if not rows:
            self.bpjs_changes.setText(self.tr("Tidak ada perubahan yang belum diteruskan ke BPJS."))
            return
        kinds = {"correction": self.tr("koreksi"), "withdrawal": self.tr("penarikan")}
        lines = [self.tr("{n} perubahan belum diteruskan ke BPJS:").format(n=len(rows))]
        for r in rows[-50:]:
            lines.append(f"{r.received_at:%d-%m-%Y} · {r.village} · KPJ {r.kpj or '-'} · "
                         f"{r.name}: {kinds.get(r.kind, r.kind)} ({r.what()}) — "
                         f"{r.reason or '-'}")
        self.bpjs_changes.setText("\n".join(lines))
