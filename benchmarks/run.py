"""Measure the planner as a coordinator meets it, side by side with the coordinator's own
sweep: people, finish, each priority class's all-done day and kecamatan moves; how sure the
plan is (against proven bounds); the wait (against the time asked); re-plans after a lost day
or a kit out (sites to notify); memory.

    python benchmarks/run.py                  # every case (twice the planning: see below)
    python benchmarks/run.py --smoke          # two small campaigns and a re-plan (tests)
    python benchmarks/run.py --only 400       # the cases whose name contains "400"
    python benchmarks/run.py --markdown benchmarks/README.md   # the tables into the README
    python benchmarks/run.py --only stop      # Ctrl-C and SIGTERM at moments of a regency

Each case is planned twice, each time in a fresh process (so its peak memory is its own):
with `--repeatable`, the time limit in CP-SAT's deterministic seconds, for every value in the
tables (the same on any machine, however busy); and as `outreach plan --time-limit` runs, on
the wall clock, for the wall seconds and whether the clock cut a search (then that run's plan
is weaker than on a quiet machine, and says so). A plan case times what `outreach plan` does
after Python has started (read, solve, check, fixes when short, write); a re-plan case what
`outreach replan` does after reading. The sweep is `scheduler/greedy.py`'s kecamatan sweep,
kits handed out as for a plan and checked by the same checker. Not part of the test suite
(the smoke mode is).
"""

from __future__ import annotations

import argparse
import dataclasses
import hashlib
import multiprocessing
import os
import pickle
import platform
import resource
import subprocess
import sys
import tempfile
import time
from collections import Counter
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks import generate  # noqa: E402
from benchmarks.generate import campaign, regency  # noqa: E402
from benchmarks.stops import measure_stops, stop_table, writing_seconds  # noqa: E402
from benchmarks.tables import (  # noqa: E402
    Outcome,
    PlanRow,
    ReplanRow,
    SweepRow,
    YardstickRow,
    markdown,
    replace_results,
)
from scheduler.budget import Budget  # noqa: E402
from scheduler.capacity import shortfall_reason  # noqa: E402
from scheduler.checker import check_plan  # noqa: E402
from scheduler.fixes import find_fixes, question_limit  # noqa: E402
from scheduler.greedy import greedy_visits  # noqa: E402
from scheduler.moves import kecamatan_moves  # noqa: E402
from scheduler.plan import LOST, Plan, ProgressRow, Shortfall  # noqa: E402
from scheduler.problem import Problem  # noqa: E402
from scheduler.reader import read_problem  # noqa: E402
from scheduler.replan import PRIORITY_FIRST, ROOM, changes, prepare  # noqa: E402
from scheduler.solver import SolverOptions, solve  # noqa: E402
from scheduler.solver.kit_ids import assign_kits  # noqa: E402
from scheduler.workdays import build_calendar  # noqa: E402
from scheduler.writer import build_workbook, write_plan  # noqa: E402
from scheduler.xlsx import save_atomically  # noqa: E402

Row = SweepRow | PlanRow | ReplanRow | YardstickRow

# (case, time limit asked): plans; then re-plans (case, what happened, time limit).
FULL_PLANS = [("surakarta-2016", 5.0), ("sukoharjo-2022", 5.0), ("surakarta-2016", 15.0),
              ("sukoharjo-2022", 15.0), ("generated 150/6", 15.0), ("regency 227/7 long", 60.0),
              ("regency 227/7 short", 60.0), ("generated 400/6", 60.0),
              ("generated 1000/20", 60.0)]  # fmt: skip
FULL_REPLANS = [("generated 400/6", "lost day", 10.0), ("generated 400/6", "kit out a week", 10.0),
                ("generated 1000/20", "lost day", 10.0),
                ("generated 1000/20", "kit out a week", 10.0)]  # fmt: skip
