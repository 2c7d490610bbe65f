"""Stages read in a coordinator's terms, in both languages; a gap only where it says something."""

from datetime import date

from scheduler.labels import kecamatan_moves, stage_reading
from scheduler.plan import KitDay, Plan, Stage, Visit
from tests.conftest import problem, site

MON, TUE, WED = date(2024, 1, 8), date(2024, 1, 9), date(2024, 1, 10)


def hand_plan() -> tuple:
    p = problem((site("A", 25, priority=5, kecamatan="Weru"), site("B", 50, kecamatan="Bulu")),
                kits=1)  # fmt: skip
    rows = (KitDay(MON, "K1", "A", 25), KitDay(TUE, "K1", "B", 25), KitDay(WED, "K1", "B", 25))
    visits = (Visit("A", ((MON, 1),), 25), Visit("B", ((TUE, 1), (WED, 1)), 50))
    return p, Plan(visits, rows, (), finish=WED, finish_bound=TUE)


def test_each_stage_reads_as_what_the_plan_does():
    p, plan = hand_plan()
    assert kecamatan_moves(p, plan) == 1  # Weru on Monday, Bulu from Tuesday
    read = {
        name: stage_reading(p, plan, Stage(name, status, value, bound), "en")
        for name, status, value, bound in [
            ("people", "optimal", 75, 75),
            ("finish", "feasible", 3, 2),
            ("priority", "feasible", 25, 0),
            ("continuity", "optimal", 9, 9),
        ]
    }
    assert read == {
        "people": "75 of 75 people planned (proven best)",
        "finish": "finish Wed 10/01/2024; no plan finishes before Tue 09/01/2024 (within 33.3% of "
        "the bound)",
        "priority": "priority 4-5 sites all done by Mon 08/01/2024 (the best found in the time; "
        "no useful bound)",
        "continuity": "kits move to another kecamatan 1 time(s) from one visit day to the next "
        "(proven best)",
    }
    assert stage_reading(p, plan, Stage("priority", "feasible", 25, 0), "id") == (
        "lokasi prioritas 4-5 semua selesai pada Sen 08/01/2024 (terbaik yang ditemukan dalam "
        "waktu yang ada; tanpa batas yang berarti)"
    )
