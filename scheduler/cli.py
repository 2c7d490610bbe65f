"""The `outreach` command: wires readers, solver, checker and writers; does no work of its own.

Exit codes: 0 everyone planned; 3 a plan was written but not everyone fits; 1 bad input (or a
plan that failed its rule check, which is a bug); 2 bad usage; 4 a machine fault (disk full,
no permission, a file held open); 5 an internal error (a bug); 130 stopped by Ctrl-C or SIGTERM
(the best checked plan found so far written, for plan and replan).
"""

from __future__ import annotations

import atexit
import contextlib
import dataclasses
import errno
import functools
import io
import math
import os
import re
import signal
import sys
import threading
import time
from collections.abc import Callable, Iterator
from datetime import date
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path
from typing import Any

import click
from rich.console import Console
from rich.markup import escape
from rich.progress import Progress

from scheduler.batch import (
    BAD_INPUT,
    FAILED,
    SHORT,
    STOPPED,
    DaskMissing,
    RegionResult,
    Unreachable,
    default_workers,
    inputs_of,
    jobs_for,
    run_dask,
    run_local,
)
from scheduler.budget import Budget, too_large
from scheduler.buffer import plan_with_buffer
from scheduler.capacity import capacity
from scheduler.catalogue import LANGS, Words
from scheduler.catalogue.help import CLICK_ID, HELP_ID
from scheduler.checker import check_plan
from scheduler.dates import parse_date
from scheduler.errors import WorkbookError
from scheduler.fixes import find_fixes, question_limit
from scheduler.formats import date_text, day_text, decimal, number, percent
from scheduler.labels import (
    change_text,
    class_move_text,
    finish_apart,
    print_fix_text,
    shortfall_text,
    stalled_text,
    word,
)
from scheduler.lists import list_files
from scheduler.messages import (
    LANG_ENV,
    argument,
    capped,
    default_lang,
    message_of,
    render,
    say,
    type_text,
)
from scheduler.plan import Plan, visits_of
from scheduler.printing import arrivals_of, with_printing
from scheduler.problem import GOOD, POOR, Problem
from scheduler.progress_audit import progress_mistakes
from scheduler.reader import PlanFile, is_plan, read_plan, read_problem
from scheduler.readings import stage_reading
from scheduler.replan import (
    DEFAULT_FREEZE_DAYS,
    ReplanError,
    changes,
    class_moves,
    pinned_kits,
    prepare,
)
from scheduler.reports import write_batch_summary, write_risk, write_scenarios
from scheduler.risk import replay
from scheduler.scenarios import (
    Change,
    ScenarioError,
    describe,
    parse_blanks,
    parse_deadline,
    parse_kits,
    parse_lost,
    parse_print_rate,
    parse_rate,
    parse_weekdays_change,
)
from scheduler.solver import SolverOptions, interrupt, interrupted, reset_interrupt, solve
from scheduler.template import build_template
from scheduler.whatif import run_scenarios
from scheduler.workdays import Calendar, build_calendar
from scheduler.writer import write_plan
from scheduler.xlsx import check_writable, save_atomically, write_bytes_atomically

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


def _load(path: Path, solving: bool = True) -> Problem:
    try:
        problem = read_problem(path)
    except WorkbookError as e:
        click.echo(e.render(_LANG[0]), err=True)
        sys.exit(EXIT_INPUT)
    why = too_large(problem) if solving else None
    if why is not None:
        click.echo(f"{path}: {render(why, _LANG[0])}", err=True)
        sys.exit(EXIT_INPUT)
    return problem


def _solving_options(
    time_limit: float = SolverOptions.time_limit, scope: str = "the whole command"
) -> Callable[[Callable[..., None]], Callable[..., None]]:
    """--seed, --time-limit, --repeatable, --force and --quiet, the same for every command
    that solves."""
    return functools.partial(_add_solving_options, time_limit=time_limit, scope=scope)


def _add_solving_options(
    command: Callable[..., None], time_limit: float, scope: str
) -> Callable[..., None]:
    for option in reversed(
        (
            click.option(
                "--seed", type=_SeedType(), default=0, show_default=True, help="Search seed."
            ),
            click.option(
                "--time-limit",
                type=_SecondsType(),
                default=time_limit,
                show_default=True,
                help=f"Seconds {scope} may take: reading, solving, the search for "
                "fixes and writing. The same workbook and seed give the same plan unless the "
                "machine was too slow or busy to finish the search in time (then it says so).",
            ),
            click.option(
                "--repeatable",
                is_flag=True,
                help="Count --time-limit in CP-SAT's deterministic seconds instead: the same "
                "workbook and seed give the same plan on any machine, however long it takes.",
            ),
            click.option("--force", is_flag=True, help="Replace the output file if it exists."),
            click.option("-q", "--quiet", is_flag=True, help="No progress display and no summary."),
        )
    ):
        command = option(command)
    return command


def _output_option(text: str) -> Callable[[Callable[..., None]], Callable[..., None]]:
    return click.option(
        "-o", "--output", type=click.Path(path_type=Path, dir_okay=False), help=text
    )


def _lang_option(
    text: str = "Language of what this command prints and of the workbook it writes: id "
    "(Indonesian) or en (English).",
) -> Callable[[Callable[..., None]], Callable[..., None]]:
    return click.option(
        "--lang",
        type=click.Choice(LANGS),
        default=lambda: _LANG_GIVEN[0] or default_lang(),
        show_default=f"id / ${LANG_ENV}",
        callback=_set_lang,
        is_eager=True,
        help=f"{text} Set ${LANG_ENV}=en once to make English the default.",
    )


def _lists_option_with(text: str) -> Callable[[Callable[..., None]], Callable[..., None]]:
    """The --lists option, with each command's own help *text*."""
    return click.option(
        "--lists",
        "list_paths",
        metavar="PATH",
        multiple=True,
        type=click.Path(path_type=Path),
        help=text,
    )


_lists_option = _lists_option_with(
    "Name lists (.csv or .xlsx files, or folders of them; repeat for more): each "
    "listed site is planned for the count the lists come to (see `outreach lists`)."
)


def _region_code_option(command: Callable[..., None]) -> Callable[..., None]:
    return click.option(
        "--region-code",
        metavar="CODE",
        help="With name lists: the regency's 4-digit code NIKs are checked against (3311 for "
        "Kabupaten Sukoharjo). Default: the code most of the listed NIKs carry.",
    )(command)


