"""Re-planning scenarios end to end: history and announced days stand, the rest keeps every
rule, only sites that had to move move, and the Changes sheet lists exactly those."""

import re
from datetime import date
from pathlib import Path

import openpyxl
import pytest
from click.testing import CliRunner

from scheduler.cli import main
from scheduler.reader import read_plan
from tests.conftest import SITES_HEADER, changed_sites, write_workbook

QUICK = ["--time-limit", "3", "-q"]


def campaign_sheets(deadline: str = "2024-02-09") -> dict:
    """Eight schools of 50 (two kits, one day each) in two kecamatan, two kits, from Mon 8 Jan."""
    sites = [SITES_HEADER] + [
        [f"S{i}", f"School {i}", "school", "Weru" if i < 4 else "Bulu", 50, "good", 3]
        for i in range(8)
    ]
    return {
        "Sites": sites,
        "Kits": [["kit_id"], ["K1"], ["K2"]],
        "Settings": [["key", "value"], ["start", "2024-01-08"], ["deadline", deadline],
                     ["holidays", "none"]],
        "Rules": [["type", "weekdays", "min_kits", "max_kits"], ["school", "Mon-Fri", 2, 2]],
    }  # fmt: skip


def plan_v1(tmp_path: Path, sheets: dict | None = None) -> Path:
    inp = write_workbook(tmp_path / "campaign.xlsx", sheets or campaign_sheets())
    out = tmp_path / "campaign-plan.xlsx"
    result = CliRunner().invoke(main, ["plan", str(inp), "-o", str(out), "--lang", "en", *QUICK])
    assert result.exit_code == 0, result.output
    return out


def visits(path: Path, sheet: str = "Progress") -> dict[str, list[tuple[date, str]]]:
    ws = openpyxl.load_workbook(path)[sheet]
    out: dict[str, list[tuple[date, str]]] = {}
    for day, kit, site, *_ in ws.iter_rows(min_row=2, values_only=True):
        if day is not None:
            out.setdefault(site, []).append((day.date(), kit))
    return out


def report(path: Path, fill) -> None:
    """Staff fill the Progress sheet: fill(day, kit, site, planned) -> (recorded, status)."""
    book = openpyxl.load_workbook(path)
    ws = book["Progress"]
    for row in ws.iter_rows(min_row=2):
        day, kit, site, planned = (c.value for c in row[:4])
        answer = fill(day.date(), kit, site, planned)
        if answer is not None:
            row[4].value, row[5].value = answer
    book.save(path)


def replan(plan: Path, today: str, *extra: str):
    out = plan.with_name("v2.xlsx")
    result = CliRunner().invoke(
        main,
        ["replan", str(plan), "--today", today, "-o", str(out), "--lang", "en", *QUICK, *extra],
    )
    return result, out


def test_nothing_reported_late_changes_nothing(tmp_path):
    plan = plan_v1(tmp_path)
    before = visits(plan)
    report(plan, lambda day, kit, site, n: (n, "done") if day < date(2024, 1, 10) else None)
    result, out = replan(plan, "2024-01-10")
    assert result.exit_code == 0, result.output
    assert visits(out) == before
    assert changed_sites(out) == []
    book = openpyxl.load_workbook(out)
    summary = {r[0]: r[1] for r in book["Summary"].iter_rows(values_only=True) if r[0]}
    assert summary["Plan version"] == 2
    assert out.name == "v2.xlsx"


def test_a_lost_network_day(tmp_path):
    plan = plan_v1(tmp_path)
    before = visits(plan)
    lost_day = date(2024, 1, 9)
    lost = {s for s, days in before.items() if any(d == lost_day for d, _ in days)}
    report(plan, lambda day, kit, site, n: (0, "lost") if day == lost_day else (
        (n, "done") if day < lost_day else None))  # fmt: skip
    result, out = replan(plan, "2024-01-10", "--freeze-days", "2")
    assert result.exit_code == 0, result.output
    after = visits(out)
    # History stands, with what was recorded.
    ws = openpyxl.load_workbook(out)["Progress"]
    history = [
        r for r in ws.iter_rows(min_row=2, values_only=True) if r[0].date() < date(2024, 1, 10)
    ]
    assert {(r[0].date(), r[2], r[4], r[5]) for r in history if r[0].date() == lost_day} == {
        (lost_day, s, 0, "lost") for s in lost
    }
    # Announced days (10 and 11 Jan) keep their visits, kit ids included.
    for site, days in before.items():
        for d, kit in days:
            if d in (date(2024, 1, 10), date(2024, 1, 11)):
                assert (d, kit) in after[site]
    # The lost site gets a new visit after the frozen days, and is listed first as lost.
    for site in lost:
        assert any(d > date(2024, 1, 11) for d, _ in after[site])
    changes = openpyxl.load_workbook(out)["Changes"]
    reasons = {r[0]: r[9] for r in changes.iter_rows(min_row=2, values_only=True)}
    assert all(reasons[s] == "lost day" for s in lost)
    moved = {s for s in before if [x for x in before[s] if x[0] >= date(2024, 1, 10)]
             != [x for x in after[s] if x[0] >= date(2024, 1, 10)]}  # fmt: skip
    assert set(changed_sites(out)) == moved | lost


