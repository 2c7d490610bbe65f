"""The solve's stages as a coordinator reads them: what the plan does, then how sure we are.

Every sentence is about the thing the stage optimised: a priority class's date is read as a
date, "earliest possible" only when that date is proven, and the completion tie-break as the
sum it is.
"""

from __future__ import annotations

from datetime import date

from scheduler.formats import day_text, number, percent
from scheduler.labels import word, worded
from scheduler.moves import kecamatan_moves
from scheduler.plan import Change, Plan, Stage
from scheduler.problem import Problem
from scheduler.replan import ROOM
from scheduler.workdays import build_calendar


def stage_title(stage: Stage, lang: str) -> str:
    """The stage's name in the Summary's table ("priority 4: working days until all done")."""
    return worded(f"goal.{stage.name}", lang, level=stage.level)


def stage_reading(problem: Problem, plan: Plan, stage: Stage, lang: str) -> str:
    """A stage as a coordinator reads it: what the plan does, then how sure we are (a gap
    only where the bound says something)."""

    def w(key: str, **kw: object) -> str:
        return worded(key, lang, **kw)

    if stage.name == "priority":
        return class_reading(problem, plan, stage, lang)
    if stage.name == "people":
        text = w("read.people", value=stage.value, total=problem.people)
        if not stage.proven and stage.bound > stage.value:
            text += "; " + w("read.people_bound", bound=stage.bound)
    elif stage.name == "stability":
        text = w("read.stability", **notified(plan.changes))
    elif stage.name == "finish":
        text = w("read.finish", date=day_text(plan.finish, lang) if plan.finish else "-")
        if not stage.proven and plan.finish_bound and _informative(stage):
            text += "; " + w("read.finish_bound", date=day_text(plan.finish_bound, lang))
    elif stage.name == "completion":
        text = w("read.completion", value=number(stage.value, lang))
    else:
        text = w("read.continuity", n=kecamatan_moves(problem, plan))
        if plan.sweep is not None and plan.sweep.plan_moves > plan.sweep.moves:
            text += "; " + _sweep_note(problem, plan, lang)
    if stage.proven:
        return f"{text} ({w('read.proven')})"
    if _informative(stage):
        gap = abs(stage.value - stage.bound) / max(1, abs(stage.value))
        return f"{text} ({w('read.gap', gap=percent(gap, lang))})"
    return f"{text} ({w('read.unbounded')})"


def _sweep_note(problem: Problem, plan: Plan, lang: str) -> str:
    """Why the plan moves kits more than the sweep: the goal before continuity it beats the
    sweep on (people, the finish, or a priority class done sooner)."""
    sweep = plan.sweep
    assert sweep is not None
    if sweep.better == "people":
        return worded("read.sweep_people", lang, n=sweep.moves, people=number(sweep.people, lang))
    if sweep.better == "finish" and sweep.finish is not None:
        return worded("read.sweep_finish", lang, n=sweep.moves, date=day_text(sweep.finish, lang))
    theirs = dict(sweep.class_people).get(sweep.level, 0)
    if theirs < _class_people(problem, plan, sweep.level):  # a short season: fewer of the class
        people = number(theirs, lang)
        return worded("read.sweep_class_people", lang, n=sweep.moves, level=sweep.level,
                      people=people)  # fmt: skip
    day = dict(sweep.classes).get(sweep.level)
    text = day_text(day, lang) if day is not None else "-"
    return worded("read.sweep_priority", lang, n=sweep.moves, level=sweep.level, date=text)


def _class_people(problem: Problem, plan: Plan, level: int) -> int:
    """The plan's people planned at sites of this priority."""
    return sum(v.people for v in plan.visits if problem.site(v.site_id).priority == level)


