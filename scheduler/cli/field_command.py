"""`outreach letters` and `outreach report`: the papers a plan goes to the field with, and the
evening's report of what came back; and the attendance lists `replan` reads. Wiring only, as
in every command: read the plan, make the data (`fieldwork`, `report`), write it (`letters`,
`attendance`, `report_page`)."""

from __future__ import annotations

import dataclasses
import sys
from datetime import date
from pathlib import Path

import click

from scheduler.attendance import read_attendance, write_attendance
from scheduler.cli.common import (
    _DateType,
    _guard_output,
    _lang_option,
    _lists_option_with,
    _read_plan_file,
    _written,
)
from scheduler.cli.frame import _LANG, EXIT_INPUT, _Command, _n, _t
from scheduler.cli.lists_command import load_lists, people_of
from scheduler.errors import InputError, WorkbookError
from scheduler.fieldwork import (
    Person,
    Tally,
    letters,
    network_of,
    site_days,
    turnout_of,
    with_tallies,
)
from scheduler.formats import day_text, number, percent
from scheduler.letters import write_invitations, write_letters
from scheduler.lists import list_files
from scheduler.messages import Both, Msg, capped, render, text
from scheduler.plan import ProgressRow
from scheduler.problem import KELURAHAN, Problem
from scheduler.progress_audit import audit
from scheduler.reader import PlanFile
from scheduler.report import DailyReport, daily_report, whatsapp
from scheduler.report_page import write_report_pdf
from scheduler.xlsx import write_bytes_atomically


def people_by_site(
    plan_path: Path, problem: Problem, paths: tuple[Path, ...], lang: str
) -> dict[str, tuple[Person, ...]]:
    """Per listed site, the people the plan counts there (reconciled as `plan --lists` does),
    in class or RT order; exits 1 when the lists do not give the counts the plan was made for
    (other lists, or a plan made without them), so nobody is listed who is not planned."""
    _, lists, rec = load_lists(problem, paths, None, False, lang)
    sites = {s.site_id: s for s in problem.sites}
    errors = [
        InputError(
            "file",
            Msg(
                "letters.lists_differ",
                site=c.site_id,
                listed=c.to_plan,
                planned=sites[c.site_id].people,
            ),
        )
        for c in rec.sites
        if c.to_plan != sites[c.site_id].people
    ]
    if errors:
        click.echo(WorkbookError(plan_path, errors).render(lang), err=True)
        click.echo(_t("letters.lists_next", plan=plan_path), err=True)
        sys.exit(EXIT_INPUT)
    return people_of(lists, rec)


def _lang() -> str:
    return _LANG[0]


def tallied(
    plan: PlanFile, attendance: Path | None, today: date
) -> tuple[tuple[ProgressRow, ...], tuple[Tally, ...]]:
    """The plan's Progress rows with the filled attendance lists counted in (exits 1, every
    mistake located, when a list cannot be true)."""
    if attendance is None:
        return plan.progress, ()
    try:
        tallies, errors, warnings = read_attendance(attendance)
    except WorkbookError as e:
        click.echo(e.render(_lang()), err=True)
        sys.exit(EXIT_INPUT)
    rows, more = with_tallies(plan.problem, plan.progress, tallies, today, plan.progress_sheet,
                              plan.progress_headers)  # fmt: skip
    shown_warnings, rest_warnings = capped(warnings, _lang())
    for w in shown_warnings:
        click.echo(render(w, _lang()), err=True)
    if rest_warnings:
        click.echo(rest_warnings, err=True)
    if errors or more:
        found = errors + more
        click.echo(_t("errors.head", path=attendance, count=number(len(found), _lang())),
                   err=True)  # fmt: skip
        shown, rest = capped(found, _lang())
        for mistake in shown:
            click.echo(f"  - {mistake.render(_lang())}", err=True)
        if rest:
            click.echo(f"  {rest}", err=True)
        click.echo(_t("att.next"), err=True)
        sys.exit(EXIT_INPUT)
    return rows, tallies


