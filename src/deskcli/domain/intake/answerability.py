"""Answerability (SPEC 2.8.2, 2.8.4): has the message a question, or only reasoning?

A message is read sentence by sentence. A sentence *asks* when it puts a question, makes
a request or reports a problem, about something support deals with. A question that is
only announced ("у меня вопрос по 1С", "можно спросить?"), small talk and status
questions ("вы работаете сегодня?", "есть новости по заявке?") and data alone (site,
edition, version, FTP access) ask nothing: a "?" does not make a question answerable.
A sentence of several words that neither asks nor touches support's subject at all
(football, the weather, a colleague) is a *digression*. No asking sentence is 2.8.2; an
asking sentence wrapped in digressions is 2.8.4.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from functools import lru_cache

from deskcli.domain.intake import morphology, patterns
from deskcli.domain.intake.aside_marks import leaves_the_subject, opens_an_aside, postscript_as_aside, set_aside_by
from deskcli.domain.intake.asking_patterns import (
    ANNOUNCED as _ANNOUNCED, ATTACHED as _ATTACHED, DATA as _DATA, INTRODUCTION as _INTRODUCTION, LABELLED_DATUM as _LABELLED_DATUM,
    ASKS_LEAVE, BACK_REFERENCE, DESK_ADDRESS, NAMES_A_QUESTION, QUESTIONS_TO_COME, PASSED_ON as _PASSED_ON, QUOTED_LINE as _QUOTED_LINE,
    SEE_ATTACHED as _SEE_ATTACHED, only_labelled, only_pasted, own_words, without_status_values,
)
from deskcli.domain.intake.asking_shapes import (
    ASKED_BEFORE as _ASKED_BEFORE, ASKS_FOR_A_FIX as _ASKS_FOR_A_FIX, INDIRECT as _INDIRECT, MONEY_BACK as _MONEY_BACK,
    only_a_vague_fault as _vague, REQUEST_NUMBER, VERSION as _VERSION, a_record, asks_in_the_thread, asked_for, asks_after_the_request,
    asks_for_a_person, asks_how_to as _asks_how_to, causes_found_away, settled_away, demands_instead, only_small_talk,
    reports_with_a_verb as _has_verb, small_talk_to_staff as _small_talk_to_staff,
)
from deskcli.domain.intake.cues import content_words, cue_words, cues, domain_words, lemma_in
from deskcli.domain.intake.digression import (
    EMOTICON, QUESTION_MARK, Aside, about_life, digression, goes_on_about, lemmas, wanders_off,
    abusive as _abusive, abusive_phrases as _abusive_phrases, addressed_imperative as _addressed_imperative,
)
from deskcli.domain.intake.judging import only_dealings_beside_taunts, rants
from deskcli.domain.intake.latin_mat import russian_in_latin as translit  # Russian in Latin letters, read by sound
from deskcli.domain.intake.normalising import CYRILLIC, LATIN, PLAIN_WORD, QUOTED, SENTENCE_SPLIT
from deskcli.domain.intake.notices import (
    CONTACT_ME as _CONTACT_ME, DESK_HOURS as _DESK_HOURS, FOR_THE_RECORD as _FOR_THE_RECORD, LATER as _LATER,
    LATER_OR_NOTICE as _LATER_OR_NOTICE, NOTICE as _NOTICE, OWN_SAYING as _OWN_SAYING, REDIRECT as _REDIRECT, told_later,
)
from deskcli.domain.reasons import Reason

NO_QUESTION, OFF_TOPIC = Reason("no_question", "2.8.2 no question support can answer"), Reason(
    "off_topic", "2.8.4 extraneous reasoning unrelated to the question")  # also the learned model's (learned.py)
# Imperatives that ask to be told (скажите, подскажите, tell me): they lead a question.
_ASKING_IMPERATIVES = frozenset(("сказать", "подсказать", "объяснить", "уточнить", "tell", "explain"))
_ENDS_IN_AN_ENTITY = patterns.compile(r"&(?:#\d{1,7}|#x[0-9a-f]{1,6}|[a-z][a-z0-9]{1,31});\Z")
_TITLE = patterns.compile(r"«[^»\n]*»|“[^”\n]*”|„[^“”\n]*[“”]")
_SENTENCE_END = patterns.compile(r"[?!]+")
# Content words of digressions beside a question that wander off it (2.8.4): one sentence about football is enough.
DIGRESSION_WORDS = 4
# Without any question, this much digression is reasoning rather than a message that
# forgot to ask (2.8.4 rather than 2.8.2).
REASONING_WORDS = 20
# A statement about the product with a verb is a report, even when it names no symptom
# support knows ("на странице товара выводится «Array» вместо значения свойства").
REPORT_WORDS = 5

# A sign-off and what follows it (a name, a phone number) are neither question nor digression.
SIGNATURE = patterns.compile(
    r"(?:^|(?<=[.!?\n]))[ \t]*(?:(?:с уважением|best regards|kind regards|regards|--[ \t]*\n).*"
    # "Thanks,\nJana Novak\nwebmaster, Alpen Tours": thanks on a line of its own and a few
    # short lines that ask nothing close the message
    r"|(?:thanks|thank you|many thanks|cheers|спасибо|заранее спасибо)[ \t]*[,!.]?[ \t]*\n[^?]{0,120}\Z)",
    re.IGNORECASE | re.DOTALL,
)
# A negated verb reports a fault ("не выгружается", "не реагируют", "not delivered"); a
# negated anything else ("не всё так плохо") does not, hence the verb endings.
_NEGATED_VERB = patterns.compile(
    r"(?<!\S)(?:не|not)\s+\S+(?:ет|ит|ют|ят|ут|ат|ется|ится|ются|ятся|ал|ала|али|ало|ил|ила"
    r"|или|ило|ел|ела|ели|ся|сь|ed|en|wn|ing)(?!\S)"
)


# Where a clause of a sentence ends: a comma, a semicolon, a colon, a dash between words.
_CLAUSE_BREAK = patterns.compile(r"\s*(?:[,;:]|\s[—–-])\s*")


def _after_the_request_with_reasons(sentence: str) -> bool:
    """Whether one clause asks after the request itself and the others only give reasons
    that ask nothing (прошу ускорить рассмотрение заявки, у нас завтра запуск акции; прошу
    объединить заявки, отправил дважды). A clause that asks or reports a fault (…, у нас
    не работает корзина) keeps the sentence asking, and so does one led by a question
    word (подскажите, как посмотреть, кто …)."""
    clauses = [c for c in _CLAUSE_BREAK.split(sentence) if PLAIN_WORD.search(c)]
    lead = [c for c in clauses if asks_after_the_request(c)]
    return len(clauses) > 1 and bool(lead) and all(
        c in lead or not asks(c) and not _led_by_a_question(PLAIN_WORD.findall(c)) for c in clauses)


def _sends_data(words: Sequence[str]) -> bool:
    """Whether the sentence sends something (прикладываю скриншот, log attached) rather
    than asking: a verb of sending neither infinitive nor imperative."""
    for word in words:
        if not lemma_in(word, "sending"):
            continue
        found = morphology.parses(word)
        if not found or not (found[0].has("INFN") or found[0].has("impr")):
            return True
    return False


def _reports(parses: Sequence[morphology.Parse]) -> bool:
    return bool(parses) and any(parses[0].has(tag) for tag in ("VERB", "INFN", "ADJS", "PRTS"))


def _negations(words: Sequence[str]) -> list[int]:
    """Where не + a verb or short adjective reports a fault (не выгружается, не помогли, не
    видна); не + anything else does not (не всё так плохо). English: not, n't."""
    found = [
        index
        for index, (before, word) in enumerate(itertools.pairwise(words))
        if before == "не" and _reports(morphology.parses(word))
    ]
    joined = " ".join(words)
    found += [len(joined[: m.start()].split()) for m in _NEGATED_VERB.finditer(joined)]
    # не отвечаете, не читаете: answering, reading, waiting in the second person (or asked
    # of the reader: не отвечайте) speak of the desk, not of the product (не можете починить
    # корзину still reports the cart); so do they after никто (никто не отвечает, nobody reads)
    return [
        at for at in found
        if not _desk_not_doing(words[at + 1 : at + 2], nobody=at > 0 and words[at - 1] in ("никто", "nobody"))
    ]


