"""Repeats (SPEC 2.8.5) as the rules read them; `repeat_model` weighs their reading and decides.

Two questions are compared term by term. A term is a word's lemma with what it means to
the desk: an *entity* (a product or service name, a version, an error code, a quoted
name: PHP, Яндекс, 7.0.6, «Оптовики») weighs most, then the *action* asked for
(добавить, очистить, выгрузить: repeat_terms.txt groups those that mean the same), then
nouns, then the rest; greetings, signatures and stopwords do not count. Words of one
group of repeat_terms.txt are the same term (кэш/кеш, бэкап/резервная копия,
почта/письмо), and near spellings of one stem match in part (языковой/язык).

Vetoes keep questions that share most words apart: different actions (добавить
товар / удалить товар), a term of one question replaced by a term of the same kind
in the same place between the words both share (SMTP Яндекса / SMTP Mail.ru, PHP / MySQL,
поиск по сайту / поиск в админке; a name anywhere), a name the new question adds, and one
thing taken the opposite way (из 1С на сайт / с сайта в 1С, без картинок / с картинками). A
rewording puts its other words elsewhere (включить сравнение моделей / у покупателей нет
возможности сравнивать модели), so they lower its score without vetoing it; a value (3000,
«Партнёры») fills what the earlier question left open (определённая сумма). Extra words on
the new question's side (где, в центре администрирования) lower the score by half what they
would in a symmetric measure. A name that only restates or illustrates (in brackets, after
например, a pasted error, a title beside a noun the earlier question asked about in general:
`repeat_asides`) names no other thing: it neither counts nor vetoes.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from deskcli.domain.intake import morphology
from deskcli.domain.intake.answerability import QUESTION_MARK
from deskcli.domain.intake.normalising import CYRILLIC
from deskcli.domain.intake.repeat_again import AGAIN_LIKENESS, AGAIN_THRESHOLD, says_asked_again, says_another_question
from deskcli.domain.intake.repeat_names import compound_of, negation_of, said_again, shared_root, trigrams, unpaired_numbers
from deskcli.domain.intake.repeat_objects import objects_replaced
from deskcli.domain.intake.repeat_settled import settles_earlier
from deskcli.domain.intake.repeat_slots import (
    THINGS,
    actions,
    against,
    asides,
    desk_thing_left,
    opposite_ways,
    participle,
    replaced_what,
    slots,
)
from deskcli.domain.intake.repeat_terms import (
    ANY_ACTION,
    ANY_STOPPING,
    VALUE,
    VENDOR,
    Term,
    name_skeleton,
    question_terms,
    scale_sides,
    stopping_actions,
)
from deskcli.domain.intake.wordlists import fold
from deskcli.domain.named import NamedTuple

REPEAT_THRESHOLD = 0.6
"""`question_similarity` at or above which a question counts as asked before (2.8.5).

