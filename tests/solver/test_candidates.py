"""Re-plans: the previous plan as the first candidate, announced visits kept."""

from scheduler.checker import check_plan
from scheduler.problem import Closure
from scheduler.solver import Replanning, solve
from tests.conftest import problem, site
from tests.solver.cases import FAST, MON, THU, TUE, WED, days_of


def test_replanning_moves_only_the_site_that_must_move():
    # Previous plan, one kit: A Mon, B Tue, C Wed. Tuesday is now closed: B alone moves, to
    # Thursday (the first free day), and A and C keep their days. The stability stage counts
    # B's forced change only: weight 8, twice the working days (Mon, Wed, Thu, Fri) from the
    # start (twice: an added site costs 1, less than any move).
    from scheduler.plan import Visit

    sites = (site("A", 25, priority=1), site("B", 25, priority=1), site("C", 25, priority=5))
    p = problem(sites, kits=1, closures=(Closure(TUE, "Rapat"),))
    previous = (
        Visit("A", ((MON, 1),), 25),
        Visit("B", ((TUE, 1),), 25),
        Visit("C", ((WED, 1),), 25),
    )
    plan = solve(p, FAST, replanning=Replanning(previous=previous))
    assert check_plan(p, plan) == []
    assert (days_of(plan, "A"), days_of(plan, "B"), days_of(plan, "C")) == ([MON], [THU], [WED])
    stability = next(s for s in plan.stages if s.name == "stability")
    assert stability.proven and stability.value == 8


def test_replanning_keeps_announced_visits_and_nothing_else_on_frozen_days():
    from scheduler.plan import Visit

    sites = (site("A", 25), site("B", 25, priority=5))
    p = problem(sites, kits=2)
    keep = (Visit("A", ((TUE, 1),), 25),)
    plan = solve(p, FAST, replanning=Replanning(keep, frozenset({MON, TUE})))
    assert check_plan(p, plan) == []
    assert days_of(plan, "A") == [TUE]
    assert days_of(plan, "B") == [WED]  # not Mon or Tue, though kits are free: days are frozen


def test_the_previous_visits_that_still_fit_are_kept_and_the_others_displaced():
    # One kit. A's Monday still fits; B's Tuesday is closed now; C's Wednesday is kept too.
    from scheduler.plan import Visit
    from scheduler.solver.candidates import split_previous, stability_floor
    from scheduler.solver.residual import residual_of
    from scheduler.workdays import build_calendar

    p = problem((site("A", 25), site("B", 25), site("C", 25)), kits=1,
                closures=(Closure(TUE, "Rapat"),))  # fmt: skip
    previous = tuple(Visit(s, ((d, 1),), 25) for s, d in (("A", MON), ("B", TUE), ("C", WED)))
    base = residual_of(p, build_calendar(p), (), frozenset())
    kept, displaced = split_previous(base, previous)
    assert [v.site_id for v in kept] == ["A", "C"] and [v.site_id for v in displaced] == ["B"]
    # B's change is forced: its weight, twice the working days from its previous day (Tuesday
    # is not one any more, so from the start: Mon, Wed, Thu, Fri).
    assert stability_floor(base, previous) == 8


def test_a_visit_the_day_cannot_hold_beside_one_announced_sooner_is_displaced():
    # One kit; A and B both had Monday in a plan made with two kits.
    from scheduler.plan import Visit
    from scheduler.solver.candidates import split_previous
    from scheduler.solver.residual import residual_of
    from scheduler.workdays import build_calendar

    p = problem((site("A", 25, priority=5), site("B", 25)), kits=1)
    previous = (Visit("A", ((MON, 1),), 25), Visit("B", ((MON, 1),), 25))
    kept, displaced = split_previous(residual_of(p, build_calendar(p), (), frozenset()), previous)
    assert [v.site_id for v in kept] == ["A"] and [v.site_id for v in displaced] == ["B"]
