"""Measure the planner against the best possible and against the coordinator's greedy sweep.

    python benchmarks/run.py              # the examples and generated 50 to 1,000-site seasons
    python benchmarks/run.py --smoke      # two small campaigns, seconds (also run by the tests)

Each campaign runs in a fresh process, so that its peak memory is its own. Per campaign: time
to the first full rule-keeping plan (the greedy sweep the solver starts from), time to the final
plan, finish against the lower bound and whether the solver proved it, people planned against
the people that fit (the people stage's bound), peak memory; and the greedy sweep alone (the
kecamatan sweep a coordinator does by hand). Then the issue's targets, each met or by how much
not. Not part of the test suite (the smoke mode is).
"""

from __future__ import annotations

import argparse
import multiprocessing
import os
import platform
import resource
import sys
import time
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.generate import campaign  # noqa: E402
from scheduler.checker import check_plan  # noqa: E402
from scheduler.greedy import best_greedy, greedy_visits, sweep_order  # noqa: E402
from scheduler.plan import LOST, ProgressRow  # noqa: E402
from scheduler.problem import Problem  # noqa: E402
from scheduler.reader import read_problem  # noqa: E402
from scheduler.replan import pinned_kits, prepare  # noqa: E402
from scheduler.solver import SolverOptions, solve  # noqa: E402
from scheduler.workdays import build_calendar  # noqa: E402

FULL = [("surakarta-2016", 0, 0), ("sukoharjo-2022", 0, 0), ("generated", 50, 2),
        ("generated", 150, 6), ("generated", 400, 6), ("generated", 400, 10),
        ("generated", 1000, 20)]  # fmt: skip
SMOKE = [("sukoharjo-2022", 0, 0), ("generated", 50, 2)]


@dataclass(frozen=True)
class Row:
    name: str
    sites: int
    kits: int
    first_s: float  # first full plan (the greedy the solver starts from)
    settled_s: float  # the finish date settled: the people and finish stages done
    final_s: float
    finish: date | None
    bound: date | None  # no plan planning as many people finishes earlier (proven)
    finish_gap: int  # working days between finish and bound
    people: int
    people_fit: int  # the people stage's bound: no plan records more
    total: int
    greedy_finish: date | None
    greedy_people: int
    greedy_s: float
    sweep_finish: date | None  # the kecamatan sweep alone, as a coordinator does it
    sweep_people: int
    peak_mib: float
    replan_s: float | None = None  # after one lost day, 400+ sites only


def load(name: str, n: int, k: int) -> Problem:
    if name == "generated":
        return campaign(n, k)
    return read_problem(ROOT / "inputs" / f"{name}.xlsx")


def measure(name: str, n: int, k: int, time_limit: float) -> Row:
    problem = load(name, n, k)
    cal = build_calendar(problem)
    t0 = time.perf_counter()
    greedy = best_greedy(problem, cal)
    greedy_s = time.perf_counter() - t0
    sweep = greedy_visits(problem, cal, sweep_order(problem))
    t0 = time.perf_counter()
    plan = solve(problem, SolverOptions(time_limit=time_limit), calendar=cal)
    final_s = time.perf_counter() - t0
    assert check_plan(problem, plan) == [], f"{name}: the plan breaks rules"
    finish = next(s for s in plan.stages if s.name == "finish")
    people = next(s for s in plan.stages if s.name == "people")
    replan_s = (
        _replan_after_lost_day(problem, plan, time_limit) if len(problem.sites) >= 400 else None
    )
    return Row(
        name=name if name != "generated" else f"generated {n}/{k}",
        sites=len(problem.sites),
        kits=len(problem.kits),
        first_s=greedy_s,
        settled_s=greedy_s + sum(s.seconds for s in plan.stages if s.name in ("people", "finish")),
        final_s=final_s,
        finish=plan.finish,
        bound=plan.finish_bound,
        finish_gap=finish.value - finish.bound,
        people=plan.people_planned,
        people_fit=people.bound,
        total=problem.people,
        greedy_finish=_finish(greedy),
        greedy_people=sum(v.people for v in greedy),
        greedy_s=greedy_s,
        sweep_finish=_finish(sweep),
        sweep_people=sum(v.people for v in sweep),
        peak_mib=resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
        replan_s=replan_s,
    )


