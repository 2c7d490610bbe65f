"""The residual: what is left to plan once some visits are kept as they are.

Kept visits (a re-plan's announced days, and the previous plan's visits that still fit) are
not variables of any model: they are taken out of the calendar first, so a model holds only
what may still change.
"""

from __future__ import annotations

import dataclasses
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from scheduler.plan import Visit
from scheduler.problem import Problem
from scheduler.solver.standing import announced_for
from scheduler.workdays import Calendar


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
class Residual:
    """What is left to plan once some visits stay as they are.

    `problem` has each site's people still to plan beyond its kept visit; `calendar` the kits
    those visits leave free (none on `closed` days: the announced days of a re-plan, on which
    nothing new is planned); `taken` the sites of each type they visit per working day.
    """

    whole: Problem  # the problem as asked (people before the kept visits)
    problem: Problem
    calendar: Calendar
    kept: tuple[Visit, ...]
    taken: dict[tuple[str, int], int]

    @property
    def kept_people(self) -> int:
        return sum(v.people for v in self.kept)


def residual_of(
    problem: Problem,
    cal: Calendar,
    kept: Iterable[Visit],
    closed: frozenset[date],
    open_to: frozenset[str] = frozenset(),
) -> Residual:
    """The residual once `kept` visits stay as they are and nothing new is planned on the
    `closed` days, but by the sites `open_to` on the kits they leave free."""
    kept = merge_visits(kept)
    type_of = {s.site_id: s.type for s in problem.sites}
    shut = closed if not open_to else frozenset()
    free = [0 if d in shut else n for d, n in zip(cal.days, cal.free_kits, strict=True)]
    if open_to:
        cal = announced_for(cal, closed, open_to, kept)
    taken: dict[tuple[str, int], int] = defaultdict(int)
    planned: dict[str, int] = {}
    for v in kept:
        planned[v.site_id] = v.people
        for d, k in v.days:
            t = cal.index(d)
            free[t] = max(0, free[t] - k)
            taken[(type_of[v.site_id], t)] += 1
    sites = tuple(
        dataclasses.replace(s, people=max(0, s.people - planned.get(s.site_id, 0)))
        for s in problem.sites
    )
    return Residual(
        whole=problem,
        problem=dataclasses.replace(problem, sites=sites),
        calendar=dataclasses.replace(cal, free_kits=tuple(free)),
        kept=kept,
        taken=dict(taken),
    )


def standing(residual: Residual, visits: tuple[Visit, ...]) -> Residual:
    """`residual` with nothing left to plan at the sites of `visits` (fixed as they are)."""
    ids = {v.site_id for v in visits}
    sites = tuple(
        dataclasses.replace(s, people=0) if s.site_id in ids else s for s in residual.problem.sites
    )
    return dataclasses.replace(residual, problem=dataclasses.replace(residual.problem, sites=sites))
