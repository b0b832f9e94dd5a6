"""Shapes of sentences that `answerability` reads apart (SPEC 2.8.2): a fault named with
nothing said of it, small talk put to the staff, a question word before an infinitive
inside a sentence, a version as the subject of a question."""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence

from deskcli.domain.intake import morphology, patterns
from deskcli.domain.intake.asking_patterns import OWN_LETTER, REQUEST_TOPIC, SITE_NAME
from deskcli.domain.intake.cues import content_words, cue_words, cues, lemma_in
from deskcli.domain.intake.digression import QUESTION_MARK, TECHNICAL, abusive
from deskcli.domain.intake.insult_parties import INDEFINITE_TAILS
from deskcli.domain.intake.normalising import CYRILLIC, PLAIN_WORD
from deskcli.domain.intake.writer_intro import verbless

VERSION = patterns.compile(r"(?<![\w.])\d+\.\d+(?:\.\d+)*(?![\w.])")
# A demand for money back (верните деньги за лицензию, give me my money back, I want a
# refund): the desk decides no refund, and a demand asks no question support answers
# (верните работоспособность оплаты asks for a fix).
MONEY_BACK = patterns.compile(
    r"(?<!\w)(?:верните|вернете|возвратите|отдайте|(?:требую|требуем|хочу|хотим|прошу|просим)\s+(?:\S+\s+)?вернуть"
    r"|give\s+(?:me|us)|(?:i|we)\s+(?:want|demand)|refund\s+(?:me|us))(?:\s+(?!работ)\S+){0,2}?\s+"
    # the money by any name (второй платёж, оплату, разницу, the payment)
    r"(?:деньг\w*|денежк\w*|средств\w*|платеж\w*|оплат[уы]|разниц[уы]|money|refund|payment)(?:\s+(?:за|for)\s+\S+)?"
    r"|(?<!\w)refund\s+(?:my|our|the)\s+(?:renewal|payment|license|licence|money)"
    # the refund itself wanted or awaited: хочу возврат, жду возврата, требую возврат денег
    r"|(?<!\w)(?:хочу|хотим|требую|требуем|жду|ждем|ждём|ожидаю|оформляйте|оформите)\s+(?:полного\s+)?(?:возврат|компенсаци)\w*(?:\s+(?:денег|средств|оплаты))?"
    r"(?:\s+(?:за|for)\s+\S+)?"
    # the money first: деньги верните за продление
    r"|(?<!\w)(?:деньг\w*|средств\w*)\s+(?:\S+\s+)?(?:верните|вернете|возвратите)(?:\s+(?:за|for)\s+\S+)?"
)

# What a complaint demands instead of an answer: someone else (руководитель, менеджер, другой
# специалист, переназначьте, escalate), a call (жду звонка, перезвоните), a complaint
# threatened, the renewal refused or a move to another product (ищу другую CMS).
_INSTEAD = patterns.compile(
    r"(?<![^\W_])(?:возврат|refund|money\s+back|руковод|менеджер|начальств|manager|supervisor|escalate"
    r"|переназнач|друго(?:му|го)\s+(?:специалист|сотрудник)|someone\s+else|another\s+(?:engineer|agent)"
    r"|ищу\s+друг|уходим\s+к|switching\s+to"
    r"|жду\s+звонка|перезвоните|позвоните|still\s+waiting|reply\s+by|call\s+me"
    r"|жалоб|пожалуюсь|complain"
    r"|продлевать\s+не\s+будем|cancel)",
    re.IGNORECASE,
)
# The request already open, named by its number (заявка #58112, ticket 61377): a complaint that
# names it chases that request (answerability.answerability_flags).
REQUEST_NUMBER = patterns.compile(r"(?<![^\W_])(?:заявк|обращени|тикет|ticket)\w*\s*(?:№|#|no\.?|номер)?\s*\d{3,}", re.IGNORECASE)


def demands_instead(text: str) -> bool:
    """Whether a message demands money back or another person rather than an answer."""
    return bool(MONEY_BACK.search(text) or _INSTEAD.search(text))


