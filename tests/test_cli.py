"""The `outreach` command end to end: exit codes, messages, files written and not written."""

from datetime import date
from pathlib import Path

import openpyxl
from click.testing import CliRunner

from scheduler.cli import main
from scheduler.reader import read_problem
from tests.conftest import valid_sheets, write_workbook

QUICK = ["--time-limit", "2", "--quiet"]


def run(*args: str):
    return CliRunner().invoke(main, list(args))


def test_plan_writes_an_indonesian_workbook(tmp_path, valid_input, monkeypatch):
    monkeypatch.delenv("OUTREACH_LANG")  # the default
    out = tmp_path / "plan.xlsx"
    result = run("plan", str(valid_input), "-o", str(out), *QUICK)
    assert result.exit_code == 0, result.output
    book = openpyxl.load_workbook(out)
    assert book.sheetnames[:6] == [
        "Ringkasan", "Jadwal", "Lokasi", "Kalender", "Realisasi", "Grafik"
    ]  # fmt: skip
    assert {"Alat K1", "Alat K2"} <= set(book.sheetnames)
    header = [c.value for c in book["Jadwal"][1]]
    assert header[:4] == ["Tanggal", "Hari", "Alat", "ID Lokasi"] and "Jumlah" in header
    assert [c.value for c in book["Realisasi"][1]][:6] == [
        "Tanggal", "Alat", "ID Lokasi", "Rencana", "Terekam", "Status"
    ]  # fmt: skip
    # The plan carries its inputs.
    assert read_problem(out) == read_problem(valid_input)


def test_plan_in_english_with_real_dates(tmp_path, valid_input):
    out = tmp_path / "plan.xlsx"
    assert run("plan", str(valid_input), "-o", str(out), "--lang", "en", *QUICK).exit_code == 0
    ws = openpyxl.load_workbook(out)["Schedule"]
    header = [c.value for c in ws[1]]
    for name in ("Date", "Kit", "Site ID", "People"):
        assert name in header
    first = ws.cell(row=2, column=header.index("Date") + 1)
    assert first.is_date and first.number_format == "dd/mm/yyyy"
    total = sum(r[header.index("People")] or 0 for r in ws.iter_rows(min_row=2, values_only=True))
    assert total == 60


