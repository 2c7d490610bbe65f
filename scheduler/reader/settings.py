"""The Settings sheet: one key and its value a row (`mulai`/`start` in column A, its date in B),
read into Settings. A key missing, unknown or given twice is located by its row and key."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from typing import Any, TypeVar

from openpyxl.worksheet.worksheet import Worksheet

from scheduler.dates import parse_date
from scheduler.errors import InputError
from scheduler.messages import Both, Msg, message_of
from scheduler.problem import Settings
from scheduler.reader.book import Book
from scheduler.reader.cells import blank, parse_chance, parse_positive, parse_turnout, parse_whole
from scheduler.reader.sheets import ALWAYS_WRITTEN, SETTINGS_KEYS, norm
from scheduler.workdays import is_country_code

T = TypeVar("T")

# What `_risk` reads: stall_good, stall_poor, turnout, stalled_share, and the stalled rates.
_Risk = tuple[float, float, float, float, int | None, int | None]


def read_settings(book: Book) -> Settings | None:
    """The campaign's settings, or None (with the mistakes in `book.errors`)."""
    ws = book.sheet("settings", required=True)
    if ws is None:
        return None
    keys = _scan(book, ws)
    start = keys.get("start", parse_date, None)
    deadline = keys.get("deadline", parse_date, None)
    rate_good = keys.get("rate_good", parse_positive, 25)
    rate_poor = keys.get("rate_poor", parse_positive, 10)
    country = keys.get("holidays", lambda v: str(v).strip(), "ID") or "ID"
    region = "" if blank(keys.values.get("region")) else str(keys.values["region"]).strip()
    if not is_country_code(country):
        keys.error("holidays", Msg("unknown_country", country=country))
    if start and deadline and deadline < start:
        keys.error("deadline", Msg("deadline_before_start", deadline=deadline, start=start))
        return None
    risk = _risk(keys)
    if start is None or deadline is None or rate_good is None or rate_poor is None:
        return None
    if risk is None:
        return None
    return Settings(start, deadline, rate_good, rate_poor, country, region, *risk)


def _risk(keys: _Keys) -> _Risk | None:
    """What `outreach risk` and `plan --buffer` assume, each defaulting to Settings' own."""
    base = Settings(date.min, date.min)  # for the defaults of the risk settings
    stall_good = keys.get("stall_good", parse_chance, base.stall_good)
    stall_poor = keys.get("stall_poor", parse_chance, base.stall_poor)
    stalled_share = keys.get("stalled_share", parse_chance, base.stalled_share)
    stalled_good = keys.get("stalled_rate_good", parse_whole, -1)  # -1: not set, the share applies
    stalled_poor = keys.get("stalled_rate_poor", parse_whole, -1)
    turnout = keys.get("turnout", parse_turnout, base.turnout)
    if stall_good is None or stall_poor is None or turnout is None:
        return None
    if stalled_good is None or stalled_poor is None or stalled_share is None:
        return None
    return (
        stall_good,
        stall_poor,
        turnout,
        stalled_share,
        None if stalled_good < 0 else stalled_good,
        None if stalled_poor < 0 else stalled_poor,
    )


@dataclass
class _Keys:
    """The sheet's keys as read: each one's value, its row, and the key as the sheet writes it."""

    book: Book
    title: str
    values: dict[str, Any] = field(default_factory=dict)
    rows: dict[str, int] = field(default_factory=dict)
    written: dict[str, str] = field(default_factory=dict)

    def named(self, name: str) -> str:
        """A key as the sheet writes it, or (a missing one) as the language names it:
        `mulai` for start."""
        if name in self.written:
            return f"key {self.written[name]}"
        return Both(id=f"key {SETTINGS_KEYS[name][-1]}", en=f"key {name}")

    def error(self, name: str, message: str) -> None:
        self.book.errors.append(InputError(self.title, message, self.rows.get(name),
                                           self.named(name)))  # fmt: skip

    def get(self, name: str, fn: Callable[[Any], T], default: T | None) -> T | None:
        """The key's value parsed by `fn`; blank, the default (None: the key is required)."""
        value = self.values.get(name)
        if blank(value):
            if self.book.prefix and name in ALWAYS_WRITTEN:  # a plan's input is never defaulted
                missing = Msg("plan.value_missing", name=name)
                where = self.rows.get(name), f"key {name}"
                self.book.errors.append(InputError(self.title, missing, *where))
                return None
            if default is None:
                self.error(name, Msg("key_missing", name=Both(id=SETTINGS_KEYS[name][-1], en=name)))
            return default
        try:
            return fn(value)
        except ValueError as e:
            self.error(name, message_of(e))
            return None


def _scan(book: Book, ws: Worksheet) -> _Keys:
    """Every key row of the sheet: an unknown key or one given twice is a mistake; a header row
    (`key`/`kunci`) is skipped."""
    lookup = {norm(a): key for key, aliases in SETTINGS_KEYS.items() for a in aliases}
    keys = _Keys(book, ws.title)
    for number, row in enumerate(ws.iter_rows(values_only=True), start=1):
        cells = [*row, None, None]
        key, value = cells[0], cells[1]
        if blank(key):
            continue
        name = lookup.get(norm(key))
        if name is None:
            if number == 1 and norm(key) in ("key", "kunci", "setting", "pengaturan"):
                continue  # a header row
            known = Both(
                id=", ".join(a[-1] for a in SETTINGS_KEYS.values()), en=", ".join(SETTINGS_KEYS)
            )
            book.errors.append(
                InputError(ws.title, Msg("unknown_key", key=key, known=known), number, "A")
            )
            continue
        if name in keys.rows:
            twice = Msg("key_twice", key=str(key).strip(), first=keys.rows[name])
            book.errors.append(InputError(ws.title, twice, number, "A"))
            continue
        keys.values[name], keys.rows[name], keys.written[name] = value, number, str(key).strip()
    return keys
