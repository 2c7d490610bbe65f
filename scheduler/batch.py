"""`outreach plan-batch`: one plan per regional workbook, in parallel processes or on a Dask
cluster, and a summary row per region.

A job travels as bytes (the input workbook in, the plan workbook out), so a Dask worker needs
the package installed but no shared disk. One region's bad input, crash or killed process (the
out-of-memory killer) is reported in its row and never stops the others; a stop (Ctrl-C,
SIGTERM) ends the regions under way at once and says which were not planned.
"""

from __future__ import annotations

import dataclasses
import glob
import multiprocessing
import os
import re
import signal
import tempfile
import time
import traceback
from collections import deque
from collections.abc import Callable, Generator
from dataclasses import dataclass
from datetime import date
from multiprocessing import forkserver
from multiprocessing.connection import Connection, wait
from pathlib import Path
from typing import Any

from scheduler.budget import Budget, too_large
from scheduler.errors import WorkbookError
from scheduler.formats import number
from scheduler.messages import Msg, capped, render, say
from scheduler.pipeline import plan_campaign
from scheduler.reader import read_problem
from scheduler.solver import SolverOptions, interrupted
from scheduler.writer import write_plan

OK, SHORT, BAD_INPUT, FAILED = "ok", "short", "bad input", "failed"
STOPPED = "stopped"  # not planned: the batch was stopped before its plan was done


@dataclass(frozen=True)
class Job:
    name: str  # the input's file name without .xlsx, made safe; the plan is <name>-plan.xlsx
    data: bytes  # the input workbook
    lang: str = "id"
    seed: int = 0
    time_limit: float = SolverOptions.time_limit  # wall seconds for this region
    repeatable: bool = False  # the limit in deterministic seconds instead (`plan --repeatable`)
    file: str = ""  # the input's file name as it is on disk


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
    file: str = ""  # the input's file name as it is on disk

    @classmethod
    def unplanned(cls, job: Job, status: str, message: str, seconds: float = 0.0) -> RegionResult:
        return cls(job.name, status, message=message, seconds=seconds, file=job.file)

    @property
    def plan_name(self) -> str:
        return f"{self.name}-plan.xlsx" if self.plan else ""


def plan_region(job: Job) -> RegionResult:
    """Plan one regional workbook as `outreach plan` would (`pipeline.plan_campaign`: solve,
    check, the fixes when short), and write it. Never raises: what goes wrong is the result's
    status and message."""
    began = time.monotonic()
    budget = Budget(job.time_limit, job.repeatable)  # each region: `outreach plan`'s limit
    with tempfile.TemporaryDirectory(prefix="outreach-") as tmp:
        source = Path(tmp) / f"{job.name}.xlsx"
        source.write_bytes(job.data)
        try:
            problem = read_problem(source)
        except WorkbookError as e:
            shown, more = capped(e.errors, job.lang, 20)
            message = "; ".join([x.render(job.lang) for x in shown] + ([more] if more else []))
            return RegionResult.unplanned(job, BAD_INPUT, message, _since(began))
        if (why := too_large(problem)) is not None:
            message = render(why, job.lang)
            return RegionResult.unplanned(job, BAD_INPUT, message, _since(began))
        try:
            plan = plan_campaign(problem, budget, job.seed)
            out = Path(tmp) / f"{job.name}-plan.xlsx"
            write_plan(problem, plan, out, job.lang)
            data = out.read_bytes()
        except Exception as e:  # one region's failure must not stop the batch
            detail = traceback.format_exception_only(type(e), e)[-1].strip()
            return RegionResult.unplanned(job, FAILED, detail, _since(began))
    finish = plan.stage("finish")
    left = sum(sf.people_left for sf in plan.shortfalls)
    return RegionResult(
        name=job.name,
        status=SHORT if plan.shortfalls else OK,
        region=problem.settings.region,
        finish=plan.finish,
        finish_proven=finish is None or finish.proven,
        people_planned=plan.people_planned,
        people=problem.people,
        message=say(
            "batch.short", job.lang, people=number(left, job.lang), sites=len(plan.shortfalls)
        )
        if left
        else "",
        seconds=_since(began),
        plan=data,
        file=job.file,
    )


def _since(began: float) -> float:
    return time.monotonic() - began


