"""Mail templates: every one in both languages, rendered without running anything."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from zoneinfo import ZoneInfo

import pytest

from deskcli.domain.entitlement import quote_renewal
from deskcli.domain.errors import InvalidInput
from deskcli.mail import templates
from deskcli.mail.fields import REQUIRED_FIELDS

REJECTION_CODES = (
    "support_expired",
    "free_edition",
    "code_modified",
    "out_of_scope",
    "no_question",
    "obscene",
    "off_topic",
    "already_answered",
)


@pytest.mark.parametrize("language", templates.LANGUAGES)
@pytest.mark.parametrize("name", sorted(templates.PLACEHOLDERS))
def test_every_template_parses_and_uses_only_its_placeholders(name: str, language: str) -> None:
    text = templates.template_text(name, language)
    subject, body = templates.parse_template(text, name)
    assert subject and body.strip()
    values = {placeholder: f"<{placeholder}>" for placeholder in templates.PLACEHOLDERS[name]}
    rendered = templates.render(name, values, language=language)
    assert "$" not in rendered.subject + rendered.body
    assert "\n\n\n" not in rendered.body


@pytest.mark.parametrize("language", templates.LANGUAGES)
def test_every_refusal_code_quotes_a_rule(language: str) -> None:
    for code in REJECTION_CODES:
        assert templates.rules_text([code], language).strip()


def test_refusals_quote_the_russian_policy_word_for_word() -> None:
    text = templates.rules_text(["obscene", "free_edition", "out_of_scope"])
    assert (
        "«К рассмотрению не принимаются сообщения, содержащие нецензурную лексику или оскорбительные выражения.»"
        in text
    )
    assert "Пользователям редакции HostCMS.Халява предоставление бесплатной технической поддержки не" in text
    assert "6. Консультирование по использованию CSS, HTML, Javascript и т.п." in text


def test_values_are_substituted_once_and_never_run() -> None:
    overrides = {
        "ru/reply": "Subject: Re: $topic\n\n$reply ${reply} $$ $unknown {0.__class__} $reply.__class__\n"
    }
    rendered = templates.render("reply", {"topic": "$reply", "reply": "${topic} $agent"}, overrides=overrides)
    assert rendered.subject == "Re: $reply"
    assert (
        rendered.body
        == "${topic} $agent ${topic} $agent $ $unknown {0.__class__} ${topic} $agent.__class__\n"
    )


def test_an_edited_template_is_checked() -> None:
    with pytest.raises(InvalidInput, match="Subject"):
        templates.parse_template("Здравствуйте!\n\n$reply")
    with pytest.raises(InvalidInput, match=r"\$pin"):
        templates.parse_template("Subject: x\n\nВаш PIN: $pin", "reply")
    with pytest.raises(InvalidInput, match="unknown mail template"):
        templates.template_text("nonsense")
    with pytest.raises(InvalidInput, match="language"):
        templates.render("reply", {}, language="de")


def test_the_team_copy_wins_over_the_packaged_one() -> None:
    rendered = templates.render(
        "close",
        {"ticket": 7, "topic": "x", "resolution": ""},
        overrides={"ru/close": "Тема: Закрыто #$ticket\n\nГотово.\n"},
    )
    assert (rendered.subject, rendered.body) == ("Закрыто #7", "Готово.\n")


def test_missing_fields_reply_lists_what_is_missing_in_policy_words() -> None:
    rendered = templates.render(
        "missing_fields", {"topic": "Сайт", "missing": templates.missing_text(["pin", "site"])}
    )
    assert "- PIN-код\n- адрес сайта или страницы, на которой возникает проблема\n" in rendered.body
    assert set(templates.labels("ru")["fields"]) == set(REQUIRED_FIELDS)
    assert set(templates.labels("en")["fields"]) == set(REQUIRED_FIELDS)


def test_close_reminds_to_delete_the_temporary_user() -> None:
    body = templates.render("close", {"ticket": 42, "topic": "x", "resolution": "Кеш очищен."}).body
    assert "временного пользователя" in body and "удалите" in body and "Кеш очищен." in body


def test_acknowledgement_carries_number_deadline_and_documentation() -> None:
    due = dt.datetime(2026, 11, 25, 12, 0, tzinfo=ZoneInfo("Europe/Moscow"))
    rendered = templates.render(
        "acknowledgement",
        {
            "ticket": 42,
            "topic": "Сайт не открывается",
            "category": templates.labels()["categories"]["emergency"],
            "target": templates.business_time_text(120),
            "due_at": templates.instant_text(due),
            "documentation": templates.documentation_text(
                [("Кеширование", "https://www.hostcms.ru/documentation/")]
            ),
        },
    )
    assert rendered.subject == "Обращение #42 принято: Сайт не открывается"
    assert "Срок ответа — 2 рабочих часа: мы ответим не позднее 25.11.2026 12:00 (MSK)." in rendered.body
    assert "- Кеширование: https://www.hostcms.ru/documentation/" in rendered.body
    assert "[desk #42]" in rendered.body
    assert templates.documentation_text([]) == ""


@pytest.mark.parametrize(
    ("minutes", "ru", "en"),
    [
        (60, "1 рабочий час", "1 business hour"),
        (120, "2 рабочих часа", "2 business hours"),
        (300, "5 рабочих часов", "5 business hours"),
        (660, "11 рабочих часов", "11 business hours"),
        (1260, "21 рабочий час", "21 business hours"),
        (1320, "22 рабочих часа", "22 business hours"),
        (90, "90 рабочих минут", "90 business minutes"),
        (1, "1 рабочая минута", "1 business minute"),
        (122, "122 рабочие минуты", "122 business minutes"),
    ],
)
def test_business_time_in_words(minutes: int, ru: str, en: str) -> None:
    assert templates.business_time_text(minutes, "ru") == ru
    assert templates.business_time_text(minutes, "en") == en


def test_renewal_reminder_before_support_ends() -> None:
    quote = quote_renewal(Decimal("59900"), dt.date(2026, 12, 19), dt.date(2026, 12, 5))
    values = templates.renewal_values(quote, license="HC-1002", edition="Корпорация", currency="RUB")
    rendered = templates.render("renewal_before_end", values)
    assert rendered.subject == "Техническая поддержка по лицензии HC-1002 заканчивается 19.12.2026"
    assert "- 20 %: 11 980,00 ₽ — при продлении по 02.01.2027 включительно" in rendered.body
    assert "- 40 %: 23 960,00 ₽ — при продлении по 18.01.2027 включительно" in rendered.body
    assert "- 60 %: 35 940,00 ₽ — при продлении в любое более позднее время" in rendered.body
    assert "до 19.12.2027" in rendered.body


def test_renewal_reminder_before_each_price_step() -> None:
    # 2.3: +14 days is the last 20 % day, +30 the last 40 % day.
    before_40 = quote_renewal(Decimal("59900"), dt.date(2026, 11, 19), dt.date(2026, 11, 30))
    values = templates.renewal_values(before_40, license="HC-1002", edition="Корпорация", currency="RUB")
    assert (values["rate"], values["last_day"], values["next_day"], values["next_rate"]) == (
        "20 %",
        "03.12.2026",
        "04.12.2026",
        "40 %",
    )
    assert values["amount"] == "11 980,00 ₽" and values["next_amount"] == "23 960,00 ₽"
    body = templates.render("renewal_before_step", values).body
    assert "по 03.12.2026 включительно; с 04.12.2026 продление будет стоить 40 % — 23 960,00 ₽" in body

    before_60 = quote_renewal(Decimal("59900"), dt.date(2026, 11, 19), dt.date(2026, 12, 15))
    values = templates.renewal_values(
        before_60, license="HC-1002", edition="Корпорация", currency="RUB", language="en"
    )
    assert (values["rate"], values["last_day"], values["next_day"], values["next_rate"]) == (
        "40 %",
        "2026-12-19",
        "2026-12-20",
        "60 %",
    )
    subject = templates.render("renewal_before_step", values, language="en").subject
    assert subject == "Renewing support for license HC-1002 costs more from 2026-12-20"

    last_tier = quote_renewal(Decimal("59900"), dt.date(2026, 11, 19), dt.date(2027, 1, 15))
    values = templates.renewal_values(last_tier, license="HC-1002", edition="Корпорация", currency="RUB")
    assert values["next_day"] == "" and values["rate"] == "60 %"


@pytest.mark.parametrize("language", ["ru", "en"])
def test_a_canned_answer_by_mail_has_one_greeting_and_one_signature(language: str) -> None:
    import tomllib
    from importlib import resources

    canned = tomllib.loads(resources.files("deskcli.data").joinpath("templates_ru.toml").read_text(encoding="utf-8"))
    reply = canned["out-of-scope-hosting"]["body"].replace("$request", "#4").replace("$agent", "anna")
    mail = templates.render("reply", {"ticket": 4, "topic": "Перенос", "reply": reply, "agent": "anna"},
                            language=language)
    assert mail.body.count("Здравствуйте") + mail.body.count("Hello") == 1
    assert mail.body.count("С уважением") == 1 and "\n-- \n" not in mail.body
    assert "[desk #4]" in mail.body  # the template's own line stays
    # a reply of the agent's own words alone still gets the template's greeting and signature
    plain = templates.render("reply", {"ticket": 4, "topic": "T", "reply": "Очистите кеш.", "agent": "anna"},
                             language=language).body
    assert plain.startswith(("Здравствуйте!", "Hello,")) and "\n-- \nanna\n" in plain


def test_a_team_s_reply_letter_keeps_what_follows_its_signature() -> None:
    letter = "Subject: Re: $topic\n\nЗдравствуйте!\n\n$reply\n\n-- \n$agent\nПоддержка\n\nВаш номер: [desk #$ticket]\n"
    values = {"ticket": 4, "topic": "T", "reply": "Готово.\n\nС уважением,\nanna", "agent": "anna"}
    body = templates.render("reply", values, overrides={"ru/reply": letter}).body
    assert body.count("С уважением") == 1 and "Поддержка" not in body and "Ваш номер: [desk #4]" in body
