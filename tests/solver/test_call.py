"""One solver call and the stop switch."""

import pytest
from ortools.sat.python import cp_model

from scheduler.solver.call import (
    Stopped,
    check_stop,
    interrupt,
    interrupted,
    reset_interrupt,
    settle,
    solve_cp,
)
from scheduler.solver.effort import Clock, SolverOptions


@pytest.fixture(autouse=True)
def _no_stop_left_over():
    reset_interrupt()
    yield
    reset_interrupt()


def tiny():
    m = cp_model.CpModel()
    x = m.new_int_var(0, 10, "x")
    m.add(x >= 3)
    m.minimize(x)
    return m


def test_a_call_within_its_budget():
    status, solver = solve_cp(tiny(), Clock(SolverOptions(repeatable=True)), 1.0)
    assert status == cp_model.OPTIMAL and solver.objective_value == 3


def test_a_call_the_clock_left_no_time_for_searches_nothing_and_says_so():
    clock = Clock(SolverOptions(time_limit=0.0))
    status, solver = solve_cp(tiny(), clock, 1.0)
    assert status == cp_model.UNKNOWN and solver.deterministic_time == 0.0 and clock.cut


def test_a_feasibility_question_is_settled_both_ways():
    clock = Clock(SolverOptions(repeatable=True))
    m = tiny()
    m.clear_objective()
    assert settle(m, clock, 1.0)[0] in (cp_model.OPTIMAL, cp_model.FEASIBLE)
    m.add(m.get_int_var_from_proto_index(0) <= 2)
    assert settle(m, clock, 1.0)[0] == cp_model.INFEASIBLE


def test_a_stop_ends_every_later_call_and_build():
    interrupt()
    assert interrupted()
    with pytest.raises(Stopped):
        check_stop()
    with pytest.raises(Stopped):
        solve_cp(tiny(), Clock(SolverOptions(repeatable=True)), 1.0)
