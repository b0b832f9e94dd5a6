"""Terms of a question for repeat detection (SPEC 2.8.5): what each word means to the desk.

A term is a word's lemma with its kind: an *entity* (a product or service name, a version,
an error code, a quoted name) weighs most, then the *action* asked for (repeat_terms.txt
groups those that mean the same), then nouns, then the rest; greetings, signatures and
stopwords are no terms. `repeats` compares two questions' terms.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache, lru_cache

from deskcli.domain.intake import morphology, patterns, repeat_asides, repeat_context, repeat_question
from deskcli.domain.intake.normalising import CYRILLIC, LATIN, QUOTED
from deskcli.domain.intake.repeat_names import UNITS, inflected_name, joined_number, name_skeleton, number_named
from deskcli.domain.intake.repeat_question import VALUE, is_light
from deskcli.domain.intake.repeat_roles import DETERMINERS, relative_direction, role_of
from deskcli.domain.intake.stemming import stem
from deskcli.domain.intake.wordlists import fold, sections, stopwords
from deskcli.domain.named import NamedTuple

# The role of a vendor's half of a dotted product name (Яндекс in Яндекс.Маркет): the other
# question may leave it out.
VENDOR = "vendor"
# The role of a name that only restates or illustrates (in brackets, after например, a pasted
# error text): it names no other thing than the question around it (`repeat_asides`).
ASIDE = "aside"
# The head of a name offered as an alternative to another (CSV или xlsx): "or:" and that name.
ALTERNATIVE = "or:"
# The action of a light verb that points at a state described elsewhere (сделать так, чтобы
# ...): it meets any action, and left alone it asks for none.
ANY_ACTION = "actions:any"
# ... and when that state may be something not happening or limited (чтобы скидки не
# суммировались, чтобы видели только ...): actions that stop, hide or forbid too.
ANY_STOPPING = "actions:any-stopping"

WEIGHTS = {
    "entity": 2.0, "action": 1.5, "noun": 1.0, "qualifier": 1.0, "place": 0.6, "other": 0.5, "weak": 0.2,
}

# Words, versions (7.0.6) and codes; dotted names (Яндекс.Метрика, sitemap.xml) and
# hyphenated ones (Excel-файл, 301-редирект) are split into their parts.
# A currency sign is a word of its own: "руб." to "₽" and "тенге" to "₸" name other currencies.
_CURRENCY_SIGNS = "$€£¥₽₸₴₺₹"
_SIGNS = frozenset(_CURRENCY_SIGNS)
_TOKEN = patterns.compile(rf"\d+(?:\.\d+)+|[^\W_]+|[{_CURRENCY_SIGNS}]")
# A full stop ends a sentence before a space; inside a dotted name (Яндекс.Маркет) it does not.
_SENTENCE_START = patterns.compile(r"(?:^|[!?:\n]\s*|\.\s+)$")


# A named tuple, not a dataclass: dataclasses (and inspect) would cost every desk open 3-4 ms.
class Term(NamedTuple):
    """One word of a question as repeat detection weighs it."""

    word: str
    stem: str
    concepts: frozenset[str]
    kind: str
    # "from" or "to" when a preposition gives the thing a direction (из 1С на сайт,
    # с сайта в 1С): two questions moving one thing opposite ways ask different things;
    # "without" when the thing is left out (без картинок); ASIDE for a name that only
    # restates or illustrates.
    role: str = ""
    # The stem of the noun a name is attached to (раздел «Документы», 400 позиций).
    head: str = ""

    @property
    def weight(self) -> float:
        return WEIGHTS[self.kind]


@cache
def _groups() -> dict[str, dict[str, frozenset[str]]]:
    """repeat_terms.txt as {section: {word: the ids of the groups it belongs to}}."""
    found: dict[str, dict[str, set[str]]] = {}
    for section, lines in sections("repeat_terms.txt").items():
        if section in ("phrases", "opposites"):
            continue
        words: dict[str, set[str]] = {}
        for number, line in enumerate(lines):
            for word in line.split():
                # кэш and кеш, кэширование and кеширование: one word in two spellings
                for spelling in {word, word.replace("э", "е")}:
                    words.setdefault(spelling, set()).add(f"{section}:{number}")
        found[section] = words
    return {s: {w: frozenset(g) for w, g in ws.items()} for s, ws in found.items()}


_ABBREVIATION = 3


@cache
def _phrases() -> tuple[re.Pattern[str], tuple[str, ...]]:
    """The [phrases] of repeat_terms.txt as one pattern, group n read as the n-th term."""
    terms: list[str] = []
    alternatives: list[str] = []
    for line in sections("repeat_terms.txt").get("phrases", ()):
        term, _, spelled = line.partition("=")
        starts = [
            r"[\s-]+".join(re.escape(start).replace("е", "[её]") + r"[^\W_]*" for start in phrase.split())
            for phrase in spelled.split("|")
        ]
        alternatives.append(f"(?P<p{len(terms)}>{'|'.join(starts)})")
        # an abbreviation (сбп) is written as one, so that it stays a name (СБП)
        terms.append(term.strip().upper() if len(term.strip()) <= _ABBREVIATION else term.strip())
    pattern = rf"(?<![^\W_])(?:{'|'.join(alternatives) or '(?!)'})(?![^\W_])"
    return patterns.compile(pattern, re.IGNORECASE), tuple(terms)


@cache
def _opposites() -> dict[str, frozenset[str]]:
    """The [opposites] of repeat_terms.txt: a word of line n gets ``scale:n:more`` or
    ``scale:n:less`` by the side of the colon it stands on."""
    found: dict[str, set[str]] = {}
    for number, line in enumerate(sections("repeat_terms.txt").get("opposites", ())):
        more, _, less = line.partition(":")
        for side, words in (("more", more), ("less", less)):
            for word in words.split():
                found.setdefault(word, set()).add(f"scale:{number}:{side}")
    return {word: frozenset(concepts) for word, concepts in found.items()}


def scale_sides(terms: Sequence[Term]) -> dict[str, set[str]]:
    """The sides of each scale of [opposites] a question's terms stand on: {"0": {"more"}}."""
    sides: dict[str, set[str]] = {}
    for term in terms:
        for concept in term.concepts:
            if concept.startswith("scale:"):
                _, number, side = concept.split(":")
                sides.setdefault(number, set()).add(side)
    return sides


