"""How sure a plan is: replay it many times with an uncertain network and turnout.

The model (settings `stall_good`, `stall_poor`, `stalled_share` or `stalled_rate_good` and
`stalled_rate_poor`, `turnout`):

- On each visit day the network at a site stalls with its class's chance; one draw per site
  and day, since a team's kits share the site's link. A smooth day records at the rate the plan
  used; a stalled day at `stalled_share` of it (Sukoharjo: 20 of 50), or at the network's set
  stalled rate (never more than the plan's rate).
- Of the people planned at a site, each comes with chance `turnout`; the rest are not recorded
  (they are left to home visits and Car Free Day services).
- Recovery: what a site still misses after its last planned day is taken up on the next free
  kit-days (kits the plan leaves idle, and kits planned at a site already finished), on the
  site's own allowed days, sites that were due first served first, within its type's kit and
  sites-per-day limits; after the deadline too, so that late finishes have a date.

All runs advance together day by day as numpy arrays (runs x sites), so a thousand runs cost
little more than one (figures: benchmarks/README.md). Same seed, same answer.
"""

from __future__ import annotations

import bisect
import dataclasses
import math
from collections import defaultdict
from dataclasses import dataclass
from datetime import date, timedelta

import numpy as np

from scheduler.cards import held_cards
from scheduler.plan import Visit
from scheduler.printing import Arrival, cards_ready_runs
from scheduler.problem import Problem, SiteType
from scheduler.solver import interrupted
from scheduler.workdays import Calendar, build_calendar

HORIZON = timedelta(days=183)  # replayed this far past the deadline, for late finish dates
TOP_SITES = 10


@dataclass(frozen=True)
class SiteRisk:
    site_id: str
    chance_late: float  # chance some of its people who came are not recorded by the deadline
    expected_left: float  # people who came but are not recorded by the deadline, on average
    last_day: date | None = None  # its own last day, when before the deadline: the promise


@dataclass(frozen=True)
class RiskReport:
    runs: int
    seed: int
    deadline: date
    chance_on_time: float  # everyone who came recorded by the deadline
    # "Done" is one thing throughout: everyone who came is recorded. P50/P90 are the days by
    # which half and nine in ten runs are done; None: not done within the replay horizon, or
    # never (`never_done`).
    p50: date | None
    p90: date | None
    planned_finish: date | None
    people_planned: int
    people_unplanned: int  # the plan's own shortfall
    expected_no_shows: float
    expected_left: float  # came, but not recorded by the deadline
    finishes: tuple[tuple[date | None, int], ...]  # finish date -> runs; None: beyond horizon
    sites: tuple[SiteRisk, ...]  # the sites most at risk, worst first
    # Share of runs never done: people left at a site whose own last day passed (no later
    # recovery may go there), or a plan that leaves people out.
    never_done: float = 0.0
    # The other promise: chance that every site whose own last day is before the deadline is
    # done by it (None: no site has one).
    chance_windows: float | None = None
    # With printing inputs: the days by which half and nine in ten runs have every campaign
    # card printed (None: not within a year), and the chance of that by the print target.
    cards_p50: date | None = None
    cards_p90: date | None = None
    cards_on_time: float | None = None
    cards_target: date | None = None

    @property
    def expected_not_recorded(self) -> float:
        """People expected not recorded by the deadline: no-shows, late, and never planned."""
        return self.expected_no_shows + self.expected_left + self.people_unplanned


class ReplayStopped(KeyboardInterrupt):
    """Ctrl-C during the replays: a chance from part of the days would be false, so nothing
    is reported (`risk` and `whatif` write nothing)."""


