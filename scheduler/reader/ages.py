"""The Ages sheet, written from name lists: per site, how many of its people turn 16 or 17 on a
day (counts only, never a name)."""

from __future__ import annotations

from datetime import date

from scheduler.dates import parse_date
from scheduler.messages import Msg
from scheduler.problem import SiteAges
from scheduler.reader.book import Book
from scheduler.reader.cells import parse_positive, parse_whole
from scheduler.reader.sheets import REQUIRED


def read_ages(book: Book, site_ids: set[str]) -> tuple[SiteAges, ...]:
    """The Ages sheet (written from name lists): per site, how many of its people turn 16
    or 17 on a day. No sheet: ages are not known."""
    days: dict[tuple[str, int], dict[date, int]] = {}
    for row in book.rows("ages", required=False):
        if not all([book.required(row, f) for f in REQUIRED["ages"]]):
            continue
        site = book.text(row, "site_id")
        if site not in site_ids:
            book.error(row, "site_id", Msg("ages.site", site=site))
            continue
        age = book.parse(row, "age", parse_whole, 0)
        if age not in (16, 17):
            book.error(row, "age", Msg("ages.age"))
            continue
        day = book.parse(row, "date", parse_date, None)
        people = book.parse(row, "people", parse_positive, 0)
        if day is not None and people:
            per = days.setdefault((site, age), {})
            per[day] = per.get(day, 0) + people
    return tuple(
        SiteAges(
            site,
            tuple(sorted(days.get((site, 16), {}).items())),
            tuple(sorted(days.get((site, 17), {}).items())),
        )
        for site in sorted({s for s, _ in days})
    )
