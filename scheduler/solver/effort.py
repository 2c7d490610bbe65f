"""Effort and clock: how long a solve may take, and how each stage's share of it is counted.

A solve's effort is counted in CP-SAT's deterministic seconds, sized from the wall time by a
fixed rule of the model's size, so that the same workbook and seed give the same plan run
after run (`SolverOptions`, docs/MODEL.md).
"""

from __future__ import annotations

import math
import time
from dataclasses import dataclass
from typing import Protocol

from scheduler.plan import Stage, Visit
from scheduler.solver.residual import Residual

# Share of the time limit each stage may use; what a stage leaves unused passes on.
BUDGET = {
    "people": 0.2,
    "stability": 0.2,
    "finish": 0.5,
    "priority": 0.16,  # every class's date (`classes.class_stages`)
    "completion": 0.04,
    "continuity": 0.1,
}
# A fresh campaign that cannot fit everyone: the people found are what matters most, and its
# finish is usually proven by an LP at once (`finish_bound_for_people`). Multiples of the
# stages' `BUDGET` shares (people: of the run-choice search), still adding up to the whole.
SHORT_SHARES = {
    "people": 3.0,
    "finish": 0.4,
    "priority": 0.75,
    "completion": 0.75,
    "continuity": 0.5,
}
# Of the finish stage's time, the share kept for probing its bound (`Search.probe_finish`):
# optimising mostly serves to find the LP bound; the probe is what closes the gap.
PROBE_SHARE = 0.7
# Wall seconds per variable outside CP-SAT, measured on the 227-site regency's run choices
# (34,480 runs): GLOP about 1 s, building the CP-SAT model 0.45 s.
LP_SECONDS = 3e-5
BUILD_SECONDS = 1.3e-5
# CP-SAT's start-up and presolve on a call, beyond its deterministic budget (measured on the
# Surakarta example: 0.25 s a call on the 7,632-variable day grid).
CALL_SECONDS = 0.15


class Attempt(Protocol):
    """A search begun, as a stopped solve falls back on it (`Search`)."""

    best: tuple[Visit, ...]
    stages: list[Stage]
    moves_settled: bool

    @property
    def residual(self) -> Residual: ...


@dataclass(frozen=True)
class SolverOptions:
    """How hard to search, and for how long.

    `time_limit` is wall seconds for the whole solve: every CP-SAT call stops by then. Each
    call's effort is also given in CP-SAT's deterministic seconds, sized by a fixed rule of
    the model's size (`wall_per_deterministic`) to end inside the wall budget, so the same
    workbook and seed give the same plan run after run. Only when the machine is much slower
    than measured, or busy, does the wall clock cut a call short; the plan then says it may
    differ on a rerun (`Plan.repeatable`). `repeatable=True` drops the wall bound: the limit
    is then in deterministic seconds and the plan is the same on any machine, however long it
    takes. `reserve_if_short`: wall seconds left unused when not everyone fits (for the
    search for fixes). `workers` and `linearization` were chosen by measurement
    (benchmarks/README.md): one worker at linearization level 2 proves finish dates that the
    default 2-worker portfolio, which may lack an LP-based worker, leaves open.
    """

    time_limit: float = 15.0
    seed: int = 0
    workers: int = 1
    linearization: int = 2
    repeatable: bool = False
    reserve_if_short: float = 0.0


def wall_per_deterministic(variables: int) -> float:
    """Wall seconds one deterministic second takes on a 2-core machine, by model size, with a
    quarter to spare (the ratios measured: benchmarks/README.md, "Figures behind the
    solver")."""
    return 1.25 * max(1.0, math.pow(variables / 10_000, 0.45))


class Clock:
    """The wall time of one solve, and the deterministic effort that fits in it."""

    def __init__(self, options: SolverOptions) -> None:
        self.options = options
        self.began = time.monotonic()
        self.limit = options.time_limit
        self.ends: float | None = None if options.repeatable else self.began + self.limit
        self.ratio = 1.0  # wall seconds per deterministic second, once a model is known
        self.cut = False  # the wall clock stopped a search before its deterministic budget
        # What a stopped solve falls back on (`_when_stopped`): the searches begun, in order,
        # and before the first, the plan in hand with the residual it was made on.
        self.searches: list[Attempt] = []
        self.first: tuple[Residual, tuple[Visit, ...]] | None = None

    def size(self, variables: int) -> None:
        # Presolve alone took about 0.5 deterministic s at 226k variables (it overshot a 1.5 s
        # budget by that much).
        self.least_useful = 3e-6 * variables
        # A stage that starts from the plan in hand finds nothing before CP-SAT has loaded it
        # (measured: the first solution after 5.0 deterministic s on the 400-site season's
        # 91,557 variables; at 225,663, none in 2). Less than that is all cost: 9-17 s and
        # 700 MB at 1,000 sites for the same plan.
        self.hint_load = 5.4e-5 * variables
        if not self.options.repeatable:
            self.ratio = wall_per_deterministic(variables)
            # Building the model, hinting it and reading plans out of it, in Python: about
            # 20 microseconds a variable over a solve (measured: 3.5 s at 226k variables),
            # and CP-SAT's own start-up, about 0.15 s a call over some five calls.
            self.overhead = 2e-5 * variables + 0.75

    def charge(self, seconds: float) -> None:
        """Wall time to be spent outside CP-SAT (an LP, building a model), modelled from the
        work's size rather than measured, so that every later budget is the same each run."""
        if not self.options.repeatable:
            self.charged += seconds

    overhead = 0.0
    charged = 0.0
    reserved = False  # the fixes' time was set aside
    least_useful = 0.0  # deterministic seconds below which a call would be all presolve
    hint_load = 0.0  # ... below which a hinted search would not reach the hint

    @property
    def deterministic(self) -> float:
        """The deterministic seconds the whole solve may use (repeatable: the limit itself)."""
        return max(0.0, self.limit - self.overhead - self.charged) / self.ratio

    def left(self) -> float:
        return math.inf if self.ends is None else self.ends - time.monotonic()

    def keep_for_fixes(self) -> None:
        """Not everyone fits: leave the reserved time for the fixes search (once)."""
        reserve = min(self.options.reserve_if_short, self.limit / 2) * (not self.reserved)
        self.reserved = True
        self.limit -= reserve
        if self.ends is not None:
            self.ends -= reserve
