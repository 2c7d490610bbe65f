"""Issue 23: name lists in, reconciled counts and card dates out, personal data kept safe.

A small case counted by hand (rows A-J at a school, K-M at a kelurahan), the age and card
rules on it and on the Sukoharjo example, and that no name or NIK reaches a plan, the
terminal or an error."""

from __future__ import annotations

import csv
import re
from datetime import date
from pathlib import Path

import openpyxl
import pytest
from click.testing import CliRunner

from scheduler.checker import check_plan
from scheduler.cli import main
from scheduler.lists import mask_nik, read_lists
from scheduler.plan import KitDay, Plan
from scheduler.printing import plan_arrivals, project
from scheduler.problem import Printing, SiteAges
from scheduler.reader import read_problem
from scheduler.reconcile import PLANNED, birthday, planned_problem, reconcile
from scheduler.solver import SolverOptions, solve
from tests.conftest import problem, site, valid_sheets, write_workbook

ROOT = Path(__file__).resolve().parent.parent
QUICK = ["--time-limit", "3"]

# The school S1 ("SMAN 1 Weru"), campaign Mon 08/01/2024 - Wed 31/01/2024, schools Mon-Fri.
STUDENTS = [
    ["Sekolah", "Nama", "NIK", "JK", "Tanggal Lahir", "Kelas"],
    ["SMAN 1 Weru", "Ani Lestari", "3311014501070000", "P", "05/01/2007", "XI A"],  # A: planned
    ["SMAN 1 Weru", "Bayu Pratama", "3311011006070000", "L", "2007-06-10", "XI A"],  # B: 17 in June
    ["SMAN 1 Weru", "Bayu Pratama", "3311011006070000", "L", "10/06/2007", "XI A"],  # C: = B
    [
        "SMAN 1 Weru",
        "Dimas Saputra",
        "3311012001080000",
        "L",
        "20/01/2008",
        "X B",
    ],  # D: 16 on 20/01
    ["SMAN 1 Weru", "Endah Utami", "3311014103080000", "P", "01/03/2008", "X B"],  # E: 16 in March
    ["SMAN 1 Weru", "Fajar Wibowo", "3311010202060000", "L", "02/02/2006", "XII C"],  # F: recorded
    [
        "SMAN 1 Weru",
        "Galih Nugroho",
        "3372010505060000",
        "L",
        "05/05/2006",
        "XII C",
    ],  # G: Surakarta
    ["SMAN 1 Weru", "Hana Rahayu", "3311010707060000", "P", "07/07/2006", "XII C"],  # H: NIK male
    ["SMAN 1 Weru", "Budi Santoso", "", "L", "08/08/2006", "XII A"],  # I: planned, no NIK
    ["SMAN 1 Weru", "budi  SANTOSO", "3311010808060000", "L", "2006-08-08", "XII A"],  # J: = I
]
# The kelurahan S2 (Mon-Wed), by name without "Kelurahan".
RESIDENTS = [
    ["NIK", "NAMA_LGKP", "TGL_LHR", "NO_RT", "NO_RW", "KEL_NAME"],
    ["3311014303900000", "Kartini Wulandari", date(1990, 3, 3), "1", "2", "Bumi"],  # K: planned
    ["3311013112070000", "Lukas Haryanto", date(2007, 12, 31), "3", "1", "Bumi"],  # L: 17 in Dec
    ["3311010901080000", "Maya Anggraini", date(2008, 1, 9), "3", "1", "Bumi"],  # M: 16 on 09/01
]
NAMES = {r[1] for r in STUDENTS[1:]} | {r[1] for r in RESIDENTS[1:]}
NIKS = {r[2] for r in STUDENTS[1:] if r[2]} | {r[0] for r in RESIDENTS[1:]}


def write_lists(folder: Path) -> Path:
    folder.mkdir(exist_ok=True)
    with open(folder / "siswa.csv", "w", encoding="utf-8", newline="") as f:
        csv.writer(f, delimiter=";").writerows(STUDENTS)
    write_workbook(folder / "warga.xlsx", {"Belum Rekam": RESIDENTS})
    (folder / "terekam.csv").write_text("nik\n3311010202060000\n", encoding="utf-8")
    return folder


