"""Re-plans of short campaigns move only what must move (issue 26 item 3): hand-solved cases of
a lost day in an overloaded season, a kit out a week, and a kit the announced visits leave
idle; and the property that a re-plan of an unchanged plan moves nothing it need not."""

from __future__ import annotations

import dataclasses
from collections import defaultdict
from datetime import date

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from scheduler.plan import LOST
from scheduler.problem import Kit, SiteType
from scheduler.readings import notified, stage_reading
from scheduler.replan import KIT_OUT, PLACED_ANNOUNCED
from scheduler.solver import solve
from tests.conftest import MON_FRI, problem, site
from tests.test_replan_trust import QUICK, D, campaigns, replan, report, rows_of

DESA = SiteType("desa", MON_FRI, None, 1, 1)  # one kit a visit, any number a day
SCHOOL = SiteType("school", MON_FRI, None, 2, 2)  # two kits a visit


def visits_of(plan) -> dict[str, tuple[date, ...]]:
    return {v.site_id: tuple(d for d, _ in v.days) for v in plan.visits}


def test_a_lost_day_in_an_overloaded_season_moves_no_site():
    # One kit, 25 a kit-day, Mon 8 to Fri 19 Jan: 10 kit-days for 385 people. The plan: A
    # Mon-Tue, B Wed-Thu, C Fri-Mon, D Tue-Wed, E Thu-Fri (75 people: the plan left 25 of them
    # out), F not at all. Tuesday is lost (A's second day); re-planned on Wednesday, Wednesday
    # announced. The 8 kit-days left are all taken by B-E, 200 people, as many as 8 kit-days
    # hold: no plan records more, so nothing moves (A's 25 and E's 25 stay left out). Before,
    # E (left short by the first plan) was "forced" to move for "more people to record".
    sites = tuple(site(s, n, type="desa") for s, n in
                  (("A", 50), ("B", 50), ("C", 50), ("D", 50), ("E", 75), ("F", 110)))  # fmt: skip
    campaign = problem(sites, kits=1, deadline=D[11], types=(DESA,))
    days = {"A": (0, 1), "B": (2, 3), "C": (4, 7), "D": (8, 9), "E": (10, 11)}
    rows = rows_of(*[(D[i], "K1", s, 25) for s, ds in days.items() for i in ds])
    rows = report(rows, lambda r: None if r.day >= D[2] else ((0, LOST) if r.day == D[1]
                                                                else (25, "done")))  # fmt: skip
    _rp, plan = replan(campaign, rows, today=D[2], freeze=1)
    assert plan.people_planned == 200
    assert plan.changes == ()
    assert visits_of(plan) == {s: tuple(D[i] for i in ds) for s, ds in days.items() if s != "A"}
    stability = next(s for s in plan.stages if s.name == "stability")
    assert stability.proven and stability.value == 0
    assert stage_reading(campaign, plan, stability, "en") == (
        "0 site(s) to notify: 0 dropped, 0 new, 0 moved (0 to make room) (proven best)"
    )


def test_a_kit_out_a_week_moves_only_that_kit_s_visits():
    # Two kits, one-kit visits of 25 a kit-day. Mon 15 and Tue 16 are announced: P (K1) and Q
    # (K2) there, P also Wed 17; R (K2) Wed 17, T (K1) Mon 22. K1 is out Mon 15 to Fri 19: P's
    # announced visit is cancelled (one kit, Q has the higher priority), P's later day goes
    # too; Q, R and T, whose kits are free, stay as they were.
    sites = (site("P", 75, type="desa", priority=1), site("Q", 50, type="desa", priority=5),
             site("R", 25, type="desa", priority=3), site("T", 25, type="desa", priority=3))  # fmt: skip
    week = frozenset(D[7 + i] for i in range(5))
    kits = (Kit("K1", unavailable=week), Kit("K2"))
    campaign = problem(sites, kits=kits, deadline=D[18], types=(DESA,))
    rows = rows_of((D[7], "K1", "P", 25), (D[7], "K2", "Q", 25), (D[8], "K1", "P", 25),
                   (D[8], "K2", "Q", 25), (D[9], "K1", "P", 25), (D[9], "K2", "R", 25),
                   (D[14], "K1", "T", 25))  # fmt: skip
    _rp, plan = replan(campaign, rows, today=D[7], freeze=2)
    assert plan.shortfalls == ()
    assert {c.site_id for c in plan.changes} == {"P"}
    (change,) = plan.changes
    assert change.reason == KIT_OUT
    after = visits_of(plan)
    assert after["Q"] == (D[7], D[8]) and after["R"] == (D[9],) and after["T"] == (D[14],)
    assert notified(plan.changes) == {"count": 1, "dropped": 0, "added": 0, "moved": 1,
                                      "room": 0}  # fmt: skip


