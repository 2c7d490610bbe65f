"""The priority stage: priority classes in order, each class's date proven like the finish.

An office that marks sites 5 (highest) to 1 means "these first". After people and the finish,
the solve minimises the days until every site of the highest priority present is done;
keeping that date, the next class's; and so on down to the lowest. Each date is found as the
finish is: a bound that holds for every plan (the class's kit-days by arithmetic, then the LP
of one whole run per site, each site's runs ending by its class's date: a capacity argument
the LP sees, which the day grid's own bound lacks), and feasibility questions "can every site
of this class be done by day t, the classes above keeping theirs?" bisected between the bound
and the plan in hand, on the day grid (pure search, then the LP, which is what proves a "no")
and, for a fresh plan with everyone, by local search over whole runs.

A class whose date is set by one of its own sites alone (a window that opens late, say) names
those sites (`Stage.held`), and its stage is then the date of the class's other sites.
"""

from __future__ import annotations

import dataclasses
import time
from collections.abc import Iterable

from ortools.linear_solver import pywraplp
from ortools.sat.python import cp_model

from scheduler.capacity import earliest_alone, first_reaching
from scheduler.greedy import greedy_visits, sweep_order
from scheduler.plan import Stage, Visit
from scheduler.solver.bounds import lp_of
from scheduler.solver.call import interrupted, settle, solve_cp, solve_lp
from scheduler.solver.effort import BUILD_SECONDS, CALL_SECONDS
from scheduler.solver.grid import DayGrid
from scheduler.solver.runs import (
    Run,
    choice_model,
    fewest_kits,
    kit_patterns,
    runs_of,
    visits_of,
    whole_runs_by,
)
from scheduler.solver.search import Search
from scheduler.workdays import Calendar

# Deterministic seconds for one local search over whole runs: what it took to find the
# 227-site regency's plans with its top class done by a given day (1.4-2.4 s; with 0.5 s it
# found none).
_RUNS_ROOM = 2.5
# Day grids up to this many variables are asked first (the examples: 8-15k; the regency 51k).
_SMALL_GRID = 20_000
# Beyond this many (1,000 sites: 226k), the local search alone finds nothing in a class's
# time: the greedy sweep by priority starts it (`_from_sweep`).
_HUGE_GRID = 100_000


def class_levels(search: Search) -> list[int]:
    """The priorities present (sites with people to record), highest first."""
    return sorted({s.priority for s in search.residual.whole.sites if s.people > 0}, reverse=True)


def class_stages(
    search: Search,
    finish: Stage | None,
    shares: float = 1.0,
    levels: list[int] | None = None,
    due: dict[str, int] | None = None,
) -> dict[str, int]:
    """One `priority` stage per class (`levels`, default every class present), highest first;
    each class's date then bounds the model (its sites' visits end by it). Returns each
    site's date (a day count) for the later stages' run models, added to `due`. `finish`:
    the finish stage (its value bounds every class; its bound, where the classes above end
    sooner, holds for the lowest); None before the finish stage (a re-plan's upper classes)."""
    mm = search.mm
    present = class_levels(search)
    levels = present if levels is None else levels
    budget = search.budget("priority", shares)
    due = {} if due is None else due
    end = finish.value if finish is not None else len(mm.cal.days)
    for i, level in enumerate(levels):
        members = _members(search, level)
        share = max(0.0, budget) / (len(levels) - i)
        # The lowest class: when those above all end before the finish's bound, it ends there.
        floor = 0
        if (
            finish is not None
            and level == present[-1]
            and max(due.values(), default=0) < (finish.bound)
        ):
            floor = finish.bound
        stage, used = _class_date(search, level, members, due, end, share, floor)
        budget -= used
        held = _held(search, members, stage)
        if held:
            # The class's date is its held sites' own: what matters now is the others'.
            rest = members - set(held)
            share = max(0.0, budget) / (len(levels) - i)
            inner, used = _class_date(search, level, rest, due, end, share)
            budget -= used
            stage = dataclasses.replace(inner, held=held)
        search.record(stage)
    search.unused(budget)
    return due


def settle_dates(search: Search) -> None:
    """Each class's stage as the final plan has it: later stages keep every class's date and
    may bring one earlier (then closer to its bound, or at it: proven)."""
    mm = search.mm
    for stage in list(search.stages):
        if stage.name != "priority":
            continue
        members = _members(search, stage.level, stage.held)
        value = min(stage.value, class_date(mm.cal, search.best, members))
        state = "optimal" if stage.bound >= value else stage.status
        search.revise(stage, dataclasses.replace(stage, value=value, status=state))


