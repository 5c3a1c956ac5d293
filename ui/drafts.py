"""Entry-form drafts on disk (home/drafts/entry-<user>.json): nothing typed is lost on a crash.

The draft holds what the officer typed, NIK included, so it stays in the installation's data
folder next to the database (never in the log), and it is deleted as soon as the record is saved.
"""

from __future__ import annotations

import json
import logging
import os
from pathlib import Path

from lingkaran_desktop.paths import Home

log = logging.getLogger("lingkaran.ui.drafts")


class DraftFile:
    def __init__(self, home: Home, user: str) -> None:
        self.path: Path = home.drafts / f"entry-{user}.json"

    def load(self) -> dict[str, str] | None:
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return None
        except (OSError, ValueError):
            log.warning("draft file unreadable; ignored")
            return None
        if not isinstance(data, dict):
            return None
        return {str(k): str(v) for k, v in data.items() if isinstance(v, str)}

    def save(self, values: dict[str, str]) -> None:
        if not any(v.strip() for v in values.values()):
            self.delete()
            return
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            partial = self.path.with_suffix(".part")
            partial.write_text(json.dumps(values, ensure_ascii=False), encoding="utf-8")
            os.replace(partial, self.path)
        except OSError:
            log.warning("draft could not be written")

    def delete(self) -> None:
        try:
            self.path.unlink(missing_ok=True)
        except OSError:
            log.warning("draft could not be deleted")