def inputs_of(paths: tuple[Path, ...]) -> list[Path]:
    """The workbooks named, and those in the folders named (not Excel's ~$ lock files, not
    plans this command wrote), in name order; each once. A pattern (`jateng/*.xlsx`) is
    expanded here: PowerShell and cmd hand it over as it was typed."""
    found: list[Path] = []
    for path in paths:
        matches = _matches(path)
        if path.is_dir():
            found += sorted(p for p in path.glob("*.xlsx") if _workbook(p))
        elif matches:
            found += [p for p in matches if _workbook(p)]
        else:
            found.append(path)
    unique: dict[Path, Path] = {}
    for p in found:
        unique.setdefault(p.resolve(), p)
    return list(unique.values())


# Not in a file name on Windows (the folder may be opened there) nor in a link Excel follows
# (`\\host\share` is a network path, `a:` a drive or a scheme).
_UNSAFE = re.compile(r'[\x00-\x1f\\/:*?"<>|]')


def safe_name(stem: str) -> str:
    """A region's name for the files written for it: the input's, with what Windows forbids in
    a file name (and Excel would read as a network path or a drive) as `_`."""
    name = _UNSAFE.sub("_", stem).rstrip(". ")
    return name or "_"


def _workbook(p: Path) -> bool:
    return not p.name.startswith(("~$", ".")) and not p.stem.endswith("-plan")


def _matches(path: Path) -> list[Path]:
    """What a pattern names, in name order; nothing for a plain name or a file that exists."""
    text = str(path)
    if path.exists() or not any(ch in text for ch in "*?["):
        return []
    return [Path(p) for p in sorted(glob.glob(text)) if Path(p).is_file()]


def jobs_for(
    paths: list[Path], lang: str, seed: int, time_limit: float, repeatable: bool = False
) -> list[Job]:
    names: set[str] = set()
    jobs = []
    for path in paths:
        stem = safe_name(path.stem)
        name, n = stem, 2
        while name.casefold() in names:  # two folders with a file of the same name
            name, n = f"{stem}-{n}", n + 1
        names.add(name.casefold())
        data = path.read_bytes()
        jobs.append(Job(name, data, lang, seed, time_limit, repeatable, file=path.name))
    return jobs


# A region's process is ended when it takes this much longer than its time limit (a hang).
_HANG_GRACE = 60.0
# Seconds to reach a Dask scheduler before saying it cannot be reached.
_CONNECT = 10
# How often the parent looks for a stop while it waits.
_POLL = 0.1


class DaskMissing(RuntimeError):
    """--scheduler without Dask installed."""


class Unreachable(RuntimeError):
    """The Dask scheduler cannot be reached."""


def _child(work: Callable[[Job], RegionResult], job: Job, conn: Connection) -> None:
    """A region's own process. Ctrl-C to the terminal's process group is the parent's to
    handle (it ends the children), and SIGTERM ends the process at once: the tool's own
    handlers ("stop the search and carry on") are not for a child nobody waits on."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    try:
        result = work(job)
    except Exception as e:  # a bug: its row says what, not a traceback mid-screen
        detail = traceback.format_exception_only(type(e), e)[-1].strip()
        result = RegionResult.unplanned(job, FAILED, detail)
    conn.send(result)
    conn.close()


@dataclass
class _Running:
    job: Job
    attempt: int
    process: multiprocessing.process.BaseProcess
    conn: Connection
    began: float


def _context() -> multiprocessing.context.BaseContext:
    """A fork server where there is one (each child forked from a clean process that has the
    planner imported: quick, and no threads or signal handlers copied), else (Windows)
    spawned processes."""
    if "forkserver" not in multiprocessing.get_all_start_methods():
        return multiprocessing.get_context("spawn")
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload(["scheduler.batch"])
    # The server is a new interpreter that does not get this one's sys.path: it imports this
    # package from where this process did (not another copy found from the working folder).
    root = str(Path(__file__).resolve().parent.parent)
    before = os.environ.get("PYTHONPATH")
    os.environ["PYTHONPATH"] = os.pathsep.join(p for p in (root, before) if p)
    try:
        forkserver.ensure_running()
    finally:
        if before is None:
            del os.environ["PYTHONPATH"]
        else:
            os.environ["PYTHONPATH"] = before
    return context


def run_local(
    jobs: list[Job],
    workers: int,
    work: Callable[[Job], RegionResult] = plan_region,
    stop: Callable[[], bool] = interrupted,
) -> Generator[RegionResult, None, None]:
    """Each job in its own process, `workers` at a time; results as they finish. A process
    that dies (killed, out of memory) is tried once more, then its region is failed; one that
    hangs past its time limit is ended and failed. Returns early when `stop()` says so, with
    every process it started ended (also when the caller stops iterating)."""
    context = _context()
    queue = deque((job, 1) for job in jobs)
    running: list[_Running] = []
    try:
        while queue or running:
            while queue and len(running) < workers:
                job, attempt = queue.popleft()
                started = _start(context, work, job, attempt)
                if isinstance(started, _Running):
                    running.append(started)
                elif attempt == 1:
                    queue.appendleft((job, 2))
                else:
                    yield RegionResult.unplanned(job, FAILED, say("batch.no_process", job.lang,
                                                                  why=started))  # fmt: skip
            if stop():
                return
            wait([r.conn for r in running] + [r.process.sentinel for r in running], _POLL)
            for r in list(running):
                outcome = _outcome(r)
                if outcome is None:
                    continue
                running.remove(r)
                if isinstance(outcome, RegionResult):
                    yield outcome
                elif outcome == "hung":
                    seconds = _since(r.began)
                    message = say("batch.hung", r.job.lang, seconds=number(seconds, r.job.lang))
                    yield RegionResult.unplanned(r.job, FAILED, message, seconds)
                elif r.attempt == 1:
                    queue.appendleft((r.job, 2))
                else:
                    yield RegionResult.unplanned(r.job, FAILED, outcome, _since(r.began))
    finally:
        for r in running:
            _end(r)


def _start(
    context: multiprocessing.context.BaseContext,
    work: Callable[[Job], RegionResult],
    job: Job,
    attempt: int,
) -> _Running | str:
    """The job's process, started; or why it could not be (the machine out of processes)."""
    mine, theirs = context.Pipe(duplex=False)
    process = context.Process(target=_child, args=(work, job, theirs), daemon=True)  # type: ignore[attr-defined]
    try:
        process.start()
    except OSError as e:
        mine.close()
        theirs.close()
        return e.strerror or str(e)
    theirs.close()  # the child's end: EOF here once the child is gone
    return _Running(job, attempt, process, mine, time.monotonic())


