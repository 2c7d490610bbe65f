"""`outreach plan`: read the campaign, plan it (`pipeline.plan_campaign`), write the plan
workbook and say what it holds."""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

import click

from scheduler.budget import Budget
from scheduler.cli.common import (
    _ChanceType,
    _DateType,
    _exit_code,
    _guard_output,
    _lang_option,
    _lists_option,
    _load,
    _output_option,
    _region_code_option,
    _solving_options,
    _wait_option,
    _written,
    _xlsx_named,
)
from scheduler.cli.frame import _LANG, _Command, _n, _pct, _t
from scheduler.cli.lists_command import lists_sheet_of, plan_lists, say_cards
from scheduler.cli.progress import _Progress, _size
from scheduler.formats import day_text, decimal
from scheduler.labels import finish_apart, print_fix_text, shortfall_text
from scheduler.lists import list_files
from scheduler.messages import capped, render
from scheduler.pipeline import plan_campaign
from scheduler.plan import Plan
from scheduler.problem import Problem
from scheduler.readings import stage_reading
from scheduler.scenarios import describe
from scheduler.workdays import build_calendar
from scheduler.writer import write_plan


@click.command(cls=_Command)
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
        problem, reconciled = plan_lists(problem, list_paths, region_code, wait_for_16, lang)

    with _Progress(quiet, budget) as progress:
        cal = build_calendar(problem)
        progress.days = cal.days
        progress.say(_size(problem, cal))
        result = plan_campaign(
            problem, budget, seed, progress=progress, step=progress.step, calendar=cal,
            buffer=buffer, lang=lang,
        )  # fmt: skip
    extra = None
    if reconciled is not None:
        extra = lists_sheet_of(problem, reconciled, result, vote_day, lang)
    out = _written(out, write_plan(problem, result, out, lang, replace=force, extra=extra))
    if not quiet:
        _report(problem, result, out, budget.elapsed())
        if reconciled is not None:
            say_cards(problem, result, vote_day, lang)
    sys.exit(_exit_code(result))


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
        stage = result.stage("finish")
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
        people = result.stage("people")
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