# Issue 25: a season far too short for its deadline (about 2.5 times the people that fit) at
# 15 and 30 s.
FULL_PLANS += [("regency 281/8 far short", 15.0), ("regency 281/8 far short", 30.0)]
# Issue 25: a 227-site regency whose deadline is too short (6 kits, one out a fortnight),
# signalled this many seconds after `outreach plan --time-limit 60` started.
STOP_CASE, STOP_LIMIT = "regency 227/6 short", 60.0
STOP_MOMENTS = [(1.0, "SIGINT"), (3.0, "SIGTERM"), (6.0, "SIGINT"), (9.0, "SIGTERM"),
                (12.0, "SIGINT"), (15.0, "SIGTERM"), (20.0, "SIGINT"), (30.0, "SIGTERM"),
                (45.0, "SIGINT")]  # fmt: skip
# Issue 26 item 2: seasons with about twice the people that fit, planned at these limits and
# judged against an independent whole-site model's bound (benchmarks/yardstick.py, once per
# case, given YARDSTICK wall seconds with its own workers). The case waits for
# benchmarks/generate.twice (issue 26 item 2's branch).
OVERLOADED = [("regency 281/8 twice", 15.0), ("regency 281/8 twice", 60.0)]
OVERLOADED = OVERLOADED if hasattr(generate, "twice") else []
YARDSTICK = 120.0
FULL_PLANS += OVERLOADED
SMOKE_PLANS = [("sukoharjo-2022", 1.0), ("generated 50/2", 1.0)]
SMOKE_REPLANS = [("generated 50/2", "lost day", 1.0)]
# A re-plan starts from a plan made with this many deterministic seconds (the same plan on
# any machine, so that the re-plan is too).
FIRST_PLAN = {"full": 30.0, "smoke": 1.0}


def load(case: str) -> Problem:
    kind, _, size = case.partition(" ")
    if kind == "generated":
        n, k = (int(x) for x in size.split("/"))
        return campaign(n, k)
    if case == "regency 281/8 twice":  # issue 26: about twice the people that fit
        return generate.twice()  # type: ignore[attr-defined, no-any-return]
    if case == "regency 281/8 far short":  # issue 25: about 2.5 times the people that fit
        return regency(date(2022, 11, 30), schools=60, offices=221, kits=8, crowd=2.5)
    if kind == "regency":
        deadline = date(2022, 12, 23) if case.endswith("long") else date(2022, 11, 30)
        return regency(deadline, kits=int(size.split("/")[1].split()[0]))
    return read_problem(ROOT / "inputs" / f"{case}.xlsx")


def _peak() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def digest(plan: Plan) -> str:
    """A short fingerprint of the plan's visits: two runs with the same one made the same plan."""
    visits = sorted((v.site_id, v.days, v.people) for v in plan.visits)
    return hashlib.sha256(repr(visits).encode()).hexdigest()[:8]


def outcome(problem: Problem, plan: Plan) -> Outcome:
    """What a coordinator sees of a plan (the sweep's or the solver's): people, finish, each
    priority class's all-done day (its sites not fully planned, its people planned),
    kecamatan moves."""
    planned: Counter[str] = Counter()
    last: dict[str, date] = {}
    for v in plan.visits:
        planned[v.site_id] += v.people
        last[v.site_id] = max(last.get(v.site_id, v.days[-1][0]), v.days[-1][0])
    classes = []
    for level in sorted({s.priority for s in problem.sites if s.people > 0}, reverse=True):
        members = [s for s in problem.sites if s.priority == level and s.people > 0]
        done = max((last[s.site_id] for s in members if s.site_id in last), default=None)
        short = sum(1 for s in members if planned[s.site_id] < s.people)
        classes.append((level, done, short, sum(planned[s.site_id] for s in members)))
    finish = max(last.values(), default=None)
    people = sum(planned.values())
    return Outcome(people, finish, tuple(classes), kecamatan_moves(problem, plan))


