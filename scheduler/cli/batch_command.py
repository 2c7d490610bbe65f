"""`outreach plan-batch`: one plan per regional workbook (`batch`), saved as each arrives, and a
summary workbook."""

from __future__ import annotations

import contextlib
import sys
import time
from collections.abc import Iterator
from pathlib import Path

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
    Job,
    RegionResult,
    Unreachable,
    default_workers,
    inputs_of,
    jobs_for,
    run_dask,
    run_local,
)
from scheduler.cli.common import _lang_option, _solving_options, _written
from scheduler.cli.frame import (
    _LANG,
    _STOP_SAYS,
    EXIT_INPUT,
    EXIT_OK,
    EXIT_SHORT,
    EXIT_STOPPED,
    EXIT_USAGE,
    _Command,
    _n,
    _t,
)
from scheduler.formats import date_text, decimal, number
from scheduler.labels import word
from scheduler.messages import message_of, render, say
from scheduler.reports import write_batch_summary
from scheduler.solver import interrupted
from scheduler.xlsx import check_writable, write_bytes_atomically


@click.command("plan-batch", cls=_Command)
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
    jobs = _jobs(paths, out_dir, force, lang, seed, time_limit, repeatable)
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
        _say_regions(ordered, time.monotonic() - began, out_dir, summary)
    statuses = {r.status for r in ordered}
    if statuses & {BAD_INPUT, FAILED}:
        sys.exit(EXIT_INPUT)
    sys.exit(EXIT_SHORT if SHORT in statuses else EXIT_OK)


def _jobs(
    paths: tuple[Path, ...],
    out_dir: Path,
    force: bool,
    lang: str,
    seed: int,
    time_limit: float,
    repeatable: bool,
) -> list[Job]:
    """A job per workbook named (or in the folders named); bad usage when one is missing,
    none is found, a plan would replace an input, or (without --force) a file that exists;
    a folder that cannot take them is a machine fault now, before any work."""
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
    return jobs


def _say_regions(ordered: list[RegionResult], seconds: float, out_dir: Path, summary: Path) -> None:
    """A line a region: its status, finish date, people planned of needed, and why."""
    seconds_text = decimal(seconds, _LANG[0])
    click.echo(_t("batch.done", count=len(ordered), seconds=seconds_text, out=out_dir))
    for r in ordered:
        finish = _t("batch.finish", date=date_text(r.finish)) if r.finish else _t(
            "batch.no_plan")  # fmt: skip
        people = f"{_n(r.people_planned)}/{_n(r.people)}" if r.plan else ""
        status = word(f"status.{r.status}", _LANG[0])
        click.echo(f"  {r.name:<24} {status:<18} {finish:<18} {people:>15}  {r.message}")
    click.echo(_t("batch.written", out=summary))


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
