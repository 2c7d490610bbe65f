"""The `outreach` command: wires readers, solver, checker and writers; does no work of its own.

Exit codes: 0 everyone planned; 3 a plan was written but not everyone fits; 1 bad input (or a
plan that failed its rule check, which is a bug); 2 bad usage.
"""

from __future__ import annotations

import sys
import time
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path

import click
from rich.console import Console

from scheduler.capacity import capacity
from scheduler.checker import check_plan
from scheduler.labels import LANGS
from scheduler.plan import Plan
from scheduler.problem import Problem
from scheduler.reader import WorkbookError, read_problem
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
@click.option("--seed", type=int, default=0, show_default=True, help="Search seed.")
@click.option(
    "--time-limit",
    type=click.FloatRange(min=0.1),
    default=SolverOptions.time_limit,
    show_default=True,
    help="Search effort in deterministic seconds (about wall seconds on a 2-core machine); "
    "the same workbook, seed and limit give the same plan on any machine.",
)
@click.option("--force", is_flag=True, help="Replace the output file if it exists.")
@click.option("-q", "--quiet", is_flag=True, help="No progress display and no summary.")
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
    if out.exists() and input_path.exists() and out.resolve() == input_path.resolve():
        raise click.UsageError("the output would overwrite the input; choose another -o path")
    if out.exists() and not force:
        raise click.UsageError(f"{out} exists; use --force to replace it, or -o another path")
    problem = _load(input_path)

    console = Console(stderr=True)
    show = not quiet and console.is_terminal
    began = time.monotonic()
    if show:
        with console.status("Solving...") as status:

            def progress(stage: str, seconds: float, value: float, bound: float) -> None:
                status.update(
                    f"[bold]{stage}[/]  {seconds:5.1f}s  best {value:,.0f}  bound {bound:,.0f}"
                )

            result = solve(problem, SolverOptions(time_limit=time_limit, seed=seed), progress)
    else:
        result = solve(problem, SolverOptions(time_limit=time_limit, seed=seed))

    broken = check_plan(problem, result)
    if broken:
        click.echo("BUG: the plan breaks rules; nothing was written. Please report this:", err=True)
        for b in broken[:50]:
            click.echo(f"  - {b}", err=True)
        sys.exit(EXIT_INPUT)
    write_plan(problem, result, out, lang)
    if not quiet:
        _report(problem, result, out, time.monotonic() - began)
    sys.exit(EXIT_SHORT if result.shortfalls else EXIT_OK)


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
