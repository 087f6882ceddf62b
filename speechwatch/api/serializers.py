"""Read-only representations. Confidential fields are added per object only when
`permissions.can_see_confidential` allows, and nested sources, cases and proceedings come from
`Model.objects.restrict(user)`, so a serializer can never leak what the page would hide."""

from __future__ import annotations

from typing import Any

from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from speechwatch.api.serializers_outcomes import party_data
from speechwatch.core import permissions
from speechwatch.incidents.models import (
    Actor,
    Case,
    Incident,
    MoneyAmount,
    Proceeding,
    PublishedFigure,
    Source,
    StageEvent,
)
from speechwatch.vocab.models import Category, Region


def _user(serializer: serializers.Serializer) -> Any:
    request = serializer.context.get("request")
    return getattr(request, "user", None)


LANGUAGE_FIELDS = ["lang", "source_lang", "translation_status", "is_fallback"]


class LocalizedMixin(serializers.Serializer):
    """Text fields in the requested language (?lang= or Accept-Language) with the language metadata;
    `translations` (every language) for editors who ask for it. The records' `translations` are
    prefetched by the views, so a page costs one more query."""

    lang = serializers.SerializerMethodField()
    source_lang = serializers.SerializerMethodField()
    translation_status = serializers.SerializerMethodField()
    is_fallback = serializers.SerializerMethodField()

    def _language(self, obj: Any) -> tuple[dict[str, str], dict[str, Any]]:
        from speechwatch.api.languages import language_fields, requested_lang

        cache = self.context.setdefault("_language_cache", {})
        key = (type(obj).__name__, obj.pk)
        if key not in cache:
            cache[key] = language_fields(obj, requested_lang(self.context.get("request")))
        return cache[key]

    def get_lang(self, obj: Any) -> str:
        return self._language(obj)[1]["lang"]

    def get_source_lang(self, obj: Any) -> str:
        return self._language(obj)[1]["source_lang"]

    @extend_schema_field(serializers.ChoiceField(["source", "reviewed", "missing"]))
    def get_translation_status(self, obj: Any) -> str:
        return self._language(obj)[1]["translation_status"]

    def get_is_fallback(self, obj: Any) -> bool:
        return self._language(obj)[1]["is_fallback"]

    def to_representation(self, instance: Any) -> dict[str, Any]:
        from speechwatch.api.languages import all_translations, wants_translations

        data = super().to_representation(instance)
        values, _meta = self._language(instance)
        for name, value in values.items():
            if name in data:
                data[name] = value
        if wants_translations(self.context.get("request")):
            data["translations"] = all_translations(instance)
        return data


class CategorySerializer(serializers.ModelSerializer):
    group = serializers.CharField(source="group.code")
    counted = serializers.BooleanField(source="group.counted")

    class Meta:
        model = Category
        fields = ["code", "group", "counted", "label", "label_en", "label_ru", "label_kk", "chapter", "active"]


class RegionSerializer(serializers.ModelSerializer):
    successor = serializers.SlugRelatedField(slug_field="code", read_only=True)

    class Meta:
        model = Region
        fields = ["code", "kind", "label", "label_en", "label_ru", "label_kk", "valid_from", "valid_to", "variants",
                  "successor"]  # fmt: skip


class ActorSerializer(LocalizedMixin, serializers.ModelSerializer):
    aliases = serializers.SerializerMethodField()

    class Meta:
        model = Actor
        fields = ["id", "name", "kind", "subkind", "is_state", "description", "aliases", *LANGUAGE_FIELDS]

    @extend_schema_field(serializers.ListField(child=serializers.CharField()))
    def get_aliases(self, actor: Actor) -> list[str]:
        return [a.name for a in actor.aliases.all()]


class SourceSerializer(serializers.ModelSerializer):
    class Meta:
        model = Source
        fields = ["kind", "url", "title", "correspondent", "excerpt", "reliability", "is_confidential", "received"]


class StageSerializer(serializers.ModelSerializer):
    class Meta:
        model = StageEvent
        fields = ["kind", "date", "date_precision", "note", "in_favour_of_media", "incident"]


class AmountSerializer(serializers.ModelSerializer):
    class Meta:
        model = MoneyAmount
        fields = ["kind", "amount_kzt", "date", "note"]


class ProceedingSerializer(serializers.ModelSerializer):
    bases = serializers.SerializerMethodField()
    parties = serializers.SerializerMethodField()
    stages = StageSerializer(many=True, read_only=True)
    amounts = AmountSerializer(many=True, read_only=True)

    class Meta:
        model = Proceeding
        fields = ["id", "kind", "title", "case", "incident", "filed_on", "is_honor_claim", "court", "court_name",
                  "outcome", "outcome_note", "is_confidential", "bases", "parties", "stages", "amounts"]  # fmt: skip

    @extend_schema_field(serializers.ListField(child=serializers.DictField()))
    def get_bases(self, p: Proceeding) -> list[dict[str, str]]:
        return [{"code": b.article.code_id, "article": b.article.article, "part": b.part} for b in p.bases.all()]

    @extend_schema_field(serializers.ListField(child=serializers.DictField()))
    def get_parties(self, p: Proceeding) -> list[dict[str, Any]]:
        return [party_data(x, _user(self)) for x in p.parties.all()]


