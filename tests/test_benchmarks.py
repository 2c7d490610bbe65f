"""The benchmark's smoke mode runs in the suite, so the benchmark itself cannot rot."""

from benchmarks import run
from benchmarks.generate import campaign
from scheduler.capacity import capacity


def test_smoke_mode_prints_the_table_and_the_targets(capsys):
    run.main(["--smoke", "--time-limit", "1"])
    out = capsys.readouterr().out
    assert "| sukoharjo-2022 | 60/4 |" in out and "| generated 50/2 | 50/2 |" in out
    assert "| peak memory under 2 GiB |" in out


def test_generated_seasons_are_realistic_and_can_fit():
    p = campaign(150, 6, seed=3)
    types = {s.type for s in p.sites}
    assert types == {"school", "kelurahan"} and len(p.reservations) == 2
    assert any(s.latest for s in p.sites) and any(s.closed for s in p.sites)
    assert {s.network for s in p.sites} == {"good", "poor"}
    assert capacity(p).earliest_finish is not None
    assert campaign(150, 6, seed=3) == p  # same seed, same campaign
