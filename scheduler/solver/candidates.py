"""The previous plan as the first candidate of a re-plan: what of it still fits, kept as it
is, with only the sites that had to move planned anew; wider openings only where those
cannot all be planned around the kept visits."""

from __future__ import annotations

from collections import defaultdict
from datetime import date

from scheduler.greedy import best_greedy
from scheduler.plan import Visit
from scheduler.problem import Problem, Site
from scheduler.solver.effort import Clock
from scheduler.solver.grid import DayGrid
from scheduler.solver.promises import change_weight
from scheduler.solver.residual import Residual, merge_visits, residual_of, standing
from scheduler.solver.search import ProgressFn, Search
from scheduler.solver.stages import later_stages, people_stage
from scheduler.solver.standing import holds
from scheduler.workdays import Calendar


def replan_search(
    problem: Problem,
    cal: Calendar,
    base: Residual,
    clock: Clock,
    progress: ProgressFn | None,
    kept: tuple[Visit, ...],
    closed: frozenset[date],
    previous: tuple[Visit, ...],
    promised: frozenset[str] = frozenset(),
) -> Search:
    """The previous plan is the first candidate: its visits that still fit are kept, and
    only the sites that must move are solved (a small model). Only when they cannot all be
    planned around the others is every visit after the announced days opened again.
    `kept`: the announced visits; `closed`: the announced days; `previous`: the previous
    plan's visits after them; `promised`: every site the previous plan visits from today on."""
    kept_previous, displaced = split_previous(base, previous)
    small = reopened(problem, cal, kept, closed, kept_previous, ())
    hint = merge_visits(small.kept, best_greedy(small.problem, small.calendar, small.taken))
    clock.first = (small, hint)
    floor = stability_floor(base, previous)
    search = Search(DayGrid(small), clock, progress, hint, local=bool(displaced), shares=1.2)
    people = people_stage(search)
    opened = displaced
    if people.value < problem.people:
        # Some site must give way: first only the visits that compete with the sites left
        # out (same type, inside their windows), then, if still short, every visit.
        near = competing(problem, cal, search.best, kept_previous)
        if near:
            medium = reopened(problem, cal, kept, closed, kept_previous, near)
            # A sweep of the opened visits around the kept ones moves only those: often it
            # fits everyone where the small model's plan did not.
            swept = merge_visits(medium.kept, best_greedy(medium.problem, medium.calendar,
                                                           medium.taken))  # fmt: skip
            start = max((search.best, swept), key=lambda v: sum(x.people for x in v))
            wider = Search(DayGrid(medium), clock, progress, start, local=True, shares=1.2)
            search.hand_over(wider)
            if people_stage(wider).value > people.value:
                search, opened = wider, displaced + near
            else:
                wider.hand_over(search)  # what it spent is spent
    order_first = False  # the classes' order before stability (only where it was in the way)
    # Only the visits still kept: those `competing` opened stay open (re-kept, the plan in
    # hand would no longer be a plan of the model).
    open_ids = {v.site_id for v in opened}
    still_kept = tuple(v for v in kept_previous if v.site_id not in open_ids)
    behind = in_the_way(problem, search.best, still_kept,
                        {sv.site.site_id for sv in search.mm.sites})  # fmt: skip
    if behind and sum(v.people for v in search.best) == problem.people:
        # The classes' order: the lower-priority visits that now come before a displaced
        # higher-priority site are opened too, so that it can go first (`classes`).
        medium = reopened(problem, cal, kept, closed, kept_previous, opened + behind)
        wider = Search(DayGrid(medium), clock, progress, search.best, local=True, shares=1.2)
        search.hand_over(wider)
        if people_stage(wider).value >= people.value:
            search, opened, order_first = wider, opened + behind, True
        else:
            wider.hand_over(search)
    if sum(v.people for v in search.best) < problem.people:
        # A sweep of all the remaining work may fit everyone by moving others. Every
        # previous visit opened, on the same days as the searches before (the announced
        # days' idle kits too: `base` shuts them, and the plan in hand may use one).
        widest = reopened(problem, cal, kept, closed, kept_previous, kept_previous)
        sweep = merge_visits(widest.kept, best_greedy(widest.problem, widest.calendar,
                                                      widest.taken))  # fmt: skip
        start = max((search.best, sweep), key=lambda v: sum(x.people for x in v))
        wider = Search(DayGrid(widest), clock, progress, start, shares=1.2)
        search.hand_over(wider)
        search, opened = wider, previous
        people_stage(search)
    search.mm.stability = search.mm.add_stability(opened, promised)
    later_stages(search, replanning=True, stability_floor=floor, order_first=order_first)
    return search


