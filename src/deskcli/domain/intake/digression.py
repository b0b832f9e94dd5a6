"""Digressions (SPEC 2.8.4): the sentences of a message that leave its question.

A sentence is off the question when it says nothing of support's subject (the product,
the site, the shop's trade) and names no technical datum; or when it speaks more of the
writer's life (family, weather, sport, rest, health, the news: the [life] cues) than of
the product, which a one-clause aside does ("жена говорит — зря") and which no request
or question mark puts back on the subject. `answerability` decides from these counts.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from deskcli.domain.intake import morphology, patterns
from deskcli.domain.intake.asking_patterns import INTRODUCTION as _INTRODUCTION
from deskcli.domain.intake.cues import content_words, cue_words, cues, domain_words, lemma_in, verdict
from deskcli.domain.intake.normalising import CYRILLIC, PLAIN_WORD, QUOTED
from deskcli.domain.intake.opinion import of_the_world
from deskcli.domain.intake.stemming import stem
from deskcli.domain.intake.wordlists import sections
from deskcli.domain.intake.writer_intro import (
    SHOP, SITE, heads_with_a_place, names_its_goods, names_the_institution, names_the_writer, plies_a_trade_at, where_we_are,
    works_in_season,
)
from deskcli.domain.intake.writer_intro import verbless as _verbless
from deskcli.domain.named import NamedTuple

# A sentence with at least this many content words and none of support's subject is a
# digression; a sentence this short ("погода хорошая") is a remark, not reasoning.
DIGRESSION_SENTENCE_WORDS = 4
# A long sentence about the writer's life may name one thing of support's in passing and
# still be about something else ("директор вернулся из отпуска и хочет всё как у турецких
# магазинов"): one product word among this many content words does not make the sentence
# support's subject; in a sentence that names nothing of life it does.
PASSING_MENTION_WORDS = 9
# A digression that names nothing of the writer's life is only guessed from the product
# words it lacks ("пароли перепроверили три раза" lacks them too): it needs more words.
UNNAMED_DIGRESSION_WORDS = 6
# Two words of the writer's life make a remark a digression however short it is (жена
# поддержала, родители нет): the subject is named, not guessed from missing product words.
LIFE_WORDS = 2
# A remark of this many content words that names the writer's life once is an aside (тёща
# опять гостит неделю); one of two words (погода хорошая) is not.
LIFE_REMARK_WORDS = 3

# A question mark that ends a question, not one inside a link (https://shop.ru/?p=1); the
# full-width one for text read before NFKC (repeats reads the desk's stored questions).
QUESTION_MARK = patterns.compile(r"[?？](?!\w)")
# Error codes, versions, file and domain names, hashes (md5, sha256), a CSS declaration
# (align-items: center), an HTML entity (&mdash;, &#171;): what a digression does not contain.
TECHNICAL = patterns.compile(
    r"\d{3}|\d\.\d|\w\.[a-z]{2,4}\b|[a-z]:[a-z0-9]|\b[a-z]{2,}\d+\b|[a-z]-[a-z]+:\s|&(?:[a-z]{2,8}|#\d{2,5});"
)
# A remark that the site's own person is away (программист в отпуске до 20-го) of at most
# this many content words, naming one thing of life, is the question's context.
SITE_PERSON_AWAY_WORDS = 4
# Three digits in a sentence about one's life are a price, a temperature or a year (минус
# 38, такси за 1200 рублей), not an error code.
_NUMBER = patterns.compile(r"\d{3,}")
# An emoticon or emoji closes a sentence the way a full stop does ("фото пришлю :) а вопрос:
# как ..."): what stands before it is a remark of its own.
EMOTICON = patterns.compile(r"(?<=\s)[:;]-?[)(DdPp]+\)*\s+|[\U0001F300-\U0001FAFF\u2600-\u27BF]\ufe0f?\s+")
class Aside(NamedTuple):
    """Content words of a sentence off the question, and how many of them are of life."""

    words: int = 0
    life: int = 0


def subject_words(words: Sequence[str]) -> list[str]:
    """Words of support's subject as written or by their lemma (пароли: пароль), and of the
    shop's trade (торгуем, пекарня); not the vendor's own website (your new website, ваш
    сайт: the vendor's, not the customer's site the product runs)."""
    return [
        w for at, w in enumerate(words)
        if (lemma_in(w, "product") or lemma_in(w, "trade")) and not _vendor_site(words, at) and not verdict(words, at)
    ]


def _vendor_site(words: Sequence[str], at: int) -> bool:
    """Whether a word for the site is the vendor's: your / ваш at most one word before it."""
    return morphology.lemma(words[at].casefold()) in SITE and any(
        w.casefold() == "your" or w.casefold().startswith("ваш") for w in words[max(0, at - 2) : at]
    )


