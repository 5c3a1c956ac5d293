"""What every command needs: the data folder, the open store, the acting user, output helpers."""

from __future__ import annotations

import argparse
import getpass
import json
import os
import sys
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from lingkaran_desktop.domain.findings import DomainError, error
from lingkaran_desktop.logs import setup_logging
from lingkaran_desktop.paths import Home, resolve_home
from lingkaran_desktop.services.users import Actor, active_user_names, authenticate
from lingkaran_desktop.store.store import Store

PASSWORD_ENV = "LINGKARAN_PASSWORD"
NEW_PASSWORD_ENV = "LINGKARAN_NEW_PASSWORD"
USER_ENV = "LINGKARAN_USER"
DB_ENV = "LINGKARAN_DB"


def read_password(env: str, prompt: str, confirm: bool = False) -> str:
    """From the environment variable when set, otherwise a prompt; never from the command line."""
    value = os.environ.get(env)
    if value is not None:
        return value
    if not sys.stdin or not sys.stdin.isatty():
        raise DomainError(error("PASSWORD_MISSING", env=env))
    first = getpass.getpass(prompt)
    if confirm and getpass.getpass("Ulangi kata sandi: ") != first:
        raise DomainError(error("PASSWORD_WRONG", name="(konfirmasi tidak sama)"))
    return first


def json_flag(parser: argparse.ArgumentParser) -> None:
    """The ``--json`` option every command that reports has."""
    parser.add_argument("--json", action="store_true", help="cetak satu objek JSON di stdout")


def _json_default(value: Any) -> Any:
    if isinstance(value, datetime | date):
        return value.isoformat()
    raise TypeError(type(value).__name__)


def print_json(data: Any) -> None:
    sys.stdout.write(json.dumps(data, default=_json_default, ensure_ascii=False) + "\n")


def say(text: str) -> None:
    sys.stdout.write(text + "\n")


@dataclass
class Context:
    args: argparse.Namespace
    _store: Store | None = None

    @property
    def db_url(self) -> str | None:
        """``--db URL`` or ``LINGKARAN_DB``: a PostgreSQL server for a large district."""
        return getattr(self.args, "db", None) or os.environ.get(DB_ENV) or None

    @property
    def home(self) -> Home:
        return resolve_home(self.args.home)

    def store(self) -> Store:
        if self._store is None:
            home = self.home
            self._store = Store.open(home, url=self.db_url)
            setup_logging(home.logs)
        return self._store

    def actor(self) -> Actor:
        """Log in the acting user: ``--user``, ``LINGKARAN_USER``, or the only user there is."""
        store = self.store()
        name = self.args.user or os.environ.get(USER_ENV)
        if not name:
            names = active_user_names(store)
            if len(names) != 1:
                raise DomainError(error("USER_REQUIRED"))
            name = names[0]
        password = read_password(PASSWORD_ENV, f"Kata sandi untuk {name}: ")
        return authenticate(store, name, password)

    def close(self) -> None:
        if self._store is not None:
            self._store.close()
