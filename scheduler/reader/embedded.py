"""The inputs a plan workbook carries in its hidden `Input ...` sheets: all there and whole, and
the plan's version."""

from __future__ import annotations

from scheduler.errors import InputError
from scheduler.messages import Msg
from scheduler.reader.book import Book
from scheduler.reader.cells import blank
from scheduler.reader.sheets import EMBEDDED, EMBEDDED_SHEETS, norm


def check_embedded(book: Book) -> None:
    """A plan's hidden input sheets are all there and whole: every sheet, column and row
    its `Input Plan` sheet says the plan was made with (plans written before it said so:
    the sheets every plan has). A sheet or row deleted would otherwise be read as the
    default, and the new plan made with rules the old one was not."""
    wrote: dict[str, tuple[int | None, list[str]]] = {n: (None, []) for n in EMBEDDED_SHEETS}
    plan = book.sheet_named(EMBEDDED + "Plan")
    for key, value, *_ in plan.iter_rows(values_only=True) if plan else ():
        kind, _, name = str(key or "").partition(" ")
        count, columns = wrote.get(name, (None, []))
        if kind == "rows" and isinstance(value, int):
            wrote[name] = (value, columns)
        elif kind == "columns" and isinstance(value, str):
            wrote[name] = (count, [c.strip() for c in value.split(",") if c.strip()])
    for name, (count, columns) in wrote.items():
        title = EMBEDDED + name
        ws = book.sheet_named(title)
        if ws is None:
            book.errors.append(InputError(title, Msg("plan.sheet_missing", sheet=title)))
            continue
        raw = ws.iter_rows(values_only=True)
        header = {norm(h) for h in next(raw, None) or () if not blank(h)}
        for column in columns:
            if norm(column) not in header:
                lost = Msg("plan.column_missing", sheet=title, column=column)
                book.errors.append(InputError(title, lost, 1, column))
        found = sum(1 for values in raw if not all(blank(v) for v in values))
        if count is not None and found != count:
            book.errors.append(InputError(title, Msg("plan.rows_changed", sheet=title,
                                                     found=found, wrote=count)))  # fmt: skip


def read_version(book: Book) -> int:
    ws = book.sheet_named(EMBEDDED + "Plan")
    if ws is None:
        return 1
    for key, value, *_ in ws.iter_rows(values_only=True):
        if norm(key) == "version" and isinstance(value, int):
            return value
    return 1
