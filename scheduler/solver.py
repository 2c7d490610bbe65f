"""The CP-SAT model: which days each site is visited and with how many kits.

The only module that imports OR-Tools. Kits are interchangeable on a day, so the model counts
kits per site per day and `plan.assign_kits` hands out kit ids afterwards (MODEL-NOTES.md).

Objectives are kept in their order by solving in stages, each fixing the value the one before
reached (a lexicographic solve, not a weighted sum):

  1. people      maximise people planned (skipped when the greedy sweep already plans everyone:
                 that is the upper bound, so it is proven)
  2. stability   re-planning only: the fewest sites moved that did not have to move, a change
                 sooner weighing more
  3. finish      minimise the number of working days up to the last visit day (skipped when
                 the plan in hand already meets the capacity bound: proven)
  4. priority    class by class, highest first: minimise the days until every site of
                 the class is done, each class keeping the dates of those above it
                 (`classes.class_stages`: LP bounds and feasibility questions, like the finish)
  5. completion  keeping every class's date, minimise the sum over sites of priority x the
                 working-day index of its last day (a tie-break within the classes)
  6. continuity  minimise kits entering a kecamatan from one working day to the next, then kit-days
                 used; the weight on entries exceeds every kit-day the campaign has, so the two
                 never trade against each other

For a fresh plan, three stages first solve a choice of one run per site (consecutive allowed
days with their kits), where the day grid's LP says little (MODEL-NOTES.md): people (local
search for everyone; else the LP of the choice as the bound and a search of the sites it
leaves undecided), finish (LP bounds, local search by bisection) and priority and continuity
(exact run models where their budget allows); the day grid gets what they leave.

Every stage starts from the previous stage's plan as a complete hint. The finish is linked to
visit days by linear inequalities the LP relaxation sees (`visit <= open[day]`, daily kits
`<= free kits x open[day]`), which is what lets the solver prove the earliest finish quickly.

Visits that stay as they are (announced days kept by a re-plan, and the previous plan's visits
that still work) are not variables: they are taken out of the calendar first (`_Residual`), so
the model only holds what may still change. A re-plan whose previous plan still works, apart
from the sites that had to move, is therefore a small model.
"""

from __future__ import annotations

import dataclasses
import math
import threading
import time
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from ortools.linear_solver import pywraplp
from ortools.sat.python import cp_model

from scheduler.capacity import CAPACITY, TYPE_LIMIT, capacity, shortfall_reason
from scheduler.greedy import best_greedy
from scheduler.plan import Plan, Shortfall, Stage, Visit, assign_kits
from scheduler.problem import Problem, Site
from scheduler.workdays import Calendar, build_calendar

# (stage name, seconds since the solve began, best value so far, best bound so far)
ProgressFn = Callable[[str, float, float, float], None]

# Share of the time limit each stage may use; what a stage leaves unused passes on.
_BUDGET = {
    "people": 0.2,
    "stability": 0.2,
    "finish": 0.5,
    "priority": 0.16,  # every class's date (`classes.class_stages`)
    "completion": 0.04,
    "continuity": 0.1,
}
# A fresh campaign that cannot fit everyone: the people found are what matters most, and its
# finish is usually proven by an LP at once (`_finish_bound_for_people`). Multiples of the
# stages' `_BUDGET` shares (people: of the run-choice search), still adding up to the whole.
_SHORT_SHARES = {
    "people": 3.0,
    "finish": 0.4,
    "priority": 0.75,
    "completion": 0.75,
    "continuity": 0.5,
}
# Of the finish stage's time, the share kept for probing its bound (`_Search.probe_finish`):
# optimising mostly serves to find the LP bound; the probe is what closes the gap.
_PROBE_SHARE = 0.7
# Wall seconds per variable outside CP-SAT, measured on the 227-site regency's run choices
# (34,480 runs): GLOP about 1 s, building the CP-SAT model 0.45 s.
_LP_SECONDS = 3e-5
_BUILD_SECONDS = 1.3e-5
# CP-SAT's start-up and presolve on a call, beyond its deterministic budget (measured on the
# Surakarta example: 0.25 s a call on the 7,632-variable day grid).
_CALL_SECONDS = 0.15
# Below this budget (deterministic s, plus so much a variable) the continuity run model does
# not get past loading the plan in hand (`_continuity_by_runs`), so it is not built.
_LEAST_FOR_RUNS = 0.5
_LOAD_PER_VARIABLE = 2e-4


@dataclass(frozen=True)
class SolverOptions:
    """How hard to search, and for how long.

    `time_limit` is wall seconds for the whole solve: every CP-SAT call stops by then. Each
    call's effort is also given in CP-SAT's deterministic seconds, sized by a fixed rule of
    the model's size (`wall_per_deterministic`) to end inside the wall budget, so the same
    workbook and seed give the same plan run after run. Only when the machine is much slower
    than measured, or busy, does the wall clock cut a call short; the plan then says it may
    differ on a rerun (`Plan.repeatable`). `repeatable=True` drops the wall bound: the limit
    is then in deterministic seconds and the plan is the same on any machine, however long it
    takes. `reserve_if_short`: wall seconds left unused when not everyone fits (for the
    search for fixes). `workers` and `linearization` were chosen by measurement
    (benchmarks/README.md): one worker at linearization level 2 proves finish dates that the
    default 2-worker portfolio, which may lack an LP-based worker, leaves open.
    """

    time_limit: float = 15.0
    seed: int = 0
    workers: int = 1
    linearization: int = 2
    repeatable: bool = False
    reserve_if_short: float = 0.0


def wall_per_deterministic(variables: int) -> float:
    """Wall seconds one deterministic second takes on a 2-core machine, by model size, with a
    quarter to spare (measured: 0.8-1.0 at 8-12k variables, the examples; 1.3 at 34k; 1.5 at
    51k; 2.7 at 92k; 3.4 at 226k; benchmarks/README.md)."""
    return 1.25 * max(1.0, math.pow(variables / 10_000, 0.45))


class _Clock:
    """The wall time of one solve, and the deterministic effort that fits in it."""

    def __init__(self, options: SolverOptions) -> None:
        self.options = options
        self.began = time.monotonic()
        self.usable = options.time_limit
        self.ends: float | None = None if options.repeatable else self.began + self.usable
        self.ratio = 1.0  # wall seconds per deterministic second, once a model is known
        self.cut = False  # the wall clock stopped a search before its deterministic budget
        # What a stopped solve falls back on (`_when_stopped`): the searches begun, in order,
        # and before the first, the plan in hand with the residual it was made on.
        self.searches: list[_Search] = []
        self.first: tuple[_Residual, tuple[Visit, ...]] | None = None

    def size(self, variables: int) -> None:
        # Presolve alone took about 0.5 deterministic s at 226k variables (it overshot a 1.5 s
        # budget by that much).
        self.least_useful = 3e-6 * variables
        # A stage that starts from the plan in hand finds nothing before CP-SAT has loaded it
        # (measured: the first solution after 5.0 deterministic s on the 400-site season's
        # 91,557 variables; at 225,663, none in 2). Less than that is all cost: 9-17 s and
        # 700 MB at 1,000 sites for the same plan.
        self.hint_load = 5.4e-5 * variables
        if not self.options.repeatable:
            self.ratio = wall_per_deterministic(variables)
            # Building the model, hinting it and reading plans out of it, in Python: about
            # 20 microseconds a variable over a solve (measured: 3.5 s at 226k variables),
            # and CP-SAT's own start-up, about 0.15 s a call over some five calls.
            self.overhead = 2e-5 * variables + 0.75

    def charge(self, seconds: float) -> None:
        """Wall time to be spent outside CP-SAT (an LP, building a model), modelled from the
        work's size rather than measured, so that every later budget is the same each run."""
        if not self.options.repeatable:
            self.charged += seconds

    overhead = 0.0
    charged = 0.0
    reserved = False  # the fixes' time was set aside
    least_useful = 0.0  # deterministic seconds below which a call would be all presolve
    hint_load = 0.0  # ... below which a hinted search would not reach the hint

    @property
    def deterministic(self) -> float:
        """The deterministic seconds the whole solve may use (repeatable: the limit itself)."""
        return max(0.0, self.usable - self.overhead - self.charged) / self.ratio

    def left(self) -> float:
        return math.inf if self.ends is None else self.ends - time.monotonic()

    def keep_for_fixes(self) -> None:
        """Not everyone fits: leave the reserved time for the fixes search (once)."""
        reserve = min(self.options.reserve_if_short, self.usable / 2) * (not self.reserved)
        self.reserved = True
        self.usable -= reserve
        if self.ends is not None:
            self.ends -= reserve


def merge_visits(*groups: Iterable[Visit]) -> tuple[Visit, ...]:
    """Visits of the same site (a kept part and the rest) as one visit, in site order."""
    days: dict[str, dict[date, int]] = defaultdict(dict)
    people: dict[str, int] = defaultdict(int)
    for group in groups:
        for v in group:
            days[v.site_id].update(v.days)
            people[v.site_id] += v.people
    return tuple(
        Visit(s, tuple(sorted(days[s].items())), people[s]) for s in sorted(days) if days[s]
    )


@dataclass(frozen=True)
class _Residual:
    """What is left to plan once some visits stay as they are.

    `problem` has each site's people still to plan beyond its fixed visit; `calendar` the kits
    those visits leave free (none on `closed` days: the announced days of a re-plan, on which
    nothing new is planned); `taken` the sites of each type they visit per working day.
    """

    whole: Problem  # the problem as asked (people before the fixed visits)
    problem: Problem
    calendar: Calendar
    fixed: tuple[Visit, ...]
    taken: dict[tuple[str, int], int]

    @property
    def fixed_people(self) -> int:
        return sum(v.people for v in self.fixed)


def _residual(
    problem: Problem, cal: Calendar, fixed: Iterable[Visit], closed: frozenset[date]
) -> _Residual:
    fixed = merge_visits(fixed)
    index = {d: t for t, d in enumerate(cal.days)}
    type_of = {s.site_id: s.type for s in problem.sites}
    free = [0 if d in closed else n for d, n in zip(cal.days, cal.free_kits, strict=True)]
    taken: dict[tuple[str, int], int] = defaultdict(int)
    planned: dict[str, int] = {}
    for v in fixed:
        planned[v.site_id] = v.people
        for d, k in v.days:
            t = index[d]
            free[t] = max(0, free[t] - k)
            taken[(type_of[v.site_id], t)] += 1
    sites = tuple(
        dataclasses.replace(s, people=max(0, s.people - planned.get(s.site_id, 0)))
        for s in problem.sites
    )
    return _Residual(
        whole=problem,
        problem=dataclasses.replace(problem, sites=sites),
        calendar=dataclasses.replace(cal, free_kits=tuple(free)),
        fixed=fixed,
        taken=dict(taken),
    )


