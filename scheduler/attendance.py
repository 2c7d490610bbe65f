"""Attendance lists (daftar hadir) as a workbook: one sheet per site and visit day, printed A4
for the team to tick, typed back (or filled on a laptop) and read by `replan --attendance`
and `report --attendance`.

A separate file from the plan: with name lists it holds names and (masked) NIKs, personal data
that never goes into the plan workbook. Like `writer`, only openpyxl; reading is as guarded as
every other workbook (size limits, located mistakes).
"""

from __future__ import annotations

import zipfile
from collections.abc import Sequence
from datetime import date, datetime
from pathlib import Path
from typing import Any

import openpyxl
from openpyxl.styles import Alignment, Border, Font, Side
from openpyxl.utils.exceptions import InvalidFileException
from openpyxl.workbook.workbook import Workbook
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.pagebreak import Break

from scheduler.dates import parse_date
from scheduler.errors import InputError, WorkbookError
from scheduler.fieldwork import BLOCKS, BY_NAME, SiteDay, Tally, masked
from scheduler.formats import day_month, day_name
from scheduler.labels import word
from scheduler.messages import Msg
from scheduler.problem import KELURAHAN, Problem
from scheduler.reader import inspect_file, norm
from scheduler.xlsx import (
    header_row,
    localize_numbers,
    print_setup,
    put,
    save_atomically,
    sheet_title,
)

# The four ticks, in the order of their columns.
TICKS = ("came", "absent", "already", "refused")
_HEAD_ROW = 8  # the table's header row; the site, day and kits above it
_BOX = Side(style="thin", color="404040")
_GRID = Border(left=_BOX, right=_BOX, top=_BOX, bottom=_BOX)
# Laid out to the portrait page: within READABLE_WIDTH, so the list prints at about 8 pt and an
# hour block (up to about 40 lines) still fits one page; room for a 16-digit NIK by hand.
_WIDTHS = (4, 14, 11, 20, 17, 6, 7, 9, 8, 8)


def _labels(key: str) -> set[str]:
    return {norm(word(key, lang)) for lang in ("id", "en")}