def _desk_not_doing(words: Sequence[str], nobody: bool = False) -> bool:
    return any(
        (found := morphology.parses(w)) and (nobody or found[0].has("2per") or found[0].has("impr"))
        and (lemma_in(w, "status") or lemma_in(w, "desk_doing"))
        for w in words
    )


@lru_cache(maxsize=4096)
def asks(sentence: str, told: bool = True) -> bool:
    """Whether a sentence asks, requests or reports something support can answer; a fault
    only ``told`` (no "?", nothing asked of it) counts when ``told`` is true.

    A problem needs a subject of support's (письма не уходят, not "не спешили"); a
    question needs a "?" or a question word at its head (подскажите, как ...), not a
    "как" of comparison inside a sentence; a request needs something to do.
    """
    sentence = _PASSED_ON.sub(" ", _FOR_THE_RECORD.sub(" ", DESK_ADDRESS.sub(" ", sentence)))
    announced = [*_ANNOUNCED.finditer(sentence)]
    # хочу задать несколько вопросов, ничего, если сразу три?: leave to send the questions announced
    if announced and (QUESTIONS_TO_COME.search(after := sentence[announced[-1].end():])
                      or ASKS_LEAVE.fullmatch(" ".join(PLAIN_WORD.findall(after)))):
        return False
    # the sentence less what it announces (each announcement a space, as re.sub would leave it)
    ends = [0, *(e for m in announced for e in m.span()), len(sentence)]
    sentence = settled_away(_MONEY_BACK.sub(" ", " ".join(sentence[a:b] for a, b in zip(ends[::2], ends[1::2], strict=True))))
    # "пошли вы …", "идите вы …": abuse in the form of a request asks for nothing
    sentence = _abusive_phrases().sub(" ", sentence)
    questioned = bool(QUESTION_MARK.search(sentence))
    if not questioned and (_LABELLED_DATUM.fullmatch(sentence.strip()) or a_record(sentence)):
        return False
    if not questioned and (_REDIRECT.search(sentence) or _OWN_SAYING.search(sentence) or _NOTICE.search(sentence)):
        return False
    if asks_for_a_person(PLAIN_WORD.findall(sentence), questioned):
        return False
    # сегодня поддержка работает?: the desk's hours, with nothing of the product beside them
    if _DESK_HOURS.search(sentence) and not domain_words(rest := PLAIN_WORD.findall(_DESK_HOURS.sub(" ", sentence))) and len(
            content_words(rest)) <= 2:
        return False
    sentence = without_status_values(sentence) if not questioned else sentence
    data = bool(_DATA.search(sentence))
    sentence = _DATA.sub(" ", sentence) if data else sentence
    raw = " ".join(PLAIN_WORD.findall(sentence))
    polite = cue_words("polite")
    joined = " ".join(w for w in raw.split() if w not in polite)
    # как раз, как будто, так же как: a "как" that asks nothing
    words = cues("not_asking").without(cues("small_talk").without(joined.split()))
    joined = " ".join(words)
    content = content_words(words)
    # «Читайте документацию»: an imperative in a quoted phrase is someone else's words,
    # reported (a quoted word alone is a name: тег «Страхуй»)
    quoted = {w for q in QUOTED.findall(sentence) if len(found := PLAIN_WORD.findall(q)) > 1 for w in found}
    request = cues("request").found(_not_past(asked_for(cues("not_asking").without(raw.split())))) or _addressed_imperative(
        _unnegated([w for w in words if w not in quoted])
    )
    asking = questioned or request or any(w in cue_words("question") for w in words) or bool(_INDIRECT.search(sentence))
    if not content:
        # "Fatal error: … Что сделать?": the pasted datum is what the question is about
        return data and asking
    if _ASKED_BEFORE.search(sentence) and domain_words(words):
        return True
    if asks_after_the_request(sentence) or not questioned and _after_the_request_with_reasons(sentence):
        return False
    if not asking and _INTRODUCTION.search(sentence):
        return False
    # "высылаю доступы, как просили": a "как" of comparison, not a question
    # "please find the log attached": politeness around data sent is no request
    plain_request = request and not _SEE_ATTACHED.search(sentence)
    if not (questioned or plain_request) and (_sends_data(words) or _ATTACHED.search(sentence)) and not _negations(words):
        return False
    if data and not asking and len(content) < 2:
        return False
    # The product's own name alone does not make a subject (это техподдержка HostCMS?).
    domain = [w for w in domain_words(words) if not lemma_in(w, "product_name")]
    negated = _negations(words)
    # письма не уходят, не приходят SMS, письма на gmail не доходят (no verb between): a fault's subject
    near = {i for at in negated for i in range(at - 4, at + 4)
            if i >= at - 2 or not any(_reports(morphology.parses(w)) for w in words[i + 1 : at])}
    subject = domain or [w for i, w in enumerate(words) if w in cue_words("problem_subject") and (i in near or not negated)]
    led = _led_by_a_question(words) or bool(domain_words(words)) and _asks_how_to(words)
    problem = bool(negated) or cues("problem").found(words)
    # "сайт не работает", "проблема с корзиной, помогите": a fault with nothing said of it
    if not questioned and _vague(sentence, words, content):
        return False
    if subject and problem and (told or questioned):
        return questioned or not told_later(sentence, [words[at + 1] for at in negated])
    # перезвоните мне, свяжитесь со мной: a call asked for, about nothing yet; уведомляем, что ...
    # (a request beside what is to come later still asks: подскажите, где …, подробности напишу позже)
    called = _CONTACT_ME.search(sentence) and not domain_words(PLAIN_WORD.findall(_CONTACT_ME.sub(" ", sentence)))
    if not questioned and (called or _LATER_OR_NOTICE.search(sentence)
                           or _LATER.search(sentence) and not asks(_LATER.sub(" ", sentence), False)):
        return False
    # "вы ещё не ушли на праздники?", "у вас бывают выходные?": a question put to the staff
    # about nothing of the product is small talk
    # (скажите, а вы ...?: an imperative of asking leads the question, it asks no work)
    asks_work = request and (cues("request").found(cues("not_asking").without(raw.split())) or _addressed_imperative(
        [w for w in words if morphology.lemma(w) not in _ASKING_IMPERATIVES]
    ))
    if questioned and not domain and not asks_work and _small_talk_to_staff(raw.split(), content):
        return False
    # как обновиться до 7.0.5?: the version is what the question is about
    named = domain or len(content) >= 2 or _names_a_tool(words, content) or _VERSION.search(sentence)
    if (questioned or led or request or _INDIRECT.search(sentence)) and named:
        return True
    return told and len(content) >= REPORT_WORDS and len(domain) >= 2 and _has_verb(words)


