"""Kecamatan moves: how often a team drives from one kecamatan to another.

One definition, used by the Summary, the benchmarks and the solver's continuity: per kit, its
days at a site in date order (days off, idle days and duty days skipped, since the team still
drives from where it last worked); a move is each pair of successive such days whose sites are
in different kecamatan. A kit's first day counts no move. The sweep (`scheduler/greedy.py`) is
counted the same way, once its visits have kit ids (`solver.kit_ids.assign_kits`).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from scheduler.plan import KitDay, Plan
from scheduler.problem import Problem


def moves_of(kit_days: Iterable[KitDay], kecamatan_of: Mapping[str, str]) -> int:
    """The moves in these kit rows, each site's kecamatan from `kecamatan_of`."""
    last: dict[str, str] = {}
    moves = 0
    for kd in sorted(kit_days, key=lambda k: (k.kit_id, k.day)):
        here = kecamatan_of.get(kd.site_id, "")
        if last.get(kd.kit_id, here) != here:
            moves += 1
        last[kd.kit_id] = here
    return moves


def kecamatan_moves(problem: Problem, plan: Plan) -> int:
    """The plan's kecamatan moves (the module's definition)."""
    return moves_of(plan.kit_days, {s.site_id: s.kecamatan for s in problem.sites})
