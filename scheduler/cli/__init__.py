"""The `outreach` command: wires readers, solver, checker and writers; does no work of its own.

One module a command (or two small ones), each defining its click command; here they are put
under the one group, `main` (`frame`), so that no command module imports another's, nor this.
Exit codes are in `frame`.
"""

from __future__ import annotations

import atexit
import contextlib
import os
import sys
from typing import Any

import click

from scheduler.cli.batch_command import plan_batch
from scheduler.cli.check_command import check, template
from scheduler.cli.field_command import letters_command, report_command
from scheduler.cli.frame import (
    EXIT_BUG,
    EXIT_INPUT,
    EXIT_MACHINE,
    EXIT_OK,
    EXIT_SHORT,
    EXIT_STOPPED,
    EXIT_USAGE,
    main,
)
from scheduler.cli.lists_command import forget, lists_command
from scheduler.cli.plan_command import plan
from scheduler.cli.replan_command import replan
from scheduler.cli.risk_command import risk
from scheduler.cli.whatif_command import whatif

__all__ = [
    "EXIT_BUG", "EXIT_INPUT", "EXIT_MACHINE", "EXIT_OK", "EXIT_SHORT", "EXIT_STOPPED",
    "EXIT_USAGE", "main", "run",
]  # fmt: skip

for _command in (plan, check, replan, template, whatif, risk, plan_batch, lists_command, forget,
                 letters_command, report_command):  # fmt: skip
    main.add_command(_command)


def run() -> None:
    """The `outreach` program: `main`, then out at once once all is written and said. Python's
    own teardown frees every object one by one, which with Dask loaded took two seconds of a
    stopped batch's two; the exit handlers still run (processes ended, logs flushed)."""
    try:
        main()
        code: Any = 0
    except SystemExit as e:
        code = e.code
    if not isinstance(code, int):
        if code is not None:
            click.echo(code, err=True)
        code = 0 if code is None else 1
    atexit._run_exitfuncs()
    for stream in (sys.stdout, sys.stderr):
        with contextlib.suppress(OSError, ValueError):
            stream.flush()
    os._exit(code)
