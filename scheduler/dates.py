"""Dates, date ranges and weekday names as people write them in workbooks (English or Indonesian),
read (`scheduler.formats` writes them).

Each parser raises ValueError with a message that says what was expected; readers add the
sheet, row and column.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date, datetime, timedelta

from scheduler.messages import Msg

EXCEL_EPOCH = date(1899, 12, 30)

# Three-letter keys; the full names and common spellings map onto them.
_WEEKDAY_WORDS = {
    "mon": 0, "monday": 0, "sen": 0, "senin": 0,
    "tue": 1, "tues": 1, "tuesday": 1, "sel": 1, "selasa": 1,
    "wed": 2, "wednesday": 2, "rab": 2, "rabu": 2,
    "thu": 3, "thur": 3, "thurs": 3, "thursday": 3, "kam": 3, "kamis": 3,
    "fri": 4, "friday": 4, "jum": 4, "jumat": 4, "jum'at": 4,
    "sat": 5, "saturday": 5, "sab": 5, "sabtu": 5,
    "sun": 6, "sunday": 6, "min": 6, "minggu": 6, "ahad": 6,
}  # fmt: skip

_ISO = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$")
_DMY = re.compile(r"^(\d{1,2})/(\d{1,2})/(\d{4})$")
_RANGE = re.compile(r"\s*(?:\.\.|s/d|s\.d\.?|sampai)\s*", re.IGNORECASE)
_LIST = re.compile(r"[;\n]+")


def parse_date(value: object) -> date:
    """A real Excel date, an Excel serial number, or text YYYY-MM-DD or DD/MM/YYYY."""
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, int | float) and not isinstance(value, bool):
        if value == int(value) and 20000 <= value <= 80000:  # 1954..2119 as Excel serials
            return EXCEL_EPOCH + timedelta(days=int(value))
        raise ValueError(Msg("not_date", value=value))
    text = str(value).strip()
    for pattern, order in ((_ISO, (0, 1, 2)), (_DMY, (2, 1, 0))):
        m = pattern.match(text)
        if m:
            y, mo, d = (int(m.group(i + 1)) for i in order)
            try:
                return date(y, mo, d)
            except ValueError:
                raise ValueError(Msg("not_real_date", value=text)) from None
    raise ValueError(Msg("not_date", value=text))


def days_between(first: date, last: date) -> Iterator[date]:
    for n in range((last - first).days + 1):
        yield first + timedelta(days=n)


def parse_range(value: object) -> tuple[date, date]:
    """A date, or a range `a..b` (also `a s/d b`), as its first and last day."""
    if not isinstance(value, str):
        d = parse_date(value)
        return d, d
    parts = _RANGE.split(value.strip())
    if len(parts) == 1:
        d = parse_date(parts[0])
        return d, d
    if len(parts) != 2:
        raise ValueError(Msg("not_date_list", value=value))
    first, last = parse_date(parts[0]), parse_date(parts[1])
    if last < first:
        raise ValueError(Msg("range_backwards", value=value))
    return first, last


def parse_date_list(value: object) -> frozenset[date]:
    """Dates and ranges separated by `;` (or new lines): `2022-12-05..2022-12-10; 2022-11-17`."""
    if value is None or value == "":
        return frozenset()
    if not isinstance(value, str):
        return frozenset({parse_date(value)})
    days: set[date] = set()
    for part in _LIST.split(value):
        part = part.strip().strip(",")
        if part:
            first, last = parse_range(part)
            days.update(days_between(first, last))
    return frozenset(days)


def parse_weekday(word: str) -> int:
    key = word.strip().lower().rstrip(".")
    if key not in _WEEKDAY_WORDS:
        raise ValueError(Msg("not_day_name", value=word.strip()))
    return _WEEKDAY_WORDS[key]


def is_weekday_text(value: object) -> bool:
    """Whether a cell names weekdays (`Fri`, `Jumat`, `Mon-Wed`) rather than dates."""
    if not isinstance(value, str):
        return False
    try:
        parse_weekdays(value)
    except ValueError:
        return False
    return True


def parse_weekdays(value: object) -> frozenset[int]:
    """`Mon-Fri`, `Mon,Tue,Wed`, `Sen-Rab`, `Senin - Jumat`; a range may wrap (`Fri-Mon`)."""
    text = str(value).strip() if value is not None else ""
    if not text:
        raise ValueError(Msg("no_days"))
    days: set[int] = set()
    for part in re.split(r"[,;/\s]+", re.sub(r"\s*[-–]\s*", "-", text)):
        ends = [p for p in part.split("-") if p]
        if len(ends) == 1 and not part.startswith("-") and not part.endswith("-"):
            days.add(parse_weekday(ends[0]))
        elif len(ends) == 2:
            a, b = parse_weekday(ends[0]), parse_weekday(ends[1])
            days.update((a + i) % 7 for i in range((b - a) % 7 + 1))
        elif part:
            raise ValueError(Msg("not_day_range", value=part))
    return frozenset(days)
