"""An address that opens a clause (SPEC 2.8.3): the desk's people called by a plural noun, or
by adjectives and one, whatever the noun is (Бараньи головы, вы мне третий раз отвечаете …;
Listen, you prannies, …; Hello, gumbies.).

The insult lexicon cannot list every abusive noun a writer invents, and each new writer brings
some. The shape of the address shows that it is said to the reader: Russian names the reader
in the clause after it (вы, ваш, a verb in the second person), English puts it after "you" or
a greeting. Whether the address is friendly decides the rest: a short list of friendly ones
(коллеги, ребята, знатоки, guys, legends; ``friendly_address`` in insult_context.txt) is no
abuse, and neither is a name, a place or a firm, nor a word that is not a plural noun. An
address whose words the insult lexicon lists is left to ``insults``, which knows more of them.
"""

from __future__ import annotations

from collections.abc import Sequence

from deskcli.domain.intake import morphology
from deskcli.domain.intake.cues import cue_words, domain_words
from deskcli.domain.intake.insult_lexicon import is_insult_word
from deskcli.domain.intake.insult_parties import GOOD_TIMES, in_section as _in, names_a_trade
from deskcli.domain.intake.insult_sentences import Token
from deskcli.domain.intake.insult_judged_en import judged_in_english
from deskcli.domain.intake.insult_vocatives_en import closes, english_address, english_opening
from deskcli.domain.intake.insult_vocatives_en import friendly_or_insult as _friendly
from deskcli.domain.intake.normalising import CYRILLIC

# What no address is read as: a name, a surname, a place, a firm, an abbreviation, and a word
# that does not decline (спасибо, пальто: as plural as it is singular).
NOT_ADDRESS = ("Name", "Surn", "Patr", "Geox", "Orgn", "Abbr", "Fixd")
# Words that may stand inside a Russian address: Трындуны из поддержки, Мешки с опилками.
_INSIDE = frozenset(("из", "с", "со", "а", "не", "от", "в", "на"))
# A clause after the address that opens with these tells of the noun, not to it (Товары,
# которые вы прислали …).
_RELATIVE = frozenset(("который", "которые", "которых", "что", "где", "когда", "если", "чтобы", "как", "кто", "чьи"))
# How far into the clause after the address the reader must be named.
_READER_REACH = 6
_MOST_WORDS = 4
# The writer's own possessives, which make an address with вы a fond one (Умницы вы мои).
FOND = frozenset(("мои", "наши", "мой", "наш", "моя", "наша"))
# Calls before an address: Эй, зеваки, …; Ну что, суслики, …
_CALLS = frozenset(("эй", "ну", "что", "слышь", "алло", "ау"))


def nominative(word: str, plural: bool = False, unless: Sequence[str] = NOT_ADDRESS) -> bool:
    """Whether a Russian word can be a noun or an adjective in the nominative (plural, if asked)
    that is no name, place or firm (nor what ``unless`` names)."""
    number = ("plur",) if plural else ()
    return any((p.has("NOUN", "nomn", *number) or p.has("ADJF", "nomn", *number) or p.has("PRTF", "nomn", *number))
               and not any(p.has(g) and not _guessed_plural_name(p, g) for g in unless)
               for p in morphology.parses(word))


def _guessed_plural_name(parse: morphology.Parse, grammeme: str) -> bool:
    """A first name the dictionary only guesses from a plural's ending (звездуны, трындуны):
    a word it does not know, which a plural address makes no name of."""
    return grammeme in ("Name", "Surn", "Geox") and not parse.known and parse.has("plur")


def _undeclined_being(word: str) -> bool:
    """A living being's noun that does not decline (какаду, шимпанзе): no name, and an address
    at a sentence's head as any plural is (not коми or хинди inside one, a people, a language)."""
    return any(p.known and p.has("NOUN", "anim", "Fixd", "nomn") and not any(p.has(g) for g in _NAMES_OF)
               for p in morphology.parses(word))


_NAMES_OF = ("Name", "Surn", "Patr", "Geox", "Orgn", "Abbr")


