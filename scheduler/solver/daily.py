"""The daily rule every model keeps, defined once: on each working day, the kits sent are
within the kits free, and the visits of each site type within its daily limit, less the kept
visits of that type already there.

The day grid (`grid.DayGrid`), the run-choice models and their LPs (`runs`, `bounds`) and the
rounding of an LP's solution all ask it; each writes the rule in its own solver's terms.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from ortools.linear_solver import pywraplp
from ortools.sat.python import cp_model

from scheduler.solver.call import check_stop
from scheduler.solver.residual import Residual


@dataclass(frozen=True)
class DailyRule:
    """Room left on each day (by index): `free_kits` kits, and per site type at most
    `limits[type]` visits a day (None: no limit), of which `taken` are kept visits."""

    free_kits: tuple[int, ...]
    limits: dict[str, int | None]
    taken: dict[tuple[str, int], int]

    @classmethod
    def of(cls, residual: Residual) -> DailyRule:
        limits = {r.name: r.max_sites_per_day for r in residual.problem.site_types}
        return cls(residual.calendar.free_kits, limits, residual.taken)

    def kits(self, t: int) -> int:
        """The kits free on day `t`."""
        return self.free_kits[t]

    def visits(self, kind: str, t: int) -> int | None:
        """How many more visits of type `kind` day `t` has room for (None: no limit)."""
        limit = self.limits[kind]
        return None if limit is None else limit - self.taken.get((kind, t), 0)

    def open_to(self, kind: str, t: int, min_kits: int) -> bool:
        """Whether a visit of type `kind` (at least `min_kits` kits) can happen on day `t`."""
        room = self.visits(kind, t)
        return self.free_kits[t] >= min_kits and (room is None or room > 0)

    def add_to(
        self,
        m: cp_model.CpModel,
        kits_on: dict[int, list[cp_model.LinearExprT]],
        visits_on: dict[tuple[str, int], list[cp_model.IntVar]],
    ) -> None:
        """The rule in a CP-SAT run model (`kits_on`: kits sent per day index; `visits_on`:
        the runs visiting, per type and day index), a row only where it can bind."""
        for t, kits in kits_on.items():
            m.add(cp_model.LinearExpr.sum(kits) <= self.kits(t))
            for name in self.limits:
                here = visits_on.get((name, t), [])
                room = self.visits(name, t)
                if room is not None and len(here) > room:
                    m.add(cp_model.LinearExpr.sum(here) <= room)

    def add_to_lp(self, lp: pywraplp.Solver, on_day: dict[int, list[tuple[int, Any, str]]]) -> None:
        """The rule in a GLOP model (`on_day`: per day index, each run's kits, share and type)."""
        for t, items in on_day.items():
            check_stop()
            kits = lp.Constraint(-lp.infinity(), self.kits(t))
            for k, z, _ in items:
                kits.SetCoefficient(z, k)
            for name in self.limits:
                here = [z for _, z, kind in items if kind == name]
                room = self.visits(name, t)
                if room is not None and len(here) > room:
                    visits = lp.Constraint(-lp.infinity(), room)
                    for z in here:
                        visits.SetCoefficient(z, 1)

    def fits(
        self,
        kind: str,
        days: Sequence[int],
        kits: Sequence[int],
        free: Sequence[int],
        visits_on: dict[tuple[str, int], int],
    ) -> bool:
        """Whether a run of type `kind` (`kits` on each of `days`) still fits in what a
        rounding has left: `free` kits per day and `visits_on` visits per type and day."""
        for t, k in zip(days, kits, strict=True):
            room = self.visits(kind, t)
            if free[t] < k or (room is not None and visits_on[(kind, t)] >= room):
                return False
        return True
