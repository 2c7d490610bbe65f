"""Re-planning after delays: from a plan and its filled Progress sheet to the problem still to
solve, the visits that stay, the previous plan as the first candidate, and afterwards what
moved and why.

Plain data in and out; the CLI reads the workbooks, calls `prepare`, the solver and `changes`.

What a re-plan promises (README, `outreach replan`):
- the announced days bend, they do not break: a site keeps the announced days its remaining
  people still need (earliest first) and the others are freed, never making the plan
  impossible; what the kept days do not cover gets a run of its own after them;
- the previous plan is always a candidate: its visits after the announced days, trimmed to
  the people each site still has, stay unless a rule or the kits no longer allow them;
- Progress rows that cannot be true are caught with their row (`progress_audit.audit`).
"""

from __future__ import annotations

import dataclasses
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date

from scheduler.errors import WorkbookError
from scheduler.messages import Msg
from scheduler.plan import LOST, PARTIAL, Change, ClassMove, Plan, ProgressRow, Visit, visits_of
from scheduler.problem import Problem, Site
from scheduler.progress_audit import audit
from scheduler.solver.entry import Replanning
from scheduler.workdays import Calendar, build_calendar

DEFAULT_FREEZE_DAYS = 3

# Why a site's visit changed: keys of the catalogue's `reason.*` (labels.reason_text words them).
LOST_DAY = "lost_day"
PARTIAL_DAY = "partial_day"
FEWER = "fewer"
MORE = "more"
DONE_ALREADY = "done_already"
KIT_OUT = "kit_out"
ROOM = "room"
PRIORITY_FIRST = "priority_first"
NEW_SITE = "new_site"
REMOVED = "removed"
MORE_PEOPLE = "more_people"
NOT_PLANNED = "not_planned"
MORE_FIT = "more_fit"  # a site the previous plan left short: more of its people fit now
NO_LONGER_FITS = "no_longer_fits"
# Why a site may no longer be visited on a day it was planned for (`why_not`).
OFFICE_CLOSED = "office_closed"
SITE_CLOSED = "site_closed"
HOLIDAY = "holiday"
WINDOW_CHANGED = "window_changed"
AFTER_DEADLINE = "after_deadline"
NOT_TYPE_DAY = "not_type_day"
WEEKDAYS_CHANGED = "weekdays_changed"
KIT_RULE_CHANGED = "kit_rule_changed"

# Why a changed visit's new days are where they are: keys of the catalogue's `placed.*`.
PLACED_FIRST = "first"
PLACED_ROOM = "room"
PLACED_WINDOW = "window"
PLACED_KEEP = "keep"
PLACED_ANNOUNCED = "announced"


class ReplanError(ValueError):
    """The re-plan cannot be made as asked (e.g. --today after the deadline)."""


@dataclass(frozen=True)
class Replan:
    """Everything one re-plan needs, before solving."""

    campaign: Problem  # the whole campaign, people as originally counted
    future: Problem  # from today, people still to record
    calendar: Calendar  # of `future`
    history: tuple[ProgressRow, ...]  # rows before today
    previous: tuple[Visit, ...]  # the previous plan's visits from today on, as they were
    keep: tuple[Visit, ...]  # announced visits that stay (the days still needed)
    candidate: tuple[Visit, ...]  # previous visits after the announced days that may stay
    frozen: frozenset[date]  # the announced days: kept visits, and idle kits for sites moving
    forced: dict[str, str]  # site id -> why its previous visit could not stay as it was
    freed: dict[str, tuple[date, ...]]  # site id -> its days no longer needed
    warnings: tuple[str, ...]
    version: int  # of the new plan
    known_sites: frozenset[str]  # site ids of the plan re-planned (to tell new sites apart)
    cause: dict[str, str] = field(default_factory=dict)  # site id -> what its history says
    previous_kits: dict[str, tuple[str, ...]] = field(default_factory=dict)  # kit ids, by site

    @property
    def promised(self) -> frozenset[str]:
        """The sites the previous plan visits from today on (each one told its days)."""
        return frozenset(v.site_id for v in self.previous)

    def replanning(self, rows: tuple[ProgressRow, ...]) -> Replanning:
        """What the solver keeps and weighs of the previous plan, the kit ids announced in
        the plan's Progress `rows` staying with the visits they were announced for."""
        return Replanning(self.keep, self.frozen, self.candidate, pinned_kits(rows, self.keep),
                          self.promised)  # fmt: skip