def replay(
    problem: Problem,
    visits: tuple[Visit, ...],
    runs: int = 1000,
    seed: int = 0,
    unplanned: int = 0,
    history: tuple[Arrival, ...] = (),
) -> RiskReport:
    """Replay a plan's visits (those still to come) `runs` times; `unplanned` is the people the
    plan leaves out, reported with those expected not recorded."""
    s = problem.settings
    later = dataclasses.replace(s, deadline=s.deadline + HORIZON)
    cal = build_calendar(dataclasses.replace(problem, settings=later))
    deadline_t = max((t for t, d in enumerate(cal.days) if d <= s.deadline), default=-1)
    sites = {x.site_id: x for x in problem.sites}
    visits = tuple(v for v in visits if v.people > 0 and v.site_id in sites)
    rng = np.random.default_rng(seed)
    vs = _visit_arrays(problem, visits, cal)
    came = rng.binomial(vs.planned, s.turnout, size=(runs, len(visits)))
    state = _replay_days(rng, vs, came, cal, deadline_t, printing=bool(problem.printing))

    # People whose site's window closed before they could be taken up stay unrecorded: the run
    # is never done (as a short plan is never on time), so that the chance, P50 and P90 all
    # mean the same "done". A run with nobody to record is done before the start.
    never = state.stuck | bool(unplanned)
    finish = np.where(never, -2, state.finish)
    finish_day: list[date | None] = [cal.days[f] if f >= 0 else None for f in finish]
    left_at_deadline = state.left_at_deadline
    # On time: everyone who came recorded by the deadline, and nobody left unplanned (a short
    # plan is never on time). `risk` and `whatif` share this one definition.
    on_time = float(np.mean(left_at_deadline.sum(axis=1) == 0)) if runs and not unplanned else 0.0
    counts: dict[date | None, int] = defaultdict(int)
    for finished in finish_day:
        counts[finished] += 1
    site_risks, chance_windows = _site_risks(vs, cal, left_at_deadline, deadline_t, runs)
    people_planned = int(vs.planned.sum())
    cards = _cards(problem, vs, cal, state.recorded, history, runs)
    return RiskReport(
        **cards,  # type: ignore[arg-type]
        runs=runs,
        seed=seed,
        deadline=s.deadline,
        chance_on_time=on_time,
        p50=_quantile(finish, 0.5, cal.days),
        p90=_quantile(finish, 0.9, cal.days),
        planned_finish=max((v.days[-1][0] for v in visits), default=None),
        people_planned=people_planned,
        people_unplanned=unplanned,
        expected_no_shows=float(people_planned - came.sum(axis=1).mean()) if runs else 0.0,
        expected_left=float(left_at_deadline.sum(axis=1).mean()) if runs else 0.0,
        finishes=tuple(sorted(counts.items(), key=lambda kv: (kv[0] is None, kv[0] or date.min))),
        sites=tuple(x for x in site_risks[:TOP_SITES] if x.chance_late > 0),
        never_done=float(np.mean(never)) if runs else 0.0,
        chance_windows=chance_windows,
    )


@dataclass(frozen=True)
class _Visits:
    """The visits replayed, as arrays indexed by visit (j) and calendar day (t)."""

    visits: tuple[Visit, ...]
    planned: np.ndarray  # people planned
    smooth: np.ndarray  # people per kit on a smooth day: the plan's rate
    stalled: np.ndarray  # people per kit on a stalled day
    chance: np.ndarray  # the chance a day there stalls
    on_day: dict[int, list[tuple[int, int]]]  # day -> (visit, kits)
    kits_used: np.ndarray  # per day, the kits the plan has at sites
    visits_of_type: dict[tuple[str, int], int]  # (type, day) -> sites the plan visits
    last_planned: np.ndarray  # the visit's last planned day
    allowed: list[frozenset[int]]  # the site's allowed days
    window_end: np.ndarray  # the site's last allowed day
    rules: list[SiteType]
    order: list[int]  # recovery serves the sites that were due first, first


