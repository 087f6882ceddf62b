"""A record's text in the page's language, for the detail pages (incident, case, actor).

    {% load record_text %}{% localized incident as text %}
    <h1{{ text|lang_attr }}>{{ text.title }}</h1>{% fallback_note text %}

`localized` asks `speechwatch.incidents.translations.localize` for the active language and gives a
plain dict (the text fields, `lang`, `is_fallback`), so a template never mixes a field name with the
metadata. Shown in another language, the text carries that language in its `lang` attribute (screen
readers switch voice) and `fallback_note` prints the visible "not translated: shown in Russian" label
in the page's language: a fallback is never silent.
"""

from __future__ import annotations

from typing import Any

from django import template
from django.utils.html import format_html
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import get_language

register = template.Library()


@register.simple_tag
def localized(obj: Any) -> dict[str, Any]:
    from speechwatch.incidents.translations import localize

    lang = (get_language() or "en")[:2]
    local = localize(obj, lang)
    return {**local.values, "lang": local.lang, "is_fallback": local.is_fallback, "status": local.status}


@register.filter
def lang_attr(text: dict[str, Any]) -> SafeString:
    """` lang="ru"` on an element whose text is a fallback in another language, else nothing."""
    if text and text.get("is_fallback") and text.get("lang"):
        return format_html(' lang="{}"', text["lang"])
    return mark_safe("")


@register.simple_tag
def fallback_note(text: dict[str, Any]) -> SafeString:
    from speechwatch.core.fallback import shown_in

    if not (text and text.get("is_fallback") and text.get("lang")):
        return mark_safe("")
    return format_html('<p class="fallback-note" role="note">{}</p>', shown_in(text["lang"]).capitalize())


@register.simple_tag
def local_title(obj: Any) -> SafeString:
    """A record's title in the page's language for lists inside a page (an actor's incidents): the
    fallback carries its `lang` and the small "not translated" badge, like the incident tables."""
    from speechwatch.core.fallback import shown_in

    text = localized(obj)
    if not text.get("is_fallback") or not text.get("lang"):
        return format_html("{}", text.get("title", ""))
    return format_html('<span lang="{}">{}</span> <span class="badge fallback">{}</span>', text["lang"],
                       text.get("title", ""), shown_in(text["lang"]))


@register.simple_tag
def fallback_badge(lang: str) -> SafeString:
    """The small "not translated: shown in …" badge for a row already localized (IncidentRow)."""
    from speechwatch.core.fallback import shown_in

    return format_html('<span class="badge fallback">{}</span>', shown_in(lang)) if lang else mark_safe("")
