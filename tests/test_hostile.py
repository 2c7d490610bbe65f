"""Untrusted workbooks (issue 14): what reading one costs is bounded by what it really holds,
and everything odd gives a Problem or a located error, never a traceback. Every case is built
here, in the test: no binary fixtures."""

from __future__ import annotations

import zipfile
from pathlib import Path

import openpyxl
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl.utils.exceptions import IllegalCharacterError

from scheduler.errors import WorkbookError
from scheduler.printing import Arrival, project
from scheduler.reader import PART_LIMIT, read_problem
from tests.conftest import valid_sheets, write_workbook


def errors(path: Path) -> list[str]:
    with pytest.raises(WorkbookError) as info:
        read_problem(path)
    return [str(e) for e in info.value.errors]


def rezip(source: Path, target: Path, change) -> Path:
    """Copy a workbook part by part; `change(name, data)` returns a part's new bytes, or a
    callable that writes them in chunks to the open part (for parts too big to hold)."""
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as new:
        for info in old.infolist():
            data = change(info.filename, old.read(info.filename))
            if callable(data):
                with new.open(info.filename, "w", force_zip64=True) as part:
                    data(part)
            else:
                new.writestr(info.filename, data)
    return target


def sites_part(path: Path) -> str:
    return "xl/worksheets/sheet1.xml"  # write_workbook puts Sites first


