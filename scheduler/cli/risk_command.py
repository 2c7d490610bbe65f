"""`outreach risk`: replay a plan with an uncertain network and turnout."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import click

from scheduler.cli.common import (
    _guard_output,
    _lang_option,
    _output_option,
    _read_plan_file,
    _SeedType,
    _written,
    _xlsx_named,
)
from scheduler.cli.field_command import measured
from scheduler.cli.frame import _LANG, _Command, _n, _pct, _t
from scheduler.formats import day_text, decimal
from scheduler.labels import stalled_text
from scheduler.messages import render
from scheduler.plan import visits_of
from scheduler.printing import arrivals_of
from scheduler.problem import GOOD, POOR
from scheduler.reports import write_risk
from scheduler.risk import replay


@click.command(cls=_Command)
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
    problem, notes = measured(problem, (), rows, date.max)
    for note in notes:  # the network as the reported days measure it
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
