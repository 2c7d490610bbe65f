"""The coordinator's own sweep as a candidate: the plan is never worse than it.

The sweep (`greedy.greedy_visits` in its kecamatan order) keeps every rule. Where it plans as
many people, finishes no later and has every priority class done no later than the plan in
hand, it is as good on every goal before continuity, so the continuity stage starts from it
(`start_from_sweep`) and, counted on kit ids, the plan written never has more kecamatan moves
(`prefer_sweep`). Where the plan beats it on an earlier goal, `compare` says on which.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable
from datetime import date

from scheduler.greedy import greedy_visits
from scheduler.moves import moves_of
from scheduler.plan import Stage, Sweep, Visit
from scheduler.problem import Problem
from scheduler.solver.classes import _members, class_date
from scheduler.solver.kit_ids import assign_kits
from scheduler.solver.search import Search
from scheduler.workdays import Calendar

PEOPLE, FINISH, PRIORITY, SAME = "people", "finish", "priority", "same"


def sweep_visits(problem: Problem, calendar: Calendar) -> tuple[Visit, ...]:
    return greedy_visits(problem, calendar)


def class_days(problem: Problem, visits: Iterable[Visit]) -> dict[int, date]:
    """Per priority class, the day its last planned visit ends."""
    level = {s.site_id: s.priority for s in problem.sites}
    days: dict[int, date] = {}
    for v in visits:
        p = level[v.site_id]
        days[p] = max(days.get(p, v.days[-1][0]), v.days[-1][0])
    return days


def _finish(visits: Iterable[Visit]) -> date | None:
    return max((d for v in visits for d, _ in v.days), default=None)


def goals(problem: Problem, visits: tuple[Visit, ...]) -> list[tuple[str, int, tuple[int, int]]]:
    """The goals before continuity, in their order, each smaller-is-better: people (negated),
    the finish, then per priority class, highest first, its people planned (negated: a short
    plan that leaves a class out is worse for it) and the day it is all done."""
    level = {s.site_id: s.priority for s in problem.sites}
    out = [
        (PEOPLE, 0, (-sum(v.people for v in visits), 0)),
        (FINISH, 0, ((_finish(visits) or date.min).toordinal(), 0)),
    ]
    days = class_days(problem, visits)
    for lv in sorted({s.priority for s in problem.sites if s.people > 0}, reverse=True):
        planned = sum(v.people for v in visits if level[v.site_id] == lv)
        out.append((PRIORITY, lv, (-planned, days.get(lv, date.min).toordinal())))
    return out


def _better(problem: Problem, plan: tuple[Visit, ...], sweep: tuple[Visit, ...]) -> tuple[str, int]:
    """The first goal on which `plan` beats `sweep` (`SAME`: none)."""
    for (name, lv, mine), (_, _, theirs) in zip(goals(problem, plan), goals(problem, sweep),
                                                strict=True):  # fmt: skip
        if mine != theirs:
            return (name, lv) if mine < theirs else (SAME, 0)
    return SAME, 0


def no_worse(problem: Problem, sweep: tuple[Visit, ...], plan: tuple[Visit, ...]) -> bool:
    """The sweep is no worse than the plan on the goals before continuity, in their order."""
    return [g for *_, g in goals(problem, sweep)] <= [g for *_, g in goals(problem, plan)]


def moves_of_visits(
    problem: Problem,
    calendar: Calendar,
    visits: tuple[Visit, ...],
    pinned: dict[tuple[date, str], tuple[str, ...]] | None = None,
) -> int:
    """The kecamatan moves of these visits once kit ids are handed out (as the plan writes)."""
    rows, _, _ = assign_kits(problem, calendar, visits, pinned)
    return moves_of(rows, {s.site_id: s.kecamatan for s in problem.sites})


def start_from_sweep(search: Search, finish: int, due: dict[str, int]) -> None:
    """A fresh plan's continuity stage starts from the sweep when the sweep keeps the people,
    the finish (`finish`, a day count), every class's date (`due`) and its people planned,
    and moves less."""
    mm = search.mm
    if not search.fresh:
        return  # a re-plan: its candidate is the previous plan
    sweep = sweep_visits(mm.problem, mm.cal)
    index = {d: t for t, d in enumerate(mm.cal.days)}
    if sum(v.people for v in sweep) < search.stages[0].value:
        return
    for v in sweep:
        end = index[v.days[-1][0]] + 1
        if end > min(finish, due.get(v.site_id, finish)):
            return
    ours = {lv: people for name, lv, (people, _) in goals(mm.problem, search.best)}
    for name, lv, (people, _) in goals(mm.problem, sweep):
        if name == PRIORITY and people > ours[lv]:  # negated: fewer of the class planned
            return
    problem, cal = mm.problem, mm.cal
    if moves_of_visits(problem, cal, sweep) < moves_of_visits(problem, cal, search.best):
        search.best = sweep


def prefer_sweep(search: Search) -> None:
    """The last word on a fresh plan: the sweep replaces it when it is better on a goal before
    continuity (the solve stopped short of it), or as good on them all and moves kits between
    kecamatan less, counted on kit ids. Every stage is then restated for the sweep's plan."""
    mm = search.mm
    if not search.fresh:
        return
    problem, cal = mm.problem, mm.cal
    sweep = sweep_visits(problem, cal)
    ours = [g for *_, g in goals(problem, search.best)]
    its = [g for *_, g in goals(problem, sweep)]
    if its > ours:
        return
    if its == ours and moves_of_visits(problem, cal, sweep) >= moves_of_visits(
        problem, cal, search.best
    ):
        return
    search.best = sweep
    for i, stage in enumerate(search.stages):
        search.stages[i] = _restated(search, stage, sweep)


