"""A customer message that only thanks or confirms a fix (SPEC section 8).

"Спасибо, всё заработало!" after an answer is not a clarification: it must not send the
request to the back of the queue with a fresh deadline (2.7); it tells the agent the
request can be closed. A clarification wrongly taken for thanks would leave a customer
waiting, so the test is narrow: every sentence thanks, confirms the fix (in any words:
"сайт снова открывается", "ошибка ушла", "дело было в кэше", "that did the trick"),
closes ("вопрос снят", "отбой"), greets, or promises to write again if need be ("если что —
напишу"); no question (nor a clause that opens as one), no request, no negation or "but",
nothing that reports a fault still there, and only a few sentences. Anything else is a
clarification, as before.

The customer's own words are read: lines quoting the answer ("> ..."), a signature under a
sign-off and "Sent from my iPhone" are left out. Words are matched on the intake's normal
form (case, ё, disguised letters), by stem, from the lists of data/courtesy_words.txt.
"""

from __future__ import annotations

import re
from functools import cache

from deskcli.domain.intake import normalize
from deskcli.domain.intake.wordlists import sections

#: Openings that tell rather than ask ("как всегда быстро", "what a team", "will do").
TELLING = (("как", "всегда"), ("what", "a"), ("will", "do"), ("will", "try"), ("надо", "было"), ("нужно", "было"),
           ("как", "вы"), ("как", "и"), ("можно", "спокойно"), ("можно", "считать"))
#: Openings that ask though their second word does not ("А если клиент оплатил ...").
ASKING_PAIRS = (("а", "если"), ("and", "if"), ("а", "вдруг"), ("но", "если"))
#: A Russian imperative (пришлите, гляньте, переоформите) opening a clause asks for work,
#: unless it is courtesy ("Передайте спасибо мастеру" thanks).
_IMPERATIVE = re.compile(r"[^\W\d_]{2,}(?:ите|йте|ьте)(?:сь)?")
NOT_ASKING_IMPERATIVES = frozenset({"здравствуйте", "извините", "простите", "считайте"})
#: A closing that ends the request, with or without thanks: "Закрывайте", "вопрос снят",
#: "Отбой", "never mind", "you can close this ticket". Written as "отбой".
_STAND_DOWN = re.compile(
    r"\b(?:(?:можно|можете) )?(?:закрывать|закрыть|закрывайте|закройте)(?:,? пожалуйста,?)?"
    r"(?: (?:эту |мою |нашу )?(?:заявку|обращение|тикет|запрос|вопрос|тему|задачу))?(?=\s*(?:[.!,;)\n—–-]|$))"
    r"|\b(?:вопрос|проблема|заявка|тема) (?:снят|закрыт)[аоы]?\b|\bотбой\b|\bnever ?mind\b"
    r"|\b(?:уже |больше )?не ?актуальн\w*|\bcan be closed\b|\b(?:please )?disregard (?:my|the|this|our) "
    r"(?:last |previous |earlier )?\w+"
    r"|\b(?:you |we )?(?:can |may )?(?:please )?close (?:(?:this|the|my|our) (?:ticket|request|case|thread)\b"
    r"|(?:it|this)(?=\s*(?:[.!,;)\n—–-]|$)))"
    # "можно не смотреть", "смотреть больше не нужно", "no need to look into it anymore": the
    # staff stood down, with nothing after it (not "можно не смотреть логи, ошибка осталась")
    r"|(?:\b(?:(?:уже|больше|теперь) )?(?:(?:можно|можете) (?:уже |больше |теперь )?не|(?:уже |больше |теперь )?(?:не нужно|не надо))"
    r" (?:(?:ничего|больше|дальше|уже) )*(?:смотреть|проверять|разбираться|заниматься|искать|делать|копать|трогать)"
    r"(?: (?:это|этим|ничего|больше|дальше))*"
    r"|\b(?:смотреть|проверять|разбираться|делать) (?:ничего )?(?:больше |уже |дальше )?(?:не нужно|не надо)"
    r"|\b(?:there'?s |there is )?no (?:more )?need to (?:look|check|investigate|dig|do anything|do)"
    r"(?: (?:into it|into this|further|anymore|any more|more|at it|at this|else))*"
    r"|\b(?:you )?(?:don'?t|do not) (?:need to|have to) (?:look|check|investigate|do anything)"
    r"(?: (?:into it|into this|further|anymore|any more|at it|else))*|\bdon'?t bother)"
    r"(?=\s*(?:[.!,;)\n—–-]|$))")
