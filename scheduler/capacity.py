"""The capacity picture, by arithmetic only: what the campaign needs against what the calendar
offers, and the earliest finish any plan could reach.

Fast (no solver), so `outreach check` can answer at once, and the solver can start its search for
the finish date from a bound that is exact whenever capacity is what binds.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from datetime import date

from scheduler.messages import Both, Msg, type_text
from scheduler.problem import Problem, Site
from scheduler.workdays import Calendar, allowed_days, build_calendar


@dataclass(frozen=True)
class TypeCapacity:
    """Need and supply for one site type, up to the deadline."""

    type: str
    sites: int
    people: int
    kit_days_needed: int
    kit_days_available: int  # free kit-days on the type's weekdays, within its per-day limits
    site_days_needed: int
    site_days_available: int  # visit slots on the type's weekdays, within max_sites_per_day


@dataclass(frozen=True)
class Capacity:
    types: tuple[TypeCapacity, ...]
    working_days: int  # hari kerja: Monday to Friday, less holidays and closures
    kit_days_needed: int
    # The kit-days the sites may take: free kits on the days their types are visited, within
    # each type's sites a day; the rest of the calendar's kit-days (a kelurahan's Thursday)
    # no site can use.
    kit_days_available: int
    earliest_finish: date | None  # None: no plan can fit everyone by the deadline
    binding: str  # what sets earliest_finish, in words
    sites_that_cannot_fit: tuple[str, ...]  # even alone, within their own allowed days
    finish_index: int  # earliest_finish as a count of working days; 0 with no one to record


def capacity(problem: Problem, calendar: Calendar | None = None) -> Capacity:
    cal = calendar or build_calendar(problem)
    n = len(cal.days)
    people_sites = [s for s in problem.sites if s.people > 0]

    # For each argument: the fewest working days by whose end it could be met (n + 1: never).
    reasons: list[tuple[int, str]] = []
    total_need = sum(problem.kit_days_needed(s) for s in people_sites)
    # Only days on which some site may be visited supply kit-days (not weekends, say).
    visiting_days = {t for s in people_sites for t in cal.allowed[s.site_id]}
    supply = [k if t in visiting_days else 0 for t, k in enumerate(cal.free_kits)]
    reasons.append((first_reaching(supply, total_need, n), Msg("binding.all_kits")))

    rows = []
    usable = [0] * n  # kit-days the sites' types may take, per day (all types together)
    for rules in problem.site_types:
        sites = [s for s in people_sites if s.type == rules.name]
        limit = rules.max_sites_per_day
        kit_supply = []
        slot_supply = []
        for t, day in enumerate(cal.days):
            free = cal.free_kits[t] if day.weekday() in rules.weekdays else 0
            slots = free // rules.min_kits
            if limit is not None:
                slots = min(slots, limit)
                free = min(free, limit * rules.max_kits)
            kit_supply.append(free)
            slot_supply.append(slots)
        if sites:
            usable = [u + k for u, k in zip(usable, kit_supply, strict=True)]
        kit_need = sum(problem.kit_days_needed(s) for s in sites)
        day_need = sum(problem.days_needed(s) for s in sites)
        kind = Both(id=type_text(rules.name, "id"), en=rules.name)
        if sites:
            reasons.append(
                (first_reaching(kit_supply, kit_need, n), Msg("binding.kit_days", type=kind))
            )
            reasons.append(
                (first_reaching(slot_supply, day_need, n), Msg("binding.visits", type=kind))
            )
        rows.append(
            TypeCapacity(
                rules.name,
                len(sites),
                sum(s.people for s in sites),
                kit_need,
                sum(kit_supply),
                day_need,
                sum(slot_supply),
            )
        )

    cannot = []
    for site in people_sites:
        end = earliest_alone(problem, cal, site)
        if end > n:
            cannot.append(site.site_id)
        reasons.append((end, Msg("binding.window", site=site.site_id)))

    finish, binding = max(reasons, default=(0, Msg("binding.nothing")))
    return Capacity(
        types=tuple(rows),
        working_days=len(cal.working_days),
        kit_days_needed=total_need,
        kit_days_available=sum(min(u, k) for u, k in zip(usable, cal.free_kits, strict=True)),
        earliest_finish=cal.days[finish - 1] if 0 < finish <= n else None,
        binding=binding,
        sites_that_cannot_fit=tuple(cannot),
        finish_index=finish,
    )


def first_reaching(supply: list[int] | tuple[int, ...], need: int, n: int) -> int:
    """The fewest days from the first whose `supply` covers `need`; `n` + 1 when none do."""
    if need <= 0:
        return 0
    total = 0
    for t, x in enumerate(supply):
        total += x
        if total >= need:
            return t + 1
    return n + 1


def _runs(problem: Problem, cal: Calendar, site: Site) -> list[list[tuple[int, int]]]:
    """The site's unbroken runs of allowed days that have kits for it, each day with the most
    people the site could record on it alone."""
    rules = problem.site_type(site)
    rate = problem.rate(site)
    runs: list[list[tuple[int, int]]] = [[]]
    for t in cal.allowed[site.site_id]:
        if cal.free_kits[t] < rules.min_kits:
            runs.append([])  # a day with too few kits breaks the run
        else:
            runs[-1].append((t, min(rules.max_kits, cal.free_kits[t]) * rate))
    return [run for run in runs if run]


def earliest_alone(problem: Problem, cal: Calendar, site: Site) -> int:
    """The fewest working days by whose end this site alone could be fully recorded."""
    for run in _runs(problem, cal, site):
        people = 0
        for t, most in run:
            people += most
            if people >= site.people:
                return t + 1
    return len(cal.days) + 1


def most_people_alone(problem: Problem, cal: Calendar, site: Site) -> int:
    """The most people one unbroken run of the site's allowed days could record, alone."""
    best = max((sum(most for _, most in run) for run in _runs(problem, cal, site)), default=0)
    return min(best, site.people)


# Why a site is not fully planned, in office terms (labels.shortfall_text words them).
CAPACITY, KITS, WINDOW, TYPE_DAYS, NO_DAY = "capacity", "kits", "window", "type_days", "no_day"
# Of a plan, not of the site alone (`solver.build`): kits are free on its days, but
# only where its type's visits a day are all taken.
TYPE_LIMIT = "type_limit"


def shortfall_reason(problem: Problem, cal: Calendar, site: Site) -> tuple[str, int]:
    """The reason a site is not fully planned, and the most people it could have alone.

    Tried in order, each by arithmetic on the site alone: could it fit if no other site took
    kit-days (then the kit-days before the deadline are short); with every kit free on its days
    (then kits out or on duties are short); with no window of its own (then its window is too
    short); otherwise its type's weekdays leave too few days before the deadline.
    """
    if not cal.allowed[site.site_id]:
        return NO_DAY, 0
    alone = most_people_alone(problem, cal, site)
    if alone >= site.people:
        return CAPACITY, alone
    rules = problem.site_type(site)
    per_day = rules.max_kits * problem.rate(site)
    if len(cal.allowed[site.site_id]) * per_day >= site.people:
        return KITS, alone
    if site.earliest is not None or site.latest is not None:
        unbounded = dataclasses.replace(site, earliest=None, latest=None)
        if len(allowed_days(problem, unbounded, cal.days)) * per_day >= site.people:
            return WINDOW, alone
    return TYPE_DAYS, alone
