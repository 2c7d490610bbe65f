"""`outreach whatif`: the same campaign planned under other assumptions, side by side.

Each scenario is a tuple of `scenarios` changes applied to the campaign and solved in full (the
same stages as `outreach plan`); every plan is rule-checked against its own scenario.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from scheduler.capacity import capacity
from scheduler.checker import check_plan
from scheduler.messages import Both
from scheduler.plan import Plan
from scheduler.printing import plan_arrivals, project
from scheduler.problem import Problem
from scheduler.readings import stage_reading
from scheduler.risk import replay
from scheduler.scenarios import Change, apply
from scheduler.solver import SolverOptions, solve

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


SolveFn = Callable[[Problem, SolverOptions], Plan]


def run_scenarios(
    problem: Problem,
    scenarios: list[tuple[Change, ...]],
    options: SolverOptions,
    solve_fn: SolveFn | None = None,
) -> list[Outcome]:
    """The baseline (no changes) first, then each scenario. Raises ScenarioError before any
    solving when a change does not apply (an unknown site type, say)."""
    solve_fn = solve_fn or (lambda p, o: solve(p, o))
    problems = [problem, *(apply(problem, changes) for changes in scenarios)]
    outcomes = []
    for changes, p in zip([(), *scenarios], problems, strict=True):
        plan = solve_fn(p, options)
        broken = check_plan(p, plan)
        if broken:
            raise RuntimeError(f"bug: a what-if plan breaks rules: {broken[:5]}")
        finish = next((st for st in plan.stages if st.name == "finish"), None)
        unplanned = p.people - plan.people_planned
        risk = replay(p, plan.visits, RISK_RUNS, options.seed, unplanned)
        # The day the campaign's cards are ready; a comparison needs no fixes search.
        printed = project(p, plan_arrivals(plan), p.settings.start) if p.printing else None
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
                cards_ready=printed.campaign_done if printed else None,
                priority=tuple(
                    Both(id=stage_reading(p, plan, st, "id"), en=stage_reading(p, plan, st, "en"))
                    for st in plan.stages
                    if st.name == "priority"
                ),
            )
        )
    return outcomes