def _replan_after_lost_day(problem: Problem, plan, time_limit: float) -> float:
    """Re-plan two weeks in, the day before lost (every kit-day of it), the rest done."""
    first = min(kd.day for kd in plan.kit_days)
    today = first + timedelta(days=14)
    lost_day = max(kd.day for kd in plan.kit_days if kd.day < today)
    rows = tuple(
        ProgressRow(kd.day, kd.kit_id, kd.site_id, kd.people,
                    None if kd.day == lost_day else kd.people,
                    LOST if kd.day == lost_day else "done")
        for kd in plan.kit_days
        if kd.day < today
    ) + tuple(
        ProgressRow(kd.day, kd.kit_id, kd.site_id, kd.people) for kd in plan.kit_days
        if kd.day >= today
    )  # fmt: skip
    t0 = time.perf_counter()
    replan = prepare(problem, rows, today)
    result = solve(
        replan.future,
        SolverOptions(time_limit=time_limit),
        calendar=replan.calendar,
        keep=replan.keep,
        frozen=replan.frozen,
        candidate=replan.candidate,
        pinned=pinned_kits(rows, replan.keep),
    )
    seconds = time.perf_counter() - t0
    assert check_plan(replan.future, result) == [], "the re-plan breaks rules"
    return seconds


def _finish(visits) -> date | None:
    return max((d for v in visits for d, _ in v.days), default=None)


def _in_child(args: tuple[str, int, int, float]) -> Row:
    return measure(*args)


def table(rows: list[Row]) -> str:
    lines = [
        "| campaign | sites/kits | first plan s | finish settled s | final s | finish | bound "
        "| proven gap | people (of fit / total) | greedy sweep: finish, people | peak MiB |",
        "|---|---|---|---|---|---|---|---|---|---|---|",
    ]
    for r in rows:
        gap = "0 (optimal)" if r.finish_gap == 0 else f"{r.finish_gap} working days"
        lines.append(
            f"| {r.name} | {r.sites}/{r.kits} | {r.first_s:.2f} | {r.settled_s:.1f} "
            f"| {r.final_s:.1f} | {r.finish} "
            f"| {r.bound} | {gap} | {r.people:,} ({r.people_fit:,} / {r.total:,}) "
            f"| {r.sweep_finish}, {r.sweep_people:,} | {r.peak_mib:.0f} |"
        )
    return "\n".join(lines)


def targets(rows: list[Row], time_limit: float) -> str:
    by = {(r.sites, r.kits): r for r in rows}
    out = ["| target | measured | met |", "|---|---|---|"]
    r = by.get((400, 6))
    if r:
        ok = r.finish_gap <= 1 and r.settled_s <= 30
        out.append(
            f"| 400 sites, 6 kits: finish proven (or within 1 working day of the bound) within "
            f"30 s | finish {r.finish}, gap {r.finish_gap} d, settled after {r.settled_s:.1f} s "
            f"(all stages {r.final_s:.1f} s) | {'yes' if ok else 'no'} |"
        )
    r = by.get((1000, 20))
    if r:
        out.append(
            f"| 1,000 sites, 20 kits: a full rule-keeping plan within 30 s, no worse than the "
            f"greedy sweep | first plan {r.first_s:.2f} s; final {r.finish} vs sweep "
            f"{r.sweep_finish}, {r.people:,} vs {r.sweep_people:,} people | "
            f"{'yes' if r.first_s <= 30 and r.people >= r.sweep_people else 'no'} |"
        )
        gap = 1 - r.people / max(1, r.people_fit)
        ok = gap <= 0.02 and r.final_s <= 120
        out.append(
            f"| 1,000 sites, 20 kits: within 2% of the bound on people by 120 s | "
            f"{gap:.1%} after {r.final_s:.0f} s | {'yes' if ok else 'no'} |"
        )
    for r in rows:
        if r.replan_s is not None:
            out.append(
                f"| re-plan {r.sites} sites after a lost day within 10 s | {r.replan_s:.1f} s "
                f"(--time-limit {time_limit:g}) | {'yes' if r.replan_s <= 10 else 'no'} |"
            )
    peak = max(r.peak_mib for r in rows)
    out.append(f"| peak memory under 2 GiB | {peak:.0f} MiB | {'yes' if peak < 2048 else 'no'} |")
    return "\n".join(out)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--smoke", action="store_true", help="two small campaigns only")
    parser.add_argument("--time-limit", type=float, default=None,
                        help="deterministic s per solve (default 15; smoke 2)")  # fmt: skip
    args = parser.parse_args(argv)
    time_limit = args.time_limit or (2.0 if args.smoke else SolverOptions.time_limit)
    print(f"Machine: {platform.machine()}, {os.cpu_count()} cores, Python "
          f"{platform.python_version()}; time limit {time_limit:g} deterministic s\n")  # fmt: skip
    rows = []
    context = multiprocessing.get_context("spawn")  # a fresh process: its own peak memory
    for name, n, k in SMOKE if args.smoke else FULL:
        with context.Pool(1) as pool:
            rows.append(pool.apply(_in_child, ((name, n, k, time_limit),)))
        print(f"  {rows[-1].name}: {rows[-1].final_s:.1f} s", file=sys.stderr, flush=True)
    print(table(rows))
    print()
    print(targets(rows, time_limit))


if __name__ == "__main__":
    main()
