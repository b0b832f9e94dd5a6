"""The shapes of sentences that ask nothing support can answer (SPEC 2.8.2): a question
only announced, data pasted, a datum under a label, a customer introducing himself; and
the topic after a word of a request's status. Read by `answerability`."""

from __future__ import annotations

import re
from collections.abc import Sequence

from deskcli.domain.intake import patterns
from deskcli.domain.intake.asking_routes import WHOM_TO_ASK
from deskcli.domain.intake.normalising import SENTENCE_SPLIT
from deskcli.domain.intake.wordlists import CYRILLIC

# A question announced rather than asked, with what it is about: "у меня вопрос по 1С",
# "можно вас спросить", "хочу уточнить про рассылки", "I have a question about 1C".
_UNSAID = (
    r"(?:\s+(?:кое[- ]?что|кое[- ]?чем|кое\s+(?:о|про)\s+(?:чем|чём|что)|об\s+одной\s+вещи"
    r"|что-то|одну\s+вещь|один\s+момент|пару\s+(?:моментов|вещей|вопросов)"
    r"|несколько\s+(?:моментов|вещей|вопросов)|something|a\s+few\s+things|a\s+couple\s+of\s+things))?"
)
ABOUT = (r"(?:(?:\s+не(?:\s+(?:совсем|очень|только|вполне))?)?\s+(?:по|про|насчет|о|об|касательно|about|on|regarding)"
         r"(?:\s+[^\s,.:;!?]+){1,4})?")
