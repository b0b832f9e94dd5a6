"""Who writes (SPEC 2.8.4): the sentences that say who the customer is or where his business
stands, which introduce the writer as "меня зовут" does and are no digression: an institution
named (у нас гимназия; Здравствуйте, школа танцев; сайт школы; this is the office of a hotel)
where the business is (we are based in Leeds, наш офис в Твери) and the shop named by its goods
(мы — магазин книг)."""

from __future__ import annotations

import itertools
from collections.abc import Sequence

from deskcli.domain.intake import morphology, patterns
from deskcli.domain.intake.cues import content_words, cue_words, lemma_in
from deskcli.domain.intake.normalising import CYRILLIC, PLAIN_WORD, QUOTED
from deskcli.domain.intake.obscene_english import english_word

# Where the writer's business is (we are based in Leeds, our office is in Tver, мы находимся в
# Казани, наш офис в Твери): who writes, as an introduction says, not his life.
_WHERE_WE_ARE = patterns.compile(
    r"(?<![^\W_])(?:(?:we|i)(?:\s+are|'re|\s+am|'m)\s+(?:based|located)\s+in"
    r"|our\s+(?:[^\W\d_]+\s+)?(?:office|company|shop|store|business|firm|head\s*quarters)\s+(?:is|are)\s+(?:based\s+|located\s+)?in"
    r"|мы\s+находимся\s+в|наш(?:а|е)?\s+(?:[^\W\d_]+\s+)?(?:офис|компания|магазин|фирма|склад)\s+(?:находится\s+)?в)"
    r"\s+([^\W\d_]+)"
)


# In English a business of any name (our guest house is near York, our bakery is at ...):
# up to three words after "our", none of them the writer's life (our dog is in hospital).
_OURS_IS_IN = patterns.compile(
    r"(?<![^\W_])our\s+((?:[^\W\d_]+[\s-]+){0,2}[^\W\d_]+)\s+(?:is|are)\s+(?:(?:[a-z]+ly|right|just)\s+)?(?:based\s+|located\s+)?"
    r"(?:in|near|at|on|by)\s+[a-z]"
)


# Who the writer is at a place (we are volunteer guides at a nature reserve, we are a small
# brewery near Leeds): at or near, never from or in (we're back from a retreat, I'm writing
# this from an airport, we are in shock).
_WE_ARE_AT = patterns.compile(
    r"(?<![^\W_])(?:we|i)(?:\s+are|'re|\s+am|'m)\s+((?:an?\s+|the\s+)?(?:[^\W\d_]+\s+){0,3}[^\W\d_]+)"
    r"\s+(?:at|near)\s+(?:the\s+)?[a-z]"
)


# Who the writer is, with an article, in a place (we're a small saddlery in Nobber, I am a
# potter in Rye): a business named is no state to be in (we are in shock has no article).
_WE_ARE_A_IN = patterns.compile(
    r"(?<![^\W_])(?:we|i)(?:\s+are|'re|\s+am|'m)\s+an?\s+((?:[^\W\d_]+\s+){0,3}[^\W\d_]+)\s+in\s+[a-z]"
)


# An English letterhead: a greeting, then who writes and where, with no verb (Hello, garden
# centre near Leeds; Hi, photo studio in Bath, Dorset; Hello from Dorset).
_LETTERHEAD = patterns.compile(
    r"\W*(?:hi|hello|hey|greetings|good\s+(?:morning|afternoon|evening))(?:\s+(?:there|all|team|everyone))?\s*[,!.:-]?\s+"
    # hello from a place, named in up to seven words without a clause of the writer's own (hello
    # from the Sandy Lane holiday park in Hampshire; not hello from sunny Spain, we are on holiday)
    r"(?:from\s+(?!.*\b(?:we|i|my|me|am|are|is|was|were)\b)[^\W\d_]+(?:[\s,'-]+[^\W\d_]+){0,6}[.!]?"
    r"|(?:an?\s+|the\s+|our\s+)?((?:[^\W\d_]+[\s-]+){0,3}[^\W\d_]+)\s+(?:in|near|at|by)\s+[^\W\d_]+(?:[\s,-]+[^\W\d_]+){0,4}[.!]?)\s*"
)


# An English letterhead of its own: a business in up to four words, a comma, its place.
_HEADING = patterns.compile(r"\W*((?:[a-zA-Z]+[\s-]+){0,3}[a-zA-Z]+),\s+[^\W\d_]+(?:[\s-]+[^\W\d_]+){0,3}[.!]?\s*")