@dataclass
class _SiteVars:
    site: Site
    rate: int
    visit: dict[int, cp_model.IntVar] = field(default_factory=dict)  # day index -> visited
    kits: dict[int, cp_model.LinearExprT] = field(default_factory=dict)  # day index -> kits
    kit_vars: dict[int, cp_model.IntVar] = field(default_factory=dict)  # where kits can vary
    start: dict[int, cp_model.IntVar] = field(default_factory=dict)
    people: cp_model.IntVar | None = None
    last_day: cp_model.IntVar | None = None


class _Model:
    def __init__(self, residual: _Residual) -> None:
        self.r = residual
        self.problem = problem = residual.problem
        self.cal = calendar = residual.calendar
        self.model = cp_model.CpModel()
        self.sites: list[_SiteVars] = []
        n_days = len(calendar.days)
        m = self.model
        index = {d: t for t, d in enumerate(calendar.days)}
        self.fixed = {v.site_id: v for v in residual.fixed}
        self.fixed_days = {
            v.site_id: {index[d]: k for d, k in v.days} for v in residual.fixed
        }  # fmt: skip

        # open[t]: day t is on or before the finish; monotone, so sum(open) is the finish.
        self.open = [m.new_bool_var(f"open[{t}]") for t in range(n_days)]
        for t in range(n_days - 1):
            m.add(self.open[t] >= self.open[t + 1])
        last_fixed = max((t for days in self.fixed_days.values() for t in days), default=-1)
        for t in range(last_fixed + 1):
            m.add(self.open[t] == 1)

        for site in problem.sites:
            _check_stop()  # 4 s at 2,000 sites: a stop must not wait for it
            if site.people > 0:
                self.sites.append(self._add_site(site))

        self.kits_on: dict[int, list[cp_model.LinearExprT]] = defaultdict(list)
        self.visits_on: dict[tuple[str, int], list[cp_model.IntVar]] = defaultdict(list)
        for sv in self.sites:
            for t, k in sv.kits.items():
                self.kits_on[t].append(k)
                self.visits_on[(sv.site.type, t)].append(sv.visit[t])
        for t, ks in self.kits_on.items():
            m.add(sum(ks) <= calendar.free_kits[t] * self.open[t])
        for rules in problem.site_types:
            if rules.max_sites_per_day is None:
                continue
            for t in range(n_days):
                vs = self.visits_on.get((rules.name, t), [])
                room = rules.max_sites_per_day - residual.taken.get((rules.name, t), 0)
                if vs:  # scaled by open[t], so the LP sees site-days as well as kit-days
                    m.add(sum(vs) <= room * self.open[t])

        # Kits per kecamatan per day (fixed visits as constants), and kits entering each
        # kecamatan from the day before.
        kecamatan_of = {s.site_id: s.kecamatan for s in problem.sites}
        kec_kits: dict[tuple[str, int], list[cp_model.LinearExprT]] = defaultdict(list)
        for sv in self.sites:
            for t, k in sv.kits.items():
                kec_kits[(sv.site.kecamatan, t)].append(k)
        for site_id, days in self.fixed_days.items():
            for t, k in days.items():
                kec_kits[(kecamatan_of[site_id], t)].append(k)
        self.entries: list[tuple[str, int, cp_model.IntVar]] = []
        # Per site of the previous plan: its visit, "unchanged" (None: a forced change), weight.
        self.same: list[tuple[Visit, cp_model.IntVar | None, int]] = []
        for kec in sorted({kec for kec, _ in kec_kits}):
            for t in range(1, n_days):
                here, before = kec_kits.get((kec, t)), kec_kits.get((kec, t - 1), [])
                if not here:
                    continue
                entry = m.new_int_var(0, sum(calendar.free_kits) + 99, f"enter[{kec},{t}]")
                m.add(entry >= cp_model.LinearExpr.sum(here) - cp_model.LinearExpr.sum(before))
                self.entries.append((kec, t, entry))

        variable = {sv.site.site_id for sv in self.sites}
        self.people: cp_model.LinearExprT = residual.fixed_people + cp_model.LinearExpr.sum(
            [sv.people for sv in self.sites if sv.people is not None]
        )
        self.finish = sum(self.open)
        priority_of = {s.site_id: s.priority for s in problem.sites}
        fixed_priority = sum(
            priority_of[s] * (max(days) + 1)
            for s, days in self.fixed_days.items()
            if s not in variable
        )
        self.completion = fixed_priority + sum(
            sv.site.priority * sv.last_day for sv in self.sites if sv.last_day is not None
        )
        fixed_kit_days = sum(v.kit_days for v in residual.fixed)
        self.kit_days = fixed_kit_days + cp_model.LinearExpr.sum(
            [k for sv in self.sites for k in sv.kits.values()]
        )
        weight = self.entry_weight()
        entries = cp_model.LinearExpr.sum([e for _, _, e in self.entries])
        self.continuity = weight * entries + self.kit_days
        self.stability: cp_model.LinearExprT = 0  # re-plans: set by `add_stability`

    def entry_weight(self) -> int:
        """More than every kit-day the campaign has, so entries never trade against kit-days."""
        return len(self.r.whole.kits) * len(self.cal.days) + 1

    def _add_site(self, site: Site) -> _SiteVars:
        m, cal, problem = self.model, self.cal, self.problem
        rules = problem.site_type(site)
        sv = _SiteVars(site, problem.rate(site))
        sid = site.site_id
        previous: cp_model.IntVar | None = None
        for t in cal.allowed[sid]:
            full = (
                rules.max_sites_per_day is not None
                and self.r.taken.get((site.type, t), 0) >= rules.max_sites_per_day
            )
            if cal.free_kits[t] < rules.min_kits or full:
                previous = None  # no visit possible: the run breaks here
                continue
            v = m.new_bool_var(f"visit[{sid},{t}]")
            top = min(rules.max_kits, cal.free_kits[t])
            if top == rules.min_kits:
                k: cp_model.LinearExprT = rules.min_kits * v
            else:
                kv = m.new_int_var(0, top, f"kits[{sid},{t}]")
                m.add(kv >= rules.min_kits * v)
                m.add(kv <= top * v)
                k = sv.kit_vars[t] = kv
            start = m.new_bool_var(f"start[{sid},{t}]")
            # A visit day either continues yesterday's visit or starts the (only) run.
            m.add(v <= start + (previous if previous is not None else 0))
            m.add(start <= v)
            m.add(v <= self.open[t])
            sv.visit[t], sv.kits[t], sv.start[t] = v, k, start
            previous = v
        if sv.start:
            m.add(sum(sv.start.values()) <= 1)
            m.add(sum(sv.visit.values()) <= problem.most_useful_days(site))
        sv.people = m.new_int_var(0, site.people, f"people[{sid}]")
        m.add(sv.people <= sv.rate * sum(sv.kits.values()))
        n_days = len(cal.days)
        sv.last_day = m.new_int_var(0, n_days, f"last[{sid}]")
        for t, v in sv.visit.items():
            m.add(sv.last_day >= (t + 1) * v)
        fixed = self.fixed_days.get(sid)
        if fixed:  # a kept visit before the rest: the site's last day is at least its own
            m.add(sv.last_day >= max(fixed) + 1)
        # Redundant, for the LP: the last day is no earlier than the first.
        m.add(sv.last_day >= sum((t + 1) * st for t, st in sv.start.items()))
        return sv

    def add_stability(self, previous: tuple[Visit, ...]) -> cp_model.LinearExprT:
        """Sites whose visit differs from the previous plan, each weighted by how soon its
        previous visit was (a change tomorrow costs more than one next month). A site whose
        previous visit stays fixed costs nothing; one whose previous days are no longer
        possible costs its weight whatever the plan (the change is forced)."""
        index = {d: t for t, d in enumerate(self.cal.days)}
        by_site = {sv.site.site_id: sv for sv in self.sites}
        n = len(self.cal.days)
        terms: list[cp_model.LinearExprT] = []
        for prev in previous:
            sv = by_site.get(prev.site_id)
            if sv is None:
                continue  # fixed as it was, or nothing left to plan there
            days = {index[d]: k for d, k in prev.days if d in index}
            weight = max(1, n - min(days, default=0))
            if len(days) < len(prev.days) or any(t not in sv.visit for t in days):
                self.same.append((prev, None, weight))
                terms.append(weight)
                continue
            same = self.model.new_bool_var(f"same[{prev.site_id}]")
            inside = sum(sv.visit[t] for t in days)
            outside = sum(v for t, v in sv.visit.items() if t not in days)
            # "same": every previous day visited and no other (nothing when not same).
            self.model.add(inside - outside >= len(days)).only_enforce_if(same)
            for t, k in days.items():
                self.model.add(sv.kits[t] == k).only_enforce_if(same)
            terms.append(weight * (1 - same))
            self.same.append((prev, same, weight))
        return cp_model.LinearExpr.sum(terms)

    def rest_days(self, visit: Visit | None) -> tuple[tuple[date, int], ...]:
        """The part of a (merged) visit the model decides: its days beyond the fixed ones."""
        if visit is None:
            return ()
        fixed = self.fixed.get(visit.site_id)
        if fixed is None:
            return visit.days
        kept = {d for d, _ in fixed.days}
        return tuple((d, k) for d, k in visit.days if d not in kept)

    def changes(self, visits: tuple[Visit, ...]) -> int:
        """The stability objective of a plan: weights of the sites whose visit changed."""
        by_site = {v.site_id: v for v in visits}
        return sum(
            w for prev, _, w in self.same if self.rest_days(by_site.get(prev.site_id)) != prev.days
        )

    def finish_of(self, model: cp_model.CpModel) -> cp_model.LinearExprT:
        """The finish expression over a clone of the model (same variable indices)."""
        return sum(model.get_bool_var_from_proto_index(o.index) for o in self.open)

    def require_everyone(self) -> None:
        """Once everyone fits: each site's kit-days and days in whole numbers, for the LP."""
        for sv in self.sites:
            site = sv.site
            self.model.add(sum(sv.kits.values()) >= self.problem.kit_days_needed(site))
            self.model.add(sum(sv.visit.values()) >= self.problem.days_needed(site))
            self.model.add(sum(sv.start.values()) == 1)

    def hint(self, visits: tuple[Visit, ...]) -> None:
        """A complete hint: every variable's value in the given (merged) plan."""
        m, cal = self.model, self.cal
        m.clear_hints()
        index = {d: t for t, d in enumerate(cal.days)}
        by_site = {v.site_id: v for v in visits}
        last_used = max((index[d] for v in visits for d, _ in v.days), default=-1)
        for sv in self.sites:
            _check_stop()
            visit = by_site.get(sv.site.site_id)
            days = {index[d]: k for d, k in self.rest_days(visit)}
            fixed = self.fixed.get(sv.site.site_id)
            people = (visit.people if visit else 0) - (fixed.people if fixed else 0)
            first = min(days) if days else None
            for t, v in sv.visit.items():
                m.add_hint(v, t in days)
                m.add_hint(sv.start[t], t == first)
                if t in sv.kit_vars:
                    m.add_hint(sv.kit_vars[t], days.get(t, 0))
            assert sv.people is not None and sv.last_day is not None
            m.add_hint(sv.people, max(0, people))
            last = max(list(days) + list(self.fixed_days.get(sv.site.site_id, {})), default=-1)
            m.add_hint(sv.last_day, last + 1)
        for t, o in enumerate(self.open):
            m.add_hint(o, t <= last_used)
        entering = self.kits_entering(visits)
        for kec, t, entry in self.entries:
            m.add_hint(entry, entering.get((kec, t), 0))
        for prev, same, _ in self.same:
            if same is not None:
                m.add_hint(same, self.rest_days(by_site.get(prev.site_id)) == prev.days)

    def kits_entering(self, visits: tuple[Visit, ...]) -> dict[tuple[str, int], int]:
        """Per kecamatan and working day, kits there beyond those there the day before."""
        index = {d: t for t, d in enumerate(self.cal.days)}
        kecamatan = {s.site_id: s.kecamatan for s in self.problem.sites}
        kits: dict[tuple[str, int], int] = defaultdict(int)
        for v in visits:
            for d, k in v.days:
                kits[(kecamatan[v.site_id], index[d])] += k
        return {
            (kec, t): max(0, n - kits.get((kec, t - 1), 0)) for (kec, t), n in kits.items() if t > 0
        }

    def visits_from(self, solver: cp_model.CpSolver) -> tuple[Visit, ...]:
        """The solved plan, fixed visits included (one visit per site)."""
        rest = []
        for sv in self.sites:
            days = tuple(
                (self.cal.days[t], int(solver.value(sv.kits[t])))
                for t in sorted(sv.visit)
                if solver.value(sv.visit[t])
            )
            assert sv.people is not None
            people = int(solver.value(sv.people))
            if days and people > 0:
                rest.append(Visit(sv.site.site_id, days, people))
        return merge_visits(self.r.fixed, rest)

    def evaluate(self, visits: tuple[Visit, ...], stage: str) -> int:
        """A stage's objective for a given (merged) plan, computed without the solver."""
        index = {d: t for t, d in enumerate(self.cal.days)}
        if stage == "people":
            return sum(v.people for v in visits)
        if stage == "finish":
            return max((index[d] + 1 for v in visits for d, _ in v.days), default=0)
        if stage == "stability":
            return self.changes(visits)
        if stage == "completion":
            site = {s.site_id: s for s in self.problem.sites}
            return sum(site[v.site_id].priority * (index[v.days[-1][0]] + 1) for v in visits)
        return self.entry_weight() * sum(self.kits_entering(visits).values()) + sum(
            v.kit_days for v in visits
        )