# what the topic is tied to, and when to ask it: "по ряду вопросов, связанных с магазином",
# "about the Business edition, when someone is available", "когда будет минутка"
_WHEN_FREE = (
    r"(?:,?\s+связанн\w+\s+со?(?:\s+[^\s,.:;!?]+){1,3})?"
    r"(?:,?\s+(?:when\s+(?:someone|somebody|anyone|you)\s+(?:is|are|gets?)\s+(?:available|free|a\s+moment)"
    r"|когда\s+(?:(?:у\s+вас\s+)?(?:будет|появится)\s+(?:минутка|время|возможность)|(?:вам\s+)?(?:будет\s+)?удобно))(?=[\s?.!]*$))?"
)
# After a sentence that names questions (у меня несколько вопросов по складам), one that only
# asks where to start or leave to send them later (с чего начать?, можно я их пришлю завтра?,
# ничего, если сразу три?): the questions are announced, not asked.
QUESTIONS_TO_COME = patterns.compile(
    r"^\W*(?:а\s+|и\s+)?(?:с\s+(?:чего|какого|какой)\s+(?:\w+\s+)?начать"
    r"|можно\s+(?:я\s+|мы\s+)?(?:их\s+|его\s+)?(?:пришлю|пришлём|пришлем|напишу|напишем|задам|отправлю|скину)(?:\s+(?:их|его))?"
    r"(?:\s+[^\s,.:;!?]+){0,3}|ничего,?\s+если\s+(?:сразу\s+)?(?:два|три|несколько|пару|\d+)"
    # the question put off (задам его после обеда, сейчас уезжаю)
    r"|(?:задам|спрошу|напишу|пришлю|опишу)\s+(?:его|их|подробно|подробнее)\s+(?:позже|попозже|чуть\s+позже|после\s+\S+|завтра|вечером"
    r"|утром|потом)(?:,[^?]*)?)\W*$",
    re.IGNORECASE,
)
ANNOUNCED = patterns.compile(
    r"(?:(?:у\s+(?:меня|нас)|есть|имеется|появился|возник|возникнут|появятся|будут)\s+(?:\S+\s+){0,3}?вопрос\w*"
    r"|(?<![^\W_])вопрос\w*\s+(?:к\s+вам\s+)?(?:у\s+(?:меня|нас)\s+)?(?:будет|будут|есть|имеется|появился|возник)(?![^\W_])"
    r"|(?:можно|могу|хочу|хотел|хотела|хотелось|хотели|хотим|разрешите|позвольте)(?:\s+(?:ли|я|бы|вас|у\s+вас|к\s+(?:вам|нему|ней|ним)|вам|мне|нам))*"
    # what is to be asked, left unsaid: кое-что, одну вещь, пару моментов, something
    + _UNSAID + r"\s+(?:(?:задать|задам)\s+(?:\S+\s+){0,2}вопрос\w*|вопрос\w*\s+(?:задать|задам)"
    r"|спросить|спрошу|уточнить|уточню|поинтересоваться|проконсультироваться"
    # можно вопрос?, можно вопросик не совсем по теме?: the question named, not put
    r"|вопрос\w*"
    # a talk proposed, not a question put: хотели бы обсудить пару моментов, may I discuss
    r"|(?:с\s+(?:ним|ней|вами)\s+)?(?:обсудить|поговорить|созвониться)|discuss|talk"
    # обратиться с вопросом по лицензии: the question is announced, not asked
    r"|получить\s+консультацию|обратиться(?:\s+(?:к\s+вам\s+)?со?\s+(?:\S+\s+){0,2}вопрос\w*)?)"
    # when to talk rather than what: когда удобно созвониться, can we schedule a call
    r"|(?:(?:когда|во\s+сколько)\s+)?(?:вам\s+|будет\s+|ли\s+)*удобно(?:\s+(?:будет|ли|вам|нам))*"
    r"(?:\s+(?:их|его|это))?\s+(?:созвониться|поговорить|позвонить|пообщаться|обсудить|прислать|отправить|написать|задать)"
    r"|when\s+(?:is|would)\s+it\s+(?:be\s+)?convenient\s+to\s+(?:call|talk)|(?:can|could)\s+we\s+(?:have|schedule|arrange)\s+a\s+call"
    # which way to send the questions, not what they are: как удобнее — сюда или новой заявкой?,
    # можно их прислать одним письмом или отдельными заявками?
    r"|(?:(?:можно|могу|мне|нам)\s+(?:ли\s+)?(?:их\s+|его\s+)?(?:прислать|отправить|написать|задать)\s+(?:их\s+|его\s+)?"
    r"|как\s+(?:вам\s+|мне\s+|нам\s+)?(?:удобнее|лучше)(?:\s+(?:их|его))?(?:\s+(?:прислать|отправить|написать|задать))?\s*[—–-]?\s*)?"
    r"(?:сюда|здесь|в\s+(?:эт\w+|эту|той\s+же)\s+(?:заявк|переписк|ветк|обращени)\w*|одним\s+(?:письмом|сообщением|обращением)"
    r"|в\s+одном\s+(?:письме|сообщении|обращении))\s+или\s+(?:лучше\s+)?(?:\S+\s+){0,3}?(?:заявк|письм|сообщени|обращени|тикет)\w*"
    # how or when one may write at all: можно вам писать на почту или только через форму?, у вас
    # можно спрашивать в выходные или только в будни?
    r"|(?:у\s+вас\s+(?:можно|мне|нам)\s+(?:ли\s+)?|(?:можно|могу|мне|нам)\s+(?:ли\s+)?(?:вам|к\s+вам)\s+)(?:писать|спрашивать|обращаться|звонить|задавать\s+вопросы)"
    r"(?!\s+(?:о|об|про|насчет|насчёт)\s)(?:\s+(?!не\s)[^\s,.!?]+){0,6}?,?\s+или\s+(?:только\s+)?(?:[^\s,.!?]+\s+){0,3}?[^\s,.!?]+(?=[\s?.!]*$)"
    # whom to ask rather than what: к кому обратиться по лицензии, who do I contact
    r"|" + WHOM_TO_ASK + r"|"
    # a person asked for rather than a question: кто у вас по выгрузкам, можно мне кого-нибудь из
    # второй линии, переключите на специалиста, can I speak to someone, who handles exports
    r"(?:(?:хотелось\s+бы|хотел\w*\s+бы|хочу|хотим)\s+(?:понять|узнать|уточнить),?\s+)?кто\s+у\s+вас\s+(?:(?:отвечает\s+|занимается\s+(?:вопросами\s+)?)?(?:за|по)|занимается)(?:\s+[^\s,.:;!?]+){1,4}(?=[\s?.!]*$)"
    r"|кто\s+у\s+вас\s+(?:этим|такими\s+вопросами|этими\s+вопросами)\s+занимается"
    # the request handed up or over, and whom to complain to: передайте заявку руководителю,
    # подключайте к заявке старшего, дайте номер руководителя, кому жаловаться, pass this to
    # your manager
    r"|(?:(?:прошу|просим)\s+)?(?:передайте|передать|назначьте|назначить|переведите|перевести|подключите|подключайте|подключить"
    r"|отдайте|отдать)(?:,?\s+пожалуйста,?)?(?:\s+(?:мою|моё|мое|нашу|наше|эту|это|мой|наш|этот))?"
    r"\s+(?:(?:к\s+)?(?:заявк|обращени|тикет|запрос)\w*)"
    # and why, after a comma: … Сергею, он в прошлый раз всё решил
    r"(?:\s+[^\s,.:;!?]+){0,3}(?=[\s.!…]*$|,\s+(?:он|она|они|так\s+как|потому|т\.\s?к\.)\s)"
    r"|(?:дайте|скажите|сообщите|пришлите)(?:\s+(?:мне|нам|только|хотя\s+бы))*\s+(?:номер|телефон|контакт\w*|почту|email)"
    r"(?:\s+[^\s,.:;!?]+)?\s+(?:руководител|начальник|начальств|старш|менеджер|директор)\w*(?=[\s.!…]*$)"
    r"|кому\s+(?:(?:мне|нам|тут|здесь)\s+)?(?:можно\s+)?(?:жаловаться|пожаловаться)(?:\s+[^\s,.:;!?]+){0,3}"
    # the request reopened, closed or its thread given back: откройте обратно, тикет закройте
    r"|(?:пере)?откройте(?:\s+(?:её|ее|его|заявку|тикет|обращение))?\s+(?:обратно|заново|снова)(?=[\s.!…]*$)"
    r"|(?:(?:тикет|заявку|обращение)\s+(?:\S+\s+)?(?:закройте|переоткройте)|(?:закройте|переоткройте)\s+(?:тикет|заявку|обращение))"
    r"(?:\s+[^\s,.:;!?]+)?(?=[\s.!…,]*$|,)"
    r"|верните\s+(?:нашу\s+|мою\s+)?переписку(?=[\s.!…]*$)"
    r"|give\s+(?:me|us)\s+(?:the\s+)?(?:your\s+)?(?:manager|supervisor|boss)(?:'s)?\s+(?:e-?mail|phone|number|contact)\w*(?:\s+number)?(?=[\s.!…]*$)"
    r"|(?:pass|forward|escalate)\s+(?:this|it|my\s+ticket)\s+to\s+(?:your|a)\s+(?:manager|supervisor|boss)(?=[\s.!…]*$)"
    r"|escalate\s+(?:this|it|my\s+(?:ticket|request|case))(?:\s+(?:now|please|today))?(?=[\s.!…]*$)"
    # how and when to reach the desk, and who is there: вам можно звонить?, заявки принимаются по
    # почте?, в какое время лучше писать, is anyone looking at this?, с кем я разговариваю?
    r"|(?:(?:вам|к\s+вам|вас)\s+(?:\S+\s+)?можно\s+(?:звонить|позвонить|писать|написать|обращаться)"
    r"|заявки\s+(?:\S+\s+)?принима\w+(?:\s+только)?(?:\s+(?:через|по|в)(?:\s+[^\s,.:;!?]+){1,3}?(?=,?\s+или))?|(?:в\s+какое\s+время|во\s+сколько)\s+(?:\S+\s+){0,3}?(?:писать|звонить|обращаться))"
    # the way or the aim beside it: или только через почту, чтобы застать специалиста
    r"(?:,?\s+(?:или|чтобы)(?:\s+[^\s,.:;!?]+){1,4})?"
    r"|(?:is|are)\s+(?:anyone|anybody|someone|somebody)\s+(?:there|(?:\S+\s+)?(?:looking|reading|working|handling)(?:\s+(?:at|on))?"
    r"(?:\s+(?:this\s+mailbox|this|it|them|(?:my|our|these|the)\s+tickets?|ticket\s+\S+))?"
    r"(?:\s+(?:over|at|on|during)\s+the\s+weekend|\s+today|\s+tonight|\s+on\s+(?:saturdays?|sundays?))?)"
    r"|с\s+кем\s+я\s+(?:сейчас\s+)?(?:разговариваю|общаюсь|переписываюсь)|правильно\s+попал\w*\s+(?:в|на)(?:\s+[^\s,.:;!?]+){1,2}"
    r"|(?:можно|дайте|позовите|пригласите|переключите|соедините|подключите|переведите|свяжите|смените|замените|требую"
    r"|(?:прошу|просим)(?:\s+(?:заменить|сменить|дать|перевести))?)(?:\s*,?\s*(?:мне|нам|меня|нас|пожалуйста))*,?"
    r"\s+(?:на\s+|с\s+)?(?:кого[- ]?(?:нибудь|то)(?:\s+из\s+\S+\s+лини\w*)?|(?:\w+(?:ого|его)\s+)?(?:специалист\w*|сотрудник\w*|человека)"
    r"|старш\w+(?:\s+специалист\w*)?|руководител\w*(?:\s+отдела)?|начальник\w*|начальств\w*|втор\w+\s+лини\w*"
    r"|(?:программист|разработчик|инженер)\w*)(?:\s+по\s+(?:моей|нашей|этой)\s+заявке)?(?:,?\s+пожалуйста)?(?=[\s?.!]*$)"
    r"|(?:get|find)\s+(?:me|us)\s+(?:someone|somebody)\s+else(?=[\s?.!]*$)"
    r"|(?:i|we)\s+(?:want|need|demand)\s+a\s+call\s+from\s+(?:a|your)\s+(?:manager|supervisor|boss)(?:\s+today)?(?=[\s?.!]*$)"
    # the other way round: живого человека дайте
    r"|(?<!\S)(?:\w+(?:ого|его)\s+)?(?:специалиста|сотрудника|человека)\s+(?:дайте|позовите|пригласите)(?=[\s?.!]*$)"
    r"|(?:can|could|may)\s+i\s+(?:speak|talk)\s+(?:to|with)\s+(?:someone|somebody|a\s+(?:person|human|manager|supervisor|developer)"
    r"|your\s+(?:manager|supervisor|second\s+line|developers?))(?:\s+(?:from|in|on)(?:\s+[^\s,.:;!?]+){1,3})?(?=[\s?.!]*$)"
    r"|who\s+(?:handles|deals\s+with|is\s+responsible\s+for|is\s+in\s+charge\s+of)(?:\s+[^\s,.:;!?]+){1,3}"
    r"\s+(?:at\s+your\s+end|on\s+your\s+side|in\s+your\s+(?:team|company|office))(?=[\s?.!]*$)"
    # a person said to be needed, or let talk to, instead of what came: мне нужен живой человек, а не
    # шаблонные ответы; let me talk to a developer, not to a script; I want a different engineer on it
    r"|(?:мне|нам)\s+(?:\S+\s+)?нуж(?:ен|на|но)\s+(?:\w+\s+)?(?:человек|специалист|сотрудник|программист|разработчик|руководитель)"
    r"(?:,?\s+а\s+не(?:\s+[^\s,.:;!?]+){1,3})?(?=[\s?.!]*$)"
    r"|(?:let\s+me|i\s+want\s+to|i\s+need\s+to)\s+(?:speak|talk)\s+(?:to|with)\s+(?:a\s+|an\s+|someone|somebody|your\s+)?"
    r"(?:\w+\s+)?(?:person|human|developer|engineer|manager|supervisor)?(?:,?\s+not(?:\s+[^\s,.:;!?]+){1,6})?(?=[\s?.!]*$)"
    r"|(?:i|we)\s+(?:want|need|demand)\s+(?:a\s+different|another|a\s+new|a\s+real)\s+(?:engineer|specialist|developer|person|agent"
    r"|support\s+agent)(?:\s+(?:on\s+(?:it|this|my\s+ticket)))?(?=[\s?.!]*$)"
    # "подскажите, пожалуйста, по лицензии": help asked with a topic and nothing asked
    r"|(?:подскажите|помогите|проконсультируйте)(?:,?\s+пожалуйста,?)?(?=\s+(?:по|про|насчет|касательно)\s)"
    # a problem named and nothing said of it: "проблема с корзиной.", "an issue with the cart."
    r"|(?:(?:у\s+(?:меня|нас)|есть|возникла|возникли)\s+)?(?:проблема|проблемы|проблемка|беда|трудности|сложности)"
    r"\s+со?(?:\s+[^\s,.:;!?]+){1,2}(?=[\s.!…]*$)"
    r"|(?:(?:i|we)\s+have\s+)?(?:a|an|some)\s+(?:problem|issue|trouble)s?\s+with(?:\s+[^\s,.:;!?]+){1,3}(?=[\s.!…]*$)"
    r"|(?:i|we)(?:\s+will|'ll)?\s+have\s+(?:a|one|another|a\s+few|some|several|two|three|a\s+couple\s+of)\s+(?:quick\s+)?questions?"
    r"|(?:may|can|could)\s+i\s+ask(?:\s+you)?(?:\s+(?:something|a\s+question))?"
    r"|(?:i|we)(?:'d|\s+would)\s+like\s+to\s+ask(?:\s+(?:you|about))?"
    # a call asked leave for (можно я вам позвоню минут через десять?)
    r"|можно\s+(?:я\s+|мы\s+)?(?:вам\s+)?(?:позвоню|позвоним|позвонить|перезвоню)(?:\s+(?:минут\w*\s+через\s+\S+|через\s+\S+\s+минут\w*|завтра|сегодня|сейчас|позже))?"
    r"|quick\s+question)" + r"(?:\s+у\s+вас|\s+с\s+вашим\w*\s+\S+)?" + _UNSAID + ABOUT + _WHEN_FREE,
    re.IGNORECASE,
)