def measured(
    campaign: Problem, tallies: tuple[Tally, ...], rows: tuple[ProgressRow, ...], today: date
) -> tuple[Problem, tuple[str, ...]]:
    """The campaign with the risk settings what came back measures, in place of what it had:
    the turnout on the filled lists (when they hold enough people), how often a visit day
    stalled by network class and what a stalled day recorded (from the days reported before
    `today`, when there are enough); and a note for each, saying where it came from."""
    s = campaign.settings
    notes: list[str] = []
    values: dict[str, float] = {}
    found = turnout_of(tallies)
    if found is not None:
        share, expected = found
        values["turnout"] = max(0.01, share)
        notes.append(Msg("att.turnout", share=_share(share), lists=len(tallies),
                         people=expected, before=_share(s.turnout)))  # fmt: skip
    for m in network_of(campaign, tuple(r for r in rows if r.day < today)):
        values[m.key] = m.value
        notes.append(Msg(f"att.{m.key}", share=_share(m.value), days=m.basis,
                         stalled=m.stalled, before=_share(getattr(s, m.key))))  # fmt: skip
    if not values:
        return campaign, ()
    settings = dataclasses.replace(s, **values)  # type: ignore[arg-type]
    return dataclasses.replace(campaign, settings=settings), tuple(notes)


def _share(x: float) -> Both:
    return Both(id=percent(x, "id"), en=percent(x, "en"))


def not_come(tallies: tuple[Tally, ...]) -> None:
    """The lines of the people who did not come, by site and day, for the next visit, Car
    Free Day or a home visit (numbers only: names stay in the attendance file)."""
    late = [t for t in tallies if t.absent_lines]
    if not late:
        return
    click.echo(_t("att.not_come"))
    for t in late:
        numbers = ", ".join(map(str, t.absent_lines[:20])) + (
            ", ..." if len(t.absent_lines) > 20 else ""
        )
        click.echo(_t("att.not_come_site", site=t.site_id, day=day_text(t.day, _lang()),
                      n=len(t.absent_lines), numbers=numbers))  # fmt: skip


# The folder the papers go to, and whether they may replace what is there (both commands).
_FOLDER = click.option(
    "-o", "--output", "out_dir", type=click.Path(path_type=Path, file_okay=False),
    help="Folder to write to. Default: beside PLAN.",
)  # fmt: skip
_FORCE = click.option("--force", is_flag=True, help="Replace the output files if they exist.")


