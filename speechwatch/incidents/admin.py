"""Django admin for the incident records: a fallback for administrators; editors work in the web UI.
Audited models use simple-history's admin, so each object's change history is one click away."""

from __future__ import annotations

from typing import Any

from django.contrib import admin
from simple_history.admin import SimpleHistoryAdmin

from speechwatch.incidents import models as m
from speechwatch.incidents.models.translations import TranslationBase


class AliasInline(admin.TabularInline):
    model = m.ActorAlias
    extra = 0


class TranslationInline(admin.StackedInline):
    """A record's texts in the other languages. The web editor and the translation page are the
    usual way (they write through save_translation); `TranslationAuthorMixin` records the admin as
    the author."""

    extra = 0
    readonly_fields = ["updated_by", "updated_at"]

    def get_fields(self, request: Any, obj: Any = None) -> list[str]:
        return ["lang", "status", *self.model.FIELDS, "updated_by", "updated_at"]


class IncidentTranslationInline(TranslationInline):
    model = m.IncidentTranslation


class CaseTranslationInline(TranslationInline):
    model = m.CaseTranslation


class LegislativeItemTranslationInline(TranslationInline):
    model = m.LegislativeItemTranslation


class ActorTranslationInline(TranslationInline):
    model = m.ActorTranslation


class TranslationAuthorMixin:
    """Record the admin as the author of translation rows saved through the inlines (the audit
    history gets the user from simple-history's middleware; the row's own `updated_by` from here)."""

    def save_formset(self, request: Any, form: Any, formset: Any, change: bool) -> None:
        if issubclass(formset.model, TranslationBase):
            for row in formset.save(commit=False):
                row.updated_by = request.user
                row.save()
            for row in formset.deleted_objects:
                row.delete()
            formset.save_m2m()
            return
        super().save_formset(request, form, formset, change)  # type: ignore[misc]


@admin.register(m.Actor)
class ActorAdmin(TranslationAuthorMixin, SimpleHistoryAdmin):
    list_display = ["name", "kind", "subkind", "is_state"]
    list_filter = ["kind", "subkind", "is_state"]
    search_fields = ["name", "normalised", "aliases__name"]
    inlines = [AliasInline, ActorTranslationInline]


class PlaceInline(admin.TabularInline):
    model = m.IncidentPlace
    extra = 0
    autocomplete_fields: list[str] = []


class InvolvementInline(admin.TabularInline):
    model = m.Involvement
    extra = 0
    raw_id_fields = ["actor"]


class SourceInline(admin.StackedInline):
    model = m.Source
    extra = 0


@admin.register(m.Incident)
class IncidentAdmin(TranslationAuthorMixin, SimpleHistoryAdmin):
    list_display = ["id", "title", "registered_month", "primary_category", "status", "is_confidential", "is_follow_up"]
    list_filter = ["status", "is_confidential", "is_follow_up", "primary_category__group", "registered_month"]
    search_fields = ["title", "summary"]
    date_hierarchy = "registered_month"
    raw_id_fields = ["case", "source_document", "created_by", "verified_by"]
    filter_horizontal = ["secondary_categories"]
    inlines = [PlaceInline, InvolvementInline, SourceInline, IncidentTranslationInline]
    list_select_related = ["primary_category"]


@admin.register(m.Case)
class CaseAdmin(TranslationAuthorMixin, SimpleHistoryAdmin):
    list_display = ["id", "title", "is_confidential", "updated_at"]
    list_filter = ["is_confidential"]
    search_fields = ["title"]
    inlines = [CaseTranslationInline]


class BasisInline(admin.TabularInline):
    model = m.ProceedingBasis
    extra = 0


class PartyInline(admin.TabularInline):
    model = m.ProceedingParty
    extra = 0
    raw_id_fields = ["actor"]
    fields = ["actor", "role", "confirmed", "custody_status", "custody_since"]
    show_change_link = True  # charges, sentences and bans are edited on the party's own page


class StageInline(admin.TabularInline):
    model = m.StageEvent
    extra = 0
    raw_id_fields = ["incident"]


class AmountInline(admin.TabularInline):
    model = m.MoneyAmount
    extra = 0


