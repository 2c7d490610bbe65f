"""The reconciliation of name lists against the sites: counted by hand on a small case, and
against a plain row-by-row count on any rows."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from scheduler.lists import Lists, Person, read_lists
from scheduler.problem import SiteAges
from scheduler.reader import read_problem
from scheduler.reconcile import birthday, planned_problem, reconcile, site_people
from tests.conftest import problem, site
from tests.test_lists import small_input, write_lists

PROBLEM = problem((site("S1", 10, name="SMAN 1 Weru"), site("S2", 5, name="SMK 2 Weru")), 1)


def test_a_birthday_is_the_same_day_years_on_and_29_february_is_1_march():
    assert birthday(date(2007, 1, 5), 16) == date(2023, 1, 5)
    assert birthday(date(2008, 2, 29), 16) == date(2024, 2, 29)  # a leap year again
    assert birthday(date(2008, 2, 29), 17) == date(2025, 3, 1)


def test_the_small_case_reconciles_as_counted_by_hand(tmp_path):
    prob = read_problem(small_input(tmp_path))
    lists = read_lists([write_lists(tmp_path / "lists")], prob)
    rec = reconcile(prob, lists)
    s1, s2 = rec.sites
    # S1: A-J are 10 rows; C repeats B's NIK, J repeats I's name and birth date; F is
    # recorded; D turns 16 on 20/01 (after Mon 08/01, by Wed 31/01); E only in March.
    assert (s1.site_id, s1.listed, s1.duplicates, s1.recorded, s1.later, s1.too_young) == (
        "S1", 10, 2, 1, 1, 1)  # fmt: skip
    assert (s1.to_plan, s1.typed, s1.not_resident, s1.nik_mismatch) == (5, 40, 1, 1)
    assert s1.later_days == (date(2024, 1, 20), date(2024, 1, 20))
    assert s1.first_day == date(2024, 1, 8)
    # S2: K and L are 16 on Mon 08/01; M turns 16 on Tue 09/01, after the first possible day.
    assert (s2.site_id, s2.listed, s2.to_plan, s2.later, s2.duplicates) == ("S2", 3, 2, 1, 0)
    assert rec.region_code == "3311"
    files = {Path(f.path).name: i for i, f in enumerate(lists.files)}
    dup = sorted((f.row, f.of) for f in rec.flags if f.kind == "duplicate")
    assert dup == [(4, (files["siswa.csv"], 3)), (11, (files["siswa.csv"], 10))]
    assert {(f.kind, f.row) for f in rec.flags if f.kind in ("nik_mismatch", "not_resident")} == {
        ("not_resident", 8), ("nik_mismatch", 9)}  # fmt: skip
    # Only B (17 on 10/06/2024) and L (17 on 31/12/2024) of those planned turn 17 later.
    assert rec.ages == (
        SiteAges("S1", (), ((date(2024, 6, 10), 1),)),
        SiteAges("S2", (), ((date(2024, 12, 31), 1),)),
    )
    planned = planned_problem(prob, rec)
    assert [s.people for s in planned.sites] == [5, 2]
    people = site_people(lists, rec, "S1")
    assert [p.name for p in people] == ["Ani Lestari", "Bayu Pratama", "Budi Santoso",
                                        "Galih Nugroho", "Hana Rahayu"]  # fmt: skip
    assert people[0].nik == "3311**********00" and people[2].nik == ""


people_rows = st.lists(
    st.tuples(
        st.sampled_from(("S1", "S2")),
        st.sampled_from(("", "Ani", "ani ", "Budi")),
        st.sampled_from(("", "3311014501070000", "3311011006070000", "3372010505060000")),
        st.sampled_from((date(2007, 1, 5), date(2007, 6, 10), date(2008, 1, 10), date(2009, 1, 1))),
    ),
    max_size=25,
)


@settings(max_examples=100, deadline=None)
@given(
    rows=people_rows, recorded=st.sets(st.sampled_from(("3311011006070000", "3372010505060000")))
)
def test_the_reconciliation_counts_what_a_plain_pass_over_the_rows_counts(rows, recorded):
    """Against a row-by-row count written without pandas: duplicates (an earlier row's NIK,
    or an earlier kept row's name and birth date where a NIK is missing on either side),
    then recorded, then ages on the sites' first and last days (Mon 08/01 - Fri 12/01/2024)."""
    people = tuple(Person(0, i + 2, s, n, k, b, "", "") for i, (s, n, k, b) in enumerate(rows))
    rec = reconcile(PROBLEM, Lists((), people, frozenset(recorded)))
    expected: dict[str, list[int]] = {"S1": [0] * 5, "S2": [0] * 5}  # dup, rec, young, later, plan
    seen_nik: set[str] = set()
    kept: dict[tuple[str, date], list[str]] = {}
    for p in people:
        name = " ".join(p.name.casefold().split())
        dup = bool(p.nik) and p.nik in seen_nik
        if p.nik:
            seen_nik.add(p.nik)
        if not dup and name:
            group = kept.setdefault((name, p.birth), [])
            if any(not k or not p.nik or k == p.nik for k in group):
                dup = True
            else:
                group.append(p.nik)
        b16 = birthday(p.birth, 16)
        kind = (0 if dup else 1 if p.nik in recorded else 2 if b16 > date(2024, 1, 12)
                else 3 if b16 > date(2024, 1, 8) else 4)  # fmt: skip
        expected[p.site_id][kind] += 1
    got = {
        c.site_id: [c.duplicates, c.recorded, c.too_young, c.later, c.to_plan] for c in rec.sites
    }
    assert got == {s: v for s, v in expected.items() if sum(v)}
