"""The run-choice models: each site visited by one run (consecutive allowed days with the kits
sent on each), chosen among every placement of its kit patterns, and a plan from a choice.

Where the day grid's LP says little, these formulations close the gap (docs/MODEL.md): every
plan with everyone is one choice of runs, and each choice is a plan.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from ortools.sat.python import cp_model

from scheduler.plan import Visit
from scheduler.problem import Problem, Site
from scheduler.solver.call import check_stop, solve_cp
from scheduler.solver.effort import BUILD_SECONDS, CALL_SECONDS, Clock
from scheduler.solver.grid import DayGrid
from scheduler.solver.residual import merge_visits


@dataclass(frozen=True)
class Run:
    """One way to visit a site in the run-choice models: consecutive allowed days (indices)
    with the kits sent on each, and the people it records."""

    site: Site
    days: tuple[int, ...]
    kits: tuple[int, ...]
    people: int


def settled_by_lp(
    runs: dict[str, list[Run]], share: dict[tuple[str, int], float]
) -> dict[str, int]:
    """The sites whose LP solution takes one run whole: site -> the run's position."""
    taken: dict[str, list[tuple[int, float]]] = defaultdict(list)
    for (site_id, i), x in share.items():
        if x > 1e-6:
            taken[site_id].append((i, x))
    return {s: xs[0][0] for s, xs in taken.items() if len(xs) == 1 and xs[0][1] > 1 - 1e-6}


def hint_runs(
    m: cp_model.CpModel,
    chosen: list[tuple[cp_model.IntVar, Run]],
    mm: DayGrid,
    visits: tuple[Visit, ...],
) -> None:
    """Hint a run-choice model with a plan: each run taken where the plan has it."""
    hinted = {(v.site_id, v.days) for v in visits}
    for z, run in chosen:
        check_stop()
        days = tuple((mm.cal.days[t], k) for t, k in zip(run.days, run.kits, strict=True))
        m.add_hint(z, (run.site.site_id, days) in hinted)


def whole_runs_by(
    mm: DayGrid, clock: Clock, finish: int, budget: float, due: dict[str, int] | None = None
) -> tuple[tuple[Visit, ...] | None, float]:
    """A plan giving every site one whole run ending by day index `finish` - 1 (and by its
    `due` day count, where given), found by CP-SAT's local search (feasibility jump, which
    finds such plans where the day grid's optimisation and CP-SAT's tree search on this model
    find none; benchmarks/README.md), or None; and the deterministic seconds spent."""
    runs = runs_of(mm, kit_patterns, finish, partial=False, due=due)
    if runs is None:
        return None, 0.0
    m, chosen = choice_model(mm, clock, runs, everyone=True, objective=None)
    status, solver = solve_cp(m, clock, budget, local_search=True)
    if status in (cp_model.OPTIMAL, cp_model.FEASIBLE):
        return visits_of(mm, chosen, solver.value), solver.deterministic_time
    return None, solver.deterministic_time


def runs_of(
    mm: DayGrid,
    patterns: Callable[[Problem, Site], list[tuple[int, ...]]],
    finish: int,
    partial: bool,
    people_at_most: bool = False,
    due: dict[str, int] | None = None,
) -> dict[str, list[Run]] | None:
    """Every placement of each site's kit patterns on consecutive allowed days that have the
    kits, ending by day index `finish` - 1 (and by `due`[site] - 1, where given: its class's
    date). `partial`: also each pattern's first days alone
    (a run cut short, recording fewer). `people_at_most`: each run's people counted at the
    most kits the type and the day allow (for a bound). None when a site with people has no
    run at all and every site must have one (`partial` False)."""
    problem, cal = mm.problem, mm.cal
    out: dict[str, list[Run]] = {}
    for site in problem.sites:
        check_stop()
        if site.people == 0:
            continue
        rules, rate = problem.site_type(site), problem.rate(site)
        allowed = cal.allowed[site.site_id]
        end = min(finish, (due or {}).get(site.site_id, finish))
        runs: list[Run] = []
        for kits in patterns(problem, site):
            for need in range(1, len(kits) + 1) if partial else (len(kits),):
                per_day = kits[:need]
                for i in range(len(allowed) - need + 1):
                    days = allowed[i : i + need]
                    if days[-1] + 1 > end or any(
                        cal.free_kits[t] < k for t, k in zip(days, per_day, strict=True)
                    ):
                        continue
                    counted = (
                        sum(min(rules.max_kits, cal.free_kits[t]) for t in days)
                        if people_at_most
                        else sum(per_day)
                    )
                    runs.append(Run(site, tuple(days), per_day, min(site.people, rate * counted)))
        if not runs and not partial:
            return None
        out[site.site_id] = runs
    return out


