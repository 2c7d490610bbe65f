"""Regrouping a finished fresh plan: its visits traded between sites so that a kecamatan's
sites sit in the visits one kit drives through (fewer kecamatan moves).

Two sites of the same type and the same priority, in different kecamatan, may trade visits
(each takes the other's days and kits) when each is allowed on the other's days as one unbroken
run of its own allowed days, records its people there at its rate and gets no more kit-days
than its people (or than its own visit had). Every site keeps its people; the finish, each
priority class's all-done day and the completion value stay exactly as they were (the same end
days, traded within a class); the type limits and the kits out count the same each day. A
trade is kept only when the kecamatan moves, counted on kit ids as the plan writes them
(`moves_of_visits`), fall; so the plan never gets more moves. The passes are in a fixed order
and end after a fixed number of evaluations (and, when not repeatable, at the time asked), so
the same input and seed give the same plan.
"""

from __future__ import annotations

import dataclasses
import itertools
from collections import defaultdict
from datetime import date

from scheduler.plan import Visit
from scheduler.problem import Problem
from scheduler.solver.call import interrupted
from scheduler.solver.effort import Clock
from scheduler.solver.search import Search
from scheduler.solver.sweep import moves_of_visits
from scheduler.workdays import Calendar

# Evaluations a solve may spend here (each hands out every kit id once), the seconds one is
# modelled to cost per kit-day of the plan (an unloaded machine; charged, not measured), and
# the share of the time asked they may add up to.
_MOST_EVALUATIONS = 400
_SECONDS_PER_KIT_DAY = 1e-5
_SHARE = 0.1
# Of a wall-clock solve's time, the share kept for the regrouping, and at most so many seconds.
_HELD_SHARE, _MOST_HELD = 0.03, 2.0


def hold_time(clock: Clock) -> float:
    """Wall seconds kept back from the stages for the regrouping (none when repeatable: its
    evaluations are counted, not timed), handed back by `regroup`."""
    if clock.ends is None:
        return 0.0
    held = min(_HELD_SHARE * clock.limit, _MOST_HELD)
    clock.ends -= held
    return held


def regroup(search: Search, held: float = 0.0) -> None:
    """The hook after `prefer_sweep` on a fresh plan: the best plan's sites regrouped, in the
    `held` seconds (`hold_time`) and what the stages left (a re-plan is judged by what it does
    not move, so it is left alone)."""
    if search.clock.ends is not None:
        search.clock.ends += held
    if not search.fresh or interrupted():
        return
    mm = search.mm
    kit_days = sum(v.kit_days for v in search.best)
    seconds = _SHARE * search.clock.options.time_limit
    most = min(_MOST_EVALUATIONS, int(seconds / max(1, kit_days) / _SECONDS_PER_KIT_DAY))
    search.best = regrouped(mm.problem, mm.cal, search.best, search.clock, most)


def regrouped(
    problem: Problem,
    cal: Calendar,
    visits: tuple[Visit, ...],
    clock: Clock | None = None,
    most: int = _MOST_EVALUATIONS,
) -> tuple[Visit, ...]:
    """`visits` with sites trading visits while the moves fall (see above)."""
    groups = _interchangeable(problem, visits)
    if not groups:
        return visits
    best = list(visits)
    moves = moves_of_visits(problem, cal, visits)
    allowed = {site: _runs(cal, days) for site, days in cal.allowed.items()}
    kecamatan = {s.site_id: s.kecamatan for s in problem.sites}  # a trade within one: no gain
    rate = {s.site_id: problem.rate(s) for s in problem.sites}
    evaluations = 1
    kit_days = sum(v.kit_days for v in visits)
    improved = True
    while improved and moves > 0:
        improved = False
        for members in groups:
            for i, a in enumerate(members):
                for b in members[i + 1 :]:
                    if evaluations >= most or _out_of_time(clock):
                        _charge(clock, evaluations, kit_days)
                        return tuple(best)
                    va, vb = best[a], best[b]
                    if kecamatan[va.site_id] == kecamatan[vb.site_id] or not (
                        _fits(allowed, va, vb, rate) and _fits(allowed, vb, va, rate)
                    ):
                        continue
                    trial = list(best)
                    trial[a] = dataclasses.replace(vb, site_id=va.site_id, people=va.people)
                    trial[b] = dataclasses.replace(va, site_id=vb.site_id, people=vb.people)
                    evaluations += 1
                    got = moves_of_visits(problem, cal, tuple(trial))
                    if got < moves:
                        best, moves, improved = trial, got, True
    _charge(clock, evaluations, kit_days)
    return tuple(best)


def _interchangeable(problem: Problem, visits: tuple[Visit, ...]) -> list[list[int]]:
    """Indices of visits that may trade slots: same site type and priority, in plan order;
    groups of two or more."""
    site = {s.site_id: s for s in problem.sites}
    seen: dict[str, int] = defaultdict(int)
    for v in visits:
        seen[v.site_id] += 1
    by_key: dict[tuple[str, int], list[int]] = defaultdict(list)
    for i, v in enumerate(visits):
        if seen[v.site_id] != 1:
            continue  # a site with two visits keeps both (its runs are tied to each other)
        s = site[v.site_id]
        by_key[(s.type, s.priority)].append(i)
    return [members for _, members in sorted(by_key.items()) if len(members) > 1]


def _runs(cal: Calendar, days: tuple[int, ...]) -> dict[date, int]:
    """Each allowed day of a site, with its position among the site's allowed days."""
    return {cal.days[t]: n for n, t in enumerate(days)}


def _fits(
    allowed: dict[str, dict[date, int]], visit: Visit, slot: Visit, rate: dict[str, int]
) -> bool:
    """The visit's site may take the slot: its days are allowed to the site and consecutive
    among its allowed days, its kits record the site's people at its rate, and no more kit-days
    than its people (or than its own visit had) are sent."""
    if not slot.kit_days * rate[visit.site_id] >= visit.people:
        return False
    if slot.kit_days > max(visit.kit_days, visit.people):
        return False
    positions = allowed[visit.site_id]
    index = [positions.get(day, -1) for day, _ in slot.days]
    return min(index) >= 0 and all(q == p + 1 for p, q in itertools.pairwise(index))


def _out_of_time(clock: Clock | None) -> bool:
    return interrupted() or (clock is not None and clock.left() <= 0)


def _charge(clock: Clock | None, evaluations: int, kit_days: int) -> None:
    if clock is not None:
        clock.charge(evaluations * kit_days * _SECONDS_PER_KIT_DAY)
