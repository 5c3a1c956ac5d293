"""One helper for long work off the UI thread (after Anki's QueryOp and Picard's run_task).

    runner.run(work, on_done, on_error=..., label="Menyetujui ...")

``work`` runs on a QThreadPool thread and must never touch a widget: it opens what it needs
(services open their own database session) and returns plain data. ``on_done(result)`` and
``on_error(exc)`` run back on the UI thread. A busy cursor appears after 300 ms and a progress
dialog after 600 ms, so quick work never flashes a window.

Work that can report progress and be stopped takes a :class:`TaskControl`: pass it as
``control=`` and hand ``control.progress`` / ``control.cancelled`` to the core function (they are
plain callables, safe to call from the worker thread). The dialog then shows a bar and a "Batal"
button; the core function stops at its next ``cancelled()`` check and changes nothing.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, QTimer, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QProgressDialog, QWidget

log = logging.getLogger("lingkaran.ui.tasks")

BUSY_CURSOR_MS = 300
PROGRESS_DIALOG_MS = 600


class TaskControl(QObject):
    """Progress and cancel for one piece of work; ``progressed`` arrives on the UI thread."""

    progressed = Signal(int, int)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._cancel = threading.Event()

    def progress(self, done: int, total: int) -> None:
        self.progressed.emit(int(done), int(total))

    def cancel(self) -> None:
        self._cancel.set()

    def cancelled(self) -> bool:
        return self._cancel.is_set()


class _Signals(QObject):
    finished = Signal(object)
    failed = Signal(object)


class _Job(QRunnable):
    def __init__(self, work: Callable[[], Any], signals: _Signals) -> None:
        super().__init__()
        self.setAutoDelete(True)
        self._work = work
        self._signals = signals

    def run(self) -> None:
        try:
            result = self._work()
        except BaseException as exc:
            self._signals.failed.emit(exc)
        else:
            self._signals.finished.emit(result)


class TaskRunner(QObject):
    """Runs work functions on a thread pool; ``synchronous=True`` runs them inline (tests)."""

    def __init__(self, parent: QObject | None = None, synchronous: bool = False) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(2)
        self._synchronous = synchronous
        self._running: set[_Signals] = set()

    @property
    def busy(self) -> bool:
        return bool(self._running)

    def run(
        self,
        work: Callable[[], Any],
        on_done: Callable[[Any], None],
        on_error: Callable[[BaseException], None] | None = None,
        label: str = "",
        parent: QWidget | None = None,
        control: TaskControl | None = None,
    ) -> None:
        if self._synchronous:
            try:
                result = work()
            except Exception as exc:
                self._fail(exc, on_error)
                return
            on_done(result)
            return
        signals = _Signals()
        self._running.add(signals)
        feedback = _Feedback(label, parent, control)

        def finish(result: Any) -> None:
            self._running.discard(signals)
            feedback.close()
            on_done(result)

        def fail(exc: BaseException) -> None:
            self._running.discard(signals)
            feedback.close()
            self._fail(exc, on_error)

        signals.finished.connect(finish, Qt.ConnectionType.QueuedConnection)
        signals.failed.connect(fail, Qt.ConnectionType.QueuedConnection)
        self._pool.start(_Job(work, signals))

    def wait(self, msecs: int = 30_000) -> bool:
        return self._pool.waitForDone(msecs)

    @staticmethod
    def _fail(exc: BaseException, on_error: Callable[[BaseException], None] | None) -> None:
        if on_error is not None:
            on_error(exc)
            return
        raise exc  # an unexpected failure: the crash handler shows it and points at the log


class _Feedback(QObject):
    """Busy cursor after 300 ms, an (indeterminate) progress dialog after 600 ms."""

    def __init__(self, label: str, parent: QWidget | None,
                 control: TaskControl | None = None) -> None:
        super().__init__(parent)
        self._label = label
        self._parent = parent
        self._control = control
        self._last: tuple[int, int] = (0, 0)
        if control is not None:
            control.progressed.connect(self._progressed)
        self._cursor = False
        self._dialog: QProgressDialog | None = None
        self._closed = False
        QTimer.singleShot(BUSY_CURSOR_MS, self, self._show_cursor)
        QTimer.singleShot(PROGRESS_DIALOG_MS, self, self._show_dialog)

    def _show_cursor(self) -> None:
        if not self._closed:
            QGuiApplication.setOverrideCursor(Qt.CursorShape.BusyCursor)
            self._cursor = True

    def _show_dialog(self) -> None:
        if self._closed:
            return
        dialog = QProgressDialog(self._label or self.tr("Sedang bekerja..."), "", 0, 0,
                                 self._parent)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        if self._control is None:
            dialog.setCancelButton(None)
        else:
            dialog.setCancelButtonText(self.tr("Batal"))
            dialog.canceled.connect(self._control.cancel)
            done, total = self._last
            if total:
                dialog.setRange(0, total)
                dialog.setValue(done)
        dialog.setWindowTitle(self.tr("Mohon tunggu"))
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(0)
        dialog.show()
        self._dialog = dialog

    def _progressed(self, done: int, total: int) -> None:
        self._last = (done, total)
        if not self._closed and self._dialog is not None and total:
            self._dialog.setRange(0, total)
            self._dialog.setValue(min(done, total))

    def close(self) -> None:
        self._closed = True
        if self._cursor:
            QGuiApplication.restoreOverrideCursor()
            self._cursor = False
        if self._dialog is not None:
            if self._control is not None:
                self._dialog.canceled.disconnect(self._control.cancel)
            self._dialog.close()
            self._dialog.deleteLater()
            self._dialog = None
        self.deleteLater()
