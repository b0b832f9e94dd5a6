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


@given(arrived=st.none() | instants, last_event=st.none() | instants)
def test_never_later_than_now(arrived, last_event):
    assert received_at(arrived, NOW, last_event=last_event).at <= NOW


@given(arrived=instants, last_event=st.none() | instants)
def test_a_trusted_arrival_counts_unless_the_request_recorded_something_later(arrived, last_event):
    received = received_at(arrived, NOW, last_event=last_event)
    if not NOW - TRUSTED <= arrived < NOW:
        assert received.at == NOW
        return
    assert received.note is None
    floor = arrived.replace(microsecond=0)
    if last_event is not None and last_event > floor:
        floor = min(last_event, NOW)
    assert received.at == floor


@given(arrived=instants, last_event=st.none() | instants)
def test_what_a_message_counts_from_is_no_earlier_than_the_requests_last_event(arrived, last_event):
    received = received_at(arrived, NOW, last_event=last_event)
    if last_event is not None:
        assert received.at >= min(last_event, NOW)


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
