"""A customer message that only thanks or confirms a fix (SPEC section 8).

"Спасибо, всё заработало!" after an answer is not a clarification: it must not send the
request to the back of the queue with a fresh deadline (2.7); it tells the agent the
request can be closed. A clarification wrongly taken for thanks would leave a customer
waiting, so the test is narrow: a word of thanks or of a confirmed fix, no question (nor a
word that asks one), no negation or "but", nothing that reports a fault, and only a few sentences. Anything else
is a clarification, as before.

Words are matched on the intake's normal form (case, ё, disguised letters), by stem.
"""

from __future__ import annotations

import re

from deskcli.domain.intake import normalize

#: Stems of thanks and of a confirmed fix, Russian and English.
THANKS = (
    "спасиб", "благодар", "спс", "пасиб", "thank", "thx", "cheers",
)
CONFIRMED = (
    "заработал", "работает", "работают", "помогл", "помогает", "решен", "решил", "решилас", "решилос",
    "исправил", "исправлен", "получилос", "все ок", "works", "working", "worked", "fixed",
    "solved", "resolved", "helped", "sorted",
)
#: Words that turn thanks into a new problem ("спасибо, но ...", "не помогло", "still").
TURNS = (
    "не", "нет", "ни", "но", "однако", "опять", "еще", "зато",
    "not", "no", "but", "however", "still", "although", "though", "anymore", "except",
    "кроме", "помимо", "besides",
)
#: Words that ask, with or without a question mark ("Спасибо! А как теперь настроить
#: доставку": review, taken for thanks). "что" and "чем" are left out: "спасибо, что помогли".
QUESTIONS = (
    "как", "где", "почему", "зачем", "когда", "куда", "откуда", "сколько", "ли", "можно", "нужно", "надо",
    "какой", "какая", "какое", "какие", "каким", "какую", "каких", "какого", "каком",
    "подскажите", "подскажи", "объясните", "расскажите", "помогите", "уточните",
    "how", "what", "where", "why", "when", "which", "can", "could", "should", "is",
)
#: Stems that report a fault, whatever else the message says.
FAULTS = (
    "ошибк", "упал", "слома", "пропал", "исчез", "пуст", "висн", "завис", "тормоз", "глюч", "баг", "сбой",
    "error", "broken", "crash", "fail", "bug", "wrong", "missing",
    # a problem that stays, comes back or is only partly gone (QA: "Спасибо. Проблема осталась.")
    "осталас", "осталос", "остался", "остают", "сохраня", "повторя", "недоступ", "частичн", "только",
    "белый экран", "белая страниц", "persist", "remain", "partly", "partial", "only", "blank", "unavailable",
)
#: Words of a customer still waiting ("Спасибо, жду ответа"): thanks in advance, not for an answer.
WAITING = ("жду", "ждем", "ожидаю", "ожидаем", "waiting", "await", "look forward", "looking forward")
MAX_WORDS = 40

_WORD = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)?")


def _has_stem(words: list[str], joined: str, stems: tuple[str, ...]) -> bool:
    return any((" " in stem and f" {stem} " in f" {joined} ") or any(w.startswith(stem) for w in words)
               for stem in stems)


def only_thanks(text: str) -> bool:
    """Whether a customer message only thanks support or confirms that the fix worked."""
    return _courtesy(text) is not None


def confirms_fix(text: str) -> bool:
    """Whether the message is ``only_thanks`` and says the problem is gone ("разобрались,
    всё работает"): the one courtesy that closes a request nobody has answered yet, where
    bare thanks may be thanks in advance."""
    return _courtesy(text) == "confirmed"


def _courtesy(text: str) -> str | None:
    """"confirmed", "thanks", or None for anything else."""
    if "?" in text:
        return None
    normal = normalize(text)
    words = _WORD.findall(normal)
    if not words or len(words) > MAX_WORDS:
        return None
    joined = " ".join(words)
    if any(w in TURNS or w in QUESTIONS or w.endswith("n't") for w in words) or _has_stem(words, joined, FAULTS) or \
            _has_stem(words, joined, WAITING):
        return None
    if _has_stem(words, joined, CONFIRMED):
        return "confirmed"
    return "thanks" if _has_stem(words, joined, THANKS) else None
