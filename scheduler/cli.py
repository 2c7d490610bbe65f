"""The `outreach` command: wires readers, solver, checker and writers; does no work of its own.

Exit codes: 0 everyone planned; 3 a plan was written but not everyone fits; 1 bad input (or a
plan that failed its rule check, which is a bug); 2 bad usage.
"""

from __future__ import annotations

import dataclasses
import re
import sys
import time
from collections.abc import Callable
from datetime import date
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path
from typing import Any

import click
from rich.console import Console

from scheduler.capacity import capacity
from scheduler.checker import check_plan
from scheduler.dates import parse_date
from scheduler.labels import LANGS
from scheduler.plan import Plan
from scheduler.problem import Problem
from scheduler.reader import WorkbookError, read_plan, read_problem
from scheduler.replan import DEFAULT_FREEZE_DAYS, ReplanError, changes, pinned_kits, prepare
from scheduler.solver import SolverOptions, solve
from scheduler.template import build_template
from scheduler.workdays import build_calendar
from scheduler.writer import write_plan
from scheduler.xlsx import save_atomically

EXIT_OK, EXIT_INPUT, EXIT_USAGE, EXIT_SHORT = 0, 1, 2, 3

try:
    __version__ = version("outreach-scheduler")
except PackageNotFoundError:  # running from a source tree
    __version__ = "0.0.0"

CONTEXT = {"help_option_names": ["-h", "--help"], "max_content_width": 100}


@click.group(context_settings=CONTEXT)
@click.version_option(__version__, "--version", prog_name="outreach")
def main() -> None:
    """Plan mobile e-KTP recording outreach (jemput bola): which kits visit which school or
    kelurahan on which day, from one Excel workbook.

    \b
    Start here:
      outreach template kampanye.xlsx               an empty workbook to fill in
      outreach check inputs/sukoharjo-2022.xlsx     capacity picture, no solve
      outreach plan  inputs/sukoharjo-2022.xlsx     plan -> outputs/sukoharjo-2022-plan.xlsx

    The workbook format is in WORKBOOKS.md; `outreach COMMAND -h` explains each command.
    """


def _load(path: Path) -> Problem:
    try:
        return read_problem(path)
    except WorkbookError as e:
        click.echo(str(e), err=True)
        sys.exit(EXIT_INPUT)


def _solving_options(command: Callable[..., None]) -> Callable[..., None]:
    """--seed, --time-limit, --force and --quiet, the same for every command that solves."""
    for option in reversed(
        (
            click.option("--seed", type=int, default=0, show_default=True, help="Search seed."),
            click.option(
                "--time-limit",
                type=click.FloatRange(min=0.1),
                default=SolverOptions.time_limit,
                show_default=True,
                help="Search effort in deterministic seconds (about 1.5 wall seconds each on "
                "a 2-core machine); the same workbook, seed and limit give the same plan on "
                "any machine.",
            ),
            click.option("--force", is_flag=True, help="Replace the output file if it exists."),
            click.option("-q", "--quiet", is_flag=True, help="No progress display and no summary."),
        )
    ):
        command = option(command)
    return command


def _guard_output(out: Path, sources: tuple[Path | None, ...], force: bool) -> None:
    """Never overwrite an input; keep an existing output unless --force."""
    for source in sources:
        if source is not None and out.exists() and out.resolve() == source.resolve():
            raise click.UsageError(
                f"the output would overwrite the input {source}; choose another -o path"
            )
    if out.exists() and not force:
        raise click.UsageError(f"{out} exists; use --force to replace it, or -o another path")


@main.command()
@click.argument("input_path", metavar="INPUT.xlsx", type=click.Path(path_type=Path))
@click.option(
    "-o",
    "--output",
    type=click.Path(path_type=Path, dir_okay=False),
    help="Where to write the plan workbook. Default: outputs/<INPUT>-plan.xlsx.",
)
@click.option(
    "--lang",
    type=click.Choice(LANGS),
    default="id",
    show_default=True,
    help="Language of the plan workbook: id (Indonesian) or en (English).",
)
@_solving_options
def plan(
    input_path: Path,
    output: Path | None,
    lang: str,
    seed: int,
    time_limit: float,
    force: bool,
    quiet: bool,
) -> None:
    """Plan a campaign from INPUT.xlsx and write the plan workbook.

    Everyone is planned when the deadline allows; otherwise the most people are, and the plan
    says who is left out and why. Objectives, in strict order: people planned, earliest finish,
    high-priority sites early, kits staying in one kecamatan.

    \b
    Example:
      outreach plan inputs/surakarta-2016.xlsx --lang en -o outputs/solo.xlsx

    Exit status: 0 everyone planned, 3 plan written but not everyone fits, 1 bad input,
    2 bad usage.
    """
    out = output or Path("outputs") / f"{input_path.stem}-plan.xlsx"
    _guard_output(out, (input_path,), force)
    problem = _load(input_path)

    began = time.monotonic()
    result = _solve(problem, SolverOptions(time_limit=time_limit, seed=seed), quiet)
    _check(problem, result)
    write_plan(problem, result, out, lang)
    if not quiet:
        _report(problem, result, out, time.monotonic() - began)
    sys.exit(EXIT_SHORT if result.shortfalls else EXIT_OK)


