"""A sentence of an abusive message that only judges the desk's service, or asks it a question
about nothing of the product (SPEC 2.8.2, 2.8.3): a rant against support is no question."""

from __future__ import annotations

import re
from collections.abc import Sequence

from deskcli.domain.intake import morphology, patterns
from deskcli.domain.intake.asking_shapes import asks_who_abused
from deskcli.domain.intake.cues import cue_words, cues, domain_words, lemma_in
from deskcli.domain.intake.digression import QUESTION_MARK, TECHNICAL
from deskcli.domain.intake.digression import addressed_imperative as _addressed_imperative
from deskcli.domain.intake.normalising import CYRILLIC, LATIN, PLAIN_WORD, QUOTED


# The desk told to stop saying something (хватит пиздеть, что это хостинг; не врите мне про
# «передали разработчикам»; stop telling me to clear the cache): what follows is the desk's
# claim, retold, not a fault of the product.
_STOP_SAYING = patterns.compile(
    r"^\W*(?:(?:хватит|перестаньте|прекратите|завязывайте)(?:\s+\S+)?\s+\S*ть(?:ся)?(?:,|\s+(?:что|про|о|мне))"
    r"|не\s+\S+(?:ите|ете|те)(?:\s+(?:мне|нам))?,?\s+(?:что|про)\s"
    r"|stop\s+(?:telling|saying|lying|feeding)\b)",
    re.IGNORECASE,
)


def only_judges_the_desk(sentence: str) -> bool:
    """Whether a sentence of an abusive message speaks only of the desk's own service (a
    worthless service, money paid for nothing): no "?", no request, and
    nothing of the product but support itself, its answers, links and renewals."""
    if QUESTION_MARK.search(sentence):
        return False
    if _STOP_SAYING.search(sentence) and ":" not in sentence:
        return True  # (a colon goes on to what the writer says himself: ...: корзина не считает)
    words = PLAIN_WORD.findall(sentence)
    if cues("request").found(words) or _addressed_imperative(words):
        return False
    service = [w for w in words if lemma_in(w, "desk_service")]
    product = [w for w in domain_words(words) if w not in service]
    subject = [w for w in words if w in cue_words("problem_subject") and w not in service]
    return bool(service) and not product and not subject and not TECHNICAL.search(sentence)


_DIGIT = patterns.compile(r"\d")


def only_taunts(sentence: str) -> bool:
    """Whether a "?" sentence of an abusive message asks nothing of the product: no word of
    the product, no number, version, quoted title or Latin name (вы там все уснули?, мне
    что, ехать к вам лично?); what is asked of the staff themselves in abuse is a taunt."""
    if not QUESTION_MARK.search(sentence) or domain_words(PLAIN_WORD.findall(sentence)):
        return False
    named = _DIGIT.search(sentence) or QUOTED.search(sentence) or CYRILLIC.search(sentence) and LATIN.search(sentence)
    return not named


# what only a question asks: why, when, where (почему не работает оплата — vot chto nado reshit')
_ASKED_WORDS = frozenset(("почему", "зачем", "когда", "где", "куда", "откуда", "why", "when", "where"))


def only_dealings(text: str) -> bool:
    """Whether an abusive message, with no "?" and no word asking why, when or where, names
    nothing of the product (nor a letter or a button) but the desk's own dealings (the licence,
    its renewal, an invoice, money, the request and its answer, the staff): what it wants (деньги
    назад, пересчитать счёт, другого сотрудника, ответ) is a complaint or a demand, no question
    support answers."""
    if QUESTION_MARK.search(text):
        return False
    words = PLAIN_WORD.findall(text.lower())
    if any(w in _ASKED_WORDS for w in words):
        return False
    dealings, subject = cue_words("dealings"), cue_words("problem_subject")
    return not any(w not in dealings for w in domain_words(words)) and not any(w in subject for w in words)


def only_dealings_beside_taunts(text: str, sentences: Sequence[str], asking: Sequence[bool]) -> bool:
    """`only_dealings` of an abusive message, or of it less the sentences that only rant and ask
    nothing (вы там все уснули?, какой мудак закрыл заявку?): their "?" asks nothing, so what is
    left demands (откройте её обратно, пересчитайте счёт). Left without them, it must tell nothing
    the product does now (скидка считается дважды): that is a fault of the shop, told."""
    if only_dealings(text):
        return True
    kept = [s for s, ask in zip(sentences, asking, strict=True) if ask or not rants(s)]
    if len(kept) == len(sentences) or not only_dealings(" ".join(kept)):
        return False
    # and nothing asked without its "?" (сколько стоит продление на год.; подскажите, как скачать акт)
    return not any(w in cue_words("question") or (found := morphology.parses(w)) and found[0].has("VERB", "pres", "3per")
                   for s in kept for w in PLAIN_WORD.findall(s.lower()))


def rants(sentence: str) -> bool:
    """Whether a sentence of an abusive message asks nothing: it judges the desk, taunts its
    staff, or asks which abusive person did it."""
    return only_judges_the_desk(sentence) or only_taunts(sentence) or asks_who_abused(sentence)