def reader(token: Token) -> bool:
    """The reader named: вы, ваш, or a verb in the second person plural (не можете)."""
    if _in(token, "addressee") or _in(token, "possessive"):
        return True
    return morphology.can_be(token.reading, "VERB", "2per", "plur") and not morphology.can_be(token.reading, "impr")


def _russian(sentence: Sequence[Token], opens: bool = False, thanked: bool = False,
             following: Sequence[Token] = ()) -> Token | None:
    """The address that opens a Russian sentence, if it is said to the reader; ``opens``: the
    sentence opens the message, where an address of people needs no reader named after it."""
    start = 0
    while start < len(sentence) and (_in(sentence[start], "greeting") or sentence[start].reading in _CALLS) and not closes(
            sentence[start].gap_after, ".!?"):
        start += 1
    head: list[Token] = []
    for token in sentence[start : start + _MOST_WORDS]:
        head.append(token)
        if closes(token.gap_after):
            break
    else:
        return None
    if not head or not all(CYRILLIC.search(t.reading) and not t.quoted and not _in(t, "interjection") for t in head):
        return None  # (Боженьки, сколько писем …: an exclamation)
    if start and head[0].surface[:1].isupper():
        return None  # Здравствуйте, Кемцы: the people of a town, a firm, capitalised after a greeting
    first, rest = head[0].reading, [t.reading for t in head[1:]]
    # (what they are of, in the genitive, after the noun: Прислужники регламента, …)
    of_what = bool(rest) and morphology.can_be(first, "NOUN", "nomn", "plur", "anim") and morphology.can_be(rest[0], "NOUN", "gent")
    if not (nominative(first, plural=True) or _undeclined_being(first)) or not all(w in _INSIDE or w == "вы" or nominative(w, plural=True)
                                                     or "вы" in rest and w in ("там", "тут") or of_what and i == 0
                                                     for i, w in enumerate(rest)):
        return None
    # (все after вы is the reader's number, not the greeting "Все, привет": Пустодомки вы все)
    friendly = any(_in(t, "friendly_address") and not (t.reading == "все" and "вы" in rest) for t in head)
    if "вы" in rest:
        # the reader named inside the address itself (Гнилушки вы трухлявые.), by a noun: not the
        # fond shape with a possessive (Умницы вы мои, Дорогие вы наши), nor вы last exclaimed (Красавцы вы!)
        # (вы last before a comma or a full stop calls names: Ветродуи вы, обещали …; Пройдохи вы.,
        # unless the sentence exclaims or the message thanks: Герои вы, всё работает. Спасибо!)
        exclaimed = rest[-1] == "вы" and (not closes(head[-1].gap_after, ",.:;—–") or thanked
                                          or "!" in sentence[-1].gap_after)
        fond = exclaimed or bool(FOND & set(rest)) or not morphology.can_be(first, "NOUN", "nomn", "plur")
        people = "все" in rest and of_the_desk_or_friendly(head[0])  # Покупатели вы все: a role, not a name
        # an adjective, вы, then the noun it is said of (Хладнокровные вы рептилии, …): the noun
        # decides, unless a job or a friendly word (Хорошие вы люди; Лопоухие вы стажёры stays
        # the lexicon's to judge)
        said_of = head[2] if len(head) == 3 and rest[0] == "вы" and morphology.can_be(first, "ADJF", "nomn", "plur") else None
        if said_of is not None and not (exclaimed or friendly) and morphology.can_be(said_of.reading, "NOUN", "nomn", "plur") and (
                nominative(said_of.reading, True) and not of_the_desk_or_friendly(said_of)):
            return said_of
        return None if fond or friendly or people else head[0]
    # at the head of the message an address needs no reader after it, whether or not the lexicon
    # knows its words (then left to ``insults`` below, which needs one)
    if opens and not friendly and _opens_the_message(head, sentence[start + len(head) :], following):
        return head[0]
    if _friendly(head):
        return None
    if "," not in head[-1].gap_after:
        return None
    clause: list[Token] = []
    for token in sentence[start + len(head) :]:
        clause.append(token)
        if closes(token.gap_after) or len(clause) == _READER_REACH:
            break
    if not clause or clause[0].reading in _RELATIVE:
        return None
    return head[0] if any(reader(t) for t in clause) else None


