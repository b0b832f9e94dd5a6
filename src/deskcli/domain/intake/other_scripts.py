"""Russian typed in the letters of another script (SPEC 2.8.3): Greek, Georgian, Armenian,
Hebrew, Arabic, Katakana, Hangul, Devanagari, Sinhala, Thai, Braille, Glagolitic, Gothic or runes, by a writer whose
keyboard has no Cyrillic, or to get a word past a filter (ხუინია, מודאקי, ナフイ, ⱂⰻⰸⰴⰵⱌ).
Each word of those scripts is read aloud into Cyrillic, pairs of letters first, and what is
read goes through the ordinary obscene check.

A word is read so when the message is Russian: its other words are Cyrillic or Russian typed
in Latin letters, or the script's own words read as words of the Russian dictionary (σαϊτ:
сайт). A language written in its own script reads as no Russian word, and stays what it is.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Iterator, Sequence
from functools import cache

from deskcli.domain.intake import morphology, patterns
from deskcli.domain.intake.normalising import CYRILLIC


def _letters(written: str, said: str) -> dict[str, str]:
    return dict(zip(written, said, strict=True))


def _syllables(table: str) -> dict[str, str]:
    """"ア а イ и ..." as a mapping: a syllabary's signs and their sounds."""
    pairs = table.split()
    return dict(zip(pairs[::2], pairs[1::2], strict=True))


# A Devanagari consonant carries an а unless a vowel sign or the virama follows it; a word's
# last consonant loses its а, as Russian written in Devanagari has it (पिज़्देत्स). Three
# control characters mark them while a word is read (_SPOKEN_A settles them).
_INHERENT, _VOWEL_SIGN, _VIRAMA = "\x01", "\x02", "\x03"
_DEVANAGARI = dict(zip("कखगघङचछजझञटठडढणतथदधनपफबभमयरलवशषसह",
                       "к к г г н ч ч дж ж н т т д д н т т д д н п п б б м й р л в ш ш с х".split(), strict=True))
