"""From name lists to the counts a plan needs: who is listed twice, who is already recorded,
who is too young on the day a site can be visited, and who is left to plan, per site.

The age rule (UU 24/2013 as amended, art. 63): a person may be recorded from the 16th
birthday, and the card is printed from the 17th. A site's people are judged on the first day
the site may be visited: those 16 by then are planned; those who turn 16 later in the site's
window are counted for a later service (the office, Car Free Day, a second visit), with the
days they turn 16; those not 16 by the site's last possible day are too young for this
campaign. So no plan, whichever of the site's days it picks, records anyone under 16, and the
checker verifies it from the counts of 16th birthdays each planned site carries. Asked to wait
(`--wait-for-16`), a site is judged instead on the last of its people's 16th birthdays after
which its window still holds the days they need, and its visit is placed from that day.

Nothing here prints or writes; the results hold counts and row numbers, and the people
themselves only in `site_people`, for the by-name outputs.
"""

from __future__ import annotations

import dataclasses
import math
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import date

import pandas as pd

from scheduler.lists import Lists, Person, mask_nik, nik_birth, nik_sex
from scheduler.problem import Problem, Site, SiteAges
from scheduler.workdays import allowed_days, build_calendar

# What became of a listed row.
PLANNED = "planned"
DUPLICATE = "duplicate"
RECORDED = "recorded"
LATER = "later"  # turns 16 inside the site's window, after its first day: a later service
TOO_YOUNG = "too_young"  # not 16 by the site's last possible day
# Flags on a row that is still counted.
MISMATCH = "nik_mismatch"  # the NIK's birth date or sex is not the row's
NOT_RESIDENT = "not_resident"  # the NIK's regency is not the campaign's
WAITED = "waited"  # planned on a visit placed after the 16th birthday (`reconcile(wait=True)`)


@dataclass(frozen=True)
class SiteCount:
    """One site's reconciliation: how many rows its lists have and what became of them."""

    site_id: str
    listed: int
    duplicates: int
    recorded: int
    too_young: int
    later: int
    not_resident: int  # counted among those to plan (recording is allowed anywhere)
    nik_mismatch: int  # counted too: the row needs a look, the person is still to record
    to_plan: int
    typed: int  # the count the Sites sheet had
    first_day: date | None  # the day ages are judged on: the site's first possible day
    later_days: tuple[date, date] | None = None  # the first and last 16th birthday of `later`
    waits: bool = False  # the visit waits for birthdays: not before `first_day`
    waited: int = 0  # of `to_plan`, those 16 only after the site's first possible day


@dataclass(frozen=True)
class Flag:
    """A row that is not planned, or needs a look: by file and row, never by name."""

    kind: str  # DUPLICATE, RECORDED, LATER, TOO_YOUNG, MISMATCH or NOT_RESIDENT
    site_id: str
    file: int
    row: int
    of: tuple[int, int] | None = None  # a duplicate: the (file, row) it repeats
    day: date | None = None  # LATER, TOO_YOUNG: the 16th birthday


@dataclass(frozen=True)
class Reconciliation:
    sites: tuple[SiteCount, ...]
    flags: tuple[Flag, ...]
    ages: tuple[SiteAges, ...]
    status: tuple[str, ...]  # per `Lists.people`, what became of the row
    region_code: str  # the regency's 4-digit code NIKs are checked against ("": unknown)

    @property
    def to_plan(self) -> int:
        return sum(s.to_plan for s in self.sites)

    def count(self, kind: str) -> int:
        return sum(1 for f in self.flags if f.kind == kind)


def birthday(born: date, years: int) -> date:
    """The day someone born on `born` turns `years` (29 February: 1 March in other years)."""
    try:
        return born.replace(year=born.year + years)
    except ValueError:
        return date(born.year + years, 3, 1)


def reconcile(
    problem: Problem, lists: Lists, region_code: str | None = None, wait: bool = False
) -> Reconciliation:
    """The lists against the problem's sites and calendar. `region_code` (4 digits, e.g.
    3311 for Kabupaten Sukoharjo): the regency NIKs are checked against; None: the code most
    of the listed NIKs carry. With `wait`, a site whose people turn 16 during the campaign is
    visited after their birthdays where its window still has the days its people need: they
    are planned (the site's earliest day moves to the last of those birthdays) instead of
    being left to a later service."""
    people = lists.people
    frame = pd.DataFrame(
        {
            "nik": pd.Series([p.nik for p in people], dtype=str),
            "name": pd.Series([" ".join(p.name.casefold().split()) for p in people], dtype=str),
            "birth": pd.Series([p.birth for p in people], dtype=object),
        }
    )
    of = _duplicates(frame)
    if region_code is None:
        codes = frame.loc[frame.nik != "", "nik"].str[:4]
        region_code = str(codes.mode().iloc[0]) if len(codes) else ""
    allowed = _allowed(problem)
    windows = {k: (v[0], v[-1]) for k, v in allowed.items()}
    if wait:
        windows = _waited(problem, lists, of, allowed)
    tally = _Tally(problem.settings.start, windows, allowed, region_code)
    for i, p in enumerate(people):
        tally.add(p, people[of[i]] if i in of else None, lists.recorded)
    sites = _site_counts(problem, tally)
    ages = tuple(
        SiteAges(
            s.site_id,
            tuple(sorted(tally.sixteen[s.site_id].items())),
            tuple(sorted(tally.seventeen[s.site_id].items())),
        )
        for s in sites
        if tally.sixteen[s.site_id] or tally.seventeen[s.site_id]
    )
    return Reconciliation(tuple(sites), tuple(tally.flags), ages, tuple(tally.status), region_code)


