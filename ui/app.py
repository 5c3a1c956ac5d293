"""Start the desktop app: first run, log-in, the main window, the idle lock.

``run_gui()`` is what ``python main.py`` calls. The data folder comes from ``LINGKARAN_HOME`` or
the platform's user data folder (``resolve_home``).
"""

from __future__ import annotations

import logging
import sys

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QApplication, QMessageBox

from lingkaran_desktop import clock
from lingkaran_desktop.domain.findings import DomainError
from lingkaran_desktop.logs import setup_logging
from lingkaran_desktop.paths import Home, resolve_home
from lingkaran_desktop.services.backup import BackupInfo, rotating_backup
from lingkaran_desktop.services.users import Actor
from lingkaran_desktop.store.store import Store
from ui.crash import install_excepthook
from ui.first_run import FirstRunWizard
from ui.i18n import apply_language
from ui.idle import IDLE_MINUTES, IdleWatcher
from ui.login import LoginDialog
from ui.main_window import MainWindow
from ui.session import AppSession
from ui.settings import APPLICATION, ORGANIZATION, UiSettings
from ui.smoke import arm_smoke_quit
from ui.style import APP_STYLE, set_role
from ui.tasks import TaskRunner

log = logging.getLogger("lingkaran.ui")
BACKUP_CHECK_MINUTES = 30