class _Search:
    """Runs the stages on one model, carrying the best plan and unused effort from one to the
    next, within the solve's clock.

    `local`: the model holds only part of the plan open (a re-plan's sites that had to move),
    so what CP-SAT proves there is proven for that part only; a stage is then called optimal
    only when it reaches a bound that holds for every plan (`floor`).
    """

    def __init__(
        self,
        mm: _Model,
        clock: _Clock,
        progress: ProgressFn | None,
        hint: tuple[Visit, ...],
        local: bool = False,
        shares: float = 1.0,
    ) -> None:
        self.mm, self.clock, self.progress = mm, clock, progress
        self.options = clock.options
        self.best = hint  # a plan known to keep every rule: the fallback if a stage finds none
        self.local = local
        self.shares = shares  # the sum of the _BUDGET shares of the stages this search runs
        self.spare = 0.0
        self.stages: list[Stage] = []
        self.capacity_bound = 0  # a finish bound known from arithmetic, in working days
        self.moves_settled = False  # re-plans: the stability stage ran to its end unstopped
        clock.size(len(mm.model.proto.variables))
        clock.searches.append(self)

    def budget(self, name: str, shares: float = 1.0) -> float:
        """A stage's deterministic seconds: its share of the solve's (`shares` of them), plus
        what earlier stages left."""
        share = self.clock.deterministic * _BUDGET[name] * shares / self.shares
        budget, self.spare = share + self.spare, 0.0
        return budget

    def report(self, name: str, value: float, bound: float) -> None:
        if self.progress is not None:
            self.progress(name, time.monotonic() - self.clock.began, value, bound)

    def optimize(
        self,
        name: str,
        objective: cp_model.LinearExprT,
        maximize: bool,
        floor: int = 0,
        shares: float = 1.0,
    ) -> Stage:
        """One stage, from the best plan so far. `floor` is a bound (minimising) that holds
        for every plan: the stage is proven when it is reached. `shares`: of the stage's
        budget (0: only what earlier stages left)."""
        budget = self.budget(name, shares)
        mm = self.mm
        start = mm.evaluate(self.best, name)
        self.report(name, start, floor)
        if not maximize and start <= floor:
            # The plan in hand already reaches a proven bound: nothing to search.
            self.spare += budget
            stage = Stage(name, "optimal", start, start)
            self.stages.append(stage)
            return stage
        if name == "finish":
            self.spare = budget * _PROBE_SHARE  # kept for `probe_finish`
            budget -= self.spare
        unused = budget < max(self.clock.least_useful, self.clock.hint_load)
        if not unused and self.clock.left() < _AFTER + 0.05:
            unused = self.clock.cut = True  # `_run` would not start: no hint to load (1 s)
        if unused:
            # Too little effort left for CP-SAT's presolve and loading the plan in hand on a
            # model this size (presolve is not interruptible, and overshoots): the plan in
            # hand stands, the same every run.
            self.spare += budget
            stage = Stage(name, "feasible", start, mm.r.whole.people if maximize else floor)
            self.stages.append(stage)
            return stage
        (mm.model.maximize if maximize else mm.model.minimize)(objective)
        mm.hint(self.best)
        t0 = time.monotonic()
        status, solver = _run(mm.model, self.clock, budget, _Reporter(self, name))
        self.spare += max(0.0, budget - solver.deterministic_time)
        if status == cp_model.MODEL_INVALID:
            raise RuntimeError(f"bug: the {name} model is invalid: {mm.model.validate()}")
        if status == cp_model.INFEASIBLE:
            # The hint keeps every rule and every earlier stage's value, so this cannot
            # happen unless the model and the plan disagree: never pass over it silently.
            raise RuntimeError(
                f"bug: the {name} stage found no plan although the plan in hand keeps every "
                f"rule ({name} {start}); please report this with the workbook"
            )
        value, state = start, "feasible"
        # A bound is only reported with a solution: without one CP-SAT answers 0, which for
        # a maximisation would "prove" the plan in hand (a false shortfall).
        solved = status in (cp_model.OPTIMAL, cp_model.FEASIBLE)
        bound: float = solver.best_objective_bound if solved else math.nan
        if solved:
            found = round(solver.objective_value)
            if (found > start) if maximize else (found <= start):
                self.best, value = mm.visits_from(solver), found
            if status == cp_model.OPTIMAL:
                state = "optimal"
        if self.local and not maximize:
            bound, state = floor, "optimal" if value <= floor else "feasible"
        elif not math.isfinite(bound):
            bound = (
                (self.mm.r.whole.people if maximize else floor)
                if status != cp_model.OPTIMAL
                else value
            )
        else:
            bound = max(bound, floor) if not maximize else bound
        rounded = max(round(bound), value) if maximize else min(round(bound), value)
        if rounded == value:
            state = "optimal"
        stage = Stage(name, state, value, rounded, time.monotonic() - t0)
        self.stages.append(stage)
        return stage

    def probe_finish(self, stage: Stage) -> Stage:
        """Close a finish-date gap by asking, without a hint, "is there a plan finishing by the
        bound?", raising the bound each time the answer is a proven no.

        Where capacity binds, the bound is usually exact and this feasibility question is far
        easier for CP-SAT than the optimisation; a hint from a later-finishing plan misleads it.
        """
        value, bound = stage.value, max(stage.bound, self.capacity_bound)
        t0 = time.monotonic()
        budget, self.spare = self.spare, 0.0
        # A fresh plan with everyone: local search over whole runs finds tight plans fast.
        runs = not self.mm.r.fixed and self.stages[0].value == self.mm.r.whole.people
        if runs:
            bound = _finish_bound_by_runs(self.mm, self.clock, bound, value)
        low = bound
        while runs and low < value and budget > 0.05 and self.clock.left() > 0.1:
            target = (low + value - 1) // 2
            found, used = _whole_runs_by(self.mm, self.clock, target, min(budget / 2, 2.0))
            budget -= used
            if found is not None:
                self.best, value = found, self.mm.evaluate(found, "finish")
            else:
                low = target + 1
        low = bound  # below this, proven impossible or not settled: look no lower
        while low < value and budget > 0.05 and self.clock.left() > 0.1:
            # Bisect between what is proven impossible and what a plan reaches; the bound end
            # first when capacity says it is likely exact.
            target = low if low == self.capacity_bound else (low + value - 1) // 2
            _check_stop()
            trial = self.mm.model.clone()
            trial.clear_objective()
            trial.clear_hints()
            trial.add(self.mm.finish_of(trial) <= target)
            status, solver, budget = _settle(trial, self.clock, budget)
            if status in (cp_model.OPTIMAL, cp_model.FEASIBLE):
                self.best = self.mm.visits_from(solver)
                value = self.mm.evaluate(self.best, "finish")
            elif status == cp_model.INFEASIBLE:
                bound = low = target + 1
            else:
                low = target + 1
        self.spare = max(0.0, budget)
        state = "optimal" if bound >= value else "feasible"
        seconds = stage.seconds + time.monotonic() - t0
        probed = Stage("finish", state, value, min(bound, value), seconds)
        self.stages[self.stages.index(stage)] = probed
        return probed


