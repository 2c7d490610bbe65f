"""Write a plan as a workbook staff can work from (Indonesian by default).

The only module besides the reader that imports openpyxl. Text that came from an input is
always written as text, never as a formula. The file appears whole or not at all: it is written
to a temporary file beside the target and renamed into place.
"""

from __future__ import annotations

import os
import tempfile
from collections import defaultdict
from datetime import date
from pathlib import Path
from typing import Any

import openpyxl
from openpyxl.cell.cell import Cell
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.workbook.workbook import Workbook
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.worksheet import Worksheet

from scheduler.capacity import capacity
from scheduler.dates import DAY_NAMES, format_weekdays, long_date
from scheduler.labels import word
from scheduler.plan import Plan
from scheduler.problem import Problem
from scheduler.reader import EMBEDDED
from scheduler.workdays import Calendar, build_calendar

DATE_FORMAT = "dd/mm/yyyy"
NUMBER_FORMAT = "#,##0"
HEADER_FILL = PatternFill("solid", fgColor="1F4E78")
HEADER_FONT = Font(bold=True, color="FFFFFF")
SHORT_FILL = PatternFill("solid", fgColor="FCE4D6")
FORMULA_STARTS = ("=", "+", "-", "@")


def put(ws: Worksheet, row: int, col: int, value: Any) -> Cell:
    """Write one cell; text starting like a formula stays text (no formula injection)."""
    cell = ws.cell(row=row, column=col)
    cell.value = value
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        cell.data_type = "s"
    if isinstance(value, date):
        cell.number_format = DATE_FORMAT
    elif isinstance(value, int) and not isinstance(value, bool):
        cell.number_format = NUMBER_FORMAT
    return cell


def _header(ws: Worksheet, row: int, headers: list[str]) -> None:
    for c, h in enumerate(headers, start=1):
        cell = put(ws, row, c, h)
        cell.font, cell.fill = HEADER_FONT, HEADER_FILL
        cell.alignment = Alignment(vertical="center", wrap_text=True)


def _type_word(site_type: str, lang: str) -> str:
    """Built-in types in the sheet's language; a workbook's own types as written."""
    return word(site_type, lang) if site_type in ("school", "kelurahan") else site_type


def _table(ws: Worksheet, headers: list[str], rows: list[list[Any]], first_row: int = 1) -> None:
    """A header row and data rows, with filters, a frozen header and fitted widths."""
    _header(ws, first_row, headers)
    for r, values in enumerate(rows, start=first_row + 1):
        for c, v in enumerate(values, start=1):
            put(ws, r, c, v)
    last = get_column_letter(max(1, len(headers)))
    ws.auto_filter.ref = f"A{first_row}:{last}{first_row + max(1, len(rows))}"
    ws.freeze_panes = ws.cell(row=first_row + 1, column=1)
    _fit_widths(ws, headers, rows)


def _fit_widths(ws: Worksheet, headers: list[str], rows: list[list[Any]]) -> None:
    for c, h in enumerate(headers, start=1):
        longest = len(str(h))
        for values in rows[:500]:
            v = values[c - 1] if c - 1 < len(values) else None
            text = "00/00/0000" if isinstance(v, date) else f"{v:,}" if isinstance(v, int) else v
            longest = max(longest, len(str(text or "")))
        ws.column_dimensions[get_column_letter(c)].width = min(max(longest + 2, 8), 60)


def build_workbook(problem: Problem, plan: Plan, lang: str = "id") -> Workbook:
    cal = build_calendar(problem)
    book = openpyxl.Workbook()
    book.remove(book.active)
    _summary(book.create_sheet(word("sheet.summary", lang)), problem, plan, cal, lang)
    _schedule(book.create_sheet(word("sheet.schedule", lang)), problem, plan, lang)
    _sites(book.create_sheet(word("sheet.sites", lang)), problem, plan, lang)
    _progress(book.create_sheet(word("sheet.progress", lang)), problem, plan, lang)
    embed_inputs(book, problem)
    return book


