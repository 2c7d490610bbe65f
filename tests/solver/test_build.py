"""Building the Plan: each site not fully planned, with the reason true of the model."""

import dataclasses

from scheduler.labels import shortfall_text
from scheduler.problem import Kit
from tests.conftest import problem, site
from tests.solver.cases import (
    FRI,
    MON,
    TUE,
    days,
    solved,
)


def test_not_everyone_fits_plans_the_most_and_says_why():
    # One kit for two days: 50 of 80 people fit.
    p = problem((site("S1", 30), site("S2", 50)), kits=1, deadline=TUE)
    plan = solved(p)
    assert plan.people_planned == 50
    assert plan.stages[0].name == "people" and plan.stages[0].proven
    assert sum(s.people_left for s in plan.shortfalls) == 30


def test_a_window_too_short_is_named():
    s = site("S1", 100, latest=MON)  # 2 kits x 25 on its only day
    plan = solved(problem((s,), kits=2))
    (short,) = plan.shortfalls
    assert (short.people_left, short.reason, short.most_alone) == (50, "window", 50)
    assert "window (… - " in shortfall_text(problem((s,), kits=2), short, "en")


def test_each_reason_for_a_short_site_is_told_apart():
    # One kit: S1 fits alone in its two days, but S2 takes them (capacity).
    cap = problem((site("S1", 50), site("S2", 50)), kits=1, deadline=TUE)
    assert {sf.reason for sf in solved(cap).shortfalls} == {"capacity"}
    # Two kits, but one is out all week: 50 of 100 (kits).
    out = problem((site("S1", 250),), kits=2)
    out = dataclasses.replace(out, kits=(out.kits[0], Kit("K2", "", frozenset(days(MON, FRI)))))
    assert [sf.reason for sf in solved(out).shortfalls] == ["kits"]
    # Kelurahan only Mon-Wed: 3 days x 25 = 75 of 100 (type days).
    kel = problem((site("S1", 100, type="kelurahan"),), kits=2)
    assert [(sf.reason, sf.most_alone) for sf in solved(kel).shortfalls] == [("type_days", 75)]


def test_a_site_left_out_by_its_types_daily_limit_is_told_so():
    # Three kits, one day (Monday), three kelurahan of one day each, at most two a day: one
    # is left out with a kit free. "Not enough kit-days" would be false; the limit is why.
    p = problem((site("A", 25, type="kelurahan"), site("B", 25, type="kelurahan"),
                 site("C", 25, type="kelurahan")), kits=3, deadline=MON)  # fmt: skip
    plan = solved(p)
    (short,) = plan.shortfalls
    assert short.reason == "type_limit"
    assert shortfall_text(p, short, "en") == (
        "the kelurahan visits a day (at most 2) are all taken on the days with kits free"
    )
    assert shortfall_text(p, short, "id").startswith("kunjungan kelurahan per hari")


def test_a_site_left_out_for_kit_days_is_told_so():
    # One kit, Monday only, two schools of a day each: no kit is free; kit-days are why.
    p = problem((site("A", 25), site("B", 25)), kits=1, deadline=MON)
    (short,) = solved(p).shortfalls
    assert short.reason == "capacity"