def _solve(problem: Problem, options: SolverOptions, quiet: bool, **replan: Any) -> Plan:
    """Solve, showing progress on a terminal (never when piped or --quiet)."""
    console = Console(stderr=True)
    if quiet or not console.is_terminal:
        return solve(problem, options, **replan)
    with console.status("Solving...") as status:

        def progress(stage: str, seconds: float, value: float, bound: float) -> None:
            status.update(
                f"[bold]{stage}[/]  {seconds:5.1f}s  best {value:,.0f}  bound {bound:,.0f}"
            )

        return solve(problem, options, progress, **replan)


def _check(problem: Problem, result: Plan) -> None:
    """The independent rule check; a plan that fails it is a bug and is never written."""
    broken = check_plan(problem, result)
    if broken:
        click.echo("BUG: the plan breaks rules; nothing was written. Please report this:", err=True)
        for b in broken[:50]:
            click.echo(f"  - {b}", err=True)
        sys.exit(EXIT_INPUT)


def _report(problem: Problem, result: Plan, out: Path, seconds: float) -> None:
    echo = click.echo
    echo(f"Plan written to {out} ({seconds:.1f} s)")
    echo(f"  people planned: {result.people_planned:,} of {problem.people:,}")
    if result.finish:
        stage = next(s for s in result.stages if s.name == "finish")
        if stage.proven:
            echo(f"  finish: {result.finish} (proven earliest possible)")
        else:
            echo(
                f"  finish: {result.finish} (not proven: no plan finishes before "
                f"{result.finish_bound}; gap {stage.value - stage.bound} working days)"
            )
    for st in result.stages:
        gap = abs(st.value - st.bound) / max(1, abs(st.value))
        state = "optimal" if st.proven else f"{st.status}, gap {gap:.1%}"
        echo(f"  stage {st.name:<10} {st.value:>10,}  ({state})")
    for w in result.warnings:
        echo(f"  warning: {w}")
    if result.shortfalls:
        left = sum(s.people_left for s in result.shortfalls)
        echo(f"Not everyone fits by {problem.settings.deadline}: {left:,} people left out at")
        for sf in result.shortfalls:
            name = problem.site(sf.site_id).name
            echo(f"  - {sf.site_id} ({name}): {sf.people_left:,} people; {sf.reason}")


@main.command()
@click.argument("input_path", metavar="INPUT.xlsx", type=click.Path(path_type=Path))
def check(input_path: Path) -> None:
    """Validate INPUT.xlsx and show its capacity picture, without solving.

    Prints people, kit-days and visit days needed against what the calendar offers per site
    type, and the earliest finish date any plan could reach (exact when capacity is what
    binds). Exit status 0 when everyone can fit by that bound, 3 when capacity alone already
    rules it out, 1 on bad input.

    \b
    Example:
      outreach check inputs/sukoharjo-2022.xlsx
    """
    problem = _load(input_path)
    cal = build_calendar(problem)
    cap = capacity(problem, cal)
    s = problem.settings
    echo = click.echo
    echo(f"{input_path}: valid. {s.region or ''}".rstrip())
    echo(f"  campaign {s.start} .. {s.deadline}: {len(cal.days)} working days")
    echo(f"  {len(problem.sites)} sites, {problem.people:,} people, {len(problem.kits)} kits")
    echo(f"  kit-days: {cap.kit_days_needed:,} needed of {cap.kit_days_available:,} free")
    echo("")
    echo(f"  {'type':<12}{'sites':>6}{'people':>9}{'kit-days':>18}{'visit days':>18}")
    for t in cap.types:
        if not t.sites:
            continue
        echo(
            f"  {t.type:<12}{t.sites:>6}{t.people:>9,}"
            f"{f'{t.kit_days_needed:,} / {t.kit_days_available:,}':>18}"
            f"{f'{t.site_days_needed:,} / {t.site_days_available:,}':>18}"
        )
    echo("  (needed / available up to the deadline)")
    echo("")
    if cap.sites_that_cannot_fit:
        echo("  Sites whose own allowed days cannot hold their people:")
        for sid in cap.sites_that_cannot_fit:
            echo(f"    - {sid} ({problem.site(sid).name})")
    if cap.earliest_finish is not None:
        echo(
            f"  Earliest finish any plan could reach: {cap.earliest_finish} (set by {cap.binding})"
        )
        sys.exit(EXIT_OK)
    echo(f"  Capacity alone rules out recording everyone by {s.deadline} ({cap.binding}).")
    sys.exit(EXIT_SHORT)


