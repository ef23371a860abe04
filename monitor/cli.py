"""Command line: ``python -m monitor <command> ...``.

Each command module offers ``register(subparsers)``, which adds its sub-command and sets
``func`` on the parser to a callable taking the parsed arguments and returning an exit code.
"""

from __future__ import annotations

import argparse
import importlib
import logging
import sys
from collections.abc import Sequence

# Feature modules that add commands; add yours here.
COMMAND_MODULES = [
    "monitor.commands",
    "monitor.reports.cli",
    "monitor.bench_cli",
    "monitor.backup_cli",
    "monitor.import_cli",
    "monitor.stories_cli",
]


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m monitor", description="Ervaringsmonitor: beheer vanaf de opdrachtregel."
    )
    subparsers = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for name in COMMAND_MODULES:
        importlib.import_module(name).register(subparsers)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    # Streamlit's caches warn that no runtime is found when used from the command line.
    logging.getLogger("streamlit").setLevel(logging.ERROR)
    args = build_parser().parse_args(argv)
    try:
        code: int = args.func(args)
    except KeyboardInterrupt:
        print("Afgebroken.", file=sys.stderr)
        return 130
    return code
