"""When a polled message counts as received (domain.arrival): its server's time, within limits."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from deskcli.domain.arrival import TRUSTED, received_at

MSK = dt.timezone(dt.timedelta(hours=3))
NOW = dt.datetime(2026, 11, 25, 10, 0, tzinfo=MSK)

offsets = st.integers(-12 * 60, 14 * 60).map(lambda minutes: dt.timezone(dt.timedelta(minutes=minutes)))
instants = st.builds(lambda seconds, zone: (NOW + dt.timedelta(seconds=seconds)).astimezone(zone),
                     st.integers(-30 * 86400, 2 * 86400), offsets)


@given(arrived=instants, floor=st.none() | instants)
def test_never_later_than_now_or_the_requests_last_turn(arrived, floor):
    received = received_at(arrived, NOW, floor=floor)
    assert received.at <= (NOW if floor is None else max(NOW, floor))


@given(arrived=instants, floor=st.none() | instants)
def test_never_before_the_requests_last_turn(arrived, floor):
    if floor is not None:
        assert received_at(arrived, NOW, floor=floor).at >= floor


@given(arrived=instants, floor=st.none() | instants)
def test_a_trusted_arrival_counts_unless_the_request_took_a_turn_after_it(arrived, floor):
    received = received_at(arrived, NOW, floor=floor)
    base = arrived if NOW - TRUSTED <= arrived <= NOW else NOW
    assert received.at == (base if floor is None or floor <= base else floor)
    assert (received.note is not None) == (arrived < NOW - TRUSTED)


@given(floor=st.none() | instants)
def test_mail_read_as_it_arrives_counts_from_now_whatever_came_before(floor):
    assert received_at(None, NOW, floor=floor) == received_at(None, NOW)


def test_read_as_it_arrived_is_now():
    assert received_at(None, NOW).at == NOW


def test_a_date_older_than_the_trusted_window_is_a_copys_and_says_so():
    old = NOW - TRUSTED - dt.timedelta(seconds=1)
    received = received_at(old, NOW)
    assert received.at == NOW and received.note is not None and "2026-11-18" in received.note
    assert received_at(NOW - TRUSTED, NOW).at == NOW - TRUSTED


def test_the_arrival_is_kept_to_the_second_in_the_zone_of_now():
    arrived = dt.datetime(2026, 11, 24, 14, 0, 5, 999_999, tzinfo=dt.UTC)
    received = received_at(arrived, NOW)
    assert received.at == dt.datetime(2026, 11, 24, 17, 0, 5, tzinfo=MSK)
    assert received.at.tzinfo == MSK


def test_an_arrival_without_an_offset_is_a_programming_error():
    with pytest.raises(ValueError, match="offset"):
        received_at(dt.datetime(2026, 11, 24, 14, 0), NOW)
