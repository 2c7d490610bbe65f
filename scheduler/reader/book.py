"""An open input workbook: its sheets found by name in either language, its rows as cells by
field, and the mistakes found so far, each located by sheet, row and column. The sheet modules
read through it."""

from __future__ import annotations

import zipfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

import openpyxl
from openpyxl.utils.exceptions import InvalidFileException
from openpyxl.worksheet.worksheet import Worksheet

from scheduler.errors import InputError, WorkbookError
from scheduler.messages import Both, Msg, message_of
from scheduler.reader.cells import blank
from scheduler.reader.guard import format_of, inspect_file
from scheduler.reader.sheets import COLUMNS, REQUIRED, SHEETS, norm

T = TypeVar("T")


@dataclass
class Row:
    sheet: str
    number: int
    cells: dict[str, Any]
    headers: dict[str, str]  # field -> header text as written
    columns: dict[str, int] = field(default_factory=dict)  # field -> column index (0-based)


class Book:
    """An input workbook open for reading (read-only, streamed), `prefix` before each sheet's
    title: "Input " for the inputs a plan carries."""

    def __init__(self, path: Path, prefix: str = "") -> None:
        self.path = path
        self.prefix = prefix
        self.errors: list[InputError] = []
        self.site_rows: dict[str, Row] = {}  # the row each site was read from
        self.progress_sheet, self.progress_headers = "Progress", dict[str, str]()
        self._formulas: dict[str, set[tuple[int, int]]] = {}
        self._formula_book: Any = None
        inspect_file(path)
        try:
            # Read-only: rows stream from the file, so a stray value at row 1,048,576 costs a
            # tenth of a second, not the minute and gigabytes a fully loaded sheet took.
            self.workbook = openpyxl.load_workbook(path, data_only=True, read_only=True)
        except FileNotFoundError:
            raise WorkbookError(path, [InputError("file", Msg("no_such_file"))]) from None
        except (InvalidFileException, zipfile.BadZipFile, KeyError, OSError, ValueError):
            raise WorkbookError(
                path,
                [InputError("file", Msg("not_xlsx", what=format_of(path)))],
            ) from None

    def close(self) -> None:
        self.workbook.close()
        if self._formula_book is not None:
            self._formula_book.close()

    def formula_at(self, row: Row, field: str) -> bool:
        """Whether the cell is a formula (whose saved value, if any, is what we read). Asked
        only of blank cells: a formula with no saved value reads as blank."""
        column = row.columns.get(field)
        if column is None:
            return False
        if row.sheet not in self._formulas:
            if self._formula_book is None:
                self._formula_book = openpyxl.load_workbook(
                    self.path, data_only=False, read_only=True
                )
            self._formulas[row.sheet] = {
                (r, c)
                for r, values in enumerate(
                    self._formula_book[row.sheet].iter_rows(values_only=True), 1
                )
                for c, v in enumerate(values)
                if isinstance(v, str) and v.startswith("=")
            }
        return (row.number, column) in self._formulas[row.sheet]

    def unique_id(
        self, row: Row, field: str, given: str, seen: dict[str, tuple[int, str]], what: str
    ) -> bool:
        """An id not used before on its sheet. Ids that differ only in case or spacing
        ("skh-05", "SKH-05 ") are the same to a person reading the plan, so they clash too."""
        key = "".join(given.split()).casefold()
        if key not in seen:
            seen[key] = (row.number, given)
            return True
        number, first = seen[key]
        if first == given:
            message = Msg("id_again", given=given, row=number, what=Msg(f"what.{what}"))
        else:
            message = Msg(
                "id_clash", given=given, first=first, row=number, what=Msg(f"what.{what}")
            )
        self.error(row, field, message)
        return False

    def no_saved_value(self, row: Row, field: str) -> None:
        self.error(row, field, Msg("no_saved_value"))

    # -- cells --------------------------------------------------------------------------------

    def error(self, row: Row | None, field: str | None, message: str, sheet: str = "") -> None:
        if row is None:
            self.errors.append(InputError(sheet, message, None, field))
        else:
            column = row.headers.get(field, field) if field else None
            self.errors.append(InputError(row.sheet, message, row.number, column))

    def parse(self, row: Row, field: str, fn: Callable[[Any], T], default: T) -> T:
        value = row.cells.get(field)
        if blank(value):
            if value is None and self.formula_at(row, field):
                self.no_saved_value(row, field)
            return default
        try:
            return fn(value)
        except ValueError as e:
            self.error(row, field, message_of(e))
            return default

    def text(self, row: Row, field: str) -> str:
        value = row.cells.get(field)
        return "" if blank(value) else str(value).strip()

    def required(self, row: Row, field: str) -> bool:
        value = row.cells.get(field)
        if blank(value):
            if value is None and self.formula_at(row, field):
                self.no_saved_value(row, field)
            else:
                self.error(row, field, Msg("required"))
            return False
        return True

    # -- sheets -------------------------------------------------------------------------------

    def sheet(self, key: str, required: bool) -> Worksheet | None:
        names = SHEETS[key]
        wanted = {norm(self.prefix + n) for n in names}
        for ws in self.workbook.worksheets:
            if norm(ws.title) in wanted:
                return ws
        if required:
            present = ", ".join(ws.title for ws in self.workbook.worksheets)
            self.errors.append(
                InputError(
                    Both(id=self.prefix + names[1], en=self.prefix + names[0]),
                    Msg(
                        "missing_sheet",
                        name=Both(id=names[1], en=names[0]),
                        other=Both(id=names[0], en=names[1]),
                        present=present,
                    ),
                )
            )
        return None

    def rows(self, key: str, required: bool) -> Iterator[Row]:
        ws = self.sheet(key, required)
        if ws is None:
            return
        columns = COLUMNS[key]
        lookup = {norm(alias): field for field, aliases in columns.items() for alias in aliases}
        raw = ws.iter_rows(values_only=True)
        header = next(raw, None) or ()
        index: dict[str, int] = {}
        headers: dict[str, str] = {}
        for i, cell in enumerate(header):
            if blank(cell):
                continue
            field = lookup.get(norm(cell))
            if field and field not in index:
                index[field] = i
                headers[field] = str(cell).strip()
        missing = [f for f in REQUIRED[key] if f not in index]
        for field in missing:
            en, idn = columns[field][0], columns[field][-1]
            alias = Msg("or_alias", alias=Both(id=en, en=idn)) if idn != en else ""
            name = Both(id=idn, en=en)  # the header as the office's template writes it
            self.errors.append(
                InputError(ws.title, Msg("missing_column", name=name, alias=alias), 1, name)
            )
        if missing:
            return
        for number, values in enumerate(raw, start=2):
            if all(blank(v) for v in values):
                continue
            cells = {f: values[i] if i < len(values) else None for f, i in index.items()}
            yield Row(ws.title, number, cells, headers, index)

    # -- the problem --------------------------------------------------------------------------

    def sheet_named(self, title: str) -> Worksheet | None:
        for ws in self.workbook.worksheets:
            if norm(ws.title) == norm(title):
                return ws
        return None
