"""The vocabularies of a person's legal outcome (custody status, sentence type, ban kind) held as data
(`data/legal_outcomes.json`) with en/ru/kk labels, and the words terms are printed with.

Why data and not gettext: a briefing is printed in the language of the report, not of the user who
renders it, and an organisation adds a custody status or a kind of ban by editing one file (no
migration: the model fields take their choices from the callables below).
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import Any

from django.utils import translation
from django.utils.functional import lazy

DATA = Path(__file__).parent / "data" / "legal_outcomes.json"
LANGS = ("en", "ru", "kk")
VOCABULARIES = ("custody_status", "sentence_type", "ban_kind")


@cache
def _data() -> dict[str, Any]:
    return json.loads(DATA.read_text(encoding="utf-8"))


def _lang(lang: str | None) -> str:
    lang = (lang or translation.get_language() or "en").split("-")[0]
    return lang if lang in LANGS else "en"


def lang_of(lang: str | None) -> str:
    """`lang`, or the active language, reduced to one of en/ru/kk."""
    return _lang(lang)


def codes(vocabulary: str) -> list[str]:
    return list(_data()[vocabulary])


def label(vocabulary: str, code: str, lang: str | None = None) -> str:
    """The label of `code` in `lang` (default: the active language); an unknown code prints as itself."""
    entry = _data()[vocabulary].get(code)
    if not entry:
        return code
    return entry.get(_lang(lang)) or entry["en"]


def phrase(key: str, lang: str | None = None, **values: Any) -> str:
    entry = _data()["phrases"][key]
    text = entry.get(_lang(lang)) or entry["en"]
    return text % values if values else text


_lazy_label = lazy(label, str)


def _choices(vocabulary: str) -> list[tuple[str, Any]]:
    return [(code, _lazy_label(vocabulary, code)) for code in codes(vocabulary)]


def custody_choices() -> list[tuple[str, Any]]:
    return _choices("custody_status")


def sentence_choices() -> list[tuple[str, Any]]:
    return _choices("sentence_type")


def ban_choices() -> list[tuple[str, Any]]:
    return _choices("ban_kind")


def _plural_index(n: int, lang: str) -> int:
    """CLDR plural category as an index into the unit's forms: en one/other, ru one/few/many, kk one."""
    if lang == "ru":
        if n % 10 == 1 and n % 100 != 11:
            return 0
        if 2 <= n % 10 <= 4 and not 12 <= n % 100 <= 14:
            return 1
        return 2
    if lang == "en":
        return 0 if n == 1 else 1
    return 0


def term(years: int | None, months: int | None, days: int | None, lang: str | None = None) -> str:
    """'2 years 6 months' / '2 года 6 месяцев' / '2 жыл 6 ай'; empty when no part is given."""
    lang = _lang(lang)
    parts = []
    for unit, n in (("years", years), ("months", months), ("days", days)):
        if n:
            forms = _data()["units"][unit][lang]
            parts.append(f"{n} {forms[min(_plural_index(n, lang), len(forms) - 1)]}")
    return " ".join(parts)