# Creatures "of the office" are the office's people in a sneer (Микробы конторские.), where a
# kind of goods is announced with any other adjective (Суслики домашние!).
_OF_THE_OFFICE = ("конторск", "офисн")


def _opens_the_message(head: Sequence[Token], rest: Sequence[Token], following: Sequence[Token] = ()) -> bool:
    """Опоссумы сонные, у нас сайт лежит; Самодуры. Захотели — закрыли заявку: people called by
    a plural noun at the head of a message are the people it is written to, with or without
    a "вы" after. Not when the noun is the subject the sentence goes on about (Покупатели,
    особенно пожилые, жалуются; Конкуренты, ворюги, скопировали …; Клиенты, у которых …)."""
    if head[0].reading.endswith(("еньки", "оньки", "ичи")) and not morphology.is_known(head[0].reading):
        return False  # a fond diminutive the dictionary lacks (Оёшеньки, …: an exclamation), a village (Выгоничи)
    if not any(morphology.can_be(t.reading, "NOUN", "nomn", "plur", "anim") for t in head) and not (
            _unknown_plural(head[0]) and not closes(head[-1].gap_after, "—–:")):
        return False  # a coined plural before a dash or a colon is what it is said to be (Нибелунги — так …)
    if _named_as_a_thing([*rest, *following]):
        return False
    greeted = rest and (_in(rest[0], "greeting") or [t.reading for t in rest[:2]] in GOOD_TIMES)
    if greeted and head[0].reading.endswith(("цы", "чане", "яне", "чи")):
        return False  # Кемцы, добрый день: a town's people greeted, as a club writes to its members
    if any(_in(t, "staff_role") or _in(t, "third_party") or _in(t, "person") or _in(t, "greeting") for t in head):
        return False  # a job or the shop's public named, not called names: Юристы, …; Покупатели, …
    if any(morphology.can_be(t.reading, "Apro") or morphology.can_be(t.reading, "NPRO") for t in head):
        return False  # Наши кладовщики — вечные копуши
    if rest and closes(head[-1].gap_after, ",—–"):
        first = rest[0].reading
        apposition = nominative(first, plural=True) and not (
            "," in head[-1].gap_after and morphology.can_be(first, "NOUN", "inan") and not morphology.can_be(first, "NOUN", "anim"))
        if _relative(rest) or apposition or first == "это" or _contrasted(rest):
            # an attribute, an apposition or a predicate: Клиенты, оплатившие …; Плюшкины — наши …
            # (a thing after a comma is the object of what follows: Пройдисветы, деньги взяли …)
            return False
        if rest[0].surface[:1].isupper() or names_a_trade(rest):
            return False  # a firm and its town at the head of a letter: Конные туры, Зольское.; Хатассы, молочный цех.
    described = [t for t in head if morphology.can_be(t.reading, "ADJF")]
    sneered = any(t.reading.startswith(_OF_THE_OFFICE) for t in described)
    if not rest and described and not sneered and not any(morphology.can_be(t.reading, "ADJF", "Qual") for t in described):
        return False  # goods announced, said of a kind: Суслики домашние! Новая порода в каталоге …
    # the head's own clause only: a colon or a question mark goes on to something else
    # (Недотехники, объясните хотя бы одно: почему письма приходят …)
    end = next((at + 1 for at, t in enumerate(rest) if closes(t.gap_after, ":;?!")), len(rest))
    # and a request to the reader before its verbs (Тикетоотфутболиватели, объясните, почему не сохраняются …)
    end = next((at for at, t in enumerate(rest[:end]) if morphology.can_be(t.reading, "impr", "plur")), end)
    return not any(morphology.can_be(t.reading, "VERB", "3per", "plur") for t in rest[:end])


