"""From a campaign to a finished plan, the one way every command plans: solve, the independent
rule check (`checker`), the smallest fixes when the plan is short (`fixes`), the print queue
projected (`printing`). The plan returned has every field it is written with.

`outreach plan`, `plan-batch` (each region) and `whatif` (each scenario, without fixes) plan
through `plan_campaign`, which with `--buffer` solves each trial of `buffer.plan_with_buffer`;
`outreach replan` re-plans through `replan_campaign`. The solver is called in one place,
`_solve`.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from datetime import date
from typing import Any

from scheduler.budget import Budget
from scheduler.buffer import plan_with_buffer
from scheduler.checker import check_plan
from scheduler.fixes import StepFn, find_fixes, question_limit
from scheduler.messages import say
from scheduler.plan import Plan, ProgressRow
from scheduler.printing import arrivals_after, find_print_fixes, project
from scheduler.problem import Problem
from scheduler.replan import Replan, changes, class_moves
from scheduler.solver import ProgressFn, SolverOptions, interrupted, solve
from scheduler.workdays import Calendar


class RulesBroken(Exception):
    """A plan the independent check refuses: a bug; such a plan is never written."""

    def __init__(self, broken: list[str]) -> None:
        super().__init__(f"bug: the plan breaks rules: {broken[:3]}")
        self.broken = broken


def plan_campaign(
    problem: Problem,
    budget: Budget,
    seed: int,
    *,
    progress: ProgressFn | None = None,
    step: StepFn | None = None,
    calendar: Calendar | None = None,
    buffer: float | None = None,
    fixes: bool = True,
    share: float = 1.0,
    lang: str = "en",
) -> Plan:
    """The campaign's plan in `share` of what is left of `budget`, rule-checked. When short
    (and `fixes`), with the smallest fixes found by solving, each change tried told to `step`
    in `lang`; with `buffer` (a chance of finishing by the deadline), planned on the cautious
    rates that reach it (`buffer.plan_with_buffer`); with printing inputs, the print queue
    projected, and its fixes when the cards are late (if `fixes`). Stopped (Ctrl-C): the best
    checked plan by then, with no fixes searched. Raises RulesBroken."""
    options = budget.solver_options(problem, seed, fixes=fixes, share=share)
    done: dict[str, Any] = {}
    if buffer is None:
        solved = _checked(problem, _solve(problem, options, progress, calendar))
    else:
        cautious, solved, done["buffer"] = plan_with_buffer(
            problem, buffer, options, solve_fn=lambda p, o: _solve(p, o, progress)
        )
        _checked(cautious, solved)
        if cautious is not problem:
            _checked(problem, solved)  # a plan on cautious rates keeps the real rules too
    if fixes and solved.shortfalls and not interrupted():
        if step is not None:
            step(say("progress.fixes", lang))
        unsettled: list[str] = []
        done["fixes"] = find_fixes(
            problem, question_limit(options.time_limit), seed, step,
            budget.for_fixes(problem), unsettled, lang,
        )  # fmt: skip
        done["fixes_settled"] = not unsettled
    if interrupted():  # stopped: the fixes were not searched for
        done.update(stopped=True, fixes_settled=not solved.shortfalls)
    return _finished(problem, solved, fixes, done)


def replan_campaign(
    campaign: Problem,
    replan: Replan,
    rows: tuple[ProgressRow, ...],
    today: date,
    budget: Budget,
    seed: int,
    *,
    progress: ProgressFn | None = None,
    notes: Sequence[str] = (),
) -> Plan:
    """The re-plan `replan` (`replan.prepare`) asks for, from `today`, rule-checked against
    the campaign that remains, with its history, version, what moved and why, and the print
    queue of the whole campaign; `notes` (what the attendance lists measured) head its
    warnings. The announced kit ids of `rows` stay with the visits they were announced for.
    Raises RulesBroken."""
    options = budget.solver_options(replan.future, seed)
    solved = _solve(replan.future, options, progress, replan.calendar, replan, rows)
    _checked(replan.future, solved)
    moved = changes(replan, solved)
    # class_moves words each move by the changes the plan it is given carries.
    moves = class_moves(replan, dataclasses.replace(solved, changes=moved))
    done = dict(
        history=replan.history,
        version=replan.version,
        today=today,
        warnings=(*notes, *replan.warnings, *solved.warnings),
        changes=moved,
        class_moves=moves,
    )
    return _finished(campaign, solved, True, done)


def _solve(
    problem: Problem,
    options: SolverOptions,
    progress: ProgressFn | None,
    calendar: Calendar | None = None,
    replan: Replan | None = None,
    rows: tuple[ProgressRow, ...] = (),
) -> Plan:
    """The one call of the solver: a plan, or a re-plan keeping what `replan` says stays
    (the kit ids announced in `rows` with the visits they were announced for)."""
    replanning = replan.replanning(rows) if replan else None
    return solve(problem, options, progress, calendar=calendar, replanning=replanning)


def _checked(problem: Problem, plan: Plan) -> Plan:
    """The plan, once the independent check finds it keeps every rule of `problem`."""
    broken = check_plan(problem, plan)
    if broken:
        raise RulesBroken(broken)
    return plan


def with_printing(problem: Problem, plan: Plan) -> Plan:
    """A solved plan with its print queue projected (and its print fixes when late), as the
    pipeline finishes it; for a plan solved outside it (benchmarks)."""
    return _finished(problem, plan, True, {})


def _finished(problem: Problem, plan: Plan, print_fixes: bool, done: dict[str, Any]) -> Plan:
    """The solved plan with what the pipeline found (`done`: Plan fields) and, with printing
    inputs, the print queue projected from the campaign's start over what was recorded and
    what is planned; the smallest print fixes when its cards are late (if `print_fixes`)."""
    if problem.printing is not None:
        history = done.get("history", plan.history)
        arrivals, start = arrivals_after(history, plan.kit_days), problem.settings.start
        projection = project(problem, arrivals, start)
        late = print_fixes and not projection.on_time
        done["printing"] = projection
        done["print_fixes"] = find_print_fixes(problem, arrivals, start) if late else ()
    return dataclasses.replace(plan, **done)