def test_default_output_goes_under_outputs(tmp_path, valid_input, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert run("plan", str(valid_input), *QUICK).exit_code == 0
    assert (tmp_path / "outputs" / "input-plan.xlsx").exists()


def test_exit_3_when_not_everyone_fits(tmp_path):
    sheets = valid_sheets()
    # One day, two kits: S1 (40 people) takes both kits; S2 (20, poor network, 10 a day on its
    # one kit) would need two days anyway. 40 of 60 is the most.
    sheets["Settings"][2] = ["deadline", "2024-01-08"]
    path = write_workbook(tmp_path / "short.xlsx", sheets)
    out = tmp_path / "plan.xlsx"
    result = run("plan", str(path), "-o", str(out), "--time-limit", "2")
    assert result.exit_code == 3, result.output
    assert "people planned: 40 of 60" in result.output
    assert "Not everyone fits by Mon 08/01/2024: 20 people left out at" in result.output
    assert (
        "S2 (Kelurahan Bumi): 20 people; too few days allowed for a kelurahan (Mon-Wed) before "
        "the deadline: at most 10 of 20 people" in result.output
    )
    # The fix, found by solving: one more day. No number of kits helps (one kit a kelurahan).
    assert "  - deadline Tue 09/01/2024 (proven smallest)" in result.output
    assert "more kit" not in result.output
    assert out.exists()
    summary = [
        [c for c in row if c is not None]
        for row in openpyxl.load_workbook(out)["Summary"].iter_rows(values_only=True)
    ]
    assert ["a later deadline", "deadline Tue 09/01/2024", "yes"] in summary


def test_exit_1_on_bad_input_and_no_plan(tmp_path):
    sheets = valid_sheets()
    sheets["Sites"][1][4] = "banyak"
    path = write_workbook(tmp_path / "bad.xlsx", sheets)
    out = tmp_path / "plan.xlsx"
    result = run("plan", str(path), "-o", str(out), *QUICK)
    assert result.exit_code == 1
    assert 'Sites row 2, column people: "banyak" is not a whole number' in result.output
    assert "Traceback" not in result.output
    assert not out.exists()


def test_exit_2_on_bad_usage(tmp_path, valid_input):
    assert run("plan").exit_code == 2
    assert run("plan", str(valid_input), "--lang", "fr").exit_code == 2
    # Never overwrite the input; keep an existing output unless --force.
    before = valid_input.read_bytes()
    result = run("plan", str(valid_input), "-o", str(valid_input), *QUICK)
    assert result.exit_code == 2 and "overwrite the input" in result.output
    assert valid_input.read_bytes() == before
    out = tmp_path / "plan.xlsx"
    out.write_text("keep me")
    result = run("plan", str(valid_input), "-o", str(out), *QUICK)
    assert result.exit_code == 2 and "--force" in result.output
    assert out.read_text() == "keep me"
    assert run("plan", str(valid_input), "-o", str(out), "--force", *QUICK).exit_code == 0
    assert openpyxl.load_workbook(out).sheetnames[0] == "Summary"  # --lang en by $OUTREACH_LANG
    assert not list(tmp_path.glob(".*.tmp"))


def test_same_seed_same_plan_from_the_cli(tmp_path, valid_input, monkeypatch):
    monkeypatch.delenv("OUTREACH_LANG")
    sheets = []
    for name in ("a.xlsx", "b.xlsx"):
        out = tmp_path / name
        assert run("plan", str(valid_input), "-o", str(out), "--seed", "7", *QUICK).exit_code == 0
        sheets.append(list(openpyxl.load_workbook(out)["Jadwal"].iter_rows(values_only=True)))
    assert sheets[0] == sheets[1]


def test_check_prints_the_capacity_picture(valid_input):
    result = run("check", str(valid_input))
    assert result.exit_code == 0, result.output
    assert "2 sites, 60 people, 2 kits" in result.output
    # S2: 20 people, poor network (10 a day), one kit per kelurahan: Monday and Tuesday.
    assert (
        "Earliest finish any plan could reach: Tue 09/01/2024 (set by the window of site S2)"
        in (result.output)
    )


def test_check_says_when_capacity_rules_everyone_out(tmp_path):
    sheets = valid_sheets()
    sheets["Settings"][2] = ["deadline", "2024-01-08"]
    result = run("check", str(write_workbook(tmp_path / "c.xlsx", sheets)))
    assert result.exit_code == 3
    assert "Capacity alone rules out recording everyone by Mon 08/01/2024" in result.output


def test_examples_plan_everyone(tmp_path):
    root = Path(__file__).parent.parent / "inputs"
    for example in ("sukoharjo-2022.xlsx", "surakarta-2016.xlsx"):
        out = tmp_path / example
        result = run("plan", str(root / example), "-o", str(out), "--lang", "en")
        assert result.exit_code == 0, result.output
        assert "(proven earliest possible)" in result.output
        ws = openpyxl.load_workbook(out)["Summary"]
        assert any(r[0] == "People planned" for r in ws.iter_rows(values_only=True))


def test_every_command_has_help():
    for command in main.commands.values():
        assert command.help and "Example" in command.help
        assert run(command.name, "--help").exit_code == 0
    assert run("--version").exit_code == 0
    assert "outreach plan" in run("-h").output


def test_readme_documents_every_command():
    readme = (Path(__file__).parent.parent / "README.md").read_text()
    for name in main.commands:
        assert f"outreach {name}" in readme
    _ = date  # dates in the README examples are checked by the examples test
