"""The benchmark's smoke mode runs in the suite, so the benchmark itself cannot rot."""

from datetime import date

from benchmarks import run
from benchmarks.generate import campaign, regency
from scheduler.capacity import capacity


def test_smoke_mode_prints_the_table_and_the_targets(capsys):
    run.main(["--smoke"])
    out = capsys.readouterr().out
    assert "| sukoharjo-2022 | 60/4 | 2 |" in out and "| generated 50/2 | 50/2 | 2 |" in out
    assert "| generated 50/2 | lost day | 2 |" in out
    assert "| the command ends within the time asked + 10% + 2 s, at every size |" in out


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
