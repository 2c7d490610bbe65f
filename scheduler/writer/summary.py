"""The Summary sheet: the campaign in figures, the finish and how sure it is, the optimisation
stages, the sites left short and the smallest fixes, the printing outlook and the warnings."""

from __future__ import annotations

from typing import Any

from openpyxl.styles import Alignment, Font
from openpyxl.worksheet.worksheet import Worksheet

from scheduler.capacity import capacity
from scheduler.cards import waiting
from scheduler.formats import PERCENT_CELL, long_date, number
from scheduler.labels import (
    finish_apart,
    print_fix_text,
    shortfall_text,
    word,
    worded,
)
from scheduler.messages import render, say
from scheduler.plan import Plan
from scheduler.printing import plan_arrivals
from scheduler.problem import Problem
from scheduler.readings import stage_figures, stage_reading, stage_title
from scheduler.scenarios import describe
from scheduler.workdays import Calendar
from scheduler.xlsx import (
    SHORT_FILL,
    header_row,
    put,
)


def summary_sheet(ws: Worksheet, problem: Problem, plan: Plan, cal: Calendar, lang: str) -> None:
    """The campaign in figures, then the stages, the sites left short and the fixes, the
    printing outlook and the warnings, each under its own heading."""
    r = _facts(ws, _fact_rows(problem, plan, cal, lang), lang)
    r = _stages(ws, r + 1, problem, plan, cal, lang)
    r = _shortfalls(ws, r + 2, problem, plan, lang)
    if plan.printing is not None:
        r = _printing_summary(ws, r, plan, lang)
    if plan.warnings:
        put(ws, r, 1, word("warnings", lang)).font = Font(bold=True, size=12)
        for w in plan.warnings:
            r += 1
            put(ws, r, 1, render(w, lang))
    for col, width in zip("ABCDEF", (44, 34, 40, 14, 10, 10), strict=True):
        ws.column_dimensions[col].width = width


def _fact_rows(problem: Problem, plan: Plan, cal: Calendar, lang: str) -> list[list[Any]]:
    """The summary's lines, each a label and its values: the campaign, the finish, the people
    and kit-days planned, the seed and the buffer."""
    s = problem.settings
    kit_days_used = len(plan.kit_days) + len(plan.history)  # history: kit-days already spent
    rows: list[list[Any]] = [
        [word("region", lang), s.region],
        [word("campaign", lang), f"{long_date(s.start, lang)} - {long_date(s.deadline, lang)}"],
        [word("working_days", lang), len(cal.working_days)],
    ]
    if plan.finish is not None:
        rows.append([word("finish", lang), plan.finish, _finish_note(plan, cal, lang)])
    else:
        rows.append([word("finish", lang), "-"])
    recorded = sum(r.counted for r in plan.history)
    if plan.today is not None:
        rows.insert(0, [word("version", lang), plan.version, word("replanned_on", lang)
                        + " " + long_date(plan.today, lang)])  # fmt: skip
        rows.append([word("recorded_line", lang), recorded])
    rows.append(
        [
            word("people_line", lang),
            recorded + plan.people_planned,
            f"{word('of', lang)} {number(problem.people, lang)}",
        ]
    )
    if problem.ages:  # cards of the 16-year-olds recorded wait for their 17th birthdays
        held, until = waiting(problem, plan_arrivals(plan))
        when = f"{word('until', lang)} {long_date(until, lang)}" if until else ""
        rows.append([word("cards_waiting", lang), held, when])
    rows.append(
        [
            word("kit_days_line", lang),
            kit_days_used,
            f"{word('of', lang)} {number(capacity(problem, cal).kit_days_available, lang)} "
            f"{word('available', lang)}",
        ]
    )
    if plan.stopped:
        rows.insert(0, [word("stopped", lang), word("stopped_text", lang)])
    rows.append([word("seed", lang), plan.seed, word(
        "repeatable" if plan.repeatable else "not_repeatable", lang)])  # fmt: skip
    if plan.buffer is not None:
        rows.append([word("buffer_line", lang), *_buffer_words(plan, cal, lang)])
    return rows


def _finish_note(plan: Plan, cal: Calendar, lang: str) -> str:
    """How sure the finish date is: proven earliest, within a gap of its bound, or open."""
    finish_stage = plan.stage("finish")
    if finish_stage is None:
        # Stopped before the finish stage: nothing is known of the finish but the date.
        return "" if plan.stopped else word("finish_proven", lang)
    if finish_stage.proven:
        return word("finish_proven", lang)
    if (apart := finish_apart(plan, cal.working_days)) is not None and plan.finish_bound:
        bound = long_date(plan.finish_bound, lang)
        return worded("finish_gap", lang, bound=bound, gap=apart)
    return word("finish_open", lang)  # a bound that far off says nothing


def _facts(ws: Worksheet, rows: list[list[Any]], lang: str) -> int:
    """The title and the summary's lines from row 3; returns the row after them."""
    title = put(ws, 1, 1, word("title", lang))
    title.font = Font(bold=True, size=14)
    r = 3
    for values in rows:
        put(ws, r, 1, values[0]).font = Font(bold=True)
        for c, v in enumerate(values[1:], start=2):
            put(ws, r, c, v).alignment = Alignment(horizontal="left")
        r += 1
    return r


