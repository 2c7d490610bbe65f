"""Letters to the sites, as one PDF: one letter per site (school: to its head; kelurahan: to
the lurah), A4, in the plan's language, each starting on a new page.

PDF because a letter must print as it was laid out: Windows 10 and 11 open and print a PDF in
Edge with nothing installed, and the letter cannot shift between office suites as a sheet's
rows and page breaks do (README, `outreach letters`). The number, the signature and the
stamp are left to the office, by hand, as letters are signed.

The only module that knows fpdf2. The built-in PDF fonts cover Latin-1: any other character in
a site's name or contact is printed as its closest Latin-1 letter (or `?`).
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Sequence
from datetime import date
from pathlib import Path

from fpdf import FPDF

from scheduler.fieldwork import BLOCKS, BY_NAME, Letter, SiteDay
from scheduler.formats import day_text, letter_date, number
from scheduler.labels import word, worded
from scheduler.problem import KELURAHAN, Problem
from scheduler.xlsx import write_bytes_atomically

_PLAIN = str.maketrans({"‘": "'", "’": "'", "“": '"', "”": '"', "–": "-", "—": "-", "…": "..."})
DOTS = "." * 40


def latin(text: str) -> str:
    """Text the built-in PDF fonts can print: Latin-1, other letters as their base letter."""
    text = str(text).translate(_PLAIN)
    if all(ord(ch) < 256 for ch in text):
        return text
    out = []
    for ch in text:
        if ord(ch) < 256:
            out.append(ch)
            continue
        base = "".join(c for c in unicodedata.normalize("NFKD", ch) if ord(c) < 128)
        out.append(base or "?")
    return "".join(out)


def place_of(region: str) -> str:
    """The town a letter is dated in: the region without `Kabupaten` or `Kota`."""
    for prefix in ("Kabupaten ", "Kab. ", "Kota ", "Regency of ", "City of "):
        if region.startswith(prefix):
            return region[len(prefix) :]
    return region


class _Pdf(FPDF):
    """A4 portrait, 20 mm margins, the built-in Helvetica."""

    def __init__(self) -> None:
        super().__init__(orientation="P", unit="mm", format="A4")
        self.set_margins(20, 15, 20)
        self.set_auto_page_break(True, margin=15)
        self.set_creator("outreach")

    def text_line(self, text: str, size: float = 11, bold: bool = False, align: str = "L",
                  height: float = 5.5) -> None:  # fmt: skip
        self.set_font("Helvetica", "B" if bold else "", size)
        self.multi_cell(0, height, latin(text), align=align, new_x="LMARGIN", new_y="NEXT")

    def field(self, label: str, value: str, width: float = 28) -> None:
        self.set_font("Helvetica", "", 11)
        self.cell(width, 5.5, latin(label))
        self.cell(4, 5.5, ":")
        self.multi_cell(0, 5.5, latin(value), new_x="LMARGIN", new_y="NEXT")


def letters_pdf(
    problem: Problem,
    letters: Sequence[Letter],
    lang: str,
    made_on: date,
    contact: str = "",
) -> bytes:
    pdf = _Pdf()
    region = problem.settings.region
    pdf.set_title(latin(f"{word('field.letters_title', lang)} {region}".strip()))
    for letter in letters:
        pdf.add_page()
        _letter(pdf, problem, letter, lang, made_on, contact)
    if not letters:
        pdf.add_page()
        pdf.text_line(word("field.no_letters", lang))
    return bytes(pdf.output())


def write_letters(
    problem: Problem,
    letters: Sequence[Letter],
    path: Path,
    lang: str,
    made_on: date,
    contact: str = "",
    replace: bool = True,
) -> Path:
    data = letters_pdf(problem, letters, lang, made_on, contact)
    return write_bytes_atomically(data, path, replace)


def _letter(
    pdf: _Pdf, problem: Problem, letter: Letter, lang: str, made_on: date, contact: str
) -> None:
    region = problem.settings.region
    site = letter.site
    kelurahan = site.type == KELURAHAN
    # The letterhead: the office of the region.
    pdf.text_line(worded("field.head_government", lang, region=region.upper()).strip(),
                  13, bold=True, align="C", height=6)  # fmt: skip
    pdf.text_line(word("field.head_office", lang), 13, bold=True, align="C", height=6)
    y = pdf.get_y() + 1.5
    pdf.set_line_width(0.6)
    pdf.line(20, y, 190, y)
    pdf.set_line_width(0.2)
    pdf.set_y(y + 4)
    place = place_of(region) or DOTS[:20]
    pdf.text_line(f"{place}, {letter_date(made_on, lang)}", align="R")
    pdf.ln(2)
    pdf.field(word("field.number", lang), DOTS)
    pdf.field(word("field.attachment", lang), word("field.attachment_text", lang))
    subject = "field.subject_change" if letter.change else "field.subject"
    pdf.field(word("field.subject_label", lang), word(subject, lang))
    pdf.ln(4)
    pdf.text_line(word("field.to", lang))
    head = "field.to_lurah" if kelurahan else "field.to_head"
    name = site.name.removeprefix("Kelurahan ") if kelurahan else site.name  # "Lurah Pajang"
    pdf.text_line(worded(head, lang, name=name), bold=True)
    at_place = word("field.at_place", lang)  # "di tempat"; an English address has none
    if at_place:
        pdf.text_line(at_place)
    pdf.ln(3)
    pdf.text_line(word("field.greeting", lang))
    people = word("field.residents" if kelurahan else "field.students", lang)
    if letter.change:
        cut = sorted([(d, word("lost_mark", lang)) for d in letter.lost]
                     + [(d, word("partial_mark", lang)) for d in letter.partial])  # fmt: skip
        old = ", ".join([_day(d, lang) + mark for d, mark in cut]
                        + [_day(d, lang) for d in letter.old_days]) or "-"  # fmt: skip
        pdf.text_line(worded("field.body_change", lang, name=site.name, old=old))
    else:
        pdf.text_line(worded("field.body", lang, name=site.name, people=people))
    pdf.ln(2)
    if letter.days:
        _days_table(pdf, letter.days, lang)
        pdf.ln(2)
        total = sum(d.people for d in letter.days)
        order = word("field.order_rt" if kelurahan else "field.order_class", lang)
        pdf.text_line(worded("field.total", lang, n=number(total, lang), people=people,
                                                        order=order))  # fmt: skip
        pdf.ln(2)
        pdf.text_line(word("field.prepare", lang))
        pdf.set_x(25)
        for i, key in enumerate(("field.prep_room", "field.prep_power", "field.prep_network",
                                 "field.prep_kk", "field.prep_contact"), start=1):  # fmt: skip
            pdf.set_x(25)
            pdf.set_font("Helvetica", "", 11)
            pdf.multi_cell(0, 5.5, latin(f"{i}. {worded(key, lang, people=people)}"),
                           new_x="LMARGIN", new_y="NEXT")  # fmt: skip
    else:
        pdf.text_line(word("field.cancelled", lang))
    pdf.ln(2)
    pdf.text_line(worded("field.contact", lang, contact=contact or DOTS))
    if site.contact:
        pdf.text_line(worded("field.site_contact", lang, contact=site.contact))
    pdf.ln(2)
    pdf.text_line(word("field.closing", lang))
    _signature(pdf, lang)


def invitations_pdf(problem: Problem, days: Sequence[SiteDay], lang: str, made_on: date) -> bytes:
    """By-name invitations (undangan), three to an A4 page with a line to cut along: one per
    person a name list gives, with the day, the hour block and the place in the queue. Only
    where name lists are given (`fieldwork.site_days(..., people=...)`); a file of its own,
    since it holds names."""
    pdf = _Pdf()
    pdf.set_auto_page_break(False)
    pdf.set_title(latin(word("field.invite_title", lang)))
    pdf.set_keywords(BY_NAME)  # personal data: `outreach forget` finds it
    sites = {s.site_id: s for s in problem.sites}
    slips = [(d, line) for d in days for line in d.lines if line.person is not None]
    place = place_of(problem.settings.region) or DOTS[:20]
    for i, (d, line) in enumerate(slips):
        if i % 3 == 0:
            pdf.add_page()
        top = 15 + (i % 3) * 89
        if i % 3:
            pdf.set_dash_pattern(dash=2, gap=2)
            pdf.line(10, top - 5, 200, top - 5)  # cut here
            pdf.set_dash_pattern()
        site = sites[d.site_id]
        person = line.person
        assert person is not None
        start, end = BLOCKS[line.block]
        pdf.set_y(top)
        pdf.text_line(word("field.invite_title", lang), 12, bold=True, align="C")
        pdf.ln(1)
        group = person.group
        if site.type == KELURAHAN and "/" in group:  # SIAK writes RT/RW as 001/004
            group = worded("field.rt_rw", lang, group=group)
        group = f" ({group})" if group else ""
        pdf.text_line(worded("field.invite_to", lang, name=person.name, group=group),
                      bold=True)  # fmt: skip
        pdf.text_line(worded("field.invite_body", lang, site=site.name))
        pdf.field(word("field.col_day", lang), _day(d.day, lang))
        pdf.field(word("field.col_hours", lang),
                  f"{start}-{end} ({word(f'field.block{line.block}', lang)}), "
                  f"{word('field.invite_number', lang)} {line.number}")  # fmt: skip
        pdf.text_line(word("field.invite_bring", lang))
        pdf.ln(1)
        pdf.text_line(f"{place}, {letter_date(made_on, lang)}", align="R")
        head = "field.to_lurah" if site.type == KELURAHAN else "field.to_head"
        name = site.name.removeprefix("Kelurahan ") if site.type == KELURAHAN else site.name
        pdf.text_line(worded(head, lang, name=name), align="R")
    if not slips:
        pdf.add_page()
        pdf.text_line(word("field.no_letters", lang))
    return bytes(pdf.output())


def write_invitations(
    problem: Problem, days: Sequence[SiteDay], path: Path, lang: str, made_on: date,
    replace: bool = True,
) -> Path:  # fmt: skip
    return write_bytes_atomically(invitations_pdf(problem, days, lang, made_on), path, replace)


# How far from its end a PDF this module wrote has its keywords (past them only the
# cross-reference table, about 60 bytes a page).
_TAIL = 4 << 20


def is_by_name(path: Path) -> bool:
    """Whether a .pdf file is one of the by-name invitations (its keywords say so). Reads the
    file's end only."""
    try:
        with open(path, "rb") as f:
            if f.read(5) != b"%PDF-":
                return False
            size = f.seek(0, 2)
            f.seek(max(0, size - _TAIL))
            return f"/Keywords ({BY_NAME})".encode() in f.read()
    except OSError:
        return False


