"""Intake rules: what the desk reads in a new message before it joins the queue.

The policy (SPEC 2.8) does not take up a message that is outside support's competence
(2.10), has no question, contains obscene or insulting language, wanders off into
extraneous reasoning, or asks again what was already answered. Only obscenity is decided
here outright: it is a refusal. The other findings are flags, advice to the agent, because
a machine that wrongly closes a customer's request does more harm than one that lets an
agent have a look. Repeats are decided by `is_repeat`, which the store calls on the
candidates its full-text index finds; `search_terms` builds the terms for that index and
for the documentation search of 2.11.

The word lists are data (``deskcli/data/*.txt``, ``scope_rules.json``), so that support
staff can extend them without touching code. Everything here is plain functions over
strings: no database, no terminal.
"""

from __future__ import annotations

import itertools
import json
import re
import unicodedata
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib.resources import files

from deskcli.domain.reasons import Reason

__all__ = [
    "REPEAT_THRESHOLD",
    "RULE_TEXT",
    "IntakeResult",
    "check_intake",
    "find_obscene",
    "is_repeat",
    "normalize",
    "question_similarity",
    "search_terms",
    "stem",
]

RULE_TEXT: dict[str, str] = {
    "support_expired": (
        "Technical support is provided for one year from the date the license was "
        "purchased, or for an additional support period bought at the current rates "
        "(policy 2.2). The support period of this license has ended; it can be renewed."
    ),
    "free_edition": (
        "Users of the free edition HostCMS.Халява do not receive free technical support, "
        "except for questions about installing the system (policy 2.4)."
    ),
    "code_modified": (
        "Technical support is not provided if any changes were made to the code of the "
        "system's modules other than those made with the tools included with the system "
        "and described in its documentation. Editing layouts, typical dynamic pages, XSL "
        "templates and the like is not editing module code and does not affect support "
        "(policy 2.5)."
    ),
    "out_of_scope": (
        "Messages outside the competence of technical support are not accepted (policy "
        "2.8.1). Technical support does not include: 1) moving the system from a local "
        "computer to hosting or from one hosting to another; 2) integrating the system "
        "with layouts or outside services; 3) support staff installing system updates; "
        "4) changing layouts and developing site pages; 5) integrating the system with "
        "outside scripts; 6) consulting on the use of CSS, HTML, JavaScript and the like; "
        "7) redoing work that was already done (policy 2.10)."
    ),
    "no_question": (
        "Messages that contain no formulated question within the competence of technical "
        "support are not accepted (policy 2.8.2). Please describe your question, or quote "
        "the error text, and give the address of the page where it occurs."
    ),
    "obscene": (
        "Messages containing obscene language or insulting expressions are not accepted "
        "(policy 2.8.3)."
    ),
    "off_topic": (
        "Messages containing extraneous reasoning unrelated to the question are not "
        "accepted (policy 2.8.4). Please state the question itself."
    ),
    "already_answered": (
        "Messages asking what has already been answered are not accepted (policy 2.8.5). "
        "Please refer to the earlier answer to this license's request."
    ),
}

REPEAT_THRESHOLD = 0.72
"""`question_similarity` at or above which a question counts as asked before (2.8.5).

Tuned so that case, punctuation, word order, greetings and inflected or prefixed word
forms ("очистить кеш сайта" / "почистить кэш на сайте") stay above it, while two
questions that share only the product's vocabulary ("Как настроить кеш в HostCMS 7?" /
"Как настроить почту в HostCMS 7?") stay below it.
"""

# Words of sentences that neither ask nor report a problem, beyond which a message holds
# reasoning rather than a short preamble ("Здравствуйте, у нас магазин на HostCMS.").
EXTRANEOUS_WORDS = 60
# Below this share of product words that reasoning is extraneous (2.8.4), not a product
# story that forgot to ask (which is 2.8.2).
OFF_TOPIC_PRODUCT_SHARE = 0.03


@dataclass(frozen=True)
class IntakeResult:
    """What intake found in one message: refusals close it, flags only advise the agent."""

    refusals: tuple[Reason, ...] = ()
    flags: tuple[Reason, ...] = ()

    @property
    def refused(self) -> bool:
        return bool(self.refusals)


# --------------------------------------------------------------------------- data files


@cache
def _data_text(name: str) -> str:
    return (files("deskcli") / "data" / name).read_text(encoding="utf-8")


def _fold(text: str) -> str:
    """Casefold and write ё as е, the way Russian is usually typed."""
    return text.casefold().replace("ё", "е")


def _entries(text: str) -> Iterator[str]:
    for line in text.splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            yield line


@cache
def _word_list(name: str) -> tuple[str, ...]:
    return tuple(_fold(entry) for entry in _entries(_data_text(name)))


