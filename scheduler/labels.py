"""Workbook texts built from the catalogue's words (`scheduler.catalogue`): a change's reason,
a class that moved, why a site is short; `word` and `worded` look a key up."""

from __future__ import annotations

from datetime import date

from scheduler.formats import date_range, day_text, fill, number, percent, weekdays_text
from scheduler.messages import say, text, type_text
from scheduler.plan import Change, ClassMove, Plan, Shortfall
from scheduler.printing import BLANKS, PrintFix
from scheduler.problem import GOOD, Problem, Settings
from scheduler.replan import PRIORITY_FIRST, ROOM


def stalled_text(settings: Settings, network: str, lang: str) -> str:
    """What a stalled day records, as the settings say it: "10/kit" or "40% of the site's
    rate"."""
    fixed = settings.stalled_rate_good if network == GOOD else settings.stalled_rate_poor
    if fixed is not None:
        return say("stalled.per_kit", lang, n=fixed)
    return say("stalled.share", lang, share=percent(settings.stalled_share, lang, 0))


def word(key: str, lang: str) -> str:
    """A word of the catalogue in `lang`."""
    return text(key, lang)


def worded(key: str, lang: str, /, **values: object) -> str:
    """A workbook word with its values, numbers as the language writes them (`fill`)."""
    return fill(word(key, lang), lang, **values)


def reason_text(reason: str, lang: str) -> str:
    """Why a visit changed (a `replan` reason), in the sheet's language."""
    return word(f"reason.{reason}", lang)


def placed_text(placed: str, lang: str) -> str:
    """Why a changed visit's new days are where they are (a `replan` PLACED_* reason)."""
    return word(f"placed.{placed}", lang)


def finish_apart(plan: Plan, working_days: tuple[date, ...]) -> int | None:
    """The working days between the earliest finish any plan could have and this plan's, when
    the solver's bound says something (within a tenth of the finish); None when it does not."""
    stage = plan.stage("finish")
    if stage is None or plan.finish is None or plan.finish_bound is None:
        return None
    if stage.bound <= 0 or 10 * (stage.value - stage.bound) > stage.value:
        return None
    return sum(1 for d in working_days if plan.finish_bound < d <= plan.finish)


def print_fix_text(fix: PrintFix, lang: str) -> str:
    """`500 more blanks by Wed 12/10/2022`, `overtime on 6 working days from ...`."""
    key = "print.fix_blanks" if fix.kind == BLANKS else "print.fix_overtime"
    return say(key, lang, n=number(fix.count, lang), day=day_text(fix.day, lang))


def change_reason(change: Change, lang: str) -> str:
    """Why a visit changed, with the room it made and the days it no longer needs."""
    why = reason_text(change.reason, lang)
    if change.because:
        why += " " + worded("reason.for", lang, sites=", ".join(change.because))
    if change.freed and not change.new_days:
        pass  # the whole visit is gone: the old days say it
    elif change.freed and change.reason not in (ROOM, PRIORITY_FIRST):
        days = ", ".join(day_text(d, lang) for d in change.freed)
        why += "; " + worded("reason.freed", lang, days=days)
    return why


def class_move_text(move: ClassMove, lang: str) -> str:
    """`priority 4: all done by Tue 13/09/2022, was Tue 06/09/2022; done last: SKH-19 (lost
    day)`: a class's day that a re-plan moved, and the sites that now end it, with why."""

    def day(d: date | None) -> str:
        return day_text(d, lang) if d else "-"

    text = worded("class_move", lang, level=move.level, new=day(move.new), old=day(move.old))
    if move.last:
        sites = ", ".join(f"{s} ({reason_text(why, lang)})" if why else s for s, why in move.last)
        text += "; " + worded("class_move_last", lang, sites=sites)
    return text


def reported_days(change: Change, lang: str) -> list[tuple[date, str]]:
    """A changed site's lost and partial past days, each with the mark of its own status."""
    return [(d, word(f"{status}_mark", lang)) for d, status in change.reported()]


def change_text(change: Change, lang: str) -> str:
    """One line of the re-plan's list of changes: site, old and new days, why."""

    old = [day_text(d, lang) + mark for d, mark in reported_days(change, lang)]
    old += [day_text(d, lang) for d, _ in change.old_days]
    new = ", ".join(day_text(d, lang) for d, _ in change.new_days) or "-"
    why = change_reason(change, lang)
    if change.placed:
        why += "; " + placed_text(change.placed, lang)
    return f"{change.site_id}: {', '.join(old) or '-'} -> {new} ({why})"


def shortfall_text(problem: Problem, shortfall: Shortfall, lang: str) -> str:
    """Why a site is not fully planned (a `capacity.shortfall_reason`), in the given language."""
    site = problem.site(shortfall.site_id)
    rules = problem.site_type(site)
    return worded(
        f"shortfall.{shortfall.reason}",
        lang,
        alone=shortfall.most_alone,
        people=site.people,
        window=date_range(site.earliest, site.latest, lang),
        type=type_text(site.type, lang),
        weekdays=weekdays_text(rules.weekdays, lang),
        limit=rules.max_sites_per_day,
    )
