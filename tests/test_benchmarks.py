"""The benchmark's smoke mode runs in the suite, so the benchmark itself cannot rot."""

from datetime import date

import pytest

from benchmarks import run
from benchmarks.generate import campaign, regency
from benchmarks.tables import BEGIN, END, Outcome, replace_results, worse_than
from scheduler.capacity import capacity


def test_smoke_mode_prints_the_tables_and_the_targets(capsys, tmp_path):
    readme = tmp_path / "README.md"
    readme.write_text(f"# Benchmarks\n\n{BEGIN}\nold\n{END}\n\nAfter.\n")
    run.main(["--smoke", "--markdown", str(readme)])
    out = capsys.readouterr().out
    # The sweep beside the plan, and the plan's values from --repeatable, its wall apart.
    assert "| sukoharjo-2022 | 60/4 | 1 | 2,998 / 2,998 (2,998 / 2,998) |" in out
    assert "| generated 50/2 | 50/2 | 1 |" in out and "(sweep breaks" not in out
    assert "| generated 50/2 | lost day | 1 |" in out
    assert "| the command ends within the time asked + 10% + 2 s, at every size |" in out
    assert "| every season: the plan never worse than the sweep" in out
    written = readme.read_text()
    assert written.startswith(f"# Benchmarks\n\n{BEGIN}\nMachine: ") and "old" not in written
    assert written.endswith(f"{END}\n\nAfter.\n") and "| generated 50/2 | lost day |" in written


def test_the_plan_is_worse_than_the_sweep_on_each_count_it_loses():
    sweep = Outcome(100, date(2022, 11, 2), ((5, date(2022, 9, 1), 0, 40), (3, None, 2, 50)), 10)
    same = Outcome(100, date(2022, 11, 2), ((5, date(2022, 9, 1), 0, 40), (3, None, 2, 50)), 10)
    assert worse_than(sweep, same) == []
    plan = Outcome(99, date(2022, 11, 3),
                   ((5, date(2022, 9, 2), 0, 40), (3, date(2022, 11, 3), 0, 60)), 11)  # fmt: skip
    # Class 3 has more of its people planned than the sweep's: not worse there.
    assert worse_than(sweep, plan) == ["people", "finish", "priority 5", "moves"]


def test_a_class_with_more_sites_short_but_more_people_planned_is_not_worse():
    # A short season: the sweep plans 8 of the class's sites whole and leaves 2 short; the plan
    # leaves 5 short but records more of the class's people. People first, as the planner's.
    sweep = Outcome(100, date(2022, 11, 30), ((5, date(2022, 11, 30), 2, 400),), 10)
    plan = Outcome(120, date(2022, 11, 30), ((5, date(2022, 11, 30), 5, 450),), 12)
    assert worse_than(sweep, plan) == ["moves"]


def test_worse_is_explained_only_by_an_earlier_goal_the_plan_is_better_on():
    from benchmarks.tables import _explained

    assert _explained(["moves"], "finish")
    assert _explained(["priority 3", "moves"], "priority 5")
    assert not _explained(["priority 5", "moves"], "priority 3")  # a later class
    assert not _explained(["moves"], "-")  # the Summary names none
    assert not _explained(["finish", "moves"], "finish")


def test_the_tables_go_only_between_the_markers(tmp_path):
    path = tmp_path / "notes.md"
    path.write_text("no markers here\n")
    with pytest.raises(SystemExit, match="markers"):
        replace_results(path, "table\n")
    assert path.read_text() == "no markers here\n"


def test_generated_seasons_are_realistic_and_can_fit():
    p = campaign(150, 6, seed=3)
    types = {s.type for s in p.sites}
    assert types == {"school", "kelurahan"} and len(p.reservations) == 2
    assert any(s.latest for s in p.sites) and any(s.closed for s in p.sites)
    assert {s.network for s in p.sites} == {"good", "poor"}
    assert capacity(p).earliest_finish is not None
    assert campaign(150, 6, seed=3) == p  # same seed, same campaign


def test_the_regency_has_three_types_a_kit_out_and_fits_only_with_the_long_deadline():
    long, short = regency(), regency(date(2022, 11, 30))
    assert {s.type for s in long.sites} == {"school", "kelurahan", "desa"}
    assert long.kits[0].unavailable and len(long.sites) == 227
    assert capacity(regency(kits=7)).earliest_finish is not None
    assert capacity(regency(date(2022, 11, 30), kits=7)).earliest_finish is None
    assert short.people == long.people


def test_an_overloaded_season_is_judged_against_the_lower_bound():
    from benchmarks.tables import PlanRow, SweepRow, YardstickRow, markdown

    sweep = Outcome(9_000, date(2022, 11, 30), ((1, date(2022, 11, 30), 40, 9_000),), 20)
    plan = Outcome(9_900, date(2022, 11, 30), ((1, date(2022, 11, 30), 30, 9_900),), 18)
    row = PlanRow("over 2x", 281, 8, 60.0, True, 70.0, plan, 10_500, 20_000, (), (), "abc",
                  False, "", 300.0)  # fmt: skip
    text = markdown([SweepRow("over 2x", sweep, 0, 0.1)], [row], [],
                    [YardstickRow("over 2x", 600.0, 9_950, 10_050, False)], None)  # fmt: skip
    # The bound is the yardstick's 10,050 (lower than the planner's own 10,500): 1.5% away.
    assert (
        "| over 2x | 60 | 9,000 / 9,900 | 9,950 / 10,050 (600) | 10,050 | 1.5% | yes | - |" in text
    )
