"""``NamedTuple`` as ``typing`` spells it, for a tenth of its cost to define (issue 15).

``typing.NamedTuple`` checks every field's annotation as it builds the class; with
``from __future__ import annotations`` each one is a string that it compiles into a
``ForwardRef``: 0.3 ms a class, 2.5 ms for the first, and ``typing`` itself loaded for it.
Nothing here reads the annotations at run time, so this builds the same class from
``collections.namedtuple``: the fields in their order, their defaults, the docstring and
the methods of the class body. Type checkers see ``typing.NamedTuple`` itself.

The same for the few other names of ``typing`` the desk needs at run time: ``TypedDict``
(a ``dict`` at run time, as a typed dict's rows are), ``overload`` and ``cast`` (which change
nothing at run time). ``TYPE_CHECKING`` is the constant of that name, which mypy knows by its
name, for modules that import ``typing`` only for their annotations: a fast command (``desk
queue``, ``desk show``) then loads no ``typing`` at all (3-4 ms).
"""

from __future__ import annotations

import collections

TYPE_CHECKING = False

if TYPE_CHECKING:
    from typing import NamedTuple as NamedTuple
    from typing import TypedDict as TypedDict
    from typing import cast as cast
    from typing import overload as overload
else:
    def cast(kind, value):
        return value

    def overload(function):
        return function

    class TypedDict(dict):
        """Base of the desk's typed rows: at run time they are dicts."""

        def __init_subclass__(cls, total=True, **kwargs):
            super().__init_subclass__(**kwargs)

    # What the class body may not define, as typing.NamedTuple refuses it.
    _PROHIBITED = frozenset(("__new__", "__init__", "__slots__", "__getnewargs__", "_fields", "_field_defaults",
                             "_make", "_replace", "_asdict", "_source"))
    _SPECIAL = frozenset(("__module__", "__name__", "__annotations__", "__qualname__"))

    class _Builder(type):
        def __new__(mcs, name: str, bases: tuple, namespace: dict):  # noqa: N804
            if not bases:  # NamedTuple itself
                return super().__new__(mcs, name, bases, namespace)
            fields = list(namespace.get("__annotations__", {}))
            defaults = [namespace[field] for field in fields if field in namespace]
            if any(field not in namespace for field in fields[len(fields) - len(defaults):]):
                raise TypeError(f"{name}: a field without a default follows one with a default")
            built = collections.namedtuple(name, fields, defaults=defaults, module=namespace.get("__module__"))
            built.__qualname__ = namespace.get("__qualname__", name)
            built.__annotations__ = dict(namespace.get("__annotations__", {}))
            for key, value in namespace.items():
                if key in _PROHIBITED:
                    raise AttributeError(f"cannot overwrite NamedTuple attribute {key}")
                if key not in _SPECIAL and key not in built._fields:
                    setattr(built, key, value)
            return built

    class NamedTuple(metaclass=_Builder):
        """Base of the desk's named tuples (see the module)."""
