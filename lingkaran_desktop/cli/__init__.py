"""The ``lingkaran`` command line. District offices script it: its spellings are a contract."""

from lingkaran_desktop.cli.app import main

__all__ = ["main"]