def _visit_arrays(problem: Problem, visits: tuple[Visit, ...], cal: Calendar) -> _Visits:
    s = problem.settings
    index = {d: t for t, d in enumerate(cal.days)}
    sites = {x.site_id: x for x in problem.sites}
    n_sites, n_days = len(visits), len(cal.days)
    smooth = np.array([problem.rate(sites[v.site_id]) for v in visits], dtype=np.int64)
    stalled = np.array(
        [
            s.stalled_rate(sites[v.site_id].network, int(r))
            for v, r in zip(visits, smooth, strict=True)
        ],
        dtype=np.int64,
    )
    on_day: dict[int, list[tuple[int, int]]] = defaultdict(list)
    kits_used = np.zeros(n_days, dtype=np.int64)
    visits_of_type: dict[tuple[str, int], int] = defaultdict(int)
    last_planned = np.zeros(n_sites, dtype=np.int64)
    for j, v in enumerate(visits):
        for d, k in v.days:
            t = index[d]
            on_day[t].append((j, k))
            kits_used[t] += k
            visits_of_type[(sites[v.site_id].type, t)] += 1
        last_planned[j] = index[v.days[-1][0]]
    return _Visits(
        visits=visits,
        planned=np.array([v.people for v in visits], dtype=np.int64),
        smooth=smooth,
        stalled=stalled,
        chance=np.array([s.stall(sites[v.site_id].network) for v in visits]),
        on_day=on_day,
        kits_used=kits_used,
        visits_of_type=visits_of_type,
        last_planned=last_planned,
        allowed=[frozenset(cal.allowed[v.site_id]) for v in visits],
        window_end=np.array(
            [max(cal.allowed[v.site_id], default=-1) for v in visits], dtype=np.int64
        ),
        rules=[problem.site_type(sites[v.site_id]) for v in visits],
        order=sorted(range(n_sites), key=lambda j: (last_planned[j], j)),
    )


@dataclass(frozen=True)
class _Replayed:
    """What the runs came to: per run the day it was done (-1: not within the horizon),
    whether people were left where no recovery may go, the people left per visit at the
    deadline, and (printing inputs only) the people recorded each day."""

    finish: np.ndarray
    stuck: np.ndarray
    left_at_deadline: np.ndarray
    recorded: np.ndarray | None


def _replay_days(
    rng: np.random.Generator,
    vs: _Visits,
    came: np.ndarray,
    cal: Calendar,
    deadline_t: int,
    printing: bool,
) -> _Replayed:
    """All runs day by day: the plan's site-days, then recovery on the kits left idle."""
    runs, n_days = came.shape[0], len(cal.days)
    left = came.copy()
    finish = np.full(runs, -1, dtype=np.int64)
    stuck = np.zeros(runs, dtype=bool)  # people left at a site whose own last day has passed
    # People recorded each day, per run: what the print queue receives (printing inputs only).
    recorded = np.zeros((runs, n_days), dtype=np.int64) if printing else None
    before = left.sum(axis=1)
    left_at_deadline = left.copy()
    for t in range(n_days):
        if interrupted():
            raise ReplayStopped
        idle = np.full(runs, max(0, cal.free_kits[t] - int(vs.kits_used[t])))
        for j, k in vs.on_day.get(t, ()):
            finished = left[:, j] == 0  # the team is free to help elsewhere
            idle += np.where(finished, k, 0)
            kits = np.where(finished, 0, k)
            _record(rng, left, j, kits, vs.smooth[j], vs.stalled[j], vs.chance[j])
        _recover(rng, vs, left, idle, t)
        now = left.sum(axis=1)
        if recorded is not None:
            recorded[:, t] = before - now
            before = now
        done = (now == 0) & (finish < 0)
        finish[done] = t
        stuck |= ((left > 0) & (vs.window_end[None, :] <= t)).any(axis=1)
        if t == deadline_t:
            left_at_deadline = left.copy()
        if ((finish >= 0) | stuck).all() and t >= deadline_t:
            break
    if deadline_t < 0:
        left_at_deadline = left.copy()
    return _Replayed(finish, stuck, left_at_deadline, recorded)


