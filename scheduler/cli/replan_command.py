"""`outreach replan`: read a plan and its Progress sheet, re-plan from --today
(`pipeline.replan_campaign`), write the next version and say whom to notify."""

from __future__ import annotations

import re
import sys
from datetime import date
from pathlib import Path

import click

from scheduler.budget import Budget
from scheduler.cli.common import (
    _DateType,
    _exit_code,
    _guard_output,
    _lang_option,
    _load,
    _output_option,
    _read_plan_file,
    _refuse_progress_mistakes,
    _solving_options,
    _written,
    _xlsx_named,
)
from scheduler.cli.field_command import measured, not_come, tallied
from scheduler.cli.frame import EXIT_INPUT, _Command, _t
from scheduler.cli.plan_command import _report
from scheduler.cli.progress import _Progress, _size
from scheduler.errors import WorkbookError
from scheduler.labels import change_text, class_move_text
from scheduler.messages import message_of, render
from scheduler.pipeline import replan_campaign
from scheduler.replan import DEFAULT_FREEZE_DAYS, ReplanError, prepare
from scheduler.writer import write_plan


def _next_version_path(plan_path: Path, version: int) -> Path:
    stem = re.sub(r"-v\d+$", "", plan_path.stem)
    return plan_path.with_name(f"{stem}-v{version}.xlsx")


@click.command(cls=_Command)
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
    rows, tallies = tallied(plan_file, attendance_path, today)
    campaign, notes = measured(campaign, tallies, rows, today)
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
        result = replan_campaign(
            campaign, plan_in, rows, today, budget, seed, progress=progress, notes=notes
        )
    out = _written(out, write_plan(campaign, result, out, lang, replace=force))
    if not quiet:
        _report(plan_in.future, result, out, budget.elapsed())
        click.echo(_t("replan.notify", version=plan_in.version, count=len(result.changes)))
        for c in result.changes:
            click.echo(f"  - {change_text(c, lang)}")
        for move in result.class_moves:
            click.echo(f"  {class_move_text(move, lang)}")
        not_come(tallies)
        if result.changes:
            click.echo(_t("letters.hint", plan=out, previous=plan_path, today=today.isoformat()))
    sys.exit(_exit_code(result))
