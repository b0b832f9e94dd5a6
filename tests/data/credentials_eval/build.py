"""Build ``corpus.jsonl``, the blind evaluation corpus for hiding the passwords customers write.

Run: ``python tests/data/credentials_eval/build.py`` (``--check`` only compares with the file on
disk and exits 1 when they differ). The output is deterministic: two runs write the same bytes.

Sources are the plain files in ``sources/`` (read in name order). Source format:

- ``%%`` on a line of its own ends a message block.
- ``@@kind NAME`` / ``@@lang ru|en`` (outside a block) set the kind and language for the blocks
  that follow in that file.
- A block may start with header lines: ``@kind NAME``, ``@lang en``, ``@b NOTE`` (borderline,
  with the reason), ``@note NOTE`` (a remark, not borderline), ``@x N`` (a template: the block is
  instantiated N times, N <= 5, with slots filled from seeded pools).
- In the text, ``[[...]]`` marks a secret: the brackets are removed and the inside is recorded in
  ``secrets``. Every occurrence of a secret in the final text must be marked (the build refuses a
  secret that also occurs unmarked, e.g. inside a login or an order number).
- Templates only: ``${slot}`` is filled from the pools below (``${pw}``, ``${pw2}``, ``${rupw}``,
  ``${pwsp}``, ``${tok}``, ``${pin}``, ``${code}`` are secrets and are marked automatically;
  the others are not), and ``{{a|b|c}}`` picks one alternative.

Split: within each kind, ids are ordered by a seeded hash (seed ``SPLIT_SEED``) and dealt to
``dev`` and ``test`` alternately, so each kind is half and half.
"""

from __future__ import annotations

import hashlib
import json
import random
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
SOURCES = HERE / "sources"
OUT = HERE / "corpus.jsonl"
SEED = 2012
SPLIT_SEED = 1212
MAX_INSTANCES = 5

SECRET_SLOTS = {"pw", "pw2", "pw3", "rupw", "pwsp", "tok", "pin", "code"}

PW_FIXED = [
    "Qwerty123", "Zx9!kLm2", "t7#Rw2pQ", "Temp2024!", "support_2024", "Podderzhka#15", "k3Xq9Wz1",
    "Bitrix!2024", "LetMeIn_77", "8hG$2mPq", "ZaqXsw123", "Qaz12wsx", "tmp-Access-91", "u2N8#rTa",
    "Sh0p_admin!", "vesna2024", "Mosk_1981", "P@ssw0rd2024", "Nk4-p8Wd", "Leto_2025", "9fJ2xLq7",
    "rG5^yT1w", "Help_desk_1", "Dostup!777", "sup3rT3mp", "Vremenniy2024", "w8RtY3zq", "7uH@n2Lx",
    "Kot_Vasya_12", "Marina1985", "QWErty!!09", "1q2w3e4r5t", "Parol_Na_Nedelyu", "xT6%bN2m",
    "Fr0st-Oct", "Ab12Cd34", "pa$$W0rd7", "Tilda_tmp88", "OC-support-2", "Wp!9temp", "h4Pp1ness",
    "Zimnyaya_2024", "Gfhjkm123", "J8k2m9Q1", "s3cure.Tmp", "Ydf7!Kp0", "Ivanov_77", "rubl2023",
]
RU_WORDS = ["ромашка", "КотМурзик", "солнышко2", "лесная-тропа", "Пельмени!", "береза77", "жёлтыйзонт",
            "Москва2024", "тюльпан_8", "самовар", "снегирь13", "ПоддержкаСайта"]
PHRASES = ["красная лампа 42", "my tiny pony 7", "зелёный чай без сахара", "Open Sesame 2024", "три белых коня",
           "correct horse battery", "синий кит 17", "летний дождь в мае"]
LOGINS = ["admin", "support", "tmpsupport", "podderzhka", "bitrix_help", "user_tmp", "helpdesk", "ftp_support",
          "root", "webmaster", "manager2", "test_support", "vremenniy", "u1234567", "shopadmin", "ivanov",
          "support-temp", "sitehelp", "tehpod", "a.petrova"]
SITES = ["shop-mebel.ru", "kraski-opt.ru", "detsad-solnyshko.ru", "avtozapchasti-nsk.ru", "cvetydoma.ru",
         "stroymarket42.ru", "teplo-dom.su", "rybalka-spb.ru", "parfum-lux.ru", "kofe-zerno.ru",
         "optika-vzglyad.ru", "santeh-market.ru", "zoomir-kzn.ru", "tkani-ivanovo.ru", "med-klinika.com",
         "velo-tula.ru", "knigi-tut.ru", "chai-vostok.ru", "mebel-na-zakaz.rf.gd", "uchebnik.pro"]
IPS = ["185.12.94.17", "91.201.52.33", "213.108.4.210", "77.222.61.9", "194.58.112.174", "46.173.219.5",
       "95.163.241.12", "31.31.196.48", "89.108.76.3", "5.101.153.90"]