def prepare(
    campaign: Problem,
    rows: tuple[ProgressRow, ...],
    today: date,
    freeze_days: int = DEFAULT_FREEZE_DAYS,
    version: int = 2,
    known_sites: frozenset[str] | None = None,
    sheet: str = "Progress",
    headers: dict[str, str] | None = None,
) -> Replan:
    """`campaign` is the plan's own inputs, or an updated workbook's (`--inputs`); then
    `known_sites` are the ids the plan had, so that new sites are named as such.

    Raises WorkbookError for Progress rows that cannot be true, ReplanError for a --today
    that leaves nothing to plan."""
    s = campaign.settings
    if today > s.deadline:
        raise ReplanError(Msg("replan.after_deadline", today=today, deadline=s.deadline))
    errors, warnings = audit(campaign, rows, today, sheet, headers)
    if errors:
        raise WorkbookError(sheet, errors)
    history = tuple(r for r in rows if r.day < today)
    unreported = [r for r in history if r.recorded is None and r.status is None]
    if unreported:
        first = unreported[0]
        warnings.insert(
            0,
            Msg(
                "audit.unreported",
                n=len(unreported),
                day=first.day,
                kit=first.kit_id,
                site=first.site_id,
            ),
        )
    recorded: dict[str, int] = defaultdict(int)
    for r in history:
        recorded[r.site_id] += r.counted
    sites = tuple(
        dataclasses.replace(site, people=max(0, site.people - recorded.get(site.site_id, 0)))
        for site in campaign.sites
    )
    future = dataclasses.replace(
        campaign, settings=dataclasses.replace(s, start=max(today, s.start)), sites=sites
    )
    cal = build_calendar(future)
    previous = visits_of(r for r in rows if r.day >= today)
    kits_of: dict[str, list[str]] = defaultdict(list)
    # The kits of its visit from today on, and every kit at it on a lost or partial day (a
    # day two kits worked, reported on one row, is still the day of both).
    cut = {(r.site_id, r.day) for r in rows if r.day < today and r.status in (LOST, PARTIAL)}
    for r in rows:
        if (r.day >= today or (r.site_id, r.day) in cut) and r.kit_id not in kits_of[r.site_id]:
            kits_of[r.site_id].append(r.kit_id)
    frozen = _announced(cal, freeze_days)
    cause = _causes(history)
    keep, forced, freed = _keep(future, cal, previous, frozen, cause)
    candidate = _candidates(future, cal, previous, frozen, keep, forced, freed, cause)
    return Replan(
        campaign=campaign,
        future=future,
        calendar=cal,
        history=history,
        previous=previous,
        keep=keep,
        candidate=candidate,
        frozen=frozen,
        forced=forced,
        freed=freed,
        warnings=tuple(warnings),
        version=version,
        known_sites=known_sites if known_sites is not None else frozenset(by_id(campaign)),
        cause=cause,
        previous_kits={site: tuple(kits) for site, kits in kits_of.items()},
    )


def _announced(cal: Calendar, working_days: int) -> frozenset[date]:
    """The next `working_days` working days (Monday to Friday, not a holiday or closure) from
    today, and any weekend day among them (a Sunday service is announced too)."""
    working = cal.working_days
    if working_days <= 0:
        return frozenset()
    if working_days > len(working):
        return frozenset(cal.days)
    return frozenset(d for d in cal.days if d <= working[working_days - 1])


def by_id(problem: Problem) -> dict[str, Site]:
    return {s.site_id: s for s in problem.sites}


def _causes(history: tuple[ProgressRow, ...]) -> dict[str, str]:
    """What the reports say happened at each site: a lost day, a partial day, fewer or more
    recorded than planned (the first that applies)."""
    planned: dict[str, int] = defaultdict(int)
    counted: dict[str, int] = defaultdict(int)
    statuses: dict[str, set[str | None]] = defaultdict(set)
    for r in history:
        planned[r.site_id] += r.planned
        counted[r.site_id] += r.counted
        statuses[r.site_id].add(r.status)
    out = {}
    for site_id in planned:
        if LOST in statuses[site_id]:
            out[site_id] = LOST_DAY
        elif PARTIAL in statuses[site_id]:
            out[site_id] = PARTIAL_DAY
        elif counted[site_id] < planned[site_id]:
            out[site_id] = FEWER
        elif counted[site_id] > planned[site_id]:
            out[site_id] = MORE
    return out


