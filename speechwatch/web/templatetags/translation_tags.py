"""`{% translation_url obj %}`: where the signed-in translator writes a record's other languages."""

from __future__ import annotations

from typing import Any

from django import template
from django.urls import reverse

from speechwatch.core import permissions

register = template.Library()


@register.simple_tag(takes_context=True)
def translation_url(context: dict[str, Any], obj: Any) -> str:
    """The record's translation page for monitors, editors and admins; "" for everyone else (the
    page itself checks the role and the record's visibility again)."""
    from speechwatch.web.translation_queue import kind_of

    if obj is None or not permissions.can_create(context.get("user")):
        return ""
    return reverse("web:translation_edit", args=[kind_of(obj), obj.pk])
