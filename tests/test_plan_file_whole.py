"""A plan file cannot lie (issue 27): an input the plan was made with is never read back as a
default; its hidden input sheets are all there and whole, or re-planning is refused with what is
missing. And a Settings key given twice is an error, in an input workbook and in a plan."""

from __future__ import annotations

import openpyxl
import pytest

from tests.conftest import valid_sheets, write_workbook
from tests.test_cli import run


@pytest.fixture(scope="module")
def plan_file(tmp_path_factory):
    folder = tmp_path_factory.mktemp("plan")
    sheets = valid_sheets()
    sheets["Rules"] = [["type", "weekdays", "min_kits", "max_kits"], ["school", "Mon-Fri", 2, 2]]
    sheets["Closures"] = [["date", "reason"], ["2024-01-10", "Rapat"]]
    sheets["Reserved"] = [["date", "kits", "label"], ["2024-01-12", 1, "Kantor"]]
    sheets["Printing"] = [["item", "count"], ["rate", 300]]
    source = write_workbook(folder / "in.xlsx", sheets)
    out = folder / "plan.xlsx"
    result = run("plan", str(source), "-o", str(out), "--time-limit", "2", "-q", "--lang", "en")
    assert result.exit_code == 0, result.output
    return out


def edited(plan_file, tmp_path, edit):
    book = openpyxl.load_workbook(plan_file)
    edit(book)
    path = tmp_path / "edited.xlsx"
    book.save(path)
    return path


def replan(path, tmp_path):
    return run("replan", str(path), "--today", "2024-01-09", "-o", str(tmp_path / "v2.xlsx"),
               "--time-limit", "2", "-q", "--lang", "en")  # fmt: skip


def test_the_plan_as_written_replans(plan_file, tmp_path):
    assert replan(plan_file, tmp_path).exit_code == 0


@pytest.mark.parametrize("sheet", ["Rules", "Closures", "Reserved", "Printing", "Kits"])
def test_a_deleted_input_sheet_is_refused_naming_it(plan_file, tmp_path, sheet):
    path = edited(plan_file, tmp_path, lambda book: book.remove(book[f"Input {sheet}"]))
    result = replan(path, tmp_path)
    assert result.exit_code == 1, result.output
    assert f"the hidden sheet Input {sheet} is missing, though the plan was made with it" in (
        result.output
    )
    assert not (tmp_path / "v2.xlsx").exists()


def test_a_deleted_row_or_column_is_refused(plan_file, tmp_path):
    def edit(book):
        book["Input Rules"].delete_rows(2)  # the school rule: 2 kits would become 1
        book["Input Sites"].delete_cols(7)  # rate

    result = replan(edited(plan_file, tmp_path, edit), tmp_path)
    assert result.exit_code == 1, result.output
    assert "Input Rules has" in result.output and "rows, though the plan was made with" in (
        result.output
    )
    assert "column rate is missing from the hidden sheet Input Sites" in result.output


def test_an_emptied_setting_is_not_read_as_its_default(plan_file, tmp_path):
    def edit(book):
        ws = book["Input Settings"]
        for row in ws.iter_rows(min_row=2):
            if row[0].value == "rate_good":
                row[1].value = None

    result = replan(edited(plan_file, tmp_path, edit), tmp_path)
    assert result.exit_code == 1, result.output
    assert "key rate_good is empty in the hidden sheet" in result.output


def test_a_plan_from_before_the_manifest_still_replans(plan_file, tmp_path):
    def edit(book):
        ws = book["Input Plan"]
        for row in range(ws.max_row, 2, -1):  # keep the header and the version
            ws.delete_rows(row)

    assert replan(edited(plan_file, tmp_path, edit), tmp_path).exit_code == 0


def test_a_settings_key_twice_is_an_error(tmp_path):
    sheets = valid_sheets()
    sheets["Settings"].append(["deadline", "2024-01-12"])  # silently last-wins before
    path = write_workbook(tmp_path / "in.xlsx", sheets)
    result = run("check", str(path), "--lang", "en")
    assert result.exit_code == 1, result.output
    assert "Settings row 5" in result.output and "key deadline is given already in row 3" in (
        result.output
    )


def test_a_settings_key_twice_in_a_plan_is_an_error(plan_file, tmp_path):
    path = edited(plan_file, tmp_path, lambda book: book["Input Settings"].append(["turnout", 0.5]))
    result = replan(path, tmp_path)
    assert result.exit_code == 1 and "key turnout is given already" in result.output


def test_a_long_error_list_is_its_first_lines_and_a_count(plan_file, tmp_path):
    def edit(book):
        ws = book["Progress"]
        for n in range(2000):
            ws.append(["2024-01-08", "K1", f"NOPE-{n}", 1, None, None])

    result = replan(edited(plan_file, tmp_path, edit), tmp_path)
    assert result.exit_code == 1
    lines = result.output.splitlines()
    assert "2,000 problem(s) to fix" in lines[0]
    assert sum("unknown site" in line or "NOPE-" in line for line in lines) == 50
    assert "  ... and 1,950 more" in lines and len(lines) == 53, lines[-3:]
