"""Issues 23 and 24 wired: `letters --lists` puts the people the plan counts on the attendance
lists by name and on invitations, in class or RT order, split over the visit days as the plan
records them; `replan --attendance` reads such a list back by line number; and no name or NIK
reaches the plan, the letters, the terminal or an error: only the by-name files, which
`forget` removes."""

from __future__ import annotations

import re
import zlib
from collections import defaultdict
from datetime import date, timedelta
from pathlib import Path

import openpyxl
import pytest
from click.testing import CliRunner
from hypothesis import given, settings
from hypothesis import strategies as st

from scheduler.cli import main
from scheduler.fieldwork import Person, site_days
from scheduler.lists import read_lists
from scheduler.plan import ProgressRow
from scheduler.reader import read_plan
from scheduler.reconcile import SitePerson, reconcile, site_people
from tests.conftest import problem, site
from tests.test_field import fill_lists
from tests.test_lists import NAMES, NIKS, QUICK, small_input, write_lists

ROOT = Path(__file__).resolve().parent.parent


def run(*args: str):
    return CliRunner().invoke(main, list(args))


def named_lines(path: Path) -> dict[str, list[tuple[date, tuple]]]:
    """Per site, the lines of its attendance lists, sheet by sheet: (day, (no, block, class
    or RT, name, NIK))."""
    out: dict[str, list[tuple[date, tuple]]] = defaultdict(list)
    for ws in openpyxl.load_workbook(path, read_only=True).worksheets:
        site_id, day = ws["C2"].value, ws["C5"].value.date()
        for r in ws.iter_rows(min_row=9, values_only=True):
            if isinstance(r[0], int):
                out[site_id].append((day, r[:5]))
    return out


def planned_by_day(plan: Path) -> dict[tuple[str, date], int]:
    out: dict[tuple[str, date], int] = defaultdict(int)
    for r in read_plan(plan, date.max).progress:
        out[(r.site_id, r.day)] += r.planned
    return {k: v for k, v in out.items() if v}


def pdf_text(path: Path) -> bytes:
    """Every content stream of a PDF, inflated (fpdf2 writes the words as plain strings)."""
    data = path.read_bytes()
    out = [data]
    for stream in re.findall(rb"stream\r?\n(.*?)\r?\nendstream", data, re.S):
        try:
            out.append(zlib.decompress(stream))
        except zlib.error:
            out.append(stream)
    return b"\n".join(out)


def workbook_text(path: Path) -> str:
    book = openpyxl.load_workbook(path, read_only=True)
    return "\n".join(str(v) for ws in book.worksheets for row in ws.iter_rows(values_only=True)
                     for v in row if v is not None)  # fmt: skip


def walk_order(p: SitePerson) -> tuple[str, ...]:
    """Residents by RW, then RT (`001/004` is RT 001 of RW 004), then name; students by class."""
    rt, _, rw = p.order.partition("/")
    return (rw, rt) if rw else (p.order,)


def assert_lists_are_the_plans(plan: Path, lists: list[Path], by_name: Path) -> int:
    """The by-name lines are the people the plan counts at each site, each once, in the order
    the reconciliation gives them, day by day as many as the plan records that day."""
    problem = read_plan(plan, date.max).problem
    names = read_lists(lists, problem)
    rec = reconcile(problem, names)
    lines, days = named_lines(by_name), planned_by_day(plan)
    assert {s for s, _ in days} == set(lines)
    per_day: dict[tuple[str, date], int] = defaultdict(int)
    for site_id, got in lines.items():
        for day, _ in got:
            per_day[(site_id, day)] += 1
        people = sorted(site_people(names, rec, site_id), key=walk_order)
        count = next(c for c in rec.sites if c.site_id == site_id).to_plan
        assert len(people) == count == sum(n for (s, _), n in days.items() if s == site_id)
        assert [x[1][0] for x in got] == list(range(1, len(people) + 1))  # each line once
        assert [(x[1][2], x[1][3], x[1][4]) for x in got] == [
            (p.order, p.name, p.nik or None) for p in people
        ]  # fmt: skip
        assert [d for d, _ in got] == sorted(d for d, _ in got)  # the visit days in turn
    assert per_day == days
    return sum(per_day.values())


