"""`outreach whatif`, `outreach risk` and `plan --buffer` end to end on small workbooks."""

import dataclasses
from datetime import date
from pathlib import Path

import openpyxl

from scheduler.risk import replay
from tests.conftest import valid_sheets, write_workbook
from tests.test_cli import QUICK, run


def rows(path, sheet):
    return [list(r) for r in openpyxl.load_workbook(path)[sheet].iter_rows(values_only=True)]


def test_whatif_compares_scenarios_on_screen_and_in_a_sheet(tmp_path, valid_input):
    out = tmp_path / "whatif.xlsx"
    args = ["whatif", str(valid_input), "-o", str(out), "--time-limit", "1", "--lang", "en",
            "--kits", "+1@2024-01-09", "--kits", "-1", "--lost", "2024-01-08..2024-01-09",
            "--deadline", "2024-01-08", "--weekdays", "kelurahan=Thu", "--rate", "poor=20",
            "--combined"]  # fmt: skip
    result = run(*args)
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert "baseline" in lines[1] and "1 more kit from Tue 09/01/2024" in lines[2]
    table = rows(out, "Scenarios")
    header = table[2]
    assert header[:3] == ["No", "Scenario", "Finish date"] and "Chance on time" in header
    body = {r[1]: dict(zip(header, r, strict=True)) for r in table[3:]}
    assert len(body) == 8  # baseline, 6 changes, all combined
    base = body["baseline"]
    assert base["People planned"] == base["People to record"] == 60
    # One day only (deadline Monday): the kelurahan at 10 a day cannot finish.
    assert body["deadline Mon 08/01/2024"]["Left out"] > 0
    # Kelurahan on Thursdays only: the first Thursday is the 11th.
    assert body["kelurahan: weekdays Thu"]["Finish date"].day >= 11
    assert body["days lost Mon 08/01/2024 - Tue 09/01/2024"]["Finish date"] > base["Finish date"]
    # Same seed, same table.
    again = tmp_path / "again.xlsx"
    assert run(*args[:3], str(again), *args[4:]).exit_code == 0
    assert rows(again, "Scenarios") == table


def test_whatif_says_which_option_is_wrong(valid_input, tmp_path):
    out = str(tmp_path / "w.xlsx")
    result = run("whatif", str(valid_input), "-o", out, "--kits", "lots")
    assert result.exit_code == 2 and "--kits" in result.output and "lots" in result.output
    result = run("whatif", str(valid_input), "-o", out, "--weekdays", "pasar=Mon", *QUICK)
    assert result.exit_code == 2 and "no site type 'pasar'" in result.output


def test_risk_replays_a_plan_the_same_way_for_the_same_seed(tmp_path, valid_input, monkeypatch):
    monkeypatch.delenv("OUTREACH_LANG")  # the default: the terminal and the sheet in Indonesian
    plan = tmp_path / "plan.xlsx"
    assert run("plan", str(valid_input), "-o", str(plan), *QUICK).exit_code == 0
    outs = []
    for name in ("a.xlsx", "b.xlsx"):
        out = tmp_path / name
        result = run("risk", str(plan), "--runs", "300", "--seed", "5", "-o", str(out))
        assert result.exit_code == 0, result.output
        assert "peluang selesai sebelum batas waktu Rab 31/01/2024: 100,0%" in result.output
        outs.append(rows(out, "Risiko"))
    assert outs[0] == outs[1]
    book = openpyxl.load_workbook(tmp_path / "a.xlsx")
    assert len(book["Risiko"]._charts) == 1
    sheet = book["Risiko"]
    assert sheet.freeze_panes == "A2"
    finishes = [sheet.cell(row=r, column=8).value for r in range(4, 6)]
    assert finishes[0] is not None and hasattr(finishes[0], "year")  # a real date, not text
    labels = [r[0] for r in outs[0]]
    assert "Peluang tepat waktu" in labels and "Selesai P90" in labels
    # A workbook that is not a plan is refused with a reason.
    result = run("risk", str(valid_input), "-o", str(tmp_path / "c.xlsx"))
    assert result.exit_code == 1 and "bukan workbook rencana" in result.output
    english = run("risk", str(plan), "--runs", "300", "--seed", "5", "--lang", "en", "-o",
                  str(tmp_path / "d.xlsx"))  # fmt: skip
    assert "chance of finishing by the deadline Wed 31/01/2024: 100.0%" in english.output


