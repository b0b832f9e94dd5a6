"""Repeats (SPEC 2.8.5): does a new question ask what an earlier one asked?

Two questions are compared term by term. A term is a word's lemma with what it means to
the desk: an *entity* (a product or service name, a version, an error code, a quoted
name: PHP, Яндекс, 7.0.6, «Оптовики») weighs most, then the *action* asked for
(добавить, очистить, выгрузить: repeat_terms.txt groups those that mean the same), then
nouns, then the rest; greetings, signatures and stopwords do not count. Words of one
group of repeat_terms.txt are the same term (кэш/кеш, бэкап/резервная копия,
почта/письмо), and near spellings of one stem match in part (языковой/язык).

Two rules keep questions that share most words apart: different actions (добавить
товар / удалить товар), and a term of one question replaced by a term of the same kind
in the other (SMTP Яндекса / SMTP Mail.ru, PHP / MySQL, HostCMS 6 / HostCMS 7, поиск по
сайту / поиск в админке). Extra words on one side (где, в центре администрирования)
only lower the score.
"""

from __future__ import annotations

import os
import re
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cache, lru_cache

from deskcli.domain.intake import morphology
from deskcli.domain.intake.answerability import SIGNATURE, asks
from deskcli.domain.intake.normalising import CYRILLIC, LATIN, SENTENCE_SPLIT
from deskcli.domain.intake.stemming import stem
from deskcli.domain.intake.wordlists import fold, sections, stopwords

REPEAT_THRESHOLD = 0.6
"""`question_similarity` at or above which a question counts as asked before (2.8.5).

Case, punctuation, word order, greetings, inflection and the desk's synonyms
("очистить кеш сайта" / "почистить кэш на сайте", "бэкап" / "резервная копия") keep a
rewording above it; a different action or a replaced entity puts a question below it.
"""

WEIGHTS = {
    "entity": 2.0, "action": 1.5, "noun": 1.0, "qualifier": 1.0, "place": 0.6, "other": 0.5, "weak": 0.2,
}
# Near spellings of one stem (языковой/язык, очищается/очистить) count in part.
_SOFT_MATCH = 0.6
# A veto keeps the score under any threshold a desk would choose.
_VETO = 0.5

# Words, versions (7.0.6) and codes; dotted names (Яндекс.Метрика, sitemap.xml) and
# hyphenated ones (Excel-файл, 301-редирект) are split into their parts.
_TOKEN = re.compile(r"\d+(?:\.\d+)+|[^\W_]+")
_QUOTED = re.compile(r"«[^»]*»|\"[^\"\n]*\"|“[^”]*”")
_SENTENCE_START = re.compile(r"(?:^|[.!?:\n]\s*)$")


@dataclass(frozen=True)
class Term:
    word: str
    stem: str
    concepts: frozenset[str]
    kind: str

    @property
    def weight(self) -> float:
        return WEIGHTS[self.kind]


@cache
def _groups() -> dict[str, dict[str, frozenset[str]]]:
    """repeat_terms.txt as {section: {word: the ids of the groups it belongs to}}."""
    found: dict[str, dict[str, set[str]]] = {}
    for section, lines in sections("repeat_terms.txt").items():
        words: dict[str, set[str]] = {}
        for number, line in enumerate(lines):
            for word in line.split():
                words.setdefault(word, set()).add(f"{section}:{number}")
        found[section] = words
    return {s: {w: frozenset(g) for w, g in ws.items()} for s, ws in found.items()}


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


def _is_entity(word: str, start: int, text: str, cyrillic_text: bool, quoted: bool) -> bool:
    """A name, version, code or quoted title: what tells one question from another."""
    if fold(word) in _groups()["weak"]:
        return False
    if any(c.isdigit() for c in word) or quoted:
        return True
    if cyrillic_text and LATIN.search(word):
        return True
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
    # A relational adjective names a kind of thing (бонусная / партнёрская программа);
    # a qualitative one (новый, белый) does not.
    if best.has("NOUN"):
        return "noun"
    return "qualifier" if best.has("ADJF") and not best.has("Qual") else "other"


