"""Machine faults and Ctrl-C (issue 14): a message, never a traceback; nothing half-written;
files people can share; a result written meanwhile is never replaced; Ctrl-C keeps the best
checked plan."""

from __future__ import annotations

import errno
import os
import threading
from pathlib import Path

import openpyxl
import pytest
from click.testing import CliRunner

import scheduler.cli as cli
import scheduler.pipeline as pipeline
from benchmarks.generate import campaign
from scheduler.plan import Plan
from scheduler.solver import interrupt
from scheduler.writer import build_workbook
from scheduler.xlsx import save_atomically, write_bytes_atomically
from tests.conftest import valid_sheets, write_workbook


def run(*args: str):
    return CliRunner().invoke(cli.main, list(args))


@pytest.mark.parametrize(
    ("code", "says"),
    [
        (errno.ENOSPC, "the disk is full: free some space, or write elsewhere with -o"),
        (errno.EACCES, "no permission: choose a folder you may write to (-o), or ask for access"),
        (errno.EROFS, "the folder is read-only (a locked USB stick?): write elsewhere with -o"),
        (errno.EBUSY, "another program holds the file (Excel?): close it and run again"),
        (errno.ENAMETOOLONG, "the path is too long: choose a shorter -o path"),
    ],
)
def test_a_machine_fault_is_a_message_naming_the_file(tmp_path, monkeypatch, code, says):
    source = write_workbook(tmp_path / "in.xlsx", valid_sheets())
    out = tmp_path / "plan.xlsx"

    def fail(tmp: str) -> None:
        raise OSError(code, os.strerror(code))

    monkeypatch.setattr("scheduler.xlsx.Path.write_bytes", lambda self, data: fail(str(self)))
    result = run("plan", str(source), "-o", str(out), "--time-limit", "2", "-q")
    assert result.exit_code == cli.EXIT_MACHINE
    assert result.output == f"Could not read or write {out}: {says}.\n"
    assert "Traceback" not in result.output
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in.xlsx"]  # nothing half-written


def test_a_bug_is_one_line_and_debug_shows_the_traceback(tmp_path, monkeypatch):
    source = write_workbook(tmp_path / "in.xlsx", valid_sheets())

    def broken(*args, **kwargs):
        raise ValueError("something inside")

    monkeypatch.setattr(pipeline, "solve", broken)
    result = run("plan", str(source), "-o", str(tmp_path / "p.xlsx"), "-q")
    assert result.exit_code == cli.EXIT_BUG
    assert result.output.startswith("Internal error (ValueError: something inside). This is a bug")
    debug = run("--debug", "plan", str(source), "-o", str(tmp_path / "p.xlsx"), "-q")
    assert isinstance(debug.exception, ValueError)


@pytest.mark.parametrize(("umask", "mode"), [(0o022, 0o644), (0o027, 0o640), (0o002, 0o664)])
def test_outputs_get_the_mode_the_umask_gives(tmp_path, umask, mode):
    old = os.umask(umask)
    try:
        path = write_bytes_atomically(b"plan", tmp_path / "plan.xlsx")
    finally:
        os.umask(old)
    assert path.stat().st_mode & 0o777 == mode


def test_a_result_written_meanwhile_is_kept_and_ours_goes_beside_it(tmp_path):
    asked = tmp_path / "plan.xlsx"
    asked.write_bytes(b"the other run's plan")
    (tmp_path / "plan-2.xlsx").write_bytes(b"and a third")
    went = write_bytes_atomically(b"ours", asked, replace=False)
    assert went == tmp_path / "plan-3.xlsx" and went.read_bytes() == b"ours"
    assert asked.read_bytes() == b"the other run's plan"
    assert write_bytes_atomically(b"forced", asked, replace=True) == asked
    assert asked.read_bytes() == b"forced"
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".")]  # no temporary left