class _Reporter(cp_model.CpSolverSolutionCallback):
    def __init__(self, search: _Search, stage: str) -> None:
        super().__init__()
        self.search, self.stage = search, stage

    def on_solution_callback(self) -> None:
        self.search.report(self.stage, self.objective_value, self.best_objective_bound)


# Ctrl-C: the CLI owns the signal (CP-SAT's own handler is off: it could deadlock) and calls
# `interrupt`, which stops the search under way from Python; every later call returns at
# once, so the solve ends with the best plan it has, marked `stopped`.
_STOP = threading.Event()
_ACTIVE: list[Callable[[], object]] = []  # how to stop each CP-SAT or GLOP call under way
_ACTIVE_LOCK = threading.Lock()


class _Stopped(Exception):
    """Raised by a stop check once `interrupt` was called: the solve ends with the best plan
    it holds (`solve`) instead of building models (seconds each at 2,000 sites) that no search
    would use."""


class _OutOfTime(_Stopped):
    """Raised by a stop check once the wall clock of the solve under way has run out (a build
    in Python, seconds at 2,000 sites, would otherwise run past the time asked)."""


# The clock of the solve under way in this thread, which `_check_stop` reads.
_UNDER_WAY = threading.local()
# How far past its end a solve's builds may run before `_check_stop` ends them: the budgets,
# from the limit, normally end a solve on time, and then the clock must not decide anything
# (a solve given too little time keeps the plan in hand the same on every run).
_GRACE = 0.5


def _check_stop() -> None:
    if _STOP.is_set():
        raise _Stopped
    clock: _Clock | None = getattr(_UNDER_WAY, "clock", None)
    if clock is not None and clock.ends is not None and time.monotonic() > clock.ends + _GRACE:
        clock.cut = True  # the wall clock, not the effort, ended this: a rerun may differ
        raise _OutOfTime


def interrupt() -> None:
    """Stop the search under way and every later one (from a signal handler)."""
    _STOP.set()
    with _ACTIVE_LOCK:
        for stop in _ACTIVE:
            stop()


def interrupted() -> bool:
    return _STOP.is_set()


def reset_interrupt() -> None:
    _STOP.clear()


# Wall seconds kept back from every CP-SAT call for the work after it (reading the plan out,
# handing out kits): the solve as a whole ends by its time limit.
_AFTER = 0.3


class _NotRun:
    """What `_run` answers for a call the clock left no time for: nothing searched."""

    deterministic_time = 0.0
    wall_time = 0.0
    best_objective_bound = math.nan


def _run(
    model: cp_model.CpModel,
    clock: _Clock,
    budget: float,
    callback: Any = None,
    local_search: bool = False,
) -> tuple[Any, Any]:
    """One CP-SAT call within `budget` deterministic seconds and the clock's wall time: the
    status and the solver (a `_NotRun` when the clock left no time). `local_search`: only
    CP-SAT's local search (feasibility jump), one worker, so still repeatable."""
    solver = cp_model.CpSolver()
    p = solver.parameters
    options = clock.options
    p.num_workers = 1 if local_search else options.workers
    p.use_ls_only = local_search
    p.linearization_level = options.linearization
    p.random_seed = options.seed
    p.max_deterministic_time = max(0.0, budget)
    if options.workers > 1:
        p.interleave_search = True  # parallel but repeatable
    p.catch_sigint_signal = False
    _check_stop()
    cap = clock.left() - _AFTER
    if clock.ends is not None:
        if cap < 0.05:
            clock.cut = True  # no time left on this machine: the plan in hand stands
            return cp_model.UNKNOWN, _NotRun()
        p.max_time_in_seconds = cap
    status = _solve_stoppably(solver, model, callback)
    if (
        clock.ends is not None
        and status not in (cp_model.OPTIMAL, cp_model.INFEASIBLE)
        and solver.deterministic_time < 0.98 * budget
        and solver.wall_time >= 0.9 * cap
    ):
        clock.cut = True
    return status, solver


def _solve_stoppably(solver: cp_model.CpSolver, model: cp_model.CpModel, callback: Any) -> Any:
    """CP-SAT in a worker thread (`_stoppably`)."""
    return _stoppably(
        lambda: solver.solve(model, callback) if callback else solver.solve(model),
        solver.stop_search,
    )


def _stoppably(work: Callable[[], Any], stop: Callable[[], object]) -> Any:
    """Run a solver call in a worker thread, so that the main thread stays free to take Ctrl-C
    (Python runs signal handlers there only) and `interrupt` can stop it with `stop`. Both
    CP-SAT and GLOP release the GIL while they solve."""
    answer: list[Any] = []
    failure: list[BaseException] = []

    def run() -> None:
        try:
            answer.append(work())
        except BaseException as e:  # handed to the main thread below
            failure.append(e)

    with _ACTIVE_LOCK:
        _ACTIVE.append(stop)
    worker = threading.Thread(target=run, daemon=True)
    try:
        worker.start()
        while worker.is_alive():
            worker.join(0.1)
            if _STOP.is_set():
                stop()
    finally:
        with _ACTIVE_LOCK:
            _ACTIVE.remove(stop)
    if failure:
        raise failure[0]
    return answer[0]


def _settle(model: cp_model.CpModel, clock: _Clock, budget: float) -> tuple[Any, Any, float]:
    """A feasibility question within `budget`: the status, the solver that answered and the
    budget left. Pure search (no LP) finds tight packings far faster (measured: 0.3 against
    4-20 deterministic seconds on the Surakarta example); the LP is what proves "no", so it
    gets the rest."""
    status: Any = cp_model.UNKNOWN
    plain = dataclasses.replace(clock.options, linearization=0)
    for options, share in ((plain, 1 / 3), (clock.options, 1.0)):
        step = _Clock(options)
        step.ends, step.began = clock.ends, clock.began
        status, solver = _run(model, step, budget * share)
        clock.cut |= step.cut
        budget -= solver.deterministic_time
        if status != cp_model.UNKNOWN:
            break
    return status, solver, budget


def solve(
    problem: Problem,
    options: SolverOptions | None = None,
    progress: ProgressFn | None = None,
    calendar: Calendar | None = None,
    keep: tuple[Visit, ...] = (),
    frozen: frozenset[date] = frozenset(),
    candidate: tuple[Visit, ...] = (),
    pinned: dict[tuple[date, str], tuple[str, ...]] | None = None,
) -> Plan:
    """The best plan found within the time limit, with how sure we are of each objective.

    Re-planning passes `keep` (announced visits that stay exactly as they are), `frozen` (the
    announced days: nothing new is planned on them) and `candidate` (the previous plan's visits
    after the announced days, trimmed to the people each site still has: what to change as
    little as possible, in a stage between people and finish); `pinned` kit ids stay with the
    kept visits they were announced for. A site with a kept visit may get one more run after
    it for the people its kept days do not cover (a team comes back).
    """
    options = options or SolverOptions()
    clock = _Clock(options)
    cal = calendar or build_calendar(problem)
    base = _residual(problem, cal, keep, frozen)
    outer, _UNDER_WAY.clock = getattr(_UNDER_WAY, "clock", None), clock
    try:
        if candidate:
            search = _replan(problem, cal, base, clock, progress, keep, frozen, candidate)
        else:
            hint = merge_visits(base.fixed, best_greedy(base.problem, base.calendar, base.taken))
            clock.first = (base, hint)
            search = _Search(_Model(base), clock, progress, hint)
            _people_stage(search)
            _later_stages(search, replanning=False)
        solved, visits, stages = search.mm.r, search.best, search.stages
        if _STOP.is_set():
            solved, visits, stages = _when_stopped(clock, bool(candidate))
    except _Stopped:
        solved, visits, stages = _when_stopped(clock, bool(candidate))
    finally:
        _UNDER_WAY.clock = outer
    finish = next((s for s in stages if s.name == "finish"), None)
    bound_day = cal.days[finish.bound - 1] if finish is not None and finish.bound > 0 else None
    plan = _finish_plan(problem, cal, solved, visits, stages, bound_day, options, keep, pinned)
    stopped = _STOP.is_set()
    return dataclasses.replace(plan, repeatable=not clock.cut and not stopped, stopped=stopped)


def _when_stopped(
    clock: _Clock, replanning: bool
) -> tuple[_Residual, tuple[Visit, ...], list[Stage]]:
    """What a stopped solve writes: the best plan its searches hold, with the stages that ran.
    A re-plan keeps the previous plan for every site it did not get to: unless the search
    that opened other sites' visits also finished its stability stage (the fewest moved), its
    plan would move sites for a reason no stage weighed, so the first search's stands (every
    previous visit that still fits kept, only the sites that had to move placed anew)."""
    searches = clock.searches
    if replanning:
        settled = [s for s in searches if s.moves_settled]
        searches = settled[-1:] or searches[:1]
    if searches:
        search = searches[-1]
        return search.mm.r, search.best, search.stages
    assert clock.first is not None, "a solve is stopped only once it has a plan in hand"
    residual, hint = clock.first
    return residual, hint, []


