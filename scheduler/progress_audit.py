"""Progress rows that cannot be true, found before a re-plan (or a field report) uses them:
errors where they would change the numbers, warnings where the office may be right."""

from __future__ import annotations

from collections import defaultdict
from datetime import date
from typing import Any

from scheduler.errors import InputError
from scheduler.formats import day_name
from scheduler.messages import Both, Msg
from scheduler.plan import LOST, ProgressRow
from scheduler.problem import Problem, Site


def audit(
    campaign: Problem,
    rows: tuple[ProgressRow, ...],
    today: date,
    sheet: str = "Progress",
    headers: dict[str, str] | None = None,
) -> tuple[list[InputError], list[str]]:
    """Progress rows that cannot be true. Errors where they would change the numbers (a row
    typed twice, more recorded than the site has, a lost day with people recorded, a day
    before the campaign); warnings where the office may be right (a visit on a day off, a kit
    at two sites in one day, more recorded than planned)."""
    head = headers or {}

    errors: list[InputError] = []

    def error(row: int, column: str, key: str, **params: Any) -> None:
        """A row that cannot be true, named by its row and the column as the sheet heads it."""
        errors.append(InputError(sheet, Msg(key, **params), row, head.get(column, column)))

    warnings: list[str] = []

    def warn(row: int, key: str, **params: Any) -> None:
        """A row the office may be right about: a warning naming its sheet and row."""
        warnings.append(Msg(key, sheet=sheet, row=row, **params))

    sites = {s.site_id: s for s in campaign.sites}
    s = campaign.settings
    holiday = {h.day: h.name for h in campaign.holidays}
    closed = {c.day: c.reason for c in campaign.closures}
    first_row: dict[tuple[date, str, str], int] = {}
    kit_at: dict[tuple[date, str], tuple[str, int]] = {}
    recorded: dict[str, list[ProgressRow]] = defaultdict(list)
    for r in rows:
        key = (r.day, r.kit_id, r.site_id)
        if key in first_row:
            error(r.row, "date", "audit.twice", first=first_row[key], day=r.day, kit=r.kit_id,
                  site=r.site_id)  # fmt: skip
            continue
        first_row[key] = r.row
        other = kit_at.get((r.day, r.kit_id))
        if other is not None and other[0] != r.site_id:
            warn(r.row, "audit.kit_twice", kit=r.kit_id, site=r.site_id, other_row=other[1],
                 other=other[0], day=r.day)  # fmt: skip
        kit_at.setdefault((r.day, r.kit_id), (r.site_id, r.row))
        if r.day >= today:
            continue
        reported = r.recorded is not None or r.status is not None
        if reported and r.day < s.start:
            error(r.row, "date", "audit.before_start", day=r.day, start=s.start)
            continue
        if r.status == LOST and r.recorded:
            error(r.row, "recorded", "audit.lost_recorded", n=r.recorded)
            continue
        if reported:
            off = _day_off(campaign, sites.get(r.site_id), r.day, holiday, closed)
            if off:
                warn(r.row, "audit.day_off", site=r.site_id, day=r.day, off=off)
            if r.recorded is not None and r.recorded > r.planned:
                warn(r.row, "audit.more", n=r.recorded, site=r.site_id, day=r.day,
                     planned=r.planned)  # fmt: skip
        recorded[r.site_id].append(r)
    for site_id, site_rows in recorded.items():
        site = sites.get(site_id)
        total = sum(r.counted for r in site_rows)
        if site is not None and total > site.people:
            last = max(site_rows, key=lambda r: r.row)
            error(last.row, "recorded", "audit.too_many", site=site_id, total=total,
                  people=site.people)  # fmt: skip
    return errors, warnings


def progress_mistakes(
    campaign: Problem,
    rows: tuple[ProgressRow, ...],
    today: date,
    unread: tuple[InputError, ...] = (),
    sheet: str = "Progress",
    headers: dict[str, str] | None = None,
) -> tuple[list[InputError], list[str]]:
    """Every mistake of a Progress sheet in row order, for one run to list them all: the cells
    that could not be read (`unread`, their rows left out of `rows`) and the rows `audit`
    finds untrue; and its warnings."""
    errors, warnings = audit(campaign, rows, today, sheet, headers)
    return sorted([*unread, *errors], key=lambda e: e.row or 0), warnings


def _day_off(
    campaign: Problem,
    site: Site | None,
    day: date,
    holiday: dict[date, str],
    closed: dict[date, str],
) -> str:
    """Why no visit was planned on `day` (empty if one could be)."""
    if day in holiday:
        return Msg("off.holiday", name=holiday[day])
    if day in closed:
        return Msg("off.closed", reason=closed[day] or "-")
    if site is not None:
        if day in site.closed:
            return Msg("off.site_closed")
        if day.weekday() not in campaign.site_type(site).weekdays:
            return Msg(
                "off.weekday",
                day=Both(id=day_name(day, "id"), en=day_name(day, "en")),
                type=site.type,
            )
    return ""
