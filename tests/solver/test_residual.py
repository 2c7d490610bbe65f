"""The residual: what is left to plan once some visits are kept."""

from datetime import date

from scheduler.plan import Visit
from scheduler.solver.residual import merge_visits, residual_of
from scheduler.workdays import build_calendar
from tests.conftest import problem, site

MON, TUE, WED = date(2024, 1, 8), date(2024, 1, 9), date(2024, 1, 10)


def test_merge_visits_joins_a_sites_parts_in_day_order():
    merged = merge_visits([Visit("B", ((WED, 1),), 10)],
                          [Visit("A", ((MON, 1),), 25), Visit("B", ((MON, 2),), 30)])  # fmt: skip
    assert merged == (Visit("A", ((MON, 1),), 25), Visit("B", ((MON, 2), (WED, 1)), 40))


def test_a_kept_visit_leaves_its_sites_other_people_and_the_days_other_kits():
    p = problem((site("A", 60, type="kelurahan"), site("B", 25)), kits=2)
    cal = build_calendar(p)
    r = residual_of(p, cal, (Visit("A", ((MON, 1),), 25),), frozenset({TUE}))
    assert [s.people for s in r.problem.sites] == [35, 25]
    assert r.whole is p and r.kept_people == 25
    assert r.calendar.free_kits[:3] == (1, 0, 2)  # Monday's kit taken, Tuesday closed
    assert r.taken == {("kelurahan", 0): 1}
