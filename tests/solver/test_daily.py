"""The daily rule, defined once: kits free and each type's visits a day, less kept visits."""

from ortools.sat.python import cp_model

from scheduler.solver.daily import DailyRule

RULE = DailyRule(free_kits=(3, 1), limits={"school": None, "kelurahan": 2},
                 taken={("kelurahan", 0): 1})  # fmt: skip


def test_the_room_left_on_a_day():
    assert RULE.kits(0) == 3 and RULE.visits("kelurahan", 0) == 1
    assert RULE.visits("kelurahan", 1) == 2 and RULE.visits("school", 0) is None
    assert RULE.open_to("school", 1, 1) and not RULE.open_to("school", 1, 2)


def test_a_run_fits_beside_what_a_rounding_has_used():
    free, visits_on = [3, 1], {("kelurahan", 0): 0, ("kelurahan", 1): 0}
    assert RULE.fits("kelurahan", (0, 1), (1, 1), free, visits_on)
    visits_on[("kelurahan", 0)] = 1  # the one visit the kept one leaves room for is used
    assert not RULE.fits("kelurahan", (0, 1), (1, 1), free, visits_on)
    assert not RULE.fits("school", (1,), (2,), free, visits_on)  # one kit free on day 1


def test_in_a_run_model_three_kelurahan_runs_on_day_0_take_the_one_place_left():
    m = cp_model.CpModel()
    zs = [m.new_bool_var(f"z{i}") for i in range(3)]
    RULE.add_to(m, {0: list(zs)}, {("kelurahan", 0): list(zs)})
    m.maximize(sum(zs))
    solver = cp_model.CpSolver()
    assert solver.solve(m) == cp_model.OPTIMAL and solver.objective_value == 1