def _wait_option(command: Callable[..., None]) -> Callable[..., None]:
    return click.option(
        "--wait-for-16",
        is_flag=True,
        help="With name lists: place a site's visit after its people's 16th birthdays where "
        "its window still holds the days they need, instead of leaving those who turn 16 "
        "during the campaign to a later service.",
    )(command)


def _set_lang(
    ctx: click.Context, param: click.Parameter, value: str | None, given: bool = False
) -> str | None:
    if value is not None:
        _LANG[0] = value
        if given:  # `outreach --lang en COMMAND`: the command's own default follows it
            _LANG_GIVEN[0] = value
    return value


def _written(asked: Path, wrote: Path) -> Path:
    """Where an output went; if not where asked, say why (the file appeared meanwhile)."""
    if wrote != asked:
        click.echo(_t("written_elsewhere", asked=asked, wrote=wrote), err=True)
    return wrote


def _xlsx_named(out: Path) -> None:
    """A workbook the tool writes is named .xlsx, so that it (and Excel) opens it again."""
    if out.suffix.lower() != ".xlsx":
        suggest = argument(out.with_suffix(".xlsx"))
        raise click.UsageError(_t("usage.not_xlsx_out", path=out, suggest=suggest))


def _guard_output(out: Path, sources: tuple[Path | None, ...], force: bool) -> None:
    """Never overwrite an input; keep an existing output unless --force; a folder that
    cannot take the output is a machine fault before any work."""
    for source in sources:
        if source is not None and out.exists() and out.resolve() == source.resolve():
            raise click.UsageError(_t("usage.overwrite_input", source=source))
    if out.exists() and not force:
        raise click.UsageError(_t("usage.exists", path=out))
    check_writable(out.parent, [out.name])  # a read-only folder is said now, not after solving


class _ChanceType(click.ParamType[float]):
    name = "P"

    def convert(
        self, value: Any, param: click.Parameter | None, ctx: click.Context | None
    ) -> float:
        if isinstance(value, float):
            return value
        text = str(value).strip()
        try:
            x = float(text[:-1]) / 100 if text.endswith("%") else float(text)
        except ValueError:
            self.fail(_t("usage.chance", value=value), param, ctx)
        if not 0 < x < 1:
            self.fail(_t("usage.chance_range", value=value), param, ctx)
        return x


# CP-SAT's and numpy's seeds are 32-bit; a time limit beyond a day is a typing slip.
SEED_MAX = 2**31 - 1
TIME_LIMIT_MIN, TIME_LIMIT_MAX = 0.5, 86_400.0


class _SeedType(click.ParamType[int]):
    name = "integer"

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> int:
        try:
            seed = value if isinstance(value, int) else int(str(value).strip())
        except ValueError:
            seed = -1
        if not 0 <= seed <= SEED_MAX:
            self.fail(_t("usage.seed", value=value, most=_n(SEED_MAX)), param, ctx)
        return seed


class _SecondsType(click.ParamType[float]):
    name = "float"

    def convert(
        self, value: Any, param: click.Parameter | None, ctx: click.Context | None
    ) -> float:
        try:
            seconds = value if isinstance(value, float) else float(str(value).strip())
        except ValueError:
            seconds = math.nan
        if not TIME_LIMIT_MIN <= seconds <= TIME_LIMIT_MAX:  # NaN fails both
            self.fail(_t("usage.time_limit", value=value, most=_n(TIME_LIMIT_MAX)), param, ctx)
        return seconds


class _DateType(click.ParamType[date]):
    name = "DATE"

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> date:
        try:
            return parse_date(value)
        except ValueError as e:
            self.fail(render(message_of(e), _LANG[0]), param, ctx)


@main.command()
@click.argument("input_path", metavar="INPUT.xlsx", type=click.Path(path_type=Path))
@_output_option("Where to write the plan workbook. Default: outputs/<INPUT>-plan.xlsx.")
@_lang_option()
@click.option(
    "--buffer",
    type=_ChanceType(),
    help="Plan for a chance P of finishing by the deadline under the network and turnout "
    "model of `outreach risk` (0.9 or 90%): cautious rates leave slack where it is needed. "
    "Solves several times; the Summary says what the buffer costs in finish date.",
)
@_lists_option
@_region_code_option
@_wait_option
@click.option(
    "--vote-day",
    type=_DateType(),
    help="With name lists: a day the cards are wanted for (an election day: 2024-02-14); the "
    "plan says how many will be 17 by then and recorded in time.",
)
@_solving_options()
def plan(
    input_path: Path,
    output: Path | None,
    lang: str,
    buffer: float | None,
    list_paths: tuple[Path, ...],
    region_code: str | None,
    wait_for_16: bool,
    vote_day: date | None,
    seed: int,
    time_limit: float,
    repeatable: bool,
    force: bool,
    quiet: bool,
) -> None:
    """Plan a campaign from INPUT.xlsx and write the plan workbook.

    \b
    Example:
      outreach plan inputs/surakarta-2016.xlsx --lang en -o outputs/solo.xlsx
      outreach plan inputs/sukoharjo-2022.xlsx --buffer 90%

    Everyone is planned when the deadline allows; otherwise the most people are, and the plan
    says who is left out, why, and the smallest fixes (each checked by solving): the earliest
    deadline that takes everyone, how many extra kits from which date would, which site
    windows to widen. Objectives, in strict order: people planned, earliest finish,
    high-priority sites early, kits staying in one kecamatan.

    Exit status: 0 everyone planned, 3 plan written but not everyone fits, 1 bad input,
    2 bad usage, 4 a machine fault, 130 stopped by Ctrl-C (the best checked plan so far
    written).
    """
    budget = Budget(time_limit, repeatable)
    out = output or Path("outputs") / f"{input_path.stem}-plan.xlsx"
    _xlsx_named(out)
    _guard_output(out, (input_path, *list_files(list_paths)), force)
    problem = _load(input_path)
    if vote_day is not None and not list_paths:
        raise click.UsageError(_t("usage.vote_day"))
    reconciled = None
    if list_paths:
        problem, reconciled = cli_lists.plan_lists(
            problem, list_paths, region_code, wait_for_16, lang
        )

    options = budget.solver_options(problem, seed, fixes=True)
    with _Progress(quiet, budget) as progress:
        cal = build_calendar(problem)
        progress.days = cal.days
        progress.say(_size(problem, cal))
        if buffer is None:
            solved_on, result = problem, solve(problem, options, progress, calendar=cal)
        else:
            solved_on, result = plan_with_buffer(
                problem, buffer, options, solve_fn=lambda p, o: solve(p, o, progress)
            )
        _check(solved_on, result)
        if solved_on is not problem:
            _check(problem, result)  # a plan on cautious rates keeps the real rules too
        if result.shortfalls and not interrupted():
            progress.step(_t("progress.fixes"))
            unsettled: list[str] = []
            fixes = find_fixes(
                problem, question_limit(options.time_limit), seed, progress.step,
                budget.for_fixes(problem), unsettled, lang,
            )  # fmt: skip
            result = dataclasses.replace(result, fixes=fixes, fixes_settled=not unsettled)
    if interrupted():  # stopped: the fixes were not searched for
        result = dataclasses.replace(result, stopped=True, fixes_settled=not result.shortfalls)
    result = with_printing(problem, result)
    extra = None
    if reconciled is not None:
        extra = cli_lists.lists_sheet_of(problem, reconciled, result, vote_day, lang)
    out = _written(out, write_plan(problem, result, out, lang, replace=force, extra=extra))
    if not quiet:
        _report(problem, result, out, budget.elapsed())
        if reconciled is not None:
            cli_lists.say_cards(problem, result, vote_day, lang)
    sys.exit(_exit_code(result))