def test_a_kit_the_announced_visits_leave_idle_takes_a_moved_site():
    # Three kits. Mon 15 is announced: school X (two kits) and desa Y (one). K1 is out Mon 15 to
    # Wed 17: X cannot have its two kits (Y, of higher priority, keeps one of the two left), so
    # its visit is cancelled, and one kit would stand idle on the announced Monday. Desa Z, on
    # Wed 17 with school V (higher priority), must move too (two kits that day): it takes the
    # idle kit on Monday, the earliest day, and says so; X goes on Tue 16, Y and V stay.
    sites = (site("X", 100, priority=1), site("Y", 25, type="desa", priority=5),
             site("Z", 25, type="desa", priority=2), site("V", 50, priority=4))  # fmt: skip
    kits = (Kit("K1", unavailable=frozenset(D[7:10])), Kit("K2"), Kit("K3"))
    campaign = problem(sites, kits=kits, deadline=D[18], types=(SCHOOL, DESA))
    rows = rows_of((D[7], "K1", "X", 25), (D[7], "K2", "X", 25), (D[7], "K3", "Y", 25),
                   (D[9], "K1", "Z", 25), (D[9], "K2", "V", 25), (D[9], "K3", "V", 25),
                   (D[8], "K1", "X", 25), (D[8], "K2", "X", 25))  # fmt: skip
    _rp, plan = replan(campaign, rows, today=D[7], freeze=1)
    assert plan.shortfalls == ()
    after = visits_of(plan)
    assert after["Y"] == (D[7],) and after["V"] == (D[9],)
    assert after["Z"] == (D[7],)
    reasons = {c.site_id: c for c in plan.changes}
    assert set(reasons) == {"X", "Z"}
    assert reasons["X"].reason == KIT_OUT
    assert reasons["Z"].placed == PLACED_ANNOUNCED
    used: dict[date, int] = defaultdict(int)
    for v in plan.visits:
        for d, k in v.days:
            used[d] += k
    assert used[D[7]] == 2  # both kits left on the announced Monday are out


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(campaign=campaigns(), data=st.data())
def test_a_replan_of_an_unchanged_plan_moves_nothing_it_need_not(campaign, data):
    """Every day reported done as planned: a re-plan moves, drops or adds a site only where it
    plans more people than the previous plan does from today on (people come first)."""
    first = solve(campaign, QUICK)
    days = sorted({k.day for k in first.kit_days})
    if len(days) < 2:
        return
    today = data.draw(st.sampled_from(days[1:]), "today")
    rows = rows_of(*[(k.day, k.kit_id, k.site_id, k.people) for k in first.kit_days])
    rows = report(rows, lambda r: (r.planned, "done") if r.day < today else None)
    rp, plan = replan(campaign, rows, today, freeze=data.draw(st.integers(0, 3), "freeze"))
    before = sum(v.people for v in rp.previous)
    assert plan.people_planned >= before
    if plan.people_planned == before:
        assert plan.changes == (), [(c.site_id, c.reason) for c in plan.changes]
    shown = dataclasses.replace(plan, changes=plan.changes)
    counts = notified(shown.changes)
    assert counts["count"] == counts["dropped"] + counts["added"] + counts["moved"]
