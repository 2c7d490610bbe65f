"""An input workbook, or the inputs a plan workbook carries, read into a Problem: every sheet
read, every mistake reported at once."""

from __future__ import annotations

from pathlib import Path

from scheduler.errors import WorkbookError
from scheduler.problem import Problem
from scheduler.reader.ages import read_ages
from scheduler.reader.book import Book
from scheduler.reader.days import read_closures, read_reserved
from scheduler.reader.embedded import check_embedded
from scheduler.reader.printing import read_printing
from scheduler.reader.settings import read_settings
from scheduler.reader.sheets import EMBEDDED, norm
from scheduler.reader.sites import check_windows, read_kits, read_sites, read_types
from scheduler.workdays import national_holidays


def read_problem(path: Path | str) -> Problem:
    """The problem in an input workbook, or in the input sheets a plan workbook carries."""
    path = Path(path)
    book = Book(path)
    try:
        titles = {norm(ws.title) for ws in book.workbook.worksheets}
        if norm(EMBEDDED + "Sites") in titles:
            book.prefix = EMBEDDED
        return read(book)
    finally:
        book.close()


def read(book: Book) -> Problem:
    """The problem the open workbook holds; every mistake found raises one WorkbookError."""
    if book.prefix:
        check_embedded(book)  # its errors stop the reading below from making a problem
    settings = read_settings(book)
    types = read_types(book)
    sites = read_sites(book, types)
    kits = read_kits(book)
    closures = read_closures(book)
    reservations = read_reserved(book)
    printing = read_printing(book, settings)
    ages = read_ages(book, {s.site_id for s in sites})
    if book.errors or settings is None:
        raise WorkbookError(book.path, book.errors)
    holidays = national_holidays(settings.holidays, settings.start, settings.deadline)
    problem = Problem(
        settings=settings,
        sites=tuple(sites),
        kits=tuple(kits),
        site_types=tuple(types.values()),
        closures=tuple(closures),
        reservations=tuple(reservations),
        holidays=holidays,
        printing=printing,
        ages=ages,
    )
    check_windows(book, problem)
    if book.errors:
        raise WorkbookError(book.path, book.errors)
    return problem