@cache
def _sections(name: str) -> dict[str, tuple[str, ...]]:
    sections: dict[str, list[str]] = {}
    current: list[str] = []
    for entry in _entries(_data_text(name)):
        if entry.startswith("[") and entry.endswith("]"):
            current = sections.setdefault(entry[1:-1], [])
        else:
            current.append(_fold(entry))
    return {name: tuple(words) for name, words in sections.items()}


class _WordSet:
    """Entries of a word list: ``=word`` whole words, anything else a word start."""

    def __init__(self, entries: Iterable[str]) -> None:
        self.whole = frozenset(e[1:] for e in entries if e.startswith("="))
        self.starts = tuple(e for e in entries if not e.startswith("="))

    def __contains__(self, word: str) -> bool:
        return word in self.whole or word.startswith(self.starts)


@cache
def _context(section: str) -> _WordSet:
    return _WordSet(_sections("insult_context.txt")[section])


@cache
def _cue_pattern(section: str) -> re.Pattern[str]:
    """A section of intake_cues.txt as one regex over words joined by single spaces."""
    parts = []
    for entry in _sections("intake_cues.txt")[section]:
        whole = entry.startswith("=")
        body = re.escape(entry.lstrip("="))
        parts.append(rf"(?<!\S){body}" + (r"(?!\S)" if whole else ""))
    return re.compile("|".join(parts))


@cache
def _cue_words(section: str) -> _WordSet:
    return _WordSet(e for e in _sections("intake_cues.txt")[section] if " " not in e)


@cache
def _stopwords() -> frozenset[str]:
    return frozenset(_word_list("stopwords.txt"))


# --------------------------------------------------------------------------- normalising

_INVISIBLE = dict.fromkeys(
    map(ord, "\u00ad\u034f\u180e\u200b\u200c\u200d\u200e\u200f\u2060\u2061\u2062\u2063\u2064"),
)
_INVISIBLE[ord("\ufeff")] = None
# Single letters strung together with dots, dashes or underscores: х.у.й, f-u-c-k.
_SPELLED_OUT = re.compile(r"(?<![^\W\d_])[^\W\d_](?:([.\-_·•])[^\W\d_])(?:\1[^\W\d_])+(?![^\W\d_])")
# A word, with masking characters allowed between its letters (п*здец, бл@ть, a$$hole).
_WORD = re.compile(r"(?:[^\W_]|(?<=[^\W_])[*@$]+(?=[^\W_]))+")
_CAMEL_HUMP = re.compile(r"(?<=[a-z])(?=[A-Z])")
_CYRILLIC = re.compile(r"[а-яёА-ЯЁ]")
_LATIN = re.compile(r"[a-zA-Z]")

# Latin letters that pass for Cyrillic ones. Case matters: capital B and H look like В and
# Н, while lowercase b stands for б and n for п in the usual disguises.
_LATIN_AS_CYRILLIC = str.maketrans(
    "ABCEHKMOPTXYabcehkmnoprtuxy",
    "АВСЕНКМОРТХУабсенкмпоргтиху",
)
_CYRILLIC_AS_LATIN = str.maketrans("аеорсухкмтнАВЕКМНОРСТУХі", "aeopcyxkmthABEKMHOPCTYXi")
# An all-Latin word is read as disguised Cyrillic only if it has a letter English rarely
# needs where a Cyrillic one is meant (xep, cyka, 3aebal); ebb, Eben and Ebro stay English.
_DISGUISE_MARK = re.compile(r"[xXyY0346@$]")
# Digits and signs that stand in for letters; applied only when that reveals a root.
_SIGNS_AS_CYRILLIC = str.maketrans("0346@$", "озчбас")
_SIGNS_AS_LATIN = str.maketrans("0135@$", "oiesas")


def _clean(text: str) -> str:
    """Undo tricks that change how a word is spelled but not what it says."""
    text = unicodedata.normalize("NFKC", text).translate(_INVISIBLE)
    return _SPELLED_OUT.sub(lambda m: re.sub(r"[.\-_·•]", "", m.group()), text)


def _words(text: str) -> Iterator[re.Match[str]]:
    return _WORD.finditer(text)


def _readings(word: str) -> list[str]:
    """The ways one written word can be read, the most plausible first, folded.

    A word mixing scripts is read in the script most of its letters are in; digits and
    signs are kept as they are here and only tried as letters by the obscenity check.
    """
    has_cyrillic = bool(_CYRILLIC.search(word))
    has_latin = bool(_LATIN.search(word))
    if has_cyrillic and has_latin:
        cyrillic = word.translate(_LATIN_AS_CYRILLIC)
        latin = word.translate(_CYRILLIC_AS_LATIN)
        if len(_LATIN.findall(word)) > len(_CYRILLIC.findall(word)):
            return [_fold(latin), _fold(cyrillic)]
        return [_fold(cyrillic), _fold(latin)]
    return [_fold(word)]


