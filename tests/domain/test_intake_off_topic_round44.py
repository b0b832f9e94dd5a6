"""Off topic (SPEC 2.8.4), round 44: a person named in full (surname, first name, patronymic)
is who the sentence is about, not words of a digression; a digression that names someone in
full is still one.

Every example here is written for this file, not taken from a corpus.
"""

from __future__ import annotations

from tests.domain.intake_cases import codes


def test_a_person_named_in_full_makes_no_digression() -> None:
    body = "Завели нового кладовщика, Ступин Аркадий Семёнович. Уведомления о заказах ему не приходят. Где их включить?"
    assert "off_topic" not in codes(body)


def test_a_digression_about_someone_named_in_full_is_still_one() -> None:
    body = "Вчера у нас на даче Петров Иван Ильич опять жёг листья, дым на всю улицу. Как поменять пароль администратора?"
    assert "off_topic" in codes(body)
