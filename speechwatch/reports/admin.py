"""Admin for what editors author for reports (the report editor and organisation page are the
everyday tools; the admin is for corrections)."""

from django.contrib import admin

from speechwatch.reports.models import LeadText, Organisation, ReportItem, ReportPlan


@admin.register(Organisation)
class OrganisationAdmin(admin.ModelAdmin):
    list_display = ("lang", "name", "head", "email", "updated_at", "updated_by")
    readonly_fields = ("updated_by", "updated_at")


class ReportItemInline(admin.TabularInline):
    model = ReportItem
    raw_id_fields = ("incident",)
    extra = 0


@admin.register(ReportPlan)
class ReportPlanAdmin(admin.ModelAdmin):
    list_display = ("kind", "period", "basis", "updated_at", "updated_by")
    list_filter = ("kind", "basis")
    inlines = [ReportItemInline]
    readonly_fields = ("updated_by", "updated_at")


@admin.register(LeadText)
class LeadTextAdmin(admin.ModelAdmin):
    list_display = ("item", "lang", "heading")
    list_filter = ("lang",)
    raw_id_fields = ("item",)