class AppController(QObject):
    """Moves between the first-run wizard, the login dialog, the main window and the lock."""

    quit_requested = Signal()

    def __init__(self, home: Home, settings: UiSettings | None = None,
                 tasks: TaskRunner | None = None, idle_seconds: float = IDLE_MINUTES * 60,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.home = home
        self.settings = settings or UiSettings()
        self.tasks = tasks or TaskRunner(self)
        self.idle_seconds = idle_seconds
        self.store: Store | None = None
        self.wizard: FirstRunWizard | None = None
        self.login: LoginDialog | None = None
        self.lock_dialog: LoginDialog | None = None
        self.window: MainWindow | None = None
        self.session: AppSession | None = None
        self.idle: IdleWatcher | None = None
        # While the app runs, the daily backup is made once a day (checked every half hour).
        self.backup_timer = QTimer(self)
        self.backup_timer.setInterval(BACKUP_CHECK_MINUTES * 60 * 1000)
        self.backup_timer.timeout.connect(self.daily_backup_if_due)

    # --- start -------------------------------------------------------------------------------

    def start(self) -> None:
        if not self.home.exists():
            self.wizard = FirstRunWizard(self.home)
            self.wizard.accepted.connect(self._installed)
            self.wizard.rejected.connect(self.quit_requested)
            self.wizard.show()
            return
        try:
            self.store = Store.open(self.home)
        except DomainError as exc:
            QMessageBox.critical(None, "Lingkaran", exc.finding.message)
            self.quit_requested.emit()
            return
        self.show_login()

    def _installed(self) -> None:
        assert self.wizard is not None
        self.store = self.wizard.store
        self.wizard.deleteLater()
        self.wizard = None
        self.show_login()

    # --- log-in ------------------------------------------------------------------------------

    def show_login(self) -> None:
        assert self.store is not None
        self.login = LoginDialog(self.store)
        self.login.accepted.connect(lambda: self._logged_in(self.login.actor))
        self.login.rejected.connect(self.quit_requested)
        self.login.language_chosen.connect(self._login_language)
        self.login.show()

    def _login_language(self, lang: str) -> None:
        self.set_language(lang)
        old = self.login
        self.show_login()
        if old is not None:
            old.rejected.disconnect()
            old.close()
            old.deleteLater()

    def _logged_in(self, actor: Actor | None) -> None:
        assert self.store is not None and actor is not None
        if self.login is not None:
            self.login.deleteLater()
            self.login = None
        self.session = AppSession.start(self.store, actor)
        self.open_main_window()
        self.idle = IdleWatcher(self.idle_seconds, self)
        self.idle.idle.connect(self.lock)
        self.backup_timer.start()

    def open_main_window(self, page: str = "home") -> None:
        assert self.session is not None
        self.window = MainWindow(self.session, self.tasks)
        self.window.logout_requested.connect(self.logout)
        self.window.lock_requested.connect(self.lock)
        self.window.language_chosen.connect(self._window_language)
        self.window.closing.connect(self._window_closing)
        self.window.restored.connect(self._restored)
        self.window.show_page(page)
        geometry = self.settings.geometry("main")
        if geometry is None or not self.window.restoreGeometry(geometry):
            self.window.resize(1366, 728)
            self.window.showMaximized()
        else:
            self.window.show()

    def _window_closing(self) -> None:
        if self.window is not None:
            self.settings.set_geometry("main", self.window.saveGeometry())
        if self.idle is not None:
            self.idle.stop()
        self.backup_timer.stop()
        self.rotating_backup()
        self.quit_requested.emit()

    def daily_backup_if_due(self) -> bool:
        """Start today's backup unless it exists already; True when one was started."""
        if self.session is None:
            return False
        today = self.session.store.home.backups / "auto" / f"daily-{clock.now():%Y%m%d}.lkbackup"
        if today.exists():
            return False
        self.rotating_backup()
        return True

    def rotating_backup(self) -> None:
        """The daily backup (7 daily, 4 weekly kept) when a logged-in user leaves.

        It runs on the task pool while the window goes away; ``shutdown`` waits for it before
        the database closes. A failure is logged, never shown: the user has already left.
        """
        if self.session is None:
            return
        store, actor = self.session.store, self.session.actor

        def work() -> BackupInfo | None:
            try:
                return rotating_backup(store, actor)
            except Exception as exc:  # disk full, locked file: the next close tries again
                log.warning("automatic backup failed: %s", type(exc).__name__)
                return None

        self.tasks.run(work, lambda _info: None)

    def _window_language(self, lang: str) -> None:
        self.set_language(lang)
        self._replace_window()

    def _replace_window(self) -> None:
        old = self.window
        page = old.current_page() if old else "settings"
        if old is not None:
            old.closing.disconnect()
            self.settings.set_geometry("main", old.saveGeometry())
            old.close()
            old.deleteLater()
        self.open_main_window(page)

    def set_language(self, lang: str) -> None:
        self.settings.language = apply_language(lang)

    # --- lock and log-out --------------------------------------------------------------------

    def lock(self) -> None:
        if self.window is None or self.session is None or self.lock_dialog is not None:
            return
        log.info("screen locked")
        self.window.set_locked(True)
        self.lock_dialog = LoginDialog(self.session.store, locked_user=self.session.actor.name,
                                       parent=self.window)
        self.lock_dialog.accepted.connect(self._unlocked)
        self.lock_dialog.open()

    def _unlocked(self) -> None:
        if self.window is not None:
            self.window.set_locked(False)
        if self.lock_dialog is not None:
            self.lock_dialog.deleteLater()
            self.lock_dialog = None
        if self.idle is not None:
            self.idle.reset()

    def _restored(self) -> None:
        """A backup replaced the database: everyone logs in again (users may differ)."""
        log.info("backup restored; logging out")
        self.logout(backup=False)
        if self.login is not None:
            self.login.message.setText(self.tr(
                "Cadangan dipulihkan. Masuk dengan pengguna dari cadangan itu."))
            set_role(self.login.message, "ok")
            self.login.message.show()

    def logout(self, backup: bool = True) -> None:
        self.backup_timer.stop()
        if backup:
            self.rotating_backup()
        if self.idle is not None:
            self.idle.stop()
            self.idle = None
        if self.window is not None:
            self.window.closing.disconnect()
            self.settings.set_geometry("main", self.window.saveGeometry())
            self.window.close()
            self.window.deleteLater()
            self.window = None
        self.session = None
        log.info("logged out")
        self.show_login()

    def shutdown(self) -> None:
        self.tasks.wait()
        if self.store is not None:
            self.store.close()


def create_application(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance() or QApplication(argv if argv is not None else sys.argv)
    assert isinstance(app, QApplication)
    app.setOrganizationName(ORGANIZATION)
    app.setApplicationName(APPLICATION)
    app.setStyle("Fusion")
    app.setStyleSheet(APP_STYLE)
    app.setQuitOnLastWindowClosed(False)
    return app


def run_gui() -> int:
    app = create_application()
    home = resolve_home()
    setup_logging(home.logs)
    install_excepthook(home.logs / "lingkaran.log")
    settings = UiSettings()
    apply_language(settings.language)
    controller = AppController(home, settings)
    # Queued: a quit asked for before exec() starts (a database that cannot open) still lands.
    controller.quit_requested.connect(app.quit, Qt.ConnectionType.QueuedConnection)
    arm_smoke_quit(app)
    controller.start()
    log.info("desktop app started")
    code = app.exec()
    controller.shutdown()
    return code
