"""The CP-SAT model: which days each site is visited and with how many kits.

The only module that imports OR-Tools. Kits are interchangeable on a day, so the model counts
kits per site per day and `plan.assign_kits` hands out kit ids afterwards (MODEL-NOTES.md).

Objectives are kept in their order by solving in stages, each fixing the value the one before
reached (a lexicographic solve, not a weighted sum):

  1. people      maximise people planned (skipped when the greedy sweep already plans everyone:
                 that is the upper bound, so it is proven)
  2. finish      minimise the number of working days up to the last visit day (skipped when
                 the plan in hand already meets the capacity bound: proven)
  3. priority    minimise sum over sites of priority x the working-day index of its last day
  4. continuity  minimise kits entering a kecamatan from one working day to the next, then kit-days
                 used; the weight on entries exceeds every kit-day the campaign has, so the two
                 never trade against each other

Every stage starts from the previous stage's plan as a complete hint. The finish is linked to
visit days by linear inequalities the LP relaxation sees (`visit <= open[day]`, daily kits
`<= free kits x open[day]`), which is what lets the solver prove the earliest finish quickly.
"""

from __future__ import annotations

import math
import time
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from ortools.sat.python import cp_model

from scheduler.capacity import capacity, shortfall_reason
from scheduler.greedy import best_greedy
from scheduler.plan import Plan, Shortfall, Stage, Visit, assign_kits
from scheduler.problem import Problem, Site
from scheduler.workdays import Calendar, build_calendar

# (stage name, seconds since the solve began, best value so far, best bound so far)
ProgressFn = Callable[[str, float, float, float], None]

# Share of the time limit each stage may use; what a stage leaves unused passes on.
_BUDGET = {"people": 0.2, "stability": 0.2, "finish": 0.5, "priority": 0.2, "continuity": 0.1}
# Of the finish stage's time, the share kept for probing its bound (`_Search.probe_finish`):
# optimising mostly serves to find the LP bound; the probe is what closes the gap.
_PROBE_SHARE = 0.7


