"""Small problems and input workbooks for the tests."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from scheduler.labels import word
from scheduler.problem import Kit, Problem, Settings, Site, SiteType

MON_FRI = frozenset(range(5))


@pytest.fixture(autouse=True)
def english_terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    """Most tests read the CLI's English wording; the tests of the Indonesian default (and the
    README, whose samples are what an office sees) set OUTREACH_LANG themselves."""
    monkeypatch.setenv("OUTREACH_LANG", "en")


# A Monday; 2024-01-01 is a holiday, so the tests that want none set holidays="none".
MONDAY = date(2024, 1, 8)


def site(site_id: str = "S1", people: int = 10, **kw: Any) -> Site:
    kw.setdefault("name", f"Site {site_id}")
    kw.setdefault("type", "school")
    kw.setdefault("kecamatan", "Weru")
    return Site(site_id=site_id, people=people, **kw)


def problem(
    sites: tuple[Site, ...] = (),
    kits: int | tuple[Kit, ...] = 1,
    start: date = MONDAY,
    deadline: date = date(2024, 1, 12),
    types: tuple[SiteType, ...] | None = None,
    **kw: Any,
) -> Problem:
    """A problem with no holidays unless given, school Mon-Fri 1-2 kits, kelurahan Mon-Wed."""
    kit_list = tuple(Kit(f"K{i}") for i in range(1, kits + 1)) if isinstance(kits, int) else kits
    settings = Settings(start, deadline, kw.pop("rate_good", 25), kw.pop("rate_poor", 10), "none")
    default_types = (
        SiteType("school", MON_FRI, None, 1, 2),
        SiteType("kelurahan", frozenset({0, 1, 2}), 2, 1, 1),
    )
    return Problem(settings, sites, kit_list, types or default_types, **kw)


def write_workbook(path: Path, sheets: dict[str, list[list[Any]]]) -> Path:
    """A workbook with one sheet per key, rows as given (the first row is the header)."""
    book = openpyxl.Workbook()
    book.remove(book.active)
    for title, rows in sheets.items():
        ws = book.create_sheet(title)
        for row in rows:
            ws.append(row)
    book.save(path)
    return path


SITES_HEADER = ["site_id", "name", "type", "kecamatan", "people", "network", "priority"]


def valid_sheets() -> dict[str, list[list[Any]]]:
    return {
        "Sites": [
            list(SITES_HEADER),  # a copy: tests change their header
            ["S1", "SMAN 1 Weru", "school", "Weru", 40, "good", 3],
            ["S2", "Kelurahan Bumi", "kelurahan", "Laweyan", 20, "poor", 5],
        ],
        "Kits": [["kit_id", "name"], ["K1", "Kit 1"], ["K2", "Kit 2"]],
        "Settings": [
            ["key", "value"],
            ["start", "2024-01-08"],
            ["deadline", "2024-01-31"],
            ["holidays", "none"],
        ],
    }


@pytest.fixture
def valid_input(tmp_path: Path) -> Path:
    return write_workbook(tmp_path / "input.xlsx", valid_sheets())


def changed_sites(plan: Path, lang: str = "en") -> list[str]:
    """The site ids of a re-plan's Changes table, read as the writer lays it out: the table
    from row 2, then (after a gap) the priority classes whose day moved, under their label.
    A class row is not a site."""
    ws = openpyxl.load_workbook(plan, read_only=True)[word("sheet.changes", lang)]
    ids = []
    for (first,) in ws.iter_rows(min_row=2, max_col=1, values_only=True):
        if first == word("class_moves", lang):
            break
        if first and first != word("no_changes", lang):
            ids.append(first)
    return ids