def build_attendance(problem: Problem, days: Sequence[SiteDay], lang: str) -> Workbook:
    book = openpyxl.Workbook()
    book.remove(book.active)
    sites = {s.site_id: s for s in problem.sites}
    used: set[str] = set()
    for d in days:
        site = sites[d.site_id]
        title = sheet_title(f"{d.site_id} {day_month(d.day, '-')}", used)
        ws = book.create_sheet(title)
        put(ws, 1, 1, word("att.title", lang)).font = Font(bold=True, size=14)
        kits = ", ".join(d.kits)
        for r, (key, value) in enumerate(
            (("site_id", d.site_id), ("site_name", site.name), ("kecamatan", site.kecamatan),
             ("date", d.day), ("kits", kits)), start=2,
        ):  # fmt: skip
            put(ws, r, 1, word(key, lang)).font = Font(bold=True)
            cell = put(ws, r, 3, value)  # the label spills over the narrow number column
            cell.alignment = Alignment(horizontal="left")
            if key == "date":
                put(ws, r, 4, day_name(d.day, lang))
        put(ws, 7, 1, word("att.how", lang)).alignment = Alignment(wrap_text=False)
        group = "att.rt" if site.type == KELURAHAN else "att.class"
        keys = ["att.no", "att.block", group, "att.name", "att.nik",
                *(f"att.{t}" for t in TICKS), "notes"]  # fmt: skip
        header_row(ws, _HEAD_ROW, [word(k, lang) for k in keys])
        ws.row_dimensions[_HEAD_ROW].height = 30  # the tick columns' headers on two lines
        r = _HEAD_ROW
        for line in d.lines:
            r += 1
            start, end = BLOCKS[line.block]
            person = line.person
            values: list[Any] = [line.number, f"{word(f'field.block{line.block}', lang)} "
                                 f"{start}-{end}", person.group if person else "",
                                 person.name if person else "",
                                 masked(person.nik) if person and person.nik else ""]  # fmt: skip
            for c, v in enumerate(values, start=1):
                put(ws, r, c, v)
            for c in range(1, len(keys) + 1):
                ws.cell(row=r, column=c).border = _GRID
            ws.row_dimensions[r].height = 18  # room to tick by hand
            if person and len(person.name) > _WIDTHS[3] - 1:  # a long name on two lines
                ws.cell(row=r, column=4).alignment = Alignment(wrap_text=True, vertical="top")
                ws.row_dimensions[r].height = 30
            if line.block == 0 and r - _HEAD_ROW == len(d.block_lines(0)) < len(d.lines):
                ws.row_breaks.append(Break(id=r))  # the afternoon block on a page of its own
        last_line = r
        r += 1
        put(ws, r, 1, word("att.total", lang)).font = Font(bold=True)
        for c in range(1, len(keys) + 1):
            ws.cell(row=r, column=c).border = _GRID
        ws.row_dimensions[r].height = 22
        put(ws, r + 2, 1, word("att.leader", lang)).font = Font(bold=True)
        put(ws, r + 2, 6, word("att.signature", lang)).font = Font(bold=True)
        for c in (2, 3, 4, 7, 8, 9, 10):
            ws.cell(row=r + 2, column=c).border = Border(bottom=_BOX)
        ws.row_dimensions[r + 2].height = 30
        if last_line > _HEAD_ROW:
            tick = DataValidation(type="list", formula1='"v"', allow_blank=True)
            tick.error = tick.prompt = word("att.how", lang)
            tick.showErrorMessage = False  # any mark is a tick; the list only offers one
            ws.add_data_validation(tick)
            tick.add(f"F{_HEAD_ROW + 1}:I{last_line}")
        for col, width in zip("ABCDEFGHIJ", _WIDTHS, strict=True):
            ws.column_dimensions[col].width = width
        ws.freeze_panes = ws.cell(row=_HEAD_ROW + 1, column=1)
        print_setup(ws, problem.settings.region, f"{word('att.title', lang)} {d.site_id}",
                    word("page", lang), landscape=False, narrow=False)  # fmt: skip
        ws.print_title_rows = f"{_HEAD_ROW}:{_HEAD_ROW}"
    if not days:
        ws = book.create_sheet(word("att.title", lang)[:31])
        put(ws, 1, 1, word("field.no_letters", lang))
    if any(d.named for d in days):
        book.properties.keywords = BY_NAME  # personal data: `outreach forget` finds it
    return localize_numbers(book, lang)


def is_by_name(path: Path) -> bool:
    """Whether an .xlsx file is a by-name attendance list (its keywords say so; Excel and
    LibreOffice keep them when a filled list is saved). Reads one small part of the file."""
    try:
        with zipfile.ZipFile(path) as z:
            info = z.getinfo("docProps/core.xml")
            if info.file_size > 100_000:
                return False
            return BY_NAME.encode() in z.read(info)
    except (OSError, KeyError, zipfile.BadZipFile, ValueError):
        return False


def write_attendance(
    problem: Problem, days: Sequence[SiteDay], path: Path, lang: str, replace: bool = True
) -> Path:
    return save_atomically(build_attendance(problem, days, lang), path, replace)


# -- reading a filled list back --------------------------------------------------------------


def read_attendance(path: Path) -> tuple[tuple[Tally, ...], list[InputError], list[str]]:
    """The filled lists in an attendance workbook; a list with no tick at all is not yet
    reported and is left out. Mistakes are located by sheet, row and column: two ticks on one
    line, a total that does not match the ticks, a missing site or day."""
    inspect_file(path)
    try:
        book = openpyxl.load_workbook(path, data_only=True, read_only=True)
    except FileNotFoundError:
        raise WorkbookError(path, [InputError("file", Msg("no_such_file"))]) from None
    except (InvalidFileException, zipfile.BadZipFile, KeyError, OSError, ValueError) as e:
        raise WorkbookError(
            path, [InputError("file", Msg("not_xlsx", what=type(e).__name__))]
        ) from None
    errors: list[InputError] = []
    warnings: list[str] = []
    tallies: list[Tally] = []
    try:
        for ws in book.worksheets:
            tally = _read_sheet(ws.title, ws.iter_rows(values_only=True), errors, warnings)
            if tally is not None:
                tallies.append(tally)
    finally:
        book.close()
    return tuple(tallies), errors, warnings