def _spelled_out_as_terms(text: str) -> str:
    """Text with each spelled-out phrase of [phrases] written as its term."""
    pattern, terms = _phrases()
    return pattern.sub(lambda m: terms[int(next(k for k, v in m.groupdict().items() if v)[1:])], text)


@cache
def _kinds() -> dict[str, frozenset[str]]:
    """The [kinds] of repeat_terms.txt: the kind word gets ``kind:K``, each instance
    ``isa:K``; a kind meets its instances (валюта / евро), instances not each other."""
    found: dict[str, set[str]] = {}
    for line in sections("repeat_terms.txt").get("kinds", ()):
        kinds, _, instances = line.partition(":")
        for kind in kinds.split():
            found.setdefault(kind, set()).add(f"kind:{kinds.split()[0]}")
        for instance in instances.split():
            found.setdefault(instance, set()).add(f"isa:{kinds.split()[0]}")
    return {word: frozenset(concepts) for word, concepts in found.items()}


def _is_entity(word: str, start: int, text: str, cyrillic_text: bool, quoted: bool, shouted: bool = False) -> bool:
    """A name, version, code or quoted title: what tells one question from another.

    In a message typed in capitals (КАКИЕ СМС СЕРВИСЫ МОЖНО ПОДКЛЮЧИТЬ) a capital tells
    nothing: only a word the dictionary does not know may be a name there."""
    if fold(word) in _groups()["weak"]:
        return False
    if any(c.isdigit() for c in word) or quoted:
        return True
    if cyrillic_text and LATIN.search(word):
        return True
    if shouted:
        return bool(CYRILLIC.search(word)) and not morphology.is_known(fold(word))
    if len(word) > 1 and word.isupper():
        return True
    return word[:1].isupper() and not _SENTENCE_START.search(text[:start])


