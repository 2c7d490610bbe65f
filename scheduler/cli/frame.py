"""The frame every `outreach` command runs in: the language of what it says (--lang,
$OUTREACH_LANG; click's own words too), help in that language, and one guard over every
command (a machine fault is a message, Ctrl-C stops the search, a bug is one line).

Exit codes: 0 everyone planned; 3 a plan was written but not everyone fits; 1 bad input (or a
plan that failed its rule check, which is a bug); 2 bad usage; 4 a machine fault (disk full,
no permission, a file held open); 5 an internal error (a bug); 130 stopped by Ctrl-C or SIGTERM
(the best checked plan found so far written, for plan and replan).
"""

from __future__ import annotations

import contextlib
import errno
import io
import os
import signal
import sys
import threading
from collections.abc import Iterator
from importlib.metadata import PackageNotFoundError, version
from typing import Any

import click

from scheduler.catalogue import LANGS, Words
from scheduler.catalogue.help import CLICK_ID, HELP_ID
from scheduler.formats import number, percent
from scheduler.messages import default_lang, say
from scheduler.pipeline import RulesBroken
from scheduler.solver import interrupt, interrupted, reset_interrupt

EXIT_OK, EXIT_INPUT, EXIT_USAGE, EXIT_SHORT, EXIT_MACHINE, EXIT_BUG = 0, 1, 2, 3, 4, 5
EXIT_STOPPED = 130  # Ctrl-C or SIGTERM

try:
    __version__ = version("outreach-scheduler")
except PackageNotFoundError:  # running from a source tree
    __version__ = "0.0.0"

CONTEXT = {"help_option_names": ["-h", "--help"], "max_content_width": 100}


# What a machine fault means for the user, by errno, and what to do.
_FAULTS = {
    errno.ENOSPC: "fault.ENOSPC",
    errno.EDQUOT: "fault.EDQUOT",
    errno.EACCES: "fault.EACCES",
    errno.EPERM: "fault.EPERM",
    errno.EROFS: "fault.EROFS",
    errno.ENAMETOOLONG: "fault.ENAMETOOLONG",
    errno.EBUSY: "fault.EBUSY",
    errno.ETXTBSY: "fault.EBUSY",
    errno.ENOENT: "fault.ENOENT",
    errno.EISDIR: "fault.EISDIR",
}

# What the first Ctrl-C says: the command's own when it stops otherwise than `plan`.
_STOP_SAYS = ["stopping"]

# The language of what the terminal says: --lang on each command, else $OUTREACH_LANG, else
# Indonesian. Set as the option is read, before anything can go wrong.
_LANG = [default_lang()]
_LANG_GIVEN: list[str | None] = [None]  # a --lang given before the command


def _click_word(text: str) -> str:
    """click's own words (its usage line, headings, usage errors) in the run's language."""
    return Words(id=CLICK_ID.get(text, text), en=text).of(_LANG[0])


def _click_words(singular: str, plural: str, n: int) -> str:
    return _click_word(singular if n == 1 else plural)


# click words its frame through gettext, bound in each module as it was imported.
for _module in (click.core, click.exceptions, click.formatting, click.parser, click.types,
                click.decorators, click.termui):  # fmt: skip
    if hasattr(_module, "_"):
        _module._ = _click_word  # type: ignore[attr-defined]
    if hasattr(_module, "ngettext"):
        _module.ngettext = _click_words  # type: ignore[attr-defined]


def _t(key: str, **params: Any) -> str:
    """A message from the catalogue (`scheduler.messages`) in the command's language."""
    return say(key, _LANG[0], **params)


def _n(x: float) -> str:
    return number(x, _LANG[0])


def _pct(x: float, digits: int = 1) -> str:
    return percent(x, _LANG[0], digits)


@contextlib.contextmanager
def _worded(ctx: click.Context, *commands: click.Command) -> Iterator[None]:
    """Within: the commands' help, their options' and the -h option's, in the language of
    this run (the code's own English, or the Indonesian of `HELP_ID`); after, as they were,
    since the command objects are shared by every run in the process."""
    saved: list[tuple[Any, str | None]] = []

    def put(target: Any, text: str) -> None:
        saved.append((target, target.help))
        target.help = text

    if _LANG[0] == "id":
        shown = commands[0].get_help_option(ctx)
        if shown is not None:
            put(shown, HELP_ID["opt.help"])
        for command in commands:
            name = "main" if isinstance(command, click.Group) else command.name
            put(command, HELP_ID[f"cmd.{name}"])
            for p in command.params:
                if isinstance(p, click.Option):
                    key = f"opt.{name}.{p.name}"
                    put(p, HELP_ID[key] if key in HELP_ID else HELP_ID[f"opt.{p.name}"])
    try:
        yield
    finally:
        for target, text in saved:
            target.help = text