@click.command("letters", cls=_Command)
@click.argument("plan_path", metavar="PLAN.xlsx", type=click.Path(path_type=Path))
@click.option("--today", type=_DateType(), help="Only visit days from this date (YYYY-MM-DD).")
@click.option(
    "--previous",
    "previous_path",
    type=click.Path(path_type=Path),
    help="The plan before a re-plan: letters only to the sites whose days from --today "
    "changed (Perubahan jadwal), with their old and new days.",
)
@_lists_option_with(
    "The name lists the plan was made from (`plan --lists`; files or folders, repeat for "
    "more): the attendance lists by name, invitations for kelurahan residents, the classes or "
    "RTs of each day in the letters. Personal files of their own: `outreach forget` removes "
    "them.",
)
@click.option("--contact", default="", help="The office's contact on every letter.")
@click.option("--dated", type=_DateType(), help="The date the letters carry (default: today).")
@_FOLDER
@_lang_option("Language of what it prints, of the letters and of the attendance lists.")
@_FORCE
def letters_command(
    plan_path: Path,
    today: date | None,
    previous_path: Path | None,
    list_paths: tuple[Path, ...],
    contact: str,
    dated: date | None,
    out_dir: Path | None,
    lang: str,
    force: bool,
) -> None:
    """Write the letters to the sites (one PDF) and their attendance lists (one workbook); by
    name, with --lists.

    \b
    Example:
      outreach letters outputs/sukoharjo-2022-plan.xlsx --contact "Bp. Joko, 0812 3456 7890"
      outreach letters plan-v2.xlsx --previous plan.xlsx --today 2022-09-12

    One letter per site visited (to the head of a school, to the lurah of a kelurahan): the
    visit days, the kits, how many people in which hour block, what to prepare and a contact;
    number, signature, name and NIP are left to the office. With --previous, only the sites
    whose days changed, as a change of schedule with the old and new days. The attendance
    workbook has one sheet per site and visit day, numbered lines in hour blocks and tick
    columns (came / absent / already recorded / refused); filled, it feeds `replan
    --attendance` and `report --attendance`.

    With --lists (the lists the plan was made from), the people the plan counts at each site
    fill the lines by name, in class or RT order, with masked NIKs
    (<plan>-daftar-hadir-nama.xlsx), kelurahan residents get invitations by name
    (<plan>-undangan.pdf), and the letters name each block's classes or RTs. Those two files
    are personal data: `outreach forget FOLDER --yes` removes them.

    Exit status: 0, 1 bad input, 2 bad usage, 4 a machine fault.
    """
    if previous_path is not None and today is None:
        raise click.UsageError(_t("letters.previous_needs_today"))
    folder = out_dir or plan_path.parent
    stem = plan_path.stem
    pdf_path = folder / f"{stem}-{text('file.letters', lang)}.pdf"
    lists_path = (
        folder / f"{stem}-{text('file.by_name' if list_paths else 'file.attendance', lang)}.xlsx"
    )
    invite_path = folder / f"{stem}-{text('file.invitations', lang)}.pdf"
    sources = (plan_path, previous_path, *list_files(list_paths))
    for out in (pdf_path, lists_path, *((invite_path,) if list_paths else ())):
        _guard_output(out, sources, force)
    plan = _read_plan_file(plan_path, date.max, keep_errors=False)
    people = people_by_site(plan_path, plan.problem, list_paths, lang) if list_paths else None
    previous = (
        _read_plan_file(previous_path, date.max, keep_errors=False).progress
        if previous_path is not None
        else None
    )
    made = letters(plan.problem, plan.progress, today, previous, people)
    days = site_days(plan.problem, plan.progress, today, people)
    if previous is not None:
        changed = {x.site.site_id for x in made}
        days = tuple(d for d in days if d.site_id in changed)
        click.echo(_t("letters.changes_only", previous=previous_path,
                      today=day_text(today, lang) if today else "-"))  # fmt: skip
    pdf_path = _written(pdf_path, write_letters(plan.problem, made, pdf_path, lang,
                                                dated or date.today(), contact, force))  # fmt: skip
    lists_path = _written(lists_path, write_attendance(plan.problem, days, lists_path, lang,
                                                       force))  # fmt: skip
    click.echo(_t("letters.written", letters=_n(len(made)), pdf=pdf_path, lists=_n(len(days)),
                  lists_path=lists_path))  # fmt: skip
    if people is not None:
        kelurahan = {s.site_id for s in plan.problem.sites if s.type == KELURAHAN}
        invited = tuple(d for d in days if d.site_id in kelurahan and d.named)
        slips = sum(1 for d in invited for x in d.lines if x.person is not None)
        named = sum(1 for d in days for x in d.lines if x.person is not None)
        unnamed = sum(d.people for d in days) - named
        if invited:
            made_on = dated or date.today()
            wrote = write_invitations(plan.problem, invited, invite_path, lang, made_on, force)
            click.echo(_t("letters.invitations", n=_n(slips), path=_written(invite_path, wrote)))
        click.echo(_t("letters.by_name", n=_n(named), unnamed=_n(unnamed), folder=folder))