def test_letters_put_the_planned_people_on_the_lists_and_nowhere_else(tmp_path):
    inp, folder = small_input(tmp_path), write_lists(tmp_path / "lists")
    plan, out = tmp_path / "plan.xlsx", tmp_path / "papers"
    said = run("plan", str(inp), "--lists", str(folder), "-o", str(plan), "--lang", "en", *QUICK)
    assert said.exit_code == 0, said.output
    letters = run("letters", str(plan), "--lists", str(folder), "-o", str(out), "--lang", "en",
                  "--dated", "2024-01-02")  # fmt: skip
    assert letters.exit_code == 0, letters.output
    by_name = out / "plan-attendance-by-name.xlsx"
    assert assert_lists_are_the_plans(plan, [folder], by_name) == 7  # S1 5, S2 2 (by hand)
    assert "7 people listed by name on the attendance lists (0 lines without a name)" in (
        letters.output)  # fmt: skip
    # Invitations for the kelurahan's two residents only (the school gets its letter).
    invitations = pdf_text(out / "plan-invitations.pdf")
    assert b"Kartini Wulandari" in invitations and b"Lukas Haryanto" in invitations
    assert b"Ani Lestari" not in invitations and b"Maya Anggraini" not in invitations
    assert b"RT/RW 001/002" in invitations
    assert "2 invitation(s) by name written to" in letters.output
    # Names and NIKs: in the by-name files only.
    letter = pdf_text(out / "plan-letters.pdf")
    assert b"XI A - XII C" in letter  # the classes of the day, not the people
    text = workbook_text(by_name)
    assert all(name in text for name in ("Ani Lestari", "Kartini Wulandari"))
    plain = workbook_text(plan)
    for secret in NAMES | NIKS:
        for where, said_text in (("plan", said.output), ("letters", letters.output),
                                 ("workbook", plain), ("nik masked", text)):  # fmt: skip
            if where == "nik masked" and secret in NAMES:
                continue
            assert secret not in said_text, (where, secret)
        assert secret.encode() not in letter, secret
    # `forget` on the papers' folder removes the by-name files and keeps the letters.
    gone = run("forget", str(out), "--yes", "--lang", "en")
    assert gone.exit_code == 0 and "2 personal-data files removed" in gone.output
    assert sorted(p.name for p in out.iterdir()) == ["plan-letters.pdf"]


def test_lists_other_than_the_plans_are_refused_with_the_sites_counts(tmp_path):
    inp, folder = small_input(tmp_path), write_lists(tmp_path / "lists")
    plan = tmp_path / "plan.xlsx"
    assert run("plan", str(inp), "-o", str(plan), *QUICK).exit_code == 0  # typed counts
    result = run("letters", str(plan), "--lists", str(folder), "--lang", "en")
    assert result.exit_code == 1
    assert "site S1: the name lists give 5 people to plan, this plan counts 40" in result.output
    assert "not those" in result.output and "plan again from these lists" in result.output
    assert not list(tmp_path.glob("plan-*"))  # nothing written
    assert not any(secret in result.output for secret in NAMES | NIKS)


def test_a_by_name_list_filled_in_replans_by_line_number(tmp_path):
    inp, folder = small_input(tmp_path), write_lists(tmp_path / "lists")
    plan = tmp_path / "plan.xlsx"
    said = run("plan", str(inp), "--lists", str(folder), "-o", str(plan), "--lang", "en", *QUICK)
    assert said.exit_code == 0, said.output
    assert run("letters", str(plan), "--lists", str(folder), "--lang", "en").exit_code == 0
    by_name = tmp_path / "plan-attendance-by-name.xlsx"
    days = planned_by_day(plan)
    last = max(d for _, d in days) + timedelta(days=1)  # every list is back
    came = fill_lists(by_name, last, absent=1)  # each list's last line did not come
    assert came and all(n == days[k] - 1 for k, n in came.items())
    out = tmp_path / "v2.xlsx"
    result = run("replan", str(plan), "--today", last.isoformat(), "--attendance", str(by_name),
                 "-o", str(out), "--lang", "en", *QUICK)  # fmt: skip
    assert result.exit_code in (0, 3), result.output
    # The ticked counts are the new plan's history, and who did not come is a line number.
    history: dict[tuple[str, date], int] = defaultdict(int)
    for r in read_plan(out, last).progress:
        if r.day < last:
            history[(r.site_id, r.day)] += r.counted
    assert dict(history) == came
    lines = named_lines(by_name)
    for site_id, day in came:
        number = [x[1][0] for x in lines[site_id] if x[0] == day][-1]
        assert f"1 (no. {number})" in result.output
    for secret in NAMES | NIKS:
        assert secret not in result.output and secret not in workbook_text(out), secret


