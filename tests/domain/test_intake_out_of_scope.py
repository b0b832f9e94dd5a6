"""Out of scope (SPEC 2.8.1, 2.10): who does the work. A request that the vendor's people do work on
the customer's site is out of scope however politely it is put (could one of your engineers ...,
нельзя ли поручить вашим специалистам ..., было бы здорово, если бы вы сами ...); a question how
the customer does it himself, what the product does or connects, or a fault of the product, is
not. What each clause 2.10.1-2.10.7 covers is in test_intake_out_of_scope_clauses.py.

Every example here is written for this file, not taken from a corpus, so that a
regression points at its cause rather than at one message.
"""

from __future__ import annotations

import pytest

from deskcli.domain.intake import check_intake
from tests.domain.intake_cases import clauses, codes

# The tests call one helper by the several names they were written with.
_codes = codes
_clauses = scope = clauses


def scope_labels(body: str) -> set[str]:
    """The 2.10 clauses flagged, as a set: one test takes its intersection with the clauses it rules out."""
    result = check_intake("", body)
    return {r.message.split()[0] for r in result.flags if r.code == "out_of_scope"}


# -- work asked of the vendor's people, however politely -------------------------------------------


@pytest.mark.parametrize(("body", "clause"), [
    ("Хотелось бы, чтобы вы обновили систему до последней версии на выходных.", "2.10.3"),
    ("Новая версия вышла. Может, вы сами её поставите на наш сайт? Пароль дадим.", "2.10.3"),
    ("We would be grateful if you could connect our store to HubSpot.", "2.10.2"),
    ("We have our own loyalty script in PHP. Please hook it into the cart.", "2.10.5"),
])
def test_polite_and_indirect_requests_for_excluded_work(body, clause) -> None:
    assert clause in scope_labels(body)


@pytest.mark.parametrize("body", [
    "Можете ли вы обновить наш сайт до последней версии?",
    "Поставьте, пожалуйста, нам последнее обновление, доступ в админку дадим.",
])
def test_asking_the_staff_to_update_is_still_out_of_scope(body) -> None:
    assert clauses(body) == ["2.10.3"]


@pytest.mark.parametrize(("text", "clause"), [
    # the staff named as the ones to install, the version alone naming the update
    ("Пусть ваши инженеры накатят 7.3.1 на наш магазин, ключ прежний.", "2.10.3"),
    ("Could your team upgrade our store to 8.0 next week?", "2.10.3"),
    # a page or a part of the design to be redrawn by the staff
    ("Можете перекрасить шапку магазина в синий?", "2.10.4"),
    ("Пусть кто-то из ваших подвинет логотип в подвале правее.", "2.10.4"),
])
def test_work_asked_of_the_staff_is_out_of_scope(text: str, clause: str) -> None:
    assert clause in scope_labels(text)


@pytest.mark.parametrize("body", [
    # an outside service through its API, or a module that does not exist
    "Подключите, пожалуйста, оплату через банк «Заря» по их API, модуля для него нет.",
    "Could you connect the Pochtoviy delivery service to our checkout through their API?",
    # the staff asked to move the site, the customer afraid to do it himself
    "Перенесите, пожалуйста, наш сайт на новый хостинг, сами мы боимся ошибиться.",
    # the staff asked to install an update for the customer
    "Поставьте нам, пожалуйста, последнюю версию, сами не успеваем.",
    # the staff asked to redesign the order mail
    "Переверстайте, пожалуйста, шаблон письма о заказе под наш новый фирменный стиль.",
])
def test_a_request_for_the_excluded_work_stays_out_of_scope(body: str) -> None:
    assert "out_of_scope" in codes(body)


@pytest.mark.parametrize("body", [
    "Could you put our shop online? It runs on my laptop right now and the hosting is paid.",
    "Перетащите, пожалуйста, магазин на новый сервак, доступы пришлю.",
    "Хотим, чтобы заказы уходили в RetailCRM через их API. Настроите?",
    "Есть скрипт на Python, который считает скидки. Он лежит у нас на диске. Подключите его к сайту?",
    "Could you embed this chat snippet into the footer of our site?",
    "Remember you fixed our filter in March? A rollback wiped it out. Please re-apply it.",
    "Вы нам настраивали права менеджеров. Мы перезалили базу, выставьте их обратно.",
    "Please add a page with our store addresses to the site menu.",
])
def test_polite_requests_for_the_work_itself_are_out_of_scope(body: str) -> None:
    assert "out_of_scope" in codes(body)


