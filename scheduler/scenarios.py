"""Changes to a campaign, as a manager asks about them: more kits from a date, days lost, a
later deadline, other weekdays for a type, another rate, a wider window for a site.

Each change turns a problem into another problem (plain data in, plain data out), so the same
changes serve `outreach whatif`, the fixes a short plan suggests, and the tests that apply a
suggested fix and plan again. `parse_*` read them as the CLI options write them.
"""

from __future__ import annotations

import dataclasses
import math
import re
from dataclasses import dataclass
from datetime import date, timedelta

from scheduler.dates import days_between, parse_date, parse_range, parse_weekdays
from scheduler.formats import date_range, day_text, percent, weekdays_text
from scheduler.messages import Msg, message_of, say, text
from scheduler.problem import GOOD, NETWORKS, POOR, Closure, Kit, Printing, Problem
from scheduler.workdays import national_holidays


class ScenarioError(ValueError):
    """A change that cannot apply to this campaign (an unknown type or site, a bad value)."""


@dataclass(frozen=True)
class ExtraKits:
    """`count` more kits (fewer, when negative) from `first_day` on (None: from the start)."""

    count: int
    first_day: date | None = None

    def apply(self, problem: Problem) -> Problem:
        start = problem.settings.start
        first = self.first_day or start
        before = frozenset(days_between(start, first - timedelta(days=1)))
        kits = list(problem.kits)
        if self.count >= 0:
            taken = {k.kit_id for k in kits}
            n = 0
            for _ in range(self.count):
                n += 1
                while f"X{n}" in taken:
                    n += 1
                kits.append(Kit(f"X{n}", Msg("describe.extra_kit"), before))
        else:
            if -self.count >= len(kits) and first <= start:
                raise ScenarioError(Msg("scenario.few_kits", count=self.count, kits=len(kits)))
            # The last kits listed are the ones taken away from `first` on.
            end = problem.settings.deadline
            gone = frozenset(days_between(first, end))
            for i in range(len(kits) - 1, max(-1, len(kits) - 1 + self.count), -1):
                kits[i] = dataclasses.replace(kits[i], unavailable=kits[i].unavailable | gone)
        return dataclasses.replace(problem, kits=tuple(kits))

    def describe(self, lang: str = "en") -> str:
        n = abs(self.count)
        key = f"describe.{'more' if self.count >= 0 else 'fewer'}_kit{'s' if n != 1 else ''}"
        return _from(say(key, lang, n=n), self.first_day, lang)


@dataclass(frozen=True)
class LostDays:
    """Days on which nothing is recorded (network down, kits recalled): office-wide closures."""

    first: date
    last: date

    def apply(self, problem: Problem) -> Problem:
        days = days_between(self.first, self.last)
        lost = tuple(Closure(d, Msg("describe.lost_day")) for d in days)
        return dataclasses.replace(problem, closures=problem.closures + lost)

    def describe(self, lang: str = "en") -> str:
        if self.last == self.first:
            days = day_text(self.first, lang)
        else:
            days = date_range(self.first, self.last, lang, weekday=True)
        return say("describe.lost", lang, days=days)


@dataclass(frozen=True)
class NewDeadline:
    day: date

    def apply(self, problem: Problem) -> Problem:
        if self.day < problem.settings.start:
            raise ScenarioError(Msg("scenario.deadline", day=self.day))
        settings = dataclasses.replace(problem.settings, deadline=self.day)
        return _with_holidays(dataclasses.replace(problem, settings=settings))

    def describe(self, lang: str = "en") -> str:
        return say("describe.deadline", lang, day=self.day)


@dataclass(frozen=True)
class TypeWeekdays:
    """Another set of weekdays on which a site type may be visited."""

    type: str
    weekdays: frozenset[int]

    def apply(self, problem: Problem) -> Problem:
        names = [t.name for t in problem.site_types]
        if self.type not in names:
            raise ScenarioError(Msg("scenario.type", type=self.type, known=", ".join(names)))
        types = tuple(
            dataclasses.replace(t, weekdays=self.weekdays) if t.name == self.type else t
            for t in problem.site_types
        )
        return dataclasses.replace(problem, site_types=types)

    def describe(self, lang: str = "en") -> str:
        days = weekdays_text(self.weekdays, lang)
        return say("describe.weekdays", lang, type=self.type, days=days)


