"""The daily report on one A4 page (PDF): the figures, a chart of people planned against
recorded (cumulative, by day), the kecamatan, and the sites behind plan. Drawn with fpdf2, as
the letters are (`letters`): it prints the same from Edge on any office PC."""

from __future__ import annotations

from pathlib import Path

from scheduler.formats import day_month, day_text, number, percent
from scheduler.labels import word
from scheduler.letters import _Pdf, latin
from scheduler.messages import render, say
from scheduler.report import DailyReport
from scheduler.xlsx import write_bytes_atomically

_ROWS = 12  # kecamatan and sites behind shown on the page; the rest counted


def report_pdf(report: DailyReport, lang: str) -> bytes:
    pdf = _Pdf()
    pdf.set_auto_page_break(False)
    pdf.add_page()
    pdf.set_title(latin(say("wa.title", lang)))

    def n(x: int) -> str:
        return number(x, lang)

    pdf.text_line(say("wa.title", lang), 15, bold=True, align="C", height=7)
    pdf.text_line(f"{report.region}, {day_text(report.day, lang)}".lstrip(", "), align="C")
    pdf.ln(3)
    share = report.recorded_to_date / report.planned_to_date if report.planned_to_date else 1.0
    lines = [
        say("wa.today", lang, recorded=n(report.recorded_today), planned=n(report.planned_today)),
        say("wa.to_date", lang, recorded=n(report.recorded_to_date),
            planned=n(report.planned_to_date), share=percent(share, lang)),
        say("wa.campaign", lang, people=n(report.people),
            left=n(max(0, report.people - report.recorded_to_date))),
    ]  # fmt: skip
    if report.unreported:
        lines.append(say("wa.unreported", lang, n=n(report.unreported)))
    if report.printed is not None:
        lines.append(say("wa.printed", lang, printed=n(report.printed),
                         certificates=n(report.certificates or 0)))  # fmt: skip
    if report.advice:
        why = "; ".join(render(a, lang) for a in report.advice)
        lines.append(say("report.advised", lang, why=why))
    else:
        lines.append(say("report.not_advised", lang))
    for text in lines:
        pdf.text_line(text, 10.5, height=5.2)
    pdf.ln(2)
    _chart(pdf, report, lang, top=pdf.get_y(), height=80)
    pdf.ln(4)
    _table(
        pdf,
        [word("kecamatan", lang), say("report.col_planned_total", lang),
         say("report.col_planned", lang), say("report.col_recorded", lang),
         say("report.col_today", lang), say("report.col_unreported", lang)],
        [[k.name, n(k.planned_total), n(k.planned_to_date), n(k.recorded_to_date),
          n(k.recorded_today), n(k.unreported)] for k in report.kecamatan],
        [46, 25, 28, 25, 22, 24],
        lang,
    )  # fmt: skip
    pdf.ln(3)
    if report.behind:
        pdf.text_line(say("wa.behind", lang, n=len(report.behind)), 10.5, bold=True)
        _table(
            pdf,
            [word("site_id", lang), word("site_name", lang), say("report.col_missing", lang),
             say("report.col_days", lang)],
            [[b.site_id, b.name, n(b.missing), str(b.days)] for b in report.behind],
            [26, 90, 27, 27],
            lang,
        )  # fmt: skip
    return bytes(pdf.output())


def write_report_pdf(report: DailyReport, path: Path, lang: str, replace: bool = True) -> Path:
    return write_bytes_atomically(report_pdf(report, lang), path, replace)


def _table(
    pdf: _Pdf, head: list[str], rows: list[list[str]], widths: list[float], lang: str
) -> None:
    room = int((297 - 12 - pdf.get_y()) // 5) - 2
    pdf.set_font("Helvetica", "B", 9)
    pdf.set_fill_color(220, 230, 241)
    for w, h in zip(widths, head, strict=True):
        pdf.cell(w, 5, latin(h), border=1, fill=True)
    pdf.ln()
    pdf.set_font("Helvetica", "", 9)
    shown = rows if len(rows) <= max(1, room) else rows[: max(1, room - 1)]
    for values in shown:
        for w, v in zip(widths, values, strict=True):
            numeric = v.replace(".", "").replace(",", "").isdigit()
            pdf.cell(w, 4.6, latin(v)[: int(w / 1.7)], border=1, align="R" if numeric else "L")
        pdf.ln()
    if len(shown) < len(rows):
        pdf.set_font("Helvetica", "I", 9)
        pdf.cell(0, 4.6, latin(say("wa.more", lang, n=len(rows) - len(shown))))
        pdf.ln()


def _chart(pdf: _Pdf, report: DailyReport, lang: str, top: float, height: float) -> None:
    """Cumulative people planned (blue) and recorded (green) by day; the report's day marked."""
    left, width = 38.0, 148.0
    points = report.cumulative
    if not points:
        return
    top_value = max(1, max(p for _, p, _ in points), report.people)
    pdf.set_font("Helvetica", "B", 10)
    pdf.set_xy(20, top)
    pdf.cell(0, 5, latin(say("report.chart_title", lang)), align="C")
    top += 7
    height -= 14
    bottom = top + height

    def x_of(i: int) -> float:
        return left + width * i / max(1, len(points) - 1)

    def y_of(v: int) -> float:
        return bottom - height * v / top_value

    pdf.set_draw_color(120, 120, 120)
    pdf.set_line_width(0.2)
    pdf.line(left, top, left, bottom)
    pdf.line(left, bottom, left + width, bottom)
    pdf.set_font("Helvetica", "", 8)
    for k in range(5):  # the people axis
        v = round(top_value * k / 4)
        pdf.set_draw_color(225, 225, 225)
        pdf.line(left, y_of(v), left + width, y_of(v))
        pdf.set_xy(left - 18, y_of(v) - 2)
        pdf.cell(16, 4, number(v, lang), align="R")
    step = max(1, len(points) // 6)  # the date axis: about six labels
    for i in range(0, len(points), step):
        pdf.set_xy(x_of(i) - 10, bottom + 1)
        pdf.cell(20, 4, day_month(points[i][0]), align="C")
    for column, colour in ((1, (31, 78, 120)), (2, (84, 130, 53))):
        pdf.set_draw_color(*colour)
        pdf.set_line_width(0.7)
        prev = None
        for i, (_, planned, recorded) in enumerate(points):
            value = planned if column == 1 else recorded
            if value is None:
                break
            here = (x_of(i), y_of(value))
            if prev is not None:
                pdf.line(*prev, *here)
            prev = here
    today = next((i for i, p in enumerate(points) if p[0] == report.day), None)
    if today is not None:
        pdf.set_draw_color(192, 0, 0)
        pdf.set_line_width(0.3)
        pdf.set_dash_pattern(dash=1.5, gap=1.5)
        pdf.line(x_of(today), top, x_of(today), bottom)
        pdf.set_dash_pattern()
    pdf.set_line_width(0.2)
    pdf.set_draw_color(0, 0, 0)
    legend_y = bottom + 6
    for k, (colour, key) in enumerate((((31, 78, 120), "report.legend_planned"),
                                       ((84, 130, 53), "report.legend_recorded"),
                                       ((192, 0, 0), "report.legend_today"))):  # fmt: skip
        x = left + k * 52
        pdf.set_fill_color(*colour)
        pdf.rect(x, legend_y + 1, 6, 2, style="F")
        pdf.set_xy(x + 8, legend_y)
        pdf.cell(42, 4, latin(say(key, lang)))
    pdf.set_y(legend_y + 5)
