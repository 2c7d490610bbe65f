"""Kits held in a kecamatan: the hint's counts are the model's, and bound the kit-id moves."""

from hypothesis import given, settings
from hypothesis import strategies as st
from ortools.sat.python import cp_model

from scheduler.solver.held import entries_of, held_counts, kecamatan_entries


def test_a_kit_not_yet_out_is_held_where_it_first_works():
    # Two kits: X needs one on day 0, Y one on day 2. The second kit waits in Y from the start:
    # no entry.
    held = held_counts({("X", 0): 1, ("Y", 2): 1}, 3, 2)
    assert [held[("Y", t)] for t in range(3)] == [1, 1, 1]
    assert entries_of(held, 3) == 0


def test_the_kit_to_spare_comes_from_the_kecamatan_that_needs_it_last():
    # Two kits in X and Y on day 0; Z needs one on day 1; X needs one again on day 2, Y never.
    # Y's kit goes: one entry, and X keeps its kit for day 2.
    sent = {("X", 0): 1, ("Y", 0): 1, ("Z", 1): 1, ("X", 2): 1}
    held = held_counts(sent, 3, 2)
    assert entries_of(held, 3) == 1
    assert held[("X", 1)] == 1 and held[("Y", 1)] == 0


@settings(max_examples=60, deadline=None)
@given(st.dictionaries(st.tuples(st.sampled_from("ABC"), st.integers(0, 5)), st.integers(0, 2)))
def test_the_hint_keeps_the_models_rules_and_the_model_finds_no_more(sent):
    # The greedy counts are a solution of the model (at least the kits sent, no more than all
    # the kits a day), so the model's fewest entries are never more.
    kits, n_days = 6, 6  # three kecamatan of at most two kits: never more than the kits
    held = held_counts(sent, n_days, kits)
    for (kec, t), n in sent.items():
        assert held[(kec, t)] >= n
    for t in range(n_days):
        assert sum(h for (_, u), h in held.items() if u == t) <= kits
    m = cp_model.CpModel()
    working = {key: [n] for key, n in sent.items() if n}
    if not working:
        return
    _, entries = kecamatan_entries(m, working, n_days, kits)
    m.minimize(sum(e for _, _, e in entries))
    solver = cp_model.CpSolver()
    assert solver.solve(m) == cp_model.OPTIMAL
    kecamatan = {kec for kec, _ in working}
    greedy = entries_of({k: v for k, v in held.items() if k[0] in kecamatan}, n_days)
    assert round(solver.objective_value) <= greedy
