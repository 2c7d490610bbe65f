"""The Closures and Reserved sheets: days no site is visited, and kits kept for other duties
on given dates or weekdays."""

from __future__ import annotations

from datetime import date

from scheduler.dates import is_weekday_text, parse_date_list, parse_weekdays
from scheduler.problem import Closure, Reservation
from scheduler.reader.book import Book
from scheduler.reader.cells import parse_dates_or_weekday, parse_positive


def read_closures(book: Book) -> list[Closure]:
    closures: list[Closure] = []
    for row in book.rows("closures", required=False):
        if not book.required(row, "date"):
            continue
        days = book.parse(row, "date", parse_date_list, frozenset[date]())
        reason = book.text(row, "reason")
        closures.extend(Closure(d, reason) for d in sorted(days))
    return closures


def read_reserved(book: Book) -> list[Reservation]:
    out: list[Reservation] = []
    for row in book.rows("reserved", required=False):
        if not (book.required(row, "date") & book.required(row, "kits")):
            continue
        kits = book.parse(row, "kits", parse_positive, 0)
        value = row.cells["date"]
        if is_weekday_text(value):
            weekdays, days = parse_weekdays(value), frozenset[date]()
        else:
            weekdays = frozenset()
            days = book.parse(row, "date", parse_dates_or_weekday, frozenset())
        if kits and (days or weekdays):
            out.append(Reservation(kits, book.text(row, "label"), days, weekdays))
    return out