def life_words(words: Sequence[str]) -> list[str]:
    """Words of the writer's life away from the shop (see [life] in intake_cues.txt); none in
    a sentence that tells the shop's trade (мы продаём книги, наша пекарня печёт торты)."""
    if any(lemma_in(w, "trade") for w in words) or names_its_goods(words) or names_the_institution(words):
        return []
    # a season the business works, closes or books in (зимой закрываемся) is the shop's
    working = any(lemma_in(w, "working") for w in words)
    return [
        w for at, w in enumerate(words)
        if len(w) > 1 and lemma_in(w, "life") and not lemma_in(w, "product") and not _occasion_of(words, at)
        and not (working and lemma_in(w, "season"))
    ]


_FOR_AN_OCCASION = frozenset(("к", "ко", "for"))


def _occasion_of(words: Sequence[str], at: int) -> bool:
    """Whether a word of life is the occasion a product thing is for (баннер к празднику, a
    discount for Christmas): the shop's season, not the writer's life."""
    return at >= 2 and words[at - 1].casefold() in _FOR_AN_OCCASION and lemma_in(words[at - 2], "product")


def abusive_phrases() -> re.Pattern[str]:
    from deskcli.domain.intake.insult_lexicon import abusive_phrases

    return abusive_phrases()


def abusive(word: str) -> bool:
    """Mat and insults say how the customer feels, not what he asks."""
    from deskcli.domain.intake.insult_lexicon import is_insult_word
    from deskcli.domain.intake.obscene import is_obscene_word

    return is_obscene_word(word) or is_insult_word(word)


def abuses(words: Sequence[str], sentence: str) -> bool:
    """Whether a sentence is abuse rather than reasoning: mat, an insult no everyday sense
    softens, or a weak one aimed at someone (вы как клопы); a dog or a village is life."""
    from deskcli.domain.intake.insult_lexicon import is_strong_insult_word
    from deskcli.domain.intake.insults import aimed_insults
    from deskcli.domain.intake.obscene import is_obscene_word

    # aimed_insults reads what words alone do not: hyphened words (pen-pushers) and phrases
    return any(is_obscene_word(w) or is_strong_insult_word(w) for w in words) or bool(aimed_insults(sentence))


def addressed_imperative(words: Sequence[str]) -> bool:
    """Whether a word asks the reader to do something (сделайте, проверьте): not the
    inclusive "let's" (летим, посмотрим), which tells what the writer will do, nor a form
    that is also the indicative a few words after "вы" (вы сами летом ездите)."""

    def imperative(index: int, word: str) -> bool:
        found = morphology.parses(word)
        addressed = "вы" in words[max(0, index - 5) : index]
        if not found or not found[0].has("VERB") or addressed and any(p.has("indc") for p in found):
            return False
        if _joined_to_the_past(index, found):
            return False  # взяли деньги и пропали: a past form joined to a past verb
        return any(p.has("impr") and not p.has("incl") for p in found)

    def _joined_to_the_past(index: int, found: Sequence[morphology.Parse]) -> bool:
        return (
            index > 1 and words[index - 1] in ("и", "а", "но")
            and any(p.has("VERB", "past") for p in found)
            and any((before := morphology.parses(w)) and before[0].has("VERB", "past") for w in words[: index - 1])
        )

    return any(imperative(index, word) for index, word in enumerate(words))


