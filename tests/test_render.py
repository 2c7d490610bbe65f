"""Render a plan as it prints (LibreOffice to PDF): opt-in, `pytest -m render`.

Needs `soffice` and `pdftotext` (Debian: libreoffice-calc-nogui, poppler-utils), so it is not in
the default run.
"""

import re
import shutil
import subprocess
from datetime import date
from pathlib import Path

import openpyxl
import pytest
from click.testing import CliRunner

from scheduler.cli import main
from tests.conftest import changed_sites

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


def _pages(pdf: Path) -> list[str]:
    text = subprocess.run(
        ["pdftotext", "-layout", str(pdf), "-"], check=True, capture_output=True, text=True
    ).stdout
    return [p for p in text.split("\f") if p.strip()]


@pytest.mark.skipif(not shutil.which("soffice"), reason="LibreOffice is not installed")
@pytest.mark.parametrize(
    ("example", "region", "addressee"),
    [("surakarta-2016", "Kota Surakarta", "Lurah "), ("sukoharjo-2022", "Kabupaten Sukoharjo",
                                                      "Kepala ")],
)  # fmt: skip
def test_letters_and_attendance_lists_print_one_to_a_page(tmp_path, monkeypatch, example,
                                                          region, addressee):  # fmt: skip
    monkeypatch.delenv("OUTREACH_LANG")
    source = Path(__file__).parent.parent / "inputs" / f"{example}.xlsx"
    plan = tmp_path / "plan.xlsx"
    runner = CliRunner()
    result = runner.invoke(main, ["plan", str(source), "-o", str(plan), "--time-limit", "3"])
    assert result.exit_code == 0, result.output
    result = runner.invoke(main, ["letters", str(plan), "--contact", "Bp. Joko, 0812 3456 7890"])
    assert result.exit_code == 0, result.output
    # Letters: every page one whole letter (letterhead, addressee, table, signature block).
    letters = _pages(tmp_path / "plan-surat.pdf")
    site_ids = {r[0] for r in _rows(plan, "Lokasi") if r[0]}
    assert len(letters) == len(site_ids)
    for i, page in enumerate(letters, start=1):
        for text in ("DINAS KEPENDUDUKAN DAN PENCATATAN SIPIL", "Kepada Yth.", addressee,
                     "Nomor", "Lampiran", "Perihal", "Hari, tanggal", "Kartu Keluarga (KK)",
                     "Bp. Joko, 0812 3456 7890", "NIP."):  # fmt: skip
            assert text in page, (i, text)
    # Attendance lists, as LibreOffice prints the workbook: one hour block a page, each page
    # titled with its site, the table's header, the total line and the leader's signature.
    _attendance_prints(tmp_path / "plan-daftar-hadir.xlsx", region)


def _attendance_prints(lists: Path, region: str) -> list[str]:
    """The attendance workbook as LibreOffice prints it: one page per hour block, at a readable
    size, each with the page header, the table's head and its page number; returns the pages'
    text."""
    subprocess.run(
        ["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(lists.parent),
         str(lists)],
        check=True,
        capture_output=True,
        timeout=240,
    )  # fmt: skip
    pages = _pages(lists.with_suffix(".pdf"))
    small = [f"{lists.name} page {i}: {box / 1.3:.1f} pt: {text[:60]}"
             for i, (text, box) in enumerate(_sized_pages(lists.with_suffix(".pdf")), start=1)
             if box < READABLE_BOX]  # fmt: skip
    assert not small, "\n".join(small[:5])  # as readable as every other printed sheet
    book = openpyxl.load_workbook(lists, read_only=True)
    blocks = 0  # one page per hour block: "pagi" and "siang" each start a page
    for ws in book.worksheets:
        names = {str(r[1]).split()[0] for r in ws.iter_rows(min_row=9, values_only=True)
                 if isinstance(r[0], int)}  # fmt: skip
        blocks += len(names)
    assert len(pages) == blocks
    for i, page in enumerate(pages, start=1):
        head = page.strip().splitlines()[0]
        assert region in head and "Daftar Hadir Perekaman KTP-el" in head, (i, head)
        for text in ("No", "Sesi", "Hadir", "Tidak", "Sudah", "Menolak"):
            assert text in page, (i, text)
        assert f"Halaman {i} dari {len(pages)}" in page
    return pages