def reopened(
    problem: Problem,
    cal: Calendar,
    kept: tuple[Visit, ...],
    closed: frozenset[date],
    kept_previous: tuple[Visit, ...],
    opened: tuple[Visit, ...],
) -> Residual:
    """What is left to plan with the `opened` previous visits planned anew and the rest of
    `kept_previous` kept as they are (short or not). Every site planned anew may take a kit
    the announced visits leave free (idle else)."""
    ids = {v.site_id for v in opened}
    rest = tuple(v for v in kept_previous if v.site_id not in ids)
    moving = frozenset(s.site_id for s in problem.sites)
    return standing(residual_of(problem, cal, kept + rest, closed, moving), rest)


def in_the_way(
    problem: Problem, plan: tuple[Visit, ...], kept: tuple[Visit, ...], moving: set[str]
) -> tuple[Visit, ...]:
    """The kept previous visits of a lower priority than some site being planned anew
    (`moving`) that start before that site's visit ends in `plan`: the ones in the way of
    the classes' order."""
    priority = {s.site_id: s.priority for s in problem.sites}
    ends = {v.site_id: v.days[-1][0] for v in plan if v.days}
    moved = [(priority[s], ends[s]) for s in moving if s in ends and s in priority]
    return tuple(
        v
        for v in kept
        if v.site_id in priority
        and any(priority[v.site_id] < p and v.days[0][0] < end for p, end in moved)
    )


def competing(
    problem: Problem, cal: Calendar, plan: tuple[Visit, ...], kept: tuple[Visit, ...]
) -> tuple[Visit, ...]:
    """The kept previous visits that compete with the sites `plan` leaves short: of their
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
        for v in kept
        if (span := spans.get(type_of[v.site_id])) is not None
        and any(span[0] <= d <= span[1] for d, _ in v.days)
    )


def split_previous(
    base: Residual, previous: tuple[Visit, ...]
) -> tuple[tuple[Visit, ...], tuple[Visit, ...]]:
    """The previous visits that still fit as they are (kept), and those displaced: each must keep
    its site's rules and be one run of its allowed days; where kits or per-type visits no
    longer suffice on a day, the visits announced soonest keep their days."""
    cal, problem = base.calendar, base.problem
    site = {s.site_id: s for s in problem.sites}
    free = list(cal.free_kits)
    taken = dict(base.taken)
    kept: list[Visit] = []
    displaced: list[Visit] = []

    def soonest(v: Visit) -> tuple[date, int, str]:
        s = site.get(v.site_id)
        return (v.days[0][0], -(s.priority if s else 0), v.site_id)

    for v in sorted(previous, key=soonest):
        s = site.get(v.site_id)
        if s is None or s.people == 0:
            continue
        days = [cal.index(d) if d in cal.days else None for d, _ in v.days]
        if not still_fits(problem, base, s, v, days, free, taken):
            displaced.append(v)
            continue
        for (_, k), t in zip(v.days, days, strict=True):
            assert t is not None
            free[t] -= k
            taken[(s.type, t)] = taken.get((s.type, t), 0) + 1
        kept.append(v)
    return tuple(kept), tuple(displaced)


def still_fits(
    problem: Problem,
    base: Residual,
    site: Site,
    visit: Visit,
    days: list[int | None],
    free: list[int],
    taken: dict[tuple[str, int], int],
) -> bool:
    """Whether a visit keeps every rule on the kits and visits still free."""
    rules = problem.site_type(site)
    allowed = base.calendar.allowed[site.site_id]
    if any(t is None for t in days) or visit.people < min(site.people, holds(problem, site, visit)):
        return False  # it no longer records what its days hold
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


def stability_floor(base: Residual, previous: tuple[Visit, ...]) -> int:
    """A bound on the stability stage that holds for every plan: the weight of each previous
    visit that can no longer happen as it was (its change is forced), plus, for the day most
    over-subscribed by the others, the lightest visit on that day (one of them must move)."""
    cal, problem = base.calendar, base.problem
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
        days = [cal.index(d) if d in cal.days else None for d, _ in v.days]
        weight = change_weight(n, min((t for t in days if t is not None), default=0))
        # The visit alone, on every kit free: if it no longer fits, its change is forced.
        if not still_fits(problem, base, s, v, days, list(cal.free_kits), dict(base.taken)):
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
