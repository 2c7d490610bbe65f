"""The Risk workbook, from a hand-made RiskReport: the figures as written, the sites at risk
by name, and the finish dates' histogram with its running share."""

from __future__ import annotations

from datetime import date, datetime

import openpyxl

from scheduler.formats import PERCENT_CELL as PERCENT
from scheduler.labels import word
from scheduler.reports import write_risk
from scheduler.risk import RiskReport, SiteRisk
from tests.conftest import problem, site

DEADLINE = date(2024, 1, 12)


def report(**kw: object) -> RiskReport:
    values: dict[str, object] = dict(
        runs=4, seed=1, deadline=DEADLINE, chance_on_time=0.75, p50=date(2024, 1, 11),
        p90=None, planned_finish=date(2024, 1, 10), people_planned=100, people_unplanned=0,
        expected_no_shows=4.6, expected_left=2.2,
        finishes=((date(2024, 1, 10), 1), (date(2024, 1, 11), 2), (None, 1)),
        sites=(SiteRisk("S2", 0.25, 2.2),),
    )  # fmt: skip
    values.update(kw)
    return RiskReport(**values)  # type: ignore[arg-type]


def risk_sheet(tmp_path, r: RiskReport, lang: str = "en"):
    p = problem((site("S1", 60), site("S2", 40, name="SMK 2 Weru", kecamatan="Bulu")))
    path = write_risk(p, r, "plan.xlsx", tmp_path / "risk.xlsx", lang)
    return openpyxl.load_workbook(path)[word("sheet.risk", lang)]


def by_label(ws) -> dict[str, tuple[object, str]]:
    return {
        row[0].value: (row[1].value, row[1].number_format)
        for row in ws.iter_rows(min_row=3, max_row=12, max_col=2)
        if row[0].value
    }


def test_the_figures_are_written_with_chances_as_percentages(tmp_path):
    lines = by_label(risk_sheet(tmp_path, report()))
    assert lines[word("plan_file", "en")][0] == "plan.xlsx"
    assert lines[word("chance_on_time", "en")] == (0.75, PERCENT)
    assert lines[word("p50", "en")][0] == datetime(2024, 1, 11)
    assert lines[word("p90", "en")][0] == word("beyond", "en")  # not done within the horizon
    assert lines[word("not_recorded", "en")][0] == 7  # 4.6 no-shows + 2.2 late, rounded


def test_a_finish_never_reached_says_never_rather_than_late(tmp_path):
    lines = by_label(risk_sheet(tmp_path, report(p50=None, never_done=0.5)))
    assert lines[word("p50", "en")][0] == lines[word("p90", "en")][0] == word("never_done", "en")


def test_the_sites_at_risk_are_named_with_their_chance(tmp_path):
    ws = risk_sheet(tmp_path, report())
    rows = [[c.value for c in row] for row in ws.iter_rows(min_row=15, max_row=16, max_col=5)]
    assert rows[1] == ["S2", "SMK 2 Weru", "Bulu", 0.25, 2.2]
    assert ws.cell(row=16, column=4).number_format == PERCENT


def test_no_site_at_risk_is_said(tmp_path):
    ws = risk_sheet(tmp_path, report(sites=()))
    assert word("no_site_at_risk", "en") in [c.value for c in ws["A"]]


def test_the_histogram_counts_runs_by_finish_date_with_the_share_done_by_each(tmp_path):
    ws = risk_sheet(tmp_path, report(), "id")
    hist = [[c.value for c in row] for row in ws.iter_rows(min_row=4, max_row=6, min_col=8)]
    assert hist == [
        [datetime(2024, 1, 10), 1, 0.25],
        [datetime(2024, 1, 11), 2, 0.75],
        [word("beyond", "id"), 1, 1.0],
    ]
    assert ws.cell(row=4, column=8).number_format == "dd/mm/yyyy"