# Ordinal numerals tell one thing from another like numbers do (второй сайт, 2nd site).
_ORDINALS = frozenset(["первый", "второй", "третий", "четвертый", "пятый", "first", "second", "third", "fourth", "fifth"])


def _kind(folded: str, lemma: str, concepts: set[str], entity: bool) -> str:
    if any(c.startswith("weak:") for c in concepts):
        return "weak"
    if entity or lemma in _ORDINALS:
        return "entity"
    if any(c.startswith("actions:") for c in concepts):
        return "action"
    if any(c.startswith("places:") for c in concepts):
        return "place"
    parses = morphology.parses(folded)
    if not parses:
        return "noun"
    best = parses[0]
    # который, такой, этот, свой, каждый: a pronoun points at a thing or links a clause,
    # and names nothing two questions could differ in.
    if best.has("Apro") or best.has("NPRO"):
        return "weak"
    # A relational adjective names a kind of thing (бонусная / партнёрская программа);
    # a qualitative one (новый, белый) does not.
    if best.has("NOUN"):
        return "noun"
    # A word of [kinds] (платёжный сервис, the payment kind) says which kind of thing it is.
    kinded = any(c.startswith(("kind:", "isa:")) for c in concepts)
    return "qualifier" if best.has("ADJF") and (kinded or not best.has("Qual")) else "other"


@lru_cache(maxsize=16384)
def _term(word: str, entity: bool, substantive: bool = False) -> Term | None:
    folded = fold(word)
    if folded in stopwords() or len(folded) < 2 and not folded.isdigit() and folded not in _SIGNS:
        return None
    lemma = morphology.lemma(folded)
    if not entity and _ENGLISH_PLURAL.fullmatch(folded) and re.search(r"[aeiouy]", folded[:-1]):
        lemma = folded[:-1]  # English has no dictionary here: orders is order
    groups = _groups()
    concepts = {lemma}
    # By every lemma the word may have and as written: for a word the dictionary only
    # guesses, the likeliest lemma may be wrong (админке -> админк, then админка). A
    # reflexive verb is its plain verb (продлевается -> продлевать) for the groups.
    lemmas = morphology.lemmas(folded)
    keys = (*lemmas, *(w[:-2] for w in lemmas if w.endswith(("ся", "сь")) and len(w) > 5), folded)
    keys += tuple(k.replace("э", "е") for k in keys if "э" in k)
    if folded.isascii() and folded.endswith("s") and len(folded) > 3:
        keys += (folded[:-1],)  # English has no dictionary here: payments is payment
    # An action only by the likeliest reading: данных is data before it is a form of дать.
    action_keys = [k for k in keys if k not in lemmas or k.startswith(lemma[:-2] if lemma.endswith(("ся", "сь")) else lemma)]
    for section in ("actions", "synonyms", "places", "weak", "light"):
        for key in action_keys if section in ("actions", "light") else keys:
            concepts |= groups[section].get(key, frozenset())
    for key in keys:
        concepts |= _kinds().get(key, frozenset()) | _opposites().get(key, frozenset())
    kind = _kind(folded, lemma, concepts, entity)
    if kind in ("qualifier", "other") and substantive:
        kind = "noun"
    # A name, or a word the dictionary does not know (телеграм, вотсап: brands written in
    # Cyrillic), is matched by its Latin skeleton: телеграм / Telegram.
    if folded.isalpha() and (kind == "entity" or CYRILLIC.search(folded) and not morphology.is_known(folded)):
        concepts.add("name:" + name_skeleton(lemma if CYRILLIC.search(folded) else folded))
        concepts |= {"name:" + name_skeleton(form) for form in inflected_name(folded)}
    return Term(folded, stem(lemma), frozenset(concepts), kind)


def _substantive(word: str, following: str | None) -> bool:
    """An adjective that no noun follows stands for a noun (в товарной накладной, в личном)."""
    if not (found := morphology.parses(fold(word))) or not found[0].has("ADJF"):
        return False
    if following is None:
        return True
    after = morphology.parses(fold(following))
    return not after or not (after[0].has("NOUN") or after[0].has("ADJF"))