def _recover(
    rng: np.random.Generator, vs: _Visits, left: np.ndarray, idle: np.ndarray, t: int
) -> None:
    """Day t's recovery in every run: the idle kits go to sites whose last planned day has
    passed and that still miss people, on their allowed days, within their type's kit and
    sites-per-day limits. Takes the kits it uses from `idle`."""
    runs = left.shape[0]
    slots: dict[str, np.ndarray] = {}
    for j in vs.order:
        if interrupted():  # a day of many runs is long: the stop is looked at per site too
            raise ReplayStopped
        if vs.last_planned[j] >= t or t not in vs.allowed[j] or not idle.any():
            continue
        need = left[:, j]
        if not need.any():
            continue
        r = vs.rules[j]
        if r.name not in slots:
            most = r.max_sites_per_day if r.max_sites_per_day is not None else 10**9
            slots[r.name] = np.full(runs, most - vs.visits_of_type[(r.name, t)])
        wanted = np.minimum(-(-need // vs.smooth[j]), r.max_kits)  # kits to finish, smooth
        kits = np.where(
            (need > 0) & (idle >= r.min_kits) & (slots[r.name] > 0),
            np.maximum(np.minimum(wanted, idle), r.min_kits),
            0,
        )
        _record(rng, left, j, kits, vs.smooth[j], vs.stalled[j], vs.chance[j])
        idle -= kits
        slots[r.name] -= kits > 0


def _site_risks(
    vs: _Visits, cal: Calendar, left_at_deadline: np.ndarray, deadline_t: int, runs: int
) -> tuple[list[SiteRisk], float | None]:
    """The sites by risk, worst first, and the chance that every site whose own last day is
    before the deadline is done by it (None: no site has one)."""
    late = left_at_deadline > 0
    own = vs.window_end < deadline_t  # sites whose own last day comes before the deadline
    chance_windows = float(np.mean(~late[:, own].any(axis=1))) if own.any() and runs else None
    site_risks = sorted(
        (
            SiteRisk(
                v.site_id,
                float(late[:, j].mean()),
                float(left_at_deadline[:, j].mean()),
                cal.days[vs.window_end[j]] if own[j] else None,
            )
            for j, v in enumerate(vs.visits)
        ),
        key=lambda x: (-x.chance_late, -x.expected_left, x.site_id),
    )
    return site_risks, chance_windows


def _cards(
    problem: Problem,
    vs: _Visits,
    cal: Calendar,
    recorded: np.ndarray | None,
    history: tuple[Arrival, ...],
    runs: int,
) -> dict[str, object]:
    """With printing inputs, when every campaign card is printed in half and nine in ten
    runs, and the chance of that by the print target; else nothing."""
    if recorded is None or problem.printing is None or not runs:
        return {}
    held = held_cards(problem, (*history, *_planned_arrivals(problem, vs.visits)))
    ready, pdays = cards_ready_runs(problem, cal.days, recorded, history, held)
    target = problem.printing.target or problem.settings.deadline
    last = bisect.bisect_right(pdays, target) - 1
    return {
        "cards_p50": _quantile(ready, 0.5, tuple(pdays)),
        "cards_p90": _quantile(ready, 0.9, tuple(pdays)),
        "cards_on_time": float(np.mean((ready >= 0) & (ready <= last))),
        "cards_target": target,
    }


def _record(
    rng: np.random.Generator,
    left: np.ndarray,
    j: int,
    kits: np.ndarray,
    smooth: int,
    stalled: int,
    chance: float,
) -> None:
    """One site-day in every run: the network stalls or not, and the kits record what they can."""
    stall = rng.random(left.shape[0]) < chance
    can = kits * np.where(stall, stalled, smooth)
    left[:, j] -= np.minimum(left[:, j], can)


def _quantile(finish: np.ndarray, q: float, days: tuple[date, ...]) -> date | None:
    """The q-quantile finish date; a run not finished within the horizon counts as latest."""
    if not len(finish):
        return None
    key = np.where(finish < 0, len(days), finish)  # not done (-1) or never (-2): last
    i = int(np.sort(key)[min(len(key) - 1, math.ceil(q * len(key)) - 1)])
    return days[i] if i < len(days) else None


def _planned_arrivals(problem: Problem, visits: tuple[Visit, ...]) -> list[Arrival]:
    """What each visit plans to record day by day (its kits at the site's rate, the last day
    what is left): for the cards that wait for a 17th birthday."""
    out: list[Arrival] = []
    for v in visits:
        left, rate = v.people, problem.rate(problem.site(v.site_id))
        for day, kits in v.days:
            n = min(left, kits * rate)
            if n:
                out.append(Arrival(day, v.site_id, n))
            left -= n
    return out
