"""Repeats (SPEC 2.8.5): what a new message says is settled is not what it asks.

"Журнал администраторов нашли. Есть ли журнал действий покупателей?" after "Есть ли журнал
действий администраторов?" shares most words with it, but the writer says the earlier
question's thing is found: he asks another. A clause that says a thing is done or fine, with
nothing undoing it, is read apart; the earlier question is settled when a thing of it stands
there and nowhere in what the new message still asks. So is a thing named only to be set
aside ("доставку курьером, а не самовывоз" after "Как настроить самовывоз?").
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Sequence
from functools import lru_cache

from deskcli.domain.intake import morphology, patterns
from deskcli.domain.intake.normalising import CYRILLIC
from deskcli.domain.intake.repeat_asides import SETTING_ASIDE
from deskcli.domain.intake.repeat_terms import Term, question_terms
from deskcli.domain.intake.wordlists import fold

# A clause that says a thing is done or fine (журнал администраторов нашли, в админке всё
# нормально, пароль поменяли по вашей инструкции; found it, works fine): settled, not asked.
_SETTLED = patterns.compile(
    r"(?<![^\W_])(?:нашли|нашел|нашла|нашлось|разобрались|помогло|получилось|работает|в\s+порядке|нормально|(?<!быть\s)(?<!был\s)(?:виден|видна|видны)"
    # done by the writer (минимальную сумму сделали, форму защитили, настроили)
    r"|сделали|защитили|настроили|включили|поставили|done"
    # done as the desk's answer said (поменяли по вашей инструкции, as you advised)
    r"|по\s+(?:вашей\s+)?инструкции|как\s+вы\s+(?:советовали|написали|сказали)|found|works|worked|fixed"
    r"|sorted|is\s+fine|are\s+fine|as\s+you\s+(?:advised|suggested|said)"
    # done already (морфологию уже включили, already enabled it), but not asked or tried already
    r"|уже\s+(?!(?:спрашива|задава|писа|обраща|пробова|пыта|проси|звони)\w*)[а-я]+(?:ли|л|ла|ло)"
    # so now (поиск теперь находит товары по артикулу; title уже разный)
    r"|теперь\s+(?:[^\s,.;:!?]+\s+){0,2}(?:наход|работа|показыва|отобража|вывод|приход|сохраня|счита|открыва)"
    r"(?:ит|ет|ят|ют|ится|ется|ятся|ются)(?![^\W_])"
    r"|уже\s+(?!(?:перв|втор|трет|четв|пят|шест|седьм|восьм|девят|десят|сотый|сотая|который|какой|никак)\w*)[а-я]+(?:ый|ий|ой|ая|ое|ые|ие)"
    r"|now\s+(?:works|finds)"
    r"|already\s+(?!(?:asked|tried|wrote|written|contacted|requested)(?![^\W_]))[a-z]+ed)(?![^\W_])"
)
# What undoes it: a negation, a doubt, a contrast inside the clause, a question.
_UNSETTLED = patterns.compile(r"(?<![^\W_])(?:не|нет|ни|но|однако|почему|ли|still|not|but|why|whether)(?![^\W_])|n't|\?")
# Clauses: a sentence cut at a comma or dash before а / но / и / but / and, or at a semicolon.
_CLAUSE = patterns.compile(r"([.!?;\n]+(?=\s|$)|[,—–-]\s*(?=(?:а|но|и|but|and)\s))")


# A thing named only to be set aside (доставка курьером, а не самовывоз; отчёт по клиентам (не
# по заказам); a coupon rather than a discount): its words, up to the next preposition
# (EUR instead of USD by default sets aside USD, not the default).
_PREPOSITION = r"(?:на|в|во|к|ко|по|для|с|со|из|от|о|об|у|за|при|on|in|to|for|at|by|of|from|with|over|under)"
# ... but "не X, а Y" with no word of amount in it sets X aside (не заказы, а именно клиентов;
# не заказу, а покупателю), where "не все товары, а только новые" narrows what was asked.
_AMOUNT = r"(?:все|всех|весь|всё|всю|всем|каждый|каждого|только|лишь|сразу|один|одну|одного)(?![^\W_])"
_AMOUNT_WORD = patterns.compile(_AMOUNT)
_NOT_THIS_BUT = rf"(?<![^\W_])не(?=\s+(?!{_AMOUNT})[^.,;:!?()\n]+,\s+а\s+(?!{_AMOUNT}))"
_SET_ASIDE = patterns.compile(
    rf"(?:(?<![^\W_])(?:{SETTING_ASIDE})|\(\s*(?:а\s+)?(?:не|not)|{_NOT_THIS_BUT})(?![^\W_])"
    rf"(?:\s+{_PREPOSITION}(?![^\W_]))?(?:\s+(?!{_PREPOSITION}(?![^\W_]))[^\s.,;:!?()]+)+"
)


def settled_apart(text: str) -> tuple[list[str], list[str], str]:
    """The clauses of a message that say something is done or fine, with nothing undoing it;
    the things it sets aside (а не самовывоз, rather than a discount); and the message without
    either (its punctuation kept)."""
    return _apart(text)[:3]


@lru_cache(maxsize=1024)
def _done_clauses(text: str) -> tuple[str, ...]:
    """The other clauses of a message that tell, with nothing undoing it, of a thing done once
    (доставку СДЭК подключили, форму создал, мы продлили лицензию): a perfective verb in the
    past tense."""
    settled, _, _, parts = _apart(text)
    done = []
    for i, clause in enumerate(parts):
        if i % 2 or clause in settled:
            continue
        # the clause may go on to ask (…подключили, как теперь печатать накладные?)
        head, *asking = _THEN_ASKS.split(clause, 1)
        if not asking and "?" in (parts[i + 1] if i + 1 < len(parts) else ""):
            continue
        if not _UNSETTLED.search(head) and any(_past(word) for word in _WORDS.findall(head)):
            done.append(head)
    return tuple(done)


# A comma after which the clause asks: как, где ..., maybe after а, и, теперь.
_THEN_ASKS = patterns.compile(
    r",\s*(?=(?:(?:а|и|теперь)\s+)*(?:как|где|куда|когда|почему|зачем|что|чем|можно|ли)(?![^\W_]))")
_WORDS = patterns.compile(r"[^\W\d_]+")


@lru_cache(maxsize=1024)
def _apart(text: str) -> tuple[list[str], list[str], str, list[str]]:
    """`settled_apart`, and the message's clauses and separators (`_CLAUSE`), once per text."""
    text = fold(unicodedata.normalize("NFKC", text))
    aside: list[str] = []

    def set_apart(match: re.Match[str]) -> str:
        # не находит новости, а товары находит; а не доходят: a negated finite verb reports a
        # fault, what it does not find is still asked about (не раздел, а товары: a noun that
        # could be read as a verb is a noun); а не только бренды раздела narrows, sets nothing aside
        words = match.group().split()
        after = words[words.index("не") + 1] if "не" in words[:-1] else ""
        if after and (morphology.can_be(after, "VERB") and not morphology.can_be(after, "NOUN") or _AMOUNT_WORD.fullmatch(after)):
            return match.group()
        aside.append(match.group())
        return " "

    parts = _CLAUSE.split(_SET_ASIDE.sub(set_apart, text))
    # a clause ended by "?" asks (на какой версии PHP работает ...?)
    settled = [c for i, c in enumerate(parts) if not i % 2 and _SETTLED.search(c) and not _UNSETTLED.search(c)
               and "?" not in (parts[i + 1] if i + 1 < len(parts) else "")]
    rest = "".join(p for i, p in enumerate(parts) if i % 2 or p not in settled)
    return settled, aside, rest, parts


