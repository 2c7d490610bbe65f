"""A re-plan's sheets: Changes (each site whose visit moved, and why) and one notice per site."""

from __future__ import annotations

from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter
from openpyxl.workbook.workbook import Workbook
from openpyxl.worksheet.worksheet import Worksheet

from scheduler.formats import day_text, long_date, number, weekday_date_cell
from scheduler.labels import change_reason, class_move_text, placed_text, reported_days, word
from scheduler.plan import Plan
from scheduler.problem import Problem
from scheduler.writer.common import (
    page_setup,
    sites_of,
)
from scheduler.xlsx import (
    print_setup,
    put,
    sheet_title,
    table,
)


def changes_sheet(ws: Worksheet, problem: Problem, plan: Plan, lang: str) -> None:
    """One row per site whose visit changed or was lost: old and new days with weekday and
    year (the first of each as a real date), kits by name, why it changed and why it went
    where it did. The sites to notify first are at the top."""
    sites = sites_of(problem, plan)
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
                ", ".join(day_text(d, lang) + mark for d, mark in old_days) or "-",
                old_days[0][0] if old_days else None,
                _kit_names(problem, c.old_kits) or "-",
                ", ".join(day_text(d, lang) for d in new_days) or "-",
                new_days[0] if new_days else None,
                _kit_names(problem, _new_kits(plan, c.site_id)) or "-",
                change_reason(c, lang),
                placed_text(c.placed, lang) if c.placed else "",
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
                cell.number_format = weekday_date_cell(lang)
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
    page_setup(ws, problem, word("sheet.changes", lang), lang, landscape=True)


def _kit_names(problem: Problem, kit_ids: tuple[str, ...] | list[str]) -> str:
    names = {k.kit_id: k.name or k.kit_id for k in problem.kits}
    return ", ".join(names.get(k, k) for k in kit_ids)


def _new_kits(plan: Plan, site_id: str) -> list[str]:
    out: list[str] = []
    for kd in plan.kit_days:
        if kd.site_id == site_id and kd.kit_id not in out:
            out.append(kd.kit_id)
    return out


def notices(book: Workbook, problem: Problem, plan: Plan, lang: str) -> None:
    """One A4 notice per site whose visit changed, to hand to the school or kelurahan: the
    old and new days, the kits and people expected, why, and what to prepare."""
    sites = sites_of(problem, plan)
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