# Data pasted into a message: links, paths, addresses, credentials. (A pasted error
# message is a report of a fault, and stays one.)
DATA = patterns.compile(
    r"(?:https?://|www\.)\S+|\S+@\S+\.\w+|(?:/[\w.\-]+){2,}/?(?::\d+)?"
    r"|(?<!\w)(?:user|login|логин|пароль|pass|password|пользователь|доступы?|access|credentials"
    r"|данные\s+(?:для\s+)?(?:входа|доступа|авторизации))(?:\s*[:=]\s*\S+|\s*[—–]\s*(?=[^\s,.;]*[\d_@#!$%])[^\s,;]+"
    # логин tmp_help, user helpdesk2: a value no word is written like (a digit, an underscore)
    r"|\s+(?=[^\s,.;]*[\d_])[^\s,;]+)"
    # the secret promised in another channel (пароль отправлю в смс, password to follow)
    r"|(?<!\w)(?:пароль|логин|доступы?|password|credentials)\s+(?:\S+\s+)?(?:отправлю|отправил\w*|передам|передал\w*"
    r"|пришлю|прислал\w*|вышлю|выслал\w*|скину|скинул\w*|сообщу|will\s+(?:be\s+)?(?:sent|send|follow)|to\s+follow)(?!\w)"
)
# The customer's site named by its bare host (tynda-obuv.ru, shop.example.com): which site, not
# a technical detail of a fault ("проблема с сайтом tynda-obuv.ru." says no more than "с сайтом").
SITE_NAME = patterns.compile(
    r"(?<![\w/@.-])[a-z0-9][a-z0-9-]*(?:\.[a-z0-9-]+)*\.(?:ru|su|com|net|org|info|biz|pro|shop|store|online|site|kz|by|ua|uz|kg"
    r"|am|ge|az|md|lt|lv|ee|pl|de|fr|it|es|cz|sk|fi|se|no|dk|nl|be|at|ch|uk|ie|pt|gr|tr|il|us|ca|au|nz|io|co|me|eu)(?![\w/@-])(?!\.\w)"
)
# What is attached, not asked: скриншот во вложении, see attachment.
ATTACHED = patterns.compile(r"(?<!\w)(?:во\s+вложении|в\s+приложении|see\s+(?:the\s+)?attach\w*|in\s+the\s+attachment)(?!\w)")
# A datum under a label, nothing said of it: "номер заказа: 10452", "Ошибка: Fatal error:
# Class not found" (a Russian label over a pasted Latin text, or over a number).
LABELLED_DATUM = patterns.compile(
    r"[^:?]{1,60}:\s*[\d\s#№.,/-]+|(?:[^\s:?,]+\s+){0,2}[^\s:?,]*[а-яё][^\s:?,]*\s*:\s*[^а-яё]+"
    # or after a dash, one value that looks like data: адрес админки — https://…, логин — tmp_2
    r"|(?:[^\s:?,]+\s+){0,2}[^\s:?,]*[а-яё][^\s:?,]*\s*[—–]\s*(?:https?://\S+|(?=\S*[\d_@#!$%/])[^\sа-яё]+)"
)
# Politeness that only points at data sent: "please find attached", "please see the log".
# Words passed on to someone (передайте вашему специалисту, что ...): the request is to pass
# them on, and what they say is read as it stands (a fault reported that way still reports).
# So is "так (ему) и передайте" after what is to be passed on (… — мудак, так и передайте).
PASSED_ON = patterns.compile(
    r"(?<![^\W_])передайте(?:\s+\S+){0,4}?,?\s+что(?![^\W_])"
    r"|(?<![^\W_])так(?:\s+(?:ему|ей|им|это))?\s+и\s+передайте(?:\s+(?:ему|ей|им|руководству|начальству))?(?=\s*[.!]*\s*$)"
    # and "прошу учесть." closing a sentence: what it asks to keep in mind is read as it stands
    r"|(?<![^\W_])(?:прошу|просим)\s+(?:это\s+)?(?:учесть|учитывать|иметь\s+в\s+виду)(?=\s*[.!]*\s*$)"
)
# "посмотрите, пожалуйста" beside a letter forwarded is the same "please see"; so is "см." (see
# below, see the attachment), which ends a sentence of its own.
SEE_ATTACHED = patterns.compile(
    r"(?<!\w)(?:please\s+(?:find|see)|посмотрите|гляньте|взгляните|см\.|see\s+below)(?!\w)"
)
# What a request was about, after a word of its status: ответ по обращению про импорт.
REQUEST_TOPIC = patterns.compile(r"\s+(?:(?:вам|вас|you)\s+)?(?:по\s+поводу|про|насчет|об?|по|about|regarding|on|for)\s+[^,.;:!?]*")
# A customer introducing himself: "меня зовут Дмитрий", "я новый администратор, буду писать вам".
INTRODUCTION = patterns.compile(
    r"(?<!\w)(?:меня\s+зовут|my\s+name\s+is|i\s+am\s+the\s+new|i'm\s+the\s+new"
    r"|я\s+(?:теперь\s+)?нов(?:ый|ая|енький|енькая)"
    # буду теперь вам писать, буду с вами на связи: who writes from now on
    r"|буду\s+(?:теперь\s+)?(?:вам\s+|с\s+вами\s+)?(?:писать|обращаться|на\s+связи)"
    # or someone else does (дальше писать будет он, вам будет писать наш новый менеджер)
    r"|(?:писать|обращаться)\s+(?:вам\s+)?будет|будет\s+(?:теперь\s+)?(?:вам\s+)?(?:писать|обращаться)"
    # on whose behalf and from where: пишу от имени / по поручению, I'm writing on behalf of
    # who writes by his post (пишет бухгалтер курорта, вас беспокоит администратор сайта)
    # or by his name first (пишет Мурат Иванов, менеджер гостиницы)
    r"|(?:пишет|беспокоит)\s+(?:вам\s+|вас\s+)?(?:[^\s,.!?]+\s+){0,2}?(?:[^\s,.!?]+,\s*)?(?:[^\s,.!?]+\s+)?"
    r"(?:бухгалтер|директор|администратор|менеджер|владел|сотрудни"
    r"|руководител|маркетолог|секретар|юрист|программист|управляющ|хозя)"
    r"|пиш(?:у|ем)\s+(?:вам\s+)?(?:от\s+имени|по\s+поручению)|(?:i'?m|i\s+am|we'?re|we\s+are)\s+writing"
    r"\s+(?:to\s+you\s+)?(?:on\s+behalf\s+of|for|from)|(?:i'?m|i\s+am|we'?re|we\s+are)\s+from"
    # and in which language: my Russian is bad, извините за мой русский
    r"|my\s+(?:russian|english)\s+is\s+(?:\S+\s+)?(?:bad|poor|weak|not\s+good)"
    r"|(?:sorry|excuse\s+me)\s+for\s+my\s+(?:russian|english)|извините\s+за\s+мой\s+(?:русский|английский))(?!\w)"
)
# The customer's own letter to the desk (получили моё письмо?, did you get my email?): the
# request itself, like заявка, not the product's mail (письма о заказах не уходят).
OWN_LETTER = patterns.compile(
    # моё вчерашнее письмо, наше последнее сообщение: any word that says which of his letters
    r"(?<!\w)(?:(?:мо[её]|мой|мои|моего|моем|наш[ае]?|наш|нашего|нашем|my|our)(?:\s+(?:\w+(?:ее|ое|его|ого|ем|ом)|предыдущ\w*|последн\w*|вчерашн\w*|previous|last|earlier))?"
    # дублирую письмо, повторяю сообщение: the request sent again
    r"|(?:дублирую|дублируем|повторяю|повторно\s+отправляю|resending|resend))\s+(?:письм|сообщени|запрос|e-?mail|е-?мейл|имейл|message|letter"
    # what a letter of his carried (вы получили мой скриншот?, did you get my screenshots)
    r"|скриншот|файл|вложени|screenshot|file|attachment)\w*"
    # of a day (наше письмо от вторника) and with what it carried (моё письмо со скриншотами, my
    # email with the logs): still the letter
    r"(?:\s+от\s+[\w-]+(?:\s+числа)?|\s+from\s+(?:\w+day|yesterday|last\s+week))?(?:\s+(?:с|со|with)\s+(?:the\s+)?(?:скриншот|снимк|вложени|файл|лог|фото|описани|данн|доступ|реквизит|attachment|screenshot|file|log|photo|detail|credential)\w*"
    # and whose they were (с данными временного пользователя, with the logs of the import)
    r"(?:\s+(?:ошибк|проблем|временн|тестов|нов)\w*)?(?:\s+(?:пользовател|доступ|администратор|user|admin)\w*)?"
    # and what they open (с доступами к FTP, к админке)
    r"(?:\s+(?:к|ко|to|for)\s+[^\s,.;:!?]+)?)?"
    # what he sent the desk (доступы к FTP, которые я прислал) and a letter arrived (что письмо дошло)
    r"|(?:(?:temporary|temp|test|new|admin|ftp|sftp|ssh|login|временн\w*|тестов\w*|нов\w*)\s+){0,2}"
    r"(?:доступ|файл|скриншот|лог|реквизит|access|credential|file|screenshot|log|detail|данн)\w*(?:\s+[^\s,]+){0,3}?,?\s+"
    r"(?:которые|которое|который|что|that|which|i|we)\s+(?:я\s+|мы\s+)?(?:прислал|присылал|отправил|отправлял|выслал|высылал|скинул|скидывал"
    r"|прикрепил|прикреплял|приложил|прикладывал|sent|attached|uploaded)\w*"
    # the letter he sent, and what it carried (вчера отправлял письмо с ошибкой импорта): his own request
    r"|(?<!\w)(?:отправлял|отправил|присылал|прислал|посылал|послал|писал)\w*\s+(?:вам\s+)?(?:письм|сообщени|e-?mail)\w*"
    r"(?:\s+(?:с|со)\s+[^\s,.;:!?—–]+(?:\s+[^\s,.;:!?—–]+)?)?(?=\s*[,;:—–]\s*(?:дошл|дош[её]л|получил))"
    r"|(?<!\w)(?:письм\w*|сообщени\w*|e-?mails?|messages?)\s+(?:(?:до\s+вас|к\s+вам)\s+)?(?:дошл[оаи]|доход\w*|пришл[оаи]|arrived|got\s+through)(?!\w)"
    r"|(?<!\w)(?:дошл[оаи]|дош[её]л|доход\w*)\s+(?:ли\s+)?(?:до\s+вас\s+)?(?:(?=(?:мо|наш)\w*\s)|(?:письм|сообщени)\w*)"
    r"|(?<!\w)(?:дошл[оаи]|дош[её]л)\s+(?:ли\s+)?(?:оно|она|он|они)\s+до\s+вас"
    # its receipt confirmed (прошу подтвердить получение письма с документами на продление)
    r"|(?<!\w)(?:подтверд\w+|confirm)\s+(?:(?:мне|нам)\s+)?(?:получение|receipt)(?=[\s.!]*$)"
    r"|(?<!\w)(?:подтверд\w+|confirm)\s+(?:(?:мне|нам)\s+)?(?:получение|receipt\s+of)(?:\s+(?:мо|наш|my|our)\w*)?\s+"
    r"(?:письм|сообщени|документ|файл|скриншот|доступ|реквизит|email|e-mail|message|letter|document|file)\w*(?:\s+[^\s,.;:!?]+){0,4}"
)
# A line a program wrote, not a person: a log's timestamp (a date and time, or the time alone:
# [03:02:11]), a stack frame, a file and line, a call (Class::method(), ->show()). A message of
# such lines only is data pasted (2.8.2).
LOG_LINE = patterns.compile(
    r"^\s*(?:\[\d{4}-\d\d-\d\d[ T][\d:.]+\]|\[\d{1,2}:\d\d:\d\d(?:[.,]\d+)?\]|#\d+\s|stack\s+trace:?\s*$|thrown\s+in\s)"
    r"|(?:/[\w.\-]+){2,}\.\w+(?::\d+|\(\d+\)|\s+on\s+line\s+\d+)"
    r"|\w::\w+\(|->\w+\("
    # an HTTP status or request line (HTTP/1.1 500 Internal Server Error, GET /shop/cart/ HTTP/1.1)
    r"|^\s*(?:(?:GET|POST|PUT|PATCH|DELETE|HEAD)\s+/\S*\s+)?(?:HTTP/\S+\s+)?\d{3}(?:\s+(?:internal\s+server\s+error|bad\s+gateway"
    r"|service\s+unavailable|gateway\s+time-?out|not\s+found|forbidden|unauthorized|bad\s+request|ok))?\s*$",
    re.IGNORECASE,
)
# A program's error message from its label on (Fatal error:, Warning:, ERROR 1064 (42000):,
# SQLSTATE[HY000]): a message that is one such line and nothing else is data pasted too.
_ERROR_LABEL = patterns.compile(
    r"^\s*(?:(?:ошибка|error)\s*:\s*)?(?:php\s+)?(?:(?:fatal|parse)\s+error|warning|notice|deprecated|"
    r"uncaught\s+\w+)\s*:|^\s*(?:error|errno)\s+\d+\s*(?:\(\w+\))?\s*:|^\s*sqlstate\[",
    re.IGNORECASE,
)


