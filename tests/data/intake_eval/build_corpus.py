"""Build corpus.jsonl, the independent intake evaluation corpus, from sources/ and lexicons/.

Run once and commit the output: the corpus is frozen, the rules are tuned against it and
must not be built from it. Deterministic (a fixed seed), so a rebuild is byte-identical
unless a source file changes.

    python tests/data/intake_eval/build_corpus.py
"""

from __future__ import annotations

import json
import random
import re
from pathlib import Path

HERE = Path(__file__).parent
SOURCES = HERE / "sources"
LEXICONS = HERE / "lexicons"
SEED = 20261201

rng = random.Random(SEED)
rows: list[dict] = []


def lines(path: Path) -> list[str]:
    return [
        line.rstrip()
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.strip() and not line.startswith("#")
    ]


def add(text: str, expected: list[str], kind: str, source: str, *, borderline: bool = False,
        clause: str | None = None, history: list[str] | None = None) -> None:
    row = {
        "id": f"{kind}-{sum(r['kind'] == kind for r in rows) + 1:04d}",
        "kind": kind,
        "text": text,
        "expected": expected,
        "clause": clause,
        "borderline": borderline,
        "lang": "en" if not re.search("[а-яё]", text, re.IGNORECASE) else "ru",
        "source": source,
    }
    if history is not None:
        row["history"] = history
    rows.append(row)


def marked(path: Path) -> list[tuple[str, bool]]:
    """Lines of a source file; a leading ~ marks a borderline case."""
    return [(line.lstrip("~"), line.startswith("~")) for line in lines(path)]


GREETINGS = ["Здравствуйте!", "Добрый день.", "Добрый вечер!", "Здравствуйте,", "Привет, поддержка!"]
SIGN_OFFS = ["Спасибо.", "С уважением, Анна.", "Заранее спасибо!", "С уважением, Игорь Петров, +7 916 000-00-00",
             "Жду ответа.", "Сайт example.ru, редакция «Бизнес»."]
EN_GREETINGS = ["Hello,", "Hi team,", "Good afternoon."]
EN_SIGN_OFFS = ["Thanks.", "Best regards, John", "Kind regards, Maria."]


def dressed(text: str) -> str:
    """A greeting and a sign-off around some messages, as real tickets come."""
    english = not re.search("[а-яё]", text, re.IGNORECASE)
    greet, sign = (EN_GREETINGS, EN_SIGN_OFFS) if english else (GREETINGS, SIGN_OFFS)
    roll = rng.random()
    if roll < 0.25:
        return f"{rng.choice(greet)} {text}"
    if roll < 0.4:
        return f"{rng.choice(greet)} {text}\n{rng.choice(sign)}"
    if roll < 0.5:
        return f"{text}\n{rng.choice(sign)}"
    return text


# --------------------------------------------------------------------------- clean messages

ordinary = [(t, b, "handwritten ticket style, product documentation vocabulary (ru)")
            for t, b in marked(SOURCES / "ordinary_ru.txt")]
ordinary += [(t, b, "handwritten ticket style, product documentation vocabulary (en)")
             for t, b in marked(SOURCES / "ordinary_en.txt")]
for text, borderline, source in ordinary:
    add(dressed(text), [], "ordinary", source, borderline=borderline)
for text, borderline in marked(SOURCES / "innocent_lookalikes.txt"):
    add(text, [], "lookalike", "handwritten: innocent look-alikes of obscene roots", borderline=borderline)
for text, _ in marked(SOURCES / "innocent_context.txt"):
    add(text, [], "insult_not_aimed", "handwritten: reported, quoted, self-directed, thing-directed",
        borderline=True)
for text, _ in marked(SOURCES / "borderline_mild.txt"):
    add(text, [], "mild", "handwritten: mild exclamations listed by lexicons, no mat", borderline=True)

# --------------------------------------------------------------------------- obscene

ru_templates = lines(SOURCES / "obscene_templates_ru.txt")
en_templates = lines(SOURCES / "obscene_templates_en.txt")
ru_obscene = lines(LEXICONS / "ru_obscene.txt")
LEXICON_RU = "lexicon: badwords-py 3.0.0 ru.txt + glin-profanity 4.1.0 russian.json (MIT)"


def capitalised(template: str, word: str) -> str:
    text = template.replace("{W}", word).replace("{E}", word).replace("{I}", word)
    return text[0].upper() + text[1:] if template.startswith("{") else text


for word in rng.sample(ru_obscene, 240):
    add(capitalised(rng.choice(ru_templates), word), ["obscene"], "obscene", LEXICON_RU)

COMMON = [w for w in ru_obscene if len(w) <= 9 and re.search("ху[йея]|пизд|[её]б[ааул]|бля[дт]|сук|муд|говн", w)]
LATIN_LOOK = str.maketrans("аеорсухк", "aeopcyxk")


def disguise(word: str, how: str) -> str:
    if how == "stretch":
        vowel = next((i for i, c in enumerate(word) if c in "аеёиоуыэюя"), 0)
        return word[: vowel + 1] + word[vowel] * rng.randint(2, 5) + word[vowel + 1 :]
    if how == "latin":
        return "".join(c.translate(LATIN_LOOK) if rng.random() < 0.5 else c for c in word)
    if how == "z_for_z":
        return word.replace("з", rng.choice(["z", "3"]))
    if how == "mask":
        inner = [i for i, c in enumerate(word[1:-1], 1) if c in "аеёиоуыэюяй"] or [1]
        i = rng.choice(inner)
        return word[:i] + "*" + word[i + 1 :]
    if how == "spaced":
        return " ".join(word)
    if how == "dotted":
        return ".".join(word)
    if how == "caps":
        return word.upper()
    if how == "digit":
        return word.replace("б", "6").replace("з", "3").replace("о", "0")
    raise ValueError(how)


