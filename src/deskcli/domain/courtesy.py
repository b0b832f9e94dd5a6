"""A customer message that only thanks or confirms a fix (SPEC section 8).

"Спасибо, всё заработало!" after an answer is not a clarification: it must not send the
request to the back of the queue with a fresh deadline (2.7); it tells the agent the
request can be closed. A clarification wrongly taken for thanks would leave a customer
waiting, so the test is narrow: every sentence thanks, confirms the fix or closes; no
question (nor a clause that opens as one), no request, no negation or "but", nothing that
reports a fault, and only a few sentences. Anything else is a clarification, as before.

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
WHOLE = frozenset({"исправлено", "исправлена", "исправлены", "hi", "ok", "ок", "good", "dear", "great"})
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
    "как", "где", "почему", "зачем", "когда", "куда", "откуда", "сколько", "можно", "нужно", "надо", "что",
    "какой", "какая", "какое", "какие", "каким", "какую", "каких", "какого", "каком",
    "how", "what", "where", "why", "which", "when", "can", "could", "is", "are", "do", "does", "should", "will",
    "would", "any",
)
#: Of those, the ones that also open a sentence that tells (when I cleared the cache it
#: started working; надо было просто обновить страницу): asking only where nothing says the
#: fix worked.
TELLING_TOO = frozenset({"когда", "when", "можно", "нужно", "надо", "что"})
#: Words a clause may open with before the question: "А как ...", "And how ...", "Скажите,
#: пожалуйста, как ...", "Please tell me how ...".
LEADING = ("а", "и", "но", "еще", "ещё", "теперь", "тогда", "скажите", "подскажете", "пожалуйста", "хотелось",
           "бы", "узнать", "интересно", "and", "but", "also", "so", "now", "then", "please", "tell", "me", "us")
#: A request, wherever it stands ("Спасибо, подскажите ещё про экспорт", "пришлите счёт").
ASKING = ("подскажите", "подскажи", "подскажете", "объясните", "расскажите", "помогите", "уточните",
          "посоветуйте", "пришлите", "вышлите", "продлите", "выставьте", "обновите", "проверьте", "сделайте",
          "перенесите", "настройте", "прошу", "нужен", "нужна", "нужны", "send", "need", "want", "attached")
#: Openings that tell rather than ask ("как всегда быстро", "what a team", "will do").
TELLING = (("как", "всегда"), ("what", "a"), ("will", "do"), ("will", "try"), ("надо", "было"), ("нужно", "было"),
           ("как", "вы"), ("как", "и"), ("можно", "спокойно"), ("можно", "считать"))
#: Whole clauses that close rather than ask ("можно закрывать", "can be closed").
CLOSING_CLAUSES = frozenset({"можно закрывать", "можно закрыть", "можно закрывать заявку", "можно закрыть заявку",
                             "можно закрывать обращение", "можно закрыть обращение", "can be closed",
                             "it can be closed", "you can close it", "you can close the ticket"})
#: Closings whose words would read as a turn ("нет"): said, they only close.
_NO_MORE_QUESTIONS = re.compile(r"\b(?:больше\s+)?вопросов\s+(?:больше\s+)?нет\b|\bбольше\s+нет\s+вопросов\b")
_CLAUSE = re.compile(r"[.!?…;:,()\n—–]+|\s-\s")
_SENTENCE = re.compile(r"[.!?…\n]+")
#: What a sentence of a message that only thanks says: thanks, a fix confirmed, or the
#: request done with ("вопрос решён", "можно закрывать", "вопросов нет", "have a nice day").
CLOSING = ("вопрос", "вопросов", "закрыва", "закрыть", "закрыт", "решен", "close", "closed", "доброго",
           "хорошего", "уважением", "regards", "nice day", "great day", "отлично", "супер", "great", "perfect",
           "awesome", "excellent", "ок", "ok", "okay",
           # greetings around it ("Добрый день.", "Hello team,")
           "добрый", "доброе", "здравствуйте", "привет", "hello", "hi", "dear", "good")
#: Stems that report a fault, whatever else the message says.
FAULTS = (
    "ошибк", "упал", "слома", "пропал", "исчез", "пуст", "висн", "завис", "тормоз", "глюч", "баг", "сбой",
    "error", "broken", "crash", "fail", "bug", "wrong", "missing",
    # a problem that stays, comes back or is only partly gone (QA: "Спасибо. Проблема осталась.")
    "осталас", "осталос", "остался", "остают", "сохраня", "повторя", "недоступ", "частичн", "только",
    "белый экран", "белая страниц", "persist", "remain", "partly", "partial", "only", "blank", "unavailable",
    # the same again, or something new (second review)
    "тот же", "то же самое", "снова пишет", "другая проблема", "появилас", "появился", "слетел", "медленн",
    "same result", "down", "slowly", "slow", "another problem", "spam", "issue",
)
#: Words of a customer still waiting ("Спасибо, жду ответа"): thanks in advance, not for an answer.
WAITING = ("жду", "ждем", "ожидаю", "ожидаем", "waiting", "await", "look forward", "looking forward")
MAX_WORDS = 40

_WORD = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)?")


def _has_stem(words: list[str], joined: str, stems: tuple[str, ...]) -> bool:
    return any((" " in stem and f" {stem} " in f" {joined} ")
               or any(w == stem if stem in WHOLE else w.startswith(stem) for w in words)
               for stem in stems)


def _asks(normal: str) -> bool:
    """Whether a sentence or a clause opens with a question word, after any opener ("А как
    ...", "Скажите, пожалуйста, как ...", "Please tell me how ..."), or asks with "ли"
    ("можно ли", "есть ли"); "когда", "можно" and their like only in a sentence that says no
    fix worked ("when I cleared the cache it started working" tells)."""
    for sentence in _SENTENCE.split(normal):
        words_of_sentence = _WORD.findall(sentence)
        worked = _has_stem(words_of_sentence, " ".join(words_of_sentence), CONFIRMED)
        for clause in _CLAUSE.split(sentence):
            words = _WORD.findall(clause)
            while words and words[0] in LEADING:
                words = words[1:]
            if not words or " ".join(words) in CLOSING_CLAUSES \
                    or tuple(words[:2]) in TELLING and not (len(words) > 2 and words[2] in ASKING_FIRST):
                continue
            if words[0] in ASKING_FIRST and not (words[0] in TELLING_TOO and worked) or "ли" in words[1:3]:
                return True
    return False


def _courteous(normal: str) -> bool:
    """Whether every sentence thanks, says the fix worked, or closes: a sentence that says
    anything else (a new problem, a request, a screenshot attached) is the customer's
    clarification, not their thanks (second review)."""
    for sentence in _SENTENCE.split(normal):
        words = _WORD.findall(sentence)
        joined = " ".join(words)
        # a line of one or two words says nothing to act on: a name signed, "Всего доброго"
        if len(words) > 2 and not any(_has_stem(words, joined, stems) for stems in (THANKS, CONFIRMED, CLOSING)):
            return False
    return True


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
    normal = _NO_MORE_QUESTIONS.sub("", normalize(text))
    words = _WORD.findall(normal)
    if not words or len(words) > MAX_WORDS:
        return None
    joined = " ".join(words)
    if any(w in TURNS or w in ASKING or w.endswith("n't") for w in words) or _asks(normal) or \
            _has_stem(words, joined, FAULTS) or _has_stem(words, joined, WAITING) or not _courteous(normal):
        return None
    if _has_stem(words, joined, CONFIRMED):
        return "confirmed"
    return "thanks" if _has_stem(words, joined, THANKS) else None