def lemmas(words: Sequence[str], reflexive_as_plain: bool = False) -> set[str]:
    """Dictionary lemmas of a sentence's nouns and verbs of four letters or more (words
    without Cyrillic as written): what a sentence is about, not how many or which one.
    `reflexive_as_plain` adds a reflexive verb's plain verb (поменялся -> поменять), for
    a statement that tells what happened to the thing the question is about."""
    found = set()
    for word in content_words(words):
        parses = morphology.parses(word)
        if len(word) >= 4 and (not parses or any(parses[0].has(t) for t in ("NOUN", "VERB", "INFN"))):
            lemma = morphology.lemma(word)
            found.add(lemma)
            if reflexive_as_plain and lemma.endswith(("ся", "сь")) and parses and not parses[0].has("NOUN"):
                found.add(lemma[:-2])
    return found


# How far before a product word the vendor's possessive may stand (ваш новый интерфейс).
_OWNER_REACH = 3


def _the_vendor_s(words: Sequence[str]) -> bool:
    """Whether a product word is said to be the vendor's (у вас интерфейс, ваша система, your
    interface; интерфейс у вас): a judgement of the product itself, which no aside marker takes
    off the subject."""
    domain = cue_words("product")

    def owner(at: int) -> bool:
        word = words[at] if 0 <= at < len(words) else ""
        return word.startswith("ваш") or word == "your" or word == "вас" and at > 0 and words[at - 1] == "у"

    return any(w in domain and any(owner(at) for at in (*range(max(0, i - _OWNER_REACH), i), i + 1, i + 2))
               for i, w in enumerate(words))


def about_life(words: Sequence[str]) -> bool:
    """Whether a sentence names more of the writer's life than of the product."""
    return len(life_words(words)) > len(subject_words(words))


def digression(
    sentence: str, question: frozenset[str] = frozenset(), minimum: int = DIGRESSION_SENTENCE_WORDS, marked: bool = False
) -> Aside:
    """The content words of a sentence that is a digression, none for any other sentence.

    `question` holds the lemmas of the message's asking sentences: a statement sharing one
    with them is the question's context (хостер закрывается / перевезти к новому хостеру),
    not a digression, unless it speaks more of the writer's life (день рождения покупателя /
    у меня самого был день рождения). Mat and insults are the obscenity rule's, not reasoning.
    A sentence the writer `marked` as leaving the subject (see `leaves_the_subject`) may name
    one thing of support's in passing and still be a digression."""
    # "прошу прощения": no request; "хотел сказать", "by the way": no request either, but
    # part of the digression they open
    words = _without_address(cues("not_asking").without(PLAIN_WORD.findall(sentence)), sentence)
    domain = subject_words(words)
    # a quoted name (запрос «чай пуэр», товар «Кофе Арабика») is a name, not the writer's life
    quoted = {w for q in QUOTED.findall(sentence) for w in PLAIN_WORD.findall(q)}
    life = [w for w in life_words(words) if w not in quoted]
    personal = len(life) > len(domain)
    technical = TECHNICAL.search(_NUMBER.sub(" ", sentence) if personal else sentence)
    if technical or abuses(words, sentence):
        return Aside()
    if any(w in ("question", "questions") or morphology.lemma(w) == "вопрос" for w in words):
        return Aside()  # about the question itself: простите за глупый вопрос, я тут новенький
    if _INTRODUCTION.search(sentence) or where_we_are(sentence) or names_the_institution(words) or names_the_writer(words) or (
            plies_a_trade_at(words) or works_in_season(words)):
        return Aside()  # who writes: я новый сотрудник, меня зовут Ольга; у нас гимназия; we are based in Leeds
    content = [
        w for w in content_words(words)
        if len(w) > 1 and (not w.isascii() or w.isalpha())
        and not any(lemma_in(w, cue) for cue in ("status", "sending"))
    ]  # waiting and sending are the request's business: готовы подождать пару дней
    # a person named in full (Мудрецов Павел Андреевич: a patronymic) is who, not a subject
    if any(morphology.can_be(w, "Patr") for w in content):
        content = [w for w in content if not any(morphology.can_be(w, g) for g in ("Name", "Surn", "Patr"))]
    marked, opinion = marked or bool(cues("aside").found(words)), of_the_world(words)
    # an aside or an opinion of the world may name a product word in passing, not the vendor's
    # own (у вас интерфейс ...); an opinion sharing a thing with the question is its case
    passing = (marked or opinion) and not _the_vendor_s(words)
    if not personal and len(domain) > (1 if passing or life and len(content) >= PASSING_MENTION_WORDS else 0):
        return Aside()
    # посоветуйте хорошую книгу: a request about one's life is no request to support
    if not (personal and not domain):
        polite = cue_words("polite")
        said = cues("aside").without(words)
        if cues("request").found(said) or addressed_imperative([w for w in said if w not in polite]):
            return Aside()
    if (
        question and not personal and not marked and not QUESTION_MARK.search(sentence)
        and _shares(lemmas(words, reflexive_as_plain=True), question)
    ):
        return Aside()
    if len(content) < minimum:
        return Aside()
    if heads_with_a_place(sentence, words):
        return Aside()  # Фитнес-ретрит на Пангане: a letterhead of any trade, however much of life it names
    if not life and _verbless(words):
        return Aside()  # у обуви — размер, у сумок — объём: a list that goes on with the question
    if not life and _states_a_setting(words):
        return Aside()  # ключи вписаны, режим выключен: what the customer checked
    if len(life) <= 1 and len(content) <= SITE_PERSON_AWAY_WORDS and any(lemma_in(w, "site_people") for w in words):
        return Aside()  # программист в отпуске: why the customer asks himself
    if not marked and _runs_the_site(words):
        return Aside()  # сотрудница, которая вела сайт, уволилась: the site's person, whatever befell her
    # кстати, хотел сказать; ладно, к делу after it: a sentence the writer marks as leaving
    # the subject names its digression
    return Aside(len(content), len(life) + (marked or opinion))


