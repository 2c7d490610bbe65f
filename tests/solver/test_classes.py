"""Priority classes in order, checked against an independent exact model and hand cases."""

import itertools
from datetime import date, timedelta
from pathlib import Path

from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from scheduler.checker import check_plan
from scheduler.problem import SiteType
from scheduler.reader import read_problem
from scheduler.solver import SolverOptions, solve
from tests.conftest import MON_FRI, problem, site

MON = date(2024, 1, 8)
WORKING = [MON + timedelta(days=i) for i in range(12) if (MON + timedelta(days=i)).weekday() < 5]
ONE_KIT_VISITS = (SiteType("school", MON_FRI, None, 1, 1),)  # one kit a visit day, 25 a day


def best_by_enumeration(p, kits):
    """The independent model: every start day for every site (one kit a day for its days in a
    row of working days inside its window), at most `kits` visits a day; the lexicographic
    best (finish, then each class's date from the highest priority down; a class whose date
    is its own sites' earliest alone, then the date of its others), or None. Returns the
    finish and, per priority, the date of the class's sites not held by their own windows."""
    options = []
    for s in p.sites:
        need = -(-s.people // 25)
        ok = [
            i
            for i in range(len(WORKING) - need + 1)
            if (s.earliest is None or WORKING[i] >= s.earliest)
            and (s.latest is None or WORKING[i + need - 1] <= s.latest)
        ]
        options.append([(i, need) for i in ok])
    alone = [min(i + need for i, need in opts) if opts else 99 for opts in options]
    levels = sorted({s.priority for s in p.sites}, reverse=True)
    best, best_dates = None, None
    for starts in itertools.product(*options):
        use = [0] * len(WORKING)
        for i, need in starts:
            for t in range(i, i + need):
                use[t] += 1
        if max(use) > kits:
            continue
        ends = [i + need for i, need in starts]
        key, dates = [max(ends)], {}
        for level in levels:
            mine = [j for j, s in enumerate(p.sites) if s.priority == level]
            day = max(ends[j] for j in mine)
            rest = [j for j in mine if alone[j] < day]
            key.append(day)
            if rest and len(rest) < len(mine):  # held: the others' date next
                day = max(ends[j] for j in rest)
                key.append(day)
            dates[level] = day
        if best is None or key < best:
            best, best_dates = key, dates
    return None if best is None else (best[0], best_dates)


@st.composite
def small_campaigns(draw):
    sites = []
    for i in range(draw(st.integers(2, 5))):
        lo = draw(st.none() | st.sampled_from(WORKING[:8]))
        hi = draw(st.none() | st.sampled_from(WORKING[2:]))
        if lo and hi and hi < lo:
            lo, hi = hi, lo
        sites.append(site(f"S{i}", draw(st.sampled_from([25, 50])), earliest=lo, latest=hi,
                          priority=draw(st.sampled_from([2, 4, 5]))))  # fmt: skip
    kits = draw(st.integers(1, 2))
    return problem(tuple(sites), kits=kits, deadline=WORKING[-1], types=ONE_KIT_VISITS), kits


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(small_campaigns())
def test_no_plan_with_everyone_and_the_same_finish_has_a_class_done_sooner(case):
    p, kits = case
    best = best_by_enumeration(p, kits)
    assume(best is not None)
    finish, dates = best
    plan = solve(p, SolverOptions(time_limit=3.0))
    assert check_plan(p, plan) == []
    assert plan.people_planned == p.people
    assert (
        len(plan.visits) and max(d for v in plan.visits for d, _ in v.days) == WORKING[finish - 1]
    )
    stages = {s.level: s for s in plan.stages if s.name == "priority"}
    assert sorted(stages, reverse=True) == sorted(dates, reverse=True)
    for level, stage in stages.items():
        # The class's sites (held ones aside) done by the day no plan beats, and proven so.
        others = {v.site_id: v.days[-1][0] for v in plan.visits
                  if p.site(v.site_id).priority == level and v.site_id not in stage.held}  # fmt: skip
        assert max(others.values()) == WORKING[dates[level] - 1]
        assert stage.proven and stage.value == stage.bound
        assert stage.bound_day == max(others.values())


def test_a_late_window_holds_its_class_and_the_others_are_dated():
    # One kit. Priority 5: A (one day, only from Thursday) and B (one day). A holds the class
    # at Thursday; B alone is dated: Monday. C (priority 1, two days) fills Tue-Wed.
    thu = WORKING[3]
    p = problem((site("A", 25, earliest=thu, priority=5), site("B", 25, priority=5),
                 site("C", 50, priority=1)), kits=1, types=ONE_KIT_VISITS)  # fmt: skip
    plan = solve(p, SolverOptions(time_limit=3.0))
    assert check_plan(p, plan) == []
    top = next(s for s in plan.stages if s.name == "priority" and s.level == 5)
    assert top.held == ("A",) and top.proven and top.value == 1  # B on Monday
    assert [d for d, _ in plan.visit("B").days] == [MON]
    assert [d for d, _ in plan.visit("A").days] == [thu]


def test_sukoharjo_sweeps_its_priority_kecamatan_first():
    # The Sukoharjo 2022 example marks every school of Sukoharjo, Weru and Bulu priority 4 and
    # the rest 3: the plan visits those three kecamatan, and only them, until all 19 are done
    # (Tue 06/09/2022, proven earliest possible; the weighted sum left one to 31 Oct - 2 Nov).
    root = Path(__file__).resolve().parents[2]
    p = read_problem(root / "inputs" / "sukoharjo-2022.xlsx")
    assert {s.kecamatan for s in p.sites if s.priority == 4} == {"Sukoharjo", "Weru", "Bulu"}
    plan = solve(p, SolverOptions(time_limit=5.0, repeatable=True))  # not the machine's clock
    assert check_plan(p, plan) == []
    top = next(s for s in plan.stages if s.name == "priority" and s.level == 4)
    assert top.proven and top.bound_day == date(2022, 9, 6)
    done = max(v.days[-1][0] for v in plan.visits if p.site(v.site_id).priority == 4)
    assert done == date(2022, 9, 6)
    early = {p.site(v.site_id).kecamatan for v in plan.visits if v.days[0][0] <= done}
    assert early == {"Sukoharjo", "Weru", "Bulu"}


def test_a_short_season_plans_the_top_class_before_lower_ones():
    # One kit, Mon-Tue, three sites of 25 a day: 50 fit whatever the order. C, the only
    # priority-5 site, must be one of them: its class's date alone would be best with C
    # left out (no visit, no date), and the sweep (Weru first) plans B1 and B2.
    p = problem((site("B1", 25, kecamatan="Weru", priority=1),
                 site("B2", 25, kecamatan="Weru", priority=1),
                 site("C", 25, kecamatan="Bulu", priority=5)), kits=1,
                deadline=MON + timedelta(days=1))  # fmt: skip
    plan = solve(p, SolverOptions(time_limit=5, repeatable=True))
    assert check_plan(p, plan) == []
    assert sum(v.people for v in plan.visits) == 50
    assert "C" in {v.site_id for v in plan.visits}