@dataclass(frozen=True)
class NetworkRate:
    """People per kit-day for one network class (sites with their own rate keep it)."""

    network: str
    rate: int

    def apply(self, problem: Problem) -> Problem:
        s = problem.settings
        if self.network == GOOD:
            settings = dataclasses.replace(s, rate_good=self.rate)
        else:
            settings = dataclasses.replace(s, rate_poor=self.rate)
        return dataclasses.replace(problem, settings=settings)

    def describe(self, lang: str = "en") -> str:
        network = text(GOOD if self.network == GOOD else POOR, lang)
        return say("describe.rate", lang, network=network, rate=self.rate)


@dataclass(frozen=True)
class ExtraBlanks:
    """N more blank cards delivered on a day (the campaign's start when not given)."""

    count: int
    day: date | None = None

    def apply(self, problem: Problem) -> Problem:
        p = _printing_of(problem, "--blanks")
        day = self.day or problem.settings.start
        if day < problem.settings.start:
            raise ScenarioError(Msg("scenario.blanks_early", day=day))
        deliveries = tuple(sorted((*p.deliveries, (day, self.count))))
        printing = dataclasses.replace(p, deliveries=deliveries)
        return dataclasses.replace(problem, printing=printing)

    def describe(self, lang: str = "en") -> str:
        return _from(say("describe.blanks", lang, n=self.count), self.day, lang)


@dataclass(frozen=True)
class PrintRate:
    """Cards printed a working day."""

    rate: int

    def apply(self, problem: Problem) -> Problem:
        p = _printing_of(problem, "--print-rate")
        return dataclasses.replace(problem, printing=dataclasses.replace(p, rate=self.rate))

    def describe(self, lang: str = "en") -> str:
        return say("describe.print_rate", lang, rate=self.rate)


def _printing_of(problem: Problem, option: str) -> Printing:
    if problem.printing is None:
        raise ScenarioError(Msg("scenario.no_printing", option=option))
    return problem.printing


@dataclass(frozen=True)
class SiteWindow:
    """A wider window for one site (None: no limit on that side)."""

    site_id: str
    earliest: date | None
    latest: date | None

    def apply(self, problem: Problem) -> Problem:
        sites = tuple(
            dataclasses.replace(s, earliest=self.earliest, latest=self.latest)
            if s.site_id == self.site_id
            else s
            for s in problem.sites
        )
        if sites == problem.sites and self.site_id not in {s.site_id for s in problem.sites}:
            raise ScenarioError(Msg("scenario.site", site=self.site_id))
        return dataclasses.replace(problem, sites=sites)

    def describe(self, lang: str = "en") -> str:
        days = date_range(self.earliest, self.latest, lang, weekday=True)
        return say("describe.window", lang, site=self.site_id, days=days)


@dataclass(frozen=True)
class RateShare:
    """Every rate (the networks' and the sites' own) at a share of itself, rounded down:
    planning on cautious rates leaves slack for stalled days (`plan --buffer`)."""

    share: float

    def apply(self, problem: Problem) -> Problem:
        def scaled(rate: int) -> int:
            return max(1, math.floor(rate * self.share + 1e-9))

        s = problem.settings
        settings = dataclasses.replace(
            s, rate_good=scaled(s.rate_good), rate_poor=scaled(s.rate_poor)
        )
        sites = tuple(
            dataclasses.replace(x, rate=scaled(x.rate)) if x.rate is not None else x
            for x in problem.sites
        )
        return dataclasses.replace(problem, settings=settings, sites=sites)

    def describe(self, lang: str = "en") -> str:
        return say("describe.rate_share", lang, share=percent(self.share, lang, 0))


Change = (
    ExtraKits
    | LostDays
    | NewDeadline
    | TypeWeekdays
    | NetworkRate
    | SiteWindow
    | RateShare
    | ExtraBlanks
    | PrintRate
)


