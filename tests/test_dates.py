from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from scheduler.dates import parse_date, parse_date_list, parse_range, parse_weekdays
from scheduler.formats import weekdays_text


@pytest.mark.parametrize(
    "text, expected",
    [
        ("2022-08-01", date(2022, 8, 1)),
        ("01/08/2022", date(2022, 8, 1)),
        (44774, date(2022, 8, 1)),  # an Excel serial number
    ],
)
def test_parse_date(text, expected):
    assert parse_date(text) == expected


@pytest.mark.parametrize("text", ["2022-02-30", "soon", "08-01-2022", "", 12.5, True])
def test_parse_date_rejects(text):
    with pytest.raises(ValueError):
        parse_date(text)


def test_ranges_and_lists():
    assert parse_range("2022-12-05..2022-12-07") == (date(2022, 12, 5), date(2022, 12, 7))
    assert parse_range("05/12/2022 s/d 07/12/2022") == (date(2022, 12, 5), date(2022, 12, 7))
    days = parse_date_list("2022-12-05..2022-12-07; 2022-11-17")
    assert days == {date(2022, 12, 5), date(2022, 12, 6), date(2022, 12, 7), date(2022, 11, 17)}
    with pytest.raises(ValueError, match="ends before it starts"):
        parse_range("2022-12-07..2022-12-05")


@pytest.mark.parametrize(
    "text, days",
    [
        ("Mon-Fri", {0, 1, 2, 3, 4}),
        ("Mon,Tue,Wed", {0, 1, 2}),
        ("Sen-Rab", {0, 1, 2}),
        ("Senin - Jumat", {0, 1, 2, 3, 4}),
        ("Fri-Mon", {4, 5, 6, 0}),
        ("Jumat", {4}),
        ("Kamis, Minggu", {3, 6}),
    ],
)
def test_parse_weekdays(text, days):
    assert parse_weekdays(text) == days


@pytest.mark.parametrize("text", ["", "Funday", "Mon-", "2022-01-01"])
def test_parse_weekdays_rejects(text):
    with pytest.raises(ValueError):
        parse_weekdays(text)


@given(st.frozensets(st.integers(0, 6), min_size=1), st.sampled_from(["en", "id"]))
def test_weekdays_round_trip(days, lang):
    assert parse_weekdays(weekdays_text(days, lang)) == days


@given(st.dates(date(2000, 1, 1), date(2100, 1, 1)), st.integers(0, 40))
def test_range_round_trip(first, length):
    last = first + timedelta(days=length)
    text = f"{first.isoformat()}..{last.isoformat()}"
    assert parse_range(text) == (first, last)
    assert parse_range(f"{first:%d/%m/%Y}..{last:%d/%m/%Y}") == (first, last)
