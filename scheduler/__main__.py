"""`outreach` and `python -m scheduler`: Ctrl-C or SIGTERM while Python is still loading the
tool (a second or more on a busy machine) ends it at once, quietly: nothing has started, so
nothing is written. Once the command runs, the CLI's own handlers take over (`cli.frame._Guarded`).
"""

from __future__ import annotations

import os
import signal
import sys

from scheduler.catalogue import LANGS
from scheduler.messages import default_lang, say

_STOPPED = 130  # cli.frame.EXIT_STOPPED, known before the CLI is loaded


def _stop_while_loading(signum: int, frame: object) -> None:
    # An exception raised here could land inside a library's import and be swallowed there
    # (measured: a Ctrl-C 1 s after start was ignored, the plan ran its 60 s): leave at once.
    argv = sys.argv
    i = argv.index("--lang") + 1 if "--lang" in argv else 0
    lang = argv[i] if 0 < i < len(argv) and argv[i] in LANGS else default_lang()
    os.write(2, (say("stopped.nothing", lang) + "\n").encode())
    os._exit(_STOPPED)


def run() -> None:
    interrupting = signal.getsignal(signal.SIGINT)
    if interrupting is signal.default_int_handler:  # not when the shell has it ignored
        signal.signal(signal.SIGINT, _stop_while_loading)
    previous = signal.signal(signal.SIGTERM, _stop_while_loading)
    from scheduler.cli import run as run_command

    # Loaded: the handlers as they were (the command installs its own while it runs, and
    # restores these after: a signal once the plan is written must not say "nothing").
    signal.signal(signal.SIGINT, interrupting)
    signal.signal(signal.SIGTERM, previous)
    # `cli.run` leaves with os._exit once all is written and said: Python's teardown would
    # free the models one by one, a large part of the two seconds a stop may take.
    run_command()


if __name__ == "__main__":
    run()
