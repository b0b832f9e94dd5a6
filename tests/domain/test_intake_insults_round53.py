"""Insults and obscene spellings, round 53 of issue 13: the desk's people "not people but X" where
they sit, exclaimed at ("Ну и X у вас работают"), named from a line with "опять", a named worker
sneered at with "какой-то" or after "your man", asked whether anyone is not X; a'hole and mf'ers
written with an apostrophe; an innocent word at a word's start that holds a guarded root."""

from __future__ import annotations

import pytest

from deskcli.domain.intake import check_intake


def _obscene(body: str) -> bool:
    return any(r.code == "obscene" for r in check_intake("", body).refusals)


@pytest.mark.parametrize("body", [
    # "не люди, а X" said of the desk's people where they sit
    "У вас в поддержке не люди, а сухостой. Третий день жду ответа по заявке 3120.",
    "На второй линии не специалисты, а опилки. Когда ответят про купоны?",
    # exclaimed at: working, or sitting in the desk
    "Ну и сони у вас в отделе: один пишет одно, другой другое. Где правда?",
    "Ну и экспонаты у вас работают! Неделю не могут поменять адрес в счёте.",
    # a coinage from a line, after "опять"; a coinage made on a product word
    "Опять эти чаехлёбы из второй линии закрыли заявку без ответа. Откройте её.",
    "Кодоплёты из вашей разработки сломали фильтр каталога. Когда исправят?",
    # a named worker sneered at with "какой-то", or after "your man"
    "Ваш Геннадий — ревизор какой-то: просит PIN в каждом письме. Где ответ по заявке?",
    "Your man Declan is a total teapot and went quiet after two replies. Reassign my ticket.",
    # asked whether anyone at the desk is not X
    "Is there anyone on your team who isn't a dunderwhelp? Ticket 5520 has waited a week.",
    "Есть у вас хоть кто-то, кто не пустозвон? Ответьте по заявке 6610.",
    # English vulgar words shortened behind an apostrophe
    "Your billing a'hole charged us twice. Refund the second payment.",
    "The mf'ers on your first line closed ticket 4410 unanswered. Reopen it.",
])
def test_these_insult_the_desk(body: str) -> None:
    assert _obscene(body)


@pytest.mark.parametrize("body", [
    # things that come from a department, and things exclaimed at
    "Письма из бухгалтерии не пришли. Куда они ушли?",
    "Опять документы из второй линии не дошли. Проверьте адрес.",
    "Ну и порядки у вас в отделе продаж: счёт неделю. Где он?",
    "Ну и цены у вас в магазине! Как оформить рассрочку?",
    # "не люди, а" where the writer's own people sit
    "У нас в отделе не программисты, а бухгалтеры, объясните проще: как выгрузить заказы?",
    # a named worker's job or praise, a question about who answers
    "Ваш Аркадий — менеджер какой-то новый? Он не знает про скидки.",
    "Your man Callum is a real star, thanks! One more question about VAT.",
    "Is there anyone who isn't a robot? The chat only sends links.",
    "Is there anyone on your team who isn't a trainee? The answers contradict each other.",
    "Есть ли у вас кто-нибудь, кто не в отпуске? Заявка висит.",
    # apostrophes in ordinary English
    "I don't know why it's sent at 5 o'clock. Can you check the cron?",
    # a Bashkir word for a leather vessel, and an old Tatar loan in a product name
    "Мы продаём кумыс в турсуках и в бутылках. Как выбрать тару в карточке товара?",
    "Почему товар «Скипидарка для копыт» не находится поиском по слову «скипидар»?",
])
def test_these_are_not_insults(body: str) -> None:
    assert not _obscene(body)