HOWS = ["stretch", "latin", "z_for_z", "mask", "spaced", "dotted", "caps", "digit"]
for how in HOWS:
    pool = [w for w in COMMON if how != "z_for_z" or "з" in w]
    pool = [w for w in pool if how != "digit" or re.search("[бзо]", w)]
    for word in rng.sample(pool, 10):
        add(capitalised(rng.choice(ru_templates), disguise(word, how)), ["obscene"], "obscene_disguised",
            f"{LEXICON_RU}; disguise: {how}")
for word in lines(LEXICONS / "ru_translit.txt"):
    add(capitalised(rng.choice(ru_templates), word.replace("'", "").replace("`", "")), ["obscene"],
        "obscene_translit", "lexicon: glin-profanity 4.1.0 russian.json, Latin entries (MIT)")
for word in lines(LEXICONS / "en_profanity.txt"):
    add(capitalised(rng.choice(en_templates), word), ["obscene"], "obscene_en",
        "lexicon: better-profanity 0.7.0 / badwords-py 3.0.0 en (MIT)")

insult_words = lines(SOURCES / "insult_words.txt")
insult_templates = lines(SOURCES / "insult_templates_ru.txt")
for word in insult_words + rng.sample(insult_words, 40) + rng.sample(insult_words, 30):
    add(capitalised(rng.choice(insult_templates), word), ["obscene"], "insult",
        "handwritten templates; words: badwords-py/glin-profanity ru + everyday abuse")
for text in lines(SOURCES / "insult_en.txt"):
    add(text, ["obscene"], "insult_en", "handwritten: abuse aimed at staff (en)")

# --------------------------------------------------------------------------- no question

for text, _ in marked(SOURCES / "no_question.txt"):
    add(text, ["no_question"], "no_question", "handwritten: greetings, thanks, announced questions, data only")
for _ in range(15):
    data = (f"Сайт: {rng.choice(['shop', 'www', 'new', 'market'])}.example.ru, "
            f"редакция «{rng.choice(['Мой сайт', 'Малый бизнес', 'Бизнес', 'Корпорация'])}», "
            f"версия {rng.choice(['6.9.', '7.0.', '7.1.'])}{rng.randint(0, 9)}, PHP {rng.choice(['7.4', '8.1', '8.2'])}.")
    add(dressed(data) if rng.random() < 0.5 else data, ["no_question"], "no_question_data",
        "generated: data-only messages")
for text, _ in marked(SOURCES / "no_question_borderline.txt"):
    add(text, [], "short_question", "handwritten: short but answerable", borderline=True)

# --------------------------------------------------------------------------- scope

for clause in ("2.10.1", "2.10.2", "2.10.3", "2.10.4", "2.10.5", "2.10.6", "2.10.7"):
    for text, borderline in marked(SOURCES / f"scope_{clause}.txt"):
        add(dressed(text), ["out_of_scope"], "out_of_scope", "handwritten: polite, direct and indirect requests",
            clause=clause, borderline=borderline)
for text, _ in marked(SOURCES / "scope_inscope.txt"):
    add(text, [], "in_scope", "handwritten: in scope although it mentions hosting, updates, layouts",
        borderline=True)

# --------------------------------------------------------------------------- off topic

digressions = lines(SOURCES / "digressions.txt")
questions = [t for t, b, _ in ordinary if not b]
for index in range(150):
    english = index % 15 == 14
    pool = [d for d in digressions if bool(re.search("[а-яё]", d, re.IGNORECASE)) != english]
    qpool = [q for q in questions if bool(re.search("[а-яё]", q, re.IGNORECASE)) != english]
    aside = " ".join(rng.sample(pool, rng.choice([1, 1, 2, 2, 3])))
    question = rng.choice(qpool)
    text = f"{aside} {question}" if rng.random() < 0.5 else f"{question} {aside}"
    add(dressed(text), ["off_topic"], "off_topic", "handwritten digressions around handwritten questions")
contexts = lines(SOURCES / "context_not_digression.txt")
for _ in range(40):
    context = rng.choice(contexts)
    english = not re.search("[а-яё]", context, re.IGNORECASE)
    qpool = [q for q in questions if bool(re.search("[а-яё]", q, re.IGNORECASE)) != english]
    add(f"{context} {rng.choice(qpool)}", [], "relevant_context",
        "handwritten context about the site around handwritten questions", borderline=True)

# --------------------------------------------------------------------------- repeats

blocks = [b for b in (SOURCES / "repeats.txt").read_text(encoding="utf-8").split("\n\n") if "\nQ " in f"\n{b}"]
parsed = []
for block in blocks:
    entries = [line for line in block.splitlines() if line[:2] in ("Q ", "= ", "! ")]
    parsed.append((next(e[2:] for e in entries if e.startswith("Q ")),
                   [e[2:] for e in entries if e.startswith("= ")],
                   [e[2:] for e in entries if e.startswith("! ")]))
for index, (asked, again, different) in enumerate(parsed):
    others = [p[0] for j, p in enumerate(parsed) if j != index]
    for text in again:
        history = rng.sample(others, 2) + [asked]
        rng.shuffle(history)
        add(dressed(text), ["already_answered"], "repeat", "handwritten paraphrase pairs", history=history)
    for text in different:
        history = rng.sample(others, 2) + [asked]
        rng.shuffle(history)
        add(dressed(text), [], "not_repeat", "handwritten pairs differing in the key entity or action",
            history=history)

with (HERE / "corpus.jsonl").open("w", encoding="utf-8") as out:
    for row in rows:
        out.write(json.dumps(row, ensure_ascii=False) + "\n")
print(f"{len(rows)} messages written to {HERE / 'corpus.jsonl'}")
