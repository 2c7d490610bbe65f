"""Issue 23: the name-list reader on odd lists (property tests): it reads what it can, refuses
the rest with located errors, and never echoes a name or a NIK."""

from __future__ import annotations

import csv
import re
from datetime import date, timedelta
from pathlib import Path

import openpyxl
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from scheduler.lists import MAX_ROWS, ListsError, read_lists
from scheduler.messages import WORDS
from tests.conftest import problem, site

PROBLEM = problem((site("S1", 10, name="SMAN 1 Weru"), site("S2", 5, name="SMK 2 Weru")), 1)

names = st.one_of(
    st.just(""),
    st.text(alphabet=st.characters(categories=("L", "Zs")), min_size=1, max_size=20),
)
births = st.dates(min_value=date(1930, 1, 1), max_value=date(2008, 12, 31))


@st.composite
def niks(draw: st.DrawFn, born: date) -> object:
    """A NIK as lists carry them: text, a number, blank, leading digits lost, or junk."""
    day = born.day + draw(st.sampled_from((0, 40)))
    text = f"3311{draw(st.integers(1, 99)):02d}{day:02d}{born:%m%y}0000"
    return draw(st.sampled_from((text, int(text), "", text[1:], f"'{text}", "3,31E+15")))


@st.composite
def rows(draw: st.DrawFn) -> list[object]:
    born = draw(births)
    written = draw(st.sampled_from(("iso", "dmy", "date", "serial", "blank", "junk")))
    when: object = {
        "iso": born.isoformat(), "dmy": f"{born:%d/%m/%Y}", "date": born,
        "serial": (born - date(1899, 12, 30)).days, "blank": "", "junk": "sekitar 2006",
    }[written]  # fmt: skip
    return [draw(names), draw(niks(born)), when, draw(st.sampled_from(("L", "P", "", "x"))),
            draw(st.sampled_from(("SMAN 1 Weru", "S2", "smk  2 weru")))]  # fmt: skip


HEADER = ["Nama", "NIK", "Tanggal Lahir", "JK", "Sekolah"]
OURS = " ".join([*HEADER, *(t for w in WORDS.values() for t in (w.id, w.en))]).lower()


def _write(path: Path, body: list[list[object]], as_csv: bool) -> None:
    if as_csv:
        with open(path, "w", encoding="utf-8", newline="") as f:
            csv.writer(f, delimiter=";").writerows([HEADER, *body])
        return
    book = openpyxl.Workbook()
    book.active.append(HEADER)
    for r in body:
        book.active.append([v if v != "" else None for v in r])
    book.save(path)


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(body=st.lists(rows(), min_size=1, max_size=30), as_csv=st.booleans())
def test_odd_lists_read_or_are_refused_located_and_without_personal_data(tmp_path, body, as_csv):
    path = tmp_path / ("list.csv" if as_csv else "list.xlsx")
    _write(path, body, as_csv)
    # A name counts as leaked only where it is not also a word the tool says of its own: the
    # file's name, a header, a catalogue text (Hypothesis drew "lis" and "dan").
    secrets = {str(r[0]) for r in body if len(str(r[0]).strip()) >= 3}
    secrets = {s for s in secrets if s.strip().lower() not in OURS + path.name.lower()}
    try:
        lists = read_lists([path], PROBLEM)
    except ListsError as e:
        text = e.render("en") + e.render("id")
        assert all(err.sheet == "list" + path.suffix for err in e.errors)
        assert all(err.row is not None or "rows" in err.message or err.column is None
                   for err in e.errors)  # fmt: skip
        assert not re.search(r"\d{15}", text)
        assert not [s for s in secrets if s.strip() in text]
        return
    assert len(lists.people) == len(body)  # every row read
    for p, r in zip(sorted(lists.people, key=lambda p: p.row), body, strict=True):
        assert p.site_id in ("S1", "S2")
        assert p.nik == "" or re.fullmatch(r"\d{16}", p.nik)
        if isinstance(r[1], int):  # saved as a number: read whole, and warned about
            assert p.nik == str(r[1])
        if isinstance(r[1], str) and len(r[1]) == 15:  # a digit lost: not a NIK
            assert p.nik == ""
        if r[2] and r[2] != "sekitar 2006":
            assert p.nik == "" or p.birth.year % 100 == int(p.nik[10:12])
    for w in lists.warnings:
        assert not [s for s in secrets if s.strip() in w.message]


def test_one_date_in_any_of_the_forms_exports_mix_reads_the_same(tmp_path):
    born = date(2006, 3, 14)
    forms: list[object] = ["2006-03-14", "14/03/2006", "14-03-2006", "14.03.2006", born,
                           (born - date(1899, 12, 30)).days]  # fmt: skip
    body = [[f"Nama {i}", "", f, "L", "S1"] for i, f in enumerate(forms)]
    _write(tmp_path / "list.xlsx", body, as_csv=False)
    lists = read_lists([tmp_path / "list.xlsx"], PROBLEM)
    assert {p.birth for p in lists.people} == {born}


def test_an_empty_list_and_a_list_of_blank_rows_are_refused(tmp_path):
    (tmp_path / "empty.csv").write_text("", encoding="utf-8")
    with pytest.raises(ListsError) as e:
        read_lists([tmp_path / "empty.csv"], PROBLEM)
    assert e.value.errors[0].sheet == "empty.csv"
    with pytest.raises(ListsError):
        read_lists([tmp_path / "nothing-here"], PROBLEM)


