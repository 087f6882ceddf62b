"""The methodology's vocabularies as database rows, loaded from speechwatch/codebook data files.

Codes are stable keys; labels may change with a new codebook version. Loading a codebook updates rows
by code, so incidents keep pointing at the same category across versions.
"""

from __future__ import annotations

from datetime import date

from django.db import models
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from speechwatch.codebook import label as pick_label


class LabelledMixin(models.Model):
    label_en = models.CharField(max_length=300)
    label_ru = models.CharField(max_length=300, blank=True, default="")
    label_kk = models.CharField(max_length=300, blank=True, default="")

    class Meta:
        abstract = True

    def __str__(self) -> str:
        return self.label

    def label_in(self, lang: str | None = None) -> str:
        lang = (lang or get_language() or "en")[:2]
        return pick_label({"en": self.label_en, "ru": self.label_ru, "kk": self.label_kk}, lang)

    @property
    def label(self) -> str:
        return self.label_in()


class CodebookVersion(models.Model):
    vocabulary = models.CharField(max_length=40)
    version = models.CharField(max_length=40)
    source = models.CharField(max_length=500, blank=True, default="")
    loaded_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-loaded_at"]

    def __str__(self) -> str:
        return f"{self.vocabulary} {self.version}"


class CategoryGroup(LabelledMixin):
    code = models.CharField(max_length=40, unique=True)
    counted = models.BooleanField(default=True, help_text=_("Counted as a violation in statistics."))
    order = models.PositiveSmallIntegerField(default=0)

    class Meta:
        ordering = ["order", "code"]


class Category(LabelledMixin):
    code = models.CharField(max_length=60, unique=True)
    group = models.ForeignKey(CategoryGroup, on_delete=models.PROTECT, related_name="categories")
    order = models.PositiveSmallIntegerField(default=0)
    chapter = models.CharField(max_length=40, blank=True, default="")
    description_en = models.TextField(blank=True, default="")
    description_ru = models.TextField(blank=True, default="")
    description_kk = models.TextField(blank=True, default="")
    active = models.BooleanField(default=True)

    class Meta:
        ordering = ["group__order", "order", "code"]
        verbose_name_plural = "categories"

    @property
    def counted(self) -> bool:
        return self.group.counted


class LegalCode(LabelledMixin):
    code = models.CharField(max_length=10, unique=True)

    class Meta:
        ordering = ["code"]


class LegalArticle(LabelledMixin):
    code = models.ForeignKey(LegalCode, on_delete=models.PROTECT, related_name="articles", to_field="code")
    article = models.CharField(max_length=20)
    measure = models.CharField(max_length=60, blank=True, default="")
    valid_from = models.DateField(null=True, blank=True)
    valid_to = models.DateField(null=True, blank=True)

    class Meta:
        ordering = ["code", "article"]
        constraints = [models.UniqueConstraint(fields=["code", "article"], name="uniq_legal_article")]

    def __str__(self) -> str:
        return f"{self.code_id} {self.article}"


class Region(LabelledMixin):
    class Kind(models.TextChoices):
        REGION = "region", _("Region")
        CITY = "city", _("City of republican significance")

    code = models.CharField(max_length=40, unique=True)
    kind = models.CharField(max_length=10, choices=Kind.choices)
    valid_from = models.DateField(null=True, blank=True)
    valid_to = models.DateField(null=True, blank=True)
    variants = models.JSONField(default=list, blank=True)
    successor = models.ForeignKey("self", null=True, blank=True, on_delete=models.SET_NULL)

    class Meta:
        ordering = ["label_en"]


class Place(models.Model):
    name_en = models.CharField(max_length=200)
    name_ru = models.CharField(max_length=200, blank=True, default="")
    name_kk = models.CharField(max_length=200, blank=True, default="")
    kind = models.CharField(max_length=20, default="city")
    variants = models.JSONField(default=list, blank=True)
    # WGS 84 degrees from the codebook (places.json `lat`/`lon`); the map draws a point for a settlement
    # that has them. Optional: another organisation's codebook may carry none.
    latitude = models.FloatField(null=True, blank=True)
    longitude = models.FloatField(null=True, blank=True)

    class Meta:
        ordering = ["name_en"]
        constraints = [models.UniqueConstraint(fields=["name_en"], name="uniq_place_name_en")]

    def __str__(self) -> str:
        lang = (get_language() or "en")[:2]
        return pick_label({"en": self.name_en, "ru": self.name_ru, "kk": self.name_kk}, lang)

    def region_on(self, day: date | None) -> Region | None:
        """The region this place belonged to on `day`; today's region when `day` is None."""
        memberships = list(self.memberships.select_related("region"))
        for m in memberships:
            if day is None and m.valid_to is None:
                return m.region
            if (
                day is not None
                and (m.valid_from is None or m.valid_from <= day)
                and (m.valid_to is None or day < m.valid_to)
            ):
                return m.region
        return memberships[-1].region if memberships else None


class PlaceRegion(models.Model):
    place = models.ForeignKey(Place, on_delete=models.CASCADE, related_name="memberships")
    region = models.ForeignKey(Region, on_delete=models.PROTECT, related_name="place_memberships")
    valid_from = models.DateField(null=True, blank=True)
    valid_to = models.DateField(null=True, blank=True)

    class Meta:
        ordering = ["valid_from"]

    def __str__(self) -> str:
        return f"{self.place} → {self.region}"