def _size(problem: Problem, cal: Calendar) -> str:
    return _t(
        "progress.size", sites=_n(len(problem.sites)), people=_n(problem.people),
        kits=len(problem.kits), days=len(cal.working_days),
    )  # fmt: skip


def _exit_code(result: Plan) -> int:
    if result.stopped:
        return EXIT_STOPPED
    return EXIT_SHORT if result.shortfalls else EXIT_OK


class _Progress:
    """Progress while a command works: a live line on a terminal; off a terminal (a log file,
    a scheduled job) a plain line every few seconds, so a log shows the run is alive; nothing
    with --quiet. Both say the stage, the best so far and the time used of the time asked."""

    EVERY = 5.0  # seconds between plain lines

    def __init__(self, quiet: bool, budget: Budget) -> None:
        self.quiet, self.budget = quiet, budget
        self.text = _t("progress.reading")
        self.console = Console(stderr=True)
        self.done = threading.Event()
        self.thread: threading.Thread | None = None

    days: tuple[date, ...] = ()  # the solve's calendar days: a finish value is one of them

    def __call__(self, stage: str, seconds: float, value: float, bound: float) -> None:
        """The stage and its best so far, as the office reads it: people as a count, the
        finish as a date; the other stages' values are solver sums, so only their name."""
        name = _t(f"stage.{stage}")
        if stage == "people":
            self.text = _t("progress.stage", stage=name, value=_n(value))
        elif stage == "finish" and 1 <= value <= len(self.days):
            # The finish is a count of the calendar's days (holidays and closures are not
            # among them); a search's open weekend shows as the working day before it.
            days = self.days[: int(value)]
            day = next((d for d in reversed(days) if d.weekday() < 5), days[-1])
            self.text = _t("progress.stage", stage=name, value=day_text(day, _LANG[0]))
        else:
            self.text = _t("progress.stage_only", stage=name)

    def step(self, text: str) -> None:
        self.text = text

    def say(self, text: str) -> None:
        """A line that matters now (the size of what is planned): at once, in a log too."""
        self.text = text
        if not self.quiet and not self.console.is_terminal:
            click.echo(self.line(), err=True)

    def line(self) -> str:
        used = self.budget.elapsed()
        if self.budget.repeatable:
            return _t("progress.time", text=self.text, used=used)
        return _t("progress.time_of", text=self.text, used=used, limit=self.budget.limit)

    def __enter__(self) -> _Progress:
        if self.quiet:
            return self
        if self.console.is_terminal:
            # What the line holds (a file, a region, a site) is the user's text, never markup.
            status = self.console.status(escape(self.line()))
            status.start()

            def tick() -> None:
                while not self.done.wait(0.5):
                    status.update(escape(self.line()))
                status.stop()

        else:

            def tick() -> None:
                while not self.done.wait(self.EVERY):
                    click.echo(self.line(), err=True)

        self.thread = threading.Thread(target=tick, daemon=True)
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.done.set()
        if self.thread is not None:
            self.thread.join()


def _report_printing(result: Plan) -> None:
    """When the campaign's last card is printed, whether blanks run out, and the fixes."""
    pr, lang = result.printing, _LANG[0]
    assert pr is not None
    done = day_text(pr.campaign_done, lang) if pr.campaign_done else _t("print.never")
    how = _t("print.in_time" if pr.on_time else "print.late")
    click.echo(_t("print.cli_done", day=done, target=day_text(pr.target, lang), how=how))
    if pr.stock_out is not None:
        click.echo(_t("print.cli_stock", day=day_text(pr.stock_out, lang),
                      n=_n(pr.certificates), campaign=_n(pr.certificates_campaign)))  # fmt: skip
    if not pr.on_time:
        click.echo(_t("print.cli_fixes"))
        for fix in result.print_fixes:
            click.echo(_t("print.cli_fix", fix=print_fix_text(fix, lang)))
        if not result.print_fixes:
            click.echo(_t("print.cli_fix", fix=_t("print.no_fix")))


def _check(problem: Problem, result: Plan) -> None:
    """The independent rule check; a plan that fails it is a bug and is never written."""
    broken = check_plan(problem, result)
    if broken:
        click.echo(_t("bug.rules"), err=True)
        for b in broken[:50]:
            click.echo(f"  - {b}", err=True)
        sys.exit(EXIT_INPUT)