@dataclass(frozen=True)
class Fix:
    """Changes that, together, let a plan record everyone.

    `smallest` is True when the search proved nothing smaller of the same kind does (an
    earlier deadline, fewer kits, or the same kits from a later day).
    """

    kind: str
    changes: tuple[Change, ...]
    smallest: bool


def apply(problem: Problem, changes: tuple[Change, ...]) -> Problem:
    for change in changes:
        problem = change.apply(problem)
    return problem


def describe(changes: tuple[Change, ...], lang: str = "en") -> str:
    if not changes:
        return text("describe.baseline", lang)
    return "; ".join(c.describe(lang) for c in changes)


def _from(what: str, day: date | None, lang: str) -> str:
    """A change from a day on (`+1 kit from Mon 12/09/2022`), or from the start."""
    return say("describe.from", lang, what=what, day=day) if day else what


def _with_holidays(problem: Problem) -> Problem:
    """After a deadline moves, the national holidays for the new span."""
    s = problem.settings
    return dataclasses.replace(problem, holidays=national_holidays(s.holidays, s.start, s.deadline))


# -- reading changes as the CLI options write them -----------------------------------------

_KITS = re.compile(r"^\s*([+-]?)(\d+)\s*(?:@\s*(.+))?$")


def parse_kits(text: str) -> ExtraKits:
    """`+1`, `2`, `+1@2022-09-01`, `-1@12/09/2022` (one kit fewer from that day)."""
    m = _KITS.match(text)
    if not m or int(m.group(2)) == 0:
        raise ScenarioError(Msg("scenario.kits", text=text))
    count = int(m.group(2)) * (-1 if m.group(1) == "-" else 1)
    first = _date(m.group(3), text) if m.group(3) else None
    return ExtraKits(count, first)


def parse_lost(text: str) -> LostDays:
    """`2022-09-12` or `2022-09-12..2022-09-14`."""
    try:
        first, last = parse_range(text)
    except ValueError as e:
        raise ScenarioError(Msg("scenario.value", text=text, why=message_of(e))) from None
    return LostDays(first, last)


def parse_blanks(text: str) -> ExtraBlanks:
    """`+500`, `500@2022-10-03`."""
    m = _KITS.match(text)
    if not m or m.group(1) == "-" or int(m.group(2)) == 0:
        raise ScenarioError(Msg("scenario.blanks", text=text))
    return ExtraBlanks(int(m.group(2)), _date(m.group(3), text) if m.group(3) else None)


def parse_print_rate(text: str) -> PrintRate:
    """`400`: cards a working day."""
    if not text.strip().isdigit() or int(text) < 1:
        raise ScenarioError(Msg("scenario.print_rate", text=text))
    return PrintRate(int(text))


def parse_deadline(text: str) -> NewDeadline:
    return NewDeadline(_date(text, text))


def parse_weekdays_change(text: str) -> TypeWeekdays:
    """`kelurahan=Mon-Thu`, `sekolah=Sen-Jum`."""
    name, sep, days = text.partition("=")
    if not sep or not name.strip():
        raise ScenarioError(Msg("scenario.weekdays", text=text))
    try:
        weekdays = parse_weekdays(days)
    except ValueError as e:
        raise ScenarioError(Msg("scenario.value", text=text, why=message_of(e))) from None
    type_name = name.strip().lower()
    return TypeWeekdays({"sekolah": "school"}.get(type_name, type_name), weekdays)


_NETWORK_WORDS = {"good": GOOD, "lancar": GOOD, "poor": POOR, "tersendat": POOR}


def parse_rate(text: str) -> NetworkRate:
    """`good=30`, `tersendat=8`."""
    name, sep, value = text.partition("=")
    network = _NETWORK_WORDS.get(name.strip().lower())
    if not sep or network is None or not value.strip().isdigit() or int(value) < 1:
        raise ScenarioError(Msg("scenario.rate", text=text, networks=", ".join(NETWORKS)))
    return NetworkRate(network, int(value))


def _date(text: str, whole: str) -> date:
    try:
        return parse_date(text.strip())
    except ValueError as e:
        raise ScenarioError(Msg("scenario.value", text=whole, why=message_of(e))) from None
