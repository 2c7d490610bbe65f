"""What one cell holds: the parsers of numbers, chances and words the input sheets share. Each
raises ValueError with the message a person reads; the reader locates it."""

from __future__ import annotations

from datetime import date

from scheduler.dates import parse_date_list
from scheduler.messages import Msg
from scheduler.reader.sheets import CLASS_WORDS, NETWORK_WORDS, STATUS_WORDS, TYPE_WORDS, norm


def blank(value: object) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def parse_whole(value: object) -> int:
    if isinstance(value, bool):
        raise ValueError(Msg("not_whole", value=value))
    if isinstance(value, int):
        n = value
    elif isinstance(value, float) and value.is_integer():
        n = int(value)
    else:
        text = str(value).strip().replace(" ", "")
        if not text.lstrip("-").isdigit():
            raise ValueError(Msg("not_whole", value=value))
        n = int(text)
    if n < 0:
        raise ValueError(Msg("negative", n=n))
    return n


def parse_chance(value: object) -> float:
    """A probability: 0.2, 20% or "20%"."""
    text = str(value).strip().replace(",", ".")
    try:
        x = float(text[:-1]) / 100 if text.endswith("%") else float(text)
    except ValueError:
        raise ValueError(Msg("not_chance", value=value)) from None
    if not 0 <= x <= 1:
        raise ValueError(Msg("chance_range", value=value))
    return x


def parse_turnout(value: object) -> float:
    x = parse_chance(value)
    if x == 0:
        raise ValueError(Msg("turnout_zero"))
    return x


def parse_positive(value: object) -> int:
    n = parse_whole(value)
    if n < 1:
        raise ValueError(Msg("at_least_one", n=n))
    return n


def parse_priority(value: object) -> int:
    n = parse_whole(value)
    if not 1 <= n <= 5:
        raise ValueError(Msg("not_priority", n=n))
    return n


def parse_status(value: object) -> str:
    key = norm(value)
    if key not in STATUS_WORDS:
        raise ValueError(Msg("not_status", value=value))
    return STATUS_WORDS[key]


def parse_network(value: object) -> str:
    key = norm(value)
    if key not in NETWORK_WORDS:
        raise ValueError(Msg("not_network", value=value))
    return NETWORK_WORDS[key]


def class_name(text: str) -> str:
    """A print class as written: the built-in ones in either language, others as they are."""
    key = text.strip().lower()
    return CLASS_WORDS.get(norm(key), key)


def type_name(text: str) -> str:
    key = text.strip().lower()
    return TYPE_WORDS.get(norm(key), key)


def parse_dates_or_weekday(value: object) -> frozenset[date]:
    try:
        return parse_date_list(value)
    except ValueError:
        raise ValueError(Msg("not_date_or_weekday", value=value)) from None