def class_date(cal: Calendar, visits: Iterable[Visit], members: frozenset[str]) -> int:
    """The calendar's days until every visit of `members` is done (0: none is visited)."""
    return max((cal.index(v.days[-1][0]) + 1 for v in visits if v.site_id in members), default=0)


def _members(search: Search, level: int, held: tuple[str, ...] = ()) -> frozenset[str]:
    """The class's sites with people to record, less its `held` ones."""
    return frozenset(s.site_id for s in search.residual.whole.sites
                     if s.people > 0 and s.priority == level and s.site_id not in held)  # fmt: skip


def _everyone(search: Search) -> bool:
    return search.everyone


def _floors(search: Search, members: frozenset[str]) -> dict[str, int]:
    """Per site, a day count no plan of this model has it done before: its kept
    days, and with everyone planned, the earliest it could be done alone."""
    mm = search.mm
    kept = {sid: max(days) + 1 for sid, days in mm.kept_days.items()}
    floors = {}
    for site in mm.problem.sites:
        if site.site_id not in members:
            continue
        alone = 0
        if site.people > 0 and _everyone(search):
            alone = earliest_alone(mm.problem, mm.cal, site)
        floors[site.site_id] = max(alone, kept.get(site.site_id, 0))
    return floors


def _held(search: Search, members: frozenset[str], stage: Stage) -> tuple[str, ...]:
    """The class's sites that set its proven date alone, when others remain to be dated."""
    if not stage.proven or search.local or stage.value == 0:
        return ()
    mm = search.mm
    kept = {sid for sid, days in mm.kept_days.items() if max(days) + 1 >= stage.value}
    held = tuple(sorted(s for s, floor in _floors(search, members).items()
                        if floor >= stage.value and s not in kept))  # fmt: skip
    return held if len(held) < len(members) else ()


