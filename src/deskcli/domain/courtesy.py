"""A customer message that only thanks or confirms a fix (SPEC section 8).

"Спасибо, всё заработало!" after an answer is not a clarification: it must not send the
request to the back of the queue with a fresh deadline (2.7); it tells the agent the
request can be closed. A clarification wrongly taken for thanks would leave a customer
waiting, so the test is narrow: a word of thanks or of a confirmed fix, no question (nor a
clause that opens as one), no negation or "but", nothing that reports a fault, and only a few sentences. Anything else
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
    "исправил", "исправлено", "исправлена", "исправлены", "получилос", "все ок", "works", "working", "worked",
    "fixed", "solved", "resolved", "helped", "sorted",
)
#: Stems of CONFIRMED that also begin other words: matched as whole words ("исправление" is
#: the fix still awaited, not one made: review).
WHOLE = frozenset({"исправлено", "исправлена", "исправлены"})
#: Words that turn thanks into a new problem ("спасибо, но ...", "не помогло", "still").
TURNS = (
    "не", "нет", "ни", "но", "однако", "опять", "еще", "зато",
    "not", "no", "but", "however", "still", "although", "though", "anymore", "except",
    "кроме", "помимо", "besides",
)
#: Words that ask where a sentence or a clause begins, with or without a question mark
#: ("Спасибо! А как теперь настроить доставку", "Thanks. How do I add a language": review).
#: Only there: "работает как надо", "exactly what I needed", "you can close it" are thanks.
ASKING_FIRST = (
    "как", "где", "почему", "зачем", "когда", "куда", "откуда", "сколько", "можно", "нужно", "надо",
    "какой", "какая", "какое", "какие", "каким", "какую", "каких", "какого", "каком",
    "how", "what", "where", "why", "which", "when", "can", "could", "is", "are", "do", "does", "should", "would",
)  # not "will": "Thanks, will do"
#: Words a clause may open with before the question: "А как ...", "And how ...", "Скажите,
#: пожалуйста, как ...", "Please tell me how ...".
LEADING = ("а", "и", "но", "еще", "ещё", "теперь", "тогда", "скажите", "подскажете", "пожалуйста", "хотелось",
           "бы", "узнать", "интересно", "and", "but", "also", "so", "now", "then", "please", "tell", "me", "us")
#: A request in the imperative, wherever it stands ("Спасибо, подскажите ещё про экспорт").
ASKING = ("подскажите", "подскажи", "подскажете", "объясните", "расскажите", "помогите", "уточните",
          "посоветуйте", "вопрос", "вопросы", "вопросик")
#: Openings that exclaim rather than ask: "как всегда быстро!", "как и обещали", "what a team".
EXCLAIMING = (("как", "всегда"), ("как", "и"), ("what", "a"), ("можно", "закрывать"), ("можно", "закрыть"),
              ("можно", "закрывайте"), ("can", "close"))
_CLAUSE = re.compile(r"([.!?…;:,()\n—–]+|\s-\s)")
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
    return any((" " in stem and f" {stem} " in f" {joined} ")
               or any(w == stem if stem in WHOLE else w.startswith(stem) for w in words)
               for stem in stems)


def _asks(text: str) -> bool:
    """Whether a sentence or a clause opens with a question word, after any opener ("А как
    ...", "Скажите, пожалуйста, как ...", "Please tell me how ..."), or asks with "ли"
    ("можно ли", "есть ли"); a clause that ends in "!" exclaims ("как всегда быстро!")."""
    pieces = _CLAUSE.split(normalize(text))
    for clause, end in zip(pieces[::2], [*pieces[1::2], ""], strict=True):
        words = _WORD.findall(clause)
        while words and words[0] in LEADING:
            words = words[1:]
        if not words or "!" in end or tuple(words[:2]) in EXCLAIMING:
            continue
        if words[0] in ASKING_FIRST or "ли" in words[1:3]:
            return True
    return False


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
    if any(w in TURNS or w in ASKING or w.endswith("n't") for w in words) or _asks(text) or \
            _has_stem(words, joined, FAULTS) or \
            _has_stem(words, joined, WAITING):
        return None
    if _has_stem(words, joined, CONFIRMED):
        return "confirmed"
    return "thanks" if _has_stem(words, joined, THANKS) else None
