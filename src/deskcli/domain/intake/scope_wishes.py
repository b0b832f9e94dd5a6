"""A request put as a wish (SPEC 2.10): "было бы здорово, если бы вы обновили сайт" asks the
staff for the work as plainly as "просим обновить", which the scope rules read."""

from __future__ import annotations

from deskcli.domain.intake import patterns

# "было бы здорово, если бы вы ...": the wish and its "если бы"
_POLITE_WISH = patterns.compile(
    r"(?<!\S)быть _subj_ бы (?:очень )?(?:хорошо|здорово|неплохо|отлично|замечательно|классно|идеально|удобно) если бы(?!\S)"
)
_RELATIVE = patterns.compile(r"(?<!\S)(?:что|который|как|когда|где)(?!\S)")


def politely_wished(sentence: str) -> str:
    """A lemma text with a polite wish (быть _subj_ бы здорово если бы) read as the request it
    is (просить), and the verbs it wishes marked as wished (_subj_), not as done (_past_)."""
    wish = _POLITE_WISH.search(sentence)
    if wish is None:
        return sentence
    # the verbs up to a relative word are wished; after it they may tell what was done (ту же
    # настройку, что делали весной)
    rest = sentence[wish.end() :]
    relative = _RELATIVE.search(rest)
    cut = relative.start() if relative else len(rest)
    return sentence[: wish.start()] + "просить" + rest[:cut].replace(" _past_", " _subj_") + rest[cut:]
