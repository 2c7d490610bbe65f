"""Building the Plan from the visits a search holds: kit ids handed out, and each site not
fully planned with the reason that is true of the model solved."""

from __future__ import annotations

from collections import defaultdict
from datetime import date

from scheduler.capacity import CAPACITY, TYPE_LIMIT, shortfall_reason
from scheduler.plan import Plan, Shortfall, Stage, Visit
from scheduler.problem import Problem
from scheduler.solver.effort import SolverOptions
from scheduler.solver.kit_ids import assign_kits
from scheduler.solver.residual import Residual, merge_visits
from scheduler.workdays import Calendar


def build_plan(
    problem: Problem,
    cal: Calendar,
    solved: Residual,
    visits: tuple[Visit, ...],
    stages: list[Stage],
    finish_bound: date | None,
    options: SolverOptions,
    kept: tuple[Visit, ...] = (),
    kept_kits: dict[tuple[date, str], tuple[str, ...]] | None = None,
) -> Plan:
    """Kit ids handed out (`kept_kits`: those the kept visits were announced with), and each
    site not fully planned with its reason, true of the model solved (`solved`: the residual
    once the kept visits stayed)."""
    kit_days, duties, warnings = assign_kits(problem, cal, visits, kept_kits)
    solved_kept = {v.site_id: v.days for v in solved.kept}
    finish = max((d for v in visits for d, _ in v.days), default=None)
    planned = {v.site_id: v.people for v in visits}
    rest = {s.site_id: s for s in solved.problem.sites}

    # What the plan leaves free each day (beyond the kept visits, already out of `solved`).
    index = cal.index
    free = list(solved.calendar.free_kits)
    visits_on = defaultdict(int, solved.taken)
    for v in visits:
        kept_days = {day for day, _ in solved_kept.get(v.site_id, ())}
        for d, k in v.days:
            if d not in kept_days:
                free[index(d)] -= k
                visits_on[(rest[v.site_id].type, index(d))] += 1

    def reason(site_id: str) -> tuple[str, int]:
        site = rest[site_id]
        why, alone = shortfall_reason(solved.problem, solved.calendar, site)
        rules = solved.problem.site_type(site)
        limit = rules.max_sites_per_day
        if why == CAPACITY and limit is not None:
            # Kits left free only on days its type's visits are full: the limit binds, not
            # the kit-days (a manager told "no kit-days" would see free kits in the plan).
            kits_free = [t for t in solved.calendar.allowed[site_id] if free[t] >= rules.min_kits]
            if kits_free and all(visits_on[(site.type, t)] >= limit for t in kits_free):
                why = TYPE_LIMIT
        return why, alone

    shortfalls = tuple(
        Shortfall(s.site_id, s.people - got, *reason(s.site_id))
        for s in problem.sites
        if (got := planned.get(s.site_id, 0)) < s.people
    )
    return Plan(
        visits=visits,
        kit_days=kit_days,
        duties=duties,
        stages=tuple(stages),
        shortfalls=shortfalls,
        finish=finish,
        finish_bound=finish_bound if finish_bound is not None else finish,
        seed=options.seed,
        warnings=warnings,
        kept=merge_visits(kept),
    )
