"""From recording to cards in hand: the print queue and the blank-card stock.

A record taken at a school on day d is ready to print from the office's next working day
(Monday to Friday, not a holiday or closure). Each working day the office prints up to its
capacity (more on overtime days) and never more than the blanks on hand; what waits is
printed by class in the office's order (damaged or lost cards first, then the campaign's
first-time voters, then changes that may wait), first come first served within a class. The
counter adds its daily demand; deliveries add blanks on their day. Whoever is waiting at the
end of a day on which the blanks ran out gets a temporary certificate (surat keterangan),
once.

Plain arithmetic, deterministic: a projection of a 400-site season takes milliseconds, so
the smallest fix (more blanks by which day, or overtime from which day) is found by search.
"""

from __future__ import annotations

import bisect
import dataclasses
from collections import defaultdict, deque
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta

import numpy as np

from scheduler.cards import Held, held_cards
from scheduler.plan import (
    BLANKS,
    OVERTIME,
    Arrival,
    KitDay,
    Plan,
    PrintDay,
    PrintFix,
    ProgressRow,
    Projection,
)
from scheduler.problem import CAMPAIGN, Printing, Problem
from scheduler.workdays import national_holidays

__all__ = [
    "BLANKS", "HORIZON", "OVERTIME", "Arrival", "PrintDay", "PrintFix", "Projection",
    "arrivals_after", "arrivals_of", "cards_ready_runs", "find_print_fixes", "plan_arrivals",
    "print_days", "project",
]  # fmt: skip

HORIZON = timedelta(days=365)  # projected this far past the target, for late dates


@dataclass
class _Cohort:
    """People who joined a class's queue together (a site's day, a day's counter requests)."""

    count: int
    site: str = ""  # campaign cohorts: the site, for its "cards ready" day
    certified: bool = False  # a temporary certificate was issued to them


def print_days(
    problem: Problem, first: date, last: date, printing: Printing | None = None
) -> list[date]:
    """The office's printing days from `first` to `last`: Monday to Friday, not a national
    holiday or cuti bersama, not an office closure; and any overtime day (a Saturday worked
    to clear the queue)."""
    s = problem.settings
    holidays = {h.day for h in national_holidays(s.holidays, first, last)}
    holidays |= {h.day for h in problem.holidays}
    closed = {c.day for c in problem.closures}
    out, day = [], first
    while day <= last:
        working = day.weekday() < 5 and day not in holidays and day not in closed
        if working or (printing is not None and printing.is_overtime(day)):
            out.append(day)
        day += timedelta(days=1)
    return out


def project(
    problem: Problem, arrivals: Iterable[Arrival], start: date, printing: Printing | None = None
) -> Projection:
    """The print queue day by day from `start` (the campaign's start, or a re-plan's today)
    under the problem's printing inputs (or `printing`, for a what-if)."""
    p = printing or problem.printing
    assert p is not None, "project() needs printing inputs"
    target = p.target or problem.settings.deadline
    arrivals = sorted((a for a in arrivals if a.people > 0), key=lambda a: (a.day, a.site_id))
    last_arrival = max((a.day for a in arrivals), default=start)
    days = print_days(problem, start, max(target, last_arrival) + HORIZON, p)
    ready_on = _ready_on(problem, arrivals, days)
    deliveries = _deliveries(p, days)
    order = {name: rank for rank, name in enumerate(p.classes)}
    queues: list[deque[_Cohort]] = [deque() for _ in p.classes]
    campaign = order[CAMPAIGN]
    for name, count in p.backlog:
        if count:
            queues[order[name]].append(_Cohort(count))
    left_at: dict[str, int] = defaultdict(int)
    for a in arrivals:
        left_at[a.site_id] += a.people
    campaign_total = sum(left_at.values())
    ready: dict[str, date | None] = dict.fromkeys(left_at)
    stock = p.stock
    printed_campaign_total = 0
    out: list[PrintDay] = []
    campaign_done: date | None = None if campaign_total else start
    for i, day in enumerate(days):
        arrived = 0
        for a in ready_on.get(i, ()):
            queues[campaign].append(_Cohort(a.people, a.site_id))
            arrived += a.people
        for name, count in p.counter:
            if count:
                queues[order[name]].append(_Cohort(count))
                arrived += count
        delivered = deliveries.get(i, 0)
        if stock is not None:
            stock += delivered
        overtime = p.is_overtime(day)
        capacity = p.overtime_rate if overtime and p.overtime_rate else p.rate
        budget = capacity if stock is None else min(capacity, stock)
        printed, printed_here = _print(queues, campaign, budget, left_at, ready, day)
        if stock is not None:
            stock -= printed
        printed_campaign_total += printed_here
        waiting = sum(c.count for q in queues for c in q)
        issued, issued_campaign = _certify(queues, campaign) if stock == 0 and waiting else (0, 0)
        out.append(
            PrintDay(
                day, arrived, printed, printed_here, waiting,
                sum(c.count for c in queues[campaign]), stock, delivered, overtime, issued,
                issued_campaign,
            )
        )  # fmt: skip
        if campaign_done is None and printed_campaign_total == campaign_total:
            campaign_done = day
        if campaign_done is not None and day >= target:
            break
    # What is shown and counted: up to the target, or to the campaign's last card if later
    # (the counter's certificates a year on say nothing about this campaign).
    end = max(target, campaign_done or target)
    shown = tuple(d for d in out if d.day <= end)
    return Projection(
        days=shown,
        ready=tuple(sorted(ready.items())),
        campaign_done=campaign_done,
        stock_out=next((d.day for d in shown if d.stock == 0 and d.queue), None),
        certificates=sum(d.certificates for d in shown),
        certificates_campaign=sum(d.certificates_campaign for d in shown),
        target=target,
    )