@dataclass(frozen=True)
class SolverOptions:
    """How hard to search.

    `time_limit` is in CP-SAT's deterministic seconds (work units that track seconds on a
    typical machine), so the same workbook and seed give the same plan on any machine and under
    any load. `workers` and `linearization` were chosen by measurement (benchmarks/README.md):
    one worker at linearization level 2 proves finish dates that the default 2-worker portfolio,
    which may lack an LP-based worker, leaves open.
    """

    time_limit: float = 15.0
    seed: int = 0
    workers: int = 1
    linearization: int = 2
    wall_limit_factor: float = 4.0  # a safety net only: the wall clock never decides normally


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
    def __init__(
        self,
        problem: Problem,
        calendar: Calendar,
        keep: tuple[Visit, ...] = (),
        frozen: frozenset[date] = frozenset(),
    ) -> None:
        self.problem = problem
        self.cal = calendar
        self.model = cp_model.CpModel()
        self.sites: list[_SiteVars] = []
        n_days = len(calendar.days)
        m = self.model

        # open[t]: day t is on or before the finish; monotone, so sum(open) is the finish.
        self.open = [m.new_bool_var(f"open[{t}]") for t in range(n_days)]
        for t in range(n_days - 1):
            m.add(self.open[t] >= self.open[t + 1])

        for site in problem.sites:
            if site.people > 0:
                self.sites.append(self._add_site(site))

        self._hold(keep, frozen)
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
                if vs:  # scaled by open[t], so the LP sees site-days as well as kit-days
                    m.add(sum(vs) <= rules.max_sites_per_day * self.open[t])

        # Kits per kecamatan per day, and kits entering each kecamatan from the day before.
        kec_kits: dict[tuple[str, int], list[cp_model.LinearExprT]] = defaultdict(list)
        for sv in self.sites:
            for t, k in sv.kits.items():
                kec_kits[(sv.site.kecamatan, t)].append(k)
        self.entries: list[tuple[str, int, cp_model.IntVar]] = []
        # Per site of the previous plan: its visit, "unchanged" (None: a forced change), weight.
        self.same: list[tuple[Visit, cp_model.IntVar | None, int]] = []
        kecamatan = sorted({sv.site.kecamatan for sv in self.sites})
        for kec in kecamatan:
            for t in range(1, n_days):
                here, before = kec_kits.get((kec, t)), kec_kits.get((kec, t - 1), [])
                if not here:
                    continue
                entry = m.new_int_var(0, calendar.free_kits[t], f"enter[{kec},{t}]")
                m.add(entry >= cp_model.LinearExpr.sum(here) - cp_model.LinearExpr.sum(before))
                self.entries.append((kec, t, entry))

        self.people = sum(sv.people for sv in self.sites if sv.people is not None)
        self.finish = sum(self.open)
        self.priority = sum(
            sv.site.priority * sv.last_day for sv in self.sites if sv.last_day is not None
        )
        self.kit_days = cp_model.LinearExpr.sum([k for sv in self.sites for k in sv.kits.values()])
        weight = sum(calendar.free_kits) + 1
        entries = cp_model.LinearExpr.sum([e for _, _, e in self.entries])
        self.continuity = weight * entries + self.kit_days

    def _add_site(self, site: Site) -> _SiteVars:
        m, cal, problem = self.model, self.cal, self.problem
        rules = problem.site_type(site)
        sv = _SiteVars(site, problem.rate(site))
        sid = site.site_id
        previous: cp_model.IntVar | None = None
        for t in cal.allowed[sid]:
            if cal.free_kits[t] < rules.min_kits:
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
        # Redundant, for the LP: the last day is no earlier than the first.
        m.add(sv.last_day >= sum((t + 1) * st for t, st in sv.start.items()))
        return sv

    def _hold(self, keep: tuple[Visit, ...], frozen: frozenset[date]) -> None:
        """Kept visits stay exactly as they are; on frozen days nothing else happens."""
        index = {d: t for t, d in enumerate(self.cal.days)}
        kept = {(v.site_id, index[d]): k for v in keep for d, k in v.days}
        frozen_t = {index[d] for d in frozen if d in index}
        placed = set()
        for sv in self.sites:
            for t, v in sv.visit.items():
                key = (sv.site.site_id, t)
                if key in kept:
                    self.model.add(v == 1)
                    self.model.add(sv.kits[t] == kept[key])
                    placed.add(key)
                elif t in frozen_t:
                    self.model.add(v == 0)
        if placed != set(kept):
            missing = sorted(set(kept) - placed)
            raise ValueError(f"kept visits on days their rules no longer allow: {missing}")

    def add_stability(self, previous: tuple[Visit, ...]) -> cp_model.LinearExprT:
        """Sites whose visit differs from the previous plan, each weighted by how soon its
        previous visit was (a change tomorrow costs more than one next month)."""
        index = {d: t for t, d in enumerate(self.cal.days)}
        by_site = {sv.site.site_id: sv for sv in self.sites}
        n = len(self.cal.days)
        terms: list[cp_model.LinearExprT] = []
        for prev in previous:
            sv = by_site.get(prev.site_id)
            if sv is None:
                continue  # removed, or everyone recorded: nothing to keep
            days = {index[d]: k for d, k in prev.days if d in index}
            weight = max(1, n - min(days, default=0))
            if len(days) < len(prev.days) or any(t not in sv.visit for t in days):
                # A previous day is no longer possible: the change is forced, but counted.
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

    def changes(self, visits: tuple[Visit, ...]) -> int:
        """The stability objective of a plan: weights of the sites whose visit changed."""
        by_site = {v.site_id: v.days for v in visits}
        return sum(w for prev, _, w in self.same if by_site.get(prev.site_id) != prev.days)

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
        """A complete hint: every variable's value in the given plan."""
        m, cal = self.model, self.cal
        m.clear_hints()
        index = {d: t for t, d in enumerate(cal.days)}
        by_site = {v.site_id: v for v in visits}
        last_used = -1
        for sv in self.sites:
            visit = by_site.get(sv.site.site_id)
            days = {index[d]: k for d, k in visit.days} if visit else {}
            first = min(days) if days else None
            for t, v in sv.visit.items():
                m.add_hint(v, t in days)
                m.add_hint(sv.start[t], t == first)
                if t in sv.kit_vars:
                    m.add_hint(sv.kit_vars[t], days.get(t, 0))
            assert sv.people is not None and sv.last_day is not None
            m.add_hint(sv.people, visit.people if visit else 0)
            m.add_hint(sv.last_day, max(days) + 1 if days else 0)
            if days:
                last_used = max(last_used, max(days))
        for t, o in enumerate(self.open):
            m.add_hint(o, t <= last_used)
        entering = self.kits_entering(visits)
        for kec, t, entry in self.entries:
            m.add_hint(entry, entering.get((kec, t), 0))
        for prev, same, _ in self.same:
            if same is None:
                continue
            m.add_hint(same, by_site.get(prev.site_id) is not None
                       and by_site[prev.site_id].days == prev.days)  # fmt: skip

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
        visits = []
        for sv in self.sites:
            days = tuple(
                (self.cal.days[t], int(solver.value(sv.kits[t])))
                for t in sorted(sv.visit)
                if solver.value(sv.visit[t])
            )
            assert sv.people is not None
            people = int(solver.value(sv.people))
            if days and people > 0:
                visits.append(Visit(sv.site.site_id, days, people))
        return tuple(visits)


