"""`outreach plan-batch`: one plan per regional workbook, in parallel processes or on a Dask
cluster, and a summary row per region.

A job travels as bytes (the input workbook in, the plan workbook out), so a Dask worker needs
the package installed but no shared disk. One region's bad input (or crash) is reported in its
row and never stops the others.
"""

from __future__ import annotations

import dataclasses
import os
import tempfile
import time
import traceback
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor, as_completed
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from scheduler.budget import Budget, too_large
from scheduler.checker import check_plan
from scheduler.errors import WorkbookError
from scheduler.fixes import find_fixes, question_limit
from scheduler.messages import render, say
from scheduler.printing import with_printing
from scheduler.reader import read_problem
from scheduler.solver import SolverOptions, solve
from scheduler.writer import write_plan

OK, SHORT, BAD_INPUT, FAILED = "ok", "short", "bad input", "failed"


@dataclass(frozen=True)
class Job:
    name: str  # the input's file name without .xlsx; the plan is <name>-plan.xlsx
    data: bytes  # the input workbook
    lang: str = "id"
    seed: int = 0
    time_limit: float = SolverOptions.time_limit  # wall seconds for this region
    repeatable: bool = False  # the limit in deterministic seconds instead (`plan --repeatable`)


@dataclass(frozen=True)
class RegionResult:
    name: str
    status: str  # OK, SHORT, BAD_INPUT or FAILED
    region: str = ""
    finish: date | None = None
    finish_proven: bool = False
    people_planned: int = 0
    people: int = 0
    message: str = ""  # what was wrong (bad input, failure) or who is left out
    seconds: float = 0.0
    plan: bytes = dataclasses.field(default=b"", repr=False)  # the plan workbook

    @property
    def plan_name(self) -> str:
        return f"{self.name}-plan.xlsx" if self.plan else ""


def plan_region(job: Job) -> RegionResult:
    """Plan one regional workbook as `outreach plan` would: solve, check, find the fixes when
    short, write. Never raises: what goes wrong is the result's status and message."""
    began = time.monotonic()
    budget = Budget(job.time_limit, job.repeatable)  # each region: `outreach plan`'s limit
    with tempfile.TemporaryDirectory(prefix="outreach-") as tmp:
        source = Path(tmp) / f"{job.name}.xlsx"
        source.write_bytes(job.data)
        try:
            problem = read_problem(source)
        except WorkbookError as e:
            message = "; ".join(x.render(job.lang) for x in e.errors[:20])
            return RegionResult(job.name, BAD_INPUT, message=message, seconds=_since(began))
        if (why := too_large(problem)) is not None:
            message = render(why, job.lang)
            return RegionResult(job.name, BAD_INPUT, message=message, seconds=_since(began))
        try:
            options = budget.solver_options(problem, job.seed, fixes=True)
            plan = solve(problem, options)
            broken = check_plan(problem, plan)
            if broken:
                raise RuntimeError(f"bug: the plan breaks rules: {broken[:3]}")
            if plan.shortfalls:
                limit = question_limit(options.time_limit)
                unsettled: list[str] = []
                fixes = find_fixes(
                    problem, limit, job.seed, None, budget.for_fixes(problem), unsettled
                )
                plan = dataclasses.replace(plan, fixes=fixes, fixes_settled=not unsettled)
            out = Path(tmp) / f"{job.name}-plan.xlsx"
            plan = with_printing(problem, plan)
            write_plan(problem, plan, out, job.lang)
            data = out.read_bytes()
        except Exception as e:  # one region's failure must not stop the batch
            detail = traceback.format_exception_only(type(e), e)[-1].strip()
            return RegionResult(job.name, FAILED, message=detail, seconds=_since(began))
    finish = next((st for st in plan.stages if st.name == "finish"), None)
    left = sum(sf.people_left for sf in plan.shortfalls)
    return RegionResult(
        name=job.name,
        status=SHORT if plan.shortfalls else OK,
        region=problem.settings.region,
        finish=plan.finish,
        finish_proven=finish is None or finish.proven,
        people_planned=plan.people_planned,
        people=problem.people,
        message=say("batch.short", job.lang, people=f"{left:,}", sites=len(plan.shortfalls))
        if left
        else "",
        seconds=_since(began),
        plan=data,
    )


def _since(began: float) -> float:
    return time.monotonic() - began


def inputs_of(paths: tuple[Path, ...]) -> list[Path]:
    """The workbooks named, and those in the folders named (not Excel's ~$ lock files, not
    plans this command wrote), in name order; each once."""
    found: list[Path] = []
    for path in paths:
        if path.is_dir():
            found += sorted(
                p
                for p in path.glob("*.xlsx")
                if not p.name.startswith(("~$", ".")) and not p.stem.endswith("-plan")
            )
        else:
            found.append(path)
    unique: dict[Path, Path] = {}
    for p in found:
        unique.setdefault(p.resolve(), p)
    return list(unique.values())


def jobs_for(
    paths: list[Path], lang: str, seed: int, time_limit: float, repeatable: bool = False
) -> list[Job]:
    names: set[str] = set()
    jobs = []
    for path in paths:
        name, n = path.stem, 2
        while name in names:  # two folders with a file of the same name
            name, n = f"{path.stem}-{n}", n + 1
        names.add(name)
        jobs.append(Job(name, path.read_bytes(), lang, seed, time_limit, repeatable))
    return jobs


def run_local(jobs: list[Job], workers: int) -> Iterator[RegionResult]:
    """Each job in its own process, `workers` at a time; results as they finish."""
    if workers <= 1 or len(jobs) <= 1:
        for job in jobs:
            yield plan_region(job)
        return
    with ProcessPoolExecutor(max_workers=workers) as pool:
        futures = [pool.submit(plan_region, job) for job in jobs]
        for future in as_completed(futures):
            yield future.result()


def run_dask(jobs: list[Job], address: str) -> Iterator[RegionResult]:
    """The same jobs on a Dask distributed cluster (`pip install outreach-scheduler[dask]`)."""
    try:
        from distributed import Client
        from distributed import as_completed as dask_completed
    except ImportError:
        raise RuntimeError(
            "--scheduler needs Dask: pip install 'outreach-scheduler[dask]' (or "
            "pip install distributed) here and on every worker"
        ) from None
    with Client(address, set_as_default=False) as client:
        # pure=False: two identical workbooks are still two regions to plan.
        futures = client.map(plan_region, jobs, pure=False)
        for future in dask_completed(futures, loop=client.loop):
            yield future.result()


def default_workers() -> int:
    return max(1, os.cpu_count() or 1)
