"""Re-planning after delays: from a plan and its filled Progress sheet to the problem still to
solve, the visits that must stay, and afterwards what moved and why.

Plain data in and out; the CLI reads the workbooks, calls `prepare`, the solver and `changes`.
"""

from __future__ import annotations

import dataclasses
from collections import defaultdict
from dataclasses import dataclass
from datetime import date

from scheduler.plan import LOST, PARTIAL, Change, Plan, ProgressRow, Visit, visits_of
from scheduler.problem import Problem, Site
from scheduler.workdays import Calendar, build_calendar

DEFAULT_FREEZE_DAYS = 3


class ReplanError(ValueError):
    """The re-plan cannot be made as asked (e.g. --today after the deadline)."""


@dataclass(frozen=True)
class Replan:
    """Everything one re-plan needs, before solving."""

    campaign: Problem  # the whole campaign, people as originally counted
    future: Problem  # from today, people still to record
    calendar: Calendar  # of `future`
    history: tuple[ProgressRow, ...]  # rows before today
    previous: tuple[Visit, ...]  # the previous plan's visits from today on
    keep: tuple[Visit, ...]  # visits on frozen days that stay
    frozen: frozenset[date]  # the announced days: nothing else changes on them
    dropped: dict[str, str]  # site id -> why its announced visit could not stay
    warnings: tuple[str, ...]
    version: int  # of the new plan
    known_sites: frozenset[str]  # site ids of the plan re-planned (to tell new sites apart)


def prepare(
    campaign: Problem,
    rows: tuple[ProgressRow, ...],
    today: date,
    freeze_days: int = DEFAULT_FREEZE_DAYS,
    version: int = 2,
    known_sites: frozenset[str] | None = None,
) -> Replan:
    """`campaign` is the plan's own inputs, or an updated workbook's (`--inputs`); then
    `known_sites` are the ids the plan had, so that new sites are named as such."""
    s = campaign.settings
    if today > s.deadline:
        raise ReplanError(f"--today {today} is after the deadline {s.deadline}: nothing to plan")
    warnings: list[str] = []
    history = tuple(r for r in rows if r.day < today)
    unreported = [r for r in history if r.recorded is None and r.status is None]
    if unreported:
        warnings.append(
            f"{len(unreported)} past kit-day(s) not reported (first {unreported[0].day}, "
            f"kit {unreported[0].kit_id} at {unreported[0].site_id}): taken as planned"
        )
    recorded: dict[str, int] = defaultdict(int)
    for r in history:
        recorded[r.site_id] += r.counted
        if r.recorded is not None and r.recorded > r.planned:
            warnings.append(
                f"{r.day} kit {r.kit_id} at {r.site_id}: {r.recorded} recorded, more than the "
                f"{r.planned} planned (accepted)"
            )
    sites = []
    for site in campaign.sites:
        left = max(0, site.people - recorded.get(site.site_id, 0))
        if recorded.get(site.site_id, 0) > site.people:
            warnings.append(
                f"site {site.site_id}: {recorded[site.site_id]} recorded of {site.people}; "
                "the site is done"
            )
        sites.append(dataclasses.replace(site, people=left))
    future = dataclasses.replace(
        campaign,
        settings=dataclasses.replace(s, start=max(today, s.start)),
        sites=tuple(sites),
    )
    cal = build_calendar(future)

    previous = visits_of(r for r in rows if r.day >= today)
    frozen = frozenset(cal.days[:freeze_days])
    keep, dropped = _keep(future, cal, previous, frozen)
    return Replan(
        campaign=campaign,
        future=future,
        calendar=cal,
        history=history,
        previous=previous,
        keep=keep,
        frozen=frozen,
        dropped=dropped,
        warnings=tuple(warnings),
        version=version,
        known_sites=known_sites if known_sites is not None else frozenset(by_id(campaign)),
    )


def by_id(problem: Problem) -> dict[str, Site]:
    return {s.site_id: s for s in problem.sites}