def _needed(
    future: Problem, site: Site, days: list[tuple[date, int]], people: int
) -> list[tuple[date, int]]:
    """The earliest of `days` that still have people to record, `people` in all."""
    rate, out, covered = future.rate(site), [], 0
    for d, k in days:
        if covered >= people:
            break
        out.append((d, k))
        covered += rate * k
    return out


def _allowed(cal: Calendar, site: Site) -> set[date]:
    return {cal.days[t] for t in cal.allowed[site.site_id]}


def _keep(
    future: Problem,
    cal: Calendar,
    previous: tuple[Visit, ...],
    frozen: frozenset[date],
    cause: dict[str, str],
) -> tuple[tuple[Visit, ...], dict[str, str], dict[str, tuple[date, ...]]]:
    """The announced visits that stay: on frozen days, still allowed by every rule, each site's
    kept days the earliest its remaining people need (the others are freed: they would record
    nobody). Where kits no longer suffice, lower-priority sites give way first."""
    sites = by_id(future)
    forced: dict[str, str] = {}
    freed: dict[str, tuple[date, ...]] = {}
    candidates: list[tuple[Site, list[tuple[date, int]]]] = []
    for v in previous:
        site = sites.get(v.site_id)
        days = [(d, k) for d, k in v.days if d in frozen]
        if not days:
            continue
        if site is None:
            forced[v.site_id] = REMOVED
            continue
        if site.people == 0:
            _free(freed, v.site_id, list(v.days))
            continue
        rules = future.site_type(site)
        allowed = _allowed(cal, site)
        ok: list[tuple[date, int]] = []
        for d, k in days:
            if d not in allowed:
                forced[v.site_id] = why_not(future, site, d)
                break
            if not rules.min_kits <= k <= rules.max_kits:
                forced[v.site_id] = KIT_RULE_CHANGED
                break
            ok.append((d, k))
        needed = _needed(future, site, ok, site.people)
        _free(freed, v.site_id, ok[len(needed) :])
        if needed:
            candidates.append((site, needed))

    # Kits and per-type limits per day: higher priority keeps its visit first.
    index = {d: t for t, d in enumerate(cal.days)}
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
            forced[site.site_id] = KIT_OUT
            continue
        for d, k in days:
            free[d] -= k
            per_type[(site.type, d)] += 1
        people = min(site.people, future.rate(site) * sum(k for _, k in days))
        keep.append(Visit(site.site_id, tuple(days), people))
    return tuple(keep), forced, freed


def _candidates(
    future: Problem,
    cal: Calendar,
    previous: tuple[Visit, ...],
    frozen: frozenset[date],
    keep: tuple[Visit, ...],
    forced: dict[str, str],
    freed: dict[str, tuple[date, ...]],
    cause: dict[str, str],
) -> tuple[Visit, ...]:
    """The previous plan's visits after the announced days, as far as they still work: each
    site's days its remaining people need (earliest first), where every rule still allows
    them. A site whose days no longer suffice or are no longer allowed must move (`forced`)."""
    sites = by_id(future)
    kept = {v.site_id: v.people for v in keep}
    out = []
    for v in previous:
        site = sites.get(v.site_id)
        days = [(d, k) for d, k in v.days if d not in frozen]
        if not days or site is None:
            continue
        rest = site.people - kept.get(v.site_id, 0)
        if rest <= 0:
            _free(freed, v.site_id, days)
            continue
        if v.site_id in forced:
            continue  # its announced days broke a rule: it moves as a whole
        allowed, rules = _allowed(cal, site), future.site_type(site)
        bad = next((d for d, k in days if d not in allowed), None)
        if bad is not None:
            forced[v.site_id] = why_not(future, site, bad)
            continue
        if any(not rules.min_kits <= k <= rules.max_kits for _, k in days):
            forced[v.site_id] = KIT_RULE_CHANGED
            continue
        needed = _needed(future, site, days, rest)
        holds = future.rate(site) * sum(k for _, k in needed)
        if holds < rest and (v.site_id in cause or holds + kept.get(v.site_id, 0) < v.people):
            # Its reports, or more people than before, leave it more than its days hold.
            forced[v.site_id] = cause.get(v.site_id, MORE_PEOPLE)
            continue
        # Else the previous plan left it short already (a season too short): that is no
        # reason to move it, and it stands with what its days hold.
        _free(freed, v.site_id, days[len(needed) :])
        out.append(Visit(v.site_id, tuple(needed), min(rest, holds)))
    return tuple(out)


