"""The search: runs the stages on one day grid, carrying the plan in hand and the effort
left over from one stage to the next, within the solve's clock."""

from __future__ import annotations

import math
import time
from collections.abc import Callable

from ortools.sat.python import cp_model

from scheduler.plan import Stage, Visit
from scheduler.solver.bounds import finish_bound_by_runs
from scheduler.solver.call import AFTER, check_stop, settle, solve_cp
from scheduler.solver.effort import BUDGET, PROBE_SHARE, Clock
from scheduler.solver.grid import DayGrid
from scheduler.solver.residual import Residual
from scheduler.solver.runs import whole_runs_by

# (stage name, seconds since the solve began, best value so far, best bound so far)
ProgressFn = Callable[[str, float, float, float], None]


class Search:
    """Runs the stages on one model, carrying the best plan and unused effort from one to the
    next, within the solve's clock.

    `local`: the model holds only part of the plan open (a re-plan's sites that had to move),
    so what CP-SAT proves there is proven for that part only; a stage is then called optimal
    only when it reaches a bound that holds for every plan (`floor`).
    """

    def __init__(
        self,
        mm: DayGrid,
        clock: Clock,
        progress: ProgressFn | None,
        hint: tuple[Visit, ...],
        local: bool = False,
        shares: float = 1.0,
    ) -> None:
        self.mm, self.clock, self.progress = mm, clock, progress
        self.options = clock.options
        self.best = hint  # a plan known to keep every rule: the fallback if a stage finds none
        self.local = local
        self.shares = shares  # the sum of the BUDGET shares of the stages this search runs
        self.spare = 0.0
        self.stages: list[Stage] = []
        self.capacity_bound = 0  # a finish bound known from arithmetic, in working days
        self.moves_settled = False  # re-plans: the stability stage ran to its end unstopped
        clock.size(len(mm.model.proto.variables))
        clock.searches.append(self)

    # What the stages read and write, and nothing else of a search's state.

    @property
    def residual(self) -> Residual:
        """The problem that remains once the kept visits stay (this search's model's)."""
        return self.mm.r

    @property
    def wanted(self) -> int:
        """Everyone's people, as asked (kept visits included)."""
        return self.mm.r.whole.people

    @property
    def fresh(self) -> bool:
        """No visit is kept: a first plan (or a re-plan that opened every visit)."""
        return not self.mm.r.kept

    @property
    def everyone(self) -> bool:
        """The people stage planned everyone (asked once it has run)."""
        return self.stages[0].value == self.wanted

    def adopt(self, visits: tuple[Visit, ...]) -> None:
        """A better plan, keeping every rule, becomes the plan in hand."""
        self.best = visits

    def unused(self, seconds: float) -> None:
        """Deterministic seconds a stage leaves unspent: the next stage gets them."""
        self.spare += max(0.0, seconds)

    def hand_over(self, other: Search) -> None:
        """What this search left unspent goes to `other` (a wider search that follows it)."""
        other.spare, self.spare = self.spare, 0.0

    def record(self, stage: Stage) -> None:
        self.stages.append(stage)

    def revise(self, old: Stage, new: Stage) -> None:
        """A recorded stage replaced by what is now known of it (a bound, a later plan)."""
        i = next(i for i, s in enumerate(self.stages) if s is old)
        self.stages[i] = new

    def budget(self, name: str, shares: float = 1.0) -> float:
        """A stage's deterministic seconds: its share of the solve's (`shares` of them), plus
        what earlier stages left."""
        share = self.clock.deterministic * BUDGET[name] * shares / self.shares
        budget, self.spare = share + self.spare, 0.0
        return budget

    def report(self, name: str, value: float, bound: float) -> None:
        if self.progress is not None:
            self.progress(name, time.monotonic() - self.clock.began, value, bound)

    def optimize(
        self,
        name: str,
        objective: cp_model.LinearExprT,
        maximize: bool,
        floor: int = 0,
        shares: float = 1.0,
    ) -> Stage:
        """One stage, from the best plan so far. `floor` is a bound (minimising) that holds
        for every plan: the stage is proven when it is reached. `shares`: of the stage's
        budget (0: only what earlier stages left)."""
        budget = self.budget(name, shares)
        mm = self.mm
        start = mm.evaluate(self.best, name)
        self.report(name, start, floor)
        if not maximize and start <= floor:
            # The plan in hand already reaches a proven bound: nothing to search.
            self.spare += budget
            stage = Stage(name, "optimal", start, start)
            self.stages.append(stage)
            return stage
        if name == "finish":
            self.spare = budget * PROBE_SHARE  # kept for `probe_finish`
            budget -= self.spare
        unused = budget < max(self.clock.least_useful, self.clock.hint_load)
        if not unused and self.clock.left() < AFTER + 0.05:
            unused = self.clock.cut = True  # `solve_cp` would not start: no hint to load (1 s)
        if unused:
            # Too little effort left for CP-SAT's presolve and loading the plan in hand on a
            # model this size (presolve is not interruptible, and overshoots): the plan in
            # hand stands, the same every run.
            self.spare += budget
            stage = Stage(name, "feasible", start, self.wanted if maximize else floor)
            self.stages.append(stage)
            return stage
        (mm.model.maximize if maximize else mm.model.minimize)(objective)
        mm.hint(self.best)
        t0 = time.monotonic()
        status, solver = solve_cp(mm.model, self.clock, budget, _Reporter(self, name))
        self.spare += max(0.0, budget - solver.deterministic_time)
        if status == cp_model.MODEL_INVALID:
            raise RuntimeError(f"bug: the {name} model is invalid: {mm.model.validate()}")
        if status == cp_model.INFEASIBLE:
            # The hint keeps every rule and every earlier stage's value, so this cannot
            # happen unless the model and the plan disagree: never pass over it silently.
            raise RuntimeError(
                f"bug: the {name} stage found no plan although the plan in hand keeps every "
                f"rule ({name} {start}); please report this with the workbook"
            )
        value, state = start, "feasible"
        # A bound is only reported with a solution: without one CP-SAT answers 0, which for
        # a maximisation would "prove" the plan in hand (a false shortfall).
        solved = status in (cp_model.OPTIMAL, cp_model.FEASIBLE)
        bound: float = solver.best_objective_bound if solved else math.nan
        if solved:
            found = round(solver.objective_value)
            if (found > start) if maximize else (found <= start):
                self.best, value = mm.visits_from(solver), found
            if status == cp_model.OPTIMAL:
                state = "optimal"
        if self.local and not maximize:
            bound, state = floor, "optimal" if value <= floor else "feasible"
        elif not math.isfinite(bound):
            bound = (self.wanted if maximize else floor) if status != cp_model.OPTIMAL else value
        else:
            bound = max(bound, floor) if not maximize else bound
        rounded = max(round(bound), value) if maximize else min(round(bound), value)
        if rounded == value:
            state = "optimal"
        stage = Stage(name, state, value, rounded, time.monotonic() - t0)
        self.stages.append(stage)
        return stage

    def probe_finish(self, stage: Stage) -> Stage:
        """Close a finish-date gap by asking, without a hint, "is there a plan finishing by the
        bound?", raising the bound each time the answer is a proven no.

        Where capacity binds, the bound is usually exact and this feasibility question is far
        easier for CP-SAT than the optimisation; a hint from a later-finishing plan misleads it.
        """
        value, bound = stage.value, max(stage.bound, self.capacity_bound)
        t0 = time.monotonic()
        budget, self.spare = self.spare, 0.0
        # A fresh plan with everyone: local search over whole runs finds tight plans fast.
        runs = self.fresh and self.everyone
        if runs:
            bound = finish_bound_by_runs(self.mm, self.clock, bound, value)
        low = bound
        while runs and low < value and budget > 0.05 and self.clock.left() > 0.1:
            target = (low + value - 1) // 2
            found, used = whole_runs_by(self.mm, self.clock, target, min(budget / 2, 2.0))
            budget -= used
            if found is not None:
                self.best, value = found, self.mm.evaluate(found, "finish")
            else:
                low = target + 1
        low = bound  # below this, proven impossible or not settled: look no lower
        while low < value and budget > 0.05 and self.clock.left() > 0.1:
            # Bisect between what is proven impossible and what a plan reaches; the bound end
            # first when capacity says it is likely exact.
            target = low if low == self.capacity_bound else (low + value - 1) // 2
            check_stop()
            trial = self.mm.model.clone()
            trial.clear_objective()
            trial.clear_hints()
            trial.add(self.mm.finish_of(trial) <= target)
            status, solver, budget = settle(trial, self.clock, budget)
            if status in (cp_model.OPTIMAL, cp_model.FEASIBLE):
                self.best = self.mm.visits_from(solver)
                value = self.mm.evaluate(self.best, "finish")
            elif status == cp_model.INFEASIBLE:
                bound = low = target + 1
            else:
                low = target + 1
        self.spare = max(0.0, budget)
        state = "optimal" if bound >= value else "feasible"
        seconds = stage.seconds + time.monotonic() - t0
        probed = Stage("finish", state, value, min(bound, value), seconds)
        self.revise(stage, probed)
        return probed


class _Reporter(cp_model.CpSolverSolutionCallback):
    def __init__(self, search: Search, stage: str) -> None:
        super().__init__()
        self.search, self.stage = search, stage

    def on_solution_callback(self) -> None:
        self.search.report(self.stage, self.objective_value, self.best_objective_bound)
