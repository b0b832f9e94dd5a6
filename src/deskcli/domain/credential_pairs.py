"""Passwords written with no password label, beside the login they open (policy 2.12).

Customers often give access as the login and the password one after the other and name
neither ("ftp.shop.ru admin Qwerty123", "185.12.94.17 / root / Zx9!kLm2", "логин admin
Qwerty123", "вход root, Zx9!kLm2", "admin:Qwerty123@ftp.shop.ru"), or on lines of their own
below "Вот доступ:" (host, login, password). Review found them all kept in clear, because
``credentials`` looks for a password label. Here the place says it is a password: the word
right after a login, when something says that login is one.

A login is a Latin word (``admin``, ``ftp_support``, ``a.petrova``, an e-mail address). It is
one when it follows a login label ("логин", "user:", "юзер", "log in as"), a host (an IP
address, a domain, an address with a scheme), or a word that gives access ("доступ", "вход",
"FTP", "админка", "access", "creds") a few words before it in the same clause; or, written
``login / password``, at the start of a line or a clause. The word after it (past one
separator: "/", "|", a dash, a comma, "with") is its password when it reads as one: Latin
with a digit or a sign, never an address, a host, an e-mail address, a path, a version, an
error code, or dotted lowercase words (a module, a domain). So "PHP 8.1.2", "заказ 12345",
"catalog.section", "E_WARNING" and "логин admin, заказ 5521" stay as written.

On lines of their own, a host line and a login line (or a login line alone, "Логин: u1234")
make the next line, when it is one word that reads as a secret, the password; there a
password made of a login's letters ("tkani_iv_55") or only of digits counts too, as the
position says what it is. ``user:password@host`` with no scheme is read as in an address:
everything between the first ":" after the user and the last "@" before the host. A shell's
``-p<password>`` after ``mysql``/``mysqldump`` and ``-u user:password`` after ``curl`` are
the same pair. ``credentials.hide`` asks for the spans here and seals their lines.
"""

from __future__ import annotations

import re
from functools import cache