_WHO = frozenset(("какой", "какая", "какое", "какие", "кто", "which", "who", "what"))
_GOES_ON = frozenset(("что", "that", "почему", "как", "где", "зачем", "why", "how", "where"))
_WHO_DID = frozenset(("кто", "who"))
_YOU = frozenset(("вы", "you", "эй", "hey"))
_ADDRESS_WORDS = 3


def asks_who_abused(sentence: str) -> bool:
    """Whether a question asks only which abusive person did it (какой долбоёб у вас писал
    импорт?, which twat decided this?): a rhetorical accusation, no question support answers.
    One that goes on to tell what the product does (какой мудак придумал, что при сохранении всё
    сбрасывается?) or to ask why still asks; "what the ..." is an oath, not a question of who."""
    if "?" not in sentence:
        return False
    words = [w for w in PLAIN_WORD.findall(sentence.lower()) if w not in ("а", "и", "ну", "так", "and", "so")]
    # the abusive address before it (долбоёбы, кто у вас пишет обновления?) is no part of the question
    start = next((at for at, w in enumerate(words[:_ADDRESS_WORDS + 1]) if w in _WHO), 0)
    if not all(abusive(w) or w in _YOU for w in words[:start]):
        return False
    words = words[start:]
    lead = words[:3]
    # what it did told after что / that, or a second question (..., почему доставка не считается?)
    if not lead or lead[0] not in _WHO or lead[1:2] == ["the"] or any(w in _GOES_ON for w in words[2:]):
        return False
    # кто у вас пишет эти обновления?, who let you close my ticket?: in abuse, who did it is an
    # accusation whatever words ask it; which and what need the abuse in the question itself
    return lead[0] in _WHO_DID or any(abusive(w) for w in lead[1:])


# A person asked for: the verbs that want one besides an imperative (хочу, прошу, I want, let me)
# what whoever of the desk may be asked to do besides answering: открывать заявки, переписываться
_DESK_VERBS = frozenset(("мочь", "быть", "есть", "открывать", "открыть", "переписываться", "общаться"))
_ASKED_ON = frozenset(("откуда", "зачем", "когда", "сколько", "куда", "when"))
_WANTING = frozenset(("хочу", "хотим", "прошу", "просим", "требую", "требуем", "пусть", "want", "need", "demand", "let", "put",
                      "pass", "get", "find", "assign", "escalate"))


def asks_for_a_person(words: Sequence[str], questioned: bool = False) -> bool:
    """Whether a sentence asks for one of the desk's people rather than an answer, naming
    nothing of the product but the desk itself (соедините с руководителем отдела поддержки,
    назначьте другого сотрудника, let me talk to your boss), or for whoever of the desk, wished
    for (пусть ответит кто-нибудь другой) or, when ``questioned``, asked after (есть кто-нибудь
    на связи?), to do the desk's own work."""
    whoever = _whoever_of_the_desk(words, questioned)
    if not whoever and not any(lemma_in(w, "desk_person") for w in words):
        return False
    if any(not lemma_in(w, "desk_service") and not lemma_in(w, "ticket") for w in content_words(words) if lemma_in(w, "product")):
        return False
    return whoever or any(w in _WANTING or morphology.can_be(w, "impr") for w in words)


def _whoever_of_the_desk(words: Sequence[str], questioned: bool) -> bool:
    """пусть ответит кто-нибудь другой, кто-нибудь может ответить? (кто-нибудь read as two words):
    whoever of the desk, wished for or asked after to do the desk's own work (answer, look, read),
    unless a question goes on (…, почему …?); not to unlock an account or pay money back."""
    if not ("пусть" in words or questioned) or not any(a == "кто" and b in INDEFINITE_TAILS for a, b in itertools.pairwise(words)):
        return False
    if any(w in _GOES_ON or w in _ASKED_ON for w in words):
        return False
    verbs = [found[0] for w in words if w not in INDEFINITE_TAILS and (found := morphology.parses(w))
             and (found[0].has("VERB") or found[0].has("INFN"))]
    return all(lemma_in(v.lemma, "status") or lemma_in(v.lemma, "desk_doing") or v.lemma in _DESK_VERBS for v in verbs)


