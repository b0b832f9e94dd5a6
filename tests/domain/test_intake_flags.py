"""Intake flags (SPEC 2.8, 2.10): what check_intake refuses or flags, the scope clauses and
the rule texts quoted to customers."""


import pytest

from deskcli.domain.intake import (
    RULE_TEXT,
    IntakeResult,
    check_intake,
)

from tests.domain.test_intake import codes, corpus, scope_labels


# --------------------------------------------------------------------------- check_intake


def test_an_ordinary_question_passes_clean():
    result = check_intake("Кеш", "Как очистить кеш сайта после изменения шаблона?")
    assert result == IntakeResult()
    assert not result.refused


def test_obscene_message_is_refused_and_names_the_words():
    result = check_intake("Ошибка", "Заебали уже, после обновления белый экран")
    assert codes(result.refusals) == ["obscene"]
    assert "Заебали" in result.refusals[0].message
    assert result.refused


def test_intake_result_is_frozen():
    with pytest.raises(AttributeError):
        check_intake("", "Как очистить кеш?").flags = ()  # type: ignore[misc]


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        ("Здравствуйте", ""),
        ("Вопрос", "Здравствуйте!"),
        ("", "Помогите!"),
        ("", "Срочно!!!"),
        ("", "Спасибо, всё заработало!"),
        ("Сайт", "Здравствуйте, у меня вопрос."),
        ("", "Прошу помочь."),
        ("Hi", "Thanks"),
        ("", "Спасибо большое за помощь, вопрос решён, заявку можно закрыть."),
        # asking after the request itself, whatever it was about
        ("", "Подскажите, есть ли движение по моей заявке про рассылки?"),
        ("", "Сколько дней ждать ответа на обращение 1234?"),
        ("", "Is there any news on my ticket about the SMTP settings?"),
        ("", "Прошла неделя. Когда вы ответите насчёт бонусной программы?"),
        # a question announced, whom to ask rather than what
        ("", "Добрый день, хотели бы получить консультацию по поводу модуля складов."),
        ("", "Куда нам обратиться по вопросу оплаты лицензии?"),
        # data sent, an introduction
        ("", "Направляю логин и пароль от FTP: login: shop_ftp password: x7Qk2."),
        ("", "Отправляю вам ссылку на страницу: https://example.ru/catalog/item-5/"),
        ("", "Добрый день! Меня зовут Ольга, я новая контент-менеджер магазина."),
        ("", "Второй день ждём, где ответ?"),
        ("", "Please find the screenshots attached."),
        ("", "Подскажите, пожалуйста, по тарифам."),
        ("", "Почему так долго нет ответа?"),
    ],
)
def test_nothing_to_answer_is_flagged_no_question(subject, body):
    result = check_intake(subject, body)
    assert codes(result.flags) == ["no_question"]
    assert result.refusals == ()


RAMBLE = (
    "Я давно думаю о том, куда катится мир. Раньше люди писали письма от руки и ждали "
    "ответа неделями, а теперь все хотят мгновенного результата. Мой дед работал инженером "
    "на заводе и всегда говорил, что спешка нужна только при ловле блох. Я с ним согласен, "
    "но жизнь диктует свои правила, и приходится подстраиваться под обстоятельства. "
    "Впрочем, не всё так плохо: есть и хорошие стороны у прогресса, например, можно "
    "общаться с друзьями в любой точке земного шара. Вот такие мысли посетили меня "
    "сегодня утром за чашкой кофе."
)
PREAMBLE = (
    "Вы знаете, я долго выбирал систему управления и сравнивал разные варианты. Мой "
    "знакомый советовал одну, коллега другую, а в интернете вообще пишут все что угодно "
    "и верить никому нельзя. В итоге я остановился на вашей, потому что понравились "
    "отзывы. Вообще, я считаю, что в наше время выбор программного обеспечения похож на "
    "лотерею: никогда не знаешь заранее, повезет тебе или нет, и только время покажет "
    "правильность решения. Мой отец всегда говорил, что скупой платит дважды, и я с этим "
    "полностью согласен. Так вот, вопрос: как очистить кеш сайта?"
)
DETAILED_REPORT = (
    "Здравствуйте. У нас интернет-магазин на HostCMS 7.0.3, редакция «Корпорация». После "
    "обновления с 6.9.1 перестал работать импорт товаров из 1С: выгрузка запускается по "
    "расписанию, файл import.xml загружается в папку upload, но в каталоге товары не "
    "появляются. В журнале событий пишет «Обмен завершен», ошибок нет. Мы проверили права "
    "на папки, они 755, владелец правильный. Настройки обмена не меняли, раньше всё "
    "работало без проблем. Сайт example.ru, страница каталога /shop/. Что проверить?"
)


