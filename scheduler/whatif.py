"""`outreach whatif`: the same campaign planned under other assumptions, side by side.

Each scenario is a tuple of `scenarios` changes applied to the campaign and planned in full
(`pipeline.plan_campaign`, the same stages as `outreach plan`, without the search for fixes);
every plan is rule-checked against its own scenario.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from scheduler.capacity import capacity
from scheduler.messages import Both
from scheduler.plan import Plan
from scheduler.problem import Problem
from scheduler.readings import stage_reading
from scheduler.risk import replay
from scheduler.scenarios import Change, apply

RISK_RUNS = 1000


@dataclass(frozen=True)
class Outcome:
    """One scenario's plan, in the numbers a manager compares."""

    changes: tuple[Change, ...]
    finish: date | None
    finish_proven: bool
    people_planned: int
    people: int
    kit_days_used: int
    kit_days_free: int
    chance_on_time: float  # replayed `RISK_RUNS` times (`risk.replay`)
    deadline: date
    cards_ready: date | None = None  # with printing inputs: the campaign's last card printed
    # Each priority class's date as the office reads it (`readings.class_reading`), per language.
    priority: tuple[Both, ...] = ()


PlanFn = Callable[[Problem], Plan]  # a scenario's finished, rule-checked plan


def run_scenarios(
    problem: Problem, scenarios: list[tuple[Change, ...]], seed: int, plan_fn: PlanFn
) -> list[Outcome]:
    """The baseline (no changes) first, then each scenario, each planned by `plan_fn` and
    replayed with `seed`. Raises ScenarioError before any planning when a change does not
    apply (an unknown site type, say)."""
    problems = [problem, *(apply(problem, changes) for changes in scenarios)]
    outcomes = []
    for changes, p in zip([(), *scenarios], problems, strict=True):
        plan = plan_fn(p)
        finish = plan.stage("finish")
        unplanned = p.people - plan.people_planned
        risk = replay(p, plan.visits, RISK_RUNS, seed, unplanned)
        outcomes.append(
            Outcome(
                changes=changes,
                finish=plan.finish,
                finish_proven=finish is None or finish.proven,
                people_planned=plan.people_planned,
                people=p.people,
                kit_days_used=len(plan.kit_days),
                kit_days_free=capacity(p).kit_days_available,
                chance_on_time=risk.chance_on_time,
                deadline=p.settings.deadline,
                # The day the campaign's cards are ready (the plan's print queue).
                cards_ready=plan.printing.campaign_done if plan.printing else None,
                priority=tuple(
                    Both(id=stage_reading(p, plan, st, "id"), en=stage_reading(p, plan, st, "en"))
                    for st in plan.stages
                    if st.name == "priority"
                ),
            )
        )
    return outcomes