def normalize(text: str) -> str:
    """The form in which intake reads a message.

    NFKC, zero-width characters removed, letters spelled out with dots or dashes joined
    (х.у.й), casefolded with ё as е. Latin look-alikes become Cyrillic inside words that
    are mostly Cyrillic (and the reverse), and an all-Latin or digit-disguised word is
    rewritten only when the rewrite reveals an obscene root (xep, cyka, 3аебал), so that
    ordinary English and version numbers pass through unchanged.
    """
    cleaned = _clean(text)

    def rewrite(match: re.Match[str]) -> str:
        word = match.group()
        for reading in _obscene_readings(word):
            if _obscene_lexicon().matches(reading):
                return reading
        return _readings(word)[0]

    return _fold(_WORD.sub(rewrite, cleaned))


# --------------------------------------------------------------------------- obscenity

_RU_VOWEL_START = "еяю"


def _alternation(words: Iterable[str]) -> str:
    """Words as a regex alternation; one that matches nothing when there are none."""
    return "|".join(map(re.escape, words)) or "(?!)"


class _ObsceneLexicon:
    """Roots from obscene_roots.txt compiled for one pass per word (see that file)."""

    def __init__(self, roots: Sequence[str], prefixes: Sequence[str], innocent: Sequence[str]):
        anchored = [r for r in roots if not r.startswith(("*", "="))]
        vowel_roots = [r for r in anchored if r[0] in _RU_VOWEL_START]
        consonant_roots = [r for r in anchored if r[0] not in _RU_VOWEL_START]
        ordered = sorted(prefixes, key=len, reverse=True)
        any_prefix = "|".join(ordered)
        vowel_final = "|".join(p for p in ordered if p[-1] in "аеиоуыэюя")
        consonant_final = "|".join(p for p in ordered if p[-1] not in "аеиоуыэюя")
        self._anchored = re.compile(
            rf"^(?:(?:{any_prefix}){{0,3}}(?P<c>{_alternation(consonant_roots)})"
            rf"|(?:(?:{any_prefix}){{0,2}}(?:{vowel_final}|(?:{consonant_final})[ъь]))?"
            rf"(?P<v>{_alternation(vowel_roots)}))"
        )
        self._anywhere = re.compile(_alternation(r[1:] for r in roots if r.startswith("*")))
        self._whole = frozenset(r[1:] for r in roots if r.startswith("="))
        self._innocent = tuple(innocent)
        self.alphabet = {
            "cyrillic": "".join(sorted({c for r in roots for c in r if _CYRILLIC.match(c)})),
            "latin": "".join(sorted({c for r in roots for c in r if _LATIN.match(c)})),
        }

    def _innocent_at(self, word: str, start: int) -> bool:
        for entry in self._innocent:
            at = word.find(entry)
            while at != -1:
                if at <= start < at + len(entry):
                    return True
                at = word.find(entry, at + 1)
        return False

    def matches(self, word: str) -> bool:
        starts: list[int] = []
        if word in self._whole:
            starts.append(0)
        if match := self._anchored.match(word):
            starts.append(match.start("c") if match.group("c") else match.start("v"))
        starts.extend(m.start() for m in self._anywhere.finditer(word))
        return any(not self._innocent_at(word, start) for start in starts)

    def is_innocent(self, word: str) -> bool:
        return any(entry in word for entry in self._innocent)


@cache
def _obscene_lexicon() -> _ObsceneLexicon:
    return _ObsceneLexicon(
        _word_list("obscene_roots.txt"),
        _word_list("obscene_prefixes.txt"),
        _word_list("innocent_words.txt"),
    )


# Each asterisk is tried with every letter of the roots, so the work grows as 30**n; two
# cover б**дь, f**k and на**я, and keep a message full of asterisks cheap.
_MAX_MASKED_LETTERS = 2


def _unmasked(word: str, alphabet: str) -> Iterator[str]:
    """Every way to fill the asterisks of a masked word (п*здец, f**k) with one letter each."""
    pieces = re.split(r"\*", word)
    if len(pieces) - 1 > _MAX_MASKED_LETTERS:
        return
    for letters in itertools.product(alphabet, repeat=len(pieces) - 1):
        filled = (piece + letter for piece, letter in zip(pieces, letters, strict=False))
        yield "".join(filled) + pieces[-1]


def _plain_readings(word: str) -> list[str]:
    """Readings of a word with digits and signs also read as letters (мр@зи, 3аебал)."""
    readings = _readings(word)
    for reading in list(readings):
        signs = _SIGNS_AS_CYRILLIC if _CYRILLIC.search(reading) else _SIGNS_AS_LATIN
        if (unsigned := reading.translate(signs)) not in readings:
            readings.append(unsigned)
    return readings