def pasted_error(line: str) -> bool:
    """Whether a line is a program's error message: its label, then English words only
    ("Warning: после обновления корзина пустая" is the customer's own), no "?"."""
    label = _ERROR_LABEL.match(line)
    return label is not None and "?" not in line and not CYRILLIC.search(line, label.end())


# A short lead-in to what is pasted below it (Текст ошибки:, Error log from yesterday:)
_LEAD_IN = patterns.compile(r"[^?\n]{1,80}:")
# A line quoted whole ("Не удалось создать заказ. Код ошибки: …"): the program's words
_QUOTED_WHOLE = patterns.compile(r"[\"«“„].*[\"»”“]")
# The temporary access sent will go when the work is done (Пользователь удалим после решения; It will
# be removed as soon as you confirm; please delete it when done): said of the data, asking nothing.
_ACCESS_GOES = patterns.compile(
    r"(?:(?:it|the\s+user|this\s+(?:user|account)|the\s+account|пользовател\w*|доступ\w*|уч[её]тк\w*|его)\s+)?"
    r"(?:will\s+be\s+(?:removed|deleted|disabled)|(?:please\s+)?delete\s+(?:it\s+)?when\s+(?:done|finished)"
    r"|удалим|удалю|отключим|заблокируем)(?:\s+[^\s?]+){0,6}?\s*[.!]?"
)