# Hangul's initial consonants, vowels and final consonants as NFD gives them; _ is silent
_HANGUL = {
    **dict(zip(map(chr, range(0x1100, 0x1113)), "г к н д т л м б п с с _ з ч ч к т п х".split(), strict=True)),
    **dict(zip(map(chr, range(0x1161, 0x1176)), "а э я е о е ё е о ва вэ ве ё у во ве ви ю _ ый и".split(), strict=True)),
    **dict(zip(map(chr, range(0x11A8, 0x11C3)), "к к к н н н т л к м л л л п л м п п т т н т т к т п т".split(), strict=True)),
}
_HANGUL = {c: said.replace("_", "") for c, said in _HANGUL.items()}
# Each script: its letters' range, pairs read first, then letters (or syllables) as they sound.
_SCRIPTS: tuple[tuple[str, tuple[tuple[str, str], ...], dict[str, str]], ...] = (
    ("\u0370-\u03ff\u1f00-\u1fff",
     (("ου", "у"), ("μπ", "б"), ("ντ", "д"), ("γκ", "г"), ("τσ", "ц"), ("τς", "ц"), ("τζ", "дж")),
     _letters("αβγδεζηθικλμνξοπρσςτυφχψω", "авгдезитиклмнкопрсстыфхпо")),
    ("\u10d0-\u10ff",
     (("ძ", "дз"), ("ჯ", "дж")),
     _letters("აბგდევზთიკლმნოპჟრსტუფქღყშჩცწჭხჰ", "абгдевзтиклмнопжрстуфкгкшчццчхх")),
    ("\u0530-\u058f",
     (("ու", "у"), ("ձ", "дз"), ("ջ", "дж"), ("և", "ев")),
     _letters("աբգդեզէըթժիլխծկհղճմյնշոչպռսվտրցփքօֆ", "абгдезэытжилхцкхгчмйншочпрсвтрцпкоф")),
    ("\u0590-\u05ff",
     (),
     _letters("אבגדהוזחטיכךלמםנןסעפףצץקרשת", "абгдхузхтикхлммннсапфццкршт")),
    # Arabic with its short vowels (fatha а, damma у, kasra и), which NFD keeps apart
    ("\u0600-\u06ff",
     (),
     dict(zip("اأإآبتثجحخدذرزسشصضطظغفقكلمنهويىة\u064e\u064f\u0650",
              "а а а а б т с ж х х д з р з с ш с д т з г ф к к л м н х у и а а а у и".split(), strict=True))),
    # Katakana: a syllable a sign, a small ya, yu, yo or vowel joining the sign before it
    ("\u30a0-\u30ff",
     tuple(_syllables("シャ ша シュ шу ショ шо チャ ча チュ чу チョ чо ジャ жа ジュ жу ジョ жо ニャ ня ニュ ню ニョ нё "
                      "キャ кя キュ кю キョ кё ヴァ ва ヴィ ви ヴェ ве ヴォ во ファ фа フィ фи フェ фе フォ фо "
                      "ティ ти ディ ди トゥ ту ドゥ ду イェ е").items()),
     _syllables("ア а イ и ウ у エ э オ о カ ка キ ки ク ку ケ кэ コ ко サ са シ си ス су セ сэ ソ со タ та チ чи "
                "ツ цу テ тэ ト то ナ на ニ ни ヌ ну ネ нэ ノ но ハ ха ヒ хи フ ху ヘ хэ ホ хо マ ма ミ ми ム му "
                "メ мэ モ мо ヤ я ユ ю ヨ ё ラ ра リ ри ル ру レ рэ ロ ро ワ ва ン н ガ га ギ ги グ гу ゲ гэ ゴ го "
                "ザ за ジ дзи ズ зу ゼ зэ ゾ зо ダ да デ дэ ド до バ ба ビ би ブ бу ベ бэ ボ бо パ па ピ пи プ пу "
                "ペ пэ ポ по ヴ ву ァ а ィ и ゥ у ェ э ォ о ャ я ュ ю ョ ё")),
    # Hangul, taken apart into its letters (initial, vowel, final) by NFD; ㅇ opening a
    # syllable and ㅡ, the vowel Korean puts between two consonants of a foreign word, are silent
    ("\uac00-\ud7a3\u1100-\u11ff", (), _HANGUL),
    # Russian Braille: a cell a letter (⠏⠊⠵⠙⠑⠉), the cells as the Russian standard assigns them
    ("\u2800-\u28ff",
     (),
     _letters("⠁⠃⠺⠛⠙⠑⠡⠚⠵⠊⠯⠅⠇⠍⠝⠕⠏⠗⠎⠞⠥⠋⠓⠉⠟⠱⠭⠷⠮⠾⠪⠳⠫", "абвгдеёжзийклмнопрстуфхцчшщъыьэюя")),
    # Glagolitic, the Slavonic alphabet before Cyrillic: a letter each, by its name (azu а, buky
    # б, ..., djervi г, yati е, the yuses я and у, fita ф, izhitsa и, shtapic ъ)
    ("\u2c00-\u2c5f",
     (),
     dict(zip(map(chr, range(0x2C30, 0x2C60)),
              "а б в г д е ж з з и и и г к л м н о п р с т у ф х о п щ ц ч ш ы ь е х ю я я ё я у ю ф и ъ а м ч".split(),
              strict=True))),
    # Runes, read as the Latin letters they came with (ᛈᛁᛉᛞᛖᛏᛋ): Elder and Younger Futhark alike
    ("\u16a0-\u16f8",
     (("ᛜ", "нг"),),
     _letters("ᚠᚢᚦᚨᚬᚱᚲᚴᚷᚹᚺᚼᚾᛁᛃᛇᛈᛉᛊᛋᛏᛒᛖᛗᛘᛚᛞᛟ", "футаорккгвххнийипзсстбеммлдо")),
    # Gothic, its letters as Wulfila's Latin reads them (𐍇𐌿𐌹𐌽𐌾𐌰)
    ("\U00010330-\U0001034a",
     (),
     {c: said.replace("_", "") for c, said in zip(map(chr, range(0x10330, 0x1034B)),
                                                  "а б г д е кв з х т и к л м н й у п _ р с т в ф х хв о _".split(), strict=True)}),
    # Thai: consonants as they sound, vowel signs after them, tone marks silent; a vowel written
    # before its consonant (เ, โ, ไ) is read after it (_THAI_LEADING)
    ("\u0e01-\u0e4e",
     (("ง", "нг"), ("ใ", "ай"), ("ไ", "ай"), ("ำ", "ам")),
     {**dict(zip("กขคฆจฉชซฌญฎฏฐฑฒณดตถทธนบปผฝพฟภมยรลวศษสหฬอฮ", "ккккчччсчйдттттндттттнбппфпфпмйрлвсссхлох", strict=True)),
      **dict(zip("ะัาิีึืุูเแโ", "аааииыыууээо", strict=True)), **dict.fromkeys("่้๊๋์็", "")}),
    # Sinhala, an abugida as Devanagari: a consonant carries an а unless a vowel sign or the
    # al-lakuna follows it (මුඩාකි); o and au come apart under NFD and are read whole
    ("\u0d80-\u0dff",
     (("\u0dd9\u0dcf", f"{_VOWEL_SIGN}о"), ("\u0dd9\u0ddf", f"{_VOWEL_SIGN}ау"), ("\u0dd9\u0dca", f"{_VOWEL_SIGN}е")),
     {**{c: f"{r}{_INHERENT}" for c, r in zip("කඛගඝඞචඡජඣටඨඩඪණතථදධනපඵබභමයරලවශෂසහළෆ",
                                             "к к г г н ч ч дж дж т т д д н т т д д н п п б б м й р л в ш ш с х л ф".split(),
                                             strict=True)},
      **{c: f"{_VOWEL_SIGN}{r}" for c, r in zip("ාැෑිීුූෘෙේෛ", "а э э и и у у р е е ай".split(), strict=True)},
      **dict(zip("අආඇඈඉඊඋඌඑඒඔඕ", "ааээииууееоо", strict=True)), "\u0dca": _VIRAMA, "ං": "н"}),
    ("\u0900-\u097f",
     (("ज़", "з"), ("फ़", "ф"), ("ख़", "х")),
     {**{c: f"{r}{_INHERENT}" for c, r in _DEVANAGARI.items()},
      **{c: f"{_VOWEL_SIGN}{r}" for c, r in _letters("ािीुूेैोौ", "аииууеэоо").items()},
      **_letters("अआइईउऊएऐओऔ", "ааииууеэоо"), "्": _VIRAMA, "ं": "н"}),
)
_OTHER_WORD = patterns.compile("[" + "".join(letters for letters, _, _ in _SCRIPTS) + "]{2,}")
_SPOKEN_A = patterns.compile(f"{_INHERENT}(?:[{_VOWEL_SIGN}{_VIRAMA}]|$)|[{_VOWEL_SIGN}{_VIRAMA}]")
# Read words the Russian dictionary knows that make a message Russian typed in another script
_RUSSIAN_WORDS = 2