NAMES = ["Ирина Смирнова", "Алексей Кузнецов", "Ольга Петрова", "Дмитрий Волков", "Наталья Соколова",
         "Сергей Морозов", "Елена Новикова", "Павел Лебедев", "Татьяна Козлова", "Андрей Орлов"]
NAMES_EN = ["John Carter", "Maria Lopez", "Peter Novak", "Anna Berg", "Tom Wilson", "Sara Kim"]
VERSIONS = ["23.5.100", "22.600.200", "24.0.300", "21.900.0", "23.850.400", "20.5.393", "24.100.150"]
PHP = ["7.4.33", "8.0.30", "8.1.2", "8.1.27", "8.2.13", "8.3.4"]
ORDERS = ["40518", "10732", "88219", "7733-22", "2024/1187", "А-5521", "00917", "31-0456"]
PHONES = ["+7 (912) 345-67-89", "8 800 555-35-35", "+7 495 123-45-67", "8-913-222-10-04", "+7(383)209-11-45"]
LICENSES = ["SM-4471-2209-8831", "DS-1029-3384-5520", "BX-8802-1171-0093", "SM-3390-7716-2028"]
DBS = ["shop_db", "bitrix_main", "wp_site", "oc_store", "u123456_db", "sitemanager", "cms_prod"]
PORTS = ["21", "22", "2222", "3306", "22022", "21021"]
TOKEN_ALPHA = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
PW_ALPHA = TOKEN_ALPHA + "!#%_-.@"


def _pool(rng: random.Random, slot: str) -> str:
    if slot in ("pw", "pw2", "pw3"):
        if rng.random() < 0.55:
            return rng.choice(PW_FIXED)
        n = rng.randint(8, 14)
        s = "".join(rng.choice(PW_ALPHA) for _ in range(n))
        return rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ") + s[1:-1] + rng.choice("23456789")
    if slot == "rupw":
        return rng.choice(RU_WORDS)
    if slot == "pwsp":
        return rng.choice(PHRASES)
    if slot == "tok":
        prefix = rng.choice(["", "sk_", "tk-", "ghp_", "api_", ""])
        return prefix + "".join(rng.choice(TOKEN_ALPHA) for _ in range(rng.choice([24, 32, 40])))
    if slot == "pin":
        return "".join(rng.choice("0123456789") for _ in range(rng.choice([4, 4, 5, 6])))
    if slot == "code":
        return "".join(rng.choice("0123456789") for _ in range(6))
    simple = {
        "user": LOGINS, "user2": LOGINS, "site": SITES, "site2": SITES, "ip": IPS, "name": NAMES,
        "name_en": NAMES_EN, "ver": VERSIONS, "php": PHP, "order": ORDERS, "phone": PHONES,
        "lic": LICENSES, "db": DBS, "port": PORTS,
    }
    if slot in simple:
        return rng.choice(simple[slot])
    if slot == "host":
        return rng.choice(["ftp.", "", "srv.", "www.", "ftp."]) + rng.choice(SITES) if rng.random() < 0.6 else rng.choice(IPS)
    if slot == "hex":
        return "".join(rng.choice("0123456789abcdef") for _ in range(rng.choice([12, 32])))
    if slot == "num":
        return str(rng.randint(2, 99))
    raise ValueError(f"unknown slot {slot}")


ALT = re.compile(r"\{\{((?:[^{}]|\$\{\w+\})*?)\}\}", re.S)
SLOT = re.compile(r"\$\{(\w+)\}")
MARK = re.compile(r"\[\[(.+?)\]\]", re.S)


def _instantiate(text: str, rng: random.Random) -> str:
    text = ALT.sub(lambda m: rng.choice(m.group(1).split("|")), text)
    filled: dict[str, str] = {}

    def fill(m: re.Match[str]) -> str:
        slot = m.group(1)
        if slot not in filled:
            value = _pool(rng, slot)
            # two slots of one message never share a value (a login equal to a password would be ambiguous)
            tries = 0
            while any(value in v or v in value for v in filled.values()) and tries < 50:
                value = _pool(rng, slot)
                tries += 1
            filled[slot] = value
        value = filled[slot]
        return f"[[{value}]]" if slot.rstrip("0123456789") in SECRET_SLOTS or slot in SECRET_SLOTS else value

    return SLOT.sub(fill, text)


def _extract(raw: str, where: str) -> tuple[str, list[str]]:
    secrets: list[str] = []
    spans: list[tuple[int, int]] = []
    out: list[str] = []
    pos = 0
    length = 0
    for m in MARK.finditer(raw):
        chunk = raw[pos:m.start()]
        out.append(chunk)
        length += len(chunk)
        secret = m.group(1)
        spans.append((length, length + len(secret)))
        out.append(secret)
        length += len(secret)
        if secret not in secrets:
            secrets.append(secret)
        pos = m.end()
    out.append(raw[pos:])
    text = "".join(out)
    if "[[" in text or "]]" in text or "${" in text:
        raise ValueError(f"{where}: unbalanced marker or unfilled slot in {text!r}")
    for secret in secrets:
        if secret != secret.strip() or not secret:
            raise ValueError(f"{where}: secret with outer spaces {secret!r}")
        start = 0
        while (i := text.find(secret, start)) != -1:
            if not any(a <= i and i + len(secret) <= b for a, b in spans):
                raise ValueError(f"{where}: secret {secret!r} also occurs unmarked")
            start = i + 1
    return text, secrets


