from datetime import date

from hypothesis import given
from hypothesis import strategies as st

from claims.dates import parse_date, recency


def test_dates_as_sources_write_them():
    assert parse_date("stated on October 22, 2019 in a campaign mailer.:") == date(2019, 10, 22)
    assert parse_date("Posted Sept. 3 2018") == date(2018, 9, 3)
    assert parse_date("22 Oct 2019, 10:15") == date(2019, 10, 22)
    assert parse_date("2019-10-22T10:15:00Z") == date(2019, 10, 22)
    assert parse_date("20170822") == date(2017, 8, 22)


def test_no_date_or_an_impossible_one_is_none():
    for text in (None, "", "in a speech", "February 30, 2019", "May 2019", "Trump said 2019 was great"):
        assert parse_date(text) is None


def test_recent_earlier_statements_score_higher_and_later_ones_lowest():
    new = date(2017, 8, 22)
    week, year, later = (recency(new, d) for d in (date(2017, 8, 15), date(2016, 8, 22), date(2017, 9, 1)))
    assert 0 > week > year > later
    assert recency(new, None) == recency(None, new) == recency(new, new) == 0.0


@given(st.dates(), st.dates(), st.integers(min_value=1, max_value=5000))
def test_recency_never_rises_with_the_gap(new, earlier, extra):
    if earlier <= new and (new - earlier).days + extra < 3650:
        older = date.fromordinal(max(1, earlier.toordinal() - extra))
        assert recency(new, older) <= recency(new, earlier) <= 0
