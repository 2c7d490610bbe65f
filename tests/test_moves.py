"""Kecamatan moves, counted by hand: per kit, successive days at a site in another kecamatan."""

from datetime import date, timedelta

from scheduler.greedy import greedy_visits
from scheduler.moves import kecamatan_moves, moves_of
from scheduler.plan import KitDay, Plan
from scheduler.solver.kit_ids import assign_kits
from scheduler.workdays import build_calendar
from tests.conftest import problem, site

MON = date(2024, 1, 8)


def day(i: int) -> date:
    return MON + timedelta(days=i)


def test_moves_are_counted_per_kit_over_its_days_at_a_site():
    kec = {"A": "Weru", "A2": "Weru", "B": "Bulu", "C": "Nguter"}
    rows = [
        # K1: Weru Mon, Weru (another site) Tue, idle Wed, Bulu Thu, Weru Fri: 2 moves.
        KitDay(day(0), "K1", "A", 10), KitDay(day(1), "K1", "A2", 10),
        KitDay(day(3), "K1", "B", 10), KitDay(day(4), "K1", "A", 10),
        # K2, listed out of order: Nguter Tue, Bulu Mon: 1 move (Bulu -> Nguter).
        KitDay(day(1), "K2", "C", 10), KitDay(day(0), "K2", "B", 10),
        # K3: one day only: no move.
        KitDay(day(2), "K3", "C", 10),
    ]  # fmt: skip
    assert moves_of(rows, kec) == 3
    assert moves_of([], kec) == 0


def test_the_sweep_and_a_plan_are_counted_alike():
    p = problem((site("A", 10, kecamatan="Weru"), site("B", 10, kecamatan="Bulu"),
                 site("C", 10, kecamatan="Weru")), kits=1)  # fmt: skip
    cal = build_calendar(p)
    visits = greedy_visits(p, cal)
    rows, duties, _ = assign_kits(p, cal, visits)
    # The sweep takes Weru's two sites first, then Bulu: one kit, one move.
    assert [r.site_id for r in sorted(rows, key=lambda r: r.day)] == ["A", "C", "B"]
    assert kecamatan_moves(p, Plan(visits, rows, duties)) == 1