def _keep(
    future: Problem, cal: Calendar, previous: tuple[Visit, ...], frozen: frozenset[date]
) -> tuple[tuple[Visit, ...], dict[str, str]]:
    """The announced visits that may stay: on frozen days, still allowed by every rule, each
    site's kept days still one unbroken run. Where kits no longer suffice, lower-priority sites
    give way first."""
    index = {d: t for t, d in enumerate(cal.days)}
    by_id = {s.site_id: s for s in future.sites}
    dropped: dict[str, str] = {}
    candidates: list[tuple[Site, list[tuple[date, int]]]] = []
    for v in previous:
        site = by_id.get(v.site_id)
        days = [(d, k) for d, k in v.days if d in frozen]
        if not days:
            continue
        if site is None:
            dropped[v.site_id] = "site removed"
            continue
        if site.people == 0:
            dropped[v.site_id] = "everyone already recorded"
            continue
        rules = future.site_type(site)
        allowed = set(cal.allowed[site.site_id])
        ok: list[tuple[date, int]] = []
        for d, k in days:
            if d not in index or index[d] not in allowed:
                dropped[v.site_id] = _why_not(future, site, d)
                break
            if not rules.min_kits <= k <= rules.max_kits:
                dropped[v.site_id] = "its type's kit rule changed"
                break
            ok.append((d, k))
        if ok:
            candidates.append((site, ok))

    # Kits and per-type limits per day: higher priority keeps its visit first.
    free = {d: cal.free_kits[index[d]] for d in frozen if d in index}
    per_type: dict[tuple[str, date], int] = defaultdict(int)
    keep: list[Visit] = []
    for site, days in sorted(candidates, key=lambda c: (-c[0].priority, c[0].site_id)):
        rules = future.site_type(site)
        fits = all(free[d] >= k for d, k in days) and all(
            rules.max_sites_per_day is None or per_type[(site.type, d)] < rules.max_sites_per_day
            for d, _ in days
        )
        if not fits:
            dropped[site.site_id] = "kit out: not enough kits that day"
            continue
        for d, k in days:
            free[d] -= k
            per_type[(site.type, d)] += 1
        kit_days = sum(k for _, k in days)
        people = min(site.people, future.rate(site) * kit_days)
        keep.append(Visit(site.site_id, tuple(days), people))
    return tuple(keep), dropped


def _why_not(future: Problem, site: Site, day: date) -> str:
    if any(c.day == day for c in future.closures):
        return "closure: the office is closed that day"
    if day in site.closed:
        return "closure: the site is closed that day"
    if any(h.day == day for h in future.holidays):
        return "holiday"
    if (site.latest is not None and day > site.latest) or (site.earliest and day < site.earliest):
        return "the site's window changed"
    return "its type's weekdays changed"


def changes(replan: Replan, plan: Plan) -> tuple[Change, ...]:
    """Each site whose visit from today on differs from the previous plan, and why; those to
    notify first (the earliest affected day) at the top."""
    old = {v.site_id: v.days for v in replan.previous}
    new = {v.site_id: v.days for v in plan.visits}
    lost = {r.site_id for r in replan.history if r.status == LOST}
    partial = {r.site_id for r in replan.history if r.status == PARTIAL}
    campaign_ids = set(by_id(replan.campaign))
    out = []
    for site_id in sorted(set(old) | set(new)):
        before, after = old.get(site_id, ()), new.get(site_id, ())
        if before == after:
            continue
        if site_id not in campaign_ids:
            reason = "site removed"
        elif site_id not in replan.known_sites:
            reason = "new site"
        elif site_id in replan.dropped:
            reason = replan.dropped[site_id]
        elif site_id in lost:
            reason = "lost day"
        elif site_id in partial:
            reason = "shortfall: part of its people were not recorded"
        elif (why := _now_forbidden(replan, site_id, before)) is not None:
            reason = why
        elif _kit_out(replan, before):
            reason = "kit out"
        elif not before:
            reason = "more people to record"
        elif not after:
            reason = "no longer fits before the deadline"
        else:
            reason = "moved to make room for other changes"
        out.append(Change(site_id, before, after, reason))
    first = {c.site_id: min(d for d, _ in c.old_days + c.new_days) for c in out}
    return tuple(sorted(out, key=lambda c: (first[c.site_id], c.site_id)))


def _now_forbidden(replan: Replan, site_id: str, days: tuple[tuple[date, int], ...]) -> str | None:
    site = by_id(replan.future).get(site_id)
    if site is None:
        return None
    index = {d: t for t, d in enumerate(replan.calendar.days)}
    allowed = set(replan.calendar.allowed[site_id])
    for d, _ in days:
        if d not in index or index[d] not in allowed:
            return _why_not(replan.future, site, d)
    return None


def pinned_kits(
    rows: tuple[ProgressRow, ...], keep: tuple[Visit, ...]
) -> dict[tuple[date, str], tuple[str, ...]]:
    """The kit ids announced for each kept visit day."""
    kept = {(d, v.site_id) for v in keep for d, _ in v.days}
    out: dict[tuple[date, str], list[str]] = defaultdict(list)
    for r in rows:
        if (r.day, r.site_id) in kept:
            out[(r.day, r.site_id)].append(r.kit_id)
    return {key: tuple(kits) for key, kits in out.items()}


def _kit_out(replan: Replan, days: tuple[tuple[date, int], ...]) -> bool:
    """Whether, on one of these days, the previous plan sent more kits out in all than are
    free now."""
    index = {d: t for t, d in enumerate(replan.calendar.days)}
    sent: dict[date, int] = defaultdict(int)
    for v in replan.previous:
        for d, k in v.days:
            sent[d] += k
    return any(d in index and replan.calendar.free_kits[index[d]] < sent[d] for d, _ in days)