def _obscene_readings(word: str) -> Iterator[str]:
    """Readings of a word worth testing against the obscene roots, disguises undone."""
    lexicon = _obscene_lexicon()
    candidates = _plain_readings(word)
    if (
        not _CYRILLIC.search(word)
        and _DISGUISE_MARK.search(word)
        and not lexicon.is_innocent(_fold(word))
    ):
        as_cyrillic = word.translate(_LATIN_AS_CYRILLIC).translate(_SIGNS_AS_CYRILLIC)
        if not _LATIN.search(as_cyrillic):
            candidates.append(_fold(as_cyrillic))
    seen: set[str] = set()
    for reading in candidates:
        if reading in seen:
            continue
        seen.add(reading)
        if "*" in reading:
            script = "cyrillic" if _CYRILLIC.search(reading) else "latin"
            yield from _unmasked(reading, lexicon.alphabet[script])
        else:
            yield reading


@lru_cache(maxsize=4096)
def _is_obscene_word(word: str) -> bool:
    lexicon = _obscene_lexicon()
    parts = [word]
    if not _CYRILLIC.search(word):
        parts += _CAMEL_HUMP.split(word)
    return any(lexicon.matches(r) for part in parts for r in _obscene_readings(part))


# --------------------------------------------------------------------------- insults

_RU_DERIVATION = r"(?:ическ|ичн|ск|ьн|н|ищ|ин|ик|ок|к|оид)?"
_RU_ADJECTIVE_DERIVATION = ("ическ", "ичн", "ск", "ьн", "н")
_RU_INFLECTION = (
    r"(?:ами|ями|ого|его|ому|ему|ыми|ими|ая|яя|ое|ее|ые|ие|ый|ий|ой|ую|юю|ых|их|ым|им"
    r"|ом|ем|ей|ов|ев|ам|ям|ах|ях|ье|ья|ью|а|я|о|е|ы|и|у|ю|ь)?"
)
_RU_ADJECTIVE_ENDING = re.compile(
    r"(?:ый|ий|ой|ая|яя|ое|ее|ые|ие|ых|их|ым|им|ыми|ими|ого|его|ому|ему|ую|юю)$"
)
_EN_INFLECTION = r"(?:s|es|ic|ically|ish|ed)?"


class _InsultLexicon:
    """insults.txt compiled: tells whether a word is an insult, and a noun or adjective."""

    def __init__(self, entries: Sequence[str]) -> None:
        self._whole: dict[str, bool] = {}
        stems: list[tuple[re.Pattern[str], bool]] = []
        for entry in entries:
            word, _, tag = entry.partition(" ")
            adjective = tag.strip() == "adj"
            if word.startswith("="):
                self._whole[word[1:]] = adjective
            elif _CYRILLIC.search(word):
                pattern = rf"{re.escape(word)}(?P<d>{_RU_DERIVATION}){_RU_INFLECTION}"
                stems.append((re.compile(pattern), adjective))
            else:
                stems.append((re.compile(rf"{re.escape(word)}{_EN_INFLECTION}"), adjective))
        self._stems = tuple(stems)

    def kind(self, word: str) -> str | None:
        """The word's part of speech as an insult ("noun", "adjective"), None if no insult."""
        if word in self._whole:
            return "adjective" if self._whole[word] else "noun"
        for pattern, adjective in self._stems:
            match = pattern.fullmatch(word)
            if match is None or _obscene_lexicon().is_innocent(word):
                continue
            derived = match.groupdict().get("d") or ""
            if adjective or (
                derived in _RU_ADJECTIVE_DERIVATION and _RU_ADJECTIVE_ENDING.search(word)
            ):
                return "adjective"
            return "noun"
        return None


@cache
def _insult_lexicon() -> _InsultLexicon:
    return _InsultLexicon(_word_list("insults.txt"))


@dataclass(frozen=True)
class _Token:
    surface: str
    reading: str
    start: int
    quoted: bool
    gap_before: str
    gap_after: str


_QUOTED = re.compile(r"«[^»]*»|“[^”]*”|„[^“”]*[“”]|\"[^\"\n]*\"")
_SENTENCE_BREAK = re.compile(r"[!?…;\n]|\.\s")
_CLAUSE_PUNCTUATION = re.compile(r"[,;:!?—–\-()«»\"“”„]|\.\s|\.$")


def _sentences(text: str) -> list[list[_Token]]:
    """Words of a cleaned text grouped by sentence, with quoting and punctuation around."""
    quotes = [m.span() for m in _QUOTED.finditer(text)]
    spans: list[tuple[str, int, int]] = []
    for match in _words(text):
        word = match.group()
        if _CYRILLIC.search(word) or not _CAMEL_HUMP.search(word):
            spans.append((word, match.start(), match.end()))
            continue
        offset = match.start()
        for part in _CAMEL_HUMP.split(word):
            spans.append((part, offset, offset + len(part)))
            offset += len(part)
    sentences: list[list[_Token]] = []
    current: list[_Token] = []
    for index, (word, start, end) in enumerate(spans):
        gap_before = text[spans[index - 1][2] : start] if index else text[:start]
        gap_after = text[end : spans[index + 1][1]] if index + 1 < len(spans) else text[end:]
        if current and _SENTENCE_BREAK.search(gap_before):
            sentences.append(current)
            current = []
        quoted = any(q_start < start < q_end for q_start, q_end in quotes)
        current.append(_Token(word, _readings(word)[0], start, quoted, gap_before, gap_after))
    if current:
        sentences.append(current)
    return sentences