_SIGNS = "!#$%^&*@?_+=~-"
_MARKED = "[скрыто"  # how ``credentials.HIDDEN`` begins: a value hidden already
#: The expressions, by name; compiled on first use through the intake rules' store, as
#: ``credentials._PATTERNS`` are.
_PATTERNS = {
    "token": r"\S+",
    # an IP address (with a port), a domain, an address with a scheme, a host with a path
    "host": r"(?i)^(?:[a-z][a-z0-9+.-]*://\S+|(?:\d{1,3}\.){3}\d{1,3}(?::\d+)?(?:/\S*)?"
            r"|(?:www\.)?(?:[a-z0-9-]+\.)+(?:{tld})\.?(?::\d+)?(?:/\S*)?)$",
    # a label a login follows ("Логин:", "юзер", "пользователь", "user=")
    "login_label": r"(?i)^(?:логин\w*|login|user(?:name)?|юзер\w*|пользовател\w*|учётк\w*|учетк\w*)[:=]?$",
    # a word that gives access: a login follows it in the clause
    "access": r"(?i)^(?:доступ\w*|вход\w*|заходите|подключени\w*|данные|учётк\w*|учетк\w*|s?ftps?|фтп|ssh|ссш"
              r"|панел\w*|админк\w*|сервер\w*|сервак\w*|хостинг\w*|access|creds?|credentials|panel"
              r"|wordpress|db|бд|mysql|phpmyadmin|cpanel|ispmanager|acc|account|аккаунт\w*)[:=]?$",
    # "log in as", "войдите как", "заходите под": the login is next
    "log_in_as": r"(?i)(?:log(?:ged)?[^\S\n]*in|login|sign[^\S\n]*in|войдите|зайдите|заходите|войти|зайти)"
                 r"[^\S\n]+(?:as|как|под)(?=[^\S\n])",
    # between a login and its password: a separator standing alone
    "separator": r"^(?:/|\||—|–|-|,|:|with|и|and)$",
    "login": r"^(?=[^@]*[A-Za-z])[A-Za-z0-9][\w.@+-]{0,40}$",
    # English words, never a login: "the FTP user is ftp_2024"
    "english": r"(?i)^(?:is|as|was|are|be|the|a|an|for|to|of|in|on|at|with|and|or|by|from|this|that|it|here|there"
               r"|will|can|you|i|my|your|our|please|name|has|have|not|no|yes|same|below|above|via|port|host|server)$",
    # a password's label in other words, between a login and its password ("логин x, пас y",
    # "с логином x и паролем y", "tmp P/W y")
    "other_label": r"(?i)^(?:пас|пасс|пар\.?|парол|parol|паролем|паролю|p/w|pw|pwd|pass|код)[:=]?$",
    # a PIN ("PIN 5528", "пин-код от панели — 2290"), a code that opens ("код доступа 3310",
    # "код от панели 4477", "код из смс 4839"): digits only
    "pin_label": r"(?i)(?<![\w-])(?:pin|пин)(?:[-\s]?(?:код|code))?(?![\w-])|(?<![\w-])код(?:[^\S\n]+(?:доступа|от|из))(?!\w)",
    "pin": r"^\d{4,8}$",
    # a key or a token given ("API-токен x", "секретный ключ x", "access token - x"); not a
    # public, a site's or a licence's key
    "key_label": r"(?i)^(?:\S*токен\w*|\S*token|ключ\w*|key|secret|client_secret)[:=]?$",
    "public_key": r"(?i)(?:public|publishable|site|открыт|публичн|лиценз|licen[cs]e|активац|activation)",
    "key": r"^(?![Pp][Kk]_)(?=.*[A-Za-z])(?=.*\d)[A-Za-z0-9_-]{16,}$",
    # a licence's or a product's key in groups, a GUID: no secrets
    "grouped": r"^(?:[A-Z0-9]+(?:-[A-Z0-9]+){2,}|[0-9a-fA-F]{8}-(?:[0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12})$",
    "query_token": r"[?&](?:token|access_token|auth|secret)=(?P<value>[A-Za-z0-9_-]{12,})",
    "cyrillic": r"[\u0400-\u04ff]",
    "latin": r"[A-Za-z]",
    "upper": r"[A-Z]",
    "lower": r"[a-z]",
    "digit": r"\d",
    "sign": rf"[{re.escape(_SIGNS)}]",
    "strong_sign": r"[!#$%^&*@?+=~]",
    "email": r"^[\w.+-]+@[\w-]+(?:\.[\w-]+)+$",
    # as ``credentials`` reads a value after a label: Latin with a digit or a sign, or Cyrillic with two digits
    "secret_looking": r"^(?:(?=.*[0-9!#$%^&*@?_+=~])[^\u0400-\u04ff]{4,}|(?=(?:.*\d){2})(?=.*[\u0400-\u04ff])\S{6,})$",
    # a version, or a name with one ("8.1.2", "PHP8.1", "v24.100.150")
    "version": r"(?i)^[a-z]*v?\d+(?:\.\d+)+[a-z]?$",
    "error_code": r"^(?:0[xX][0-9a-fA-F]+|E_[A-Z_]+|[A-Z]+_[A-Z_]+)$",
    # words that say a value is left out ("********", "___")
    "blank": r"^[*_.?x-]+$",
    # user:password@host with no scheme (with one, ``credentials`` reads it)
    "user_at_host": r"(?<![\w./:@-])(?P<login>[A-Za-z0-9][\w.-]{0,40}):(?P<value>\S+)@"
                    r"(?=(?:\d{1,3}\.){3}\d{1,3}|(?:[A-Za-z0-9-]+\.)+[A-Za-z]{2,6}(?![\w]))",
    # login/password in one word, beside a host or after a word that gives access
    "slashed": r"^(?P<login>[a-z][\w.-]{0,40})/(?P<value>[^/\s]+)$",
    # mysql -u user -pSECRET, curl -u user:SECRET
    "shell_p": r"(?<![\w-])(?:mysql\w*|mariadb\w*)\b[^\n|;&]*?[^\S\n]-p(?P<value>[^\s'\"-]\S*)",
    "shell_u": r"(?<![\w-])(?:curl|wget)\b[^\n|;&]*?[^\S\n](?:-u|--user)[^\S\n]+(?P<login>[^\s:]+):(?P<value>[^\s'\"]+)",
}
# the ends of a host's name a customer's login never has ("a.petrova" is a login)
_TLD = "ru|su|com|net|org|info|biz|pro|io|me|kz|by|ua|uz|de|eu|uk|us|online|site|shop|store|tech|dev|app|space|club" \
       "|xyz|gd|co|cc|tv|ws|ai|local|localhost|рф"