def _outcome(r: _Running) -> RegionResult | str | None:
    """The region's result once it came; "hung", or how its process died (said); None while
    it works."""
    if r.conn.poll():
        try:
            result: RegionResult = r.conn.recv()
        except (EOFError, OSError):
            pass  # the process died before it sent its result
        else:
            r.conn.close()
            r.process.join(5)
            return result
    elif r.process.is_alive():
        if not r.job.repeatable and _since(r.began) > 2 * r.job.time_limit + _HANG_GRACE:
            _end(r)
            return "hung"
        return None
    _end(r)
    code = r.process.exitcode or 0
    if code < 0:
        try:
            return say("batch.died", r.job.lang, how=signal.Signals(-code).name)
        except ValueError:
            return say("batch.died", r.job.lang, how=say("batch.signal", r.job.lang, n=-code))
    return say("batch.exited", r.job.lang, code=code)


def _end(r: _Running) -> None:
    if r.process.is_alive():
        r.process.kill()
    r.process.join(2)
    r.conn.close()


def run_dask(
    jobs: list[Job], address: str, stop: Callable[[], bool] = interrupted
) -> Generator[RegionResult, None, None]:
    """The same jobs on a Dask distributed cluster (`pip install outreach-scheduler[dask]`).
    A job that fails there (its worker killed, say) is a failed row; on a stop, what is left
    is cancelled at once (a worker finishes the region it is in, and the result is dropped)."""
    try:
        from distributed import Client
        from distributed.comm.addressing import resolve_address
    except ImportError:
        raise DaskMissing(Msg("batch.dask_missing")) from None
    try:
        resolve_address(address)  # a malformed one, before a Client that would hang on it
        client = Client(address, set_as_default=False, timeout=_CONNECT)
    except (OSError, ValueError, TypeError) as e:
        raise Unreachable(str(e)) from None
    try:
        # pure=False: two identical workbooks are still two regions to plan.
        futures = dict(zip(client.map(plan_region, jobs, pure=False), jobs, strict=True))
        pending = list(futures)
        while pending:
            if stop():
                client.cancel(pending)
                return
            done = [f for f in pending if f.done()]
            if not done:
                time.sleep(_POLL)
                continue
            for future in done:
                pending.remove(future)
                yield _dask_result(future, futures[future])
    finally:
        client.close(timeout=2)


def _dask_result(future: Any, job: Job) -> RegionResult:
    if future.status == "finished":
        try:
            result: RegionResult = future.result()
            return result
        except Exception as e:  # the result lost on the way back
            error: BaseException | None = e
    else:
        error = future.exception()
    detail = traceback.format_exception_only(type(error), error)[-1].strip() if error else ""
    return RegionResult.unplanned(job, FAILED, say("batch.dask_failed", job.lang, why=detail))


def default_workers() -> int:
    return max(1, os.cpu_count() or 1)