def write_plan(problem: Problem, plan: Plan, path: Path, lang: str = "id") -> None:
    save_atomically(build_workbook(problem, plan, lang), path)


def save_atomically(book: Workbook, path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    os.close(fd)
    try:
        book.save(tmp)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


# -- sheets ---------------------------------------------------------------------------------


def _summary(ws: Worksheet, problem: Problem, plan: Plan, cal: Calendar, lang: str) -> None:
    s = problem.settings
    cap = capacity(problem, cal)
    kit_days_used = len(plan.kit_days)
    rows: list[list[Any]] = [
        [word("region", lang), s.region],
        [word("campaign", lang), f"{long_date(s.start, lang)} - {long_date(s.deadline, lang)}"],
        [word("working_days", lang), len(cal.days)],
    ]
    finish_note = ""
    if plan.finish is not None:
        finish_stage = next((st for st in plan.stages if st.name == "finish"), None)
        if finish_stage is None or finish_stage.proven:
            finish_note = word("finish_proven", lang)
        else:
            bound = plan.finish_bound or plan.finish
            gap = finish_stage.value - finish_stage.bound
            finish_note = word("finish_gap", lang).format(bound=long_date(bound, lang), gap=gap)
        rows.append([word("finish", lang), plan.finish, finish_note])
    else:
        rows.append([word("finish", lang), "-"])
    rows.append(
        [word("people_line", lang), plan.people_planned, f"{word('of', lang)} {problem.people:,}"]
    )
    rows.append(
        [
            word("kit_days_line", lang),
            kit_days_used,
            f"{word('of', lang)} {cap.kit_days_available:,} {word('available', lang)}",
        ]
    )
    rows.append([word("seed", lang), plan.seed])

    title = put(ws, 1, 1, word("title", lang))
    title.font = Font(bold=True, size=14)
    r = 3
    for values in rows:
        put(ws, r, 1, values[0]).font = Font(bold=True)
        for c, v in enumerate(values[1:], start=2):
            put(ws, r, c, v)
        r += 1

    r += 1
    put(ws, r, 1, word("stages", lang)).font = Font(bold=True, size=12)
    r += 1
    headers = [word(k, lang) for k in ("stage", "status", "value", "bound", "gap", "proven")]
    _header(ws, r, headers)
    for st in plan.stages:
        r += 1
        relative_gap = abs(st.value - st.bound) / max(1, abs(st.value))
        values = [
            word(f"stage.{st.name}", lang),
            st.status,
            st.value,
            st.bound,
            relative_gap,
            word("yes" if st.proven else "no", lang),
        ]
        for c, v in enumerate(values, start=1):
            put(ws, r, c, v)
        ws.cell(row=r, column=5).number_format = "0.0%"

    r += 2
    put(ws, r, 1, word("short_title", lang)).font = Font(bold=True, size=12)
    if not plan.shortfalls:
        put(ws, r + 1, 1, word("all_planned", lang))
        r += 2
    else:
        r += 1
        headers = [word(k, lang) for k in ("site_id", "site_name", "people_left", "reason")]
        _header(ws, r, headers)
        for sf in plan.shortfalls:
            r += 1
            site = problem.site(sf.site_id)
            for c, v in enumerate([sf.site_id, site.name, sf.people_left, sf.reason], start=1):
                put(ws, r, c, v).fill = SHORT_FILL
        r += 2
    if plan.warnings:
        put(ws, r, 1, word("warnings", lang)).font = Font(bold=True, size=12)
        for w in plan.warnings:
            r += 1
            put(ws, r, 1, w)
    for col, width in zip("ABCDEF", (34, 26, 40, 14, 10, 10), strict=True):
        ws.column_dimensions[col].width = width


def _schedule(ws: Worksheet, problem: Problem, plan: Plan, lang: str) -> None:
    sites = {s.site_id: s for s in problem.sites}
    rows: list[tuple[tuple[date, str, int], list[Any]]] = []
    for kd in plan.kit_days:
        site = sites[kd.site_id]
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
            "",
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
    _table(ws, headers, [v for _, v in rows])


def _sites(ws: Worksheet, problem: Problem, plan: Plan, lang: str) -> None:
    kits_of: dict[str, set[str]] = defaultdict(set)
    for kd in plan.kit_days:
        kits_of[kd.site_id].add(kd.kit_id)
    reasons = {sf.site_id: sf.reason for sf in plan.shortfalls}
    rows = []
    short_rows = []
    for i, site in enumerate(problem.sites, start=2):
        visit = plan.visit(site.site_id)
        planned = visit.people if visit else 0
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
                len(days),
                ", ".join(sorted(kits_of[site.site_id])),
                visit.kit_days if visit else 0,
                site.contact,
                site.notes,
                reasons.get(site.site_id, ""),
            ]
        )
        if planned < site.people:
            short_rows.append(i)
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
        "visit_days",
        "kits",
        "kit_days",
        "contact",
        "notes",
        "reason",
    )
    _table(ws, [word(k, lang) for k in keys], rows)
    for r in short_rows:
        for c in range(1, len(keys) + 1):
            ws.cell(row=r, column=c).fill = SHORT_FILL


