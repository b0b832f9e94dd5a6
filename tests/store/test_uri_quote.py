"""The read-only ``file:`` URI quotes the database path exactly as urllib.parse.quote does.

deskcli.store.db spells the quoting out so a read-only command need not import
urllib.parse (and ipaddress with it); a path SQLite reads differently would open
another file, or none.
"""

from __future__ import annotations

import urllib.parse

import pytest
from hypothesis import given
from hypothesis import strategies as st

from deskcli.store.db import uri_quoted

#: Every UTF-8-encodable character, with the ones a URI cares about made likely.
paths = st.text(st.characters(blacklist_categories=("Cs",))) | st.text(
    st.sampled_from("/%?#&=+ ~._-aZ09ё中\x00\x7f\U0001f600"))


@given(paths)
def test_the_read_only_uri_quotes_as_urllib_does(path) -> None:
    assert uri_quoted(path) == urllib.parse.quote(path)


def test_a_name_undecodable_from_the_file_system_fails_as_urllib_does() -> None:
    name = b"/tmp/\xff.db".decode("utf-8", "surrogateescape")
    with pytest.raises(UnicodeEncodeError):
        urllib.parse.quote(name)
    with pytest.raises(UnicodeEncodeError):
        uri_quoted(name)
