"""The LP bounds of the run choice hold for every plan: hand cases and exact solves."""

from hypothesis import HealthCheck, given, settings

from tests.conftest import problem, site
from tests.solver.cases import TUE, WED, _clock, _fresh_model, campaigns, short_of_time, solved


def test_the_people_bound_is_what_fits_not_everyone():
    # One kit on Mon and Tue (deadline Tue). A needs both days (50 people at 25 a day), B one
    # (25): 75 people, 2 kit-days. No plan records more than 50, and the run-choice LP says
    # so (the day grid's LP says 75: a manager told "25 more could fit" looks for a plan that
    # does not exist).
    from scheduler.solver.bounds import people_bound

    p = problem((site("A", 50), site("B", 25)), kits=1, deadline=TUE)
    assert people_bound(_fresh_model(p), _clock()) == 50
    plan = solved(p)
    assert plan.stages[0].value == 50 and plan.stages[0].proven


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(campaigns())
def test_the_people_bound_holds_for_the_best_plan(p):
    # The run-choice LP bound is never below what an exact solve of the day grid records
    # (schools take 1-2 kits here, so the relaxation's fewest/most kits matter).
    from ortools.sat.python import cp_model

    from scheduler.solver.bounds import people_bound

    mm = _fresh_model(p)
    bound = people_bound(mm, _clock())
    mm.model.maximize(mm.people)
    solver = cp_model.CpSolver()
    solver.parameters.max_time_in_seconds = 5.0
    solver.parameters.num_workers = 1
    status = solver.solve(mm.model)
    assert status in (cp_model.OPTIMAL, cp_model.FEASIBLE)
    assert bound is not None and round(solver.objective_value) <= bound <= p.people


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(campaigns())
def test_the_finish_bound_of_whole_runs_holds_for_the_best_plan(p):
    # Where an exact solve plans everyone, the earliest finish it proves is never before the
    # run-choice LP's bound (a bound above it would "prove" a finish that a plan beats).
    from ortools.sat.python import cp_model

    from scheduler.solver.bounds import finish_bound_by_runs

    mm = _fresh_model(p)
    mm.require_everyone()
    mm.model.minimize(mm.finish)
    solver = cp_model.CpSolver()
    solver.parameters.max_time_in_seconds = 5.0
    solver.parameters.num_workers = 1
    if solver.solve(mm.model) != cp_model.OPTIMAL:
        return  # not everyone fits (or not settled): nothing to compare
    best = round(solver.objective_value)
    bound = finish_bound_by_runs(_fresh_model(p), _clock(), 0, len(mm.cal.days))
    assert bound <= best


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(campaigns())
def test_the_finish_bound_for_the_people_planned_holds_for_the_best_plan(p):
    # Whatever the people stage reached, no plan recording that many finishes before the
    # bound: an exact solve (most people, then the earliest finish keeping them) checks it.
    from ortools.sat.python import cp_model

    from scheduler.solver.bounds import finish_bound_for_people

    mm = _fresh_model(p)
    solver = cp_model.CpSolver()
    solver.parameters.max_time_in_seconds = 5.0
    solver.parameters.num_workers = 1
    mm.model.maximize(mm.people)
    if solver.solve(mm.model) != cp_model.OPTIMAL:
        return
    people = round(solver.objective_value)
    mm.model.add(mm.people >= people)
    mm.model.minimize(mm.finish)
    if solver.solve(mm.model) != cp_model.OPTIMAL:
        return
    best = round(solver.objective_value)
    assert finish_bound_for_people(_fresh_model(p), _clock(), people, 0, best) <= best


def test_the_finish_bound_for_the_people_planned_on_a_hand_case():
    # One kit to Wednesday; A needs two days (50 people at 25 a day), B one (25). All 75 take
    # until Wednesday (day count 3); 50 of them could be done by Tuesday, 25 by Monday.
    from scheduler.solver.bounds import finish_bound_for_people

    p = problem((site("A", 50), site("B", 25)), kits=1, deadline=WED)
    assert finish_bound_for_people(_fresh_model(p), _clock(), 75, 0, 3) == 3
    assert finish_bound_for_people(_fresh_model(p), _clock(), 50, 0, 3) == 2
    assert finish_bound_for_people(_fresh_model(p), _clock(), 25, 0, 3) == 1


def test_the_finish_bound_of_whole_runs_on_a_hand_case():
    # One kit; A needs two days (Mon-Wed window), B one (Mon-Tue): B Mon, A Tue-Wed is the
    # only way, so nothing finishes before Wednesday (day count 3). The LP says so too.
    from scheduler.solver.bounds import finish_bound_by_runs

    assert finish_bound_by_runs(_fresh_model(short_of_time()), _clock(), 0, 5) == 3