def _shares(said: set[str], question: frozenset[str]) -> bool:
    """Whether a statement names a thing of the question, by its lemma or by a synonym the
    repeat rule knows for it (письма / адрес почты, кеш / кэширование)."""
    if said & question:
        return True
    # a word of the question's stem in another part of speech (голосует / голос, ограничить /
    # ограничение): the snowball stems, five letters at least, one the other's start
    asked = [stem(w) for w in question if len(w) >= _STEM_LETTERS]
    if any(len(s := stem(w)) >= _STEM_LETTERS and any(s.startswith(a) or a.startswith(s) for a in asked if len(a) >= _STEM_LETTERS)
           for w in said):
        return True
    groups = _synonym_groups()
    return bool({g for w in said for g in groups.get(w, ())} & {g for w in question for g in groups.get(w, ())})


_STEM_LETTERS = 5


@cache
def _synonym_groups() -> dict[str, frozenset[str]]:
    """[synonyms] of repeat_terms.txt, and its [actions] but the first, broad line (добавить,
    сделать, настроить ...): each word and the groups it is in (обновлять / обновление)."""
    found: dict[str, set[str]] = {}
    groups = sections("repeat_terms.txt")
    lines = [("s", n, line) for n, line in enumerate(groups.get("synonyms", ()))]
    lines += [("a", n, line) for n, line in enumerate(groups.get("actions", ())) if n]
    for kind, number, line in lines:
        for word in line.split():
            found.setdefault(word, set()).add(f"{kind}{number}")
    return {w: frozenset(g) for w, g in found.items()}


_ADDRESS = patterns.compile(r"^\W*([^\W\d_]+)\s*,")


def _without_address(words: list[str], sentence: str) -> list[str]:
    """The words less an address to the reader heading the sentence (Коллеги, ...; Друзья, ...):
    people named in the plural nominative before a comma are those the message is written to,
    not the writer's life."""
    head = _ADDRESS.match(sentence)
    if not head or not words or words[0] != head.group(1):
        return words
    found = morphology.parses(head.group(1))[:1]
    if found and found[0].has("NOUN", "anim", "plur", "nomn") and CYRILLIC.search(head.group(1)):
        return words[1:]
    return words


