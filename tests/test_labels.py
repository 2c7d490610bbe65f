"""Stages read in a coordinator's terms, in both languages; a gap only where it says something."""

import dataclasses
from datetime import date

from scheduler.moves import kecamatan_moves
from scheduler.plan import KitDay, Plan, Stage, Visit
from scheduler.readings import stage_reading
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
            ("completion", "feasible", 25, 0),
            ("continuity", "optimal", 9, 9),
        ]
    }
    assert read == {
        "people": "75 of 75 people planned (proven best)",
        "finish": "finish Wed 10/01/2024; no plan finishes before Tue 09/01/2024 (within 33.3% of "
        "the bound)",
        "completion": "sum over sites of priority x working day done: 25 (the best found in the "
        "time; no useful bound)",
        "continuity": "kits move to another kecamatan 1 time(s) from one visit day to the next "
        "(proven best)",
    }


def test_a_priority_class_reads_as_its_date_and_what_is_proven_of_it():
    p, plan = hand_plan()  # A (priority 5) on Monday, B (priority 3) Tue-Wed
    top = Stage("priority", "optimal", 1, 1, level=5, bound_day=MON)
    assert stage_reading(p, plan, top, "en") == (
        "priority 5 (1 site): all done by Mon 08/01/2024 (earliest possible)"
    )
    assert stage_reading(p, plan, top, "id") == (
        "prioritas 5 (1 lokasi): semua selesai Sen 08/01/2024 (paling awal yang mungkin)"
    )
    rest = Stage("priority", "optimal", 3, 3, level=3, bound_day=WED)
    assert stage_reading(p, plan, rest, "en") == (
        "priority 3 (1 site): all done by Wed 10/01/2024 (earliest possible once priority 5 is)"
    )
    assert stage_reading(p, plan, rest, "id") == (
        "prioritas 3 (1 lokasi): semua selesai Rab 10/01/2024 (paling awal yang mungkin setelah "
        "prioritas 5 didahulukan)"
    )
    # Not proven: the working days between the date and its bound, never "earliest".
    open_ = Stage("priority", "feasible", 3, 2, level=3, bound_day=TUE)
    assert stage_reading(p, plan, open_, "en") == (
        "priority 3 (1 site): all done by Wed 10/01/2024 (not proven earliest; none before "
        "Tue 09/01/2024, 1 working days apart)"
    )
    # A class held by a site's own window names it, then dates the others.
    held = Stage("priority", "optimal", 2, 2, level=3, held=("B",))
    late = dataclasses.replace(p, sites=(p.sites[0], dataclasses.replace(p.sites[1],
                                                                         earliest=TUE)))  # fmt: skip
    assert stage_reading(late, plan, held, "en") == (
        "priority 3 (1 site): all done by Wed 10/01/2024 (B may only be visited from "
        "Tue 09/01/2024)"
    )
