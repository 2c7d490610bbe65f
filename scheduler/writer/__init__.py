"""Write a plan as a workbook staff can work from (Indonesian by default).

One module per sheet family: `summary`, `tables` (Schedule, Sites, Progress, the kits'
itineraries), `calendar`, `charts` (Chart, Printing), `changes` (a re-plan's Changes and
notices) and `embedded` (the hidden inputs a plan carries), sharing `common`. It is one of the
Excel writers that import openpyxl, beside `xlsx`, `template`, `reports`, `attendance` and
`lists_writer` (and the reader, which reads with it).

Text that came from an input is always written as text, never as a formula. The file appears
whole or not at all: it is written to a temporary file beside the target and renamed into
place.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import openpyxl
from openpyxl.workbook.workbook import Workbook

from scheduler.labels import word
from scheduler.plan import Plan
from scheduler.problem import Problem
from scheduler.workdays import build_calendar
from scheduler.writer.calendar import calendar_sheet
from scheduler.writer.changes import changes_sheet, notices
from scheduler.writer.charts import chart_sheet, printing_sheet
from scheduler.writer.common import class_done, kecamatan_colours, page_setup
from scheduler.writer.embedded import ages_rows, embed_inputs
from scheduler.writer.summary import summary_sheet
from scheduler.writer.tables import kit_itineraries, progress_sheet, schedule_sheet, sites_sheet
from scheduler.xlsx import localize_numbers, save_atomically

__all__ = [
    "ages_rows",
    "build_workbook",
    "class_done",
    "embed_inputs",
    "kecamatan_colours",
    "write_plan",
]


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
    summary_sheet(book.create_sheet(word("sheet.summary", lang)), problem, plan, cal, lang)
    schedule_sheet(book.create_sheet(word("sheet.schedule", lang)), problem, plan, lang)
    sites_sheet(book.create_sheet(word("sheet.sites", lang)), problem, plan, lang)
    calendar_sheet(book.create_sheet(word("sheet.calendar", lang)), problem, plan, cal, lang)
    progress_sheet(book.create_sheet(word("sheet.progress", lang)), problem, plan, lang)
    chart_sheet(book.create_sheet(word("sheet.chart", lang)), problem, plan, lang)
    if plan.printing is not None:
        printing_sheet(book.create_sheet(word("sheet.printing", lang)), problem, plan, lang)
    if extra is not None:
        extra(book)
    kit_itineraries(book, problem, plan, lang)
    if plan.today is not None:
        ws = book.create_sheet(word("sheet.changes", lang), index=1)
        changes_sheet(ws, problem, plan, lang)
        notices(book, problem, plan, lang)
    for key, landscape in (("summary", False), ("schedule", True), ("sites", True),
                           ("progress", False), ("chart", True)):  # fmt: skip
        title = word(f"sheet.{key}", lang)
        page_setup(book[title], problem, title, lang, landscape)
    embed_inputs(book, problem, plan.version)
    return localize_numbers(book, lang)


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