def _in(token: _Token, section: str) -> bool:
    return token.reading in _context(section)


def _reported(sentence: Sequence[_Token], index: int) -> bool:
    """Whether the words before the insult report what someone else said or wrote."""
    for at in range(index):
        if _in(sentence[at], "reporting"):
            before = sentence[max(0, at - 3) : at]
            if not any(_in(token, "self_subject") for token in before):
                return True
    return False


def _said_of_person(sentence: Sequence[_Token], index: int) -> bool:
    """Whether an insulting adjective qualifies a person rather than a thing."""
    if index + 1 == len(sentence) or _CLAUSE_PUNCTUATION.search(sentence[index].gap_after):
        return True
    following = sentence[index + 1]
    return any(_in(following, s) for s in ("person", "addressee", "adjective_tail"))


def _exclamative(sentence: Sequence[_Token], index: int) -> bool:
    """какие/what as a judgement; какой-то ("some") only points at an unknown person."""
    following = sentence[index + 1] if index + 1 < len(sentence) else None
    indefinite = following is not None and following.reading in ("то", "нибудь", "либо")
    return _in(sentence[index], "exclamative") and not indefinite


def _aimed_at_someone(sentence: Sequence[_Token], index: int) -> bool:
    """Whether an insult is addressed to, or said of, the desk's people or anyone named."""
    for at in range(index - 1, max(-1, index - 6), -1):
        token = sentence[at]
        if _in(token, "blocker"):
            break
        distance = index - at
        if distance <= 4 and (_in(token, "addressee") or _exclamative(sentence, at)):
            return True
        if _in(token, "person") or (distance == 1 and _in(token, "possessive")):
            return True
    for offset, token in enumerate(sentence[index + 1 : index + 4], start=1):
        if _in(token, "blocker"):
            break
        if _in(token, "person") or (offset <= 2 and _in(token, "addressee")):
            return True
    token = sentence[index]
    opens = index == 0 or "," in token.gap_before
    closes = index + 1 == len(sentence) or re.search(r"[,!?]", token.gap_after)
    return bool(opens and closes)


def _looks_like_name(sentence: Sequence[_Token], index: int) -> bool:
    """A capitalised word inside a sentence is a surname (менеджер Козлов), not a jibe."""
    surface = sentence[index].surface
    return (
        index > 0
        and surface[:1].isupper()
        and not surface.isupper()
        and not sentence[index].gap_before.strip()
    )


def _aimed_insults(text: str) -> list[tuple[int, str]]:
    lexicon = _insult_lexicon()
    found = []
    for sentence in _sentences(text):
        for index, token in enumerate(sentence):
            kind = next(filter(None, map(lexicon.kind, _plain_readings(token.surface))), None)
            if kind is None or token.quoted or _looks_like_name(sentence, index):
                continue
            if _reported(sentence, index):
                continue
            if kind == "adjective" and not _said_of_person(sentence, index):
                continue
            if _aimed_at_someone(sentence, index):
                found.append((token.start, token.surface))
    return found


def _spelled_with_spaces(text: str) -> Iterator[tuple[int, str]]:
    """Runs of single letters separated by single spaces that spell a root (х у й)."""
    run: list[re.Match[str]] = []
    for match in itertools.chain(_words(text), [None]):
        if match is not None and len(match.group()) == 1 and match.group().isalpha():
            if run and text[run[-1].end() : match.start()] != " ":
                run = []
            run.append(match)
            continue
        if len(run) >= 3:
            joined = "".join(m.group() for m in run)
            if _is_obscene_word(joined):
                yield run[0].start(), text[run[0].start() : run[-1].end()]
        run = []


def find_obscene(text: str) -> list[str]:
    """The obscene or insulting words of a message, as written, in order; [] if none.

    Mat and vulgar roots count wherever they stand, quoted or not: a customer quoting mat
    has still put mat in the message. An insult (идиоты, дебилы, idiots) counts only when
    it is aimed at someone: said to the desk (вы идиоты, you idiots), of its people
    (ваши программисты дебилы) or of anyone as a judgement (какие идиоты это сделали).
    Reported speech (в кавычках, "ваш сотрудник назвал меня дебилом", "someone called me
    an idiot") and self-deprecation ("я идиот, забыл пароль") pass.
    """
    cleaned = _clean(text)
    found = [(m.start(), m.group()) for m in _words(cleaned) if _is_obscene_word(m.group())]
    found += _spelled_with_spaces(cleaned)
    found += _aimed_insults(cleaned)
    words: list[str] = []
    seen: set[str] = set()
    for _, word in sorted(found):
        if _fold(word) not in seen:
            seen.add(_fold(word))
            words.append(word)
    return words