#: Courtesy written with "нет", "no" or "n't" ("вопросов больше нет", "без ошибок", "no
#: worries"), and thanks that want ("хочу сказать спасибо"): rewritten as what they say.
_IDIOMS = (
    (re.compile(r"\b(?:больше |пока |других |иных )?вопросов (?:больше |пока )?(?:нет|не осталось)\b"
                r"|\bбольше (?:нет|не осталось) вопросов\b|\bno (?:further|more|other) questions\b"
                r"|\bnothing (?:else|more)(?: needed)?\b|\bthat'?s all\b|\b(?:больше )?ничего (?:больше )?не "
                r"(?:нужно|надо)\b"), ""),
    (re.compile(r"\b(?:нет проблем|no problems?|no worries)\b"), "ок"),
    (re.compile(r"\bcan'?t thank you enough\b|\bcouldn'?t be happier\b|\b(?:хочу|хотим|хотел[аи]?|want|would like"
                r"|'d like) (?:(?:to|сказать|выразить|say|вам|you|огромное|большое|our|свою|нашу) )*"
                r"(?=спасиб|благодар|поблагодар|thank)"), " спасибо "),
    (re.compile(r"\bеще раз\b"), ""),
    # an HTTP status of a fault ("каталог выдаёт 404") is an error, not an amount
    (re.compile(r"\b[45]\d\d\b(?! ?(?:руб|р\b|₽|\$|usd|eur|€|%|[кмгkmg][бb]|мс|ms|товар|заказ|шт|строк|позиц|item"
                r"|order|product|row|письм|email|mail|пользоват|user))"), " ошибка "),
    # working with errors is a fault, not a fix ("работает с ошибками")
    (re.compile(r"\b(?:работа|открыва|груз|work|load|open)\w*(?: \w+)? (?:с|со|with) (?:\w+ )?"
                r"(?:ошиб|глюк|сбо|error|bug|issue|problem)\w*"), " неисправно "),
    (_STAND_DOWN, " отбой "),
    (re.compile(r"\b(?:без|without|никаких|no|no more|ни одной) (?:(?:any|a|каких либо|каких-либо|всяких|more) )?"
                r"(?:ошиб\w*|проблем\w*|сбо[ея]\w*|глюк\w*|замечани\w*|нарекани\w*|error\w*|issues?|problems?"
                r"|hitch|glitch\w*|bugs?)\b|\b(?:ошиб\w*|проблем\w*|сбо[ея]\w*|глюк\w*) (?:больше |уже |теперь )?нет\b"),
     " безупречно "),
)
#: "больше не X", "no longer X": a fault gone where X is a fault's verb or the clause names
#: the fault ("дубли больше не создаются"), a fault where X is working ("больше не открывается").
_NO_LONGER = re.compile(r"\b(?:больше|уже|ни разу|теперь) не (\w+)|\bno longer (\w+)")
#: The cause found ("дело было в кэше", "the problem was the config"), or the customer's own
#: mistake ("сами нашли ошибку в шаблоне", "on our end"): no fault left to report.
_CAUSE = re.compile(r"\b(?:ошиб|проблем|problem|issue|error|bug|баг|глюк|причин|дело)\w* (?:был[аои]?|was|were) "
                    r"(?:в|во|с|на|у|из|in|with|on|at|that|the|a|an|our|my)\b|\b(?:it|that) was (?:the|our|my)\b")
_OWN_DOING = re.compile(
    r"\b(?:сам[аи]?|самостоятельно) (?:\w+ )?(?:нашл|нашел|разобрал|понял|исправил|починил|поправил|справил|решил)"
    r"|\b(?:мо[яй]|наш[аи]?|сво[юя]|my|our) (?:ошиб|вин|косяк|недосмотр|невнимательност|mistake|fault|bad|error|typo)"
    r"|\b(?:on|at) (?:my|our) (?:end|side)\b|\b(?:на|с) (?:моей|нашей) стороне?\b|\bпо (?:моей|нашей) вине\b")
#: Thanks for a fix of a fault ("спасибо за помощь с ошибкой", "thanks for fixing the bug").
_THANKS_FOR = re.compile(r"\b(?:спасиб|благодар|thank|appreciat)\w*(?: \w+){0,3}? (?:за|for) (?:\w+ )?"
                         r"(?:помощ|исправлен|решени|устранени|починк|подсказк|help|fix|solv|resolv|sort|look)\w*"
                         r"(?: \w+){0,3}")