def small_input(tmp_path: Path, printing: bool = False) -> Path:
    sheets = valid_sheets()
    if printing:
        sheets["Printing"] = [["item", "count"], ["rate", 500]]
    return write_workbook(tmp_path / "input.xlsx", sheets)


def test_plan_from_lists_carries_the_counts_and_cards_wait_for_the_17th_birthday(tmp_path):
    inp, lists = small_input(tmp_path, printing=True), write_lists(tmp_path / "lists")
    out = tmp_path / "plan.xlsx"
    result = CliRunner().invoke(main, ["plan", str(inp), "--lists", str(lists), "-o", str(out),
                                       "--vote-day", "2024-02-14", *QUICK])  # fmt: skip
    assert result.exit_code == 0, result.output
    assert "7 to plan (typed 60)" in result.output
    # All 7 are recorded in January; B and L are 17 only in June and December.
    assert "17 by Wed 14/02/2024 and recorded before it in this plan: 5 of the 7 planned" in (
        result.output
    )
    assert "Cards waiting for their holders' 17th birthdays: 2, the last on Tue 31/12/2024" in (
        result.output
    )
    assert ("2 of them turn 17 after the print target Wed 31/01/2024: their cards cannot be "
            "printed by then, whatever the blanks") in result.output  # fmt: skip
    book = openpyxl.load_workbook(out)
    assert book["Name lists"]["A3"].value == (
        "17 by Wednesday, 14 February 2024 and recorded in this plan before it: 5 people"
    )
    assert [c.value for c in book["Name lists"][5]][:4] == ["S1", "SMAN 1 Weru", 40, 10]
    sites = {r[0]: r for r in book["Sites"].iter_rows(min_row=2, values_only=True) if r[0]}
    header = [c.value for c in book["Sites"][1]]
    ready = header.index("Cards ready")
    # B's card (S1) waits for 10/06/2024 and L's (S2) for 31/12/2024: printed on those days.
    assert sites["S1"][ready].date() == date(2024, 6, 10)
    assert sites["S2"][ready].date() == date(2024, 12, 31)
    again = read_problem(out)  # the plan carries the ages, for re-planning
    assert again.ages == planned_problem(read_problem(inp), _rec(tmp_path)).ages


def _rec(tmp_path: Path):
    prob = read_problem(tmp_path / "input.xlsx")
    return reconcile(prob, read_lists([tmp_path / "lists"], prob))


def test_vote_day_needs_lists(tmp_path):
    result = CliRunner().invoke(main, ["plan", str(small_input(tmp_path)), "--vote-day",
                                       "2024-02-14"])  # fmt: skip
    assert result.exit_code == 2 and "--vote-day counts from name lists" in result.output


def test_no_card_is_printed_before_its_holders_17th_birthday():
    """Day by day, the campaign's cards printed so far never exceed those whose holders were
    recorded before that day and are 17 by it."""
    birthdays = ((date(2024, 1, 15), 4), (date(2024, 2, 1), 3), (date(2024, 3, 4), 2))
    p = problem((site("S1", 20),), 2, printing=Printing(rate=1000),
                ages=(SiteAges("S1", (), birthdays),))  # fmt: skip
    plan = solve(p, SolverOptions(time_limit=2))
    assert check_plan(p, plan) == []
    young = {d: n for d, n in birthdays}
    proj = project(p, plan_arrivals(plan), p.settings.start)
    recorded = sorted(kd.day for kd in plan.kit_days)
    assert recorded and recorded[-1] < date(2024, 1, 15)
    printed = 0
    for day in proj.days:
        printed += day.printed_campaign
        free = 20 - sum(n for d, n in young.items() if d > day.day)
        assert printed <= free, day
    assert proj.ready_of("S1") == date(2024, 3, 4) and proj.campaign_done == date(2024, 3, 4)