def _not_past(words: Sequence[str]) -> list[str]:
    """The words less verbs in the past: помогли, просили tell what was done, ask nothing
    (with бы they wish it: хотелось бы, если бы вы помогли)."""
    if any(w in ("бы", "б") for w in words):
        return list(words)
    return [w for w in words if not ((found := morphology.parses(w)) and found[0].has("VERB", "past"))]


def _unnegated(words: Sequence[str]) -> list[str]:
    """The words less each "не" and the word it negates: a negated imperative (не волнуйтесь,
    не обращайте внимания, не отвечайте) asks for no work."""
    return [w for i, w in enumerate(words) if w != "не" and (i == 0 or words[i - 1] != "не")]


def _names_a_tool(words: Sequence[str], content: Sequence[str]) -> bool:
    """Whether a Russian question not put to the staff names a thing in Latin letters
    (нужен ли ioncube?, поддерживается ли memcached?): in a ticket that is a program,
    library or service, the subject of a technical question."""
    if any(w in cue_words("addressee") for w in words) or not any(CYRILLIC.search(w) for w in words):
        return False
    return any(w.isascii() and w.isalpha() and len(w) >= 3 for w in content)


def _led_by_a_question(words: Sequence[str]) -> bool:
    """Whether a question word heads the sentence, after greetings and particles (добрый
    день, а как ..., блин, как ...), not inside it ("вчера смотрел, как ..."), nor a "what a"
    exclaimed (what a bunch of clowns)."""
    filler = cue_words("filler")
    for at, word in enumerate(words[:4]):
        if word in cue_words("question"):
            return not (word == "what" and words[at + 1 : at + 2] in (["a"], ["an"]))
        if word not in filler and word not in ("а", "и", "ну", "так", "вот", "and", "so") and not _abusive(word):
            return False
    return False


