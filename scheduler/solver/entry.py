"""The solver's two entry points: `solve` (a plan, in stages) and `fits_everyone` (can
every site be fully planned by the deadline?)."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from datetime import date

from ortools.sat.python import cp_model

from scheduler.capacity import capacity
from scheduler.greedy import best_greedy
from scheduler.moves import moves_of
from scheduler.plan import Plan, Stage, Visit
from scheduler.problem import Problem
from scheduler.solver.bounds import finish_bound_by_runs
from scheduler.solver.build import build_plan
from scheduler.solver.call import UNDER_WAY, Stopped, interrupted, settle
from scheduler.solver.candidates import replan_search
from scheduler.solver.effort import Clock, SolverOptions
from scheduler.solver.grid import DayGrid
from scheduler.solver.regroup import hold_time, regroup
from scheduler.solver.residual import Residual, merge_visits, residual_of
from scheduler.solver.runs import whole_runs_by
from scheduler.solver.search import ProgressFn, Search
from scheduler.solver.stages import later_stages, people_stage
from scheduler.solver.sweep import compare, prefer_sweep, settle_moves
from scheduler.workdays import Calendar, build_calendar


@dataclass(frozen=True)
class Replanning:
    """What a re-plan hands the solver of the plan it re-plans.

    `kept`: the announced visits, kept exactly as they are; `closed`: the announced days (only
    their idle kits take new visits); `previous`: the previous plan's visits after the
    announced days, trimmed to the people each site still has (what to change as little as
    possible, in a stage between people and finish); `kept_kits`: the kit ids announced for
    the kept visits' days; `promised`: every site the previous plan visits from today on
    (dropping one is a broken promise). A site with a kept visit may get one more run after it
    for the people its kept days do not cover (a team comes back)."""

    kept: tuple[Visit, ...] = ()
    closed: frozenset[date] = frozenset()
    previous: tuple[Visit, ...] = ()
    kept_kits: dict[tuple[date, str], tuple[str, ...]] | None = None
    promised: frozenset[str] = frozenset()


def solve(
    problem: Problem,
    options: SolverOptions | None = None,
    progress: ProgressFn | None = None,
    calendar: Calendar | None = None,
    replanning: Replanning | None = None,
) -> Plan:
    """The best plan found within the time limit, with how sure we are of each objective;
    a re-plan when `replanning` says what of the previous plan stays."""
    r = replanning or Replanning()
    kept, closed, previous, kept_kits, promised = (
        r.kept,
        r.closed,
        r.previous,
        r.kept_kits,
        r.promised,
    )
    options = options or SolverOptions()
    clock = Clock(options)
    cal = calendar or build_calendar(problem)
    base = residual_of(problem, cal, kept, closed)
    outer, UNDER_WAY.clock = getattr(UNDER_WAY, "clock", None), clock
    try:
        if previous:
            search = replan_search(problem, cal, base, clock, progress, kept, closed, previous,
                                   promised)  # fmt: skip
        else:
            hint = merge_visits(base.kept, best_greedy(base.problem, base.calendar, base.taken))
            clock.first = (base, hint)
            held = hold_time(clock)
            search = Search(DayGrid(base), clock, progress, hint)
            people_stage(search)
            later_stages(search, replanning=False)
            prefer_sweep(search)
            regroup(search, held)
        solved, visits, stages = search.residual, search.best, search.stages
        if interrupted():
            solved, visits, stages = _when_stopped(clock, bool(previous))
    except Stopped:
        solved, visits, stages = _when_stopped(clock, bool(previous))
    finally:
        UNDER_WAY.clock = outer
    finish = next((s for s in stages if s.name == "finish"), None)
    bound_day = cal.days[finish.bound - 1] if finish is not None and finish.bound > 0 else None
    plan = build_plan(problem, cal, solved, visits, stages, bound_day, options, kept, kept_kits)
    # The moves counted once, on the kit ids the plan writes: its continuity stage and the
    # sweep beside it both read them.
    moves = moves_of(plan.kit_days, {s.site_id: s.kecamatan for s in problem.sites})
    weight = len(problem.kits) * len(cal.days) + 1  # `DayGrid.entry_weight`
    plan = dataclasses.replace(plan, stages=settle_moves(plan.stages, visits, weight, moves))
    stopped = interrupted()
    if not previous:
        plan = dataclasses.replace(plan, sweep=compare(problem, cal, visits, moves))
    return dataclasses.replace(plan, repeatable=not clock.cut and not stopped, stopped=stopped)


def _when_stopped(
    clock: Clock, replanning: bool
) -> tuple[Residual, tuple[Visit, ...], list[Stage]]:
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
        return search.residual, search.best, search.stages
    assert clock.first is not None, "a solve is stopped only once it has a plan in hand"
    residual, hint = clock.first
    return residual, hint, []


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
    outer = getattr(UNDER_WAY, "clock", None)
    try:
        return _fits_everyone(problem, time_limit, seed, wall)
    except Stopped:
        return None
    finally:
        UNDER_WAY.clock = outer


def _fits_everyone(
    problem: Problem, time_limit: float, seed: int, wall: float | None
) -> bool | None:
    clock = Clock(SolverOptions(time_limit, seed, repeatable=wall is None))
    if wall is not None:
        clock.ends = clock.began + wall
    UNDER_WAY.clock = clock  # the model's build too (a second at 281 sites) ends by `wall`
    cal = build_calendar(problem)
    if capacity(problem, cal).earliest_finish is None and problem.people > 0:
        return False
    if sum(v.people for v in best_greedy(problem, cal)) == problem.people:
        return True
    mm = DayGrid(residual_of(problem, cal, (), frozenset()))
    last = len(cal.days)
    if finish_bound_by_runs(mm, clock, last, last + 1) > last:
        return False  # not even the LP of one whole run per site has room: proven
    found, used = whole_runs_by(mm, clock, last, time_limit / 3)
    if found is not None:
        return True
    mm.require_everyone()
    mm.model.add(mm.people >= problem.people)
    status, _, _ = settle(mm.model, clock, time_limit - used)
    if status in (cp_model.OPTIMAL, cp_model.FEASIBLE):
        return True
    return False if status == cp_model.INFEASIBLE else None
