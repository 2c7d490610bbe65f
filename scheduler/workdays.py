"""The campaign calendar: which days the office works, how many kits are free for site visits on
each, and which of them each site may be visited on.

The solver, the greedy sweep, the capacity check and the writers share this; the rule checker
does not (it re-derives every fact it checks from the problem itself).
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from datetime import date

import holidays as holidays_lib

from scheduler.dates import days_between
from scheduler.messages import Msg
from scheduler.problem import Holiday, Problem, Site

NO_HOLIDAYS = ("none", "tidak", "tidak ada", "-")


def national_holidays(country: str, first: date, last: date) -> tuple[Holiday, ...]:
    """Public holidays and joint-leave days (cuti bersama) between two dates, Indonesian names.

    The `holidays` package files cuti bersama under the "government" category; both are days
    off for a Disdukcapil office.
    """
    if country.strip().lower() in NO_HOLIDAYS:
        return ()
    code = country.strip().upper()
    cls = holidays_lib.country_holidays(code).__class__
    categories = tuple(c for c in ("public", "government") if c in cls.supported_categories)
    language = "id" if "id" in getattr(cls, "supported_languages", ()) else None
    table = holidays_lib.country_holidays(
        code,
        years=range(first.year, last.year + 1),
        categories=categories,
        language=language,
    )
    return tuple(
        Holiday(day, str(name)) for day, name in sorted(table.items()) if first <= day <= last
    )


def is_country_code(country: str) -> bool:
    if country.strip().lower() in NO_HOLIDAYS:
        return True
    return country.strip().upper() in holidays_lib.list_supported_countries()


@dataclass(frozen=True)
class Calendar:
    """Working days in order, and per working day the kits left for site visits."""

    days: tuple[date, ...]
    free_kits: tuple[int, ...]  # kits available minus kits reserved for fixed duties
    kits_available: tuple[tuple[str, ...], ...]  # kit ids not unavailable, per working day
    reserved: tuple[int, ...]  # kits taken by fixed duties, per working day
    days_off: dict[date, str]  # every non-working day in start..deadline, with its reason
    allowed: dict[str, tuple[int, ...]]  # site id -> indices of its allowed working days

    def index(self, day: date) -> int:
        """The position of a working day in `days` (KeyError for a day that is not one)."""
        return self._positions[day]

    @functools.cached_property
    def _positions(self) -> dict[date, int]:
        return {d: t for t, d in enumerate(self.days)}

    @property
    def working_days(self) -> tuple[date, ...]:
        """Hari kerja: Monday to Friday, less holidays and closures. (`days` holds weekends
        too, when no holiday: a type may be visited on them, a Sunday service say.)"""
        return tuple(d for d in self.days if d.weekday() < 5)


def build_calendar(problem: Problem) -> Calendar:
    s = problem.settings
    days_off: dict[date, str] = {}
    for h in problem.holidays:
        days_off.setdefault(h.day, h.name)
    for c in problem.closures:
        days_off.setdefault(c.day, c.reason or Msg("closed_day"))
    days = tuple(d for d in days_between(s.start, s.deadline) if d not in days_off)

    available, reserved, free = [], [], []
    for day in days:
        kits = tuple(k.kit_id for k in problem.kits if day not in k.unavailable)
        taken = sum(r.kits for r in problem.reservations if r.applies(day))
        available.append(kits)
        reserved.append(taken)
        free.append(max(0, len(kits) - taken))

    allowed = {site.site_id: allowed_days(problem, site, days) for site in problem.sites}
    return Calendar(
        days=days,
        free_kits=tuple(free),
        kits_available=tuple(available),
        reserved=tuple(reserved),
        days_off={d: days_off[d] for d in sorted(days_off) if s.start <= d <= s.deadline},
        allowed=allowed,
    )


def allowed_days(problem: Problem, site: Site, days: tuple[date, ...]) -> tuple[int, ...]:
    """The working days a site's rules allow: its type's weekdays, its window, not closed.

    Whether kits are free that day does not matter here: a visit's days must be consecutive
    allowed days, so a day with every kit away breaks a run rather than being skipped over.
    """
    weekdays = problem.site_type(site).weekdays
    lo = site.earliest or date.min
    hi = site.latest or date.max
    return tuple(
        i
        for i, day in enumerate(days)
        if day.weekday() in weekdays and lo <= day <= hi and day not in site.closed
    )