def _report(problem: Problem, result: Plan, out: Path, seconds: float) -> None:
    echo, lang = click.echo, _LANG[0]

    def day(d: date | None) -> str:
        return day_text(d, lang) if d else "-"

    if result.stopped:
        echo(_t("plan.stopped", out=out))
    echo(_t("plan.written", out=out, seconds=decimal(seconds, _LANG[0])))
    echo(_t("plan.people", planned=_n(result.people_planned), total=_n(problem.people)))
    if result.finish:
        # A plan stopped before its finish stage has none: its finish is then open.
        stage = next((s for s in result.stages if s.name == "finish"), None)
        if stage is not None and stage.proven:
            echo(_t("plan.finish_proven", date=day(result.finish)))
        elif (apart := finish_apart(result, build_calendar(problem).working_days)) is not None:
            assert result.finish_bound is not None
            echo(_t("plan.finish_bound", date=day(result.finish), bound=day(result.finish_bound),
                    days=apart))  # fmt: skip
        else:  # a bound that far off says nothing to a coordinator
            echo(_t("plan.finish_open", date=day(result.finish)))
    for st in result.stages:
        if st.name == "people" and not st.proven and st.bound > st.value:
            echo(_t("plan.people_bound", bound=_n(st.bound), value=_n(st.value)))
        elif st.name == "priority":  # "priority 4 (19 sites): all done by ..."
            echo(_t("plan.class", reading=stage_reading(problem, result, st, lang)))
        elif st.name in ("stability", "continuity"):
            reading = stage_reading(problem, result, st, lang)
            echo(_t("plan.stage", name=_t(f"stage.{st.name}"), reading=reading))
    if not result.repeatable and not result.stopped:
        echo(_t("plan.not_repeatable"))
    shown, more = capped(result.warnings, lang)
    for w in shown:
        echo(_t("plan.warning", text=render(w, lang)))
    if more:
        echo(f"  {more}")
    if result.shortfalls:
        left = _n(sum(s.people_left for s in result.shortfalls))
        deadline = day(problem.settings.deadline)
        people = next((st for st in result.stages if st.name == "people"), None)
        if people is None or not people.proven:  # None: stopped before the people stage
            more = _n(people.bound - people.value) if people else left
            echo(_t("plan.short_open", deadline=deadline, left=left, more=more))
        else:
            echo(_t("plan.short", deadline=deadline, left=left))
        for sf in result.shortfalls:
            name = problem.site(sf.site_id).name
            why = shortfall_text(problem, sf, lang)
            echo(_t("plan.short_site", site=sf.site_id, name=name, people=_n(sf.people_left),
                    why=why))  # fmt: skip
        if result.today is None:
            echo(_t("plan.fixes"))
            for fix in result.fixes:
                how = _t("plan.fix_proven" if fix.smallest else "plan.fix_found")
                echo(_t("plan.fix", fix=describe(fix.changes, lang), how=how))
            if not result.fixes and result.fixes_settled:
                echo(_t("plan.no_fix"))
            elif not result.fixes_settled:
                echo(_t("plan.fixes_stopped" if result.stopped else "plan.fixes_cut"))
    if result.printing is not None:
        _report_printing(result)
    if result.buffer is not None:
        b = result.buffer
        echo(_t("plan.buffer", target=_pct(b.target, 0), deadline=day(problem.settings.deadline),
                chance=_pct(b.chance), runs=_n(b.runs)))  # fmt: skip
        if not b.met:
            echo(_t("plan.buffer_missed"))
        elif b.rate_share < 1:
            echo(_t("plan.buffer_cost", share=_pct(b.rate_share, 0), finish=day(result.finish),
                    plain=day(b.plain_finish), plain_chance=_pct(b.plain_chance)))  # fmt: skip
        else:
            echo(_t("plan.buffer_free"))


@main.command()
@click.argument("input_path", metavar="INPUT.xlsx", type=click.Path(path_type=Path))
@_lang_option()
@_lists_option
@_region_code_option
@_wait_option
def check(
    input_path: Path,
    lang: str,
    list_paths: tuple[Path, ...],
    region_code: str | None,
    wait_for_16: bool,
) -> None:
    """Validate INPUT.xlsx and show its capacity picture, without solving.

    \b
    Example:
      outreach check inputs/sukoharjo-2022.xlsx
      outreach check inputs/surakarta-2016.xlsx --lang en

    Prints people, kit-days and visit days needed against what the calendar offers per site
    type, and the earliest finish date any plan could reach (exact when capacity is what
    binds). Exit status 0 when everyone can fit by that bound, 3 when capacity alone already
    rules it out, 1 on bad input. Given a plan, it checks the inputs the plan carries and its
    Progress sheet as `replan` does.
    """
    problem = _load(input_path, solving=False)
    warnings: list[str] = []
    if is_plan(input_path):  # every report audited, as on any --today
        plan_file = _read_plan_file(input_path, date.max)
        warnings = _refuse_progress_mistakes(input_path, problem, plan_file, date.max)
    if list_paths:  # the capacity picture for the counts the lists come to
        problem, _ = cli_lists.plan_lists(problem, list_paths, region_code, wait_for_16, lang)
    cal = build_calendar(problem)
    cap = capacity(problem, cal)
    s = problem.settings
    echo = click.echo

    def day(d: date) -> str:
        return day_text(d, lang)

    echo(_t("check.valid", path=input_path, region=s.region or "").rstrip())
    for w in warnings:
        echo(_t("plan.warning", text=render(w, lang)))
    echo(_t("check.campaign", start=day(s.start), deadline=day(s.deadline), days=cap.working_days))
    echo(_t("check.size", sites=_n(len(problem.sites)), people=_n(problem.people),
            kits=len(problem.kits)))  # fmt: skip
    echo(_t("check.kit_days", needed=_n(cap.kit_days_needed), free=_n(cap.kit_days_available)))
    echo("")
    columns = ("type", "sites", "people", "kit_days", "visit_days")
    echo(_t("check.head", **{k: _t(f"check.col.{k}") for k in columns}))
    for t in cap.types:
        if not t.sites:
            continue
        kind = type_text(t.type, lang)
        echo(_t("check.head", type=kind, sites=_n(t.sites), people=_n(t.people),
                kit_days=f"{_n(t.kit_days_needed)} / {_n(t.kit_days_available)}",
                visit_days=f"{_n(t.site_days_needed)} / {_n(t.site_days_available)}"))  # fmt: skip
    echo(_t("check.foot"))
    echo("")
    if cap.sites_that_cannot_fit:
        echo(_t("check.cannot_fit"))
        for sid in cap.sites_that_cannot_fit:
            echo(f"    - {sid} ({problem.site(sid).name})")
    binding = render(cap.binding, lang)
    if cap.earliest_finish is not None:
        echo(_t("check.earliest", date=day(cap.earliest_finish), binding=binding))
        sys.exit(EXIT_OK)
    echo(_t("check.impossible", deadline=day(s.deadline), binding=binding))
    sys.exit(EXIT_SHORT)


def _read_plan_file(plan_path: Path, today: date, keep_errors: bool = True) -> PlanFile:
    """A plan's inputs and Progress, or its errors said and exit 1. With `keep_errors`, the
    Progress cells that cannot be read are kept to be listed with the rest
    (`_refuse_progress_mistakes`)."""
    try:
        return read_plan(plan_path, today, keep_errors=keep_errors)
    except WorkbookError as e:
        click.echo(e.render(_LANG[0]), err=True)
        sys.exit(EXIT_INPUT)


