"""The regrouping of a finished plan (solver/regroup.py): never worse on a goal, never a broken
rule, never more kecamatan moves; an interleaved plan made kecamatan by kecamatan."""

from __future__ import annotations

import dataclasses
from datetime import timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from scheduler.checker import check_plan
from scheduler.greedy import greedy_visits
from scheduler.moves import kecamatan_moves
from scheduler.plan import Plan, Visit
from scheduler.problem import Problem
from scheduler.solver.build import build_plan
from scheduler.solver.effort import SolverOptions
from scheduler.solver.regroup import regrouped
from scheduler.solver.residual import residual_of
from scheduler.solver.sweep import class_days
from scheduler.workdays import build_calendar
from tests.conftest import MONDAY, problem, site


def _plan(p: Problem, visits: tuple[Visit, ...]) -> Plan:
    """The Plan the solver would write for these visits (kit ids, shortfalls)."""
    cal = build_calendar(p)
    return build_plan(
        p, cal, residual_of(p, cal, (), frozenset()), visits, [], None, SolverOptions()
    )


def _completion(p: Problem, visits: tuple[Visit, ...]) -> int:
    level = {s.site_id: s.priority for s in p.sites}
    return sum(level[v.site_id] * v.days[-1][0].toordinal() for v in visits)


def test_an_interleaved_plan_becomes_kecamatan_by_kecamatan():
    # One kit, four one-day visits alternating Weru, Bulu, Weru, Bulu: three moves. Trading
    # the slots of B and C (same type, priority and kits) (or of A and B) leaves each kecamatan
    # in a row: one.
    kec = {"A": "Weru", "B": "Bulu", "C": "Weru", "D": "Bulu"}
    p = problem(tuple(site(s, 10, kecamatan=k) for s, k in kec.items()), kits=1)
    cal = build_calendar(p)
    visits = tuple(Visit(s, ((MONDAY + timedelta(days=n), 1),), 10) for n, s in enumerate("ABCD"))
    assert kecamatan_moves(p, _plan(p, visits)) == 3
    after = regrouped(p, cal, visits)
    order = [v.site_id for v in sorted(after, key=lambda v: v.days[0][0])]
    runs = [k for n, k in enumerate(kec[s] for s in order) if n == 0 or kec[order[n - 1]] != k]
    assert sorted(runs) == ["Bulu", "Weru"]  # each kecamatan's sites in a row
    assert kecamatan_moves(p, _plan(p, after)) == 1
    assert check_plan(p, _plan(p, after)) == []


def test_sites_not_allowed_on_the_other_days_keep_their_slots():
    # Neither Weru site may be visited on Tuesday (B's day): no trade, the two moves stay.
    kec = {"A": "Weru", "B": "Bulu", "C": "Weru"}
    tuesday = frozenset({MONDAY + timedelta(days=1)})
    closed = {"A": tuesday, "C": tuesday}
    sites = tuple(
        site(s, 10, kecamatan=k, closed=closed.get(s, frozenset())) for s, k in kec.items()
    )
    p = problem(sites, kits=1)
    visits = (
        Visit("A", ((MONDAY, 1),), 10),
        Visit("B", ((MONDAY + timedelta(days=1), 1),), 10),
        Visit("C", ((MONDAY + timedelta(days=2), 1),), 10),
    )
    assert regrouped(p, build_calendar(p), visits) == visits


@st.composite
def _cases(draw: st.DrawFn) -> tuple[Problem, Problem]:
    """A problem, and the same problem with other kecamatan: the sweep of the second is a
    valid plan of the first whose kecamatan it did not follow (an interleaved plan)."""
    n = draw(st.integers(3, 9))
    kecs = ["Weru", "Bulu", "Nguter"]
    sites = []
    for i in range(n):
        sites.append(
            site(
                f"S{i}",
                draw(st.integers(5, 45)),
                kecamatan=draw(st.sampled_from(kecs)),
                type=draw(st.sampled_from(["school", "school", "kelurahan"])),
                priority=draw(st.sampled_from([2, 3])),
                closed=frozenset(
                    MONDAY + timedelta(days=d)
                    for d in draw(st.sets(st.integers(0, 11), max_size=2))
                ),
            )
        )
    p = problem(tuple(sites), kits=draw(st.integers(1, 3)), deadline=MONDAY + timedelta(days=11))
    other = tuple(dataclasses.replace(s, kecamatan=draw(st.sampled_from(kecs))) for s in sites)
    return p, dataclasses.replace(p, sites=other)


@settings(max_examples=60, deadline=None)
@given(_cases())
def test_regrouping_never_worsens_a_goal_breaks_a_rule_or_adds_moves(case):
    p, shuffled = case
    cal = build_calendar(p)
    before = greedy_visits(shuffled, build_calendar(shuffled))
    assert check_plan(p, _plan(p, before)) == []
    after = regrouped(p, cal, before)
    assert check_plan(p, _plan(p, after)) == []
    assert sorted((v.site_id, v.people) for v in after) == sorted(
        (v.site_id, v.people) for v in before
    )
    assert _plan(p, after).finish == _plan(p, before).finish
    assert class_days(p, after) == class_days(p, before)
    assert _completion(p, after) == _completion(p, before)
    assert kecamatan_moves(p, _plan(p, after)) <= kecamatan_moves(p, _plan(p, before))