def _unknown_plural(token: Token) -> bool:
    """A plural the dictionary does not know: it guesses such a word a thing (тормознутики,
    пустосмехи), and a coined plural at the head of a message calls people names far oftener
    than it names goods. Not half of a hyphened pair (Туды-растуды, тары-бары: an exclamation)."""
    rhyming = token.gap_after == "-" or token.gap_before == "-"
    word = token.reading
    # фотоотчёты, видеоуроки: a word the dictionary knows after a combining form names things
    combined = any(word.startswith(form) and morphology.is_known(rest := word[len(form) :]) and not is_insult_word(rest)
                   for form in _COMBINING_FORMS)
    return not rhyming and not combined and not morphology.is_known(word) and nominative(word, plural=True)


_COMBINING_FORMS = ("фото", "видео", "аудио", "авто", "мото", "вело", "эко", "био", "медиа", "веб", "мини", "радио", "теле",
                    "электро", "агро", "микро")


# What the words after a coined plural say of it when it names a thing or a group, not the
# reader: они, их (Вебхуки. После обновления они перестали уходить …), or that it is what
# something is called or written (Лайкеры! Так называется наша программа …).
_OF_IT = frozenset(("они", "их", "им", "ими", "них", "нем", "ними"))
_NAMING = ("называ", "зову", "зовё", "зовем", "пишут", "пишется", "именуе")


def _named_as_a_thing(after: Sequence[Token]) -> bool:
    words = [t.reading for t in after]
    return bool(_OF_IT & set(words)) or any(
        word == "так" and any(w.startswith(_NAMING) for w in words[at + 1 : at + 4]) for at, word in enumerate(words))


def _contrasted(rest: Sequence[Token]) -> bool:
    """Хренушки, а не выгрузка: a thing set against another, not people called (Ушкуйники, а не
    продавцы лицензий: people)."""
    return (len(rest) > 2 and rest[0].reading == "а" and rest[1].reading == "не"
            and not morphology.can_be(rest[2].reading, "NOUN", "anim"))


# Relative words that also ask (Лаптежники, кто так делает импорт? Шавки, где ответ?).
_ASKING = frozenset(("что", "где", "когда", "как", "кто"))


def _relative(rest: Sequence[Token]) -> bool:
    """Whether the clause after an address opens with a relative word, so that it tells of the
    noun (Клиенты, которые …): not a part of an indefinite word (вы когда-нибудь), nor a word
    that asks the reader in a sentence that ends in a question."""
    asks = "?" in rest[-1].gap_after
    return any(t.reading in _RELATIVE and t.gap_after != "-" and not (asks and t.reading in _ASKING) for t in rest[:2])


# Thanks anywhere in the message make "Герои вы, …" praise.
_THANKING = ("спасиб", "благодарю", "благодарим", "благодарн", "thank")
# Apologies, which are said to the reader too (Извините, нервы.), before no address.
_APOLOGIES = frozenset(("извините", "простите", "извиняйте"))
# How many words the call before an address may take (Исправьте уже пагинацию, …).
_CALL_WORDS = 4


def _after_a_call(sentence: Sequence[Token]) -> list[Token]:
    """Addresses right after a short clause said to the reader (Здравствуйте, шелапуты.;
    Сидите там, лоботёсы, а …; Ответьте уже, пустозвоны, когда …): a plural noun in the
    nominative, an adjective at most after it, between a comma and the clause's end. Not a
    capitalised one (Здравствуйте, Кемцы: the people of a town), nor a friendly one, the
    desk's or the customer's people, or the support's own subject."""
    found = []
    for at in range(1, len(sentence)):
        token = sentence[at]
        if "," not in sentence[at - 1].gap_after or not token.surface[:1].islower():
            continue
        start = at - 1
        while start > 0 and at - start < _CALL_WORDS and not closes(sentence[start - 1].gap_after):
            start -= 1
        call = sentence[start:at]
        if start and not closes(sentence[start - 1].gap_after) or any(t.reading in _APOLOGIES for t in call):
            continue
        # (… a verb said to the reader, or "хватит": Хватит присылать мне, отписочники, …)
        if not any(morphology.can_be(t.reading, "VERB", "2per", "plur") or morphology.can_be(t.reading, "VERB", "impr", "plur")
                   or t.reading in ("хватит", "вам") for t in call):
            continue
        # people, or a word the dictionary does not know: things are named after a call as often
        # (Скажите, тарифы какие?; Держите, пароли.)
        if morphology.is_known(token.reading) and not morphology.can_be(token.reading, "NOUN", "plur", "nomn", "anim"):
            continue
        if plural_name(sentence, at) is not None:
            found.append(token)
    return found