# A Russian letterhead with what the business does (Ветклиника, пишем статьи …; Музыкальная
# школа, готовим постановку; Киноклуб в Торжке, ведём …): an institution, an adjective before it
# at most, its town, a comma, then a verb of the first person plural.
_RUSSIAN_HEADING = patterns.compile(r"\W*(?:[а-яё-]+\s+)?([а-яё-]+)(?:\s+в\s+[а-яё-]+(?:\s+[а-яё-]+)?)?,\s+([а-яё]+)")


def _heading_what_we_do(sentence: str) -> bool:
    heading = _RUSSIAN_HEADING.match(sentence.casefold())
    if not heading:
        return False
    head, verb = heading.groups()
    found = morphology.parses(verb)
    return (lemma_in(head, "institution") or compound_institution(head)) and bool(found) and found[0].has("1per") and found[0].has("plur")


# A business's name in quotes in a short sentence with no predicate: a letterhead.
_HEADING_WORDS = 8


def _named_heading(sentence: str) -> bool:
    """Whether a sentence is a letterhead naming the business in quotes (Санаторий «Горный
    воздух», Кисловодск.): a handful of words, no predicate, a quoted name."""
    words = PLAIN_WORD.findall(sentence)
    return bool(QUOTED.search(sentence)) and len(words) <= _HEADING_WORDS and verbless(words)


def where_we_are(sentence: str) -> bool:
    """Whether a sentence says where the writer's business is: a Russian place is one the
    dictionary knows as a place name or does not know at all (Твери, Кеми; not в шоке); in
    English, "our" and a thing that is no part of the writer's life, then in / near / at, or
    who the writer is at or near a place, or a letterhead after a greeting: the thing's head
    word is no part of his life (a holiday cottage; not on holiday)."""
    letterhead = _LETTERHEAD.fullmatch(sentence)
    if letterhead and letterhead.group(1) is None:
        return True  # hello from Dorset
    if _heading_what_we_do(sentence) or _named_heading(sentence):
        return True  # Ветклиника, пишем статьи для владельцев собак; Гостевой дом «Хульдра», Байкал
    heading = _HEADING.fullmatch(sentence)
    if heading and lemma_in(heading.group(1).split()[-1].casefold(), "institution"):
        return True  # Baroque music festival, Varaždin.: the business and its town, no clause
    for found in (_OURS_IS_IN.search(sentence), _WE_ARE_AT.search(sentence), _WE_ARE_A_IN.search(sentence), letterhead):
        if found and not lemma_in(found.group(1).replace("-", " ").split()[-1], "life"):
            return True
    found = _WHERE_WE_ARE.search(sentence)
    if not found:
        return False
    place = found.group(1)
    return not CYRILLIC.search(place) or _a_place(place)


# English words that say who the writer is before the institution (we are a hostel, this is
# the IT office of a school): how far the institution may stand after them.
_WHO_WE_ARE = (("we", "are"), ("we", "re"), ("this", "is"), ("i", "m"), ("i", "am"))
_WHO_REACH = 10
# A site belongs to its owner (сайт школы, the school's website): the words for the site.
SITE = frozenset(("сайт", "site", "website"))


# Readings that make a Russian sentence say something of its own: a verb, an infinitive, a
# short participle or adjective, a predicative (надо, нельзя).
_PREDICATES = ("VERB", "INFN", "PRTS", "ADJS", "PRED")


def verbless(words: Sequence[str]) -> bool:
    """Whether a Russian sentence has no word that can be its predicate: a list or an
    elliptical continuation of the sentence before it, which reasons about nothing."""
    russian = [w for w in words if CYRILLIC.search(w)]
    # by the likeliest reading: объем (ё folded to е) is объём before it is a verb
    best = [morphology.parses(w)[:1] for w in russian]
    return len(russian) == len(words) > 0 and not any(p.has(g) for found in best for p in found for g in _PREDICATES)


# A business named by its trade at a sentence's head (компания по ремонту, фирма по
# продаже ...): who writes, as a letterhead says it.
_BUSINESS = frozenset(("компания", "фирма", "организация", "предприятие", "служба", "бюро", "студия", "мастерская"))
# English: what the writer runs (we run a small roastery, I own a guest house).
_WE_RUN = frozenset(("run", "own", "operate", "manage"))
_RUN_REACH = 5


