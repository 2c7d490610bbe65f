"""The day grid, one constraint family at a time: cases small enough to solve by hand, each
asserting the exact optimum and that the family binds: without it (the method left out of a
subclass) or with the data that leaves it idle, the optimum differs."""

from datetime import date

from ortools.sat.python import cp_model

from scheduler.plan import Visit
from scheduler.problem import Kit, SiteType
from scheduler.solver.grid import DayGrid
from scheduler.solver.residual import residual_of
from scheduler.workdays import build_calendar
from tests.conftest import MON_FRI, problem, site

MON, TUE, WED, THU, FRI = (date(2024, 1, d) for d in range(8, 13))
ONE_KIT_SCHOOL = (SiteType("school", MON_FRI, None, 1, 1),)


def grid(p, kept=(), cls=DayGrid):
    return cls(residual_of(p, build_calendar(p), kept, frozenset()))


def best(g, objective, maximize=False, everyone=False):
    """The exact optimum of one objective on the grid (`everyone`: every person planned)."""
    if everyone:
        g.model.add(g.people >= g.r.whole.people)
    (g.model.maximize if maximize else g.model.minimize)(objective)
    solver = cp_model.CpSolver()
    solver.parameters.num_workers = 1
    solver.parameters.max_time_in_seconds = 10.0
    assert solver.solve(g.model) == cp_model.OPTIMAL
    return round(solver.objective_value)


def most_people(p, cls=DayGrid):
    g = grid(p, cls=cls)
    return best(g, g.people, maximize=True)


def earliest_finish(p, kept=(), cls=DayGrid):
    g = grid(p, kept, cls)
    return best(g, g.finish, everyone=True)


class Without:
    """Subclasses of the grid that leave one family out."""

    class DailyKits(DayGrid):
        def _daily_kits(self):
            pass

    class TypeLimits(DayGrid):
        def _type_limits(self):
            pass

    class KeptDaysOpen(DayGrid):
        def _kept_days_open(self):
            pass

    class OneRun(DayGrid):
        def _one_run(self, sv):
            pass

    class Entries(DayGrid):
        def _kecamatan_entries(self):
            self.held = {}
            return []

    class Monotone(DayGrid):
        def _finish_days(self):
            self.open = [self.model.new_bool_var("") for _ in self.cal.days]


def test_daily_kits_one_kit_holds_one_school_day():
    # One kit, Monday only; two schools of 25, a kit-day each: 25 fit, not 50.
    p = problem((site("A", 25), site("B", 25)), kits=1, deadline=MON)
    assert most_people(p) == 25
    assert most_people(p, Without.DailyKits) == 50


def test_type_limits_two_kelurahan_a_day():
    # Three kits, Monday only, three kelurahan of 25 at most two a day: 50, not 75.
    p = problem(tuple(site(s, 25, type="kelurahan") for s in "ABC"), kits=3, deadline=MON)
    assert most_people(p) == 50
    assert most_people(p, Without.TypeLimits) == 75


def test_type_limits_count_the_kept_visits_of_the_day():
    # A kept kelurahan visit on Monday leaves room for one more that day (limit 2).
    p = problem(tuple(site(s, 25, type="kelurahan") for s in "KAB"), kits=3, deadline=MON)
    g = grid(p, kept=(Visit("K", ((MON, 1),), 25),))
    assert best(g, g.people, maximize=True) == 50  # K's 25 and one of A, B


def test_finish_days_are_monotone():
    # A school whose window opens on Wednesday: the finish is Wednesday's day count, 3 (the
    # days before it count), not 1 (only the visit day open).
    p = problem((site("A", 25, earliest=WED),), kits=1)
    assert earliest_finish(p) == 3
    assert earliest_finish(p, cls=Without.Monotone) == 1


def test_a_kept_visit_holds_the_finish_open_to_its_day():
    # A kept visit on Wednesday, and a school that fits on Monday: the plan still runs to
    # Wednesday (3), as the kept visit is part of it.
    p = problem((site("K", 25), site("A", 25)), kits=2)
    kept = (Visit("K", ((WED, 1),), 25),)
    assert earliest_finish(p, kept) == 3
    assert earliest_finish(p, kept, Without.KeptDaysOpen) == 1


def test_visit_days_send_the_types_fewest_kits():
    # A type of two kits a visit: 10 people still take 2 kit-days (1 with a one-kit type).
    two = (SiteType("school", MON_FRI, None, 2, 2),)
    g = grid(problem((site("A", 10),), kits=2, types=two))
    assert best(g, g.kit_days, everyone=True) == 2
    g = grid(problem((site("A", 10),), kits=2, types=ONE_KIT_SCHOOL))
    assert best(g, g.kit_days, everyone=True) == 1


