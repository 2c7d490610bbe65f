"""Bounds that hold for every plan, from the LP of the run choice (GLOP): on people, on the
finish with everyone, and on the finish for the people a short campaign plans."""

from __future__ import annotations

import math
from collections import defaultdict
from typing import Any

from ortools.linear_solver import pywraplp

from scheduler.solver import columns
from scheduler.solver.call import OutOfTime, check_stop, solve_lp
from scheduler.solver.effort import LP_SECONDS, Clock
from scheduler.solver.grid import DayGrid
from scheduler.solver.runs import Run, fewest_kits, fewest_kits_longest, runs_of


def people_bound(mm: DayGrid, clock: Clock) -> int | None:
    """An upper bound on people that holds for every plan (None if the clock ran out): the LP
    of one run per site, where a run of d days uses the type's fewest kits each day but
    records as many as the most kits would, up to the site's people. Every plan's visit
    maps to such a run using no more kits and recording no fewer, so no plan does better."""

    runs = runs_of(mm, fewest_kits_longest, len(mm.cal.days), partial=True, people_at_most=True)
    value, _ = choice_lp(mm, runs or {}, clock)
    return None if value is None else math.floor(value + 1e-3)


def choice_lp(
    mm: DayGrid, runs: dict[str, list[Run]], clock: Clock
) -> tuple[float | None, dict[tuple[str, int], float] | None]:
    """The LP relaxation of the people choice (at most one run per site), by GLOP and column
    generation (`columns`): a bound on its value that holds whenever it is cut short (its
    value once settled), and the share of each run it took (keyed by site and position), or
    Nones when the clock ran out before the first LP."""
    added = [0]

    def solve(lp: pywraplp.Solver) -> int:
        # Charged for the runs added since the last call: GLOP starts from its last basis.
        lp_vars, added[0] = lp.NumVariables() - added[0], lp.NumVariables()
        clock.charge(LP_SECONDS * lp_vars)
        return solve_lp(lp, clock, charge=False)

    limits = {r.name: r.max_sites_per_day for r in mm.problem.site_types}
    lp = columns.choice_lp(runs, mm.cal.free_kits, limits, solve)
    if lp is None:
        return None, None
    return lp.bound, lp.share


def finish_bound_by_runs(mm: DayGrid, clock: Clock, low: int, high: int) -> int:
    """The earliest finish (a day count, as the finish stage's) that the LP of one whole run
    per site allows, searched in [low, high]: every site's fewest days (at the most kits),
    each counted at the fewest kits, is what any plan with everyone uses at least, so where
    this LP has no solution no plan finishes (it proves finishes the capacity arithmetic
    cannot; benchmarks/README.md). `low` if nothing is proven."""

    try:
        while low < high and clock.left() > 1.0:
            target = (low + high) // 2
            runs = runs_of(mm, fewest_kits, target, partial=False)
            if runs is None:
                low = target + 1  # a site has no run at all ending by then
                continue
            lp, _ = lp_of(mm, runs, everyone=True)
            status = solve_lp(lp, clock)
            if status == pywraplp.Solver.INFEASIBLE:
                low = target + 1
            elif status == pywraplp.Solver.OPTIMAL:
                high = target
            else:
                break  # the clock ran out: what is proven stands
    except OutOfTime:  # what is proven stands
        pass
    return low


def finish_bound_for_people(mm: DayGrid, clock: Clock, people: int, low: int, high: int) -> int:
    """The earliest finish (a day count) at which the people bound's LP (`people_bound`)
    still reaches `people`, searched in [low, high]: a plan finishing sooner records fewer,
    so when not everyone fits the finish is proven where the people stage left it. The day
    before `high` is tried first (where capacity binds, the usual answer); `low` if nothing
    is proven."""
    target = high - 1
    try:
        while low <= target and clock.left() > 1.0:
            runs = runs_of(mm, fewest_kits_longest, target, partial=True, people_at_most=True)
            value, _ = choice_lp(mm, runs or {}, clock)
            if value is None:
                break  # the clock ran out: what is proven stands
            if math.floor(value + 1e-3) < people:
                low = target + 1
            else:
                high = target
            target = (low + high - 1) // 2
    except OutOfTime:  # what is proven stands
        pass
    return low


def lp_of(
    mm: DayGrid, runs: dict[str, list[Run]], everyone: bool
) -> tuple[pywraplp.Solver, dict[tuple[str, int], Any]]:
    """GLOP over the choice of runs: one per site (at most one unless `everyone`), kits and
    per-type visits a day within what is free; each run's share keyed by site and position."""
    # Rows and coefficients set one by one: building them as `lp.Sum` expressions took 2-4 s
    # at 84k runs (the 281-site season), past the solve's end on a busy machine.
    lp = pywraplp.Solver.CreateSolver("GLOP")
    share: dict[tuple[str, int], Any] = {}
    on_day: dict[int, list[tuple[int, Any, str]]] = defaultdict(list)
    for site_id, options in runs.items():
        check_stop()
        if not options:
            continue
        one = lp.Constraint(1 if everyone else -lp.infinity(), 1)
        for i, run in enumerate(options):
            z = share[(site_id, i)] = lp.NumVar(0, 1, "")
            one.SetCoefficient(z, 1)
            for t, k in zip(run.days, run.kits, strict=True):
                on_day[t].append((k, z, run.site.type))
    mm.rule.add_to_lp(lp, on_day)
    return lp, share
