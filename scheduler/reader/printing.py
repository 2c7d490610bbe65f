"""The Printing sheet: one row per item (rate, overtime, stock, delivery, backlog, counter,
class, target), read into the inputs of the print projection."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from scheduler.dates import is_weekday_text, parse_date, parse_date_list, parse_weekdays
from scheduler.errors import InputError
from scheduler.messages import Msg
from scheduler.problem import CAMPAIGN, PRINT_CLASSES, Printing, Settings
from scheduler.reader.book import Book, Row
from scheduler.reader.cells import blank, class_name, parse_positive, parse_whole
from scheduler.reader.sheets import PRINT_ITEMS, norm

_LOOKUP = {norm(a): item for item, aliases in PRINT_ITEMS.items() for a in aliases}
_ONCE = ("rate", "stock", "target")  # the items a sheet gives at most once


@dataclass
class _Items:
    """What the sheet's rows said so far."""

    once: dict[str, Row] = field(default_factory=dict)  # item -> the row that gave it
    values: dict[str, Any] = field(default_factory=dict)  # rate, stock, target, overtime_rate
    overtime_days: set[date] = field(default_factory=set)
    overtime_weekdays: set[int] = field(default_factory=set)
    deliveries: list[tuple[date, int]] = field(default_factory=list)
    backlog: list[tuple[str, int, Row]] = field(default_factory=list)
    counter: list[tuple[str, int, Row]] = field(default_factory=list)
    classes: list[str] = field(default_factory=list)


def read_printing(book: Book, settings: Settings | None) -> Printing | None:
    """The Printing sheet. No sheet, or no rows: no print projection."""
    items = _Items()
    any_row = False
    for row in book.rows("printing", required=False):
        any_row = True
        item = _item_of(book, row, items)
        if item is not None:
            _read_item(book, row, item, items, settings)
    if not any_row:
        return None
    return _printing(book, items)


def _item_of(book: Book, row: Row, items: _Items) -> str | None:
    """The row's item, or None when it is missing, unknown, or given a second time."""
    if not book.required(row, "item"):
        return None
    item = _LOOKUP.get(norm(row.cells["item"]))
    if item is None:
        known = ", ".join(f"{en} ({idn})" for en, idn in PRINT_ITEMS.values())
        book.error(row, "item", Msg("print.item", value=book.text(row, "item"),
                                    known=known))  # fmt: skip
        return None
    if item in _ONCE:
        if item in items.once:
            book.error(row, "item", Msg("print.once", item=book.text(row, "item"),
                                        row=items.once[item].number))  # fmt: skip
            return None
        items.once[item] = row
    return item


def _read_item(book: Book, row: Row, item: str, items: _Items, settings: Settings | None) -> None:
    """One row: a class named, the target date, or an item with a count."""
    if item == "class":
        if book.required(row, "class"):
            items.classes.append(class_name(book.text(row, "class")))
        return
    if item == "target":
        if book.required(row, "date"):
            items.values["target"] = book.parse(row, "date", parse_date, None)
        return
    if not book.required(row, "count"):
        return
    least = 1 if item in ("rate", "overtime") else 0
    count = book.parse(row, "count", parse_positive if least else parse_whole, None)
    if count is None:
        return
    if item in ("rate", "stock"):
        items.values[item] = count
    elif item == "overtime":
        _overtime(book, row, count, items)
    elif item == "delivery":
        _delivery(book, row, count, items, settings)
    else:
        name = class_name(book.text(row, "class")) if book.text(row, "class") else ""
        if not name:
            name = "damaged" if item == "backlog" else "change"
        (items.backlog if item == "backlog" else items.counter).append((name, count, row))


def _overtime(book: Book, row: Row, count: int, items: _Items) -> None:
    """The overtime rate, and the dates or weekdays it is worked on."""
    items.values["overtime_rate"] = count
    when = row.cells.get("date")
    if blank(when):
        return  # a rate only: the fixes search says on which days it would help
    if is_weekday_text(when):
        items.overtime_weekdays.update(book.parse(row, "date", parse_weekdays, frozenset()))
    else:
        items.overtime_days.update(book.parse(row, "date", parse_date_list, frozenset()))


def _delivery(book: Book, row: Row, count: int, items: _Items, settings: Settings | None) -> None:
    """Blanks delivered on a day, which cannot be before the campaign starts."""
    if not book.required(row, "date"):
        return
    day = book.parse(row, "date", parse_date, None)
    if day is not None and settings is not None and day < settings.start:
        book.error(row, "date", Msg("print.delivery_early", day=day,
                                    start=settings.start))  # fmt: skip
    elif day is not None:
        items.deliveries.append((day, count))


def _printing(book: Book, items: _Items) -> Printing | None:
    """The Printing inputs, once every class a row names is known and the rate is given."""
    order = tuple(dict.fromkeys(items.classes)) if items.classes else PRINT_CLASSES
    if CAMPAIGN not in order:
        order = (*order, CAMPAIGN)
    for name, _, row in items.backlog + items.counter:
        if name not in order:
            book.error(row, "class", Msg("print.class", value=name, known=", ".join(order)))
    values = items.values
    if "rate" not in values:
        ws = book.sheet("printing", required=False)
        book.errors.append(InputError(ws.title if ws else "Printing", Msg("print.no_rate")))
        return None
    if book.errors:
        return None
    return Printing(
        rate=values["rate"],
        overtime_rate=values.get("overtime_rate"),
        overtime_days=frozenset(items.overtime_days),
        overtime_weekdays=frozenset(items.overtime_weekdays),
        stock=values.get("stock"),
        deliveries=tuple(sorted(items.deliveries)),
        backlog=tuple((n, c) for n, c, _ in items.backlog),
        counter=tuple((n, c) for n, c, _ in items.counter),
        classes=order,
        target=values.get("target"),
    )