# English phrasal verbs as the one verb they mean: turn off the emails = disable them.
_PHRASAL = patterns.compile(r"\b(turn|switch|shut|set)\s+(off|on|up)\b", re.IGNORECASE)
_PHRASAL_AS = {"off": "disable", "on": "enable", "up": "setup"}
_ENGLISH_PLURAL = patterns.compile(r"[a-z]{3,}[^su]s")


@lru_cache(maxsize=1024)
def question_terms(text: str) -> tuple[Term, ...]:
    """The distinct terms of a question, greetings, data lines and signature left out.

    Cached: `desk open` compares one new question with up to twenty earlier ones."""
    text = _spelled_out_as_terms(_PHRASAL.sub(lambda m: _PHRASAL_AS[m.group(2).casefold()], repeat_context.question_part(text)))
    cyrillic_text = len(CYRILLIC.findall(text)) >= len(LATIN.findall(text))
    letters = [c for c in text if c.isalpha()]
    shouted = len(letters) >= 20 and sum(c.isupper() for c in letters) > 0.7 * len(letters)
    quotes = [m.span() for m in QUOTED.finditer(text)]
    asides = repeat_asides.aside_spans(text)
    addresses = repeat_context.addresses(text)
    terms: dict[str, Term] = {}
    matches = list(_TOKEN.finditer(text))
    counted: tuple[str, int, int] | None = None  # the last number's term, value and place, to join the next to
    for index, match in enumerate(matches):
        quoted = any(a < match.start() < b for a, b in quotes)
        entity = _is_entity(match.group(), match.start(), text, cyrillic_text, quoted, shouted)
        following = matches[index + 1] if index + 1 < len(matches) else None
        # Only a word next to it in the same phrase qualifies it: not across a comma or "?".
        joined = following is not None and not text[match.end() : following.start()].strip()
        substantive = _substantive(match.group(), following.group() if joined and following else None)
        term = _term(match.group(), entity, substantive)
        if term is not None and term.kind == "action" and index and fold(matches[index - 1].group()) in ("в", "во", "in"):
            term = term._replace(kind="weak")  # в настройках системы: where, not what is done
        # адрес, на который приходят письма / адрес, с которого они уходят: the direction of a
        # relative clause's preposition is the direction of the thing it refers back to
        if index >= 2 and terms and fold(match.group()).startswith("котор"):
            last = next(reversed(terms.values()))
            direction = relative_direction(matches[index - 1].group(), match.group())
            if direction and not last.role and "," in text[matches[index - 2].end() : matches[index - 1].start()]:
                terms[last.word] = last._replace(role=direction)
                continue
        if term is not None and morphology.lemma(term.word) in _ORDINALS:
            term = _ordinal(term, matches[index + 1 : index + 3] if joined else (), text)
        elif term is not None and index and (role := role_of(matches[index - 1 - _article(matches, index)], match, text)):
            # "the way to enable": an English infinitive's "to" is no direction
            term = term if role == "to" and term.kind == "action" and term.word.isascii() else term._replace(role=role)
        # A bare number or a quoted name is a value: it fills what an earlier question
        # left open (определённая сумма, количество, a certain group): [kinds] значение.
        if term is not None and (quoted or match.group().isdigit()):
            term = term._replace(concepts=term.concepts | {"isa:" + VALUE})
        # 2 МБ, 800 px, 5 кг: a unit right after a number is part of the figure, not a name
        if (term is not None and counted and counted[2] == index - 1 and fold(match.group()) in UNITS
                and not text[matches[index - 1].end() : match.start()].strip()):
            continue
        # 3 and трёх, 2 and two, twice: one number however it is written.
        if term is not None and (number := _number(term)):
            # пяти тысяч, двадцать пять, 5 тысяч: one number written in several words
            next_to = counted and counted[2] == index - 1 and not text[matches[index - 1].end() : match.start()].strip()
            together = joined_number(counted[1], int(number)) if counted and next_to else 0
            if counted and together and counted[0] in terms:
                held = terms[counted[0]]
                terms[counted[0]] = held._replace(concepts=held.concepts - {f"number:{counted[1]}"} | {f"number:{together}"})
                counted = (counted[0], together, index)
                continue
            term = term._replace(concepts=term.concepts | {"number:" + number})
            counted = (term.word, int(number), index)
        elif term is not None:
            counted = None
        if term is not None:
            term = _in_context(term, match, text, any(a <= match.start() < b for a, b in addresses))
        if term is not None and term.kind == "entity":
            term = _attached(term, matches, index, text, asides, next((q for q in quotes if q[0] < match.start() < q[1]), None))
        if term is not None and term.word not in terms:
            terms[term.word] = term
    return repeat_question.read_together(tuple(terms.values()))