# Cyrillic written in Latin letters, to tell that Озон and Ozon, Сбер and Sber name one thing.
_TRANSLIT = str.maketrans({
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ж": "zh", "з": "z", "и": "i",
    "й": "i", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s",
    "т": "t", "у": "u", "ф": "f", "х": "h", "ц": "c", "ч": "ch", "ш": "sh", "щ": "sch", "ъ": "",
    "ы": "y", "ь": "", "э": "e", "ю": "yu", "я": "ya",
})
# Spellings that differ between transliterations (Яндекс / Yandex, Tinkoff / Тинькофф,
# Excel / Эксель: x is ks).
# A Latin c reads s before e, i, y and most consonants (CDEK / СДЭК), k elsewhere
# (Calltouch / Коллтач); ch is ч.
_LATIN_SKELETON = (
    ("x", "ks"), ("ck", "k"), ("wh", "v"), ("ff", "f"), ("w", "v"), ("ch", "ч"), ("c", "k"), ("y", "i"), ("j", "i"),
)
_DOUBLED = re.compile(r"(.)\1+")
_SOFT_C = re.compile(r"c(?=[eiybdfgjlmnpqrstvwxz])")


def _skeleton(word: str) -> str:
    """A name written in Latin letters and spelling variants merged: озон and ozon -> ozon."""
    latin = _SOFT_C.sub("s", word.translate(_TRANSLIT))
    for written, merged in _LATIN_SKELETON:
        latin = latin.replace(written, merged)
    # doubled letters come and go between spellings: Excel / Эксель, Calltouch / Колтач
    return _DOUBLED.sub(r"\1", latin)


@lru_cache(maxsize=16384)
def _term(word: str, entity: bool, substantive: bool = False) -> Term | None:
    folded = fold(word)
    if folded in stopwords() or len(folded) < 2 and not folded.isdigit():
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
    if folded.isascii() and folded.endswith("s") and len(folded) > 3:
        keys += (folded[:-1],)  # English has no dictionary here: payments is payment
    # An action only by the likeliest reading: данных is data before it is a form of дать.
    action_keys = [k for k in keys if k not in lemmas or k.startswith(lemma[:-2] if lemma.endswith(("ся", "сь")) else lemma)]
    for section in ("actions", "synonyms", "places", "weak", "light"):
        for key in action_keys if section in ("actions", "light") else keys:
            concepts |= groups[section].get(key, frozenset())
    for key in keys:
        concepts |= _kinds().get(key, frozenset())
    kind = _kind(folded, lemma, concepts, entity)
    if kind in ("qualifier", "other") and substantive:
        kind = "noun"
    # A name, or a word the dictionary does not know (телеграм, вотсап: brands written in
    # Cyrillic), is matched by its Latin skeleton: телеграм / Telegram.
    if folded.isalpha() and (kind == "entity" or CYRILLIC.search(folded) and not morphology.is_known(folded)):
        concepts.add("name:" + _skeleton(lemma if CYRILLIC.search(folded) else folded))
    return Term(folded, stem(lemma), frozenset(concepts), kind)


def _substantive(word: str, following: str | None) -> bool:
    """An adjective that no noun follows stands for a noun (в товарной накладной, в личном)."""
    if not (found := morphology.parses(fold(word))) or not found[0].has("ADJF"):
        return False
    if following is None:
        return True
    after = morphology.parses(fold(following))
    return not after or not (after[0].has("NOUN") or after[0].has("ADJF"))


def _question_part(text: str) -> str:
    """The sentences that ask, without greetings, data lines and signature; the whole
    text when none asks."""
    text = SIGNATURE.sub("", unicodedata.normalize("NFKC", text))
    sentences = [s for s in SENTENCE_SPLIT.split(text) if s.strip()]
    asking = [s for s in sentences if asks(fold(s))]
    return "\n".join(asking) if asking else text


# English phrasal verbs as the one verb they mean: turn off the emails = disable them.
_PHRASAL = re.compile(r"\b(turn|switch|shut|set)\s+(off|on|up)\b", re.IGNORECASE)
_PHRASAL_AS = {"off": "disable", "on": "enable", "up": "setup"}
_ENGLISH_PLURAL = re.compile(r"[a-z]{3,}[^su]s")