def _replan(
    problem: Problem,
    cal: Calendar,
    base: _Residual,
    clock: _Clock,
    progress: ProgressFn | None,
    keep: tuple[Visit, ...],
    frozen: frozenset[date],
    candidate: tuple[Visit, ...],
) -> _Search:
    """The previous plan is the first candidate: its visits that still fit stay fixed, and
    only the sites that must move are solved (a small model). Only when they cannot all be
    planned around the others is every visit after the announced days opened again."""
    usable, displaced = _usable(base, candidate)
    small = _residual(problem, cal, keep + usable, frozen)
    hint = merge_visits(small.fixed, best_greedy(small.problem, small.calendar, small.taken))
    clock.first = (small, hint)
    floor = _stability_floor(base, candidate)
    search = _Search(_Model(small), clock, progress, hint, local=bool(displaced), shares=1.2)
    people = _people_stage(search)
    opened = displaced
    if people.value < problem.people:
        # Some site must give way: first only the visits that compete with the sites left
        # out (same type, inside their windows), then, if still short, every visit.
        near = _competing(problem, cal, search.best, usable)
        if near:
            ids = {v.site_id for v in near}
            stay = tuple(v for v in usable if v.site_id not in ids)
            medium = _residual(problem, cal, keep + stay, frozen)
            # A sweep of the opened visits around the fixed ones moves only those: often it
            # fits everyone where the small model's plan did not.
            swept = merge_visits(medium.fixed, best_greedy(medium.problem, medium.calendar,
                                                           medium.taken))  # fmt: skip
            start = max((search.best, swept), key=lambda v: sum(x.people for x in v))
            wider = _Search(_Model(medium), clock, progress, start, local=True, shares=1.2)
            wider.spare = search.spare
            if _people_stage(wider).value > people.value:
                search, opened = wider, displaced + near
            else:
                search.spare = wider.spare  # what it spent is spent
    order_first = False  # the classes' order before stability (only where it was in the way)
    behind = _behind(problem, search.best, usable, {sv.site.site_id for sv in search.mm.sites})
    if behind and sum(v.people for v in search.best) == problem.people:
        # The classes' order: the lower-priority visits that now come before a displaced
        # higher-priority site are opened too, so that it can go first (`classes`).
        ids = {v.site_id for v in behind}
        stay = tuple(v for v in usable if v.site_id not in ids)
        medium = _residual(problem, cal, keep + stay, frozen)
        wider = _Search(_Model(medium), clock, progress, search.best, local=True, shares=1.2)
        wider.spare = search.spare
        if _people_stage(wider).value >= people.value:
            search, opened, order_first = wider, opened + behind, True
        else:
            search.spare = wider.spare
    if sum(v.people for v in search.best) < problem.people:
        # A sweep of all the remaining work may fit everyone by moving others.
        sweep = merge_visits(base.fixed, best_greedy(base.problem, base.calendar, base.taken))
        start = max((search.best, sweep), key=lambda v: sum(x.people for x in v))
        wider = _Search(_Model(base), clock, progress, start, shares=1.2)
        wider.spare = search.spare
        search, opened = wider, candidate
        _people_stage(search)
    search.mm.stability = search.mm.add_stability(opened)
    _later_stages(search, replanning=True, stability_floor=floor, order_first=order_first)
    return search


def _behind(
    problem: Problem, plan: tuple[Visit, ...], usable: tuple[Visit, ...], moving: set[str]
) -> tuple[Visit, ...]:
    """The usable previous visits of a lower priority than some site being planned anew
    (`moving`) that start before that site's visit ends in `plan`: the ones in the way of
    the classes' order."""
    priority = {s.site_id: s.priority for s in problem.sites}
    ends = {v.site_id: v.days[-1][0] for v in plan if v.days}
    moved = [(priority[s], ends[s]) for s in moving if s in ends and s in priority]
    return tuple(
        v
        for v in usable
        if v.site_id in priority
        and any(priority[v.site_id] < p and v.days[0][0] < end for p, end in moved)
    )


def _competing(
    problem: Problem, cal: Calendar, plan: tuple[Visit, ...], usable: tuple[Visit, ...]
) -> tuple[Visit, ...]:
    """The usable previous visits that compete with the sites `plan` leaves short: of their
    types, on a day inside their windows (their first to last allowed day)."""
    planned = {v.site_id: v.people for v in plan}
    short = [s for s in problem.sites if planned.get(s.site_id, 0) < s.people]
    spans: dict[str, tuple[date, date]] = {}
    for s in short:
        allowed = cal.allowed[s.site_id]
        if allowed:
            lo, hi = cal.days[allowed[0]], cal.days[allowed[-1]]
            old = spans.get(s.type, (lo, hi))
            spans[s.type] = (min(lo, old[0]), max(hi, old[1]))
    type_of = {s.site_id: s.type for s in problem.sites}
    return tuple(
        v
        for v in usable
        if (span := spans.get(type_of[v.site_id])) is not None
        and any(span[0] <= d <= span[1] for d, _ in v.days)
    )


def _people_stage(search: _Search) -> Stage:
    """As many people as possible; proven at once when the plan in hand has everyone."""
    mm, wanted = search.mm, search.mm.r.whole.people
    have, bound = mm.evaluate(search.best, "people"), wanted
    arithmetic = capacity(mm.r.problem, mm.r.calendar)
    short = have < wanted and arithmetic.earliest_finish is None
    if short:
        # Proven short by arithmetic: the fixes search's time is set aside before any stage
        # is given its share, so that the shares add up to what is left.
        search.clock.keep_for_fixes()
    if have == wanted:
        search.spare += search.budget("people")
    shares = 1.0
    if have < wanted and not mm.r.fixed:
        # A fresh plan: the run-choice models first (a plan with everyone, or a real bound).
        bound, shares = _people_by_runs(search, short), 0.0
        have = mm.evaluate(search.best, "people")
        search.report("people", have, bound)
    if have == wanted:
        people = Stage("people", "optimal", have, wanted)
        search.stages.append(people)
    else:
        people = search.optimize("people", mm.people, maximize=True, shares=shares)
        if bound < people.bound:
            status = "optimal" if people.value >= bound else people.status
            people = dataclasses.replace(people, bound=bound, status=status)
            search.stages[-1] = people
        if people.value < wanted:
            search.clock.keep_for_fixes()
    mm.model.add(mm.people >= people.value)
    if people.value == wanted:
        mm.require_everyone()
        r = mm.r
        last_fixed = max((mm.cal.days.index(d) + 1 for v in r.fixed for d, _ in v.days), default=0)
        search.capacity_bound = max(arithmetic.finish_index, last_fixed)
    return people


def _later_stages(
    search: _Search, replanning: bool, stability_floor: int = 0, order_first: bool = False
) -> None:
    """Stability (re-plans), finish, priority classes, completion and continuity, each bounding
    the next; a re-plan dates its upper classes before stability."""
    mm = search.mm
    # Imported here: the class stages use this module's models (a top-level import is circular).
    from scheduler.classes import class_levels, class_stages, settle_dates

    due: dict[str, int] = {}
    levels = class_levels(search)
    upper = levels[:-1] if order_first else []
    if replanning:
        # Where lower-priority visits were in a moved site's way (`_behind`): the classes'
        # order first (every class but the lowest, which has none below it to go before),
        # then the fewest moves: a lost priority-5 visit comes back before the priority-3
        # ones, which move a day, rather than after them all.
        class_stages(search, None, 0.5, upper, due)
        stability = search.optimize("stability", mm.stability, False, floor=stability_floor)
        search.moves_settled = not _STOP.is_set()
        mm.model.add(mm.stability <= stability.value)
    floor, people = search.capacity_bound, search.stages[0].value
    fresh = not replanning and not mm.r.fixed
    short = fresh and people < mm.r.whole.people
    shares = _SHORT_SHARES if short else dict.fromkeys(_SHORT_SHARES, 1.0)
    if short:
        # Not everyone fits: the fewest days that could hold this many people, by the LP
        # (often the finish in hand, and then there is nothing to search).
        start = mm.evaluate(search.best, "finish")
        floor = max(floor, _finish_bound_for_people(mm, search.clock, people, floor, start))
    finish = search.optimize("finish", mm.finish, False, floor=floor, shares=shares["finish"])
    if not finish.proven:
        finish = search.probe_finish(finish)
    mm.model.add(mm.finish <= finish.value)
    rest = [level for level in levels if level not in upper]
    class_stages(search, finish, (0.5 if upper else 1.0) * shares["priority"], rest, due)
    floor = 0
    if fresh and people == mm.r.whole.people:
        floor = _priority_by_starts(search, finish.value, due)
    completion = search.optimize("completion", mm.completion, False, floor, shares["completion"])
    mm.model.add(mm.completion <= completion.value)
    if floor:  # a fresh plan with everyone: the exact run model first
        floor = _continuity_by_runs(search, finish.value, completion.value, due)
        search.optimize("continuity", mm.continuity, maximize=False, floor=floor, shares=0.0)
    else:
        search.optimize("continuity", mm.continuity, False, shares=shares["continuity"])
    settle_dates(search)


