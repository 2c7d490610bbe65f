"""Seasons with far more people than fit: the people stage against the sweep, its own stated
bound and an independent whole-site model (benchmarks/yardstick.py) solved to optimality."""

from datetime import date

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from benchmarks.yardstick import measure
from scheduler.checker import check_plan
from scheduler.greedy import best_greedy
from scheduler.problem import Kit, Reservation, SiteType
from scheduler.solver import SolverOptions, solve
from scheduler.solver.overload import best_fill, day_bound
from scheduler.workdays import build_calendar
from tests.conftest import problem, site

START, END = date(2024, 1, 8), date(2024, 1, 21)


@st.composite
def overloaded(draw):
    """A fortnight, one to three kits, schools (two kits a visit) and offices (one, a few a
    day, Mon-Wed) and up to 160 people a site: mostly more than the kits could record."""
    types = (
        SiteType("school", frozenset(range(5)), None, 2, 2),
        SiteType("office", frozenset({0, 1, 2}), draw(st.integers(1, 2)), 1, 1),
    )
    sites = tuple(
        site(
            f"S{i}",
            draw(st.integers(5, 160)),
            type=draw(st.sampled_from(["school", "office"])),
            network=draw(st.sampled_from(["good", "poor"])),
            latest=draw(st.none() | st.dates(START, END)),
        )
        for i in range(draw(st.integers(2, 6)))
    )
    kits = tuple(
        Kit(f"K{i}", unavailable=frozenset(draw(st.lists(st.dates(START, END), max_size=2))))
        for i in range(draw(st.integers(1, 3)))
    )
    duties = tuple(
        Reservation(1, "duty", weekdays=frozenset({d}))
        for d in draw(st.lists(st.integers(0, 4), max_size=1))
    )
    return problem(sites, kits, start=START, deadline=END, types=types, reservations=duties)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(overloaded())
def test_people_beat_the_sweep_and_stay_within_a_bound_no_plan_beats(p):
    cal = build_calendar(p)
    sweep = sum(v.people for v in best_greedy(p, cal))
    plan = solve(p, SolverOptions(time_limit=1.0, repeatable=True))
    assert check_plan(p, plan) == []
    people = next(s for s in plan.stages if s.name == "people")
    assert sweep <= plan.people_planned == people.value <= people.bound
    best = measure(p, seconds=20.0, workers=1)  # tiny: proven optimal, independently
    assert best.optimal
    assert plan.people_planned <= best.people <= people.bound
    assert best.people <= day_bound(p, cal)
    if people.status == "optimal":
        assert people.value == best.people


def test_the_fill_spends_kit_days_where_they_record_most():
    """Two kits, a week: a poor-network school (10 a kit-day) and a good one (25) each with
    far more people than fit. The sweep records the first school whole and then the next;
    every kit-day of the best plan is at the good school."""
    p = problem(
        (site("P", 400, network="poor"), site("G", 400)),
        2,
        types=(SiteType("school", frozenset(range(5)), None, 2, 2),),
    )
    cal = build_calendar(p)
    filled = best_fill(p, cal)
    assert [(v.site_id, v.people) for v in filled] == [("G", 250)]
    assert day_bound(p, cal) == 250
    plan = solve(p, SolverOptions(time_limit=1.0, repeatable=True))
    people = next(s for s in plan.stages if s.name == "people")
    assert (people.value, people.bound, people.status) == (250, 250, "optimal")
