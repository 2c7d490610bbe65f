"""The smallest fixes for a short plan, on hand-solved campaigns: each named fix, applied,
plans everyone, and nothing smaller of its kind does."""

from datetime import date

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from scheduler.fixes import DEADLINE, KITS_FIX, WINDOWS, find_fixes
from scheduler.scenarios import ExtraKits, NewDeadline, SiteWindow, apply
from scheduler.solver import SolverOptions, fits_everyone, solve
from tests.conftest import problem, site

MON, TUE, WED, THU, FRI = (date(2024, 1, d) for d in range(8, 13))
FAST = SolverOptions(time_limit=2.0)


def everyone_planned(p):
    plan = solve(p, FAST)
    return plan.people_planned == p.people and not plan.shortfalls


def test_one_kit_two_days_needs_thursday_or_a_second_kit_from_monday():
    # 100 people at 25 per kit-day need 4 kit-days; one kit has 2 by Tuesday.
    p = problem((site("S1", 50), site("S2", 50)), kits=1, deadline=TUE)
    assert fits_everyone(p) is False
    fixes = {f.kind: f for f in find_fixes(p)}
    assert fixes[DEADLINE].changes == (NewDeadline(THU),) and fixes[DEADLINE].smallest
    # From Tuesday a second kit gives 3 kit-days: too few. So from Monday (the start).
    assert fixes[KITS_FIX].changes == (ExtraKits(1),) and fixes[KITS_FIX].smallest
    assert WINDOWS not in fixes
    for fix in fixes.values():
        assert everyone_planned(apply(p, fix.changes))


def test_a_later_kit_is_enough_when_there_is_time():
    # 175 people need 7 kit-days; one kit to Friday has 5. One more kit from Thursday adds 2
    # (S1 Mon-Thu on K1, S2 Thu-Fri on both), from Friday only 1.
    p = problem((site("S1", 100), site("S2", 75)), kits=1, deadline=FRI)
    fixes = {f.kind: f for f in find_fixes(p)}
    assert fixes[KITS_FIX].changes == (ExtraKits(1, THU),)
    assert everyone_planned(apply(p, fixes[KITS_FIX].changes))


def test_a_window_too_short_is_widened_by_the_least():
    # 100 people, 2 kits x 25 = 50 a day: a window ending Monday needs Tuesday too.
    p = problem((site("S1", 100, latest=MON),), kits=2)
    fixes = {f.kind: f for f in find_fixes(p)}
    assert fixes[WINDOWS].changes == (SiteWindow("S1", None, TUE),)
    assert everyone_planned(apply(p, fixes[WINDOWS].changes))
    # A later deadline cannot help a window; it is not offered.
    assert DEADLINE not in fixes or fixes[DEADLINE].changes[0] == SiteWindow("S1", None, TUE)


def test_nothing_to_fix_when_everyone_fits():
    assert find_fixes(problem((site("S1", 50),), kits=1)) == ()


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    people=st.lists(st.integers(10, 120), min_size=1, max_size=4),
    kits=st.integers(1, 2),
    days=st.integers(0, 3),
)
def test_every_fix_found_plans_everyone(people, kits, days):
    sites = tuple(site(f"S{i}", n, kecamatan=f"K{i % 2}") for i, n in enumerate(people))
    p = problem(sites, kits=kits, deadline=date(2024, 1, 8 + days))
    for fix in find_fixes(p, time_limit=1.0):
        assert everyone_planned(apply(p, fix.changes)), fix


def test_a_search_the_clock_stops_says_so_instead_of_no_fix():
    p = problem((site("S1", 50), site("S2", 50)), kits=1, deadline=TUE)
    unsettled: list[str] = []
    assert find_fixes(p, wall=0.0, unsettled=unsettled) == ()
    assert unsettled, "the questions the clock left unasked are named"
    settled: list[str] = []
    assert find_fixes(p, unsettled=settled) and settled == []