# --------------------------------------------------------------------------- flags


_SENTENCE_SPLIT = re.compile(r"(?<=[.!?…;])\s+|\n+")
_PLAIN_WORD = re.compile(r"[^\W_]+")
_QUESTION_MARK = re.compile(r"\?(?!\w)")
# A negated verb reports a fault ("не выгружается", "не реагируют", "not delivered"); a
# negated anything else ("не всё так плохо") does not, hence the verb endings.
_NEGATED_VERB = re.compile(
    r"(?<!\S)(?:не|not)\s+\S+(?:ет|ит|ют|ят|ут|ат|ется|ится|ются|ятся|ал|ала|али|ало|ил|ила"
    r"|или|ило|ел|ела|ели|ся|сь|ed|en|wn|ing)(?!\S)"
)


def _asks(joined: str, raw: str) -> bool:
    """Whether a text asks, requests or reports a problem: something support can answer."""
    return (
        bool(_QUESTION_MARK.search(raw))
        or bool(_NEGATED_VERB.search(joined))
        or any(_cue_pattern(s).search(joined) for s in ("question", "request", "problem"))
    )


def _content_words(words: Sequence[str]) -> list[str]:
    """Words that say something: not stopwords, greetings, or bare asking words."""
    noise = (_cue_words("filler"), _cue_words("question"), _cue_words("request"))
    stop = _stopwords()
    return [w for w in words if w not in stop and not any(w in n for n in noise)]


def _answerability_flags(normalized: str) -> list[Reason]:
    """no_question (2.8.2) or off_topic (2.8.4); off_topic wins, being the more telling.

    A message has no question when it says next to nothing (a greeting, one word, thanks)
    or when it neither asks, requests, reports a problem nor speaks of the product: a
    customer describing what the shop does wrong has asked, question mark or not.
    Sentences that do not ask are the message's reasoning; when there is a lot of it and
    it hardly mentions the product, the message is extraneous reasoning, whether or not a
    question hides somewhere in it.
    """
    product = _cue_pattern("product")
    words = _PLAIN_WORD.findall(normalized)
    speaks_of_product = bool(product.search(" ".join(words)))
    asks = False
    reasoning_words = reasoning_product_words = 0
    for sentence in _SENTENCE_SPLIT.split(normalized):
        sentence_words = _PLAIN_WORD.findall(sentence)
        joined = " ".join(sentence_words)
        if _asks(joined, sentence):
            asks = True
            continue
        reasoning_words += len(sentence_words)
        reasoning_product_words += len(product.findall(joined))
    if (
        reasoning_words >= EXTRANEOUS_WORDS
        and reasoning_product_words / reasoning_words < OFF_TOPIC_PRODUCT_SHARE
    ):
        return [Reason("off_topic", "2.8.4 extraneous reasoning with no question in it")]
    if len(_content_words(words)) < 2 or not (asks or speaks_of_product):
        return [Reason("no_question", "2.8.2 no question support can answer")]
    return []


@dataclass(frozen=True)
class _ScopeRule:
    """One rule of scope_rules.json: every `required` pattern and no `forbidden` one."""

    required: tuple[re.Pattern[str], ...]
    forbidden: tuple[re.Pattern[str], ...]

    def matches(self, text: str) -> bool:
        return all(p.search(text) for p in self.required) and not any(
            p.search(text) for p in self.forbidden
        )


@cache
def _scope_rules() -> tuple[tuple[str, tuple[_ScopeRule, ...]], ...]:
    data = json.loads(_data_text("scope_rules.json"))
    fragments: dict[str, str] = data["fragments"]

    def compile_(pattern: str) -> re.Pattern[str]:
        for name, fragment in fragments.items():
            pattern = pattern.replace(f"%{name}%", fragment)
        return re.compile(pattern)

    return tuple(
        (
            f"{clause['clause']} {clause['label']}",
            tuple(
                _ScopeRule(
                    tuple(compile_(p) for p in rule["all"]),
                    tuple(compile_(p) for p in rule.get("none", ())),
                )
                for rule in clause["rules"]
            ),
        )
        for clause in data["clauses"]
    )


def _out_of_scope(normalized: str) -> list[str]:
    """Labels of the 2.10 clauses the message asks for, e.g. "2.10.1 moving a site ..."."""
    sentences = [s for s in _SENTENCE_SPLIT.split(normalized) if s.strip()]
    windows = sentences + [f"{a} {b}" for a, b in itertools.pairwise(sentences)]
    return [
        label
        for label, rules in _scope_rules()
        if any(rule.matches(window) for rule in rules for window in windows)
    ]