class _Command(click.Command):
    """A command whose --help speaks the language of this run (--lang before -h, or
    $OUTREACH_LANG)."""

    def format_help(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        with _worded(ctx, self):
            super().format_help(ctx, formatter)

    def collect_usage_pieces(self, ctx: click.Context) -> list[str]:
        return [_click_word(piece) for piece in super().collect_usage_pieces(ctx)]


class _Guarded(click.Group):
    """Every command under one guard: a machine fault (disk full, no permission, a file held
    open) is a message naming the file and what to do, exit 4; Ctrl-C or SIGTERM stops the
    search and the command writes the best checked plan found (exit 130), a second Ctrl-C
    ends at once without writing; a bug is one line asking for a report. `--debug` shows
    the traceback instead."""

    command_class = _Command

    def make_context(self, *args: Any, **kwargs: Any) -> click.Context:
        _LANG[0] = default_lang()  # each run starts from the setting; --lang then overrides
        _LANG_GIVEN[0] = None
        return super().make_context(*args, **kwargs)

    def collect_usage_pieces(self, ctx: click.Context) -> list[str]:
        return [_click_word(piece) for piece in super().collect_usage_pieces(ctx)]

    def format_help(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        # The commands' first lines are the list of commands.
        with _worded(ctx, self, *self.commands.values()):
            super().format_help(ctx, formatter)

    def invoke(self, ctx: click.Context) -> Any:
        debug = "--debug" in sys.argv or bool(ctx.params.get("debug"))
        reset_interrupt()
        _STOP_SAYS[0] = "stopping"
        previous = _own_signals()
        terminal = _Terminal(sys.stdout)
        sys.stdout = terminal
        try:
            return super().invoke(ctx)
        except (click.exceptions.Exit, click.ClickException, click.Abort):
            raise
        except KeyboardInterrupt:
            if debug:
                raise
            click.echo(_t("stopped.nothing"), err=True)
            sys.exit(EXIT_STOPPED)
        except RulesBroken as e:  # a bug: said with the rules the plan breaks, never written
            click.echo(_t("bug.rules"), err=True)
            for b in e.broken[:50]:
                click.echo(f"  - {b}", err=True)
            sys.exit(EXIT_INPUT)
        except OSError as e:
            if debug:
                raise
            key = _FAULTS.get(e.errno or 0)
            what = _t(key) if key else e.strerror or str(e)
            where = f" {e.filename}" if e.filename else ""
            click.echo(_t("fault.write", where=where, what=what), err=True)
            sys.exit(EXIT_MACHINE)
        except MemoryError:
            if debug:
                raise
            click.echo(_t("fault.memory"), err=True)
            sys.exit(EXIT_MACHINE)
        except Exception as e:
            if debug:
                raise
            click.echo(_t("fault.bug", what=f"{type(e).__name__}: {e}"), err=True)
            sys.exit(EXIT_BUG)
        finally:
            _restore_signals(previous)
            sys.stdout = terminal.stream
            if terminal.lost is not None and terminal.lost.errno != errno.EPIPE:
                click.echo(_t("fault.terminal"), err=True)  # `| head` just stopped reading


class _Terminal:
    """Standard output that cannot fail the command: a closed pipe (`| head -1`) or a full
    disk behind `>` loses what is shown, not the work done nor its exit status (the files are
    written before it is said)."""

    def __init__(self, stream: Any) -> None:
        self.stream = stream
        self.lost: OSError | None = None

    def write(self, text: str) -> int:
        if self.lost is None:
            try:
                written: int = self.stream.write(text)
                return written
            except OSError as e:
                self._lose(e)
        return len(text)

    def flush(self) -> None:
        if self.lost is None:
            try:
                self.stream.flush()
            except OSError as e:
                self._lose(e)

    def _lose(self, e: OSError) -> None:
        self.lost = e
        with contextlib.suppress(OSError, ValueError, AttributeError, io.UnsupportedOperation):
            # What is still buffered goes nowhere at exit, instead of failing again there.
            null = os.open(os.devnull, os.O_WRONLY)
            os.dup2(null, self.stream.fileno())
            os.close(null)

    def __getattr__(self, name: str) -> Any:
        return getattr(self.stream, name)


def _own_signals() -> dict[int, Any]:
    """Ctrl-C and SIGTERM stop the search (the first), or the command (the second)."""
    if threading.current_thread() is not threading.main_thread():
        return {}

    def stop(signum: int, frame: object) -> None:
        if interrupted():
            raise KeyboardInterrupt
        interrupt()
        # whatif and risk write nothing when stopped (a comparison or chance from part of the
        # work would be false): the message must not promise a plan.
        ctx = click.get_current_context(silent=True)
        says = _STOP_SAYS[0]
        if says == "stopping" and ctx is not None and ctx.info_name in ("whatif", "risk"):
            says = "stopping.nothing"
        click.echo(_t(says), err=True)

    previous: dict[int, Any] = {}
    for sig in (signal.SIGINT, signal.SIGTERM):
        previous[sig] = signal.signal(sig, stop)
    return previous


def _restore_signals(previous: dict[int, Any]) -> None:
    for sig, handler in previous.items():
        signal.signal(sig, handler)


@click.group(cls=_Guarded, context_settings=CONTEXT)
@click.version_option(__version__, "--version", prog_name="outreach")
@click.option("--debug", is_flag=True, help="Show the full traceback of an unexpected error.")
@click.option(
    "--lang",
    type=click.Choice(LANGS),
    default=None,
    callback=lambda ctx, param, value: _set_lang(ctx, param, value, given=True),
    is_eager=True,
    expose_value=False,
    help="Language of everything it says, before the command too (outreach --lang en -h).",
)
def main(debug: bool) -> None:
    """Plan mobile e-KTP recording outreach (jemput bola): which kits visit which school or
    kelurahan on which day, from one Excel workbook.

    \b
    Start here:
      outreach template kampanye.xlsx               an empty workbook to fill in
      outreach check inputs/sukoharjo-2022.xlsx     capacity picture, no solve
      outreach plan  inputs/sukoharjo-2022.xlsx     plan -> outputs/sukoharjo-2022-plan.xlsx

    The workbook format is in docs/WORKBOOKS.md (also `outreach template` writes a workbook
    that explains itself); `outreach COMMAND -h` explains each command.
    """


def _set_lang(
    ctx: click.Context, param: click.Parameter, value: str | None, given: bool = False
) -> str | None:
    if value is not None:
        _LANG[0] = value
        if given:  # `outreach --lang en COMMAND`: the command's own default follows it
            _LANG_GIVEN[0] = value
    return value