# The question named as one the writer asked before (я спрашивал про налог в счёте, повторяю
# вопрос про склады, I asked about the SMTP port): with a subject of support's it is asked
# again, however the rest of the message reads; "у меня вопрос про ..." only announces one.
ASKED_BEFORE = patterns.compile(
    r"(?<![^\W_])(?:(?:я|мы)\s+(?:же\s+|уже\s+|ведь\s+|вам\s+)*(?:спрашивал\w*|спросил\w*|писал\w*|задавал\w*\s+вопрос\w*)"
    r"|повтор\w*\s+(?:свой\s+|мой\s+|наш\s+)?вопрос\w*|(?:i|we)\s+(?:already\s+)?(?:asked|wrote)"
    r"|(?:i|we)\s+repeat\s+(?:my|our|the)\s+question)"
    r"(?:\s+(?:про|о|об|насчет|насчёт|about|regarding)|\s*,?\s+(?:как|где|почему|можно\s+ли|how|where|why|whether))(?![^\W_])",
    re.IGNORECASE,
)

# Thanks to be passed on (передайте руководству благодарность) and a question the customer
# has settled himself (нашли сами, разобрались, вопрос снят, never mind): nothing to answer.
SETTLED = patterns.compile(
    r"(?<!\w)(?:передай\w*(?:\s+\S+){0,2}?\s+(?:благодарност\w*|спасибо|привет\w*)"
    # handed on whole to the management (… вы лучший. Передайте руководству.): what it hands on is said
    r"|передай\w*\s+(?:это\s+)?(?:ваш\w*\s+)?(?:руководств|начальств|директор|руководител)\w*(?=\W*$)"
    # help given (очень помогла с обменом), not asked for (помогите с обменом) or missed (не помогли)
    r"|(?<!не\s)(?:очень\s+|сильно\s+|здорово\s+|так\s+)?помог(?:ла|ли)?\s+(?:нам\s+|мне\s+)?(?:с|со)(?!\w)"
    r"|(?:нашли|нашел|нашла|разобрались|разобрался|разобралась|решили|справились|справился|справилась)"
    r"\s+(?:сами|сам|сама)|вопрос(?:\s+\S+){0,4}?\s+(?:снят|закрыт|неактуален|отпал)|(?:figured|sorted)\s+it\s+out"
    r"|never\s*mind|problem\s+solved|found\s+it\s+ourselves"
    # a question meant and withdrawn (хотела спросить про склады, но пока не буду)
    # (the announced part may be read away before: what is left starts at "но")
    r"|(?:(?:хотел\w*|собирал\w*)\s+(?:спросить|уточнить)(?:\s+[^\s,]+){0,4})?,?\s*но\s+(?:пока\s+|уже\s+)?"
    r"(?:не\s+буду|не\s+надо|передумал\w*)"
    r"(?:,?\s+(?:сначала|сперва)\s+(?:сам\w*\s+)?(?:почитаю|посмотрю|разберусь|попробую|изучу)(?:\s+[^\s,.!?]+){0,3})?"
    # всё, нашли; всё заработало; отбой; it works now: the fault is gone, said whole
    r"|вс[её]\s*,?\s*(?:нашли|нашл[аи]?|разобрались|заработал[оа]?|работает)(?=\s*(?:[.!,;)]|$))|отбой"
    r"|(?:воспроизвести\s+больше\s+не|больше\s+не)\s+(?:уда[её]тся|получается)(?:\s+воспроизвести)?"
    r"|(?:everything|it)(?:'s|\s+is)?\s+work(?:s|ing)\s+(?:now|again)|can(?:no|')t\s+reproduce\s+it\s+any\s*more"
    # the fix given worked (the cron fix worked, ваш совет помог)
    r"|(?:fix|solution|advice|suggestion|workaround|patch)\s+(?:worked|helped|did\s+the\s+trick)"
    r"|(?:совет|способ|решение|рекомендаци\w+)\s+(?:помог(?:ло|ла|ли)?|сработал[оаи]?)(?=\s*(?:[.!,;)]|$))"
    # settled by itself (вопрос решился, проблема решилась) or by deciding to leave it (решили пока
    # ничего не менять на сайте)
    r"|(?:вопрос|проблема|вс[её])\s+(?:\S+\s+){0,3}?(?:решил(?:ся|ась|ось)|разрешил(?:ся|ась|ось)|снялся|снялась)"
    r"|решил[аи]?\s+(?:пока\s+)?(?:ничего\s+)?не\s+(?:менять|трогать|делать|обновлять|переходить|переделывать)(?:\s+[^\s,.!?]+){0,3}"
    # the request to be closed, the fault gone by itself, praise of what works, a letter sent by mistake
    r"|(?:тикет|заявк[уа]|обращение|вопрос)(?:\s+(?:№|#|no)?\s*\d+)?\s+можно\s+закрыва\w*"
    r"|можно\s+закрыва\w+\s+(?:тикет|заявку|обращение)"
    r"|(?:проблема|ошибка|вс[её])(?:\s+(?!не\s)[^\s,.!?]+){0,3}?\s+(?:решил\w*|исчез\w*|пропал\w*|прош\w*|ушл\w*|наладил\w*)\s+(?:сама|сам|само)"
    r"|работает\s+(?:отлично|прекрасно|замечательно|идеально|как\s+часы)"
    # working again, or all of it working (сайт снова работает; всё сохраняется), and the fault not
    # coming back (проблема с корзиной больше не повторяется)
    r"|(?:снова|опять|теперь|наконец)\s+(?:вс[её]\s+)?(?:работает|заработал[аои]?)(?=\s*(?:[.!,;)]|$))"
    r"|вс[её]\s+(?:снова\s+|теперь\s+)?(?:сохраняется|открывается|загружается|грузится|отправляется|уходит|приходит"
    r"|выгружается)(?=\s*(?:[.!,;)]|$))"
    r"|(?:проблема|ошибка|сбой|глюк)(?:\s+\S+){0,4}?\s+больше\s+не\s+(?:повторя|появля|возника|выскакива|воспроизвод)\w*"
    # or mended by someone else himself (хостинг починил сервер сам)
    r"|(?:починил|исправил|поправил|наладил|восстановил)\w*(?:\s+\S+){0,3}?\s+(?:сам|сама|сами)(?=\s*(?:[.!,;)]|$))"
    r"|(?:отправил\w*|написал\w*|ушло)(?:\s+(?:вам|вас|сюда|письмо))?\s+по\s+ошибке|(?:sent|written)\s+(?:this\s+)?(?:by\s+mistake|in\s+error)"
    r"|wrong\s+(?:address|recipient)|(?:you\s+)?can\s+close\s+(?:the|this|my)\s+(?:ticket|request)"
    # thanks for the help given: no request for help
    r"|(?:thanks|thank\s+you)(?:\s+\S+){0,3}?\s+for\s+(?:\S+\s+){0,2}?help|спасибо(?:\s+\S+){0,3}?\s+за\s+(?:\S+\s+){0,2}?помощь)(?!\w)"
)

