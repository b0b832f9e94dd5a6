"""Mat inside words run together without spaces (Этонаебухакакаято, Опятьпереёбсостатусами).

A writer who runs a sentence together hides its mat from a check that reads one word at a
time. A long Cyrillic run the dictionary does not know is cut into the fewest pieces, each a
word of the dictionary or an obscene word; it holds mat when cutting it with mat takes fewer
pieces than cutting it into dictionary words alone. So небанальныйподход (небанальный |
подход) stays two words, while этонаебухакакаято (это | наебуха | какая | то) cannot be cut
into dictionary words at all.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

from deskcli.domain.intake import morphology, patterns
from deskcli.domain.intake.wordlists import fold

# A run this long at least; shorter unknown words are typos and coinages, read whole
_SHORTEST_RUN = 14
# the longest piece tried, and the shortest mat piece (the roots are three letters or more)
_LONGEST_PIECE = 16
_SHORTEST_MAT = 4
# the shortest word that may run across a mat piece's start and so unmake it
_STRADDLING = 5
# how many pieces fewer a cut with mat must take when a word runs across the mat's start
_FEWER = 2
# Russian words of one letter; the dictionary knows every letter as an abbreviation
_ONE_LETTER_WORDS = frozenset("авиксуояжб")
_RUN = patterns.compile(r"(?<![^\W\d_])[а-яёА-ЯЁ]{14,}(?![а-яёА-ЯЁ\d_])")
_NO_CUT = 10**6


def _fewest_pieces(run: str, piece: Callable[[int, int], bool]) -> int:
    """The fewest pieces that cut the whole run (``_NO_CUT`` if none); ``piece(start, end)``: whether
    run[start:end] may be one."""
    fewest = [0] + [_NO_CUT] * len(run)
    for end in range(1, len(run) + 1):
        for start in range(max(0, end - _LONGEST_PIECE), end):
            if fewest[start] + 1 < fewest[end] and piece(start, end):
                fewest[end] = fewest[start] + 1
    return fewest[-1]


def _word(piece: str) -> bool:
    return piece in _ONE_LETTER_WORDS if len(piece) == 1 else morphology.is_known(piece)


def mat_in_runs(text: str, is_obscene: Callable[[str], bool]) -> Iterator[tuple[int, str]]:
    """Runs of words written without spaces that hold mat (see the module); not a word the
    innocent list holds (мандипропамид, a fungicide, is one word however it cuts)."""
    from deskcli.domain.intake.obscene import obscene_lexicon  # (obscene reads this module)

    for match in _RUN.finditer(text):
        written = match.group()
        if not (written.islower() or written.isupper() or written[1:].islower()):
            continue  # a run in mixed case is a name in CamelCase (МойСклад), read by other rules
        run = fold(written)
        if morphology.is_known(run) or is_obscene(run) or obscene_lexicon().is_innocent(run):
            continue  # one word, which the word's own check reads
        if _holds_mat(run, not written.islower(), is_obscene):
            yield match.start(), written


def _holds_mat(run: str, capital: bool, is_obscene: Callable[[str], bool]) -> bool:
    """Whether cutting a folded run with mat takes fewer pieces than cutting it into words: two
    fewer, or one fewer with no word of the dictionary running across the mat's start (беспер |
    ебойники is one piece fewer than бес | перебой | ники, but перебой runs across). With its
    capital, a run is a sentence only if it starts with a word that is no mat: a name begins
    with letters that may read as mat (Херцогенаурах)."""

    def plain(start: int, end: int) -> bool:
        return _word(run[start:end]) and not is_obscene(run[start:end])

    def with_mat(start: int, end: int, checked: bool) -> bool:
        if capital and start == 0:
            return plain(start, end)
        if _word(run[start:end]):
            return True
        mat = end - start >= _SHORTEST_MAT and is_obscene(run[start:end])
        return mat and not (checked and _straddled(run, start, is_obscene))

    words = _fewest_pieces(run, plain)
    if words < _NO_CUT and _fewest_pieces(run, lambda start, end: with_mat(start, end, checked=False)) <= words - _FEWER:
        return True
    return _fewest_pieces(run, lambda start, end: with_mat(start, end, checked=True)) < words


def _straddled(run: str, start: int, is_obscene: Callable[[str], bool]) -> bool:
    """Whether a word of the dictionary runs across the start of a mat piece, two letters into it
    at least: the piece then begins inside that word (беспер | ебойники is бес | перебой | ники)."""
    return any(
        _word(run[begin:end]) and not is_obscene(run[begin:end])
        for begin in range(max(0, start - _LONGEST_PIECE), start)
        for end in range(max(start + 2, begin + _STRADDLING), min(len(run), begin + _LONGEST_PIECE) + 1)
    )
