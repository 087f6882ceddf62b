"""Money in reports → exact integer tenge (methodology §3.4: never floats).

Reports write sums as "39,400,000 tenge", "KZT 200000000", "KZT two hundred and ten millions and eight
hundred thousands", "26 million 700 thousands tenge", "1,5 млн тенге", "700 тыс. тенге", "4 млрд. 423 млн.
тенге". A number is money when a currency word stands right before or right after it.
"""

from __future__ import annotations

import re

from speechwatch.extraction.numbers import NumberSpan, find_numbers

CURRENCY_AFTER = re.compile(r"[\s\u00a0]*(?:tenge|tenges|KZT|kzt|тенге|теңге|тг\b\.?|₸)", re.IGNORECASE)
CURRENCY_BEFORE = re.compile(r"(?:KZT|kzt|₸|тенге)[\s\u00a0]*$")


def _is_money(text: str, num: NumberSpan) -> tuple[bool, int, int]:
    """(money?, start, end) with the currency word included in the span."""
    after = CURRENCY_AFTER.match(text, num.end)
    if after:
        return True, num.start, after.end()
    before = CURRENCY_BEFORE.search(text, max(0, num.start - 8), num.start)
    if before:
        return True, before.start(), num.end
    return False, num.start, num.end


# a number told with its scale ("12,5 млн", "219 млн. 850 тыс.", "47.5 million")
_SCALED = re.compile(r"(?:млн|млрд|тыс|миллион|миллиард|мың|million|billion|thousand|thous|mln)\w*\.?\s*\Z",
                     re.IGNORECASE)
# "31 млн. 200 тыс. (219 млн. 850 тыс.) тенге": the currency after the bracket serves both sums
_CURRENCY_AFTER_BRACKET = re.compile(r"\s*(?:\([^()]{1,40}\))?\s*\)?[\s\u00a0]*(?:tenge|KZT|тенге|теңге|тг\b\.?|₸)",
                                     re.IGNORECASE)
_SENTENCE_BREAK = re.compile(r"[.!?]\s+[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ]|\n")


def find_amounts(text: str, numbers: list[NumberSpan] | None = None) -> list[tuple[int, int, int]]:
    """Every sum of money in `text` as (start, end, kzt); `text[start:end]` includes the currency word.

    Sums that are not whole tenge (an exchange rate "377,62 KZT") are left out. `numbers` may pass
    `find_numbers(text)` when the caller has it already. A sum told with its scale but without the
    currency is money when the currency stands after a bracket that follows it, or when a sum of the same
    sentence named it: "с начала года – 1 млрд 87 млн тенге, в ноябре – 12,5 млн."
    """
    out: list[tuple[int, int, int]] = []
    last_money_end = -1
    for num in find_numbers(text) if numbers is None else numbers:
        ok, start, end = _is_money(text, num)
        value = num.integer
        if value is None:
            continue
        if not ok and _SCALED.search(text[num.start : num.end]):
            shared = 0 <= last_money_end and num.start - last_money_end < 150 and not _SENTENCE_BREAK.search(
                text[last_money_end : num.start])
            ok = bool(_CURRENCY_AFTER_BRACKET.match(text, num.end)) or shared
        if ok:
            out.append((start, end, value))
            last_money_end = end
    return out


def parse_kzt(text: str) -> int | None:
    """The first sum of money in `text` in tenge; a bare number counts as tenge when nothing else is there."""
    amounts = find_amounts(text)
    if amounts:
        return amounts[0][2]
    nums = find_numbers(text)
    if len(nums) == 1 and nums[0].integer is not None:
        return nums[0].integer
    return None