@pytest.mark.parametrize("body", [RAMBLE, PREAMBLE])
def test_long_extraneous_reasoning_is_flagged_off_topic(body):
    assert codes(check_intake("Размышления", body).flags) == ["off_topic"]


@pytest.mark.parametrize("body", [
    # one sentence of small talk beside the question, before or after it
    "Как настроить скидку на вторую покупку? У нас тут вторую неделю льют дожди, настроение ниже плинтуса.",
    "Всю ночь смотрели хоккей, наши опять проиграли в овертайме. Подскажите, где включается капча на форме заказа?",
    # a question put to the staff about something else
    "Как выгрузить заказы в Excel? А вы сами в отпуск летом ездите или работаете без перерыва?",
])
def test_a_short_digression_beside_the_question_is_off_topic(body):
    assert codes(check_intake("", body).flags) == ["off_topic"]


@pytest.mark.parametrize("body", [
    # context that shares the question's subject, waiting, the customer's own situation
    "Наш провайдер закрывает тарифы в конце года. Подскажите, какой тариф провайдера подойдёт для магазина?",
    "Подскажите, как включить кеширование страниц каталога? Готовы подождать пару дней с ответом.",
    "Зимой у нас распродажа и нагрузка растёт втрое. Какие настройки помогут выдержать такую нагрузку?",
])
def test_context_for_the_question_is_not_off_topic(body):
    assert "off_topic" not in codes(check_intake("", body).flags)


def test_a_long_detailed_problem_report_is_not_flagged():
    assert check_intake("Импорт из 1С", DETAILED_REPORT).flags == ()


@pytest.mark.parametrize(
    "body",
    [
        "Как настроить отправку писем через SMTP Яндекса?",
        "Ошибка 500 при оформлении заказа, в логах SQLSTATE[42S22]: Column not found.",
        "Не приходят письма с формы обратной связи, SMTP настроен по документации.",
        "Товар «Бляха для ремня» дублируется в каталоге после каждого импорта.",
        "Из 1С не выгружается категория «Скипидар и растворители».",
        "Emails from the contact form are not delivered, SMTP is configured.",
        "Fatal error: Uncaught Error: Call to undefined method Core_Entity::getXml()",
        "Прошу проверить настройки модуля оплаты, платёж не проходит.",
        "Какие требования к хостингу у HostCMS 7?",
        "На каком хостинге лучше работает HostCMS?",
        "Мы перенесли сайт на новый хостинг, как теперь настроить почту?",
        "После переноса сайта на новый хостинг появилась ошибка 500, помогите.",
        "Как обновить систему до последней версии?",
        "Как создать новую страницу в структуре сайта?",
        "Как настроить выгрузку из 1С?",
        "Почему не работает JavaScript в центре администрирования после обновления?",
        "Как в XSL-шаблоне вывести HTML-код описания товара?",
        "Ранее вы уже исправляли эту ошибку, она появилась снова.",
        "Как подключить модуль «Бонусная программа»?",
        "Как добавить тег товару?",
        "Поправьте, пожалуйста, ошибку на странице оформления заказа.",
        "Прошу продлить поддержку для лицензии 12345.",
        "How do I update HostCMS to the latest version?",
        "Подскажите, можно ли подключить внешний SMTP-сервер?",
        "Как добавить сторонний модуль оплаты?",
        "How do I change the font on product pages?",
    ],
)
def test_ordinary_questions_raise_no_flag(body):
    assert check_intake("Вопрос", body).flags == ()


def test_the_innocent_corpus_raises_no_scope_flag_but_the_one_asking_for_a_move():
    flagged = {m: scope_labels("", m) for m in corpus("innocent.txt") if scope_labels("", m)}
    assert flagged == {
        "Хотим заказать у вас перенос сайта на новый хостинг — такая услуга есть?": [
            "2.10.1 moving a site between hostings"
        ]
    }


