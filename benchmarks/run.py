"""Measure the planner on the examples and on generated campaigns; print a Markdown table.

    python benchmarks/run.py            # the examples and 60/150-site campaigns
    python benchmarks/run.py --smoke    # one small campaign, seconds

Each row: wall seconds, finish date against the capacity bound and whether the solver proved
it, people planned, the greedy sweep's finish for comparison, and the process's peak memory.
Not part of the test suite.
"""

from __future__ import annotations

import argparse
import platform
import random
import resource
import time
from datetime import date
from pathlib import Path

from scheduler.capacity import capacity
from scheduler.checker import check_plan
from scheduler.greedy import greedy_visits
from scheduler.problem import GOOD, POOR, Kit, Problem, Reservation, Settings, Site, SiteType
from scheduler.reader import read_problem
from scheduler.solver import SolverOptions, solve
from scheduler.workdays import build_calendar, national_holidays

ROOT = Path(__file__).parent.parent


def campaign(n_sites: int, n_kits: int, seed: int = 1) -> Problem:
    """A school season: Aug-Dec, two kits per visit, Friday duty, mixed networks and priorities."""
    rnd = random.Random(seed)
    start, deadline = date(2022, 8, 1), date(2022, 12, 23)
    kecamatan = [f"Kec {i}" for i in range(max(3, n_sites // 12))]
    sites = tuple(
        Site(
            f"S{i:04d}",
            f"School {i}",
            "school" if rnd.random() < 0.7 else "kelurahan",
            rnd.choice(kecamatan),
            rnd.randint(10, 100),
            network=GOOD if rnd.random() < 0.7 else POOR,
            priority=rnd.randint(1, 5),
        )
        for i in range(n_sites)
    )
    types = (
        SiteType("school", frozenset(range(5)), None, 2, 2),
        SiteType("kelurahan", frozenset({0, 1, 2}), max(2, n_kits // 3), 1, 2),
    )
    kits = tuple(Kit(f"K{i}") for i in range(1, n_kits + 1))
    duty = (Reservation(1, "Home visits", weekdays=frozenset({4})),)
    holidays = national_holidays("ID", start, deadline)
    return Problem(Settings(start, deadline), sites, kits, types, (), duty, holidays)


def measure(name: str, problem: Problem, time_limit: float) -> str:
    cal = build_calendar(problem)
    t0 = time.perf_counter()
    greedy = greedy_visits(problem, cal)
    greedy_s = time.perf_counter() - t0
    greedy_finish = max((d for v in greedy for d, _ in v.days), default=None)
    t0 = time.perf_counter()
    plan = solve(problem, SolverOptions(time_limit=time_limit), calendar=cal)
    wall = time.perf_counter() - t0
    assert check_plan(problem, plan) == [], f"{name}: the plan breaks rules"
    bound = capacity(problem, cal).earliest_finish
    finish = next(s for s in plan.stages if s.name == "finish")
    # Wall seconds until the finish stage ended: people and finish are the first two stages.
    finish_s = sum(s.seconds for s in plan.stages if s.name in ("people", "finish"))
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return (
        f"| {name} | {len(problem.sites)} | {len(problem.kits)} | {finish_s:.1f} | {wall:.1f} | "
        f"{plan.finish} | "
        f"{bound} | {'yes' if finish.proven else f'no, gap {finish.value - finish.bound} d'} | "
        f"{plan.people_planned:,} / {problem.people:,} | "
        f"{greedy_finish} ({greedy_s * 1000:.0f} ms) | {peak:.0f} |"
    )


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--smoke", action="store_true", help="one small campaign only")
    parser.add_argument("--time-limit", type=float, default=SolverOptions.time_limit)
    args = parser.parse_args()
    print(f"Machine: {platform.machine()}, {platform.python_version()}, time limit "
          f"{args.time_limit} deterministic s\n")  # fmt: skip
    print("| campaign | sites | kits | finish settled s | total s | finish | capacity bound | "
          "finish proven | people | greedy sweep finish | peak MiB |")  # fmt: skip
    print("|---|---|---|---|---|---|---|---|---|---|---|")
    if args.smoke:
        print(measure("generated", campaign(20, 2), 2.0))
        return
    for example in ("surakarta-2016", "sukoharjo-2022"):
        print(measure(example, read_problem(ROOT / "inputs" / f"{example}.xlsx"), args.time_limit))
    for n, k in ((60, 4), (150, 6)):
        print(measure(f"generated {n}/{k}", campaign(n, k), args.time_limit), flush=True)


if __name__ == "__main__":
    main()
