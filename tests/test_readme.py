"""The README's commands run, in the order it gives them, in a fresh folder holding only the
example workbooks, as a new user would type them (sqlite-utils tests its docs the same way);
the sample output it shows for `outreach check` is what the command prints."""

from __future__ import annotations

import re
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


def powershell_blocks() -> list[list[str]]:
    """The README's PowerShell blocks, each as its lines."""
    blocks, current, fence = [], [], None
    for raw in README.splitlines():
        if raw.startswith("```"):
            if fence == "powershell":
                blocks.append(current)
            fence = None if fence is not None else raw[3:].strip()
            current = []
            continue
        if fence == "powershell" and raw.strip():
            current.append(raw.strip())
    return blocks


def test_the_windows_lines_work_as_written(tmp_path, monkeypatch):
    """CI has no Windows: the PowerShell lines are checked for what goes wrong there."""
    blocks = powershell_blocks()
    assert len(blocks) >= 2
    lines = [line for block in blocks for line in block]
    # Getting the code and going into it come first.
    assert lines[0].startswith("git clone ") and lines[1].startswith("cd ")
    for line in lines:
        # One command a line: `a; b` runs b even when a failed (a refused Activate.ps1 then
        # sends pip to the global Python).
        assert ";" not in line and "&&" not in line, line
        # pip only ever by the folder's own Python, whatever Activate.ps1 did.
        if "pip" in line.split():
            assert line.startswith(r".venv\Scripts\python -m pip "), line
        if line.startswith("python -m") and "venv" not in line:
            raise AssertionError(f"the global Python runs this: {line}")
    # The result opens from the command line.
    assert any(line.startswith("start outputs\\") and line.endswith(".xlsx") for line in lines)
    # The language lasts beyond one window.
    assert "setx OUTREACH_LANG en" in README
    # A path with spaces is quoted wherever the README shows one.
    for path in re.findall(r'"?[A-Z]:\\[^`"\n]* [^`"\n]*\.xlsx"?', README):
        assert path.startswith('"') and path.endswith('"'), path
    # The outreach lines run (with the Windows backslashes), in a fresh folder.
    monkeypatch.delenv("OUTREACH_LANG")
    shutil.copytree(ROOT / "inputs", tmp_path / "inputs", ignore=shutil.ignore_patterns("*.py"))
    monkeypatch.chdir(tmp_path)
    ran = 0
    for line in lines:
        if line.startswith("outreach "):
            args = [*shlex.split(line.replace("\\", "/"))[1:], "--time-limit", "3"]
            result = CliRunner().invoke(main, args)
            assert result.exit_code in (0, 3), (line, result.output)
            ran += 1
    assert ran >= 1
    opened = next(line for line in lines if line.startswith("start "))
    assert Path(opened.split()[1].replace("\\", "/")).exists(), opened


def test_a_kits_fix_written_as_the_readme_says_gives_kits_from_that_day(tmp_path):
    """ "2 more kits from Wed 14/09/2022" as two Kits rows unavailable before that day."""
    from datetime import date

    import openpyxl

    from scheduler.reader import read_problem
    from scheduler.workdays import build_calendar

    text = README.split("A fix becomes the workbook's rows:", 1)[1].split("\n\n", 1)[0]
    span = re.search(r"`(\d{4}-\d\d-\d\d\.\.\d{4}-\d\d-\d\d)`", text)
    assert span and "`K5`" in text and "`K6`" in text, text
    book = openpyxl.load_workbook(ROOT / "inputs/sukoharjo-2022.xlsx")
    kits = next(ws for ws in book.worksheets if ws.title in ("Kits", "Alat"))
    header = [str(c.value).strip().lower() for c in kits[1]]
    column = next(i for i, h in enumerate(header) if h in ("unavailable", "tidak_tersedia"))
    for kit in ("K5", "K6"):
        row = [None] * len(header)
        row[0], row[column] = kit, span.group(1)
        kits.append(row)
    path = tmp_path / "more-kits.xlsx"
    book.save(path)
    cal = build_calendar(read_problem(path))
    before = read_problem(ROOT / "inputs/sukoharjo-2022.xlsx")
    base = build_calendar(before)
    for t, day in enumerate(cal.days):
        extra = len(cal.kits_available[t]) - len(base.kits_available[t])
        assert extra == (2 if day >= date(2022, 9, 14) else 0), day