def _ready_on(
    problem: Problem, arrivals: list[Arrival], days: list[date]
) -> dict[int, list[Arrival]]:
    """The arrivals by the index of the print day they are ready from: the next working day
    after the record was taken; the card of someone not yet 17, the 17th birthday
    (scheduler/cards.py)."""
    ready_on: dict[int, list[Arrival]] = defaultdict(list)
    for a, until in _with_birthdays(problem, arrivals):
        i = bisect.bisect_right(days, a.day)
        if until is not None:
            i = max(i, bisect.bisect_left(days, until))
        if i < len(days):
            ready_on[i].append(a)
    return ready_on


def _print(
    queues: list[deque[_Cohort]],
    campaign: int,
    budget: int,
    left_at: dict[str, int],
    ready: dict[str, date | None],
    day: date,
) -> tuple[int, int]:
    """One day's printing, up to `budget` cards, class by class in the office's order and
    first come first served within one; a campaign site whose last card is printed is ready
    on `day`. Returns the cards printed, and of them the campaign's."""
    printed = printed_here = 0
    for rank, queue in enumerate(queues):
        while budget and queue:
            cohort = queue[0]
            take = min(budget, cohort.count)
            cohort.count -= take
            budget -= take
            printed += take
            if rank == campaign:
                printed_here += take
                site = cohort.site
                left_at[site] -= take
                if left_at[site] == 0:
                    ready[site] = day
            if cohort.count == 0:
                queue.popleft()
    return printed, printed_here


def _certify(queues: list[deque[_Cohort]], campaign: int) -> tuple[int, int]:
    """The blanks ran out with people waiting: each waiting cohort not yet given a temporary
    certificate gets one. Returns how many were issued, and of them to the campaign's."""
    issued = issued_campaign = 0
    for rank, queue in enumerate(queues):
        for cohort in queue:
            if not cohort.certified:
                cohort.certified = True
                issued += cohort.count
                if rank == campaign:
                    issued_campaign += cohort.count
    return issued, issued_campaign


def _with_birthdays(problem: Problem, arrivals: list[Arrival]) -> list[tuple[Arrival, date | None]]:
    """The arrivals, with the cards that wait for a 17th birthday split off and dated."""
    held = held_cards(problem, arrivals)
    if not held:
        return [(a, None) for a in arrivals]
    waiting: dict[tuple[date, str], int] = defaultdict(int)
    for h in held:
        waiting[(h.day, h.site_id)] += h.people
    out: list[tuple[Arrival, date | None]] = []
    for a in arrivals:
        rest = a.people - waiting.get((a.day, a.site_id), 0)
        if rest:
            out.append((Arrival(a.day, a.site_id, rest), None))
    out += [(Arrival(h.day, h.site_id, h.people), h.until) for h in held]
    return out


def _deliveries(p: Printing, days: list[date]) -> dict[int, int]:
    """Blanks arriving, by the index of the first print day on or after their day."""
    out: dict[int, int] = defaultdict(int)
    for day, count in p.deliveries:
        i = bisect.bisect_left(days, day)
        if i < len(days):
            out[i] += count
    return out


def find_print_fixes(
    problem: Problem, arrivals: tuple[Arrival, ...], start: date
) -> tuple[PrintFix, ...]:
    """The smallest changes that have every campaign card printed by the target, each found
    by search over projections: the fewest extra blanks (delivered on the first print day),
    then the latest day they may arrive; and, when an overtime rate is given, the fewest
    overtime days (the working days just before the target). () when the target is met."""
    p = problem.printing
    assert p is not None
    if project(problem, arrivals, start).on_time:
        return ()
    target = p.target or problem.settings.deadline
    days = [d for d in print_days(problem, start, target)]
    if not days:
        return ()
    fixes: list[PrintFix] = []

    def works(printing: Printing) -> bool:
        return project(problem, arrivals, start, printing).on_time

    if p.stock is not None:
        waiting = sum(n for _, n in p.backlog) + sum(n for _, n in p.counter) * len(days)
        most = sum(a.people for a in arrivals) + waiting + 1  # every card to print by then
        more = dataclasses.replace(p, deliveries=(*p.deliveries, (days[0], most)))
        if works(more):
            low, high = 1, most  # the fewest blanks, delivered on the first day
            while low < high:
                mid = (low + high) // 2
                trial = dataclasses.replace(p, deliveries=(*p.deliveries, (days[0], mid)))
                low, high = (low, mid) if works(trial) else (mid + 1, high)
            n = low
            first, last = 0, len(days) - 1  # the latest day they may arrive
            while first < last:
                mid = (first + last + 1) // 2
                trial = dataclasses.replace(p, deliveries=(*p.deliveries, (days[mid], n)))
                first, last = (mid, last) if works(trial) else (first, mid - 1)
            fixes.append(PrintFix(BLANKS, n, days[first]))
    if p.overtime_rate and p.overtime_rate > p.rate:

        def overtime_from(i: int) -> Printing:
            return dataclasses.replace(p, overtime_days=p.overtime_days | frozenset(days[i:]))

        if works(overtime_from(0)):
            first, last = 0, len(days) - 1  # the latest first day: the fewest overtime days
            while first < last:
                mid = (first + last + 1) // 2
                first, last = (mid, last) if works(overtime_from(mid)) else (first, mid - 1)
            fixes.append(PrintFix(OVERTIME, len(days) - first, days[first]))
    return tuple(fixes)


