"""One search: the plan in hand, the effort passed from stage to stage, and what a stage claims."""

from scheduler.plan import Visit
from scheduler.solver.effort import BUDGET
from scheduler.solver.search import Search
from tests.conftest import problem, site
from tests.solver.cases import MON, TUE, _clock, _fresh_model


def a_search(p, hint, seconds=5.0):
    return Search(_fresh_model(p), _clock(seconds), None, hint)


def test_a_plan_in_hand_at_a_proven_bound_is_not_searched_and_its_time_passes_on():
    # One school of 25, one kit: Monday is the earliest finish (1), and the plan in hand has it.
    p = problem((site("A", 25),), kits=1)
    search = a_search(p, (Visit("A", ((MON, 1),), 25),))
    stage = search.optimize("finish", search.mm.finish, maximize=False, floor=1)
    assert (stage.status, stage.value, stage.bound) == ("optimal", 1, 1)
    assert search.budget("continuity") == 5.0 * (BUDGET["finish"] + BUDGET["continuity"])


def test_a_stage_finds_a_better_plan_and_proves_it():
    # The plan in hand visits on Tuesday; the finish stage moves it to Monday, proven.
    p = problem((site("A", 25),), kits=1)
    search = a_search(p, (Visit("A", ((TUE, 1),), 25),))
    search.mm.model.add(search.mm.people >= 25)  # the people stage's value, kept
    stage = search.optimize("finish", search.mm.finish, maximize=False)
    assert (stage.value, stage.proven) == (1, True)
    assert search.best == (Visit("A", ((MON, 1),), 25),)
    assert search.stages == [stage]


def test_unspent_effort_goes_to_the_search_that_follows():
    p = problem((site("A", 25),), kits=1)
    first, second = a_search(p, ()), a_search(p, ())
    first.unused(2.0)
    first.hand_over(second)
    assert second.budget("people", shares=0.0) == 2.0 and first.budget("people", 0.0) == 0.0
