"""The planning problem as plain frozen data: what the readers produce and the solver consumes.

Nothing here knows about workbooks or solvers. Ids are the users' own strings; indices exist
only inside the solver.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from datetime import date

GOOD = "good"
POOR = "poor"
NETWORKS = (GOOD, POOR)

SCHOOL = "school"
KELURAHAN = "kelurahan"

MON, TUE, WED, THU, FRI, SAT, SUN = range(7)


@dataclass(frozen=True)
class Site:
    """A place to visit: a school or a kelurahan office, with the people still to record."""

    site_id: str
    name: str
    type: str
    kecamatan: str
    people: int
    network: str = GOOD
    rate: int | None = None  # people one kit records here in a day; None: the network's rate
    priority: int = 3  # 1 (lowest) to 5 (highest)
    earliest: date | None = None
    latest: date | None = None
    closed: frozenset[date] = frozenset()
    contact: str = ""
    notes: str = ""

    def __post_init__(self) -> None:
        if not self.site_id:
            raise ValueError("a site needs an id")
        if self.people < 0:
            raise ValueError(f"site {self.site_id}: people must be >= 0")
        if self.network not in NETWORKS:
            raise ValueError(f"site {self.site_id}: network must be one of {NETWORKS}")
        if self.rate is not None and self.rate < 1:
            raise ValueError(f"site {self.site_id}: rate must be >= 1")
        if not 1 <= self.priority <= 5:
            raise ValueError(f"site {self.site_id}: priority must be 1 to 5")
        if self.earliest and self.latest and self.earliest > self.latest:
            raise ValueError(f"site {self.site_id}: earliest is after latest")


@dataclass(frozen=True)
class Kit:
    """One recording kit (camera, fingerprint and iris scanner, signature pad, laptop)."""

    kit_id: str
    name: str = ""
    unavailable: frozenset[date] = frozenset()

    def __post_init__(self) -> None:
        if not self.kit_id:
            raise ValueError("a kit needs an id")


@dataclass(frozen=True)
class SiteType:
    """The visiting rules for one type of site."""

    name: str
    weekdays: frozenset[int]  # 0 = Monday
    max_sites_per_day: int | None = None  # None: no limit
    min_kits: int = 1
    max_kits: int = 1

    def __post_init__(self) -> None:
        if not self.weekdays or not self.weekdays <= set(range(7)):
            raise ValueError(f"type {self.name}: weekdays must be a non-empty set of 0..6")
        if self.max_sites_per_day is not None and self.max_sites_per_day < 1:
            raise ValueError(f"type {self.name}: max_sites_per_day must be >= 1")
        if not 1 <= self.min_kits <= self.max_kits:
            raise ValueError(f"type {self.name}: need 1 <= min_kits <= max_kits")


DEFAULT_TYPES = (
    SiteType(SCHOOL, frozenset({MON, TUE, WED, THU, FRI}), None, 1, 2),
    SiteType(KELURAHAN, frozenset({MON, TUE, WED}), 2, 1, 1),
)


@dataclass(frozen=True)
class Closure:
    """A day the whole office is closed."""

    day: date
    reason: str = ""


@dataclass(frozen=True)
class Holiday:
    """A national holiday or joint-leave day (cuti bersama)."""

    day: date
    name: str


@dataclass(frozen=True)
class Reservation:
    """Kit-days taken by a fixed duty, on given dates and/or every given weekday."""

    kits: int
    label: str = ""
    days: frozenset[date] = frozenset()
    weekdays: frozenset[int] = frozenset()

    def __post_init__(self) -> None:
        if self.kits < 1:
            raise ValueError(f"reservation {self.label!r}: kits must be >= 1")
        if not self.days and not self.weekdays:
            raise ValueError(f"reservation {self.label!r}: needs dates or weekdays")

    def applies(self, day: date) -> bool:
        return day in self.days or day.weekday() in self.weekdays


@dataclass(frozen=True)
class Settings:
    start: date
    deadline: date
    rate_good: int = 25
    rate_poor: int = 10
    holidays: str = "ID"  # country code, or "none"
    region: str = ""
    # What `outreach risk` and `plan --buffer` assume about the network and turnout. Sukoharjo's
    # figures: a two-kit team records 50 a day when the network is smooth and 20 when it stalls,
    # so 25 and 10 per kit. How often a day stalls is not in the reports; these chances are
    # assumptions until the office measures its own from the Progress sheets (README: risk).
    stall_good: float = 0.2  # a day in five at a good-network site stalls
    stall_poor: float = 0.3  # a poor-network site, planned at its slow rate, sometimes drops
    turnout: float = 0.95  # share of the people invited who come on their visit day
    # A stalled day records this share of the site's own rate: Sukoharjo's 20 of 50 a day.
    # Offices that measured a fixed number per kit set stalled_rate_good / _poor instead.
    stalled_share: float = 0.4
    stalled_rate_good: int | None = None
    stalled_rate_poor: int | None = None

    def __post_init__(self) -> None:
        if self.deadline < self.start:
            raise ValueError("the deadline is before the start")
        if self.rate_good < 1 or self.rate_poor < 1:
            raise ValueError("rates must be >= 1")
        if not (0 <= self.stall_good <= 1 and 0 <= self.stall_poor <= 1):
            raise ValueError("stall chances must be between 0 and 1")
        if any(r is not None and r < 0 for r in (self.stalled_rate_good, self.stalled_rate_poor)):
            raise ValueError("stalled rates must be >= 0")
        if not 0 <= self.stalled_share <= 1:
            raise ValueError("the stalled share must be between 0 and 1")
        if not 0 < self.turnout <= 1:
            raise ValueError("turnout must be more than 0 and at most 1")

    def stall(self, network: str) -> float:
        return self.stall_good if network == GOOD else self.stall_poor

    def stalled_rate(self, network: str, rate: int) -> int:
        """People per kit on a stalled day at a site whose smooth rate is `rate`: the set
        number for its network (never above its rate), else the stalled share of its rate."""
        fixed = self.stalled_rate_good if network == GOOD else self.stalled_rate_poor
        return min(fixed, rate) if fixed is not None else round(self.stalled_share * rate)


# Print classes, in the office's usual order: damaged or lost cards first, then the campaign's
# first-time voters, then changes of data that may wait (Sukoharjo, September 2022).
CAMPAIGN = "campaign"
PRINT_CLASSES = ("damaged", CAMPAIGN, "change")


@dataclass(frozen=True)
class Printing:
    """What printing the cards takes (all optional in a workbook; without a Printing sheet a
    plan has no print projection). Counts are cards; days are the office's working days."""

    rate: int  # cards printed on a working day
    overtime_rate: int | None = None  # on an overtime day
    overtime_days: frozenset[date] = frozenset()
    overtime_weekdays: frozenset[int] = frozenset()
    stock: int | None = None  # blanks on hand at the start (None: not a limit)
    deliveries: tuple[tuple[date, int], ...] = ()  # (day, blanks)
    backlog: tuple[tuple[str, int], ...] = ()  # (class, records ready to print at the start)
    counter: tuple[tuple[str, int], ...] = ()  # (class, counter requests a working day)
    classes: tuple[str, ...] = PRINT_CLASSES  # print order
    target: date | None = None  # campaign cards wanted by (default: the deadline)

    def __post_init__(self) -> None:
        if self.rate < 1:
            raise ValueError("the print rate must be at least 1")
        if CAMPAIGN not in self.classes:
            raise ValueError(f"the print classes must include {CAMPAIGN}")

    def is_overtime(self, day: date) -> bool:
        return day in self.overtime_days or day.weekday() in self.overtime_weekdays


