"""Workbooks from reconciled name lists: the reconciliation (counts per site, and the rows not
planned by file and row number: never a name or a NIK), the same table as a sheet of a plan,
and a new input workbook whose Sites sheet has the counts to plan."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import openpyxl
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter
from openpyxl.workbook.workbook import Workbook
from openpyxl.worksheet.worksheet import Worksheet

from scheduler.formats import date_range, long_date
from scheduler.labels import word, worded
from scheduler.lists import Lists
from scheduler.problem import Problem
from scheduler.reader import COLUMNS, SHEETS, norm
from scheduler.reconcile import Reconciliation
from scheduler.writer import ages_rows
from scheduler.xlsx import localize_numbers, print_setup, put, save_atomically, table

_COUNTS = ("listed", "duplicates", "recorded", "too_young", "later")
_FLAGS = ("not_resident", "nik_mismatch")


def lists_sheet(
    book: Workbook,
    problem: Problem,
    rec: Reconciliation,
    lang: str,
    vote: tuple[date, int] | None = None,
) -> Worksheet:
    """Per site: the typed count beside the count to plan, and how the lists came to it;
    with `vote` (a day, and how many will be 17 by then and recorded in time), that line."""
    ws = book.create_sheet(word("sheet.lists", lang))
    put(ws, 1, 1, word("lists.title", lang)).font = Font(bold=True, size=14)
    put(ws, 2, 1, worded("lists.note", lang, code=rec.region_code or "-"))
    if vote is not None:
        put(ws, 3, 1, worded("lists.vote_line", lang, day=long_date(vote[0], lang), n=vote[1]))
    headers = [word(k, lang) for k in ("site_id", "site_name", "lists.typed")]
    headers += [word(f"lists.{k}", lang) for k in (*_COUNTS, "later_days", *_FLAGS, "to_plan")]
    headers.append(word("lists.judged_on", lang))
    rows: list[list[Any]] = []
    for c in rec.sites:
        days = date_range(*c.later_days, lang) if c.later_days else ""
        rows.append(
            [c.site_id, problem.site(c.site_id).name, c.typed, c.listed, c.duplicates,
             c.recorded, c.too_young, c.later, days, c.not_resident, c.nik_mismatch, c.to_plan,
             c.first_day]
        )  # fmt: skip
    totals: list[Any] = [word("lists.total", lang), ""]
    for i in range(2, len(headers) - 1):
        column = [r[i] for r in rows]
        totals.append(sum(column) if all(isinstance(v, int) for v in column) else "")
    table(ws, headers, [*rows, [*totals, None]], first_row=4)
    for col in range(1, len(headers) + 1):
        ws.cell(row=5 + len(rows), column=col).font = Font(bold=True)
        ws.cell(row=4, column=col).alignment = Alignment(wrap_text=True, vertical="center")
        if col > 2:  # the counts narrow, the range of birthdays wide enough for two dates
            ws.column_dimensions[get_column_letter(col)].width = 23 if col == 9 else 12
    ws.row_dimensions[4].height = 45
    _print(ws, problem, lang)
    ws.print_title_rows = "4:4"
    return ws


def _print(ws: Worksheet, problem: Problem, lang: str) -> None:
    print_setup(ws, problem.settings.region, ws.title, word("page", lang), landscape=True)


def write_reconciliation(
    problem: Problem, lists: Lists, rec: Reconciliation, path: Path, lang: str
) -> Path:
    """The reconciliation workbook: the per-site table, and each row not planned or flagged
    by file and row number (the list files say who it is)."""
    book = openpyxl.Workbook()
    book.remove(book.active)
    lists_sheet(book, problem, rec, lang)
    ws = book.create_sheet(word("sheet.list_rows", lang))
    files = [Path(f.path).name for f in lists.files]
    rows = [
        [files[f.file], f.row, f.site_id, word(f"lists.kind.{f.kind}", lang),
         f"{files[f.of[0]]} {f.of[1]}" if f.of else ""]
        for f in rec.flags
    ]  # fmt: skip
    headers = [word(k, lang) for k in ("lists.file", "lists.row", "site_id", "lists.what")]
    table(ws, [*headers, word("lists.of", lang)], rows)
    _print(ws, problem, lang)
    return save_atomically(localize_numbers(book, lang), path)


def write_input(source: Path, problem: Problem, rec: Reconciliation, path: Path) -> Path:
    """A copy of the input workbook whose Sites sheet has each listed site's count to plan
    (the typed count kept beside it) and an Ages sheet: plan it like any input. The input
    itself is never changed."""
    book = openpyxl.load_workbook(source)
    sites = _sheet(book, "sites")
    header = [norm(c.value or "") for c in sites[1]]
    id_col = _column(header, "site_id")
    people_col = _column(header, "people")
    typed_col = len(header) + 1
    put(sites, 1, typed_col, "typed_people").font = Font(bold=True)
    counts = {c.site_id: c for c in rec.sites}
    earliest_col = _column(header, "earliest")
    if earliest_col == 0 and any(c.waits for c in rec.sites):
        earliest_col = typed_col + 1
        name = COLUMNS["sites"]["earliest"][0 if sites.title == SHEETS["sites"][0] else -1]
        put(sites, 1, earliest_col, name).font = Font(bold=True)
    for r in range(2, sites.max_row + 1):
        site_id = str(sites.cell(row=r, column=id_col).value or "").strip()
        if site_id in counts:
            count = counts[site_id]
            put(sites, r, typed_col, count.typed)
            put(sites, r, people_col, count.to_plan)
            if count.waits:  # the visit waits for the 16th birthdays
                put(sites, r, earliest_col, problem.site(site_id).earliest)
    old = _sheet(book, "ages")
    if old is not None:
        book.remove(old)
    ages = book.create_sheet(SHEETS["ages"][0 if sites.title == SHEETS["sites"][0] else 1])
    en = sites.title == SHEETS["sites"][0]
    names = [aliases[0 if en else -1] for aliases in COLUMNS["ages"].values()]
    for c, name in enumerate(names, start=1):
        put(ages, 1, c, name).font = Font(bold=True)
    for r, values in enumerate(ages_rows(problem), start=2):
        for c, v in enumerate(values, start=1):
            put(ages, r, c, v)
    return save_atomically(book, path)


def _sheet(book: Workbook, key: str) -> Any:
    wanted = {norm(n) for n in SHEETS[key]}
    return next((ws for ws in book.worksheets if norm(ws.title) in wanted), None)


def _column(header: list[str], field: str) -> int:
    """The 1-based column of a Sites field (0: none)."""
    aliases = {norm(a) for a in COLUMNS["sites"][field]}
    return next((i for i, h in enumerate(header, start=1) if h in aliases), 0)