def only_pasted(lines: Sequence[str]) -> bool:
    """Whether the message is only what a program printed: a log of two lines or more, or
    errors pasted under a lead-in that names them, with no words of the writer's own that
    ask or report anything."""
    stripped = [line.strip() for line in lines if line.strip()]
    pasted = [line for line in stripped if not (_LEAD_IN.fullmatch(line) and len(line.split()) <= 8)]
    if not pasted:
        return False
    if len(pasted) == len(stripped):  # no lead-in: a log, or one error as the program printed it
        if len(pasted) == 1:
            return pasted_error(pasted[0]) or bool(LOG_LINE.search(pasted[0])) and _programs_only(pasted[0])
        return all(LOG_LINE.search(line) or pasted_error(line) for line in pasted)
    # under a lead-in, the page or the time it happened may be named (Страница: https://…)
    return all(LOG_LINE.search(line) or pasted_error(line) or _QUOTED_WHOLE.fullmatch(line)
               or LABELLED_DATUM.fullmatch(line) or DATA.fullmatch(line) or _ACCESS_GOES.fullmatch(line) for line in pasted)


def _programs_only(line: str) -> bool:
    """A line with no word of the writer's own: no Cyrillic, no question."""
    return "?" not in line and not CYRILLIC.search(line)


# A status field and its value in a record of data (статус «Не оплачен», Статус на сайте: не
# оплачен, status: pending): the value is what the program shows, not the writer's report.
_STATUS_VALUE = patterns.compile(
    r"(?<![^\W_])(статус\w*|status)((?:\s+(?!не\b|not\b)[^\s:«»,.]+){0,3})\s*"
    r"(?::\s*[^,.\n«»]{1,30}(?=[,.\n]|\Z)|[:—-]?\s*«[^»\n]*»)",
    re.IGNORECASE,
)
# ... unless the writer sets it against what should be (заказ оплачен, а статус «Не оплачен»)
_CONTRAST = patterns.compile(r"(?<![^\W_])(?:а|но|однако|хотя|but|however|although|while|yet)(?![^\W_])", re.IGNORECASE)
# ... or the status names a failure (статус «Ошибка выгрузки»): that is the fault reported
_FAILED_STATUS = patterns.compile(r"ошиб|сбой|error|fail", re.IGNORECASE)