# What the fault turned out to be, told beside its being settled (разобрались сами, ошибка
# была в настройках хостинга; видимо, это был сбой хостинга): a cause found, no fault open.
_CAUSE_FOUND = patterns.compile(
    r"(?<![^\W_])(?:(?:ошибка|проблема|причина|дело|сбой|косяк)\s+(?:был[аио]?|оказал\w+)"
    r"|был[аио]?\s+(?:ошибка|проблема|сбой|косяк)\s+в"
    r"|(?:это|то)\s+был[аио]?\s+(?:\S+\s+)?(?:сбой|глюк|ошибк|проблем)\w*"
    r"|(?:the\s+)?(?:problem|issue|error|cause)\s+was|it\s+was\s+(?:a|an|the)\s+(?:\S+\s+)?(?:glitch|outage|error|issue)"
    # what it turned out to be (оказалось, хостинг менял настройки почты; it turned out the host …)
    r"|оказал(?:ось|ся|ась|ись)|выяснил(?:ось|ся|ась|ись)|(?:it\s+)?turned\s+out)"
    r"[^.!?]*",
    re.IGNORECASE,
)
# Works without a fault (проходит без ошибок, without any errors): no fault told.
_WITHOUT_FAULT = patterns.compile(
    r"(?<![^\W_])(?:без\s+(?:\S+\s+)?(?:ошибок|ошибки|проблем|сбоев|глюков)|without\s+(?:any\s+)?(?:errors?|problems?|issues?))(?![^\W_])",
    re.IGNORECASE,
)


