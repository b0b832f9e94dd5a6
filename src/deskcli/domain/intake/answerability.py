"""Answerability (SPEC 2.8.2, 2.8.4): has the message a question, or only reasoning?"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from deskcli.domain.intake.normalising import PLAIN_WORD, SENTENCE_SPLIT
from deskcli.domain.intake.wordlists import WordSet, sections, stopwords
from deskcli.domain.reasons import Reason

# Words of sentences that neither ask nor report a problem, beyond which a message holds
# reasoning rather than a short preamble ("Здравствуйте, у нас магазин на HostCMS.").
EXTRANEOUS_WORDS = 60
# Below this share of product words that reasoning is extraneous (2.8.4), not a product
# story that forgot to ask (which is 2.8.2).
OFF_TOPIC_PRODUCT_SHARE = 0.03


@cache
def cue_pattern(section: str) -> re.Pattern[str]:
    """A section of intake_cues.txt as one regex over words joined by single spaces."""
    parts = []
    for entry in sections("intake_cues.txt")[section]:
        whole = entry.startswith("=")
        body = re.escape(entry.lstrip("="))
        parts.append(rf"(?<!\S){body}" + (r"(?!\S)" if whole else ""))
    return re.compile("|".join(parts))


@cache
def cue_words(section: str) -> WordSet:
    return WordSet(e for e in sections("intake_cues.txt")[section] if " " not in e)


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
        or any(cue_pattern(s).search(joined) for s in ("question", "request", "problem"))
    )


def _content_words(words: Sequence[str]) -> list[str]:
    """Words that say something: not stopwords, greetings, or bare asking words."""
    noise = (cue_words("filler"), cue_words("question"), cue_words("request"))
    stop = stopwords()
    return [w for w in words if w not in stop and not any(w in n for n in noise)]


def answerability_flags(normalized: str) -> list[Reason]:
    """no_question (2.8.2) or off_topic (2.8.4); off_topic wins, being the more telling.

    A message has no question when it says next to nothing (a greeting, one word, thanks)
    or when it neither asks, requests, reports a problem nor speaks of the product: a
    customer describing what the shop does wrong has asked, question mark or not.
    Sentences that do not ask are the message's reasoning; when there is a lot of it and
    it hardly mentions the product, the message is extraneous reasoning, whether or not a
    question hides somewhere in it.
    """
    product = cue_pattern("product")
    words = PLAIN_WORD.findall(normalized)
    speaks_of_product = bool(product.search(" ".join(words)))
    asks = False
    reasoning_words = reasoning_product_words = 0
    for sentence in SENTENCE_SPLIT.split(normalized):
        sentence_words = PLAIN_WORD.findall(sentence)
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