def _heads_the_letter(words: Sequence[str]) -> bool:
    """Whether the institution heads the sentence after a greeting, as a letterhead does
    (Здравствуйте, школа танцев. / Добрый день, гимназия №3), or heads a sentence with no
    predicate (Театр-студия, Тверь.); or a business heads it with its trade after по
    (Компания по ремонту квартир, ...)."""
    filler = cue_words("filler")
    head = next((w for w in words if w.casefold() not in filler), "")
    if not head or not morphology.can_be(head.casefold(), "nomn"):
        return False
    at = first = words.index(head)
    if head.casefold() in _BUSINESS and words[at + 1 : at + 2] == ["по"]:
        return True
    # Детская художественная школа в Кижинге: the institution after its adjectives
    while at + 1 < len(words) and morphology.can_be(words[at].casefold(), "ADJF") and not lemma_in(words[at].casefold(), "institution"):
        at += 1
    head = words[at]
    # Фитнес-клуб «Атлант», Сургут: the institution may be the second part of a compound head
    second = words[at + 1].casefold() if at + 1 < len(words) else ""
    # Югорск, фитнес-клуб.: in a sentence with no predicate, the institution a word or two after
    named = lemma_in(head.casefold(), "institution") or compound_institution(head.casefold()) or verbless(words) and any(
        lemma_in(w.casefold(), "institution") or compound_institution(w.casefold()) for w in words[at + 1 : at + 3])
    # Школа танцев, 6 залов, ...: an institution of a kind (its genitive) heads a description of it
    of_a_kind = bool(second) and CYRILLIC.search(second) is not None and any(
        p.has("NOUN", "gent") for p in morphology.parses(second)[:1])
    return named and (first > 0 or verbless(words) or of_a_kind)


def compound_institution(word: str) -> bool:
    """A compound word ending in an institution of five letters or more (фотомузей, автошкола),
    or in any institution after a hyphen (фитнес-клуб)."""
    lemma = morphology.lemma(word)
    if "-" in word and lemma_in(word.rsplit("-", 1)[1], "institution"):
        return True
    institutions = cue_words("institution").whole
    return any(lemma.endswith(i) and len(lemma) > len(i) for i in institutions if len(i) >= _COMPOUND_PART)


_COMPOUND_PART = 5


def _runs_a_business(words: Sequence[str], at: int) -> bool:
    """"we / I run, own, operate, manage" and a thing (a, an, our, the ...) that is no part of the
    writer's life in the words after it (we own a dog, I run marathons are life)."""
    after = words[at + 1 : at + 1 + _RUN_REACH]
    # what is run ends at a preposition or a word of time (holiday cottages near …; marathons
    # every weekend): its last word is the business
    business = list(itertools.takewhile(lambda w: w not in _PHRASE_ENDS, after))
    return (
        words[at] in _WE_RUN and words[at - 1] in ("we", "i")
        and bool(business) and (after[0] in ("a", "an", "our", "the", "this", "two", "three") or len(business) > 1)
        and not lemma_in(business[-1], "life")
    )


_PHRASE_ENDS = frozenset((
    "near", "in", "at", "on", "from", "by", "outside", "for", "with", "and", "every", "each", "this", "last", "twice", "once",
))


def _a_shop(word: str) -> bool:
    """An English shop named by its goods in one word (a bookshop, a flowershop)."""
    return word.isascii() and word.endswith(("shop", "store")) and len(word) > len("store")


def names_the_institution(words: Sequence[str]) -> bool:
    """Whether a sentence says what institution the customer is (у нас гимназия, мы
    библиотека): right after "у нас" or "мы", an adjective at most between; at the head of
    the sentence after a greeting (Здравствуйте, школа танцев); as the site's owner, in the
    genitive after it (сайт школы); in English after "we are", "this is" (this is the office of
    a hostel)."""
    folded = [w.casefold() for w in words]
    if _heads_the_letter(words):
        return True
    if any(_runs_a_business(folded, at) for at in range(1, min(len(folded), _RUN_REACH))):
        return True  # we run a small roastery in Cork: the business, whatever its name
    for at, word in enumerate(folded[1:], start=1):
        if (lemma_in(word, "institution") or _a_shop(word)) and (
            folded[at - 1] in SITE and morphology.can_be(word, "gent") or word.isascii() and any(
                tuple(folded[i : i + 2]) in _WHO_WE_ARE for i in range(max(0, at - _WHO_REACH), at - 1)
            )
        ):
            return True
    words = folded
    for at, word in enumerate(words):
        if word == "мы" or word == "нас" and at and words[at - 1] == "у":
            following = words[at + 1 : at + 3]
            if following and lemma_in(following[0], "institution"):
                return True
            if len(following) == 2 and morphology.can_be(following[0], "ADJF") and lemma_in(following[1], "institution"):
                return True
    return False


