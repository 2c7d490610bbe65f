"""The solver: which days each site is visited and with how many kits (OR-Tools CP-SAT and
GLOP; the only package that imports OR-Tools).

Objectives are kept in their order by solving in stages, each keeping the value the one before
reached (a lexicographic solve, not a weighted sum): people, stability (re-plans), finish,
the priority classes, completion and continuity. How the model works and why:
docs/MODEL.md. The modules, each one job:

  effort      SolverOptions, the clock, and each stage's share of the effort
  call        one CP-SAT or GLOP call within a budget; the stop switch (Ctrl-C)
  residual    what is left to plan once some visits are kept as they are
  daily       the daily rule every model keeps (kits free, each type's visits a day)
  grid        the day-grid model, one method per constraint family
  runs        the run-choice models (one run per site) and a plan from a choice
  bounds      the LP bounds of the run choice, which hold for every plan
  search      one search: the plan in hand and the effort carried from stage to stage
  stages      the stages in their order, and the run-choice searches they start with
  classes     the priority stage: each class's date, proven like the finish
  candidates  a re-plan: what of the previous plan still fits, and what must move
  sweep       the coordinator's sweep as a candidate, and beside the plan for the Summary
  kit_ids     which kit goes where each day, for the fewest kecamatan moves
  standing    previous visits kept as they are, short or not; announced days' idle kits
  promises    a re-plan's dropped and added sites, weighed as sites to notify
  overload    far too many people: a fill of every kit-day and a day-by-day bound
  columns     the people choice's LP by column generation
  regroup     a finished fresh plan's visits traded between sites, for fewer moves
  site_vars   one site's variables in the day grid
  build       the Plan from a search's visits: kit ids, shortfalls and their reasons
  entry       `solve` and `fits_everyone`
"""

from scheduler.solver.call import interrupt, interrupted, reset_interrupt
from scheduler.solver.effort import SolverOptions, wall_per_deterministic
from scheduler.solver.entry import Replanning, fits_everyone, solve
from scheduler.solver.residual import merge_visits
from scheduler.solver.search import ProgressFn

__all__ = [
    "ProgressFn",
    "Replanning",
    "SolverOptions",
    "fits_everyone",
    "interrupt",
    "interrupted",
    "merge_visits",
    "reset_interrupt",
    "solve",
    "wall_per_deterministic",
]