# before "x:y@host", words that are no login: a scheme, or a header's name before an e-mail address
_SCHEMES = ("mailto", "tel", "skype", "http", "https", "ftp", "sftp", "ssh", "file", "data", "email", "e-mail", "mail",
            "re", "fw", "fwd", "to", "from", "cc", "bcc", "contact", "contacts", "reply-to", "sender")


@cache
def _re(name: str) -> re.Pattern[str]:
    from deskcli.domain.intake.patterns import compile as compiled

    return compiled(_PATTERNS[name].replace("{tld}", _TLD))


def _core(word: str) -> str:
    """A word without the punctuation of the sentence around it."""
    word = word.rstrip(".,;")
    if word.endswith(")") and "(" not in word:
        word = word[:-1].rstrip(".,;")
    return word


def reads_as_secret(word: str, *, placed: bool = False) -> bool:
    """Whether ``word`` reads as a password: Latin letters with a digit or a sign, never an
    address, a host, a path, a version, an error code, a mask or dotted lowercase words.
    ``placed``: its place alone says it is one (a line below a login), so letters and signs
    only as a login has them ("tkani_iv_55"), or digits alone, count too."""
    if not 4 <= len(word) <= 64 or word.startswith("[") or "://" in word or "/" in word or "\\" in word:
        return False
    if _re("cyrillic").search(word):
        return placed and len(re.findall(r"\d", word)) >= 2 and len(word) >= 6
    if _re("email").match(word) or _re("host").match(word) or _re("version").match(word) \
            or _re("error_code").match(word) or _re("blank").match(word):
        return False
    if "." in word and not (_re("upper").search(word) and _re("lower").search(word)):
        return False  # a module, a file, a domain: "catalog.section2", "index.php"
    has_letter, has_digit = bool(_re("latin").search(word)), bool(_re("digit").search(word))
    if not has_letter:
        return placed and has_digit and word.isdigit() and len(word) >= 6
    return has_digit or bool(_re("sign").search(word)) and _re("upper").search(word) is not None


def _login(word: str) -> bool:
    return bool(_re("login").match(word)) and not _re("host").match(word) and not _re("access").match(word) \
        and not _re("english").match(word) and not _re("other_label").match(word)


def _pair_after(tokens: list[re.Match[str]], at: int, limit: int, *, placed: bool = False) -> tuple[int, int] | None:
    """The password of the first ``login [separator] password`` among ``tokens[at:at+limit]``,
    within the clause: "вход в админку admin, s3cure.Tmp"."""
    for index in range(at, min(at + limit, len(tokens))):
        word = tokens[index].group(0)
        core = _core(word)
        if _login(core) and index + 1 < len(tokens):
            after = index + 1
            if not word.endswith((",", ":")) and _re("separator").match(tokens[after].group(0)) and after + 1 < len(tokens):
                after += 1
            if _re("other_label").match(tokens[after].group(0)) and after + 1 < len(tokens):
                after += 1
                if _re("separator").match(tokens[after].group(0)) and after + 1 < len(tokens):
                    after += 1
            value = _core(tokens[after].group(0))
            if reads_as_secret(value, placed=placed and index == at):
                return tokens[after].start(), tokens[after].start() + len(value)
            if not _re("host").match(core):
                return None  # the first login decides: "логин admin, заказ 5521"
        if word[-1] in ".;?!" and not _re("host").match(core):
            return None
    return None