def measure_sweep(case: str) -> SweepRow:
    """The coordinator's own method: kecamatan by kecamatan, each site at the earliest run with
    kits for it (`greedy_visits` in the sweep order), through the same rule check."""
    problem = load(case)
    t0 = time.perf_counter()
    cal = build_calendar(problem)
    visits = greedy_visits(problem, cal)
    kit_days, duties, _ = assign_kits(problem, cal, visits)
    planned = {v.site_id: v.people for v in visits}
    short = tuple(Shortfall(s.site_id, s.people - planned.get(s.site_id, 0),
                            *shortfall_reason(problem, cal, s))
                  for s in problem.sites if planned.get(s.site_id, 0) < s.people)  # fmt: skip
    plan = Plan(visits, kit_days, duties, shortfalls=short)
    seconds = time.perf_counter() - t0
    broken = len(check_plan(problem, plan))
    return SweepRow(case, outcome(problem, plan), broken, seconds)


def measure_plan(case: str, limit: float, repeatable: bool) -> PlanRow:
    problem = load(case)
    with tempfile.TemporaryDirectory() as tmp:
        source = Path(tmp) / "input.xlsx"
        save_atomically(build_workbook(problem, Plan((), (), ())), source)
        budget = Budget(limit, repeatable=repeatable)  # as `outreach plan`, from here on
        problem = read_problem(source)
        options = budget.solver_options(problem, 0, fixes=True)
        plan = solve(problem, options)
        assert check_plan(problem, plan) == [], f"{case}: the plan breaks rules"
        fixes = ""
        if plan.shortfalls:
            unsettled: list[str] = []
            found = find_fixes(problem, question_limit(options.time_limit), 0, None,
                               budget.for_fixes(problem), unsettled)  # fmt: skip
            plan = dataclasses.replace(plan, fixes=found, fixes_settled=not unsettled)
            fixes = f"{len(found)} found" + ("" if not unsettled else ", search cut short")
        write_plan(problem, plan, Path(tmp) / "plan.xlsx", "id")
        wall = budget.elapsed()
    return PlanRow(
        case, len(problem.sites), len(problem.kits), limit, repeatable, wall,
        outcome(problem, plan), people_bound(plan), problem.people,
        tuple((s.name, s.status, s.value, s.bound) for s in plan.stages),
        class_gaps(problem, plan), digest(plan), not plan.repeatable, fixes, _peak(),
        better_on(plan),
    )  # fmt: skip


def better_on(plan: Plan) -> str:
    """The goal the plan's Summary says it beats the sweep on ("-": it says none)."""
    sweep = plan.sweep
    if sweep is None or sweep.better == "same":
        return "-"
    return f"priority {sweep.level}" if sweep.better == "priority" else sweep.better


def people_bound(plan: Plan) -> int:
    """The people stage's bound; 0 when the plan was cut before it (none known)."""
    return next((s.bound for s in plan.stages if s.name == "people"), 0)


def class_gaps(problem: Problem, plan: Plan) -> tuple[tuple[int, int], ...]:
    """Per priority class stage: the working days between its all-done day and its bound
    (0: proven earliest possible; the calendar's length: no bound at all)."""
    working = build_calendar(problem).working_days
    out = []
    for st in plan.stages:
        if st.name != "priority":
            continue
        days = [v.days[-1][0] for v in plan.visits if problem.site(v.site_id).priority == st.level
                and v.site_id not in st.held]  # fmt: skip
        done = max(days, default=None)
        if st.proven or done is None:
            apart = 0
        elif st.bound_day is None:
            apart = len(working)
        else:
            apart = sum(1 for d in working if st.bound_day < d <= done)
        out.append((st.level, apart))
    return tuple(out)


def two_weeks_in(first: Plan, lost_day: bool) -> tuple[date, tuple[ProgressRow, ...]]:
    """The Monday two weeks after a plan's first visit, and its Progress rows by then: every
    day done as planned, or (`lost_day`) the last day before lost on every kit."""
    today = min(k.day for k in first.kit_days) + timedelta(days=14)
    while today.weekday() != 0:
        today += timedelta(days=1)
    lost = max(k.day for k in first.kit_days if k.day < today) if lost_day else None
    rows = []
    for i, k in enumerate(first.kit_days):
        recorded, status = (None, None) if k.day >= today else (
            (None, LOST) if k.day == lost else (k.people, "done"))  # fmt: skip
        rows.append(ProgressRow(k.day, k.kit_id, k.site_id, k.people, recorded, status, row=i + 2))
    return today, tuple(rows)


