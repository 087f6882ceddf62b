"""Admin for codebook rows. Normally the codebook comes from data files (`speechwatch codebook DIR`);
the admin is for inspecting it and for small label fixes."""

from __future__ import annotations

from django.contrib import admin

from speechwatch.vocab import models as v


@admin.register(v.CategoryGroup)
class CategoryGroupAdmin(admin.ModelAdmin):
    list_display = ["code", "label_en", "counted", "order"]


@admin.register(v.Category)
class CategoryAdmin(admin.ModelAdmin):
    list_display = ["code", "group", "label_en", "label_ru", "active", "order"]
    list_filter = ["group", "active"]
    search_fields = ["code", "label_en", "label_ru", "label_kk"]


@admin.register(v.LegalCode)
class LegalCodeAdmin(admin.ModelAdmin):
    list_display = ["code", "label_en"]


@admin.register(v.LegalArticle)
class LegalArticleAdmin(admin.ModelAdmin):
    list_display = ["__str__", "label_en", "measure", "valid_from", "valid_to"]
    list_filter = ["code"]


class MembershipInline(admin.TabularInline):
    model = v.PlaceRegion
    extra = 0


@admin.register(v.Region)
class RegionAdmin(admin.ModelAdmin):
    list_display = ["code", "label_en", "kind", "valid_from", "valid_to", "successor"]
    list_filter = ["kind"]


@admin.register(v.Place)
class PlaceAdmin(admin.ModelAdmin):
    list_display = ["name_en", "name_ru", "name_kk", "kind"]
    search_fields = ["name_en", "name_ru", "name_kk"]
    inlines = [MembershipInline]


@admin.register(v.CodebookVersion)
class CodebookVersionAdmin(admin.ModelAdmin):
    list_display = ["vocabulary", "version", "source", "loaded_at"]
