"""A plan workbook read back: the inputs it carries, its Progress sheet as staff filled it, and
its version."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from scheduler.dates import parse_date
from scheduler.errors import InputError, WorkbookError
from scheduler.messages import Msg
from scheduler.plan import ProgressRow
from scheduler.problem import Problem
from scheduler.reader.book import Book
from scheduler.reader.cells import blank, parse_status, parse_whole
from scheduler.reader.embedded import read_version
from scheduler.reader.problem import read
from scheduler.reader.sheets import EMBEDDED


@dataclass(frozen=True)
class PlanFile:
    """What a plan workbook carries: its inputs, its Progress sheet as staff filled it (with
    the sheet's title and headers, to locate a row's mistakes), and its version."""

    problem: Problem
    progress: tuple[ProgressRow, ...]
    version: int
    progress_sheet: str = "Progress"
    progress_headers: dict[str, str] = field(default_factory=dict)
    # With `read_plan(..., keep_errors=True)`: the Progress cells that could not be read (their
    # rows are left out of `progress`), so that the re-plan's audit of the rest is listed with
    # them in one run.
    errors: tuple[InputError, ...] = ()


def read_plan(path: Path | str, today: date, keep_errors: bool = False) -> PlanFile:
    """A plan workbook's inputs, its Progress sheet as staff filled it, and its version.

    A Progress cell that cannot be read raises WorkbookError, or with `keep_errors` is kept
    in `PlanFile.errors`; the inputs the plan carries must read in any case."""
    path = Path(path)
    book = Book(path)
    try:
        plan = _read_plan(book, path, today)
    finally:
        book.close()
    if plan.errors and not keep_errors:
        raise WorkbookError(path, list(plan.errors))
    return plan


def _read_plan(book: Book, path: Path, today: date) -> PlanFile:
    if book.sheet_named(EMBEDDED + "Sites") is None:
        raise WorkbookError(
            path,
            [InputError("file", Msg("not_a_plan"))],
        )
    book.prefix = EMBEDDED
    problem = read(book)
    book.prefix = ""
    rows = read_progress(book, problem, today)
    return PlanFile(
        problem,
        rows,
        read_version(book),
        book.progress_sheet,
        book.progress_headers,
        tuple(book.errors),
    )


def is_plan(path: Path | str) -> bool:
    """Whether a workbook is a plan (it carries its inputs), rather than an input workbook."""
    book = Book(Path(path))
    try:
        return book.sheet_named(EMBEDDED + "Sites") is not None
    finally:
        book.close()


def read_progress(book: Book, problem: Problem, today: date) -> tuple[ProgressRow, ...]:
    sites = {x.site_id for x in problem.sites}
    kits = {k.kit_id for k in problem.kits}
    out: list[ProgressRow] = []
    for row in book.rows("progress", required=True):
        ok = all([book.required(row, f) for f in ("date", "kit_id", "site_id")])
        day = book.parse(row, "date", parse_date, None)
        kit, site = book.text(row, "kit_id"), book.text(row, "site_id")
        if kit and kit not in kits:
            book.error(row, "kit_id", Msg("unknown_kit", kit=kit))
            ok = False
        if site and site not in sites:
            book.error(row, "site_id", Msg("unknown_site", site=site))
            ok = False
        planned = book.parse(row, "planned", parse_whole, 0)
        recorded = book.parse(row, "recorded", parse_whole, None)
        bad_recorded = not blank(row.cells.get("recorded")) and recorded is None
        status = book.parse(row, "status", parse_status, None)
        bad_status = not blank(row.cells.get("status")) and status is None
        reported = recorded is not None or status is not None
        if day is not None and day >= today and reported:
            book.error(
                row,
                "recorded" if recorded is not None else "status",
                Msg("not_past", day=day, today=today),
            )
            ok = False
        book.progress_sheet, book.progress_headers = row.sheet, row.headers
        if ok and day is not None and not bad_recorded and not bad_status:
            out.append(ProgressRow(day, kit, site, planned, recorded, status, row.number))
    return tuple(out)  # the rows it could read; `book.errors` holds the others' mistakes