def first_plan(problem: Problem, seconds: float, cache: Path) -> Plan:
    """The plan a re-plan starts from, made with `seconds` deterministic seconds (the same on
    any machine), once per case: the cases' re-plans share it through `cache`."""
    if cache.exists():
        with cache.open("rb") as f:
            plan: Plan = pickle.load(f)
        return plan
    plan = solve(problem, SolverOptions(time_limit=seconds, repeatable=True))
    with cache.open("wb") as f:
        pickle.dump(plan, f)
    return plan


def measure_replan(
    case: str, what: str, limit: float, repeatable: bool, first: float, cache: Path
) -> ReplanRow:
    """Two weeks into a plan made with `first` deterministic seconds: the day before lost on
    every kit, or one kit out for the coming week; everything else done as planned."""
    problem = load(case)
    before = first_plan(problem, first, cache)
    today, rows = two_weeks_in(before, lost_day=what == "lost day")
    if what == "kit out a week":
        week = frozenset(today + timedelta(days=i) for i in range(5))
        kit = dataclasses.replace(problem.kits[0], unavailable=problem.kits[0].unavailable | week)
        problem = dataclasses.replace(problem, kits=(kit, *problem.kits[1:]))
    budget = Budget(limit, repeatable=repeatable)  # as `outreach replan`, after reading
    replan = prepare(problem, rows, today)
    plan = solve(replan.future, budget.solver_options(replan.future, 0),
                 calendar=replan.calendar, replanning=replan.replanning(rows))  # fmt: skip
    assert check_plan(replan.future, plan) == [], "the re-plan breaks rules"
    changed = changes(replan, plan)
    plan = dataclasses.replace(plan, changes=changed)
    with tempfile.TemporaryDirectory() as tmp:
        write_plan(problem, plan, Path(tmp) / "v2.xlsx", "id")
    wall = budget.elapsed()
    # The Changes sheet's rows, one notice each: a visit cancelled (no days to come), added (none
    # were to come: a new site, or one whose only days were lost) or moved.
    notified = Counter("cancelled" if not c.new_days else "added" if not c.old_days else "moved"
                       for c in changed)  # fmt: skip
    room = sum(1 for c in changed if c.reason == ROOM)
    ahead = sum(1 for c in changed if c.reason == PRIORITY_FIRST)
    return ReplanRow(
        case, what, limit, repeatable, wall, plan.people_planned, people_bound(plan),
        replan.future.people, len(changed) - room - ahead, room, ahead,
        (notified["cancelled"], notified["added"], notified["moved"]), digest(plan),
        not plan.repeatable, _peak(),
        any(st.name == "stability" and st.proven for st in plan.stages),
    )  # fmt: skip


def measure_yardstick(case: str, seconds: float) -> YardstickRow:
    """The independent whole-site model's people (its plan checked) and proven bound."""
    from benchmarks import yardstick

    try:
        y = yardstick.measure(load(case), seconds)
    except RuntimeError:  # no plan found in the time: nothing to state
        return YardstickRow(case, seconds, None, None, False)
    assert check_plan(load(case), y.plan) == [], f"{case}: the yardstick's plan breaks rules"
    return YardstickRow(case, seconds, y.people, y.bound, y.optimal)


def _in_child(kind: str, args: tuple[object, ...]) -> Row:
    if kind == "yardstick":
        return measure_yardstick(*args)  # type: ignore[arg-type]
    if kind == "sweep":
        return measure_sweep(*args)  # type: ignore[arg-type]
    if kind == "plan":
        return measure_plan(*args)  # type: ignore[arg-type]
    return measure_replan(*args)  # type: ignore[arg-type]