@pytest.mark.parametrize(("body", "clause"), [
    # the vendor's people named as the doer, in a question of possibility
    ("Would one of your developers be able to move our website from the old VPS to a new host?", "2.10.1"),
    ("Is it possible for your team to migrate the shop to our new server over the weekend?", "2.10.1"),
    ("Is it possible to have your staff install the latest update on our server?", "2.10.3"),
    ("Нельзя ли поручить вашим специалистам провести обновление системы на нашем сервере?", "2.10.3"),
    ("Хотелось бы договориться, чтобы ваши инженеры каждый квартал обновляли нам систему.", "2.10.3"),
    # a wish of what the staff would do
    ("Было бы здорово, если бы кто-нибудь из вас переделал шапку сайта под новый логотип.", "2.10.4"),
    ("Нам бы хотелось, чтобы кто-то с вашей стороны перевёз магазин на новый хостинг.", "2.10.1"),
    # можете, like сможете, asks the staff to do it
    ("Можете перенести наш магазин на новый сервер? Доступы пришлю.", "2.10.1"),
    # a bought template fitted to the site
    ("Мы купили шаблон интернет-магазина, подгоните его, пожалуйста, под наш сайт.", "2.10.2"),
    # an outside party with no ready-made module
    ("У транспортной компании нет готового модуля. Можете сделать интеграцию с ними?", "2.10.2"),
    # an outside script made to work with the site
    ("Есть парсер прайсов, который написал наш программист. Помогите подружить его с сайтом.", "2.10.5"),
    # the same work as last time, for another site
    ("Сделайте, пожалуйста, ту же настройку, что и в прошлый раз, для нашего второго магазина.", "2.10.7"),
    ("Your colleague configured the feed last spring. Could you do the same setup on our new domain?", "2.10.7"),
])
def test_a_request_that_the_vendors_people_do_the_work_is_out_of_scope(body: str, clause: str) -> None:
    assert clause in scope(body)


@pytest.mark.parametrize(("body", "clause"), [
    # the same objects asked of the staff
    ("Нужно добавить страницу, которую видят только оптовики. Сделаете?", "2.10.4"),
    ("Подключите, пожалуйста, рассрочку от банка через их API, документация у них есть.", "2.10.2"),
    ("Вставьте, пожалуйста, код Яндекс.Метрики на все страницы и настройте цели.", "2.10.5"),
    ("Просьба поставить на сайт пиксел ретаргетинга.", "2.10.5"),
    # a breakage only feared is no defect report
    ("Переезжаем на новый хостинг. Не могли бы вы перенести сайт, чтобы ничего не сломалось?", "2.10.1"),
    # a local site made to work on the internet
    ("Сайт работает на домашнем компьютере. Сделайте, пожалуйста, чтобы он заработал в интернете на хостинге.", "2.10.1"),
    # the vendor's staff named, not the customer's
    ("Хотим, чтобы ваши сотрудники сделали раздел для партнёров с отдельными ценами.", "2.10.4"),
    # an integration asked for, a widget among its parts
    ("Прошу сделать интеграцию сайта с сервисом онлайн-записи, нужен их виджет и синхронизация.", "2.10.2"),
])
def test_the_same_things_asked_of_the_staff_stay_out_of_scope(body: str, clause: str) -> None:
    assert clause in scope(body)


@pytest.mark.parametrize(
    "body",
    [
        "Сделайте, пожалуйста, страницу отзывов, чтобы покупатели могли оставлять оценки.",
        "Переделайте, пожалуйста, шапку сайта и добавьте в неё баннер.",
        "Подключите, пожалуйста, внешний скрипт виджета обратного звонка к нашему шаблону.",
        "Вставьте сами код виджета обратного звонка в наш шаблон, пожалуйста.",
    ],
)
def test_requests_for_the_work_keep_their_flag(body: str) -> None:
    assert "out_of_scope" in _codes(body)


@pytest.mark.parametrize(
    ("text", "clause"),
    [
        # the staff asked to install it still is 2.10.3
        ("Поставьте нам, пожалуйста, последнее обновление системы, сами боимся.", "2.10.3"),
        ("Вы в прошлый раз ставили нам обновление. Поставьте, пожалуйста, новое обновление системы.", "2.10.3"),
        # the site moved to a new server is still 2.10.1
        ("Перенесите, пожалуйста, наш сайт на новый хостинг, доступы пришлём.", "2.10.1"),
        # the staff's earlier setup asked again, "так же, как" is still 2.10.7
        ("Вы настраивали нам доставку в прошлом году. Настройте так же, как тогда, пожалуйста.", "2.10.7"),
        # what the writer wants done for him is still asked of the staff (2.10.4)
        ("We want your designers to make us a new header for the shop.", "2.10.4"),
    ],
)
def test_look_alikes_keep_their_clause(text: str, clause: str) -> None:
    assert clause in _clauses(text)