def check_intake(subject: str, body: str) -> IntakeResult:
    """Read a new request's subject and body against the intake rules of SPEC 2.8.

    Obscene or insulting language is a refusal. A missing question, extraneous reasoning
    and a request for a service outside 2.9 are flags: the request stays open and the
    agent decides. Repeats need the license's history and are checked by the store with
    `is_repeat`.
    """
    text = f"{subject}\n{body}"
    refusals = []
    if words := find_obscene(text):
        refusals.append(
            Reason("obscene", "2.8.3 obscene or insulting language: " + ", ".join(words))
        )
    normalized = normalize(text)
    flags = _answerability_flags(normalized)
    flags += [Reason("out_of_scope", label) for label in _out_of_scope(normalized)]
    return IntakeResult(refusals=tuple(refusals), flags=tuple(flags))


# --------------------------------------------------------------------------- stemming

_RU_VOWELS = "аеиоуыэюя"
_RU_PERFECTIVE_GERUND = (("вшись", "вши", "в"), ("ившись", "ывшись", "ивши", "ывши", "ив", "ыв"))
_RU_REFLEXIVE = ("ся", "сь")
_RU_ADJECTIVE = (
    "ими", "ыми", "его", "ого", "ему", "ому", "ее", "ие", "ые", "ое", "ей", "ий", "ый",
    "ой", "ем", "им", "ым", "ом", "их", "ых", "ую", "юю", "ая", "яя", "ою", "ею",
)  # fmt: skip
_RU_PARTICIPLE = (("ем", "нн", "вш", "ющ", "щ"), ("ивш", "ывш", "ующ"))
_RU_VERB = (
    ("ла", "на", "ете", "йте", "ли", "й", "л", "ем", "н", "ло", "но", "ет", "ют", "ны",
     "ть", "ешь", "нно"),
    ("ила", "ыла", "ена", "ейте", "уйте", "ите", "или", "ыли", "ей", "уй", "ил", "ыл",
     "им", "ым", "ен", "ило", "ыло", "ено", "ят", "ует", "уют", "ит", "ыт", "ены", "ить",
     "ыть", "ишь", "ую", "ю"),
)  # fmt: skip
_RU_NOUN = (
    "иями", "ями", "ами", "ией", "иям", "ием", "иях", "ев", "ов", "ие", "ье", "еи", "ии",
    "ей", "ой", "ий", "ям", "ем", "ам", "ом", "ах", "ях", "ию", "ью", "ия", "ья", "а",
    "е", "и", "й", "о", "у", "ы", "ь", "ю", "я",
)  # fmt: skip


def _strip_ending(
    word: str, region: int, endings: Sequence[str], after_a: bool = False
) -> str | None:
    """Remove the longest ending lying inside word[region:]; after_a: only after а or я."""
    for ending in sorted(endings, key=len, reverse=True):
        if not word.endswith(ending) or len(word) - len(ending) < region:
            continue
        before = len(word) - len(ending) - 1
        if after_a and (before < region or word[before] not in "ая"):
            continue
        return word[: -len(ending)]
    return None


def _strip_group(word: str, region: int, groups: tuple[Sequence[str], Sequence[str]]) -> str | None:
    """Strip an ending of either group: the first only after а/я, as Snowball has it."""
    first = _strip_ending(word, region, groups[0], after_a=True)
    second = _strip_ending(word, region, groups[1])
    candidates = [c for c in (first, second) if c is not None]
    return min(candidates, key=len) if candidates else None


def _stem_russian(word: str) -> str:
    """A light Snowball-style Russian stemmer: one inflection off, no derivation."""
    vowel = next((i for i, c in enumerate(word) if c in _RU_VOWELS), None)
    if vowel is None:
        return word
    region = vowel + 1
    stripped = _strip_group(word, region, _RU_PERFECTIVE_GERUND)
    if stripped is None:
        word = _strip_ending(word, region, _RU_REFLEXIVE) or word
        adjective = _strip_ending(word, region, _RU_ADJECTIVE)
        if adjective is not None:
            stripped = _strip_group(adjective, region, _RU_PARTICIPLE) or adjective
        else:
            stripped = _strip_group(word, region, _RU_VERB)
            if stripped is None:
                stripped = _strip_ending(word, region, _RU_NOUN)
    word = stripped if stripped is not None else word
    if word.endswith("и") and len(word) > region:
        word = word[:-1]
    if word.endswith("нн") or (word.endswith("ь") and len(word) > region):
        word = word[:-1]
    return word


