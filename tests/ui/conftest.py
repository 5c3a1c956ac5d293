"""pytest-qt fixtures: offscreen Qt, isolated QSettings, sessions for each role."""

from __future__ import annotations

import os
import tempfile

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# QSettings (language, window geometry) must never reach the real user's ~/.config: a test that
# switches to English would otherwise leave the officer's app in English.
os.environ["XDG_CONFIG_HOME"] = tempfile.mkdtemp(prefix="lk-test-config-")

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from lingkaran_desktop.services.users import Actor
from lingkaran_desktop.store.store import Store
from tests.exchange.conftest import world  # noqa: F401  (a district and a village)
from ui.app import create_application
from ui.i18n import apply_language
from ui.session import AppSession
from ui.tasks import TaskRunner

# The offscreen platform plugin warns about what it cannot do; that is the test set-up, not us.
OFFSCREEN_NOISE = r"This plugin does not support propagateSizeHints\(\)"


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    here = Path(__file__).parent
    for item in items:
        if here in Path(item.fspath).parents:
            item.add_marker(pytest.mark.qt_log_ignore(OFFSCREEN_NOISE))


@pytest.fixture(autouse=True)
def _isolated_ui(qapp, tmp_path: Path) -> Iterator[None]:
    create_application()
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    for fmt in (QSettings.Format.IniFormat, QSettings.Format.NativeFormat):
        QSettings.setPath(fmt, QSettings.Scope.UserScope, str(tmp_path / "qsettings"))
    apply_language("id")
    yield
    apply_language("id")


@pytest.fixture
def sessions(village: tuple[Store, Actor], staff: dict[str, Actor]) -> dict[str, AppSession]:
    store, _ = village
    return {role: AppSession.start(store, actor) for role, actor in staff.items()}


@pytest.fixture
def sync_tasks(qapp) -> TaskRunner:
    return TaskRunner(synchronous=True)
