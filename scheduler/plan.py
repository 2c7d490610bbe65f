"""A plan as plain frozen data, and how per-site visits become kit-by-kit rows.

Solvers decide, per site, which days it is visited and how many kits go there; kits are
interchangeable on a day, so kit ids are handed out afterwards (`solver.kit_ids`), keeping
each kit at the same site and in the same kecamatan from one day to the next where it can.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date

from scheduler.scenarios import Fix


@dataclass(frozen=True)
class Visit:
    """A site's visit: its days (consecutive allowed days) with the kits sent on each."""

    site_id: str
    days: tuple[tuple[date, int], ...]  # (day, kits), in date order
    people: int  # people planned over the whole visit

    @property
    def kit_days(self) -> int:
        return sum(k for _, k in self.days)


@dataclass(frozen=True)
class KitDay:
    """One kit at one site on one day, with the people it is planned to record there."""

    day: date
    kit_id: str
    site_id: str
    people: int


@dataclass(frozen=True)
class DutyDay:
    """One kit on a fixed duty (a `Reserved` row) on one day."""

    day: date
    kit_id: str
    label: str


@dataclass(frozen=True)
class Stage:
    """One objective of the lexicographic solve, with how sure we are of it.

    `value` and `bound` are in the stage's own unit; `status` is `optimal` when the solver
    proved no plan does better, `feasible` when the time limit stopped it first, `greedy` when
    only the greedy sweep's plan is known.

    A `priority` stage is one class: `level` its priority, `value` and `bound` the calendar's
    days (`Calendar.days`, as the finish counts them) until all its sites are done
    (`bound_day`: the bound as a date). `held`: the class's sites
    that cannot be done sooner even alone (their own window or days); the stage is then the
    date of the class's other sites, once the held ones are done.
    """

    name: str
    status: str
    value: int
    bound: int
    seconds: float = field(default=0.0, compare=False)  # wall time: not part of the plan
    level: int = 0
    held: tuple[str, ...] = ()
    bound_day: date | None = None

    @property
    def proven(self) -> bool:
        return self.status == "optimal"


@dataclass(frozen=True)
class Shortfall:
    """A site not fully planned, and why (a `capacity` reason; `labels.shortfall_text` words it)."""

    site_id: str
    people_left: int
    reason: str
    most_alone: int = 0  # the most people the site could have had with no other site


@dataclass(frozen=True)
class Buffer:
    """What `plan --buffer` asked for, reached, and cost."""

    target: float  # the chance of finishing by the deadline asked for
    chance: float  # the chance this plan has (replayed `runs` times at the real rates)
    plain_chance: float  # the chance the plan without a buffer has
    rate_share: float  # the plan assumes this share of the rates (1.0: no buffer was needed)
    plain_finish: date | None  # the finish date without a buffer
    runs: int

    @property
    def met(self) -> bool:
        return self.chance >= self.target


# The print queue (`printing.project`), its inputs and its fixes, as data.


@dataclass(frozen=True)
class Arrival:
    """People recorded at a site on a day (their cards go into the campaign's class)."""

    day: date
    site_id: str
    people: int


@dataclass(frozen=True)
class PrintDay:
    day: date
    arrived: int  # records that became ready to print (every class)
    printed: int
    printed_campaign: int
    queue: int  # waiting at the day's end (every class)
    campaign_queue: int
    stock: int | None  # blanks left at the day's end (None: not counted)
    delivered: int
    overtime: bool
    certificates: int  # temporary certificates issued that day
    certificates_campaign: int = 0  # of them, to the campaign's people


@dataclass(frozen=True)
class Projection:
    days: tuple[PrintDay, ...]  # from the first print day to the campaign's last card (or more)
    ready: tuple[tuple[str, date | None], ...]  # site id -> the day its last card is printed
    campaign_done: date | None  # every campaign card printed (None: not within the horizon)
    stock_out: date | None  # the first day printing stopped for want of blanks
    certificates: int  # temporary certificates, every class
    certificates_campaign: int
    target: date  # when the campaign's cards are wanted

    @property
    def on_time(self) -> bool:
        return self.campaign_done is not None and self.campaign_done <= self.target

    def ready_of(self, site_id: str) -> date | None:
        return dict(self.ready).get(site_id)


@dataclass(frozen=True)
class PrintFix:
    """A change that has every campaign card printed by the target: `count` more blanks
    delivered by `day`, or overtime on the `count` working days from `day` to the target."""

    kind: str  # BLANKS or OVERTIME
    count: int
    day: date


BLANKS, OVERTIME = "blanks", "overtime"


@dataclass(frozen=True)
class Sweep:
    """The sweep's plan beside the plan written, for the Summary.

    `better`: the first goal on which the plan beats the sweep (`solver.sweep`'s `PEOPLE`,
    `FINISH`, `PRIORITY`, with `level` the class; `SAME`: on none, the sweep is no better on
    any goal before continuity). Here, beside the plan, since a Plan carries one."""

    people: int
    finish: date | None
    moves: int
    plan_moves: int
    better: str
    level: int = 0
    classes: tuple[tuple[int, date | None], ...] = ()  # the sweep's, highest first
    class_people: tuple[tuple[int, int], ...] = ()  # the sweep's people planned per class


