"""Mistakes in what a user gave us, located so they can be fixed: plain data, no I/O.

The readers raise these for a workbook's cells; the re-plan raises them for Progress rows that
cannot be true. The CLI prints them and exits 1.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class InputError:
    """One mistake in a workbook, located as precisely as we can."""

    sheet: str
    message: str
    row: int | None = None
    column: str | None = None

    def __str__(self) -> str:
        where = self.sheet
        if self.row is not None:
            where += f" row {self.row}"
        if self.column:
            column = self.column if self.column.startswith("key ") else f"column {self.column}"
            where += f", {column}"
        return f"{where}: {self.message}"


class WorkbookError(Exception):
    """The workbook cannot be planned from; `errors` lists every reason found."""

    def __init__(self, path: Path | str, errors: list[InputError]) -> None:
        self.path = str(path)
        self.errors = errors
        lines = "\n".join(f"  - {e}" for e in errors)
        super().__init__(f"{self.path}: {len(errors)} problem(s) to fix:\n{lines}")
