"""Argument parsing and dispatch. Exit codes: 0 done, 1 refused or failed, 2 usage error."""

from __future__ import annotations

import argparse
import logging
import os
import sys
import traceback
from collections.abc import Sequence

from lingkaran_desktop import __version__
from lingkaran_desktop.cli import core_commands, sheet_commands
from lingkaran_desktop.cli.context import Context
from lingkaran_desktop.domain.findings import DomainError
from lingkaran_desktop.domain.messages import set_language

log = logging.getLogger("lingkaran.cli")

EXIT_OK, EXIT_REFUSED, EXIT_USAGE = 0, 1, 2


def _global_options(parser: argparse.ArgumentParser, suppress: bool) -> None:
    """--home, --user and --lang, accepted before or after the command words."""
    default = argparse.SUPPRESS if suppress else None
    parser.add_argument(
        "--home",
        metavar="DIR",
        default=default,
        help="folder data instalasi (bawaan: LINGKARAN_HOME atau folder data pengguna)",
    )
    parser.add_argument(
        "--user",
        metavar="NAME",
        default=default,
        help="pengguna yang bertindak; kata sandinya dari LINGKARAN_PASSWORD atau ditanyakan",
    )
    parser.add_argument(
        "--db",
        metavar="URL",
        default=default,
        help="basis data: bawaan SQLite di folder data; kabupaten besar: "
        "postgresql+psycopg://user@host/db (atau LINGKARAN_DB)",
    )
    parser.add_argument(
        "--lang",
        choices=("id", "en"),
        default=argparse.SUPPRESS if suppress else "id",
        help="bahasa pesan (bawaan: id)",
    )


def _add_globals_everywhere(parser: argparse.ArgumentParser) -> None:
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for sub in action.choices.values():
                if not any(a.dest == "home" for a in sub._actions):
                    _global_options(sub, suppress=True)
                _add_globals_everywhere(sub)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="lingkaran",
        description=(
            "Lingkaran Desktop: pendaftaran pekerja rentan untuk BPJS Ketenagakerjaan "
            "(JKK + JKM), tanpa internet. Tanpa perintah, 'python main.py' membuka aplikasi."
        ),
    )
    parser.add_argument("--version", action="version", version=f"lingkaran {__version__}")
    _global_options(parser, suppress=False)
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    core_commands.register(commands)
    sheet_commands.register(commands)
    _add_globals_everywhere(parser)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)  # exits with 2 on a usage error
    set_language(args.lang)
    if not getattr(args, "handler", None):
        parser.print_help()
        return EXIT_USAGE
    context = Context(args)
    try:
        return int(args.handler(context) or EXIT_OK)
    except DomainError as exc:
        log.info("refused: %s", exc.code)
        sys.stderr.write(f"lingkaran: {exc.finding.message}\n")
        return EXIT_REFUSED
    except KeyboardInterrupt:
        sys.stderr.write("lingkaran: dibatalkan\n")
        return 130
    except BrokenPipeError:  # the output went to a reader that stopped early (| head)
        _stdout_to_devnull()
        sys.stderr.write(
            "lingkaran: keluarannya terpotong: pembacanya (mis. '| head') berhenti lebih dulu\n"
        )
        return 141  # as a program killed by SIGPIPE
    except Exception as exc:  # our bug, not the officer's: say where the details are
        # The frames only: an exception's text can quote SQL parameters, i.e. personal data.
        log.error(
            "unexpected %s in %s\n%s",
            type(exc).__name__,
            args.command,
            "".join(traceback.format_tb(exc.__traceback__)),
        )
        where = context.home.logs / "lingkaran.log"
        sys.stderr.write(
            f"lingkaran: kesalahan tak terduga ({type(exc).__name__}); tidak ada yang disimpan "
            f"setengah jalan. Rincian untuk petugas teknis ada di {where}\n"
        )
        return EXIT_REFUSED
    finally:
        context.close()


def _stdout_to_devnull() -> None:
    """Send what is left of stdout nowhere, so that flushing it at exit does not fail again
    (the Python documentation's recipe for SIGPIPE)."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError, AttributeError):  # no real stdout (tests, the windowed build)
        pass


if __name__ == "__main__":
    raise SystemExit(main())