@admin.register(m.Proceeding)
class ProceedingAdmin(SimpleHistoryAdmin):
    list_display = ["id", "__str__", "kind", "filed_on", "outcome", "is_honor_claim", "is_confidential"]
    list_filter = ["kind", "outcome", "is_honor_claim", "is_confidential"]
    search_fields = ["title", "court_name"]
    raw_id_fields = ["case", "incident", "court"]
    inlines = [BasisInline, PartyInline, StageInline, AmountInline]


@admin.register(m.Source)
class SourceAdmin(SimpleHistoryAdmin):
    list_display = ["__str__", "kind", "reliability", "is_confidential", "incident"]
    list_filter = ["kind", "reliability", "is_confidential"]
    raw_id_fields = ["incident"]


@admin.register(m.StageEvent)
class StageEventAdmin(SimpleHistoryAdmin):
    list_display = ["proceeding", "kind", "date", "in_favour_of_media"]
    list_filter = ["kind"]
    raw_id_fields = ["proceeding", "incident"]


@admin.register(m.MoneyAmount)
class MoneyAmountAdmin(SimpleHistoryAdmin):
    list_display = ["proceeding", "kind", "amount_kzt", "date"]
    list_filter = ["kind"]
    raw_id_fields = ["proceeding"]


@admin.register(m.PublishedFigure)
class PublishedFigureAdmin(admin.ModelAdmin):
    list_display = ["measure", "scope", "value", "period_start", "period_end", "publisher"]
    list_filter = ["scope", "measure"]
    raw_id_fields = ["source_document"]


class LegislativeEventInline(admin.TabularInline):
    model = m.LegislativeEvent
    extra = 0


@admin.register(m.LegislativeItem)
class LegislativeItemAdmin(TranslationAuthorMixin, admin.ModelAdmin):
    list_display = ["title", "kind", "status"]
    list_filter = ["kind"]
    raw_id_fields = ["incident"]
    inlines = [LegislativeEventInline, LegislativeItemTranslationInline]


@admin.register(m.SourceDocument)
class SourceDocumentAdmin(admin.ModelAdmin):
    list_display = ["__str__", "format", "language", "kind", "period_start", "period_end"]
    list_filter = ["format", "language", "kind"]
    search_fields = ["title", "filename", "sha256"]
    exclude = ["text", "extraction"]


class SentenceInline(admin.StackedInline):
    model = m.Sentence
    extra = 0


class BanInline(admin.TabularInline):
    model = m.Ban
    extra = 0

    def formfield_for_foreignkey(self, db_field, request, **kwargs):
        if db_field.name == "sentence":
            kwargs["queryset"] = m.Sentence.objects.filter(party_id=_object_id(request))
        return super().formfield_for_foreignkey(db_field, request, **kwargs)


def _object_id(request) -> int | None:
    match = request.resolver_match
    value = match.kwargs.get("object_id") if match else None
    return int(value) if value and str(value).isdigit() else None


@admin.register(m.ProceedingParty)
class ProceedingPartyAdmin(SimpleHistoryAdmin):
    """A party's structured legal outcome: the charges (only bases of the party's own proceeding are
    offered), custody status, sentences and bans a briefing prints."""

    list_display = ["actor", "role", "proceeding", "custody_status", "confirmed"]
    list_filter = ["role", "confirmed", "custody_status"]
    raw_id_fields = ["proceeding", "actor"]
    filter_horizontal = ["charges"]
    inlines = [SentenceInline, BanInline]

    def formfield_for_manytomany(self, db_field, request, **kwargs):
        if db_field.name == "charges":
            party = m.ProceedingParty.objects.filter(pk=_object_id(request)).first()
            qs = m.ProceedingBasis.objects.select_related("article")
            kwargs["queryset"] = qs.filter(proceeding_id=party.proceeding_id) if party else qs.none()
        return super().formfield_for_manytomany(db_field, request, **kwargs)


@admin.register(m.Sentence)
class SentenceAdmin(SimpleHistoryAdmin):
    list_display = ["party", "kind", "term_years", "term_months", "is_suspended", "sentenced_on", "is_current"]
    list_filter = ["kind", "is_suspended", "is_current"]
    raw_id_fields = ["party"]


@admin.register(m.Ban)
class BanAdmin(SimpleHistoryAdmin):
    list_display = ["party", "kind", "term_years", "term_months", "starts_on", "ends_on"]
    list_filter = ["kind"]
    raw_id_fields = ["party", "sentence"]


admin.site.register([m.IncidentPlace, m.Involvement, m.ProceedingBasis, m.ActorAlias])