class _DateType(click.ParamType[date]):
    name = "DATE"

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> date:
        try:
            return parse_date(value)
        except ValueError as e:
            self.fail(str(e), param, ctx)


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
    "-o",
    "--output",
    type=click.Path(path_type=Path, dir_okay=False),
    help="Where to write the new plan. Default: beside PLAN, named -v2, -v3, ...",
)
@click.option("--lang", type=click.Choice(LANGS), default="id", show_default=True)
@_solving_options
def replan(
    plan_path: Path,
    today: date,
    inputs_path: Path | None,
    freeze_days: int,
    output: Path | None,
    lang: str,
    seed: int,
    time_limit: float,
    force: bool,
    quiet: bool,
) -> None:
    """Re-plan after delays from PLAN.xlsx whose Progress sheet staff filled.

    Rows before --today are history (recorded people count; lost days count nothing;
    unreported days are taken as planned, with a warning). The announced days, the next
    --freeze-days working days from today, keep their visits unless a rule now forbids one.
    Beyond them the plan is re-solved: first as many remaining people as possible, then as few
    changes to the previous plan as possible (sooner changes weigh more), then the earliest
    finish and the usual order. The new plan has a Changes sheet of the sites to notify.

    \b
    Example:
      outreach replan outputs/sukoharjo-2022-plan.xlsx --today 2022-09-12
      outreach replan plan-v2.xlsx --today 2022-10-03 --inputs updated.xlsx --freeze-days 5

    Exit status: 0 everyone planned, 3 not everyone fits, 1 bad input, 2 bad usage.
    """
    try:
        campaign, rows, version = read_plan(plan_path, today)
    except WorkbookError as e:
        click.echo(str(e), err=True)
        sys.exit(EXIT_INPUT)
    known = frozenset(s.site_id for s in campaign.sites)
    if inputs_path is not None:
        campaign = _load(inputs_path)
    out = output or _next_version_path(plan_path, version + 1)
    _guard_output(out, (plan_path, inputs_path), force)
    try:
        plan_in = prepare(campaign, rows, today, freeze_days, version + 1, known)
    except ReplanError as e:
        raise click.UsageError(str(e)) from None

    began = time.monotonic()
    result = _solve(
        plan_in.future,
        SolverOptions(time_limit=time_limit, seed=seed),
        quiet,
        calendar=plan_in.calendar,
        keep=plan_in.keep,
        frozen=plan_in.frozen,
        previous=plan_in.previous,
        pinned=pinned_kits(rows, plan_in.keep),
    )
    _check(plan_in.future, result)
    result = dataclasses.replace(
        result,
        history=plan_in.history,
        version=plan_in.version,
        today=today,
        warnings=plan_in.warnings + result.warnings,
    )
    result = dataclasses.replace(result, changes=changes(plan_in, result))
    write_plan(campaign, result, out, lang)
    if not quiet:
        _report(plan_in.future, result, out, time.monotonic() - began)
        click.echo(f"Version {plan_in.version}: {len(result.changes)} site(s) to notify")
        for c in result.changes:
            old = ", ".join(f"{d:%d/%m}" for d, _ in c.old_days) or "-"
            new = ", ".join(f"{d:%d/%m}" for d, _ in c.new_days) or "-"
            click.echo(f"  - {c.site_id}: {old} -> {new} ({c.reason})")
    sys.exit(EXIT_SHORT if result.shortfalls else EXIT_OK)


@main.command()
@click.argument("path", metavar="PATH.xlsx", type=click.Path(path_type=Path, dir_okay=False))
@click.option(
    "--lang",
    type=click.Choice(LANGS),
    default="id",
    show_default=True,
    help="Language of the sheet names, headers and notes.",
)
@click.option("--force", is_flag=True, help="Replace PATH if it exists.")
def template(path: Path, lang: str, force: bool) -> None:
    """Write an empty input workbook to fill in, at PATH.xlsx.

    It has every sheet and header of the workbook format, a note on each header explaining it,
    dropdowns for type, network and priority, date checks, the default rules for schools and
    kelurahan, and one example site and two kits, so that it plans as it is.

    \b
    Example:
      outreach template kampanye.xlsx
      outreach plan kampanye.xlsx
    """
    if path.exists() and not force:
        raise click.UsageError(f"{path} exists; use --force to replace it, or another path")
    save_atomically(build_template(lang), path)
    click.echo(f"Template written to {path}: fill the sheets, then `outreach plan {path}`.")


if __name__ == "__main__":
    main()
