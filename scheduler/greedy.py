"""The greedy sweep a coordinator does by hand: kecamatan by kecamatan, each site at the earliest
run of days that still has kits for it.

It runs in milliseconds and keeps every rule, so it is the solver's first hint and its fallback.
Its finish date is usually close to the best; its order of sites is not (benchmarks/README.md,
"Figures behind the solver").
"""

from __future__ import annotations

import math
from datetime import date

from scheduler.plan import Visit
from scheduler.problem import Problem, Site
from scheduler.workdays import Calendar


def sweep_order(problem: Problem) -> list[Site]:
    """Kecamatan in the order the Sites sheet first names them; within one, high priority and
    tight windows first, then sheet order."""
    first_seen: dict[str, int] = {}
    for i, s in enumerate(problem.sites):
        first_seen.setdefault(s.kecamatan, i)
    position = {s.site_id: i for i, s in enumerate(problem.sites)}
    return sorted(
        problem.sites,
        key=lambda s: (
            first_seen[s.kecamatan],
            -s.priority,
            s.latest or date.max,
            position[s.site_id],
        ),
    )


def longest_first_order(problem: Problem) -> list[Site]:
    """Sites needing the most days first: packs the calendar tighter than the sweep, so it often
    finishes earlier (longest-processing-time first)."""
    return sorted(sweep_order(problem), key=lambda s: -problem.days_needed(s))


def tightest_first_order(problem: Problem, calendar: Calendar) -> list[Site]:
    """Sites with the fewest allowed days for the days they need first (earliest-deadline
    first, in effect): windows that close early are served before they close."""
    return sorted(
        sweep_order(problem),
        key=lambda s: len(calendar.allowed[s.site_id]) / max(1, problem.days_needed(s)),
    )


def best_greedy(
    problem: Problem,
    calendar: Calendar,
    taken: dict[tuple[str, int], int] | None = None,
    skip: frozenset[str] = frozenset(),
) -> tuple[Visit, ...]:
    """The best of three greedy orders: more people planned, then the earlier finish.

    `calendar` counts only the kits still free (visits that stay as they are took the rest);
    `taken` counts the sites of each type already visited per working day by those visits;
    sites in `skip` are not planned here (their visits stay).
    """

    def score(visits: tuple[Visit, ...]) -> tuple[int, date]:
        finish = max((d for v in visits for d, _ in v.days), default=date.min)
        return (-sum(v.people for v in visits), finish)

    orders = (
        sweep_order(problem),
        longest_first_order(problem),
        tightest_first_order(problem, calendar),
    )
    plans = (greedy_visits(problem, calendar, order, taken, skip) for order in orders)
    return min(plans, key=score)


def greedy_visits(
    problem: Problem,
    calendar: Calendar,
    order: list[Site] | None = None,
    taken: dict[tuple[str, int], int] | None = None,
    skip: frozenset[str] = frozenset(),
) -> tuple[Visit, ...]:
    """Each site in turn (the kecamatan sweep by default) at the earliest run that fits the
    kits and per-type visits still free."""
    free = list(calendar.free_kits)
    sites_today: dict[tuple[str, int], int] = dict(taken or {})
    visits: list[Visit] = []
    for site in sweep_order(problem) if order is None else order:
        if site.people == 0 or site.site_id in skip:
            continue
        best = _best_run(problem, calendar, site, free, sites_today)
        if best is None:
            continue
        run, people = best
        for t, kits in run:
            free[t] -= kits
            key = (site.type, t)
            sites_today[key] = sites_today.get(key, 0) + 1
        visits.append(Visit(site.site_id, tuple((calendar.days[t], k) for t, k in run), people))
    visits.sort(key=lambda v: (v.days[0][0], v.site_id))
    return tuple(visits)


def _best_run(
    problem: Problem,
    calendar: Calendar,
    site: Site,
    free: list[int],
    sites_today: dict[tuple[str, int], int],
) -> tuple[list[tuple[int, int]], int] | None:
    """The earliest run that records everyone; failing that, the run that records the most."""
    rules = problem.site_type(site)
    rate = problem.rate(site)
    allowed = calendar.allowed[site.site_id]
    best: tuple[list[tuple[int, int]], int] | None = None
    for i in range(len(allowed)):
        run: list[tuple[int, int]] = []
        left = site.people
        for t in allowed[i:]:
            full = (
                rules.max_sites_per_day is not None
                and sites_today.get((site.type, t), 0) >= rules.max_sites_per_day
            )
            if left <= 0 or full or free[t] < rules.min_kits:
                break
            kits = max(rules.min_kits, min(rules.max_kits, free[t], math.ceil(left / rate)))
            run.append((t, kits))
            left -= kits * rate
        if not run:
            continue
        people = min(site.people, rate * sum(k for _, k in run))
        if people == site.people:
            return run, people
        if best is None or people > best[1]:
            best = (run, people)
    return best