@extend_schema_field({"type": "string", "pattern": r"^\d{4}-\d{2}$", "example": "2024-03"})
class MonthField(serializers.DateField):
    """A registration month, printed YYYY-MM (the schema says so, not "date")."""

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(format="%Y-%m", **kwargs)


class IncidentSerializer(LocalizedMixin, serializers.ModelSerializer):
    registered_month = MonthField()
    primary_category = serializers.CharField(source="primary_category.code")
    secondary_categories = serializers.SerializerMethodField()
    places = serializers.SerializerMethodField()
    actors = serializers.SerializerMethodField()
    case = serializers.SerializerMethodField()

    class Meta:
        model = Incident
        fields = ["id", "title", "date", "date_precision", "registered_month", "primary_category",
                  "secondary_categories", "summary", "status", "is_confidential", "is_follow_up", "case", "places",
                  "actors", "published_at", *LANGUAGE_FIELDS]  # fmt: skip

    @extend_schema_field(serializers.ListField(child=serializers.CharField()))
    def get_secondary_categories(self, i: Incident) -> list[str]:
        return sorted(c.code for c in i.secondary_categories.all())

    @extend_schema_field(serializers.ListField(child=serializers.DictField()))
    def get_places(self, i: Incident) -> list[dict[str, Any]]:
        return [
            {
                "name": p.place.name_en if p.place else p.name_as_written,
                "region_then": p.region_then.code if p.region_then else None,
                "region_now": p.region_now.code if p.region_now else None,
            }
            for p in i.incident_places.all()
        ]

    @extend_schema_field(serializers.ListField(child=serializers.DictField()))
    def get_actors(self, i: Incident) -> list[dict[str, Any]]:
        return [
            {"id": v.actor_id, "name": v.actor.name, "kind": v.actor.kind, "role": v.role} for v in i.involvements.all()
        ]

    @extend_schema_field(serializers.IntegerField(allow_null=True))
    def get_case(self, i: Incident) -> int | None:
        # `case` is fetched through Case.objects.restrict (with_visible_case): None when hidden
        return i.case.pk if i.case_id is not None and i.case is not None else None


class IncidentDetailSerializer(IncidentSerializer):
    narrative = serializers.CharField()
    sources = serializers.SerializerMethodField()
    proceedings = serializers.SerializerMethodField()

    class Meta(IncidentSerializer.Meta):
        fields = [*IncidentSerializer.Meta.fields, "narrative", "sources", "proceedings"]

    def to_representation(self, instance: Incident) -> dict[str, Any]:
        data = super().to_representation(instance)
        if permissions.can_see_confidential(_user(self), instance):
            data["confidential_notes"] = instance.confidential_notes
        return data

    @extend_schema_field(SourceSerializer(many=True))
    def get_sources(self, i: Incident) -> list[dict[str, Any]]:
        return SourceSerializer(i.sources.restrict(_user(self)), many=True).data

    @extend_schema_field(ProceedingSerializer(many=True))
    def get_proceedings(self, i: Incident) -> list[dict[str, Any]]:
        qs = (
            Proceeding.objects.restrict(_user(self))
            .filter(incident=i)
            .prefetch_related(
                "bases__article", "parties__actor", "parties__charges__article", "parties__sentences",
                "parties__bans", "stages", "amounts",
            )
        )
        return ProceedingSerializer(qs, many=True, context=self.context).data


class CaseSerializer(LocalizedMixin, serializers.ModelSerializer):
    incidents = serializers.SerializerMethodField()
    proceedings = serializers.SerializerMethodField()

    class Meta:
        model = Case
        fields = ["id", "title", "description", "is_confidential", "incidents", "proceedings", *LANGUAGE_FIELDS]

    @extend_schema_field(serializers.ListField(child=serializers.IntegerField()))
    def get_incidents(self, c: Case) -> list[int]:
        return list(
            Incident.objects.restrict(_user(self)).filter(case=c).order_by("date", "id").values_list("id", flat=True)
        )

    @extend_schema_field(serializers.ListField(child=serializers.IntegerField()))
    def get_proceedings(self, c: Case) -> list[int]:
        qs = Proceeding.objects.restrict(_user(self)).filter(case=c).order_by("filed_on", "id")
        return list(qs.values_list("id", flat=True))


class PublishedFigureSerializer(serializers.ModelSerializer):
    class Meta:
        model = PublishedFigure
        fields = ["id", "publisher", "measure", "scope", "value", "period_start", "period_end", "wording",
                  "source_document"]  # fmt: skip