def _refuse_progress_mistakes(
    plan_path: Path, campaign: Problem, plan_file: PlanFile, today: date
) -> list[str]:
    """Every mistake of the Progress sheet in one list (exit 1), as `replan` refuses them;
    else its warnings."""
    errors, warnings = progress_mistakes(
        campaign, plan_file.progress, today, plan_file.errors,
        plan_file.progress_sheet, plan_file.progress_headers,
    )  # fmt: skip
    if errors:
        click.echo(WorkbookError(plan_path, errors).render(_LANG[0]), err=True)
        sys.exit(EXIT_INPUT)
    return warnings


def _next_version_path(plan_path: Path, version: int) -> Path:
    stem = re.sub(r"-v\d+$", "", plan_path.stem)
    return plan_path.with_name(f"{stem}-v{version}.xlsx")


@main.command()
@click.argument("plan_path", metavar="PLAN.xlsx", type=click.Path(path_type=Path))
@click.option("--today", type=_DateType(), required=True, help="The re-planning date (YYYY-MM-DD).")
@click.option(
    "--inputs",
    "inputs_path",
    type=click.Path(path_type=Path),
    help="An updated input workbook (kits out, closures, sites added or removed, counts) to use "
    "instead of the inputs the plan carries; sites and kits are matched by id.",
)
@click.option(
    "--freeze-days",
    type=click.IntRange(min=0),
    default=DEFAULT_FREEZE_DAYS,
    show_default=True,
    help="Working days from today whose announced visits stay (unless a rule now forbids one).",
)
@click.option(
    "--attendance",
    "attendance_path",
    type=click.Path(path_type=Path),
    help="Filled attendance lists (`outreach letters`): their counts as Progress rows, and "
    "the turnout they measure as the plan's turnout.",
)
@_output_option("Where to write the new plan. Default: beside PLAN, named -v2, -v3, ...")
@_lang_option()
@_solving_options(time_limit=10.0)
def replan(
    plan_path: Path,
    today: date,
    inputs_path: Path | None,
    freeze_days: int,
    attendance_path: Path | None,
    output: Path | None,
    lang: str,
    seed: int,
    time_limit: float,
    repeatable: bool,
    force: bool,
    quiet: bool,
) -> None:
    """Re-plan after delays from PLAN.xlsx whose Progress sheet staff filled.

    \b
    Example:
      outreach replan outputs/sukoharjo-2022-plan.xlsx --today 2022-09-12
      outreach replan plan-v2.xlsx --today 2022-10-03 --inputs updated.xlsx --freeze-days 5

    Rows before --today are history (recorded people count; lost days count nothing;
    unreported days are taken as planned, with a warning); rows that cannot be true (typed
    twice, more recorded than a site has) are refused with their row. The announced days, the
    next --freeze-days working days (Mon-Fri) from today, keep the visits they still need
    (the others are freed and listed) unless a rule or the kits now forbid one, and a kit they
    leave free may take a site planned anew; people a cut run still has get a run of their own
    after them. The previous plan's other visits stay (one it left short stays short) unless a
    rule, the kits or fitting more people requires a change: first as many people as possible,
    then the fewest sites to notify (moved, dropped or added; a drop weighs double, a sooner
    change more), then the earliest finish and the usual order. The new plan has a Changes
    sheet and a notice per site to notify.

    Exit status: 0 everyone planned, 3 not everyone fits, 1 bad input, 2 bad usage,
    4 a machine fault, 130 stopped by Ctrl-C (the best checked plan so far written).
    """
    budget = Budget(time_limit, repeatable)
    plan_file = _read_plan_file(plan_path, today)
    campaign, rows, version = plan_file.problem, plan_file.progress, plan_file.version
    known = frozenset(s.site_id for s in campaign.sites)
    if inputs_path is not None:
        campaign = _load(inputs_path)
    _refuse_progress_mistakes(plan_path, campaign, plan_file, today)
    out = output or _next_version_path(plan_path, version + 1)
    _xlsx_named(out)
    _guard_output(out, (plan_path, inputs_path, attendance_path), force)
    rows, tallies = _fieldcli.tallied(plan_file, attendance_path, today)
    campaign, measured = _fieldcli.measured(campaign, tallies, rows, today)
    try:
        plan_in = prepare(
            campaign, rows, today, freeze_days, version + 1, known,
            plan_file.progress_sheet, plan_file.progress_headers,
        )  # fmt: skip
    except ReplanError as e:
        raise click.UsageError(render(message_of(e), lang)) from None
    except WorkbookError as e:
        click.echo(WorkbookError(plan_path, e.errors).render(lang), err=True)
        sys.exit(EXIT_INPUT)

    with _Progress(quiet, budget) as progress:
        progress.days = plan_in.calendar.days
        progress.say(_size(plan_in.future, plan_in.calendar))
        result = solve(
            plan_in.future,
            budget.solver_options(plan_in.future, seed),
            progress,
            calendar=plan_in.calendar,
            keep=plan_in.keep,
            frozen=plan_in.frozen,
            candidate=plan_in.candidate,
            pinned=pinned_kits(rows, plan_in.keep),
            promised=plan_in.promised,
        )
    _check(plan_in.future, result)
    result = dataclasses.replace(
        result,
        history=plan_in.history,
        version=plan_in.version,
        today=today,
        warnings=measured + plan_in.warnings + result.warnings,
    )
    result = dataclasses.replace(result, changes=changes(plan_in, result))
    result = dataclasses.replace(result, class_moves=class_moves(plan_in, result))
    result = with_printing(campaign, result)
    out = _written(out, write_plan(campaign, result, out, lang, replace=force))
    if not quiet:
        _report(plan_in.future, result, out, budget.elapsed())
        click.echo(_t("replan.notify", version=plan_in.version, count=len(result.changes)))
        for c in result.changes:
            click.echo(f"  - {change_text(c, lang)}")
        for move in result.class_moves:
            click.echo(f"  {class_move_text(move, lang)}")
        _fieldcli.not_come(tallies)
        if result.changes:
            click.echo(_t("letters.hint", plan=out, previous=plan_path, today=today.isoformat()))
    sys.exit(_exit_code(result))


