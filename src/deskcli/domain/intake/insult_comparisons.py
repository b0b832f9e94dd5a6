"""The desk found wanting beside creatures or fools (SPEC 2.8.3): "A bunch of Teletubbies would
give me a straighter answer than your support desk", "I've had more sense out of pudding heads
than out of your helpdesk", "Amoebas have more initiative than your support staff", "У планарии
мозгов больше, чем у вашей первой линии", "Лишайники на пне и то быстрее растут, чем вы
отвечаете".

A writer who says that some creatures would do the desk's work better than the desk, or have
more wits than its people, insults them by the comparison, whatever creatures he names; the
shape decides, as it does for ``insult_similes``. Two shapes count:
- a comparison of wits (more sense, more brains, smarter; мозгов, ума больше), whoever is
  compared with the desk;
- any other comparison (better, faster, быстрее) only when what does better is a group of
  creatures or fools (a bunch of …, plural nouns, "и то": even lichens), not a firm, another
  vendor, a script, the writer's own people or the desk's own (Our old vendor answered faster
  than you is a complaint, no insult).
"""

from __future__ import annotations

from collections.abc import Sequence

from deskcli.domain.intake import morphology
from deskcli.domain.intake.insult_parties import in_section as _in
from deskcli.domain.intake.insult_sentences import Token
from deskcli.domain.intake.insult_vocatives_en import closes, english_plural
from deskcli.domain.intake.normalising import CYRILLIC

# What a comparison of wits names (more sense than you; мозгов больше, чем у вас).
_WITS = frozenset(("sense", "brains", "brain", "initiative", "clue", "nous", "wit", "wits", "intelligence", "ума", "толку"))
# and the Russian ones by their starts (мозгов, соображения, соображалки, смекалки, извилин)
_WITS_STARTS = ("мозг", "соображ", "смекалк", "извилин", "разум", "интеллект")
_WITTIER = frozenset(("smarter", "cleverer", "brighter", "wiser", "умнее", "сообразительнее", "толковее"))
# Comparisons of the work done (would answer faster than your desk).
_BETTER = frozenset(("better", "faster", "quicker", "sooner", "straighter", "clearer", "more", "лучше", "быстрее",
                     "скорее", "больше", "понятнее", "внятнее", "чаще"))
_THAN = frozenset(("than", "чем"))
# What may stand between "than" and the desk: than out of your desk, чем у вашей линии.
_BEFORE_DESK = frozenset(("out", "of", "from", "at", "with", "у", "от", "из", "с"))
_DESK = frozenset(("you", "your", "yours", "вы", "вас", "ваш", "ваша", "ваше", "ваши", "вашей", "вашего", "ваших",
                   "вашим", "вашими", "вашу"))
# Who may do better than the desk without being called a fool by it.
_OTHERS = frozenset((
    "competitor", "competitors", "vendor", "vendors", "rival", "rivals", "company", "companies", "agency", "agencies",
    "freelancer", "freelancers", "contractor", "contractors", "others", "bot", "bots", "script", "scripts", "version",
    "versions", "update", "updates", "google", "chatgpt", "ai", "forum", "forums", "docs", "documentation",
    "конкуренты", "конкурентов", "подрядчик", "подрядчики", "фрилансер", "фрилансеры", "бот", "боты", "скрипт",
    "скрипты", "версия", "версии", "форум", "документация", "другие", "остальные", "компании", "студии",
))
_OWN = frozenset(("i", "we", "our", "my", "me", "us", "я", "мы", "наш", "наша", "наши", "мой", "моя", "мои", "мне", "нам"))
# The sections of insult_context.txt whose people are no creatures: the desk's, the customer's
# and anyone's a shop deals with (клиенты уходят быстрее, чем вы отвечаете).
_NOT_CREATURES = ("person", "staff_role", "customer_side", "third_party", "friendly_address")
_GROUPS = frozenset(("bunch", "pack", "herd", "gang", "flock", "troupe", "barrel", "room", "roomful"))
_DESK_REACH = 4


def _desk_after(sentence: Sequence[Token], than: int) -> bool:
    """Whether the desk or the reader is named just after "than" (than your desk, чем у вас)."""
    for token in sentence[than + 1 : than + 1 + _DESK_REACH]:
        if token.reading in _DESK:
            return True
        if token.reading not in _BEFORE_DESK:
            return False
    return False


def _creatures(subject: Sequence[Token], counterfactual: bool) -> bool:
    """Whether what is compared with the desk is a group of creatures or fools (a bunch of
    Teletubbies, cavemen could, Лишайники … и то), not a firm, a tool or anyone's people. An
    English plural may name things (Emails arrive faster than …), so it counts only where it
    would or could do the desk's work; a Russian one only if it names the living."""
    words = [t.reading for t in subject]
    if not words or set(words) & (_OWN | _OTHERS) or any(_in(t, section) for t in subject for section in _NOT_CREATURES):
        return False
    if set(words) & _GROUPS or "и" in words and ({"то", "те"} & set(words)) or "даже" in words:
        return True
    head = subject[-1]
    if CYRILLIC.search(head.reading):
        return morphology.can_be(head.reading, "NOUN", "plur", "nomn", "anim")
    return counterfactual and (english_plural(head.reading) or head.reading.endswith("men"))


# Where the compared ones' part ends: a modal or a verb (would, could, have; растут).
_MODALS = frozenset(("would", "could", "can", "might", "will", "have", "has", "had", "do", "does", "did"))
_COUNTERFACTUAL = frozenset(("would", "could", "might"))


def _compared(sentence: Sequence[Token], than: int) -> int | None:
    """Where the clause that finds the desk wanting before "than" at ``than`` starts, if it does."""
    words = [t.reading for t in sentence]
    # the clause before "than", past the comma Russian puts before "чем"
    start = than - 1 if than > 1 and sentence[than - 1].gap_after.strip() == "," else than
    while start > 0 and not closes(sentence[start - 1].gap_after):
        start -= 1
    clause = words[start:than]
    if not clause or not _desk_after(sentence, than):
        return None
    # a comparison of wits: more sense, more brains, smarter; мозгов больше, соображалки больше
    wits = _WITS & set(clause) or any(w.startswith(_WITS_STARTS) for w in clause)
    if _WITTIER & set(clause) or wits and ({"more", "больше"} & set(clause)):
        return start
    if not _BETTER & set(clause):
        return None
    # who does better: the words before the first verb-like word or the comparison (would,
    # could; растут; Обезьяны быстрее разберутся)
    verb = next((i for i in range(start, than) if words[i] in _MODALS or words[i] in _BETTER or CYRILLIC.search(words[i])
                 and morphology.can_be(words[i], "VERB", "plur")), None)
    if verb is None or verb == start:
        return None
    return start if _creatures(sentence[start:verb], words[verb] in _COUNTERFACTUAL) else None


def compared(read: Sequence[Sequence[Token]]) -> list[tuple[int, str]]:
    """The desk found wanting beside creatures or fools, with offsets (see the module)."""
    found = []
    for sentence in read:
        for at, token in enumerate(sentence):
            if token.reading in _THAN and at and (opens := _compared(sentence, at)) is not None:
                clause = sentence[opens:at]
                found.append((clause[0].start, "".join(t.surface + t.gap_after for t in clause[:-1]) + clause[-1].surface))
                break
    return found
