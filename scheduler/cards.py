"""Cards that wait for a 17th birthday: a person may be recorded from 16, but the e-KTP is
printed only from 17 (UU 24/2013 as amended, art. 63), so a school visit in September records
students whose cards wait for their birthdays.

The plan knows how many people a site records each day, and the site's ages (from its name
lists) say when its planned people turn 17, not who comes on which day. The print queue takes
each site's people as recorded oldest first, day by day: a person's card is ready from the
next working day after recording or from the 17th birthday, whichever is later.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from scheduler.problem import Problem

if TYPE_CHECKING:
    from scheduler.plan import Arrival


@dataclass(frozen=True)
class Held:
    """`people` recorded at `site_id` on `day` whose cards wait for their 17th birthday, `until`."""

    day: date
    site_id: str
    people: int
    until: date


def held_cards(problem: Problem, arrivals: Iterable[Arrival]) -> tuple[Held, ...]:
    """The cards among `arrivals` (day, site, people) that wait for a 17th birthday."""
    if not problem.ages:
        return ()
    by_site: dict[str, list[Arrival]] = defaultdict(list)
    for a in sorted(arrivals, key=lambda a: (a.day, a.site_id)):
        by_site[a.site_id].append(a)
    out: list[Held] = []
    for ages in problem.ages:
        if not ages.turns_17 or ages.site_id not in by_site:
            continue
        site_arrivals = by_site[ages.site_id]
        total = sum(a.people for a in site_arrivals)
        young = sum(n for _, n in ages.turns_17)
        # Oldest first: those 17 before any birthday listed, then by birthday.
        birthdays = [date.min, *(d for d, _ in ages.turns_17)]
        counts = [max(0, total - young), *(n for _, n in ages.turns_17)]
        q = 0
        for a in site_arrivals:
            left = a.people
            while left and q < len(counts):
                take = min(left, counts[q])
                if take and birthdays[q] > a.day:
                    out.append(Held(a.day, a.site_id, take, birthdays[q]))
                left -= take
                counts[q] -= take
                if counts[q] == 0:
                    q += 1
    return tuple(out)


def waiting(problem: Problem, arrivals: Iterable[Arrival]) -> tuple[int, date | None]:
    """How many campaign cards wait for a 17th birthday, and until when (the last one)."""
    held = held_cards(problem, arrivals)
    return sum(h.people for h in held), max((h.until for h in held), default=None)


def seventeen_and_recorded_by(problem: Problem, arrivals: Iterable[Arrival], day: date) -> int:
    """Of the people `arrivals` record, how many are recorded by `day` and 17 on it (an
    election day: those who can vote with their own card, once it is printed)."""
    arrivals = [a for a in arrivals if a.day <= day]
    later = sum(h.people for h in held_cards(problem, arrivals) if h.until > day)
    return sum(a.people for a in arrivals) - later