def test_a_sheet_that_inflates_past_the_limit_is_refused_before_parsing(tmp_path):
    # A comment of PART_LIMIT + 1 MB of spaces: a few hundred KB zipped. (300 MB is refused
    # the same way; this keeps the test fast.)
    source = write_workbook(tmp_path / "ok.xlsx", valid_sheets())
    size = PART_LIMIT + 2**20

    def bomb(name: str, data: bytes):
        if name != sites_part(source):
            return data

        def write(part) -> None:
            head, _, tail = data.partition(b"<sheetData>")
            part.write(head + b"<!--")
            chunk = b" " * 2**20
            for _ in range(size // 2**20):
                part.write(chunk)
            part.write(b"--><sheetData>" + tail)

        return write

    path = rezip(source, tmp_path / "bomb.xlsx", bomb)
    assert path.stat().st_size < 2 * 2**20
    assert errors(path) == [
        "file: sheet Sites is 65 MB unpacked; a campaign workbook's parts are under 64 MB: "
        "remove what does not belong (a huge comment or picture?) or rebuild it from "
        "`outreach template`"
    ]


def test_a_stray_value_at_the_last_row_is_reported_with_its_row(tmp_path):
    path = write_workbook(tmp_path / "stray.xlsx", valid_sheets())
    book = openpyxl.load_workbook(path)
    book["Sites"].cell(row=1_048_576, column=2).value = "oops"
    book.save(path)
    assert "Sites row 1048576, column site_id: is empty; this column is required" in errors(path)


def test_a_formula_with_no_saved_value_says_so(tmp_path):
    sheets = valid_sheets()
    sheets["Sites"][1][4] = "=20*2"  # openpyxl saves formulas without a value
    path = write_workbook(tmp_path / "formula.xlsx", sheets)
    assert errors(path) == [
        "Sites row 2, column people: is a formula with no saved value (the workbook was "
        "written by a program that does not calculate): open it in Excel or LibreOffice and "
        "save it, or type the value"
    ]


def test_a_formula_with_a_saved_value_is_read_as_its_value(tmp_path):
    sheets = valid_sheets()
    sheets["Sites"][1][4] = "=20*2"
    source = write_workbook(tmp_path / "formula.xlsx", sheets)
    # What Excel saves: the formula and, beside it, its value.
    path = rezip(source, tmp_path / "saved.xlsx", lambda name, data: data.replace(
        b"<f>20*2</f><v />", b"<f>20*2</f><v>40</v>") if name == sites_part(source) else data)  # fmt: skip
    assert read_problem(path).sites[0].people == 40


def test_an_encrypted_workbook_is_called_encrypted(tmp_path):
    # An encrypted .xlsx is an OLE container holding an EncryptionInfo stream.
    path = tmp_path / "locked.xlsx"
    ole = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 504
    path.write_bytes(ole + "EncryptionInfo".encode("utf-16-le") + b"\0" * 512)
    assert errors(path) == [
        "file: the workbook is password-protected (encrypted): open it in Excel or "
        "LibreOffice, remove the password, save it, and run again"
    ]
    old = tmp_path / "old.xlsx"
    old.write_bytes(ole + b"Workbook".ljust(512, b"\0"))
    assert errors(old) == ["file: an old Excel .xls workbook: open it and save it as .xlsx"]


def test_ids_differing_only_in_case_or_spacing_are_the_same_id(tmp_path):
    sheets = valid_sheets()
    sheets["Sites"].append(["s1 ", "Again", "school", "Weru", 10, "good", 3])
    sheets["Kits"].append(["k 2", "Kit 2 again"])
    assert errors(write_workbook(tmp_path / "ids.xlsx", sheets)) == [
        'Sites row 4, column site_id: "s1" is the same id as "S1" in row 2, written '
        "differently (ids are told apart ignoring case and spaces); give each site its own id",
        'Kits row 4, column kit_id: "k 2" is the same id as "K2" in row 3, written '
        "differently (ids are told apart ignoring case and spaces); give each kit its own id",
    ]


# -- the fuzz harness ----------------------------------------------------------------------------

ODD = st.one_of(
    st.none(),
    st.integers(-(10**12), 10**12),
    st.floats(allow_nan=True, allow_infinity=True),
    st.booleans(),
    st.dates(),
    st.datetimes(),
    st.text(max_size=40),
    st.sampled_from(["=1/0", "=A1", "=SUM(A:A)", "#N/A", "2024-02-30", "Sen-Rab", "∞", "🙂",
                     "\u202e", "0x10", "1e309", " ", "..", "2024-01-08..", "NaN"]),
)  # fmt: skip


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    data=st.data(),
    sheet=st.sampled_from(["Sites", "Kits", "Settings", "Printing"]),
    extra_rows=st.integers(0, 3),
    merge=st.booleans(),
)
def test_any_odd_workbook_gives_a_problem_or_located_errors(tmp_path_factory, data, sheet,
                                                            extra_rows, merge):  # fmt: skip
    """Wrong types in any column, odd Unicode, formulas, merged cells, empty sheets: never a
    traceback, always a Problem or errors that name where."""
    sheets = valid_sheets()
    sheets["Printing"] = [["item", "count", "date", "class", "note"], ["rate", 300, None, None, ""],
                          ["stock", 50, None, None, ""], ["delivery", 100, "2024-01-15", None, ""],
                          ["backlog", 20, None, "rusak", ""]]  # fmt: skip
    rows = sheets[sheet]
    for _ in range(extra_rows):
        rows.append([data.draw(ODD) for _ in rows[0]])
    r = data.draw(st.integers(1, len(rows) - 1))
    c = data.draw(st.integers(0, len(rows[0]) - 1))
    rows[r][c] = data.draw(ODD)
    if data.draw(st.booleans()):
        sheets[data.draw(st.sampled_from(["Sites", "Kits"]))] = [rows[0]]  # header only
    path = tmp_path_factory.mktemp("fuzz") / "odd.xlsx"
    try:
        write_workbook(path, sheets)
    except (ValueError, TypeError, IllegalCharacterError):
        return  # openpyxl itself refuses to write that value: not a workbook anyone has
    if merge:
        book = openpyxl.load_workbook(path)
        book[sheet].merge_cells("A2:B2")
        book.save(path)
    try:
        problem = read_problem(path)
    except WorkbookError as e:
        assert e.errors and all(err.sheet for err in e.errors), e.errors
        return
    if problem.printing is not None:  # whatever was read, the print queue projects
        project(problem, (Arrival(problem.settings.start, problem.sites[0].site_id, 40),),
                problem.settings.start)  # fmt: skip


@settings(max_examples=30, deadline=None)
@given(garbage=st.binary(max_size=2000), keep=st.integers(0, 4000))
def test_broken_files_give_a_located_error(tmp_path_factory, garbage, keep):
    """Truncated zips and random bytes: a message about the file, never a traceback."""
    good = write_workbook(tmp_path_factory.mktemp("src") / "ok.xlsx", valid_sheets())
    path = tmp_path_factory.mktemp("broken") / "broken.xlsx"
    path.write_bytes(good.read_bytes()[:keep] + garbage)
    try:
        read_problem(path)
    except WorkbookError as e:
        assert e.errors[0].sheet in ("file", "Sites", "Kits", "Settings"), e.errors