def _blocks(path: Path) -> list[dict[str, object]]:
    kind, lang = "", "ru"
    blocks: list[dict[str, object]] = []
    current: list[str] = []

    def flush(lines: list[str]) -> None:
        while lines and not lines[0].strip():
            lines.pop(0)
        while lines and not lines[-1].strip():
            lines.pop()
        if not lines:
            return
        head: dict[str, object] = {"kind": kind, "lang": lang, "b": None, "note": None, "x": 0}
        while lines and lines[0].startswith("@") and not lines[0].startswith("@@"):
            key, _, value = lines.pop(0)[1:].partition(" ")
            if key == "x":
                head["x"] = int(value)
            elif key in ("kind", "lang", "b", "note"):
                head[key] = value.strip()
            else:
                raise ValueError(f"{path.name}: unknown header @{key}")
        head["text"] = "\n".join(line.rstrip() for line in lines).strip()
        head["where"] = f"{path.name}#{len(blocks) + 1}"
        blocks.append(head)

    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("@@") and not current:
            key, _, value = line[2:].partition(" ")
            if key == "kind":
                kind = value.strip()
            elif key == "lang":
                lang = value.strip()
            else:
                raise ValueError(f"{path.name}: unknown file header {line!r}")
        elif line.strip() == "%%":
            flush(current)
            current = []
        elif line.startswith("#") and not current:
            continue
        else:
            current.append(line)
    flush(current)
    return blocks


def build() -> list[dict[str, object]]:
    rows: list[dict[str, object]] = []
    seen_texts: set[str] = set()
    for path in sorted(SOURCES.glob("*.txt")):
        for block in _blocks(path):
            where = str(block["where"])
            if not block["kind"] or block["lang"] not in ("ru", "en"):
                raise ValueError(f"{where}: kind or lang missing")
            x = int(str(block["x"]))
            raw = str(block["text"])
            if x > MAX_INSTANCES:
                raise ValueError(f"{where}: more than {MAX_INSTANCES} instances")
            if x:
                rng = random.Random(f"{SEED}:{where}")
                made = 0
                attempts = 0
                while made < x:
                    attempts += 1
                    if attempts > 200:
                        raise ValueError(f"{where}: cannot make {x} distinct instances")
                    try:
                        text, secrets = _extract(_instantiate(raw, rng), where)
                    except ValueError:
                        continue
                    if text in seen_texts:
                        continue
                    seen_texts.add(text)
                    rows.append(_row(block, text, secrets, template=True))
                    made += 1
            else:
                if SLOT.search(raw) or ALT.search(raw):
                    raise ValueError(f"{where}: slot in a hand-written block (missing @x?)")
                text, secrets = _extract(raw, where)
                if text in seen_texts:
                    raise ValueError(f"{where}: duplicate text")
                seen_texts.add(text)
                rows.append(_row(block, text, secrets, template=False))
    for n, row in enumerate(rows, 1):
        row["id"] = f"c{n:04d}"
    by_kind: dict[str, list[dict[str, object]]] = {}
    for row in rows:
        by_kind.setdefault(str(row["kind"]), []).append(row)
    for kind, members in by_kind.items():
        ordered = sorted(members, key=lambda r: hashlib.sha256(f"{SPLIT_SEED}:{kind}:{r['id']}".encode()).hexdigest())
        for i, row in enumerate(ordered):
            row["split"] = "dev" if i % 2 == 0 else "test"
    fields = ["id", "lang", "kind", "split", "borderline", "note", "secrets", "text", "source"]
    return [{k: row[k] for k in fields if k in row} for row in rows]


def _row(block: dict[str, object], text: str, secrets: list[str], template: bool) -> dict[str, object]:
    row: dict[str, object] = {
        "lang": block["lang"],
        "kind": block["kind"],
        "borderline": block["b"] is not None,
        "secrets": secrets,
        "text": text,
        "source": ("template " if template else "hand ") + str(block["where"]),
    }
    note = block["b"] or block["note"]
    if note:
        row["note"] = note
    return row


def render(rows: list[dict[str, object]]) -> bytes:
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows).encode("utf-8")


def main(argv: list[str]) -> int:
    data = render(build())
    if "--check" in argv:
        same = OUT.exists() and OUT.read_bytes() == data
        print("corpus.jsonl is up to date" if same else "corpus.jsonl differs from the sources")
        return 0 if same else 1
    OUT.write_bytes(data)
    lines = data.count(b"\n")
    print(f"wrote {OUT.name}: {lines} messages")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