@pytest.mark.parametrize(
    ("text", "clause"),
    [
        ("Нужно обновить систему до последней версии, сможете сделать это за нас?", "2.10.3"),
        ("Подключите нам, пожалуйста, СДЭК по API к складской программе.", "2.10.2"),
        ("Настройте, пожалуйста, доставку так же, как в прошлый раз.", "2.10.7"),
        ("Не можете перенести наш сайт на новый хостинг?", "2.10.1"),
    ],
)
def test_requests_of_the_staff_keep_their_clause(text: str, clause: str) -> None:
    assert clause in _clauses(text)


@pytest.mark.parametrize(
    ("text", "clause"),
    [
        ("Сверстайте нам страницу акций на HTML.", "2.10.4"),
        ("Как сделать тень у блока через CSS?", "2.10.6"),
        ("Перенесите сайт на новый хостинг, пожалуйста.", "2.10.1"),
        ("Исправьте шапку сайта: поменяйте логотип.", "2.10.4"),
        ("Мы восстановили магазин из архива, и пропало подключение оплаты ЮKassa, которое делали вы."
         " Подключите ещё раз.", "2.10.7"),
        # lost by the customer's own mistake ("по ошибке" is no error of the product)
        ("Летом вы загружали нам каталог из Excel. Мы по ошибке удалили раздел — загрузите повторно.", "2.10.7"),
        ("You set up our tax rules in May. We deleted them by mistake, please set them up again.", "2.10.7"),
        # broken by the customer himself ("мы сломали" is no fault of the product)
        ("В апреле вы настраивали нам выгрузку в YML. Мы её сами сломали, настройте заново.", "2.10.7"),
    ],
)
def test_work_asked_of_the_staff_stays_out_of_scope(text: str, clause: str) -> None:
    assert clause in _clauses(text)


# -- the customer's own doing, a how-to and a question about the product stay in scope -------------


@pytest.mark.parametrize("body", [
    "Хотелось бы, чтобы обновление ставилось без ошибок. Почему оно падает на распаковке?",
    "Как нам самим поставить обновление через центр администрирования?",
])
def test_the_customer_s_own_update_stays_in_scope(body) -> None:
    assert "2.10.3" not in scope_labels(body)


@pytest.mark.parametrize("body", [
    "Есть ли в системе штатная синхронизация с amoCRM?",
    "Умеет ли магазин из коробки подключать WhatsApp для уведомлений?",
    "Можно ли средствами системы перенести сайт на новый хостинг?",
    "Does the shop have a built-in integration with Stripe?",
])
def test_whether_the_product_does_it_itself_is_a_product_question(body) -> None:
    assert "out_of_scope" not in codes(body)


@pytest.mark.parametrize("body", [
    "Поддерживает ли наша версия PHP 8.2, или нужно обновить сайт до последнего релиза?",
    "Можно ли нам перейти с версии 6.8 сразу на 7.2, или надо обновляться по шагам?",
    "Фильтр каталога не сбрасывается. Исправить это в настройках или надо подождать ваше обновление?",
])
def test_a_whether_question_about_updating_one_s_own_site_stays_in_scope(body) -> None:
    assert "out_of_scope" not in codes(body)


@pytest.mark.parametrize("text", [
    # the customer updating himself, or asking whether he may
    "Мы на 7.1, хотим обновиться до 7.3 сами. Можно ли сразу?",
    # a fault after the update is the product's
    "Your engineers' update broke the cart totals after the upgrade to 8.0.",
    # where the customer changes it himself
    "В каком разделе админки поменять цвет кнопок?",
])
def test_the_customers_own_work_and_defects_stay_in_scope(text: str) -> None:
    assert not scope_labels(text) & {"2.10.3", "2.10.4"}


