"""Lingkaran Desktop. ``python main.py`` opens the app; ``python main.py COMMAND`` is the CLI."""

from __future__ import annotations

import sys


def run() -> int:
    # The windowed build has no stdout: a file dropped on it opens the app, never the CLI.
    if len(sys.argv) > 1 and sys.stdout is not None:
        from lingkaran_desktop.cli import main

        return main(sys.argv[1:])
    from ui.app import run_gui

    return run_gui()


if __name__ == "__main__":
    raise SystemExit(run())