class _Reporter(cp_model.CpSolverSolutionCallback):
    def __init__(self, stage: str, began: float, progress: ProgressFn | None) -> None:
        super().__init__()
        self.stage, self.began, self.progress = stage, began, progress

    def on_solution_callback(self) -> None:
        if self.progress is not None:
            self.progress(
                self.stage,
                time.monotonic() - self.began,
                self.objective_value,
                self.best_objective_bound,
            )


class _Search:
    """Runs the stages on one model, carrying the best plan and unused time from one to the next."""

    def __init__(
        self,
        mm: _Model,
        options: SolverOptions,
        progress: ProgressFn | None,
        hint: tuple[Visit, ...],
    ) -> None:
        self.mm, self.options, self.progress = mm, options, progress
        self.best = hint
        self.spare = 0.0
        self.began = time.monotonic()
        self.stages: list[Stage] = []
        # A hint for the first solve only (the previous plan when re-planning); `best` stays a
        # plan known to keep every rule, the fallback if a stage finds nothing.
        self.first_hint: tuple[Visit, ...] | None = None
        self.capacity_bound = 0  # a finish bound known from arithmetic, in working days

    def _solver(self, budget: float) -> cp_model.CpSolver:
        return _new_solver(self.options, budget)

    def optimize(self, name: str, objective: cp_model.LinearExprT, maximize: bool) -> Stage:
        budget, self.spare = self.options.time_limit * _BUDGET[name] + self.spare, 0.0
        if name == "finish":
            self.spare = budget * _PROBE_SHARE  # kept for `probe_finish`
            budget -= self.spare
        mm = self.mm
        (mm.model.maximize if maximize else mm.model.minimize)(objective)
        mm.hint(self.first_hint if self.first_hint is not None else self.best)
        self.first_hint = None
        solver = self._solver(budget)
        t0 = time.monotonic()
        status = solver.solve(mm.model, _Reporter(name, self.began, self.progress))
        self.spare += max(0.0, budget - solver.deterministic_time)
        if status == cp_model.MODEL_INVALID:
            raise RuntimeError(f"bug: the {name} model is invalid: {mm.model.validate()}")
        if status in (cp_model.OPTIMAL, cp_model.FEASIBLE):
            self.best = mm.visits_from(solver)
            state = "optimal" if status == cp_model.OPTIMAL else "feasible"
            value, bound = round(solver.objective_value), round(solver.best_objective_bound)
        else:  # nothing found in time: the previous plan still satisfies this stage
            state, value = "feasible", _evaluate(mm, self.best, name)
            # The bound CP-SAT proved before time ran out still holds (not proven: the
            # stage's value is then the previous plan's).
            proved = solver.best_objective_bound
            bound = round(proved) if math.isfinite(proved) else value
            bound = max(bound, value) if maximize else min(bound, value)
        stage = Stage(name, state, value, bound, time.monotonic() - t0)
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
        while bound < value and budget > 0.05:
            # Bisect between what is proven impossible and what a plan reaches; the bound end
            # first when capacity says it is likely exact.
            target = bound if bound == self.capacity_bound else (bound + value - 1) // 2
            trial = self.mm.model.clone()
            trial.clear_objective()
            trial.clear_hints()
            trial.add(self.mm.finish_of(trial) <= target)
            status, solver, budget = _settle(trial, self.options, budget)
            if status in (cp_model.OPTIMAL, cp_model.FEASIBLE):
                self.best = self.mm.visits_from(solver)
                value = _evaluate(self.mm, self.best, "finish")
            elif status == cp_model.INFEASIBLE:
                bound = target + 1
            else:
                break
        self.spare = max(0.0, budget)
        state = "optimal" if bound >= value else "feasible"
        seconds = stage.seconds + time.monotonic() - t0
        probed = Stage("finish", state, value, min(bound, value), seconds)
        self.stages[self.stages.index(stage)] = probed
        return probed