@pytest.mark.parametrize("body", [
    # the product's own delivery or payment module, asked how to switch on
    "Как подключить модуль оплаты Stripe к корзине?",
    "Подскажите, как подключить доставку Boxberry для самовывоза?",
    "How do I connect Stripe as a payment option at checkout?",
    # the customer moving the site himself asks what to leave behind
    "Сами переезжаем на новый VPS. Какие каталоги с кешем можно не переносить?",
    "We are moving the shop to a new host ourselves. Which folders can be skipped?",
    # an update named as a date is a timestamp, not a release
    "Нужно, чтобы в карточке товара показывалась дата обновления цены. Как её вывести?",
    # choosing which release to install is the customer's own choice
    "Какую версию нам ставить, чтобы заработала выгрузка заказов?",
    # where the mail templates are edited
    "Хочу поменять шаблон уведомления о регистрации. Где он правится в админке?",
    # HTML as a file format of a document the shop prints
    "Счёт покупателю формируется в HTML или PDF? Хочу распечатать его отдельно.",
])
def test_a_question_about_the_products_own_parts_is_in_scope(body: str) -> None:
    assert "out_of_scope" not in codes(body)


@pytest.mark.parametrize("body", [
    "После переустановки PHP не работает поиск. Что проверить?",
    "A snippet of the error log is attached: the cart shows error 500.",
    "Где в админке добавить страницу с контактами?",
    "How do I add a page to the site menu myself?",
    "Мы перенесли сайт сами, но теперь не приходят письма. Почему?",
])
def test_product_questions_near_those_words_stay_in_scope(body: str) -> None:
    assert "out_of_scope" not in codes(body)


@pytest.mark.parametrize("body", [
    # the customer does it himself: хочу/хотим with a verb, переносить будем сами
    "Хочу поправить цвет кнопки в шапке. В каком файле макета это делается?",
    "Хотим понять, кто удалил раздел каталога. Где посмотреть журнал действий?",
    "Какие файлы не нужно копировать при переезде на другой хостинг? Переносить будем сами, надо только понимать порядок.",
    # a domain change on the same hosting is no move between hostings
    "Подскажите порядок смены домена: сайт переезжает на новый адрес, хостинг тот же. Что поменять в настройках?",
    # asking which services the product connects
    "Какие CRM сервисы можно подключить к магазину?",
    # asking the staff to tell, not to do
    "Можете подсказать, изменит ли новая версия шаблоны страниц нашего сайта?",
    "Could you tell me whether the latest update changes our page templates?",
    # courtesy and negated imperatives ask for no work
    "Простите, как у вас сложно сделать простую страницу. Где в админке создать раздел?",
    "Если пропаду со связи, не обижайтесь. Как задать наценку на доставку в модуле?",
    # the product's own tools
    "Подскажите, как средствами системы добавить в макет вывод счётчика товаров в корзине?",
    # centimetres are no imperative
    "Размер коробки 120 см, Почта не даёт оформить отправку. Где в модуле задаются габариты?",
])
def test_the_customers_own_doing_and_product_questions_stay_in_scope(body: str) -> None:
    assert scope(body) == []


@pytest.mark.parametrize("body", [
    # a need, then a bare "how?": the customer asks how to do it
    "Нужно добавить страницу, которую видят только оптовики. Как?",
    "We need a banner that only logged-in buyers see. How?",
    # taking payments or delivery is the product's payment and delivery modules
    "How can we connect PayPal to our store?",
    "Подскажите, как подключить приём оплаты через Робокассу?",
    "Ну и сервис у вас. Так где настроить доставку курьером?",
    # through the product's own settings
    "Как через настройки раздела подключить на страницу внешний CSS-файл?",
    # "может быть" is "maybe", not "could you"
    "Поставили версию 7.1 на тестовый сервер, экспорт пустой. Что может быть причиной?",
    # хотели бы + a verb: the writer's own doing
    "Хотели бы рассказать, что новая версия магазина нам очень нравится.",
    # a data column of an import, not a CSS column
    "При загрузке прайса из Excel не подтягивается артикул. Как сопоставить колонку?",
    # a placeholder after an update is a defect report
    "Since the 7.2 upgrade every product card shows a grey placeholder instead of the photo. Why?",
    # Метрика put in by the customer: the product has a field for counters
    "Подскажите, куда вставить код Яндекс.Метрики, чтобы он был на всех страницах?",
])
def test_the_customers_own_how_to_stays_in_scope(body: str) -> None:
    assert scope(body) == []


def test_a_staff_member_of_the_customer_is_no_request_to_the_vendor() -> None:
    assert scope("Нужно сделать раздел, доступ к которому есть только у сотрудника склада. Как это настроить?") == []


# Questions about the product that read as requests for work: what a third party is to be
# able to do, a change the customer already made, the customer doing it himself, where in
# the product something goes.


