"""The pipeline on hand-solved campaigns: a plan comes back rule-checked, with its smallest
fixes when short, its print queue when there are printing inputs, and never when the checker
refuses it."""

from __future__ import annotations

import dataclasses
from datetime import date

import pytest

import scheduler.pipeline as pipeline
from scheduler.budget import Budget
from scheduler.checker import check_plan
from scheduler.fixes import DEADLINE
from scheduler.messages import say
from scheduler.pipeline import RulesBroken, plan_campaign
from scheduler.printing import OVERTIME, plan_arrivals, project
from scheduler.problem import Printing
from scheduler.scenarios import NewDeadline
from tests.conftest import problem, site

MON, TUE, WED, THU, FRI = (date(2024, 1, d) for d in range(8, 13))


def budget() -> Budget:
    return Budget(3.0, repeatable=True)


def test_a_short_campaign_comes_back_checked_with_its_smallest_fixes():
    # 100 people at 25 per kit-day need 4 kit-days; one kit has 2 by Tuesday: Thursday fits.
    p = problem((site("S1", 50), site("S2", 50)), kits=1, deadline=TUE)
    steps: list[str] = []
    plan = plan_campaign(p, budget(), 0, step=steps.append)
    assert check_plan(p, plan) == []
    assert plan.people_planned == 50 and plan.shortfalls
    fixes = {f.kind: f for f in plan.fixes}
    assert fixes[DEADLINE].changes == (NewDeadline(THU),) and fixes[DEADLINE].smallest
    assert plan.fixes_settled and not plan.stopped
    assert steps[0] == say("progress.fixes", "en")
    assert plan.printing is None and plan.print_fixes == ()  # no printing inputs


def test_a_comparison_searches_no_fixes():
    p = problem((site("S1", 50), site("S2", 50)), kits=1, deadline=TUE)
    plan = plan_campaign(p, budget(), 0, fixes=False)
    assert plan.shortfalls and plan.fixes == ()


def test_the_print_queue_is_projected_from_the_campaigns_start():
    # 50 people recorded Mon and Tue (25 a day): printed from Tue and Wed at 10 a day, the
    # last of them on the fifth print day after Monday: Mon 15 Jan.
    printing = Printing(rate=10, overtime_rate=40)
    p = problem((site("S1", 50),), kits=1, deadline=FRI, printing=printing)
    plan = plan_campaign(p, budget(), 0)
    assert plan.printing == project(p, plan_arrivals(plan), MON)
    assert plan.printing.campaign_done == date(2024, 1, 15)
    assert not plan.printing.on_time  # wanted by the deadline, Friday: late
    assert [f.kind for f in plan.print_fixes] == [OVERTIME]


def test_a_plan_the_checker_refuses_is_never_returned(monkeypatch):
    p = problem((site("S1", 50),), kits=1, deadline=FRI)
    solve = pipeline.solve

    def each_kit_twice_a_day(*args, **kwargs):
        plan = solve(*args, **kwargs)
        return dataclasses.replace(plan, kit_days=plan.kit_days * 2)

    monkeypatch.setattr(pipeline, "solve", each_kit_twice_a_day)
    with pytest.raises(RulesBroken) as raised:
        plan_campaign(p, budget(), 0)
    assert raised.value.broken
