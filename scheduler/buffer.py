"""`plan --buffer P`: a plan with enough slack to finish on time with chance at least P.

Slack comes from planning on cautious rates (`scenarios.RateShare`): fewer people per kit-day,
so more kit-days per site and idle kits nearer the deadline for the recovery that `risk`
replays. The share is the largest (the cheapest in finish date) whose plan, replayed at the
real rates, meets P; found on a grid of shares, each a solve (a third of the time limit)
and a replay, then solved once more at the full limit.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable

from scheduler.plan import Buffer, Plan
from scheduler.problem import GOOD, POOR, Problem
from scheduler.risk import ReplayStopped, replay
from scheduler.scenarios import RateShare, apply
from scheduler.solver import SolverOptions

_GRID = 0.1  # shares tried: 90%, 80%, ... of the rates
_LOWEST = 0.3  # below this share a plan is mostly slack

SolveFn = Callable[[Problem, SolverOptions], Plan]


def plan_with_buffer(
    problem: Problem,
    target: float,
    options: SolverOptions,
    solve_fn: SolveFn,
    runs: int = 1000,
) -> tuple[Problem, Plan, Buffer | None]:
    """The plan (and the cautious problem it was solved on, and what the buffer reached and
    cost) with the least slack that finishes by the deadline with chance >= `target`, each
    trial solved by `solve_fn`; when no share reaches it, the plan with the best chance among
    those that still plan everyone the plain plan does. Stopped (Ctrl-C) in a replay: the
    plain plan, with no buffer claimed."""
    # Up to 8 solves share the time limit: the plain plan and the final one a quarter each,
    # the (at most 8) cautious trials 6% each.
    full_options = dataclasses.replace(options, time_limit=options.time_limit / 4)
    step_options = dataclasses.replace(options, time_limit=options.time_limit * 0.06)

    solved: list[Plan] = []

    def attempt(share: float, opts: SolverOptions) -> tuple[Problem, Plan, float]:
        cautious = apply(problem, (RateShare(share),)) if share < 1 else problem
        plan = solve_fn(cautious, opts)
        solved.append(plan)
        chance = replay(problem, plan.visits, runs, options.seed).chance_on_time
        return cautious, plan, chance

    try:
        return _search(problem, target, attempt, full_options, step_options, runs)
    except ReplayStopped:
        return problem, solved[0], None


def _search(
    problem: Problem,
    target: float,
    attempt: Callable[[float, SolverOptions], tuple[Problem, Plan, float]],
    full_options: SolverOptions,
    step_options: SolverOptions,
    runs: int,
) -> tuple[Problem, Plan, Buffer]:
    """Down the grid of shares from the plain plan (`plan_with_buffer`)."""
    plain_problem, plain, plain_chance = attempt(1.0, full_options)
    best = (1.0, plain_problem, plain, plain_chance)
    if plain_chance < target:
        s = problem.settings
        slowest = min(s.stalled_rate(GOOD, s.rate_good) / s.rate_good,
                      s.stalled_rate(POOR, s.rate_poor) / s.rate_poor)  # fmt: skip
        lowest = max(_LOWEST, slowest)
        # Down a grid of shares to the first that meets the target, then halfway back up once;
        # a share whose plan no longer records everyone ends the scan (lower ones fit less).
        good: float | None = None
        above = 1.0
        share = 1.0 - _GRID
        while share >= lowest - 1e-9 and good is None:
            cautious, plan, chance = attempt(share, step_options)
            if plan.people_planned < plain.people_planned:
                break
            if chance > best[3]:
                best = (share, cautious, plan, chance)
            if chance >= target:
                good = share
            else:
                above, share = share, round(share - _GRID, 6)
        if good is not None:
            middle = (good + above) / 2
            cautious, plan, chance = attempt(middle, step_options)
            if plan.people_planned >= plain.people_planned and chance >= target:
                good = middle
        share = good if good is not None else best[0]
        if share < 1.0:
            cautious, plan, chance = attempt(share, full_options)  # the final plan, more effort
            best = (share, cautious, plan, chance)
    share, cautious, plan, chance = best
    buffer = Buffer(
        target=target,
        chance=chance,
        plain_chance=plain_chance,
        rate_share=share,
        plain_finish=plain.finish,
        runs=runs,
    )
    return cautious, plan, buffer