@dataclass(frozen=True)
class SiteAges:
    """When a site's planned people turn 16 and 17, as counts by day (no names): from the
    reconciled name lists (`scheduler.reconcile`). Nobody may be recorded before turning 16,
    and a card is printed only from the 17th birthday (UU 24/2013 as amended, art. 63)."""

    site_id: str
    turns_16: tuple[tuple[date, int], ...] = ()  # (day, people) for days after the start
    turns_17: tuple[tuple[date, int], ...] = ()  # (day, people) for days after the start

    def sixteen_by(self, day: date, people: int) -> int:
        """Of the site's `people`, how many are 16 on `day`."""
        return people - sum(n for d, n in self.turns_16 if d > day)


@dataclass(frozen=True)
class Problem:
    """Everything one campaign plan depends on."""

    settings: Settings
    sites: tuple[Site, ...]
    kits: tuple[Kit, ...]
    site_types: tuple[SiteType, ...] = DEFAULT_TYPES
    closures: tuple[Closure, ...] = ()
    reservations: tuple[Reservation, ...] = ()
    holidays: tuple[Holiday, ...] = ()
    printing: Printing | None = None
    ages: tuple[SiteAges, ...] = ()  # from name lists; none: ages are not known
    _types: dict[str, SiteType] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        types = {t.name: t for t in self.site_types}
        if len(types) != len(self.site_types):
            raise ValueError("site type names must be unique")
        object.__setattr__(self, "_types", types)
        if not self.kits:
            raise ValueError("a campaign needs at least one kit")
        for ids, what in (
            ([s.site_id for s in self.sites], "site"),
            ([k.kit_id for k in self.kits], "kit"),
        ):
            if len(set(ids)) != len(ids):
                raise ValueError(f"{what} ids must be unique")
        for s in self.sites:
            if s.type not in types:
                raise ValueError(f"site {s.site_id}: unknown type {s.type!r}")

    def ages_of(self, site_id: str) -> SiteAges | None:
        return next((a for a in self.ages if a.site_id == site_id), None)

    def site_type(self, site: Site) -> SiteType:
        return self._types[site.type]

    def rate(self, site: Site) -> int:
        """People one kit records at this site in one day."""
        if site.rate is not None:
            return site.rate
        return self.settings.rate_good if site.network == GOOD else self.settings.rate_poor

    def kit_days_needed(self, site: Site) -> int:
        """The fewest kit-days that record everyone at the site."""
        return math.ceil(site.people / self.rate(site))

    def days_needed(self, site: Site) -> int:
        """The fewest visit days: every day with the most kits the type allows."""
        return math.ceil(site.people / (self.rate(site) * self.site_type(site).max_kits))

    def most_useful_days(self, site: Site) -> int:
        """More visit days than this, even at the fewest kits, would record nobody new."""
        return math.ceil(site.people / (self.rate(site) * self.site_type(site).min_kits))

    @property
    def people(self) -> int:
        return sum(s.people for s in self.sites)

    def site(self, site_id: str) -> Site:
        for s in self.sites:
            if s.site_id == site_id:
                return s
        raise KeyError(site_id)