@pytest.mark.parametrize(
    ("example", "kind"), [("sukoharjo-2022", "Kelas"), ("surakarta-2016", "RT/RW")]
)  # fmt: skip
def test_the_examples_lists_are_split_as_the_plan_counts(tmp_path, example, kind):
    lists = ROOT / "inputs" / f"{example}-lists"
    plan, out = tmp_path / "plan.xlsx", tmp_path / "papers"
    said = run("plan", str(ROOT / "inputs" / f"{example}.xlsx"), "--lists", str(lists), "-o",
               str(plan), *QUICK)  # fmt: skip
    assert said.exit_code == 0, said.output
    letters = run("letters", str(plan), "--lists", str(lists), "-o", str(out), "--lang", "id")
    assert letters.exit_code == 0, letters.output
    by_name = out / "plan-daftar-hadir-nama.xlsx"
    total = assert_lists_are_the_plans(plan, [lists], by_name)
    assert f"{total:,} orang tertulis dengan nama".replace(",", ".") in letters.output
    book = openpyxl.load_workbook(by_name, read_only=True)
    assert book.worksheets[0]["C8"].value == kind
    people = read_lists([lists], read_plan(plan, date.max).problem).people
    shown = said.output + letters.output + workbook_text(plan)
    assert not [p.name for p in people if p.name and " " in p.name and p.name in shown]
    assert not [p.nik for p in people if p.nik and p.nik in shown]


ROW = st.tuples(st.integers(0, 4), st.integers(0, 2), st.integers(0, 40), st.booleans())


@settings(max_examples=60, deadline=None)
@given(st.lists(ROW, min_size=1, max_size=12), st.integers(0, 150), st.integers(0, 5))
def test_each_person_is_on_one_line_of_the_day_the_plan_counts_them(rows, listed, since):
    """Any plan's rows (day, kit, planned, reported), any list length, any first day: every
    day listed has as many lines as its rows left to do plan, each line numbered after all
    the people of the days before it and of the rows left out that day, its person that
    number on the list (none past its end), and nobody twice."""
    days = [date(2024, 1, 8) + timedelta(days=d) for d in range(5)]
    first = days[since] if since < 5 else None
    p = problem((site("A", 200),), kits=3)
    progress = [ProgressRow(days[d], f"K{k + 1}", "A", n, n if done else None,
                            "done" if done else None) for d, k, n, done in rows]  # fmt: skip
    names = [Person(f"P{i}", "", "XII A") for i in range(listed)]

    def left_to_do(r: ProgressRow) -> bool:
        return r.recorded is None and (first is None or r.day >= first)

    taken: list[int] = []
    for d in site_days(p, progress, first, {"A": names}):
        earlier = sum(r.planned for r in progress if r.day < d.day)
        earlier += sum(r.planned for r in progress if r.day == d.day and not left_to_do(r))
        todo = sum(r.planned for r in progress if r.day == d.day and left_to_do(r))
        assert [x.number for x in d.lines] == list(range(earlier + 1, earlier + todo + 1))
        assert [x.person for x in d.lines] == [
            names[x.number - 1] if x.number <= listed else None for x in d.lines
        ]
        taken += [x.number for x in d.lines]
    assert len(taken) == len(set(taken))
    assert len(taken) == sum(r.planned for r in progress if left_to_do(r))