@dataclass
class _Tally:
    """What became of each listed row so far, and the counts per site it adds up to."""

    start: date
    windows: dict[str, tuple[date, date]]  # per site, the days ages are judged between
    allowed: dict[str, tuple[date, ...]]  # per site, its allowed days
    region_code: str
    status: list[str] = field(default_factory=list)
    flags: list[Flag] = field(default_factory=list)
    by_site: dict[str, Counter[str]] = field(default_factory=lambda: defaultdict(Counter))
    later_days: dict[str, list[date]] = field(default_factory=lambda: defaultdict(list))
    sixteen: dict[str, Counter[date]] = field(default_factory=lambda: defaultdict(Counter))
    seventeen: dict[str, Counter[date]] = field(default_factory=lambda: defaultdict(Counter))

    def add(self, p: Person, repeats: Person | None, recorded: frozenset[str]) -> None:
        """One row: a duplicate (of `repeats`), already recorded, too young, for a later
        service, or planned; and flagged when its NIK disagrees with it or is not resident."""
        first, last = self.windows[p.site_id]
        b16 = birthday(p.birth, 16)
        if repeats is not None:
            kind = DUPLICATE
            self.flags.append(Flag(DUPLICATE, p.site_id, p.file, p.row, (repeats.file,
                                                                        repeats.row)))  # fmt: skip
        elif p.nik and p.nik in recorded:
            kind = RECORDED
            self.flags.append(Flag(RECORDED, p.site_id, p.file, p.row))
        elif b16 > last:
            kind = TOO_YOUNG
            self.flags.append(Flag(TOO_YOUNG, p.site_id, p.file, p.row, day=b16))
        elif b16 > first:
            kind = LATER
            self.flags.append(Flag(LATER, p.site_id, p.file, p.row, day=b16))
            self.later_days[p.site_id].append(b16)
        else:
            kind = PLANNED
            self._planned(p, b16)
        self.status.append(kind)
        counts = self.by_site[p.site_id]
        counts[kind] += 1
        if p.nik:
            if _mismatch(p):
                self.flags.append(Flag(MISMATCH, p.site_id, p.file, p.row))
                counts[MISMATCH] += 1
            if self.region_code and not p.nik.startswith(self.region_code):
                self.flags.append(Flag(NOT_RESIDENT, p.site_id, p.file, p.row))
                counts[NOT_RESIDENT] += 1

    def _planned(self, p: Person, b16: date) -> None:
        """A person planned: their birthdays in the campaign, and whether the visit waited."""
        if b16 > self.start:
            self.sixteen[p.site_id][b16] += 1
        if (b17 := birthday(p.birth, 17)) > self.start:
            self.seventeen[p.site_id][b17] += 1
        if b16 > self.allowed[p.site_id][0]:
            self.by_site[p.site_id][WAITED] += 1


def _site_counts(problem: Problem, tally: _Tally) -> list[SiteCount]:
    """Each listed site's counts, in the Sites sheet's order."""
    windows, allowed = tally.windows, tally.allowed
    sites = []
    for site in problem.sites:
        if site.site_id not in tally.by_site:
            continue
        c, days = tally.by_site[site.site_id], tally.later_days.get(site.site_id)
        sites.append(
            SiteCount(
                site.site_id, sum(c[k] for k in (PLANNED, DUPLICATE, RECORDED, LATER, TOO_YOUNG)),
                c[DUPLICATE], c[RECORDED], c[TOO_YOUNG], c[LATER], c[NOT_RESIDENT], c[MISMATCH],
                c[PLANNED], site.people, windows[site.site_id][0],
                (min(days), max(days)) if days else None,
                windows[site.site_id][0] > allowed[site.site_id][0], c[WAITED],
            )
        )  # fmt: skip
    return sites


