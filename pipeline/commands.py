"""What a ``plandigit`` subcommand is, and the exit codes every subcommand shares.

This module sits below :mod:`pipeline.cli`: subcommand modules (``pipeline.qa.report``,
…) define ``COMMAND = Subcommand(...)`` with the class from here,
and the CLI imports them — never the other way round.
"""

from __future__ import annotations

import argparse
from dataclasses import dataclass
from typing import Callable

EXIT_OK = 0
EXIT_INTERNAL = 1
EXIT_USAGE = 2
EXIT_SOME_FAILED = 3
EXIT_ALL_FAILED = 4
EXIT_NO_INPUTS = 5
EXIT_LOCKED = 6
EXIT_INTERRUPTED = 130
EXIT_TERMINATED = 143


@dataclass(frozen=True)
class Subcommand:
    """A ``plandigit`` subcommand: its arguments and what it does (returns the exit code)."""

    name: str
    help: str
    add_arguments: Callable[[argparse.ArgumentParser], None]
    run: Callable[[argparse.Namespace], int]
