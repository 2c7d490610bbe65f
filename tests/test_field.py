"""Issue 24: from the plan to the field and back. Letters and attendance lists from a plan, a
filled list re-plans as the same counts typed into Progress, a list that cannot be true is
refused with its place, and `outreach report` gives its three forms (the report's numbers:
test_report.py)."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

import openpyxl
import pytest
from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from scheduler.cli import main
from scheduler.fieldwork import Person, Tally, letters, masked, site_days, turnout_of
from scheduler.letters import latin, letters_pdf
from scheduler.plan import ProgressRow
from scheduler.reader import read_plan, read_problem
from tests.conftest import problem, site
from tests.test_replan import plan_v1, report

MON, TUE, WED, THU = (date(2024, 1, d) for d in (8, 9, 10, 11))


def run(*args: str):
    return CliRunner().invoke(main, list(args))


# -- from the plan to the papers ---------------------------------------------------------------


def test_a_day_is_split_into_the_blocks_its_kits_fill_and_lines_run_over_the_visit():
    p = problem((site("A", 80), site("B", 60, type="kelurahan")), kits=2)
    rows = [ProgressRow(MON, "K1", "A", 25), ProgressRow(MON, "K2", "A", 25),
            ProgressRow(TUE, "K1", "A", 30 - 12), ProgressRow(TUE, "K2", "A", 12),
            ProgressRow(MON, "K1", "B", 10)]  # fmt: skip
    days = site_days(p, rows)
    a_mon, a_tue, b_mon = days
    # Two kits at 25 a day: 25 in the morning (half of 50), the rest in the afternoon.
    assert [len(a_mon.block_lines(b)) for b in (0, 1)] == [25, 25]
    # The last day's 30 fit the morning's 25 and 5 more.
    assert [len(a_tue.block_lines(b)) for b in (0, 1)] == [25, 5]
    assert [x.number for x in a_tue.lines][:2] == [51, 52] and a_tue.lines[-1].number == 80
    # One kit, 10 people: all in the morning (a half day holds 13).
    assert [len(b_mon.block_lines(b)) for b in (0, 1)] == [10, 0]
    # From a later day, the lines go on from the days left out: a line is one person on
    # every list made from the plan (a name list's 51st person is on Tuesday's first line).
    (later,) = site_days(p, rows, since=TUE)
    assert (later.day, later.lines[0].number, later.lines[-1].number) == (TUE, 51, 80)
    named = site_days(p, rows, people={"B": [Person("Siti", "3311012345678901", "RT 01")]})
    assert named[2].lines[0].person == Person("Siti", "3311012345678901", "RT 01")
    assert named[2].lines[1].person is None  # the list is shorter: numbered lines follow


def test_a_nik_is_printed_masked():
    assert masked("3311012345678901") == "3311**********01"
    assert masked("12") == "**"


def test_change_letters_go_only_to_the_sites_whose_days_changed():
    p = problem((site("A", 50), site("B", 50), site("C", 50), site("D", 25)), kits=2)
    old = [ProgressRow(MON, "K1", "A", 50), ProgressRow(TUE, "K1", "B", 50),
           ProgressRow(WED, "K1", "C", 50), ProgressRow(MON, "K2", "D", 25, None, "lost")]  # fmt: skip
    new = [ProgressRow(MON, "K1", "A", 50), ProgressRow(THU, "K1", "B", 50),
           ProgressRow(MON, "K2", "D", 25, None, "lost"), ProgressRow(THU, "K2", "D", 25)]  # fmt: skip
    made = letters(p, new, since=TUE, previous=old)
    assert [(x.site.site_id, x.lost, x.old_days, [d.day for d in x.days]) for x in made] == [
        ("B", (), (TUE,), [THU]),
        ("C", (), (WED,), []),  # no longer visited: a letter that cancels
        ("D", (MON,), (), [THU]),  # its lost Monday comes back on Thursday
    ]
    assert all(x.change for x in made)


def test_text_outside_latin_1_prints_as_its_base_letter():
    assert latin("SMK Ma’arif “Nusantara” – Ōkubo") == 'SMK Ma\'arif "Nusantara" - Okubo'
    assert latin("学校") == "??"


def uncompressed(monkeypatch: pytest.MonkeyPatch) -> None:
    """The letters' PDF with plain content streams, so a test can read its words."""
    from scheduler import letters as module

    init = module._Pdf.__init__

    def plain(self: module._Pdf) -> None:
        init(self)
        self.set_compression(False)

    monkeypatch.setattr(module._Pdf, "__init__", plain)