def _attached(term: Term, matches: list[re.Match[str]], index: int, text: str, asides: list[tuple[int, int]],
              quote: tuple[int, int] | None) -> Term:
    """A name as its grammatical role makes it: an aside, attached to a head noun, or itself."""
    start = matches[index].start()
    if any(a <= start < b for a, b in asides) or matches[index].group().isdigit() and index and repeat_asides.is_counter(
        matches[index - 1].group()
    ):
        return term._replace(role=ASIDE)
    at = repeat_asides.attached_head(matches, index, text, quote)
    if at is None:
        other = repeat_asides.alternative_of(matches, index, text)
        return term if other is None else term._replace(head=ALTERNATIVE + fold(matches[other].group()))
    if repeat_asides.is_counter(matches[at].group()):
        return term._replace(role=ASIDE)
    head = _term(matches[at].group(), False, True)
    return term._replace(head=head.stem) if head is not None else term


def _article(matches: Sequence[re.Match[str]], index: int) -> int:
    """1 when an English article or possessive stands right before `index` after some word
    (from the Riga warehouse): the preposition is the word before it."""
    return int(index > 1 and fold(matches[index - 1].group()) in DETERMINERS)


def _in_context(term: Term, match: re.Match[str], text: str, in_address: bool) -> Term:
    """The term as its neighbours make it (see `repeat_context`)."""
    if in_address:
        return term._replace(concepts=frozenset(), kind="weak")
    if term.kind == "entity" and repeat_context.vendor_prefix(match, text):
        return term._replace(role=VENDOR)
    if term.kind == "action" and is_light(term) and repeat_context.points_elsewhere(match, text):
        # сделать так, чтобы ...: whatever action brings that state about
        wildcard = ANY_STOPPING if repeat_context.may_want_something_stopped(text) else ANY_ACTION
        return term._replace(concepts=frozenset(c for c in term.concepts if not c.startswith("actions:")) | {wildcard})
    if term.concepts & _seeing() and repeat_context.negated(match, text):
        hidden = _term("скрыть", False)
        return term._replace(concepts=hidden.concepts if hidden else term.concepts, kind="action")
    return term


@cache
def stopping_actions() -> frozenset[str]:
    """The [actions] groups that stop, remove, hide or forbid something (удалить, скрыть)."""
    return frozenset(c for word in ("удалить", "скрыть") for c in _groups()["actions"].get(word, ()))


@cache
def _seeing() -> frozenset[str]:
    """The group of seeing and showing (видеть, показывать, see, show) of repeat_terms.txt."""
    return _groups()["synonyms"].get("видеть", frozenset())


def _number(term: Term) -> str:
    """The number a term names, written in digits, or ""."""
    return number_named(term.word, morphology.lemma(term.word))


def _ordinal(term: Term, following: Sequence[re.Match[str]], text: str) -> Term:
    """второй сайт / второй язык: an ordinal tells one thing from another only together
    with the words it qualifies (up to two: вторую языковую версию, a second site language)."""
    heads: set[str] = set()
    end = following[0].start() if following else 0
    for match in following:
        # not across a comma or "?", nor a preposition: первой в ленте is a position
        if text[end : match.start()].strip() or (head := _term(match.group(), False)) is None:
            break
        heads |= {c for c in head.concepts if not c.startswith(("isa:", "kind:"))}
        end = match.end()
    if not heads:  # был первым, первой в ленте: a place in an order, which names no thing
        return term._replace(concepts=frozenset((term.stem,)), kind="other")
    concepts = frozenset(f"ordinal:{term.stem}:{head}" for head in heads)
    return Term(f"{term.word} {' '.join(sorted(heads))}", term.stem, concepts, term.kind)
