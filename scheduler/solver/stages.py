"""The stages of a solve, in their order of goals (docs/MODEL.md): people, stability
(re-plans), finish, the priority classes (`classes`), completion and continuity, each
keeping the value the one before reached; and, for a fresh plan, the run-choice searches
that find what the day grid's LP cannot."""

from __future__ import annotations

import dataclasses
import math
from collections import defaultdict

from ortools.sat.python import cp_model

from scheduler.capacity import capacity
from scheduler.plan import Stage, Visit
from scheduler.problem import Site
from scheduler.solver.bounds import choice_lp, finish_bound_for_people, people_bound
from scheduler.solver.call import OutOfTime, check_stop, interrupted, solve_cp
from scheduler.solver.classes import class_levels, class_stages, settle_dates
from scheduler.solver.columns import taken_runs
from scheduler.solver.effort import BUILD_SECONDS, CALL_SECONDS, SHORT_SHARES
from scheduler.solver.grid import DayGrid
from scheduler.solver.held import hint_held, kecamatan_entries
from scheduler.solver.overload import FILL_SECONDS, OVERLOADED, best_fill, day_bound
from scheduler.solver.residual import merge_visits
from scheduler.solver.runs import (
    choice_model,
    fewest_kits,
    hint_runs,
    kit_patterns,
    round_choice,
    runs_of,
    settled_by_lp,
    visits_of,
    whole_runs_by,
)
from scheduler.solver.search import Search
from scheduler.solver.sweep import start_from_sweep

# Below this budget (deterministic s, plus so much a variable) the continuity run model does
# not get past loading the plan in hand (`continuity_by_runs`), so it is not built.
_LEAST_FOR_RUNS = 0.5
_LOAD_PER_VARIABLE = 2e-4


def people_stage(search: Search) -> Stage:
    """As many people as possible; proven at once when the plan in hand has everyone."""
    mm, wanted = search.mm, search.wanted
    have, bound = mm.evaluate(search.best, "people"), wanted
    arithmetic = capacity(search.residual.problem, search.residual.calendar)
    short = have < wanted and arithmetic.earliest_finish is None
    if short:
        # Proven short by arithmetic: the fixes search's time is set aside before any stage
        # is given its share, so that the shares add up to what is left.
        search.clock.keep_for_fixes()
    if have == wanted:
        search.unused(search.budget("people"))
    shares = 1.0
    if have < wanted and search.fresh:
        # A fresh plan: the run-choice models first (a plan with everyone, or a real bound).
        bound, shares = people_by_runs(search, short), 0.0
        have = mm.evaluate(search.best, "people")
        search.report("people", have, bound)
    if have == wanted:
        people = Stage("people", "optimal", have, wanted)
        search.record(people)
    else:
        people = search.optimize("people", mm.people, maximize=True, shares=shares)
        if bound < people.bound:
            status = "optimal" if people.value >= bound else people.status
            revised = dataclasses.replace(people, bound=bound, status=status)
            search.revise(people, revised)
            people = revised
        if people.value < wanted:
            search.clock.keep_for_fixes()
    mm.model.add(mm.people >= people.value)
    if people.value == wanted:
        mm.require_everyone()
        kept = search.residual.kept
        last_kept = max((mm.cal.index(d) + 1 for v in kept for d, _ in v.days), default=0)
        search.capacity_bound = max(arithmetic.finish_index, last_kept)
    return people


