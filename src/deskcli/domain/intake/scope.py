"""Scope (SPEC 2.10): requests for the services technical support does not include.

The rules (scope_rules.json) read a message as lemmas, sentence by sentence and in pairs
of adjacent sentences. A word list is matched on the lemma text's tokens by set and
prefix lookups; a regular expression is compiled the first time a rule gets that far, so
a command that reads one message compiles few of them (the word lists' budget is 10 ms).
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Sequence
from functools import cache

from deskcli.domain.intake import patterns
from deskcli.domain.intake.morphology import can_be, lemma_text
from deskcli.domain.intake.normalising import QUOTED, WORD
from deskcli.domain.intake.scope_data import scope_sentences
from deskcli.domain.intake.scope_wishes import politely_wished
from deskcli.domain.intake.wordlists import data_text
from deskcli.domain.named import NamedTuple


class _Window(NamedTuple):
    """A sentence (or two) as lemma text, its tokens, and the parts of hyphenated ones."""

    text: str
    padded: str
    tokens: frozenset[str]

    @classmethod
    def of(cls, text: str) -> _Window:
        tokens = set(text.split())
        tokens |= {part for token in tokens if "-" in token for part in token.split("-")}
        tokens |= {part for token in tokens if "." in token for part in token.split(".")}
        return cls(text, f" {text} ", frozenset(tokens))


class _Words:
    """A word list of scope_rules.json: whole tokens, ``word*`` starts, phrases."""

    def __init__(self, entries: Sequence[str]) -> None:
        # lemma_text splits a word at its apostrophe: "we'd like" reads "we d like"
        entries = [e.replace("'", " ") for e in entries]
        self.whole = frozenset(e for e in entries if " " not in e and not e.endswith("*"))
        self.starts = tuple(e[:-1] for e in entries if " " not in e and e.endswith("*"))
        self.phrases = tuple(f" {e} " for e in entries if " " in e)

    def search(self, window: _Window) -> bool:
        if self.whole & window.tokens or any(p in window.padded for p in self.phrases):
            return True
        return bool(self.starts) and any(t.startswith(self.starts) for t in window.tokens)

    def regex(self) -> str:
        parts = []
        if self.whole or self.phrases:
            alternatives = sorted(self.whole) + [p.strip() for p in self.phrases]
            parts.append(r"(?<!\w)(?:" + "|".join(map(re.escape, alternatives)) + r")(?!\w)")
        if self.starts:
            parts.append(r"(?<!\w)(?:" + "|".join(map(re.escape, self.starts)) + r")\w*")
        return "|".join(parts) or "(?!)"


class _Pattern:
    """A regular expression, its fragments expanded and compiled on first use."""

    def __init__(self, source: str, expand: Callable[[str], str]) -> None:
        self._source = source
        self._expand = expand
        self._compiled: re.Pattern[str] | None = None

    def search(self, window: _Window) -> bool:
        if self._compiled is None:
            self._compiled = patterns.compile(self._expand(self._source))
        return self._compiled.search(window.text) is not None


class _ScopeRule(NamedTuple):
    """One rule of scope_rules.json: every `required` matcher and no `forbidden` one;
    `span` (optional) narrows it to runs of that many sentences at most (1: one sentence,
    where its words must meet, not a digression's word beside the next one's question)."""

    required: tuple[_Words | _Pattern, ...]
    forbidden: tuple[_Words | _Pattern, ...]
    span: int | None = None

    def verdict(self, window: _Window) -> bool | None:
        """True where the rule matches; False where a look-alike it leaves in scope has all it
        asks for and one thing it rules out (перенести сайт самим); None where nothing."""
        if not all(m.search(window) for m in self.required):
            return None
        return not any(m.search(window) for m in self.forbidden)


@cache
def _scope_rules() -> tuple[tuple[str, int, tuple[_ScopeRule, ...]], ...]:
    data = json.loads(data_text("scope_rules.json"))
    lists = {name: _Words(v) for name, v in data["fragments"].items() if isinstance(v, list)}
    texts = {name: v for name, v in data["fragments"].items() if isinstance(v, str)}

    def expand(pattern: str) -> str:
        while "%" in pattern:  # fragments may name fragments
            for name, words in lists.items():
                pattern = pattern.replace(f"%{name}%", f"(?:{words.regex()})")
            for name, text in texts.items():
                pattern = pattern.replace(f"%{name}%", f"(?:{text})")
        return pattern

    def matcher(item: str | list[str]) -> _Words | _Pattern:
        if isinstance(item, list):
            return _Words(item)
        if item.startswith("%") and item.endswith("%") and item[1:-1] in lists:
            return lists[item[1:-1]]
        return _Pattern(item, expand)

    def rule(spec: dict) -> _ScopeRule:
        required = [matcher(item) for item in spec["all"]]
        # Word lists first: a rule that fails on one never compiles its expressions.
        required.sort(key=lambda m: isinstance(m, _Pattern))
        return _ScopeRule(tuple(required), tuple(matcher(item) for item in spec.get("none", ())), spec.get("span"))

    return tuple(
        (f"{clause['clause']} {clause['label']}", clause.get("span", 2), tuple(rule(spec) for spec in clause["rules"]))
        for clause in data["clauses"]
    )


def clause_labels() -> dict[str, str]:  # "2.10.1" -> the label `out_of_scope` gives
    return {label.split(" ", 1)[0]: label for label, _, _ in _scope_rules()}


# "могли бы вы", "не могли бы": a past form before бы is a polite request, not the past.
_PAST_BEFORE_BY = patterns.compile(r"_past_(?= (?:\S+ )?бы(?!\S))")


# Verbs whose imperative asks to be told something: "подскажите, как ..." is a question.
_ASKING_VERBS = ("подсказать", "объяснить", "рассказать", "показать", "посоветовать", "уточнить", "напомнить", "помочь")
# (not как в прошлый раз, как тогда: the earlier work named, which 2.10.7 reads)
_COMPARING_HOW = patterns.compile(r"(?<= )как(?= )(?! (?:и )?(?:в )?(?:тот|прошлый|тогда|раньше|прежде|быть)(?!\S))")


# "как у Ozon", "как на сайте конкурента": как before a place with no verb after it is a
# likeness (make it like theirs), not a how-to, in a sentence that asks no question.
_LIKE_A_PLACE = patterns.compile(r"(?<= )как (?=(?:у|на|в|во) (?!(?:тот|прошлый|прошлое)(?!\S)))")
_PLACE_WORDS = 3


def _likeness(sentence: str) -> str:
    if "?" in sentence:
        return sentence

    def read(match: re.Match[str]) -> str:
        place = sentence[match.end() :].split()[1 : 1 + _PLACE_WORDS]
        if any(w.startswith("_") or can_be(w, "INFN") or can_be(w, "VERB") for w in place):
            return match.group(0)
        return "подобно "

    return _LIKE_A_PLACE.sub(read, sentence)


def _comparisons_apart(sentence: str) -> str:
    """In a request without "?", a как after the imperative compares (переделайте меню,
    как на сайте конкурента; make it like theirs): it asks nothing, so it is no howto."""
    sentence = _likeness(sentence)
    if "?" in sentence or "_impr_" not in sentence:
        return sentence
    at = sentence.index("_impr_")
    verb = sentence[:at].split()[-1] if sentence[:at].split() else ""
    if verb in _ASKING_VERBS:
        return sentence
    return sentence[:at] + _COMPARING_HOW.sub("подобно", sentence[at:])


# Imperatives that ask for no work: courtesy (простите, извините, здрасьте) and a negated
# one (не обижайтесь, не волнуйтесь).
# An oath (чёрт побери, чёрт возьми) is an imperative in form only, and so is one after ни
# that concedes (сколько ни ставь, как ни крути: however many one sets).
_NO_WORK_ASKED = patterns.compile(
    r"(?:(?<!\S)(?:не|ни) \S+|(?<!\S)(?:простить|извинить|здра\S*)|(?<!\S)(?:черт|черта) (?:побрать|взять)) _impr_"
)
_WANTING = patterns.compile(r"(?<!\S)хотеть (?:_subj_ )?(?:бы )?(?=(\S+))")
# The same in English (we'd like to build our own layout, I want to add): the writer's own
# doing, unless what he would like is to have it done (to have, get, order, ask, hire).
_WANTING_EN = patterns.compile(
    r"(?<!\S)(?:we|i) (?:d like|would like|want|plan|intend) to "
    r"(?!(?:have|get|see|order|ask|request|commission|hire|book|pay|know|find)(?!\S))"
)
# "мне надо поменять", "нам нужно сделать": the writer needs to do it himself, like хочу
# поменять (with "чтобы" after it the need is of someone else).
_OWN_NEED = patterns.compile(r"(?<!\S)(?:я|мы) (?:надо|нужно|необходимо) (?=(\S+))")
# "с .html на слэш": an address's ending (.html, .php), not the HTML language (2.10.6).
_EXTENSION = patterns.compile(r"(?<![\w/.])\.(?:html?|php|aspx?)(?!\w)", re.IGNORECASE)
# An error already fixed (исправили ошибку, в релизе исправлена ошибка, the bug was fixed) is
# what an update brought or earlier work did, no defect reported now.
_FIXED = patterns.compile(
    r"(?<!\S)(?:(?:исправить|исправлять|пофиксить|починить|чинить|fix) _past_|исправлен[аоы]?|fixed)((?: \S+){0,2}?) "
    r"(?:ошибка|баг|bug|bugs|глюк)(?!\S)"
    r"|(?<!\S)(?:ошибка|баг|bug|bugs|глюк) (?:(?:был|была|были|быть _past_|was|were|has been|is) )?"
    r"(?:исправлен[аоы]?|(?:исправить|пофиксить|починить|чинить) _past_|fixed)(?!\S)"
)
# "может быть" is "maybe" (что может быть не так?), not "can you".
_MAYBE = patterns.compile(r"(?<!\S)мочь быть(?!\S)")
# A breakage the writer wants to avoid (чтобы ничего не сломалось, without breaking anything)
# reports no defect.
_FEARED = patterns.compile(
    r"(?<!\S)(?:чтобы(?: \S+){0,2} не|without|so that nothing|so nothing) "
    r"(?:сломаться|сломать|упасть|слететь|пропасть|потеряться|break|breaking|breaks|gets lost)(?!\S)"
)


# Someone's inability (никто не может отправить, я не могу настроить, we cannot) states a
# fault or the writer's trouble: no "can you" put to the staff.
_UNABLE = patterns.compile(r"(?<!\S)((?:никто|ничто|я|мы|он|она|они|покупатель|клиент)(?: \S+){0,2}? не) (?:с?мочь)(?!\S)")
# The same with the subject left out, four words at most into the sentence (Не можем установить;
# Второй день не можем поменять логотип: "we cannot"), in a sentence with no "?" and no вы:
# "Не можете перенести?" asks the staff.
_UNABLE_HEAD = patterns.compile(r"^((?:\S+ ){0,4}не) с?мочь(?= )(?!.*(?<!\S)(?:вы|ваш)(?!\S))(?!.*\?)")
# The same after a conjunction, the subject left out (хостинг плохой, но переезжать пока не
# можем): "we cannot", in a sentence with no "?" and no вы.
_UNABLE_AFTER = patterns.compile(
    r"(?<!\S)((?:но|а|и|однако|but) \S+(?: \S+){0,2} не) с?мочь(?!\S)(?!.*(?<!\S)(?:вы|ваш)(?!\S))(?!.*\?)"
)
# "требует, чтобы я сделал", "просят, чтобы мы добавили": the writer is to do it himself, a
# wish of someone else's on him, no request to the staff.
_ON_THE_WRITER = patterns.compile(r"(?<!\S)(?!_)\S+ чтобы (?:я|мы) (\S+) _subj_(?!\S)")
# What a third party is to be able to do (чтобы кандидаты могли откликаться, чтобы покупатели
# могли оплатить): the purpose of the thing asked about, no "can you" put to the staff (a wish
# of what the staff do reads _impr_ there).
_ABLE_PURPOSE = patterns.compile(r"(?<!\S)(чтобы(?: (?!вы(?!\S)|ваш)\S+){1,4}) мочь _subj_(?!\S)")
# A parenthetical "может," / "а может, это ..." is "maybe", read before the comma is lost.
_MAYBE_AHEAD = patterns.compile(r"(?<![^\W_])может(?:\s+быть)?(?=\s*,|\s+это(?![^\W_]))", re.IGNORECASE)
# "всё так же не считается" is "still": a fault that stays, not the same work again (2.10.7).
_STILL = patterns.compile(r"(?<!\S)все так же(?!\S)")
# "а не как в прошлый раз", "not like last time": the same again negated asks for it done
# differently, no earlier work redone; "выглядел так же", "look the same": a likeness (make it
# look like this template), not the same work again.
_NOT_THE_SAME = patterns.compile(
    r"(?<!\S)(?:не|not|unlike) (?:(?:точно )?так же|как (?:и )?(?:в прошлый раз|тогда|раньше|прежде)"
    r"|(?:like |as )?(?:last time|before))(?!\S)"
)
_LOOKS_THE_SAME = patterns.compile(
    r"(?<!\S)(?:выглядеть|смотреться|look|looks)( _subj_| _impr_| _past_)? (?:(?:точно )?так же|the same)(?!\S)"
)
# The writer repeating what he writes (повторю, повторяю вопрос, I repeat) asks no work redone.
_WRITER_REPEATS = patterns.compile(r"(?<![^\W_])(?:повтор(?:ю|яю)(?:сь)?|i\s+repeat)(?![^\W_])", re.IGNORECASE)


# A person who went missing (программист пропал) is no data lost (2.10.7): a person's noun as
# the subject right before a verb of going missing.
_GONE = patterns.compile(r"(?<!\S)(\S+) (?:пропасть|потеряться|исчезнуть) _past_")


# A check asked for after the work (проверить, что всё работает после обновления; check that
# everything works after the update) names the work's end, not a fault the update caused.
_CHECKED_AFTER = patterns.compile(
    r"(?<!\S)((?:проверить(?: _impr_)?|(?:check|test) (?:that|whether|if))(?: \S+){0,4}) (?:после|after)(?!\S)"
)


def _person_gone(match: re.Match[str]) -> str:
    person = can_be(match.group(1), "NOUN", "anim") and not can_be(match.group(1), "NOUN", "inan")
    return f"{match.group(1)} уйти _past_" if person else match.group(0)


def _who_does(sentence: str) -> str:
    """The lemma text with the requests the writer does not make of the staff taken out:
    хочу поправить, хотим понять, хотели бы поделиться (хотеть with a verb: the writer's own
    doing, where хотим, чтобы ... wishes it of someone else), the imperatives of
    _NO_WORK_ASKED, "может быть" and a breakage only feared."""
    sentence = _NO_WORK_ASKED.sub(lambda m: m.group(0)[: -len(" _impr_")], sentence)
    sentence = _GONE.sub(_person_gone, sentence)
    sentence = _CHECKED_AFTER.sub(r"\1 вслед", sentence)
    sentence = _UNABLE_HEAD.sub(r"\1 уметь", _UNABLE_AFTER.sub(r"\1 уметь", _UNABLE.sub(r"\1 уметь", sentence)))
    sentence = _ON_THE_WRITER.sub(r"намереваться \1", sentence)
    sentence = _LOOKS_THE_SAME.sub(r"выглядеть\1 подобно", _NOT_THE_SAME.sub("иначе", sentence))
    sentence = _ABLE_PURPOSE.sub(r"\1 уметь", sentence)
    sentence = _FEARED.sub(lambda m: m.group(0).rsplit(" ", 1)[0] + " уцелеть", _MAYBE.sub("возможно", sentence))
    sentence = _FIXED.sub(lambda m: "исправление" + (m.group(1) or ""), sentence)
    sentence = _STILL.sub("по-прежнему", _WANTING_EN.sub("we mean to ", sentence))
    sentence = _OWN_NEED.sub(lambda m: "намереваться " if can_be(m.group(1), "INFN") else m.group(0), sentence)
    return _WANTING.sub(lambda m: "намереваться " if can_be(m.group(1), "INFN") else m.group(0), sentence)


# A sentence that is only "how?" (Как? Как это сделать? How?) asks how to do what the sentence
# before it needs: "Нужно сделать раздел для своих. Как?" is a how-to question, no order.
_BARE_HOW = patterns.compile(
    r"^(?:и |а |так )?(?:как|каким образом|how)(?: (?:это|такой|so|this|it|do i do that))?"
    r"(?: (?:сделать|быть|настроить))?(?: _impr_)? \?$"
    # "Как выровнять?", "Как сбросить?": one verb asks how to do it to the thing just named
    r"|^(?:и |а |так )?(?:как|how)(?: \S+)?(?: _impr_)?(?: (?:это|его|её|ее|их|it|them|this))? \?$"
)


def _bare_how_joined(sentences: list[str]) -> list[str]:
    joined: list[str] = []
    for sentence in sentences:
        if joined and _BARE_HOW.match(sentence):
            joined[-1] = f"{joined[-1]} {sentence}"
        else:
            joined.append(sentence)
    return joined


# What the writer cannot work out (сами не разберёмся, где там что нажимать; не знаю, как):
# the reason the staff are asked to do it, not a question of how, in a sentence with no "?".
_NOT_KNOWING = patterns.compile(
    r"(?<!\S)не (?:знаю|знаем|знает|разберусь|разберемся|разберёмся|понимаю|понимаем|понимает|умею|умеем|умеет|соображу|сообразим"
    r"|справлюсь|справимся),? (?:где|как|каким образом|куда)(?![\w-])")


def read_sentences(normalized: str) -> list[str]:
    """The sentences as the rules read them: lemma text, with what the writer does not ask
    of the staff taken out, and a bare "how?" joined to the sentence it asks about."""
    def read(sentence: str) -> str:
        for pattern, replacement in _READ_AS:
            sentence = pattern.sub(replacement, sentence)
        if "?" not in sentence:
            sentence = _NOT_KNOWING.sub("не знаем", sentence)
        return _comparisons_apart(_who_does(politely_wished(_PAST_BEFORE_BY.sub("_subj_", lemma_text(sentence)))))

    return _bare_how_joined([read(s) for s in scope_sentences(normalized)])


#: Done by mistake (удалили по ошибке, deleted by mistake): how the customer lost it, not an error of the product.
_BY_MISTAKE = patterns.compile(r"(?<![^\W_])(?:по\s+ошибке|by\s+mistake|in\s+error)(?![^\W_])", re.IGNORECASE)


#: A check asked for that nothing broke (проверьте, что ничего не сломалось): no fault told.
_NOTHING_BROKEN = patterns.compile(
    r"(?<![^\W_])(?:ничего|что-нибудь|что-то)\s+не\s+(?:сломалось|слетело|отвалилось|пропало|поломалось)(?![^\W_])"
    r"|(?<![^\W_])nothing\s+(?:is\s+|got\s+|has\s+)?broken?(?![^\W_])",
    re.IGNORECASE,
)


#: Broken by the customer himself (мы всё сломали): how he lost the staff's work, not a fault of the product.
_WE_BROKE = patterns.compile(r"(?<![^\W_])(мы|я)\s+(?:\S+\s+){0,2}?(?:сломали|сломал|сломала|поломали|поломал)(?![^\W_])", re.IGNORECASE)


#: Everywhere it stands (везде, где он есть): a relative "где", no question of where.
_WHEREVER = patterns.compile(r"(?<![^\W_])(?:везде|всюду|повсюду),?\s+где(?![^\W_])", re.IGNORECASE)


#: An exclamation that reads as an imperative (зашибись): no request of the staff.
_EXCLAIMED = patterns.compile(r"(?<![^\W_])зашибись(?![^\W_])", re.IGNORECASE)


#: Phrases read as the plain word they amount to, in this order, before the lemma text.
_READ_AS = (
    (_EXTENSION, " окончание"), (_MAYBE_AHEAD, "возможно"), (_WRITER_REPEATS, "подчеркну"), (_BY_MISTAKE, "нечаянно"),
    (_NOTHING_BROKEN, " исправно"), (_WHEREVER, "везде"), (_WE_BROKE, r"\1 испортили"), (_EXCLAIMED, " "),
)


#: A page's address in a path (/catalog/item123.html): the site's own page, named, not HTML
#: asked about (a 301 redirect from old addresses is the product's question).
_PAGE_ADDRESS = patterns.compile(r"(?<=/)[^\s/]*\.(?:s?html?|php)(?![\w.])")


def _quoted_advice(match: re.Match[str]) -> str:
    """Someone's words in quotes with an imperative (ваш специалист написал «обновитесь»,
    ответили «переустановите систему»): what the writer was told, not work asked of the staff;
    a quoted name («Купить в один клик») stays."""
    if any(can_be(word, "impr") for word in WORD.findall(match.group())):
        return " цитата "
    return match.group()


def out_of_scope(normalized: str) -> list[str]:
    """Labels of the 2.10 clauses the message asks for, e.g. "2.10.1 moving a site ..."."""
    return scope_findings(normalized)[0]


def scope_findings(normalized: str) -> tuple[list[str], list[str]]:
    """(`out_of_scope`, the clauses whose look-alike it holds: a rule's words met and set aside).
    A clause is read in each sentence and each run of `span` adjacent ones (two unless it says
    otherwise: "you set it up last spring. We restored a backup. Please set it up again")."""
    sentences = read_sentences(QUOTED.sub(_quoted_advice, _PAGE_ADDRESS.sub(" ", normalized)))
    windows: dict[int, list[_Window]] = {}

    def within(span: int) -> list[_Window]:
        if span not in windows:
            runs = [" ".join(sentences[i : i + n]) for n in range(2, span + 1) for i in range(len(sentences) - n + 1)]
            windows[span] = [_Window.of(s) for s in sentences + runs]
        return windows[span]

    asked, set_aside = [], set()
    for label, span, rules in _scope_rules():
        for verdict in (rule.verdict(window) for rule in rules for window in within(min(span, rule.span or span))):
            if verdict:
                asked.append(label)
                break
            if verdict is False:
                set_aside.add(label.split(" ", 1)[0])
    return asked, sorted(set_aside - {label.split(" ", 1)[0] for label in asked})
