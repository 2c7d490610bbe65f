"""Each rule of WORKBOOKS.md, broken on purpose by a hand-made plan, is caught."""

from datetime import date

from scheduler.checker import check_plan
from scheduler.plan import DutyDay, KitDay, Plan, Shortfall, Visit
from scheduler.problem import Closure, Holiday, Kit, Reservation, SiteType
from tests.conftest import problem, site

MON, TUE, WED, THU, FRI, SAT = (date(2024, 1, d) for d in range(8, 14))


def plan(*rows: KitDay, duties=(), shortfalls=()) -> Plan:
    return Plan(visits=(), kit_days=rows, duties=tuple(duties), shortfalls=tuple(shortfalls))


def test_a_good_plan_passes():
    p = problem((site("S1", 40),), kits=2)
    ok = plan(KitDay(MON, "K1", "S1", 20), KitDay(MON, "K2", "S1", 20))
    assert check_plan(p, ok) == []


def test_rule1_kit_twice_a_day_and_days_off():
    p = problem(
        (site("S1", 25), site("S2", 25)),
        kits=(Kit("K1", unavailable=frozenset({WED})), Kit("K2")),
        holidays=(Holiday(TUE, "Libur"),),
        closures=(Closure(THU, "Rapat"),),
        reservations=(Reservation(2, "Car Free Day", days=frozenset({FRI})),),
    )
    broken = check_plan(
        p,
        plan(
            KitDay(MON, "K1", "S1", 25),
            KitDay(MON, "K1", "S2", 25),
        ),
    )
    assert "2024-01-08: kit K1 is at site S1 and at site S2" in broken
    for day in (TUE, THU):
        assert any(
            "works on a day the office does not" in b
            for b in check_plan(p, plan(KitDay(day, "K2", "S1", 25), KitDay(MON, "K1", "S2", 25)))
        )
    assert "2024-01-10: kit K1 is used while unavailable" in check_plan(
        p, plan(KitDay(WED, "K1", "S1", 25), KitDay(MON, "K1", "S2", 25))
    )
    assert any(
        "only 0 are free" in b
        for b in check_plan(p, plan(KitDay(FRI, "K1", "S1", 25), KitDay(MON, "K1", "S2", 25)))
    )
    assert any("not reserved that day" in b for b in check_plan(
        p, plan(KitDay(MON, "K1", "S1", 25), KitDay(MON, "K2", "S2", 25),
                duties=[DutyDay(WED, "K2", "Car Free Day")])
    ))  # fmt: skip


def test_rule1_no_more_kits_at_sites_than_are_free_that_day():
    # Three kits; on Monday K3 is out and one kit is reserved: one kit is free, two are used.
    p = problem(
        (site("S1", 25), site("S2", 25)),
        kits=(Kit("K1"), Kit("K2"), Kit("K3", unavailable=frozenset({MON}))),
        reservations=(Reservation(1, "Rapat", days=frozenset({MON})),),
    )
    broken = check_plan(p, plan(KitDay(MON, "K1", "S1", 25), KitDay(MON, "K2", "S2", 25)))
    assert broken == ["2024-01-08: 2 kits at sites, but only 1 are free (2 available, 1 reserved)"]
    assert check_plan(p, plan(KitDay(TUE, "K1", "S1", 25), KitDay(TUE, "K2", "S2", 25))) == []


def test_rule2_weekdays_window_closed_and_kits_per_visit():
    kel = site("S1", 20, type="kelurahan", earliest=TUE, closed=frozenset({WED}))
    p = problem((kel,), kits=2)
    for day in (MON, WED, THU):  # before the window, closed, not a kelurahan weekday
        broken = check_plan(p, plan(KitDay(day, "K1", "S1", 20)))
        assert f"{day}: site S1 visited on a day its rules do not allow" in broken
    broken = check_plan(p, plan(KitDay(TUE, "K1", "S1", 10), KitDay(TUE, "K2", "S1", 10)))
    assert "2024-01-09: site S1 has 2 kits; its type needs 1 to 1" in broken