def settled_away(sentence: str) -> str:
    """The sentence without what says the question is settled and any "without errors"."""
    return SETTLED.sub(" ", _WITHOUT_FAULT.sub(" ", sentence))


def causes_found_away(message: str) -> str:
    """A message that says its question is settled without the cause it names beside
    (… разобрались сами. Была ошибка в настройках хостинга.)."""
    return _CAUSE_FOUND.sub(" ", message) if SETTLED.search(message) else message


# A question for a fix (есть решение?, какой выход?, any fix?, is there a workaround?): after
# a sentence about the product it asks how to mend what that sentence told, not after the
# request's own "решение" (есть решение по заявке?), which it also reads as.
ASKS_FOR_A_FIX = patterns.compile(
    r"(?<![^\W_])(?:решени\w*|выход|выхода|workaround\w*|fix|fixes|solution\w*"
    # есть ли исправление?: a fix asked for, not when the promised one comes (когда будет исправление?)
    r"|есть\s+(?:ли\s+)?(?:\S+\s+)?исправлени\w*)(?![^\W_])"
)

# An English question told indirectly (nobody can tell me which ..., please explain why ...,
# could you show us how ...): a verb of telling and a question word after it ask as a "?"
# does; the Russian ones (объясните, подскажите) are question cues already.
INDIRECT = patterns.compile(
    r"(?<!\w)(?:(?:tell|explain|show|advise|clarify|say)(?:\s+(?:me|us|to\s+me|to\s+us))?"
    # or said not to be found (I can't see how to combine them, we can't figure out where)
    r"|(?:can'?t|cannot|can\s+not|don'?t|do\s+not)\s+(?:see|find|figure\s+out|work\s+out|understand))"
    r"\s+(?:which|what|how|why|where|whether)(?!\w)"
)


def vague(words: Sequence[str], content: Sequence[str]) -> bool:
    """A fault or a call for help and one thing at most: the whole site (магазин упал)
    or anything beside help or "problem" (беда с оплатой, выручайте); "не работает
    корзина" names the part that fails, and is a report."""
    specific = [w for w in content if not lemma_in(w, "vague")]
    # беда с оплатой на сайте: the whole site where the one thing is, no second thing
    narrow = [w for w in specific if not lemma_in(w, "whole_site")]
    helpless = any(lemma_in(w, "vague_help") for w in words)
    # проверьте, пожалуйста, сайт: a look asked at the whole site, whatever the verb counts as
    if len(narrow) > 1 or len(specific) == len(content) and not (helpless and not narrow):
        return False
    return helpless or all(lemma_in(w, "whole_site") for w in specific)


# said again, it is still no more than the fault: our site is broken again, сайт опять лежит
_AGAIN = frozenset(("again", "опять", "снова"))


def only_a_vague_fault(sentence: str, words: Sequence[str], content: Sequence[str]) -> bool:
    """`vague`, and nothing technical told of it (no code or version), the customer's site named
    by its host read as the site itself: "Проблема с сайтом tynda-obuv.ru." says no more than
    "Проблема с сайтом."."""
    unsaid = {w for name in SITE_NAME.findall(sentence) for w in PLAIN_WORD.findall(name)} | _AGAIN
    return vague([w for w in words if w not in unsaid], [w for w in content if w not in unsaid]) and not TECHNICAL.search(
        SITE_NAME.sub(" ", sentence))


