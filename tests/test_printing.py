"""The print queue and the blank stock (issue 12), against hand-checked small cases."""

from __future__ import annotations

import dataclasses
import re
from datetime import date, timedelta
from pathlib import Path

import openpyxl
import pytest
from click.testing import CliRunner

from scheduler.cli import main
from scheduler.errors import WorkbookError
from scheduler.printing import BLANKS, OVERTIME, Arrival, PrintFix, find_print_fixes, project
from scheduler.problem import Printing
from scheduler.reader import read_problem
from tests.conftest import problem, site, valid_sheets, write_workbook

MON, TUE, WED, THU, FRI = (date(2024, 1, d) for d in range(8, 13))
NEXT_MON = date(2024, 1, 15)
A25 = (Arrival(MON, "A", 25),)  # 25 recorded at A on Monday: ready to print from Tuesday


def campaign(printing: Printing, deadline: date = date(2024, 1, 31)):
    p = problem((site("A", 25), site("B", 10)), kits=1, deadline=deadline, holidays=())
    return dataclasses.replace(p, printing=printing)


def test_cards_are_printed_from_the_next_working_day_at_the_rate():
    # 10 a day: Tue 10, Wed 10, Thu 5; A's cards are ready on Thursday.
    r = project(campaign(Printing(rate=10)), A25, MON)
    assert [d.printed for d in r.days[:4]] == [0, 10, 10, 5]
    assert r.ready_of("A") == THU and r.campaign_done == THU and r.stock_out is None
    assert r.certificates == 0


def test_damaged_cards_go_first_then_the_campaign():
    # 15 damaged cards wait at the start; 10 a day: Mon 10 damaged, Tue 5 damaged + 5 A,
    # Wed 10 A, Thu 10 A: A ready Thursday.
    r = project(campaign(Printing(rate=10, backlog=(("damaged", 15),))), A25, MON)
    assert [(d.printed, d.printed_campaign) for d in r.days[:4]] == [
        (10, 0), (10, 5), (10, 10), (10, 10)]  # fmt: skip
    assert r.ready_of("A") == THU


def test_blanks_run_out_certificates_are_issued_and_a_delivery_resumes_printing():
    # 12 blanks: Tue 10 (2 left), Wed 2 (none left, 13 waiting: 13 temporary certificates);
    # 100 arrive Friday: Fri 10, Mon 3. A's cards ready the next Monday.
    p = Printing(rate=10, stock=12, deliveries=((FRI, 100),))
    r = project(campaign(p), A25, MON)
    assert r.stock_out == WED and r.certificates == 13 == r.certificates_campaign
    assert [d.stock for d in r.days[:6]] == [12, 2, 0, 0, 90, 87]
    assert r.ready_of("A") == NEXT_MON and r.campaign_done == NEXT_MON


def test_the_smallest_fixes_are_found_by_search():
    # Wanted by Thursday. Blanks: 13 more (12 + 13 = 25), and they must be here by Wednesday
    # (on Thursday only 10 of the 13 still waiting could be printed).
    p = Printing(rate=10, stock=12, target=THU, overtime_rate=20)
    fixes = find_print_fixes(campaign(p), A25, MON)
    assert PrintFix(BLANKS, 13, WED) in fixes
    # Overtime cannot help without blanks; with enough blanks and a Wednesday target, one
    # overtime day (Wednesday: 10 + 15) does it.
    assert all(f.kind != OVERTIME for f in fixes)
    p = Printing(rate=10, target=WED, overtime_rate=20)
    assert find_print_fixes(campaign(p), A25, MON) == (PrintFix(OVERTIME, 1, WED),)
    # On time already: nothing to fix.
    assert find_print_fixes(campaign(Printing(rate=30)), A25, MON) == ()


def test_counter_requests_take_their_share_every_working_day():
    # 8 counter requests a day (changes, after the campaign): 10 a day leaves 2 for the
    # campaign on Monday ... the campaign's class comes first: Tue 10, Wed 10, Thu 5.
    r = project(campaign(Printing(rate=10, counter=(("change", 8),))), A25, MON)
    assert r.ready_of("A") == THU
    # A counter of damaged cards comes first: 2 a day for A, 13 working days from Tuesday 9th.
    r = project(campaign(Printing(rate=10, counter=(("damaged", 8),))), A25, MON)
    assert r.ready_of("A") == date(2024, 1, 25)


