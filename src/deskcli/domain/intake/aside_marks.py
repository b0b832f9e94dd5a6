"""The writer's own marks of an aside (SPEC 2.8.4): a word that opens one (кстати, by the way,
P.S.), a return to the subject after one (ладно, к делу; anyway), or the sentence after it
calling it one (но это всё лирика). Read by `answerability` beside `digression`'s reading
of what a sentence is about."""

from __future__ import annotations

import re

from deskcli.domain.intake import patterns
from deskcli.domain.intake.cues import cues
from deskcli.domain.intake.normalising import PLAIN_WORD

# A return to the subject at a sentence's head (ладно, к делу; ну да ладно; в общем, вопрос;
# anyway, back to ...): what the sentence before it said was an aside.
_BACK_TO_IT = patterns.compile(
    r"^\W*(?:(?:ну\s+)?(?:да\s+|это\s+)?ладно|к\s+делу|ближе\s+к\s+делу|в\s+общем|короче|итак|так\s+вот"
    r"|anyway|anyhow|back\s+to|but\s+(?:i\s+)?digress|(?:so|ok|okay),?\s+(?:the|my)\s+question)(?![^\W_])",
    re.IGNORECASE,
)


def leaves_the_subject(sentence: str, following: str) -> bool:
    """Whether the writer marks a sentence as off his question: an aside word in it (кстати,
    между прочим, by the way) or a return to the subject heading the sentence after it, or
    the sentence after it calling what went before a digression (но это всё лирика)."""
    return bool(cues("aside").found(PLAIN_WORD.findall(sentence))) or set_aside_by(following)


def postscript_as_aside(text: str) -> str:
    """A postscript (P.S., П.С.) read as the aside word it is: its full stop no longer cuts
    it from the sentence it opens."""
    return _POSTSCRIPT.sub(" кстати, ", text)


_POSTSCRIPT = patterns.compile(r"(?<![^\W_])(?:p\.\s?s|п\.\s?с)(?:\.|:|(?![^\W_]))", re.IGNORECASE)


def opens_an_aside(sentence: str) -> bool:
    """Whether a sentence that asks nothing opens with an aside word (Кстати, …; By the way,
    …): the writer says himself it is off his question."""
    return "?" not in sentence and bool(cues("aside").found(PLAIN_WORD.findall(sentence)[:3]))


def set_aside_by(following: str) -> bool:
    """Whether a sentence sets the one before it aside: ну это ладно, к делу; это так, к слову."""
    return bool(_BACK_TO_IT.search(following)) or bool(_CALLED_AN_ASIDE.search(following))


_CALLED_AN_ASIDE = patterns.compile(
    r"(?<![^\W_])(?:это\s+(?:вс[её]\s+)?лирика|это\s+(?:я\s+)?так,?\s+к\s+слову|такие\s+дела|but\s+i\s+digress)(?![^\W_])",
    re.IGNORECASE,
)