def test_the_checker_refuses_a_plan_that_records_anyone_before_16():
    p = problem((site("S1", 10),), 1, ages=(SiteAges("S1", ((date(2024, 1, 10), 3),)),))
    days = (date(2024, 1, 8), date(2024, 1, 9))
    early = Plan(visits=(), duties=(), kit_days=tuple(KitDay(d, "K1", "S1", 5) for d in days))
    assert check_plan(p, early) == [
        "2024-01-09: site S1 has 10 people recorded by this day, but only 7 of its people are "
        "16 by then"
    ]
    later = Plan(visits=(), duties=(), kit_days=(KitDay(date(2024, 1, 8), "K1", "S1", 7),
                           KitDay(date(2024, 1, 9), "K1", "S1", 3)))  # fmt: skip
    assert [b for b in check_plan(p, later) if "16" in b] == ["2024-01-09: site S1 has 10 people "
        "recorded by this day, but only 7 of its people are 16 by then"]  # fmt: skip
    ontime = Plan(visits=(), duties=(), kit_days=(KitDay(date(2024, 1, 8), "K1", "S1", 7),
                            KitDay(date(2024, 1, 10), "K1", "S1", 3)))  # fmt: skip
    assert not [b for b in check_plan(p, ontime) if "are 16" in b]


@pytest.fixture(scope="module")
def sukoharjo_plan(tmp_path_factory):
    """The Done-when run: the Sukoharjo example planned from its generated student lists."""
    tmp = tmp_path_factory.mktemp("sukoharjo")
    out = tmp / "plan.xlsx"
    args = ["plan", str(ROOT / "inputs/sukoharjo-2022.xlsx"), "--lists",
            str(ROOT / "inputs/sukoharjo-2022-lists"), "-o", str(out), "--lang", "en", *QUICK]  # fmt: skip
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 0, result.output
    return out, result.output


def _people_of_examples():
    prob = read_problem(ROOT / "inputs/sukoharjo-2022.xlsx")
    lists = read_lists([ROOT / "inputs/sukoharjo-2022-lists"], prob)
    return prob, lists


def test_sukoharjo_nobody_is_planned_before_their_16th_birthday(sukoharjo_plan):
    out, _ = sukoharjo_plan
    prob, lists = _people_of_examples()
    rec = reconcile(prob, lists)
    first: dict[str, date] = {}
    ws = openpyxl.load_workbook(out)["Schedule"]
    header = [c.value for c in ws[1]]
    for row in ws.iter_rows(min_row=2, values_only=True):
        day, site_id = row[header.index("Date")], row[header.index("Site ID")]
        if site_id:
            first[site_id] = min(first.get(site_id, day.date()), day.date())
    planned = [p for p, s in zip(lists.people, rec.status, strict=True) if s == PLANNED]
    assert len(planned) == 3158
    for p in planned:
        assert birthday(p.birth, 16) <= first[p.site_id], (p.site_id, p.row)


def test_no_name_or_nik_reaches_the_plan_the_terminal_or_the_reconciliation(
    sukoharjo_plan, tmp_path
):
    out, printed = sukoharjo_plan
    _, lists = _people_of_examples()
    names = {p.name for p in lists.people if p.name}
    niks = {p.nik for p in lists.people if p.nik} | lists.recorded
    rec_out, sites_out = tmp_path / "rec.xlsx", tmp_path / "new.xlsx"
    result = CliRunner().invoke(main, ["lists", str(ROOT / "inputs/sukoharjo-2022.xlsx"),
                                       str(ROOT / "inputs/sukoharjo-2022-lists"), "-o",
                                       str(rec_out), "--sites-out", str(sites_out)])  # fmt: skip
    assert result.exit_code == 0, result.output
    listed = read_problem(sites_out)  # the new input workbook plans the counts and ages
    assert listed.people == 3158 and len(listed.ages) == 60
    assert listed.ages == reconcile(read_problem(ROOT / "inputs/sukoharjo-2022.xlsx"), lists).ages
    texts = [printed, result.output]
    for path in (out, rec_out, sites_out):
        for ws in openpyxl.load_workbook(path).worksheets:  # hidden input sheets too
            texts += [str(v) for row in ws.iter_rows(values_only=True) for v in row if v]
    text = "\n".join(texts)
    assert not [n for n in names if n in text]
    assert not re.search(r"\d{16}", text) and not [n for n in niks if n[:12] in text]