def _closing(sentence: Sequence[Token]) -> Token | None:
    """An address that ends a sentence after a comma (Почему не сохраняется адрес, ухорезы?;
    Заявку закрыли, не ответив, шелопаи конторские.; Третий день жду, сверчки вы запечные.): a
    plural noun in the nominative, then an adjective or "вы" and adjectives at most. A word the
    dictionary does not know is a name the reader is called wherever it stands; a known one
    must name people (or things, in a question that complains), and the sentence must ask or name
    the reader (Звонили клиенты, пенсионеры. tells who called). Not a fond one (неваляшки вы мои)."""
    for at in range(len(sentence) - 1, 0, -1):
        if closes(sentence[at - 1].gap_after, ",—–"):
            break
    else:
        return None
    named, after = sentence[at], [t.reading for t in sentence[at + 1 :]]
    if _listed(sentence, at) or any(morphology.can_be(t.reading, "NOUN", "plur", "anim") for t in sentence[max(0, at - 2) : at]):
        return None  # a list, or people named again (… сотрудники склада, кладовщики?)
    if len(after) > 3 or FOND & set(after) or not all(w == "вы" or morphology.can_be(w, "ADJF", "plur") for w in after):
        return None
    if not named.surface[:1].islower() or not morphology.can_be(named.reading, "NOUN", "plur", "nomn"):
        return None
    asks = "?" in sentence[-1].gap_after
    # a thing called at the end of a question that complains is a name too (Сколько можно ждать, кактусы?)
    living = morphology.can_be(named.reading, "NOUN", "plur", "nomn", "anim") or asks and any(
        _in(t, "complaint") for t in sentence[:at])
    if not _unknown_plural(named) and not (living and (asks or "вы" in after or any(reader(t) for t in sentence[:at]))):
        return None
    if any(closes(t.gap_after) for t in sentence[at:-1]) or FOND & {t.reading for t in sentence[:at]}:
        return None
    return named if not named.quoted and nominative(named.reading, True) and not of_the_desk_or_friendly(named) else None


def _after_you(sentence: Sequence[Token]) -> Token | None:
    """Сколько ещё вы, обдирщики, будете …: the reader named, then called by a plural between
    commas (living, or a word the dictionary does not know)."""
    for at in range(len(sentence) - 2):
        if sentence[at].reading != "вы" or "," not in sentence[at].gap_after:
            continue
        named = sentence[at + 1]
        if morphology.can_be(named.reading, "NOUN", "plur", "nomn", "anim") or _unknown_plural(named):
            return plural_name(sentence, at + 1)
    return None


def _before_your_verb(sentence: Sequence[Token]) -> Token | None:
    """Сколько ещё, брехунцы, будете …; Ну что, умники, разобрались …?: a plural between
    commas (living, or a word the dictionary does not know) right before a verb said to the
    reader, or after "Ну что" before any plural verb."""
    for at in range(1, len(sentence) - 1):
        if "," not in sentence[at - 1].gap_after or "," not in sentence[at].gap_after:
            continue
        named, verb = sentence[at], sentence[at + 1].reading
        said = morphology.can_be(verb, "VERB", "2per", "plur") or [t.reading for t in sentence[:at]] == ["ну", "что"] and (
            morphology.can_be(verb, "VERB", "past", "plur"))
        if said and (morphology.can_be(named.reading, "NOUN", "plur", "nomn", "anim") or _unknown_plural(named)):
            return plural_name(sentence, at)
    return None