def line_spans(line: str) -> list[tuple[int, int]]:
    """The passwords in one line written beside their logins, with no password label."""
    spans: list[tuple[int, int]] = []
    if not _re("digit").search(line) and not _re("sign").search(line):
        return spans
    tokens = list(_re("token").finditer(line))
    for index, token in enumerate(tokens):
        word = token.group(0)
        core = _core(word)
        if _re("login_label").match(core) or _re("access").match(core):
            span = _pair_after(tokens, index + 1, 6, placed=bool(_re("login_label").match(core)))
        elif _re("host").match(core) and "@" not in core:
            span = _pair_after(tokens, index + 1, 2)
        elif core == "/" and 0 < index < len(tokens) - 1 and _slash_pair_starts(tokens, index - 1):
            value = _core(tokens[index + 1].group(0))
            # with no word of access near, a capital or a sign too: "utf8 / cp1251" is no pair
            span = (tokens[index + 1].start(), tokens[index + 1].start() + len(value)) if reads_as_secret(value) and (
                _beside_access(tokens, index) or _re("upper").search(value) or _re("strong_sign").search(value)) else None
        elif _re("other_label").match(core) and core.lower() not in ("код", "pass"):  # "Пас — Xk9#mQ2v"
            span = _word_after(tokens, index + 1, strict=True)
        elif _re("key_label").match(core) and not any(
                _re("public_key").search(t.group(0)) for t in tokens[max(0, index - 3):index + 1]):
            span = _word_after(tokens, index + 1, key=True)
        elif (slashed := _re("slashed").match(core)) and _beside_access(tokens, index):
            span = (token.start() + slashed.start("value"), token.start() + slashed.end("value")) \
                if reads_as_secret(slashed.group("value")) else None
        else:
            span = None
        if span and span not in spans:
            spans.append(span)
    if _re("log_in_as").search(line):
        for match in _re("log_in_as").finditer(line):
            at = next((i for i, t in enumerate(tokens) if t.start() >= match.end()), len(tokens))
            if (span := _pair_after(tokens, at, 1)) and span not in spans:
                spans.append(span)
    for match in _re("pin_label").finditer(line):
        pin = next((t for t in tokens[:8] if t.start() >= match.end() and _re("pin").match(_core(t.group(0)))), None)
        if pin is not None and not any(t.group(0)[-1] in ".;?!" for t in tokens if match.end() <= t.end() < pin.start()):
            spans.append((pin.start(), pin.start() + len(_core(pin.group(0)))))
    for name in ("user_at_host", "shell_u", "shell_p", "query_token"):
        for match in _re(name).finditer(line):
            if name == "user_at_host" and match.group("login").lower() in _SCHEMES or "[" in match.group("value"):
                continue
            value = match.group("value")
            if name == "user_at_host" and not (_re("digit").search(value) or _re("sign").search(value)):
                continue
            if match.span("value") not in spans:
                spans.append(match.span("value"))
    return spans


def _word_after(tokens: list[re.Match[str]], at: int, *, strict: bool = False, key: bool = False) -> tuple[int, int] | None:
    """The word after a label (past one separator, "—", ":", "="; or after the few words that
    say what it opens, "ключ доступа к API склада: x") when it reads as a secret or a key."""
    for index in range(at, min(at + 6, len(tokens))):
        word = tokens[index].group(0)
        value = _core(word)
        if key and _re("key").match(value) and not _re("grouped").match(value) \
                or not key and reads_as_secret(value) and (not strict or _re("digit").search(value)):
            return tokens[index].start(), tokens[index].start() + len(value)
        if not (_re("separator").match(word) or word in ("=", "-") or _re("cyrillic").search(word) and not key
                or key and (word.endswith(":") or _re("cyrillic").search(word) or word.lower() in ("key", "api"))):
            return None
    return None