@main.command()
@click.argument("path", metavar="PATH.xlsx", type=click.Path(path_type=Path, dir_okay=False))
@_lang_option("Language of what it prints and of the sheet names, headers and notes.")
@click.option("--force", is_flag=True, help="Replace PATH if it exists.")
def template(path: Path, lang: str, force: bool) -> None:
    """Write an empty input workbook to fill in, at PATH.xlsx.

    \b
    Example:
      outreach template kampanye.xlsx
      outreach plan kampanye.xlsx

    It has every sheet and header of the workbook format, a note on each header explaining it,
    dropdowns for type, network and priority, date checks, the default rules for schools and
    kelurahan, and one example site and two kits, so that it plans as it is.
    """
    _xlsx_named(path)
    if path.exists() and not force:
        raise click.UsageError(_t("usage.exists_no_o", path=path))
    path = _written(path, save_atomically(build_template(lang), path, replace=force))
    click.echo(_t("template.written", path=path, arg=argument(path)))


def _scenario_option(name: str, metavar: str, text: str) -> Callable[..., Any]:
    return click.option(name, multiple=True, metavar=metavar, help=text + " Repeatable.")


_PARSERS: tuple[tuple[str, Callable[[str], Change]], ...] = (
    ("kits", parse_kits),
    ("lost", parse_lost),
    ("deadline", parse_deadline),
    ("weekdays", parse_weekdays_change),
    ("rate", parse_rate),
    ("blanks", parse_blanks),
    ("print_rate", parse_print_rate),
)


@main.command()
@click.argument("input_path", metavar="INPUT.xlsx", type=click.Path(path_type=Path))
@_scenario_option(
    "--kits", "+N[@DATE]", "N more kits (from DATE), or -N fewer (a kit broken from DATE)."
)
@_scenario_option("--lost", "DATE[..DATE]", "Days lost: nothing is recorded on them.")
@_scenario_option("--deadline", "DATE", "Another deadline.")
@_scenario_option("--weekdays", "TYPE=DAYS", "Other visiting days for a type: kelurahan=Mon-Thu.")
@_scenario_option("--rate", "NETWORK=N", "People per kit-day for a network: good=30, poor=8.")
@_scenario_option(
    "--blanks", "+N[@DATE]", "N more blank cards delivered (on DATE; default the start)."
)
@_scenario_option("--print-rate", "N", "Cards printed a working day.")
@click.option("--combined", is_flag=True, help="Also one scenario with every change above at once.")
@_output_option("Where to write the Scenarios workbook. Default: outputs/<INPUT>-whatif.xlsx.")
@_lang_option()
@_solving_options(time_limit=30.0)
def whatif(
    input_path: Path,
    combined: bool,
    output: Path | None,
    lang: str,
    seed: int,
    time_limit: float,
    repeatable: bool,
    force: bool,
    quiet: bool,
    **options: tuple[str, ...],
) -> None:
    """Compare scenarios side by side: finish date, people planned, kit-days used and the
    chance of finishing on time (1,000 replays, as `outreach risk`).

    \b
    Example:
      outreach whatif inputs/sukoharjo-2022.xlsx --kits +1@2022-09-01 --lost 2022-09-12..2022-09-16
      outreach whatif inputs/surakarta-2016.xlsx --weekdays kelurahan=Mon-Thu --deadline 2016-09-30
      outreach whatif inputs/sukoharjo-2022.xlsx --rate good=30 --kits -1@2022-10-03 --combined

    The baseline is INPUT.xlsx as it is. Each option given is one scenario against it; repeat
    an option for more (--kits +1 --kits +2), add --combined for all of them at once. Each
    scenario is a full plan, rule-checked; --time-limit is for them all (default 30 here),
    shared evenly.

    Exit status: 0, 1 bad input, 2 bad usage (an option that does not parse or apply).
    """
    scenarios: list[tuple[Change, ...]] = []
    for name, parse in _PARSERS:
        for text in options[name]:
            try:
                scenarios.append((parse(text),))
            except ScenarioError as e:
                why = render(message_of(e), lang)
                hint = "--" + name.replace("_", "-")
                raise click.BadParameter(why, param_hint=hint) from None
    if combined and len(scenarios) > 1:
        scenarios.append(tuple(c for changes in scenarios for c in changes))
    budget = Budget(time_limit, repeatable)
    out = output or Path("outputs") / f"{input_path.stem}-whatif.xlsx"
    _xlsx_named(out)
    _guard_output(out, (input_path,), force)
    problem = _load(input_path)
    total = len(scenarios) + 1
    solved = 0

    def solve_next(p: Problem, _: SolverOptions) -> Plan:
        nonlocal solved
        progress.step(_t("progress.scenario", i=solved, n=total - 1, left=total - solved))
        progress.days = build_calendar(p).days  # each scenario its own calendar
        options = budget.solver_options(p, seed, share=1 / (total - solved))
        solved += 1
        return solve(p, options, progress)

    try:
        with _Progress(quiet, budget) as progress:
            outcomes = run_scenarios(problem, scenarios, SolverOptions(seed=seed), solve_next)
        if interrupted():  # the scenarios after the stop were not solved: nothing to compare
            raise KeyboardInterrupt
    except ScenarioError as e:
        raise click.UsageError(render(message_of(e), lang)) from None
    out = _written(out, write_scenarios(problem, outcomes, out, lang, replace=force))
    if quiet:
        return
    echo = click.echo
    columns = ("finish", "shift", "people", "kit_days", "on_time", "scenario")
    cards = problem.printing is not None  # a column for the day the campaign's cards are ready
    head = {k: _t(f"whatif.col.{k}") for k in columns}
    if cards:
        head["on_time"] += f"  {_t('whatif.col.cards'):<11}"
    echo(_t("whatif.head", n="#", **head))
    base = outcomes[0].finish
    for i, o in enumerate(outcomes):
        shift = _t("whatif.days", n=(o.finish - base).days) if o.finish and base else "-"
        finish = f"{date_text(o.finish)}{'' if o.finish_proven else '*'}" if o.finish else "-"
        on_time = _pct(o.chance_on_time)
        if cards:
            ready = date_text(o.cards_ready) if o.cards_ready else "-"
            on_time = f"{on_time:>9}  {ready:<11}"
        echo(_t("whatif.head", n=i, finish=finish, shift=shift,
                people=f"{_n(o.people_planned)}/{_n(o.people)}",
                kit_days=f"{_n(o.kit_days_used)}/{_n(o.kit_days_free)}",
                on_time=on_time, scenario=describe(o.changes, lang)))  # fmt: skip
    if not all(o.finish_proven for o in outcomes):
        echo(_t("whatif.unproven"))
    if any(o.priority for o in outcomes):
        echo(_t("whatif.classes"))
        for i, o in enumerate(outcomes):
            for reading in o.priority:
                echo(_t("whatif.class", n=i, reading=reading.render(lang)))
    echo(_t("whatif.written", out=out))