def _class_date(
    search: Search,
    level: int,
    members: frozenset[str],
    due: dict[str, int],
    finish: int,
    budget: float,
    floor: int = 0,
) -> tuple[Stage, float]:
    """The earliest date (a count of the calendar's days) by which every site of `members` is
    done, the plan in hand improved towards it; the model then keeps it. Returns the stage
    and the deterministic seconds spent."""
    mm = search.mm
    t0, spent = time.monotonic(), 0.0
    if not _everyone(search):
        spent += _most_of_class(search, members, budget / 2)
    value = class_date(mm.cal, search.best, members)
    floor = max(floor, *_floors(search, members).values(), 0)
    floor = max(floor, _kit_days_floor(mm, members) if _everyone(search) else 0)
    search.report("priority", value, floor)
    runs = search.fresh and _everyone(search)  # a fresh plan with everyone: whole runs
    if runs and len(mm.model.proto.variables) > _HUGE_GRID and budget - spent > 0.05:
        found, used = _from_sweep(search, level, due, finish, min(budget - spent, _RUNS_ROOM))
        spent += used
        if found is not None and class_date(mm.cal, found, members) < value:
            search.adopt(found)
            value = class_date(mm.cal, found, members)
    bound = floor
    if runs and bound < value:
        bound = _bound_by_runs(mm, search, members, due, finish, bound, value)
    # Bisect between what is proven impossible and what a plan reaches, the bound first (where
    # capacity binds it is exact or a day or two off). Each day is asked of the day grid (pure
    # search, then the LP: a "no" is proven) and, for a fresh plan with everyone, of a local
    # search over whole runs: the grid first where it is small (it settles the examples'
    # questions in about a second), the runs first where it is not (at 227 sites it settles
    # none).
    grid_first = len(mm.model.proto.variables) <= _SMALL_GRID
    low, answer, step = bound, "no", 1
    while low < value and budget - spent > 0.05 and _time_left(search):
        # Right after a proven "no", the new bound is the likeliest answer: ask it next. Where
        # the runs come first (a large grid, whose "no" is rarely proven), a day not found
        # is followed by one further up, doubling the step (a miss costs the whole search).
        if answer == "no":
            target = low
        elif grid_first:
            target = (low + value - 1) // 2
        else:
            target = min(low - 1 + step, (low + value - 1) // 2)
            step = 2 * step
        answer, used = _ask_day(search, members, due, finish, target, budget - spent, runs)
        spent += used
        if answer == "found":
            value = class_date(mm.cal, search.best, members)
        elif answer == "no":
            bound = low = target + 1  # proven: no plan has them all done by then
        else:
            low = target + 1  # not settled: look higher, claim nothing
    if search.local:
        bound = 0  # proven for the sites that moved only: no claim about every plan
    _keep_by(mm.model, mm, members, value)
    due.update(_by(members, value))
    bound = min(bound, value)
    state = "optimal" if bound >= value else "feasible"
    day = mm.cal.days[bound - 1] if bound > 0 else None
    stage = Stage("priority", state, value, bound, time.monotonic() - t0, level, (), day)
    return stage, spent


def _most_of_class(search: Search, members: frozenset[str], budget: float) -> float:
    """A season too short for everyone: the most people of the class (`members`) the plan can
    record, every earlier stage's value kept; the model then keeps them. A class's date alone
    would reward leaving the class out (no visit, no date) for sites of a lower priority with
    as many people. Returns the deterministic seconds spent."""
    mm, clock = search.mm, search.clock
    theirs = [sv.people for sv in mm.sites if sv.site.site_id in members and sv.people is not None]
    if not theirs:
        return 0.0
    kept = sum(v.people for v in mm.r.kept if v.site_id in members)
    people = kept + cp_model.LinearExpr.sum(theirs)

    def planned() -> int:
        return sum(v.people for v in search.best if v.site_id in members)

    start, spent = planned(), 0.0
    if budget > max(0.05, clock.least_useful):
        mm.model.maximize(people)
        mm.hint(search.best)
        status, solver = solve_cp(mm.model, clock, budget)
        spent = solver.deterministic_time
        if status in (cp_model.OPTIMAL, cp_model.FEASIBLE) and solver.objective_value > start:
            search.adopt(mm.visits_from(solver))
            start = planned()
        mm.model.clear_objective()
    mm.model.add(people >= start)
    return spent


def _ask_day(
    search: Search,
    members: frozenset[str],
    due: dict[str, int],
    finish: int,
    target: int,
    budget: float,
    runs: bool,
) -> tuple[str, float]:
    """Can every site of `members` be done by day `target`? Asked of the day grid and, for a
    fresh plan with everyone (`runs`), of the local search over whole runs, in `_class_date`'s
    order; "found" (the plan in hand is now such a plan), "no" (proven) or "unknown", and the
    deterministic seconds spent."""
    mm, clock = search.mm, search.clock
    grid_first = len(mm.model.proto.variables) <= _SMALL_GRID
    answer, spent = "unknown", 0.0
    for ask in ("grid", "runs") if grid_first else ("runs", "grid"):
        left = budget - spent
        if ask == "runs" and runs and left > 0.05:
            room = min(left / 2 if grid_first else left, _RUNS_ROOM)
            found, used = whole_runs_by(mm, clock, finish, room, {**due, **_by(members, target)})
            spent += used
            if found is not None:
                search.adopt(found)
                answer = "found"
        elif ask == "grid" and left > max(0.05, clock.least_useful):
            # Half of what is left when the runs come next, so they get their turn.
            share = left / 2 if runs and grid_first else left
            answer, used = _ask_grid(search, members, target, share)
            spent += used
        if answer != "unknown":
            break
    return answer, spent


def _ask_grid(
    search: Search, members: frozenset[str], target: int, budget: float
) -> tuple[str, float]:
    """Can every site of `members` be done before day index `target`, on the day grid (every
    earlier stage's value kept)? "found" (the plan in hand becomes it), "no" (proven, for
    every plan unless the search is local) or "unknown"; and the deterministic s spent."""
    mm, clock = search.mm, search.clock
    # Cloning and two CP-SAT start-ups (`settle`), outside the deterministic budget.
    clock.charge(2 * CALL_SECONDS + BUILD_SECONDS * len(mm.model.proto.variables))
    trial = mm.model.clone()
    trial.clear_objective()
    trial.clear_hints()
    _keep_by(trial, mm, members, target)
    status, solver, left = settle(trial, clock, budget)
    if status in (cp_model.OPTIMAL, cp_model.FEASIBLE):
        search.adopt(mm.visits_from(solver))
        return "found", budget - left
    if status == cp_model.INFEASIBLE and not search.local:
        return "no", budget - left
    return "unknown", budget - left


def _from_sweep(
    search: Search, level: int, due: dict[str, int], finish: int, budget: float
) -> tuple[tuple[Visit, ...] | None, float]:
    """A plan whose sites of priority `level` - 2 and up keep their visits from the greedy
    sweep class by class (highest first, kecamatan by kecamatan within), the others placed by
    local search over whole runs; None if the sweep misses one of them or a date above, or
    the search finds nothing. On the largest campaigns the sweep dates the top class at its
    bound but leaves people out; with its runs of the top three classes kept, the search
    places the rest (benchmarks/README.md, "Figures behind the solver")."""
    mm, problem = search.mm, search.mm.problem
    order = sorted(sweep_order(problem), key=lambda s: -s.priority)
    sweep = {v.site_id: v for v in greedy_visits(problem, mm.cal, order)}
    runs = runs_of(mm, kit_patterns, finish, partial=False, due=due)
    if runs is None:
        return None, 0.0
    for site in problem.sites:
        if site.people == 0 or site.priority < level - 2:
            continue
        v = sweep.get(site.site_id)
        if v is None or v.people < site.people:
            return None, 0.0
        days = tuple(mm.cal.index(d) for d, _ in v.days)
        if days[-1] + 1 > min(finish, due.get(site.site_id, finish)):
            return None, 0.0
        runs[site.site_id] = [Run(site, days, tuple(k for _, k in v.days), site.people)]
    m, chosen = choice_model(mm, search.clock, runs, everyone=True, objective=None)
    status, solver = solve_cp(m, search.clock, budget, local_search=True)
    if status in (cp_model.OPTIMAL, cp_model.FEASIBLE):
        return visits_of(mm, chosen, solver.value), solver.deterministic_time
    return None, solver.deterministic_time


def _by(members: frozenset[str], day_count: int) -> dict[str, int]:
    return dict.fromkeys(members, day_count)


def _time_left(search: Search, least: float = 0.1) -> bool:
    """Whether the clock leaves `least` wall seconds (and no Ctrl-C): when it does not, the
    search stops here and the plan says a rerun may differ."""
    if search.clock.left() <= least:
        search.clock.cut = search.clock.ends is not None
        return False
    return not interrupted()


def _keep_by(model: cp_model.CpModel, mm: DayGrid, members: frozenset[str], day_count: int) -> None:
    """In `model` (the day grid or a clone of it): no visit of `members` on or after day index
    `day_count`. Fixed to 0 rather than linked to the site's last day, so the LP sees it."""
    for sv in mm.sites:
        if sv.site.site_id in members:
            for t, v in sv.visit.items():
                if t >= day_count:
                    model.add(model.get_bool_var_from_proto_index(v.index) == 0)


def _kit_days_floor(mm: DayGrid, members: frozenset[str]) -> int:
    """The fewest of the calendar's days whose free kits cover the kit-days the class's sites
    need at least: no plan with everyone has them all done sooner."""
    need = sum(mm.problem.kit_days_needed(s) for s in mm.problem.sites
               if s.site_id in members and s.people > 0)  # fmt: skip
    return first_reaching(mm.cal.free_kits, need, len(mm.cal.days))


def _bound_by_runs(
    mm: DayGrid,
    search: Search,
    members: frozenset[str],
    due: dict[str, int],
    finish: int,
    low: int,
    high: int,
) -> int:
    """The earliest date (a count of the calendar's days) in [low, high] at which the LP of one
    whole run per site has a solution, `members`' runs ending by it and every other site's by
    its own class's date and the finish: each run the site's fewest days counted at its type's
    fewest kits, what any plan with everyone uses at least (`finish_bound_by_runs`).
    `low` first (where the arithmetic floor is already feasible, one LP settles it), then the
    day before `high` (where the plan in hand is the earliest, one LP proves it), then
    bisection."""
    target, asked = low, 0
    while low <= target and _time_left(search, 1.0):
        runs = runs_of(mm, fewest_kits, finish, partial=False, due={**due, **_by(members, target)})
        feasible = False
        if runs is not None:
            lp, _ = lp_of(mm, runs, everyone=True)
            status = solve_lp(lp, search.clock)
            if status not in (pywraplp.Solver.OPTIMAL, pywraplp.Solver.INFEASIBLE):
                break  # the clock ran out: what is proven stands
            feasible = status == pywraplp.Solver.OPTIMAL
        if feasible:
            high = target
        else:
            low = target + 1
        asked += 1
        target = high - 1 if asked == 1 else (low + high - 1) // 2
    return low
