"""From a plan to the papers a site receives and the lists a team ticks, as plain data.

A plan's kit rows (its Progress sheet) become, per site, the visit days from a date on, each
with its kits, its people, and the lines of its attendance list split into hour blocks a
kit-day's rate fills: the morning block takes up to half of what the day's kits record in a
day, the afternoon the rest. Lines are numbered over the whole visit; where a name list gives
a site's people in class or RT order (`Person`), the lines carry them in that order.

No workbook, PDF or solver here: `letters` and `attendance` write what this module makes.
"""

from __future__ import annotations

import dataclasses
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date

from scheduler.errors import InputError
from scheduler.messages import Msg
from scheduler.plan import DONE, LOST, PARTIAL, ProgressRow, split_people
from scheduler.problem import Problem, Site

# What marks a file that holds people by name (its keywords): `outreach forget` removes it.
BY_NAME = "outreach-by-name-personal-data"

# The hour blocks of a visit day (a kit records about the same number in each).
BLOCKS = (("08.00", "11.30"), ("12.30", "15.30"))


@dataclass(frozen=True)
class Person:
    """One person expected at a site, from a name list (the name-lists work fills these)."""

    name: str = dataclasses.field(repr=False)
    nik: str = dataclasses.field(default="", repr=False)  # printed masked (`masked`)
    group: str = ""  # class (XII IPA 1) or RT (RT 03)


def masked(nik: str) -> str:
    """A NIK as it may be printed: the region code (four digits) and the last two, the birth
    date and most of the serial hidden (`3311**********01`), as the name lists print it."""
    if "*" in nik:  # masked already (`lists.mask_nik`)
        return nik
    digits = "".join(ch for ch in nik if ch.isdigit())
    if len(digits) < 8:
        return "*" * len(digits)
    return digits[:4] + "*" * (len(digits) - 6) + digits[-2:]


@dataclass(frozen=True)
class Line:
    """One line of an attendance list: its number over the visit, its block, and the person
    expected (None where no name list is given)."""

    number: int
    block: int  # index into BLOCKS
    person: Person | None = None


@dataclass(frozen=True)
class SiteDay:
    """One visit day at one site: the kits sent, the people planned, the list's lines."""

    site_id: str
    day: date
    kits: tuple[str, ...]
    people: int
    rate: int  # people one kit records there in a day
    lines: tuple[Line, ...]

    def block_lines(self, block: int) -> tuple[Line, ...]:
        return tuple(x for x in self.lines if x.block == block)

    @property
    def named(self) -> bool:
        return any(x.person is not None for x in self.lines)


@dataclass(frozen=True)
class Letter:
    """What one site is told: its visit days from the letter's date on (none: cancelled)
    and, for a change of schedule, the days it had before."""

    site: Site
    days: tuple[SiteDay, ...]
    old_days: tuple[date, ...] = ()
    change: bool = False
    lost: tuple[date, ...] = ()  # its past days reported lost (before the change)
    partial: tuple[date, ...] = ()  # ... and those reported partial: each called what it was


