"""The daily report (`outreach report`): where the campaign stands on a date, from a plan's
kit rows as staff reported them, as plain data, and the short message for a WhatsApp group.

Recorded counts what staff reported (a filled attendance list or the Progress sheet); a kit-day
up to the date that nobody reported is counted as not reported, never as recorded, and a site
is behind when it recorded fewer than the plan put on its kit-days reported. "Should be done
by today" is what the plan puts on the days up to and including the date.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from scheduler.formats import day_text, number, percent
from scheduler.messages import Both, Msg, render, say
from scheduler.plan import LOST, ProgressRow
from scheduler.printing import arrivals_of, project
from scheduler.problem import Problem
from scheduler.workdays import build_calendar

WHATSAPP_LIMIT = 1000  # characters: a message a group reads without "read more"
WHATSAPP_SITES = 5  # sites behind named in the message; the rest counted


@dataclass(frozen=True)
class Standing:
    """One kecamatan, site or kit: people the plan puts up to the date, and those recorded."""

    key: str
    name: str
    planned_total: int
    planned_to_date: int
    recorded_to_date: int
    unreported: int = 0  # its kit-days up to the date not reported
    recorded_today: int = 0


@dataclass(frozen=True)
class Behind:
    """A site that recorded fewer than the plan put on its days up to the date."""

    site_id: str
    name: str
    missing: int
    days: int  # working days its kits need, at its rate, to record what is missing


@dataclass(frozen=True)
class DailyReport:
    day: date
    region: str
    people: int  # to record in the whole campaign
    planned_total: int  # people the plan's kit-days hold (recorded ones included)
    planned_today: int
    recorded_today: int
    planned_to_date: int
    recorded_to_date: int
    unreported: int  # kit-days up to the date not reported
    lost: int  # kit-days reported lost up to the date
    kecamatan: tuple[Standing, ...]
    sites: tuple[Standing, ...]
    kits: tuple[Standing, ...]
    behind: tuple[Behind, ...]
    cumulative: tuple[tuple[date, int, int | None], ...]  # day, planned, recorded (to the date)
    printed: int | None = None  # cards printed up to the date (projected from what is reported)
    certificates: int | None = None  # temporary certificates up to the date (the same)
    advice: tuple[str, ...] = ()  # why a re-plan is advised (none: not advised)


def _reported(r: ProgressRow) -> bool:
    return r.recorded is not None or r.status is not None


def daily_report(problem: Problem, rows: Iterable[ProgressRow], day: date) -> DailyReport:
    """The campaign on `day` from the Progress rows: totals, standings by kecamatan, site and
    kit, the sites behind, the cumulative curve, cards printed, and why to re-plan."""
    rows = tuple(rows)
    upto = [r for r in rows if r.day <= day]
    recorded_rows = [r for r in upto if _reported(r)]
    kecamatan_of = {s.site_id: s.kecamatan for s in problem.sites}
    by_kecamatan = _standings(rows, day, kecamatan_of, "site_id", {})
    by_site = _standings(rows, day, {}, "site_id", {s.site_id: s.name for s in problem.sites})
    kit_names = {k.kit_id: k.name or k.kit_id for k in problem.kits}
    by_kit = _standings(rows, day, {}, "kit_id", kit_names)
    behind = _behind(problem, by_site, recorded_rows)
    printed, certificates = _printed(problem, recorded_rows, day)
    lost = sum(1 for r in recorded_rows if r.status == LOST)
    return DailyReport(
        day=day,
        region=problem.settings.region,
        people=problem.people,
        planned_total=sum(r.planned for r in rows),
        planned_today=sum(r.planned for r in rows if r.day == day),
        recorded_today=sum(r.counted for r in recorded_rows if r.day == day),
        planned_to_date=sum(r.planned for r in upto),
        recorded_to_date=sum(r.counted for r in recorded_rows),
        unreported=sum(1 for r in upto if not _reported(r)),
        lost=lost,
        kecamatan=by_kecamatan,
        sites=by_site,
        kits=by_kit,
        behind=tuple(behind),
        cumulative=_cumulative(problem, rows, recorded_rows, day),
        printed=printed,
        certificates=certificates,
        advice=_advice(behind, lost),
    )


def _standings(
    rows: tuple[ProgressRow, ...],
    day: date,
    key_of: dict[str, str],
    key: str,
    names: dict[str, str],
) -> tuple[Standing, ...]:
    """Per key (a row's `key` field, or what `key_of` maps it to): people planned in all and
    to the date, recorded to the date, kit-days not reported, and recorded on the day."""
    acc: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0, 0, 0])
    for r in rows:
        k = key_of.get(getattr(r, key), getattr(r, key))
        a = acc[k]
        a[0] += r.planned
        if r.day <= day:
            a[1] += r.planned
            if _reported(r):
                a[2] += r.counted
                a[4] += r.counted if r.day == day else 0
            else:
                a[3] += 1
    return tuple(Standing(k, names.get(k, k), *a) for k, a in sorted(acc.items()))


def _behind(
    problem: Problem, by_site: tuple[Standing, ...], recorded_rows: list[ProgressRow]
) -> list[Behind]:
    """Sites with fewer recorded than the plan put on the kit-days reported (those not
    reported are counted apart, never as behind), the most days behind first."""
    sites = {s.site_id: s for s in problem.sites}
    due: dict[str, int] = defaultdict(int)
    for r in recorded_rows:
        due[r.site_id] += r.planned
    behind = []
    for st in by_site:
        site = sites.get(st.key)
        if site is None or st.recorded_to_date >= due[st.key]:
            continue
        missing = due[st.key] - st.recorded_to_date
        site_rows = [r for r in recorded_rows if r.site_id == st.key]
        last = max(r.day for r in site_rows)
        kits = sum(1 for r in site_rows if r.day == last)
        days = math.ceil(missing / (problem.rate(site) * max(1, kits)))
        behind.append(Behind(st.key, site.name, missing, days))
    behind.sort(key=lambda b: (-b.days, -b.missing, b.site_id))
    return behind


def _cumulative(
    problem: Problem, rows: tuple[ProgressRow, ...], recorded_rows: list[ProgressRow], day: date
) -> tuple[tuple[date, int, int | None], ...]:
    """Per working day (and each planned day) from the start: people planned so far, and
    recorded so far up to `day`."""
    planned_on: dict[date, int] = defaultdict(int)
    recorded_on: dict[date, int] = defaultdict(int)
    for r in rows:
        planned_on[r.day] += r.planned
    for r in recorded_rows:
        recorded_on[r.day] += r.counted
    cal_days = build_calendar(problem).days
    first = min([problem.settings.start, *planned_on])
    last = max([day, *planned_on]) if planned_on else day
    cumulative: list[tuple[date, int, int | None]] = []
    p = rec = 0
    for d in sorted({d for d in cal_days if first <= d <= last} | set(planned_on) | {day}):
        p += planned_on.get(d, 0)
        rec += recorded_on.get(d, 0)
        cumulative.append((d, p, rec if d <= day else None))
    return tuple(cumulative)


def _printed(
    problem: Problem, recorded_rows: list[ProgressRow], day: date
) -> tuple[int | None, int | None]:
    """With printing inputs, the campaign cards printed and temporary certificates up to
    `day`, projected from what is reported; else (None, None)."""
    if problem.printing is None:
        return None, None
    arrivals = arrivals_of([(r.day, r.site_id, r.counted) for r in recorded_rows])
    projection = project(problem, arrivals, problem.settings.start)
    printed = sum(d.printed_campaign for d in projection.days if d.day <= day)
    certificates = sum(d.certificates_campaign for d in projection.days if d.day <= day)
    return printed, certificates


def _advice(behind: list[Behind], lost: int) -> tuple[str, ...]:
    """Why a re-plan is advised: sites behind, kit-days lost (none: not advised)."""
    advice: list[str] = []
    if behind:
        short = sum(b.missing for b in behind)
        advice.append(Msg("report.why_behind", n=_count(len(behind)), people=_count(short)))
    if lost:
        advice.append(Msg("report.why_lost", n=_count(lost)))
    return tuple(advice)


def _count(n: int) -> Both:
    return Both(id=number(n, "id"), en=number(n, "en"))


def whatsapp(report: DailyReport, lang: str) -> str:
    """A message for a WhatsApp group: short lines, no table, under `WHATSAPP_LIMIT`."""

    def n(x: int) -> str:
        return number(x, lang)

    share = report.recorded_to_date / report.planned_to_date if report.planned_to_date else 1.0
    head = [
        say("wa.title", lang),
        f"{report.region}, {day_text(report.day, lang)}".lstrip(", "),
        "",
        say("wa.today", lang, recorded=n(report.recorded_today), planned=n(report.planned_today)),
        say(
            "wa.to_date",
            lang,
            recorded=n(report.recorded_to_date),
            planned=n(report.planned_to_date),
            share=percent(share, lang),
        ),
        say(
            "wa.campaign",
            lang,
            people=n(report.people),
            left=n(max(0, report.people - report.recorded_to_date)),
        ),
    ]
    if report.unreported:
        head.append(say("wa.unreported", lang, n=n(report.unreported)))
    if report.printed is not None:
        head.append(say("wa.printed", lang, printed=n(report.printed),
                        certificates=n(report.certificates or 0)))  # fmt: skip
    tail = ["", say("wa.replan_yes" if report.advice else "wa.replan_no", lang)]
    tail += [f"- {render(a, lang)}" for a in report.advice]
    shown = min(WHATSAPP_SITES, len(report.behind))
    while True:
        sites = []
        if report.behind:
            sites = ["", say("wa.behind", lang, n=len(report.behind))]
            for b in report.behind[:shown]:
                sites.append(say("wa.site", lang, site=b.site_id, name=b.name[:30],
                                 missing=n(b.missing), days=b.days))  # fmt: skip
            if len(report.behind) > shown:
                sites.append(say("wa.more", lang, n=len(report.behind) - shown))
        text = "\n".join(head + sites + tail)
        if len(text) < WHATSAPP_LIMIT or shown == 0:
            return text[: WHATSAPP_LIMIT - 1]
        shown -= 1
