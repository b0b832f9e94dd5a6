"""A name that reads like mat and that its writer explains: a surname "так в паспорте", a street
"a real street, sorry", a product name the writer corrects as a typo or an autocorrection
(«Еблоков и Ко»... нет, простите, «Ёлков и Ко»). A customer who meant the word does not excuse
it as a name or a slip; one who apologises for the language ("простите за мат") does not
withdraw it either, so that apology is no explanation.

Only a word written as a name counts: capitalised inside a sentence (at its start every word
is), or inside quotes (the product «Торт с ебонитовой подставкой»). The explanation follows it
in the same sentence or the next one.
"""

from __future__ import annotations

import itertools
import re

from deskcli.domain.intake import patterns
from deskcli.domain.intake.normalising import QUOTED, SENTENCE_SPLIT

_EXPLAINED = patterns.compile(
    r"опечат|автозамен|автоисправ"
    r"|(?:так|именно так) (?:и )?(?:в паспорте|по паспорту|в документах)"
    r"|(?:фамилия|имя|отчество|название)(?: у \w+)? (?:такая|такое|настоящая|настоящее|реальная|реальное)"
    r"|такая (?:у \w+ )?фамилия|фамилия (?:дизайнера|автора|мастера|владельца|основателя)"
    r"|(?:так|это) (?:его |её |их )?назвал|не смейтесь"
    # a name said to sound odd in Russian: фамилия звучит смешно, по-русски читается странно
    r"|(?:фамилия|имя|название)(?: [\w-]+)? (?:звучит|читается) (?:[\w-]+ )?(?:смешно|странно|забавно|неприлично|по-русски)"
    r"|(?:surname|last name|family name|name) (?:sounds|reads) (?:\w+ )?(?:funny|odd|strange|rude)"
    r"|\b(?:a|it's a|it is a|that's a|that is a) real (?:street|road|lane|place|town|village|name|surname|address)"
    r"|\b(?:typo|autocorrect|auto-correct|spell-?check)",
    re.IGNORECASE,
)
# "Ебатыевич... простите, Ибатович": an apology right after the word (within a few signs: the
# rest of its quote, a "нет"), followed by the word meant, as a name or in quotes, spelled
# much like it (a typo corrected, not a person addressed: "Мудаки, извините, Иван Петрович")
_CORRECTED = patterns.compile(r"(?:простите|извините|пардон|sorry)[,:]? [«\"“]?((?-i:[А-ЯЁA-Z])\w+)", re.IGNORECASE)
# how far after the word the apology may start, and how alike the word meant must be spelled
_CORRECTION_REACH = 16
_ALIKE = 0.6
# an apology for the language itself keeps the word said
_LANGUAGE = patterns.compile(
    r"(?:простите|извините|пардон|sorry)[,!]? (?:за |for )(?:мат|выражени|грубост|слово|язык|my |the |language|french)",
    re.IGNORECASE,
)


def explained_name(text: str, start: int, word: str) -> bool:
    """Whether the obscene-looking ``word`` at ``start`` of ``text`` is written as a name and
    explained after it, in its sentence or the next, as a real name, a typo or an
    autocorrection."""
    quoted = any(a < start < b for a, b in (m.span() for m in QUOTED.finditer(text)))
    before = text[:start].rstrip()
    sentence_start = not before or before[-1] in ".!?…"
    if not (quoted or word[:1].isupper() and not sentence_start):
        return False
    # to the end of the next sentence: the second break after the word, or the text's end
    breaks = [m.end() for m in itertools.islice(SENTENCE_SPLIT.finditer(text, start), 2)]
    after = text[start + len(word) : breaks[1] if len(breaks) > 1 else len(text)]
    if _LANGUAGE.search(after):
        return False
    corrected = _CORRECTED.search(after)
    return bool(_EXPLAINED.search(after) or corrected and corrected.start() <= _CORRECTION_REACH
                and _spelled_alike(word, corrected.group(1)))


def _spelled_alike(word: str, meant: str) -> bool:
    from difflib import SequenceMatcher

    return SequenceMatcher(None, word.casefold(), meant.casefold()).ratio() >= _ALIKE

