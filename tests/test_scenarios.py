"""Changes a manager asks about, read as the CLI writes them and applied to a campaign."""

from datetime import date, timedelta

import pytest

from scheduler.problem import Closure
from scheduler.scenarios import (
    ExtraKits,
    LostDays,
    NetworkRate,
    NewDeadline,
    RateShare,
    ScenarioError,
    SiteWindow,
    TypeWeekdays,
    apply,
    describe,
    parse_deadline,
    parse_kits,
    parse_lost,
    parse_rate,
    parse_weekdays_change,
)
from tests.conftest import MONDAY, problem, site

WED = MONDAY + timedelta(days=2)


def test_kit_changes_parse():
    assert parse_kits("+1") == ExtraKits(1)
    assert parse_kits("2@2024-01-10") == ExtraKits(2, WED)
    assert parse_kits("-1@10/01/2024") == ExtraKits(-1, WED)
    for bad in ("", "+0", "one", "+1@soon"):
        with pytest.raises(ScenarioError):
            parse_kits(bad)


def test_other_changes_parse():
    assert parse_lost("2024-01-08..2024-01-10") == LostDays(MONDAY, WED)
    assert parse_lost("2024-01-10") == LostDays(WED, WED)
    assert parse_deadline("2024-01-10") == NewDeadline(WED)
    assert parse_weekdays_change("kelurahan=Mon-Thu") == TypeWeekdays(
        "kelurahan", frozenset({0, 1, 2, 3})
    )
    assert parse_weekdays_change("sekolah=Sen-Rab").type == "school"
    assert parse_rate("good=30") == NetworkRate("good", 30)
    assert parse_rate("tersendat=8") == NetworkRate("poor", 8)
    for parse, bad in ((parse_weekdays_change, "Mon-Thu"), (parse_rate, "fast=30"),
                       (parse_rate, "good=0"), (parse_lost, "someday")):  # fmt: skip
        with pytest.raises(ScenarioError):
            parse(bad)


def test_extra_kits_arrive_on_their_day_and_fewer_kits_leave_on_theirs():
    p = problem((site(),), kits=2)
    more = ExtraKits(2, WED).apply(p)
    assert [k.kit_id for k in more.kits] == ["K1", "K2", "X1", "X2"]
    assert more.kits[2].unavailable == frozenset({MONDAY, MONDAY + timedelta(days=1)})
    fewer = ExtraKits(-1, WED).apply(p)
    assert fewer.kits[0].unavailable == frozenset()
    assert min(fewer.kits[1].unavailable) == WED
    with pytest.raises(ScenarioError):
        ExtraKits(-2).apply(p)


def test_lost_days_close_the_office_and_a_deadline_moves_the_holidays():
    p = problem((site(),), kits=1)
    lost = LostDays(MONDAY, WED).apply(p)
    assert lost.closures == tuple(Closure(MONDAY + timedelta(days=i), "lost day") for i in range(3))
    later = NewDeadline(date(2024, 12, 31)).apply(p)
    assert later.settings.deadline == date(2024, 12, 31)
    assert later.holidays == ()  # the test problem has holidays "none"


def test_weekdays_rates_windows_and_shares():
    p = problem((site("S1", rate=20), site("S2")), kits=1)
    assert TypeWeekdays("kelurahan", frozenset({3})).apply(p).site_types[1].weekdays == {3}
    with pytest.raises(ScenarioError, match="no site type 'pasar'"):
        TypeWeekdays("pasar", frozenset({0})).apply(p)
    assert NetworkRate("poor", 8).apply(p).settings.rate_poor == 8
    wide = SiteWindow("S2", None, WED).apply(p)
    assert wide.site("S2").latest == WED
    with pytest.raises(ScenarioError):
        SiteWindow("S9", None, WED).apply(p)
    cautious = RateShare(0.8).apply(p)
    assert (cautious.settings.rate_good, cautious.settings.rate_poor) == (20, 8)
    assert cautious.site("S1").rate == 16


def test_changes_are_described_in_both_languages():
    changes = (ExtraKits(1, WED), NewDeadline(WED))
    assert describe(changes) == "1 more kit from Wed 10/01/2024; deadline Wed 10/01/2024"
    assert (
        describe(changes, "id")
        == "1 alat tambahan mulai Rab 10/01/2024; batas waktu Rab 10/01/2024"
    )
    assert describe(()) == "baseline"
    assert apply(problem((site(),)), ()) == problem((site(),))