def _progress(ws: Worksheet, problem: Problem, plan: Plan, lang: str) -> None:
    sites = {s.site_id: s for s in problem.sites}
    rows = [
        [kd.day, kd.kit_id, kd.site_id, kd.people, None, None, sites[kd.site_id].name]
        for kd in sorted(plan.kit_days, key=lambda kd: (kd.day, kd.kit_id))
    ]
    keys = ("date", "kit", "site_id", "planned", "recorded", "status", "site_name")
    _table(ws, [word(k, lang) for k in keys], rows)
    last = len(rows) + 1
    if rows:
        statuses = ",".join(word(k, lang) for k in ("done", "partial", "lost"))
        status = DataValidation(type="list", formula1=f'"{statuses}"', allow_blank=True)
        status.error = word("progress_help", lang)
        status.prompt = word("progress_help", lang)
        recorded = DataValidation(
            type="whole", operator="greaterThanOrEqual", formula1="0", allow_blank=True
        )
        recorded.error = word("progress_help", lang)
        ws.add_data_validation(status)
        ws.add_data_validation(recorded)
        status.add(f"F2:F{last}")
        recorded.add(f"E2:E{last}")


# -- the inputs a plan carries ------------------------------------------------------------


def embed_inputs(book: Workbook, problem: Problem) -> None:
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
             ["rate_poor", s.rate_poor], ["holidays", s.holidays], ["region", s.region]],
        ),
        "Rules": (
            ["type", "weekdays", "max_sites_per_day", "min_kits", "max_kits"],
            [[t.name, format_weekdays(t.weekdays), t.max_sites_per_day, t.min_kits, t.max_kits]
             for t in problem.site_types],
        ),
        "Closures": (["date", "reason"], [[c.day, c.reason] for c in problem.closures]),
        "Reserved": (
            ["date", "kits", "label"],
            # The reader makes each reservation from dates or from weekdays, never both.
            [[format_weekdays(r.weekdays) if r.weekdays else _ranges(r.days), r.kits, r.label]
             for r in problem.reservations],
        ),
    }  # fmt: skip
    for name, (headers, rows) in sheets.items():
        ws = book.create_sheet(EMBEDDED + name)
        for c, h in enumerate(headers, start=1):
            put(ws, 1, c, h).font = Font(bold=True)
        for r, values in enumerate(rows, start=2):
            for c, v in enumerate(values, start=1):
                put(ws, r, c, v)
        ws.sheet_state = "hidden"
        ws.protection.sheet = True  # a casual edit here would change what re-planning reads


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
