"""Ctrl-C and SIGTERM at moments of a real `outreach plan` (issue 25): the seconds from the
signal to the exit, and whether the workbook written says it stopped early."""

from __future__ import annotations

import signal
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from scheduler.checker import check_plan
from scheduler.plan import Plan
from scheduler.problem import Problem
from scheduler.solver import SolverOptions, solve
from scheduler.writer import build_workbook, write_plan
from scheduler.xlsx import save_atomically

ROOT = Path(__file__).parent.parent


@dataclass(frozen=True)
class StopRow:
    case: str
    limit: float
    signal: str
    moment: float  # seconds after the process started
    latency: float  # seconds from the signal to the exit
    code: int
    stopped: bool  # the workbook written says "stopped early"


def measure_stops(
    case: str, problem: Problem, limit: float, moments: list[tuple[float, str]]
) -> list[StopRow]:
    """`outreach plan` in a fresh process, signalled `moment` seconds after it started (Python
    starting included, as a user's Ctrl-C is): the seconds to its exit, writing included."""
    import openpyxl

    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        source, out = Path(tmp) / "input.xlsx", Path(tmp) / "plan.xlsx"
        save_atomically(build_workbook(problem, Plan((), (), ())), source)
        for moment, name in moments:
            out.unlink(missing_ok=True)
            command = [sys.executable, "-m", "scheduler", "plan", str(source), "-o", str(out),
                       "--time-limit", f"{limit:g}", "--quiet", "--lang", "en"]  # fmt: skip
            # Ctrl-C as a terminal delivers it, even when this runs in the background (where
            # the shell has SIGINT ignored, and children inherit that).
            child = subprocess.Popen(command, cwd=ROOT, stdout=subprocess.DEVNULL,
                                     stderr=subprocess.DEVNULL,
                                     preexec_fn=_interruptible)  # fmt: skip
            time.sleep(moment)
            sent = time.monotonic()
            child.send_signal(getattr(signal, name))
            code = child.wait()
            latency = time.monotonic() - sent
            stopped = out.exists() and openpyxl.load_workbook(out)["Summary"]["A3"].value == (
                "Stopped early"
            )
            rows.append(StopRow(case, limit, name, moment, latency, code, stopped))
            print(f"  {case} {name} at {moment:g} s: exit {code} {latency:.1f} s later",
                  file=sys.stderr, flush=True)  # fmt: skip
    return rows


def _interruptible() -> None:
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def stop_table(rows: list[StopRow], writing: float) -> str:
    lines = ["| case | asked s | signal | at s | exit | signal to exit s | written, marked "
             "stopped |", "|---|---|---|---|---|---|---|"]  # fmt: skip
    for r in rows:
        lines.append(f"| {r.case} | {r.limit:g} | {r.signal} | {r.moment:g} | {r.code} "
                     f"| {r.latency:.1f} | {'yes' if r.stopped else 'no'} |")  # fmt: skip
    worst = max((r.latency for r in rows), default=0.0)
    # Stopped while Python still loads the tool: nothing had started, nothing is written.
    ok = all(r.latency <= 2 + writing and r.code == 130 for r in rows)
    lines += ["", "| target | measured | met |", "|---|---|---|",
              f"| from the signal to the exit: 2 s + writing ({writing:.1f} s: the check, "
              f"print projection and workbook of this plan, timed alone) | worst {worst:.1f} s "
              f"| {'yes' if ok else 'no'} |"]  # fmt: skip
    return "\n".join(lines)


def writing_seconds(problem: Problem) -> float:
    """The work after a stop, timed alone on a plan of the case: the rule check, the print
    projection and writing the workbook."""
    from scheduler.pipeline import with_printing

    plan = solve(problem, SolverOptions(time_limit=5))
    t0 = time.perf_counter()
    assert check_plan(problem, plan) == []
    with tempfile.TemporaryDirectory() as tmp:
        write_plan(problem, with_printing(problem, plan), Path(tmp) / "plan.xlsx", "en")
    return time.perf_counter() - t0