@dataclass(frozen=True)
class Plan:
    visits: tuple[Visit, ...]
    kit_days: tuple[KitDay, ...]
    duties: tuple[DutyDay, ...]
    stages: tuple[Stage, ...] = ()
    shortfalls: tuple[Shortfall, ...] = ()
    finish: date | None = None  # last day anyone is recorded
    finish_bound: date | None = None  # no plan recording as many people finishes earlier
    seed: int = 0
    warnings: tuple[str, ...] = ()
    # Re-planning: what happened before today, the plan's version, and what moved.
    history: tuple[ProgressRow, ...] = ()
    version: int = 1
    changes: tuple[Change, ...] = ()
    class_moves: tuple[ClassMove, ...] = ()  # re-plans: priority classes whose day moved
    today: date | None = None
    # The announced visits a re-plan kept: a site's rest may come back in a run of its own
    # after them (a team returns), the one exception to "one unbroken run" (checker rule 3).
    kept: tuple[Visit, ...] = ()
    # False when the wall clock cut a search short: a rerun on this machine may differ.
    repeatable: bool = True
    stopped: bool = False  # Ctrl-C stopped the search: the best plan found by then
    # A short plan: the smallest fixes found by solving (`fixes.find_fixes`).
    fixes: tuple[Fix, ...] = ()
    fixes_settled: bool = True  # False: the time limit stopped the search for fixes
    # `plan --buffer`: the chance of finishing on time it was planned for, and what it cost.
    buffer: Buffer | None = None
    # With printing inputs: the print queue projected from this plan, and when the campaign's
    # cards are late, the smallest fixes found (`pipeline.plan_campaign`).
    printing: Projection | None = None
    print_fixes: tuple[PrintFix, ...] = ()
    # A fresh plan: the coordinator's sweep beside it (its moves; the goal the plan beats it on).
    sweep: Sweep | None = None

    @property
    def people_planned(self) -> int:
        return sum(v.people for v in self.visits)

    def visit(self, site_id: str) -> Visit | None:
        for v in self.visits:
            if v.site_id == site_id:
                return v
        return None

    def stage(self, name: str) -> Stage | None:
        """The stage of that name (`people`, `finish`, ...); None when the solve did not reach
        it (stopped before it)."""
        return next((st for st in self.stages if st.name == name), None)


def split_people(people: int, slots: int) -> list[int]:
    """People spread as evenly as can be over a visit's kit-days, earlier kit-days first."""
    if slots == 0:
        return []
    base, extra = divmod(people, slots)
    return [base + (1 if i < extra else 0) for i in range(slots)]


DONE, PARTIAL, LOST = "done", "partial", "lost"
STATUSES = (DONE, PARTIAL, LOST)


@dataclass(frozen=True)
class ProgressRow:
    """One row of a plan's Progress sheet as staff filled it (None: left blank)."""

    day: date
    kit_id: str
    site_id: str
    planned: int
    recorded: int | None = None
    status: str | None = None
    row: int = field(default=0, compare=False)  # its row on the Progress sheet (0: not read)

    @property
    def counted(self) -> int:
        """People this kit-day really recorded: lost days none, partial days what was
        written, done days what was written (or the plan, if only the status was set),
        unreported days the plan."""
        if self.status == LOST:
            return 0
        if self.recorded is not None:
            return self.recorded
        return 0 if self.status == PARTIAL else self.planned


@dataclass(frozen=True)
class Change:
    """A site whose visit moved between two versions of the plan, and why."""

    site_id: str
    old_days: tuple[tuple[date, int], ...]  # (day, kits) still to come in the previous plan
    new_days: tuple[tuple[date, int], ...]
    reason: str  # a `replan` reason (labels.py words it)
    because: tuple[str, ...] = ()  # the sites it made room for, when it moved for others
    freed: tuple[date, ...] = ()  # its previous days it no longer has
    lost: tuple[date, ...] = ()  # its past days that were lost (status lost)
    old_kits: tuple[str, ...] = ()  # kit ids of its previous visit
    placed: str = ""  # why its new days are where they are (`replan` PLACED_* key)
    partial: tuple[date, ...] = ()  # its past days that were partly recorded (status partial)

    def reported(self) -> tuple[tuple[date, str], ...]:
        """Its lost and partial past days in order, each with its status: a day is called
        what staff reported it as."""
        days = [(d, LOST) for d in self.lost] + [(d, PARTIAL) for d in self.partial]
        return tuple(sorted(days))


@dataclass(frozen=True)
class ClassMove:
    """A priority class whose all-done day moved in a re-plan, and the sites that are now its
    last, each with the reason its visit changed (none: its visit is as it was)."""

    level: int
    old: date | None  # the day the previous plan had the whole class done
    new: date | None
    last: tuple[tuple[str, str], ...] = ()  # (site id, change reason or "") done on `new`


def visits_of(rows: Iterable[ProgressRow]) -> tuple[Visit, ...]:
    """Kit-day rows (a plan's Progress sheet) back into per-site visits (kits counted per day)."""
    kits: dict[str, dict[date, int]] = defaultdict(lambda: defaultdict(int))
    people: dict[str, int] = defaultdict(int)
    for r in rows:
        kits[r.site_id][r.day] += 1
        people[r.site_id] += r.planned
    return tuple(
        Visit(site_id, tuple(sorted(days.items())), people[site_id])
        for site_id, days in sorted(kits.items())
    )