def _new_solver(options: SolverOptions, budget: float) -> cp_model.CpSolver:
    solver = cp_model.CpSolver()
    p = solver.parameters
    p.num_workers = options.workers
    p.linearization_level = options.linearization
    p.random_seed = options.seed
    p.max_deterministic_time = budget
    p.max_time_in_seconds = budget * options.wall_limit_factor + 5
    if options.workers > 1:
        p.interleave_search = True  # parallel but repeatable
    return solver


def _settle(
    model: cp_model.CpModel, options: SolverOptions, budget: float
) -> tuple[Any, cp_model.CpSolver, float]:
    """A feasibility question within `budget`: the status, the solver that answered and the
    budget left. Pure search (no LP) finds tight packings far faster (measured: 0.3 against
    4-20 deterministic seconds on the Surakarta example); the LP is what proves "no", so it
    gets the rest."""
    status: Any = cp_model.UNKNOWN
    for linearization, share in ((0, 1 / 3), (options.linearization, 1.0)):
        solver = _new_solver(options, budget * share)
        solver.parameters.linearization_level = linearization
        status = solver.solve(model)
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
    previous: tuple[Visit, ...] = (),
    pinned: dict[tuple[date, str], tuple[str, ...]] | None = None,
) -> Plan:
    """The best plan found within the time limit, with how sure we are of each objective.

    Re-planning passes `keep` (visits that stay exactly as they are), `frozen` (days on which
    nothing else may change) and `previous` (the plan before, to change as little as
    possible: a stage between people and finish); `pinned` kit ids stay with the kept visits
    they were announced for.
    """
    options = options or SolverOptions()
    cal = calendar or build_calendar(problem)
    greedy = best_greedy(problem, cal, keep, frozen)
    if not any(s.people for s in problem.sites):
        return _finish_plan(problem, cal, keep, [], None, options, pinned)

    mm = _Model(problem, cal, keep, frozen)
    search = _Search(mm, options, progress, greedy)
    if previous:
        search.first_hint = _previous_as_hint(problem, cal, previous, keep, frozen)
    greedy_people = sum(v.people for v in greedy)
    if greedy_people == problem.people:
        # Everyone is the upper bound, so the greedy plan proves this stage.
        search.stages.append(Stage("people", "optimal", greedy_people, problem.people))
        search.spare = options.time_limit * _BUDGET["people"]
        people = greedy_people
    else:
        people = search.optimize("people", mm.people, maximize=True).value
    mm.model.add(mm.people >= people)
    if people == problem.people:
        mm.require_everyone()
        search.capacity_bound = capacity(problem, cal).finish_index
    if previous:
        changes = mm.add_stability(previous)
        stability = search.optimize("stability", changes, maximize=False)
        mm.model.add(changes <= stability.value)

    start = _evaluate(mm, search.best, "finish")
    if search.capacity_bound and start <= search.capacity_bound and not previous:
        # The plan in hand already finishes on the capacity bound: proven without a search
        # (on large seasons the greedy sweep often does; the search would only re-prove it).
        finish = Stage("finish", "optimal", start, search.capacity_bound)
        search.stages.append(finish)
        search.spare += options.time_limit * _BUDGET["finish"]
    else:
        finish = search.optimize("finish", mm.finish, maximize=False)
    if not finish.proven:
        finish = search.probe_finish(finish)
    mm.model.add(mm.finish <= finish.value)
    priority = search.optimize("priority", mm.priority, maximize=False)
    mm.model.add(mm.priority <= priority.value)
    search.optimize("continuity", mm.continuity, maximize=False)

    bound_day = cal.days[finish.bound - 1] if finish.bound > 0 else None
    return _finish_plan(problem, cal, search.best, search.stages, bound_day, options, pinned)