_AGAIN = frozenset(("снова", "опять", "вновь", "еще"))


def names_the_writer(words: Sequence[str]) -> bool:
    """Whether a sentence says who writes by name after "это" (это снова Ольга Ивановна из
    школы, это опять Сергей): a returning writer introducing himself, as "меня зовут" does."""
    folded = [w.casefold() for w in words]
    for at, word in enumerate(folded[:-1]):
        if word != "это":
            continue
        after = folded[at + 1 :]
        if after[0] in _AGAIN:
            after = after[1:]
        found = morphology.parses(after[0])[:1] if after and CYRILLIC.search(after[0]) else ()
        if found and found[0].has("Name"):  # by its likeliest reading: это ад, это из-за are no names
            return True
    return False


SHOP = frozenset(("магазин", "интернет-магазин", "shop", "store"))


def names_its_goods(words: Sequence[str]) -> bool:
    """Whether a sentence names the shop by its goods (мы — магазин книг, интернет-магазин
    одежды), or heads a sentence with no predicate with it, as a letterhead does (Магазин
    «Имя» — чай из Китая): it tells the shop's trade, like продаём книги."""
    if words and morphology.lemma(words[0].casefold()) in SHOP and verbless(words):
        return True
    return any(
        morphology.lemma(w) in SHOP and CYRILLIC.search(nxt) and any(p.has("NOUN", "gent") for p in morphology.parses(nxt)[:1])
        for w, nxt in zip(words, words[1:], strict=False)
    )


# A Russian letterhead of any trade: a short sentence with no predicate that names a place after
# a preposition (Фитнес-ретрит на Пангане; Кофе и клубника из Далата; у нас йога-ретрит в Тулуме).
_PLACE_PREPOSITIONS = frozenset(("в", "на", "из", "под", "у", "с"))
_LETTERHEAD_WORDS = 6
# Words of time and the weather tell of the writer's day, not of who he is (У нас в Зарайске
# дождь третью неделю; Погода в Питере как всегда …): by their lemmas.
_TOLD_OF_THE_DAY = frozenset(("неделя", "час", "месяц", "год", "сутки", "ночь", "сегодня", "вчера", "всегда", "опять",
                              "снова", "уже", "погода", "week", "weeks", "day", "days", "month", "year", "today", "yesterday",
                              "again", "weather", "rain", "snow", "storm", "wind", "sun", "heat", "cold", "fog", "frost"))


# ... or its town after a comma or in brackets at the end (Конный туризм, Маслянино.; Прокат
# лодок на озере (Пудож).)
_TOWN_LAST = patterns.compile(r"(?:,|\()\s*([^\W\d_]+)(?:-[^\W\d_]+)?\W*\Z")
# An English letterhead: a few words in parts parted by commas, none of them a word of grammar
# or a verb in the past (Fishing supply store, Walvis Bay, Namibia.): a business and its town.
_EN_LETTERHEAD_WORDS = 8
# A trade and the place it is in, or a name and a trade "here", with no verb (Dog walking and cat
# sitting in Portaferry.; Hello, Keady cattery here.): the last word of the first no English word, a name.
_NOT_A_TRADE = r"(?!(?:i|we|you|he|she|it|they|my|our|his|her|their|the|a|an|this|that|is|are|was|am|be|weather)\b)"
_EN_TRADE_AT = patterns.compile(rf"(?:{_NOT_A_TRADE}[a-z&'-]+\s+){{1,5}}(?:in|at|near)\s+[a-z'-]+")
_EN_HERE = patterns.compile(rf"(?:(?:hello|hi|hey|good\s+(?:morning|afternoon|evening))\s+)?(?:{_NOT_A_TRADE}[a-z&'-]+\s+){{2,4}}here")


def _a_place(word: str) -> bool:
    """A word the dictionary knows as a place or does not know at all (Твери, Кеми; not шоке)."""
    return word.isalpha() and (morphology.can_be(word, "Geox") or not morphology.is_known(word))


