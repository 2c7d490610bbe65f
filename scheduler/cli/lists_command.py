"""The name-list commands (`outreach lists`, `outreach forget`) and `plan --lists`: wires the
list reader, the reconciliation and its writer; does no work of its own.

What they print holds counts, file names and row numbers, never a name or a NIK.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

import click

from scheduler.attendance import is_by_name as is_by_name_xlsx
from scheduler.cards import held_cards, seventeen_and_recorded_by, waiting
from scheduler.cli.common import (
    _guard_output,
    _lang_option,
    _load,
    _output_option,
    _region_code_option,
    _wait_option,
    _written,
)
from scheduler.cli.frame import EXIT_INPUT, EXIT_OK, _Command, _n, _t
from scheduler.errors import WorkbookError
from scheduler.fieldwork import Person
from scheduler.formats import day_text
from scheduler.letters import is_by_name as is_by_name_pdf
from scheduler.lists import Lists, is_name_list, list_files, read_lists, rows_text
from scheduler.lists_writer import lists_sheet, write_input, write_reconciliation

if TYPE_CHECKING:
    from openpyxl.workbook.workbook import Workbook
from scheduler.messages import render
from scheduler.plan import Plan
from scheduler.printing import plan_arrivals
from scheduler.problem import Problem
from scheduler.reconcile import Reconciliation, planned_problem, reconcile, site_people


def load_lists(
    problem: Problem, paths: tuple[Path, ...], region_code: str | None, wait: bool, lang: str
) -> tuple[Problem, Lists, Reconciliation]:
    """Read and reconcile the lists (exit 1, every mistake located, when they are wrong), say
    what they come to, and return the problem with the counts to plan."""
    if region_code is not None and not (len(region_code) == 4 and region_code.isdigit()):
        raise click.BadParameter(
            _t("usage.region_code", value=region_code), param_hint="'--region-code'"
        )
    try:
        lists = read_lists(paths, problem)
    except WorkbookError as e:
        click.echo(e.render(lang), err=True)
        sys.exit(EXIT_INPUT)
    rec = reconcile(problem, lists, region_code, wait)
    say_reconciliation(problem, lists, rec, lang)
    return planned_problem(problem, rec), lists, rec


def say_reconciliation(problem: Problem, lists: Lists, rec: Reconciliation, lang: str) -> None:
    echo = click.echo
    people = sum(f.rows for f in lists.files if f.kind != "recorded")
    later = [c.later_days for c in rec.sites if c.later_days]
    echo(_t("lists.read", rows=_n(people), files=_n(len(lists.files)), sites=_n(len(rec.sites)),
            recorded=_n(len(lists.recorded))))  # fmt: skip
    echo(_t("lists.counts", dup=_n(rec.count("duplicate")), rec=_n(rec.count("recorded")),
            young=_n(rec.count("too_young")), to_plan=_n(rec.to_plan),
            typed=_n(sum(c.typed for c in rec.sites))))  # fmt: skip
    listed = {c.site_id for c in rec.sites}
    unlisted = [s.site_id for s in problem.sites if s.site_id not in listed]
    if unlisted:
        ids = ", ".join(unlisted[:10]) + (", ..." if len(unlisted) > 10 else "")
        typed = _n(sum(s.people for s in problem.sites if s.site_id not in listed))
        echo(_t("lists.unlisted", n=_n(len(unlisted)), ids=ids, typed=typed))
    if later:
        first, last = min(d[0] for d in later), max(d[1] for d in later)
        echo(_t("lists.later_line", n=_n(rec.count("later")), first=day_text(first, lang),
                last=day_text(last, lang)))  # fmt: skip
    waiting = [c for c in rec.sites if c.waits]
    if waiting:
        days = [c.first_day for c in waiting if c.first_day]
        echo(_t("lists.waits", sites=_n(len(waiting)), n=_n(sum(c.waited for c in waiting)),
                first=day_text(min(days), lang), last=day_text(max(days), lang)))  # fmt: skip
    mismatch, elsewhere = rec.count("nik_mismatch"), rec.count("not_resident")
    if mismatch or elsewhere:
        echo(_t("lists.flags", mismatch=_n(mismatch), elsewhere=_n(elsewhere),
                code=rec.region_code or "-"))  # fmt: skip
    for w in lists.warnings:
        rows = rows_text(w.rows)
        key = "lists.warning_one" if len(w.rows) == 1 else "lists.warning"
        echo(_t(key, file=w.file, rows=rows, count=_n(len(w.rows)), column=w.column,
                text=render(w.message, lang)))  # fmt: skip


@click.command("lists", cls=_Command)
@click.argument("input_path", metavar="INPUT.xlsx", type=click.Path(path_type=Path))
@click.argument(
    "paths", metavar="LISTS...", nargs=-1, required=True, type=click.Path(path_type=Path)
)
@_output_option("Where to write the reconciliation. Default: outputs/<INPUT>-lists.xlsx.")
@click.option(
    "--sites-out",
    type=click.Path(path_type=Path, dir_okay=False),
    help="Also write a new input workbook: INPUT.xlsx with the counts to plan on its Sites "
    "sheet (the typed count beside them) and an Ages sheet.",
)
@_region_code_option
@_wait_option
@click.option("--force", is_flag=True, help="Replace the output files if they exist.")
@_lang_option()
def lists_command(
    input_path: Path,
    paths: tuple[Path, ...],
    output: Path | None,
    sites_out: Path | None,
    region_code: str | None,
    wait_for_16: bool,
    force: bool,
    lang: str,
) -> None:
    """Reconcile name lists (LISTS: .csv or .xlsx files, or folders of them) against the sites
    of INPUT.xlsx, without planning.

    \b
    Example:
      outreach lists inputs/sukoharjo-2022.xlsx inputs/sukoharjo-2022-lists/
      outreach lists inputs/surakarta-2016.xlsx inputs/surakarta-2016-lists/ --sites-out solo.xlsx

    Per site: listed, listed twice, already recorded, under 16 on every day it may be visited,
    turning 16 after its first possible day (counted for a later service, unless
    --wait-for-16 places its visit after them), NIKs of another regency and
    NIKs not matching the row (both still counted), and the count to plan beside the typed
    one. The reconciliation names rows by file and row number, never by name or NIK.
    """
    out = output or Path("outputs") / f"{input_path.stem}-lists.xlsx"
    sources = (input_path, *list_files(paths))
    _guard_output(out, sources, force)
    if sites_out is not None:
        _guard_output(sites_out, sources, force)
    problem = _load(input_path, solving=False)
    planned, lists, rec = load_lists(problem, paths, region_code, wait_for_16, lang)
    wrote = _written(out, write_reconciliation(planned, lists, rec, out, lang))
    click.echo(_t("lists.written", out=wrote))
    if sites_out is not None:
        click.echo(_t("lists.sites_written", out=write_input(input_path, planned, rec, sites_out)))
    sys.exit(EXIT_OK)


@click.command(cls=_Command)
@click.argument(
    "paths", metavar="PATHS...", nargs=-1, required=True, type=click.Path(path_type=Path)
)
@click.option("--yes", is_flag=True, help="Remove them; without it, only list what would go.")
@_lang_option()
def forget(paths: tuple[Path, ...], yes: bool, lang: str) -> None:
    """Remove a finished campaign's personal files: the name lists and the by-name files
    (`letters --lists`: attendance lists by name, invitations) named, or in the folders named.

    \b
    Example:
      outreach forget inputs/sukoharjo-2022-lists/            # lists what would be removed
      outreach forget inputs/sukoharjo-2022-lists/ --yes      # removes them

    Only .csv and .xlsx files whose first row heads a NIK column, or a name and a date of
    birth column, are removed (input and plan workbooks, which hold counts, are kept); a folder
    left empty is removed too. Deleted
    files may remain in a recycle bin or a backup: empty those as well.
    """
    found = [p for p in _candidates(paths) if p.is_file() and _personal(p)]
    if not found:
        click.echo(_t("forget.none"))
        sys.exit(EXIT_OK)
    for p in found:
        click.echo(f"  - {p}")
    if not yes:
        click.echo(_t("forget.dry", n=_n(len(found))))
        sys.exit(EXIT_OK)
    for p in found:
        p.unlink()
    for folder in {p.parent for p in found} & {p for p in paths if p.is_dir()}:
        if not any(folder.iterdir()):
            folder.rmdir()
    click.echo(_t("forget.done", n=_n(len(found)), day=day_text(date.today(), lang)))
    sys.exit(EXIT_OK)


def people_of(lists: Lists, rec: Reconciliation) -> dict[str, tuple[Person, ...]]:
    """Per listed site, the people planned there in class or RT order (`site_people`), for
    the by-name files (`letters --lists`): name, masked NIK, class or RT/RW."""
    return {
        c.site_id: tuple(Person(p.name, p.nik, p.order) for p in site_people(lists, rec, c.site_id))
        for c in rec.sites
    }


def _candidates(paths: tuple[Path, ...]) -> list[Path]:
    """The files named, and the .csv, .xlsx and .pdf files in the folders named."""
    pdfs = [
        p
        for folder in paths
        if folder.is_dir()
        for p in sorted(folder.iterdir())
        if p.suffix.lower() == ".pdf" and not p.name.startswith(("~$", "."))
    ]
    return list_files(paths) + pdfs


def _personal(path: Path) -> bool:
    """A name list, or a by-name file `letters --lists` wrote."""
    if path.suffix.lower() == ".pdf":
        return is_by_name_pdf(path)
    return is_name_list(path) or (path.suffix.lower() == ".xlsx" and is_by_name_xlsx(path))


def plan_lists(
    problem: Problem, paths: tuple[Path, ...], region_code: str | None, wait: bool, lang: str
) -> tuple[Problem, Reconciliation]:
    """`plan --lists`: the problem with the counts to plan, and the reconciliation."""
    planned, _, rec = load_lists(problem, paths, region_code, wait, lang)
    return planned, rec


def lists_sheet_of(
    problem: Problem, rec: Reconciliation, result: Plan, vote_day: date | None, lang: str
) -> Callable[[Workbook], object]:
    """The plan's Name lists sheet, with the count for `--vote-day` when one is given."""
    vote = None
    if vote_day is not None:
        vote = (vote_day, seventeen_and_recorded_by(problem, plan_arrivals(result), vote_day))
    return lambda book: lists_sheet(book, problem, rec, lang, vote)


def say_cards(problem: Problem, result: Plan, vote_day: date | None, lang: str) -> None:
    """How many of the plan's cards wait for a 17th birthday, and until when; with a vote
    day, how many will be 17 by then and recorded in time."""
    arrivals = plan_arrivals(result)
    held, until = waiting(problem, arrivals)
    if held and until is not None:
        click.echo(_t("lists.cards", n=_n(held), day=day_text(until, lang)))
        target = result.printing.target if result.printing is not None else None
        if target is not None and until > target:
            late = sum(h.people for h in held_cards(problem, arrivals) if h.until > target)
            click.echo(_t("lists.cards_late", n=_n(late), target=day_text(target, lang)))
    if vote_day is not None:
        n = seventeen_and_recorded_by(problem, arrivals, vote_day)
        click.echo(_t("lists.vote", n=_n(n), day=day_text(vote_day, lang),
                      planned=_n(result.people_planned)))  # fmt: skip
