"""The Chart sheet (people planned against the total) and the Printing sheet (the print queue
day by day), each with a native line chart over dates."""

from __future__ import annotations

from collections import defaultdict
from datetime import date
from typing import Any

from openpyxl.chart import Reference, ScatterChart, Series
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from scheduler.dates import days_between
from scheduler.formats import DATE_CELL, day_name
from scheduler.labels import (
    word,
)
from scheduler.plan import Plan
from scheduler.problem import Problem
from scheduler.writer.common import (
    all_kit_days,
    page_setup,
)
from scheduler.xlsx import (
    put,
    table,
)


def chart_sheet(ws: Worksheet, problem: Problem, plan: Plan, lang: str) -> None:
    """Cumulative people planned by date against the total to record, the deadline marked."""
    s = problem.settings
    per_day: dict[date, int] = defaultdict(int)
    for kd in all_kit_days(plan):
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
    chart.x_axis.number_format = DATE_CELL  # a campaign may cross a new year
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


def printing_sheet(ws: Worksheet, problem: Problem, plan: Plan, lang: str) -> None:
    """The print queue day by day, and a chart of what waits and the blanks left."""
    pr = plan.printing
    assert pr is not None
    keys = ("date", "day", "print.arrived", "print.printed", "print.printed_campaign",
            "print.queue", "print.campaign_queue", "print.stock", "print.delivered",
            "print.overtime", "print.certificates")  # fmt: skip
    rows = [
        [d.day, day_name(d.day, lang), d.arrived, d.printed, d.printed_campaign,
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
    page_setup(ws, problem, word("sheet.printing", lang), lang, landscape=True)