SCOPE_CASES = {
    "2.10.1 moving a site between hostings": [
        "Помогите перенести сайт на новый хостинг, старый закрывается.",
        "Как перенести сайт с локального компьютера на хостинг?",
        "Перенесите, пожалуйста, наш сайт на другой сервер, доступы пришлю.",
        "Please migrate our site to a new hosting provider.",
        # a polite "не могли бы", the hosting company named as such
        "Наш хостер прекращает работу. Не могли бы вы перевезти магазин к другому хостеру?",
    ],
    "2.10.2 integrating with layouts or outside services": [
        "Помогите интегрировать сайт с amoCRM, чтобы заявки падали в воронку.",
        "Нужно связать магазин с Битрикс24 через API, как это сделать?",
        "Можете натянуть готовую верстку на HostCMS? Макет в Figma.",
        "Please integrate our shop with Salesforce.",
        "Нужно настроить обмен сайта с нашей учётной программой, сможете сделать?",
    ],
    "2.10.3 support staff installing updates": [
        "Обновите, пожалуйста, нашу систему до последней версии.",
        "Можете обновить наш сайт до 7.0? Сами боимся что-то сломать.",
        "Установите нам обновление 7.0.2, доступ в админку ниже.",
        "Could you install the latest update on our site?",
        "Can your engineers upgrade our shop to the current version?",
        "Обновление не устанавливается. Можете зайти в админку и накатить его сами?",
        # a request put as a noun (round 31)
        "Просьба поставить последние обновления на наш магазин, доступы в письме.",
    ],
    "2.10.4 changing layouts or developing site pages": [
        "Сделайте, пожалуйста, новую страницу «Акции» с баннером на главной.",
        "Переделайте шапку сайта под новый логотип.",
        "Можете сверстать лендинг под летнюю распродажу?",
        "Could you redesign our homepage header?",
        "Исправьте, пожалуйста, адрес в подвале сайта на новый.",
        "Please switch the fonts on our pages to Open Sans.",
        "Переверстайте, пожалуйста, карточку товара, чтобы было как у конкурентов.",
    ],
    "2.10.5 integrating outside scripts": [
        "Как подключить сторонний скрипт калькулятора доставки к корзине?",
        "Помогите встроить виджет JivoSite на все страницы сайта.",
        "How do I embed a third-party chat widget on every page?",
        "Прикрутите, пожалуйста, внешний скрипт онлайн-консультанта.",
        "Поставьте нам, пожалуйста, галерею Fancybox с GitHub на страницу портфолио.",
        "Встройте, пожалуйста, в карточку товара сторонний просмотрщик 3D-моделей.",
    ],
    "2.10.6 CSS/HTML/JavaScript consulting": [
        "Как с помощью CSS сделать меню фиксированным при прокрутке?",
        "Подскажите, как на jQuery сделать плавную прокрутку к якорю?",
        "Почему не применяется мой CSS для кнопки в карточке товара?",
        "How do I center a div with flexbox on the product page?",
        "Подскажите медиа-запрос, чтобы на планшетах меню становилось в две строки.",
        "Почему в мобильной версии обрезается картинка в слайдере, хотя overflow выставлен?",
    ],
    "2.10.7 redoing work already done": [
        "Вы уже настраивали нам почту в прошлом месяце, настройте её ещё раз, пожалуйста.",
        "Повторите, пожалуйста, настройку SEO, которую делали в прошлый раз.",
        "Please do the same setup again like you did last time.",
        "Ранее вы уже переносили нам каталог, сделайте это снова для второго магазина.",
        "В марте вы настроили нам доставку. Мы переустановили систему, и настройки пропали. Настройте их заново.",
        "В прошлый раз вы чинили нам права на папку upload. Почините точно так же, как тогда.",
        "Сделайте нам, пожалуйста, то же самое, что делали в прошлом году для филиала.",
    ],
}


@pytest.mark.parametrize(
    ("label", "body"),
    [(label, body) for label, bodies in SCOPE_CASES.items() for body in bodies],
)
def test_each_excluded_service_is_flagged_with_its_clause(label, body):
    result = check_intake("Вопрос", body)
    assert scope_labels("Вопрос", body) == [label]
    assert result.refusals == ()


def test_scope_flags_name_the_clause_as_the_issue_asks():
    assert scope_labels("", "Помогите перенести сайт на другой хостинг") == [
        "2.10.1 moving a site between hostings"
    ]
    assert scope_labels("", "Как на CSS сделать кнопку круглой?") == [
        "2.10.6 CSS/HTML/JavaScript consulting"
    ]


# --------------------------------------------------------------------------- RULE_TEXT


def test_every_rejection_code_has_its_rule_text():
    assert set(RULE_TEXT) == {
        "support_expired",
        "free_edition",
        "code_modified",
        "out_of_scope",
        "no_question",
        "obscene",
        "off_topic",
        "already_answered",
    }
    assert all("policy 2." in text for text in RULE_TEXT.values())
    assert "CSS, HTML, JavaScript" in RULE_TEXT["out_of_scope"]
    assert "installing the system" in RULE_TEXT["free_edition"]
