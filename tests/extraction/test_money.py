"""Numbers and money as the reports write them become exact integers."""

from __future__ import annotations

import pytest

from speechwatch.extraction.money import find_amounts, parse_kzt
from speechwatch.extraction.numbers import find_numbers, parse_number


@pytest.mark.parametrize(
    ("text", "kzt"),
    [
        ("KZT two hundred and ten millions and eight hundred thousands", 210_800_000),
        ("20 млн. тенге", 20_000_000),
        ("4 млрд. 423 млн. тенге", 4_423_000_000),
        ("26 million 700 thousands tenge", 26_700_000),
        ("39,400,000 tenge", 39_400_000),
        ("1 million 290 thousand tenge", 1_290_000),
        ("100,000 KZT", 100_000),
        ("1,5 млн тенге", 1_500_000),
        ("700 тыс. тенге", 700_000),
        ("one and half million KZT", 1_500_000),
        ("two and a half billion KZT", 2_500_000_000),
        ("KZT400000", 400_000),
        ("KZT 553million", 553_000_000),
        ("20 000 000 тенге", 20_000_000),
        ("двести десять миллионов восемьсот тысяч тенге", 210_800_000),
        ("полтора миллиона тенге", 1_500_000),
    ],
)
def test_parse_kzt(text: str, kzt: int) -> None:
    assert parse_kzt(text) == kzt
    assert isinstance(parse_kzt(text), int)


def test_find_amounts_spans_cover_currency() -> None:
    text = "The court ordered 1 million 290 thousand tenge, and the plaintiff wanted KZT 5 million more."
    amounts = find_amounts(text)
    assert [a[2] for a in amounts] == [1_290_000, 5_000_000]
    assert text[amounts[0][0]:amounts[0][1]] == "1 million 290 thousand tenge"
    assert text[amounts[1][0]:amounts[1][1]] == "KZT 5 million"


def test_fractional_sums_and_plain_counts_are_not_money() -> None:
    assert find_amounts("rate: 1 USD=377,62 KZT") == []
    assert find_amounts("In 2020 there were 2 claims and 3 suits") == []
    assert parse_kzt("2 claims and 3 suits") is None


@pytest.mark.parametrize(
    ("text", "value"),
    [("three", 3), ("One", 1), ("twenty-five", 25), ("восемьдесят семь", 87), ("двух", 2),
     ("one hundred and twelve", 112), ("87", 87), ("1,000", 1000)],
)
def test_parse_number(text: str, value: int) -> None:
    assert parse_number(text) == value


def test_separate_numbers_do_not_merge() -> None:
    text = "2 claims and 3 suits; 20 млн. и 3 иска; three. Four"
    assert [(text[n.start:n.end], n.integer) for n in find_numbers(text)] == [
        ("2", 2), ("3", 3), ("20 млн.", 20_000_000), ("3", 3), ("three", 3), ("Four", 4)]
