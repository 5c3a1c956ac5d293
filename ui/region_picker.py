"""Pick a region by typing its name or code: a search box over the bundled Kemendagri codes."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QLabel, QLineEdit, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from lingkaran_desktop.domain.regions import Region, get_region, search_regions

SEARCH_DELAY_MS = 150


class RegionPicker(QWidget):
    """Type "jember" or "35.09"; the list shows matching regions at ``level``; pick one."""

    chosen = Signal(object)  # Region | None

    def __init__(self, level: int = 4, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.level = level
        self.region: Region | None = None
        self.search = QLineEdit()
        self.search.setObjectName("regionSearch")
        self.search.setClearButtonEnabled(True)
        self.results = QListWidget()
        self.results.setObjectName("regionResults")
        self.results.setMinimumHeight(180)
        self.selected = QLabel()
        self.selected.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search)
        layout.addWidget(self.results, 1)
        layout.addWidget(self.selected)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.refresh)
        self.search.textEdited.connect(lambda _t: self._timer.start())
        self.search.returnPressed.connect(self._take_first)
        self.results.currentItemChanged.connect(self._picked)
        self.set_level(level)

    def set_level(self, level: int) -> None:
        self.level = level
        self.search.setPlaceholderText(
            self.tr("Ketik nama atau kode desa/kelurahan, mis. Padomasan atau 35.09.01.2001")
            if level == 4
            else self.tr("Ketik nama atau kode kabupaten/kota, mis. Jember atau 35.09")
        )
        if self.region is not None and self.region.level != level:
            self._set_region(None)
        self.refresh()

    def refresh(self) -> None:
        self._timer.stop()
        self.results.blockSignals(True)
        self.results.clear()
        text = self.search.text().strip()
        hits = search_regions(text, limit=50, level=self.level) if text else []
        exact = get_region(text) if text else None
        if exact is not None and exact.level == self.level and exact not in hits:
            hits.insert(0, exact)
        for region in hits:
            item = QListWidgetItem(f"{region.code}  —  {region.label()}")
            item.setData(Qt.ItemDataRole.UserRole, region.code)
            self.results.addItem(item)
        self.results.blockSignals(False)
        if text and not hits:
            self.selected.setText(self.tr("Tidak ada wilayah yang cocok. Periksa ejaan atau kode."))

    def _take_first(self) -> None:
        self.refresh()
        if self.results.count():
            self.results.setCurrentRow(0)

    def _picked(self, item: QListWidgetItem | None, _previous: object = None) -> None:
        self._set_region(get_region(item.data(Qt.ItemDataRole.UserRole)) if item else None)

    def _set_region(self, region: Region | None) -> None:
        self.region = region
        self.selected.setText(
            self.tr("Dipilih: {label}").format(label=region.label()) if region else ""
        )
        self.chosen.emit(region)
