"""The LP of the people choice (at most one run per site) by column generation.

The whole LP has a column per site, start and length: 84,000 on the 281-site season, which
GLOP takes seconds over (more on a busy machine) before the people stage can round it. Most
runs are never worth taking: this solves the LP over a few of them, prices every other run
against its duals (the people it records less what its kits, its per-type visits and its
site are worth), adds those that pay, and stops when none does. Its value is then the whole
LP's. At any step the duals give an upper bound on the whole LP (each site's best priced
run added to the dual value), so a step the clock stops still has a true bound.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
from ortools.linear_solver import pywraplp

from scheduler.plan import Visit
from scheduler.solver.grid import DayGrid
from scheduler.solver.runs import Run

_ADD_PER_SITE = 3  # priced runs added per site and round, best first
_TOLERANCE = 1e-6


@dataclass(frozen=True)
class ChoiceLP:
    """The LP's value over the runs taken (the whole LP's when `settled`), a bound on the
    whole LP, and each taken run's share, keyed by site and position in `runs[site]`."""

    value: float
    bound: float
    settled: bool
    share: dict[tuple[str, int], float]


def choice_lp(
    runs: Mapping[str, Sequence[Run]],
    free: Sequence[int],
    limits: dict[str, int | None],
    solve: Callable[[pywraplp.Solver], int],
    first: dict[str, set[int]] | None = None,
) -> ChoiceLP | None:
    """Column generation from `first` (positions of runs to start from, per site; by default
    each site's run with the most people) until no run pays; None if the first LP did not
    finish. `solve` runs GLOP within the caller's clock and returns its status."""
    table = _Table(runs)
    lp = _Restricted(free, limits)
    for s, options in runs.items():
        start = (first or {}).get(s) or (
            {max(range(len(options)), key=lambda i: (options[i].people, -i))} if options else set()
        )
        for i in sorted(start):
            lp.add(s, i, options[i])
    best: ChoiceLP | None = None
    while True:
        if solve(lp.lp) != pywraplp.Solver.OPTIMAL:
            return best
        value = lp.lp.Objective().Value()
        share = {key: z.solution_value() for key, z in lp.variables.items()}
        price = np.zeros(table.days)
        for t, row in lp.kits_row.items():
            price[t] = abs(row.dual_value())
        visit_price = np.zeros(len(table.type_days))
        for key, row in lp.visits_row.items():
            visit_price[table.type_days[key]] = abs(row.dual_value())
        dual = sum(price[t] * free[t] for t in lp.kits_row) + sum(
            visit_price[table.type_days[(name, t)]] * (limits[name] or 0)
            for name, t in lp.visits_row
        )
        gain = table.people - np.bincount(
            table.run_of,
            table.kits * price[table.day_of] + visit_price[table.type_day_of],
            minlength=len(table.people),
        )
        own = {s: abs(row.dual_value()) for s, row in lp.site_row.items()}
        bound, fresh = dual, []
        for s, lo, hi in table.sites:
            here = gain[lo:hi]
            bound += max(0.0, own.get(s, 0.0), float(here.max()))
            paying = np.flatnonzero(here > own.get(s, 0.0) + _TOLERANCE)
            top = paying[np.argsort(-here[paying], kind="stable")]
            new = [int(i) for i in top if (s, int(i)) not in lp.variables][:_ADD_PER_SITE]
            fresh += [(s, i) for i in new]
        for s, i in fresh:  # after every dual is read: a change clears GLOP's solution
            lp.add(s, i, runs[s][i])
        added = len(fresh)
        bound = min(bound, best.bound if best else math.inf)
        best = ChoiceLP(value, max(bound, value), added == 0, share)
        if added == 0:
            return best


class _Table:
    """Every run's days and kits as flat arrays, so that pricing them all is a few numpy
    operations (a loop over 84,000 runs in Python took seconds a round)."""

    def __init__(self, runs: Mapping[str, Sequence[Run]]) -> None:
        run_of: list[int] = []
        day_of: list[int] = []
        kits: list[int] = []
        type_day_of: list[int] = []
        people: list[int] = []
        self.type_days: dict[tuple[str, int], int] = {}
        self.sites: list[tuple[str, int, int]] = []
        for s, options in runs.items():
            lo = len(people)
            for r in options:
                n = len(people)
                people.append(r.people)
                for t, k in zip(r.days, r.kits, strict=True):
                    run_of.append(n)
                    day_of.append(t)
                    kits.append(k)
                    type_day_of.append(
                        self.type_days.setdefault((r.site.type, t), len(self.type_days))
                    )
            if len(people) > lo:
                self.sites.append((s, lo, len(people)))
        self.people = np.array(people, dtype=float)
        self.run_of = np.array(run_of, dtype=np.int64)
        self.day_of = np.array(day_of, dtype=np.int64)
        self.kits = np.array(kits, dtype=float)
        self.type_day_of = np.array(type_day_of, dtype=np.int64)
        self.days = int(self.day_of.max()) + 1 if len(day_of) else 0


class _Restricted:
    """GLOP over the runs taken so far, grown a run at a time (GLOP starts again from its last
    basis): one run per site, kits per day, visits per type and day."""

    def __init__(self, free: Sequence[int], limits: dict[str, int | None]) -> None:
        self.lp = pywraplp.Solver.CreateSolver("GLOP")
        self.lp.Objective().SetMaximization()
        self.free, self.limits = free, limits
        self.variables: dict[tuple[str, int], Any] = {}
        self.site_row: dict[str, Any] = {}
        self.kits_row: dict[int, Any] = {}
        self.visits_row: dict[tuple[str, int], Any] = {}

    def add(self, site_id: str, i: int, run: Run) -> None:
        lp = self.lp
        z = self.variables[(site_id, i)] = lp.NumVar(0, 1, "")
        lp.Objective().SetCoefficient(z, run.people)
        if site_id not in self.site_row:
            self.site_row[site_id] = lp.Constraint(-lp.infinity(), 1)
        self.site_row[site_id].SetCoefficient(z, 1)
        limit = self.limits[run.site.type]
        for t, k in zip(run.days, run.kits, strict=True):
            if t not in self.kits_row:
                self.kits_row[t] = lp.Constraint(-lp.infinity(), self.free[t])
            self.kits_row[t].SetCoefficient(z, k)
            if limit is not None:
                key = (run.site.type, t)
                if key not in self.visits_row:
                    self.visits_row[key] = lp.Constraint(-lp.infinity(), limit)
                self.visits_row[key].SetCoefficient(z, 1)


def taken_runs(
    mm: DayGrid,
    runs: dict[str, list[Run]],
    share: dict[tuple[str, int], float],
    visits: tuple[Visit, ...],
) -> tuple[dict[str, list[Run]], dict[tuple[str, int], float]]:
    """Only the runs the column generation took, and the plan in hand's: a search's model
    over these is a few thousand runs where the whole choice has 84,000 at 281 sites (most
    of a minute to load). The shares, keyed by the runs' new positions."""
    index = {d: t for t, d in enumerate(mm.cal.days)}
    site = {s.site_id: s for s in mm.problem.sites}
    kept: dict[str, list[Run]] = defaultdict(list)
    moved: dict[tuple[str, int], float] = {}
    for (s, i), x in sorted(share.items()):
        moved[(s, len(kept[s]))] = x
        kept[s].append(runs[s][i])
    for v in visits:
        if v.site_id in site:
            days = tuple(index[d] for d, _ in v.days)
            own = Run(site[v.site_id], days, tuple(k for _, k in v.days), v.people)
            if own not in kept[v.site_id]:
                kept[v.site_id].append(own)
    return dict(kept), moved