def test_two_plans_to_one_path_at_once_lose_neither(tmp_path, monkeypatch):
    # The other run writes its plan while this one solves: this plan goes beside it.
    source = write_workbook(tmp_path / "in.xlsx", valid_sheets())
    out = tmp_path / "plan.xlsx"
    solve = pipeline.solve

    def solve_while_another_run_writes(*args, **kwargs):
        out.write_bytes(b"the other run's plan")
        return solve(*args, **kwargs)

    monkeypatch.setattr(pipeline, "solve", solve_while_another_run_writes)
    result = run("plan", str(source), "-o", str(out), "--time-limit", "2", "--lang", "en")
    assert result.exit_code == 0, result.output
    assert out.read_bytes() == b"the other run's plan"
    assert (tmp_path / "plan-2.xlsx").exists()
    assert f"note: {out} appeared while this command ran" in result.output


def test_ctrl_c_writes_the_best_checked_plan_so_far_and_exits_130(tmp_path):
    source = tmp_path / "season.xlsx"
    save_atomically(build_workbook(campaign(150, 6), Plan((), (), ())), source)
    out = tmp_path / "plan.xlsx"
    timer = threading.Timer(1.5, interrupt)  # what the first Ctrl-C's handler does
    timer.start()
    result = run("plan", str(source), "-o", str(out), "--time-limit", "60", "--lang", "en")
    timer.cancel()
    assert result.exit_code == cli.EXIT_STOPPED, result.output
    assert "Stopped early (Ctrl-C): the best plan found by then, rule-checked" in result.output
    summary = openpyxl.load_workbook(out)["Summary"]
    assert summary["A3"].value == "Stopped early"
    assert "Traceback" not in result.output


def test_a_second_ctrl_c_writes_nothing(tmp_path, monkeypatch):
    source = write_workbook(tmp_path / "in.xlsx", valid_sheets())

    def interrupted_twice(*args, **kwargs):
        raise KeyboardInterrupt  # what the second Ctrl-C's handler raises

    monkeypatch.setattr(pipeline, "solve", interrupted_twice)
    result = run("plan", str(source), "-o", str(tmp_path / "plan.xlsx"), "-q")
    assert result.exit_code == cli.EXIT_STOPPED
    assert result.output == "Stopped; nothing was written.\n"
    assert not (tmp_path / "plan.xlsx").exists()


def test_files_are_written_whole_or_not_at_all(tmp_path, monkeypatch):
    path = tmp_path / "plan.xlsx"
    path.write_bytes(b"old")

    def half(self: Path, data: bytes) -> None:
        os.write(os.open(self, os.O_WRONLY), data[:2])
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr("scheduler.xlsx.Path.write_bytes", half)
    with pytest.raises(OSError):
        write_bytes_atomically(b"new plan", path)
    assert path.read_bytes() == b"old" and os.listdir(tmp_path) == ["plan.xlsx"]


def test_a_workbook_too_large_for_one_plan_is_refused_up_front_with_advice(tmp_path):
    sheets = valid_sheets()
    sheets["Sites"] += [[f"X{i}", f"School {i}", "school", "Weru", 30, "good", 3]
                        for i in range(2000)]  # fmt: skip
    source = write_workbook(tmp_path / "province.xlsx", sheets)
    result = run("plan", str(source), "-o", str(tmp_path / "plan.xlsx"))
    assert result.exit_code == cli.EXIT_INPUT
    assert result.output == (
        f"{source}: 2,002 sites is more than one plan handles (2,000; a regency has 200-400): "
        "split the workbook by regency and plan them together with `outreach plan-batch`\n"
    )
    # Checking it is fine (it is read and measured; exit 3: it cannot fit by its deadline).
    assert run("check", str(source)).exit_code == 3


def test_a_real_sigint_stops_a_running_plan_which_is_written_checked(tmp_path):
    import signal
    import subprocess
    import sys
    import time

    source = tmp_path / "season.xlsx"
    save_atomically(build_workbook(campaign(150, 6), Plan((), (), ())), source)
    out = tmp_path / "plan.xlsx"
    command = [sys.executable, "-m", "scheduler", "plan", str(source), "-o", str(out),
               "--time-limit", "120", "--lang", "en"]  # fmt: skip
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    time.sleep(4)  # reading, the greedy plan, and into the search
    process.send_signal(signal.SIGINT)
    output, _ = process.communicate(timeout=60)
    text = output.decode()
    assert process.returncode == 130, text
    assert "Stopped early (Ctrl-C)" in text and "Traceback" not in text
    assert openpyxl.load_workbook(out)["Summary"]["A3"].value == "Stopped early"