def after_pair_label(line: str, at: int) -> tuple[int, int] | None:
    """The password after a label of both, written as a pair: after "/" or "|" standing alone
    ("креды: admin / qwerty"), or after the ":" or "/" inside one word ("admin:Qwe123"); with
    no pair, a word right after the label (or its sign) only when it reads as a secret.
    Never prose ("доступы к FTP выслал вчера"), an address, or a word after the clause ends."""
    sign = re.match(r"[^\n:=/]{0,40}?[:=](?=[^\S\n]|$)[^\S\n]*", line[at:])
    tokens = []
    for token in _re("token").finditer(line, at + (sign.end() if sign else 0)):
        tokens.append(token)
        if len(tokens) == 6 or token.group(0)[-1] in ",;.!?":
            break
    for index, token in enumerate(tokens):
        text = token.group(0).rstrip(".,;")
        if text in ("/", "|") and 0 < index < len(tokens) - 1 and (  # login / password; host / login / password
                index + 2 >= len(tokens) or tokens[index + 2].group(0) not in ("/", "|")):
            after = tokens[index + 1]
            value = after.group(0).rstrip(".,;")
            if value and "://" not in value and not value.startswith(_MARKED):
                return after.start(), after.start() + len(value)
            return None
        split = max(text.rfind(":"), text.rfind("/"))
        if "://" not in text and 0 < split < len(text) - 1 and not _re("email").match(text):  # login:password
            return token.start() + split + 1, token.start() + len(text)
    if tokens:
        first = tokens[1] if len(tokens) > 1 and reads_as_secret(_core(tokens[1].group(0))) else tokens[0]
        value = first.group(0).rstrip(".,;")
        if _re("secret_looking").match(value) and "://" not in value and not value.startswith(_MARKED):
            return first.start(), first.start() + len(value)
    return None


def _slash_pair_starts(tokens: list[re.Match[str]], login: int) -> bool:
    """Whether ``tokens[login]`` begins a ``login / password`` pair: a lowercase login at the
    start of the line or a clause (after ":", a dash, a host), or after a word of access."""
    core = _core(tokens[login].group(0))
    if not _login(core) or not core[0].islower() or tokens[login].group(0)[-1] in ",;":
        return False
    if login == 0:
        return True
    before = tokens[login - 1].group(0)
    return before.endswith(":") or before in ("—", "–", "-", ",") or before.endswith(",") \
        or bool(_re("host").match(_core(before))) or any(
            _re("access").match(_core(t.group(0))) or _re("login_label").match(_core(t.group(0)))
            for t in tokens[max(0, login - 3):login])


def _beside_access(tokens: list[re.Match[str]], index: int) -> bool:
    """Whether a host or a word of access stands in the few words around ``tokens[index]``."""
    near = tokens[max(0, index - 3):index + 4]
    return any(t is not tokens[index] and (_re("host").match(_core(t.group(0))) or _re("access").match(_core(t.group(0))))
               for t in near)


def _one_word(line: str) -> str | None:
    words = line.split()
    return _core(words[0]) if len(words) == 1 else None


def _gives_login(line: str, before: str | None) -> bool:
    """Whether ``line`` gives a login and nothing after it: "Логин: u1234", "Пользователь
    tmp", or a bare login below a host's line."""
    words = line.split()
    if 2 <= len(words) <= 3 and _re("login_label").match(words[0].rstrip(":—-")) and _login(_core(words[-1])):
        return True
    word = _one_word(line)
    if word is None or not _login(word) or not before or not before.split():
        return False
    return bool(_re("host").match(_core(before.split()[-1])))


def block_spans(lines: list[str], number: int) -> tuple[list[tuple[int, int]], list[int]]:
    """(the password alone on line ``number`` below a line that gives its login, and above it
    the host's: "ftp.shop.ru / admin / Qwerty123" written down three lines; the numbers of
    the lines above that say so, to be sealed with it)."""
    word = _one_word(lines[number])
    if word is None or number == 0 or not lines[number - 1].strip() or not reads_as_secret(word, placed=True):
        return [], []
    before = lines[number - 2] if number >= 2 and lines[number - 2].strip() else None
    if not _gives_login(lines[number - 1], before):
        return [], []
    start = lines[number].index(word)
    return [(start, start + len(word))], [number - 2, number - 1] if before is not None else [number - 1]
