"""Kit ids for a plan's visits: each day, the kits sent so that teams drive between kecamatan as
little as they can (`moves.moves_of` counts it).

Solvers decide how many kits each site has each day; kits are interchangeable on a day, so
which kit goes where is decided here, a day at a time, by an exact assignment (OR-Tools'
linear sum assignment) of the day's free kits to its kit places. A kit costs nothing at the
site it was at the day before, a little at another site of the kecamatan it last worked in or
on its first day out, and a move otherwise; of the kits that must move, the ones whose
kecamatan has no work left soon go first, so the kits still needed there stay. Announced kit
ids (a re-plan's `pinned`) are kept as they were.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from datetime import date

from ortools.graph.python import linear_sum_assignment

from scheduler.messages import Msg
from scheduler.plan import DutyDay, KitDay, Visit, split_people
from scheduler.problem import Problem
from scheduler.workdays import Calendar

# Costs of one kit at one kit place: a move outweighs every tie-break a day can add up.
_SAME_SITE, _SAME_KECAMATAN, _FIRST_DAY = 0, 1, 2
_MOVE = 10_000
# A kit leaving a kecamatan whose own work resumes within this many working days, with no
# other kit there to spare, costs up to this much more (sooner: more): someone must drive in.
_LOOKAHEAD, _NEEDED_BACK = 10, 1_000


def assign_kits(
    problem: Problem,
    calendar: Calendar,
    visits: tuple[Visit, ...],
    pinned: dict[tuple[date, str], tuple[str, ...]] | None = None,
) -> tuple[tuple[KitDay, ...], tuple[DutyDay, ...], tuple[str, ...]]:
    """Hand out kit ids for every visit day and reserved duty.

    Duties take the kits left, preferring the kit that did the same duty last time.
    Returns the kit rows, the duty rows and warnings for duties that found no kit.
    """
    kecamatan = {s.site_id: s.kecamatan for s in problem.sites}
    index = {d: t for t, d in enumerate(calendar.days)}
    demand: dict[date, list[tuple[str, int]]] = defaultdict(list)
    need: dict[tuple[str, int], int] = defaultdict(int)  # kits per kecamatan and day index
    for v in visits:
        for day, kits in v.days:
            demand[day].append((v.site_id, kits))
            need[(kecamatan[v.site_id], index[day])] += kits
    people_of = {v.site_id: split_people(v.people, v.kit_days) for v in visits}
    used_so_far: dict[str, int] = defaultdict(int)

    last_site: dict[str, str] = {}
    last_kecamatan: dict[str, str] = {}
    last_duty: dict[str, str] = {}
    kit_rows: list[KitDay] = []
    duty_rows: list[DutyDay] = []
    warnings: list[str] = []

    for i, day in enumerate(calendar.days):
        free = list(calendar.kits_available[i])  # in the Kits sheet's order
        places: list[str] = []  # one site id per kit the day needs there
        chosen: dict[int, str] = {}  # place -> kit
        for site_id, kits in sorted(demand.get(day, [])):
            announced = [k for k in (pinned or {}).get((day, site_id), ()) if k in free]
            for kit in announced[:kits]:
                chosen[len(places)] = kit
                places.append(site_id)
                free.remove(kit)
            places.extend([site_id] * (kits - min(kits, len(announced))))
        open_places = [p for p in range(len(places)) if p not in chosen]
        if len(open_places) > len(free):  # the solver guarantees this never happens
            raise AssertionError(f"{day}: not enough free kits for {places}")
        holding: dict[str, int] = defaultdict(int)  # kits whose last kecamatan is this one
        for kit in free:
            if kit in last_kecamatan:
                holding[last_kecamatan[kit]] += 1

        def cost(kit: str, site_id: str, i: int = i, holding: dict[str, int] = holding) -> int:
            here = kecamatan[site_id]
            if last_site.get(kit) == site_id:
                return _SAME_SITE
            was = last_kecamatan.get(kit)
            if was is None:
                return _FIRST_DAY
            if was == here:
                return _SAME_KECAMATAN
            return _MOVE + _leaving(was, i, holding[was], need, len(calendar.days))

        picked = _assignment(free, open_places, places, cost)
        chosen.update(zip(open_places, picked, strict=True))
        free_after = set(free) - set(chosen.values())
        for place in sorted(chosen):
            site_id, kit = places[place], chosen[place]
            n = used_so_far[site_id]
            used_so_far[site_id] = n + 1
            kit_rows.append(KitDay(day, kit, site_id, people_of[site_id][n]))
            last_site[kit] = site_id
            last_kecamatan[kit] = kecamatan[site_id]
        left = [k for k in calendar.kits_available[i] if k in free_after]
        for kit in left:
            last_site.pop(kit, None)  # an idle kit no longer "continues" a visit
        _hand_duties(problem, day, left, last_duty, duty_rows, warnings)
    return tuple(kit_rows), tuple(duty_rows), tuple(warnings)


def _hand_duties(
    problem: Problem,
    day: date,
    left: list[str],
    last_duty: dict[str, str],
    duty_rows: list[DutyDay],
    warnings: list[str],
) -> None:
    """The day's reserved duties take the kits `left`, each preferring the kit that did the
    same duty last time; a duty that finds none is a warning."""
    for r in problem.reservations:
        if not r.applies(day):
            continue
        for _ in range(r.kits):
            if not left:
                warnings.append(Msg("duty.no_kit", day=day, label=r.label))
                break
            label = r.label
            kit = min(left, key=lambda k: last_duty.get(k) != label)
            left.remove(kit)
            duty_rows.append(DutyDay(day, kit, r.label))
            last_duty[kit] = label


def _leaving(
    kecamatan: str, today: int, holding: int, need: dict[tuple[str, int], int], n_days: int
) -> int:
    """What a kit leaving `kecamatan` today costs beyond its move: more the sooner that
    kecamatan needs more kits than the `holding` ones already there (0: it never does soon)."""
    for ahead in range(1, _LOOKAHEAD + 1):
        t = today + ahead
        if t >= n_days:
            break
        if need.get((kecamatan, t), 0) >= holding:
            return _NEEDED_BACK * (_LOOKAHEAD + 1 - ahead) // _LOOKAHEAD
    return 0


def _assignment(
    free: list[str],
    open_places: list[int],
    places: list[str],
    cost: Callable[[str, str], int],
) -> list[str]:
    """The free kit for each open place, at the least total cost (kits left over stay idle)."""
    if not open_places:
        return []
    lsa = linear_sum_assignment.SimpleLinearSumAssignment()
    # Square: one row per free kit, the open places then idle places at no cost.
    for row, kit in enumerate(free):
        for col in range(len(free)):
            c = cost(kit, places[open_places[col]]) if col < len(open_places) else 0
            lsa.add_arc_with_cost(row, col, c)
    status = lsa.solve()
    if status != lsa.OPTIMAL:  # a complete square assignment always has a solution
        raise AssertionError(f"kit assignment: {status}")
    by_place = {lsa.right_mate(row): kit for row, kit in enumerate(free)}
    return [by_place[col] for col in range(len(open_places))]