def only_small_talk(words: Sequence[str]) -> bool:
    """Whether a sentence is small talk and nothing else but the desk's own name (как дела у
    поддержки?, как ваши дела?)."""
    small_talk = cues("small_talk")
    return small_talk.found(words) and not [w for w in content_words(small_talk.without(words)) if not lemma_in(w, "product_name")]


def small_talk_to_staff(words: Sequence[str], content: Sequence[str]) -> bool:
    """A short question put to the staff, not asking them to do something (could you ...)."""
    if not any(w in cue_words("addressee") for w in words) or len(content) > 3:
        return False
    return not any(w in _MODAL_REQUEST or (found := morphology.parses(w)) and found[0].has("INFN") for w in words)


_MODAL_REQUEST = frozenset(("можете", "сможете", "могли", "could", "can", "would", "will"))


def asks_how_to(words: Sequence[str]) -> bool:
    """A question word before an infinitive anywhere (водяной знак как поставить), not
    one that says what the writer does not know (не знаю, как сформулировать)."""
    question = cue_words("question")
    return any(
        a in question and (found := morphology.parses(b)) and found[0].has("INFN")
        and not any(w.startswith(("знаю", "знаем", "понимаю", "понимаем", "know")) for w in words[max(0, i - 2) : i])
        for i, (a, b) in enumerate(itertools.pairwise(words))
    )


# English words after which a request's word is a noun, one word between at most (for your
# check, after the update, for the quick fix)
_DETERMINERS = frozenset(("a", "an", "the", "your", "our", "my", "his", "her", "their", "this", "that"))


def asked_for(words: Sequence[str]) -> list[str]:
    """The words less those that ask for nothing though a request's words: a need negated
    (отвечать не нужно, не надо перезванивать), a consultation thanked for (спасибо за
    консультацию), not asked for (нужна консультация), and an English request's word used
    as a noun (a login for your check)."""
    return [w for i, w in enumerate(words)
            if not (i and ((words[i - 1] == "не" or not _DETERMINERS.isdisjoint(words[max(0, i - 2) : i])) and cues("request").found([w])
                           or words[i - 1] == "за" and w.startswith("консультац")))]


# A record's fields, cut by commas or spaced dashes (заказ 8812, оплата 14.11, сумма 12 400 ₽).
_FIELD_CUT = patterns.compile(r"[,;]\s+|\s+[—–]\s+")
_FIELD_WORD = patterns.compile(r"[^\W_]+")
_RECORD_FIELDS = 3
_FIELD_WORDS = 5
def a_record(sentence: str) -> bool:
    """Whether a sentence only lists a record's fields, three or more short ones with no verb
    and no negation in any (номер заказа 10442, покупатель Жукова Е., сумма 3 870 руб., статус
    «Новый»; вложение 1 — корзина, вложение 2 — письмо): data sent, no fault told."""
    fields = [f for f in _FIELD_CUT.split(sentence.strip(" .!…\n")) if f.strip()]
    if len(fields) < _RECORD_FIELDS:
        return False
    for field in fields:
        words = _FIELD_WORD.findall(field.casefold())
        if not words or len(words) > _FIELD_WORDS or any(w in ("не", "нет", "not", "no") for w in words):
            return False
        # its Russian words with no predicate; an initial (Жукова Е.) is none, whatever the
        # dictionary's abbreviations say
        russian = [w for w in words if len(w) > 1 and CYRILLIC.search(w)]
        if russian and not verbless(russian):
            return False
    return True


def reports_with_a_verb(words: Sequence[str]) -> bool:
    """Whether the likeliest reading of some word is a finite verb (выводится, уезжает), not one
    of buying or moving over in the past (купили лицензию, перешли на 7.1: news, no report)."""
    return any((found := morphology.parses(w)) and found[0].has("VERB") and not (
        found[0].has("past") and found[0].lemma in _NEWS_VERBS) for w in words)