def choice_model(
    mm: DayGrid,
    clock: Clock,
    runs: dict[str, list[Run]],
    everyone: bool,
    objective: str | None,
) -> tuple[cp_model.CpModel, list[tuple[cp_model.IntVar, Run]]]:
    """CP-SAT: one run per site (at most one unless `everyone`), kits and per-type visits per
    day within what is free; minimising priority x last day, or maximising people."""
    clock.charge(CALL_SECONDS + BUILD_SECONDS * sum(len(options) for options in runs.values()))
    m = cp_model.CpModel()
    chosen: list[tuple[cp_model.IntVar, Run]] = []
    kits_on: dict[int, list[cp_model.LinearExprT]] = defaultdict(list)
    visits_on: dict[tuple[str, int], list[cp_model.IntVar]] = defaultdict(list)
    for site_id, options in runs.items():
        check_stop()  # 5 s at 2,000 sites
        zs = []
        for i, run in enumerate(options):
            z = m.new_bool_var(f"run[{site_id},{run.days[0]},{i}]")
            zs.append(z)
            chosen.append((z, run))
            for t, k in zip(run.days, run.kits, strict=True):
                kits_on[t].append(k * z)
                visits_on[(run.site.type, t)].append(z)
        (m.add_exactly_one if everyone else m.add_at_most_one)(zs)
    mm.rule.add_to(m, kits_on, visits_on)
    if objective == "priority":
        m.minimize(sum(r.site.priority * (r.days[-1] + 1) * z for z, r in chosen))
    elif objective == "people":
        m.maximize(sum(r.people * z for z, r in chosen))
    return m, chosen


def round_choice(
    mm: DayGrid, runs: dict[str, list[Run]], share: dict[tuple[str, int], float]
) -> tuple[Visit, ...]:
    """A plan from the LP's shares: runs taken in order of their share (then people, then
    start) while kits and visits allow, then every site still without one given the run that
    records most per kit-day among those that fit."""
    free = list(mm.cal.free_kits)
    visits_on: dict[tuple[str, int], int] = defaultdict(int)
    taken: dict[str, Run] = {}

    def fits(run: Run) -> bool:
        return mm.rule.fits(run.site.type, run.days, run.kits, free, visits_on)

    def take(run: Run) -> None:
        for t, k in zip(run.days, run.kits, strict=True):
            free[t] -= k
            visits_on[(run.site.type, t)] += 1
        taken[run.site.site_id] = run

    ranked = sorted(
        ((s, i) for (s, i), x in share.items() if x > 1e-6),
        key=lambda key: (-share[key], -runs[key[0]][key[1]].people, runs[key[0]][key[1]].days,
                         key),
    )  # fmt: skip
    for s, i in ranked:
        if s not in taken and fits(runs[s][i]):
            take(runs[s][i])
    rest = sorted(
        (run for s, options in runs.items() if s not in taken for run in options),
        key=lambda r: (-r.people / sum(r.kits), r.days, r.site.site_id),
    )
    for run in rest:
        if run.site.site_id not in taken and fits(run):
            take(run)
    return visits_of(mm, [(None, r) for r in taken.values()], lambda _: True)


def visits_of(
    mm: DayGrid, chosen: Iterable[tuple[Any, Run]], value: Callable[[Any], Any]
) -> tuple[Visit, ...]:
    cal = mm.cal
    return merge_visits(
        Visit(r.site.site_id, tuple((cal.days[t], k) for t, k in zip(r.days, r.kits,
                                                                       strict=True)), r.people)
        for z, r in chosen
        if value(z)
    )  # fmt: skip


def fewest_kits(problem: Problem, site: Site) -> list[tuple[int, ...]]:
    """The fewest days a site needs (at the most kits), each counted at the fewest kits: what
    every plan that records the whole site uses at least (the bounds' runs)."""
    return [(problem.site_type(site).min_kits,) * problem.days_needed(site)]


def fewest_kits_longest(problem: Problem, site: Site) -> list[tuple[int, ...]]:
    """The most days still useful, each at the fewest kits (with runs cut short allowed, the
    people bound's runs: every visit of a plan is one of their first days)."""
    return [(problem.site_type(site).min_kits,) * problem.most_useful_days(site)]


def kit_patterns(problem: Problem, site: Site) -> list[tuple[int, ...]]:
    """Kits per visit day for the run-choice models: k kits a day for each k the type
    allows, the last day trimmed to the kits its remaining people need (the way a
    coordinator sends one team back for the last few)."""
    rules, rate = problem.site_type(site), problem.rate(site)
    patterns = []
    for k in range(rules.max_kits, rules.min_kits - 1, -1):
        days = math.ceil(site.people / (rate * k))
        rest = site.people - rate * k * (days - 1)
        last = max(rules.min_kits, min(k, math.ceil(rest / rate)))
        patterns.append((k,) * (days - 1) + (last,))
    return patterns
