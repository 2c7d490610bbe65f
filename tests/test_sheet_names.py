"""Every sheet name a workbook gets is one Excel accepts (issue 27): none of []:*?/\\, no
apostrophe first or last, 31 characters at most, unique ignoring case."""

from __future__ import annotations

import openpyxl
from hypothesis import given
from hypothesis import strategies as st

from scheduler.xlsx import sheet_title
from tests.conftest import valid_sheets, write_workbook
from tests.test_cli import run


def excel_accepts(names: list[str]) -> None:
    for name in names:
        assert 1 <= len(name) <= 31, name
        assert not set(name) & set("[]:*?/\\"), name
        assert not name.startswith("'") and not name.endswith("'"), name
        assert name.casefold() != "history"
    assert len({n.casefold() for n in names}) == len(names), names


@given(st.lists(st.text(min_size=0, max_size=40), max_size=30))
def test_any_texts_give_titles_excel_accepts(texts):
    used: set[str] = set()
    excel_accepts([sheet_title(t, used) for t in texts])


def test_kits_whose_ids_differ_past_31_characters_or_by_case_or_end_in_apostrophes(tmp_path):
    sheets = valid_sheets()
    long = "Tim-Perekaman-Kecamatan-Sukoharjo-"
    sheets["Kits"] = [["kit_id", "name"], [long + "A1", ""], [long.upper() + "A2", ""],
                      ["K1'", ""], ["'K2'", ""], ["K3[/]", ""]]  # fmt: skip
    source = write_workbook(tmp_path / "in.xlsx", sheets)
    out = tmp_path / "plan.xlsx"
    result = run("plan", str(source), "-o", str(out), "--time-limit", "2", "-q")
    assert result.exit_code == 0, result.output
    names = openpyxl.load_workbook(out).sheetnames
    excel_accepts(names)
    assert "Kit K1" in names and "Kit 'K2" in names and "Kit K3___" in names
    assert len([n for n in names if n.startswith("Kit ")]) == 5


def test_attendance_lists_of_sites_whose_ids_differ_past_31_characters(tmp_path):
    from datetime import date

    from scheduler.attendance import build_attendance
    from scheduler.fieldwork import SiteDay
    from tests.conftest import problem, site

    long = "SMA-Negeri-Satu-Kecamatan-Sukoharjo-"
    ids = [f"{long}{n}" for n in range(120)] + ["'S1'"]
    p = problem(sites=[site(i, 10) for i in ids])
    days = [SiteDay(i, date(2024, 1, 8), ("K1",), 10, 25, ()) for i in ids]
    excel_accepts(build_attendance(p, days, "en").sheetnames)