def _restated(search: Search, stage: Stage, visits: tuple[Visit, ...]) -> Stage:
    """A stage's value for another plan, proven only where that meets the stage's bound."""
    mm = search.mm
    if stage.name == "priority":
        value = class_date(mm.cal, visits, _members(search, stage.level, stage.held))
    else:
        value = mm.evaluate(visits, stage.name)
    met = value >= stage.bound if stage.name == "people" else value <= stage.bound
    return dataclasses.replace(stage, value=value, status="optimal" if met else "feasible")


def settle_moves(
    stages: tuple[Stage, ...], visits: tuple[Visit, ...], weight: int, moves: int
) -> tuple[Stage, ...]:
    """The continuity stage as the plan written has it: its kecamatan `moves` counted on kit
    ids (`weight` each, plus the kit-days). The models count kits entering a kecamatan from one
    working day to the next, which bounds neither way a kit's moves over its idle and duty
    days: no bound on moves is known, so none is claimed, unless there are none."""
    out = []
    for stage in stages:
        if stage.name == "continuity":
            value = weight * moves + sum(v.kit_days for v in visits)
            status = "optimal" if moves == 0 and stage.proven else "feasible"
            bound = value if status == "optimal" else 0
            stage = dataclasses.replace(stage, value=value, bound=bound, status=status)
        out.append(stage)
    return tuple(out)


def compare(
    problem: Problem, calendar: Calendar, visits: tuple[Visit, ...], plan_moves: int
) -> Sweep:
    """The sweep beside the plan written (a fresh plan's)."""
    sweep = sweep_visits(problem, calendar)
    better, level = _better(problem, visits, sweep)
    days = class_days(problem, sweep)
    levels = sorted({s.priority for s in problem.sites if s.people > 0}, reverse=True)
    return Sweep(
        people=sum(v.people for v in sweep),
        finish=_finish(sweep),
        moves=moves_of_visits(problem, calendar, sweep),
        plan_moves=plan_moves,
        better=better,
        level=level,
        classes=tuple((lv, days.get(lv)) for lv in levels),
        class_people=tuple(
            (lv, -people) for name, lv, (people, _) in goals(problem, sweep) if name == PRIORITY
        ),
    )
