"""The Calendar sheet: dates down, kits across."""

from __future__ import annotations

from collections import defaultdict
from datetime import date

from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from scheduler.dates import days_between
from scheduler.formats import day_name
from scheduler.labels import (
    word,
    worded,
)
from scheduler.messages import render
from scheduler.plan import Plan
from scheduler.problem import Problem
from scheduler.workdays import Calendar
from scheduler.writer.common import (
    DUTY_FILL,
    OFF_FILL,
    OUT_FILL,
    WEEK_BORDER,
    class_done,
    history_rows,
    kecamatan_colours,
    page_setup,
    status_word,
)
from scheduler.xlsx import (
    header_row,
    put,
)


def calendar_sheet(ws: Worksheet, problem: Problem, plan: Plan, cal: Calendar, lang: str) -> None:
    """Dates down, kits across; each cell the site (coloured by kecamatan), a duty, or why not."""
    s = problem.settings
    kits = [k.kit_id for k in problem.kits]
    colours = kecamatan_colours(problem)
    sites = {x.site_id: x for x in problem.sites}
    at: dict[tuple[date, str], tuple[str, PatternFill | None]] = {}
    for kd in plan.kit_days:
        site = sites[kd.site_id]
        at[(kd.day, kd.kit_id)] = (site.name, colours[site.kecamatan])
    for kd, status in history_rows(plan):
        name = sites[kd.site_id].name if kd.site_id in sites else kd.site_id
        at[(kd.day, kd.kit_id)] = (f"{name} ({status_word(status, lang)})", DUTY_FILL)
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
        put(ws, r, 2, day_name(day, lang))
        if levels.get(day):
            put(ws, r, 3, ", ".join(str(p) for p in sorted(levels[day], reverse=True)))
        if last_of.get(day):
            note = "; ".join(worded("class_last_day", lang, level=x) for x in last_of[day])
            put(ws, r, len(headers), note).font = Font(bold=True)
        off = cal.days_off.get(day)
        if off is not None:
            for c in range(1, len(headers) + 1):
                ws.cell(row=r, column=c).fill = OFF_FILL
            put(ws, r, len(headers), f"{word('off_day', lang)}: {render(off, lang)}")
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
    page_setup(ws, problem, word("sheet.calendar", lang), lang, landscape=True)