def _continuity_by_runs(
    search: _Search, finish: int, priority: int, due: dict[str, int] | None = None
) -> int:
    """The continuity stage over every way to visit each site whole: one run of consecutive
    allowed days (from its fewest to its most useful days) ending by `finish`, the kits of
    each day free between the type's fewest and most, the completion stage's value kept (and
    each site's `due` day count, its class's date).

    Every plan with everyone is one of these choices and each choice is a plan, so the
    model is exact: its bound holds for the stage, and its search, from the plan in hand,
    moves whole visits where the day grid's moves day by day (measured at 10 s on Sukoharjo:
    43,164 against the day grid's 56,724, 24 fewer kits entering a kecamatan, bound 41,469;
    the day grid's own bound was 224). It is only built when its budget covers loading the
    plan in hand (measured 0.6 deterministic s at 4,561 variables, 2.4 at 14,363; at 80,000
    none in 1.6). Returns the bound (0 when not settled)."""
    mm, clock = search.mm, search.clock
    budget = search.budget("continuity")
    search.report("continuity", mm.evaluate(search.best, "continuity"), 0)
    problem, cal = mm.problem, mm.cal
    ways: list[tuple[Site, list[tuple[tuple[int, ...], list[int]]]]] = []
    for site in problem.sites:
        _check_stop()
        if site.people == 0:
            continue
        rules, need = problem.site_type(site), problem.kit_days_needed(site)
        allowed, options = cal.allowed[site.site_id], []
        end = min(finish, (due or {}).get(site.site_id, finish))
        for length in range(problem.days_needed(site), problem.most_useful_days(site) + 1):
            for i in range(len(allowed) - length + 1):
                days = tuple(allowed[i : i + length])
                if days[-1] >= end:
                    continue
                tops = [min(rules.max_kits, cal.free_kits[t]) for t in days]
                if min(tops) >= rules.min_kits and sum(tops) >= need:
                    options.append((days, tops))
        ways.append((site, options))
    size = sum(1 + sum(top > problem.site_type(site).min_kits for top in tops)
               for site, options in ways for _, tops in options)  # fmt: skip
    if budget < _LEAST_FOR_RUNS + _LOAD_PER_VARIABLE * size or not all(o for _, o in ways):
        search.spare += budget
        return 0

    index = {d: t for t, d in enumerate(cal.days)}
    planned = {v.site_id: [(index[d], k) for d, k in v.days] for v in search.best}
    m = cp_model.CpModel()
    kits_on: dict[int, list[cp_model.LinearExprT]] = defaultdict(list)
    visits_on: dict[tuple[str, int], list[cp_model.IntVar]] = defaultdict(list)
    in_kecamatan: dict[tuple[str, int], list[cp_model.LinearExprT]] = defaultdict(list)
    weighted: list[cp_model.LinearExprT] = []
    runs: list[tuple[cp_model.IntVar, Site, list[tuple[int, cp_model.LinearExprT]]]] = []
    for site, options in ways:
        _check_stop()
        rules, need = problem.site_type(site), problem.kit_days_needed(site)
        mine = planned.get(site.site_id, [])
        zs = []
        for days, tops in options:
            z = m.new_bool_var(f"run[{site.site_id},{days[0]},{len(days)}]")
            same = tuple(t for t, _ in mine) == days
            m.add_hint(z, same)
            kits: list[tuple[int, cp_model.LinearExprT]] = []
            for j, (t, top) in enumerate(zip(days, tops, strict=True)):
                k: cp_model.LinearExprT = rules.min_kits * z
                if top > rules.min_kits:
                    k = m.new_int_var(0, top, "")
                    m.add(k >= rules.min_kits * z)
                    m.add(k <= top * z)
                    m.add_hint(k, mine[j][1] if same else 0)
                kits.append((t, k))
                kits_on[t].append(k)
                visits_on[(site.type, t)].append(z)
                in_kecamatan[(site.kecamatan, t)].append(k)
            m.add(sum(k for _, k in kits) >= need * z)
            weighted.append(site.priority * (days[-1] + 1) * z)
            zs.append(z)
            runs.append((z, site, kits))
        m.add_exactly_one(zs)
    clock.charge(_CALL_SECONDS + _BUILD_SECONDS * len(m.proto.variables))
    _within_each_day(m, mm, kits_on, visits_on)
    m.add(cp_model.LinearExpr.sum(weighted) <= priority)
    entering = mm.kits_entering(search.best)
    entries = []
    for kecamatan, t in sorted(in_kecamatan):
        if t == 0:
            continue
        e = m.new_int_var(0, sum(cal.free_kits), "")
        before = in_kecamatan.get((kecamatan, t - 1), [])
        present = cp_model.LinearExpr.sum(in_kecamatan[(kecamatan, t)])
        m.add(e >= present - cp_model.LinearExpr.sum(before))
        m.add_hint(e, entering.get((kecamatan, t), 0))
        entries.append(e)
    kit_days = cp_model.LinearExpr.sum([k for _, _, ks in runs for _, k in ks])
    m.minimize(mm.entry_weight() * cp_model.LinearExpr.sum(entries) + kit_days)
    status, solver = _run(m, clock, budget)
    search.spare += max(0.0, budget - solver.deterministic_time)
    if status not in (cp_model.OPTIMAL, cp_model.FEASIBLE):
        return 0
    visits = merge_visits(
        Visit(site.site_id, tuple((cal.days[t], int(solver.value(k))) for t, k in kits),
              site.people)
        for z, site, kits in runs
        if solver.value(z)
    )  # fmt: skip
    if round(solver.objective_value) < mm.evaluate(search.best, "continuity"):
        search.best = visits
    bound: float = solver.best_objective_bound
    return math.ceil(bound - 1e-6)


def _priority_by_starts(search: _Search, finish: int, due: dict[str, int]) -> int:
    """The completion stage as a choice of start day per site (MODEL-NOTES: this grid proves
    priority-weighted completion where the day grid's LP bound stays near 0).

    Each site runs the fewest days it needs, on consecutive allowed days ending by `finish`
    and by its class's date (`due`, day counts).
    With each visit day counted at its type's fewest kits, every plan maps onto this model
    (start where it starts): its optimum bounds the stage from below. At the most kits, a
    solution is itself a plan keeping every rule; it becomes the plan in hand when it is
    better. Where a type's fewest and most kits are equal (two kits a school visit, one a
    kelurahan) the two models are one, and the stage is proven when it is solved.
    Returns the bound (0 when not settled), in the stage's units."""
    mm, clock = search.mm, search.clock
    # The start models first, with the stage's whole budget; what they leave passes on to the
    # day-grid search (measured on Surakarta at 5 s: the plan model is optimal at 5,631 after
    # 0.9 deterministic s, while the day grid's search reached 6,960 in 1.3).
    budget = search.budget("completion")

    bound, used = 0, 0.0
    runs = _runs(mm, _fewest_kits, finish, partial=False, due=due)
    if runs is not None:
        m, chosen = _choice_model(mm, clock, runs, everyone=True, objective="priority")
        status, solver = _run(m, clock, budget / 3)
        used = solver.deterministic_time
        if status in (cp_model.OPTIMAL, cp_model.FEASIBLE):
            bound = math.ceil(solver.best_objective_bound - 1e-6)
    runs = _runs(mm, _kit_patterns, finish, partial=False, due=due)
    if runs is not None:
        m, chosen = _choice_model(mm, clock, runs, everyone=True, objective="priority")
        # What the bound left (it is often proven in a fraction of its share) goes to the plan.
        status, solver = _run(m, clock, max(0.0, budget - used))
        used += solver.deterministic_time
        if status in (cp_model.OPTIMAL, cp_model.FEASIBLE):
            visits = _visits_of(mm, chosen, solver.value)
            if round(solver.objective_value) < mm.evaluate(search.best, "completion"):
                search.best = visits
    search.spare += max(0.0, budget - used)
    return bound


def _people_by_runs(search: _Search, short: bool) -> int:
    """The people stage as a choice of one run per site (count per day, whole runs: the
    formulation MODEL-NOTES measured closing a regency where the day grid stays at the sweep).

    First: can every site have one whole run? A feasibility question that a portfolio of
    searches answers in seconds where the day grid's optimisation never leaves the sweep.
    If not, the LP of the choice (GLOP), with runs cut short allowed and each day counted at
    the type's fewest kits but its people at the most, is an upper bound on people that holds
    for every plan; its solution, rounded and filled greedily, and then searched, is a plan.
    `short`: arithmetic already proves that not everyone fits.
    Returns the people bound (the whole campaign's people when nothing better is known)."""
    mm, clock = search.mm, search.clock
    wanted = mm.r.whole.people
    # The stage's share twice over: here is where a short campaign's people are found (the
    # day grid's search after it gets only what this leaves); thrice when arithmetic proves
    # the campaign short (`_SHORT_SHARES`).
    budget = search.budget("people", _SHORT_SHARES["people"] if short else 2.0)
    last = len(mm.cal.days)

    search.report("people", mm.evaluate(search.best, "people"), wanted)
    if budget < clock.least_useful:  # too little effort to search: the plan in hand stands
        search.spare += budget
        return wanted
    # Whole runs for everyone, unless the capacity arithmetic already proves it cannot be.
    everyone, spent = None, 0.0
    if not short:
        everyone, spent = _whole_runs_by(mm, clock, last, budget / 2)
    if everyone is not None:
        search.best = everyone
        search.spare += max(0.0, budget - spent)
        return wanted
    bound = wanted
    try:
        if budget - spent >= clock.least_useful:
            bound = min(wanted, _people_bound(mm, clock) or wanted)
        runs = _runs(mm, _kit_patterns, last, partial=True)
        if runs is not None and budget - spent >= clock.least_useful:
            _, solution = _choice_lp(mm, runs, clock)
            settled: dict[str, int] = {}
            if solution is not None:
                rounded = _round_choice(mm, runs, solution)
                if sum(v.people for v in rounded) > mm.evaluate(search.best, "people"):
                    search.best = rounded
                settled = _settled_by_lp(runs, solution)
            # First the sites the LP left undecided, the others keeping the LP's run (measured on
            # the short regency: 48 of 227 sites open, optimal at 8,965 in 2.6 deterministic s
            # against the LP's 8,985, where the whole choice reached 8,932 in 55, and added nothing
            # after it in 1 more), then, if it is solved with effort left, the whole choice.
            for fixed in (settled, {}) if settled else ({},):
                if budget - spent < clock.least_useful:
                    break
                m, chosen = _choice_model(mm, clock, runs, everyone=False, objective="people")
                _hint_runs(m, chosen, mm, search.best)
                for z, run in chosen:
                    _check_stop()  # 290k runs at 2,000 sites
                    i = fixed.get(run.site.site_id)
                    if i is not None:
                        m.add(z == (run is runs[run.site.site_id][i]))
                share = 1.0 if fixed else 1 / 2
                status, solver = _run(m, clock, max(0.0, budget - spent) * share)
                spent += solver.deterministic_time
                if status in (cp_model.OPTIMAL, cp_model.FEASIBLE):
                    visits = _visits_of(mm, chosen, solver.value)
                    if sum(v.people for v in visits) > mm.evaluate(search.best, "people"):
                        search.best = visits
                if sum(v.people for v in search.best) >= bound:
                    break  # proven: nothing to gain
    except _OutOfTime:  # the clock ran out in a build: the bound found stands
        pass
    search.spare += max(0.0, budget - spent)
    return bound


def _settled_by_lp(
    runs: dict[str, list[_Run]], share: dict[tuple[str, int], float]
) -> dict[str, int]:
    """The sites whose LP solution takes one run whole: site -> the run's position."""
    taken: dict[str, list[tuple[int, float]]] = defaultdict(list)
    for (site_id, i), x in share.items():
        if x > 1e-6:
            taken[site_id].append((i, x))
    return {s: xs[0][0] for s, xs in taken.items() if len(xs) == 1 and xs[0][1] > 1 - 1e-6}


def _hint_runs(
    m: cp_model.CpModel,
    chosen: list[tuple[cp_model.IntVar, _Run]],
    mm: _Model,
    visits: tuple[Visit, ...],
) -> None:
    """Hint a run-choice model with a plan: each run taken where the plan has it."""
    hinted = {(v.site_id, v.days) for v in visits}
    for z, run in chosen:
        _check_stop()
        days = tuple((mm.cal.days[t], k) for t, k in zip(run.days, run.kits, strict=True))
        m.add_hint(z, (run.site.site_id, days) in hinted)


def _people_bound(mm: _Model, clock: _Clock) -> int | None:
    """An upper bound on people that holds for every plan (None if the clock ran out): the LP
    of one run per site, where a run of d days uses the type's fewest kits each day but
    records as many as the most kits would, up to the site's people. Every plan's visit
    maps to such a run using no more kits and recording no fewer, so no plan does better."""

    runs = _runs(mm, _fewest_kits_longest, len(mm.cal.days), partial=True, people_at_most=True)
    value, _ = _choice_lp(mm, runs or {}, clock)
    return None if value is None else math.floor(value + 1e-6)


