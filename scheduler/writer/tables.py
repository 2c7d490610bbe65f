"""The sheets of one row per thing: Schedule (a kit's visit day), Sites, Progress (the form staff
fill) and one itinerary per kit."""

from __future__ import annotations

from collections import defaultdict
from datetime import date
from typing import Any

from openpyxl.formatting.rule import FormulaRule
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.workbook.workbook import Workbook
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.worksheet import Worksheet

from scheduler.formats import day_name
from scheduler.labels import (
    shortfall_text,
    word,
    worded,
)
from scheduler.plan import Plan
from scheduler.problem import Problem
from scheduler.writer.common import (
    all_kit_days,
    class_done,
    history_rows,
    page_setup,
    sites_of,
    status_word,
    type_word,
)
from scheduler.xlsx import (
    SHORT_FILL,
    sheet_title,
    table,
)


def schedule_sheet(ws: Worksheet, problem: Problem, plan: Plan, lang: str) -> None:
    sites = sites_of(problem, plan)
    rows: list[tuple[tuple[date, str, int], list[Any]]] = []
    status_of = {(kd.day, kd.kit_id): st for kd, st in history_rows(plan)}
    for kd in all_kit_days(plan):
        site = sites[kd.site_id]
        done = (kd.day, kd.kit_id) in status_of
        values = [
            kd.day,
            day_name(kd.day, lang),
            kd.kit_id,
            kd.site_id,
            site.name,
            type_word(site.type, lang),
            site.kecamatan,
            word(site.network, lang),
            kd.people,
            status_word(status_of[(kd.day, kd.kit_id)], lang) if done else "",
        ]
        rows.append(((kd.day, kd.kit_id, 0), values))
    for duty in plan.duties:
        values = [duty.day, day_name(duty.day, lang), duty.kit_id, None]
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


def sites_sheet(ws: Worksheet, problem: Problem, plan: Plan, lang: str) -> None:
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
                type_word(site.type, lang),
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


def progress_sheet(ws: Worksheet, problem: Problem, plan: Plan, lang: str) -> None:
    sites = sites_of(problem, plan)
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


def kit_itineraries(book: Workbook, problem: Problem, plan: Plan, lang: str) -> None:
    sites = {x.site_id: x for x in problem.sites}
    used = {t.casefold() for t in book.sheetnames}
    # With printing inputs, the day a site's cards are ready: the team tells the school.
    ready = dict(plan.printing.ready) if plan.printing is not None else None
    extra = 1 if ready is not None else 0
    for kit in problem.kits:
        rows: list[tuple[date, list[Any]]] = []
        for kd in all_kit_days(plan):
            if kd.kit_id == kit.kit_id and kd.site_id in sites:
                site = sites[kd.site_id]
                rows.append(
                    (
                        kd.day,
                        [kd.day, day_name(kd.day, lang), kd.site_id, site.name,
                         site.kecamatan, kd.people,
                         *([ready.get(kd.site_id)] if ready is not None else []),
                         site.contact, site.notes],
                    )
                )  # fmt: skip
        for duty in plan.duties:
            if duty.kit_id == kit.kit_id:
                rows.append(
                    (duty.day, [duty.day, day_name(duty.day, lang), None, duty.label,
                                "", None, *([None] * extra), "", ""])
                )  # fmt: skip
        rows.sort(key=lambda dr: dr[0])
        ws = book.create_sheet(sheet_title(worded("sheet.kit", lang, kit=kit.kit_id), used))
        keys = ("date", "day", "site_id", "site_name", "kecamatan", "people",
                *(("cards_ready",) if ready is not None else ()), "contact", "notes")  # fmt: skip
        table(ws, [word(k, lang) for k in keys], [v for _, v in rows])
        name = f"{kit.kit_id} {kit.name}".strip() if kit.name != kit.kit_id else kit.kit_id
        page_setup(ws, problem, worded("itinerary", lang, kit=name), lang, landscape=True)