def test_a_million_row_list_is_refused_after_reading_at_most_the_limit(tmp_path):
    path = tmp_path / "big.csv"
    line = "Ani;3311014501070000;05/01/2007;S1\n"
    with open(path, "w", encoding="utf-8") as f:
        f.write("nama;nik;tanggal_lahir;id_lokasi\n")
        f.write(line * 1_000_000)
    with pytest.raises(ListsError) as e:
        read_lists([path], PROBLEM)
    assert [str(x) for x in e.value.errors] == [
        f"big.csv: more than {MAX_ROWS:,} rows; split the list per school or per kelurahan"
    ]


def test_ambiguous_and_unknown_sites_name_the_nearest(tmp_path):
    twin = problem((site("S1", 1, name="SMA Negeri 1"), site("S2", 1, name="SMA Negeri 1"),
                    site("S3", 1, name="SMK Bina Karya")), 1)  # fmt: skip
    body = [["A", "", date(2006, 1, 1), "L", "SMA Negeri 1"],
            ["B", "", date(2006, 1, 1), "L", "SMK Bina Karyo"],
            ["C", "", date(2006, 1, 1), "L", "SMK Bina Karyo"]]  # fmt: skip
    _write(tmp_path / "l.csv", body, as_csv=True)
    with pytest.raises(ListsError) as e:
        read_lists([tmp_path / "l.csv"], twin)
    assert [str(x) for x in e.value.errors] == [
        'l.csv row 2, column Sekolah: "SMA Negeri 1" names more than one site (S1, S2); write '
        "its site id",
        'l.csv, column Sekolah: rows 3, 4 (2 rows): site "SMK Bina Karyo" is not on the Sites '
        "sheet; the nearest: S3 (SMK Bina Karya). Write its name as the Sites sheet does, or its "
        "site id",
    ]


def test_a_list_named_after_its_school_needs_no_site_column(tmp_path):
    prob = problem((site("S1", 1, name="SMAN 1 Weru", notes="NPSN 20310417"),), 1)
    for name in ("20310417.csv", "S1.csv", "SMAN 1 Weru.csv"):
        path = tmp_path / name
        path.write_text("nama;tanggal_lahir\nAni;2006-01-01\n", encoding="utf-8")
        assert read_lists([path], prob).people[0].site_id == "S1"
        path.unlink()
    (tmp_path / "SMAN 9.csv").write_text("nama;tanggal_lahir\nAni;2006-01-01\n", encoding="utf-8")
    with pytest.raises(ListsError) as e:
        read_lists([tmp_path / "SMAN 9.csv"], prob)
    assert "the nearest: S1 (SMAN 1 Weru)" in str(e.value.errors[0])


def test_cost_is_what_the_file_holds(tmp_path):
    """A list's reading stops at its limit; 3,000 rows in 30 files read in one pass."""
    start = date(2006, 1, 1)
    for i in range(30):
        body = [[f"Nama {i} {j}", "", start + timedelta(days=j), "L", "S1"] for j in range(100)]
        _write(tmp_path / f"f{i:02d}.csv", body, as_csv=True)
    lists = read_lists([tmp_path], PROBLEM)
    assert len(lists.files) == 30 and len(lists.people) == 3000


def test_a_file_that_is_not_a_workbook_is_named_not_a_traceback(tmp_path):
    (tmp_path / "rusak.xlsx").write_bytes(b"PK\x03\x04 not really a workbook")
    (tmp_path / "catatan.txt").write_text("nama;nik\n", encoding="utf-8")  # not a list: skipped
    with pytest.raises(ListsError) as e:
        read_lists([tmp_path], PROBLEM)
    assert [str(x) for x in e.value.errors] == [
        "rusak.xlsx: cannot be read (CalamineError); open it and save it again as .csv (UTF-8) "
        "or .xlsx"
    ]


def test_the_lists_benchmark_smoke_mode_prints_its_table(capsys):
    from benchmarks import lists as bench

    bench.main(["--smoke"])
    out = capsys.readouterr().out
    assert "| csv | 3,300 | 30 |" in out and "| xlsx | 3,300 | 30 |" in out


def test_row_numbers_count_blank_lines_as_the_spreadsheet_does(tmp_path):
    path = tmp_path / "l.csv"
    path.write_text("nama;tanggal_lahir;id_lokasi\nAni;2006-01-01;S1\n\n;;\nBudi;;S1\n",
                    encoding="utf-8")  # fmt: skip
    with pytest.raises(ListsError) as e:
        read_lists([path], PROBLEM)
    assert [(x.row, x.column) for x in e.value.errors] == [(5, "tanggal_lahir")]
    (tmp_path / "latin.csv").write_bytes("nama;tanggal_lahir;id_lokasi\nJosé;2006-01-01;S1\n"
                                         .encode("cp1252"))  # fmt: skip
    path.unlink()
    assert read_lists([tmp_path], PROBLEM).people[0].name == "José"


def test_a_row_with_more_cells_than_the_header_is_named(tmp_path):
    path = tmp_path / "l.csv"
    path.write_text("nama;tanggal_lahir;id_lokasi\nAni;2006-01-01;S1\nBudi;2006-01-01;S1;x\n",
                    encoding="utf-8")  # fmt: skip
    with pytest.raises(ListsError) as e:
        read_lists([path], PROBLEM)
    assert [str(x) for x in e.value.errors] == [
        "l.csv row 3: more cells than the header row; remove the extra separator, or put quotes "
        'around a cell that holds one ("Jl. Mawar; No. 5")'
    ]
