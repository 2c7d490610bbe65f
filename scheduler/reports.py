"""Workbooks that answer a manager's questions: scenarios side by side (`whatif`) and how sure a
plan is (`risk`). Like `writer`, only openpyxl; the numbers come in as plain data.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any
from urllib.parse import quote

import openpyxl
from openpyxl.chart import BarChart, Reference
from openpyxl.styles import Alignment, Font
from openpyxl.worksheet.worksheet import Worksheet

from scheduler.batch import RegionResult
from scheduler.formats import DATE_CELL, PERCENT_CELL
from scheduler.labels import stalled_text, word, worded
from scheduler.problem import GOOD, POOR, Problem
from scheduler.risk import RiskReport
from scheduler.scenarios import describe
from scheduler.whatif import Outcome
from scheduler.xlsx import SHORT_FILL, localize_numbers, print_setup, put, save_atomically, table


def write_scenarios(
    problem: Problem, outcomes: list[Outcome], path: Path, lang: str, replace: bool = True
) -> Path:
    book = openpyxl.Workbook()
    ws = book.active
    ws.title = word("sheet.scenarios", lang)
    keys = ("number", "scenario", "finish", "vs_baseline", "finish_proven_col",
            "people_line", "people_needed", "left_out", "kit_days_used", "kit_days_free",
            "chance_on_time", "deadline", "priority_classes")  # fmt: skip
    base = outcomes[0].finish
    rows: list[list[Any]] = []
    for i, o in enumerate(outcomes):
        shift = (o.finish - base).days if o.finish and base else None
        rows.append(
            [i, describe(o.changes, lang), o.finish or "-", shift,
             word("yes" if o.finish_proven else "no", lang), o.people_planned, o.people,
             o.people - o.people_planned, o.kit_days_used, o.kit_days_free,
             o.chance_on_time, o.deadline, "; ".join(r.render(lang) for r in o.priority)]
        )  # fmt: skip
    put(ws, 1, 1, f"{word('scenarios_title', lang)} - {problem.settings.region}".rstrip(" -"))
    ws["A1"].font = Font(bold=True, size=14)
    table(ws, [word(k, lang) for k in keys], rows, first_row=3)
    for r, o in enumerate(outcomes, start=4):
        ws.cell(row=r, column=11).number_format = PERCENT_CELL
        if o.people_planned < o.people:
            for c in range(1, len(keys) + 1):
                ws.cell(row=r, column=c).fill = SHORT_FILL
    ws.column_dimensions["B"].width = min(80, max(20, *(len(str(r[1])) + 2 for r in rows)))
    ws.column_dimensions["M"].width = 80  # the classes' dates, one reading after another
    print_setup(ws, problem.settings.region, ws.title, word("page", lang), landscape=True)
    return save_atomically(localize_numbers(book, lang), path, replace)


def write_risk(
    problem: Problem,
    report: RiskReport,
    plan_name: str,
    path: Path,
    lang: str,
    replace: bool = True,
) -> Path:
    book = openpyxl.Workbook()
    ws = book.active
    ws.title = word("sheet.risk", lang)
    _risk_sheet(ws, problem, report, plan_name, lang)
    print_setup(ws, problem.settings.region, ws.title, word("page", lang), landscape=True)
    return save_atomically(localize_numbers(book, lang), path, replace)


def _risk_sheet(
    ws: Worksheet, problem: Problem, report: RiskReport, plan_name: str, lang: str
) -> None:
    """The replay's figures, the sites most at risk below them, and the finish dates' histogram
    to the right with its chart under the sites."""
    put(ws, 1, 1, word("risk_title", lang)).font = Font(bold=True, size=14)
    lines = _risk_lines(problem, report, plan_name, lang)
    for r, (label, value, note) in enumerate(lines, start=3):
        put(ws, r, 1, label).font = Font(bold=True)
        cell = put(ws, r, 2, value)
        cell.alignment = Alignment(horizontal="left", wrap_text=True, vertical="top")
        if isinstance(value, float):
            cell.number_format = PERCENT_CELL
        if len(str(value)) > 40:
            ws.row_dimensions[r].height = 30  # the wrapped assumptions
        put(ws, r, 3, note)
    r = 3 + len(lines) + 1
    shown = _sites_at_risk(ws, r, problem, report, lang)
    chart = _finish_histogram(ws, report, lang)
    # Below the sites at risk, so that the page prints as one column of blocks.
    ws.add_chart(chart, f"A{r + 3 + max(1, shown)}")
    for letter, width in zip("ABCDEFGHIJ", (30, 40, 30, 14, 14, 2, 2, 14, 10, 12), strict=True):
        ws.column_dimensions[letter].width = width


def _risk_lines(
    problem: Problem, report: RiskReport, plan_name: str, lang: str
) -> list[tuple[str, Any, str]]:
    """The replay's figures as (label, value, note): the assumptions, the chance on time,
    the finish dates, and the people expected not recorded."""
    s = problem.settings
    beyond = word("beyond", lang)
    never = word("never_done", lang)
    return [
        (word("plan_file", lang), plan_name, ""),
        (word("region", lang), s.region, ""),
        (word("runs", lang), report.runs, f"seed {report.seed}"),
        (
            word("assumptions", lang),
            worded(
                "assumption_text",
                lang,
                sg=s.stall_good,
                rg=stalled_text(s, GOOD, lang),
                sp=s.stall_poor,
                rp=stalled_text(s, POOR, lang),
                turnout=s.turnout,
            ),
            "",
        ),
        (word("deadline", lang), report.deadline, ""),
        (word("chance_on_time", lang), report.chance_on_time, ""),
        (word("planned_finish", lang), report.planned_finish or "-", ""),
        (word("p50", lang), report.p50 or (never if report.never_done >= 0.5 else beyond), ""),
        (word("p90", lang), report.p90 or (never if report.never_done >= 0.1 else beyond), ""),
        (
            word("not_recorded", lang),
            round(report.expected_not_recorded),
            worded(
                "not_recorded_split",
                lang,
                no_shows=report.expected_no_shows,
                late=report.expected_left,
                unplanned=report.people_unplanned,
            ),
        ),
    ]


def _sites_at_risk(ws: Worksheet, r: int, problem: Problem, report: RiskReport, lang: str) -> int:
    """The sites most at risk as a table under the heading at row r; returns how many."""
    put(ws, r, 1, word("sites_at_risk", lang)).font = Font(bold=True, size=12)
    sites = {x.site_id: x for x in problem.sites}
    rows = [
        [x.site_id, sites[x.site_id].name, sites[x.site_id].kecamatan, x.chance_late,
         round(x.expected_left, 1)]
        for x in report.sites
    ]  # fmt: skip
    keys = ("site_id", "site_name", "kecamatan", "chance_late", "expected_left")
    table(ws, [word(k, lang) for k in keys], rows, first_row=r + 1)
    ws.row_dimensions[r + 1].height = 30
    for i in range(len(rows)):
        ws.cell(row=r + 2 + i, column=4).number_format = PERCENT_CELL
    ws.freeze_panes = "A2"  # the title stays in view
    ws.auto_filter.ref = None
    if not rows:
        put(ws, r + 2, 1, word("no_site_at_risk", lang))
    return len(rows)


def _finish_histogram(ws: Worksheet, report: RiskReport, lang: str) -> BarChart:
    """The runs by finish date, with the share done by each, in columns H to J; and its chart,
    for the caller to place."""
    col = 8
    beyond = word("beyond", lang)
    put(ws, 2, col, word("finish_histogram", lang)).font = Font(bold=True, size=12)
    hist: list[list[Any]] = [[word("finish", lang), word("runs", lang), word("share_by", lang)]]
    done = 0
    for day, n in report.finishes:
        done += n
        hist.append([day if day is not None else beyond, n, done / max(1, report.runs)])
    for i, values in enumerate(hist):
        for j, v in enumerate(values):
            cell = put(ws, 3 + i, col + j, v)
            if i == 0:
                cell.font = Font(bold=True)
            elif j == 0 and isinstance(v, date):
                cell.number_format = DATE_CELL  # a real date, sortable and filterable
            elif j == 2:
                cell.number_format = PERCENT_CELL
    chart = BarChart()
    chart.type = "col"
    chart.title = word("finish_histogram", lang)
    chart.y_axis.title = word("runs", lang)
    chart.x_axis.title = word("finish", lang)
    chart.height, chart.width = 9, 20
    chart.legend = None
    n = len(hist)
    chart.add_data(Reference(ws, min_col=col + 1, min_row=3, max_row=2 + n), titles_from_data=True)
    chart.set_categories(Reference(ws, min_col=col, min_row=4, max_row=2 + n))
    return chart


def write_batch_summary(
    results: list[RegionResult], path: Path, lang: str, replace: bool = True
) -> Path:
    """One row per region, in input order, each linking to its plan beside the summary."""
    book = openpyxl.Workbook()
    ws = book.active
    ws.title = word("sheet.regions", lang)
    put(ws, 1, 1, word("batch_title", lang)).font = Font(bold=True, size=14)
    keys = ("region", "input_file", "status", "finish", "finish_proven_col", "people_line",
            "people_needed", "share", "message", "seconds", "plan_link")  # fmt: skip
    rows: list[list[Any]] = []
    for x in results:
        rows.append(
            [x.region or x.name, x.file or f"{x.name}.xlsx", word(f"status.{x.status}", lang),
             x.finish or "-", word("yes" if x.finish_proven else "no", lang) if x.plan else "-",
             x.people_planned, x.people, x.people_planned / x.people if x.people else 1.0,
             x.message, round(x.seconds, 1), x.plan_name]
        )  # fmt: skip
    table(ws, [word(k, lang) for k in keys], rows, first_row=3)
    for r, x in enumerate(results, start=4):
        ws.cell(row=r, column=8).number_format = PERCENT_CELL
        if x.plan:
            link = ws.cell(row=r, column=11)
            # Relative and local: the plans sit beside the summary; quoted, a name is never
            # read as a network path, a drive or a web address.
            link.hyperlink = quote(x.plan_name)
            link.font = Font(color="0563C1", underline="single")
        if x.status != "ok":
            for c in range(1, len(keys) + 1):
                ws.cell(row=r, column=c).fill = SHORT_FILL
    ws.column_dimensions["I"].width = 60
    print_setup(ws, "", ws.title, word("page", lang), landscape=True)
    return save_atomically(localize_numbers(book, lang), path, replace)