def _whole_runs_by(
    mm: _Model, clock: _Clock, finish: int, budget: float, due: dict[str, int] | None = None
) -> tuple[tuple[Visit, ...] | None, float]:
    """A plan giving every site one whole run ending by day index `finish` - 1 (and by its
    `due` day count, where given), found by
    CP-SAT's local search (feasibility jump found the 227-site regency's in 1 s where the
    day grid's optimisation, and CP-SAT's tree search on this model, found none in 20 s;
    benchmarks/README.md), or None; and the deterministic seconds spent."""
    runs = _runs(mm, _kit_patterns, finish, partial=False, due=due)
    if runs is None:
        return None, 0.0
    m, chosen = _choice_model(mm, clock, runs, everyone=True, objective=None)
    status, solver = _run(m, clock, budget, local_search=True)
    if status in (cp_model.OPTIMAL, cp_model.FEASIBLE):
        return _visits_of(mm, chosen, solver.value), solver.deterministic_time
    return None, solver.deterministic_time


@dataclass(frozen=True)
class _Run:
    """One way to visit a site in the run-choice models: consecutive allowed days (indices)
    with the kits sent on each, and the people it records."""

    site: Site
    days: tuple[int, ...]
    kits: tuple[int, ...]
    people: int


def _runs(
    mm: _Model,
    patterns: Callable[[Problem, Site], list[tuple[int, ...]]],
    finish: int,
    partial: bool,
    people_at_most: bool = False,
    due: dict[str, int] | None = None,
) -> dict[str, list[_Run]] | None:
    """Every placement of each site's kit patterns on consecutive allowed days that have the
    kits, ending by day index `finish` - 1 (and by `due`[site] - 1, where given: its class's
    date). `partial`: also each pattern's first days alone
    (a run cut short, recording fewer). `people_at_most`: each run's people counted at the
    most kits the type and the day allow (for a bound). None when a site with people has no
    run at all and every site must have one (`partial` False)."""
    problem, cal = mm.problem, mm.cal
    out: dict[str, list[_Run]] = {}
    for site in problem.sites:
        _check_stop()
        if site.people == 0:
            continue
        rules, rate = problem.site_type(site), problem.rate(site)
        allowed = cal.allowed[site.site_id]
        end = min(finish, (due or {}).get(site.site_id, finish))
        runs: list[_Run] = []
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
                    runs.append(_Run(site, tuple(days), per_day, min(site.people, rate * counted)))
        if not runs and not partial:
            return None
        out[site.site_id] = runs
    return out


def _choice_model(
    mm: _Model,
    clock: _Clock,
    runs: dict[str, list[_Run]],
    everyone: bool,
    objective: str | None,
) -> tuple[cp_model.CpModel, list[tuple[cp_model.IntVar, _Run]]]:
    """CP-SAT: one run per site (at most one unless `everyone`), kits and per-type visits per
    day within what is free; minimising priority x last day, or maximising people."""
    clock.charge(_CALL_SECONDS + _BUILD_SECONDS * sum(len(options) for options in runs.values()))
    m = cp_model.CpModel()
    chosen: list[tuple[cp_model.IntVar, _Run]] = []
    kits_on: dict[int, list[cp_model.LinearExprT]] = defaultdict(list)
    visits_on: dict[tuple[str, int], list[cp_model.IntVar]] = defaultdict(list)
    for site_id, options in runs.items():
        _check_stop()  # 5 s at 2,000 sites
        zs = []
        for i, run in enumerate(options):
            z = m.new_bool_var(f"run[{site_id},{run.days[0]},{i}]")
            zs.append(z)
            chosen.append((z, run))
            for t, k in zip(run.days, run.kits, strict=True):
                kits_on[t].append(k * z)
                visits_on[(run.site.type, t)].append(z)
        (m.add_exactly_one if everyone else m.add_at_most_one)(zs)
    _within_each_day(m, mm, kits_on, visits_on)
    if objective == "priority":
        m.minimize(sum(r.site.priority * (r.days[-1] + 1) * z for z, r in chosen))
    elif objective == "people":
        m.maximize(sum(r.people * z for z, r in chosen))
    return m, chosen


def _within_each_day(
    m: cp_model.CpModel,
    mm: _Model,
    kits_on: dict[int, list[cp_model.LinearExprT]],
    visits_on: dict[tuple[str, int], list[cp_model.IntVar]],
) -> None:
    """The daily rules of a run model: each day's kits within what is free, and each type's
    visits a day within its limit (`kits_on`: kits sent per day index; `visits_on`: the runs
    visiting, per type and day index)."""
    limits = {r.name: r.max_sites_per_day for r in mm.problem.site_types}
    for t, kits in kits_on.items():
        m.add(cp_model.LinearExpr.sum(kits) <= mm.cal.free_kits[t])
        for name, limit in limits.items():
            here = visits_on.get((name, t), [])
            if limit is not None and len(here) > limit:
                m.add(cp_model.LinearExpr.sum(here) <= limit)


def _choice_lp(
    mm: _Model, runs: dict[str, list[_Run]], clock: _Clock
) -> tuple[float | None, dict[tuple[str, int], float] | None]:
    """The LP relaxation of the people choice (at most one run per site), by GLOP: its value
    and each run's share (keyed by site and position), or Nones when the clock ran out."""
    lp, share = _lp_of(mm, runs, everyone=False)
    objective = lp.Objective()
    for s, rs in runs.items():
        for i, r in enumerate(rs):
            objective.SetCoefficient(share[(s, i)], r.people)
    objective.SetMaximization()
    if _solve_lp(lp, clock) != pywraplp.Solver.OPTIMAL:
        return None, None
    return lp.Objective().Value(), {key: z.solution_value() for key, z in share.items()}


def _finish_bound_by_runs(mm: _Model, clock: _Clock, low: int, high: int) -> int:
    """The earliest finish (a day count, as the finish stage's) that the LP of one whole run
    per site allows, searched in [low, high]: every site's fewest days (at the most kits),
    each counted at the fewest kits, is what any plan with everyone uses at least, so where
    this LP has no solution no plan finishes (measured: it proves the 227-site regency's
    21 Dec where the capacity arithmetic says 15 Dec). `low` if nothing is proven."""

    try:
        while low < high and clock.left() > 1.0:
            target = (low + high) // 2
            runs = _runs(mm, _fewest_kits, target, partial=False)
            if runs is None:
                low = target + 1  # a site has no run at all ending by then
                continue
            lp, _ = _lp_of(mm, runs, everyone=True)
            status = _solve_lp(lp, clock)
            if status == pywraplp.Solver.INFEASIBLE:
                low = target + 1
            elif status == pywraplp.Solver.OPTIMAL:
                high = target
            else:
                break  # the clock ran out: what is proven stands
    except _OutOfTime:  # what is proven stands
        pass
    return low


def _finish_bound_for_people(mm: _Model, clock: _Clock, people: int, low: int, high: int) -> int:
    """The earliest finish (a day count) at which the people bound's LP (`_people_bound`)
    still reaches `people`, searched in [low, high]: a plan finishing sooner records fewer,
    so when not everyone fits the finish is proven where the people stage left it. The day
    before `high` is tried first (where capacity binds, the usual answer); `low` if nothing
    is proven."""
    target = high - 1
    try:
        while low <= target and clock.left() > 1.0:
            runs = _runs(mm, _fewest_kits_longest, target, partial=True, people_at_most=True)
            value, _ = _choice_lp(mm, runs or {}, clock)
            if value is None:
                break  # the clock ran out: what is proven stands
            if math.floor(value + 1e-6) < people:
                low = target + 1
            else:
                high = target
            target = (low + high - 1) // 2
    except _OutOfTime:  # what is proven stands
        pass
    return low


def _lp_of(
    mm: _Model, runs: dict[str, list[_Run]], everyone: bool
) -> tuple[pywraplp.Solver, dict[tuple[str, int], Any]]:
    """GLOP over the choice of runs: one per site (at most one unless `everyone`), kits and
    per-type visits a day within what is free; each run's share keyed by site and position."""
    # Rows and coefficients set one by one: building them as `lp.Sum` expressions took 2-4 s
    # at 84k runs (the 281-site season), past the solve's end on a busy machine.
    lp = pywraplp.Solver.CreateSolver("GLOP")
    share: dict[tuple[str, int], Any] = {}
    on_day: dict[int, list[tuple[int, Any, str]]] = defaultdict(list)
    for site_id, options in runs.items():
        _check_stop()
        if not options:
            continue
        one = lp.Constraint(1 if everyone else -lp.infinity(), 1)
        for i, run in enumerate(options):
            z = share[(site_id, i)] = lp.NumVar(0, 1, "")
            one.SetCoefficient(z, 1)
            for t, k in zip(run.days, run.kits, strict=True):
                on_day[t].append((k, z, run.site.type))
    limits = {r.name: r.max_sites_per_day for r in mm.problem.site_types}
    for t, items in on_day.items():
        _check_stop()
        kits = lp.Constraint(-lp.infinity(), mm.cal.free_kits[t])
        for k, z, _ in items:
            kits.SetCoefficient(z, k)
        for name, limit in limits.items():
            here = [z for _, z, kind in items if kind == name]
            if limit is not None and len(here) > limit:
                visits = lp.Constraint(-lp.infinity(), limit)
                for z in here:
                    visits.SetCoefficient(z, 1)
    return lp, share


def _solve_lp(lp: pywraplp.Solver, clock: _Clock) -> int:
    """GLOP within the clock's wall time, stoppable (`_stoppably`); a call the clock stops
    marks the solve cut."""
    _check_stop()
    clock.charge(_LP_SECONDS * lp.NumVariables())
    if clock.ends is not None:
        lp.SetTimeLimit(max(1, int(1000 * (clock.left() - _AFTER))))
    status = _stoppably(lp.Solve, lp.InterruptSolve)
    if status not in (pywraplp.Solver.OPTIMAL, pywraplp.Solver.INFEASIBLE):
        clock.cut = clock.ends is not None
    return int(status)


