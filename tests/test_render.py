"""Render a plan as it prints (LibreOffice to PDF): opt-in, `pytest -m render`.

Needs `soffice` and `pdftotext` (Debian: libreoffice-calc-nogui, poppler-utils), so it is not in
the default run.
"""

import shutil
import subprocess
from pathlib import Path

import pytest
from click.testing import CliRunner

from scheduler.cli import main

pytestmark = pytest.mark.render


@pytest.mark.skipif(not shutil.which("soffice"), reason="LibreOffice is not installed")
def test_every_sheet_prints_one_page_wide(tmp_path, monkeypatch):
    monkeypatch.delenv("OUTREACH_LANG")  # the office's default: Indonesian sheets
    example = Path(__file__).parent.parent / "inputs" / "surakarta-2016.xlsx"
    plan = tmp_path / "plan.xlsx"
    result = CliRunner().invoke(main, ["plan", str(example), "-o", str(plan), "--time-limit", "3"])
    assert result.exit_code == 0, result.output
    subprocess.run(
        ["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(tmp_path), str(plan)],
        check=True,
        capture_output=True,
        timeout=240,
    )
    text = subprocess.run(
        ["pdftotext", "-layout", str(tmp_path / "plan.pdf"), "-"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    pages = [p for p in text.split("\f") if p.strip()]
    # Fit to width: every page carries its sheet's title in the page header, and no page is a
    # stray right-hand slice of columns.
    titles = (
        "Ringkasan",
        "Jadwal",
        "Lokasi",
        "Kalender",
        "Realisasi",
        "Grafik",
        "Cetak",
        "Jadwal tim",
    )
    for i, page in enumerate(pages, start=1):
        head = page.strip().splitlines()[0]
        assert "Kota Surakarta" in head and any(t in head for t in titles), f"page {i}: {head}"
        assert f"Halaman {i} dari {len(pages)}" in page