def _free(freed: dict[str, tuple[date, ...]], site_id: str, days: list[tuple[date, int]]) -> None:
    """Note days of a site's previous visit that its remaining people no longer need."""
    if days:
        freed[site_id] = tuple(sorted(set(freed.get(site_id, ())) | {d for d, _ in days}))


def why_not(future: Problem, site: Site, day: date) -> str:
    """Why a site may no longer be visited on a day it was planned for."""
    if any(c.day == day for c in future.closures):
        return OFFICE_CLOSED
    if day in site.closed:
        return SITE_CLOSED
    if any(h.day == day for h in future.holidays):
        return HOLIDAY
    if (site.latest is not None and day > site.latest) or (site.earliest and day < site.earliest):
        return WINDOW_CHANGED
    if day > future.settings.deadline:
        return AFTER_DEADLINE
    if day.weekday() not in future.site_type(site).weekdays:
        return NOT_TYPE_DAY
    return WEEKDAYS_CHANGED


def changes(replan: Replan, plan: Plan) -> tuple[Change, ...]:
    """Each site whose visit from today on differs from the previous plan, and why; those to
    notify first (the earliest affected day) at the top. A site that moved without having to
    names the sites it made room for."""
    old = {v.site_id: v.days for v in replan.previous}
    new = {v.site_id: v.days for v in plan.visits}
    campaign_ids = set(by_id(replan.campaign))
    future = by_id(replan.future)
    # Sites that had to change, with their own reason (a moved site names them as the room
    # it made): the kept and candidate visits no longer hold all its remaining people.
    covered: dict[str, int] = defaultdict(int)
    for v in replan.keep + replan.candidate:
        covered[v.site_id] += v.people
    standing = {v.site_id for v in replan.candidate}  # short before, if at all: not its reason
    planned = {v.site_id: v.people for v in plan.visits}
    own: dict[str, str] = {}
    for site_id in sorted(set(old) | set(new)):
        before, after = old.get(site_id, ()), new.get(site_id, ())
        if before == after:
            continue
        site = future.get(site_id)
        trimmed = tuple(x for x in before if x[0] not in replan.freed.get(site_id, ()))
        if site_id not in campaign_ids or site is None:
            own[site_id] = REMOVED
        elif site_id not in replan.known_sites:
            own[site_id] = NEW_SITE
        elif site_id in replan.forced:
            own[site_id] = replan.forced[site_id]
        elif site_id in replan.freed and after == trimmed:
            own[site_id] = replan.cause.get(site_id, DONE_ALREADY)
        elif site.people > covered[site_id] and site_id not in standing:
            own[site_id] = replan.cause.get(site_id, MORE_PEOPLE if before else NOT_PLANNED)
        elif site_id in standing and planned.get(site_id, 0) > covered[site_id]:
            # Left short before; it changes so that more of its people fit (people come
            # first): its own reason, not room made for others (kept as it was, it stands).
            own[site_id] = MORE_FIT
    out = []
    for site_id in sorted(set(old) | set(new)):
        before, after = old.get(site_id, ()), new.get(site_id, ())
        if before == after:
            continue
        freed = tuple(d for d, _ in before if d not in {x for x, _ in after})
        because: tuple[str, ...] = ()
        if site_id in own:
            reason = own[site_id]
            if not after and future.get(site_id) and future[site_id].people > 0:
                reason = NO_LONGER_FITS if reason not in (LOST_DAY, PARTIAL_DAY) else reason
        else:
            reason, because = ROOM, _made_room_for(before, after, own, new)
            if _goes_after(future, own, new, site_id, after):
                reason = PRIORITY_FIRST  # the classes' order (`solver.candidates.in_the_way`)
            if not because and _kit_out(replan, before):
                reason = KIT_OUT
        lost, partial = (
            tuple(sorted({r.day for r in replan.history if r.site_id == site_id
                          and r.status == status}))
            for status in (LOST, PARTIAL)
        )  # fmt: skip
        out.append(
            Change(
                site_id, before, after, reason, because, freed, lost,
                replan.previous_kits.get(site_id, ()), _placed(replan, plan, site_id, after),
                partial,
            )
        )  # fmt: skip
    first = {c.site_id: min(d for d, _ in c.old_days + c.new_days) for c in out}
    return tuple(sorted(out, key=lambda c: (first[c.site_id], c.site_id)))


