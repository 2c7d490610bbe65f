"""One site's variables in the day grid (`grid.DayGrid`), apart so that the models of
families built beside the grid (`promises`) name them without importing the grid."""

from __future__ import annotations

from dataclasses import dataclass, field

from ortools.sat.python import cp_model

from scheduler.problem import Site


@dataclass
class SiteVars:
    """One site's variables in the day grid, by day index."""

    site: Site
    rate: int
    visit: dict[int, cp_model.IntVar] = field(default_factory=dict)  # day index -> visited
    kits: dict[int, cp_model.LinearExprT] = field(default_factory=dict)  # day index -> kits
    kit_vars: dict[int, cp_model.IntVar] = field(default_factory=dict)  # where kits can vary
    start: dict[int, cp_model.IntVar] = field(default_factory=dict)
    people: cp_model.IntVar | None = None
    last_day: cp_model.IntVar | None = None