def planned_problem(problem: Problem, rec: Reconciliation) -> Problem:
    """The problem with each listed site's people set to its count to plan, and the ages
    of those people (sites without a list keep their typed count)."""
    counts = {s.site_id: s for s in rec.sites}

    def listed(site: Site) -> Site:
        c = counts[site.site_id]
        earliest = c.first_day if c.waits else site.earliest
        return dataclasses.replace(site, people=c.to_plan, earliest=earliest)

    sites = tuple(listed(s) if s.site_id in counts else s for s in problem.sites)
    return dataclasses.replace(problem, sites=sites, ages=rec.ages)


def _duplicates(frame: pd.DataFrame) -> dict[int, int]:
    """Row index -> the index of the earlier row it repeats: the same NIK, or the same name
    and birth date where a NIK is missing on either side (two rows with different NIKs are
    two people, twins and namesakes alike)."""
    out: dict[int, int] = {}
    with_nik = frame[frame.nik != ""]
    first_of = with_nik.index.to_series().groupby(with_nik.nik).transform("first")
    for i, first in first_of[first_of != first_of.index].items():
        out[int(i)] = int(first)
    named = frame[frame.name != ""]
    repeated = named[named.duplicated(["name", "birth"], keep=False)]
    niks = frame.nik.tolist()
    for members in repeated.groupby(["name", "birth"]).indices.values():
        kept: list[int] = []
        for i in sorted(int(repeated.index[m]) for m in members):
            if i in out:
                continue
            same = next((k for k in kept if not niks[k] or not niks[i] or niks[k] == niks[i]), None)
            if same is None:
                kept.append(i)
            else:
                out[i] = same
    return out


def _mismatch(p: Person) -> bool:
    born = nik_birth(p.nik, p.birth)
    if born is None:
        return True
    same_day = (born.day, born.month, born.year % 100) == (p.birth.day, p.birth.month,
                                                           p.birth.year % 100)  # fmt: skip
    return not same_day or (p.sex != "" and p.sex != nik_sex(p.nik))


def _allowed(problem: Problem) -> dict[str, tuple[date, ...]]:
    """Each site's possible visit days (the campaign's start and deadline when its rules
    allow none: the reader reports that)."""
    days = build_calendar(problem).days
    out = {}
    for site in problem.sites:
        allowed = tuple(days[i] for i in allowed_days(problem, site, days))
        out[site.site_id] = allowed or (problem.settings.start, problem.settings.deadline)
    return out


def _waited(
    problem: Problem, lists: Lists, of: dict[int, int], allowed: dict[str, tuple[date, ...]]
) -> dict[str, tuple[date, date]]:
    """Each site's window for judging ages when visits may wait: from the latest 16th
    birthday of its people after which its remaining days still hold the days all of those
    16 by then need (at the most kits its type sends) and half its window at least, else from
    its first possible day."""
    births: dict[str, list[date]] = defaultdict(list)
    for i, p in enumerate(lists.people):
        if i not in of and not (p.nik and p.nik in lists.recorded):
            births[p.site_id].append(birthday(p.birth, 16))
    out = {k: (v[0], v[-1]) for k, v in allowed.items()}
    for site in problem.sites:
        days = allowed[site.site_id]
        per_day = problem.rate(site) * problem.site_type(site).max_kits
        later = sorted({b for b in births.get(site.site_id, ()) if days[0] < b <= days[-1]})
        for cutoff in reversed(later):
            ready = sum(1 for b in births[site.site_id] if b <= cutoff)
            left = sum(1 for d in days if d >= cutoff)
            # Half its window at least: the other sites need the late days too.
            if left >= math.ceil(ready / per_day) and 2 * left >= len(days):
                out[site.site_id] = (cutoff, days[-1])
                break
    return out


@dataclass(frozen=True)
class SitePerson:
    """One person to invite at a site, for the by-name outputs (invitations, attendance
    lists): name, masked NIK, class or RT/RW, and where the row came from."""

    name: str = dataclasses.field(repr=False)
    nik: str  # masked (`mask_nik`): never the whole NIK
    order: str  # class (students) or RT/RW (residents)
    file: str
    row: int


def site_people(lists: Lists, rec: Reconciliation, site_id: str) -> tuple[SitePerson, ...]:
    """The people planned at a site, in the by-name files' order: students class by class,
    residents RW by RW, RT by RT within it (RT 001 is in every RW), as an RT head calls
    them; then by name. Whom the site's visit is for. Personal data: only by-name files may
    hold what this returns."""
    chosen = [
        p for p, s in zip(lists.people, rec.status, strict=True)
        if s == PLANNED and p.site_id == site_id
    ]  # fmt: skip
    chosen.sort(key=lambda p: (_walk(p.order), p.name.casefold(), p.file, p.row))
    return tuple(
        SitePerson(p.name, mask_nik(p.nik), p.order, lists.files[p.file].path, p.row)
        for p in chosen
    )


def _walk(order: str) -> tuple[str, ...]:
    rt, _, rw = order.partition("/")  # `001/004`: RT 001 of RW 004
    return (rw, rt) if rw else (order,)