def settles_earlier(a: str, b: str, terms_b: Sequence[Term], likeness: Callable[[Term, Term], float]) -> bool:
    """Whether the new message `a` says a thing of the earlier question `b` (`terms_b`) is done
    or fine and asks without it (пароль поменяли по вашей инструкции, а логин ...), or sets it
    aside (не к товару, а к группе; отключить, а не просто сбросить)."""
    settled, aside, rest = settled_apart(a)
    # A clause that tells the earlier question's own action done (доставку СДЭК подключили, как
    # теперь печатать накладные? after как подключить доставку СДЭК?) settles it as well.
    # Only an action the earlier question asks for (как подключить), not one it tells of (после
    # обновления, кто удалил); not when the message asks it again (подключили, но платежи не
    # проходят, как подключить правильно?).
    asked_b = [t for t in terms_b if t.kind == "action" and _asked_for(t.word)]

    def does(text: str, done: bool) -> bool:
        # asked again with its own verb or a synonym, not a light verb (как теперь настроить печать)
        return any(likeness(t, tb) for t in question_terms(text) if t.kind == "action" and (
            _past(t.word) if done else not any(c.startswith("light:") for c in t.concepts)) for tb in asked_b)

    doing = [c for c in _done_clauses(a) if does(c, True) and not does(rest.replace(c, " ", 1), False)] if asked_b else []
    if not settled and not aside and not doing:
        return False
    for clause in doing:
        rest = rest.replace(clause, " ", 1)
    settled = [*settled, *doing]
    asked = question_terms(rest)
    done = [t for clause in settled for t in question_terms(clause) if t.kind != "weak"]
    # (отзывы settled, комментарии asked after "премодерация отзывов": the writer tells apart
    # what the thesaurus holds alike, so a word settled as written is weighed as written)
    # (сайт медленно работает по вечерам said again: what the earlier question said settled too
    # is no thing the new one sets apart from it)
    settled_b = {t.stem for clause in settled_apart(b)[0] for t in question_terms(clause)}
    if any(
        any(likeness(s, tb) for s in done) and not any(likeness(q, tb) for q in asked)
        or any(s.stem == tb.stem for s in done) and not any(q.stem == tb.stem for q in asked)
        for tb in terms_b if tb.kind not in ("weak", "action") and tb.stem not in settled_b
    ):
        return True
    # A thing the writer sets aside is what he does not ask, an action too (а не просто сбросить),
    # unless the earlier question set it aside as well. Said "не X, а Y", whatever else he says
    # of X (не к товару, а к группе, чтобы была видна у всех товаров группы); otherwise only if
    # he does not ask about it after all (письма идут с адреса хостинга вместо нашего домена.
    # Как отправлять с нашего домена?).
    aside_b = {t.stem for thing in settled_apart(b)[1] for t in question_terms(thing)}
    asked_stems = {q.stem for q in asked}
    for thing in aside:
        contrast = thing.startswith("не ")
        for s in question_terms(thing):
            if s.kind == "weak" or not _a_thing_or_doing(s) or not contrast and s.stem in asked_stems:
                continue
            if any(s.stem == tb.stem and tb.stem not in aside_b for tb in terms_b):
                return True
    return False


def _asked_for(word: str) -> bool:
    """Whether the action `word` of the earlier question is what it asks for: an infinitive
    (как подключить). English past forms read as no action (`question_terms`), so the shape is
    Russian only."""
    return bool(CYRILLIC.search(word)) and morphology.can_be(word, "INFN")


def _past(word: str) -> bool:
    return morphology.can_be(word, "VERB", "perf", "past")


def _a_thing_or_doing(term: Term) -> bool:
    """A set-aside word that names a thing or a doing (отменить, mail), not how or by what
    (через mail(): через is the other question's word too; просто)."""
    if term.kind != "other" or not CYRILLIC.search(term.word):
        return True
    return any(morphology.can_be(term.word, grammeme) for grammeme in ("INFN", "VERB", "NOUN"))