def _stages(ws: Worksheet, r: int, problem: Problem, plan: Plan, cal: Calendar, lang: str) -> int:
    """Each optimisation stage: what it reads as, its status, value, bound and gap, and
    whether it is proven; returns its last row."""
    put(ws, r, 1, word("stages", lang)).font = Font(bold=True, size=12)
    r += 1
    keys = ("stage", "reads", "status", "value", "bound", "gap", "proven")
    header_row(ws, r, [word(k, lang) for k in keys])
    for st in plan.stages:
        r += 1
        shown, best = stage_figures(problem, plan, st, cal.working_days)
        # Rounded: shown as 0.0%, and a float's 16 digits would read like a NIK to a check.
        relative_gap = round(abs(shown - best) / max(1, abs(shown)), 4)
        values = [
            stage_title(st, lang),
            stage_reading(problem, plan, st, lang),
            word(st.status, lang),
            shown,
            best,
            relative_gap,
            word("yes" if st.proven else "no", lang),
        ]
        for c, v in enumerate(values, start=1):
            put(ws, r, c, v)
        ws.cell(row=r, column=6).number_format = PERCENT_CELL
        for c in range(1, len(keys) + 1):  # a wrapped reading: the row reads from its top
            ws.cell(row=r, column=c).alignment = Alignment(wrap_text=c == 2, vertical="top")
        reading = ws.cell(row=r, column=2)
        ws.row_dimensions[r].height = 15 * max(1, -(-len(str(reading.value)) // 30))
    return r


def _shortfalls(ws: Worksheet, r: int, problem: Problem, plan: Plan, lang: str) -> int:
    """Every site not fully planned and why, then the smallest fixes; returns the next row."""
    put(ws, r, 1, word("short_title", lang)).font = Font(bold=True, size=12)
    if not plan.shortfalls:
        put(ws, r + 1, 1, word("all_planned", lang))
        return r + 2
    r += 1
    headers = [word(k, lang) for k in ("site_id", "site_name", "people_left", "reason")]
    header_row(ws, r, headers)
    for sf in plan.shortfalls:
        r += 1
        site = problem.site(sf.site_id)
        why = shortfall_text(problem, sf, lang)
        for c, v in enumerate([sf.site_id, site.name, sf.people_left, why], start=1):
            put(ws, r, c, v).fill = SHORT_FILL
    return _fixes(ws, r + 2, plan, lang)


def _printing_summary(ws: Worksheet, r: int, plan: Plan, lang: str) -> int:
    """When the campaign's cards are printed, whether blanks run out, the temporary
    certificates, and the smallest fixes when the cards would be late."""
    pr = plan.printing
    assert pr is not None
    put(ws, r, 1, word("print.heading", lang)).font = Font(bold=True, size=12)
    done = pr.campaign_done
    how = word("print.in_time" if pr.on_time else "print.late", lang)
    lines: list[list[Any]] = [
        [word("print.done_line", lang), done or word("print.never", lang), how],
        [word("print.target_line", lang), pr.target, ""],
        [word("print.stock_out_line", lang), pr.stock_out or word("print.stock_enough", lang), ""],
        [word("print.certificates_line", lang), pr.certificates,
         say("print.certificates_note", lang, campaign=number(pr.certificates_campaign, lang))],
    ]  # fmt: skip
    for values in lines:
        r += 1
        for c, v in enumerate(values, start=1):
            put(ws, r, c, v)
    if not pr.on_time:
        r += 1
        put(ws, r, 1, word("print.fixes_line", lang)).font = Font(bold=True)
        for fix in plan.print_fixes or ():
            r += 1
            put(ws, r, 1, print_fix_text(fix, lang))
        if not plan.print_fixes:
            r += 1
            put(ws, r, 1, word("print.no_fix", lang))
    return r + 2


def _buffer_words(plan: Plan, cal: Calendar, lang: str) -> list[str]:
    """The buffer asked for and reached, and what it cost in finish date."""
    b = plan.buffer
    assert b is not None
    first = worded("buffer_met", lang, target=b.target, chance=b.chance, runs=b.runs)
    if not b.met:
        return [first, word("buffer_unmet", lang)]
    if b.rate_share >= 1 or plan.finish is None or b.plain_finish is None:
        return [first, word("buffer_free", lang)]
    extra = sum(1 for d in cal.working_days if b.plain_finish < d <= plan.finish)
    cost = worded(
        "buffer_cost",
        lang,
        share=b.rate_share,
        finish=long_date(plan.finish, lang),
        plain=long_date(b.plain_finish, lang),
        days=extra,
        plain_chance=b.plain_chance,
    )
    return [first, cost]


def _fixes(ws: Worksheet, r: int, plan: Plan, lang: str) -> int:
    """The smallest fixes a short plan found, under its shortfalls; returns the next row."""
    put(ws, r, 1, word("fixes_title", lang)).font = Font(bold=True, size=12)
    unsettled = "fix_stopped" if plan.stopped else "fix_unsettled"
    if not plan.fixes:
        put(ws, r + 1, 1, word("no_fix" if plan.fixes_settled else unsettled, lang))
        return r + 3
    r += 1
    header_row(ws, r, [word(k, lang) for k in ("fix", "changes_col", "smallest")])
    for fix in plan.fixes:
        r += 1
        put(ws, r, 1, word(f"fix.{fix.kind}", lang))
        put(ws, r, 2, describe(fix.changes, lang))
        put(ws, r, 3, word("yes" if fix.smallest else "no", lang))
    if not plan.fixes_settled:  # smaller fixes may exist: the search did not finish
        r += 1
        put(ws, r, 1, word(unsettled, lang))
    return r + 2
