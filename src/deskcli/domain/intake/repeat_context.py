"""What a word's neighbours say about it for repeat detection (SPEC 2.8.5).

`repeat_terms` reads each word of a question by itself; some words mean something else
beside their neighbours, and a rewording often differs exactly there:

- the vendor's half of a dotted product name (*Яндекс*.Маркет) names no other thing than
  the product's half alone (Маркет): it says next to nothing;
- an e-mail address or a link in a question (admin@localhost) is the customer's data, an
  example of the fault, not a thing the question asks about;
- a light verb that only points at what is described elsewhere (как *это* сделать, как
  *такое* настроить, сделать так, *чтобы* ..., make it so that ..., ... — как сделать?) asks for no action of
  its own: the question is about the state it describes;
- seeing or showing negated (чтобы гости *не видели* цену, не показывать) is hiding;
- a date is one thing however it is written (12 сентября 2025, 12.09.2025, September 12, 2025).
"""

from __future__ import annotations

import re
import unicodedata

from deskcli.domain.intake import patterns
from deskcli.domain.intake.answerability import SIGNATURE, asks
from deskcli.domain.intake.normalising import SENTENCE_SPLIT
from deskcli.domain.intake.wordlists import fold

# E-mail addresses and links: the customer's data.
_ADDRESS = patterns.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)*|(?:https?://|www\.)\S+", re.IGNORECASE)
# A pronoun or a purpose clause next to a light verb: the verb points at something said elsewhere.
_POINTED_AFTER = patterns.compile(
    r"\s*(?:(?:это|этого|такое|такого|так|его|ее|её|их|it|this|that|them)\b|,?\s*(?:чтобы|что\s+бы|so\s+that)\b|\?)",
    re.IGNORECASE,
)
_POINTED_BEFORE = patterns.compile(r"\b(?:это|такое|так|его|ее|её|их|it|this|that)\s*$", re.IGNORECASE)
_NEGATED = patterns.compile(r"(?:(?<![^\W_])(?:не|not|never)|n['’]t)\s+$", re.IGNORECASE)
# A dotted product name's second half: a capitalised word of four letters or more (Маркет,
# Метрика, Касса), not a domain ending (Mail.ru).
_PRODUCT_HALF = patterns.compile(r"\.[A-ZА-ЯЁ][^\W\d_]{3,}")


def addresses(text: str) -> list[tuple[int, int]]:
    """Where the e-mail addresses and links of a question stand."""
    return [m.span() for m in _ADDRESS.finditer(text)]


def vendor_prefix(match: re.Match[str], text: str) -> bool:
    """Whether the word is the vendor's half of a dotted product name (Яндекс in Яндекс.Маркет)."""
    return match.group()[:1].isupper() and bool(_PRODUCT_HALF.match(text, match.end()))


def points_elsewhere(match: re.Match[str], text: str) -> bool:
    """Whether a (light) verb only points at what the question says elsewhere: как это
    сделать, как такое настроить, сделать так, чтобы ..."""
    return bool(_POINTED_AFTER.match(text, match.end()) or _POINTED_BEFORE.search(text[: match.start()]))


_LIMITED_PURPOSE = patterns.compile(
    r"(?:чтобы|что\s+бы|so\s+that)\b[^.?!]*?(?:(?<![^\W_])(?:не|not|never|no|только|лишь|only)(?![^\W_])|n['’]t)",
    re.IGNORECASE,
)


def may_want_something_stopped(text: str) -> bool:
    """Whether the state a question asks for may be something not happening or limited
    (чтобы скидки не суммировались, чтобы цены видели только оптовики, so that guests
    don't see prices): then stopping, hiding or forbidding may bring it about too; a state
    said without не or только (чтобы скидки суммировались) is not brought about by those."""
    return bool(_LIMITED_PURPOSE.search(text))


def negated(match: re.Match[str], text: str) -> bool:
    """Whether the word right before this one negates it (не видели, don't see)."""
    return bool(_NEGATED.search(text[max(0, match.start() - 12) : match.start()]))


_WORD = patterns.compile(r"[^\W_]+")


_MONTHS_RU = ("январ", "феврал", "март", "апрел", "ма", "июн", "июл", "август", "сентябр", "октябр", "ноябр", "декабр")
_MONTHS_EN = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
# A month's number by its Russian stem or its English name's first three letters (the two never meet).
_MONTH_NUMBERS = {name: number for names in (_MONTHS_RU, _MONTHS_EN) for number, name in enumerate(names, start=1)}
_MONTH_RU = rf"(?P<month>{'|'.join(_MONTHS_RU)})(?:я|а)(?![а-яё])"
_MONTH_EN = (
    r"(?P<month>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?"
    r"|nov(?:ember)?|dec(?:ember)?)\b\.?"
)
_DAY = r"(?P<day>\d{1,2})"
_YEAR = r"(?:,?\s+(?P<year>\d{4})(?:\s*(?:г\.|года?\b))?)?"
_DATES = tuple(
    patterns.compile(pattern, re.IGNORECASE) for pattern in (
        rf"(?<![\d.]){_DAY}\s+{_MONTH_RU}{_YEAR}",
        rf"(?<![\d.]){_DAY}\s+{_MONTH_EN}{_YEAR}",
        rf"(?<![\w.]){_MONTH_EN}\s+{_DAY}(?:st|nd|rd|th)?\b{_YEAR}",
        rf"(?<![\d.]){_DAY}\.(?P<month>\d{{1,2}})\.(?P<year>\d{{4}})(?![\d.])",
    )
)


def _dotted(date: re.Match[str]) -> str:
    month = date["month"].casefold()
    number = int(month) if month.isdigit() else _MONTH_NUMBERS.get(month) or _MONTH_NUMBERS[month[:3]]
    written = f"{int(date['day']):02d}.{number:02d}"
    return f"{written}.{date['year']}" if date["year"] else written


def dates_as_numbers(text: str) -> str:
    """Dates written in words or with one-digit parts, as dd.mm.yyyy (or dd.mm without a year)."""
    for pattern in _DATES:
        text = pattern.sub(_dotted, text)
    return text


def question_part(text: str) -> str:
    """The sentences that ask, without greetings, data lines and signature; the whole
    text when none asks. Dates are written one way (`dates_as_numbers`)."""
    text = dates_as_numbers(SIGNATURE.sub("", unicodedata.normalize("NFKC", text)))
    sentences = [s for s in SENTENCE_SPLIT.split(text) if s.strip()]
    asking = [i for i, s in enumerate(sentences) if asks(fold(s))]
    # "Сменили домен. Как перепривязать к нему лицензию?": a question that points back
    # with a pronoun asks about the sentence before it too.
    context = [i - 1 for i in asking if i > 0 and i - 1 not in asking and _points_back(sentences[i])]
    kept = sorted({*asking, *context})
    return "\n".join(sentences[i] for i in kept) if kept else text


# Third-person and demonstrative pronouns and adverbs that stand for something named before.
_POINTING = frozenset(
    "он она оно они его ее ему ей им ими их нем ней них нему нее ним это этот эта эти этого этой "
    "этому этим этих этом такое такой там туда тут здесь it this that them these those there".split()
)


def _points_back(sentence: str) -> bool:
    return any(word in _POINTING for word in _WORD.findall(fold(sentence)))