#: "Если что — напишу", "Will reach out if anything else comes up", "В следующий раз сначала
#: загляну в документацию": the customer will come back if need be, nothing to do now.
_CONTACT = (r"(?:напишу|напишем|обращусь|обратимся|отпишусь|отпишемся|свяжусь|свяжемся|сообщу|сообщим|дам знать"
            r"|дадим знать|вернусь|вернемся|(?:буду|будем) (?:писать|обращаться)|(?:(?:i |we )?will|i'll|we'll) "
            r"(?:\w+ )?(?:reach out|get in touch|be in touch|contact|write|let you know|get back|ping|come back))")
_AFTERWORD = re.compile(
    rf"^(?:(?:и|а|ну|and|so) )?(?:(?:если|if|когда|when|в случае|in case|should|как только|once|в следующий раз"
    rf"|next time)\b.*\b{_CONTACT}|{_CONTACT}\b.*\b(?:если|if|когда|when|in case|should)\b)"
    r"|^(?:(?:и|а|ну|and|so) )?(?:в следующий раз|next time|впредь|на будущее|in (?:the )?future)\b"
    r"|\b(?:буду знать|будем знать|учту|учтем|запомню|(?:буду|будем) иметь в виду|lesson learned|good to know"
    r"|will keep (?:it|that|this) in mind)\b")
#: In such a promise, words of what may happen ("если что-то ещё не заработает — напишу"),
#: not of what happens now; a "you" verb ("когда исправите — напишу") still waits for work.
FORGIVEN = frozenset({"не", "еще", "else", "опять", "again", "need"})
_YOU_DO = re.compile(r"[^\W\d_]{2,}(?:ите|ете)(?:сь)?")
MAX_WORDS = 40

_WORD = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)?")
_CLAUSE = re.compile(r"[.!?…;:,()\n—–]+|\s-\s|\s(?=а\s)")
_SENTENCE = re.compile(r"[.!?…]+(?=\s|$)|\n+")
#: A sad face: "не работает(((", ":(", 🙁; emoji that thank or agree.
_SAD = re.compile(r"[^\W\d_]\(+(?:\s|$)|:-?\(|[🙁☹😞😟😢😭😕😔😩😫😤😠😡🤬]")
_EMOJI = ((re.compile(r"[🙏🤝💐]"), " спасибо "), (re.compile(r"[👍👌✅]"), " ок "))
#: Lines of an e-mail that are no text of the customer's, and the shape of a signature.
_QUOTE_LINE = re.compile(r"^\s*>")
_ATTRIBUTION = re.compile(r"(?:wrote|writes|пишет|написал\w*|<[^<>\s]+@[^<>\s]+>)\s*:\s*$", re.IGNORECASE)
#: The signature separator a mailer writes (RFC 3676, 4.3: "-- " on a line of its own, the
#: space and all): what follows is the writer's card, whatever it advertises ("Нужен сайт?
#: Звоните"), when it is one: a few lines, none of them asking.
_SIGNATURE_SEPARATOR = re.compile(r"^-- $", re.MULTILINE)
_CARD_LINES = 6
_SENT_FROM = re.compile(r"^\s*(?:sent from|get outlook|отправлено (?:с|из|через))\b", re.IGNORECASE)
_SIGN_OFF = re.compile(r"^\s*(?:с уважением|уважением|best regards|kind regards|regards|best|cheers|thanks|thank you|"
                       r"спасибо|благодарю|всего доброго|всего хорошего)\W*$|^\s*(?:--|—|__+)\s*$", re.IGNORECASE)
_ADDRESS = re.compile(r"\S+@\S+|(?:https?://|www\.)\S+|\S+\.(?:ru|com|net|org|рф)\b\S*"
                      r"|(?<!\w)(?:тел|моб|факс|tel|phone|mob|mobile|fax)\.?:?(?=[\s\d+(])", re.IGNORECASE)
#: A word of a line of names: "Петров,", "«Вектор", "+7", "123-45-67" (an address is left out first).
_NAME_WORD = re.compile(r"[«\"'(]*(?:[A-ZА-ЯЁ][\w.'’-]*|[\d()+-]+)[»\"')]*[,.]?")


@cache
def _lists() -> dict[str, tuple[str, ...]]:
    return sections("courtesy_words.txt")


@cache
def _set(name: str) -> frozenset[str]:
    return frozenset(_lists()[name])


def _has(words: list[str], joined: str, *names: str) -> bool:
    """Whether the words hold an entry of the named lists: a phrase, a =whole word, a stem."""
    for entry in (entry for name in names for entry in _lists()[name]):
        if " " in entry:
            if f" {entry} " in f" {joined} ":
                return True
        elif entry.startswith("="):
            if entry[1:] in words:
                return True
        elif any(w.startswith(entry) for w in words):
            return True
    return False


