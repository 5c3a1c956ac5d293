"""Beranda: counts by status, the contribution (iuran) they cost, and what needs attention."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from lingkaran_desktop.domain.contribution import budget, monthly_contribution
from lingkaran_desktop.services.candidates import count_by_status
from lingkaran_desktop.services.roles import Permission
from ui.labels import installation_role_label, rupiah, status_label
from ui.session import AppSession
from ui.style import clear_layout
from ui.tasks import TaskRunner
from ui.verification import load_queue

# Candidates the program will pay for once they go through: everything not refused or over.
ACTIVE_STATUSES = ("proposed", "verified", "submitted", "enrolled")
SHOWN_STATUSES = ("proposed", "verified", "submitted", "enrolled", "rejected")


def _number(n: int) -> str:
    return f"{n:,}".replace(",", ".")


class HomePage(QWidget):
    go_to = Signal(str)  # "verification" / "entry" / "candidates"

    def __init__(self, session: AppSession, tasks: TaskRunner,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.tasks = tasks
        info = session.info
        title = QLabel(self.tr("Beranda"))
        title.setProperty("role", "title")
        place = QLabel(self.tr("{kind}: {place}").format(
            kind=installation_role_label(info.role), place=info.region_name))
        place.setWordWrap(True)
        program = QLabel(self.tr("Program: {name} · masa perlindungan {start} s/d {end}").format(
            name=session.rules.name,
            start=session.rules.coverage_start.strftime("%d-%m-%Y"),
            end=session.rules.coverage_end.strftime("%d-%m-%Y")))
        program.setProperty("role", "muted")
        program.setWordWrap(True)
        self.cards: dict[str, QLabel] = {}
        cards = QGridLayout()
        for column, status in enumerate(SHOWN_STATUSES):
            cards.addWidget(self._card(status_label(status), status), 0, column)
        self.money = QLabel()
        self.money.setObjectName("homeMoney")
        self.money.setWordWrap(True)
        self.money.setTextFormat(Qt.TextFormat.RichText)
        money_frame = self._frame(self.tr("Iuran JKK + JKM"), self.money)
        self.attention = QVBoxLayout()
        attention_box = QWidget()
        attention_box.setLayout(self.attention)
        attention_frame = self._frame(self.tr("Perlu perhatian"), attention_box)
        lower = QHBoxLayout()
        lower.addWidget(money_frame, 1)
        lower.addWidget(attention_frame, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(place)
        layout.addWidget(program)
        layout.addSpacing(8)
        layout.addLayout(cards)
        layout.addLayout(lower)
        layout.addStretch(1)
        self.refresh()

    def _card(self, caption: str, key: str) -> QFrame:
        frame = QFrame()
        frame.setProperty("role", "card")
        number = QLabel("0")
        number.setProperty("role", "card-number")
        number.setObjectName(f"count-{key}")
        self.cards[key] = number
        label = QLabel(caption)
        label.setProperty("role", "muted")
        inner = QVBoxLayout(frame)
        inner.addWidget(number)
        inner.addWidget(label)
        return frame

    def _frame(self, caption: str, body: QWidget) -> QFrame:
        frame = QFrame()
        frame.setProperty("role", "card")
        head = QLabel(caption)
        head.setProperty("role", "subtitle")
        inner = QVBoxLayout(frame)
        inner.addWidget(head)
        inner.addWidget(body)
        inner.addStretch(1)
        return frame

    def refresh(self) -> None:
        counts = count_by_status(self.session.store, self.session.actor)
        for status, label in self.cards.items():
            label.setText(_number(counts.get(status, 0)))
        rules = self.session.rules
        active = sum(counts.get(s, 0) for s in ACTIVE_STATUSES)
        per_person = monthly_contribution(None, rules.rates).total
        per_month = budget(active, per_person, 1)
        per_period = budget(active, per_person, rules.months)
        lines = [
            self.tr("Peserta aktif (diusulkan sampai terdaftar): <b>{n}</b>").format(
                n=_number(active)),
            self.tr("Iuran per orang per bulan: <b>{x}</b>").format(x=rupiah(per_person)),
            self.tr("Per bulan: <b>{x}</b>").format(x=rupiah(per_month)),
            self.tr("Per tahun ({m} bulan): <b>{x}</b>").format(
                m=rules.months, x=rupiah(per_period)),
        ]
        if rules.budget:
            lines.append(self.tr("Pagu anggaran: {x} (terpakai {p}%)").format(
                x=rupiah(rules.budget), p=round(100 * per_period / rules.budget)))
        if rules.quota_per_village:
            lines.append(self.tr("Kuota per desa: {q} (terisi {n})").format(
                q=rules.quota_per_village, n=_number(active)))
        self.money.setText("<br>".join(lines))
        self._attention(counts)

    def _attention(self, counts: dict[str, int]) -> None:
        clear_layout(self.attention)
        proposed = counts.get("proposed", 0)
        if proposed and self.session.can(Permission.VERIFY_CANDIDATES):
            self._item(self.tr("{n} data menunggu verifikasi.").format(n=_number(proposed)),
                       self.tr("Buka Verifikasi"), "verification", "warning")
            session = self.session
            self.tasks.run(lambda: sum(1 for r in load_queue(session) if r["warnings"]),
                           self._show_warning_count, lambda _e: None)
        elif proposed:
            self._item(self.tr("{n} data menunggu diverifikasi kepala/sekretaris desa.").format(
                n=_number(proposed)), None, None, "muted")
        if self.session.can(Permission.ENTER_CANDIDATES):
            self._item(self.tr("Tambah calon peserta baru."), self.tr("Tambah pekerja"), "entry",
                       "muted")
        if not self.attention.count():
            self._item(self.tr("Tidak ada yang perlu ditindaklanjuti."), None, None, "muted")

    def _show_warning_count(self, n: int) -> None:
        if n:
            self._item(self.tr("{n} data diusulkan dengan peringatan: cocokkan dengan KTP/KK "
                               "sebelum disetujui.").format(n=_number(n)),
                       None, None, "warning")

    def _item(self, text: str, button: str | None, target: str | None, role: str) -> None:
        row = QWidget()
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        label = QLabel(text)
        label.setWordWrap(True)
        label.setProperty("role", role)
        layout.addWidget(label, 1)
        if button and target:
            push = QPushButton(button)
            push.clicked.connect(lambda: self.go_to.emit(target))
            layout.addWidget(push)
        self.attention.addWidget(row)
