"""Write a plan as a workbook staff can work from (Indonesian by default).

The only module besides the reader that imports openpyxl. Text that came from an input is
always written as text, never as a formula. The file appears whole or not at all: it is written
to a temporary file beside the target and renamed into place.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import openpyxl
from openpyxl.chart import Reference, ScatterChart, Series
from openpyxl.formatting.rule import FormulaRule
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.workbook.workbook import Workbook
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.worksheet import Worksheet

from scheduler.capacity import capacity
from scheduler.cards import waiting
from scheduler.dates import DAY_NAMES, days_between, format_weekdays, long_date
from scheduler.labels import (
    change_reason,
    class_move_text,
    finish_apart,
    print_fix_text,
    reported_days,
    short_date,
    shortfall_text,
    word,
    word_or,
    worded,
)
from scheduler.messages import number, render, say
from scheduler.plan import KitDay, Plan
from scheduler.printing import plan_arrivals
from scheduler.problem import SCHOOL, Printing, Problem, Site
from scheduler.reader import EMBEDDED
from scheduler.readings import stage_reading, stage_title
from scheduler.scenarios import describe
from scheduler.workdays import Calendar, build_calendar
from scheduler.xlsx import (
    SHORT_FILL,
    header_row,
    print_setup,
    put,
    save_atomically,
    sheet_title,
    table,
)


def _type_word(site_type: str, lang: str) -> str:
    """Built-in types in the sheet's language; a workbook's own types as written."""
    return word(site_type, lang) if site_type in ("school", "kelurahan") else site_type


def build_workbook(
    problem: Problem,
    plan: Plan,
    lang: str = "id",
    extra: Callable[[Workbook], object] | None = None,
) -> Workbook:
    """The plan workbook; `extra` adds sheets of its own (the name lists' reconciliation)."""
    cal = build_calendar(problem)
    book = openpyxl.Workbook()
    book.remove(book.active)
    _summary(book.create_sheet(word("sheet.summary", lang)), problem, plan, cal, lang)
    _schedule(book.create_sheet(word("sheet.schedule", lang)), problem, plan, lang)
    _sites(book.create_sheet(word("sheet.sites", lang)), problem, plan, lang)
    _calendar(book.create_sheet(word("sheet.calendar", lang)), problem, plan, cal, lang)
    _progress(book.create_sheet(word("sheet.progress", lang)), problem, plan, lang)
    _chart(book.create_sheet(word("sheet.chart", lang)), problem, plan, lang)
    if plan.printing is not None:
        _printing(book.create_sheet(word("sheet.printing", lang)), problem, plan, lang)
    if extra is not None:
        extra(book)
    _kit_itineraries(book, problem, plan, lang)
    if plan.today is not None:
        ws = book.create_sheet(word("sheet.changes", lang), index=1)
        _changes(ws, problem, plan, lang)
        _notices(book, problem, plan, lang)
    for key, landscape in (("summary", False), ("schedule", True), ("sites", True),
                           ("progress", False), ("chart", True)):  # fmt: skip
        title = word(f"sheet.{key}", lang)
        _print_setup(book[title], problem, title, lang, landscape)
    embed_inputs(book, problem, plan.version)
    return book


def write_plan(
    problem: Problem,
    plan: Plan,
    path: Path,
    lang: str = "id",
    replace: bool = True,
    extra: Callable[[Workbook], object] | None = None,
) -> Path:
    """Write the plan workbook; without `replace`, a file that appeared at `path` meanwhile is
    kept and the plan goes beside it (`xlsx.save_atomically`). Returns where it went."""
    return save_atomically(build_workbook(problem, plan, lang, extra), path, replace)


# -- sheets ---------------------------------------------------------------------------------


def _summary(ws: Worksheet, problem: Problem, plan: Plan, cal: Calendar, lang: str) -> None:
    s = problem.settings
    kit_days_used = len(plan.kit_days) + len(plan.history)  # history: kit-days already spent
    rows: list[list[Any]] = [
        [word("region", lang), s.region],
        [word("campaign", lang), f"{long_date(s.start, lang)} - {long_date(s.deadline, lang)}"],
        [word("working_days", lang), len(cal.working_days)],
    ]
    finish_note = ""
    if plan.finish is not None:
        finish_stage = next((st for st in plan.stages if st.name == "finish"), None)
        if finish_stage is None:
            # Stopped before the finish stage: nothing is known of the finish but the date.
            finish_note = "" if plan.stopped else word("finish_proven", lang)
        elif finish_stage.proven:
            finish_note = word("finish_proven", lang)
        elif (apart := finish_apart(plan, cal.working_days)) is not None and plan.finish_bound:
            bound = long_date(plan.finish_bound, lang)
            finish_note = worded("finish_gap", lang, bound=bound, gap=apart)
        else:  # a bound that far off says nothing
            finish_note = word("finish_open", lang)
        rows.append([word("finish", lang), plan.finish, finish_note])
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

    title = put(ws, 1, 1, word("title", lang))
    title.font = Font(bold=True, size=14)
    r = 3
    for values in rows:
        put(ws, r, 1, values[0]).font = Font(bold=True)
        for c, v in enumerate(values[1:], start=2):
            put(ws, r, c, v).alignment = Alignment(horizontal="left")
        r += 1

    r += 1
    put(ws, r, 1, word("stages", lang)).font = Font(bold=True, size=12)
    r += 1
    keys = ("stage", "reads", "status", "value", "bound", "gap", "proven")
    header_row(ws, r, [word(k, lang) for k in keys])
    for st in plan.stages:
        r += 1
        # Rounded: shown as 0.0%, and a float's 16 digits would read like a NIK to a check.
        relative_gap = round(abs(st.value - st.bound) / max(1, abs(st.value)), 4)
        values = [
            stage_title(st, lang),
            stage_reading(problem, plan, st, lang),
            word(st.status, lang),
            st.value,
            st.bound,
            relative_gap,
            word("yes" if st.proven else "no", lang),
        ]
        for c, v in enumerate(values, start=1):
            put(ws, r, c, v)
        ws.cell(row=r, column=6).number_format = "0.0%"
        for c in range(1, len(keys) + 1):  # a wrapped reading: the row reads from its top
            ws.cell(row=r, column=c).alignment = Alignment(wrap_text=c == 2, vertical="top")
        reading = ws.cell(row=r, column=2)
        ws.row_dimensions[r].height = 15 * max(1, -(-len(str(reading.value)) // 30))

    r += 2
    put(ws, r, 1, word("short_title", lang)).font = Font(bold=True, size=12)
    if not plan.shortfalls:
        put(ws, r + 1, 1, word("all_planned", lang))
        r += 2
    else:
        r += 1
        headers = [word(k, lang) for k in ("site_id", "site_name", "people_left", "reason")]
        header_row(ws, r, headers)
        for sf in plan.shortfalls:
            r += 1
            site = problem.site(sf.site_id)
            why = shortfall_text(problem, sf, lang)
            for c, v in enumerate([sf.site_id, site.name, sf.people_left, why], start=1):
                put(ws, r, c, v).fill = SHORT_FILL
        r += 2
        r = _fixes(ws, r, plan, lang)
    if plan.printing is not None:
        r = _printing_summary(ws, r, plan, lang)
    if plan.warnings:
        put(ws, r, 1, word("warnings", lang)).font = Font(bold=True, size=12)
        for w in plan.warnings:
            r += 1
            put(ws, r, 1, render(w, lang))
    for col, width in zip("ABCDEF", (44, 34, 40, 14, 10, 10), strict=True):
        ws.column_dimensions[col].width = width


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


def _printing(ws: Worksheet, problem: Problem, plan: Plan, lang: str) -> None:
    """The print queue day by day, and a chart of what waits and the blanks left."""
    pr = plan.printing
    assert pr is not None
    keys = ("date", "day", "print.arrived", "print.printed", "print.printed_campaign",
            "print.queue", "print.campaign_queue", "print.stock", "print.delivered",
            "print.overtime", "print.certificates")  # fmt: skip
    rows = [
        [d.day, DAY_NAMES[lang][d.day.weekday()], d.arrived, d.printed, d.printed_campaign,
         d.queue, d.campaign_queue, d.stock, d.delivered or None,
         word("yes", lang) if d.overtime else "", d.certificates or None]
        for d in pr.days
    ]  # fmt: skip
    table(ws, [word(k, lang) for k in keys], rows)
    columns: list[tuple[int, str, str | None]] = [(6, "C00000", None), (7, "1F4E78", None)]
    if problem.printing is not None and problem.printing.stock is not None:
        columns.append((8, "70AD47", None))  # blanks left
    chart = _dated_chart(ws, len(rows) + 1, columns, "print.chart_title", "print.cards_axis", lang)
    # Below the table, at the page's width: beside it, the page fitted both and shrank the
    # table's text to 5 pt.
    ws.add_chart(chart, f"A{len(rows) + 3}")
    _print_setup(ws, problem, word("sheet.printing", lang), lang, landscape=True)


def _buffer_words(plan: Plan, cal: Calendar, lang: str) -> list[str]:
    """The buffer asked for and reached, and what it cost in finish date."""
    b = plan.buffer
    assert b is not None
    first = worded("buffer_met", lang, target=b.target, chance=b.chance, runs=b.runs)
    if not b.met:
        return [first, word("buffer_unmet", lang)]
    if b.rate_share >= 1 or plan.finish is None or b.plain_finish is None:
        return [first, word("buffer_free", lang)]
    extra = sum(1 for d in cal.days if b.plain_finish < d <= plan.finish)
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


def _history(plan: Plan) -> list[tuple[KitDay, str | None]]:
    """What happened before a re-plan, as kit rows (people: what counts as recorded) with the
    status staff reported."""
    return [(KitDay(r.day, r.kit_id, r.site_id, r.counted), r.status) for r in plan.history]


def _all_kit_days(plan: Plan) -> list[KitDay]:
    return [kd for kd, _ in _history(plan)] + list(plan.kit_days)


def _status_word(status: str | None, lang: str) -> str:
    return word(status, lang) if status else word("unreported", lang)


def _sites_of(problem: Problem, plan: Plan) -> dict[str, Site]:
    """Sites by id, including any that history names but an updated workbook removed."""
    sites = {s.site_id: s for s in problem.sites}
    for r in plan.history:
        if r.site_id not in sites:
            sites[r.site_id] = Site(r.site_id, r.site_id, SCHOOL, "", 0)
    return sites


def _schedule(ws: Worksheet, problem: Problem, plan: Plan, lang: str) -> None:
    sites = _sites_of(problem, plan)
    rows: list[tuple[tuple[date, str, int], list[Any]]] = []
    status_of = {(kd.day, kd.kit_id): st for kd, st in _history(plan)}
    for kd in _all_kit_days(plan):
        site = sites[kd.site_id]
        done = (kd.day, kd.kit_id) in status_of
        values = [
            kd.day,
            DAY_NAMES[lang][kd.day.weekday()],
            kd.kit_id,
            kd.site_id,
            site.name,
            _type_word(site.type, lang),
            site.kecamatan,
            word(site.network, lang),
            kd.people,
            _status_word(status_of[(kd.day, kd.kit_id)], lang) if done else "",
        ]
        rows.append(((kd.day, kd.kit_id, 0), values))
    for duty in plan.duties:
        values = [duty.day, DAY_NAMES[lang][duty.day.weekday()], duty.kit_id, None]
        values += ["", "", "", "", None, duty.label]
        rows.append(((duty.day, duty.kit_id, 1), values))
    rows.sort(key=lambda kv: kv[0])
    headers = [
        word(k, lang)
        for k in (
            "date",
            "day",
            "kit",
            "site_id",
            "site_name",
            "type",
            "kecamatan",
            "network",
            "people",
            "label",
        )
    ]
    table(ws, headers, [v for _, v in rows])


def _sites(ws: Worksheet, problem: Problem, plan: Plan, lang: str) -> None:
    kits_of: dict[str, set[str]] = defaultdict(set)
    for kd in plan.kit_days:
        kits_of[kd.site_id].add(kd.kit_id)
    reasons = {sf.site_id: shortfall_text(problem, sf, lang) for sf in plan.shortfalls}
    rows = []
    short_rows = []
    so_far: dict[str, int] = defaultdict(int)
    for done in plan.history:
        so_far[done.site_id] += done.counted
    ready = dict(plan.printing.ready) if plan.printing is not None else None
    class_days = class_done(problem, plan)
    last_of_class = []  # rows whose last visit day is their priority's last day
    for i, site in enumerate(problem.sites, start=2):
        visit = plan.visit(site.site_id)
        planned = min(site.people, so_far[site.site_id] + (visit.people if visit else 0))
        days = [d for d, _ in visit.days] if visit else []
        rows.append(
            [
                site.site_id,
                site.name,
                _type_word(site.type, lang),
                site.kecamatan,
                word(site.network, lang),
                site.priority,
                site.people,
                planned,
                site.people - planned,
                days[0] if days else None,
                days[-1] if days else None,
                class_days.get(site.priority),
                *([ready.get(site.site_id)] if ready is not None else []),
                len(days),
                reasons.get(site.site_id, ""),
                ", ".join(sorted(kits_of[site.site_id])),
                visit.kit_days if visit else 0,
                site.contact,
                site.notes,
            ]
        )
        if planned < site.people:
            short_rows.append(i)
        if days and days[-1] == class_days.get(site.priority):
            last_of_class.append(i)
    keys = (
        "site_id",
        "site_name",
        "type",
        "kecamatan",
        "network",
        "priority",
        "people_needed",
        "people_planned",
        "people_left",
        "first_day",
        "last_day",
        "class_done",
        *(("cards_ready",) if ready is not None else ()),
        "visit_days",
        "reason",
        "kits",
        "kit_days",
        "contact",
        "notes",
    )
    table(ws, [word(k, lang) for k in keys], rows)
    for r in short_rows:
        for c in range(1, len(keys) + 1):
            ws.cell(row=r, column=c).fill = SHORT_FILL
    for r in last_of_class:  # the day its whole priority class is done: in bold
        ws.cell(row=r, column=keys.index("last_day") + 1).font = Font(bold=True)
    # On paper, the columns up to the reason a site is short (A4 landscape); the kits,
    # contacts and notes stay on screen and in each kit's itinerary.
    ws.column_dimensions["B"].width = min(ws.column_dimensions["B"].width or 30, 30)
    for r in range(2, len(rows) + 2):
        name = ws.cell(row=r, column=2)
        name.alignment = Alignment(wrap_text=True, vertical="top")
        if len(str(name.value or "")) > 28:
            ws.row_dimensions[r].height = 30  # two lines: spreadsheets do not grow wrapped rows
    ws.print_area = f"A1:{get_column_letter(keys.index('reason') + 1)}{len(rows) + 1}"


def _progress(ws: Worksheet, problem: Problem, plan: Plan, lang: str) -> None:
    sites = _sites_of(problem, plan)
    rows: list[list[Any]] = [
        [r.day, r.kit_id, r.site_id, r.planned, r.recorded,
         word(r.status, lang) if r.status else None, sites[r.site_id].name]
        for r in plan.history
    ]  # fmt: skip
    rows += [
        [kd.day, kd.kit_id, kd.site_id, kd.people, None, None, sites[kd.site_id].name]
        for kd in sorted(plan.kit_days, key=lambda kd: (kd.day, kd.kit_id))
    ]
    keys = ("date", "kit", "site_id", "planned", "recorded", "status", "site_name")
    table(ws, [word(k, lang) for k in keys], rows)
    last = len(rows) + 1
    if rows:
        _progress_checks(ws, last, lang)
    # Printed, it is the form teams fill by hand in the field: a box for each number and
    # status, rows tall enough to write in.
    box = Side(style="thin", color="404040")
    for r in range(2, last + 1):
        ws.row_dimensions[r].height = 22
        for c in (5, 6):
            ws.cell(row=r, column=c).border = Border(left=box, right=box, top=box, bottom=box)
    ws.column_dimensions["E"].width = max(ws.column_dimensions["E"].width or 0, 14)
    ws.column_dimensions["F"].width = max(ws.column_dimensions["F"].width or 0, 14)


_MISTAKE = PatternFill("solid", fgColor="FF8080")  # a row the re-plan will refuse


def _progress_checks(ws: Worksheet, last: int, lang: str) -> None:
    """The spreadsheet refuses, as it is typed, what the re-plan would refuse in a cell: a
    status not on the list; a count that is not a whole number from 0, or people recorded on
    a lost day (E). A lost status typed beside a count already there cannot be refused by the
    list, so that row turns red until one of them is corrected."""
    lost = word("lost", lang)
    statuses = ",".join(word(k, lang) for k in ("done", "partial", "lost"))
    status = DataValidation(type="list", formula1=f'"{statuses}"', allow_blank=True)
    recorded = DataValidation(
        type="custom",
        formula1=f'AND(ISNUMBER(E2),E2=INT(E2),E2>=0,OR(F2<>"{lost}",E2=0))',
        allow_blank=True,
    )
    for dv, column in ((status, "status"), (recorded, "recorded")):
        dv.error, dv.errorTitle = word("progress_help", lang), word(column, lang)
        dv.prompt = word("progress_help", lang)
        dv.showErrorMessage, dv.errorStyle = True, "stop"
        ws.add_data_validation(dv)
    status.add(f"F2:F{last}")
    recorded.add(f"E2:E{last}")
    ws.conditional_formatting.add(
        f"E2:F{last}",
        FormulaRule(formula=[f'AND($F2="{lost}",N($E2)>0)'], fill=_MISTAKE, stopIfTrue=True),
    )


# -- the inputs a plan carries ------------------------------------------------------------


def embed_inputs(book: Workbook, problem: Problem, version: int = 1) -> None:
    """The problem as hidden input sheets (canonical English headers), so that a plan file is
    all re-planning needs. Read back by `read_problem`."""
    s = problem.settings
    sheets: dict[str, tuple[list[str], list[list[Any]]]] = {
        "Sites": (
            ["site_id", "name", "type", "kecamatan", "people", "network", "rate", "priority",
             "earliest", "latest", "closed", "contact", "notes"],
            [[x.site_id, x.name, x.type, x.kecamatan, x.people, x.network, x.rate, x.priority,
              x.earliest, x.latest, _ranges(x.closed), x.contact, x.notes]
             for x in problem.sites],
        ),
        "Kits": (
            ["kit_id", "name", "unavailable"],
            [[k.kit_id, k.name, _ranges(k.unavailable)] for k in problem.kits],
        ),
        "Settings": (
            ["key", "value"],
            [["start", s.start], ["deadline", s.deadline], ["rate_good", s.rate_good],
             ["rate_poor", s.rate_poor], ["holidays", s.holidays], ["region", s.region],
             ["stall_good", s.stall_good], ["stall_poor", s.stall_poor],
             ["stalled_share", s.stalled_share], ["stalled_rate_good", s.stalled_rate_good],
             ["stalled_rate_poor", s.stalled_rate_poor], ["turnout", s.turnout]],
        ),
        "Rules": (
            ["type", "weekdays", "max_sites_per_day", "min_kits", "max_kits"],
            [[t.name, format_weekdays(t.weekdays), t.max_sites_per_day, t.min_kits, t.max_kits]
             for t in problem.site_types],
        ),
        "Closures": (["date", "reason"], [[c.day, c.reason] for c in problem.closures]),
        "Plan": (["key", "value"], [["version", version]]),
        "Reserved": (
            ["date", "kits", "label"],
            # The reader makes each reservation from dates or from weekdays, never both.
            [[format_weekdays(r.weekdays) if r.weekdays else _ranges(r.days), r.kits, r.label]
             for r in problem.reservations],
        ),
    }  # fmt: skip
    if problem.printing is not None:
        sheets["Printing"] = (["item", "count", "date", "class", "note"],
                              _printing_rows(problem.printing))  # fmt: skip
    if problem.ages:
        sheets["Ages"] = (["site_id", "age", "date", "people"], ages_rows(problem))
    # What re-planning must find whole (`reader.check_embedded`): every sheet, column and row.
    made_of = sheets["Plan"][1]
    for name, (headers, rows) in list(sheets.items()):
        if name != "Plan":
            made_of += [[f"rows {name}", len(rows)], [f"columns {name}", ", ".join(headers)]]
    for name, (headers, rows) in sheets.items():
        ws = book.create_sheet(EMBEDDED + name)
        for c, h in enumerate(headers, start=1):
            put(ws, 1, c, h).font = Font(bold=True)
        for r, values in enumerate(rows, start=2):
            for c, v in enumerate(values, start=1):
                put(ws, r, c, v)
        ws.sheet_state = "hidden"
        ws.protection.sheet = True  # a casual edit here would change what re-planning reads


def ages_rows(problem: Problem) -> list[list[Any]]:
    """The Ages sheet's rows (site id, age, day, people): counts only, never a name."""
    return [
        [a.site_id, age, day, n]
        for a in problem.ages
        for age, days in ((16, a.turns_16), (17, a.turns_17))
        for day, n in days
    ]


def _printing_rows(p: Printing) -> list[list[Any]]:
    """The printing inputs as Printing-sheet rows (item, count, date, class, note)."""
    rows: list[list[Any]] = [["rate", p.rate, None, None, None]]
    if p.overtime_rate is not None:
        if not p.overtime_days and not p.overtime_weekdays:
            rows.append(["overtime", p.overtime_rate, None, None, None])
        if p.overtime_days:
            rows.append(["overtime", p.overtime_rate, _ranges(p.overtime_days), None, None])
        if p.overtime_weekdays:
            rows.append(["overtime", p.overtime_rate, format_weekdays(p.overtime_weekdays),
                         None, None])  # fmt: skip
    if p.stock is not None:
        rows.append(["stock", p.stock, None, None, None])
    rows += [["delivery", n, day, None, None] for day, n in p.deliveries]
    rows += [["backlog", n, None, name, None] for name, n in p.backlog]
    rows += [["counter", n, None, name, None] for name, n in p.counter]
    rows += [["class", None, None, name, None] for name in p.classes]
    if p.target is not None:
        rows.append(["target", None, p.target, None, None])
    return rows


def _ranges(days: frozenset[date]) -> str:
    """`2022-12-05..2022-12-10; 2022-11-17`: consecutive days folded into ranges."""
    out: list[str] = []
    ordered = sorted(days)
    i = 0
    while i < len(ordered):
        j = i
        while j + 1 < len(ordered) and (ordered[j + 1] - ordered[j]).days == 1:
            j += 1
        a, b = ordered[i], ordered[j]
        out.append(a.isoformat() if a == b else f"{a.isoformat()}..{b.isoformat()}")
        i = j + 1
    return "; ".join(out)


# -- what staff print and look at -----------------------------------------------------------

# Pastel fills, one per kecamatan in order of first appearance; distinct in print and on screen.
PALETTE = (
    "C6E0B4", "BDD7EE", "FFE699", "F8CBAD", "D9D2E9", "B4DED8",
    "FFD3E8", "E2EFDA", "DDEBF7", "FCE4D6", "EDEDED", "D0CECE",
)  # fmt: skip
OFF_FILL = PatternFill("solid", fgColor="A6A6A6")
DUTY_FILL = PatternFill("solid", fgColor="EDEDED")
OUT_FILL = PatternFill("solid", fgColor="FF9999")
WEEK_BORDER = Border(top=Side(style="medium", color="404040"))


def kecamatan_colours(problem: Problem) -> dict[str, PatternFill]:
    order: list[str] = []
    for s in problem.sites:
        if s.kecamatan not in order:
            order.append(s.kecamatan)
    return {k: PatternFill("solid", fgColor=PALETTE[i % len(PALETTE)]) for i, k in enumerate(order)}


def _print_setup(ws: Worksheet, problem: Problem, title: str, lang: str, landscape: bool) -> None:
    print_setup(ws, problem.settings.region, title, word("page", lang), landscape)


def _calendar(ws: Worksheet, problem: Problem, plan: Plan, cal: Calendar, lang: str) -> None:
    """Dates down, kits across; each cell the site (coloured by kecamatan), a duty, or why not."""
    s = problem.settings
    kits = [k.kit_id for k in problem.kits]
    colours = kecamatan_colours(problem)
    sites = {x.site_id: x for x in problem.sites}
    at: dict[tuple[date, str], tuple[str, PatternFill | None]] = {}
    for kd in plan.kit_days:
        site = sites[kd.site_id]
        at[(kd.day, kd.kit_id)] = (site.name, colours[site.kecamatan])
    for kd, status in _history(plan):
        name = sites[kd.site_id].name if kd.site_id in sites else kd.site_id
        at[(kd.day, kd.kit_id)] = (f"{name} ({_status_word(status, lang)})", DUTY_FILL)
    for duty in plan.duties:
        at[(duty.day, duty.kit_id)] = (duty.label, DUTY_FILL)
    # Per day, the priorities visited, beside the date; a class's last day said in the note.
    levels: dict[date, set[int]] = defaultdict(set)
    for kd in plan.kit_days:
        levels[kd.day].add(sites[kd.site_id].priority)
    last_of: dict[date, list[int]] = defaultdict(list)
    for level, day in sorted(class_done(problem, plan).items(), reverse=True):
        last_of[day].append(level)
    headers = [word("date", lang), word("day", lang), word("priority", lang), *kits,
               word("weekday_note", lang)]  # fmt: skip
    header_row(ws, 1, headers)
    last_day = max(s.deadline, plan.finish or s.deadline)
    r = 1
    for day in days_between(s.start, last_day):
        r += 1
        put(ws, r, 1, day)
        put(ws, r, 2, DAY_NAMES[lang][day.weekday()])
        if levels.get(day):
            put(ws, r, 3, ", ".join(str(p) for p in sorted(levels[day], reverse=True)))
        if last_of.get(day):
            note = "; ".join(worded("class_last_day", lang, level=x) for x in last_of[day])
            put(ws, r, len(headers), note).font = Font(bold=True)
        off = cal.days_off.get(day)
        if off is not None:
            for c in range(1, len(headers) + 1):
                ws.cell(row=r, column=c).fill = OFF_FILL
            put(ws, r, len(headers), f"{word('off_day', lang)}: {off}")
        for c, kit in enumerate(problem.kits, start=4):
            if (day, kit.kit_id) in at:
                text, fill = at[(day, kit.kit_id)]
                cell = put(ws, r, c, text)
                if fill is not None:
                    cell.fill = fill
                if len(str(text)) > 26:  # wrap a long name onto a second line, never cut it
                    cell.alignment = Alignment(wrap_text=True, vertical="top")
                    ws.row_dimensions[r].height = 30
            elif off is None and day in kit.unavailable:
                put(ws, r, c, word("unavailable", lang)).fill = OUT_FILL
        if day.weekday() == 0:
            for c in range(1, len(headers) + 1):
                ws.cell(row=r, column=c).border = WEEK_BORDER
    ws.freeze_panes = "D2"
    ws.column_dimensions["A"].width = 12
    ws.column_dimensions["B"].width = 9
    ws.column_dimensions["C"].width = 10
    for c in range(4, 4 + len(kits)):
        ws.column_dimensions[get_column_letter(c)].width = 28
    ws.column_dimensions[get_column_letter(len(headers))].width = 36
    # The legend, to the right of the grid.
    col = len(headers) + 2
    put(ws, 1, col, word("legend", lang)).font = Font(bold=True)
    for i, (kec, fill) in enumerate(colours.items(), start=2):
        put(ws, i, col, kec).fill = fill
    ws.column_dimensions[get_column_letter(col)].width = 22
    _print_setup(ws, problem, word("sheet.calendar", lang), lang, landscape=True)


def class_done(problem: Problem, plan: Plan) -> dict[int, date]:
    """Per priority, the plan's last visit day of its sites: the day the class is all done."""
    priority = {s.site_id: s.priority for s in problem.sites}
    done: dict[int, date] = {}
    for v in plan.visits:
        level = priority.get(v.site_id)
        if level is not None and v.days:
            done[level] = max(done.get(level, v.days[-1][0]), v.days[-1][0])
    return done


def _kit_itineraries(book: Workbook, problem: Problem, plan: Plan, lang: str) -> None:
    sites = {x.site_id: x for x in problem.sites}
    used = {t.casefold() for t in book.sheetnames}
    # With printing inputs, the day a site's cards are ready: the team tells the school.
    ready = dict(plan.printing.ready) if plan.printing is not None else None
    extra = 1 if ready is not None else 0
    for kit in problem.kits:
        rows: list[tuple[date, list[Any]]] = []
        for kd in _all_kit_days(plan):
            if kd.kit_id == kit.kit_id and kd.site_id in sites:
                site = sites[kd.site_id]
                rows.append(
                    (
                        kd.day,
                        [kd.day, DAY_NAMES[lang][kd.day.weekday()], kd.site_id, site.name,
                         site.kecamatan, kd.people,
                         *([ready.get(kd.site_id)] if ready is not None else []),
                         site.contact, site.notes],
                    )
                )  # fmt: skip
        for duty in plan.duties:
            if duty.kit_id == kit.kit_id:
                rows.append(
                    (duty.day, [duty.day, DAY_NAMES[lang][duty.day.weekday()], None, duty.label,
                                "", None, *([None] * extra), "", ""])
                )  # fmt: skip
        rows.sort(key=lambda dr: dr[0])
        ws = book.create_sheet(sheet_title(worded("sheet.kit", lang, kit=kit.kit_id), used))
        keys = ("date", "day", "site_id", "site_name", "kecamatan", "people",
                *(("cards_ready",) if ready is not None else ()), "contact", "notes")  # fmt: skip
        table(ws, [word(k, lang) for k in keys], [v for _, v in rows])
        name = f"{kit.kit_id} {kit.name}".strip() if kit.name != kit.kit_id else kit.kit_id
        _print_setup(ws, problem, worded("itinerary", lang, kit=name), lang, landscape=True)


def _chart(ws: Worksheet, problem: Problem, plan: Plan, lang: str) -> None:
    """Cumulative people planned by date against the total to record, the deadline marked."""
    s = problem.settings
    per_day: dict[date, int] = defaultdict(int)
    for kd in _all_kit_days(plan):
        per_day[kd.day] += kd.people
    headers = [word("date", lang), word("cumulative", lang), word("total_people", lang)]
    rows: list[list[Any]] = []
    total = 0
    last_day = max(s.deadline, plan.finish or s.deadline)
    for day in days_between(s.start, last_day):
        total += per_day.get(day, 0)
        rows.append([day, total, problem.people])
    table(ws, headers, rows)
    n = len(rows) + 1
    # The deadline as a vertical line: two points, from 0 up to the total.
    put(ws, 1, 5, word("deadline", lang)).font = Font(bold=True)
    put(ws, 2, 5, s.deadline)
    put(ws, 3, 5, s.deadline)
    put(ws, 2, 6, 0)
    put(ws, 3, 6, max(problem.people, total))
    ws.column_dimensions["E"].width = 12

    columns: list[tuple[int, str, str | None]] = [(2, "1F4E78", None), (3, "70AD47", "dash")]
    chart = _dated_chart(ws, n, columns, "chart_title", "people_axis", lang)
    chart.x_axis.majorTimeUnit = "days"
    chart.x_axis.scaling.min = s.start.toordinal() - date(1899, 12, 30).toordinal()
    chart.x_axis.scaling.max = last_day.toordinal() - date(1899, 12, 30).toordinal()
    deadline = Series(
        Reference(ws, min_col=6, min_row=2, max_row=3),
        Reference(ws, min_col=5, min_row=2, max_row=3),
        title=word("deadline", lang),
    )
    deadline.marker.symbol = "none"
    deadline.graphicalProperties.line.solidFill = "C00000"
    deadline.graphicalProperties.line.width = 28575
    chart.series.append(deadline)
    ws.add_chart(chart, "H2")
    # What prints is the chart, on one page: its figures are on screen and in Jadwal.
    ws.print_area = f"H1:{get_column_letter(8 + _CHART_COLUMNS)}{_CHART_ROWS}"


# The cells a 22 x 10 cm chart covers at the default column width and row height.
_CHART_COLUMNS, _CHART_ROWS = 13, 22


def _dated_chart(
    ws: Worksheet,
    last_row: int,
    columns: list[tuple[int, str, str | None]],
    title: str,
    axis: str,
    lang: str,
) -> ScatterChart:
    """A native line chart over the dates in column A (rows 2..last_row): one unmarked line
    per (column, colour, dash), named by its header."""
    chart = ScatterChart()
    chart.title = word(title, lang)
    chart.style = 2
    chart.height, chart.width = 10, 22
    chart.x_axis.title = word("date", lang)
    chart.y_axis.title = word(axis, lang)
    chart.x_axis.number_format = "dd/mm/yyyy"  # a campaign may cross a new year
    chart.x_axis.delete = False
    chart.y_axis.delete = False
    xs = Reference(ws, min_col=1, min_row=2, max_row=last_row)
    for col, colour, dash in columns:
        data = Reference(ws, min_col=col, min_row=1, max_row=last_row)
        series = Series(data, xs, title_from_data=True)
        series.marker.symbol = "none"
        series.graphicalProperties.line.solidFill = colour
        series.graphicalProperties.line.width = 28575
        if dash:
            series.graphicalProperties.line.dashStyle = dash
        chart.series.append(series)
    return chart


def _changes(ws: Worksheet, problem: Problem, plan: Plan, lang: str) -> None:
    """One row per site whose visit changed or was lost: old and new days with weekday and
    year (the first of each as a real date), kits by name, why it changed and why it went
    where it did. The sites to notify first are at the top."""
    sites = _sites_of(problem, plan)
    rows = []
    for c in plan.changes:
        site = sites.get(c.site_id)
        old_days = reported_days(c, lang) + [(d, "") for d, _ in c.old_days]
        new_days = [d for d, _ in c.new_days]
        rows.append(
            [
                c.site_id,
                site.name if site else c.site_id,
                site.kecamatan if site else "",
                ", ".join(short_date(d, lang) + mark for d, mark in old_days) or "-",
                old_days[0][0] if old_days else None,
                _kit_names(problem, c.old_kits) or "-",
                ", ".join(short_date(d, lang) for d in new_days) or "-",
                new_days[0] if new_days else None,
                _kit_names(problem, _new_kits(plan, c.site_id)) or "-",
                change_reason(c, lang),
                word_or(c.placed, lang) if c.placed else "",
            ]
        )
    keys = ("site_id", "site_name", "kecamatan", "old_days", "old_first", "old_kits",
            "new_days", "new_first", "new_kits", "reason", "placed")  # fmt: skip
    table(ws, [word(k, lang) for k in keys], rows)
    # Printed landscape on A4 at about 80%: long texts wrap in narrow columns (the contact
    # is on each site's notice).
    widths = (9, 20, 11, 18, 14, 14, 18, 14, 14, 16, 22)
    for col, width in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(col)].width = width
    for r in range(1, len(rows) + 2):
        lines = 1
        for col in range(1, len(keys) + 1):
            cell = ws.cell(row=r, column=col)
            cell.alignment = Alignment(wrap_text=True, vertical="top")
            if r > 1 and col in (5, 8):
                cell.number_format = WEEKDAY_DATE[lang]
            elif isinstance(cell.value, str):  # lines it wraps to, at ~1.1 characters a unit
                lines = max(lines, -(-int(len(cell.value) * 1.1) // widths[col - 1]))
        ws.row_dimensions[r].height = 15 * lines  # spreadsheets do not grow wrapped rows
    if not rows:
        put(ws, 2, 1, word("no_changes", lang))
    if plan.class_moves:  # below the table: the priority classes whose day moved, and why
        r = len(rows) + 4
        put(ws, r, 1, word("class_moves", lang)).font = Font(bold=True)
        for i, move in enumerate(plan.class_moves, start=r + 1):
            put(ws, i, 1, class_move_text(move, lang)).alignment = Alignment(vertical="top")
    _print_setup(ws, problem, word("sheet.changes", lang), lang, landscape=True)


# A date with its weekday, in the sheet's language whatever the reader's locale.
WEEKDAY_DATE = {"id": "[$-421]ddd dd/mm/yyyy", "en": "[$-409]ddd dd/mm/yyyy"}


def _kit_names(problem: Problem, kit_ids: tuple[str, ...] | list[str]) -> str:
    names = {k.kit_id: k.name or k.kit_id for k in problem.kits}
    return ", ".join(names.get(k, k) for k in kit_ids)


def _new_kits(plan: Plan, site_id: str) -> list[str]:
    out: list[str] = []
    for kd in plan.kit_days:
        if kd.site_id == site_id and kd.kit_id not in out:
            out.append(kd.kit_id)
    return out


def _notices(book: Workbook, problem: Problem, plan: Plan, lang: str) -> None:
    """One A4 notice per site whose visit changed, to hand to the school or kelurahan: the
    old and new days, the kits and people expected, why, and what to prepare."""
    sites = _sites_of(problem, plan)
    used = {t.casefold() for t in book.sheetnames}
    for c in plan.changes:
        site = sites.get(c.site_id)
        title = sheet_title(f"{word('sheet.notice', lang)} {c.site_id}", used)
        ws = book.create_sheet(title)
        ws.sheet_properties.tabColor = "FFC000"
        put(ws, 1, 1, word("notice_title", lang)).font = Font(bold=True, size=14)
        put(ws, 2, 1, problem.settings.region)
        today = long_date(plan.today, lang) if plan.today else ""
        put(ws, 3, 1, f"{word('notice_date', lang)}: {today}")
        new_days = [d for d, _ in c.new_days]
        people = next((v.people for v in plan.visits if v.site_id == c.site_id), 0)
        old = [long_date(d, lang) + mark for d, mark in reported_days(c, lang)]
        old += [long_date(d, lang) for d, _ in c.old_days]
        lines = [
            (word("notice_to", lang), site.name if site else c.site_id),
            (word("kecamatan", lang), site.kecamatan if site else ""),
            (word("contact", lang), site.contact if site else ""),
            (word("notice_old", lang), "; ".join(old) or "-"),
            (word("notice_new", lang), "; ".join(long_date(d, lang) for d in new_days)
             or word("notice_cancelled", lang)),
            (word("notice_kits", lang), _kit_names(problem, _new_kits(plan, c.site_id)) or "-"),
            (word("notice_people", lang), number(people, lang) if new_days else "-"),
            (word("reason", lang), change_reason(c, lang)),
            (word("notice_prepare", lang), word("notice_prepare_text", lang)),
        ]  # fmt: skip
        for r, (label, text) in enumerate(lines, start=5):
            put(ws, r, 1, label).font = Font(bold=True)
            put(ws, r, 2, text).alignment = Alignment(wrap_text=True, vertical="top")
        ws.column_dimensions["A"].width = 24
        ws.column_dimensions["B"].width = 70
        print_setup(ws, problem.settings.region, title, word("page", lang), landscape=False)
        ws.print_title_rows = None