def without_status_values(sentence: str) -> str:
    """The sentence with the values of the status fields it lists left out, unless it
    contrasts them with what should be or a value names a failure."""
    if _CONTRAST.search(sentence):
        return sentence
    return _STATUS_VALUE.sub(
        lambda m: m.group() if _FAILED_STATUS.search(m.string, m.end(2), m.end()) else m.group(1) + m.group(2), sentence
    )


# A line quoted from the desk's earlier letter ("> Уточните версию системы"): the desk's
# words, not the customer's.
QUOTED_LINE = patterns.compile(r"^[ \t]*>.*$", re.MULTILINE)
# A letter forwarded whole, from its separator to a closing line of dashes or the end
# (---------- Пересылаемое сообщение ----------, -----Original Message-----).
_FORWARDED = patterns.compile(
    r"^[ \t]*(?:-{2,}[ \t]*(?:пересылаемое\s+сообщение|исходное\s+сообщение|forwarded\s+message|original\s+message)"
    r"[ \t]*-{2,}|begin\s+forwarded\s+message:).*?(?:^[ \t]*-{5,}[ \t]*$|\Z)",
    re.IGNORECASE | re.MULTILINE | re.DOTALL,
)
# The customer points at the forwarded letter as his question (Пересылаю вопрос маркетолога:;
# собственно, вопрос выше; see below).
_POINTS_AT_IT = patterns.compile(
    r":\s*\Z|(?<![^\W_])(?:вопрос|проблема|суть)\w*\s+(?:выше|ниже)|(?:question|issue|problem)\s+(?:above|below)",
    re.IGNORECASE,
)


