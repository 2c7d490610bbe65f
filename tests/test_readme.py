"""The README's commands run, in the order it gives them, in a fresh folder holding only the
example workbooks, as a new user would type them (sqlite-utils tests its docs the same way);
the sample output it shows for `outreach check` is what the command prints."""

from __future__ import annotations

import shlex
import shutil
from pathlib import Path

from click.testing import CliRunner

from scheduler.cli import main

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")
# Commands that name the user's own files or a Dask cluster: shown, not runnable here.
PLACEHOLDERS = ("updated.xlsx", "jateng", "kabupaten", "tcp://")
SOLVING = ("plan", "replan", "whatif", "plan-batch")


def commands() -> list[str]:
    """Every `outreach ...` line of the README's bash blocks, in order (the set-up line's last
    command included)."""
    out, fence = [], None
    for raw in README.splitlines():
        if raw.startswith("```"):
            fence = None if fence is not None else raw[3:].strip()
            continue
        if fence not in ("", "bash"):
            continue
        line = raw.split(" && ")[-1].split("  #")[0].strip().removeprefix("$ ")
        if line.startswith("outreach "):
            out.append(line)
    return out


def test_every_readme_command_runs_in_order(tmp_path, monkeypatch):
    monkeypatch.delenv("OUTREACH_LANG")  # as an office sees it: Indonesian
    shutil.copytree(ROOT / "inputs", tmp_path / "inputs", ignore=shutil.ignore_patterns("*.py"))
    monkeypatch.chdir(tmp_path)
    ran, shown = [], []
    for line in commands():
        if any(p in line for p in PLACEHOLDERS):
            shown.append(line)
            continue
        args = shlex.split(line)[1:]
        if args[0] in SOLVING:
            args += ["--time-limit", "6" if args[0] == "whatif" else "3"]
        result = CliRunner().invoke(main, args)
        assert result.exit_code in (0, 3), (line, result.output)
        ran.append(line)
    assert len(ran) >= 12 and len(shown) == 3, shown
    assert Path("outputs/sukoharjo-2022-plan-v2.xlsx").exists()  # the replan of the first plan


def test_the_check_sample_output_is_what_check_prints(monkeypatch):
    monkeypatch.delenv("OUTREACH_LANG")
    monkeypatch.chdir(ROOT)
    sample = README.split("$ outreach check inputs/surakarta-2016.xlsx\n", 1)[1].split("```")[0]
    result = CliRunner().invoke(main, ["check", "inputs/surakarta-2016.xlsx"])
    assert result.output == sample
