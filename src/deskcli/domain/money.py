"""Money as exact decimals: parsed from what an agent types, stored as kopecks, printed two ways.

Amounts never pass through float. They are built from strings, quantized to kopecks once,
kept in the database as integer minor units (sqlite-utils would turn a ``Decimal`` into a
REAL), written to JSON as strings with two decimals and shown in tables the Russian way.
"""

import re
from decimal import ROUND_HALF_UP, Context, Decimal

from deskcli.domain.errors import InvalidInput

CENT = Decimal("0.01")
MAX_INTEGER_DIGITS = 12

_GROUP_SEPARATORS = " \u00a0\u2009\u202f"
_NARROW_NO_BREAK_SPACE = "\u202f"
_NO_BREAK_SPACE = "\u00a0"
_CURRENCY_SIGNS = {"RUB": "\u20bd"}

# Forty digits hold any product of two parsed amounts (12 + 2 digits each) exactly, and a
# private context keeps a caller's decimal.getcontext() changes from reaching our rounding.
_EXACT = Context(prec=40, rounding=ROUND_HALF_UP)

_AMOUNT = re.compile(
    rf"""
    (?P<integer>[0-9]+|[0-9]{{1,3}}(?:[{_GROUP_SEPARATORS}][0-9]{{3}})+)
    (?:[.,](?P<fraction>[0-9]+))?
    """,
    re.VERBOSE | re.ASCII,
)


def parse_amount(text: str) -> Decimal:
    """Read an amount typed by a person: ``4980``, ``4 980,50``, ``1 234 567.8``.

    Accepts a decimal point or a decimal comma and space, no-break space or thin space
    between groups of three digits, because that is how amounts are copied from Russian
    invoices and spreadsheets. Grouping must be regular, so ``1,234.56`` (comma as a
    thousands separator) is refused rather than misread as 1.23456. The result is
    quantized to kopecks.

    Raises InvalidInput, naming the value, for anything that is not a plain non-negative
    amount with at most two decimals and at most twelve integer digits.
    """
    stripped = text.strip()
    match = _AMOUNT.fullmatch(stripped)
    if match is None:
        if stripped.startswith("-") and _AMOUNT.fullmatch(stripped[1:]):
            raise InvalidInput(f"amount {text!r} is negative")
        raise InvalidInput(
            f"amount {text!r} is not a number like 4980, 4 980,50 or 1234.5"
        )
    integer = "".join(ch for ch in match["integer"] if ch not in _GROUP_SEPARATORS)
    fraction = match["fraction"] or ""
    if len(fraction) > 2:
        raise InvalidInput(f"amount {text!r} has more than two decimals")
    if len(integer.lstrip("0")) > MAX_INTEGER_DIGITS:
        raise InvalidInput(
            f"amount {text!r} is absurdly large (over {MAX_INTEGER_DIGITS} digits)"
        )
    return Decimal(f"{integer}.{fraction or '0'}").quantize(CENT, context=_EXACT)


def _require_kopecks(amount: Decimal) -> None:
    if not amount.is_finite() or amount != amount.quantize(CENT, context=_EXACT):
        raise ValueError(f"{amount!r} is not a whole number of kopecks")


def to_kopecks(amount: Decimal) -> int:
    """The amount as integer minor units, for exact storage.

    Raises ValueError instead of rounding: an amount with a fraction of a kopeck here
    means a caller skipped ``parse_amount`` or ``share``, and storing it silently
    rounded would hide that.
    """
    _require_kopecks(amount)
    return int(amount.scaleb(2, context=_EXACT))


def from_kopecks(kopecks: int) -> Decimal:
    "The amount stored as integer minor units, with two decimals"
    return Decimal(kopecks).scaleb(-2, context=_EXACT)


def amount_text(amount: Decimal) -> str:
    """The amount as JSON carries it: a string with exactly two decimals, ``"4980.00"``.

    A string, not a number, so JSON readers that parse numbers as floats cannot lose kopecks.
    """
    return f"{amount.quantize(CENT, context=_EXACT):f}"


def format_money(amount: Decimal, currency: str = "RUB") -> str:
    """The amount for a table or a message: ``4 980,00 ₽``, ``12,50 USD``.

    Groups are split by narrow no-break spaces and the currency is joined by a no-break
    space, so a terminal never wraps an amount across lines.
    """
    integer, fraction = amount_text(abs(amount)).split(".")
    groups: list[str] = []
    while integer:
        groups.insert(0, integer[-3:])
        integer = integer[:-3]
    sign = "-" if amount < 0 else ""
    symbol = _CURRENCY_SIGNS.get(currency.upper(), currency)
    return f"{sign}{_NARROW_NO_BREAK_SPACE.join(groups)},{fraction}{_NO_BREAK_SPACE}{symbol}"


def share(price: Decimal, rate: Decimal) -> Decimal:
    """``price × rate``, rounded half-up to kopecks as the policy requires (section 2.3)."""
    return _EXACT.multiply(price, rate).quantize(CENT, context=_EXACT)
