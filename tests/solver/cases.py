"""Small campaigns and helpers shared by the solver's tests (moved from tests/test_solver.py)."""

from datetime import date, timedelta

from hypothesis import strategies as st

from scheduler.checker import check_plan
from scheduler.problem import Holiday, Kit, Reservation, SiteType
from scheduler.solver import SolverOptions, solve
from tests.conftest import MON_FRI, problem, site

FAST = SolverOptions(time_limit=2.0)
MON, TUE, WED, THU, FRI = (date(2024, 1, d) for d in range(8, 13))
NEXT_MON = date(2024, 1, 15)


def days(first, last):
    return [first + timedelta(days=i) for i in range((last - first).days + 1)]


def solved(p, options=FAST):
    plan = solve(p, options)
    assert check_plan(p, plan) == []
    return plan


def days_of(plan, site_id):
    v = plan.visit(site_id)
    return [d for d, _ in v.days] if v else []


@st.composite
def campaigns(draw):
    n = draw(st.integers(1, 6))
    types = (
        SiteType("school", frozenset(draw(st.sets(st.integers(0, 6), min_size=1))),
                 draw(st.none() | st.integers(1, 3)), lo := draw(st.integers(1, 2)),
                 draw(st.integers(lo, 3))),
        SiteType("kelurahan", frozenset({0, 1, 2}), 2, 1, 1),
    )  # fmt: skip
    start = date(2024, 1, 8)
    sites = []
    for i in range(n):
        kind = draw(st.sampled_from(["school", "kelurahan"]))
        sites.append(
            site(
                f"S{i}",
                draw(st.integers(0, 120)),
                type=kind,
                kecamatan=draw(st.sampled_from(["A", "B"])),
                network=draw(st.sampled_from(["good", "poor"])),
                priority=draw(st.integers(1, 5)),
                closed=frozenset(draw(st.lists(st.dates(start, date(2024, 1, 21)), max_size=3))),
            )
        )
    kits = tuple(
        Kit(
            f"K{i}",
            unavailable=frozenset(draw(st.lists(st.dates(start, date(2024, 1, 21)), max_size=3))),
        )
        for i in range(draw(st.integers(1, 3)))
    )
    res = tuple(
        Reservation(draw(st.integers(1, 2)), "duty", weekdays=frozenset({d}))
        for d in draw(st.lists(st.integers(0, 6), max_size=1))
    )
    hol = tuple(
        Holiday(d, "h")
        for d in draw(st.lists(st.dates(start, date(2024, 1, 21)), max_size=2, unique=True))
    )
    return problem(tuple(sites), kits, start=start, deadline=date(2024, 1, 21), types=types,
                   reservations=res, holidays=hol)  # fmt: skip


def short_of_time():
    """One kit. A needs two days within Mon-Wed, B one within Mon-Tue. Every greedy order
    puts A first (tightest, longest, higher priority) at Mon-Tue and leaves B out: 50 of 75.
    The best plan: B on Monday, A on Tuesday and Wednesday."""
    return problem(
        (site("A", 50, latest=WED, priority=5), site("B", 25, latest=TUE)),
        kits=1,
        types=(SiteType("school", MON_FRI, None, 1, 1),),
    )


def _fresh_model(p):
    from scheduler.solver.grid import DayGrid
    from scheduler.solver.residual import residual_of
    from scheduler.workdays import build_calendar

    return DayGrid(residual_of(p, build_calendar(p), (), frozenset()))


def _clock(seconds=5.0):
    from scheduler.solver.effort import Clock

    return Clock(SolverOptions(time_limit=seconds, repeatable=True))
