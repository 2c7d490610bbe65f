"""Previous visits a re-plan keeps standing as they are, whether or not they hold all of a
site's people: a visit the previous plan left short (a far too short season) is not a reason to
move it, and while it stands its site gets no second run (one run a site, beyond kept days)."""

from __future__ import annotations

import dataclasses
from datetime import date

from scheduler.plan import Visit
from scheduler.problem import Problem, Site
from scheduler.workdays import Calendar


def holds(problem: Problem, site: Site, visit: Visit) -> int:
    """The people a visit's kit-days can record."""
    return problem.rate(site) * visit.kit_days


def announced_for(
    cal: Calendar, closed: frozenset[date], sites: frozenset[str], fixed: tuple[Visit, ...]
) -> Calendar:
    """`cal` with the announced days (`closed`) allowed only to `sites`: those whose visit
    changes anyway (its site is told in any case), so that a kit the announced visits leave
    free is not idle when one of them can use it; every other site keeps its announced days
    as announced. A site's days before its last `fixed` one stay its kept run's."""
    index = {d: t for t, d in enumerate(cal.days)}
    shut = {t for t, d in enumerate(cal.days) if d in closed}
    after = {v.site_id: max(index[d] for d, _ in v.days) for v in fixed if v.days}
    allowed = {
        s: tuple(t for t in days if t > after.get(s, -1))
        if s in sites
        else tuple(t for t in days if t not in shut)
        for s, days in cal.allowed.items()
    }
    return dataclasses.replace(cal, allowed=allowed)
