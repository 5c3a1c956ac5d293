"""Lingkaran Desktop. ``python main.py`` opens the app; ``python main.py COMMAND`` is the CLI."""

from __future__ import annotations

import sys


def run() -> int:
    if len(sys.argv) > 1:
        from lingkaran_desktop.cli import main

        return main(sys.argv[1:])
    from ui.app import run_gui

    return run_gui()


if __name__ == "__main__":
    raise SystemExit(run())