@main.command()
@click.argument("plan_path", metavar="PLAN.xlsx", type=click.Path(path_type=Path))
@click.option(
    "--runs",
    type=click.IntRange(min=1),
    default=1000,
    show_default=True,
    help="How many times the plan is replayed.",
)
@click.option("--seed", type=_SeedType(), default=0, show_default=True, help="Random seed.")
@_output_option("Where to write the Risk workbook. Default: outputs/<PLAN>-risk.xlsx.")
@_lang_option()
@click.option("--force", is_flag=True, help="Replace the output file if it exists.")
def risk(
    plan_path: Path, runs: int, seed: int, output: Path | None, lang: str, force: bool
) -> None:
    """How sure is the plan? Replay PLAN.xlsx --runs times with an uncertain network and
    turnout, and report the chance of finishing by the deadline (and by sites' own last days),
    the P50 and P90 finish dates, the people expected not recorded, and the sites most at risk.

    \b
    Example:
      outreach risk outputs/sukoharjo-2022-plan.xlsx --runs 1000 --seed 1

    The model, from the plan's Settings (defaults from the Sukoharjo figures, 50 a day for a
    two-kit team when the network is smooth and 20 when it stalls): a day at a good-network
    site stalls with chance stall_good (0.2) and then records stalled_share (0.4) of the
    site's rate (or stalled_rate_good per kit, if set); a poor-network site, planned at its
    slow rate, stalls with chance stall_poor (0.3); each person comes with chance turnout
    (0.95). What a site misses is taken up on the next free kit-days within its own days.
    "Done" means everyone who came is recorded, for the chance and for P50/P90 alike. Rows
    already reported on the Progress sheet count as done. Same plan and seed, same answer.

    Exit status: 0, 1 bad input, 2 bad usage.
    """
    out = output or Path("outputs") / f"{plan_path.stem}-risk.xlsx"
    _xlsx_named(out)
    _guard_output(out, (plan_path,), force)
    plan_file = _read_plan_file(plan_path, date.max, keep_errors=False)
    problem, rows = plan_file.problem, plan_file.progress
    problem, measured = _fieldcli.measured(problem, (), rows, date.max)
    for note in measured:  # the network as the reported days measure it
        click.echo(render(note, lang), err=True)
    to_come = [r for r in rows if r.status is None and r.recorded is None]
    planned = sum(r.planned for r in rows)
    sites_to_come = len(visits_of(to_come))
    click.echo(_t("risk.replaying", runs=_n(runs), sites=_n(sites_to_come)), err=True)
    reported = arrivals_of((r.day, r.site_id, r.counted) for r in rows if r not in to_come)
    report = replay(
        problem, visits_of(to_come), runs, seed, unplanned=max(0, problem.people - planned),
        history=reported,
    )  # fmt: skip
    out = _written(out, write_risk(problem, report, plan_path.name, out, lang, replace=force))
    s = problem.settings
    echo = click.echo

    def day(d: date | None) -> str:
        return day_text(d, lang) if d else _t("risk.later")

    def quantile(d: date | None, q: float) -> str:
        """A P50/P90 date, or why there is none: never done, or beyond the horizon."""
        if d is not None:
            return day(d)
        if report.never_done >= 1 - q:
            return _t("risk.never_short" if report.people_unplanned else "risk.never_windows")
        return _t("risk.later")

    echo(_t("risk.head", path=plan_path, runs=_n(runs), seed=seed))
    echo(_t("risk.assumed", good=_pct(s.stall_good, 0), poor=_pct(s.stall_poor, 0),
            good_rate=stalled_text(s, GOOD, lang), poor_rate=stalled_text(s, POOR, lang),
            turnout=_pct(s.turnout, 0)))  # fmt: skip
    echo(_t("risk.chance", deadline=day(s.deadline), chance=_pct(report.chance_on_time)))
    if report.chance_windows is not None:  # the other promise: sites' own last days
        echo(_t("risk.windows", chance=_pct(report.chance_windows)))
    echo(_t("risk.finish", planned=day(report.planned_finish), p50=quantile(report.p50, 0.5),
            p90=quantile(report.p90, 0.9)))  # fmt: skip
    if report.cards_target is not None:
        p50, p90 = (day_text(d, lang) if d else _t("print.never")
                    for d in (report.cards_p50, report.cards_p90))  # fmt: skip
        chance = _pct(report.cards_on_time or 0.0)
        echo(_t("risk.cards", p50=p50, p90=p90, target=day(report.cards_target), chance=chance))
    echo(_t("risk.not_recorded", total=_n(report.expected_not_recorded),
            no_shows=_n(report.expected_no_shows), late=_n(report.expected_left),
            unplanned=_n(report.people_unplanned)))  # fmt: skip
    if report.sites:
        echo(_t("risk.sites"))
        for x in report.sites:
            name = problem.site(x.site_id).name
            own = _t("risk.site_window", day=day(x.last_day)) if x.last_day else ""
            echo(_t("risk.site", site=x.site_id, name=name, chance=_pct(x.chance_late),
                    people=decimal(x.expected_left, _LANG[0]), own=own))  # fmt: skip
    echo(_t("risk.written", out=out))


