"""Effort and clock: deterministic budgets sized from the wall time, the fixes' time kept."""

import pytest

from scheduler.solver.effort import Clock, SolverOptions, wall_per_deterministic


def test_wall_seconds_per_deterministic_second_grow_with_the_model():
    assert wall_per_deterministic(5_000) == wall_per_deterministic(10_000) == 1.25
    assert wall_per_deterministic(100_000) > wall_per_deterministic(50_000) > 1.25


def test_a_repeatable_clock_counts_the_limit_in_deterministic_seconds():
    clock = Clock(SolverOptions(time_limit=10, repeatable=True))
    clock.size(200_000)
    clock.charge(5.0)  # modelled wall time outside CP-SAT: not counted when repeatable
    assert clock.deterministic == 10 and clock.left() == float("inf")


def test_the_fixes_time_is_kept_once_and_at_most_half():
    clock = Clock(SolverOptions(time_limit=10, repeatable=True, reserve_if_short=8))
    clock.keep_for_fixes()
    clock.keep_for_fixes()
    assert clock.limit == pytest.approx(5.0)
