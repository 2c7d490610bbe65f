"""Kits held in a kecamatan: the continuity stage's count of kecamatan moves.

A kit that does not work on a day (a day off for its sites' type, a duty, out of service)
stays where it last worked, and `moves.py` counts a move only when it next works elsewhere.
So per kecamatan and working day the models count `held`: the kits whose last kecamatan is
that one. It is at least the kits working there that day, and the held counts of a day add up
to no more than all the kits (a kit let go and taken up elsewhere enters as a moved one does,
so holding it is never worse). A kit entering a kecamatan is a held count rising: entry >=
held today - held yesterday.

Any plan's kit ids give such counts (a kit not yet out is held where it first works) with no
more entries than moves, so the fewest entries are a lower bound on the moves counted on kit
ids. Counting kits present instead (the kits working there today less yesterday's) would
charge every kit again after each day its type does not work: a Mon-Wed type re-enters all
its kecamatan every Monday, whatever the plan.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from ortools.sat.python import cp_model

Working = Mapping[tuple[str, int], Sequence[cp_model.LinearExprT]]


def kecamatan_entries(
    m: cp_model.CpModel, working: Working, n_days: int, kits: int
) -> tuple[dict[tuple[str, int], cp_model.IntVar], list[tuple[str, int, cp_model.IntVar]]]:
    """`held[kecamatan, t]` and the entries from day t-1 to t, over the kecamatan of
    `working` (the kits sent to each kecamatan per day index, as expressions)."""
    kecamatan = sorted({kec for kec, _ in working})
    held: dict[tuple[str, int], cp_model.IntVar] = {}
    entries: list[tuple[str, int, cp_model.IntVar]] = []
    for t in range(n_days):
        for kec in kecamatan:
            h = m.new_int_var(0, kits, f"held[{kec},{t}]")
            there = working.get((kec, t))
            if there:
                m.add(h >= cp_model.LinearExpr.sum(list(there)))
            held[(kec, t)] = h
            if t > 0:
                e = m.new_int_var(0, kits, f"enter[{kec},{t}]")
                m.add(e >= h - held[(kec, t - 1)])
                entries.append((kec, t, e))
        m.add(cp_model.LinearExpr.sum([held[(kec, t)] for kec in kecamatan]) <= kits)
    return held, entries


def hint_held(
    m: cp_model.CpModel,
    held: Mapping[tuple[str, int], cp_model.IntVar],
    entries: Sequence[tuple[str, int, cp_model.IntVar]],
    counts: Mapping[tuple[str, int], int],
) -> None:
    """Hint `kecamatan_entries`' variables with a plan's held `counts` (`held_counts`)."""
    for key, h in held.items():
        m.add_hint(h, counts.get(key, 0))
    for kec, t, e in entries:
        m.add_hint(e, _entering(counts, kec, t))


def _entering(counts: Mapping[tuple[str, int], int], kec: str, t: int) -> int:
    """Kits entering `kec` on day t by these held counts."""
    return max(0, counts.get((kec, t), 0) - counts.get((kec, t - 1), 0))


def held_counts(
    sent: Mapping[tuple[str, int], int], n_days: int, kits: int
) -> dict[tuple[str, int], int]:
    """Held counts for a plan's kits sent per kecamatan and day index (a hint's values; at least
    the kits sent, adding up to `kits` each day).

    Day by day, the kits a kecamatan lacks come first from kits not yet out (held from the
    first day where they first work: no entry), then from kecamatan with kits to spare, the one
    whose next need is furthest off first. Assumes no day sends more than `kits`."""
    kecamatan = sorted({kec for kec, _ in sent})
    if not kecamatan:
        return {}
    where: list[str | None] = [None] * kits  # each kit's kecamatan; None: not out yet
    trail: list[list[str | None]] = []
    for t in range(n_days):
        need = {kec: sent.get((kec, t), 0) for kec in kecamatan}
        spare = {kec: where.count(kec) - need[kec] for kec in kecamatan}
        for kec in kecamatan:
            for _ in range(max(0, -spare[kec])):
                i = _kit_to_send(where, spare, sent, t, n_days)
                if where[i] is not None:
                    spare[where[i]] -= 1  # type: ignore[index]
                else:
                    for day in trail:  # held here from the first day: it enters no kecamatan
                        day[i] = kec
                where[i] = kec
                spare[kec] += 1
        trail.append(list(where))
    first = kecamatan[0]
    counts: dict[tuple[str, int], int] = {}
    for t, day in enumerate(trail):
        for kec in kecamatan:
            counts[(kec, t)] = sum(1 for w in day if (w or first) == kec)
    return counts


def _kit_to_send(
    where: list[str | None],
    spare: dict[str, int],
    sent: Mapping[tuple[str, int], int],
    t: int,
    n_days: int,
) -> int:
    """A kit not yet out, else one from the kecamatan with a kit to spare that needs it last."""
    for i, w in enumerate(where):
        if w is None:
            return i

    def next_need(kec: str) -> int:
        return next((u for u in range(t + 1, n_days) if sent.get((kec, u), 0) > 0), n_days)

    source = max((k for k, n in spare.items() if n > 0), key=lambda k: (next_need(k), k))
    return where.index(source)


def entries_of(held: Mapping[tuple[str, int], int], n_days: int) -> int:
    """The entries these held counts make."""
    kecamatan = {kec for kec, _ in held}
    return sum(_entering(held, kec, t) for kec in kecamatan for t in range(1, n_days))
