"""When a spreadsheet was last saved, as the file itself says (for telling an old answer apart).

An ``.xlsx`` carries it in ``docProps/core.xml`` (``dcterms:modified``, set by Excel and
LibreOffice on every save), an ``.ods`` in ``meta.xml`` (``dc:date``). Other files (``.xls``,
``.csv``) and files without the property fall back to the file system's modification time, which
a copy usually keeps and a download may not.
"""

from __future__ import annotations

import re
import zipfile
from datetime import UTC, datetime
from pathlib import Path

_MAX_PART = 1 << 20  # a properties part is a few hundred bytes; never read a hostile giant
_PARTS = {
    ".xlsx": ("docProps/core.xml", rb"<dcterms:modified[^>]*>([^<]{10,40})</dcterms:modified>"),
    ".xlsm": ("docProps/core.xml", rb"<dcterms:modified[^>]*>([^<]{10,40})</dcterms:modified>"),
    ".ods": ("meta.xml", rb"<dc:date>([^<]{10,40})</dc:date>"),
}


def saved_at(path: Path) -> datetime:
    """The time ``path`` was last saved (UTC): its own property, else the file system's."""
    return _property_date(path) or datetime.fromtimestamp(path.stat().st_mtime, UTC)


def _property_date(path: Path) -> datetime | None:
    part = _PARTS.get(path.suffix.lower())
    if part is None:
        return None
    name, pattern = part
    try:
        with zipfile.ZipFile(path) as archive:
            info = archive.getinfo(name)
            if info.file_size > _MAX_PART:
                return None
            data = archive.read(info)
    except (KeyError, OSError, zipfile.BadZipFile, RuntimeError, ValueError):
        return None
    found = re.search(pattern, data)
    if found is None:
        return None
    try:
        stamp = datetime.fromisoformat(found.group(1).decode("ascii").strip())
    except (UnicodeDecodeError, ValueError):
        return None
    # Excel writes UTC ("…Z"); LibreOffice's ods date has no zone: read as UTC too.
    return stamp.replace(tzinfo=UTC) if stamp.utcoffset() is None else stamp.astimezone(UTC)