def arrivals_of(kit_days: Iterable[tuple[date, str, int]]) -> tuple[Arrival, ...]:
    """(day, site id, people) of each kit-day recorded or planned, as print arrivals."""
    per: dict[tuple[date, str], int] = defaultdict(int)
    for day, site_id, people in kit_days:
        per[(day, site_id)] += people
    return tuple(Arrival(d, s, n) for (d, s), n in sorted(per.items()) if n > 0)


def plan_arrivals(plan: Plan) -> tuple[Arrival, ...]:
    """What a plan sends to the print queue: what was recorded, then what is planned."""
    return arrivals_after(plan.history, plan.kit_days)


def arrivals_after(
    history: Iterable[ProgressRow], kit_days: Iterable[KitDay]
) -> tuple[Arrival, ...]:
    """The print arrivals of what was recorded (`history`), then of what is planned."""
    return arrivals_of(
        [(r.day, r.site_id, r.counted) for r in history]
        + [(kd.day, kd.site_id, kd.people) for kd in kit_days]
    )


def cards_ready_runs(
    problem: Problem,
    days: tuple[date, ...],
    recorded: np.ndarray,
    history: tuple[Arrival, ...] = (),
    held: tuple[Held, ...] = (),
) -> tuple[np.ndarray, list[date]]:
    """For each replayed run (`recorded`: runs x `days`, the people recorded each day), the
    print day on which its last campaign card is printed (an index into the print days
    returned; -1: not within the horizon). The same queue as `project`, for every run at
    once as arrays: the other classes' backlog and counter are the same in every run, so
    only the campaign's arrivals differ."""
    p = problem.printing
    assert p is not None
    runs = recorded.shape[0]
    start = problem.settings.start
    target = p.target or problem.settings.deadline
    pdays = print_days(problem, start, max(target, days[-1] if days else target) + HORIZON, p)
    n = len(pdays)
    arrivals = np.zeros((runs, n), dtype=np.int64)
    for t, day in enumerate(days):
        i = bisect.bisect_right(pdays, day)
        if i < n and t < recorded.shape[1]:
            arrivals[:, i] += recorded[:, t]
    for a in history:
        i = bisect.bisect_right(pdays, a.day)
        if i < n:
            arrivals[:, i] += a.people
    for h in held:  # cards that wait for a 17th birthday, in every run that recorded them
        i, j = bisect.bisect_right(pdays, h.day), bisect.bisect_left(pdays, h.until)
        if i < n and j > i:
            moved = np.minimum(arrivals[:, i], h.people)
            arrivals[:, i] -= moved
            if j < n:
                arrivals[:, j] += moved
    total = arrivals.sum(axis=1)
    arrived = np.cumsum(arrivals, axis=1)
    order = {name: rank for rank, name in enumerate(p.classes)}
    campaign = order[CAMPAIGN]
    queues = np.zeros((runs, len(p.classes)), dtype=np.int64)
    for name, count in p.backlog:
        queues[:, order[name]] += count
    deliveries = _deliveries(p, pdays)
    stock = None if p.stock is None else np.full(runs, p.stock, dtype=np.int64)
    printed = np.zeros(runs, dtype=np.int64)
    done = np.where(total == 0, 0, -1)
    for i, day in enumerate(pdays):
        queues[:, campaign] += arrivals[:, i]
        for name, count in p.counter:
            queues[:, order[name]] += count
        capacity = p.overtime_rate if p.is_overtime(day) and p.overtime_rate else p.rate
        if stock is not None:
            stock += deliveries.get(i, 0)
            budget = np.minimum(capacity, stock)
        else:
            budget = np.full(runs, capacity, dtype=np.int64)
        for rank in range(len(p.classes)):
            take = np.minimum(queues[:, rank], budget)
            queues[:, rank] -= take
            budget -= take
            if stock is not None:
                stock -= take
            if rank == campaign:
                printed += take
        finished = (done < 0) & (printed == total) & (arrived[:, i] == total)
        done[finished] = i
        if (done >= 0).all() and day >= target:
            break
    return done, pdays
