"""An independent check of the rules every plan obeys (docs/WORKBOOKS.md, "Rules every plan obeys").

Deliberately shares nothing with the solver, the greedy sweep or the calendar module: each fact
is re-derived here from the problem, in the plainest code that states the rule, so that a bug in
the model cannot hide behind the same bug in its check.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date, timedelta

from scheduler.plan import Plan
from scheduler.problem import GOOD, Kit, Problem, Site


def _rate(problem: Problem, site: Site) -> int:
    if site.rate is not None:
        return site.rate
    s = problem.settings
    return s.rate_good if site.network == GOOD else s.rate_poor


def _office_open(problem: Problem, day: date) -> bool:
    s = problem.settings
    if not s.start <= day <= s.deadline:
        return False
    if any(h.day == day for h in problem.holidays):
        return False
    return not any(c.day == day for c in problem.closures)


def _site_may_visit(problem: Problem, site: Site, day: date) -> bool:
    rules = problem.site_type(site)
    if not _office_open(problem, day) or day.weekday() not in rules.weekdays:
        return False
    if site.earliest is not None and day < site.earliest:
        return False
    if site.latest is not None and day > site.latest:
        return False
    return day not in site.closed


def check_plan(problem: Problem, plan: Plan) -> list[str]:
    """Every rule the plan breaks, as sentences; an empty list means the plan keeps them all.
    One function a rule, in the order docs/WORKBOOKS.md numbers them (rules 2 and 5 share a
    look at each site-day)."""
    sites = {s.site_id: s for s in problem.sites}
    by_site_day = _people_by_site_day(plan, sites)
    return [
        *_one_place_a_day(problem, plan, sites),
        *_kits_free(problem, plan),
        *_site_days(problem, sites, by_site_day),
        *_one_run(problem, plan, sites, by_site_day),
        *_type_limits(problem, sites, by_site_day),
        *_everyone_once(problem, plan),
        *_not_before_16(problem, sites, by_site_day),
    ]


def _people_by_site_day(plan: Plan, sites: dict[str, Site]) -> dict[tuple[str, date], list[int]]:
    """Per known site and day, the people of each kit there (one number per kit)."""
    by_site_day: dict[tuple[str, date], list[int]] = defaultdict(list)
    for row in plan.kit_days:
        if row.site_id in sites:
            by_site_day[(row.site_id, row.day)].append(row.people)
    return by_site_day


def _visit_days(by_site_day: dict[tuple[str, date], list[int]]) -> dict[str, list[date]]:
    """Per site, the days it is visited (unsorted)."""
    visit_days: dict[str, list[date]] = defaultdict(list)
    for site_id, day in by_site_day:
        visit_days[site_id].append(day)
    return visit_days


def _one_place_a_day(problem: Problem, plan: Plan, sites: dict[str, Site]) -> list[str]:
    """Rule 1: each kit at one place a day (a known site or a reserved duty), only on days it
    and the office work."""
    broken: list[str] = []
    kits = {k.kit_id: k for k in problem.kits}
    place: dict[tuple[date, str], str] = {}
    for row in plan.kit_days:
        if row.site_id not in sites:
            broken.append(f"{row.day}: kit {row.kit_id} at unknown site {row.site_id}")
        where = f"site {row.site_id}"
        _place_kit(problem, kits, place, row.day, row.kit_id, where, None, broken)
    for duty in plan.duties:
        _place_kit(problem, kits, place, duty.day, duty.kit_id, "duty", duty.label, broken)
    return broken


def _kits_free(problem: Problem, plan: Plan) -> list[str]:
    """Rule 1, the day's count: no more kits at sites than are available and not reserved."""
    broken: list[str] = []
    kits_at_sites: dict[date, int] = defaultdict(int)
    for row in plan.kit_days:
        kits_at_sites[row.day] += 1
    for day, used in sorted(kits_at_sites.items()):
        present = sum(1 for k in problem.kits if day not in k.unavailable)
        taken = sum(r.kits for r in problem.reservations if r.applies(day))
        if used > present - taken:
            broken.append(
                f"{day}: {used} kits at sites, but only {max(0, present - taken)} are free "
                f"({present} available, {taken} reserved)"
            )
    return broken


def _site_days(
    problem: Problem, sites: dict[str, Site], by_site_day: dict[tuple[str, date], list[int]]
) -> list[str]:
    """Rules 2 and 5, per site and day: a day the site's rules allow, its type's number of
    kits, and no kit recording more people than the site's rate."""
    broken: list[str] = []
    types = {t.name: t for t in problem.site_types}
    for (site_id, day), people in sorted(by_site_day.items()):
        site = sites[site_id]
        rules = types[site.type]
        if not _site_may_visit(problem, site, day):
            broken.append(f"{day}: site {site_id} visited on a day its rules do not allow")
        if not rules.min_kits <= len(people) <= rules.max_kits:
            broken.append(
                f"{day}: site {site_id} has {len(people)} kits; its type needs "
                f"{rules.min_kits} to {rules.max_kits}"
            )
        for n in people:
            if n < 0 or n > _rate(problem, site):
                broken.append(
                    f"{day}: {n} people on one kit at site {site_id}; "
                    f"the rate there is {_rate(problem, site)}"
                )
    return broken


