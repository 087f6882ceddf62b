"""The language of record text in API responses: `?lang=kk|ru|en`, else the Accept-Language header,
else the record's own (source) text.

Every record then says which language its text is really in (`lang`), the language it was written
in (`source_lang`), how its text in the requested language stands (`translation_status`: source,
reviewed or missing; a draft is not published, so it reads as missing) and whether what is
returned is a fallback in another language (`is_fallback`): a client never receives another
language without being told. Editors may ask for every language at once (`?translations=1`),
drafts included.

A request without `lang` and without an Accept-Language header gets the source text, as before the
API knew languages, so existing clients see no change.
"""

from __future__ import annotations

from typing import Any

from django.utils.translation.trans_real import parse_accept_lang_header
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter
from rest_framework.exceptions import ValidationError

from speechwatch.core import permissions
from speechwatch.incidents.models.translations import LANG_CODES
from speechwatch.incidents.translations import fields_of, localize, source_lang, status_of, translation_rows

LANG_PARAMS = [
    OpenApiParameter(
        "lang", str, enum=list(LANG_CODES),
        description="language of titles, summaries, narratives and descriptions (kk, ru, en); overrides "
                    "Accept-Language. Without a text in that language a record returns its source text with "
                    "is_fallback=true.",
    ),
    OpenApiParameter(
        "Accept-Language", str, location=OpenApiParameter.HEADER, required=False,
        description="used when ?lang= is absent: the first of kk, ru, en the header accepts (e.g. 'kk, ru;q=0.8')",
    ),
    OpenApiParameter(
        "translations", OpenApiTypes.BOOL,
        description="editors only: add `translations` with the text and status in every language",
    ),
]


def requested_lang(request: Any) -> str | None:
    """The language the caller asked for, or None (source text). An unknown ?lang= is a 400."""
    if request is None:
        return None
    query = getattr(request, "query_params", getattr(request, "GET", {}))
    lang = (query.get("lang") or "").strip().lower()
    if lang:
        if lang not in LANG_CODES:
            raise ValidationError({"lang": f"unknown language {lang!r}; expected one of {', '.join(LANG_CODES)}"})
        return lang
    header = request.META.get("HTTP_ACCEPT_LANGUAGE", "")
    for code, _q in parse_accept_lang_header(header):
        base = code.split("-")[0].lower()
        if base in LANG_CODES:
            return base
    return None


def wants_translations(request: Any) -> bool:
    query = getattr(request, "query_params", {}) if request is not None else {}
    user = getattr(request, "user", None)
    return query.get("translations") in ("1", "true", "yes") and permissions.can_create(user)


def language_fields(obj: Any, lang: str | None) -> tuple[dict[str, str], dict[str, Any]]:
    """(the record's text fields in `lang`, the language metadata every record carries)."""
    own = source_lang(obj)
    if lang is None or lang == own:
        values = {f: str(getattr(obj, f, "") or "") for f in fields_of(obj)}
        return values, {"lang": own, "source_lang": own, "translation_status": "source", "is_fallback": False}
    local = localize(obj, lang)  # reviewed translations only: a draft is "missing" to every reader
    return dict(local.values), {"lang": local.lang, "source_lang": own,
                                "translation_status": local.status, "is_fallback": local.is_fallback}


def all_translations(obj: Any) -> dict[str, dict[str, Any]]:
    """Every language's text and status (editors' view); missing languages have empty fields."""
    rows = translation_rows(obj)
    out = {}
    for code in LANG_CODES:
        local = localize(obj, code, fallback=False, drafts=True)
        out[code] = {**local.values, "status": status_of(obj, code, rows)}
    return out