def test_errors_locate_rows_and_hold_no_personal_data(tmp_path):
    inp = small_input(tmp_path)
    folder = tmp_path / "lists"
    folder.mkdir()
    rows = [STUDENTS[0], *STUDENTS[1:4]]
    rows[1] = ["SMAN 1 Wero", *rows[1][1:]]  # a typo in the school
    rows[2] = [*rows[2][:4], "31/02/2007", rows[2][5]]  # no such day, and the NIK has it
    rows[3] = [rows[3][0], "Citra Dewi", "", "P", "kemarin", "X"]  # no date, no NIK
    with open(folder / "siswa.csv", "w", encoding="utf-8", newline="") as f:
        csv.writer(f).writerows(rows)
    (folder / "kelas.csv").write_text("Nama;Kelas\nAni;X\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["lists", str(inp), str(folder)])
    assert result.exit_code == 1
    assert "kelas.csv: no date of birth or NIK column" in result.output
    assert ('siswa.csv row 2, column Sekolah: site "SMAN 1 Wero" is not on the Sites sheet; the '
            "nearest: S1 (SMAN 1 Weru)") in result.output  # fmt: skip
    assert ("siswa.csv row 4, column Tanggal Lahir: the date of birth is empty or not a date, "
            "and there is no NIK to take it from") in result.output  # fmt: skip
    assert "siswa.csv row 3" not in result.output  # its date comes from its NIK, with a warning
    rows = rows[:3]
    with open(folder / "siswa.csv", "w", encoding="utf-8", newline="") as f:
        csv.writer(f).writerows(rows)
    (folder / "kelas.csv").unlink()
    rows[1][0] = "SMAN 1 Weru"
    with open(folder / "siswa.csv", "w", encoding="utf-8", newline="") as f:
        csv.writer(f).writerows(rows)
    result = CliRunner().invoke(
        main, ["lists", str(inp), str(folder), "-o", str(tmp_path / "r.xlsx")]
    )
    assert result.exit_code == 0, result.output
    assert "1 site(s) have no list (S2): their typed counts are kept (20 people)" in result.output
    assert ("siswa.csv row 3, column Tanggal Lahir: the date of birth is not a date; taken from "
            "the NIK (check the row)") in result.output  # fmt: skip
    for secret in (*NAMES, *NIKS, "Citra", "kemarin", "31/02/2007"):
        assert secret not in result.output


def test_forget_removes_the_lists_and_keeps_the_workbooks(tmp_path):
    inp = small_input(tmp_path)
    folder = write_lists(tmp_path / "lists")
    keep = folder / "input-copy.xlsx"
    keep.write_bytes(inp.read_bytes())
    dry = CliRunner().invoke(main, ["forget", str(folder)])
    assert dry.exit_code == 0 and "3 personal-data files above would be removed" in dry.output
    assert len(list(folder.iterdir())) == 4
    done = CliRunner().invoke(main, ["forget", str(folder), "--yes"])
    assert done.exit_code == 0 and "3 personal-data files removed" in done.output
    assert [p.name for p in folder.iterdir()] == ["input-copy.xlsx"]


def test_a_printed_nik_hides_its_birth_date():
    assert mask_nik("3311014501070000") == "3311**********00"
    assert "450107" not in mask_nik("3311014501070000")
    assert mask_nik("123") == ""


def test_surakarta_lists_reconcile(tmp_path):
    result = CliRunner().invoke(main, ["lists", str(ROOT / "inputs/surakarta-2016.xlsx"),
                                       str(ROOT / "inputs/surakarta-2016-lists"), "-o",
                                       str(tmp_path / "rec.xlsx")])  # fmt: skip
    assert result.exit_code == 0, result.output
    assert "Name lists: 5,031 rows in 6 files for 51 sites; 392 NIKs already recorded" in (
        result.output
    )
    prob = read_problem(ROOT / "inputs/surakarta-2016.xlsx")
    lists = read_lists([ROOT / "inputs/surakarta-2016-lists"], prob)
    cells = [str(v) for ws in openpyxl.load_workbook(tmp_path / "rec.xlsx").worksheets
             for row in ws.iter_rows(values_only=True) for v in row if v]  # fmt: skip
    text = "\n".join([result.output, *cells])
    assert not [p.name for p in lists.people if p.name and p.name in text]
    assert not re.search(r"\d{16}", text)


def test_the_readme_sample_is_what_lists_prints(monkeypatch, tmp_path):
    monkeypatch.delenv("OUTREACH_LANG")
    monkeypatch.chdir(ROOT)
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    sample = readme.split("## Name lists: the people behind the counts", 1)[1]
    sample = sample.split("```\n", 3)[2]  # the block after the commands
    args = ["lists", "inputs/sukoharjo-2022.xlsx", "inputs/sukoharjo-2022-lists/", "-o",
            str(tmp_path / "r.xlsx")]  # fmt: skip
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 0
    assert result.output.startswith(sample), result.output


def test_wait_for_16_places_a_visit_after_the_birthdays_where_the_window_allows(tmp_path):
    inp, lists = small_input(tmp_path), write_lists(tmp_path / "lists")
    prob = read_problem(inp)
    rec = reconcile(prob, read_lists([lists], prob), wait=True)
    s1, s2 = rec.sites
    # S2 (Mon-Wed): M turns 16 on Tue 09/01 and 11 of its 12 days are left: it waits, M planned.
    assert (s2.to_plan, s2.later, s2.waits, s2.waited, s2.first_day) == (
        3, 0, True, 1, date(2024, 1, 9))  # fmt: skip
    # S1: D turns 16 on 20/01, leaving 8 of its 18 days: less than half, so D is left to a
    # later service.
    assert (s1.to_plan, s1.later, s1.waits) == (5, 1, False)
    out = tmp_path / "plan.xlsx"
    result = CliRunner().invoke(main, ["plan", str(inp), "--lists", str(lists), "--wait-for-16",
                                       "-o", str(out), *QUICK])  # fmt: skip
    assert result.exit_code == 0, result.output
    assert "1 site(s) wait for 16th birthdays (--wait-for-16): visited from Tue 09/01/2024" in (
        result.output
    )
    planned = read_problem(out)
    assert planned.site("S2").earliest == date(2024, 1, 9) and planned.site("S2").people == 3
    ws = openpyxl.load_workbook(out)["Schedule"]
    header = [c.value for c in ws[1]]
    at, when = header.index("Site ID"), header.index("Date")
    days = [r[when].date() for r in ws.iter_rows(min_row=2, values_only=True) if r[at] == "S2"]
    assert days and min(days) >= date(2024, 1, 9)


def test_risk_and_replan_keep_the_cards_waiting_for_birthdays(tmp_path):
    inp, lists = small_input(tmp_path, printing=True), write_lists(tmp_path / "lists")
    out = tmp_path / "plan.xlsx"
    result = CliRunner().invoke(main, ["plan", str(inp), "--lists", str(lists), "-o", str(out),
                                       *QUICK])  # fmt: skip
    assert result.exit_code == 0, result.output
    risk = CliRunner().invoke(main, ["risk", str(out), "--runs", "50", "-o",
                                     str(tmp_path / "risk.xlsx")])  # fmt: skip
    assert risk.exit_code == 0, risk.output
    # L's card (17 on Tue 31/12/2024) is the campaign's last, in every replay.
    assert "campaign cards ready: P50 Tue 31/12/2024, P90 Tue 31/12/2024" in risk.output
    v2 = tmp_path / "plan-v2.xlsx"
    replan = CliRunner().invoke(main, ["replan", str(out), "--today", "2024-01-08", "-o", str(v2),
                                       *QUICK])  # fmt: skip
    assert replan.exit_code == 0, replan.output
    assert read_problem(v2).ages == read_problem(out).ages
    header = [c.value for c in openpyxl.load_workbook(v2)["Sites"][1]]
    row = next(r for r in openpyxl.load_workbook(v2)["Sites"].iter_rows(min_row=2, values_only=True)
               if r[0] == "S2")  # fmt: skip
    assert row[header.index("Cards ready")].date() == date(2024, 12, 31)


def test_check_shows_the_capacity_for_the_counts_the_lists_come_to(tmp_path):
    inp, lists = small_input(tmp_path), write_lists(tmp_path / "lists")
    result = CliRunner().invoke(main, ["check", str(inp), "--lists", str(lists)])
    assert result.exit_code == 0, result.output
    assert "2 sites, 7 people, 2 kits" in result.output
