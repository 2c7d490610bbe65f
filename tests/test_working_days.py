"""Working days counted on the campaign's calendar, never calendar days: the finish's distance
from its bound, the Summary's stage figures and the buffer's cost, on a hand-counted case."""

from datetime import date

import openpyxl

from scheduler.labels import finish_apart
from scheduler.plan import Buffer, KitDay, Plan, Stage, Visit
from scheduler.problem import Holiday
from scheduler.workdays import build_calendar
from scheduler.writer import write_plan
from tests.conftest import problem, site

# Mon 1 Jan .. Fri 29 Mar 2024, Tue 26 Mar a holiday. Counted by hand:
#   working days through Fri 22 Mar: 12 weeks x 5 = 60; through Thu 28 Mar: 60 + Mon 25,
#   Wed 27, Thu 28 = 63 (so 3 working days apart, where the calendar has 6 days);
#   the solver's day count (every day but holidays, weekends too): 22 Mar is day 82,
#   28 Mar day 87.
START, BOUND, FINISH, DEADLINE = (date(2024, 1, 1), date(2024, 3, 22), date(2024, 3, 28),
                                  date(2024, 3, 29))  # fmt: skip
P = problem((site("A", 10, priority=3),), start=START, deadline=DEADLINE,
            holidays=(Holiday(date(2024, 3, 26), "Nyepi"),))  # fmt: skip


def plan(**kw: object) -> Plan:
    cal = build_calendar(P)
    value, bound = cal.index(FINISH) + 1, cal.index(BOUND) + 1
    assert (value, bound) == (87, 82)
    stages = (Stage("people", "optimal", 10, 10), Stage("finish", "feasible", value, bound),
              Stage("priority", "feasible", value, bound, level=3, bound_day=BOUND))  # fmt: skip
    return Plan(
        (Visit("A", ((FINISH, 1),), 10),),
        (KitDay(FINISH, "K1", "A", 10),),
        (),
        stages,
        finish=FINISH,
        finish_bound=BOUND,
        **kw,
    )  # type: ignore[arg-type]


def summary(tmp_path, p: Plan) -> dict[str, tuple]:
    out = tmp_path / "plan.xlsx"
    write_plan(P, p, out, lang="en")
    rows = openpyxl.load_workbook(out)["Summary"].iter_rows(values_only=True)
    return {r[0]: r for r in rows if r[0]}


def test_the_finish_is_counted_in_working_days_from_its_bound(tmp_path):
    assert len(build_calendar(P).working_days) == 64
    assert finish_apart(plan(), build_calendar(P).working_days) == 3
    rows = summary(tmp_path, plan())
    assert "no plan finishes before" in rows["Finish date"][2]
    assert "(3 working days apart)" in rows["Finish date"][2], rows["Finish date"]
    # The stage table: working days from the start through the finish and through its bound.
    assert rows["working days to finish (min)"][3:5] == (63, 60)
    assert rows["priority 3: working days until all done (min)"][3:5] == (63, 60)


def test_an_unknown_bound_gives_no_distance(tmp_path):
    p = plan()
    stages = tuple(Stage(s.name, s.status, s.value, 0) if s.name == "finish" else s
                   for s in p.stages)  # fmt: skip
    p = Plan(p.visits, p.kit_days, (), stages, finish=FINISH, finish_bound=FINISH)
    assert finish_apart(p, build_calendar(P).working_days) is None
    rows = summary(tmp_path, p)
    assert rows["Finish date"][2] == "not proven earliest"
    assert rows["working days to finish (min)"][3:5] == (63, 0)


def test_the_buffer_cost_is_in_working_days(tmp_path):
    buffer = Buffer(0.9, 0.92, 0.5, 0.8, BOUND, 100)
    text = " ".join(str(c) for r in summary(tmp_path, plan(buffer=buffer)).values() for c in r)
    assert "(+3 working days;" in text
