"""A question the customer says is asked again (SPEC 2.8.5): напомните, спрошу ещё раз,
повторно, снова вопрос про, hi again, remind me, уже спрашивал; or a sentence that tells
the same thing happened again (сайт опять лёг после обмена).

Said outright, it is the surest sign of a repeat a message can give, and a rewording
that says it is one needs less likeness to count: what a customer asks again in other
words (логотип в шапке / картинка с логотипом вверху страницы, "export the customer list"
/ "download all our buyers") keeps few words of the first asking. The words are read where they
tell of the asking, not of what is asked: a clause of condition or purpose (когда товар
снова появится, чтобы письмо приходило опять) and a sentence that asks (как снова включить
модуль, how do I make them appear again) hold them as part of the question.
"""

from __future__ import annotations

from functools import lru_cache

from deskcli.domain.intake import patterns
from deskcli.domain.intake.cues import cue_words, cues
from deskcli.domain.intake.normalising import PLAIN_WORD, SENTENCE_SPLIT
from deskcli.domain.intake.wordlists import fold

AGAIN_THRESHOLD = 0.25
"""`question_similarity` at or above which a question the customer says is asked again
counts as asked before (under `REPEAT_THRESHOLD` otherwise)."""

AGAIN_LIKENESS = 0.5
"""The likeness (before vetoes) from which a question the customer says is asked again counts as
asked before whatever the vetoes say. The vetoes tell a different question that looks like an
earlier one from a rewording of it; a customer who says he asks again and keeps half the earlier
question's weight has said which it is (снова про почту: smtp.yandex.ru / SMTP Яндекса)."""


@lru_cache(maxsize=256)  # one new question is read against each of the license's candidates
def says_asked_again(text: str) -> bool:
    """Whether a sentence of ``text`` says its question is asked again, outside a clause
    of condition or purpose."""
    condition, asking = cues("condition"), cue_words("question")
    for sentence in SENTENCE_SPLIT.split(text):
        words = PLAIN_WORD.findall(fold(sentence))
        starts = cues("asked_again").starts(words)
        if "?" not in sentence and not any(w in asking for w in words):
            starts += cues("happens_again").starts(words)
        if any(not condition.found(words[:start]) for start in starts):
            return True
    return False


# The writer's own word that he now asks something else (теперь вопрос про другое, другой вопрос,
# a different question): whatever it shares with an earlier question, he says it is not that one.
_ANOTHER_QUESTION = patterns.compile(
    r"(?<![^\W_])(?:вопрос\w*\s+(?:про|о|об|по)\s+друго\w*|друг(?:ой|ие)\s+вопрос\w*|вопрос\s+другой"
    r"|(?:another|a\s+different|a\s+separate|an\s+unrelated)\s+question|different\s+matter)(?![^\W_])"
)


@lru_cache(maxsize=256)  # read against each of the license's candidates, as says_asked_again is
def says_another_question(text: str) -> bool:
    """Whether ``text`` says its question is another one than before (вопрос про другое)."""
    return bool(_ANOTHER_QUESTION.search(fold(text)))