# How many words a relative clause may take to name the site's work (который вёл сайт,
# who ran our shop): its verb, and the product thing after it.
_RELATIVE_REACH = 4


def _runs_the_site(words: Sequence[str]) -> bool:
    """Whether a sentence names a person by the work he does or did on the site (мой муж,
    который вёл сайт; the agency that built our shop; my nephew, who runs the store): a person
    of the site, like its programmer, so what befell him is why the customer asks."""
    for at, word in enumerate(words[1:], start=1):
        if not (word.startswith("котор") or word == "who"):
            continue
        person = morphology.parses(words[at - 1])[:1]
        if CYRILLIC.search(word) and not any(p.has("NOUN", "anim") for p in person):
            continue
        clause = words[at + 1 : at + 1 + _RELATIVE_REACH]
        verb = next((i for i, w in enumerate(clause) if any(p.has("VERB") for p in morphology.parses(w)[:1])
                     or w.endswith("ed") or w in ("ran", "runs", "built", "made")), None)
        if verb is not None and any(lemma_in(w, "product") or w in SHOP for w in clause[verb + 1 :]):
            return True
    return False


def _states_a_setting(words: Sequence[str]) -> bool:
    """Whether a Russian sentence states what something is set to with a short passive
    participle (выключен, заполнены, вписаны): a report of the settings checked."""
    return any(p.has("PRTS", "pssv") for w in words if CYRILLIC.search(w) for p in morphology.parses(w)[:1])


_ANAPHORA = frozenset(("он", "она", "оно", "они", "это", "этот", "эта", "эти", "it", "they", "this", "these"))
_PERSONAL = frozenset(("он", "она", "оно", "они", "it", "they", "them"))
_ANAPHORA_REACH = 3


def _personal(word: str) -> bool:
    """A third-person pronoun in any case (они, их, ими, о них; it, them)."""
    return word in _PERSONAL or bool(CYRILLIC.search(word)) and any(
        p.has("NPRO", "3per") for p in morphology.parses(word)
    )


def goes_on_about(words: Sequence[str], previous: Sequence[str]) -> bool:
    """Whether a sentence opens with a pronoun for the product thing the sentence before
    named (модуль доставки ... Он считает вес в граммах; их накопилось ...): it goes on
    about the question."""
    # a personal pronoun also after a word or two of time or manner (сейчас они …, right now
    # they …); a demonstrative further in qualifies a new thing (гляжу на эту метель)
    pointing = bool(words) and words[0] in _ANAPHORA or any(_personal(w) for w in words[:_ANAPHORA_REACH])
    if pointing and bool(domain_words(previous)) and not about_life(words):
        return True
    # на странице врачей карточка не выводится. Остальные врачи видны: the words of life the
    # sentence before named as the site's content (right after a product word), named again
    # and not marked as an aside, are that content still
    life = {morphology.lemma(w) for w in life_words(words)}
    content = {
        morphology.lemma(w) for at, w in enumerate(previous[1:], start=1)
        if lemma_in(previous[at - 1], "product") and lemma_in(w, "life")
    }
    return bool(life) and life <= content and not cues("aside").found(words)


def wanders_off(asides: Sequence[Aside]) -> int:
    """Content words of the digressions among a message's sentences, in order.

    Short remarks in a row make one digression (А погода у вас какая? У нас минус
    двадцать.); a short remark alone ("погода хорошая") does not, unless it names the
    writer's life twice (жена поддержала, родители нет)."""
    total = 0
    run = Aside()
    for aside in [*asides, Aside()]:
        if aside.words:
            run = Aside(run.words + aside.words, run.life + aside.life)
            continue
        if run.words >= (LIFE_REMARK_WORDS if run.life else UNNAMED_DIGRESSION_WORDS) or run.life >= LIFE_WORDS:
            total += max(run.words, DIGRESSION_SENTENCE_WORDS)
        run = Aside()
    return total
