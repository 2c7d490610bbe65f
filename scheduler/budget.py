"""The wall time one command may take (--time-limit), and how it is shared out.

Plain arithmetic on the clock; the CLI and plan-batch give each part of a command its share.
"""

from __future__ import annotations

import time

from scheduler.messages import Msg
from scheduler.problem import Problem
from scheduler.solver import SolverOptions

# One plan's model grows with sites x working days: 1,000 sites and 20 kits peak at 1.5 GB
# (benchmarks/README.md), so 2,000 stay under 4 GB. A province (35 regencies of 200-400 sites)
# is a batch of regional plans, not one.
MAX_SITES = 2000


def too_large(problem: Problem) -> str | None:
    """Why one plan should not be attempted for this campaign, or None."""
    if len(problem.sites) <= MAX_SITES:
        return None
    return Msg("too_large", sites=len(problem.sites), most=MAX_SITES)


class Budget:
    """The wall time one command may take (--time-limit), from its start, and what each part
    of it gets: the writing is kept back, a short plan keeps time for the fixes search."""

    def __init__(self, limit: float, repeatable: bool) -> None:
        self.limit, self.repeatable = limit, repeatable
        self.began = time.monotonic()

    def elapsed(self) -> float:
        return time.monotonic() - self.began

    def left(self) -> float:
        return self.limit - self.elapsed()

    @staticmethod
    def writing(problem: Problem) -> float:
        """Wall seconds kept for checking and writing the plan (measured: 0.4 s at 400
        sites, 1.2 s at 1,000)."""
        return 0.5 + len(problem.sites) / 800

    def solver_options(
        self, problem: Problem, seed: int, fixes: bool = False, share: float = 1.0
    ) -> SolverOptions:
        if self.repeatable:
            return SolverOptions(time_limit=self.limit * share, seed=seed, repeatable=True)
        wall = max(0.1, (self.left() - self.writing(problem)) * share)
        return SolverOptions(
            time_limit=wall, seed=seed, reserve_if_short=0.4 * wall if fixes else 0.0
        )

    def for_fixes(self, problem: Problem) -> float | None:
        return None if self.repeatable else max(0.0, self.left() - self.writing(problem))