def _stem_english(word: str) -> str:
    """Plural, -ing, -ed and a final e off, so cache, caches, cached, caching meet."""
    if len(word) > 4 and word.endswith("ies"):
        word = word[:-3] + "y"
    elif word.endswith("sses") or word.endswith(("ches", "shes", "xes", "zes")):
        word = word[:-2]
    elif len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        word = word[:-1]
    for suffix in ("ing", "ed"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            word = word[: -len(suffix)]
            if len(word) > 3 and word[-1] == word[-2] and word[-1] not in "lsz":
                word = word[:-1]
            break
    if len(word) > 3 and word.endswith("e"):
        word = word[:-1]
    return word


def stem(word: str) -> str:
    """The search stem of one word: кэш, кеша, кешем, кеш -> кеш; caches, cache -> cach.

    Russian is folded (ё -> е, and э -> е, so кэш and кеш are one word) and loses one
    inflectional ending; English loses plural, -ing, -ed and a final e. Stems are meant
    for prefix queries, so a stem may be shorter than any real word.
    """
    folded = _fold(word).replace("э", "е")
    if _CYRILLIC.search(folded):
        return _stem_russian(folded)
    if folded.isascii() and folded.isalpha():
        return _stem_english(folded)
    return folded


def search_terms(text: str) -> list[str]:
    """Distinct stems of the words of `text`, in order, without stopwords.

    Meant for FTS5 prefix queries (``"кеш"* OR "очист"*``). Both sides must meet on the
    same spelling, so documents should be indexed from their `search_terms` too (a column
    holding them joined by spaces), otherwise кэш in an article would miss кеш* in a query.
    """
    terms: list[str] = []
    for word in re.findall(r"[^\W_]+", _fold(unicodedata.normalize("NFKC", text))):
        if word in _stopwords():
            continue
        term = stem(word)
        if len(term) >= 2 and term not in terms:
            terms.append(term)
    return terms


# --------------------------------------------------------------------------- repeats

# A sign-off and what follows it (a name, a phone number) say nothing about the question.
_SIGNATURE = re.compile(
    r"(?:^|(?<=[.!?\n]))[ \t]*(?:с уважением|best regards|kind regards|regards|--[ \t]*\n).*",
    re.IGNORECASE | re.DOTALL,
)
_RU_ACTION = re.compile(r"(?:ть|ться|ти|тись|ите|йте)$")
_WEAK_WEIGHT = 0.2
_ACTION_WEIGHT = 1.5
_SOFT_MATCH = 0.6


@cache
def _weak_stems() -> frozenset[str]:
    return frozenset(stem(word) for word in _word_list("weak_terms.txt"))


def _weighted_terms(text: str) -> dict[str, float]:
    """Stems of a question with their weight: what is done counts more than where."""
    text = _SIGNATURE.sub("", unicodedata.normalize("NFKC", text))
    terms: dict[str, float] = {}
    for word in re.findall(r"[^\W_]+", normalize(text)):
        if word in _stopwords():
            continue
        term = stem(word)
        if term.isdigit() or term in _weak_stems():
            weight = _WEAK_WEIGHT
        elif _CYRILLIC.search(word) and _RU_ACTION.search(word):
            weight = _ACTION_WEIGHT
        else:
            weight = 1.0
        terms[term] = max(weight, terms.get(term, 0.0))
    return terms


def _trigrams(term: str) -> set[str]:
    padded = f"#{term}#"
    return {padded[i : i + 3] for i in range(len(padded) - 2)}


def _term_similarity(a: str, b: str) -> float:
    """1 for the same stem; partial credit for near spellings (очист/почист), else 0."""
    if a == b:
        return 1.0
    if len(a) < 4 or len(b) < 4:
        return 0.0
    ta, tb = _trigrams(a), _trigrams(b)
    dice = 2 * len(ta & tb) / (len(ta) + len(tb))
    return dice if dice >= _SOFT_MATCH else 0.0


def question_similarity(a: str, b: str) -> float:
    """How alike two questions are, from 0 (unrelated) to 1 (the same words).

    A weighted Dice coefficient over stems: each stem of one question is paired with at
    most one stem of the other, the same stem scoring 1 and a near spelling its character-
    trigram similarity. Case, punctuation, word order, greetings, signatures and
    inflection do not count; the product's name, "site" and version numbers count little,
    so shared vocabulary alone does not make two questions alike.
    """
    terms_a, terms_b = _weighted_terms(a), _weighted_terms(b)
    if not terms_a or not terms_b:
        same = _fold(a).strip() == _fold(b).strip()
        return 1.0 if same and not terms_a and not terms_b else 0.0
    common = terms_a.keys() & terms_b.keys()
    shared = sum(terms_a[term] + terms_b[term] for term in common)
    pairs = sorted(
        (
            (similarity, ta, tb)
            for ta in terms_a.keys() - common
            for tb in terms_b.keys() - common
            if (similarity := _term_similarity(ta, tb)) > 0
        ),
        reverse=True,
    )
    used_a: set[str] = set()
    used_b: set[str] = set()
    for similarity, ta, tb in pairs:
        if ta in used_a or tb in used_b:
            continue
        used_a.add(ta)
        used_b.add(tb)
        shared += similarity * (terms_a[ta] + terms_b[tb])
    return min(1.0, shared / (sum(terms_a.values()) + sum(terms_b.values())))


def is_repeat(a: str, b: str) -> bool:
    """Whether question `b` asks essentially what `a` asked (2.8.5)."""
    return question_similarity(a, b) >= REPEAT_THRESHOLD