def _round_choice(
    mm: _Model, runs: dict[str, list[_Run]], share: dict[tuple[str, int], float]
) -> tuple[Visit, ...]:
    """A plan from the LP's shares: runs taken in order of their share (then people, then
    start) while kits and visits allow, then every site still without one given the run that
    records most per kit-day among those that fit."""
    free = list(mm.cal.free_kits)
    visits_on: dict[tuple[str, int], int] = defaultdict(int)
    limits = {r.name: r.max_sites_per_day for r in mm.problem.site_types}
    taken: dict[str, _Run] = {}

    def fits(run: _Run) -> bool:
        limit = limits[run.site.type]
        return all(
            free[t] >= k and (limit is None or visits_on[(run.site.type, t)] < limit)
            for t, k in zip(run.days, run.kits, strict=True)
        )

    def take(run: _Run) -> None:
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
    return _visits_of(mm, [(None, r) for r in taken.values()], lambda _: True)


def _visits_of(
    mm: _Model, chosen: Iterable[tuple[Any, _Run]], value: Callable[[Any], Any]
) -> tuple[Visit, ...]:
    cal = mm.cal
    return merge_visits(
        Visit(r.site.site_id, tuple((cal.days[t], k) for t, k in zip(r.days, r.kits,
                                                                       strict=True)), r.people)
        for z, r in chosen
        if value(z)
    )  # fmt: skip


def _fewest_kits(problem: Problem, site: Site) -> list[tuple[int, ...]]:
    """The fewest days a site needs (at the most kits), each counted at the fewest kits: what
    every plan that records the whole site uses at least (the bounds' runs)."""
    return [(problem.site_type(site).min_kits,) * problem.days_needed(site)]


def _fewest_kits_longest(problem: Problem, site: Site) -> list[tuple[int, ...]]:
    """The most days still useful, each at the fewest kits (with runs cut short allowed, the
    people bound's runs: every visit of a plan is one of their first days)."""
    return [(problem.site_type(site).min_kits,) * problem.most_useful_days(site)]


def _kit_patterns(problem: Problem, site: Site) -> list[tuple[int, ...]]:
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


def _usable(
    base: _Residual, previous: tuple[Visit, ...]
) -> tuple[tuple[Visit, ...], tuple[Visit, ...]]:
    """The previous visits that still fit as they are, and those displaced: each must keep
    its site's rules and be one run of its allowed days; where kits or per-type visits no
    longer suffice on a day, the visits announced soonest keep their days."""
    cal, problem = base.calendar, base.problem
    index = {d: t for t, d in enumerate(cal.days)}
    site = {s.site_id: s for s in problem.sites}
    free = list(cal.free_kits)
    taken = dict(base.taken)
    usable: list[Visit] = []
    displaced: list[Visit] = []

    def soonest(v: Visit) -> tuple[date, int, str]:
        s = site.get(v.site_id)
        return (v.days[0][0], -(s.priority if s else 0), v.site_id)

    for v in sorted(previous, key=soonest):
        s = site.get(v.site_id)
        if s is None or s.people == 0:
            continue
        days = [index.get(d) for d, _ in v.days]
        if not _fits(problem, base, s, v, days, free, taken):
            displaced.append(v)
            continue
        for (_, k), t in zip(v.days, days, strict=True):
            assert t is not None
            free[t] -= k
            taken[(s.type, t)] = taken.get((s.type, t), 0) + 1
        usable.append(v)
    return tuple(usable), tuple(displaced)


def _fits(
    problem: Problem,
    base: _Residual,
    site: Site,
    visit: Visit,
    days: list[int | None],
    free: list[int],
    taken: dict[tuple[str, int], int],
) -> bool:
    """Whether a visit keeps every rule on the kits and visits still free."""
    rules = problem.site_type(site)
    allowed = base.calendar.allowed[site.site_id]
    if any(t is None for t in days) or visit.people < site.people:
        return False
    ts = [t for t in days if t is not None]
    position = {t: i for i, t in enumerate(allowed)}
    if any(t not in position for t in ts):
        return False
    if [position[t] for t in ts] != list(range(position[ts[0]], position[ts[0]] + len(ts))):
        return False  # no longer one unbroken run of its allowed days
    limit = rules.max_sites_per_day
    return all(
        rules.min_kits <= k <= rules.max_kits
        and free[t] >= k
        and (limit is None or taken.get((site.type, t), 0) < limit)
        for (_, k), t in zip(visit.days, ts, strict=True)
    )


def _stability_floor(base: _Residual, previous: tuple[Visit, ...]) -> int:
    """A bound on the stability stage that holds for every plan: the weight of each previous
    visit that can no longer happen as it was (its change is forced), plus, for the day most
    over-subscribed by the others, the lightest visit on that day (one of them must move)."""
    cal, problem = base.calendar, base.problem
    index = {d: t for t, d in enumerate(cal.days)}
    site = {s.site_id: s for s in problem.sites}
    n = len(cal.days)
    forced = 0
    kits_on: dict[int, int] = defaultdict(int)
    visits_on: dict[tuple[str, int], int] = defaultdict(int)
    lightest: dict[int, int] = {}
    for v in previous:
        s = site.get(v.site_id)
        if s is None or s.people == 0:
            continue
        days = [index.get(d) for d, _ in v.days]
        weight = max(1, n - min((t for t in days if t is not None), default=0))
        # The visit alone, on every kit free: if it no longer fits, its change is forced.
        if not _fits(problem, base, s, v, days, list(cal.free_kits), dict(base.taken)):
            forced += weight
            continue
        for (_, k), t in zip(v.days, days, strict=True):
            assert t is not None
            kits_on[t] += k
            visits_on[(s.type, t)] += 1
            lightest[t] = min(lightest.get(t, weight), weight)
    crowded = {t for t, k in kits_on.items() if k > cal.free_kits[t]}
    for rules in problem.site_types:
        if rules.max_sites_per_day is not None:
            crowded |= {
                t
                for (name, t), count in visits_on.items()
                if name == rules.name
                and count + base.taken.get((name, t), 0) > rules.max_sites_per_day
            }
    return forced + max((lightest[t] for t in crowded), default=0)


def _finish_plan(
    problem: Problem,
    cal: Calendar,
    solved: _Residual,
    visits: tuple[Visit, ...],
    stages: list[Stage],
    finish_bound: date | None,
    options: SolverOptions,
    keep: tuple[Visit, ...] = (),
    pinned: dict[tuple[date, str], tuple[str, ...]] | None = None,
) -> Plan:
    """Kit ids handed out, and each site not fully planned with its reason, true of the model
    solved (`solved`: what was left once the fixed visits stayed)."""
    kit_days, duties, warnings = assign_kits(problem, cal, visits, pinned)
    solved_fixed = {v.site_id: v.days for v in solved.fixed}
    finish = max((d for v in visits for d, _ in v.days), default=None)
    planned = {v.site_id: v.people for v in visits}
    rest = {s.site_id: s for s in solved.problem.sites}

    # What the plan leaves free each day (beyond the kept visits, already out of `solved`).
    index = {d: t for t, d in enumerate(cal.days)}
    free = list(solved.calendar.free_kits)
    visits_on = defaultdict(int, solved.taken)
    for v in visits:
        kept = {day for day, _ in solved_fixed.get(v.site_id, ())}
        for d, k in v.days:
            if d not in kept:
                free[index[d]] -= k
                visits_on[(rest[v.site_id].type, index[d])] += 1

    def reason(site_id: str) -> tuple[str, int]:
        site = rest[site_id]
        why, alone = shortfall_reason(solved.problem, solved.calendar, site)
        rules = solved.problem.site_type(site)
        limit = rules.max_sites_per_day
        if why == CAPACITY and limit is not None:
            # Kits left free only on days its type's visits are full: the limit binds, not
            # the kit-days (a manager told "no kit-days" would see free kits in the plan).
            kits_free = [t for t in solved.calendar.allowed[site_id] if free[t] >= rules.min_kits]
            if kits_free and all(visits_on[(site.type, t)] >= limit for t in kits_free):
                why = TYPE_LIMIT
        return why, alone

    shortfalls = tuple(
        Shortfall(s.site_id, s.people - got, *reason(s.site_id))
        for s in problem.sites
        if (got := planned.get(s.site_id, 0)) < s.people
    )
    return Plan(
        visits=visits,
        kit_days=kit_days,
        duties=duties,
        stages=tuple(stages),
        shortfalls=shortfalls,
        finish=finish,
        finish_bound=finish_bound if finish_bound is not None else finish,
        seed=options.seed,
        warnings=warnings,
        kept=merge_visits(keep),
    )


def fits_everyone(
    problem: Problem, time_limit: float = 3.0, seed: int = 0, wall: float | None = None
) -> bool | None:
    """Is there a plan that records everyone by the deadline? True: one was found; False: it
    is proven that none exists; None: not settled within `time_limit` deterministic seconds
    (and `wall` seconds, when given).

    Cheap answers first: the capacity arithmetic proves many a "no", the greedy sweep finds
    many a "yes"; then the LP of one whole run per site (a "no"), local search over whole
    runs (a "yes"); CP-SAT settles the rest (pure search, then the LP, as in the finish probe).
    """
    outer = getattr(_UNDER_WAY, "clock", None)
    try:
        return _fits_everyone(problem, time_limit, seed, wall)
    except _Stopped:
        return None
    finally:
        _UNDER_WAY.clock = outer


def _fits_everyone(
    problem: Problem, time_limit: float, seed: int, wall: float | None
) -> bool | None:
    clock = _Clock(SolverOptions(time_limit, seed, repeatable=wall is None))
    if wall is not None:
        clock.ends = clock.began + wall
    _UNDER_WAY.clock = clock  # the model's build too (a second at 281 sites) ends by `wall`
    cal = build_calendar(problem)
    if capacity(problem, cal).earliest_finish is None and problem.people > 0:
        return False
    if sum(v.people for v in best_greedy(problem, cal)) == problem.people:
        return True
    mm = _Model(_residual(problem, cal, (), frozenset()))
    last = len(cal.days)
    if _finish_bound_by_runs(mm, clock, last, last + 1) > last:
        return False  # not even the LP of one whole run per site has room: proven
    found, used = _whole_runs_by(mm, clock, last, time_limit / 3)
    if found is not None:
        return True
    mm.require_everyone()
    mm.model.add(mm.people >= problem.people)
    status, _, _ = _settle(mm.model, clock, time_limit - used)
    if status in (cp_model.OPTIMAL, cp_model.FEASIBLE):
        return True
    return False if status == cp_model.INFEASIBLE else None