def class_reading(problem: Problem, plan: Plan, stage: Stage, lang: str) -> str:
    """ "priority 4 (19 sites): all done by Tue 06/09/2022 (earliest possible once priority 5
    is)": the class's last day in the plan, and what is proven of it. A class held by its own
    sites' windows names them, then the date of its other sites."""

    def w(key: str, **kw: object) -> str:
        return worded(key, lang, **kw)

    members = [s for s in problem.sites if s.priority == stage.level and s.people > 0]
    ids = {s.site_id for s in members}
    short = sum(1 for sf in plan.shortfalls if sf.site_id in ids)
    sites = word("read.site" if len(members) == 1 else "read.sites", lang)
    head = (
        w("read.class_short", level=stage.level, n=len(members), sites=sites, short=short)
        if short
        else w("read.class", level=stage.level, n=len(members), sites=sites)
    )
    last = {v.site_id: v.days[-1][0] for v in plan.visits if v.site_id in ids}
    if not last:
        return f"{head}: {w('read.none_planned')}"
    done = w("read.planned_done" if short else "read.all_done", date=day_text(max(last.values()),
             lang))  # fmt: skip
    if stage.held:
        why = []
        for site_id in stage.held:
            site = problem.site(site_id)
            if site.earliest is not None:
                why.append(w("read.held_from", site=site_id, date=day_text(site.earliest,
                                                                              lang)))  # fmt: skip
            else:
                why.append(w("read.held_alone", site=site_id))
        others = [d for s, d in last.items() if s not in stage.held]
        text = f"{head}: {done} ({'; '.join(why)})"
        if others:
            rest = w("read.others_done", n=len(ids) - len(stage.held),
                     date=day_text(max(others), lang))  # fmt: skip
            proof = _class_proof(problem, stage, lang, max(others))
            text += f"; {rest} ({proof})"
        return text
    return f"{head}: {done} ({_class_proof(problem, stage, lang, max(last.values()))})"


def _class_proof(problem: Problem, stage: Stage, lang: str, done: date | None = None) -> str:
    """How sure the class's date is: earliest possible (given the classes above), or the
    working days between it and its bound."""
    if stage.proven:
        above = sorted({s.priority for s in problem.sites if s.people > 0
                        and s.priority > stage.level}, reverse=True)  # fmt: skip
        if not above:
            return word("read.earliest", lang)
        names = [str(level) for level in above]
        levels = names[0] if len(names) == 1 else (
            ", ".join(names[:-1]) + f" {word('read.and', lang)} {names[-1]}")  # fmt: skip
        key = "read.earliest_after" if len(names) == 1 else "read.earliest_after_many"
        return worded(key, lang, levels=levels)
    if stage.bound_day is not None and done is not None and _informative(stage):
        bound = stage.bound_day
        days = sum(1 for d in build_calendar(problem).working_days if bound < d <= done)
        return worded("read.class_gap", lang, date=day_text(bound, lang), days=days)
    return word("read.class_open", lang)


def stage_figures(
    problem: Problem, plan: Plan, stage: Stage, working_days: tuple[date, ...]
) -> tuple[int, int]:
    """A stage's value and bound as the Summary's table shows them: the finish and a priority
    class as working days from the campaign's start through the day (the solver counts every
    day but holidays, weekends too), the other stages in their own unit."""
    if stage.name not in ("finish", "priority"):
        return stage.value, stage.bound

    def through(day: date | None) -> int:
        return 0 if day is None else sum(1 for d in working_days if d <= day)

    if stage.name == "finish":
        done, bound = plan.finish, plan.finish_bound if stage.bound > 0 else None
    else:
        ids = {s.site_id for s in problem.sites if s.priority == stage.level} - set(stage.held)
        done = max((v.days[-1][0] for v in plan.visits if v.site_id in ids), default=None)
        bound = stage.bound_day if stage.bound > 0 else None
    value = through(done)
    return value, value if stage.proven else min(value, through(bound))


def _informative(stage: Stage) -> bool:
    """A bound within half of the value says something; one near 0 says nothing."""
    return abs(stage.value - stage.bound) <= 0.5 * max(1, abs(stage.value))


def notified(changes: tuple[Change, ...]) -> dict[str, int]:
    """The sites a re-plan must tell, counted as the Changes sheet lists them: dropped (no
    days now), new (no days before), moved (other days), and of those moved or dropped, the
    ones that did so to make room for others."""
    dropped = sum(1 for c in changes if c.old_days and not c.new_days)
    added = sum(1 for c in changes if c.new_days and not c.old_days)
    room = sum(1 for c in changes if c.reason == ROOM)
    moved = len(changes) - dropped - added
    return {"count": len(changes), "dropped": dropped, "added": added, "moved": moved,
            "room": room}  # fmt: skip
