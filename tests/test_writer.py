"""What staff see: text never becomes a formula; the Progress sheet validates its inputs."""

import openpyxl

from scheduler.solver import SolverOptions, solve
from scheduler.writer import write_plan
from tests.conftest import problem, site


def test_input_text_is_never_a_formula(tmp_path):
    evil = site("=HYPERLINK(\"http://x\")", 10, name="=1+1", kecamatan="+Weru",
                contact="@admin", notes="-2+3")  # fmt: skip
    p = problem((evil,), kits=1)
    out = tmp_path / "plan.xlsx"
    write_plan(p, solve(p, SolverOptions(time_limit=1)), out)
    book = openpyxl.load_workbook(out)
    texts = {'=HYPERLINK("http://x")', "=1+1", "+Weru", "@admin", "-2+3"}
    seen = set()
    for ws in book.worksheets:
        for row in ws.iter_rows():
            for cell in row:
                assert cell.data_type != "f", f"{ws.title}!{cell.coordinate} is a formula"
                if cell.value in texts:
                    seen.add(cell.value)
    assert seen == texts


def test_progress_sheet_has_status_dropdown_and_whole_number_check(tmp_path):
    p = problem((site("S1", 40),), kits=2)
    out = tmp_path / "plan.xlsx"
    write_plan(p, solve(p, SolverOptions(time_limit=1)), out, lang="en")
    ws = openpyxl.load_workbook(out)["Progress"]
    rules = {dv.type: dv for dv in ws.data_validations.dataValidation}
    assert rules["list"].formula1 == '"done,partial,lost"'
    assert str(rules["list"].sqref) == "F2:F3"
    assert str(rules["custom"].sqref) == "E2:E3"  # whole from 0, none on a lost day
    assert rules["custom"].formula1.startswith("AND(ISNUMBER(E2),E2=INT(E2),E2>=0")


def _plan_file(tmp_path, lang="id"):
    """Two kits, a Friday duty, a holiday, one kit out a day, two kecamatan."""
    from datetime import date

    from scheduler.problem import Holiday, Kit, Reservation

    p = problem(
        (site("S1", 50, kecamatan="Weru", contact="Pak Budi"), site("S2", 25, kecamatan="Bulu")),
        kits=(Kit("K1"), Kit("K2", unavailable=frozenset({date(2024, 1, 10)}))),
        holidays=(Holiday(date(2024, 1, 11), "Hari Libur"),),
        reservations=(Reservation(1, "Kunjungan rumah", weekdays=frozenset({4})),),
    )
    out = tmp_path / f"plan-{lang}.xlsx"
    plan = solve(p, SolverOptions(time_limit=1))
    write_plan(p, plan, out, lang=lang)
    return p, plan, out


def test_calendar_grid(tmp_path):
    p, plan, out = _plan_file(tmp_path)
    ws = openpyxl.load_workbook(out)["Kalender"]
    assert [c.value for c in ws[1]][:6] == [
        "Tanggal", "Hari", "Prioritas", "K1", "K2", "Keterangan hari"
    ]  # fmt: skip
    rows = {r[0].date(): r for r in ws.iter_rows(min_row=2, max_col=6, values_only=True)}
    monday = rows[next(iter(rows))]
    assert monday[1] == "Senin"
    # Every kit-day of the plan is in the grid, named by its site, its priority beside the date.
    for kd in plan.kit_days:
        col = 3 if kd.kit_id == "K1" else 4
        assert rows[kd.day][col] == f"Site {kd.site_id}"
        assert str(p.site(kd.site_id).priority) in rows[kd.day][2].split(", ")
    thursday, friday = (
        rows[plan.kit_days[0].day.replace(day=11)],
        rows[plan.kit_days[0].day.replace(day=12)],
    )
    assert thursday[5] == "Libur / tutup: Hari Libur"
    assert "Kunjungan rumah" in (friday[3], friday[4])
    assert rows[plan.kit_days[0].day.replace(day=10)][4] in ("tidak tersedia",)
    # Each class's last day is said in the note, in bold.
    for level in {s.priority for s in p.sites}:
        day = max(v.days[-1][0] for v in plan.visits if p.site(v.site_id).priority == level)
        assert f"semua prioritas {level} selesai" in rows[day][5]
    # The legend names each kecamatan, filled with its colour.
    legend = {
        ws.cell(row=r, column=8).value: ws.cell(row=r, column=8).fill.fgColor.rgb for r in (2, 3)
    }
    assert set(legend) == {"Weru", "Bulu"} and len(set(legend.values())) == 2
    # Weeks apart: Mondays carry a top border.
    for row in ws.iter_rows(min_row=2, max_col=1):
        if row[0].value.weekday() == 0:
            assert row[0].border.top.style == "medium"


