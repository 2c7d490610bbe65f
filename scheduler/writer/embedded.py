"""The inputs a plan carries: the problem as hidden, protected `Input ...` sheets, so that a plan
file is all re-planning needs (read back by `scheduler.reader`)."""

from __future__ import annotations

from datetime import date
from typing import Any

from openpyxl.styles import Font
from openpyxl.workbook.workbook import Workbook

from scheduler.formats import weekdays_text
from scheduler.problem import Printing, Problem
from scheduler.reader import EMBEDDED
from scheduler.xlsx import (
    put,
)


def embed_inputs(book: Workbook, problem: Problem, version: int = 1) -> None:
    """The problem as hidden input sheets (canonical English headers), so that a plan file is
    all re-planning needs. Read back by `read_problem`."""
    s = problem.settings
    sheets: dict[str, tuple[list[str], list[list[Any]]]] = {
        "Sites": (
            ["site_id", "name", "type", "kecamatan", "people", "network", "rate", "priority",
             "earliest", "latest", "closed", "contact", "notes"],
            [[x.site_id, x.name, x.type, x.kecamatan, x.people, x.network, x.rate, x.priority,
              x.earliest, x.latest, _ranges(x.closed), x.contact, x.notes]
             for x in problem.sites],
        ),
        "Kits": (
            ["kit_id", "name", "unavailable"],
            [[k.kit_id, k.name, _ranges(k.unavailable)] for k in problem.kits],
        ),
        "Settings": (
            ["key", "value"],
            [["start", s.start], ["deadline", s.deadline], ["rate_good", s.rate_good],
             ["rate_poor", s.rate_poor], ["holidays", s.holidays], ["region", s.region],
             ["stall_good", s.stall_good], ["stall_poor", s.stall_poor],
             ["stalled_share", s.stalled_share], ["stalled_rate_good", s.stalled_rate_good],
             ["stalled_rate_poor", s.stalled_rate_poor], ["turnout", s.turnout]],
        ),
        "Rules": (
            ["type", "weekdays", "max_sites_per_day", "min_kits", "max_kits"],
            [[t.name, weekdays_text(t.weekdays, "en"), t.max_sites_per_day, t.min_kits, t.max_kits]
             for t in problem.site_types],
        ),
        "Closures": (["date", "reason"], [[c.day, c.reason] for c in problem.closures]),
        "Plan": (["key", "value"], [["version", version]]),
        "Reserved": (
            ["date", "kits", "label"],
            # The reader makes each reservation from dates or from weekdays, never both.
            [[weekdays_text(r.weekdays, "en") if r.weekdays else _ranges(r.days), r.kits, r.label]
             for r in problem.reservations],
        ),
    }  # fmt: skip
    if problem.printing is not None:
        sheets["Printing"] = (["item", "count", "date", "class", "note"],
                              _printing_rows(problem.printing))  # fmt: skip
    if problem.ages:
        sheets["Ages"] = (["site_id", "age", "date", "people"], ages_rows(problem))
    # What re-planning must find whole (`reader.embedded.check_embedded`): every sheet, column
    # and row.
    made_of = sheets["Plan"][1]
    for name, (headers, rows) in list(sheets.items()):
        if name != "Plan":
            made_of += [[f"rows {name}", len(rows)], [f"columns {name}", ", ".join(headers)]]
    for name, (headers, rows) in sheets.items():
        ws = book.create_sheet(EMBEDDED + name)
        for c, h in enumerate(headers, start=1):
            put(ws, 1, c, h).font = Font(bold=True)
        for r, values in enumerate(rows, start=2):
            for c, v in enumerate(values, start=1):
                put(ws, r, c, v)
        ws.sheet_state = "hidden"
        ws.protection.sheet = True  # a casual edit here would change what re-planning reads


def ages_rows(problem: Problem) -> list[list[Any]]:
    """The Ages sheet's rows (site id, age, day, people): counts only, never a name."""
    return [
        [a.site_id, age, day, n]
        for a in problem.ages
        for age, days in ((16, a.turns_16), (17, a.turns_17))
        for day, n in days
    ]


def _printing_rows(p: Printing) -> list[list[Any]]:
    """The printing inputs as Printing-sheet rows (item, count, date, class, note)."""
    rows: list[list[Any]] = [["rate", p.rate, None, None, None]]
    if p.overtime_rate is not None:
        if not p.overtime_days and not p.overtime_weekdays:
            rows.append(["overtime", p.overtime_rate, None, None, None])
        if p.overtime_days:
            rows.append(["overtime", p.overtime_rate, _ranges(p.overtime_days), None, None])
        if p.overtime_weekdays:
            rows.append(["overtime", p.overtime_rate, weekdays_text(p.overtime_weekdays, "en"),
                         None, None])  # fmt: skip
    if p.stock is not None:
        rows.append(["stock", p.stock, None, None, None])
    rows += [["delivery", n, day, None, None] for day, n in p.deliveries]
    rows += [["backlog", n, None, name, None] for name, n in p.backlog]
    rows += [["counter", n, None, name, None] for name, n in p.counter]
    rows += [["class", None, None, name, None] for name in p.classes]
    if p.target is not None:
        rows.append(["target", None, p.target, None, None])
    return rows


def _ranges(days: frozenset[date]) -> str:
    """`2022-12-05..2022-12-10; 2022-11-17`: consecutive days folded into ranges."""
    out: list[str] = []
    ordered = sorted(days)
    i = 0
    while i < len(ordered):
        j = i
        while j + 1 < len(ordered) and (ordered[j + 1] - ordered[j]).days == 1:
            j += 1
        a, b = ordered[i], ordered[j]
        out.append(a.isoformat() if a == b else f"{a.isoformat()}..{b.isoformat()}")
        i = j + 1
    return "; ".join(out)
