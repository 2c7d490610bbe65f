"""Mistakes in what a user gave us, located so they can be fixed: plain data, no I/O.

The readers raise these for a workbook's cells; the re-plan raises them for Progress rows that
cannot be true. The CLI prints them and exits 1.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from scheduler.formats import number
from scheduler.messages import argument, capped, render, say


@dataclass(frozen=True)
class InputError:
    """One mistake in a workbook, located as precisely as we can."""

    sheet: str
    message: str
    row: int | None = None
    column: str | None = None

    def __str__(self) -> str:
        return self.render("en")

    def render(self, lang: str) -> str:
        """Where and what, in `lang` ("Lokasi baris 5, kolom jumlah: ...")."""
        sheet = say("file", lang) if self.sheet == "file" else render(self.sheet, lang)
        where = sheet if self.row is None else say("at.row", lang, sheet=sheet, row=self.row)
        if self.column:
            named = render(self.column, lang)  # a key or header as the language names it
            column = (
                say("at.key", lang, key=named.removeprefix("key "))
                if named.startswith("key ")
                else say("at.column", lang, column=named)
            )
            where += f", {column}"
        return f"{where}: {render(self.message, lang)}"


class WorkbookError(Exception):
    """The workbook cannot be planned from; `errors` lists every reason found."""

    def __init__(self, path: Path | str, errors: list[InputError]) -> None:
        self.path = str(path)
        self.errors = errors
        super().__init__(self.render("en"))  # capped: a long list costs its first lines

    def render(self, lang: str) -> str:
        """Every mistake, located, and what to do next."""
        head = say("errors.head", lang, path=self.path, count=number(len(self.errors), lang))
        shown, more = capped(self.errors, lang)
        lines = [f"  - {e.render(lang)}" for e in shown] + ([f"  {more}"] if more else [])
        # A file that cannot be opened has no cells to fix, and `check` could not open it.
        whole_file = all(e.sheet == "file" for e in self.errors)
        after = say(
            "errors.next_file" if whole_file else "errors.next", lang, arg=argument(self.path)
        )
        return "\n".join([head, *lines, after])
