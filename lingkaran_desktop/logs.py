"""Logging to a rotating file in the data folder. Never log a NIK, a password or a key."""

from __future__ import annotations

import logging
from logging.handlers import RotatingFileHandler
from pathlib import Path

_configured: set[Path] = set()


def setup_logging(folder: Path, level: int = logging.INFO) -> None:
    if folder in _configured:
        return
    try:
        folder.mkdir(parents=True, exist_ok=True)
        handler = RotatingFileHandler(
            folder / "lingkaran.log", maxBytes=1_000_000, backupCount=5, encoding="utf-8"
        )
    except OSError:
        return  # a read-only medium: run without a log file rather than not at all
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger("lingkaran")
    root.setLevel(level)
    root.addHandler(handler)
    _configured.add(folder)