def _asks_of_the_product(sentence: str, words: Sequence[str]) -> bool:
    """Whether a sentence puts a question (a "?", a question word at its head) about the
    product: something of it named besides its name."""
    return bool(QUESTION_MARK.search(sentence) or _led_by_a_question(words)) and any(
        not lemma_in(w, "product_name") for w in domain_words(words))


def _names_the_request(words: Sequence[str]) -> bool:
    """Whether the words name the request or its status (заявка, статус, ticket)."""
    return any(lemma_in(w, "ticket") or lemma_in(w, "status") for w in words)


def _follows_up(previous: str, sentence: str, told: bool = True) -> bool:
    """A short question about the sentence before it: "Удалил группу товаров. Как восстановить?"."""
    joined = " ".join(PLAIN_WORD.findall(sentence))
    if _ANNOUNCED.search(joined):
        return False  # "Меня зовут Ольга. Хочу кое-что спросить, можно?" asks nothing yet
    said = joined.split()
    if only_small_talk(said) or only_small_talk(PLAIN_WORD.findall(previous)):
        return False  # "Это снова я, Ольга. Как ваши дела?": small talk asks of no sentence, nor is asked of
    if (ASKS_LEAVE.fullmatch(joined.strip()) or QUESTIONS_TO_COME.search(sentence)) and NAMES_A_QUESTION.search(previous):
        return False  # "Вопрос по оплате. Можно задать?": the question is announced, not asked
    # "… выгрузку удалили. Восстановите её, как было.": an imperative whose object is the
    # sentence before's (её, его, их; снова, обратно), not "Перезвоните" or "Так и запишите"
    asking = QUESTION_MARK.search(sentence) or cues("request").found(_not_past(joined.split())) or (
        BACK_REFERENCE.search(joined) and _addressed_imperative(_unnegated(said)))
    # "Прошло четыре дня. Когда будет ответ?" asks after the request, not about the sentence before;
    # "Лента RSS показывает мусор. Есть решение?" asks for a fix of what the product does
    after_the_request = asks_after_the_request(sentence) and not (
        _ASKS_FOR_A_FIX.search(sentence) and domain_words(PLAIN_WORD.findall(previous))
        and not asks_after_the_request(previous))
    return bool(asking) and not after_the_request and asks(f"{previous} {sentence}", told)


