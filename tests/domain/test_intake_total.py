"""The intake rules read any message without error (SPEC 2.8): quoted lines only, a forwarded
letter only, asides and markers alone, empty lines, emoji: whatever is left after the parts a
rule sets aside, the reading ends with a verdict, never an exception.

A message of quoted lines only once raised ValueError (round 31); this law keeps the shapes
that leave nothing behind in the examples.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from deskcli.domain.intake import check_intake

_LINES = st.sampled_from([
    "> Ранее вы писали: очистите кэш.",
    "---------- Пересылаемое сообщение ----------",
    "-----Original Message-----",
    "-----------------------------",
    "Ну это ладно.",
    "Такие дела.",
    "Anyway,",
    "Кстати, погода чудесная.",
    "Как выгрузить заказы в Excel?",
    "Пересылаю письмо, см.",
    "С уважением, Иван",
    "",
    "🙂",
])
_NOISE = st.text(st.sampled_from("aбв1?.!,:;-> \n«»"), max_size=30)
_CODES = {"obscene", "no_question", "out_of_scope", "off_topic"}


@settings(max_examples=80)
@given(st.lists(st.one_of(_LINES, _NOISE), max_size=8), st.sampled_from(["", "Вопрос"]))
def test_any_message_is_read_to_a_verdict(lines: list[str], subject: str) -> None:
    result = check_intake(subject, "\n".join(lines))
    assert {reason.code for reason in (*result.refusals, *result.flags)} <= _CODES
