from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from scheduler.plan import Plan
from scheduler.problem import Kit, Reservation, Site
from scheduler.reader import WorkbookError, read_problem
from scheduler.writer import build_workbook
from tests.conftest import problem, valid_sheets, write_workbook


def errors_of(tmp_path: Path, sheets) -> list[str]:
    path = write_workbook(tmp_path / "bad.xlsx", sheets)
    with pytest.raises(WorkbookError) as info:
        read_problem(path)
    return [str(e) for e in info.value.errors]


def test_reads_a_valid_workbook(valid_input):
    p = read_problem(valid_input)
    assert [s.site_id for s in p.sites] == ["S1", "S2"]
    assert p.sites[1].type == "kelurahan" and p.sites[1].network == "poor"
    assert p.sites[1].priority == 5
    assert p.settings.start == date(2024, 1, 8)
    assert [k.kit_id for k in p.kits] == ["K1", "K2"]
    assert p.holidays == ()


def test_indonesian_headers_and_values(tmp_path):
    sheets = {
        "Lokasi": [
            ["ID Lokasi", "Nama", "Jenis", "Kecamatan", "Jumlah", "Jaringan", "Tutup"],
            ["S1", "SMAN 1", "Sekolah", "Weru", 40, "Tersendat", "2024-01-09..2024-01-10"],
        ],
        "Alat": [["id-alat", "nama", "tidak tersedia"], ["A1", "Alat 1", "15/01/2024"]],
        "Pengaturan": [["kunci", "nilai"], ["mulai", "08/01/2024"], ["batas", "2024-01-31"]],
        "Aturan": [["jenis", "hari", "maks_lokasi_per_hari", "min_alat", "maks_alat"],
                   ["sekolah", "Sen-Kam", 3, 1, 2]],
        "Agenda": [["tanggal", "alat", "keterangan"], ["Jumat", 1, "Kunjungan rumah"]],
        "Libur": [["tanggal", "keterangan"], ["2024-01-22..2024-01-23", "Rapat"]],
    }  # fmt: skip
    p = read_problem(write_workbook(tmp_path / "id.xlsx", sheets))
    s = p.sites[0]
    assert (s.type, s.network) == ("school", "poor")
    assert s.closed == {date(2024, 1, 9), date(2024, 1, 10)}
    assert p.kits[0].unavailable == {date(2024, 1, 15)}
    assert p.site_type(s).weekdays == {0, 1, 2, 3} and p.site_type(s).max_sites_per_day == 3
    assert p.reservations == (Reservation(1, "Kunjungan rumah", weekdays=frozenset({4})),)
    assert [c.day for c in p.closures] == [date(2024, 1, 22), date(2024, 1, 23)]
    # National holidays are on by default (ID): 2024 has none between these dates but the
    # check is that the lookup ran without error.
    assert p.settings.holidays == "ID"


def test_national_holidays_include_cuti_bersama(tmp_path):
    sheets = valid_sheets()
    sheets["Settings"] = [["key", "value"], ["start", "2022-04-25"], ["deadline", "2022-05-13"]]
    p = read_problem(write_workbook(tmp_path / "lebaran.xlsx", sheets))
    days = {h.day for h in p.holidays}
    assert date(2022, 5, 2) in days  # Idul Fitri (public)
    assert date(2022, 5, 4) in days  # cuti bersama (government)


def test_not_an_xlsx(tmp_path):
    path = tmp_path / "notes.xlsx"
    path.write_text("just text")
    with pytest.raises(WorkbookError, match=r"not an Excel \.xlsx workbook"):
        read_problem(path)


def test_missing_file(tmp_path):
    with pytest.raises(WorkbookError, match="no such file"):
        read_problem(tmp_path / "nope.xlsx")


def test_missing_sheet_and_column(tmp_path):
    sheets = valid_sheets()
    del sheets["Kits"]
    sheets["Sites"][0] = ["site_id", "name", "type", "kecamatan", "count"]
    errs = errors_of(tmp_path, sheets)
    assert any(e.startswith("Kits: missing sheet") for e in errs)
    assert "Sites row 1, column people: add a column headed people (or jumlah) in row 1" in errs


def test_every_mistake_is_reported_at_once(tmp_path):
    sheets = valid_sheets()
    sheets["Sites"] += [
        ["S1", "Again", "school", "Weru", 5, "good", 3],
        ["S3", "X", "pasar", "Weru", 5, "good", 3],
        ["S4", "Y", "school", "Weru", -3, "good", 3],
        ["S5", "Z", "school", "Weru", "banyak", "good", 3],
        ["S6", "W", "school", "Weru", 5, "fast", 9],
        ["S7", "V", "school", "", 5, "good", 3],
    ]
    sheets["Kits"].append(["K1", "dup"])
    errs = errors_of(tmp_path, sheets)
    expected = [
        'Sites row 4, column site_id: "S1" is used again (first in row 2); each site needs its own id',
        'Sites row 5, column type: "pasar" is not a known type (kelurahan, school); use one of them or add a row for it on the Rules sheet',
        "Sites row 6, column people: -3 is negative; write a whole number >= 0",
        'Sites row 7, column people: "banyak" is not a whole number',
        'Sites row 8, column network: "fast" is not a network; write good (lancar) or poor (tersendat)',
        "Sites row 8, column priority: 9 is not a priority; write 1 (lowest) to 5 (highest)",
        "Sites row 9, column kecamatan: is empty; this column is required",
        'Kits row 4, column kit_id: "K1" is used again (first in row 2); each kit needs its own id',
    ]  # fmt: skip
    for e in expected:
        assert e in errs
    assert len(errs) == len(expected)


