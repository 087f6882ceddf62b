"""Admin for editable report texts and rendered report files."""

from django.contrib import admin

from speechwatch.stats.models import RenderedReport, ReportText


@admin.register(ReportText)
class ReportTextAdmin(admin.ModelAdmin):
    list_display = ("kind", "period", "key", "lang", "updated_at", "updated_by")
    list_filter = ("kind", "key", "lang")
    search_fields = ("period", "body")


@admin.register(RenderedReport)
class RenderedReportAdmin(admin.ModelAdmin):
    list_display = ("kind", "period", "lang", "format", "size", "seconds", "created_at", "created_by")
    list_filter = ("kind", "format", "lang")
