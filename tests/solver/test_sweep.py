"""Never worse than the coordinator's sweep: on people, finish, the priority classes' dates
(highest first) and then kecamatan moves counted on the kit ids the plan writes."""

from datetime import date

from hypothesis import HealthCheck, given, settings

from scheduler.greedy import greedy_visits
from scheduler.moves import kecamatan_moves, moves_of
from scheduler.solver import SolverOptions, solve
from scheduler.solver.kit_ids import assign_kits
from scheduler.solver.sweep import PRIORITY, class_days, compare
from scheduler.workdays import build_calendar
from tests.conftest import problem, site
from tests.solver.cases import campaigns

TUE, THU = date(2024, 1, 9), date(2024, 1, 11)


def _goals(p, visits, moves):
    """The goals in their order (docs/MODEL.md), each smaller-is-better: people, finish, then
    per class, highest first, its people planned and the day its last visit ends, then moves.
    A class's people come before its date: in a short season a plan that leaves a class
    short is worse for it even when that class's last visit ends sooner."""
    level = {s.site_id: s.priority for s in p.sites}
    levels = sorted({s.priority for s in p.sites if s.people > 0}, reverse=True)
    finish = max((d for v in visits for d, _ in v.days), default=date.min)
    classes = []
    for lv in levels:
        mine = [v for v in visits if level[v.site_id] == lv]
        end = max((v.days[-1][0] for v in mine), default=date.min)
        classes += [-sum(v.people for v in mine), end]
    return (-sum(v.people for v in visits), finish, *classes, moves)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(campaigns())
def test_the_plan_is_never_worse_than_the_sweep(p):
    cal = build_calendar(p)
    sweep = greedy_visits(p, cal)
    rows, _, _ = assign_kits(p, cal, sweep)
    kec = {s.site_id: s.kecamatan for s in p.sites}
    plan = solve(p, SolverOptions(time_limit=5, repeatable=True))
    assert _goals(p, plan.visits, kecamatan_moves(p, plan)) <= _goals(p, sweep, moves_of(rows, kec))


def test_priority_forces_a_move_the_sweep_does_not_make():
    # One kit, Mon-Thu, one day each: A (priority 5) and C in Weru, B (priority 5) and D in
    # Bulu. The sweep goes A C B D: one move, priority 5 done Wednesday. Priority 5 done by
    # Tuesday needs A and B on Mon-Tue, one move between them, and C and D after, in the other
    # order: two moves at least (A B D C). The plan has two, and says the class is why.
    p = problem((site("A", 25, kecamatan="Weru", priority=5),
                 site("C", 25, kecamatan="Weru", priority=3),
                 site("B", 25, kecamatan="Bulu", priority=5),
                 site("D", 25, kecamatan="Bulu", priority=3)), kits=1, deadline=THU)  # fmt: skip
    cal = build_calendar(p)
    plan = solve(p, SolverOptions(time_limit=5, repeatable=True))
    assert class_days(p, plan.visits)[5] == date(2024, 1, 9)
    assert kecamatan_moves(p, plan) == 2
    sweep = compare(p, cal, plan.visits, kecamatan_moves(p, plan))
    assert (sweep.moves, sweep.better, sweep.level) == (1, PRIORITY, 5)


def test_the_sweep_replaces_a_plan_no_better_and_moving_more():
    # One kit, Mon-Thu, one day each, A and B in Weru, C in Bulu, all one priority: every plan
    # finishes Wednesday; the sweep (Weru first: A B C) moves the kit once, and so does the plan.
    p = problem((site("A", 25, kecamatan="Weru"), site("C", 25, kecamatan="Bulu"),
                 site("B", 25, kecamatan="Weru")), kits=1, deadline=THU)  # fmt: skip
    cal = build_calendar(p)
    plan = solve(p, SolverOptions(time_limit=5, repeatable=True))
    sweep = greedy_visits(p, cal)
    rows, _, _ = assign_kits(p, cal, sweep)
    assert kecamatan_moves(p, plan) <= moves_of(rows, {s.site_id: s.kecamatan for s in p.sites})
    assert kecamatan_moves(p, plan) == 1


def test_the_summary_says_why_the_plan_moves_more_than_the_sweep():
    from scheduler.readings import stage_reading

    p = problem((site("A", 25, kecamatan="Weru", priority=5),
                 site("C", 25, kecamatan="Weru", priority=3),
                 site("B", 25, kecamatan="Bulu", priority=5),
                 site("D", 25, kecamatan="Bulu", priority=3)), kits=1, deadline=THU)  # fmt: skip
    plan = solve(p, SolverOptions(time_limit=5, repeatable=True))
    stage = next(s for s in plan.stages if s.name == "continuity")
    assert stage_reading(p, plan, stage, "en").startswith(
        "kits move to another kecamatan 2 time(s) from one visit day to the next; the "
        "kecamatan-by-kecamatan sweep moves kits 1 time(s), but has priority 5 done later, "
        "Wed 10/01/2024"
    )


def test_the_summary_says_the_sweep_plans_fewer_of_a_class_in_a_short_season():
    # One kit, Mon-Tue, three sites of 25 a day: 50 fit whatever the order. The sweep (Weru
    # first) visits B1 and B2, priority 1, and no kit move; the plan visits C, the only
    # priority-5 site, in Bulu, and one of them: the same people and finish, one move, and
    # 25 priority-5 people where the sweep plans none (no date of the sweep's to compare).
    from scheduler.readings import stage_reading

    p = problem((site("B1", 25, kecamatan="Weru", priority=1),
                 site("B2", 25, kecamatan="Weru", priority=1),
                 site("C", 25, kecamatan="Bulu", priority=5)), kits=1, deadline=TUE)  # fmt: skip
    plan = solve(p, SolverOptions(time_limit=5, repeatable=True))
    assert {v.site_id for v in plan.visits} >= {"C"} and sum(v.people for v in plan.visits) == 50
    stage = next(s for s in plan.stages if s.name == "continuity")
    assert stage_reading(p, plan, stage, "en").startswith(
        "kits move to another kecamatan 1 time(s) from one visit day to the next; the "
        "kecamatan-by-kecamatan sweep moves kits 0 time(s), but plans only 0 people at "
        "priority 5 sites"
    )
