"""Insults, round 52 of issue 13: the desk found wanting beside creatures or fools, praise said
in mockery, the fond address turned on the desk, a likeness after words between the verb and
"как", a coined plural the reader is said to be (you lot are …), and one "of the support desk"."""

from __future__ import annotations

import pytest

from deskcli.domain.intake import check_intake


def _obscene(body: str) -> bool:
    return any(r.code == "obscene" for r in check_intake("", body).refusals)


@pytest.mark.parametrize("body", [
    # found wanting beside creatures or fools
    "A troupe of meerkats would give a straighter answer than your helpdesk. Escalate ticket 5120.",
    "Honestly, hamsters could run the renewals better than your billing team. Why was I charged twice?",
    "Goldfish have more sense than your first line. Where is the VAT setting?",
    "У табуретки и то соображения больше, чем у вашей второй линии. Почему не работает купон?",
    "Улитки и то быстрее ползут, чем вы отвечаете. Где ответ по заявке 4410?",
    # praise said in mockery, in a message that complains
    "Мудрецы вы наши, третий раз присылаете ссылку на ту же статью. Где настройка НДС?",
    "Очередная отписка вместо ответа. Спасибо, кудесники.",
    "Thanks, geniuses. The same canned reply for the fourth time. Where is the refund?",
    # the fond address turned on the desk
    "Котлеты вы мои, сколько можно ждать ответа по заявке 3310?",
    # a likeness after words between the verb and "как"
    "Роетесь в нашей админке как кроты, без спроса. Кто разрешил?",
    "Вы ведёте себя как лавочники: выставили продление по 60 %.",
    # a coined plural the reader is said to be; a coined plural of the support desk
    "You lot are gawmbles, honestly. Where do I switch off guest checkout?",
    "Dear mumpsimuses of the support desk, explain the delivery price for the islands.",
    "Stop sending me the same manual page, you lot of pudding-basins.",
    # creatures "of the office" heading the message
    "Головастики конторские. Неделю жду ответа по заявке 7710.",
    # a thing called at the end of a question that complains
    "Сколько можно ждать ответа, подоконники? Заявка висит с понедельника.",
    # talking to the desk likened to something
    "Talking to your second line is like reasoning with a flock of sheep. Escalate ticket 4410.",
    # a coined collective in -ьё or -ота on a noun of the living
    "Бюрократьё бумажное. На каждый вопрос — пришлите PIN. Когда ответите по заявке?",
    "Клиентота у вас на линии сидит, а не специалисты. Дайте старшего.",
    # the reader asked whether he is some plural
    "Вы там суслики, что ли? Третий день молчите.",
])
def test_these_shapes_insult_the_desk(body: str) -> None:
    assert _obscene(body)


@pytest.mark.parametrize("body", [
    # a comparison with another vendor, a firm, things or the customer's own people
    "Our old vendor answered faster than you. Why is the export slow?",
    "Competitors load pages faster than your engine does. How do I enable caching?",
    "Emails arrive faster than your demo shows. Why?",
    "Клиенты уходят быстрее, чем вы отвечаете. Когда будет ответ?",
    "Письма приходят быстрее, чем у вас в демо. Почему?",
    "Наши менеджеры отвечают быстрее, чем ваши специалисты. Можно ускорить?",
    # praise that thanks, and a plain address that complains
    "Умницы вы мои, спасибо, всё заработало!",
    "Волшебники вы наши, спасибо за помощь!",
    "Спасибо, знатоки, всё получилось.",
    "Уважаемые специалисты, третий раз спрашиваю: где настройка?",
    "Зайчики вы мои, подскажите, как добавить товар?",
    "Батюшки мои, опять выгрузка висит! Где журнал?",
    # a thing after words between the verb and "как" is a capacity
    "Отправляете письма как вложения? Почему не ссылкой?",
    "Работаете с нами как партнёры, спасибо.",
    # real English words the reader is said to be, greetings from a place
    "You lot are developers, right? Where is the API key?",
    "You guys are amazng, thanks!",
    "Dear creators, why does the export fail?",
    "Thanks, you lot of legends! One more thing: where is the sitemap setting?",
    "Принадлежности конторские. Как сделать такой раздел каталога?",
    "Суслики домашние! Новая порода в каталоге, как добавить фото?",
    # a word with an everyday sense after a place, as a shop signs its letter
    "Добрый день! Пустошка, валенки, лиц. 70-11111. Почему в письме цена без копеек?",
    "Сколько ещё ждать обновления, версии 7.1? Там исправлен импорт?",
    "Сколько можно ждать ответа, коллеги? Заявка 5512.",
    "Talking to your support is like talking to a friend, thanks! Where is the logo setting?",
    "Working with your API is like working with any REST API? Which auth does it use?",
    "Hi, greetings from Belfast, where our office dog learned to open the fridge. Can I schedule a product?",
    # collectives the dictionary knows, and what the reader is asked about that is a job or a deed
    "Бельё и сырьё не выгружаются в Маркет. Почему?",
    "Наша беднота и пехота — это названия наборов. Как сделать для них витрину?",
    "Вы там программисты, что ли? Как поменять шрифт в шаблоне?",
    "Вы там офигели что ли — третий день обещаете исправление. Когда?",
    "Вы там все в отпуске, что ли? Когда ответите по заявке?",
])
def test_comparisons_praise_and_capacities_are_not(body: str) -> None:
    assert not _obscene(body)
