"""Numbers and dates as a person reads them, one function per kind, in Indonesian (the default:
9.320, 14,8, 52,8%, Sen 12/09/2022) or English (9,320, 14.8, 52.8%, Mon 12/09/2022). Every
output writes its numbers and dates in text through these; a catalogue text's own number
fields (`{n:,}`, `{p:.1%}`) through `fill`. A cell that holds a number stays a number (Excel
writes it as the reader's own Excel does)."""

from __future__ import annotations

import string
from collections.abc import Iterable
from datetime import date
from typing import Any

from scheduler.catalogue import Words
from scheduler.catalogue.calendar import DAY_ABBR, DAY_NAMES, MONTH_NAMES

_SWAP = str.maketrans(",.", ".,")

# A cell that holds a number or a date stays one (sortable, summable); these are its Excel
# formats, one per kind (`number_cell` gives a sheet's language its separators).
DATE_CELL = "dd/mm/yyyy"
COUNT_CELL = "#,##0"
PERCENT_CELL = "0.0%"
NUMBER_CELLS = (COUNT_CELL, PERCENT_CELL)
OPEN_END = "…"  # the side of a window with no limit


class _Numbers(string.Formatter):
    """`str.format` with numbers written as the language writes them: a field's `{n:,}`,
    `{s:.1f}` or `{p:.1%}` gives 9.320, 14,8 and 52,8% in Indonesian (9,320, 14.8, 52.8%
    in English), so no template can put an English number in Indonesian text."""

    def __init__(self, lang: str) -> None:
        self.lang = lang

    def format_field(self, value: Any, format_spec: str) -> str:
        text = format(value, format_spec)
        if self.lang != "en" and isinstance(value, int | float) and not isinstance(value, bool):
            text = text.translate(_SWAP)
        return text


def fill(template: str, lang: str, /, **values: Any) -> str:
    """A catalogue template with its values, numbers in the language's way (`_Numbers`)."""
    return _Numbers(lang).format(template, **values)


def number(x: float, lang: str) -> str:
    """A count: 9.320 in Indonesian, 9,320 in English."""
    return fill("{x:,.0f}", lang, x=x)


def decimal(x: float, lang: str, digits: int = 1) -> str:
    """Seconds or a mean: 14,8 in Indonesian, 14.8 in English."""
    return fill("{x:,.{digits}f}", lang, x=x, digits=digits)


def percent(x: float, lang: str, digits: int = 1) -> str:
    """A share: 52,8% in Indonesian, 52.8% in English."""
    return fill("{x:.{digits}%}", lang, x=x, digits=digits)


def date_text(day: date | None) -> str:
    """`12/09/2022`, the same in both languages (`…`: no date, an open end)."""
    return f"{day:%d/%m/%Y}" if day else OPEN_END


def day_month(day: date, sep: str = "/") -> str:
    """`12/09`: a day on a chart's axis, or in a sheet's name (`sep` "-": a name has no "/")."""
    return f"{day:%d}{sep}{day:%m}"


def day_text(day: date, lang: str, *, full: bool = False) -> str:
    """`Sen 12/09/2022`: a date a person reads, with its weekday and year (`full`: `Senin
    12/09/2022`, as a letter's table writes it)."""
    names = DAY_NAMES if full else DAY_ABBR
    return f"{names[day.weekday()].of(lang)} {date_text(day)}"


def day_name(day: date, lang: str) -> str:
    """`Senin`: a date's weekday, as a schedule's Day column writes it."""
    return DAY_NAMES[day.weekday()].of(lang)


def long_date(day: date, lang: str) -> str:
    """`Senin, 1 Agustus 2022`."""
    return f"{day_name(day, lang)}, {letter_date(day, lang)}"


def letter_date(day: date, lang: str) -> str:
    """`1 Agustus 2022` (a letter's date has no weekday)."""
    return f"{day.day} {MONTH_NAMES[day.month - 1].of(lang)} {day.year}"


def date_range(first: date | None, last: date | None, lang: str, *, weekday: bool = False) -> str:
    """`12/09/2022 - 14/09/2022` (`weekday`: `Sen 12/09/2022 - Rab 14/09/2022`); `…` for an
    open end."""
    ends = [day_text(d, lang) if weekday and d else date_text(d) for d in (first, last)]
    return " - ".join(ends)


def number_cell(cell_format: str, lang: str) -> str:
    """A number cell's format with the language's separators whatever the reader's locale:
    9.320 and 52,8% in an Indonesian sheet. LibreOffice honours the format's locale; Excel
    takes the separators from Windows, as an Indonesian office's Windows writes them."""
    return Words(id=f"[$-421]{cell_format}", en=cell_format).of(lang)


def weekday_date_cell(lang: str) -> str:
    """The Excel format of a date cell shown with its weekday (`Sen 12/09/2022`), in the
    sheet's language whatever the reader's locale."""
    return Words(id="[$-421]ddd dd/mm/yyyy", en="[$-409]ddd dd/mm/yyyy").of(lang)


def weekdays_text(days: Iterable[int], lang: str) -> str:
    """`Sen-Jum`, `Sen,Rab` (Monday is 0): the weekdays a type may be visited on."""
    names = [w.of(lang) for w in DAY_ABBR]
    ordered = sorted(days)
    if len(ordered) > 2 and ordered == list(range(ordered[0], ordered[-1] + 1)):
        return f"{names[ordered[0]]}-{names[ordered[-1]]}"
    return ",".join(names[d] for d in ordered)