def test_bad_dates_and_deadline_before_start(tmp_path):
    sheets = valid_sheets()
    sheets["Settings"] = [["key", "value"], ["start", "2024-02-01"], ["deadline", "2024-01-01"]]
    errs = errors_of(tmp_path, sheets)
    assert errs == [
        "Settings row 3, key deadline: deadline Mon 01/01/2024 is before start Thu 01/02/2024"
    ]

    sheets["Settings"] = [["key", "value"], ["start", "kemarin"], ["dedline", "2024-01-01"]]
    errs = errors_of(tmp_path, sheets)
    assert (
        'Settings row 2, key start: "kemarin" is not a date (write YYYY-MM-DD or DD/MM/YYYY)'
        in errs
    )
    assert any(e.startswith('Settings row 3, column A: unknown key "dedline"') for e in errs)
    assert any(e.startswith("Settings, key deadline: key deadline is missing") for e in errs)


def test_no_kits(tmp_path):
    sheets = valid_sheets()
    sheets["Kits"] = [["kit_id", "name"]]
    assert errors_of(tmp_path, sheets) == [
        "Kits: no kits: add one row per recording kit (kit_id K1, K2, ...)"
    ]


def test_a_site_whose_window_leaves_no_day(tmp_path):
    sheets = valid_sheets()
    sheets["Sites"][0] += ["earliest", "latest"]
    # Saturday and Sunday only: no school day.
    sheets["Sites"].append(["S3", "X", "school", "Weru", 5, "good", 3, "2024-01-13", "2024-01-14"])
    errs = errors_of(tmp_path, sheets)
    assert len(errs) == 1 and errs[0].startswith(
        "Sites row 4, column earliest: site S3 has no day it may be visited"
    )


def test_bad_rules_and_reserved(tmp_path):
    sheets = valid_sheets()
    sheets["Rules"] = [["type", "weekdays", "min_kits", "max_kits"], ["school", "Mon-Funday", 2, 1]]
    sheets["Reserved"] = [["date", "kits", "label"], ["someday", 1, "x"], ["Fri", 0, "y"]]
    errs = errors_of(tmp_path, sheets)
    assert 'Rules row 2, column weekdays: "Funday" is not a day name (Mon..Sun or Sen..Min)' in errs
    assert "Rules row 2, column max_kits: max_kits 1 is less than min_kits 2" in errs
    assert any(e.startswith('Reserved row 2, column date: "someday" is not a date') for e in errs)
    assert "Reserved row 3, column kits: 0 must be at least 1" in errs


# -- property: what the writer embeds, the reader reads back exactly -------------------------

ids = st.text("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-", min_size=1, max_size=6)
words = st.text(st.characters(codec="utf-8", exclude_categories=("Cs", "Cc")), max_size=12).map(
    str.strip
)
days = st.dates(date(2024, 1, 8), date(2024, 2, 20))


@st.composite
def problems(draw):
    site_ids = draw(st.lists(ids, min_size=1, max_size=5, unique=True))
    sites = []
    for sid in site_ids:
        a, b = sorted(draw(st.lists(days, min_size=2, max_size=2)))
        sites.append(
            Site(
                sid,
                draw(words.filter(bool)),  # name is required
                draw(st.sampled_from(["school", "kelurahan"])),
                draw(words.filter(bool)),
                draw(st.integers(0, 500)),
                draw(st.sampled_from(["good", "poor"])),
                draw(st.none() | st.integers(1, 80)),
                draw(st.integers(1, 5)),
                draw(st.none() | st.just(a)),
                draw(st.none() | st.just(b)),
                frozenset(draw(st.lists(days, max_size=4))),
                draw(words),
                draw(words),
            )
        )
    kit_ids = draw(st.lists(ids, min_size=1, max_size=4, unique=True))
    kits = tuple(Kit(k, draw(words), frozenset(draw(st.lists(days, max_size=3)))) for k in kit_ids)
    res = tuple(
        Reservation(draw(st.integers(1, 2)), draw(words), weekdays=frozenset({d}))
        for d in draw(st.lists(st.integers(0, 6), max_size=2, unique=True))
    )
    return problem(tuple(sites), kits, deadline=date(2024, 2, 20), reservations=res)


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(problems())
def test_embedded_inputs_read_back_exactly(tmp_path, p):
    plan = Plan(visits=(), kit_days=(), duties=())
    path = tmp_path / "plan.xlsx"
    build_workbook(p, plan, "en").save(path)
    try:
        back = read_problem(path)
    except WorkbookError as e:
        # The only refusal allowed: a site whose rules leave it no day at all.
        assert all("has no day it may be visited" in str(x) for x in e.errors)
        return
    assert back == p