@click.command("report", cls=_Command)
@click.argument("plan_path", metavar="PLAN.xlsx", type=click.Path(path_type=Path))
@click.option("--date", "day", type=_DateType(), help="The day reported (default: today).")
@click.option(
    "--attendance",
    "attendance_path",
    type=click.Path(path_type=Path),
    help="Filled attendance lists (`outreach letters`), counted as Progress rows.",
)
@_FOLDER
@_lang_option("Language of what it prints, of the page and of the message.")
@_FORCE
def report_command(
    plan_path: Path,
    day: date | None,
    attendance_path: Path | None,
    out_dir: Path | None,
    lang: str,
    force: bool,
) -> None:
    """Where the campaign stands on --date: recorded that day and to date, against the plan
    and against what should be done by then, per kecamatan, site and kit; the sites behind
    and by how many working days; cards printed and temporary certificates (with a Printing
    sheet); whether a re-plan is advised and why.

    \b
    Example:
      outreach report outputs/sukoharjo-2022-plan.xlsx --date 2022-09-16

    Three forms: the terminal; a one-page A4 PDF with a chart of people planned against
    recorded; a short message for a WhatsApp group (a .txt file, under 1,000 characters).
    Recorded is what the Progress sheet (or --attendance) reports; kit-days nobody reported
    are counted as not reported, never as recorded.

    Exit status: 0, 1 bad input, 2 bad usage, 4 a machine fault.
    """
    day = day or date.today()
    folder = out_dir or plan_path.parent
    stem = f"{plan_path.stem}-{text('file.report', lang)}-{day.isoformat()}"
    pdf_path, text_path = folder / f"{stem}.pdf", folder / f"{stem}.txt"
    for out in (pdf_path, text_path):
        _guard_output(out, (plan_path, attendance_path), force)
    plan = _read_plan_file(plan_path, date.max, keep_errors=False)
    rows, tallies = tallied(plan, attendance_path, date.max)  # lists after --date: not counted
    errors, warnings = audit(plan.problem, rows, date.max, plan.progress_sheet,
                             plan.progress_headers)  # fmt: skip
    if errors:
        click.echo(WorkbookError(plan_path, errors).render(lang), err=True)
        sys.exit(EXIT_INPUT)
    shown, rest = capped(warnings, lang)
    for w in shown:
        click.echo(render(w, lang), err=True)
    if rest:
        click.echo(rest, err=True)
    report = daily_report(plan.problem, rows, day)
    message = whatsapp(report, lang)
    pdf_path = _written(pdf_path, write_report_pdf(report, pdf_path, lang, force))
    text_path = _written(
        text_path, write_bytes_atomically(message.encode("utf-8"), text_path, force)
    )
    echo = click.echo
    echo(_t("report.head", path=plan_path, day=day_text(day, lang)))
    for line in message.splitlines()[2:]:
        if line:
            echo(f"  {line}")
    if report.unreported:
        echo(_t("report.unreported", n=_n(report.unreported)))
    _say_standings(report)
    if report.behind:
        echo("")
        echo(f"  {_t('wa.behind', n=len(report.behind))}")
        for b in report.behind:
            echo(_t("report.behind_line", site=b.site_id, name=b.name, missing=_n(b.missing),
                    days=b.days))  # fmt: skip
    if tallies:
        echo("")
        not_come(tallies)
    echo("")
    why = "; ".join(render(a, lang) for a in report.advice)
    echo("  " + (_t("report.advised", why=why) if report.advice else _t("report.not_advised")))
    echo(_t("report.written", pdf=pdf_path, text=text_path))


def _say_standings(report: DailyReport) -> None:
    """Planned, recorded and unreported to date, per kecamatan, per site visited so far and
    per kit."""
    echo = click.echo
    started = tuple(st for st in report.sites if st.planned_to_date)  # sites visited so far
    for key, standings in (("kecamatan", report.kecamatan), ("site", started),
                           ("kit", report.kits)):  # fmt: skip
        echo("")
        head = {k: _t(f"report.col_{k}") for k in ("planned", "recorded", "today", "unreported")}
        echo(_t("report.table_head", name=_t(f"report.col_name_{key}"),
                total=_t("report.col_planned_total"), **head))  # fmt: skip
        for st in standings:
            name = f"{st.key} {st.name}" if key == "site" else st.name
            echo(_t("report.table_head", name=name[:24], total=_n(st.planned_total),
                    planned=_n(st.planned_to_date), recorded=_n(st.recorded_to_date),
                    today=_n(st.recorded_today),
                    unreported=_n(st.unreported)))  # fmt: skip