def class_moves(replan: Replan, plan: Plan) -> tuple[ClassMove, ...]:
    """Each priority class whose all-done day differs between the previous plan and this one
    (days already worked count for both), highest first, with the sites now done last and
    why each of their visits changed (`plan.changes` must be set)."""
    level = {s.site_id: s.priority for s in replan.campaign.sites}
    why = {c.site_id: c.reason for c in plan.changes}

    def last_days(visits: tuple[Visit, ...]) -> dict[str, date]:
        days = {r.site_id: r.day for r in sorted(replan.history, key=lambda r: r.day)}
        for v in visits:
            if v.days:
                days[v.site_id] = max(days.get(v.site_id, v.days[-1][0]), v.days[-1][0])
        return days

    before, after = last_days(replan.previous), last_days(plan.visits)
    moves = []
    for p in sorted({level[s] for s in after | before if s in level}, reverse=True):
        old = max((d for s, d in before.items() if level.get(s) == p), default=None)
        new = max((d for s, d in after.items() if level.get(s) == p), default=None)
        if old != new:
            last = tuple((s, why.get(s, "")) for s, d in sorted(after.items())
                         if level.get(s) == p and d == new)  # fmt: skip
            moves.append(ClassMove(p, old, new, last))
    return tuple(moves)


def _placed(replan: Replan, plan: Plan, site_id: str, after: tuple[tuple[date, int], ...]) -> str:
    """Why a changed visit's new days are where they are: the first allowed day after the
    announced ones; the first with kits and a visit slot free for it; its own window's end;
    or later because earlier days keep other sites' visits."""
    site = by_id(replan.future).get(site_id)
    old = {d for v in replan.previous if v.site_id == site_id for d, _ in v.days}
    if any(d in replan.frozen and d not in old for d, _ in after):
        return PLACED_ANNOUNCED  # a site told anyway, on a kit the announced visits left idle
    new = [d for d, _ in after if d not in replan.frozen]
    if site is None or not new:
        return ""
    cal, rules = replan.calendar, replan.future.site_type(site)
    allowed = [cal.days[t] for t in cal.allowed[site_id] if cal.days[t] not in replan.frozen]
    if not allowed or new[0] == allowed[0]:
        return PLACED_FIRST
    index = {d: t for t, d in enumerate(cal.days)}
    kits: dict[date, int] = defaultdict(int)
    visits: dict[date, int] = defaultdict(int)
    type_of = {s.site_id: s.type for s in replan.future.sites}
    for v in plan.visits:
        for d, k in v.days:
            kits[d] += k
            visits[d] += type_of.get(v.site_id) == site.type
    limit = rules.max_sites_per_day
    full = all(
        cal.free_kits[index[d]] - kits[d] < rules.min_kits
        or (limit is not None and visits[d] >= limit)
        for d in allowed
        if d < new[0]
    )
    if full:
        return PLACED_ROOM
    if site.latest is not None and new[-1] == max(d for d in allowed if d <= site.latest):
        return PLACED_WINDOW
    return PLACED_KEEP


def _goes_after(
    future: dict[str, Site],
    own: dict[str, str],
    new: dict[str, tuple[tuple[date, int], ...]],
    site_id: str,
    after: tuple[tuple[date, int], ...],
) -> bool:
    """Whether a site that did not have to change now comes after one of higher priority
    that did (its visit starting before this one ends): moved for the classes' order."""
    site = future.get(site_id)
    if site is None or not after:
        return False
    return any(
        s in future and future[s].priority > site.priority and new.get(s)
        and new[s][0][0] <= after[-1][0]
        for s in own
    )  # fmt: skip


def _made_room_for(
    before: tuple[tuple[date, int], ...],
    after: tuple[tuple[date, int], ...],
    own: dict[str, str],
    new: dict[str, tuple[tuple[date, int], ...]],
) -> tuple[str, ...]:
    """The sites that had to change and now take one of this site's old days."""
    days = {d for d, _ in before} - {d for d, _ in after}
    return tuple(s for s in sorted(own) if any(d in days for d, _ in new.get(s, ())))


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