def test_a_kit_out_for_a_week_from_updated_inputs(tmp_path):
    plan = plan_v1(tmp_path)
    before = visits(plan)
    sheets = campaign_sheets()
    sheets["Kits"] = [["kit_id", "unavailable"], ["K1", "2024-01-15..2024-01-19"], ["K2", None]]
    updated = write_workbook(tmp_path / "updated.xlsx", sheets)
    report(plan, lambda day, kit, site, n: (n, "done") if day < date(2024, 1, 15) else None)
    result, out = replan(plan, "2024-01-15", "--inputs", str(updated))
    assert result.exit_code == 0, result.output
    after = visits(out)
    for days in after.values():
        assert all(not (date(2024, 1, 15) <= d <= date(2024, 1, 19) and k == "K1") for d, k in days)
    hit = {
        s
        for s, days in before.items()
        if any(date(2024, 1, 15) <= d <= date(2024, 1, 19) for d, _ in days)
    }
    reasons = {
        r[0]: r[9]
        for r in openpyxl.load_workbook(out)["Changes"].iter_rows(min_row=2, values_only=True)
    }
    assert hit and all(reasons[s].startswith("kit out") for s in hit)
    # Only the sites the kit-out week hit had to move: nobody else is disturbed.
    assert set(changed_sites(out)) == hit
    # The embedded inputs are now the updated ones.
    plan_file = read_plan(out, date(2024, 1, 15))
    problem, version = plan_file.problem, plan_file.version
    assert version == 2 and problem.kits[0].unavailable


def test_a_half_recorded_school_gets_a_new_visit_for_the_rest(tmp_path):
    plan = plan_v1(tmp_path)
    before = visits(plan)
    first = min(before, key=lambda s: min(before[s]))  # the school visited first: one day, 2 kits
    report(plan, lambda day, kit, site, n: (
        (10, "partial") if site == first else (n, "done")) if day < date(2024, 1, 17) else None)  # fmt: skip
    result, out = replan(plan, "2024-01-17", "--freeze-days", "0")
    assert result.exit_code == 0, result.output
    book = openpyxl.load_workbook(out)
    sites = {r[0]: r for r in book["Sites"].iter_rows(min_row=2, values_only=True)}
    future = [d for d, _ in visits(out)[first] if d >= date(2024, 1, 17)]
    assert future, "the 30 people still to record get a visit"
    assert sites[first][7] == 50  # 20 recorded + 30 planned
    reasons = {r[0]: r[9] for r in book["Changes"].iter_rows(min_row=2, values_only=True)}
    assert reasons[first] == "partial day"


def test_an_added_site_and_a_removed_one(tmp_path):
    plan = plan_v1(tmp_path)
    sheets = campaign_sheets()
    sheets["Sites"] = [r for r in sheets["Sites"] if r[0] != "S7"]
    sheets["Sites"].append(["N1", "New School", "school", "Bulu", 40, "good", 5])
    updated = write_workbook(tmp_path / "updated.xlsx", sheets)
    result, out = replan(plan, "2024-01-08", "--inputs", str(updated), "--freeze-days", "0")
    assert result.exit_code == 0, result.output
    reasons = {
        r[0]: r[9]
        for r in openpyxl.load_workbook(out)["Changes"].iter_rows(min_row=2, values_only=True)
    }
    assert reasons["N1"] == "new site" and reasons["S7"] == "site removed"
    assert "N1" in visits(out) and "S7" not in visits(out)


