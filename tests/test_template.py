"""`outreach template`: a workbook that explains itself and plans as it is."""

from datetime import date

import openpyxl
import pytest
from click.testing import CliRunner

from scheduler.cli import main
from scheduler.reader import read_problem
from scheduler.template import build_template


@pytest.mark.parametrize("lang", ["id", "en"])
def test_the_template_plans_as_it_is(tmp_path, lang):
    path = tmp_path / "t.xlsx"
    runner = CliRunner()
    result = runner.invoke(main, ["template", str(path), "--lang", lang])
    assert result.exit_code == 0, result.output
    p = read_problem(path)
    assert len(p.sites) == 1 and len(p.kits) == 2
    assert {t.name for t in p.site_types} == {"school", "kelurahan"}
    out = tmp_path / "plan.xlsx"
    result = runner.invoke(main, ["plan", str(path), "-o", str(out), "--time-limit", "2", "-q"])
    assert result.exit_code == 0, result.output


def test_every_header_has_a_note_and_inputs_are_checked():
    book = build_template("id", today=date(2026, 11, 23))
    assert book.sheetnames == ["Lokasi", "Alat", "Pengaturan", "Aturan", "Libur", "Agenda", "Cetak"]
    for ws in book.worksheets:
        header = ws[1] if ws.title != "Pengaturan" else [r[0] for r in ws.iter_rows(min_row=2)]
        for cell in header:
            if cell.value:
                assert cell.comment is not None and cell.comment.text, (
                    f"{ws.title}!{cell.coordinate}"
                )
    sites = book["Lokasi"]
    header = [c.value for c in sites[1]]
    assert header[:5] == ["id_lokasi", "nama", "jenis", "kecamatan", "jumlah"]
    checks = {}
    for dv in sites.data_validations.dataValidation:
        for rng in str(dv.sqref).split():
            checks[header[openpyxl.utils.column_index_from_string(rng[0]) - 1]] = dv
    assert checks["jenis"].formula1 == "'Aturan'!$A$2:$A$50"
    assert checks["jaringan"].formula1 == '"lancar,tersendat"'
    assert checks["prioritas"].formula1 == '"1,2,3,4,5"'
    assert checks["jumlah"].type == "whole" and checks["jumlah"].formula1 == "0"
    assert checks["mulai"].type == "date" and checks["selesai"].type == "date"
    rules = [[c.value for c in row] for row in book["Aturan"].iter_rows(min_row=2)]
    assert rules == [["sekolah", "Sen-Jum", None, 1, 2], ["kelurahan", "Sen-Rab", 2, 1, 1]]
    settings = {r[0]: r[1] for r in book["Pengaturan"].iter_rows(min_row=2, values_only=True)}
    assert settings["mulai"] == date(2026, 11, 30) and settings["batas"] == date(2027, 2, 19)


def test_template_keeps_an_existing_file(tmp_path):
    path = tmp_path / "mine.xlsx"
    path.write_text("my work")
    result = CliRunner().invoke(main, ["template", str(path)])
    assert result.exit_code == 2 and "--force" in result.output
    assert path.read_text() == "my work"