def _vetoed(words: list[str], *, faults: bool = True) -> bool:
    """Whether words turn, ask, bring news, wait, or (``faults``) report a fault."""
    names = ("turns", "asking", "news", "waiting") + ("faults", "fault_nouns") * faults
    return any(w.endswith("n't") for w in words) or _has(words, " ".join(words), *names)


def _signature(line: str) -> bool:
    """A line of a signature: a name, a company, a role, a phone or an address, and nothing
    to act on ("Товары задваиваются" under "Спасибо!" is news, not a signature). Capitals do
    not make a name: a line with a verb is a sentence ("ПОКУПАТЕЛИ ВИДЯТ ЧУЖИЕ ЗАКАЗЫ"), and
    in English, with no dictionary here, more than three words without a role or a company
    are one too ("Customers See Other Orders") (review)."""
    line = _ADDRESS.sub(" ", line)
    words = _WORD.findall(normalize(line))
    names = sum(word[:1].isupper() for word in _WORD.findall(line))
    role = _has(words, " ".join(words), "roles")
    if any(_can_be_verb(word) for word in words):
        return False
    if not role and sum(not _CYRILLIC.search(word) for word in words) > 3:
        return False
    return len(words) <= 6 and not _vetoed(words) and not _asks(words, False) and (
        not words or 2 * names >= len(words) or role)


_CYRILLIC = re.compile(r"[а-яё]", re.IGNORECASE)


def _can_be_verb(word: str) -> bool:
    """Whether a Cyrillic word can be a verb (any reading of it in the dictionary)."""
    if not _CYRILLIC.search(word):
        return False
    from deskcli.domain.intake import morphology

    return morphology.can_be(word, "VERB") or morphology.can_be(word, "INFN")


def _own_text(text: str) -> str:
    """The customer's own lines: no quoted answer, no "Sent from", no signature block."""
    separator = _SIGNATURE_SEPARATOR.search(text)
    if separator and text[:separator.start()].strip():
        card = [line for line in text[separator.end():].splitlines() if line.strip()]
        if len(card) <= _CARD_LINES and not any(_asks(_WORD.findall(normalize(line)), False) for line in card):
            text = text[:separator.start()]
    lines = text.splitlines()
    kept = [line for i, line in enumerate(lines) if line.strip() and not _QUOTE_LINE.match(line)
            and not _SENT_FROM.match(line)
            and not (_ATTRIBUTION.search(line) and any(_QUOTE_LINE.match(later) for later in lines[i + 1:i + 3]))]
    for i in range(1, len(kept)):
        if _SIGN_OFF.match(kept[i]) and len(kept) - i <= 7 and all(map(_signature, kept[i + 1:])):
            return "\n".join(kept[:i + 1])
    if len(kept) > 1 and all(map(_NAME_WORD.fullmatch, _ADDRESS.sub(" ", kept[-1]).split())) \
            and _signature(kept[-1]):
        kept = kept[:-1]
    return "\n".join(kept)


def _asks(words: list[str], worked: bool) -> bool:
    """Whether a clause opens with a question word, after any opener ("А как ...",
    "Скажите, пожалуйста, как ...", "в какой версии ..."), asks with "ли" ("можно ли",
    "есть ли") or opens with a request ("Гляньте ещё форму", "Renew our license"); "когда",
    "можно" and their like only in a sentence that says no fix worked ("when I cleared the
    cache it started working" tells)."""
    if tuple(words[:2]) in ASKING_PAIRS:
        return True
    while words and (words[0] in _set("leading")
                     or words[0] in _set("prepositions") and words[1:2] and words[1] in _set("asking_first")):
        words = words[1:]
    if not words or tuple(words[:2]) in TELLING and not (len(words) > 2 and words[2] in _set("asking_first")):
        return False
    if words[0] in _set("asking_en") or "ли" in words[1:3]:
        return True
    if _IMPERATIVE.fullmatch(words[0]) and words[0] not in NOT_ASKING_IMPERATIVES \
            and not _has(words, " ".join(words), "thanks"):
        return True
    return words[0] in _set("asking_first") and not (words[0] in _set("telling_too") and worked)


#: A cause found in the vendor's product is theirs to fix, not a fix: "it was the update that
#: broke it", "баг был в вашем модуле" (review of session 23).
_VENDORS = ("ваш", "your", "update", "обновлени", "баг", "bug")