_NEWS_VERBS = frozenset(("купить", "приобрести", "перейти", "оплатить", "продлить"))


_REQUEST_NUMBER = patterns.compile(r"(?:no|n|nr)?\d+")
# № read as "no" before a number (заявка № 40377), an ordinal's ending after one (от 12-го)
_NUMBER_SIGNS = frozenset(("no", "n", "nr"))
_ORDINAL_ENDINGS = frozenset(("го", "е", "й", "я", "ое", "ого", "ому", "th", "st", "nd", "rd"))


def numbering(word: str, before: str = "", following: str = "") -> bool:
    """Whether a word only counts or numbers (третий, 61402, № before a number, -го after one)."""
    if _REQUEST_NUMBER.fullmatch(word) or word in _NUMBER_SIGNS and following.isdigit():
        return True
    if word in _ORDINAL_ENDINGS and before.isdigit():
        return True
    return bool(found := morphology.parses(word)) and (found[0].has("NUMR") or found[0].has("Anum"))


# Words that add nothing beside the desk's doing (просто подтвердите, можете уже посмотреть?,
# или прислать ещё раз?).
_ONLY_ASIDE = frozenset(("просто", "уже", "пока", "все", "yet", "можете", "сможете", "или", "еще", "раз", "just", "already", "again",
                         "правильно",
                         "понимаю", "понял", "поняла",
                         # how often, as a rule: сколько обычно ждать ответа?, how long do you usually take?
                         "обычно", "обыкновенно", "среднем", "примерно", "приблизительно", "usually",
                         "normally", "typically", "generally", "roughly"))


def asks_after_the_request(sentence: str) -> bool:
    """Whether the sentence only asks after the request itself: its status, an answer,
    how long to wait (ну что с моим обращением, any update on my ticket, когда будет
    ответ по обращению про доставку)."""
    found = [m for m in PLAIN_WORD.finditer(sentence) if any(lemma_in(m.group(), cue) for cue in ("status", "desk_doing", "ticket"))]
    if not found and not OWN_LETTER.search(sentence):
        return False
    cut = [m.span() for m in found] + [m.span() for m in OWN_LETTER.finditer(sentence)]
    for match in found:
        if topic := REQUEST_TOPIC.match(sentence, match.end()):
            cut.append(topic.span())
    left = "".join(c for i, c in enumerate(sentence) if not any(a <= i < b for a, b in cut))
    # mat, insults, their adjectives (ленивые упыри), counts (третий день), the request's number
    # (№61402), the staff addressed (с вами) or named (тюфяки из поддержки), small talk: no subject
    addressee, said = cue_words("addressee"), cues("small_talk").without(PLAIN_WORD.findall(left))
    words = [
        w for before, w, following in zip(["", *said], said, [*said[1:], ""], strict=False)
        if not abusive(w) and not numbering(w, before, following) and w not in addressee and w not in _ONLY_ASIDE
        and not (before in ("из", "from") and lemma_in(w, "product_name"))
        and not (following and abusive(following) and morphology.can_be(w, "ADJF"))
    ]
    return not content_words(words)


# A question about what comes next, which only a thread can answer (what else, what now).
WHAT_NEXT = patterns.compile(
    r"(?<!\w)(?:(?:что|как|а|и|ну)\s+(?:\S+\s+)?(?:ещё|еще|дальше|теперь|потом|быть|делать)"
    r"|(?:а|и|ну)\s+(?:дальше|потом|теперь)|what\s+(?:else|now|next)|now\s+what|then\s+what"
    r"|(?:anything|something)\s+else|(?:and|so)\s+(?:now|then))(?!\w)"
)


def asks_in_the_thread(sentence: str) -> bool:
    """A "?" sentence asking what comes after the answer before it: "Что ещё?", "А дальше?",
    "И что теперь делать?", "What else?". Small talk ("Как дела?") still asks nothing."""
    return bool(QUESTION_MARK.search(sentence)) and bool(WHAT_NEXT.search(sentence))
