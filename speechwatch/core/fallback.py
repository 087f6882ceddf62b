"""The visible marker over a record's text shown in another language than the reader's.

Pages, the API's consumers and reports never show a fallback silently: wherever a record has no text
in the reader's language and its own text is shown instead, this marker says so in the reader's
language, naming the language shown. One whole phrase per language shown, so each reads natively
(no language name slotted into a sentence whose grammar depends on it)."""

from __future__ import annotations

from django.utils.translation import gettext_lazy

SHOWN_IN = {
    "en": gettext_lazy("not translated: shown in English"),
    "ru": gettext_lazy("not translated: shown in Russian"),
    "kk": gettext_lazy("not translated: shown in Kazakh"),
}
LANG_NAMES = {"en": gettext_lazy("English"), "ru": gettext_lazy("Russian"), "kk": gettext_lazy("Kazakh")}


def shown_in(lang: str) -> str:
    """The marker (active language) over a text shown in `lang` because the reader's language has none."""
    return str(SHOWN_IN.get(lang, gettext_lazy("not translated")))