def _faulty(clause: str, excused: bool) -> bool:
    """Whether a clause reports a fault: a fault word, or a fault noun back again or that
    nothing in the clause or its sentence (``excused``) says gone, fixed, found or thanked for."""
    words = _WORD.findall(_THANKS_FOR.sub(" ", clause))
    joined = " ".join(words)
    nouns = _has(words, joined, "fault_nouns")
    if nouns and _has(words, joined, "back"):
        return True
    if _CAUSE.search(clause) and not any(w.startswith(_VENDORS) for w in words):
        return False  # the cause found: "причина была в старой версии PHP"
    if nouns:
        if not (excused or _has(words, joined, "gone", "confirmed", "success")):
            return True
        words = [w for w in words if not _has([w], w, "gone", "fault_nouns")]
    return _has(words, " ".join(words), "faults")


def _changed(clause: str) -> bool:
    """Whether a clause tells of a change ("теперь", "now", "снова") without saying it is for
    the better: "Спасибо, теперь показывает 0 товаров" reports what it shows now."""
    words = _WORD.findall(clause)
    return len(words) > 1 and bool(_set("markers") & set(words)) \
        and not _has(words, clause, "thanks", "confirmed", "success", "working", "closing")


def _no_longer(clause: str) -> str:
    """"больше не появляется" written as a fault gone, where it is one (see _NO_LONGER)."""
    def flip(match: re.Match[str]) -> str:
        verb = match.group(1) or match.group(2)
        if verb.startswith(_lists()["not_flipping"]) or not (
                verb.startswith(_lists()["fault_verbs"]) or _has(_WORD.findall(clause), clause, "fault_nouns")):
            return match.group()
        return " безупречно "
    return _NO_LONGER.sub(flip, clause)


def _afterword(clauses: list[str]) -> int:
    """Where the sentence's closing promise to write if need be begins ("Спасибо, когда
    понадобится помощь — напишу"): the index of its first clause, or len(clauses)."""
    return next((at for at in reversed(range(len(clauses))) if _AFTERWORD.search(" ".join(clauses[at:]))),
                len(clauses))


def _sentence(sentence: str) -> set[str] | None:
    """What a sentence says ("thanks", "confirmed"), or None if it asks, requests, turns or
    reports a fault, or says anything else in more than two words."""
    clauses = [_no_longer(" ".join(_WORD.findall(clause))) for clause in _CLAUSE.split(sentence)]
    at = _afterword(clauses)
    promise = [w for w in _WORD.findall(" ".join(clauses[at:]))
               if w not in FORGIVEN and not _has([w], w, "faults", "fault_nouns")]
    if _vetoed(promise) or any(map(_YOU_DO.fullmatch, promise)):
        return None
    clauses = [clause for clause in clauses[:at] if clause]
    words = _WORD.findall(" ".join(clauses))
    joined = " ".join(words)
    worked = _has(words, joined, "confirmed") or bool(_CAUSE.search(joined))
    own_doing = bool(_OWN_DOING.search(joined))
    if _vetoed(words, faults=False) or any(_asks(_WORD.findall(clause), worked) or _faulty(clause, own_doing)
                                           or _changed(clause) for clause in clauses):
        return None
    says = {"thanks"} if _has(words, joined, "thanks") else set()
    if worked or own_doing or "отбой" in words or _has(words, joined, "success") \
            or _has(words, joined, "fault_nouns") and _has(words, joined, "gone") \
            or any(_has([w], w, "working") and (_set("markers") & set(words) or i and words[i - 1] == "все")
                   for i, w in enumerate(words)):
        says.add("confirmed")
    # a line of one or two words says nothing to act on: a name signed, "Всего доброго"
    if not says and len(words) > 2 and not _has(words, joined, "closing"):
        return None
    return says


def only_thanks(text: str) -> bool:
    """Whether a customer message only thanks support or confirms that the fix worked."""
    return _courtesy(text) is not None


def confirms_fix(text: str) -> bool:
    """Whether the message is ``only_thanks`` and says the problem is gone ("разобрались,
    всё работает") or the request closed ("вопрос снят"): the one courtesy that closes a
    request nobody has answered yet, where bare thanks may be thanks in advance."""
    return _courtesy(text) == "confirmed"


def _courtesy(text: str) -> str | None:
    """"confirmed", "thanks", or None for anything else."""
    own = _own_text(text)
    if "?" in own or _SAD.search(own):
        return None
    for pattern, written in _EMOJI:
        own = pattern.sub(written, own)
    normal = normalize(own)
    for pattern, written in _IDIOMS:
        normal = pattern.sub(written, normal)
    words = _WORD.findall(normal)
    if not words or len(words) > MAX_WORDS:
        return None
    said: set[str] = set()
    for sentence in _SENTENCE.split(normal):
        says = _sentence(sentence)
        if says is None:
            return None
        said |= says
    return "confirmed" if "confirmed" in said else "thanks" if "thanks" in said else None
