"""The daily report: its numbers are the ones counted by hand, and its WhatsApp message is
short plain lines."""

from __future__ import annotations

from datetime import date

from scheduler.plan import ProgressRow
from scheduler.report import daily_report, whatsapp
from tests.conftest import problem, site

MON, TUE, WED, THU = (date(2024, 1, d) for d in (8, 9, 10, 11))


def hand_report():
    p = problem((site("A", 50, kecamatan="Weru"), site("B", 25, kecamatan="Bulu"),
                 site("C", 50, kecamatan="Bulu")), kits=2)  # fmt: skip
    rows = (
        ProgressRow(MON, "K1", "A", 25, 20, "done"),
        ProgressRow(MON, "K2", "A", 25, 25, "done"),
        ProgressRow(TUE, "K1", "B", 25),  # not reported
        ProgressRow(WED, "K1", "C", 25, 25, "done"),
        ProgressRow(THU, "K1", "C", 25),  # to come
    )
    return p, daily_report(p, rows, WED)


def test_the_daily_report_counts_what_was_reported_against_the_plan():
    _, r = hand_report()
    assert (r.recorded_today, r.planned_today) == (25, 25)
    assert (r.recorded_to_date, r.planned_to_date, r.planned_total, r.people) == (70, 100, 125, 125)
    assert r.unreported == 1 and r.lost == 0
    # A is 5 short of its Monday: its two kits at 25 need 1 more working day. B is not
    # reported, so not judged.
    assert [(b.site_id, b.missing, b.days) for b in r.behind] == [("A", 5, 1)]
    assert [(k.key, k.planned_total, k.planned_to_date, k.recorded_to_date, k.unreported,
             k.recorded_today) for k in r.kecamatan] == [("Bulu", 75, 50, 25, 1, 25),
                                                         ("Weru", 50, 50, 45, 0, 0)]  # fmt: skip
    assert [(s.key, s.planned_total, s.planned_to_date, s.recorded_to_date, s.unreported)
            for s in r.sites] == [("A", 50, 50, 45, 0), ("B", 25, 25, 0, 1),
                                  ("C", 50, 25, 25, 0)]  # fmt: skip
    assert [(k.key, k.planned_to_date, k.recorded_to_date) for k in r.kits] == [
        ("K1", 75, 45), ("K2", 25, 25)]  # fmt: skip
    assert r.cumulative == ((MON, 50, 45), (TUE, 75, 45), (WED, 100, 70), (THU, 125, None))
    assert [a.render("en") for a in r.advice] == ["1 site(s) behind plan (5 people)"]


def test_the_whatsapp_message_is_short_plain_lines():
    _, r = hand_report()
    assert whatsapp(r, "en") == (
        "Daily e-KTP Recording Report\n"
        "Wed 10/01/2024\n"
        "\n"
        "Today: 25 recorded (plan 25)\n"
        "To date: 70 of the 100 due (70.0%)\n"
        "Whole campaign: 125 people, 55 to go\n"
        "Not reported: 1 kit-day(s)\n"
        "\n"
        "Behind plan: 1 site(s)\n"
        "- A Site A: 5 short (1 day(s))\n"
        "\n"
        "Re-plan: advised\n"
        "- 1 site(s) behind plan (5 people)"
    )
    text = whatsapp(r, "id")
    assert "Sampai hari ini: 70 dari 100 yang seharusnya (70,0%)" in text
    assert "Susun ulang: disarankan" in text


def test_a_long_list_of_sites_behind_stays_under_a_thousand_characters():
    sites = tuple(
        site(f"SITE-{i:03}", 50, name="Sekolah Menengah Kejuruan " * 3) for i in range(40)
    )
    p = problem(sites, kits=2)
    rows = [ProgressRow(MON, "K1", s.site_id, 25, 0, "done") for s in sites]
    text = whatsapp(daily_report(p, rows, MON), "id")
    assert len(text) < 1000 and "- dan 35 lainnya" in text and "(1.000 orang)" in text
    assert "|" not in text and max(len(x) for x in text.splitlines()) < 70
