"""Options a hostile or careless user gives (issue 27): refused by click in the user's
language, never an internal error; and a terminal that stops reading or cannot be written is
not a failed plan."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import valid_sheets, write_workbook
from tests.test_cli import run


@pytest.fixture
def source(tmp_path):
    return write_workbook(tmp_path / "in.xlsx", valid_sheets())


@pytest.mark.parametrize("seed", ["2147483648", "99999999999999999999", "-5", "1.5", "x"])
@pytest.mark.parametrize("command", ["plan", "risk"])
def test_a_seed_out_of_range_is_bad_usage(source, tmp_path, seed, command):
    result = run(command, str(source), "--seed", seed, "-o", str(tmp_path / "o.xlsx"),
                 "--lang", "en")  # fmt: skip
    assert result.exit_code == 2, result.output
    assert f"{seed} is not a seed: use a whole number from 0 to 2,147,483,647" in result.output


def test_the_largest_seed_is_taken(source, tmp_path):
    result = run("plan", str(source), "--seed", "2147483647", "-o", str(tmp_path / "o.xlsx"),
                 "--time-limit", "1", "-q")  # fmt: skip
    assert result.exit_code == 0, result.output


@pytest.mark.parametrize("limit", ["nan", "inf", "-inf", "1e9", "86401", "0.4", "soon"])
def test_a_time_limit_that_is_no_time_is_bad_usage(source, tmp_path, limit):
    result = run("plan", str(source), "--time-limit", limit, "-o", str(tmp_path / "o.xlsx"),
                 "--lang", "en")  # fmt: skip
    assert result.exit_code == 2, result.output
    assert f"{limit} is not a time limit: use seconds from 0.5 to 86,400 (a day)" in result.output


def test_the_refusal_is_in_indonesian_by_default(source, tmp_path, monkeypatch):
    monkeypatch.delenv("OUTREACH_LANG")
    result = run("plan", str(source), "--time-limit", "nan", "--seed", "0")
    assert "nan bukan waktu hitung: pakai detik dari 0,5 sampai 86.400 (sehari)" in result.output


def plan_with_stdout(source: Path, out: Path, stdout) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-m", "scheduler", "plan", str(source), "-o", str(out),
               "--time-limit", "1", "--lang", "en"]  # fmt: skip
    return subprocess.run(command, stdout=stdout, stderr=subprocess.PIPE, text=True, timeout=60)


def test_a_closed_pipe_is_not_a_failed_plan(source, tmp_path):
    # `outreach plan ... | head -1`: the reader is gone before the report is printed.
    command = [sys.executable, "-m", "scheduler", "plan", str(source), "-o",
               str(tmp_path / "p.xlsx"), "--time-limit", "1", "--lang", "en"]  # fmt: skip
    proc = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    proc.stdout.close()
    stderr = proc.stderr.read()
    assert proc.wait(60) == 0, stderr
    assert (tmp_path / "p.xlsx").exists()
    assert "Could not" not in stderr and "Traceback" not in stderr and "stdout" not in stderr


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full")
def test_a_full_disk_behind_stdout_is_not_called_a_failed_plan(source, tmp_path):
    with open("/dev/full", "w") as full:
        result = plan_with_stdout(source, tmp_path / "p.xlsx", full)
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "p.xlsx").exists()
    assert "the disk is full" not in result.stderr and "Traceback" not in result.stderr
    assert "What this command prints could not be written to its output" in result.stderr