def test_a_delay_that_makes_the_deadline_impossible(tmp_path):
    plan = plan_v1(tmp_path, campaign_sheets(deadline="2024-01-17"))
    report(plan, lambda day, kit, site, n: (0, "lost") if day < date(2024, 1, 15) else None)
    result, out = replan(plan, "2024-01-15")
    assert result.exit_code == 3, result.output
    book = openpyxl.load_workbook(out)
    left = [r for r in book["Sites"].iter_rows(min_row=2, values_only=True) if r[8]]
    assert left, "the Sites sheet shows who is left out"


def test_bad_progress_is_located(tmp_path):
    plan = plan_v1(tmp_path)
    book = openpyxl.load_workbook(plan)
    ws = book["Progress"]
    ws["E2"], ws["F2"] = "lots", "finished"
    ws["C3"] = "NOPE"
    ws["B4"] = "K9"
    last = ws.max_row  # the last kit-day, after --today
    ws[f"E{last}"], ws[f"F{last}"] = 5, "done"
    ws["E5"] = -1
    book.save(plan)
    result, out = replan(plan, "2024-01-10")
    assert result.exit_code == 1
    for expected in [
        'Progress row 2, column Recorded: "lots" is not a whole number',
        'Progress row 2, column Status: "finished" is not a status; write done (selesai), partial (sebagian) or lost (batal)',
        'Progress row 3, column Site ID: site "NOPE" is not on the Sites sheet of this plan',
        'Progress row 4, column Kit: kit "K9" is not on the Kits sheet of this plan',
        "Progress row 5, column Recorded: -1 is negative; write a whole number >= 0",
        f"Progress row {last}, column Recorded: Wed 17/01/2024 is not before --today Wed 10/01/2024",
    ]:
        assert expected in result.output, expected
    assert not out.exists()