def site_days(
    problem: Problem,
    rows: Iterable[ProgressRow],
    since: date | None = None,
    people: Mapping[str, Sequence[Person]] | None = None,
) -> tuple[SiteDay, ...]:
    """The plan's visit days from `since` on (all, if None) that are not yet reported, by
    site then day. `people`: per site id, its people in class or RT order, to print by name
    (the hook for name lists): the site's days in order take them in turn, as many as each
    day plans, days left out included (their people are not listed again); lines past the
    end of a list stay unnamed, for those not yet come to be written in."""
    sites = {s.site_id: s for s in problem.sites}
    kits: dict[tuple[str, date], list[str]] = defaultdict(list)
    planned: dict[tuple[str, date], int] = defaultdict(int)
    before: dict[tuple[str, date], int] = defaultdict(int)  # planned on rows left out
    for r in rows:
        if r.site_id not in sites or not r.planned:
            continue
        reported = r.recorded is not None or r.status is not None  # history: no letter
        if (since is None or r.day >= since) and not reported:
            kits[(r.site_id, r.day)].append(r.kit_id)
            planned[(r.site_id, r.day)] += r.planned
        else:
            before[(r.site_id, r.day)] += r.planned
    out: list[SiteDay] = []
    number: dict[str, int] = defaultdict(int)
    for site_id, day in sorted(set(kits) | set(before)):
        # A day left out (reported, or before `since`) keeps its lines and its people: the
        # same line is the same person on every list made from this plan.
        number[site_id] += before[(site_id, day)]
        if (site_id, day) not in kits:
            continue
        site = sites[site_id]
        rate = problem.rate(site)
        n = planned[(site_id, day)]
        morning = min(n, -(-rate * len(kits[(site_id, day)]) // len(BLOCKS)))
        names = (people or {}).get(site_id, ())
        lines = []
        for i in range(n):
            k = number[site_id]
            person = names[k] if k < len(names) else None
            lines.append(Line(k + 1, 0 if i < morning else 1, person))
            number[site_id] = k + 1
        out.append(SiteDay(site_id, day, tuple(sorted(kits[(site_id, day)])), n, rate,
                           tuple(lines)))  # fmt: skip
    return tuple(out)


def letters(
    problem: Problem,
    rows: Iterable[ProgressRow],
    since: date | None = None,
    previous: Iterable[ProgressRow] | None = None,
    people: Mapping[str, Sequence[Person]] | None = None,
) -> tuple[Letter, ...]:
    """One letter per site visited from `since` on. With the `previous` plan's rows, only
    the sites whose days from `since` on changed, each with its old days (a site no longer
    visited gets a letter that cancels its days)."""
    days = site_days(problem, rows, since, people)
    by_site: dict[str, list[SiteDay]] = defaultdict(list)
    for d in days:
        by_site[d.site_id].append(d)
    sites = {s.site_id: s for s in problem.sites}
    if previous is None:
        return tuple(Letter(sites[sid], tuple(ds)) for sid, ds in sorted(by_site.items()))
    old: dict[str, set[date]] = defaultdict(set)
    lost: dict[str, set[date]] = defaultdict(set)
    partial: dict[str, set[date]] = defaultdict(set)
    for r in previous:
        reported = r.recorded is not None or r.status is not None
        if (since is None or r.day >= since) and r.planned > 0 and not reported:
            old[r.site_id].add(r.day)
        elif r.status in (LOST, PARTIAL):
            (lost if r.status == LOST else partial)[r.site_id].add(r.day)
    out = []
    for site_id in sorted(set(old) | set(by_site)):
        new = by_site.get(site_id, [])
        if site_id not in sites or {d.day for d in new} == old.get(site_id, set()):
            continue
        out.append(Letter(sites[site_id], tuple(new), tuple(sorted(old.get(site_id, ()))), True,
                          tuple(sorted(lost.get(site_id, ()))),
                          tuple(sorted(partial.get(site_id, ())))))  # fmt: skip
    return tuple(out)


@dataclass(frozen=True)
class Tally:
    """One filled list: the site and day it says, and the lines ticked each way."""

    sheet: str
    site_id: str
    day: date
    came: int  # hadir: came and recorded
    absent: int  # tidak hadir
    already: int  # sudah rekam: recorded before, elsewhere
    refused: int  # menolak
    unmarked: int  # lines on the list with no tick (taken as not come)
    absent_lines: tuple[int, ...] = ()  # numbers of the lines not come (absent or unmarked)
    extra: int = 0  # ticked lines below the list's own (walk-ins), counted in `came` etc.
    row: int = 0  # the row of the day, to locate a mistake about it

    @property
    def lines(self) -> int:
        return self.came + self.absent + self.already + self.refused + self.unmarked


# Below this many people expected on the filled lists, turnout is not measured (too few).
MEASURED_FROM = 30


def turnout_of(tallies: Sequence[Tally]) -> tuple[float, int] | None:
    """The share of the people expected who came and were recorded, on the filled lists, and
    how many were expected (those recorded before elsewhere need not come: left out)."""
    expected = sum(t.came + t.absent + t.refused + t.unmarked for t in tallies)
    if expected < MEASURED_FROM:
        return None
    return sum(t.came for t in tallies) / expected, expected


def with_tallies(
    problem: Problem,
    rows: tuple[ProgressRow, ...],
    tallies: Sequence[Tally],
    today: date,
    sheet: str = "Progress",
    headers: Mapping[str, str] | None = None,
) -> tuple[tuple[ProgressRow, ...], list[InputError]]:
    """The Progress rows with each filled list's count in place of its site-day's kit rows
    (split evenly over the day's kits, status done). Nothing counts twice: a list for a
    site-day another list gives, or that Progress reports with another number, is an error,
    as is a list for a site or day this plan does not visit, one dated today or later, and one
    that brings a site's recorded people over its count."""
    errors: list[InputError] = []
    sites = {s.site_id: s for s in problem.sites}
    by_day: dict[tuple[str, date], list[ProgressRow]] = defaultdict(list)
    for r in rows:
        by_day[(r.site_id, r.day)].append(r)
    seen: dict[tuple[str, date], str] = {}
    replaced: dict[int, ProgressRow] = {}  # index in rows -> its new row
    index = {id(r): i for i, r in enumerate(rows)}
    for t in tallies:
        key = (t.site_id, t.day)
        where = t.row or None
        if t.site_id not in sites:
            errors.append(InputError(t.sheet, Msg("att.unknown_site", site=t.site_id), where))
            continue
        if key in seen:
            errors.append(InputError(t.sheet, Msg("att.twice", other=seen[key], site=t.site_id,
                                                  day=t.day), where))  # fmt: skip
            continue
        seen[key] = t.sheet
        kit_rows = [r for r in by_day.get(key, []) if r.planned > 0]
        if not kit_rows:
            errors.append(InputError(t.sheet, Msg("att.not_planned", site=t.site_id, day=t.day),
                                     where))  # fmt: skip
            continue
        if t.day >= today:
            errors.append(InputError(t.sheet, Msg("not_past", day=t.day, today=today), where))
            continue
        for r, n in zip(kit_rows, split_people(t.came, len(kit_rows)), strict=True):
            reported = r.recorded is not None or r.status is not None
            if reported and r.counted != n:
                errors.append(InputError(sheet, Msg("att.progress_differs", sheet=t.sheet,
                                                    list=n, progress=r.counted), r.row or None,
                                         (headers or {}).get("recorded", "recorded")))  # fmt: skip
                continue
            replaced[index[id(r)]] = ProgressRow(r.day, r.kit_id, r.site_id, r.planned, n, DONE,
                                                 r.row)  # fmt: skip
    out = tuple(replaced.get(i, r) for i, r in enumerate(rows))
    totals: dict[str, int] = defaultdict(int)
    for r in out:
        if r.day < today and (r.recorded is not None or r.status is not None):
            totals[r.site_id] += r.counted
    over = set()
    for t in tallies:
        site = sites.get(t.site_id)
        counted = site is not None and seen.get((t.site_id, t.day)) == t.sheet
        if counted and site is not None and totals[t.site_id] > site.people:
            if t.site_id not in over:  # once per site
                why = Msg("audit.too_many", site=t.site_id, total=totals[t.site_id],
                          people=site.people)  # fmt: skip
                errors.append(InputError(t.sheet, why, t.row or None))
            over.add(t.site_id)
    return out, errors


# Below this many reported visit days of a network class, its stall chance is not measured.
MEASURED_DAYS = 20


@dataclass(frozen=True)
class Measured:
    """A risk setting measured from what came back: its key, value, and what it rests on."""

    key: str  # a Settings key: turnout, stall_good, stall_poor, stalled_share
    value: float
    basis: int  # people expected (turnout) or reported visit days (the network)
    stalled: int = 0  # of those days, the ones cut short


def network_of(problem: Problem, rows: Iterable[ProgressRow]) -> tuple[Measured, ...]:
    """How often a visit day stalls, by network class, and what a stalled day records, from
    the reported days: a day reported partial or lost (any kit of the site that day) was cut
    short; what it recorded of what was planned is the stalled share."""
    sites = {s.site_id: s for s in problem.sites}
    days: dict[tuple[str, date], list[ProgressRow]] = defaultdict(list)
    for r in rows:
        if r.site_id in sites and (r.recorded is not None or r.status is not None):
            days[(r.site_id, r.day)].append(r)
    seen: dict[str, int] = defaultdict(int)
    stalled: dict[str, int] = defaultdict(int)
    shares: list[float] = []
    for (site_id, _), kit_rows in days.items():
        network = sites[site_id].network
        seen[network] += 1
        if any(r.status in (PARTIAL, LOST) for r in kit_rows):
            stalled[network] += 1
            planned = sum(r.planned for r in kit_rows)
            if planned:
                shares.append(min(1.0, sum(r.counted for r in kit_rows) / planned))
    # One stalled and one smooth day added to those reported (Laplace's rule): a run of
    # smooth days reads as a network that seldom stalls, not as one that never does.
    out = [Measured(f"stall_{network}", (stalled[network] + 1) / (n + 2), n, stalled[network])
           for network, n in sorted(seen.items()) if n >= MEASURED_DAYS]  # fmt: skip
    if out and len(shares) >= 3:
        out.append(Measured("stalled_share", sum(shares) / len(shares), len(shares)))
    return tuple(out)
