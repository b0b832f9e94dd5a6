"""The read-only ``file:`` URI quotes the database path exactly as urllib.parse.quote does.

deskcli.store.db spells the quoting out so a read-only command need not import
urllib.parse (and ipaddress with it); a path SQLite reads differently would open
another file, or none.
"""

from __future__ import annotations

import urllib.parse

from hypothesis import given
from hypothesis import strategies as st

from deskcli.store.db import uri_quoted

#: Every UTF-8-encodable character, with the ones a URI cares about made likely.
paths = st.text(st.characters(blacklist_categories=("Cs",))) | st.text(
    st.sampled_from("/%?#&=+ ~._-aZ09ё中\x00\x7f\U0001f600"))


@given(paths)
def test_the_read_only_uri_quotes_as_urllib_does(path) -> None:
    assert uri_quoted(path) == urllib.parse.quote(path)


def test_a_name_in_another_encoding_is_quoted_as_its_bytes() -> None:
    name = b"/tmp/\xff.db".decode("utf-8", "surrogateescape")  # as os.environ holds DESK_DB=/tmp/\xff.db
    assert uri_quoted(name) == urllib.parse.quote(b"/tmp/\xff.db") == "/tmp/%FF.db"


def test_a_read_only_command_opens_a_desk_whose_name_is_not_utf8(tmp_path) -> None:
    """desk queue (read-only, through the file: URI) on a database named in Latin-1 bytes."""
    import os
    import subprocess
    import sys

    desk = os.fsencode(tmp_path) + b"/\xe9t\xe9.db"
    env = {**os.environ, "DESK_DB": os.fsdecode(desk), "DESK_NOW": "2026-11-25T12:00:00+03:00"}
    made = subprocess.run([sys.executable, "-m", "deskcli", "policy", "set", "currency", "RUB"], env=env,
                          capture_output=True, text=True)
    assert made.returncode == 0, made.stderr
    listed = subprocess.run([sys.executable, "-m", "deskcli", "queue", "--json"], env=env, capture_output=True,
                            text=True)
    assert (listed.returncode, listed.stdout.strip(), listed.stderr) == (0, "[]", "")