@pytest.mark.skipif(not shutil.which("soffice"), reason="LibreOffice is not installed")
def test_by_name_lists_and_invitations_print_page_by_page(tmp_path, monkeypatch):
    """Surakarta from its name lists: the attendance lists by name (names and masked NIKs
    readable on every page, in RT order) and the residents' invitations, three a page."""
    monkeypatch.delenv("OUTREACH_LANG")
    root = Path(__file__).parent.parent / "inputs"
    plan, names = tmp_path / "plan.xlsx", root / "surakarta-2016-lists"
    runner = CliRunner()
    result = runner.invoke(main, ["plan", str(root / "surakarta-2016.xlsx"), "--lists",
                                  str(names), "-o", str(plan), "--time-limit", "3"])  # fmt: skip
    assert result.exit_code == 0, result.output
    result = runner.invoke(main, ["letters", str(plan), "--lists", str(names), "--dated",
                                  "2016-07-01"])  # fmt: skip
    assert result.exit_code == 0, result.output
    lists = tmp_path / "plan-daftar-hadir-nama.xlsx"
    pages = _attendance_prints(lists, "Kota Surakarta")
    book = openpyxl.load_workbook(lists, read_only=True)
    people = [r for ws in book.worksheets for r in ws.iter_rows(min_row=9, values_only=True)
              if isinstance(r[0], int)]  # fmt: skip
    printed = "\n".join(pages)
    for _, _, group, name, nik, *_ in people[:: max(1, len(people) // 200)]:  # 200 of them
        assert name in printed and (nik or "") in printed and group in printed, name
    assert not re.search(r"\b33\d{14}\b", printed)  # no whole NIK on paper
    # The invitations: three to a page, each whole (addressee, day, hours, queue number).
    slips = _pages(tmp_path / "plan-undangan.pdf")
    kelurahan = sum(1 for r in people if "/" in str(r[2]))
    assert len(slips) == -(-kelurahan // 3)
    for i, page in enumerate(slips, start=1):
        n = page.count("Undangan perekaman KTP-el")
        assert n == 3 or (i == len(slips) and 1 <= n <= 3), (i, n)
        for text in ("Kepada Yth. Sdr/Sdri", "Hari, tanggal", "nomor antrean", "RT/RW",
                     "Kartu Keluarga (KK)", "Surakarta, 1 Juli 2016", "Lurah "):  # fmt: skip
            assert page.count(text) == n, (i, text)


def _rows(path: Path, sheet: str) -> list[tuple]:
    return list(
        openpyxl.load_workbook(path, read_only=True)[sheet].iter_rows(min_row=2, values_only=True)
    )


@pytest.mark.skipif(not shutil.which("pdftotext"), reason="poppler is not installed")
def test_change_of_schedule_letters_print_one_to_a_page(tmp_path, monkeypatch):
    monkeypatch.delenv("OUTREACH_LANG")
    source = Path(__file__).parent.parent / "inputs" / "sukoharjo-2022.xlsx"
    plan = tmp_path / "plan.xlsx"
    runner = CliRunner()
    assert (
        runner.invoke(main, ["plan", str(source), "-o", str(plan), "--time-limit", "3"]).exit_code
        == 0
    )
    book = openpyxl.load_workbook(plan)
    ws = book["Realisasi"]
    lost = None
    for row in ws.iter_rows(min_row=2):  # the week before 12/09 reported, one school's days lost
        day = row[0].value.date()
        if day.isoformat() < "2022-09-12":
            lost = lost or (row[2].value if day.isoformat() >= "2022-09-05" else None)
            row[4].value = None if row[2].value == lost else row[3].value
            row[5].value = "batal" if row[2].value == lost else "selesai"
    book.save(plan)
    v2 = tmp_path / "plan-v2.xlsx"
    result = runner.invoke(main, ["replan", str(plan), "--today", "2022-09-12", "-o", str(v2),
                                  "--time-limit", "3"])  # fmt: skip
    assert result.exit_code == 0, result.output
    result = runner.invoke(main, ["letters", str(v2), "--previous", str(plan), "--today",
                                  "2022-09-12"])  # fmt: skip
    assert result.exit_code == 0, result.output
    pages = _pages(tmp_path / "plan-v2-surat.pdf")
    changed = changed_sites(v2, "id")
    assert lost in changed and len(pages) == len(changed) == len(set(changed))
    for i, page in enumerate(pages, start=1):
        for text in ("Perubahan jadwal perekaman KTP-el", "Jadwal lama:", "Kepada Yth.", "NIP."):
            assert text in page, (i, text)
    assert any("(batal)" in page for page in pages)


# -- every sheet a person prints, at a readable size (issue 21) ------------------------------

# pdftotext's word box is 1.3 times the font size (LibreOffice 7, measured on 6-12 pt text):
# a median box of 10 or more is text printed at about 8 pt or more.
READABLE_BOX = 10.0


def _pdf(path: Path) -> Path:
    subprocess.run(
        ["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(path.parent), str(path)],
        check=True,
        capture_output=True,
        timeout=240,
    )
    return path.with_suffix(".pdf")


def _sized_pages(pdf: Path) -> list[tuple[str, float]]:
    """Each page's text and the median height of its words' boxes."""
    import re
    import statistics
    from html import unescape

    out = subprocess.run(
        ["pdftotext", "-bbox", str(pdf), "-"], check=True, capture_output=True, text=True
    ).stdout
    pages = []
    for page in re.findall(r"<page .*?</page>", out, re.S):
        words = re.findall(r'yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">(.*?)</word>', page)
        heights = [float(b) - float(a) for a, b, _ in words]
        text = " ".join(unescape(w) for _, _, w in words)
        pages.append((text, statistics.median(heights) if heights else 0.0))
    return pages


@pytest.mark.skipif(not shutil.which("soffice"), reason="LibreOffice is not installed")
def test_every_printed_sheet_is_readable_on_a4(tmp_path, monkeypatch):
    monkeypatch.delenv("OUTREACH_LANG")
    root = Path(__file__).parent.parent
    run = CliRunner().invoke
    plan = tmp_path / "plan.xlsx"
    assert run(main, ["plan", str(root / "inputs/surakarta-2016.xlsx"), "-o", str(plan),
                      "--time-limit", "3", "-q"]).exit_code == 0  # fmt: skip
    whatif, risk = tmp_path / "whatif.xlsx", tmp_path / "risk.xlsx"
    assert run(main, ["whatif", str(root / "inputs/sukoharjo-2022.xlsx"), "--kits", "+1",
                      "--lost", "2022-09-12..2022-09-16", "--time-limit", "6", "-q",
                      "-o", str(whatif)]).exit_code in (0, 3)  # fmt: skip
    assert run(main, ["risk", str(plan), "--runs", "200", "-o", str(risk)]).exit_code == 0
    template = tmp_path / "template.xlsx"
    assert run(main, ["template", str(template)]).exit_code == 0
    batch = tmp_path / "batch"
    assert run(main, ["plan-batch", str(root / "inputs/surakarta-2016.xlsx"), "-o", str(batch),
                      "--workers", "1", "--time-limit", "3", "-q"]).exit_code == 0  # fmt: skip
    summary = batch / "summary.xlsx"
    # A re-plan after a lost first day: its Perubahan sheet and the notices print too.
    import openpyxl

    book = openpyxl.load_workbook(plan)
    first = None
    for row in book["Realisasi"].iter_rows(min_row=2):
        first = first or row[0].value
        if row[0].value == first:
            row[4].value, row[5].value = 0, "batal"
        elif row[0].value.date() < date(2016, 7, 20):
            row[4].value, row[5].value = row[3].value, "selesai"
    reported = tmp_path / "reported.xlsx"
    book.save(reported)
    replanned = tmp_path / "replanned.xlsx"
    assert run(main, ["replan", str(reported), "--today", "2016-07-20", "-o", str(replanned),
                      "--time-limit", "3", "-q"]).exit_code in (0, 3)  # fmt: skip
    small = []
    printed: dict[str, list[str]] = {}
    for book in (plan, whatif, risk, template, summary, replanned):
        for i, (text, box) in enumerate(_sized_pages(_pdf(book)), start=1):
            printed.setdefault(book.stem, []).append(text)
            if box < READABLE_BOX:
                small.append(f"{book.name} page {i}: {box / 1.3:.1f} pt: {text[:60]}")
    assert not small, "\n".join(small)
    pages = printed["plan"]
    # Lokasi prints the reason a site is short; Grafik is one page, with years on its axis.
    sites = [p for p in pages if " Lokasi ID Lokasi" in p]
    assert sites and all("Alasan" in p for p in sites), sites[:1]
    chart = [p for p in pages if "Grafik" in p.split(" Orang")[0]]
    assert len(chart) == 1 and "11/07/2016" in chart[0], chart
    # Risk's headers are whole words, not cut at the column's edge.
    assert "belum terekam" in " ".join(printed["risk"]).lower(), printed["risk"]
    # The template's Lokasi repeats its header on every page it takes.
    lokasi = [p for p in printed["template"] if p.startswith("Lokasi")]
    assert lokasi and all("id_lokasi" in p for p in lokasi), lokasi
    assert any("Perubahan" in p for p in printed["replanned"])
    assert any("Pemberitahuan" in p for p in printed["replanned"])