def _sentences(text: str) -> list[str]:
    """``text`` split where its sentences end, but not at the ";" of an HTML entity the
    customer quotes ("the feed shows &quot; entities. Any fix?")."""
    found, start = [], 0
    for end in SENTENCE_SPLIT.finditer(text):
        if "\n" not in end.group() and _ENDS_IN_AN_ENTITY.search(text, start, end.start()):
            continue
        found.append(text[start:end.start()])
        start = end.end()
    found.append(text[start:])
    return found


def answerability_flags(normalized: str, abusive: bool = False, follow_up: bool = False) -> list[Reason]:
    """no_question (2.8.2) or off_topic (2.8.4); off_topic wins, being the more telling.

    In an ``abusive`` message (mat or an aimed insult found), a sentence that only judges
    the desk's service asks nothing: a rant against support is no question about the product.
    In a ``follow_up`` (a customer's message in a request's thread) a question led by a
    question word asks even without its object: "Не помогло. Что ещё?" asks about the
    answer before it, which a new request could not.
    """
    if only_pasted(normalized.splitlines()) or only_labelled(normalized):
        return [NO_QUESTION]
    # a title in typographic quotes («Что? Где? Когда?») ends no sentence and asks nothing
    said_here = _TITLE.sub(lambda m: _SENTENCE_END.sub(",", m.group()),
                           causes_found_away(_QUOTED_LINE.sub("", postscript_as_aside(own_words(normalized)))))
    sentences = [
        part for s in _sentences(SIGNATURE.sub("", said_here)) for part in EMOTICON.split(s) if part.strip()
    ]
    # a fault beside a demand for money or a person grounds an abusive complaint: "… не платит. Верните деньги."
    told = not (abusive and demands_instead(said_here))
    alone = [(asks(s, told) or follow_up and asks_in_the_thread(s)) and not (abusive and rants(s))
             and not (i and NAMES_A_QUESTION.search(sentences[i - 1]) and QUESTIONS_TO_COME.search(s))
             for i, s in enumerate(sentences)]
    asking = [
        ask or (index > 0 and _follows_up(sentences[index - 1], sentences[index], told))
        for index, ask in enumerate(alone)
    ]
    said = [PLAIN_WORD.findall(s) for s in sentences]
    # деньги верните, пересчитайте счёт: a demand of the desk, beside taunts (кто у вас там отвечает?)
    if abusive and only_dealings_beside_taunts(said_here, sentences, asking):
        asking = [False] * len(sentences)
    if abusive and REQUEST_NUMBER.search(said_here):
        # abuse that names its open request by number chases that request: a question about the
        # product in it still asks (почему не применяется скидка?), a demand or a fault told does not
        # (a short question reads the sentence before it, unless it asks after the request: что за статус?)
        asking = [ask and _asks_of_the_product(s, [*(said[i - 1] if i and not alone[i] and not _names_the_request(w) else ()), *w])
                  for i, (s, w, ask) in enumerate(zip(sentences, said, asking, strict=True))]
    # what the writer sets aside himself (… Ну это ладно. Подскажите …) asks nothing beside a question
    set_aside = [(set_aside_by(following) or opens_an_aside(s)) and not (_negations(w) and domain_words(w))  # a fault stays
                 for s, w, following in zip(sentences, said, [*sentences[1:], ""], strict=False)]
    if any(ask and not aside for ask, aside in zip(asking, set_aside, strict=True)):
        asking = [ask and not aside for ask, aside in zip(asking, set_aside, strict=True)]
    question = frozenset().union(*(lemmas(w) for w, ask in zip(said, asking, strict=True) if ask))

    def about_product(index: int) -> bool:
        """Whether a sentence other than this one asks about the product."""
        return any(ask and domain_words(w) and i != index for i, (w, ask) in enumerate(zip(said, asking, strict=True)))

    # In a Russian message a sentence without a Cyrillic letter is pasted (an error, a log
    # line, CSS), not a digression.
    # Russian typed in Latin letters (net raskladki, kak ...) is read as Russian: this rule
    # cannot tell its digressions from its question.
    russian = len(CYRILLIC.findall(normalized)) > len(LATIN.findall(normalized)) or translit(normalized)

    def aside(index: int) -> Aside:
        """Content words of a sentence off the question, however short (none if on it)."""
        s, w = sentences[index], said[index]
        if russian and not CYRILLIC.search(s):
            return Aside()
        if not asking[index]:
            if index and goes_on_about(w, said[index - 1]):
                return Aside()
            following = sentences[index + 1] if index + 1 < len(sentences) else ""
            return digression(s, question, minimum=1, marked=leaves_the_subject(s, following))
        # Beside a question about the product, a question put to the staff about anything
        # else (как вы думаете, что будет с курсом доллара?, у вас тоже все на удалёнке?)
        # is small talk, not a second question; so is any sentence about the writer's life
        # (сначала заболел ребёнок, теперь вот сайт), whatever it asks or complains of.
        if not about_product(index):
            return Aside()
        if about_life(w) or not domain_words(w) and (
            any(word in cue_words("addressee") for word in w) or cues("aside").found(w)
        ):
            return digression(s, minimum=1)
        return Aside()

    digressions = wanders_off([aside(index) for index in range(len(sentences))])
    if digressions >= (DIGRESSION_WORDS if any(asking) else REASONING_WORDS):
        return [OFF_TOPIC]
    if not any(asking):
        return [NO_QUESTION]
    return []