# -- the workbook: reading, writing, the CLI -------------------------------------------------

ROOT = Path(__file__).resolve().parent.parent
HEADER = ["item", "count", "date", "class", "note"]


def with_printing_sheet(tmp_path, rows, title="Printing"):
    sheets = valid_sheets()
    sheets[title] = [HEADER, *rows]
    return write_workbook(tmp_path / "p.xlsx", sheets)


def test_the_printing_sheet_is_read_in_either_language(tmp_path):
    rows = [["kapasitas", 300], ["lembur", 450, "Sab"], ["stok", 1000],
            ["kiriman", 500, "2024-01-15"], ["antrean", 40, None, "rusak"],
            ["loket", 20, None, "perubahan"], ["target", None, "2024-02-09"]]  # fmt: skip
    p = read_problem(with_printing_sheet(tmp_path, rows, "Cetak")).printing
    assert p is not None and p.rate == 300 and p.overtime_rate == 450
    assert p.overtime_weekdays == frozenset({5}) and p.stock == 1000
    assert p.deliveries == ((date(2024, 1, 15), 500),)
    assert p.backlog == (("damaged", 40),) and p.counter == (("change", 20),)
    assert p.target == date(2024, 2, 9)
    empty = write_workbook(tmp_path / "e.xlsx", {**valid_sheets(), "Printing": [HEADER]})
    assert read_problem(empty).printing is None  # an empty sheet: no projection


def test_bad_printing_rows_are_located(tmp_path):
    rows = [["rate", 0], ["stock", -5], ["delivery", 100, "2023-12-01"],
            ["backlog", 10, None, "urgent"], ["printer", 3], ["stock", 10]]  # fmt: skip
    with pytest.raises(WorkbookError) as e:
        read_problem(with_printing_sheet(tmp_path, rows))
    text = str(e.value)
    assert "Printing row 2, column count: 0 must be at least 1" in text
    assert "Printing row 3, column count: -5 is negative" in text
    assert (
        "Printing row 4, column date: delivery Fri 01/12/2023 is before the campaign starts" in text
    )
    assert 'Printing row 5, column class: print class "urgent" is unknown' in text
    assert 'Printing row 6, column item: "printer" is not a printing item' in text
    assert "Printing row 7, column item: stock is given already in row 3" in text
    with pytest.raises(WorkbookError, match="no rate row"):
        read_problem(with_printing_sheet(tmp_path, [["stock", 10]]))


def test_the_plan_shows_the_queue_the_stock_and_when_cards_are_ready(tmp_path, monkeypatch):
    monkeypatch.chdir(ROOT)
    out = tmp_path / "skh.xlsx"
    result = CliRunner().invoke(main, ["plan", "inputs/sukoharjo-2022.xlsx", "-o", str(out),
                                       "--time-limit", "4", "--lang", "en"])  # fmt: skip
    assert result.exit_code == 0, result.output
    # 6,000 blanks, 300 a day: about 20 working days in, as the plan's recording allows.
    assert re.search(r"blanks run out \w{3} \d\d/09/2022", result.output), result.output
    assert "more blanks by" in result.output
    book = openpyxl.load_workbook(out)
    sheet = book["Printing"]
    header = [c.value for c in sheet[1]]
    assert header[:4] == ["Date", "Day", "Ready to print", "Printed"]
    assert len(sheet._charts) == 1
    first = [c.value for c in sheet[2]]
    assert first[7] == 6000 - first[3]  # blanks left after the first day's printing
    sites = book["Sites"]
    columns = [c.value for c in sites[1]]
    assert "Cards ready" in columns
    ready = [r[columns.index("Cards ready")] for r in sites.iter_rows(min_row=2, values_only=True)]
    assert any(ready) and all(d is None or hasattr(d, "year") for d in ready)
    assert "Cards ready" in [c.value for c in book["Kit K1"][1]]
    # The plan carries its printing inputs: a re-plan reads them back.
    again = read_problem(out).printing
    assert again == read_problem(ROOT / "inputs" / "sukoharjo-2022.xlsx").printing