def _ah_you(sentence: Sequence[Token]) -> Token | None:
    """Ах вы шелапуты!; Эх вы, тюхи: a plural the reader is scolded as after "ах / эх вы"."""
    if len(sentence) < 3 or sentence[0].reading not in ("ах", "ох", "эх") or sentence[1].reading != "вы":
        return None
    named = sentence[2]
    living = morphology.can_be(named.reading, "NOUN", "plur", "nomn", "anim") or _unknown_plural(named)
    return plural_name(sentence, 2) if living and not FOND & {t.reading for t in sentence} else None


def _listed(sentence: Sequence[Token], at: int) -> bool:
    """Whether the word at ``at`` ends a list: the comma's piece before it is a word or two
    ending in a plural (гребешки, мидии, рапаны; вёсла, каяки, спасжилеты)."""
    start = at - 1
    while start > 0 and not closes(sentence[start - 1].gap_after):
        start -= 1
    return at - start <= 2 and morphology.can_be(sentence[at - 1].reading, "NOUN", "plur", "nomn")


def plural_name(sentence: Sequence[Token], at: int) -> Token | None:
    """The plural noun at ``at`` that calls people something: in the nominative, no name, no
    friendly word, none of the desk's or the customer's people, not the support's subject;
    an adjective at most after it, then the clause's end."""
    named = sentence[at]
    if (named.quoted or not CYRILLIC.search(named.reading) or not morphology.can_be(named.reading, "NOUN", "plur", "nomn")
            or not nominative(named.reading, True) or of_the_desk_or_friendly(named)):
        return None
    end = at + 1 if at + 1 < len(sentence) and not closes(named.gap_after) and morphology.can_be(
        sentence[at + 1].reading, "ADJF", "plur", "nomn") else at
    if [t.reading for t in sentence[at + 1 : at + 3]] == ["какие", "то"]:
        end = at + 2  # (… — фельдфебели какие-то: …)
    return named if end + 1 == len(sentence) or closes(sentence[end].gap_after, ",!.—–:;") else None


def of_the_desk_or_friendly(token: Token) -> bool:
    """A friendly or praising word, the desk's or the customer's people, or the support's own
    subject: what no shape reads as a name the reader is called."""
    return any(_in(token, section) for section in ("friendly_address", "staff_role", "third_party", "person", "customer_side")
               ) or of_the_subject(token.reading)


def of_the_subject(word: str) -> bool:
    """A word of support's subject (формы, вебхуки). A word the dictionary does not know is one
    only when a product word start leaves an ending at most (`_ENDING`) after it: формошлёпы
    is a coined name, not forms."""
    if not domain_words([word]):
        return False
    if morphology.is_known(word):
        return True
    product = cue_words("product")
    return word in product.whole or any(word.startswith(start) and len(word) - len(start) <= _ENDING
                                        for start in product.starts)


# The longest ending a word start of the product vocabulary may leave in a word it names.
_ENDING = 3


def vocative_insults(read: Sequence[Sequence[Token]]) -> list[tuple[int, str]]:
    """Plural addresses said to the reader that no friendly form of address is, with offsets, in
    a text's sentences as ``insult_sentences.sentences`` reads them."""
    found = []
    thanked = any(t.reading.startswith(_THANKING) for sentence in read for t in sentence)
    for at, sentence in enumerate(read):
        closing = None if thanked else _closing(sentence)
        opening = english_opening(sentence, read[1] if len(read) > 1 else ()) if at == 0 and not thanked else None
        following = read[at + 1] if at + 1 < len(read) else ()
        for address in (_russian(sentence, at == 0, thanked, following), english_address(sentence), judged_in_english(sentence),
                        *_after_a_call(sentence),
                        closing, opening, _after_you(sentence), _before_your_verb(sentence), _ah_you(sentence)):
            if address is not None:
                found.append((address.start, address.surface))
    return found
