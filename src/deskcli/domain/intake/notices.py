"""What a customer says to the desk for its record, asking nothing (SPEC 2.8.2): where to turn
while he is away, his own saying announced, a notice, contacts changed, what he will tell
later, a call asked for. Read by `answerability`."""

from __future__ import annotations

import re
from collections.abc import Sequence

from deskcli.domain.intake import morphology, patterns


# Where to turn while the writer is away (по всем срочным вопросам пишите ..., for anything urgent
# matters please contact ...): an absence notice sends the reader elsewhere and asks nothing.
REDIRECT = patterns.compile(
    r"(?<![^\W_])(?:по\s+(?:всем\s+)?срочным\s+вопросам|в\s+(?:срочных|экстренных)\s+случаях"
    r"|for\s+(?:anything\s+|all\s+)?urgent(?:\s+(?:matters|issues|questions|enquiries|inquiries|requests))?"
    r"|in\s+(?:urgent\s+cases|(?:an\s+)?emergenc(?:y|ies)))(?![^\W_])",
    re.IGNORECASE,
)
# The writer's own saying announced (хочу выразить недовольство, хотим оставить отзыв, хочу
# поблагодарить): a statement made to the desk, no request of it.
OWN_SAYING = patterns.compile(
    r"(?<![^\W_])(?:хочу|хотим|хотел\w*(?:\s+бы)?|хотелось\s+бы|i\s+(?:want|would\s+like|wanted)\s+to|we\s+(?:want|would\s+like)\s+to)"
    # хотела просто сказать, что ...: a saying, however it is put
    r"(?:\s+(?:просто|лишь|только|just))?"
    r"\s+(?:выразить|высказать|сказать,?\s+что|оставить\s+(?:\S+\s+)?отзыв\w*|поблагодарить|похвалить|сказать\s+спасибо|поделиться"
    r"|express|say\s+thank|thank|share|leave\s+(?:some\s+|a\s+)?(?:feedback|review)|praise|compliment)(?![^\W_])"
    # thanks passed on: передайте ему благодарность, please pass on our thanks
    r"|(?<![^\W_])(?:передайте|pass\s+on),?(?:\s+\S+){0,3}?\s+(?:благодарность|спасибо|thanks|gratitude)(?![^\W_])"
    # thanks stated in any person (администрация выражает благодарность, приносим признательность)
    r"|(?<![^\W_])(?:выража\w*|выразил\w*|объявля\w*|приношу|приносим|приносит)(?:\s+\S+){0,3}?\s+(?:благодарност|признательност)\w*"
    r"|(?<![^\W_])(?:express(?:es|ed)?|extend(?:s|ed)?)(?:\s+\S+){0,2}?\s+(?:gratitude|thanks|appreciation)(?![^\W_])",
    re.IGNORECASE,
)
# A statement given for the record (прошу принять к сведению, что ...; для сведения; for your
# information; please note that ...): a notice to the desk, no request of it.
NOTICE = patterns.compile(
    r"(?<![^\W_])(?:(?:принять|примите|приняли)\s+(?:\S+\s+)?к\s+сведению|для\s+(?:вашего\s+)?сведения|к\s+вашему\s+сведению"
    r"|for\s+your\s+(?:information|records|reference)|fyi|please\s+(?:note|be\s+advised)\s+that"
    # a test of the line itself (тестовое письмо, проверка связи, this is a test)
    r"|тестов\w+\s+(?:письмо|сообщение)|проверка\s+связи|test\s+(?:message|e-?mail)|this\s+is\s+(?:just\s+)?a\s+test)(?![^\W_])",
    re.IGNORECASE,
)
# Housekeeping said for the record: the old contact dropped (прежний контакт прошу не
# использовать), the one who held it gone (прежний администратор у нас больше не работает), a
# temporary access to be deleted after the check (удалим после решения, please delete it after
# the check). No fault of the product and no work asked: `answerability.asks` reads the
# sentence without them, so a fault beside one stays.
FOR_THE_RECORD = patterns.compile(
    r"(?<![^\W_])(?:(?:прежн|стар|предыдущ)\w*\s+(?:контакт|адрес|почт|телефон|номер|e-?mail)\w*\s+(?:\([^)]*\)\s+)?"
    r"(?:(?:прошу|просим)\s+)?(?:больше\s+)?не\s+использ\w*"
    r"|не\s+использовать\s+(?:\S+\s+)?(?:прежн|стар|предыдущ)\w*\s+(?:контакт|адрес|почт|телефон|номер|e-?mail)\w*"
    r"|(?:прежн|бывш|предыдущ)\w*\s+(?:\S+\s+){1,3}?(?:больше|уже)\s+не\s+работа\w*(?:\s+(?:в|у)\s+\S+)?"
    # a change to be taken into account (просим учесть при выставлении счетов)
    r"|(?:прошу|просим)\s+(?:это\s+)?учесть(?:\s+(?:при|в)(?:\s+[^\s,.;:!?]+){1,2})?(?=\s*(?:[.!]|$))"
    # a warning announced (хочу предупредить: …, предупреждаю, что …): what follows is read alone
    r"|(?:(?:хочу|хотим|хотел\w*\s+бы)\s+предупредить|предупреждаю|предупреждаем)(?:,?\s+что)?"
    # why the writer asks, not what (нам нужно планировать работы; нам важно понимать, ждать или нет)
    r"|(?:нам|мне)\s+(?:нужно|надо|важно)\s+(?:понимать|понять|знать|планировать|спланировать)"
    r"|(?:(?:пользовател|доступ|учётк|учетк)\w*\s+)?(?:удалим|удалю|удалите|удалить)\s+(?:(?:его|её|ее|их|доступ|пользователя|учётку|учетку)\s+)?(?:сразу\s+)?после(?:\s+(?:решения|проверки|работ\w*))?"
    r"|(?:(?:please|we\s*'?ll|we\s+will|i\s*'?ll|i\s+will|will)\s+)?(?:delete|remove|disable)\s+(?:it|them|the\s+(?:user|account|login))"
    r"\s+(?:after|when|once)(?:\s+(?:the\s+check|you\s*'?re\s+done|you\s+are\s+done|it\s*'?s\s+fixed))?"
    r"|(?:please\s+)?(?:delete|remove|disable)\s+(?:it\s+)?after\s+use)(?![^\W_])",
    re.IGNORECASE,
)
# Said to be only a notice (просто сообщаем; just letting you know), or a formal one (уведомляем,
# что ...; доводим до вашего сведения), or contacts changed (what is to be told later is
# `LATER`): asks nothing unless it reports a fault all the same (уведомляем: после обновления не работает оплата), which
# answerability.asks looks at first; a report worded "сообщаю, что" is not one.
LATER_OR_NOTICE = patterns.compile(
    r"(?<![^\W_])(?:просто\s+(?:сообща|информиру|уведомля|ставлю\s+в\s+известность|ставим\s+в\s+известность)\w*"
    r"|уведомля(?:ем|ю)|информируем|доводим\s+до\s+(?:вашего\s+)?сведения|^\W*уведомление\s*:"
    r"|just\s+(?:letting\s+you\s+know|to\s+let\s+you\s+know|a\s+heads[\s-]up)"
    # our contacts changed (мы сменили почту; пишите на новый адрес): for the desk's records
    r"|(?:сменили|поменяли|изменили)\s+(?:\S+\s+){0,2}?(?:почту|адрес\w*|e-?mail|телефон\w*|контакт\w*|реквизит\w*)"
    r"|(?:пишите|присылайте|отправляйте|направляйте|шлите)\s+(?:\S+\s+){0,3}?на\s+(?:нов\w+\s+)?(?:адрес|почт\w*|e-?mail|ящик)"
    # a new contact for the record: прошу теперь писать мне, все ответы слать мне, заявки буду писать я
    r"|(?:писать|слать|присылать|отправлять|направлять)\s+(?:\S+\s+){0,4}?(?:мне|ей|ему|им)(?=[\s.!]*$)|(?:заявки|писать)\s+буду\s+(?:писать\s+)?я"
    # теперь по всем вопросам пишу я (а не Сергей); send all replies to me from now on
    r"|теперь\s+(?:по\s+всем\s+вопросам\s+)?(?:пишу|буду\s+писать|обращаюсь)\s+я"
    # a new contact person (контактное лицо по лицензии — …)
    r"|контактн\w+\s+лиц\w*\s+(?:по\s+\S+\s+)?(?:—|–|-|является|будет|теперь)"
    r"|(?:send|address|direct)\s+(?:all\s+)?(?:replies|answers|correspondence|e-?mails)\s+to\s+me(?:\s+from\s+now\s+on)?"
    # another to be written to (по заявке прошу писать заместителю), a new contact named (our new billing contact:)
    r"|(?:прошу|просим)\s+(?:\S+\s+)?(?:писать|обращаться|отвечать)\s+(?:к\s+)?(?:(?:мо|наш)\w+\s+)?(?:заместител|коллег|помощни|секретар)\w*"
    r"|our\s+new\s+(?:\w+\s+)?contact(?:\s+person)?(?!\s+(?:form|field|page|us))"
    r"|use\s+\S+@\S+\s+for\s+(?:all\s+)?(?:\S+\s+)?(?:mail|e-?mails?|correspondence|invoices|messages)"
    r"|(?:write|send\s+\S+|reply)\s+to\s+(?:me|her|him|them)\s+from\s+now\s+on"
    r"|our\s+(?:new\s+)?(?:e-?mail|address|phone\s+number|contact\s+details)\s+(?:is|are|has\s+changed|changed))(?![^\W_])",
    re.IGNORECASE,
)
# When the desk itself works (сегодня поддержка работает?, до скольки вы работаете?, are you open
# on Saturday): a question about the desk's hours, none about the product.
DESK_HOURS = patterns.compile(
    r"(?<![^\W_])(?:(?:тех)?поддержка\s+(?:\S+\s+){0,3}?работает|вы\s+(?:\S+\s+)?работаете|работаете\s+ли"
    r"|(?:до\s+скольки|во\s+сколько|когда)\s+(?:вы\s+|у\s+вас\s+)?(?:работаете|открыты|поддержка\s+работает)"
    r"|are\s+you\s+(?:open|working)|is\s+(?:the\s+)?support\s+(?:open|working))(?![^\W_])",
    re.IGNORECASE,
)
# What is to be told later (суть изложу в следующем письме, подробности завтра, details to
# follow): the problem or question it names is the later message's, nothing is asked yet.
LATER = patterns.compile(
    # the writer or a colleague of his (бухгалтер опишет подробно, когда вернётся)
    r"(?<![^\W_])(?:(?:изложу|опишу|распишу|пришлю|напишу|сообщу|отправлю|вышлю|расскажу|уточню"
    r"|изложит|опишет|распишет|пришлет|пришлёт|напишет|сообщит|отправит|вышлет|расскажет),?(?:\s+\S+){0,4}?\s+"
    r"(?:позже|потом|завтра|вечером|утром|следом|следующим\s+(?:письмом|сообщением)|в\s+следующем\s+(?:письме|сообщении)"
    # once something is done: опишу, что происходит, как только соберу скриншоты; напишу, когда разберусь
    # (to the clause's end: напишу, когда разберусь, что именно сломалось)
    r"|отдельным\s+(?:письмом|сообщением)|(?:как\s+только|когда)(?:\s+(?!(?:а|но|but)(?!\S))[^\s.!?;]+)*)|подробност\w*\s+(?:\S+\s+)?(?:позже|потом|завтра|следом)"
    # what is told once it is put into words (как сформулирую — напишу)
    r"|(?:как|когда)\s+(?:сформулирую|разберусь|соберу|уточню)\s*[—–,-]?\s*(?:напишу|пришлю|сообщу|отпишусь)"
    # the question kept back until someone is asked first (сначала уточню у директора)
    r"|сначала\s+(?:уточню|спрошу|узнаю|соберу|посоветуюсь|разберусь|согласую)"
    r"|details\s+to\s+follow|more\s+details\s+(?:in\s+my\s+next\s+(?:email|message)|later|tomorrow)"
    r"|(?:will|i'll|we'll|i\s+will|we\s+will)\s+(?:write|send|explain|describe)\s+(?:\S+\s+){0,4}?(?:later|tomorrow|next\s+week"
    r"|in\s+(?:my|the)\s+next\s+(?:email|message)|(?:when|once|as\s+soon\s+as)(?:\s+(?!(?:а|но|but)(?!\S))[^\s.!?;]+)*)"
    r"|(?:i|we)\s+(?:need|have)\s+to\s+(?:collect|gather|check|ask|get|confirm)\s+(?:\S+\s+){0,6}?first)"
    r"(?![^\W_])",
    re.IGNORECASE,
)