@cache
def _tables() -> tuple[tuple[tuple[tuple[str, str], ...], dict[int, str]], ...]:
    return tuple((pairs, str.maketrans(letters)) for _, pairs, letters in _SCRIPTS)


_VOICED_KANA = patterns.compile("[\u30a0-\u30ff][\u3099\u309a]")


def _apart(text: str) -> str:
    """Marks apart (Greek accents, Hangul's letters), but a voiced kana whole (ド, not ト and its mark)."""
    return _VOICED_KANA.sub(lambda m: unicodedata.normalize("NFC", m.group()), unicodedata.normalize("NFD", text))


_THAI_LEADING = patterns.compile("([เแโใไ])([\u0e01-\u0e2e])")


def aloud(word: str) -> str:
    """A word of another script read as Russian (σαϊτ: сайт; ナフイ, 피즈도볼리, मुदाक)."""
    plain = _THAI_LEADING.sub(r"\2\1", _apart(word.lower()))
    for pairs, letters in _tables():
        for pair, said in pairs:
            plain = plain.replace(_apart(pair), said)
        plain = plain.translate(letters)
    plain = _SPOKEN_A.sub("", plain).replace(_INHERENT, "а")
    return "".join(c for c in plain if not unicodedata.combining(c))


def other_script_mat(cleaned: str, is_obscene: Callable[[str], bool], russian: bool = False) -> Iterator[tuple[int, str]]:
    """(position, word as written) of each word of another script that is mat read aloud, in a
    message that is Russian (``russian``: typed in Latin letters; or with Cyrillic words) or
    whose words of that script read as Russian ones."""
    found = [(match, aloud(match.group())) for match in _OTHER_WORD.finditer(cleaned)]
    if not found:
        return
    russian = russian or len(CYRILLIC.findall(cleaned)) > len(cleaned) // 4
    if not russian and sum(len(read) > 2 and morphology.is_known(read) for _, read in found) < _RUSSIAN_WORDS:
        return
    for match, read in found:
        if is_obscene(read):
            yield match.start(), match.group()


__all__: Sequence[str] = ("aloud", "other_script_mat")