def test_a_letter_for_a_school_and_one_for_a_kelurahan(monkeypatch):
    uncompressed(monkeypatch)
    p = problem((site("A", 30, name="SMAN 1 Weru"), site("B", 10, type="kelurahan",
                                                          name="Karanganyar")), kits=2)  # fmt: skip
    rows = [ProgressRow(MON, "K1", "A", 25), ProgressRow(TUE, "K1", "A", 5),
            ProgressRow(MON, "K2", "B", 10)]  # fmt: skip
    pdf = letters_pdf(p, letters(p, rows), "id", date(2024, 1, 2), "Bp. Joko")
    assert pdf.count(b"/Type /Page\n") == 2  # one page each
    for text in (b"Kepada Yth.", b"Kepala SMAN 1 Weru", b"Lurah Karanganyar", b"Nomor",
                 b"Lampiran", b"Perihal", b"2 Januari 2024", b"Senin 08/01/2024", b"08.00-11.30",
                 b"1-13", b"14-25", b"26-30", b"Kartu Keluarga \\(KK\\)", b"Bp. Joko", b"NIP.",
                 b"per RT", b"per kelas"):  # fmt: skip
        assert text in pdf, text


def test_letters_writes_a_letter_and_the_lists_of_every_site(tmp_path):
    plan = plan_v1(tmp_path)
    result = run("letters", str(plan), "--lang", "en", "--dated", "2024-01-02")
    assert result.exit_code == 0, result.output
    assert "8 letter(s) written to" in result.output
    assert (tmp_path / "campaign-plan-letters.pdf").read_bytes().startswith(b"%PDF")
    book = openpyxl.load_workbook(tmp_path / "campaign-plan-attendance.xlsx")
    assert len(book.sheetnames) == 8
    ws = book.worksheets[0]
    head = [c.value for c in ws[8]]
    assert head[:9] == ["No", "Block", "Class", "Name", "NIK", "Came", "Absent",
                        "Already recorded", "Refused"]  # fmt: skip
    lines = [r for r in ws.iter_rows(min_row=9, values_only=True) if isinstance(r[0], int)]
    assert [r[0] for r in lines] == list(range(1, 51))
    assert sum(1 for r in lines if r[1].startswith("morning")) == 25  # two kits at 25: half
    again = run("letters", str(plan), "--lang", "en")
    assert again.exit_code == 2 and "--force" in again.output  # kept unless --force


# -- back from the field -------------------------------------------------------------------------


def fill_lists(path: Path, before: date, absent: int = 7) -> dict[tuple[str, date], int]:
    """The office types the ticks in: every list dated before `before`, the last `absent`
    lines absent and the rest came, with the leader's totals. Returns came by site-day."""
    book = openpyxl.load_workbook(path)
    came: dict[tuple[str, date], int] = {}
    for ws in book.worksheets:
        day = ws["C5"].value.date()
        if day >= before:
            continue
        rows = [r for r in range(9, ws.max_row + 1) if isinstance(ws.cell(r, 1).value, int)]
        for r in rows:
            ws.cell(r, 6 if r <= rows[-1] - absent else 7).value = "v"
        total = rows[-1] + 1
        ws.cell(total, 6).value, ws.cell(total, 7).value = len(rows) - absent, absent
        came[(ws["C2"].value, day)] = len(rows) - absent
    book.save(path)
    return came


def sheet_values(path: Path, title: str) -> list[tuple]:
    return list(openpyxl.load_workbook(path)[title].iter_rows(values_only=True))