def own_words(text: str) -> str:
    """The text less a letter it forwards, unless the customer points at that letter as his
    question: someone else's words forwarded for information ask support nothing."""
    found = _FORWARDED.search(text)
    if found is None:
        return text
    before, after = text[: found.start()], text[found.end() :]
    if _POINTS_AT_IT.search(before.rstrip()) or _POINTS_AT_IT.search(after):
        return text
    return f"{before}\n{after}"


# A piece of a message that is a label and its value: a short label (up to three words) and a
# colon (Модуль: Интернет-магазин, Server: nginx); a label of the writer's own account of it
# (проблема, вопрос, описание, суть, problem, issue) is no datum but what he says.
_LABELLED = patterns.compile(r"\s*(?!(?:проблем|вопрос|описани|суть|problem|issue|question)\w*\s*:)([^\s:?]+(?:\s+[^\s:?]+){0,2})\s*:\s*\S")


# a header line of an HTTP response: a Latin name, a colon, its value (Server: nginx/1.24.0)
_HEADER = patterns.compile(r"\s*[a-z][\w-]*:\s*\S[^а-яё]*$")


def only_labelled(message: str) -> bool:
    """Whether a message is only labelled data, two pieces or more and no "?" (Ошибка: …
    Модуль: … Действие: …; Server: … Content-Type: …): what a screen or a program showed."""
    if "?" in message:
        return False
    pieces = [piece for piece in SENTENCE_SPLIT.split(message) if piece.strip()]
    if len(pieces) >= 2 and all(_LABELLED.match(piece) for piece in pieces):
        return True
    # a response's head line by line: HTTP/1.1 500 …, Server: nginx, Content-Type: text/html; charset=…
    lines = [line for line in message.splitlines() if line.strip()]
    return len(lines) >= 2 and bool(LOG_LINE.search(lines[0])) and all(_HEADER.match(line) for line in lines[1:])