def _one_run(
    problem: Problem,
    plan: Plan,
    sites: dict[str, Site],
    by_site_day: dict[tuple[str, date], list[int]],
) -> list[str]:
    """Rule 3: one unbroken run of the site's allowed days. A re-plan's kept announced days
    are a run of their own; the rest of the site's visit, one more run after them."""
    broken: list[str] = []
    kept_days = {v.site_id: {d for d, _ in v.days} for v in plan.kept}
    for site_id, days in sorted(_visit_days(by_site_day).items()):
        kept = sorted(d for d in days if d in kept_days.get(site_id, set()))
        rest = sorted(d for d in days if d not in kept_days.get(site_id, set()))
        if kept and rest and rest[0] < kept[-1]:
            broken.append(f"site {site_id}: visit days {rest[0]} before its kept day {kept[-1]}")
        for run in (kept, rest):
            gap = _skipped_day(problem, sites[site_id], run)
            if gap is not None:
                broken.append(
                    f"site {site_id}: visit days {run[0]}..{run[-1]} skip its allowed day {gap}"
                )
    return broken


def _type_limits(
    problem: Problem, sites: dict[str, Site], by_site_day: dict[tuple[str, date], list[int]]
) -> list[str]:
    """Rule 4: no more sites of one type a day than the type's limit."""
    broken: list[str] = []
    types = {t.name: t for t in problem.site_types}
    per_type_day: dict[tuple[str, date], int] = defaultdict(int)
    for site_id, day in by_site_day:
        per_type_day[(sites[site_id].type, day)] += 1
    for (type_name, day), n in sorted(per_type_day.items()):
        limit = types[type_name].max_sites_per_day
        if limit is not None and n > limit:
            broken.append(f"{day}: {n} sites of type {type_name} visited; at most {limit}")
    return broken


def _everyone_once(problem: Problem, plan: Plan) -> list[str]:
    """Rule 6: nobody planned twice, and everyone not planned is reported."""
    broken: list[str] = []
    planned: dict[str, int] = defaultdict(int)
    for row in plan.kit_days:
        planned[row.site_id] += row.people
    reported = {sf.site_id: sf.people_left for sf in plan.shortfalls}
    for site in problem.sites:
        left = site.people - planned[site.site_id]
        if left < 0:
            broken.append(f"site {site.site_id}: {-left} more people planned than are there")
        elif left > 0 and reported.get(site.site_id) != left:
            broken.append(
                f"site {site.site_id}: {left} people not planned, but the plan reports "
                f"{reported.get(site.site_id, 0)}"
            )
        elif left == 0 and site.site_id in reported:
            broken.append(f"site {site.site_id}: fully planned, but reported as short")
    return broken


def _not_before_16(
    problem: Problem, sites: dict[str, Site], by_site_day: dict[tuple[str, date], list[int]]
) -> list[str]:
    """Rule 7: nobody recorded before the 16th birthday. By the end of each visit day, a site
    has recorded at most those of its people who are 16 that day."""
    broken: list[str] = []
    visit_days = _visit_days(by_site_day)
    for ages in problem.ages:
        listed = sites.get(ages.site_id)
        if listed is None:
            continue
        so_far = 0
        for day in sorted(visit_days.get(ages.site_id, ())):
            so_far += sum(by_site_day[(ages.site_id, day)])
            young = sum(n for turns, n in ages.turns_16 if turns > day)
            if so_far > listed.people - young:
                broken.append(
                    f"{day}: site {ages.site_id} has {so_far} people recorded by this day, but "
                    f"only {listed.people - young} of its people are 16 by then"
                )
    return broken


def _skipped_day(problem: Problem, site: Site, days: list[date]) -> date | None:
    """An allowed day of the site between the first and last of `days` that they skip."""
    if not days:
        return None
    day = days[0] + timedelta(days=1)
    while day < days[-1]:
        if _site_may_visit(problem, site, day) and day not in days:
            return day
        day += timedelta(days=1)
    return None


def _place_kit(
    problem: Problem,
    kits: dict[str, Kit],
    place: dict[tuple[date, str], str],
    day: date,
    kit_id: str,
    where: str,
    duty: str | None,
    broken: list[str],
) -> None:
    """One kit's place on one day (a site, or a duty by its label), added to `place`: a kit
    that is unknown, already placed, out of office days or unavailable is a broken rule."""
    if kit_id not in kits:
        broken.append(f"{day}: unknown kit {kit_id}")
        return
    if (day, kit_id) in place:
        broken.append(f"{day}: kit {kit_id} is at {place[(day, kit_id)]} and at {where}")
    place[(day, kit_id)] = where
    if not _office_open(problem, day):
        broken.append(f"{day}: kit {kit_id} works on a day the office does not")
    if day in kits[kit_id].unavailable:
        broken.append(f"{day}: kit {kit_id} is used while unavailable")
    if duty is not None and not any(
        r.applies(day) and r.label == duty for r in problem.reservations
    ):
        broken.append(f"{day}: kit {kit_id} on duty {duty!r}, which is not reserved that day")