def _previous_as_hint(
    problem: Problem,
    cal: Calendar,
    previous: tuple[Visit, ...],
    keep: tuple[Visit, ...],
    frozen: frozenset[date],
) -> tuple[Visit, ...]:
    """The previous plan, as far as it still applies: kept visits, and the others' working
    days after the frozen ones. It may break a rule now (a kit out); as a hint that only costs
    speed."""
    site = {s.site_id: s for s in problem.sites}
    kept = {v.site_id for v in keep}
    working = set(cal.days)
    hint = list(keep)
    for v in previous:
        s = site.get(v.site_id)
        days = tuple((d, k) for d, k in v.days if d not in frozen and d in working)
        if s is None or s.people == 0 or v.site_id in kept or not days:
            continue
        people = min(s.people, problem.rate(s) * sum(k for _, k in days))
        hint.append(Visit(v.site_id, days, people))
    return tuple(hint)


def _evaluate(mm: _Model, visits: tuple[Visit, ...], stage: str) -> int:
    """A stage's objective for a given plan, computed without the solver."""
    index = {d: t for t, d in enumerate(mm.cal.days)}
    if stage == "people":
        return sum(v.people for v in visits)
    if stage == "finish":
        return max((index[d] + 1 for v in visits for d, _ in v.days), default=0)
    if stage == "stability":
        return mm.changes(visits)
    if stage == "priority":
        site = {s.site_id: s for s in mm.problem.sites}
        return sum(site[v.site_id].priority * (index[v.days[-1][0]] + 1) for v in visits)
    weight = sum(mm.cal.free_kits) + 1
    return weight * sum(mm.kits_entering(visits).values()) + sum(v.kit_days for v in visits)


def _finish_plan(
    problem: Problem,
    cal: Calendar,
    visits: tuple[Visit, ...],
    stages: list[Stage],
    finish_bound: date | None,
    options: SolverOptions,
    pinned: dict[tuple[date, str], tuple[str, ...]] | None = None,
) -> Plan:
    kit_days, duties, warnings = assign_kits(problem, cal, visits, pinned)
    finish = max((d for v in visits for d, _ in v.days), default=None)
    planned = {v.site_id: v.people for v in visits}
    shortfalls = tuple(
        Shortfall(s.site_id, s.people - left, *shortfall_reason(problem, cal, s))
        for s in problem.sites
        if (left := planned.get(s.site_id, 0)) < s.people
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
    )


def fits_everyone(problem: Problem, time_limit: float = 3.0, seed: int = 0) -> bool | None:
    """Is there a plan that records everyone by the deadline? True: one was found; False: it
    is proven that none exists; None: not settled within `time_limit` deterministic seconds.

    Cheap answers first: the capacity arithmetic proves many a "no", the greedy sweep finds
    many a "yes"; CP-SAT settles the rest (pure search, then the LP, as in the finish probe).
    """
    cal = build_calendar(problem)
    if capacity(problem, cal).earliest_finish is None and problem.people > 0:
        return False
    if sum(v.people for v in best_greedy(problem, cal, (), frozenset())) == problem.people:
        return True
    mm = _Model(problem, cal)
    mm.require_everyone()
    mm.model.add(mm.people >= problem.people)
    status, _, _ = _settle(mm.model, SolverOptions(time_limit, seed), time_limit)
    if status in (cp_model.OPTIMAL, cp_model.FEASIBLE):
        return True
    return False if status == cp_model.INFEASIBLE else None
