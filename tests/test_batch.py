"""`outreach plan-batch`: a folder of regional workbooks planned in parallel, with a summary;
the same batch on a local Dask cluster on loopback."""

import openpyxl
import pytest

from tests.conftest import valid_sheets, write_workbook
from tests.test_cli import run


def regions(folder):
    folder.mkdir()
    write_workbook(folder / "karanganyar.xlsx", valid_sheets())
    short = valid_sheets()
    short["Settings"][2] = ["deadline", "2024-01-08"]
    short["Settings"].append(["region", "Kabupaten Wonogiri"])
    write_workbook(folder / "wonogiri.xlsx", short)
    bad = valid_sheets()
    bad["Sites"][1][4] = "banyak"
    write_workbook(folder / "klaten.xlsx", bad)
    (folder / "~$karanganyar.xlsx").write_text("an Excel lock file, not a workbook")
    return folder


def summary_rows(out):
    ws = openpyxl.load_workbook(out / "summary.xlsx")["Regions"]
    header = [c.value for c in ws[3]]
    return [
        dict(zip(header, [c.value for c in row], strict=True)) for row in ws.iter_rows(min_row=4)
    ], ws


def check_batch(out, result):
    # One region's bad input is reported and does not stop the others.
    assert result.exit_code == 1, result.output
    rows, ws = summary_rows(out)
    by_file = {r["Input file"]: r for r in rows}
    assert list(by_file) == ["karanganyar.xlsx", "klaten.xlsx", "wonogiri.xlsx"]
    ok, bad, short = by_file.values()
    assert (
        ok["Status"] == "everyone planned" and ok["People planned"] == ok["People to record"] == 60
    )
    assert ok["Plan"] == "karanganyar-plan.xlsx"
    assert ws.cell(row=4, column=11).hyperlink.target == "karanganyar-plan.xlsx"
    assert bad["Status"] == "bad input" and 'column people: "banyak"' in bad["Note"]
    assert bad["Plan"] is None and not (out / "klaten-plan.xlsx").exists()
    assert short["Status"] == "not everyone fits" and short["Region"] == "Kabupaten Wonogiri", short
    assert short["People planned"] == 40 and "20 people at 1 sites left out" in short["Note"]
    # Each plan is a full plan workbook, as `outreach plan` writes it.
    assert openpyxl.load_workbook(out / "wonogiri-plan.xlsx").sheetnames[0] == "Summary"


def test_plan_batch_plans_a_folder_in_parallel(tmp_path):
    folder = regions(tmp_path / "jateng")
    out = tmp_path / "out"
    args = ["plan-batch", str(folder), "-o", str(out), "--workers", "2", "--time-limit", "1",
            "--lang", "en"]  # fmt: skip
    result = run(*args)
    check_batch(out, result)
    assert "3 region(s)" in result.output
    # Existing plans are kept unless --force; inputs are never overwritten.
    again = run(*args)
    assert again.exit_code == 2 and "--force" in again.output
    assert run("plan-batch", str(folder / "none.xlsx")).exit_code == 2


def test_plan_batch_runs_on_a_dask_cluster(tmp_path):
    distributed = pytest.importorskip("distributed")
    folder = regions(tmp_path / "jateng")
    out = tmp_path / "out"
    with distributed.LocalCluster(
        n_workers=1, threads_per_worker=2, processes=True, host="127.0.0.1",
        dashboard_address=None,
    ) as cluster:  # fmt: skip
        result = run("plan-batch", str(folder), "-o", str(out), "--scheduler",
                     cluster.scheduler_address, "--time-limit", "1", "--lang", "en")  # fmt: skip
    check_batch(out, result)
