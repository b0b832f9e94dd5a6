"""``desk demo``: a realistic desk in a separate database, built through the real workflows."""

from __future__ import annotations

import datetime as dt
import os
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from deskcli import output
from deskcli.cli.options import FieldsOption, FormatOption, JsonOption, chosen_format
from deskcli.cli.context import reading
from deskcli.domain.errors import InvalidInput
from deskcli.output import Format

if TYPE_CHECKING:
    from deskcli.domain.calendar import BusinessCalendar
    from deskcli.settings import Settings

# (number, pin, edition, price, purchased days ago, customer, code modified)
LICENSES = [
    ("HC-1001", "4321", "Бизнес", "24900", 200, "ООО «Ромашка»", False),
    ("HC-1002", "7788", "Корпорация", "59900", 90, "АО «Вектор»", False),
    ("HC-1003", "1111", "Халява", "0", 30, "Иван Петров", False),
    ("HC-1004", "2468", "Малый бизнес", "14900", 400, "ИП Смирнова", False),
    ("HC-1005", "1357", "Мой сайт", "5900", 120, "Студия «Пиксель»", True),
    ("HC-1006", "9090", "Корпорация", "59900", 10, "ООО «ТехноСервис»", False),
]

# Documentation articles (title, url, keywords): open suggests them, and the docs
# template links them.
ARTICLES = [
    ("Обмен данными с 1С", "https://www.hostcms.ru/documentation/modules/shop/1c/", "1С обмен выгрузка заказы"),
    ("Очистка кеша", "https://www.hostcms.ru/documentation/modules/cache/", "кеш кэш сброс шаблон"),
    ("Почтовые уведомления о заказах", "https://www.hostcms.ru/documentation/modules/shop/mail/",
     "письма почта уведомления заказы"),
    ("Системные требования", "https://www.hostcms.ru/documentation/install/requirements/",
     "хостинг PHP расширения требования установка"),
]

# (hours ago opened, license, pin, category, subject, body, follow-ups)
# follow-ups: ("agent"|"customer"|"internal", hours ago, text)
REQUESTS: list[tuple[float, str, str, str, str, str, list[tuple[str, float, str]]]] = [
    (30, "HC-1002", "7788", "emergency", "Сайт не открывается после обновления",
     "После обновления до 7.1.2 главная страница отдаёт ошибку 500. Что делать?", []),
    (3, "HC-1006", "9090", "emergency", "Критическая ошибка при оформлении заказа",
     "При оформлении заказа появляется Fatal error: Call to undefined method Shop_Order::getAmount(). "
     "Заказы не принимаются. Как исправить?", []),
    (50, "HC-1001", "4321", "usage", "Как настроить скидки для группы покупателей?",
     "Подскажите, где в интернет-магазине задать скидку 10% для оптовых покупателей?",
     [("agent", 46, "Скидки задаются в разделе «Интернет-магазин → Скидки»."),
      ("customer", 2, "Спасибо, но в разделе нет поля для группы покупателей. Где его найти?")]),
    (6, "HC-1001", "4321", "technical", "Ошибка при импорте CSV",
     "Импорт товаров из CSV останавливается на 500-й строке с сообщением Memory limit exhausted. "
     "Можно ли импортировать файл частями?", []),
    (1, "HC-1002", "7788", "usage", "Не приходят письма о заказах",
     "Уведомления о новых заказах перестали приходить на почту менеджера. Где проверить настройки?", []),
    (26, "HC-1006", "9090", "installation", "Требования к хостингу",
     "Какая версия PHP и какие расширения нужны для установки HostCMS 7 на наш хостинг?", []),
    (4, "HC-1003", "1111", "installation", "Установка на локальный компьютер",
     "При установке HostCMS.Халява мастер установки останавливается на шаге проверки прав на папки. "
     "Какие права нужно выставить?", []),
    (5, "HC-1003", "1111", "usage", "Как добавить новый раздел меню?",
     "Как добавить в верхнее меню новый раздел со ссылкой на страницу контактов?", []),
    (20, "HC-1004", "2468", "technical", "Ошибка в модуле поиска",
     "Поиск по сайту перестал находить товары после переиндексации. Почему так происходит?", []),
    (8, "HC-1005", "1357", "usage", "Не работает форма обратной связи",
     "Форма обратной связи перестала отправлять сообщения после правки модуля. Почему?", []),
    (72, "HC-1006", "9090", "usage", "Как выгрузить заказы в 1С?",
     "Подскажите, как настроить обмен заказами с 1С:Предприятие?",
     [("agent", 70, "Обмен настраивается в разделе «Интернет-магазин → Обмен с 1С», см. документацию."),
      ("customer", 0.5, "Настроили по документации, но заказы выгружаются без адреса доставки. Как это исправить?")]),
    (120, "HC-1002", "7788", "technical", "Кеш не сбрасывается",
     "После изменения шаблона страница показывает старую версию. Как очистить кеш?",
     [("agent", 118, "Очистите кеш в разделе «Система → Кеш».")]),
]