def test_a_filled_list_replans_as_the_same_counts_typed_into_progress(tmp_path):
    plan = plan_v1(tmp_path)
    assert run("letters", str(plan), "--lang", "en").exit_code == 0
    lists = tmp_path / "campaign-plan-attendance.xlsx"
    came = fill_lists(lists, WED)
    assert len(came) == 2  # Monday's and Tuesday's schools

    typed = tmp_path / "typed.xlsx"
    shutil.copy(plan, typed)
    given: dict[tuple[str, date], int] = {}

    def fill(day, kit, site_id, planned):  # the same counts, split over the kits as the list is
        if day >= WED:
            return None
        n = came[(site_id, day)]
        first = (site_id, day) not in given
        given[(site_id, day)] = 1
        return (n - n // 2, "done") if first else (n // 2, "done")

    report(typed, fill)
    out_a, out_b = tmp_path / "a.xlsx", tmp_path / "b.xlsx"
    a = run("replan", str(plan), "--today", "2024-01-10", "--attendance", str(lists), "-o",
            str(out_a), "--lang", "en", "--time-limit", "3")  # fmt: skip
    b = run("replan", str(typed), "--today", "2024-01-10", "-o", str(out_b), "--lang", "en",
            "--time-limit", "3")  # fmt: skip
    assert a.exit_code == b.exit_code == 0, a.output + b.output
    for title in ("Progress", "Schedule", "Changes", "Sites"):
        assert sheet_values(out_a, title) == sheet_values(out_b, title), title
    # Who did not come, by list number (no names), for the next visit or a home visit.
    assert "Not come, for the next visit, Car Free Day or a home visit:" in a.output
    assert "7 (no. 44, 45, 46, 47, 48, 49, 50)" in a.output
    # The turnout the lists measured is the new plan's, and it says where it came from.
    assert read_problem(out_a).settings.turnout == pytest.approx(86 / 100)
    assert read_problem(out_b).settings.turnout == 0.95
    assert ("turnout measured 86.0% on 2 attendance list(s) (100 people expected): used as "
            "this plan's turnout (was 95.0%)") in a.output  # fmt: skip


def test_a_list_that_cannot_be_true_is_refused_with_its_place(tmp_path):
    plan = plan_v1(tmp_path)
    assert run("letters", str(plan), "--lang", "en").exit_code == 0
    lists = tmp_path / "campaign-plan-attendance.xlsx"
    fill_lists(lists, THU)  # Monday to Wednesday
    book = openpyxl.load_workbook(lists)
    mon, tue, wed = book.worksheets[:3]
    mon.cell(11, 7).value = "v"  # line 3: came and absent
    tue.cell(59, 6).value = 40  # the leader wrote 40 came; 43 are ticked
    wed["C5"].value = date(2024, 1, 12)  # a list from another day
    copy = book.copy_worksheet(tue)  # the same list typed twice
    book.save(lists)
    out = tmp_path / "v2.xlsx"
    result = run("replan", str(plan), "--today", "2024-01-12", "--attendance", str(lists),
                 "-o", str(out), "--lang", "en", "--time-limit", "3")  # fmt: skip
    assert result.exit_code == 1, result.output
    text = result.output
    assert f"{mon.title} row 11: 2 ticks on one line" in text
    assert (f"{tue.title} row 59, column Came: the total written (40) does not match the "
            "ticks on the list (43)") in text  # fmt: skip
    assert f"{wed.title} row 5: this plan does not visit" in text and "Fri 12/01/2024" in text
    assert f"{copy.title} row 5: the list of" in text and f"is already on sheet {tue.title}" in text
    assert not out.exists()


def test_walk_ins_over_a_sites_people_are_refused_and_progress_cannot_count_a_day_twice(tmp_path):
    plan = plan_v1(tmp_path)
    assert run("letters", str(plan), "--lang", "en").exit_code == 0
    lists = tmp_path / "campaign-plan-attendance.xlsx"
    fill_lists(lists, TUE, absent=0)  # Monday's school: all 50 came
    book = openpyxl.load_workbook(lists)
    mon = book.worksheets[0]
    mon.insert_rows(59, 3)  # three walk-ins below the list
    for r in (59, 60, 61):
        mon.cell(r, 6).value = "v"
    mon.cell(62, 6).value = 53
    book.save(lists)
    result = run("replan", str(plan), "--today", "2024-01-09", "--attendance", str(lists),
                 "--lang", "en", "-o", str(tmp_path / "v2.xlsx"), "--time-limit", "3")  # fmt: skip
    assert result.exit_code == 1
    assert f"{mon.title}: 3 ticked line(s) below the list (not on it); counted" in result.output
    assert f"{mon.title} row 5: " in result.output and "has 53 recorded in all, but only 50" in (
        result.output
    )
    # The same day typed into Progress with another number: one of them, not both.
    fill_lists(lists, TUE, absent=0)
    book = openpyxl.load_workbook(lists)
    book.worksheets[0].delete_rows(59, 3)
    book.worksheets[0].cell(59, 6).value = 50
    book.save(lists)
    report(plan, lambda day, kit, s, planned: (20, "partial") if day == MON else None)
    result = run("replan", str(plan), "--today", "2024-01-09", "--attendance", str(lists),
                 "--lang", "en", "-o", str(tmp_path / "v2.xlsx"), "--time-limit", "3")  # fmt: skip
    assert result.exit_code == 1
    assert "Progress row 2, column Recorded: the attendance list" in result.output
    assert "counts 25, this row 20" in result.output


def test_turnout_is_measured_only_on_enough_people():
    few = Tally("s", "A", MON, came=20, absent=5, already=3, refused=0, unmarked=0)
    assert turnout_of([few]) is None
    enough = Tally("s", "A", MON, came=40, absent=6, already=9, refused=2, unmarked=2)
    assert turnout_of([few, enough]) == (60 / 75, 75)  # those already recorded need not come


def test_report_on_a_half_reported_plan_gives_the_three_forms(tmp_path):
    plan = plan_v1(tmp_path)
    days = {}

    def fill(day, kit, site_id, planned):  # Monday as planned, Tuesday K1 5 short
        if day > TUE:
            return None
        days[site_id] = day
        return (planned - 5 if day == TUE and kit == "K1" else planned, "done")

    report(plan, fill)
    result = run("report", str(plan), "--date", "2024-01-09", "--lang", "en")
    assert result.exit_code == 0, result.output
    out = result.output
    tuesday = next(s for s, d in days.items() if d == TUE)
    for line in ("Today: 45 recorded (plan 50)", "To date: 95 of the 100 due (95.0%)",
                 "Whole campaign: 400 people, 305 to go", "Behind plan: 1 site(s)",
                 f"- {tuesday} School {tuesday[1:]}: 5 short (1 day(s))",
                 "A re-plan is advised: 1 site(s) behind plan (5 people)"):  # fmt: skip
        assert line in out, line
    # Per site visited so far: Tuesday's school 45 of its 50.
    assert f"  {tuesday} School {tuesday[1:]}" in out
    assert " 50            50         45         45" in out  # plan, due, recorded, today
    pdf = tmp_path / "campaign-plan-report-2024-01-09.pdf"
    assert pdf.read_bytes().startswith(b"%PDF")
    text = (tmp_path / "campaign-plan-report-2024-01-09.txt").read_text(encoding="utf-8")
    assert len(text) < 1000 and "To date: 95 of the 100 due (95.0%)" in text
    plan_file = read_plan(plan, date.max)
    assert sum(r.counted for r in plan_file.progress if r.day <= TUE) == 95  # by hand: 100 - 5


def test_the_network_is_measured_on_the_days_reported():
    from scheduler.fieldwork import network_of

    sites = (*(site(f"S{i}", 50) for i in range(20)), site("P", 20, network="poor"))
    p = problem(sites, kits=2)
    rows = []
    for i in range(20):  # 20 good-network visit days, 5 of them cut short at 40% and 0%
        status, n = ("partial", 20) if i < 4 else ("lost", None) if i == 4 else ("done", 50)
        rows += [ProgressRow(MON, "K1", f"S{i}", 25, None if n is None else n - n // 2, status),
                 ProgressRow(MON, "K2", f"S{i}", 25, None if n is None else n // 2, status)]  # fmt: skip
    rows.append(ProgressRow(MON, "K1", "P", 10, 10, "done"))  # too few poor days to say
    found = {m.key: (m.value, m.basis) for m in network_of(p, rows)}
    # 5 of 20 cut short, with one stalled and one smooth day added: 6 of 22.
    assert found == {"stall_good": (6 / 22, 20), "stalled_share": ((0.4 * 4 + 0) / 5, 5)}


def test_replan_and_risk_use_what_came_back_and_say_so(tmp_path, monkeypatch):
    import scheduler.fieldwork

    monkeypatch.setattr(scheduler.fieldwork, "MEASURED_DAYS", 2)  # the small campaign's two days
    # Monday done, Tuesday partial: (1 + 1) / (2 + 2) = 50%.
    plan = plan_v1(tmp_path)
    report(plan, lambda day, kit, s, planned: (10, "partial") if day == TUE else
           (planned, "done") if day == MON else None)  # fmt: skip
    result = run("risk", str(plan), "--runs", "50", "--lang", "en", "-o", str(tmp_path / "r.xlsx"))
    assert result.exit_code == 0, result.output
    assert ("chance a good-network visit day stalls measured 50.0% on 2 reported visit day(s), "
            "1 partial or lost: used as stall_good (was 20.0%)") in result.output  # fmt: skip
    assert "assumed: a good-network day stalls with chance 50%" in result.output
    out = tmp_path / "v2.xlsx"
    result = run("replan", str(plan), "--today", "2024-01-10", "-o", str(out), "--lang", "en",
                 "--time-limit", "3")  # fmt: skip
    assert result.exit_code == 0, result.output
    settings = read_problem(out).settings
    assert settings.stall_good == 0.5
    assert settings.stalled_share == 0.4  # one stalled day is too few to say: as it was


def test_name_lists_fill_the_lines_with_names_masked_niks_and_classes(monkeypatch):
    from scheduler.attendance import build_attendance

    uncompressed(monkeypatch)
    p = problem((site("A", 3, name="SMAN 1 Weru"),), kits=1)
    rows = [ProgressRow(MON, "K1", "A", 3)]
    people = {"A": [Person("Ani", "3311010101010001", "XII IPA 1"),
                    Person("Budi", "3311010101010002", "XII IPA 1"),
                    Person("Citra Kusumawardhani Puspitasari", "3311010101010003",
                           "XII IPS 2")]}  # fmt: skip
    ws = build_attendance(p, site_days(p, rows, people=people), "id").worksheets[0]
    lines = [r[:5] for r in ws.iter_rows(min_row=9, max_row=11, values_only=True)]
    assert lines == [
        (1, "pagi 08.00-11.30", "XII IPA 1", "Ani", "3311**********01"),
        (2, "pagi 08.00-11.30", "XII IPA 1", "Budi", "3311**********02"),
        (
            3,
            "pagi 08.00-11.30",
            "XII IPS 2",
            "Citra Kusumawardhani Puspitasari",
            "3311**********03",
        ),
    ]
    # A name longer than its column prints whole, on two lines; a short one on one.
    assert ws.cell(11, 4).alignment.wrap_text and ws.row_dimensions[11].height == 30
    assert not ws.cell(10, 4).alignment.wrap_text and ws.row_dimensions[10].height == 18
    assert ws.cell(8, 3).value == "Kelas"
    pdf = letters_pdf(p, letters(p, rows, people=people), "id", MON)
    # The letter names the classes of each block, never a person.
    assert b"Kelas / RT" in pdf and b"XII IPA 1, XII IPS 2" in pdf
    assert b"Ani" not in pdf and b"3311" not in pdf and b"Citra" not in pdf


def test_letters_leave_out_the_days_already_reported():
    p = problem((site("A", 50), site("B", 50)), kits=1)
    rows = [ProgressRow(MON, "K1", "A", 25, 25, "done"), ProgressRow(TUE, "K1", "A", 25),
            ProgressRow(WED, "K1", "B", 50)]  # fmt: skip
    assert [(d.site_id, d.day) for d in site_days(p, rows)] == [("A", TUE), ("B", WED)]


def test_by_name_invitations_three_to_a_page(monkeypatch):
    from scheduler.letters import invitations_pdf

    uncompressed(monkeypatch)
    p = problem((site("B", 4, type="kelurahan", name="Kelurahan Pajang"),), kits=1)
    rows = [ProgressRow(MON, "K1", "B", 4)]
    names = {"B": [Person(f"Warga {i}", "", f"RT 0{i}") for i in range(1, 4)]}  # one unnamed
    pdf = invitations_pdf(p, site_days(p, rows, people=names), "id", MON)
    assert pdf.count(b"/Type /Page\n") == 1  # three invitations, one page
    for text in (b"Kepada Yth. Sdr/Sdri Warga 1 \\(RT 01\\)", b"Warga 3", b"nomor antrean 3",
                 b"Senin 08/01/2024", b"Lurah Pajang", b"Kartu Keluarga \\(KK\\)"):  # fmt: skip
        assert text in pdf, text
    assert b"nomor antrean 4" not in pdf  # no name, no invitation


def test_a_list_and_progress_that_agree_count_once():
    from scheduler.fieldwork import with_tallies

    p = problem((site("A", 50),), kits=2)
    rows = (
        ProgressRow(MON, "K1", "A", 25, 23, "done", row=2),
        ProgressRow(MON, "K2", "A", 25, row=3),
    )
    tally = Tally("A 08-01", "A", MON, came=45, absent=5, already=0, refused=0, unmarked=0)
    out, errors = with_tallies(p, rows, [tally], TUE)
    assert errors == []  # K1's 23 is the list's share (45 = 23 + 22)
    assert [(r.recorded, r.status, r.row) for r in out] == [(23, "done", 2), (22, "done", 3)]
    assert sum(r.counted for r in out) == 45


def test_report_counts_the_filled_lists(tmp_path):
    plan = plan_v1(tmp_path)
    assert run("letters", str(plan), "--lang", "en").exit_code == 0
    lists = tmp_path / "campaign-plan-attendance.xlsx"
    fill_lists(lists, WED)  # Monday and Tuesday: 43 of 50 each
    result = run("report", str(plan), "--date", "2024-01-09", "--attendance", str(lists),
                 "--lang", "en")  # fmt: skip
    assert result.exit_code == 0, result.output
    assert "Today: 43 recorded (plan 50)" in result.output
    assert "To date: 86 of the 100 due (86.0%)" in result.output
    assert "Behind plan: 2 site(s)" in result.output and "7 short (1 day(s))" in result.output
    assert "Not come, for the next visit, Car Free Day or a home visit:" in result.output


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    marks=st.lists(st.sampled_from([(), (0,), (1,), (2,), (3,), (0, 1), (2, 3)]), min_size=1,
                   max_size=30),
    junk=st.sampled_from(["v", "x", "1", "✓", " V "]),
    total_off=st.integers(-2, 2),
)  # fmt: skip
def test_the_lists_read_back_what_was_ticked(tmp_path_factory, marks, junk, total_off):
    from scheduler.attendance import read_attendance, write_attendance

    tmp = tmp_path_factory.mktemp("lists")
    p = problem((site("A", len(marks)),), kits=1, rate_good=40)
    path = write_attendance(p, site_days(p, [ProgressRow(MON, "K1", "A", len(marks))]),
                            tmp / "lists.xlsx", "en")  # fmt: skip
    book = openpyxl.load_workbook(path)
    ws = book.worksheets[0]
    for i, ticks in enumerate(marks):
        for t in ticks:
            ws.cell(9 + i, 6 + t).value = junk
    single = [t[0] for t in marks if len(t) == 1]
    came = single.count(0)
    total = 9 + len(marks)
    ws.cell(total, 6).value = came + total_off
    book.save(path)
    tallies, errors, _ = read_attendance(path)
    doubles = sum(1 for t in marks if len(t) > 1)
    expected_errors = doubles + (total_off != 0)
    if not single and not doubles:
        assert tallies == () and errors == []  # nothing ticked: not yet reported
        return
    assert len(errors) == expected_errors
    (tally,) = tallies
    assert (tally.came, tally.absent, tally.already, tally.refused) == tuple(
        single.count(k) for k in range(4)
    )
    assert tally.unmarked == sum(1 for t in marks if not t)


def test_an_attendance_file_that_is_no_workbook_is_said_so(tmp_path):
    plan = plan_v1(tmp_path)
    bad = tmp_path / "lists.xlsx"
    bad.write_bytes(b"PK\x03\x04 not really a zip")
    # replan's -o is a workbook (.xlsx, issue 21), report's a folder.
    for args in (["replan", str(plan), "--today", "2024-01-10", "-o", str(tmp_path / "o.xlsx")],
                 ["report", str(plan), "--date", "2024-01-10", "-o", str(tmp_path / "o")]):  # fmt: skip
        result = run(*args, "--attendance", str(bad), "--lang", "en")
        assert result.exit_code == 1, result.output
        assert f"{bad}: 1 problem(s) to fix" in result.output and "Traceback" not in result.output
    missing = run("report", str(plan), "--attendance", str(tmp_path / "none.xlsx"), "--lang", "en")
    assert missing.exit_code == 1 and "Traceback" not in missing.output
