"""The installation's data folder: database, backups, logs, keys, exports."""

from __future__ import annotations

import os
import tempfile
from dataclasses import dataclass
from pathlib import Path

import platformdirs

APP_NAME = "Lingkaran"
HOME_ENV = "LINGKARAN_HOME"


class HomeNotWritable(Exception):
    """The data folder cannot be created or written to."""


@dataclass(frozen=True)
class Home:
    root: Path

    @property
    def database(self) -> Path:
        return self.root / "lingkaran.db"

    @property
    def backups(self) -> Path:
        return self.root / "backups"

    @property
    def logs(self) -> Path:
        return self.root / "logs"

    @property
    def keys(self) -> Path:
        return self.root / "keys"

    @property
    def exports(self) -> Path:
        return self.root / "exports"

    @property
    def drafts(self) -> Path:
        return self.root / "drafts"

    def writable(self) -> bool:
        """Can files be created here? (A write test: root ignores permission bits.)"""
        try:
            with tempfile.NamedTemporaryFile(dir=self.root, prefix=".write-test-"):
                return True
        except OSError:
            return False

    def exists(self) -> bool:
        return self.database.exists()

    def ensure(self) -> Home:
        """Create the folder tree; raise HomeNotWritable with the path if that is impossible."""
        try:
            for folder in (
                self.root,
                self.backups,
                self.logs,
                self.keys,
                self.exports,
                self.drafts,
            ):
                folder.mkdir(parents=True, exist_ok=True)
            with tempfile.NamedTemporaryFile(dir=self.root, prefix=".write-test-"):
                pass
            if os.name == "posix":  # personal data: only this user may enter the folder
                os.chmod(self.root, 0o700)
        except OSError as exc:
            raise HomeNotWritable(str(self.root)) from exc
        return self


def resolve_home(explicit: str | os.PathLike[str] | None = None) -> Home:
    """``--home`` first, then ``LINGKARAN_HOME``, then the platform's user data folder."""
    if explicit:
        return Home(Path(explicit).expanduser().resolve())
    env = os.environ.get(HOME_ENV)
    if env:
        return Home(Path(env).expanduser().resolve())
    return Home(Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)))
