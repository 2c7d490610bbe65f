"""`outreach whatif`: scenarios against the campaign, each planned in full, side by side."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import click

from scheduler.budget import Budget
from scheduler.cli.common import (
    _guard_output,
    _lang_option,
    _load,
    _output_option,
    _solving_options,
    _written,
    _xlsx_named,
)
from scheduler.cli.frame import _Command, _n, _pct, _t
from scheduler.cli.progress import _Progress
from scheduler.formats import date_text
from scheduler.messages import message_of, render
from scheduler.pipeline import plan_campaign
from scheduler.plan import Plan
from scheduler.problem import Problem
from scheduler.reports import write_scenarios
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
from scheduler.solver import interrupted
from scheduler.whatif import Outcome, run_scenarios
from scheduler.workdays import build_calendar


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


@click.command(cls=_Command)
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
    scenarios = _scenarios_asked(options, combined, lang)
    budget = Budget(time_limit, repeatable)
    out = output or Path("outputs") / f"{input_path.stem}-whatif.xlsx"
    _xlsx_named(out)
    _guard_output(out, (input_path,), force)
    problem = _load(input_path)
    total = len(scenarios) + 1
    solved = 0

    def plan_next(p: Problem) -> Plan:
        nonlocal solved
        progress.step(_t("progress.scenario", i=solved, n=total - 1, left=total - solved))
        progress.days = build_calendar(p).days  # each scenario its own calendar
        share = 1 / (total - solved)
        solved += 1
        return plan_campaign(p, budget, seed, progress=progress, fixes=False, share=share)

    try:
        with _Progress(quiet, budget) as progress:
            outcomes = run_scenarios(problem, scenarios, seed, plan_next)
        if interrupted():  # the scenarios after the stop were not solved: nothing to compare
            raise KeyboardInterrupt
    except ScenarioError as e:
        raise click.UsageError(render(message_of(e), lang)) from None
    out = _written(out, write_scenarios(problem, outcomes, out, lang, replace=force))
    if quiet:
        return
    _say_outcomes(problem, outcomes, out, lang)


def _scenarios_asked(
    options: dict[str, tuple[str, ...]], combined: bool, lang: str
) -> list[tuple[Change, ...]]:
    """One scenario per option given (an option that does not parse is bad usage), and with
    --combined one more with every change at once."""
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
    return scenarios


def _say_outcomes(problem: Problem, outcomes: list[Outcome], out: Path, lang: str) -> None:
    """The scenarios side by side, one line each, then each one's priority classes."""
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
