"""Laporan: the recap as numbers and bar charts, and the recap workbook ("Simpan rekap Excel…").

The figures come from ``services.recap_figures.recap_figures`` (GROUP BY queries; the same numbers
the workbook holds), read off the UI thread. The page reads them when it is shown and the data
changed since (``mark_stale``), not at every change made elsewhere. Long labels (occupations such
as "P058 TENAGA HONORER (SELAIN PENYELENGGARA NEGARA)") wrap in the charts, onto ``LABEL_LINES``
lines at most (``BarChart(wrap_lines=...)``).
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from lingkaran_desktop import clock
from lingkaran_desktop.services.recap import RecapResult, write_recap
from lingkaran_desktop.services.recap_figures import RecapFigures, recap_figures
from ui import file_dialogs
from ui.bar_chart import BarChart
from ui.exchange_page import failure_text, message_label, show_message
from ui.labels import rupiah, sex_label, status_label
from ui.session import AppSession
from ui.style import ACCENT, ERROR, OK
from ui.tasks import TaskRunner

log = logging.getLogger("lingkaran.ui.reports")

TOP_VILLAGES = 10
TOP_OCCUPATIONS = 8
SHOWN_STATUSES = ("proposed", "verified", "submitted", "enrolled", "rejected", "ended")
MALE_COLOUR = ACCENT
FEMALE_COLOUR = "#d9822b"
LABEL_LINES = 4  # a chart label wraps onto this many lines at most, then ends in "…"


def _number(n: int) -> str:
    return f"{n:,}".replace(",", ".")


def _percent(p: float) -> str:
    return f"{p:.1f}".replace(".", ",") + "%"


class ReportsPage(QWidget):
    def __init__(
        self, session: AppSession, tasks: TaskRunner, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.tasks = tasks
        self.figures: RecapFigures | None = None
        self.stale = True
        self.ask_save_file = lambda title, suggested, filters: file_dialogs.save_file(
            self, title, suggested, filters
        )
        title = QLabel(self.tr("Laporan"))
        title.setProperty("role", "title")
        self.subtitle = QLabel()
        self.subtitle.setObjectName("reportSubtitle")
        self.subtitle.setProperty("role", "muted")
        self.subtitle.setWordWrap(True)
        self.save_button = QPushButton(self.tr("Simpan rekap Excel…"))
        self.save_button.setObjectName("saveRecap")
        self.save_button.setProperty("role", "primary")
        self.save_button.clicked.connect(self.choose_file)
        self.message = message_label("reportMessage")
        head = QHBoxLayout()
        head_text = QVBoxLayout()
        head_text.addWidget(title)
        head_text.addWidget(self.subtitle)
        head.addLayout(head_text, 1)
        head.addWidget(self.save_button, 0, Qt.AlignmentFlag.AlignTop)

        self.status_chart = BarChart(wrap_lines=LABEL_LINES)
        self.status_chart.setObjectName("statusChart")
        self.money = QLabel()
        self.money.setObjectName("reportMoney")
        self.money.setTextFormat(Qt.TextFormat.RichText)
        self.money.setWordWrap(True)
        self.budget_caption = QLabel()
        self.budget_caption.setObjectName("budgetCaption")
        self.budget_bar = self._bar("budgetBar")
        self.quota_caption = QLabel()
        self.quota_caption.setObjectName("quotaCaption")
        self.quota_bar = self._bar("quotaBar")
        money_body = QWidget()
        money_layout = QVBoxLayout(money_body)
        money_layout.setContentsMargins(0, 0, 0, 0)
        for widget in (
            self.money,
            self.budget_caption,
            self.budget_bar,
            self.quota_caption,
            self.quota_bar,
        ):
            money_layout.addWidget(widget)
        self.village_chart = BarChart(wrap_lines=LABEL_LINES)
        self.village_chart.setObjectName("villageChart")
        self.village_note = self._note("villageNote")
        self.occupation_chart = BarChart(wrap_lines=LABEL_LINES)
        self.occupation_chart.setObjectName("occupationChart")
        self.occupation_note = self._note("occupationNote")
        self.funding_chart = BarChart(wrap_lines=LABEL_LINES)
        self.funding_chart.setObjectName("fundingChart")
        self.funding_note = self._note("fundingNote")
        self.age_chart = BarChart(wrap_lines=LABEL_LINES)
        self.age_chart.setObjectName("ageChart")
        self.age_chart.set_series([(sex_label("L"), MALE_COLOUR), (sex_label("P"), FEMALE_COLOUR)])
        self.age_note = self._note("ageNote")

        left = QVBoxLayout()
        left.addWidget(self._card(self.tr("Peserta per status"), self.status_chart))
        left.addWidget(self._card(self.tr("Iuran JKK + JKM dan anggaran"), money_body))
        left.addWidget(
            self._card(
                self.tr("Peserta aktif per sumber dana"), self.funding_chart, self.funding_note
            )
        )
        left.addStretch(1)
        self.village_card = self._card(
            self.tr("Peserta aktif per desa"), self.village_chart, self.village_note
        )
        right = QVBoxLayout()
        right.addWidget(self.village_card)
        right.addWidget(
            self._card(
                self.tr("Peserta aktif per kelompok pekerjaan"),
                self.occupation_chart,
                self.occupation_note,
            )
        )
        right.addWidget(
            self._card(
                self.tr("Peserta aktif per jenis kelamin dan usia"), self.age_chart, self.age_note
            )
        )
        right.addStretch(1)
        body = QWidget()
        grid = QGridLayout(body)
        grid.setContentsMargins(0, 0, 8, 0)
        grid.addLayout(left, 0, 0)
        grid.addLayout(right, 0, 1)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        scroll = QScrollArea()
        scroll.setObjectName("reportScroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(body)
        self.scroll = scroll
        layout = QVBoxLayout(self)
        layout.addLayout(head)
        layout.addWidget(self.message)
        layout.addWidget(scroll, 1)

    # --- building blocks -------------------------------------------------------------------

    def _bar(self, name: str) -> QProgressBar:
        bar = QProgressBar()
        bar.setObjectName(name)
        bar.setRange(0, 1000)
        bar.setTextVisible(False)
        bar.setFixedHeight(14)
        return bar

    def _note(self, name: str) -> QLabel:
        label = QLabel()
        label.setObjectName(name)
        label.setProperty("role", "muted")
        label.setWordWrap(True)
        return label

    def _card(self, caption: str, *body: QWidget) -> QFrame:
        frame = QFrame()
        frame.setProperty("role", "card")
        head = QLabel(caption)
        head.setProperty("role", "subtitle")
        inner = QVBoxLayout(frame)
        inner.addWidget(head)
        for widget in body:
            inner.addWidget(widget)
        return frame

    # --- loading ---------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.stale:
            self.refresh()

    def mark_stale(self) -> None:
        """The data changed elsewhere: read the figures again now if shown, else when shown."""
        self.stale = True
        if self.isVisible():
            self.refresh()

    def refresh(self) -> None:
        self.stale = False
        store, actor = self.session.store, self.session.actor
        self.tasks.run(
            lambda: recap_figures(store, actor),
            self.show_figures,
            lambda exc: show_message(self.message, failure_text(exc), "error"),
            label=self.tr("Menghitung rekap..."),
            parent=self,
        )

    # --- showing ---------------------------------------------------------------------------

    def show_figures(self, f: RecapFigures) -> None:
        self.figures = f
        self.subtitle.setText(
            self.tr(
                "{program} · {region} · masa perlindungan {start} s/d {end} ({months} bulan)"
            ).format(
                program=f.program,
                region=f.region,
                start=f.coverage_start.strftime("%d-%m-%Y"),
                end=f.coverage_end.strftime("%d-%m-%Y"),
                months=f.months,
            )
        )
        self.status_chart.set_bars(
            [(status_label(s), [f.by_status.get(s, 0)]) for s in SHOWN_STATUSES]
        )
        self._show_money(f)
        self._show_villages(f)
        occupations = f.occupations[:TOP_OCCUPATIONS]
        rest = f.occupations[TOP_OCCUPATIONS:]
        bars = [(f"{g.key} {g.name}", [g.active]) for g in occupations]
        if rest:
            bars.append(
                (
                    self.tr("Lainnya ({n} kelompok)").format(n=len(rest)),
                    [sum(g.active for g in rest)],
                )
            )
        self.occupation_chart.set_bars(bars)
        self.occupation_note.setText(
            self.tr("{n} kelompok pekerjaan").format(n=len(f.occupations)) if f.occupations else ""
        )
        self.funding_chart.set_bars([(g.key, [g.active]) for g in f.funding])
        self.funding_note.setText(
            " · ".join(
                self.tr("{source}: {monthly}/bulan").format(source=g.key, monthly=rupiah(g.monthly))
                for g in f.funding
            )
        )
        self.age_chart.set_bars(
            [
                (self.tr("{band} th").format(band=b.band), [b.male, b.female])
                for b in f.sex_age
                if b.total or b.band[0].isdigit()
            ]
        )
        male = sum(b.male for b in f.sex_age)
        female = sum(b.female for b in f.sex_age)
        self.age_note.setText(
            self.tr("Laki-laki {m} · Perempuan {p} · usia pada awal masa perlindungan").format(
                m=_number(male), p=_number(female)
            )
        )

    def _show_money(self, f: RecapFigures) -> None:
        lines = [
            self.tr("Peserta aktif (diusulkan sampai terdaftar): <b>{n}</b>").format(
                n=_number(f.active)
            ),
            self.tr("Iuran per orang per bulan: <b>{x}</b>").format(x=rupiah(f.per_person)),
            self.tr("Iuran per bulan: <b>{x}</b>").format(x=rupiah(f.monthly)),
            self.tr("Iuran per tahun ({m} bulan): <b>{x}</b>").format(
                m=f.months, x=rupiah(f.period)
            ),
        ]
        if f.budget:
            left = f.budget_left or 0
            colour = ERROR if left < 0 else OK
            lines.append(self.tr("Pagu anggaran: <b>{x}</b>").format(x=rupiah(f.budget)))
            lines.append(
                self.tr("Sisa pagu: <b><span style='color:{c}'>{x}</span></b>").format(
                    c=colour, x=rupiah(left) if left >= 0 else "−" + rupiah(-left)
                )
            )
            used = f.budget_used_percent or 0.0
            self.budget_caption.setText(self.tr("Pagu terpakai {p}").format(p=_percent(used)))
            self.budget_bar.setValue(min(int(used * 10), 1000))
            self._danger(self.budget_bar, used > 100)
        else:
            lines.append(self.tr("Program ini tanpa pagu anggaran."))
        self.budget_caption.setVisible(bool(f.budget))
        self.budget_bar.setVisible(bool(f.budget))
        quota = f.quota_per_village
        one_village = self.session.info.role == "village"
        if quota and one_village:
            mine = next((v for v in f.villages if v.code == self.session.info.region_code), None)
            active = mine.active if mine else 0
            used = 100 * active / quota
            self.quota_caption.setText(
                self.tr("Kuota desa: {n} dari {q} ({p})").format(
                    n=_number(active), q=_number(quota), p=_percent(used)
                )
            )
            self.quota_bar.setValue(min(int(used * 10), 1000))
            self._danger(self.quota_bar, active > quota)
        elif quota:
            full = sum(1 for v in f.villages if v.active >= quota)
            self.quota_caption.setText(
                self.tr("Kuota per desa: {q} · {n} desa sudah penuh").format(
                    q=_number(quota), n=_number(full)
                )
            )
        self.quota_caption.setVisible(bool(quota))
        self.quota_bar.setVisible(bool(quota) and one_village)
        self.money.setText("<br>".join(lines))

    def _danger(self, bar: QProgressBar, over: bool) -> None:
        bar.setStyleSheet(f"QProgressBar::chunk {{ background: {ERROR if over else ACCENT}; }}")

    def _show_villages(self, f: RecapFigures) -> None:
        ranked = sorted(f.villages, key=lambda v: (-v.active, v.code))
        shown = ranked[:TOP_VILLAGES]
        quota = f.quota_per_village
        self.village_chart.set_bars(
            [(v.name, [v.active]) for v in shown],
            limit=quota,
            limit_text=self.tr("kuota {q}").format(q=_number(quota)) if quota else "",
        )
        notes = []
        if len(ranked) > len(shown):
            notes.append(
                self.tr("{n} desa teratas dari {total}").format(n=len(shown), total=len(ranked))
            )
        if quota:
            over = [v for v in f.villages if v.active > quota]
            if over:
                notes.append(self.tr("{n} desa melebihi kuota").format(n=len(over)))
        self.village_note.setText(" · ".join(notes))
        self.village_note.setVisible(bool(notes))

    # --- the workbook ----------------------------------------------------------------------

    def choose_file(self) -> None:
        suggested = f"rekap-{clock.today():%Y-%m-%d}.xlsx"
        path = self.ask_save_file(
            self.tr("Simpan rekap Excel"), suggested, self.tr("Buku kerja Excel (*.xlsx)")
        )
        if path:
            self.save(Path(path))

    def save(self, path: Path) -> None:
        if path.suffix.lower() != ".xlsx":
            path = path.with_suffix(".xlsx")
        store, actor = self.session.store, self.session.actor
        self.save_button.setEnabled(False)
        self.tasks.run(
            lambda: write_recap(store, actor, path),
            self._saved,
            self._failed,
            label=self.tr("Menyimpan rekap Excel..."),
            parent=self,
        )

    def _saved(self, result: RecapResult) -> None:
        self.save_button.setEnabled(True)
        log.info("recap written by %s", self.session.actor.name)
        show_message(
            self.message,
            self.tr(
                "Rekap disimpan: {path}<br>{n} peserta aktif, {v} desa, iuran {m} per bulan."
            ).format(
                path=result.path,
                n=_number(result.active),
                v=_number(result.villages),
                m=rupiah(result.monthly),
            ),
            "ok",
        )

    def _failed(self, exc: BaseException) -> None:
        self.save_button.setEnabled(True)
        show_message(
            self.message,
            self.tr(
                "Rekap tidak dapat disimpan: {reason}. Pilih folder "
                "lain atau tutup berkas itu di Excel, lalu coba "
                "lagi."
            ).format(reason=failure_text(exc)),
            "error",
        )
