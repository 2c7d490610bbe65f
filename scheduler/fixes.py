"""The smallest fixes for a campaign that cannot record everyone by its deadline.

Each fix is a set of `scenarios` changes found by solving, not guessed: the earliest deadline
that takes everyone, the fewest extra kits (and the latest day they may arrive), and the sites
whose own window must widen. Every fix returned was checked: applied to the campaign, a plan
recording everyone exists (`solver.fits_everyone` found one).
"""

from __future__ import annotations

import dataclasses
import time
from collections.abc import Callable
from datetime import timedelta

from scheduler.capacity import KITS, NO_DAY, WINDOW, capacity, most_people_alone, shortfall_reason
from scheduler.problem import Problem, Site
from scheduler.scenarios import Change, ExtraKits, Fix, NewDeadline, SiteWindow, apply
from scheduler.solver import fits_everyone, interrupted
from scheduler.workdays import Calendar, allowed_days, build_calendar

DEADLINE, KITS_FIX, WINDOWS = "deadline", "kits", "windows"  # Fix.kind
_HORIZON = timedelta(days=366)  # a later deadline than a year on is no fix
_MOST_EXTRA_KITS = 20


# (what is being tried, in words) -> None; lets the CLI show that the search is alive
StepFn = Callable[[str], None]


def question_limit(time_limit: float) -> float:
    """Each feasibility question's budget for a plan solved with `time_limit`: a fifth of it,
    at least 3 deterministic seconds (at 1, Sukoharjo's deadline fix came out two days late)."""
    return max(3.0, time_limit / 5)


def find_fixes(
    problem: Problem,
    time_limit: float = 3.0,
    seed: int = 0,
    step: StepFn | None = None,
    wall: float | None = None,
    unsettled: list[str] | None = None,
    lang: str = "en",
) -> tuple[Fix, ...]:
    """The fixes for a campaign that cannot fit everyone; () when it can or none is found.
    `step` is told each change tried, worded in `lang`.

    `time_limit` is each feasibility question's budget in deterministic seconds; `wall`, when
    given, the wall seconds the whole search may take: a question it leaves no time for is
    not settled (a fix found then is not marked proven smallest), and is added to
    `unsettled`, so that "no fix found" is never said of a search the clock stopped. So is
    every question after a stop (Ctrl-C): the search ends at once.
    """
    ends = None if wall is None else time.monotonic() + wall

    def fits(changes: tuple[Change, ...]) -> bool | None:
        left = None if ends is None else ends - time.monotonic()
        if (left is not None and left < 0.1) or interrupted():
            if unsettled is not None:
                unsettled.append(", ".join(c.describe() for c in changes))
            return None
        if step is not None and changes:
            step(", ".join(c.describe(lang) for c in changes))
        return fits_everyone(apply(problem, changes), time_limit, seed, left)

    if fits(()) or interrupted():
        return ()
    cal = build_calendar(problem)
    windows = _window_changes(problem, cal)
    fixes: list[Fix] = []
    if windows and fits(windows):
        fixes.append(Fix(WINDOWS, windows, True))
    for search in (_earliest_deadline, _fewest_kits):
        for base in ((), windows) if windows else ((),):
            found = search(problem, base, fits)
            if found is not None:
                fixes.append(found)
                break
    return tuple(fixes)


def _window_changes(problem: Problem, cal: Calendar) -> tuple[SiteWindow, ...]:
    """For each site whose own window cannot hold its people, the least widening that can:
    a later last day first (easier to announce than an earlier start), then an earlier first
    day. Sites that no widening inside the campaign helps are left to the other fixes."""
    changes = []
    for site in problem.sites:
        if site.people == 0 or (site.earliest is None and site.latest is None):
            continue
        reason, _ = shortfall_reason(problem, cal, site)
        if reason not in (WINDOW, NO_DAY, KITS) or _holds(problem, cal, site):
            continue
        widened = _widen(problem, cal, site)
        if widened is not None:
            changes.append(widened)
    return tuple(changes)


def _holds(problem: Problem, cal: Calendar, site: Site) -> bool:
    allowed = {**cal.allowed, site.site_id: allowed_days(problem, site, cal.days)}
    return most_people_alone(problem, dataclasses.replace(cal, allowed=allowed), site) >= (
        site.people
    )


def _widen(problem: Problem, cal: Calendar, site: Site) -> SiteWindow | None:
    if site.latest is not None:
        for day in (d for d in cal.days if d > site.latest):
            if _holds(problem, cal, dataclasses.replace(site, latest=day)):
                return SiteWindow(site.site_id, site.earliest, day)
    open_end = dataclasses.replace(site, latest=None)
    if site.earliest is not None:
        for day in (d for d in reversed(cal.days) if d < site.earliest):
            if _holds(problem, cal, dataclasses.replace(open_end, earliest=day)):
                return SiteWindow(site.site_id, day, None)
    return None


def _earliest_deadline(
    problem: Problem, base: tuple[Change, ...], fits: Callable[[tuple[Change, ...]], bool | None]
) -> Fix | None:
    """Gallop then bisect over the working days from the capacity bound on; a deadline only
    helps more the later it is, so one proven "no" rules out every earlier day."""
    far = apply(problem, (*base, NewDeadline(problem.settings.deadline + _HORIZON)))
    far_cal = build_calendar(far)
    bound = capacity(far, far_cal).earliest_finish
    if bound is None:
        return None
    # The deadline as it is does not fit: the first candidate is the day after it.
    days = [d for d in far_cal.days if d >= bound and d > problem.settings.deadline]
    answers: dict[int, bool | None] = {}

    def ok(i: int) -> bool:
        if i not in answers:
            answers[i] = fits((*base, NewDeadline(days[i])))
        return answers[i] is True

    i, jump, last_no = 0, 1, -1
    while i < len(days) and not ok(i):
        last_no, i, jump = i, i + jump, jump * 2
    if i >= len(days):
        i = len(days) - 1
        if not ok(i):
            return None
    lo, hi = last_no, i  # days[lo] does not fit (or lo = -1), days[hi] does
    while hi - lo > 1:
        mid = (lo + hi) // 2
        lo, hi = (lo, mid) if ok(mid) else (mid, hi)
    # Proven smallest: the day before was proven not to fit, or it is the capacity bound.
    proven = answers.get(lo) is False or (lo == -1 and days[hi] == bound)
    return Fix(DEADLINE, (*base, NewDeadline(days[hi])), proven)


def _fewest_kits(
    problem: Problem, base: tuple[Change, ...], fits: Callable[[tuple[Change, ...]], bool | None]
) -> Fix | None:
    """The fewest extra kits from the start that fit everyone, then the latest working day
    from which that many still do (bisection: a later day only gives fewer kit-days)."""
    answers: dict[int, bool | None] = {}
    count = None
    for k in range(1, _MOST_EXTRA_KITS + 1):
        answers[k] = fits((*base, ExtraKits(k)))
        if answers[k]:
            count = k
            break
    if count is None:
        return None
    fewest_proven = count == 1 or answers.get(count - 1) is False
    days = build_calendar(apply(problem, base)).days
    lo, hi = 0, len(days)  # from days[lo] fits; from days[hi] is not known to
    latest_proven = True
    while hi - lo > 1:
        mid = (lo + hi) // 2
        answer = fits((*base, ExtraKits(count, days[mid])))
        if answer:
            lo = mid
        else:
            hi = mid
            latest_proven = latest_proven and answer is False
    first = days[lo] if lo > 0 else None
    return Fix(KITS_FIX, (*base, ExtraKits(count, first)), fewest_proven and latest_proven)
