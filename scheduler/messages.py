"""What the tool says to a person, worded where it is shown: a message is made where the fact
is known (`Msg("not_whole", value=...)`) and worded in a language where it is shown
(`msg.render(lang)`). The words are the catalogue's (`scheduler.catalogue`), the numbers and
dates `scheduler.formats`'. `Msg` is a `str` holding the English wording, so code and tests
that compare or print a message keep working unchanged.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from datetime import date
from typing import Any, TypeVar

from scheduler.catalogue import LANGS, Words
from scheduler.catalogue.terminal import TERMINAL
from scheduler.catalogue.workbook import NOTES, REASONS, SCENARIOS, SHORTFALL, WORKBOOK
from scheduler.formats import day_text, fill, number

T = TypeVar("T")

LANG_ENV = "OUTREACH_LANG"  # an office sets its language once: OUTREACH_LANG=en


def _one(*parts: dict[str, Words]) -> dict[str, Words]:
    """The catalogue's parts as one lookup; a key in two of them would word one of them wrong."""
    merged: dict[str, Words] = {}
    for part in parts:
        twice = merged.keys() & part.keys()
        if twice:
            raise AssertionError(f"catalogue keys in two parts: {sorted(twice)}")
        merged.update(part)
    return merged


# Every key of the catalogue, whoever reads it.
WORDS = _one(TERMINAL, WORKBOOK, SCENARIOS, REASONS, SHORTFALL, NOTES)


def default_lang() -> str:
    """The language when no --lang is given: $OUTREACH_LANG if it names one, else Indonesian."""
    value = os.environ.get(LANG_ENV, "").strip().lower()
    return value if value in LANGS else "id"


def text(key: str, lang: str) -> str:
    """The catalogue's text for `key` in `lang`, its fields not filled in."""
    return WORDS[key].of(lang)


def type_text(name: str, lang: str) -> str:
    """A site type as the language writes it (school: sekolah); an office's own type as it is."""
    return text(name, lang) if name in ("school", "kelurahan") else name


class Msg(str):
    """A message by key and values; as a `str`, its English wording."""

    key: str
    params: dict[str, Any]

    def __new__(cls, key: str, /, **params: Any) -> Msg:
        self = super().__new__(cls, say(key, "en", **params))
        self.key, self.params = key, params
        return self

    def render(self, lang: str) -> str:
        return say(self.key, lang, **self.params)


class Both(str):
    """A value worded in each language (day names: Sen-Jum, Mon-Fri); as a `str`, English."""

    words: Words

    def __new__(cls, *, id: str, en: str) -> Both:
        self = super().__new__(cls, en)
        self.words = Words(id=id, en=en)
        return self

    def render(self, lang: str) -> str:
        return self.words.of(lang)


def say(key: str, lang: str, /, **params: Any) -> str:
    """The message `key` in `lang`, its values filled in (values that are messages too are
    worded in the same language)."""
    template = text(key, lang)
    worded = {k: _value(v, lang) for k, v in params.items()}
    return fill(template, lang, **worded) if worded else template


def _value(value: Any, lang: str) -> Any:
    """A message's value as a person reads it: messages in the language, dates as
    `Sen 12/09/2022` (`Mon 12/09/2022`)."""
    if isinstance(value, str):
        return render(value, lang)
    if isinstance(value, date):
        return day_text(value, lang)
    return value


# The lines of one list a person reads in the terminal (errors, warnings); the rest are
# counted, so 200,000 bad rows are a screenful and a count, not 20 MB.
LIST_MOST = 50


def capped(items: Sequence[T], lang: str, most: int = LIST_MOST) -> tuple[Sequence[T], str]:
    """The first `most` items, and the line that counts the rest ("" when none are left)."""
    if len(items) <= most:
        return items, ""
    return items[:most], say("list.more", lang, n=number(len(items) - most, lang))


def argument(path: object) -> str:
    """A path as it is typed in a suggested command: in double quotes when it holds a space
    or a character a shell reads; PowerShell, cmd and bash all take "C:\\Data Kampanye\\x.xlsx"."""
    typed = str(path)
    plain = typed and all(ch.isalnum() or ch in "._-/\\:" for ch in typed)
    return typed if plain else f'"{typed}"'


def message_of(error: Exception) -> str:
    """An error's message as it was made (a `Msg`, worded where it is shown), else its text."""
    first = error.args[0] if error.args else ""
    return first if isinstance(first, str) else str(error)


def render(text: str, lang: str) -> str:
    """A message's wording in `lang`; plain text (a value, a name) stays as it is."""
    return text.render(lang) if isinstance(text, Msg | Both) else text