@main.command("plan-batch")
@click.argument(
    "paths", metavar="DIR_OR_FILES...", nargs=-1, required=True, type=click.Path(path_type=Path)
)
@click.option(
    "-o",
    "--output",
    "out_dir",
    type=click.Path(path_type=Path, file_okay=False),
    default=Path("outputs") / "batch",
    show_default=True,
    help="Folder for the plans (<input>-plan.xlsx) and summary.xlsx.",
)
@click.option(
    "--workers",
    type=click.IntRange(min=1),
    default=default_workers(),
    show_default="the number of cores",
    help="Regions planned at once, each in its own process.",
)
@click.option(
    "--scheduler",
    "address",
    metavar="ADDRESS",
    help="Run on a Dask distributed cluster instead (tcp://host:8786); needs the optional "
    "dependency: pip install 'outreach-scheduler[dask]', here and on every worker.",
)
@_lang_option()
@_solving_options(scope="each region")
def plan_batch(
    paths: tuple[Path, ...],
    out_dir: Path,
    workers: int,
    address: str | None,
    lang: str,
    seed: int,
    time_limit: float,
    repeatable: bool,
    force: bool,
    quiet: bool,
) -> None:
    """Plan every regional workbook named (or in the folders named) at once, in parallel, and
    write one plan per region plus a summary workbook with one row per region: finish date,
    people planned of needed, status, and a link to its plan.

    \b
    Example:
      outreach plan-batch inputs/ -o outputs/batch --workers 2
      outreach plan-batch jateng/*.xlsx -o outputs/jateng --scheduler tcp://10.0.0.5:8786

    Each plan is the one `outreach plan` would write (rule-checked, fixes when short). One
    region's bad input, or its process dying, is reported in its row and does not stop the
    others. Ctrl-C stops at once: the plans done stay and the summary names the rest.

    Exit status: 0 every region planned in full, 3 some region short, 1 some region's input
    bad (or its planning failed), 2 bad usage, 4 a machine fault, 130 stopped.
    """
    inputs = inputs_of(paths)
    missing = [p for p in inputs if not p.is_file()]
    if missing:
        raise click.UsageError(_t("batch.no_file", files=", ".join(map(str, missing))))
    if not inputs:
        raise click.UsageError(_t("batch.none", paths=", ".join(map(str, paths))))
    jobs = jobs_for(inputs, lang, seed, time_limit, repeatable)
    targets = [out_dir / f"{job.name}-plan.xlsx" for job in jobs] + [out_dir / "summary.xlsx"]
    sources = {p.resolve() for p in inputs}
    for target in targets:
        if target.resolve() in sources:
            raise click.UsageError(_t("batch.is_input", target=target))
    existing = [str(t) for t in targets if t.exists()]
    if existing and not force:
        raise click.UsageError(_t("batch.exist", files=", ".join(existing[:5])))

    check_writable(out_dir, [t.name for t in targets])  # a fault known now is said now
    _STOP_SAYS[0] = "batch.stopping"
    results: dict[str, RegionResult] = {}
    began = time.monotonic()
    try:
        runner = run_dask(jobs, address) if address else run_local(jobs, workers)
        with contextlib.closing(runner):  # every region's process ended, however this ends
            _run_batch(runner, results, len(jobs), out_dir, force, quiet)
        # Stopped: what was done is written, and the summary says the rest.
        left = [j for j in jobs if j.name not in results] if interrupted() else []
        if left:
            message = say("batch.not_planned", lang)
            for job in left:
                results[job.name] = RegionResult.unplanned(job, STOPPED, message)
        ordered = [results[job.name] for job in jobs]
        summary = _written(
            out_dir / "summary.xlsx",
            write_batch_summary(ordered, out_dir / "summary.xlsx", lang, replace=force),
        )
    except KeyboardInterrupt:  # a second Ctrl-C: at once, and said as it is
        done = sum(1 for r in results.values() if r.plan)
        click.echo(_t("batch.stopped_now", done=done, out=out_dir), err=True)
        sys.exit(EXIT_STOPPED)
    except DaskMissing as e:
        raise click.UsageError(render(message_of(e), _LANG[0])) from None
    except Unreachable as e:
        click.echo(_t("batch.unreachable", address=address, why=e), err=True)
        sys.exit(EXIT_USAGE)
    if left:
        done = sum(1 for r in ordered if r.plan)
        click.echo(_t("batch.stopped", done=done, total=len(jobs), out=out_dir,
                      left=len(left)), err=True)  # fmt: skip
        click.echo(_t("batch.written", out=summary), err=True)
        sys.exit(EXIT_STOPPED)
    if not quiet:
        seconds = decimal(time.monotonic() - began, _LANG[0])
        click.echo(_t("batch.done", count=len(ordered), seconds=seconds, out=out_dir))
        for r in ordered:
            finish = _t("batch.finish", date=date_text(r.finish)) if r.finish else _t(
                "batch.no_plan")  # fmt: skip
            people = f"{_n(r.people_planned)}/{_n(r.people)}" if r.plan else ""
            status = word(f"status.{r.status}", _LANG[0])
            click.echo(f"  {r.name:<24} {status:<18} {finish:<18} {people:>15}  {r.message}")
        click.echo(_t("batch.written", out=summary))
    statuses = {r.status for r in ordered}
    if statuses & {BAD_INPUT, FAILED}:
        sys.exit(EXIT_INPUT)
    sys.exit(EXIT_SHORT if SHORT in statuses else EXIT_OK)


def _run_batch(
    runner: Iterator[RegionResult],
    results: dict[str, RegionResult],
    total: int,
    out_dir: Path,
    force: bool,
    quiet: bool,
) -> None:
    """Each region's plan saved as it comes, and shown: a bar on a terminal, a line a region
    in a log."""
    console = Console(stderr=True)
    began = time.monotonic()
    if quiet or not console.is_terminal:
        for result in runner:
            results[result.name] = _save_region(result, out_dir, force)
            if not quiet:  # a log shows each region as it is done, and what remains
                seconds = number(time.monotonic() - began, _LANG[0])
                status = word(f"status.{result.status}", _LANG[0])
                click.echo(_t("batch.progress", done=len(results), total=total,
                              seconds=seconds, name=result.name, status=status),
                           err=True)  # fmt: skip
        return
    with Progress(console=console) as bar:
        task = bar.add_task(_t("batch.bar"), total=total)
        for result in runner:
            results[result.name] = _save_region(result, out_dir, force)
            status = word(f"status.{result.status}", _LANG[0])
            # A file name is the user's text, never rich markup.
            bar.update(task, advance=1, description=escape(f"{result.name}: {status}"))


def _save_region(result: RegionResult, out_dir: Path, force: bool) -> RegionResult:
    """Write a region's plan as it arrives, so a long batch's finished plans are safe."""
    if result.plan:
        asked = out_dir / result.plan_name
        _written(asked, write_bytes_atomically(result.plan, asked, replace=force))
    return result


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


# Commands in modules of their own, which register them on `main`: the name-list commands
# (cli_lists.py); `letters`, `report` and the attendance lists `replan` reads (fieldcli.py).
from scheduler import cli_lists  # noqa: E402
from scheduler import fieldcli as _fieldcli  # noqa: E402

if __name__ == "__main__":
    run()
