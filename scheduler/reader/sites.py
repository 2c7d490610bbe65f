"""The Rules, Sites and Kits sheets: the site types and their rules, the sites to visit, the
kits; and, once the problem is whole, that every site has a day its rules allow."""

from __future__ import annotations

from datetime import date

from scheduler.dates import parse_date, parse_date_list, parse_weekdays
from scheduler.errors import InputError
from scheduler.formats import weekdays_text
from scheduler.messages import Both, Msg, type_text
from scheduler.problem import DEFAULT_TYPES, GOOD, Kit, Problem, Site, SiteType
from scheduler.reader.book import Book
from scheduler.reader.cells import (
    blank,
    parse_network,
    parse_positive,
    parse_priority,
    parse_whole,
    type_name,
)
from scheduler.reader.sheets import REQUIRED
from scheduler.workdays import allowed_days, build_calendar


def read_types(book: Book) -> dict[str, SiteType]:
    types = {t.name: t for t in DEFAULT_TYPES}
    generic = SiteType("", frozenset(range(5)), None, 1, 1)
    seen: set[str] = set()
    for row in book.rows("rules", required=False):
        if not book.required(row, "type"):
            continue
        name = type_name(book.text(row, "type"))
        if name in seen:
            book.error(row, "type", Msg("type_twice", name=name))
            continue
        seen.add(name)
        base = types.get(name, generic)
        weekdays = book.parse(row, "weekdays", parse_weekdays, base.weekdays)
        limit = book.parse(row, "max_sites_per_day", parse_positive, base.max_sites_per_day)
        if blank(row.cells.get("max_sites_per_day")) and "max_sites_per_day" in row.cells:
            limit = None  # a blank cell in a present column means "no limit"
        lo = book.parse(row, "min_kits", parse_positive, base.min_kits)
        hi = book.parse(row, "max_kits", parse_positive, base.max_kits)
        if lo > hi:
            book.error(row, "max_kits", Msg("kits_order", hi=hi, lo=lo))
            hi = lo
        types[name] = SiteType(name, weekdays, limit, lo, hi)
    return types


def read_sites(book: Book, types: dict[str, SiteType]) -> list[Site]:
    sites: list[Site] = []
    first_row: dict[str, tuple[int, str]] = {}
    for row in book.rows("sites", required=True):
        ok = all([book.required(row, f) for f in REQUIRED["sites"] if f != "people"])
        site_id = book.text(row, "site_id")
        if site_id and not book.unique_id(row, "site_id", site_id, first_row, "site"):
            ok = False
        kind = type_name(book.text(row, "type"))
        if kind and kind not in types:
            named = sorted((type_text(t, "id"), t) for t in types)
            known = Both(id=", ".join(i for i, _ in named), en=", ".join(sorted(types)))
            book.error(
                row,
                "type",
                Msg("unknown_type", value=book.text(row, "type"), known=known),
            )
            ok = False
        people = book.parse(row, "people", parse_whole, -1)
        if blank(row.cells.get("people")) and not book.formula_at(row, "people"):
            book.error(row, "people", Msg("people_empty"))
        if people < 0:
            ok = False
        network = book.parse(row, "network", parse_network, GOOD)
        rate = book.parse(row, "rate", parse_positive, None)
        priority = book.parse(row, "priority", parse_priority, 3)
        earliest = book.parse(row, "earliest", parse_date, None)
        latest = book.parse(row, "latest", parse_date, None)
        if earliest and latest and latest < earliest:
            book.error(
                row, "latest", Msg("latest_before_earliest", latest=latest, earliest=earliest)
            )
            ok = False
        closed = book.parse(row, "closed", parse_date_list, frozenset[date]())
        if ok:
            sites.append(
                Site(
                    site_id=site_id,
                    name=book.text(row, "name"),
                    type=kind,
                    kecamatan=book.text(row, "kecamatan"),
                    people=people,
                    network=network,
                    rate=rate,
                    priority=priority,
                    earliest=earliest,
                    latest=latest,
                    closed=closed,
                    contact=book.text(row, "contact"),
                    notes=book.text(row, "notes"),
                )
            )
            book.site_rows[site_id] = row
    if not first_row and not book.errors:
        book.errors.append(InputError(book.prefix + "Sites", Msg("no_sites")))
    return sites


def read_kits(book: Book) -> list[Kit]:
    kits: list[Kit] = []
    first_row: dict[str, tuple[int, str]] = {}
    any_row = False
    for row in book.rows("kits", required=True):
        any_row = True
        if not book.required(row, "kit_id"):
            continue
        kit_id = book.text(row, "kit_id")
        if not book.unique_id(row, "kit_id", kit_id, first_row, "kit"):
            continue
        out = book.parse(row, "unavailable", parse_date_list, frozenset[date]())
        kits.append(Kit(kit_id, book.text(row, "name"), out))
    ws = book.sheet("kits", required=False)
    if ws is not None and not any_row:
        book.errors.append(InputError(ws.title, Msg("no_kits")))
    return kits


def check_windows(book: Book, problem: Problem) -> None:
    """Each site with people to record must have at least one day its rules allow."""
    days = build_calendar(problem).days
    for site in problem.sites:
        if site.people and not allowed_days(problem, site, days):
            row = book.site_rows[site.site_id]
            rules = problem.site_type(site)
            days_text = Both(
                id=weekdays_text(rules.weekdays, "id"), en=weekdays_text(rules.weekdays, "en")
            )
            lo = site.earliest or problem.settings.start
            hi = site.latest or problem.settings.deadline
            book.error(
                row,
                "earliest" if site.earliest else "type",
                Msg("no_day", site=site.site_id, lo=lo, hi=hi, days=days_text),
            )