def _read_sheet(
    title: str, rows: Any, errors: list[InputError], warnings: list[str]
) -> Tally | None:
    site_labels, date_labels = _labels("site_id"), _labels("date")
    no_labels, total_labels = _labels("att.no"), _labels("att.total")
    tick_labels = [_labels(f"att.{t}") for t in TICKS]
    site_id, day, day_row = "", None, 0
    columns: list[int] = []
    counts = dict.fromkeys(TICKS, 0)
    unmarked, extra = 0, 0
    absent_lines: list[int] = []
    in_table, any_tick, total_row, written = False, False, 0, {}
    raw: list[str] = []
    for r, values in enumerate(rows, start=1):
        values = tuple(values or ())
        first = norm(values[0]) if values and values[0] is not None else ""
        if not in_table:
            value = next((v for v in values[1:] if v is not None and str(v).strip()), None)
            if first in site_labels and value is not None:
                site_id = str(value).strip()
            elif first in date_labels:
                day_row = r
                day = _date(value)
            elif first in no_labels:
                raw = [str(v).strip() if v is not None else "" for v in values]
                heads = [norm(v) for v in raw]
                columns = [next((i for i, h in enumerate(heads) if h in labels), -1)
                           for labels in tick_labels]  # fmt: skip
                in_table = True
            continue
        if first in total_labels:
            total_row = r
            written = {t: values[c] for t, c in zip(TICKS, columns, strict=True)
                       if 0 <= c < len(values) and values[c] not in (None, "")}  # fmt: skip
            break
        marks = [t for t, c in zip(TICKS, columns, strict=True)
                 if 0 <= c < len(values) and _ticked(values[c])]  # fmt: skip
        listed = values and isinstance(values[0], int | float)
        if len(marks) > 1:
            errors.append(InputError(title, Msg("att.two_ticks", ticks=len(marks)), r, None))
            any_tick = True
            continue
        if marks:
            any_tick = True
            counts[marks[0]] += 1
            if not listed:
                extra += 1
            elif marks[0] == "absent":
                absent_lines.append(int(values[0]))
        elif listed:
            unmarked += 1
            absent_lines.append(int(values[0]))
    if not in_table or not any_tick:
        return None  # not a list, or not yet filled
    where = total_row or None
    if not site_id:
        errors.append(InputError(title, Msg("att.no_site"), None, None))
    if day is None:
        errors.append(InputError(title, Msg("att.no_day"), day_row or None, None))
    for t, value in written.items():
        if _number(value) != counts[t]:
            column = raw[columns[TICKS.index(t)]]
            why = Msg("att.total_mismatch", written=value, ticks=counts[t])
            errors.append(InputError(title, why, where, column))
    if extra:
        warnings.append(Msg("att.extra", sheet=title, n=extra))
    if unmarked:
        warnings.append(Msg("att.unmarked", sheet=title, n=unmarked))
    if not site_id or day is None:
        return None
    return Tally(title, site_id, day, counts["came"], counts["absent"], counts["already"],
                 counts["refused"], unmarked, tuple(absent_lines), extra, day_row)  # fmt: skip


def _number(value: object) -> float | None:
    """A total as written: a number, or text that reads as one ("43")."""
    if isinstance(value, int | float) and not isinstance(value, bool):
        return value
    try:
        return float(str(value).strip())
    except ValueError:
        return None


def _ticked(value: object) -> bool:
    return value is not None and str(value).strip() not in ("", "0", "-")


def _date(value: object) -> date | None:
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    try:
        return parse_date(value)
    except ValueError:
        return None