def later_stages(
    search: Search, replanning: bool, stability_floor: int = 0, order_first: bool = False
) -> None:
    """Stability (re-plans), finish, priority classes, completion and continuity, each bounding
    the next; a re-plan dates its upper classes before stability."""
    mm = search.mm
    due: dict[str, int] = {}
    levels = class_levels(search)
    upper = levels[:-1] if order_first else []
    if replanning:
        # Where lower-priority visits were in a moved site's way (`behind`): the classes'
        # order first (every class but the lowest, which has none below it to go before),
        # then the fewest moves: a lost priority-5 visit comes back before the priority-3
        # ones, which move a day, rather than after them all.
        class_stages(search, None, 0.5, upper, due)
        stability = search.optimize("stability", mm.stability, False, floor=stability_floor)
        search.moves_settled = not interrupted()
        mm.model.add(mm.stability <= stability.value)
    floor, people = search.capacity_bound, search.stages[0].value
    fresh = not replanning and search.fresh
    short = fresh and people < search.wanted
    shares = SHORT_SHARES if short else dict.fromkeys(SHORT_SHARES, 1.0)
    if short:
        # Not everyone fits: the fewest days that could hold this many people, by the LP
        # (often the finish in hand, and then there is nothing to search).
        start = mm.evaluate(search.best, "finish")
        floor = max(floor, finish_bound_for_people(mm, search.clock, people, floor, start))
    finish = search.optimize("finish", mm.finish, False, floor=floor, shares=shares["finish"])
    if not finish.proven:
        finish = search.probe_finish(finish)
    mm.model.add(mm.finish <= finish.value)
    rest = [level for level in levels if level not in upper]
    class_stages(search, finish, (0.5 if upper else 1.0) * shares["priority"], rest, due)
    # Continuity before completion: the kecamatan moves are what a coordinator sees (the
    # sweep's region by region), the completion sum is a tie-break within the classes.
    everyone = fresh and people == search.wanted
    start_from_sweep(search, finish.value, due)  # where it keeps them all
    if everyone:  # a fresh plan with everyone: the exact run model first
        floor = continuity_by_runs(search, finish.value, due)
        continuity = search.optimize("continuity", mm.continuity, False, floor, shares=0.0)
    else:
        share = shares["continuity"]
        continuity = search.optimize("continuity", mm.continuity, False, shares=share)
    mm.model.add(mm.continuity <= continuity.value)
    floor = priority_by_starts(search, finish.value, due, continuity.value) if everyone else 0
    search.optimize("completion", mm.completion, False, floor, shares["completion"])
    settle_dates(search)


def continuity_by_runs(search: Search, finish: int, due: dict[str, int] | None = None) -> int:
    """The continuity stage over every way to visit each site whole: one run of consecutive
    allowed days (from its fewest to its most useful days) ending by `finish`, the kits of
    each day free between the type's fewest and most (and each site's `due` day count, its
    class's date).

    Every plan with everyone is one of these choices and each choice is a plan, so the
    model is exact: its bound holds for the stage, and its search, from the plan in hand,
    moves whole visits where the day grid's moves day by day. It is only built when its
    budget covers loading the plan in hand (benchmarks/README.md, "Figures behind the
    solver"). Returns the bound (0 when not settled)."""
    mm, clock = search.mm, search.clock
    budget = search.budget("continuity")
    search.report("continuity", mm.evaluate(search.best, "continuity"), 0)
    problem, cal = mm.problem, mm.cal
    ways = _whole_run_ways(mm, finish, due)
    size = sum(1 + sum(top > problem.site_type(site).min_kits for top in tops)
               for site, options in ways for _, tops in options)  # fmt: skip
    if budget < _LEAST_FOR_RUNS + _LOAD_PER_VARIABLE * size or not all(o for _, o in ways):
        search.unused(budget)
        return 0

    planned = {v.site_id: [(cal.index(d), k) for d, k in v.days] for v in search.best}
    m = cp_model.CpModel()
    kits_on: dict[int, list[cp_model.LinearExprT]] = defaultdict(list)
    visits_on: dict[tuple[str, int], list[cp_model.IntVar]] = defaultdict(list)
    in_kecamatan: dict[tuple[str, int], list[cp_model.LinearExprT]] = defaultdict(list)
    runs: list[tuple[cp_model.IntVar, Site, list[tuple[int, cp_model.LinearExprT]]]] = []
    for site, options in ways:
        check_stop()
        rules, need = problem.site_type(site), problem.kit_days_needed(site)
        mine = planned.get(site.site_id, [])
        zs = []
        for days, tops in options:
            z = m.new_bool_var(f"run[{site.site_id},{days[0]},{len(days)}]")
            same = tuple(t for t, _ in mine) == days
            m.add_hint(z, same)
            kits: list[tuple[int, cp_model.LinearExprT]] = []
            for j, (t, top) in enumerate(zip(days, tops, strict=True)):
                k: cp_model.LinearExprT = rules.min_kits * z
                if top > rules.min_kits:
                    k = m.new_int_var(0, top, "")
                    m.add(k >= rules.min_kits * z)
                    m.add(k <= top * z)
                    m.add_hint(k, mine[j][1] if same else 0)
                kits.append((t, k))
                kits_on[t].append(k)
                visits_on[(site.type, t)].append(z)
                in_kecamatan[(site.kecamatan, t)].append(k)
            m.add(sum(k for _, k in kits) >= need * z)
            zs.append(z)
            runs.append((z, site, kits))
        m.add_exactly_one(zs)
    clock.charge(CALL_SECONDS + BUILD_SECONDS * len(m.proto.variables))
    mm.rule.add_to(m, kits_on, visits_on)
    entries = _entries(m, mm, in_kecamatan, search.best)
    kit_days = cp_model.LinearExpr.sum([k for _, _, ks in runs for _, k in ks])
    m.minimize(mm.entry_weight() * cp_model.LinearExpr.sum(entries) + kit_days)
    status, solver = solve_cp(m, clock, budget)
    search.unused(budget - solver.deterministic_time)
    if status not in (cp_model.OPTIMAL, cp_model.FEASIBLE):
        return 0
    visits = merge_visits(
        Visit(site.site_id, tuple((cal.days[t], int(solver.value(k))) for t, k in kits),
              site.people)
        for z, site, kits in runs
        if solver.value(z)
    )  # fmt: skip
    if round(solver.objective_value) < mm.evaluate(search.best, "continuity"):
        search.adopt(visits)
    bound: float = solver.best_objective_bound
    return math.ceil(bound - 1e-6)


