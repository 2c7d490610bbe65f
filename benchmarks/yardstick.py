"""An independent yardstick for the people a season can have: a whole-site model of its own.

It shares no code with the solver, the sweep or the calendar module: the days, the kits free
on each and each site's allowed days are derived here from the problem, and the model is a
time-indexed one of its own (each site's run as the difference of two monotone switches,
"started by day i" and "ended before day i"), solved by CP-SAT for as long as it is given. Its
plan is checked by scheduler/checker.py; its bound holds for every plan (CP-SAT's proven
bound on a model that keeps exactly the rules the checker checks). The people a solve plans
are judged against both (benchmarks/README.md, "Overloaded seasons").

    python benchmarks/yardstick.py "regency 281/8 twice" --seconds 600
"""

from __future__ import annotations

import argparse
import sys
from collections import defaultdict
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from ortools.sat.python import cp_model

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from scheduler.checker import check_plan  # noqa: E402
from scheduler.plan import KitDay, Plan, Shortfall, Visit, split_people  # noqa: E402
from scheduler.problem import GOOD, Problem, Site  # noqa: E402


@dataclass(frozen=True)
class Yardstick:
    """What the whole-site model reached: a plan's people (checked) and a proven bound."""

    people: int
    bound: int
    optimal: bool
    plan: Plan


def _rate(problem: Problem, site: Site) -> int:
    if site.rate is not None:
        return site.rate
    return problem.settings.rate_good if site.network == GOOD else problem.settings.rate_poor


def _days(problem: Problem) -> list[date]:
    """The days the office works: start to deadline, no holiday, no closure."""
    shut = {h.day for h in problem.holidays} | {c.day for c in problem.closures}
    s = problem.settings
    days, day = [], s.start
    while day <= s.deadline:
        if day not in shut:
            days.append(day)
        day += timedelta(days=1)
    return days


def _free(problem: Problem, day: date) -> list[str]:
    """The kits free for sites on a day: present ones, less those reserved for duties."""
    present = [k.kit_id for k in problem.kits if day not in k.unavailable]
    taken = sum(r.kits for r in problem.reservations if r.applies(day))
    return present[taken:]


def _may_visit(problem: Problem, site: Site, day: date) -> bool:
    rules = problem.site_type(site)
    if day.weekday() not in rules.weekdays or day in site.closed:
        return False
    return (site.earliest is None or day >= site.earliest) and (
        site.latest is None or day <= site.latest
    )


def measure(problem: Problem, seconds: float, workers: int = 2, seed: int = 0) -> Yardstick:
    """Solve the whole-site model for `seconds` (wall) and check its plan."""
    if problem.ages:
        raise ValueError("the yardstick does not model ages (rule 7)")
    days = _days(problem)
    free = {d: _free(problem, d) for d in days}
    m = cp_model.CpModel()
    kits_on: dict[date, list[cp_model.LinearExprT]] = defaultdict(list)
    visits_on: dict[tuple[str, date], list[cp_model.IntVar]] = defaultdict(list)
    people: dict[str, cp_model.IntVar] = {}
    site_days: dict[str, list[tuple[date, cp_model.IntVar, cp_model.IntVar]]] = {}
    for site in problem.sites:
        rules = problem.site_type(site)
        seq = [d for d in days if _may_visit(problem, site, d)]
        began: cp_model.IntVar | None = None  # "the run has begun by this day"
        ended: cp_model.IntVar | None = None  # "the run ended before this day"
        mine = []
        for d in seq:
            b, e = m.new_bool_var(""), m.new_bool_var("")
            if began is not None and ended is not None:
                m.add(b >= began)
                m.add(e >= ended)
            m.add(e <= b)
            visit = m.new_bool_var("")
            m.add(visit == b - e)
            top = min(rules.max_kits, len(free[d]))
            if top < rules.min_kits:
                m.add(visit == 0)  # no kits that day: it breaks a run like any other
                top = 0
            kits = m.new_int_var(0, top, "")
            m.add(kits >= rules.min_kits * visit)
            m.add(kits <= top * visit)
            kits_on[d].append(kits)
            visits_on[(site.type, d)].append(visit)
            mine.append((d, visit, kits))
            began, ended = b, e
        site_days[site.site_id] = mine
        y = people[site.site_id] = m.new_int_var(0, site.people, "")
        m.add(y <= _rate(problem, site) * sum(k for _, _, k in mine))
    for d, ks in kits_on.items():
        m.add(sum(ks) <= len(free[d]))
    for t in problem.site_types:
        if t.max_sites_per_day is not None:
            for d in days:
                if len(visits_on.get((t.name, d), [])) > t.max_sites_per_day:
                    m.add(sum(visits_on[(t.name, d)]) <= t.max_sites_per_day)
    m.maximize(sum(people.values()))
    solver = cp_model.CpSolver()
    solver.parameters.max_time_in_seconds = seconds
    solver.parameters.num_workers = workers
    solver.parameters.random_seed = seed
    status = solver.solve(m)
    if status not in (cp_model.OPTIMAL, cp_model.FEASIBLE):
        raise RuntimeError(f"the yardstick found no plan in {seconds} s")
    visits = []
    for site in problem.sites:
        got = solver.value(people[site.site_id])
        ran = tuple((d, solver.value(k)) for d, v, k in site_days[site.site_id] if solver.value(v))
        if ran and got > 0:
            visits.append(Visit(site.site_id, ran, got))
    plan = _plan(problem, tuple(visits), free)
    broken = check_plan(problem, plan)
    if broken:
        raise RuntimeError(f"the yardstick's plan breaks rules: {broken[:3]}")
    best = plan.people_planned
    bound = int(solver.best_objective_bound + 1e-6)
    return Yardstick(best, max(bound, best), status == cp_model.OPTIMAL, plan)


def _plan(problem: Problem, visits: tuple[Visit, ...], free: dict[date, list[str]]) -> Plan:
    """The visits as kit rows (kits handed out in the Kits sheet's order) and shortfalls."""
    rows = []
    used: dict[date, int] = defaultdict(int)
    for v in visits:
        people = iter(split_people(v.people, v.kit_days))
        for d, k in v.days:
            for kit in free[d][used[d] : used[d] + k]:
                rows.append(KitDay(d, kit, v.site_id, next(people)))
            used[d] += k
    got = {v.site_id: v.people for v in visits}
    short = tuple(
        Shortfall(s.site_id, s.people - got.get(s.site_id, 0), "capacity")
        for s in problem.sites
        if got.get(s.site_id, 0) < s.people
    )
    return Plan(visits, tuple(rows), (), shortfalls=short)


def main() -> None:
    from benchmarks.run import load

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("case", help='a benchmarks/run.py case, e.g. "regency 281/8 twice"')
    parser.add_argument("--seconds", type=float, default=300.0)
    parser.add_argument("--workers", type=int, default=2)
    args = parser.parse_args()
    problem = load(args.case)
    y = measure(problem, args.seconds, args.workers)
    state = "optimal" if y.optimal else f"gap {100 * (y.bound - y.people) / y.bound:.1f}%"
    print(f"{args.case}: {y.people:,} people (checked), bound {y.bound:,} ({state})")


if __name__ == "__main__":
    main()
