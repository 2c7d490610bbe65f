"""What the plan workbook's sheets share: the kit-days done and planned, the sites a plan names,
the fills and colours staff read, the day a priority class is done, and the page set-up."""

from __future__ import annotations

from datetime import date

from openpyxl.styles import Border, PatternFill, Side
from openpyxl.worksheet.worksheet import Worksheet

from scheduler.labels import (
    word,
)
from scheduler.plan import KitDay, Plan
from scheduler.problem import SCHOOL, Problem, Site
from scheduler.xlsx import (
    print_setup,
)


def type_word(site_type: str, lang: str) -> str:
    """Built-in types in the sheet's language; a workbook's own types as written."""
    return word(site_type, lang) if site_type in ("school", "kelurahan") else site_type


def history_rows(plan: Plan) -> list[tuple[KitDay, str | None]]:
    """What happened before a re-plan, as kit rows (people: what counts as recorded) with the
    status staff reported."""
    return [(KitDay(r.day, r.kit_id, r.site_id, r.counted), r.status) for r in plan.history]


def all_kit_days(plan: Plan) -> list[KitDay]:
    return [kd for kd, _ in history_rows(plan)] + list(plan.kit_days)


def status_word(status: str | None, lang: str) -> str:
    return word(status, lang) if status else word("unreported", lang)


def sites_of(problem: Problem, plan: Plan) -> dict[str, Site]:
    """Sites by id, including any that history names but an updated workbook removed."""
    sites = {s.site_id: s for s in problem.sites}
    for r in plan.history:
        if r.site_id not in sites:
            sites[r.site_id] = Site(r.site_id, r.site_id, SCHOOL, "", 0)
    return sites


# Pastel fills, one per kecamatan in order of first appearance; distinct in print and on screen.
PALETTE = (
    "C6E0B4", "BDD7EE", "FFE699", "F8CBAD", "D9D2E9", "B4DED8",
    "FFD3E8", "E2EFDA", "DDEBF7", "FCE4D6", "EDEDED", "D0CECE",
)  # fmt: skip
OFF_FILL = PatternFill("solid", fgColor="A6A6A6")
DUTY_FILL = PatternFill("solid", fgColor="EDEDED")
OUT_FILL = PatternFill("solid", fgColor="FF9999")
WEEK_BORDER = Border(top=Side(style="medium", color="404040"))


def kecamatan_colours(problem: Problem) -> dict[str, PatternFill]:
    order: list[str] = []
    for s in problem.sites:
        if s.kecamatan not in order:
            order.append(s.kecamatan)
    return {k: PatternFill("solid", fgColor=PALETTE[i % len(PALETTE)]) for i, k in enumerate(order)}


def page_setup(ws: Worksheet, problem: Problem, title: str, lang: str, landscape: bool) -> None:
    print_setup(ws, problem.settings.region, title, word("page", lang), landscape)


def class_done(problem: Problem, plan: Plan) -> dict[int, date]:
    """Per priority, the plan's last visit day of its sites: the day the class is all done."""
    priority = {s.site_id: s.priority for s in problem.sites}
    done: dict[int, date] = {}
    for v in plan.visits:
        level = priority.get(v.site_id)
        if level is not None and v.days:
            done[level] = max(done.get(level, v.days[-1][0]), v.days[-1][0])
    return done