def test_whatif_blanks_and_print_rate(tmp_path, monkeypatch):
    monkeypatch.chdir(ROOT)
    result = CliRunner().invoke(main, ["whatif", "inputs/surakarta-2016.xlsx", "--print-rate",
                                       "100", "--blanks", "+500", "--time-limit", "12",
                                       "-o", str(tmp_path / "w.xlsx"), "--lang", "en"])  # fmt: skip
    assert result.exit_code == 0, result.output
    assert "cards ready" in result.output and "print 100 cards/working day" in result.output
    # Surakarta counts no blanks: a blank delivery is still a valid scenario (no effect).
    assert "+500 blanks" in result.output
    bad = CliRunner().invoke(main, ["whatif", "inputs/surakarta-2016.xlsx", "--print-rate", "x",
                                    "--lang", "en"])  # fmt: skip
    assert bad.exit_code == 2 and "--print-rate" in bad.output


def test_risk_replays_the_print_queue_as_the_projection_does():
    # No stalls, everyone comes: every replayed run is the plan, so the cards' P50 and P90
    # are the projection's day, and a blank shortage shows in both.
    from scheduler.plan import Visit
    from scheduler.risk import replay

    for printing, done in ((Printing(rate=10), THU),
                           (Printing(rate=10, stock=12, deliveries=((FRI, 100),)), NEXT_MON)):  # fmt: skip
        p = campaign(printing)
        p = dataclasses.replace(
            p, settings=dataclasses.replace(p.settings, stall_good=0.0, turnout=1.0)
        )
        assert project(p, A25, MON).campaign_done == done
        r = replay(p, (Visit("A", ((MON, 1),), 25),), runs=50, seed=0)
        assert r.cards_p50 == r.cards_p90 == done
        assert r.cards_on_time == 1.0  # the target is the deadline, 31 Jan


def test_a_replan_projects_printing_from_what_was_recorded(tmp_path):
    # Plan, report the first day recorded, re-plan: the new plan still has its print queue,
    # fed by the recorded day and the rest of the plan.
    sheets = valid_sheets()
    sheets["Printing"] = [HEADER, ["rate", 20], ["stock", 30]]
    source = write_workbook(tmp_path / "c.xlsx", sheets)
    plan = tmp_path / "plan.xlsx"
    run = CliRunner().invoke
    assert (
        run(main, ["plan", str(source), "-o", str(plan), "-q", "--time-limit", "3"]).exit_code == 0
    )
    book = openpyxl.load_workbook(plan)
    ws = book["Progress"]
    first = ws.cell(row=2, column=1).value.date()
    for row in ws.iter_rows(min_row=2):
        if row[0].value and row[0].value.date() == first:
            row[4].value, row[5].value = row[3].value, "done"
    book.save(plan)
    out = tmp_path / "v2.xlsx"
    today = (first + timedelta(days=1)).isoformat()
    result = run(main, ["replan", str(plan), "--today", today, "-o", str(out), "--lang", "en",
                        "--time-limit", "3"])  # fmt: skip
    assert result.exit_code in (0, 3), result.output
    assert "blanks run out" in result.output  # 30 blanks for 60 people
    printing = openpyxl.load_workbook(out)["Printing"]
    arrived = sum(r[2] or 0 for r in printing.iter_rows(min_row=2, values_only=True))
    assert arrived == 60  # every person, recorded or planned, enters the queue once


def test_an_overtime_saturday_is_a_printing_day():
    # 25 at A, 5 a working day, overtime Saturdays at 20: Tue-Fri print 20, the Saturday the
    # last 5: ready Saturday 13th (without it, Tuesday 16th).
    p = Printing(rate=5, overtime_rate=20, overtime_weekdays=frozenset({5}))
    r = project(campaign(p), A25, MON)
    assert r.ready_of("A") == date(2024, 1, 13)
    assert [d.day.weekday() for d in r.days[:7]] == [0, 1, 2, 3, 4, 5, 0]