def test_rule3_one_unbroken_run():
    p = problem((site("S1", 75),), kits=1)
    broken = check_plan(
        p, plan(KitDay(MON, "K1", "S1", 25), KitDay(WED, "K1", "S1", 25),
                KitDay(THU, "K1", "S1", 25))
    )  # fmt: skip
    assert broken == ["site S1: visit days 2024-01-08..2024-01-11 skip its allowed day 2024-01-09"]
    # Friday then Monday are consecutive school days.
    p = problem((site("S1", 50),), kits=1, deadline=date(2024, 1, 19))
    assert (
        check_plan(p, plan(KitDay(FRI, "K1", "S1", 25), KitDay(date(2024, 1, 15), "K1", "S1", 25)))
        == []
    )


def test_rule3_a_replan_may_come_back_after_the_kept_days_once():
    # A re-plan kept Tuesday (announced); the rest of the site's people come on Friday.
    p = problem((site("S1", 100),), kits=1)
    kept = (Visit("S1", ((TUE, 1),), 25),)
    rows = (KitDay(TUE, "K1", "S1", 25), KitDay(FRI, "K1", "S1", 25))
    assert (
        check_plan(p, Plan((), rows, (), kept=kept, shortfalls=(Shortfall("S1", 50, "capacity"),)))
        == []
    )
    # Without the kept days, the gap is a broken run; a second gap is one in any case.
    assert check_plan(p, Plan((), rows, (), shortfalls=(Shortfall("S1", 50, "capacity"),))) == [
        "site S1: visit days 2024-01-09..2024-01-12 skip its allowed day 2024-01-10"
    ]
    rows3 = (*rows[:1], KitDay(WED, "K1", "S1", 25), KitDay(FRI, "K1", "S1", 25))
    broken = check_plan(
        p, Plan((), rows3, (), kept=kept, shortfalls=(Shortfall("S1", 25, "capacity"),))
    )
    assert broken == ["site S1: visit days 2024-01-10..2024-01-12 skip its allowed day 2024-01-11"]
    # The rest never comes before the kept days.
    early = (KitDay(MON, "K1", "S1", 25), KitDay(TUE, "K1", "S1", 25))
    broken = check_plan(
        p, Plan((), early, (), kept=kept, shortfalls=(Shortfall("S1", 50, "capacity"),))
    )
    assert broken == ["site S1: visit days 2024-01-08 before its kept day 2024-01-09"]


def test_rule4_sites_per_day():
    sites = tuple(site(f"S{i}", 10, type="kelurahan") for i in range(3))
    p = problem(sites, kits=3)
    broken = check_plan(p, plan(*(KitDay(MON, f"K{i + 1}", f"S{i}", 10) for i in range(3))))
    assert broken == ["2024-01-08: 3 sites of type kelurahan visited; at most 2"]


def test_rule5_rate():
    p = problem((site("S1", 30),), kits=1)
    broken = check_plan(p, plan(KitDay(MON, "K1", "S1", 30)))
    assert "2024-01-08: 30 people on one kit at site S1; the rate there is 25" in broken


def test_rule6_shortfalls_must_be_reported():
    p = problem((site("S1", 30), site("S2", 5)), kits=1)
    broken = check_plan(p, plan(KitDay(MON, "K1", "S1", 25)))
    assert "site S1: 5 people not planned, but the plan reports 0" in broken
    assert "site S2: 5 people not planned, but the plan reports 0" in broken
    reported = plan(
        KitDay(MON, "K1", "S1", 25), shortfalls=[Shortfall("S1", 5, "x"), Shortfall("S2", 5, "x")]
    )
    assert check_plan(p, reported) == []


def test_unknown_ids():
    p = problem((site("S1", 10),), kits=1, types=(SiteType("school", frozenset(range(5))),))
    broken = check_plan(p, plan(KitDay(MON, "K9", "S9", 10)))
    assert "2024-01-08: unknown kit K9" in broken
    assert "2024-01-08: kit K9 at unknown site S9" in broken