_Ways = list[tuple[Site, list[tuple[tuple[int, ...], list[int]]]]]


def _whole_run_ways(mm: DayGrid, finish: int, due: dict[str, int] | None) -> _Ways:
    """Per site with people, every whole run of consecutive allowed days (its fewest to its
    most useful days) ending by `finish` and its `due` day count, with the most kits each day
    may take: those whose kits can cover the site's kit-days."""
    problem, cal = mm.problem, mm.cal
    ways: _Ways = []
    for site in problem.sites:
        check_stop()
        if site.people == 0:
            continue
        rules, need = problem.site_type(site), problem.kit_days_needed(site)
        allowed, options = cal.allowed[site.site_id], []
        end = min(finish, (due or {}).get(site.site_id, finish))
        for length in range(problem.days_needed(site), problem.most_useful_days(site) + 1):
            for i in range(len(allowed) - length + 1):
                days = tuple(allowed[i : i + length])
                if days[-1] >= end:
                    continue
                tops = [min(rules.max_kits, cal.free_kits[t]) for t in days]
                if min(tops) >= rules.min_kits and sum(tops) >= need:
                    options.append((days, tops))
        ways.append((site, options))
    return ways


def _entries(
    m: cp_model.CpModel,
    mm: DayGrid,
    in_kecamatan: dict[tuple[str, int], list[cp_model.LinearExprT]],
    plan: tuple[Visit, ...],
) -> list[cp_model.IntVar]:
    """Kits entering each kecamatan from one day to the next (`held.py`), hinted from `plan`."""
    held, entries = kecamatan_entries(m, in_kecamatan, len(mm.cal.days), len(mm.r.whole.kits))
    hint_held(m, held, entries, mm.held_of(plan))
    return [e for _, _, e in entries]


def priority_by_starts(
    search: Search, finish: int, due: dict[str, int], continuity: int | None = None
) -> int:
    """The completion stage as a choice of start day per site (this grid proves
    priority-weighted completion where the day grid's LP bound stays near 0; docs/MODEL.md).

    Each site runs the fewest days it needs, on consecutive allowed days ending by `finish`
    and by its class's date (`due`, day counts).
    With each visit day counted at its type's fewest kits, every plan maps onto this model
    (start where it starts): its optimum bounds the stage from below. At the most kits, a
    solution is itself a plan keeping every rule; it becomes the plan in hand when it is
    better. Where a type's fewest and most kits are equal (two kits a school visit, one a
    kelurahan) the two models are one, and the stage is proven when it is solved.
    Returns the bound (0 when not settled), in the stage's units."""
    mm, clock = search.mm, search.clock
    # The start models first, with the stage's whole budget; what they leave passes on to the
    # day-grid search (measured on Surakarta at 5 s: the plan model is optimal at 5,631 after
    # 0.9 deterministic s, while the day grid's search reached 6,960 in 1.3).
    budget = search.budget("completion")

    bound, used = 0, 0.0
    runs = runs_of(mm, fewest_kits, finish, partial=False, due=due)
    if runs is not None:
        m, chosen = choice_model(mm, clock, runs, everyone=True, objective="priority")
        status, solver = solve_cp(m, clock, budget / 3)
        used = solver.deterministic_time
        if status in (cp_model.OPTIMAL, cp_model.FEASIBLE):
            bound = math.ceil(solver.best_objective_bound - 1e-6)
    runs = runs_of(mm, kit_patterns, finish, partial=False, due=due)
    if runs is not None:
        m, chosen = choice_model(mm, clock, runs, everyone=True, objective="priority")
        # What the bound left (it is often proven in a fraction of its share) goes to the plan.
        status, solver = solve_cp(m, clock, max(0.0, budget - used))
        used += solver.deterministic_time
        if status in (cp_model.OPTIMAL, cp_model.FEASIBLE):
            visits = visits_of(mm, chosen, solver.value)
            kept = continuity is None or mm.evaluate(visits, "continuity") <= continuity
            if round(solver.objective_value) < mm.evaluate(search.best, "completion") and kept:
                search.adopt(visits)
    search.unused(budget - used)
    return bound