def heads_with_a_place(sentence: str, words: Sequence[str]) -> bool:
    """Whether a sentence is a letterhead of any trade: no predicate, a handful of content words,
    a place after a preposition or after a comma at its end, which the dictionary knows as a
    place or does not know at all, and no word of time or the weather. Who writes, whatever the
    business is called."""
    folded = [w.casefold() for w in words]
    if folded and not any(CYRILLIC.search(w) for w in folded):
        if _EN_TRADE_AT.fullmatch(" ".join(folded)) and not english_word(folded[-1]) or _EN_HERE.fullmatch(" ".join(folded)):
            return True  # Horse riding lessons near Dromara.; Hello, Keady cattery here.
        return "," in sentence and len(folded) <= _EN_LETTERHEAD_WORDS and len(content_words(folded)) == len(folded) and not any(
            w.endswith("ed") or w in _TOLD_OF_THE_DAY for w in folded)  # (no Russian lemma of an English word)
    if len(content_words(folded)) > _LETTERHEAD_WORDS or not verbless(folded):
        return False
    if any(morphology.lemma(w) in _TOLD_OF_THE_DAY for w in folded):
        return False
    if (town := _TOWN_LAST.search(sentence)) and _a_place(town.group(1).casefold()):
        return True
    return any(
        word in _PLACE_PREPOSITIONS and any(_a_place(place) for place in folded[at + 1 : at + 3]) for at, word in enumerate(folded)
    )


# How far after the trade's verb its place may be named (строим срубы и беседки в Кологриве).
_TRADE_PLACE_REACH = 8
_REGION_WORDS = frozenset(("район", "область", "край", "округ", "республика"))  # (not a village: в деревне у бабушки)
_TRADE_PLACE_PREPOSITIONS = frozenset(("в", "во", "на", "из", "по"))
_MONTHS = frozenset(("январь", "февраль", "март", "апрель", "май", "июнь", "июль", "август", "сентябрь", "октябрь", "ноябрь", "декабрь"))


def plies_a_trade_at(words: Sequence[str]) -> bool:
    """Whether a Russian sentence says what the writer's business does and where, as a letter
    introduces it (обжариваем орехи в Кадуе; мы проводим курсы в Зуевском районе): a verb of
    "we" of [trade] or [trade_done] (intake_cues.txt), a thing after it, then a place after в,
    на, из or по, which the dictionary knows as a place or does not know, or a district or a
    region. Not "we" resting or celebrating (отдыхаем в Турции, празднуем юбилей в кафе)."""
    folded = [w.casefold() for w in words]
    start = 1 if folded[:1] == ["мы"] else 0
    if len(folded) < start + 4 or not morphology.can_be(folded[start], "VERB", "1per", "plur") or not (
            lemma_in(folded[start], "trade") or lemma_in(folded[start], "trade_done")):
        return False
    if not morphology.can_be(folded[start + 1], "NOUN", "accs"):
        return False
    reach = folded[start + 2 : start + 2 + _TRADE_PLACE_REACH]
    return any(word in _TRADE_PLACE_PREPOSITIONS and any(
        _a_place(w) and morphology.lemma(w) not in _MONTHS or morphology.lemma(w) in _REGION_WORDS for w in reach[at + 1 : at + 3])
        for at, word in enumerate(reach))


EN_MONTHS = frozenset(("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
                       "november", "december"))
_EN_TIMES = EN_MONTHS | {"easter", "christmas"}


def works_in_season(words: Sequence[str]) -> bool:
    """Whether a sentence says when the business works, opens or books (Лагерь работает с июня по
    август; we take bookings from Easter to October): the business (an institution of
    intake_cues.txt) or "we" doing what [working] names, from a season or a month to another, the
    question's context however little it shares with it. Not a season told of life (летом
    холодильники работают; работать в ритейле в декабре)."""
    folded = [w.casefold() for w in words]
    said = set(folded)
    if not ({"с", "по"} <= said or "from" in said and said & {"to", "till", "until"}):
        return False  # (the span first: most sentences have none, and the lemmas cost more)
    ours = any(w in ("мы", "we", "our") or w.startswith("наш") or lemma_in(w, "institution") for w in folded)
    return ours and any(lemma_in(w, "working") or morphology.lemma(w) == "работать" for w in folded) and any(
        lemma_in(w, "season") or w in _EN_TIMES or morphology.lemma(w) in _MONTHS for w in folded)