def test_kit_itinerary_prints_on_a4(tmp_path):
    _, plan, out = _plan_file(tmp_path, "en")
    ws = openpyxl.load_workbook(out)["Kit K1"]
    assert [c.value for c in ws[1]] == [
        "Date", "Day", "Site ID", "Site name", "Kecamatan", "People", "Contact", "Notes"
    ]  # fmt: skip
    assert int(ws.page_setup.paperSize) == 9  # A4
    assert ws.page_setup.fitToWidth == 1 and ws.sheet_properties.pageSetUpPr.fitToPage
    assert ws.print_title_rows == "$1:$1"
    assert "K1" in ws.oddHeader.right.text and ws.oddFooter.center.text == "Page &P of &N"
    assert ws.freeze_panes == "A2" and ws.auto_filter.ref.startswith("A1:H")
    people = [r[5] for r in ws.iter_rows(min_row=2, values_only=True) if r[2]]
    assert sum(people) == sum(kd.people for kd in plan.kit_days if kd.kit_id == "K1")
    assert ws.cell(row=2, column=1).number_format == "dd/mm/yyyy"


def test_chart_of_cumulative_people_with_the_deadline(tmp_path):
    import zipfile

    p, plan, out = _plan_file(tmp_path, "en")
    ws = openpyxl.load_workbook(out)["Chart"]
    values = [
        r[1] for r in ws.iter_rows(min_row=2, max_col=2, values_only=True) if r[1] is not None
    ]
    assert values == sorted(values) and values[-1] == plan.people_planned
    assert ws["E2"].value.date() == p.settings.deadline
    # openpyxl does not load charts back, so read the chart part itself.
    with zipfile.ZipFile(out) as z:
        charts = [n for n in z.namelist() if n.startswith("xl/charts/chart")]
        xml = z.read(charts[0]).decode()
    assert len(charts) == 1 and "scatterChart" in xml
    assert xml.count("<ser>") == 3 and "Deadline" in xml and "People planned towards" in xml


def test_pages_that_print(tmp_path):
    """Sites prints its essential columns at a readable scale; Progress prints as a form with
    a box for each number and status; long names wrap (never cut) on the Calendar; every
    table sheet keeps its header frozen on screen and repeated on paper."""
    long_name = "Madrasah Aliyah Al-Mukmin Ngruki (Pondok Pesantren)"
    p = problem((site("S1", 40, name=long_name), site("S2", 20)), kits=2)
    out = tmp_path / "plan.xlsx"
    write_plan(p, solve(p, SolverOptions(time_limit=1)), out, "en")
    book = openpyxl.load_workbook(out)
    sites = book["Sites"]
    # Up to the reason a site is short (issue 21: Reason never printed).
    assert sites.print_area == "'Sites'!$A$1:$N$3"
    assert sites["N1"].value == "Reason"
    assert sites.cell(row=2, column=2).alignment.wrap_text
    progress = book["Progress"]
    for column in ("E", "F"):  # Recorded, Status: boxes to write in
        border = progress[f"{column}2"].border
        assert border.left.style == border.right.style == border.top.style == "thin"
    assert progress.row_dimensions[2].height >= 20
    calendar = book["Calendar"]
    cells = [c for row in calendar.iter_rows() for c in row if c.value == long_name]
    assert cells and all(c.alignment.wrap_text for c in cells)
    for title in ("Schedule", "Sites", "Progress", "Calendar"):
        ws = book[title]
        assert ws.freeze_panes in ("A2", "C2", "D2"), title
        assert ws.print_title_rows == "$1:$1", title
