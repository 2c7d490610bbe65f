"""The run-choice models: every placement of a site's runs, a plan from an LP, local search
over whole runs."""

from tests.conftest import problem, site
from tests.solver.cases import MON, TUE, WED, _clock, _fresh_model, short_of_time


def test_local_search_finds_everyone_as_whole_runs_where_every_sweep_fails():
    # `short_of_time`: every greedy order leaves B out; one run per site fits both.
    from scheduler.solver.runs import whole_runs_by

    p = short_of_time()
    visits, _ = whole_runs_by(_fresh_model(p), _clock(), finish=3, budget=2.0)
    assert visits is not None
    assert {v.site_id: [d for d, _ in v.days] for v in visits} == {"B": [MON], "A": [TUE, WED]}
    # Ending by Tuesday is impossible (A alone needs two days after B's): none found.
    assert whole_runs_by(_fresh_model(p), _clock(), finish=2, budget=1.0)[0] is None


def test_kit_patterns_trim_the_last_day_to_the_people_left():
    # 60 people at 25 a kit-day, 1-2 kits: two days at 2 kits (the second needs 1 kit for
    # its 10), or three at 1.
    from scheduler.solver.runs import kit_patterns

    p = problem((site("A", 60),))
    assert kit_patterns(p, p.sites[0]) == [(2, 1), (1, 1, 1)]


def test_every_placement_of_a_run_ending_by_the_finish():
    from scheduler.solver.runs import fewest_kits, runs_of

    p = short_of_time()  # A two days within Mon-Wed, B one within Mon-Tue, one kit a visit
    runs = runs_of(_fresh_model(p), fewest_kits, 3, partial=False)
    assert {s: [r.days for r in rs] for s, rs in runs.items()} == {
        "A": [(0, 1), (1, 2)],
        "B": [(0,), (1,)],
    }
    assert runs_of(_fresh_model(p), fewest_kits, 1, partial=False) is None  # A cannot end Mon


def test_rounding_an_lp_takes_the_largest_shares_first_then_fills():
    # The LP half-takes A's Mon-Tue run and B's Monday: A's is taken whole first (then B
    # cannot have Monday), and B gets the run that still fits: Wednesday is past its window,
    # Tuesday is A's, so B is left out; with A on Tue-Wed instead, B fits on Monday.
    from scheduler.solver.runs import fewest_kits, round_choice, runs_of

    p = short_of_time()
    mm = _fresh_model(p)
    runs = runs_of(mm, fewest_kits, 3, partial=False)
    assert {v.site_id for v in round_choice(mm, runs, {("A", 0): 0.6, ("B", 0): 0.5})} == {"A"}
    plan = round_choice(mm, runs, {("A", 1): 0.6, ("B", 0): 0.5})
    assert {v.site_id: [d for d, _ in v.days] for v in plan} == {"A": [TUE, WED], "B": [MON]}