def test_more_recorded_than_planned_is_accepted_with_a_warning(tmp_path):
    plan = plan_v1(tmp_path)
    # One kit recorded 5 more than planned, the other 5 fewer: the site's 50 are all there.
    report(plan, lambda day, kit, site, n: (n + (5 if kit == "K1" else -5), "done")
           if day < date(2024, 1, 10) else None)  # fmt: skip
    runner = CliRunner()
    out = tmp_path / "v2.xlsx"
    result = runner.invoke(
        main, ["replan", str(plan), "--today", "2024-01-10", "-o", str(out), "--time-limit", "3",
               "--lang", "en"]
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    assert (
        "30 recorded at S" in result.output
        and "more than the 25 planned (accepted)" in result.output
    )


def test_more_recorded_than_the_site_has_is_an_error_on_its_row(tmp_path):
    plan = plan_v1(tmp_path)
    report(plan, lambda day, kit, site, n: (n + 5, "done") if day < date(2024, 1, 10) else None)
    result, out = replan(plan, "2024-01-10")
    assert result.exit_code == 1
    # Which sites had visits before the 10th is the plan's choice; each such row is named.
    assert re.search(
        r"Progress row \d+, column Recorded: S\d+ has 60 recorded in all, but only 50 people "
        r"\(Sites sheet\); correct the count typed",
        result.output,
    )
    assert not out.exists()


@pytest.mark.parametrize("today", ["2030-01-01"])
def test_today_after_the_deadline_is_a_usage_error(tmp_path, today):
    plan = plan_v1(tmp_path)
    result, _ = replan(plan, today)
    assert result.exit_code == 2 and "after the deadline" in result.output


def test_a_progress_row_typed_twice_is_caught_with_its_row(tmp_path):
    plan = plan_v1(tmp_path)
    report(plan, lambda day, kit, site, n: (n, "done") if day < date(2024, 1, 10) else None)
    book = openpyxl.load_workbook(plan)
    ws = book["Progress"]
    ws.append([c.value for c in ws[2]])  # row 2 again, at the bottom
    twice = ws.max_row
    book.save(plan)
    result, out = replan(plan, "2024-01-10")
    assert result.exit_code == 1
    assert (
        f"Progress row {twice}, column Date: repeats row 2 (the same date Mon 08/01/2024"
        in result.output
    )
    assert "delete one of the two rows" in result.output
    assert not out.exists()


def test_the_changes_sheet_dates_names_and_explains_and_each_site_gets_a_notice(tmp_path):
    plan = plan_v1(tmp_path)
    before = visits(plan)
    lost_day = date(2024, 1, 9)
    (lost,) = {s for s, days in before.items() if any(d == lost_day for d, _ in days)}
    report(plan, lambda day, kit, site, n: (0, "lost") if day == lost_day else (
        (n, "done") if day < lost_day else None))  # fmt: skip
    result, out = replan(plan, "2024-01-10", "--freeze-days", "2")
    assert result.exit_code == 0, result.output
    book = openpyxl.load_workbook(out)
    rows = {r[0]: r for r in book["Changes"].iter_rows(min_row=2, values_only=True)}
    row = rows[lost]
    # The visit that was on the lost day shows it, with weekday and year; real dates beside.
    assert row[3] == "Tue 09/01/2024 (lost)" and row[4].date() == lost_day
    assert row[5] == "K1, K2" and row[8] == "K1, K2"  # kits by name (the ids here)
    # Fri 12 to Wed 17 are every other school's day, both kits: the first room is Thu 18.
    assert row[7].date() == date(2024, 1, 18) and row[6] == "Thu 18/01/2024"
    assert row[9] == "lost day"
    assert row[10] == "the first day with room for it after the announced days"
    assert book["Changes"].cell(row=2, column=5).number_format == "[$-409]ddd dd/mm/yyyy"
    notice = book[f"Notice {lost}"]
    text = [c for r in notice.iter_rows(values_only=True) for c in r if c]
    assert "Notice: your e-KTP recording visit has changed" in text
    assert "Tuesday, 9 January 2024 (lost)" in text and "Thursday, 18 January 2024" in text
    again = CliRunner().invoke(main, ["replan", str(plan), "--today", "2024-01-10", "-o",
                                      str(tmp_path / "v2b.xlsx"), "--lang", "en",
                                      "--time-limit", "3", "--freeze-days", "2"])  # fmt: skip
    assert (
        f"  - {lost}: Tue 09/01/2024 (lost) -> Thu 18/01/2024 (lost day; the first day with "
        "room for it after the announced days)" in again.output
    )


def test_a_replan_keeps_the_priority_order_and_says_when_a_class_s_day_moved(tmp_path):
    # Weru's four schools are priority 5, Bulu's priority 3: one school a day (two kits each),
    # Weru Mon 8 - Thu 11 Jan, Bulu from Fri 12. Tuesday's visit (S1) is lost; 10-11 Jan are
    # announced. S1 comes back on Fri 12, before every priority-3 school, so priority 5 is all
    # done a day later, and the Changes sheet and the terminal say so, and why.
    sheets = campaign_sheets()
    for row in sheets["Sites"][1:]:
        row[6] = 5 if row[3] == "Weru" else 3
    plan = plan_v1(tmp_path, sheets)
    before = visits(plan)
    assert max(d for s in ("S0", "S1", "S2", "S3") for d, _ in before[s]) == date(2024, 1, 11)
    lost = next(s for s, days in before.items() if days[0][0] == date(2024, 1, 9))
    report(plan, lambda day, kit, site, n: (0, "lost") if day == date(2024, 1, 9) else (
        (n, "done") if day < date(2024, 1, 9) else None))  # fmt: skip
    result, out = replan(plan, "2024-01-10", "--freeze-days", "2")
    assert result.exit_code == 0, result.output
    after = visits(out)
    assert [d for d, _ in after[lost] if d >= date(2024, 1, 10)] == [date(2024, 1, 12)] * 2
    ws = openpyxl.load_workbook(out)["Changes"]
    notes = [r[0] for r in ws.iter_rows(min_row=2, values_only=True) if r[0] and not r[1]]
    said = (
        f"priority 5: all done by Fri 12/01/2024, was Thu 11/01/2024; done last: {lost} (lost day)"
    )
    assert said in notes
    quiet = CliRunner().invoke(main, ["replan", str(plan), "--today", "2024-01-10", "-o",
                                      str(tmp_path / "v2b.xlsx"), "--lang", "en", "--time-limit",
                                      "3", "--freeze-days", "2"])  # fmt: skip
    assert said in quiet.output
    # The change letters go to the sites in the Changes table, none to the class row below it.
    sites = changed_sites(out)
    assert lost in sites and not any(s.startswith("priority") for s in sites)
    made = CliRunner().invoke(main, ["letters", str(out), "--previous", str(plan), "--today",
                                     "2024-01-10", "--lang", "en"])  # fmt: skip
    assert made.exit_code == 0, made.output
    assert f"{len(sites)} letter(s) written" in made.output