@pytest.mark.parametrize(
    "body",
    [
        # a purpose clause: what the site's users should be able to do
        "Хотим добавить на сайт страницу отзывов, чтобы покупатели могли оставлять оценки со звёздами. Хватит ли для этого нашей редакции?",
        # a change in the past tense: done by the customer, the question is how-to
        "Мы добавили в корзину опцию «Подарочная упаковка». Как сделать, чтобы её цена зависела от веса заказа?",
        # the customer puts an outside script in himself
        "Хочу сам подключить виджет обратного звонка — куда в шаблоне вставлять его код, чтобы он был на всех страницах?",
        # where in the product a script or a stylesheet goes
        "Где в системе место для собственных скриптов, чтобы подключить наш обработчик заявок?",
        "Подскажите, как в системе подключить к макету отдельный файл стилей CSS для раздела «Новости»?",
    ],
)
def test_a_product_question_that_reads_as_work_stays_in_scope(body: str) -> None:
    assert "out_of_scope" not in _codes(body)


@pytest.mark.parametrize(
    "text",
    [
        # the update the writer installed himself, in the past tense (2.10.3)
        "Заказы перестали приходить на почту. Что могло пойти не так? В пятницу устанавливали обновление магазина.",
        "Cart totals are wrong since Monday, can you help? We updated the system to the new version that day.",
        # which version to install is a question (2.10.3)
        "Какую MySQL ставить под 6.10.1, чтобы магазин заработал?",
        # the office moving, not the site (2.10.1)
        "Мы переезжаем в новый офис, сижу дома с ноутбуком. Подскажите, где в админке поменять адрес в подвале?",
        # "всё так же" is "still": a fault, no redo of work (2.10.7)
        "Поставили ваш патч для скидок, а скидка всё так же не считается в корзине. Гляньте, пожалуйста.",
        # the writer repeating his own words asks nothing redone (2.10.7)
        "Мы уже писали, но повторю: нужна скидка на второй товар в корзине. Это настраивается?",
        # the writer means to build it himself (2.10.4)
        "We'd like to build our own header block with the template engine. Where are its variables listed?",
    ],
)
def test_the_writer_s_own_work_is_in_scope(text: str) -> None:
    assert _clauses(text) == []


@pytest.mark.parametrize(
    "text",
    [
        # a need asked about is the writer's question (2.10.3)
        "Хостер переходит на PHP 8.3. Система будет работать или сначала нужно обновить систему?",
        # how to connect a delivery service is a product question (2.10.2)
        "Как подключить СДЭК, чтобы стоимость считалась в корзине? Ключ API у нас есть.",
        # through the settings, not CSS (2.10.6)
        "Как поменять шрифт заголовков через настройки, не трогая CSS?",
        # a negated "as last time" asks for nothing redone (2.10.7)
        "Как настроить скидку для постоянных покупателей? Только отвечайте по делу, а не как в прошлый раз.",
        # "не можем" with its subject left out is no "can you" (2.10.1)
        "Не можем загрузить сайт на хостинг: установщик пишет, что не хватает прав. Какие права выставить?",
    ],
)
def test_questions_about_the_product_are_in_scope(text: str) -> None:
    assert _clauses(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Добрый день. Как сделать, чтобы расписание занятий выводилось таблицей, которую администратор правит без HTML?",
        "Здравствуйте. Сервер у нас слабенький, но переносить сайт пока не можем. Какие требования к памяти"
        " предъявляет версия 7.2?",
        "Ужас, а не релиз: после 7.1.2 корзина считает доставку дважды. Когда исправите?",
        "Директор требует, чтобы я сделал на сайте раздел с вакансиями. Как создать инфосистему и вывести её в меню?",
        "Подскажите, почему в списке заказов не отображается колонка «Телефон»?",
        "Мы перешли на «Бизнес», чтобы получить мультисклад. Склады создали, но в карточке товара поле остатков по"
        " складам не появилось. Что нужно включить?",
    ],
)
def test_what_the_writer_cannot_do_or_will_do_and_faults_are_in_scope(text: str) -> None:
    assert _clauses(text) == []


@pytest.mark.parametrize("body", [
    "Хотела просто сказать, что новая версия центра администрирования очень быстрая.",
    "Жалоба: после вашего обновления у нас два дня не работала корзина. Прошу учесть.",
])
def test_a_saying_and_a_complaint_about_an_update_ask_no_install(body: str) -> None:
    assert "out_of_scope" not in codes(body)


def test_an_update_asked_to_be_installed_is_still_out_of_scope() -> None:
    assert "out_of_scope" in codes("Прошу установить нам новую версию на сайт сегодня вечером.")
