"""Whom or where to send a question, asked instead of the question (SPEC 2.8.2): "к кому
обратиться по лицензии?", "кому его лучше адресовать — вам или в отдел продаж?", "who should I
address it to?". The desk answers the question once it is put; the route alone asks nothing of
the product. Part of `asking_patterns.ANNOUNCED`."""

from __future__ import annotations

_END = r"(?=[\s?.!]*$)"
# what the question is about: по поводу закрывающих документов, по вопросам продления
_TOPIC = r"(?:\s+(?:по\s+поводу|по|насчет|насчёт|про|об?|касательно)(?:\s+[^\s,.:;!?—–]+){1,6})?"
# the routes weighed against each other: — вам или в отдел продаж?, — через форму или по почте?
_EITHER = (r"(?:\s*[—–,-]?\s*(?:вам|сюда|к\s+вам|здесь|в\s+(?:тех)?поддержку|через|по|в|на)(?:\s+[^\s,.!?]+){0,4}?"
           r"\s+или\s+(?:[^\s,.!?]+\s+){0,3}?[^\s,.!?]+)?")
# a question handed on: кому его лучше задать, куда этот вопрос прислать
_HANDED = (r"(?:его|их|это|этот\s+вопрос|свой\s+вопрос|вопрос\w*)\s+(?:у\s+вас\s+)?(?:можно\s+|лучше\s+|нужно\s+)?"
           r"(?:прислать|присылать|отправить|отправлять|переслать|задать|задавать|адресовать|направить)")

WHOM_TO_ASK = (
    r"с\s+кем\s+(?:мне\s+|нам\s+)?(?:можно\s+|лучше\s+|нужно\s+)?(?:это\s+|этот\s+вопрос\s+|их\s+|его\s+)?(?:обсудить|поговорить|связаться|решить)"
    r"|(?:к\s+кому|кому|куда|на\s+какой\s+(?:адрес|ящик|e-?mail))\s+(?:мне\s+|нам\s+)?(?:(?:его\s+|их\s+|это\s+)?(?:у\s+вас\s+|из\s+(?:ваш\w+\s+)?\w+\s+)?"
    r"(?:с\s+(?:этим|таким\s+вопросом)\s+|по\s+(?:этому|такому)\s+вопросу\s+)?(?:можно\s+|лучше\s+|нужно\s+)?"
    r"(?:обратиться|обращаться|писать|написать|присылать|адресовать|направить)|" + _HANDED + ")"
    # ... with what it is about, and the routes weighed, to the sentence's end
    r"(?:" + _TOPIC + _EITHER + _END + ")?"
    # how to reach the desk at all: как к вам лучше обращаться — через форму или по почте?
    r"|как\s+(?:к\s+вам|вам|с\s+вами)\s+(?:лучше|удобнее)\s+(?:обращаться|обратиться|писать|написать|связаться|связываться)"
    r"(?:" + _TOPIC + _EITHER + _END + ")?"
    # a person who knows the field asked for: есть ли у вас кто-нибудь, кто разбирается в оплате?
    r"|(?:есть\s+ли\s+)?у\s+вас\s+(?:есть\s+)?(?:кто-нибудь|кто-то|специалист|человек|сотрудник),?\s+(?:кто|который)\s+"
    r"(?:разбирается|занимается|отвечает|понимает|знает)(?:\s+[^\s,.:;!?]+){1,5}" + _END
    + r"|who\s+(?:should|can|do|could)\s+(?:i|we)\s+(?:contact|ask|talk\s+to|write\s+to"
    r"|(?:address|send|direct|forward)\s+(?:it|them|this|that|my\s+questions?|the\s+questions?)\s+to)"
    r"|(?:who\s+(?:is|'s)\s+)?the\s+right\s+(?:person|people|team)\s+to\s+(?:ask|contact|talk\s+to|write\s+to)"
    r"|(?:is\s+this|am\s+i\s+(?:writing\s+)?(?:at|in|to))\s+the\s+right\s+(?:place|address|inbox|mailbox|department)"
    r"(?:\s+(?:to\s+ask|for\s+(?:it|this|that|such\s+questions|questions\s+like\s+this)))?" + _END
)
