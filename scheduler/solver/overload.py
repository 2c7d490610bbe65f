"""Seasons with far more people than fit: a fill that spends every kit-day where it records
most, and a bound on people that holds for every plan, both in milliseconds.

When not everyone fits, what matters is that each kit-day records as many people as it can:
a run cut short after its last full day loses nothing when others wait, and a kit sent to a
poor-network site records less than at a good one. The sweep records each site whole, in
kecamatan order, which wastes both; the run-choice LP sees it but takes seconds at this size
(benchmarks/README.md, "Overloaded seasons"). Pure Python: the solver hints and bounds its
CP-SAT search with these.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass

from scheduler.plan import Visit
from scheduler.problem import Problem, Site
from scheduler.workdays import Calendar

# A season whose day bound is below this share of its people is overloaded: kit-days bind,
# not the sites, so the run LP's people bound is no tighter (measured: 16,579 against the
# day bound's 16,350 on the 281-site season) and its seconds go to finding plans instead.
OVERLOADED = 0.9
# Wall seconds the fill and the day bound take together per site and working day, in Python
# (measured: 0.2 s at 281 sites, 6.5 s at 2,000 sites and 20 kits on a machine busy 7x over).
FILL_SECONDS = 4e-6


@dataclass
class _Open:
    """A site whose run is under way, and its people not yet recorded."""

    site: Site
    left: int
    days: list[tuple[int, int]]


def day_bound(
    problem: Problem, calendar: Calendar, taken: dict[tuple[str, int], int] | None = None
) -> int:
    """The most people any plan records: day by day, the best that day's free kits could
    record at the sites allowed then (each capped at its people, within each type's visits a
    day), summed. A plan's site records min(people, rate x kit-days), which is at most the
    sum over its days of min(people, rate x that day's kits): so no plan does better. Runs and
    each site's people over several days are ignored, which is why it is cheap; where every
    kit-day could go to a good-network site it is close (Fridays' odd kits, poor sites, type
    limits are what it does see)."""
    return sum(best_days(problem, calendar, taken).values())


def best_days(
    problem: Problem, calendar: Calendar, taken: dict[tuple[str, int], int] | None = None
) -> dict[int, int]:
    """Per working day index, the most people that day's free kits could record
    (`day_bound`'s terms)."""
    taken = taken or {}
    allowed_on: dict[int, list[Site]] = defaultdict(list)
    for site in problem.sites:
        if site.people > 0:
            for t in calendar.allowed[site.site_id]:
                allowed_on[t].append(site)
    memo: dict[tuple[object, ...], int] = {}
    out = {}
    for t, sites in sorted(allowed_on.items()):
        free = calendar.free_kits[t]
        groups = _day_options(problem, sites, free, taken, t)
        key = (free, groups)
        if key not in memo:
            memo[key] = _best_day(free, groups)
        out[t] = memo[key]
    return out


def _day_options(
    problem: Problem, sites: list[Site], free: int, taken: dict[tuple[str, int], int], t: int
) -> tuple[tuple[int, tuple[tuple[int, ...], ...]], ...]:
    """Per type: how many of its sites may still be visited that day, and the candidate sites'
    values at each kit count (min..max kits; 0 where not allowed). Only the sites that could
    be among the best for some kit count are kept: with at most n visits of a type that day,
    a site outside the top n at its kit count can be swapped for one inside, unused."""
    by_type: dict[str, list[Site]] = defaultdict(list)
    for s in sites:
        by_type[s.type].append(s)
    out = []
    for name in sorted(by_type):
        rules = problem.site_type(by_type[name][0])
        if free < rules.min_kits:
            continue
        room = len(by_type[name]) if rules.max_sites_per_day is None else rules.max_sites_per_day
        n = min(room - taken.get((name, t), 0), free // rules.min_kits)
        if n <= 0:
            continue
        kits = range(rules.min_kits, min(rules.max_kits, free) + 1)
        values = {
            s.site_id: tuple(min(s.people, problem.rate(s) * k) for k in kits)
            for s in by_type[name]
        }
        keep: set[str] = set()
        for i in range(len(kits)):
            ranked = sorted(values, key=lambda sid: (-values[sid][i], sid))
            keep.update(ranked[:n])
        options = tuple(sorted(((0,) * rules.min_kits + values[s] for s in keep), reverse=True))
        out.append((n, options))
    return tuple(out)


def _best_day(free: int, groups: tuple[tuple[int, tuple[tuple[int, ...], ...]], ...]) -> int:
    """A knapsack over the day's kits: per type, at most n sites, each at one kit count."""
    best = [0] * (free + 1)  # best[j]: the most people with at most j kits, types so far
    for n, options in groups:
        # within the type: by[c][j], the most with c sites and at most j kits
        by = [[0] * (free + 1)] + [[-1] * (free + 1) for _ in range(n)]
        for values in options:
            for c in range(n, 0, -1):
                row, below = by[c], by[c - 1]
                for j in range(free, 0, -1):
                    for k in range(1, min(j, len(values) - 1) + 1):
                        v = values[k]
                        if v and below[j - k] >= 0 and below[j - k] + v > row[j]:
                            row[j] = below[j - k] + v
        typed = [max(by[c][j] for c in range(n + 1)) for j in range(free + 1)]
        best = [max(best[j - i] + typed[i] for i in range(j + 1)) for j in range(free + 1)]
    return best[free]


def fill(
    problem: Problem,
    calendar: Calendar,
    taken: dict[tuple[str, int], int] | None = None,
    rank: Callable[[Site], tuple[object, ...]] | None = None,
) -> tuple[Visit, ...]:
    """Day by day, each free kit to the visit that records most on it: runs under way go on
    while a day there is worth a full day elsewhere, and the kits left start new runs, best
    rate first (then `rank`: by default the site whose allowed days end soonest). A run not
    continued on its next allowed day is over. Keeps every rule the sweep keeps."""
    free = list(calendar.free_kits)
    visits_on: dict[tuple[str, int], int] = defaultdict(int, taken or {})
    rank = rank or (lambda s: (calendar.allowed[s.site_id][-1], s.site_id))
    allowed = {s.site_id: set(calendar.allowed[s.site_id]) for s in problem.sites}
    waiting = sorted(
        (s for s in problem.sites if s.people > 0 and calendar.allowed[s.site_id]),
        key=lambda s: (-problem.rate(s), *rank(s)),
    )
    started: set[str] = set()
    under_way: list[_Open] = []
    done: list[_Open] = []
    for t in range(len(calendar.days)):
        under_way_later: list[_Open] = []
        still: list[_Open] = []
        for going in under_way:  # a run goes on today, or waits for its next allowed day
            (still if t in allowed[going.site.site_id] else under_way_later).append(going)
        under_way = []
        candidates = [(run.site, run) for run in still] + [
            (s, None) for s in waiting if s.site_id not in started and t in allowed[s.site_id]
        ]

        # Per kit, the most it records here: a full day at the site's rate, or what is left.
        def worth(item: tuple[Site, _Open | None]) -> tuple[object, ...]:
            site, run = item
            rules, rate = problem.site_type(site), problem.rate(site)
            left = run.left if run else site.people
            per_kit = min(rate, left / rules.min_kits)
            return (-per_kit, run is None, *rank(site))

        for site, run in sorted(candidates, key=worth):
            rules, rate = problem.site_type(site), problem.rate(site)
            limit = rules.max_sites_per_day
            if free[t] < rules.min_kits or (
                limit is not None and visits_on[(site.type, t)] >= limit
            ):
                if run:
                    done.append(run)
                continue
            left = run.left if run else site.people
            kits = max(rules.min_kits, min(rules.max_kits, free[t], -(-left // rate)))
            free[t] -= kits
            visits_on[(site.type, t)] += 1
            if run is None:
                run = _Open(site, left, [])
                started.add(site.site_id)
            run.days.append((t, kits))
            run.left = max(0, left - rate * kits)
            (under_way if run.left > 0 else done).append(run)
        under_way += under_way_later
    done += under_way
    days = calendar.days
    return tuple(
        sorted(
            (
                Visit(
                    r.site.site_id, tuple((days[t], k) for t, k in r.days), r.site.people - r.left
                )
                for r in done
                if r.days
            ),
            key=lambda v: (v.days[0][0], v.site_id),
        )
    )


def best_fill(
    problem: Problem, calendar: Calendar, taken: dict[tuple[str, int], int] | None = None
) -> tuple[Visit, ...]:
    """The fill with the most people over a few orders of the new runs at one rate: the types
    with the fewest weekdays first (a type that may go on more days is kept for the days only
    it may), larger sites first or windows closing first; or windows closing first alone."""

    def weekdays(s: Site) -> int:
        return len(problem.site_type(s).weekdays)

    def last(s: Site) -> int:
        return calendar.allowed[s.site_id][-1]

    ranks: list[Callable[[Site], tuple[object, ...]]] = [
        lambda s: (weekdays(s), -s.people, s.site_id),
        lambda s: (weekdays(s), last(s), s.site_id),
        lambda s: (last(s), s.site_id),
    ]
    fills = [fill(problem, calendar, taken, rank) for rank in ranks]
    return max(fills, key=lambda vs: sum(v.people for v in vs))