def test_risk_settings_are_read_and_checked(tmp_path):
    sheets = valid_sheets()
    sheets["Settings"] += [["stall_good", "50%"], ["turnout", 0]]
    path = write_workbook(tmp_path / "bad.xlsx", sheets)
    result = run("check", str(path))
    assert result.exit_code == 1
    assert "Settings row 6, key turnout: a turnout of 0 means nobody comes" in result.output
    sheets["Settings"][-1] = ["turnout", "120%"]
    path = write_workbook(tmp_path / "bad2.xlsx", sheets)
    assert "not a chance between 0 and 1" in run("check", str(path)).output


def test_plan_with_a_buffer_says_what_it_reached(tmp_path):
    sheets = valid_sheets()
    sheets["Settings"][2] = ["deadline", "2024-01-12"]
    path = write_workbook(tmp_path / "tight.xlsx", sheets)
    out = tmp_path / "plan.xlsx"
    result = run("plan", str(path), "-o", str(out), "--buffer", "95%", "--time-limit", "1",
                 "--lang", "en")  # fmt: skip
    assert result.exit_code == 0, result.output
    assert "Buffer: asked 95% chance of finishing by Fri 12/01/2024" in result.output
    summary = {r[0]: r[1:] for r in rows(out, "Summary") if r[0]}
    assert summary["Buffer"][0].startswith("asked for a 95% chance")
    assert run("plan", str(path), "--buffer", "1.5").exit_code == 2


def test_whatif_baseline_and_risk_give_one_answer_for_one_plan(tmp_path):
    """Same workbook, seed and (deterministic) effort: the same plan, the same replays, the
    same definition of on time, so the same chance."""
    from click.testing import CliRunner

    from scheduler.cli import main
    from scheduler.reader import read_problem
    from scheduler.solver import SolverOptions, solve

    source = Path(__file__).resolve().parent.parent / "inputs" / "surakarta-2016.xlsx"
    plan = tmp_path / "plan.xlsx"
    run = CliRunner().invoke
    assert run(main, ["plan", str(source), "-o", str(plan), "--repeatable", "--time-limit", "3",
                      "-q"]).exit_code == 0  # fmt: skip
    risk = run(main, ["risk", str(plan), "-o", str(tmp_path / "risk.xlsx"), "--lang", "en"])
    # whatif shares its limit: the baseline, first of two, gets half of 6, as the plan had 3.
    whatif = run(main, ["whatif", str(source), "--kits", "+1", "--repeatable", "--time-limit",
                        "6", "-o", str(tmp_path / "w.xlsx"), "--lang", "en"])  # fmt: skip
    line = next(x for x in risk.output.splitlines() if "chance of finishing" in x)
    chance = line.rsplit(" ", 1)[1]
    baseline = next(x for x in whatif.output.splitlines() if x.strip().startswith("0 "))
    assert f" {chance}  " in baseline and baseline.endswith("baseline"), (line, baseline)
    # And a short plan is never on time, in both.
    short = read_problem(source)
    p = dataclasses.replace(short, settings=dataclasses.replace(short.settings,
                                                                deadline=date(2016, 9, 1)))  # fmt: skip
    short_plan = solve(p, SolverOptions(time_limit=2))
    assert short_plan.shortfalls
    unplanned = p.people - short_plan.people_planned
    assert replay(p, short_plan.visits, 100, 0, unplanned).chance_on_time == 0.0