# A sentence that only asks leave to ask (можно задать?, можно спросить?, may I ask?), after
# one that names a question (вопрос по оплате, a question about payments).
ASKS_LEAVE = patterns.compile(
    r"(?:а\s+)?(?:можно|могу|разрешите|позвольте|may\s+i|can\s+i)(?:\s+(?:ли|я|бы|вам|вас))*"
    r"(?:\s+(?:его|их|it|them))?(?:\s+(?:задать|спросить|уточнить|побеспокоить|отвлечь|ask))?(?:\s+(?:его|их|it|them))?"
    r"(?:\s+(?:по\s+очереди|сразу|все\s+сразу|one\s+at\s+a\s+time|all\s+at\s+once))?"
    # or only whether that will do (is that okay?, так можно?, это нормально?)
    r"|(?:is\s+that|would\s+that\s+be|is\s+it)\s+(?:okay|ok|alright|all\s+right|fine)|так\s+можно|это\s+нормально|так\s+пойдет"
    r"|is\s+(?:now|this|it)\s+a\s+good\s+time(?:\s+to\s+ask)?|удобно\s+(?:ли\s+)?сейчас(?:\s+спросить)?",
    re.IGNORECASE,
)
NAMES_A_QUESTION = patterns.compile(r"(?<![^\W_])(?:вопрос\w*|questions?)(?![^\W_])", re.IGNORECASE)
BACK_REFERENCE = patterns.compile(r"(?<!\S)(?:ее|её|его|их|снова|заново|обратно)(?!\S)")


# The desk addressed at a sentence's head (Уважаемая поддержка, …; Коллеги, …; Dear support team,):
# whom the sentence is put to, not what it is about.
DESK_ADDRESS = patterns.compile(
    r"^\W*(?:(?:(?:уважаем|дорог)\w*\s+)?(?:служба\s+)?(?:тех)?поддержк[аи]|(?:(?:уважаем|дорог)\w*\s+)?коллеги"
    r"|(?:dear\s+|hello\s+|hi\s+)?support(?:\s+team)?)\s*[,!]",
    re.IGNORECASE,
)
