"""Insults (SPEC 2.8.3): words that insult people, counted only when aimed at someone."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from deskcli.domain.intake.normalising import (
    CAMEL_HUMP,
    CYRILLIC,
    plain_readings,
    readings,
    words,
)
from deskcli.domain.intake.obscene import obscene_lexicon
from deskcli.domain.intake.wordlists import WordSet, sections, word_list


@cache
def context_words(section: str) -> WordSet:
    return WordSet(sections("insult_context.txt")[section])


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
            elif CYRILLIC.search(word):
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
            if match is None or obscene_lexicon().is_innocent(word):
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
    return _InsultLexicon(word_list("insults.txt"))


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
    for match in words(text):
        word = match.group()
        if CYRILLIC.search(word) or not CAMEL_HUMP.search(word):
            spans.append((word, match.start(), match.end()))
            continue
        offset = match.start()
        for part in CAMEL_HUMP.split(word):
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
        current.append(_Token(word, readings(word)[0], start, quoted, gap_before, gap_after))
    if current:
        sentences.append(current)
    return sentences


def _in(token: _Token, section: str) -> bool:
    return token.reading in context_words(section)


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


def aimed_insults(text: str) -> list[tuple[int, str]]:
    lexicon = _insult_lexicon()
    found = []
    for sentence in _sentences(text):
        for index, token in enumerate(sentence):
            kind = next(filter(None, map(lexicon.kind, plain_readings(token.surface))), None)
            if kind is None or token.quoted or _looks_like_name(sentence, index):
                continue
            if _reported(sentence, index):
                continue
            if kind == "adjective" and not _said_of_person(sentence, index):
                continue
            if _aimed_at_someone(sentence, index):
                found.append((token.start, token.surface))
    return found
