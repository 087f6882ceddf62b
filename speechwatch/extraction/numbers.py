"""Numbers as reports write them: digits ("39,400,000", "1,5", "20 000"), words in English, Russian and
Kazakh ("three", "two hundred and ten millions", "восемьдесят семь", "полтора") and mixtures with scale
words ("26 million 700 thousands", "4 млрд. 423 млн.").

Why a hand-written scanner: the same text mixes all of these, and figures must come out as exact
integers (money is never a float), so values are computed with `Decimal` and only accepted when whole.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

# --- vocabulary --------------------------------------------------------------------------------------

# counts told with their unit of occurrence inside ("attacked twice", "трижды задерживали")
TIMES_WORDS = {"twice": 2, "thrice": 3, "дважды": 2, "трижды": 3, "четырежды": 4}
_UNITS_EN = {"zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
             "eight": 8, "nine": 9}
_TEENS_EN = {"ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
             "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19}
_TENS_EN = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
            "eighty": 80, "ninety": 90}

# Russian: every case form that occurs in counting phrases ("двух исков", "трем журналистам").
_UNITS_RU = {
    "ноль": 0, "один": 1, "одна": 1, "одно": 1, "одного": 1, "одной": 1, "одному": 1, "одним": 1, "одну": 1, "одном": 1,
    "два": 2, "две": 2, "двух": 2, "двум": 2, "двумя": 2, "три": 3, "трех": 3, "трёх": 3, "трем": 3, "трём": 3,
    "тремя": 3, "четыре": 4, "четырех": 4, "четырёх": 4, "четырем": 4, "четырём": 4, "четырьмя": 4,
    "пять": 5, "пяти": 5, "пятью": 5, "шесть": 6, "шести": 6, "семь": 7, "семи": 7, "восемь": 8,
    "восьми": 8, "девять": 9, "девяти": 9,
}
_TEENS_RU = {"десять": 10, "одиннадцать": 11, "двенадцать": 12, "тринадцать": 13, "четырнадцать": 14,
             "пятнадцать": 15, "шестнадцать": 16, "семнадцать": 17, "восемнадцать": 18, "девятнадцать": 19}
_TEENS_RU.update({k[:-1] + "и": v for k, v in list(_TEENS_RU.items())})  # genitive: десяти, двенадцати
_TENS_RU = {"двадцать": 20, "тридцать": 30, "сорок": 40, "пятьдесят": 50, "шестьдесят": 60,
            "семьдесят": 70, "восемьдесят": 80, "девяносто": 90, "двадцати": 20, "тридцати": 30,
            "сорока": 40, "пятидесяти": 50, "шестидесяти": 60, "семидесяти": 70, "восьмидесяти": 80,
            "девяноста": 90}
_HUNDREDS_RU = {"сто": 100, "ста": 100, "двести": 200, "двухсот": 200, "триста": 300, "трехсот": 300,
                "трёхсот": 300, "четыреста": 400, "четырехсот": 400, "пятьсот": 500, "пятисот": 500,
                "шестьсот": 600, "шестисот": 600, "семьсот": 700, "семисот": 700, "восемьсот": 800,
                "восьмисот": 800, "девятьсот": 900, "девятисот": 900}
_UNITS_KK = {"бір": 1, "екі": 2, "үш": 3, "төрт": 4, "бес": 5, "алты": 6, "жеті": 7, "сегіз": 8, "тоғыз": 9,
             # collective forms that count a part of a whole: "оның біреуі – …" (one of them), "екеуі"
             "біреуі": 1, "екеуі": 2, "үшеуі": 3, "төртеуі": 4, "бесеуі": 5, "алтауы": 6, "жетеуі": 7,
             # bare collective forms in a list: "азаматтық талаптар – бесеу (43)" ("біреу" is also "someone")
             "екеу": 2, "үшеу": 3, "төртеу": 4, "бесеу": 5, "алтау": 6, "жетеу": 7,
             # possessive forms that count a share: "алпыс жетісі – …" (sixty-seven of them)
             "екісі": 2, "төрті": 4, "бесі": 5, "алтысы": 6, "жетісі": 7, "сегізі": 8, "тоғызы": 9}
_TENS_KK = {"он": 10, "жиырма": 20, "отыз": 30, "қырық": 40, "елу": 50, "алпыс": 60, "жетпіс": 70,
            "сексен": 80, "тоқсан": 90, "жиырмасы": 20, "отызы": 30, "қырқы": 40, "елуі": 50, "алпысы": 60,
            "жетпісі": 70, "сексені": 80}

SCALES: dict[str, int] = {
    "thousand": 10**3, "thousands": 10**3, "thous": 10**3, "million": 10**6, "millions": 10**6, "mln": 10**6,
    "billion": 10**9, "billions": 10**9, "bln": 10**9, "bn": 10**9,
    "тыс": 10**3, "тысяча": 10**3, "тысячи": 10**3, "тысяч": 10**3, "тысячу": 10**3,
    "млн": 10**6, "миллион": 10**6, "миллиона": 10**6, "миллионов": 10**6,
    "млрд": 10**9, "миллиард": 10**9, "миллиарда": 10**9, "миллиардов": 10**9,
    "мың": 10**3, "миллиард.": 10**9,
}
_HUNDRED_WORDS = {"hundred": 100, "hundreds": 100, "жүз": 100}
_HALF = {"half": Decimal("0.5"), "полтора": Decimal("1.5"), "полторы": Decimal("1.5")}
_AND = {"and", "и"}

WORD_VALUES: dict[str, int] = {**_UNITS_EN, **_TEENS_EN, **_TENS_EN, **_UNITS_RU, **_TEENS_RU,
                               **_TENS_RU, **_HUNDREDS_RU, **_UNITS_KK, **_TENS_KK, **TIMES_WORDS}
_KIND: dict[str, str] = {}
for _d, _k in ((_UNITS_EN, "unit"), (_UNITS_RU, "unit"), (_UNITS_KK, "unit"), (TIMES_WORDS, "unit"),
               (_TEENS_EN, "teen"), (_TEENS_RU, "teen"), (_TENS_EN, "tens"), (_TENS_RU, "tens"), (_TENS_KK, "tens"),
               (_HUNDREDS_RU, "hundreds")):
    for _w in _d:
        _KIND[_w] = _k

# Digits: grouped thousands ("39,400,000", "20 000", "1.000.000") before plain/decimal numbers.
DIGITS_RE = (r"\d{1,3}(?:(?:,|[ \u00a0\u202f\u2009])\d{3})+(?![\d])"
             r"|\d{1,3}(?:\.\d{3}){2,}(?!\d)"
             r"|\d+(?:[.,]\d+(?![.,]?\d))?")
_TOKEN_RE = re.compile(rf"(?P<num>{DIGITS_RE})|(?P<word>[^\W\d_]+\.?)|(?P<gap>[\s\u00a0-]+)")


@dataclass(frozen=True)
class NumberSpan:
    """A number found in text: `text[start:end]` is its wording, `value` may be fractional."""

    start: int
    end: int
    value: Decimal
    words: bool  # written (partly) in words
    scaled: bool  # contains a scale word (thousand, млн, ...)

    @property
    def integer(self) -> int | None:
        return int(self.value) if self.value == self.value.to_integral_value() else None


def parse_digits(s: str) -> Decimal | None:
    """'39,400,000' → 39400000; '1,5' → 1.5; '20 000' → 20000; '1.000.000' → 1000000."""
    s = s.replace("\u00a0", " ").replace("\u202f", " ").replace("\u2009", " ")
    if re.fullmatch(r"\d{1,3}(?:[, ]\d{3})+", s):
        return Decimal(re.sub(r"[, ]", "", s))
    if re.fullmatch(r"\d{1,3}(?:\.\d{3}){2,}", s):
        return Decimal(s.replace(".", ""))
    try:
        return Decimal(s.replace(",", "."))
    except InvalidOperation:
        return None


def _classify(tok: str) -> tuple[str, Decimal] | None:
    """Token kind and value, or None when the token is not part of a number."""
    w = tok.lower().rstrip(".")
    if w in SCALES:
        return "scale", Decimal(SCALES[w])
    if tok.endswith(".") and w not in {"тыс", "млн", "млрд", "mln", "bln", "thous"}:
        pass  # a sentence end after a number word: classify the word itself
    if w in _KIND:
        return _KIND[w], Decimal(WORD_VALUES[w])
    if w in _HUNDRED_WORDS:
        return "hundred", Decimal(100)
    if w in _HALF:
        return "half", _HALF[w]
    if w in _AND:
        return "and", Decimal(0)
    if w == "a":
        return "a", Decimal(0)
    return None


# Which token kind may follow which inside one number.
_NEXT = {
    None: {"digits", "unit", "teen", "tens", "hundreds", "half"},
    "digits": {"scale", "hundred"},
    "unit": {"scale", "hundred", "and"},
    "teen": {"scale", "hundred"},
    "tens": {"unit", "scale"},
    "hundreds": {"unit", "teen", "tens", "scale"},
    "hundred": {"and", "unit", "teen", "tens", "scale"},
    "scale": {"and", "digits", "unit", "teen", "tens", "hundreds"},
    "and": {"unit", "teen", "tens", "half", "hundreds", "digits", "a", "scale"},
    "a": {"half"},
    "half": {"scale"},
}


def _evaluate(parts: list[tuple[str, Decimal]]) -> Decimal:
    total, cur = Decimal(0), Decimal(0)
    for kind, v in parts:
        if kind == "scale":
            total += (cur if cur else Decimal(1)) * v
            cur = Decimal(0)
        elif kind == "hundred":
            cur = (cur if cur else Decimal(1)) * 100
        elif kind in {"and", "a"}:
            continue
        else:
            cur += v
    return total + cur


_START_WORDS = sorted((w for w, k in _KIND.items() if k in _NEXT[None]), key=len, reverse=True) + list(_HALF)
_START_SET = frozenset(_START_WORDS)
_SEED_RE = re.compile(r"\d+|[^\W\d_]+")
_WINDOW = 110


def find_numbers(text: str) -> list[NumberSpan]:
    """Every number in `text`, longest reading first: '26 million 700 thousands' is one span.

    Only the places where a number can start are read (a digit or a number word), each in a short
    window, so long reports cost little more than the numbers they contain.
    """
    found: list[NumberSpan] = []
    consumed = 0
    for seed in _SEED_RE.finditer(text):
        pos = seed.start()
        if pos < consumed or not (text[pos].isdigit() or seed.group().lower() in _START_SET):
            continue
        window = text[pos:pos + _WINDOW]
        spans = _scan(window, first_only=True)
        if spans and spans[0].start == 0:
            n = spans[0]
            found.append(NumberSpan(pos + n.start, pos + n.end, n.value, n.words, n.scaled))
            consumed = pos + n.end
    return found


def _scan(text: str, first_only: bool = False) -> list[NumberSpan]:
    """Token-level reading of every number in `text` (the grammar of `_NEXT`)."""
    found: list[NumberSpan] = []
    toks = [(m.lastgroup, m.start(), m.end(), m.group()) for m in _TOKEN_RE.finditer(text)]
    i, n = 0, len(toks)
    while i < n:
        group, start, _end, s = toks[i]
        first = _token_info(group, s)
        if first is None or first[0] not in _NEXT[None]:
            i += 1
            continue
        parts = [first]
        last_end = _token_end(toks[i])
        last_kind, real_kind = first[0], first[0]
        smallest_scale: Decimal | None = first[1] if first[0] == "scale" else None
        pending: list[tuple[str, Decimal]] = []
        j = i + 1
        stop = _ends_sentence(toks[i], first[0])
        while j < n and not stop:
            g2, _s2, _e2, s2 = toks[j]
            if g2 == "gap":
                if "\n" in s2:
                    break
                j += 1
                continue
            info = _token_info(g2, s2)
            if info is None or info[0] not in _NEXT[last_kind]:
                break
            kind = info[0]
            if last_kind == "and" and real_kind in {"unit", "teen", "tens", "digits"} and kind not in {"half", "a"}:
                break
            if last_kind == "and" and kind == "scale" and real_kind != "hundred":
                break
            if kind == "scale":
                if smallest_scale is not None and info[1] >= smallest_scale:
                    break
                smallest_scale = info[1]
            elif kind != "and" and real_kind == "scale" and not _continues_to_scale(toks, j, smallest_scale):
                break
            pending.append(info)
            last_kind = kind
            if kind not in {"and", "a"}:
                parts.extend(pending)
                pending = []
                real_kind = kind
                last_end = _token_end(toks[j])
            stop = _ends_sentence(toks[j], kind)
            j += 1
        value = _evaluate(parts)
        kinds = {k for k, _ in parts}
        found.append(NumberSpan(start, last_end, value, words=not kinds <= {"digits", "scale"},
                                scaled="scale" in kinds))
        if first_only:
            break
        while i < n and toks[i][1] < last_end:
            i += 1
    return found


_ABBREV = {"тыс.", "млн.", "млрд.", "mln.", "bln.", "thous."}


def _token_end(tok: tuple[str | None, int, int, str]) -> int:
    """End offset of a token, leaving out a sentence-final dot after a full word."""
    if tok[0] == "word" and tok[3].endswith(".") and tok[3].lower() not in _ABBREV:
        return tok[2] - 1
    return tok[2]


def _ends_sentence(tok: tuple[str | None, int, int, str], kind: str) -> bool:
    return tok[0] == "word" and tok[3].endswith(".") and tok[3].lower() not in _ABBREV


def _continues_to_scale(toks: list[tuple[str | None, int, int, str]], j: int, smaller_than: Decimal | None) -> bool:
    """After a scale word, more number words belong to the same number only if a smaller scale follows."""
    k = j
    while k < len(toks):
        g, _s, _e, s = toks[k]
        if g == "gap":
            if "\n" in s:
                return False
            k += 1
            continue
        info = _token_info(g, s)
        if info is None:
            return False
        if info[0] == "scale":
            return smaller_than is None or info[1] < smaller_than
        if g == "word" and s.endswith(".") and s.lower() not in _ABBREV:
            return False
        k += 1
    return False


def _token_info(group: str | None, s: str) -> tuple[str, Decimal] | None:
    if group == "num":
        v = parse_digits(s)
        return ("digits", v) if v is not None else None
    if group == "word":
        return _classify(s)
    return None


def parse_number(text: str) -> int | None:
    """The whole `text` read as one integer ('three' → 3, 'KZT'-free), else None."""
    nums = find_numbers(text.strip())
    if len(nums) != 1 or nums[0].start != 0 or nums[0].end != len(text.strip()):
        return None
    return nums[0].integer


parse_number_words = parse_number
