"""``domain.named.NamedTuple`` builds the class ``typing.NamedTuple`` builds, without ``typing``."""

from __future__ import annotations

import pickle
import subprocess
import sys
import typing

import pytest
from hypothesis import given
from hypothesis import strategies as st

from deskcli.domain import named


def _shape(base):
    """One class body, built by ``base``: ours or typing's."""

    class Shape(base):
        """A request's shape."""

        id: int
        subject: str
        tags: list[str] | None = None
        line: int = 1

        def label(self) -> str:
            return f"#{self.id} {self.subject}"

        @property
        def first_line(self) -> bool:
            return self.line == 1

    return Shape


Ours, Theirs = _shape(named.NamedTuple), _shape(typing.NamedTuple)


@given(st.integers(), st.text(), st.none() | st.lists(st.text()), st.integers())
def test_the_same_tuple_fields_defaults_and_methods(number, subject, tags, line) -> None:
    ours, theirs = Ours(number, subject, tags, line), Theirs(number, subject, tags, line)
    assert tuple(ours) == tuple(theirs) and repr(ours) == repr(theirs)
    assert ours._asdict() == theirs._asdict() and ours.label() == theirs.label()
    assert ours.first_line == theirs.first_line
    assert ours._replace(subject="x") == theirs._replace(subject="x")
    assert Ours(number, subject) == Theirs(number, subject)  # the defaults


def test_the_class_reads_as_typing_builds_it() -> None:
    assert Ours._fields == Theirs._fields and Ours._field_defaults == Theirs._field_defaults
    assert Ours.__doc__ == Theirs.__doc__ and Ours.__module__ == Theirs.__module__
    assert Ours.__qualname__ == Theirs.__qualname__ == "_shape.<locals>.Shape" and list(Ours.__annotations__) == list(Theirs._fields)
    assert issubclass(Ours, tuple) and Ours.__slots__ == ()


def test_a_module_level_tuple_pickles() -> None:
    from deskcli.domain.reasons import Reason

    reason = Reason("no_question", "2.8.2")
    assert pickle.loads(pickle.dumps(reason)) == reason and type(pickle.loads(pickle.dumps(reason))) is Reason


def test_what_typing_refuses_is_refused() -> None:
    with pytest.raises(TypeError):
        class Bad(named.NamedTuple):
            first: int = 0
            second: int
    with pytest.raises(AttributeError):
        class Clash(named.NamedTuple):
            value: int

            def _asdict(self):  # noqa: PLW3201
                return {}


def test_typed_rows_are_dicts_and_overload_and_cast_change_nothing() -> None:
    class Row(named.TypedDict, total=False):
        id: int

    assert Row(id=1) == {"id": 1} and isinstance(Row(id=1), dict)
    value = object()
    assert named.cast(int, value) is value and named.overload(len) is len


def test_importing_the_module_loads_no_typing() -> None:
    probe = "import sys, deskcli.domain.named, deskcli.domain.reasons; print('typing' in sys.modules)"
    assert subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True).stdout.strip() == "False"
