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
    assert rules["whole"].operator == "greaterThanOrEqual" and rules["whole"].formula1 == "0"
