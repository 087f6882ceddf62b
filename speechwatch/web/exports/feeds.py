"""Atom feed of newly published incidents (/feeds/incidents.atom, ?category=<code> or ?group=<code>).

A feed is public and copied by readers and aggregators, so it is always built as an anonymous
visitor sees the data (published, not confidential), whoever asks, and carries only the public
summary, never the confidential notes. Entries are the latest ITEMS by publication time.
"""

from __future__ import annotations

from typing import Any

from django.contrib.auth.models import AnonymousUser
from django.contrib.syndication.views import Feed
from django.db.models import Q, QuerySet
from django.http import Http404, HttpRequest
from django.urls import reverse
from django.utils.feedgenerator import Atom1Feed
from django.utils.translation import gettext as _

from speechwatch.incidents.choices import IncidentStatus
from speechwatch.incidents.models import Incident
from speechwatch.vocab.models import Category, CategoryGroup
from speechwatch.web.exports.columns import attribution, licence

ITEMS = 50


class IncidentFeed(Feed):
    feed_type = Atom1Feed

    def get_object(self, request: HttpRequest, *args: Any, **kwargs: Any) -> dict[str, Any]:
        """The feed's scope: a category, a group or everything (an unknown code is a 404)."""
        category, group = request.GET.get("category", ""), request.GET.get("group", "")
        if category:
            found = Category.objects.filter(code=category).first()
            if found is None:
                raise Http404("unknown category")
            return {"kind": "category", "code": category, "label": found.label, "ids": [found.pk]}
        if group:
            found_group = CategoryGroup.objects.filter(code=group).first()
            if found_group is None:
                raise Http404("unknown group")
            ids = list(Category.objects.filter(group=found_group).values_list("pk", flat=True))
            return {"kind": "group", "code": group, "label": found_group.label, "ids": ids}
        return {"kind": "all", "code": "", "label": "", "ids": None}

    def title(self, obj: dict[str, Any]) -> str:
        base = _("Newly published incidents")
        return f"{base}: {obj['label']}" if obj["label"] else base

    def subtitle(self, obj: dict[str, Any]) -> str:
        lic = licence()
        return f"{attribution()} · {lic['name']} {lic['url']}".strip()

    def link(self, obj: dict[str, Any]) -> str:
        url = reverse("web:incident_list")
        return f"{url}?{obj['kind']}={obj['code']}" if obj["code"] else url

    def feed_url(self, obj: dict[str, Any]) -> str:
        url = reverse("opendata:feed")
        return f"{url}?{obj['kind']}={obj['code']}" if obj["code"] else url

    def feed_copyright(self, obj: dict[str, Any]) -> str:
        lic = licence()
        return f"{attribution()}, {lic['name']}"

    def items(self, obj: dict[str, Any]) -> QuerySet:
        qs = Incident.objects.restrict(AnonymousUser()).filter(
            status=IncidentStatus.PUBLISHED, published_at__isnull=False
        )
        if obj["ids"] is not None:
            secondary = Incident.secondary_categories.through.objects.filter(category_id__in=obj["ids"])
            qs = qs.filter(Q(primary_category_id__in=obj["ids"]) | Q(pk__in=secondary.values("incident_id")))
        return (qs.select_related("primary_category").prefetch_related("translations")
                .order_by("-published_at", "-id")[:ITEMS])

    def _text(self, item: Incident) -> Any:
        from django.utils.translation import get_language

        from speechwatch.incidents.translations import localize

        return localize(item, (get_language() or "en")[:2])

    def item_title(self, item: Incident) -> str:
        """The title in the feed's language (the request's); a fallback says it in brackets, as feed
        readers show no badges."""
        from speechwatch.core.fallback import shown_in

        text = self._text(item)
        return f"{text['title']} [{shown_in(text.lang)}]" if text.is_fallback and text.lang else text["title"]

    def item_description(self, item: Incident) -> str:
        return self._text(item)["summary"]

    def item_link(self, item: Incident) -> str:
        return reverse("web:incident_detail", args=[item.pk])

    def item_pubdate(self, item: Incident) -> Any:
        return item.published_at

    def item_updateddate(self, item: Incident) -> Any:
        return item.updated_at

    def item_categories(self, item: Incident) -> list[str]:
        return [item.primary_category.code]


incident_feed = IncidentFeed()
