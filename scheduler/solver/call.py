"""One solver call, CP-SAT or GLOP, within a budget and the solve's clock, and the stop switch.

Every call runs in a worker thread so that Ctrl-C reaches the main thread, and `interrupt`
stops the call under way and every later one; the model builds check `check_stop` between
sites, so that a stop (or the wall clock running out) does not wait for them.
"""

from __future__ import annotations

import dataclasses
import math
import threading
import time
from collections.abc import Callable
from typing import Any

from ortools.linear_solver import pywraplp
from ortools.sat.python import cp_model

from scheduler.solver.effort import LP_SECONDS, Clock

# Ctrl-C: the CLI owns the signal (CP-SAT's own handler is off: it could deadlock) and calls
# `interrupt`, which stops the search under way from Python; every later call returns at
# once, so the solve ends with the best plan it has, marked `stopped`.
_STOP = threading.Event()
_ACTIVE: list[Callable[[], object]] = []  # how to stop each CP-SAT or GLOP call under way
_ACTIVE_LOCK = threading.Lock()


class Stopped(Exception):
    """Raised by a stop check once `interrupt` was called: the solve ends with the best plan
    it holds (`solve`) instead of building models (seconds each on a large campaign) that no
    search would use."""


class OutOfTime(Stopped):
    """Raised by a stop check once the wall clock of the solve under way has run out (a build
    in Python, seconds on a large campaign, would otherwise run past the time asked)."""


# The clock of the solve under way in this thread, which `check_stop` reads.
UNDER_WAY = threading.local()
# How far past its end a solve's builds may run before `check_stop` ends them: the budgets,
# from the limit, normally end a solve on time, and then the clock must not decide anything
# (a solve given too little time keeps the plan in hand the same on every run).
_GRACE = 0.5


def check_stop() -> None:
    if _STOP.is_set():
        raise Stopped
    clock: Clock | None = getattr(UNDER_WAY, "clock", None)
    if clock is not None and clock.ends is not None and time.monotonic() > clock.ends + _GRACE:
        clock.cut = True  # the wall clock, not the effort, ended this: a rerun may differ
        raise OutOfTime


def interrupt() -> None:
    """Stop the search under way and every later one (from a signal handler)."""
    _STOP.set()
    with _ACTIVE_LOCK:
        for stop in _ACTIVE:
            stop()


def interrupted() -> bool:
    return _STOP.is_set()


def reset_interrupt() -> None:
    _STOP.clear()


# Wall seconds kept back from every CP-SAT call for the work after it (reading the plan out,
# handing out kits): the solve as a whole ends by its time limit.
AFTER = 0.3


class _NotRun:
    """What `solve_cp` answers for a call the clock left no time for: nothing searched."""

    deterministic_time = 0.0
    wall_time = 0.0
    best_objective_bound = math.nan


def solve_cp(
    model: cp_model.CpModel,
    clock: Clock,
    budget: float,
    callback: Any = None,
    local_search: bool = False,
) -> tuple[Any, Any]:
    """One CP-SAT call within `budget` deterministic seconds and the clock's wall time: the
    status and the solver (a `_NotRun` when the clock left no time). `local_search`: only
    CP-SAT's local search (feasibility jump), one worker, so still repeatable."""
    solver = cp_model.CpSolver()
    p = solver.parameters
    options = clock.options
    p.num_workers = 1 if local_search else options.workers
    p.use_ls_only = local_search
    p.linearization_level = options.linearization
    p.random_seed = options.seed
    p.max_deterministic_time = max(0.0, budget)
    if options.workers > 1:
        p.interleave_search = True  # parallel but repeatable
    p.catch_sigint_signal = False
    check_stop()
    cap = clock.left() - AFTER
    if clock.ends is not None:
        if cap < 0.05:
            clock.cut = True  # no time left on this machine: the plan in hand stands
            return cp_model.UNKNOWN, _NotRun()
        p.max_time_in_seconds = cap
    status = _solve_stoppably(solver, model, callback)
    if (
        clock.ends is not None
        and status not in (cp_model.OPTIMAL, cp_model.INFEASIBLE)
        and solver.deterministic_time < 0.98 * budget
        and solver.wall_time >= 0.9 * cap
    ):
        clock.cut = True
    return status, solver


def _solve_stoppably(solver: cp_model.CpSolver, model: cp_model.CpModel, callback: Any) -> Any:
    """CP-SAT in a worker thread (`_stoppably`)."""
    return _stoppably(
        lambda: solver.solve(model, callback) if callback else solver.solve(model),
        solver.stop_search,
    )


def _stoppably(work: Callable[[], Any], stop: Callable[[], object]) -> Any:
    """Run a solver call in a worker thread, so that the main thread stays free to take Ctrl-C
    (Python runs signal handlers there only) and `interrupt` can stop it with `stop`. Both
    CP-SAT and GLOP release the GIL while they solve."""
    answer: list[Any] = []
    failure: list[BaseException] = []

    def run() -> None:
        try:
            answer.append(work())
        except BaseException as e:  # handed to the main thread below
            failure.append(e)

    with _ACTIVE_LOCK:
        _ACTIVE.append(stop)
    worker = threading.Thread(target=run, daemon=True)
    try:
        worker.start()
        while worker.is_alive():
            worker.join(0.1)
            if _STOP.is_set():
                stop()
    finally:
        with _ACTIVE_LOCK:
            _ACTIVE.remove(stop)
    if failure:
        raise failure[0]
    return answer[0]


def settle(model: cp_model.CpModel, clock: Clock, budget: float) -> tuple[Any, Any, float]:
    """A feasibility question within `budget`: the status, the solver that answered and the
    budget left. Pure search (no LP) finds tight packings far faster (benchmarks/README.md,
    "Why these solver settings"); the LP is what proves "no", so it gets the rest."""
    status: Any = cp_model.UNKNOWN
    plain = dataclasses.replace(clock.options, linearization=0)
    for options, share in ((plain, 1 / 3), (clock.options, 1.0)):
        step = Clock(options)
        step.ends, step.began = clock.ends, clock.began
        status, solver = solve_cp(model, step, budget * share)
        clock.cut |= step.cut
        budget -= solver.deterministic_time
        if status != cp_model.UNKNOWN:
            break
    return status, solver, budget


def solve_lp(lp: pywraplp.Solver, clock: Clock, charge: bool = True) -> int:
    """GLOP within the clock's wall time, stoppable (`_stoppably`); a call the clock stops
    marks the solve cut. `charge`: charge the clock for every variable (else the caller did)."""
    check_stop()
    if charge:
        clock.charge(LP_SECONDS * lp.NumVariables())
    if clock.ends is not None:
        lp.SetTimeLimit(max(1, int(1000 * (clock.left() - AFTER))))
    status = _stoppably(lp.Solve, lp.InterruptSolve)
    if status not in (pywraplp.Solver.OPTIMAL, pywraplp.Solver.INFEASIBLE):
        clock.cut = clock.ends is not None
    return int(status)
