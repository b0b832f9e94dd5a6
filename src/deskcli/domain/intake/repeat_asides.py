"""Where a name only restates or illustrates, for repeat detection (SPEC 2.8.5).

A re-asked question often adds a detail written as a name, a number or a quotation that the
first asking lacked. Whether that makes another question depends on the name's grammatical
role, not on the name:

- an *aside* restates or shows an example: a line quoted from an earlier mail, a name in round brackets (Юкасса (бывшая
  Яндекс.Касса), в файл для Excel (CSV)), after an illustrating word (например, типа, т.е.,
  то есть, бывший, e.g., such as, formerly), or the text of an error or message pasted after
  the word that introduces it (падает с ошибкой Allowed memory size exhausted, пишет
  «неверный формат»): the question asks about the same thing as before;
- a name *attached to a head noun* — a quoted title in apposition (раздел «Документы»,
  свойство «Материал») or a number counting the noun after it (400 позиций) — narrows that
  noun to one instance; when the other question asks about the same noun in general (a
  section, a property, goods), the name fills it (`repeats` decides, since it needs both
  questions); when the other question attached a name of its own there, the name replaces
  it, and the questions stay apart;
- a name that is the object of the asking verb itself (настроить SMTP Mail.ru) is neither,
  and another name there is another question.

A count needs no head in the other question when its noun is a mere counter (штук 300).
"""

from __future__ import annotations

import re

from deskcli.domain.intake import morphology, patterns
from deskcli.domain.intake.normalising import CYRILLIC
from deskcli.domain.intake.wordlists import fold

# The contents of round brackets: an aside, whatever stands in it.
_BRACKETED = patterns.compile(r"\(([^()\n]{1,80})\)")
# A line quoted from an earlier mail (> Ранее вы писали: ...): what was said, not asked.
_MAIL_QUOTE = patterns.compile(r"^[ \t]*>.*$", re.MULTILINE)
# A dot that ends no phrase: inside a version (8.1) or an abbreviation (т.е.).
_PHRASE = r"(?:[^.;?!()\n]|\.(?=\w))*"
# Words that introduce an example, a restatement or a former name; what follows them up to
# the end of the phrase illustrates what was said before.
_ILLUSTRATING = patterns.compile(
    r"(?<![^\W_])(?:например|напр\.|типа|вроде|т\.\s?е\.|т\.\s?к\.|то\s+есть|в\s+том\s+числе|бывш\w*|прежн\w*|"
    r"e\.\s?g\.|i\.\s?e\.|such\s+as|for\s+example|for\s+instance|formerly|previously\s+called|aka|a\.k\.a\.)"
    rf"[,:]?\s*({_PHRASE})",
    re.IGNORECASE,
)
# A name set aside, named only to say it is not what is asked about (а не через mail(), не
# через mail(), а ...; instead of the PHP mail function): up to a comma, a dash or the phrase's end.
# The words that set a thing aside, for this reading and for `repeat_settled`'s.
SETTING_ASIDE = (r"а\s+не|не\s+через|вместо|instead\s+of|rather\s+than|not\s+(?:via|through)"
                 # the login name, not the password; unpaid orders, not abandoned carts; ratings, not comments, on
                 r"|(?<=,)\s*not(?=\s+(?:the|a|an|my|our)\s|\s+\w+(?:\s+\w+)?\s*(?:,|[?.!]?\s*$))")
_SET_ASIDE = patterns.compile(
    rf"(?<![^\W_])(?:{SETTING_ASIDE})\s+((?:[^.,;:?!()\n—–]|\.(?=\w))*)",
    re.IGNORECASE,
)
# Words that introduce a pasted message: an error, a notice, what the system writes.
_MESSAGE = (
    r"(?<![^\W_])(?:ошибк\w*|сообщени\w*|уведомлени\w*|надпис\w*|пишет|писал\w*|выда[её]т|выдавал\w*|ругается|"
    r"errors?|says|said|message|reads|shows)"
)
_QUOTED_MESSAGE = patterns.compile(_MESSAGE + r"\s*[:—-]?\s*(«[^»\n]*»|“[^”\n]*”|\"[^\"\n]*\")", re.IGNORECASE)
# A Latin run pasted into Russian text after such a word: the English text of an error.
_LATIN_MESSAGE = patterns.compile(_MESSAGE + r"\s*[:—-]?\s*([A-Za-z][A-Za-z0-9_'\s:/-]*[A-Za-z0-9])", re.IGNORECASE)
# Nouns that only count (штук 300, 300 шт, 50 pieces): the number is an amount, no name.
_COUNTERS = frozenset(["штука", "шт", "pcs", "piece", "pieces", "items", "units"])


def aside_spans(text: str) -> list[tuple[int, int]]:
    """Where a question's asides stand: brackets, illustrations, pasted messages."""
    spans = [m.span(1) for m in _BRACKETED.finditer(text)]
    spans += [m.span() for m in _MAIL_QUOTE.finditer(text)]
    spans += [m.span(1) for m in _ILLUSTRATING.finditer(text)]
    spans += [m.span(1) for m in _QUOTED_MESSAGE.finditer(text)]
    spans += [m.span(1) for m in _SET_ASIDE.finditer(text)]
    if CYRILLIC.search(text):
        spans += [m.span(1) for m in _LATIN_MESSAGE.finditer(text)]
    return spans


def is_counter(word: str) -> bool:
    """Whether a word only counts what stands beside it (штук, шт, pieces)."""
    folded = fold(word)
    return folded in _COUNTERS or morphology.lemma(folded) in _COUNTERS


def attached_head(words: list[re.Match[str]], index: int, text: str, quote: tuple[int, int] | None) -> int | None:
    """The index of the noun a name is attached to: the noun right before a quoted title
    (раздел «Документы», each word of the title) or the noun a number counts (400 позиций);
    None when the name stands alone (the object of the verb, after a preposition)."""
    match = words[index]
    if quote is not None:
        before = max((k for k in range(index) if words[k].end() <= quote[0]), default=None)
        if before is not None and not text[words[before].end() : quote[0]].strip() and _is_noun(words[before].group()):
            return before
        return None
    if match.group().isdigit() and index + 1 < len(words):
        after = words[index + 1]
        if not text[match.end() : after.start()].strip() and _is_noun(after.group()):
            return index + 1
    return None


_OR = frozenset(["или", "либо", "or"])


def alternative_of(words: list[re.Match[str]], index: int, text: str) -> int | None:
    """The index of the name offered as an alternative to this one (CSV или xlsx, Excel or
    CSV, RU/EN), or None."""
    for step in (1, -1):
        near, far = index + step, index + 2 * step
        if not 0 <= near < len(words):
            continue
        first, last = sorted((index, near))
        if text[words[first].end() : words[last].start()].strip() == "/":
            return near
        if 0 <= far < len(words) and fold(words[near].group()) in _OR:
            first, last = sorted((index, far))
            if not text[words[first].end() : words[last].start()].replace(words[near].group(), "").strip():
                return far
    return None


def _is_noun(word: str) -> bool:
    folded = fold(word)
    if not CYRILLIC.search(folded):
        return False  # English has no dictionary here: any unknown word reads as a noun
    found = morphology.parses(folded)
    return bool(found) and found[0].has("NOUN") and not any(found[0].has(g) for g in ("Name", "Surn", "Geox"))
