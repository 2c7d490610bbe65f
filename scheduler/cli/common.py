"""What the commands share: their options and argument types, reading an input workbook or a
plan (its errors said, exit 1), and guarding an output (never an input, never an existing file
without --force)."""

from __future__ import annotations

import functools
import math
import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import click

from scheduler.budget import too_large
from scheduler.catalogue import LANGS
from scheduler.cli.frame import (
    _LANG,
    _LANG_GIVEN,
    EXIT_INPUT,
    EXIT_OK,
    EXIT_SHORT,
    EXIT_STOPPED,
    _n,
    _set_lang,
    _t,
)
from scheduler.dates import parse_date
from scheduler.errors import WorkbookError
from scheduler.messages import LANG_ENV, argument, default_lang, message_of, render
from scheduler.plan import Plan
from scheduler.problem import Problem
from scheduler.progress_audit import progress_mistakes
from scheduler.reader import PlanFile, read_plan, read_problem
from scheduler.solver import SolverOptions
from scheduler.xlsx import check_writable


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


def _exit_code(result: Plan) -> int:
    if result.stopped:
        return EXIT_STOPPED
    return EXIT_SHORT if result.shortfalls else EXIT_OK


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