@lru_cache(maxsize=1024)
def question_terms(text: str) -> tuple[Term, ...]:
    """The distinct terms of a question, greetings, data lines and signature left out.

    Cached: `desk open` compares one new question with up to twenty earlier ones."""
    text = _PHRASAL.sub(lambda m: _PHRASAL_AS[m.group(2).casefold()], _question_part(text))
    cyrillic_text = len(CYRILLIC.findall(text)) >= len(LATIN.findall(text))
    quotes = [m.span() for m in _QUOTED.finditer(text)]
    terms: dict[str, Term] = {}
    matches = list(_TOKEN.finditer(text))
    for index, match in enumerate(matches):
        quoted = any(a < match.start() < b for a, b in quotes)
        entity = _is_entity(match.group(), match.start(), text, cyrillic_text, quoted)
        following = matches[index + 1] if index + 1 < len(matches) else None
        # Only a word next to it in the same phrase qualifies it: not across a comma or "?".
        joined = following is not None and not text[match.end() : following.start()].strip()
        substantive = _substantive(match.group(), following.group() if joined and following else None)
        term = _term(match.group(), entity, substantive)
        if term is not None and joined and morphology.lemma(term.word) in _ORDINALS:
            term = _ordinal(term, matches[index + 1 : index + 3], text)
        if term is not None and term.word not in terms:
            terms[term.word] = term
    return _without_light_verbs(tuple(terms.values()))


def _ordinal(term: Term, following: Sequence[re.Match[str]], text: str) -> Term:
    """второй сайт / второй язык: an ordinal tells one thing from another only together
    with the words it qualifies (up to two: вторую языковую версию, a second site language)."""
    heads: set[str] = set()
    end = following[0].start()
    for match in following:
        if text[end : match.start()].strip():
            break  # not across a comma or "?"
        if (head := _term(match.group(), False)) is not None:
            heads |= {c for c in head.concepts if not c.startswith(("isa:", "kind:"))}
        end = match.end()
    concepts = frozenset(f"ordinal:{term.stem}:{head}" for head in heads)
    return Term(f"{term.word} {' '.join(sorted(heads))}", term.stem, concepts, term.kind)


def _without_light_verbs(terms: tuple[Term, ...]) -> tuple[Term, ...]:
    """сделать экспорт, настроить импорт, make a backup: beside another action a light
    verb only carries it, and the question asks for that other action (экспортировать)."""
    def light(term: Term) -> bool:
        return term.kind == "action" and any(c.startswith("light:") for c in term.concepts)

    if not any(t.kind == "action" and not light(t) for t in terms):
        return terms
    return tuple(
        Term(t.word, t.stem, frozenset(c for c in t.concepts if not c.startswith("actions:")), "weak")
        if light(t) else t
        for t in terms
    )


@lru_cache(maxsize=16384)
def _trigrams(word: str) -> frozenset[str]:
    padded = f"#{word}#"
    return frozenset(padded[i : i + 3] for i in range(len(padded) - 2))


def _likeness(a: Term, b: Term) -> float:
    """1 for the same term or group; partial for near spellings of plain words; else 0."""
    if any(not c.startswith("isa:") for c in a.concepts & b.concepts):
        return 1.0
    if _kind_meets_instance(a.concepts, b.concepts) or _kind_meets_instance(b.concepts, a.concepts):
        return 0.9
    if a.kind == b.kind == "entity":
        return _name_likeness(a, b)
    if "entity" in (a.kind, b.kind) or len(a.stem) < 4 or len(b.stem) < 4:
        return 0.0
    if a.kind == b.kind == "action":  # экспортировать / импортировать look alike, mean opposites
        return 0.0
    if a.stem.startswith(b.stem) or b.stem.startswith(a.stem):
        return 0.9
    if _shared_root(a.stem, b.stem):
        return 0.8  # индексация / индексировать: a noun and the verb it is made from
    ta, tb = _trigrams(a.stem), _trigrams(b.stem)
    dice = 2 * len(ta & tb) / (len(ta) + len(tb))
    return dice if dice >= _SOFT_MATCH else 0.0


