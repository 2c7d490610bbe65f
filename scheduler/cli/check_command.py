"""`outreach check` (the capacity picture, no solve) and `outreach template` (an empty input
workbook)."""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

import click

from scheduler.capacity import capacity
from scheduler.cli.common import (
    _lang_option,
    _lists_option,
    _load,
    _read_plan_file,
    _refuse_progress_mistakes,
    _region_code_option,
    _wait_option,
    _written,
    _xlsx_named,
)
from scheduler.cli.frame import EXIT_OK, EXIT_SHORT, _Command, _n, _t
from scheduler.cli.lists_command import plan_lists
from scheduler.formats import day_text
from scheduler.messages import argument, render, type_text
from scheduler.reader import is_plan
from scheduler.template import build_template
from scheduler.workdays import build_calendar
from scheduler.xlsx import save_atomically


@click.command(cls=_Command)
@click.argument("input_path", metavar="INPUT.xlsx", type=click.Path(path_type=Path))
@_lang_option()
@_lists_option
@_region_code_option
@_wait_option
def check(
    input_path: Path,
    lang: str,
    list_paths: tuple[Path, ...],
    region_code: str | None,
    wait_for_16: bool,
) -> None:
    """Validate INPUT.xlsx and show its capacity picture, without solving.

    \b
    Example:
      outreach check inputs/sukoharjo-2022.xlsx
      outreach check inputs/surakarta-2016.xlsx --lang en

    Prints people, kit-days and visit days needed against what the calendar offers per site
    type, and the earliest finish date any plan could reach (exact when capacity is what
    binds). Exit status 0 when everyone can fit by that bound, 3 when capacity alone already
    rules it out, 1 on bad input. Given a plan, it checks the inputs the plan carries and its
    Progress sheet as `replan` does.
    """
    problem = _load(input_path, solving=False)
    warnings: list[str] = []
    if is_plan(input_path):  # every report audited, as on any --today
        plan_file = _read_plan_file(input_path, date.max)
        warnings = _refuse_progress_mistakes(input_path, problem, plan_file, date.max)
    if list_paths:  # the capacity picture for the counts the lists come to
        problem, _ = plan_lists(problem, list_paths, region_code, wait_for_16, lang)
    cal = build_calendar(problem)
    cap = capacity(problem, cal)
    s = problem.settings
    echo = click.echo

    def day(d: date) -> str:
        return day_text(d, lang)

    echo(_t("check.valid", path=input_path, region=s.region or "").rstrip())
    for w in warnings:
        echo(_t("plan.warning", text=render(w, lang)))
    echo(_t("check.campaign", start=day(s.start), deadline=day(s.deadline), days=cap.working_days))
    echo(_t("check.size", sites=_n(len(problem.sites)), people=_n(problem.people),
            kits=len(problem.kits)))  # fmt: skip
    echo(_t("check.kit_days", needed=_n(cap.kit_days_needed), free=_n(cap.kit_days_available)))
    echo("")
    columns = ("type", "sites", "people", "kit_days", "visit_days")
    echo(_t("check.head", **{k: _t(f"check.col.{k}") for k in columns}))
    for t in cap.types:
        if not t.sites:
            continue
        kind = type_text(t.type, lang)
        echo(_t("check.head", type=kind, sites=_n(t.sites), people=_n(t.people),
                kit_days=f"{_n(t.kit_days_needed)} / {_n(t.kit_days_available)}",
                visit_days=f"{_n(t.site_days_needed)} / {_n(t.site_days_available)}"))  # fmt: skip
    echo(_t("check.foot"))
    echo("")
    if cap.sites_that_cannot_fit:
        echo(_t("check.cannot_fit"))
        for sid in cap.sites_that_cannot_fit:
            echo(f"    - {sid} ({problem.site(sid).name})")
    binding = render(cap.binding, lang)
    if cap.earliest_finish is not None:
        echo(_t("check.earliest", date=day(cap.earliest_finish), binding=binding))
        sys.exit(EXIT_OK)
    echo(_t("check.impossible", deadline=day(s.deadline), binding=binding))
    sys.exit(EXIT_SHORT)


@click.command(cls=_Command)
@click.argument("path", metavar="PATH.xlsx", type=click.Path(path_type=Path, dir_okay=False))
@_lang_option("Language of what it prints and of the sheet names, headers and notes.")
@click.option("--force", is_flag=True, help="Replace PATH if it exists.")
def template(path: Path, lang: str, force: bool) -> None:
    """Write an empty input workbook to fill in, at PATH.xlsx.

    \b
    Example:
      outreach template kampanye.xlsx
      outreach plan kampanye.xlsx

    It has every sheet and header of the workbook format, a note on each header explaining it,
    dropdowns for type, network and priority, date checks, the default rules for schools and
    kelurahan, and one example site and two kits, so that it plans as it is.
    """
    _xlsx_named(path)
    if path.exists() and not force:
        raise click.UsageError(_t("usage.exists_no_o", path=path))
    path = _written(path, save_atomically(build_template(lang), path, replace=force))
    click.echo(_t("template.written", path=path, arg=argument(path)))