def _is_demo(path: Path) -> bool:
    """Only a file this command built may be replaced: its licenses are exactly the demo's."""
    import sqlite3

    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            numbers = {row[0] for row in conn.execute("SELECT number FROM licenses")}
        finally:
            conn.close()
    except sqlite3.Error:
        return False
    return numbers == {number for number, *_ in LICENSES}


def _remove(path: Path, *, main: bool = True) -> None:
    """A database's WAL and shared-memory files, and (``main``) the file itself."""
    for suffix in ("", "-wal", "-shm")[0 if main else 1:]:
        Path(f"{path}{suffix}").unlink(missing_ok=True)


def default_demo_path() -> Path:
    from deskcli import paths

    return Path(paths.demo_database())


def demo(
    ctx: typer.Context,
    *,
    path: Annotated[Path | None, typer.Option("--path", help="Where to build the demo database (default: demo.db in the user data dir).")] = None,
    fmt: FormatOption = Format.table,
    as_json: JsonOption = False,
    fields: FieldsOption = None,
) -> None:
    """Build a demo desk in a separate database and print its queue. Never touches the real one.

    The demo is rebuilt on every run: licenses of every kind (the free edition, expired
    support, modified code) and requests of every category, some overdue, some answered,
    some re-queued by a customer's clarification.

    Example: desk demo
    """
    from deskcli.domain.tickets import REQUEST_FIELDS

    fmt = chosen_format(fmt, as_json, fields, REQUEST_FIELDS)  # before the demo is rebuilt
    rt = reading(ctx)
    target = path or default_demo_path()
    if target.resolve() == Path(rt.db_path).resolve():
        raise InvalidInput(f"{target} is the real database; the demo needs a separate file")
    if target.exists() and not _is_demo(target):
        raise InvalidInput(f"{target} exists and is not a deskcli demo database; choose another --path")
    if path is not None and not target.parent.is_dir():  # said of the path asked for, not of the file built beside it
        raise InvalidInput(f"cannot create {target}: there is no folder {target.parent}")
    calendar, now = _build(target, rt.settings)

    from deskcli.domain.tickets import request_records
    from deskcli.queue_view import queue_table
    from deskcli.store.repository import Repository

    demo_repo = Repository(target)
    try:
        records = request_records(demo_repo.queue(), calendar, now)
    finally:
        demo_repo.close()
    if fmt is not Format.table:
        output.emit(records, fmt, fields=fields, columns=list(REQUEST_FIELDS))
        output.note(f"Explore it: desk --db {target} queue")
        return
    output.print_rich(queue_table(records, now=now, width=output.width()))
    typer.echo(f"\nDemo desk with {len(records)} open requests. Explore it: desk --db {target} queue")
    import shlex

    typer.echo(f"Or for every command in this shell: export DESK_DB={shlex.quote(str(target))}")


def _build(target: Path, settings: Settings) -> tuple[BusinessCalendar, dt.datetime]:
    """The demo desk at ``target``, with its calendar and the instant it was built at."""
    from deskcli.services import licenses, requests
    from deskcli.services.context import Context
    from deskcli.services.drafts import Draft
    from deskcli.services.opening import open_request
    from deskcli.store.repository import Repository

    # Built beside the target and moved over it whole: an interrupted build leaves the last
    # demo (or nothing) where it was, never half a desk that the next run would refuse.
    building = target.with_name(f".{target.name}.{os.getpid()}.building")
    _remove(building)
    repo = Repository(building)
    # The demo's clock and calendar are its own desk's (the policy a new desk starts with),
    # never read from the real database, which may be missing or not a desk at all (QA: a garbage DESK_DB
    # failed `desk demo --path X` and left the half-built file behind).
    demo = Context(db_path=building, settings=settings, repo=repo, agent="demo")

    def at(hours_ago: float) -> Context:
        return Context(db_path=building, settings=settings, repo=repo, agent="demo",
                       now=(now - dt.timedelta(hours=hours_ago)).replace(microsecond=0))

    try:
        now = demo.now
        today = demo.today
        for number, pin, edition, price, days_ago, customer, modified in LICENSES:
            licenses.add_license(at(24 * days_ago), number=number, pin=pin, edition=edition, price=Decimal(price),
                                 purchased=today - dt.timedelta(days=days_ago), customer=customer,
                                 code_modified=modified, email=f"support@{number.lower()}.example.ru")
        from deskcli.services import kb

        for title, url, keywords in ARTICLES:
            kb.add_article(at(24 * 400), title=title, url=url, keywords=keywords)
        for hours, number, pin, category, subject, body, follow_ups in REQUESTS:
            opened = open_request(at(hours), Draft(license=number, pin=pin, version="7.1.2", category=category,
                                                   site="https://www.example.ru/", subject=subject, body=body))
            for kind, ago, text in follow_ups:
                if opened.row["status"] != "rejected":
                    requests.reply(at(ago), opened.row["id"], text, kind=kind)
        repo.close()  # the last connection: SQLite folds the WAL into the file
        _remove(target, main=False)
        os.replace(building, target)
    except BaseException:
        repo.close()
        _remove(building)
        raise
    return demo.calendar, now


def register(app: typer.Typer) -> None:
    app.command("demo", rich_help_panel="Administration")(demo)