def test_visit_days_within_the_types_most_kits():
    # At most one kit a visit: 50 people take two days (finish 2); at two kits, one day.
    assert earliest_finish(problem((site("A", 50),), kits=2, types=ONE_KIT_SCHOOL)) == 2
    assert earliest_finish(problem((site("A", 50),), kits=2)) == 1


def test_one_run_of_consecutive_days():
    # 50 people at 25 a kit-day, one kit, away on Tuesday: two days in a row are Wed-Thu
    # (finish 4); two runs (Mon and Wed) would finish by 3.
    kit = (Kit("K1", unavailable=frozenset({TUE})),)
    p = problem((site("A", 50),), kits=kit, types=ONE_KIT_SCHOOL)
    assert earliest_finish(p) == 4
    assert earliest_finish(p, cls=Without.OneRun) == 3


def test_people_recorded_within_the_kit_days_sent():
    # One kit-day (one kit, Monday) records 25 of a school's 60 at 25 a day; 30 at 30.
    assert most_people(problem((site("A", 60),), kits=1, deadline=MON)) == 25
    assert most_people(problem((site("A", 60),), kits=1, deadline=MON, rate_good=30)) == 30


def test_last_day_weighs_completion_by_priority():
    # One kit, two one-day schools, priorities 5 and 1: the priority-5 one first,
    # 5 x 1 + 1 x 2 = 7 (the other order: 5 x 2 + 1 x 1 = 11).
    p = problem((site("A", 25, priority=1), site("B", 25, priority=5)), kits=1)
    g = grid(p)
    assert best(g, g.completion, everyone=True) == 7
    g = grid(p)
    g.model.add(g.sites[0].last_day == 1)  # A first
    assert best(g, g.completion, everyone=True) == 11


def test_kecamatan_entries_count_kits_arriving():
    # One kit, Mon-Wed; A and C in X, B in Y, a day each. Every order enters a kecamatan at
    # least once after Monday (B first or last): continuity = one entry + 3 kit-days.
    p = problem((site("A", 25, kecamatan="X"), site("B", 25, kecamatan="Y"),
                 site("C", 25, kecamatan="X")), kits=1, deadline=WED)  # fmt: skip
    g = grid(p)
    assert best(g, g.continuity, everyone=True) == g.entry_weight() + 3
    g = grid(p, cls=Without.Entries)
    assert best(g, g.continuity, everyone=True) == 3


def test_kecamatan_entries_count_a_kit_idle_a_day_where_it_last_worked():
    # One kit, Mon-Wed; A and C in X, both closed on Tuesday, a day each: Monday and
    # Wednesday. The kit waits in X on Tuesday, as moves.py counts it: no entry. Counted on
    # kits present it would re-enter X on Wednesday.
    closed = frozenset({TUE})
    p = problem((site("A", 25, kecamatan="X", closed=closed),
                 site("C", 25, kecamatan="X", closed=closed)), kits=1, deadline=WED)  # fmt: skip
    g = grid(p)
    assert best(g, g.continuity, everyone=True) == 2


def test_stability_weighs_each_changed_visit_by_how_soon_it_was():
    # One kit, Mon-Fri, away on Tuesday. The previous plan: A Monday, B Tuesday. B's change
    # is forced (weight 2 x (5 - 1) = 8, twice its day's index from the end); keeping A costs
    # nothing, so the fewest changes weigh 8. Moving A too would add its weight, 10: 18.
    kit = (Kit("K1", unavailable=frozenset({TUE})),)
    p = problem((site("A", 25), site("B", 25)), kits=kit)
    previous = (Visit("A", ((MON, 1),), 25), Visit("B", ((TUE, 1),), 25))
    g = grid(p)
    g.stability = g.add_stability(previous)
    assert best(g, g.stability, everyone=True) == 8
    moved = (Visit("A", ((WED, 1),), 25), Visit("B", ((THU, 1),), 25))
    assert g.changes(moved) == 18 and g.changes((previous[0], moved[1])) == 8


def test_requiring_everyone_gives_each_site_its_whole_days():
    # Once everyone fits: 50 people at 25 a kit-day, one kit a visit, need two visit days.
    p = problem((site("A", 50),), kits=1, types=ONE_KIT_SCHOOL)
    g = grid(p)
    g.require_everyone()
    assert best(g, g.kit_days) == 2
    g = grid(p)
    assert best(g, g.kit_days) == 0  # without it (and no people asked), nothing is sent
