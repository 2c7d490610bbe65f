"""What one cell holds: each parser takes what offices type and refuses the rest with the
message a person reads (its key; the reader adds sheet, row and column)."""

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from scheduler.plan import DONE, LOST, PARTIAL
from scheduler.problem import CAMPAIGN, GOOD, KELURAHAN, POOR, SCHOOL
from scheduler.reader.cells import (
    blank,
    class_name,
    parse_chance,
    parse_dates_or_weekday,
    parse_network,
    parse_positive,
    parse_priority,
    parse_status,
    parse_turnout,
    parse_whole,
    type_name,
)


def refused(parse, value) -> str:
    with pytest.raises(ValueError) as e:
        parse(value)
    return e.value.args[0].key


@pytest.mark.parametrize("value", [None, "", "  ", "\t\n"])
def test_blank_is_nothing_or_spaces(value):
    assert blank(value)


@pytest.mark.parametrize("value", [0, "0", " x ", False])
def test_zero_and_text_are_not_blank(value):
    assert not blank(value)


@given(st.integers(min_value=0, max_value=10**9))
def test_a_whole_number_reads_as_typed_as_int_float_or_text(n):
    assert parse_whole(n) == parse_whole(float(n)) == parse_whole(f" {n} ") == n


def test_a_whole_number_may_be_typed_with_spaces_between_thousands():
    assert parse_whole("9 320") == 9320


@pytest.mark.parametrize("value", ["2.5", 2.5, "abc", True, "1,000"])
def test_not_a_whole_number(value):
    assert refused(parse_whole, value) == "not_whole"


@given(st.integers(max_value=-1))
def test_a_negative_number_is_refused_as_negative(n):
    assert refused(parse_whole, n) == refused(parse_whole, str(n)) == "negative"


def test_at_least_one_and_priorities_one_to_five():
    assert parse_positive(1) == 1
    assert refused(parse_positive, 0) == "at_least_one"
    assert [parse_priority(n) for n in range(1, 6)] == [1, 2, 3, 4, 5]
    assert refused(parse_priority, 0) == refused(parse_priority, 6) == "not_priority"


@given(st.integers(min_value=0, max_value=100))
def test_a_chance_is_a_share_or_a_percentage(percent):
    share = percent / 100
    assert parse_chance(f"{percent}%") == pytest.approx(share)
    assert parse_chance(share) == pytest.approx(share)
    assert parse_chance(str(share).replace(".", ",")) == pytest.approx(share)  # Indonesian comma


def test_a_chance_outside_zero_to_one_or_not_a_number_is_refused():
    assert refused(parse_chance, "120%") == refused(parse_chance, -0.1) == "chance_range"
    assert refused(parse_chance, "often") == "not_chance"


def test_turnout_may_not_be_zero():
    assert parse_turnout("95%") == pytest.approx(0.95)
    assert refused(parse_turnout, 0) == "turnout_zero"


@pytest.mark.parametrize(
    ("typed", "status"),
    [("selesai", DONE), ("Done", DONE), ("sebagian", PARTIAL), ("partial", PARTIAL),
     ("batal", LOST), (" LOST ", LOST)],
)  # fmt: skip
def test_a_status_in_either_language(typed, status):
    assert parse_status(typed) == status


def test_networks_in_either_language():
    assert parse_network("lancar") == parse_network("Good") == GOOD
    assert parse_network("tersendat") == parse_network("poor") == POOR
    assert refused(parse_network, "4G") == "not_network"
    assert refused(parse_status, "finished") == "not_status"


def test_built_in_words_in_either_language_and_an_office_s_own_as_written():
    assert type_name(" Sekolah ") == type_name("school") == SCHOOL
    assert type_name("Kelurahan") == KELURAHAN
    assert type_name("Pesantren") == "pesantren"
    assert class_name("Kampanye") == class_name("campaign") == CAMPAIGN
    assert class_name("rusak") == "damaged"
    assert class_name("Hilang") == "hilang"


def test_dates_or_a_weekday_name():
    assert parse_dates_or_weekday("2022-08-15") == frozenset({date(2022, 8, 15)})
    assert refused(parse_dates_or_weekday, "someday") == "not_date_or_weekday"