def people_by_runs(search: Search, short: bool) -> int:
    """The people stage as a choice of one run per site (count per day, whole runs: where the
    day grid's search stays at the sweep, this formulation closes the gap; docs/MODEL.md).

    First: can every site have one whole run? A feasibility question that a portfolio of
    searches answers in seconds where the day grid's optimisation never leaves the sweep.
    If not, the LP of the choice (GLOP), with runs cut short allowed and each day counted at
    the type's fewest kits but its people at the most, is an upper bound on people that holds
    for every plan; its solution, rounded and filled greedily, and then searched, is a plan.
    `short`: arithmetic already proves that not everyone fits.
    Returns the people bound (the whole campaign's people when nothing better is known)."""
    mm, clock = search.mm, search.clock
    wanted = search.wanted
    # The stage's share twice over: here is where a short campaign's people are found (the
    # day grid's search after it gets only what this leaves); thrice when arithmetic proves
    # the campaign short (`SHORT_SHARES`).
    budget = search.budget("people", SHORT_SHARES["people"] if short else 2.0)
    last = len(mm.cal.days)

    search.report("people", mm.evaluate(search.best, "people"), wanted)
    if budget < clock.least_useful:  # too little effort to search: the plan in hand stands
        search.unused(budget)
        return wanted
    # Whole runs for everyone, unless the capacity arithmetic already proves it cannot be.
    everyone, spent = None, 0.0
    if not short:
        everyone, spent = whole_runs_by(mm, clock, last, budget / 2)
    if everyone is not None:
        search.adopt(everyone)
        search.unused(budget - spent)
        return wanted
    # Kit-days to where they record most, and the day-by-day bound: milliseconds (`overload`).
    clock.charge(FILL_SECONDS * len(mm.problem.sites) * len(mm.cal.days))
    filled = best_fill(mm.problem, mm.cal, mm.r.taken)
    if sum(v.people for v in filled) > mm.evaluate(search.best, "people"):
        search.adopt(filled)
    bound = min(wanted, day_bound(mm.problem, mm.cal, mm.r.taken))
    overloaded = bound <= OVERLOADED * wanted
    try:
        if budget - spent >= clock.least_useful and not overloaded:
            bound = min(bound, people_bound(mm, clock) or wanted)
        runs = runs_of(mm, kit_patterns, last, partial=True)
        if runs is not None and budget - spent >= clock.least_useful:
            _, solution = choice_lp(mm, runs, clock)
            settled: dict[str, int] = {}
            if solution is not None:
                rounded = round_choice(mm, runs, solution)
                if sum(v.people for v in rounded) > mm.evaluate(search.best, "people"):
                    search.adopt(rounded)
                if overloaded:  # a search over the LP's runs: it loads in a second
                    runs, solution = taken_runs(mm, runs, solution, search.best)
                settled = settled_by_lp(runs, solution)
            # First the sites the LP left undecided, the others keeping the LP's run (measured on
            # the short regency: 48 of 227 sites open, optimal at 8,965 in 2.6 deterministic s
            # against the LP's 8,985, where the whole choice reached 8,932 in 55, and added nothing
            # after it in 1 more), then, if it is solved with effort left, the whole choice.
            for decided in (settled, {}) if settled else ({},):
                if budget - spent < clock.least_useful:
                    break
                m, chosen = choice_model(mm, clock, runs, everyone=False, objective="people")
                hint_runs(m, chosen, mm, search.best)
                for z, run in chosen:
                    check_stop()  # 290k runs at 2,000 sites
                    i = decided.get(run.site.site_id)
                    if i is not None:
                        m.add(z == (run is runs[run.site.site_id][i]))
                share = 1.0 if decided else 1 / 2
                status, solver = solve_cp(m, clock, max(0.0, budget - spent) * share)
                spent += solver.deterministic_time
                if status in (cp_model.OPTIMAL, cp_model.FEASIBLE):
                    visits = visits_of(mm, chosen, solver.value)
                    if sum(v.people for v in visits) > mm.evaluate(search.best, "people"):
                        search.adopt(visits)
                if sum(v.people for v in search.best) >= bound:
                    break  # proven: nothing to gain
    except OutOfTime:  # the clock ran out in a build: the bound found stands
        pass
    search.unused(budget - spent)
    return bound