def _day(day: date, lang: str) -> str:
    """`Senin 12/09/2022`: a letter names the weekday whole."""
    return day_text(day, lang, full=True)


def _days_table(pdf: _Pdf, days: Sequence[SiteDay], lang: str) -> None:
    """Visit day, block, hours, kits, people and their list numbers; with name lists, the
    classes or RTs of each block."""
    named = any(x.person is not None and x.person.group for d in days for x in d.lines)
    widths = [40, 18, 26, 12, 18, 56] if named else [48, 22, 30, 16, 22, 32]
    keys = ["field.col_day", "field.col_block", "field.col_hours", "field.col_kits",
            "field.col_people", "field.col_groups" if named else "field.col_numbers"]  # fmt: skip
    pdf.set_font("Helvetica", "B", 10)
    pdf.set_fill_color(220, 230, 241)
    for w, k in zip(widths, keys, strict=True):
        pdf.cell(w, 6, latin(word(k, lang)), border=1, fill=True)
    pdf.ln()
    pdf.set_font("Helvetica", "", 10)
    for d in days:
        for b, (start, end) in enumerate(BLOCKS):
            lines = d.block_lines(b)
            if not lines:
                continue
            if named:
                last = _groups(x.person.group for x in lines if x.person and x.person.group)
            else:
                first, end_ = lines[0].number, lines[-1].number
                last = str(first) if first == end_ else f"{first}-{end_}"
            cells = [_day(d.day, lang) if b == 0 or not d.block_lines(0) else "",
                     word(f"field.block{b}", lang), f"{start}-{end}", str(len(d.kits)),
                     number(len(lines), lang), last]  # fmt: skip
            for w, text in zip(widths, cells, strict=True):
                pdf.cell(w, 5.5, latin(text)[:40], border=1)
            pdf.ln()


def _groups(groups: Iterable[str]) -> str:
    """The classes or RTs of a block, in list order: two by name, more as the first to the
    last (the list runs in class or RT order, so every one between them comes too)."""
    seen = list(dict.fromkeys(groups))
    return ", ".join(seen) if len(seen) <= 2 else f"{seen[0]} - {seen[-1]}"


def _signature(pdf: _Pdf, lang: str) -> None:
    """The signing block on the right: the office, room to sign, name and NIP to fill."""
    pdf.ln(6)
    if pdf.get_y() > 297 - 15 - 40:
        pdf.add_page()
    x = 110
    for text in (word("field.sign_title", lang), word("field.head_office_short", lang)):
        pdf.set_x(x)
        pdf.set_font("Helvetica", "", 11)
        pdf.multi_cell(80, 5.5, latin(text), align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(18)
    for text in (f"( {DOTS} )", f"NIP. {DOTS[:30]}"):
        pdf.set_x(x)
        pdf.multi_cell(80, 5.5, text, align="C", new_x="LMARGIN", new_y="NEXT")
