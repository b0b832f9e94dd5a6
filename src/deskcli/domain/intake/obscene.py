"""Obscene words (SPEC 2.8.3): mat and vulgar roots, wherever they stand and however spelled."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from functools import cache, lru_cache

from deskcli.domain.intake import morphology, patterns
from deskcli.domain.intake.normalising import (
    CAMEL_HUMP, CYRILLIC, DISGUISE_MARK, LATIN, LATIN_AS_CYRILLIC, SIGNS_AS_CYRILLIC, clean, other_reading, plain_readings, words,
)
from deskcli.domain.intake.latin_mat import by_sound, latin_mat, read_aloud, sounded_mat, wrong_layout
from deskcli.domain.intake.obscene_capitalised import capitalised_foreign_name
from deskcli.domain.intake.obscene_english import disguised_vulgar, english_compound, vulgar_as_written
from deskcli.domain.intake.obscene_explained import explained_name
from deskcli.domain.intake.obscene_homographs import innocent_homograph, outside_quoted_mail
from deskcli.domain.intake.obscene_names import foreign_name, innocent_name, place_in_address, place_in_list, place_name, renamed_place
from deskcli.domain.intake.obscene_surnames import beside_name, double_name, russian_surname, surname_after_root, surname_past_root
from deskcli.domain.intake.undisguise import filler_signs_dropped, heard_or_counted, swapped, unmasked
from deskcli.domain.intake.wordlists import fold, within, word_list

_RU_VOWEL_START = "еяю"
_RU_VOWELS = "аеиоуыэюя"
_DEGREE = ("гипер", "супер", "сверх")  # no word of the language joins them to е without ъ: суперебанутый is mat


class _Anchored:
    """Roots at the start of a word, after up to three prefixes (на-хуй, от-ъ-еб-ись,
    у-по-до-бля-ть). A root starting with е/ё/я/ю needs no prefix, or a vowel-final one,
    or a consonant-final one and ъ/ь (съеб-, отъеб-), which keeps себе, тебе, требовать
    out. Matched by walking the prefixes with str.startswith: nothing to compile."""

    def __init__(self, roots: Iterable[str], prefixes: Iterable[str]) -> None:
        roots = list(roots)
        self._vowel_roots = tuple(r for r in roots if r[0] in _RU_VOWEL_START)
        self._consonant_roots = tuple(r for r in roots if r[0] not in _RU_VOWEL_START)
        # by first letter: a word position tries only the prefixes that can start there
        self._prefixes: dict[str, tuple[str, ...]] = {}
        for prefix in prefixes:
            self._prefixes[prefix[:1]] = (*self._prefixes.get(prefix[:1], ()), prefix)

    def starts(self, word: str) -> list[int]:
        """Every position where a root begins after a chain of prefixes."""
        found: list[int] = []
        frontier: list[tuple[int, str]] = [(0, "")]
        for depth in range(4):
            following = []
            for at, last in frontier:
                if self._consonant_roots and word.startswith(self._consonant_roots, at):
                    found.append(at)
                if self._vowel_roots:
                    if (not last or last[-1] in _RU_VOWELS or last in _DEGREE) and word.startswith(self._vowel_roots, at):
                        found.append(at)
                    elif last and word[at : at + 1] in ("ъ", "ь") and word.startswith(self._vowel_roots, at + 1):
                        found.append(at + 1)
                if depth < 3:
                    following += [(at + len(p), p) for p in self._prefixes.get(word[at : at + 1], ())
                                  if word.startswith(p, at)]
            frontier = following
        return found


def _occurrences(word: str, parts: Sequence[str]) -> list[int]:
    found = []
    for part in parts:
        at = word.find(part)
        while at != -1:
            found.append(at)
            at = word.find(part, at + 1)
    return found


_EN_ENDINGS = ("", "s", "ed", "er", "ers", "ing", "in", "y", "ty")
_J_FOR_Y = patterns.compile(r"(?<=[aeiou])y")


class _ObsceneLexicon:
    """Roots from obscene_roots.txt, ready for one pass per word (see that file)."""

    def __init__(
        self,
        roots: Sequence[str],
        prefixes: Sequence[str],
        innocent: Sequence[str],
        lemmas: Iterable[str] = (),
    ) -> None:
        # Russian typed in Latin writes й as y or j alike (nahuy, nahuj; pohuj): a Latin root
        # with y after a vowel takes j there too.
        roots = [*roots, *(_J_FOR_Y.sub("j", r) for r in roots if LATIN.match(r.lstrip("*=^~")) and _J_FOR_Y.search(r))]
        self._anchored = _Anchored((r for r in roots if r[0] not in "*=^~%"), prefixes)
        self._guarded_anchored = _Anchored((r[1:] for r in roots if r[0] == "^"), prefixes)
        self._anywhere = tuple(r[1:] for r in roots if r.startswith("*"))
        self._guarded_anywhere = tuple(r[1:] for r in roots if r.startswith("~"))
        self._guarded = tuple(r[1:] for r in roots if r[0] in "^~")
        self._whole = frozenset(r[1:] for r in roots if r.startswith("="))
        self.english_roots = tuple(r[1:] for r in roots if r.startswith("%"))
        innocent = list(innocent)
        self._innocent = tuple(e for e in innocent if not e.startswith("="))
        # Whole words only: похер is the mild "all the same" like пофиг, похерить stays mat.
        self._innocent_whole = frozenset(e[1:] for e in innocent if e.startswith("="))
        self.lemmas = frozenset(lemmas)
        # English mat with its endings, for letters hidden behind dots or asterisks (f***ing); a whole word as it is
        latin = [r.lstrip("*=^~") for r in roots if LATIN.match(r.lstrip("*=^~"))]
        self.latin_forms = frozenset(r + e for r in latin for e in (("",) if r in self._whole else _EN_ENDINGS) if r[-1:] + e[:1] != "ee")
        letters = set("".join(roots))  # each letter tested once, not once per root it is in
        self.alphabet = {
            "cyrillic": "".join(sorted(c for c in letters if CYRILLIC.match(c))),
            "latin": "".join(sorted(c for c in letters if LATIN.match(c))),
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
        """Whether a root that counts in any word stands in this one (not inside an innocent word)."""
        if word in self._innocent_whole:
            return False
        starts = [0] if word in self._whole else []
        starts += self._anchored.starts(word)
        starts += _occurrences(word, self._anywhere)
        return any(not self._innocent_at(word, start) for start in starts)

    def matches_guarded(self, word: str) -> bool:
        """Whether a root that counts only in words the dictionary does not know stands here."""
        # The dictionary tells innocent words here: поблядовать and проблядь hold обля like уподоблять,
        # which only the dictionary knows. innocent_words.txt speaks for a word the dictionary lacks
        # that begins where the root does (мандел- in Мандела), or where the word does and goes past
        # the root's start (турсук in турсуках), or holds all of the root (брюхую in краснобрюхую).
        if word in self._innocent_whole:
            return False
        starts = self._guarded_anchored.starts(word) + _occurrences(word, self._guarded_anywhere)
        return any(not self._cleared(word, at) for at in starts)

    def _cleared(self, word: str, start: int) -> bool:
        """Whether an innocent entry speaks for the guarded root that begins at ``start``."""
        end = start + min((len(r) for r in self._guarded if word.startswith(r, start)), default=0)
        for entry in self._innocent:
            at = word.find(entry)
            while -1 < at <= start:
                if at == start or at == 0 and len(entry) > start or at + len(entry) >= end:
                    return True
                at = word.find(entry, at + 1)
        return False

    def mat_anywhere(self, word: str) -> bool:
        """Whether a root that is mat inside any word (пизд) stands in this one."""
        return bool(_occurrences(word, self._anywhere))

    def mat_inside(self, word: str) -> bool:
        """Whether a root mat inside any word the dictionary lacks (~хуй, ~бляд) stands in this one."""
        return bool(_occurrences(word, self._guarded_anywhere))

    def mat_lemma(self, word: str) -> bool:
        """Whether the dictionary reads a folded word as a form of an obscene lemma."""
        return bool(morphology.lemmas(word) & self.lemmas)

    def mat_word(self, word: str) -> bool:
        """Whether the dictionary reads a folded word as mat, or a root mat inside any word (пизд) stands in it."""
        return self.mat_lemma(word) or self.mat_anywhere(word)

    def innocent_whole(self, word: str) -> bool:
        return word in self._innocent_whole

    def is_innocent(self, word: str) -> bool:
        return word in self._innocent_whole or any(entry in word for entry in self._innocent)


@cache
def obscene_lexicon() -> _ObsceneLexicon:
    return _ObsceneLexicon(
        word_list("obscene_roots.txt"),
        word_list("obscene_prefixes.txt"),
        word_list("innocent_words.txt"),
        word_list("obscene_lemmas.txt"),
    )


_MASKING_SIGN = patterns.compile(r"[@$€]")
_YO_SOUNDED = "е"


_FOREIGN_LETTER = patterns.compile(r"[^\W\d_а-яёa-z]")
_MASKED_WORD_LETTERS = 4
_MASKED_TWICE = 2
_E_FOR_YE = ("эбан", "эбат", "эбал", "эблан", "эбну", "эбуч")


def obscene_readings(word: str) -> Iterator[str]:
    """Readings of a word worth testing against the obscene roots, disguises undone."""
    lexicon = obscene_lexicon()
    candidates = plain_readings(word)
    if (
        not CYRILLIC.search(word)
        and DISGUISE_MARK.search(word)
        and not lexicon.is_innocent(fold(word))
    ):
        as_cyrillic = word.translate(LATIN_AS_CYRILLIC).translate(SIGNS_AS_CYRILLIC)
        if not LATIN.search(as_cyrillic):
            candidates.append(fold(as_cyrillic))
    # йо at a word's start is ё spelled by its sound (йопта, йобнуть): read as е too
    candidates += [_YO_SOUNDED + c[2:] for c in list(candidates) if c.startswith("йо")]
    # one letter of another alphabet no table reads, inside a Cyrillic word (ꚕуёво, наᶍуй, пиꙃдострой),
    # or the same one twice (Г口НД口НЫ): a mask, as an asterisk is
    candidates += [_FOREIGN_LETTER.sub("*", c) for c in list(candidates)
                   if CYRILLIC.search(c) and len(c) >= _MASKED_WORD_LETTERS
                   and len(set(found := _FOREIGN_LETTER.findall(c))) == 1 and len(found) <= _MASKED_TWICE]
    candidates += heard_or_counted(word, candidates, lexicon.mat_lemma)
    candidates += swapped(candidates, lexicon.mat_anywhere, lexicon.mat_lemma) + filler_signs_dropped(candidates, lexicon.is_innocent)
    # ь, which no Russian word starts with, for the б it resembles (Ьлядство); ио for the ё of
    # ёб (иобаные)
    if word[:1] in "ьЬ" or word[:3].lower() == "иоб":
        candidates += ["б" + c[1:] if c.startswith("ь") else "е" + c[2:] for c in list(candidates) if c.startswith(("ь", "иоб"))]
    # э for е before the mat root's own letters (эбанутые, эблан, эбать; not эбонит, Эбола)
    candidates += ["е" + c[1:] for c in list(candidates) if c.startswith(_E_FOR_YE)]
    # In Cyrillic, @, $ and € also hide a letter like an asterisk does (п@зд@ц), besides
    # standing for one; in Latin they stand for a letter only (p@ssword is a password).
    candidates += [
        _MASKING_SIGN.sub("*", c) for c in list(candidates) if _MASKING_SIGN.search(c) and CYRILLIC.search(c)
    ]
    seen: set[str] = set()
    for reading in candidates:
        if reading in seen:
            continue
        seen.add(reading)
        if "*" in reading:
            script = "cyrillic" if CYRILLIC.search(reading) else "latin"
            yield from unmasked(reading, lexicon.alphabet[script])
        else:
            yield reading


def _dictionary_word(word: str, lexicon: _ObsceneLexicon) -> bool:
    """Whether the Russian dictionary knows the word as an ordinary word (команда, сабля)."""
    return morphology.is_known(word) and not (morphology.lemmas(word) & lexicon.lemmas)


def _ordinary(word: str) -> bool:
    return _dictionary_word(word, obscene_lexicon())


def _ordinary_name(word: str) -> bool:
    """In a name's position (a dish, a firm, a title in «»), a word the dictionary knows as a
    noun of a lemma that is no mat, where its mat readings are only forms of a verb or an
    adjective (дрочёна, a baked dish, beside a participle; Сучья, branches, beside a
    possessive adjective); a mat noun or interjection (Сука beside сук) stays mat."""
    if _ordinary(word):
        return True
    lexicon = obscene_lexicon()
    found = morphology.parses(word)
    mat = [p for p in found if p.lemma in lexicon.lemmas]
    return all(p.grammemes & _NAME_SAFE_FORMS for p in mat) and any(
        p.known and p.has("NOUN") and p.lemma not in lexicon.lemmas and not p.grammemes & {"Infr", "Slng", "Name", "Surn"}
        for p in found
    )


_NAME_SAFE_FORMS = frozenset(("VERB", "INFN", "PRTF", "PRTS", "GRND", "ADJF", "ADJS"))


def _mat_word(word: str) -> bool:
    return obscene_lexicon().mat_word(word)


def carries_root(word: str) -> bool:
    """Whether a word holds mat letters: a root, or a form of a mat lemma (сучья of сучий)."""
    lexicon = obscene_lexicon()
    return lexicon.matches(word) or lexicon.matches_guarded(word) or bool(morphology.lemmas(word) & lexicon.lemmas)


@lru_cache(maxsize=8192)
def is_obscene_word(word: str, beside_name: bool = False, double_name: bool = False) -> bool:
    """Whether one written word is mat or vulgar, in any of the ways it can be read.

    A reading is obscene when its dictionary lemma is an obscene lemma (хуйня, сука in
    every inflection), when it carries a root that counts in any word (пизд, хуй at the
    start after prefixes), or when it carries a guarded root (манд, муд, бляд inside a
    compound) and the dictionary does not know the word as an ordinary one: команда,
    мудрый, оскорблять and страхуй are dictionary words, помандохать and трисука are not.
    A guarded root in a foreign surname (Сукиасян), any root or obscene lemma in a surname beside
    a first name or a role (Сукиева, бухгалтер Пидоренко: ``beside_name``) and one in a double first name (Анна-Мандана) is no mat.
    """
    lexicon = obscene_lexicon()
    parts = [word]
    if not CYRILLIC.search(word):
        parts += CAMEL_HUMP.split(word)
    for part in parts:
        surface = fold(part)
        for reading in obscene_readings(part):
            named = beside_name and (surname_past_root(part, reading, lexicon) or russian_surname(part, reading))
            if lexicon.matches(reading) and not named:  # (a surname beside a name or a role: бухгалтер Пидоренко)
                return True
            # a whole word innocent_words.txt names (дрочёна, a dish) whatever lemma the dictionary guesses
            if CYRILLIC.search(reading) and morphology.lemmas(reading) & lexicon.lemmas and not (lexicon.innocent_whole(reading) or named):
                return True
            if (
                lexicon.matches_guarded(reading)
                and not any(_dictionary_word(w, lexicon) for w in {surface, reading})
                and not (surname_after_root(part, reading, lexicon, beside_name) or named)
                and not (double_name and part[:1].isupper())
            ):
                return True
        compound = english_compound(part, lexicon.english_roots) and not lexicon.is_innocent(surface)  # (knobcone: a pine)
        if compound or disguised_vulgar(part) or vulgar_as_written(part):
            return True
    return sounded_mat(word, lexicon)


_LINK = patterns.compile(
    r"(?:https?://|www\.)\S+|(?<!\w)(?:/[\w.\-]+){2,}/?|(?<![\w/])/[\w.\-]+/(?!\w)"  # a path, one folder too
    r"|[\w.+-]+@[\w-]+(?:\.[\w-]+)+"  # and an e-mail address
    # a site without its scheme (greblya-club.ru); a password pasted as one run (Kw8+rz2Lq/Xy9)
    r"|(?<![\w@.-])(?:[a-z0-9-]+\.)+(?:ru|su|com|net|org|info|biz|pro|shop|store|online|site|by|kz|ua|uz|io|de|eu)(?![\w.-])"
    r"|(?<!\S)(?=\S*\d)(?=\S*[A-Za-z])[A-Za-z0-9]+(?:[+/=:#%&!^~]+[A-Za-z0-9]+)+(?!\S)"
)


def find_obscene(text: str) -> list[str]:
    """The obscene or insulting words of a message, as written, in order; [] if none.

    Mat and vulgar roots count wherever they stand, quoted or not: a customer quoting mat
    has still put mat in the message. An insult (идиоты, дебилы, idiots) counts only when
    it is aimed at someone: said to the desk (вы идиоты, you idiots), of its people
    (ваши программисты дебилы) or of anyone as a judgement (какие идиоты это сделали).
    Reported speech (в кавычках, "ваш сотрудник назвал меня дебилом", "someone called me
    an idiot") and self-deprecation ("я идиот, забыл пароль") pass. A character drawn for two
    letters (β for в and for б) is read both ways.
    """
    named = _found_in(text)
    if (other := other_reading(text)) != text:
        named += [word for word in _found_in(other) if word not in named]
    return named


def _found_in(text: str) -> list[str]:
    """find_obscene for one reading of the message."""
    cleaned = clean(text)
    # a Latin word in a link, a path (/shop/ebeny-table/) or a pasted password is no disguised Cyrillic
    links = [link.span() for link in _LINK.finditer(cleaned)]
    written = [m for m in words(cleaned) if not (m.group().isascii() and any(a <= m.start() < b for a, b in links))]
    # a surname beside a first name is that surname wherever else the message names it
    # (the brand «Хергиани», named after Михаил Хергиани)
    surnames = {fold(m.group()) for i, m in enumerate(written) if m.group()[:1].isupper() and beside_name(written, i)}
    # an English word with its capital after "the" inside a sentence is a name (under the Wank, a
    # mountain), and so is it wherever else the message writes it
    the_names = {fold(m.group()) for i, m in enumerate(written) if i and written[i - 1].group() == "the" and m.group().istitle()
                 and m.group().isascii()}
    # and so is a town in an address wherever else the message writes it (we are in Cuntis
    # (Galicia) ... search can't find "Cuntis")
    the_names |= {fold(m.group()) for i, m in enumerate(written) if place_in_address(written, i, cleaned, _mat_word)}
    # a word with е for the э the message also writes is that word spelled the old way (ебонит / эбонит)
    spelled = {fold(m.group()) for m in written}
    the_names |= {w for w in spelled if len(w) > 4 and w.startswith("е") and any(x.startswith("э" + w[1:5]) for x in spelled)}
    found = [
        (m.start(), m.group())
        for i, m in enumerate(written)
        if is_obscene_word(m.group()) and fold(m.group()) not in the_names
        and is_obscene_word(m.group(), fold(m.group()) in surnames, double_name(written, i, cleaned))
        and not place_name(written, i, cleaned)
        and not place_in_address(written, i, cleaned, _mat_word)
        and not place_in_list(written, i, cleaned, _mat_word, obscene_lexicon().matches)
        and not renamed_place(written, i, cleaned, is_obscene_word)
        and not innocent_name(written, i, cleaned, carries_root, _ordinary_name, is_obscene_word)
        and not foreign_name(written, i, cleaned, _mat_word, by_sound, is_obscene_word)
        and not innocent_homograph(written, i, cleaned, obscene_lexicon().lemmas)
        and not capitalised_foreign_name(written, i, cleaned, obscene_lexicon())
    ]
    from deskcli.domain.intake import obscene_masks as masks
    from deskcli.domain.intake.obscene_runs import mat_in_runs
    from deskcli.domain.intake.obscene_spelled import spelled_or_backwards

    found += masks.spelled_with_spaces(cleaned)
    found += [*masks.masked_with_dots(cleaned), *masks.masked_with_one_dot(cleaned), *masks.masked_with_two_dots(cleaned)]
    found += [*masks.masked_compounds(cleaned), *masks.masked_in_places(cleaned), *masks.masked_by_one_sign(cleaned)]
    found += [*masks.cut_with_hyphens(cleaned), *masks.cut_by_a_space(cleaned), *mat_in_runs(cleaned, is_obscene_word)]
    found += [*masks.masked_at_the_end(cleaned), *masks.masked_by_a_sign(cleaned)]
    found += latin_mat(cleaned, is_obscene_word)
    found += wrong_layout(cleaned, is_obscene_word)
    found += [*masks.masked_curse(cleaned), *spelled_or_backwards(cleaned, is_obscene_word, obscene_lexicon().mat_anywhere)]
    from deskcli.domain.intake.insults import aimed_insults
    # an insult in a quoted line of a forwarded mail (> ...) is the quoted writer's, reported
    # Russian typed in Latin letters is read aloud for its insults too (ublyudki -> ублюдки)
    found += aimed_insults(outside_quoted_mail(masks.joined_cut_words(read_aloud(cleaned))))
    named: list[str] = []
    # a name's first letters, cut off where the message shows it whole (обрезается до «По
    # мотивам Хер»: Херманиса); not Cyrillic letters run on into a Latin word (…папкаupload);
    # a word named already, or one of a phrase named already, is not named again (draggers)
    whole = {fold(m.group()) for m in written if m.group()[:1].isupper()} - {fold(word) for _, word in found}
    for start, word in sorted(found):
        cut = word[:1].isupper() and any(w.startswith(fold(word)) and len(w) > len(word) + 1 and not w[len(word):].isascii() for w in whole)
        if not cut and not any(within(word, other) for other in named) and not explained_name(cleaned, start, word):
            named.append(word)
    return named

