"""An empty input workbook to start from: the contract's sheets and headers, a note on every
header, dropdowns and date checks, the default rules, and one example row so it plans as it is.

Headers and keys come from the reader's own tables, so what the template offers is exactly what
the reader accepts.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

import openpyxl
from openpyxl.comments import Comment
from openpyxl.workbook.workbook import Workbook
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.worksheet import Worksheet

from scheduler.catalogue import Words
from scheduler.formats import DATE_CELL, weekdays_text
from scheduler.labels import word, worded
from scheduler.problem import DEFAULT_TYPES, GOOD, NETWORKS
from scheduler.reader import COLUMNS, INPUT_SHEETS, SETTINGS_KEYS, SHEETS
from scheduler.xlsx import fit_widths, header_row, localize_numbers, print_setup, put

ROWS = 500  # rows the dropdowns and checks cover


def _name(aliases: tuple[str, ...], lang: str) -> str:
    """A sheet's or column's name as the template writes it: the reader's tables name the
    English spelling first and the Indonesian last."""
    return Words(id=aliases[-1], en=aliases[0]).of(lang)


def build_template(lang: str = "id", today: date | None = None) -> Workbook:
    """The template; `today` sets the example campaign (next Monday, for twelve weeks)."""
    today = today or date.today()
    start = today + timedelta(days=(7 - today.weekday()) % 7 or 7)
    deadline = start + timedelta(weeks=12, days=-3)
    book = openpyxl.Workbook()
    book.remove(book.active)
    sheets = {key: book.create_sheet(_name(SHEETS[key], lang)) for key in INPUT_SHEETS}
    rules_title = sheets["rules"].title

    example: dict[str, list[Any]] = {
        "sites": [["SKH-01", "SMAN 1 Contoh", word("school", lang), "Sukoharjo", 80,
                   word(GOOD, lang), None, 3, None, None, None, "", ""]],
        "kits": [[worded("note.kit_example", lang, n=n), "", None] for n in (1, 2)],
        "rules": [[word(t.name, lang), weekdays_text(t.weekdays, lang), t.max_sites_per_day,
                   t.min_kits, t.max_kits] for t in DEFAULT_TYPES],
        "closures": [],
        "reserved": [],
        "printing": [],  # optional: an empty sheet plans without a print projection
    }  # fmt: skip
    for key in INPUT_SHEETS:
        if key == "settings":
            continue  # key / value pairs, below
        columns = COLUMNS[key]
        ws = sheets[key]
        headers = [_name(aliases, lang) for aliases in columns.values()]
        header_row(ws, 1, headers)
        for c, field in enumerate(columns, start=1):
            note = word(f"note.{key}.{field}", lang)
            ws.cell(row=1, column=c).comment = Comment(note, "outreach", width=260, height=110)
        for r, values in enumerate(example[key], start=2):
            for c, v in enumerate(values, start=1):
                put(ws, r, c, v)
        fit_widths(ws, headers, example[key])
        ws.freeze_panes = "A2"
        for c, field in enumerate(columns, start=1):
            _validate(ws, key, field, c, lang, rules_title)

    ws = sheets["settings"]
    header_row(ws, 1, [word("note.key", lang), word("note.value", lang)])
    settings: dict[str, Any] = {
        "start": start,
        "deadline": deadline,
        "rate_good": 25,
        "rate_poor": 10,
        "holidays": "ID",
        "region": "",
        "stall_good": 0.2,
        "stall_poor": 0.3,
        "stalled_share": 0.4,
        "stalled_rate_good": None,
        "stalled_rate_poor": None,
        "turnout": 0.95,
    }
    for r, (key, aliases) in enumerate(SETTINGS_KEYS.items(), start=2):
        put(ws, r, 1, _name(aliases, lang)).comment = Comment(
            word(f"note.settings.{key}", lang), "outreach", width=260, height=90
        )
        put(ws, r, 2, settings[key])
        if key in ("start", "deadline"):
            _date_check(ws, f"B{r}", lang)
    ws.column_dimensions["A"].width = 24
    ws.column_dimensions["B"].width = 16
    # Printed to be filled by hand too: A4, fitted to the width with the header on every page.
    for sheet in book.worksheets:
        print_setup(sheet, "", sheet.title, word("page", lang), landscape=sheet.max_column > 6)
    return localize_numbers(book, lang)


def _validate(ws: Worksheet, key: str, field: str, col: int, lang: str, rules: str) -> None:
    letter = ws.cell(row=1, column=col).column_letter
    cells = f"{letter}2:{letter}{ROWS}"
    dv: DataValidation | None = None
    if key == "sites" and field == "type":
        # The types named on the Rules sheet, so a new type there appears here too.
        dv = DataValidation(type="list", formula1=f"'{rules}'!$A$2:$A$50", allow_blank=True)
    elif key == "sites" and field == "network":
        dv = DataValidation(
            type="list", formula1=f'"{",".join(word(n, lang) for n in NETWORKS)}"', allow_blank=True
        )
    elif key == "sites" and field == "priority":
        dv = DataValidation(type="list", formula1='"1,2,3,4,5"', allow_blank=True)
    elif field in ("people", "rate", "kits", "max_sites_per_day", "min_kits", "max_kits"):
        low = "0" if field == "people" else "1"
        dv = DataValidation(
            type="whole", operator="greaterThanOrEqual", formula1=low, allow_blank=True
        )
    elif key == "sites" and field in ("earliest", "latest"):
        _date_check(ws, cells, lang)
    if dv is not None:
        dv.error = word(f"note.{key}.{field}", lang)
        dv.errorTitle = ws.cell(row=1, column=col).value
        dv.showErrorMessage = True
        ws.add_data_validation(dv)
        dv.add(cells)


def _date_check(ws: Worksheet, cells: str, lang: str) -> None:
    dv = DataValidation(type="date", operator="greaterThan", formula1="1", allow_blank=True)
    dv.error = word("note.date_check", lang)
    dv.showErrorMessage = True
    ws.add_data_validation(dv)
    dv.add(cells)
    for row in ws[cells] if ":" in cells else [[ws[cells]]]:
        for cell in row:
            cell.number_format = DATE_CELL