Case, punctuation, word order, greetings, inflection and the desk's synonyms
("очистить кеш сайта" / "почистить кэш на сайте", "бэкап" / "резервная копия") keep a
rewording above it; a different action or a replaced entity puts a question below it.
"""

# Near spellings of one stem (языковой/язык, очищается/очистить) count in part.
_SOFT_MATCH = 0.6
# A veto keeps the score under any threshold a desk would choose.
_VETO = 0.5
# A value that fills the earlier question's open slot matches it about as a kind its instance.
_SLOT_VALUE = 0.9
_OPEN = "kind:" + VALUE


def _likeness(a: Term, b: Term) -> float:
    """1 for the same term or group; partial for near spellings of plain words; else 0."""
    if negation_of(a.stem, b.stem) or negation_of(b.stem, a.stem) or against(scale_sides([a]), scale_sides([b])):
        return 0.0  # платная / бесплатная, увеличить / уменьшить: one word and its opposite
    # The words that leave a value open (сумма, количество, определённый) are no synonyms.
    if any(not c.startswith("isa:") and c != _OPEN for c in a.concepts & b.concepts):
        return 1.0
    if _kind_meets_instance(a.concepts, b.concepts) or _kind_meets_instance(b.concepts, a.concepts):
        return 0.9
    if _brings_about(a, b) or _brings_about(b, a):
        return 0.9  # сделать так, чтобы отзывы проходили модерацию / включить премодерацию
    if a.kind == b.kind == "entity":
        return _name_likeness(a, b)
    if "entity" in (a.kind, b.kind) and _named_alike(a, b):
        return 0.9  # Маркет as a name and as a plain word after "Яндекс."
    if "entity" in (a.kind, b.kind) or len(a.stem) < 4 or len(b.stem) < 4:
        return 0.0
    if a.kind == b.kind == "action":  # экспортировать / импортировать look alike, mean opposites
        return 0.0
    if a.stem.startswith(b.stem) or b.stem.startswith(a.stem):
        return 0.9
    if shared_root(a.stem, b.stem):
        return 0.8  # индексация / индексировать: a noun and the verb it is made from
    if a.kind == b.kind == "noun" and compound_of(a.stem, b.stem):
        return 0.8
    ta, tb = trigrams(a.stem), trigrams(b.stem)
    dice = 2 * len(ta & tb) / (len(ta) + len(tb))
    return dice if dice >= _SOFT_MATCH else 0.0


def _brings_about(wildcard: Term, action: Term) -> bool:
    """Whether a light verb pointing at a state (сделать так, чтобы ...) meets an action:
    any action for a state said with не or только, none that stops, hides or forbids for
    one said without."""
    if action.kind != "action" or ANY_ACTION in action.concepts or ANY_STOPPING in action.concepts:
        return False
    return ANY_STOPPING in wildcard.concepts or ANY_ACTION in wildcard.concepts and not action.concepts & stopping_actions()


def _named_alike(a: Term, b: Term) -> bool:
    """A name and a plain word written the same (Маркета / маркет): one thing."""
    names = {c for t in (a, b) if t.kind == "entity" for c in t.concepts if c.startswith("name:")}
    plain = b if a.kind == "entity" else a
    return len(plain.stem) >= 4 and "name:" + name_skeleton(morphology.lemma(plain.word)) in names


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


def _fills(a: Term, b: Term) -> bool:
    """Whether the new question's value (3000, «Партнёры») fills what the earlier one left
    open (определённая сумма, a certain group): the questions ask the same, with a figure."""
    return "isa:" + VALUE in a.concepts and _OPEN in b.concepts


def question_similarity(a: str, b: str, rarity: Callable[[str], float] | None = None) -> float:
    """How alike two questions are, from 0 (unrelated) to 1 (the same terms).

    `a` is the new question, `b` the earlier one. The mean of a weighted Dice coefficient
    over terms (each term of one question paired with at most one of the other) and the
    share of `b`'s weight that `a` covers, halved by each veto of the module's docstring.
    `rarity` (a term's stem -> a factor, about 1 for an ordinary word of the desk) lets the
    store weigh terms by how rare they are in the desk's own questions.
    """
    return compare_questions(a, b, rarity).similarity()


class Comparison(NamedTuple):
    """Two questions compared: how alike they are before any veto, and the vetoes that fire."""

    likeness: float
    vetoes: tuple[str, ...]

    def similarity(self) -> float:
        """The likeness halved by each veto: `question_similarity`."""
        return self.likeness * _VETO ** len(self.vetoes)


#: The vetoes `compare_questions` names: one thing taken opposite ways; different actions;
#: a place, a name, an instance of one kind or another thing replaced in the same slot; a
#: name left over against a thing; an English thing left on both sides (no dictionary); a
#: name only the new question asks about; a thing of the earlier question the new one says is
#: settled; the shared action done to another object, in another word order; the writer's
#: own word that he asks another question.
VETOES = ("opposite", "action", "replaced_place", "replaced_name", "replaced_kind", "replaced_thing", "named",
          "guessed", "new_entity", "settled", "replaced_object", "another")


def compare_questions(a: str, b: str, rarity: Callable[[str], float] | None = None) -> Comparison:
    """The new question `a` against the earlier `b`: the likeness `question_similarity` starts
    from and the vetoes (of `VETOES`) that halve it. benchmarks/repeat_curve.py reads these
    apart to measure other ways of combining them."""
    return _compare(a, b, rarity)[0]


def _compare(a: str, b: str, rarity: Callable[[str], float] | None) -> tuple[Comparison, bool]:
    """`compare_questions`, and whether the new question keeps every name the earlier one asked
    about (a name, version or code of the earlier question left without its counterpart: SMTP
    Яндекса / SMTP для Mail.ru)."""
    from deskcli.domain.intake.span import readable

    a, b = readable(a), readable(b)  # words, not pasted data; bounded whatever is pasted
    terms_a, terms_b = question_terms(a), question_terms(b)
    if not terms_a or not terms_b:
        same = fold(a).strip() == fold(b).strip()
        return Comparison(1.0 if same and not terms_a and not terms_b else 0.0, ()), True

    def weight(term: Term) -> float:
        return term.weight * (rarity(term.stem) if rarity and term.kind != "weak" else 1.0)

    pairing = _Pairing(terms_a, terms_b, weight)
    opposite = pairing.opposite or opposite_ways(terms_a, terms_b, pairing.anchors)
    pairing.cover_the_rest()
    keeps_names = all(t.kind != "entity" for j, t in enumerate(terms_b) if j not in pairing.used_b)
    return Comparison(pairing.score(b), tuple(_vetoes(a, b, pairing, opposite=opposite))), keeps_names


class _Pairing:
    """Each term of one question paired with at most one of the other, the best likeness
    first; then what the pairs leave over that still counts as covered."""

    def __init__(self, terms_a: Sequence[Term], terms_b: Sequence[Term], weight: Callable[[Term], float]) -> None:
        self.terms_a, self.terms_b, self.weight = terms_a, terms_b, weight
        pairs = sorted(
            ((like, i, j) for i, ta in enumerate(terms_a) for j, tb in enumerate(terms_b)
             if (like := _likeness(ta, tb)) > 0),
            # A verb with itself before a synonym (настроить with настроить, not with смене), then
            # the weightier terms first: бэкап with копию, not with резервную.
            key=lambda p: (
                -p[0], not _same_verb(terms_a[p[1]], terms_b[p[2]]), -(terms_a[p[1]].weight + terms_b[p[2]].weight),
                p[1], p[2],
            ),
        )
        self.used_a: set[int] = set()
        self.used_b: set[int] = set()
        self.matched_a = self.matched_b = 0.0
        self.opposite = self.filled = False
        self.anchors: list[tuple[int, int]] = []
        for like, i, j in pairs:
            if i in self.used_a or j in self.used_b:
                continue
            self.used_a.add(i)
            self.used_b.add(j)
            self.anchors.append((i, j))
            self.matched_a += like * weight(terms_a[i])
            self.matched_b += like * weight(terms_b[j])
            roles = {terms_a[i].role, terms_b[j].role}
            # из 1С / в 1С; без картинок / с картинками: one thing taken opposite ways
            self.opposite = self.opposite or roles == {"from", "to"} or "without" in roles and len(roles) == 2
            self.filled = self.filled or _fills(terms_a[i], terms_b[j])
        self.aside_a: set[int] = set()
        self.aside_b: set[int] = set()

    def cover_the_rest(self) -> None:
        """Terms left unpaired that still count as covered: values of a slot, a vendor's
        name, an aside."""
        terms_a, terms_b, anchors = self.terms_a, self.terms_b, self.anchors
        # "30 вместо 10" for "количество", "from USD to RUB" for "currency": more values of
        # the one open slot or more instances of a kind the earlier question named, not new names.
        kinds_b = {c[5:] for t in terms_b for c in t.concepts if c.startswith("kind:")}
        # порог суммы 2000 / минимальная сумма: a figure fills the slot the earlier question left
        # open even when the open word pairs with its own repetition, if it named no figure
        open_b = VALUE in kinds_b and not any("isa:" + VALUE in t.concepts for t in terms_b)
        for i, ta in enumerate(terms_a):
            if i in self.used_a:
                continue
            if (self.filled or open_b) and "isa:" + VALUE in ta.concepts or any("isa:" + k in ta.concepts for k in kinds_b - {VALUE}):
                self.used_a.add(i)
                self.matched_a += _SLOT_VALUE * self.weight(ta)
        # Маркета ... Маркету: a name said again in another case is the one thing, once.
        self.used_a |= said_again(terms_a, self.used_a)
        self.used_b |= said_again(terms_b, self.used_b)
        # Яндекс of Яндекс.Маркет that the other question leaves out: Маркет alone names it.
        self.used_a |= {i for i, t in enumerate(terms_a) if t.role == VENDOR}
        self.used_b |= {j for j, t in enumerate(terms_b) if t.role == VENDOR}
        # A name that only restates or illustrates (in brackets, a pasted error text, раздел
        # «Документы» where the other question asks about any section) names no other thing.
        aside_a = asides(terms_a, terms_b, dict(anchors), self.used_a, narrowing=True)
        aside_b = asides(terms_b, terms_a, {j: i for i, j in anchors}, self.used_b, narrowing=False)
        # Two different errors pasted, two different examples: then the aside is what is asked about.
        if aside_a and aside_b:
            aside_a = aside_b = set()
        self.used_a |= aside_a
        self.used_b |= aside_b
        self.aside_a, self.aside_b = aside_a, aside_b

    def score(self, b: str) -> float:
        """The likeness before any veto: a weighted Dice coefficient, averaged with how much
        of the earlier question `b` the new one covers when `b` asked something."""
        paired_a, paired_b = {i for i, _ in self.anchors}, {j for _, j in self.anchors}
        # an aside neither counts nor vetoes
        total_a = sum(self.weight(t) for i, t in enumerate(self.terms_a)
                      if (t.role != VENDOR or i in paired_a) and i not in self.aside_a)
        total_b = sum(self.weight(t) for j, t in enumerate(self.terms_b)
                      if (t.role != VENDOR or j in paired_b) and j not in self.aside_b)
        dice = min(1.0, (self.matched_a + self.matched_b) / (total_a + total_b))
        # The earlier question is usually the short one; a rewording adds where and why
        # ("куда вставлять счётчик … чтобы считал все страницы"): half the score is how much of
        # the earlier question the new one covers.
        # Only when the earlier one asked something: a bare topic ("Скидка в корзине") is covered
        # by every question on that topic, and answering it answered none of them.
        if QUESTION_MARK.search(b) or actions(self.terms_b):
            return (dice + self.matched_b / total_b) / 2
        return dice


def _vetoes(a: str, b: str, pairing: _Pairing, *, opposite: bool) -> list[str]:
    """The vetoes of `VETOES` that fire, in their order."""
    terms_a, terms_b, used_a, used_b, anchors = (pairing.terms_a, pairing.terms_b, pairing.used_a,
                                                 pairing.used_b, pairing.anchors)
    vetoes: list[str] = []
    # из 1С на сайт / с сайта в 1С: the same things moved the opposite way.
    if opposite:
        vetoes.append("opposite")
    # Different actions, each left without a counterpart in the other question: выгружать
    # товары / подключить выгрузку pair the first action with the second's noun.
    actions_a, actions_b = actions(terms_a), actions(terms_b)
    unpaired_a = actions([t for i, t in enumerate(terms_a) if i not in used_a])
    unpaired_b = actions([t for j, t in enumerate(terms_b) if j not in used_b])
    # экспорт / импорт beside a shared настроить: each question's own action has no
    # counterpart in the other, whatever else they share.
    # восстановить удалённый раздел / удалить раздел: the earlier question's action stands in the
    # new one only as a state (the participle), beside an action of the new one's own
    as_state_b = actions([terms_b[j] for i, j in anchors if terms_b[j].kind == "action" and participle(terms_a[i])])
    done_a = actions([t for t in terms_a if not participle(t)])
    if unpaired_a and unpaired_b and not unpaired_a & actions_b and not unpaired_b & actions_a or (
        unpaired_a and as_state_b and not unpaired_a & actions_b and not as_state_b & done_a
    ):
        vetoes.append("action")
    left_a = {t.kind for i, t in enumerate(terms_a) if i not in used_a}
    # второй язык asked before, "английская версия в дополнение к русской" now: an ordinal
    # the earlier question qualified its thing with tells nothing the new one replaced; left
    # over on the new question's side it still names another one (первый / второй сайт).
    left_b = {"qualifier" if _ordinal(t) else t.kind for j, t in enumerate(terms_b) if j not in used_b}
    # A thing of one question replaced by another in the same place between the words
    # both share (доступ к товару / к разделу); a rewording puts its other words elsewhere.
    slots_a = slots(terms_a, used_a, [i for i, _ in anchors])
    slots_b = slots(terms_b, used_b, [j for _, j in anchors])
    # A name left over on one side against any thing on the other is a replaced name
    # wherever it stands (Старт — сколько пользователей … / сколько пользователей … Бизнес).
    named = "entity" in left_a | left_b and left_a & THINGS and left_b & THINGS
    # English has no dictionary here: every unknown word is read as a noun, so where a
    # "thing" stands tells nothing, and any thing left on both sides vetoes as before.
    guessed = not CYRILLIC.search(a + b) and desk_thing_left(terms_a, used_a) and desk_thing_left(terms_b, used_b)
    if shared_slots := slots_a.keys() & slots_b.keys():
        vetoes.append(replaced_what([slots_a[k] for k in shared_slots], [slots_b[k] for k in shared_slots]))
    elif unpaired_numbers(terms_a, used_a) and unpaired_numbers(terms_b, used_b):
        vetoes.append("replaced_name")  # через три дня / через 10 дней: another figure, in words or digits
    elif named or guessed:
        vetoes.append("named" if named else "guessed")
    # выгрузить в Excel список покупателей / выгрузить заказы в Excel: one action done to
    # other things, in whatever word order (`repeat_objects`)
    if not any(v.startswith("replaced_") for v in vetoes) and objects_replaced(
        a, b, terms_a, terms_b, anchors, used_a, used_b
    ):
        vetoes.append("replaced_object")
    # A name, version or code the new question asks about and the earlier one never named
    # (SMTP Mail.ru after SMTP Яндекса): another entity is another question.
    if "entity" in left_a:
        vetoes.append("new_entity")
    # журнал администраторов нашли / журнал покупателей: the earlier question's thing is settled
    if settles_earlier(a, b, terms_b, _likeness):
        vetoes.append("settled")
    # теперь вопрос про другое: the writer says himself it is another question
    if says_another_question(a):
        vetoes.append("another")
    return vetoes


def _same_verb(a: Term, b: Term) -> bool:
    """The one verb in both questions, an action in one and a weak word in the other."""
    return a.stem == b.stem and {a.kind, b.kind} <= {"action", "weak"}


def _ordinal(term: Term) -> bool:
    return any(c.startswith("ordinal:") for c in term.concepts)


class Reading(NamedTuple):
    """Two questions as the rules read them (`read_pair`)."""

    comparison: Comparison
    keeps_names: bool
    asked_again: bool


def read_pair(a: str, b: str, rarity: Callable[[str], float] | None = None) -> Reading:
    """The new question `a` against the earlier `b` as the rules read them: the comparison,
    whether `a` keeps every name `b` asked about, and whether `a` says it asks again."""
    from deskcli.domain.intake.span import readable

    comparison, keeps_names = _compare(a, b, rarity)
    return Reading(comparison, keeps_names, says_asked_again(readable(a)))


def rules_say_repeat(reading: Reading) -> bool:
    """The rules' verdict: alike enough, or nearer than chance when said to be asked again."""
    similarity = reading.comparison.similarity()
    if similarity >= REPEAT_THRESHOLD:
        return True
    # Said to be asked again, alike enough and keeping every earlier name: no veto is needed.
    again = similarity >= AGAIN_THRESHOLD or reading.comparison.likeness >= AGAIN_LIKENESS and reading.keeps_names
    return again and reading.asked_again


def rules_find_repeat(a: str, b: str, rarity: Callable[[str], float] | None = None) -> bool:
    """The rules' verdict alone on `a` against `b`; the desk decides with `repeat_model.is_repeat`."""
    return rules_say_repeat(read_pair(a, b, rarity))