def _shared_root(a: str, b: str) -> bool:
    """Stems that part only after a long shared beginning: six letters or more, and at
    least three quarters of the shorter (индексац / индексир, not перенос / перенаправ)."""
    shared = len(os.path.commonprefix((a, b)))
    return shared >= 6 and shared >= 0.75 * min(len(a), len(b))


def _kind_meets_instance(kind: frozenset[str], instance: frozenset[str]) -> bool:
    return any(c.startswith("kind:") and "isa:" + c[5:] in instance for c in kind)


def _name_likeness(a: Term, b: Term) -> float:
    """A name and its short form (Сбер / Сбербанк, Озон / Ozon): the same entity; names
    with digits (PHP 7 / PHP 8) or that merely share letters are different ones."""
    names_a = [c[5:] for c in a.concepts if c.startswith("name:")]
    names_b = [c[5:] for c in b.concepts if c.startswith("name:")]
    for x in names_a:
        for y in names_b:
            short, long = sorted((x, y), key=len)
            # the rest a word of its own (Сбер-банк), not an ending (HTTP / HTTPS)
            if len(short) >= 4 and len(long) - len(short) >= 3 and long.startswith(short):
                return 0.9
    return 0.0


def _actions(terms: Sequence[Term]) -> set[str]:
    return {c for t in terms if t.kind == "action" for c in t.concepts if c.startswith("actions:")}


def question_similarity(a: str, b: str, rarity: Callable[[str], float] | None = None) -> float:
    """How alike two questions are, from 0 (unrelated) to 1 (the same terms).

    A weighted Dice coefficient over terms, each term of one question paired with at most
    one of the other; then the vetoes of the module's docstring. `rarity` (a term's stem
    -> a factor, about 1 for an ordinary word of the desk) lets the store weigh terms by
    how rare they are in the desk's own questions.
    """
    terms_a, terms_b = question_terms(a), question_terms(b)
    if not terms_a or not terms_b:
        same = fold(a).strip() == fold(b).strip()
        return 1.0 if same and not terms_a and not terms_b else 0.0

    def weight(term: Term) -> float:
        return term.weight * (rarity(term.stem) if rarity and term.kind != "weak" else 1.0)

    pairs = sorted(
        ((like, i, j) for i, ta in enumerate(terms_a) for j, tb in enumerate(terms_b)
         if (like := _likeness(ta, tb)) > 0),
        # Pair the weightier terms first: бэкап with копию, not with резервную.
        key=lambda p: (-p[0], -(terms_a[p[1]].weight + terms_b[p[2]].weight), p[1], p[2]),
    )
    used_a: set[int] = set()
    used_b: set[int] = set()
    shared = 0.0
    for like, i, j in pairs:
        if i in used_a or j in used_b:
            continue
        used_a.add(i)
        used_b.add(j)
        shared += like * (weight(terms_a[i]) + weight(terms_b[j]))
    score = min(1.0, shared / (sum(map(weight, terms_a)) + sum(map(weight, terms_b))))
    # Different actions, each left without a counterpart in the other question: выгружать
    # товары / подключить выгрузку pair the first action with the second's noun.
    actions_a, actions_b = _actions(terms_a), _actions(terms_b)
    unpaired_a = _actions([t for i, t in enumerate(terms_a) if i not in used_a])
    unpaired_b = _actions([t for j, t in enumerate(terms_b) if j not in used_b])
    # экспорт / импорт beside a shared настроить: each question's own action has no
    # counterpart in the other, whatever else they share.
    if unpaired_a and unpaired_b and not unpaired_a & actions_b and not unpaired_b & actions_a:
        score *= _VETO
    left_a = {t.kind for i, t in enumerate(terms_a) if i not in used_a}
    left_b = {t.kind for j, t in enumerate(terms_b) if j not in used_b}
    things = {"entity", "noun"}
    if left_a & things and left_b & things or left_a & left_b & {"place", "qualifier"}:
        score *= _VETO
    return score


def is_repeat(a: str, b: str, rarity: Callable[[str], float] | None = None) -> bool:
    """Whether question `b` asks essentially what `a` asked (2.8.5)."""
    return question_similarity(a, b, rarity) >= REPEAT_THRESHOLD