def startup_seconds() -> float:
    """What a user waits before the command starts: Python importing the package."""
    t0 = time.perf_counter()
    subprocess.run([sys.executable, "-m", "scheduler", "--version"], check=True,
                   capture_output=True, cwd=ROOT)  # fmt: skip
    return time.perf_counter() - t0


def machine() -> str:
    from importlib.metadata import version

    load = os.getloadavg()[0]
    return (f"{platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}, "
            f"OR-Tools {version('ortools')}, load average {load:.1f} at the start")  # fmt: skip


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--smoke", action="store_true", help="small cases only, seconds")
    parser.add_argument("--only", metavar="TEXT", help="only the cases whose name contains TEXT")
    parser.add_argument("--values-only", action="store_true",
                        help="--repeatable runs only, no wall-clock runs")  # fmt: skip
    parser.add_argument("--twice", action="store_true",
                        help="each --repeatable run twice: the same plan?")  # fmt: skip
    parser.add_argument("--markdown", type=Path, metavar="FILE",
                        help="also write the tables into FILE, between its markers")  # fmt: skip
    args = parser.parse_args(argv)
    header = f"Machine: {machine()}; {date.today()}."
    print(header + "\n", flush=True)
    context = multiprocessing.get_context("spawn")  # a fresh process: its own peak memory

    def run(kind: str, *case: object) -> Row:
        if args.smoke or kind == "sweep":  # in this process: no fresh import each
            row = _in_child(kind, case)
        else:
            with context.Pool(1) as pool:
                row = pool.apply(_in_child, (kind, case))
        print(f"  {kind} {' '.join(map(str, case[:4]))}: {getattr(row, 'wall', 0.0):.1f} s",
              file=sys.stderr, flush=True)  # fmt: skip
        return row

    size = "smoke" if args.smoke else "full"
    plans = SMOKE_PLANS if args.smoke else FULL_PLANS
    replans = SMOKE_REPLANS if args.smoke else FULL_REPLANS
    if args.only is not None:
        plans = [c for c in plans if args.only in " ".join(map(str, c))]
        replans = [c for c in replans if args.only in " ".join(map(str, c))]
    modes = [True] * (2 if args.twice else 1) + ([] if args.values_only else [False])
    sweeps = {case: run("sweep", case) for case in dict.fromkeys(c for c, _ in plans)}
    plan_rows = [run("plan", case, limit, mode) for case, limit in plans for mode in modes]
    with tempfile.TemporaryDirectory() as cache:
        replan_rows = [run("replan", case, what, limit, mode, FIRST_PLAN[size],
                           Path(cache) / f"{case.replace('/', '-')}.pickle")
                       for case, what, limit in replans for mode in modes]  # fmt: skip
    overloaded = [] if args.smoke else [
        run("yardstick", case, YARDSTICK) for case in dict.fromkeys(c for c, _ in OVERLOADED)
        if args.only is None or args.only in case]  # fmt: skip
    text = ""
    if plan_rows or replan_rows:
        startup = startup_seconds() if not args.values_only else None
        text = markdown(list(sweeps.values()), plan_rows, replan_rows, overloaded, startup)  # type: ignore[arg-type]
        print(text)
    stops_asked = args.only is None or args.only in f"stop {STOP_CASE}"
    if not args.smoke and not args.values_only and stops_asked:
        with context.Pool(1) as pool:
            writing = pool.apply(writing_seconds, (load(STOP_CASE),))
        stops = stop_table(measure_stops(STOP_CASE, load(STOP_CASE), STOP_LIMIT, STOP_MOMENTS),
                           writing)  # fmt: skip
        print("\n" + stops)
        text += "\n\n" + stops
    if args.markdown is not None:
        replace_results(args.markdown, f"{header}\n\n{text.strip()}\n")
        print(f"\n{args.markdown}: tables written", file=sys.stderr)


if __name__ == "__main__":
    main()
