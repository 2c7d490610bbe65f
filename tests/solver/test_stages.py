"""The stages: the priority classes, completion and continuity, proven where a hand case or
an exact model says so."""

from hypothesis import HealthCheck, given, settings

from scheduler.checker import check_plan
from scheduler.problem import SiteType
from tests.conftest import MON_FRI, problem, site
from tests.solver.cases import MON, TUE, WED, _clock, _fresh_model, campaigns, days_of, solved


def test_the_priority_classes_and_completion_are_proven():
    # One kit, one-kit visits. A (priority 1) needs 2 days, B (priority 5) 1 day; finish by
    # Wednesday either way. Priority 5 first: B done Monday (1 working day), then priority 1
    # by Wednesday (3). Priority x last working day, the tie-break: 5 x 1 + 1 x 3 = 8, against
    # A first (1 x 2 + 5 x 3 = 17). The start-day model proves 8.
    p = problem((site("A", 50, priority=1), site("B", 25, priority=5)), kits=1,
                types=(SiteType("school", MON_FRI, None, 1, 1),))  # fmt: skip
    plan = solved(p)
    classes = [(s.level, s.value, s.bound, s.proven) for s in plan.stages if s.name == "priority"]
    assert classes == [(5, 1, 1, True), (1, 3, 3, True)]
    stage = next(s for s in plan.stages if s.name == "completion")
    assert (stage.value, stage.bound, stage.proven) == (8, 8, True)
    assert days_of(plan, "B") == [MON] and days_of(plan, "A") == [TUE, WED]


def test_the_start_day_model_proves_what_the_day_grid_could_not():
    # Sukoharjo 2022: two kits every school visit, so the start-day model is exact; the day
    # grid's own bound stayed near 0 (benchmarks/README.md). Measured: 7,700 once priority 4
    # is done by 6 Sep (6,266 when the weighted sum was the whole priority stage), proven.
    from pathlib import Path

    from scheduler.reader import read_problem

    p = read_problem(Path(__file__).resolve().parents[2] / "inputs" / "sukoharjo-2022.xlsx")
    # Deterministic seconds (repeatable): the proof must not hang on a busy machine's clock.
    # The completion stage now comes after continuity, which the start-day model does not
    # see: asked alone (no continuity to keep), its plan reaches its own bound.
    from scheduler.greedy import greedy_visits
    from scheduler.solver.search import Search
    from scheduler.solver.stages import priority_by_starts
    from scheduler.workdays import build_calendar

    mm = _fresh_model(p)
    # The stage's share of 100 s (4 deterministic s): the plan is found within it.
    search = Search(mm, _clock(100.0), None, greedy_visits(p, build_calendar(p)))
    bound = priority_by_starts(search, len(mm.cal.days), {})
    assert bound > 0 and mm.evaluate(search.best, "completion") == bound


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(campaigns())
def test_the_continuity_run_model_is_the_day_grid_restated(p):
    # Every plan with everyone is one choice of the run model and each choice is a plan: its
    # bound is never above the day grid's exact optimum, and its plan keeps every rule.
    from ortools.sat.python import cp_model

    from scheduler.plan import Plan
    from scheduler.solver.kit_ids import assign_kits
    from scheduler.solver.search import Search
    from scheduler.solver.stages import continuity_by_runs
    from scheduler.workdays import build_calendar

    cal = build_calendar(p)
    mm = _fresh_model(p)
    solver = cp_model.CpSolver()
    solver.parameters.max_time_in_seconds = 5.0
    solver.parameters.num_workers = 1
    mm.model.add(mm.people >= p.people)
    if p.people == 0 or solver.solve(mm.model) not in (cp_model.OPTIMAL, cp_model.FEASIBLE):
        return  # not everyone fits: the run model is not used
    hint = mm.visits_from(solver)
    mm.require_everyone()
    mm.model.minimize(mm.continuity)
    if solver.solve(mm.model) != cp_model.OPTIMAL:
        return
    best = round(solver.objective_value)
    search = Search(_fresh_model(p), _clock(20.0), None, hint)
    bound = continuity_by_runs(search, len(cal.days))
    found = mm.evaluate(search.best, "continuity")
    assert bound <= best <= found
    kit_days, duties, _ = assign_kits(p, cal, search.best)
    assert check_plan(p, Plan(search.best, kit_days, duties)) == []


def test_the_continuity_run_model_keeps_kits_in_one_kecamatan():
    # One kit, Mon-Fri; A and C in kecamatan X, B in Y, one day each, of one priority (any
    # order finishing Wednesday is as good). Given A, B, C (two kits entering a kecamatan),
    # the run model puts B first or last (one), and proves it.
    from scheduler.plan import Visit
    from scheduler.solver.search import Search
    from scheduler.solver.stages import continuity_by_runs

    p = problem((site("A", 25, kecamatan="X"), site("B", 25, kecamatan="Y"),
                 site("C", 25, kecamatan="X")), kits=1, deadline=WED)  # fmt: skip
    mm = _fresh_model(p)
    hint = tuple(Visit(s, ((day, 1),), 25) for s, day in (("A", MON), ("B", TUE), ("C", WED)))
    search = Search(mm, _clock(20.0), None, hint)
    assert mm.evaluate(hint, "continuity") == 2 * mm.entry_weight() + 3
    bound = continuity_by_runs(search, 3)
    assert mm.evaluate(search.best, "continuity") == bound == mm.entry_weight() + 3