def told_later(sentence: str, negated: Sequence[str]) -> bool:
    """Whether the sentence leaves its problem for a later message, negating nothing but the
    writer's own doing (напишу завтра про проблему, сегодня не успеваю): ``negated`` are
    the words its не negate."""
    return bool(LATER.search(sentence)) and all(
        (found := morphology.parses(word)) and found[0].has("1per") for word in negated
    )


# A call back or a contact asked for (перезвоните мне, свяжитесь со мной, call me back): with
# nothing of the product beside it, nothing support can answer (answerability.asks).
CONTACT_ME = patterns.compile(
    r"(?<![^\W_])(?:перезвон\w*|позвон\w*|свяжитесь|связаться\s+со?\s+(?:мной|нами)|наберите|call\s+(?:me|us)(?:\s+back)?"
    r"|уделить\s+(?:нам|мне)\s+(?:\S+\s+){0,2}?минут\w*"
    r"|give\s+(?:me|us)\s+a\s+(?:call|ring)|contact\s+(?:me|us)|get\s+in\s+touch)(?![^\W_])"
    # and what the call is to be about (call me back regarding the renewal, перезвоните по поводу продления)
    r"(?:,?\s+(?:пожалуйста,?\s+)?(?:regarding|about|concerning|re|по\s+поводу|насчет|насч[её]т|по\s+вопросу|касательно)"
    r"(?:\s+[^\s,.;:!?]+){1,4})?",
    re.IGNORECASE,
)
