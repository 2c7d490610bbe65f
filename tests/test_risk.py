"""Replaying a plan with an uncertain network and turnout, against hand-checked small cases."""

import dataclasses
from datetime import date

import pytest

from scheduler.plan import Visit
from scheduler.risk import replay
from scheduler.solver import SolverOptions, solve
from tests.conftest import problem, site

MON, TUE, WED, THU, FRI = (date(2024, 1, d) for d in range(8, 13))
NEXT_MON = date(2024, 1, 15)


def campaign(stall: float, turnout: float = 1.0, deadline: date = WED, kits: int = 1, **kw):
    p = problem((site("S1", 50),), kits=kits, deadline=deadline, **kw)
    settings = dataclasses.replace(
        p.settings, stall_good=stall, stalled_rate_good=10, turnout=turnout
    )
    return dataclasses.replace(p, settings=settings)


# One kit records 25 a day at S1 (50 people) on Monday and Tuesday; Wednesday is spare.
PLAN = (Visit("S1", ((MON, 1), (TUE, 1)), 50),)


def test_a_network_that_never_stalls_finishes_as_planned():
    r = replay(campaign(0.0), PLAN, runs=200, seed=3)
    assert r.chance_on_time == 1.0 and r.p50 == r.p90 == TUE == r.planned_finish
    assert r.expected_not_recorded == 0 and r.sites == ()


def test_a_network_that_always_stalls_records_ten_a_day():
    # 10 a day: Mon, Tue planned, then recovery on the free kit Wed, Thu, Fri -> Friday.
    r = replay(campaign(1.0), PLAN, runs=50, seed=0)
    assert r.chance_on_time == 0.0 and r.p50 == r.p90 == FRI
    assert r.expected_left == pytest.approx(20)  # 30 recorded by Wednesday
    assert r.sites[0].site_id == "S1" and r.sites[0].chance_late == 1.0
    assert r.finishes == ((FRI, 50),)


def test_half_the_days_stalling_finishes_on_time_half_the_time():
    # By Wednesday three draws of 25 or 10 must reach 50: both planned days smooth (1/4), or
    # one of them and Wednesday smooth (2 x 1/8): 1/2 exactly.
    r = replay(campaign(0.5), PLAN, runs=20000, seed=7)
    assert r.chance_on_time == pytest.approx(0.5, abs=0.015)
    # Finished by Tuesday 1/4, by Wednesday 1/2: the median sits on that edge.
    assert r.p50 in (WED, THU) and r.p90 >= THU


def test_no_shows_are_counted_and_need_no_kit():
    r = replay(campaign(0.0, turnout=0.5), PLAN, runs=4000, seed=1)
    assert r.expected_no_shows == pytest.approx(25, abs=1)
    assert r.chance_on_time == 1.0 and r.expected_left == 0


def test_idle_kits_recover_within_the_type_rules():
    # A kelurahan (Mon-Wed, one kit a day) always stalled: 10 on its planned Monday, then the
    # idle kits take up 10 on Tuesday and Wednesday each (not two: max_kits 1), none on
    # Thursday or Friday, 10 on the next Monday (the deadline) and the last 10 on Tuesday.
    p = campaign(1.0, deadline=NEXT_MON, kits=2)
    p = dataclasses.replace(p, sites=(site("S1", 50, type="kelurahan"),))
    r = replay(p, (Visit("S1", ((MON, 1),), 50),), runs=10, seed=0)
    assert r.expected_left == pytest.approx(10) and r.p50 == date(2024, 1, 16)


def test_same_seed_same_answer_and_the_plan_s_shortfall_is_reported():
    p = campaign(0.3)
    a = replay(p, PLAN, runs=500, seed=11, unplanned=7)
    assert a == replay(p, PLAN, runs=500, seed=11, unplanned=7)
    assert a.people_unplanned == 7 and a.expected_not_recorded >= 7
    assert a != replay(p, PLAN, runs=500, seed=12, unplanned=7)


def test_a_solved_plan_replays_quickly_and_on_time_with_room_to_spare():
    sites = tuple(site(f"S{i}", 40 + 5 * i, kecamatan=f"K{i % 3}") for i in range(8))
    p = problem(sites, kits=3, deadline=date(2024, 2, 9))
    plan = solve(p, SolverOptions(time_limit=2.0))
    r = replay(p, plan.visits, runs=1000, seed=0)
    assert r.chance_on_time > 0.99 and r.p90 <= p.settings.deadline


def test_a_stalled_day_records_a_share_of_the_site_s_own_rate_by_default():
    # S1 at 50 a day (its own rate) always stalls: 40% of 50 = 20 a day, Mon and Tue (40),
    # Wednesday's spare kit 20 more: 40 left at the deadline, done Friday. A fixed 10 per kit
    # (the old default) records 30 by Wednesday.
    p = problem((site("S1", 100, rate=50),), kits=1, deadline=WED)
    settings = dataclasses.replace(p.settings, stall_good=1.0, turnout=1.0)
    p = dataclasses.replace(p, settings=settings)
    r = replay(p, (Visit("S1", ((MON, 1), (TUE, 1)), 100),), runs=20, seed=0)
    assert r.expected_left == pytest.approx(40) and r.p50 == FRI  # 20 a day: Wed, Thu, Fri
    fixed = dataclasses.replace(p.settings, stalled_rate_good=10)
    r = replay(dataclasses.replace(p, settings=fixed), (Visit("S1", ((MON, 1), (TUE, 1)), 100),),
               runs=20, seed=0)  # fmt: skip
    assert r.expected_left == pytest.approx(70)  # 10 a day by Wednesday: 30 recorded


def test_a_site_s_own_last_day_is_the_promise_at_risk_and_done_means_everyone():
    # S1's own last day is Tuesday (deadline Friday). Always stalled at 10 a day, 30 of 50 are
    # never recorded: no run is ever done, so the chance, P50 and P90 agree (0%, never), and
    # the report says the promise missed is the site's own last day, not the deadline.
    p = campaign(1.0, deadline=FRI)
    p = dataclasses.replace(p, sites=(site("S1", 50, latest=TUE),))
    r = replay(p, PLAN, runs=30, seed=0)
    assert r.chance_on_time == 0.0 and r.never_done == 1.0
    assert r.p50 is None and r.p90 is None
    assert r.chance_windows == 0.0
    assert r.sites[0].last_day == TUE and r.expected_left == pytest.approx(30)
    # Smooth days: done Tuesday, both promises kept.
    r = replay(dataclasses.replace(p, settings=dataclasses.replace(p.settings, stall_good=0.0)),
               PLAN, runs=30, seed=0)  # fmt: skip
    assert r.chance_on_time == 1.0 and r.chance_windows == 1.0 and r.p90 == TUE
