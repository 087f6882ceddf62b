"""The incident filters of the list page, reusable by the JSON API (`IncidentFilterSet`).

Every filter that looks through a relation (categories, places, actors, proceedings) is a semi-join
(`pk IN (subquery)` or EXISTS), so the list never multiplies rows, never needs DISTINCT and its COUNT
stays a count over the incident table alone. Codes are resolved to ids first so the subqueries run on
the foreign-key indexes.

The category and region choices are callables over `codebook()`, the vocabulary labels of one language
kept per process. A form field built before any request (drf-spectacular builds the API filter fields
when it writes /api/schema/) therefore never holds an empty or stale list: the choices are read each
time the field validates or renders.
"""

from __future__ import annotations

import datetime as dt
import re
import threading
import time
from dataclasses import dataclass
from typing import Any

import django_filters
from django import forms
from django.db import connection
from django.db.models import Exists, Max, OuterRef, Q, QuerySet
from django.db.models.signals import post_delete, post_save
from django.utils import translation
from django.utils.html import format_html
from django.utils.safestring import mark_safe
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from speechwatch.codebook import label as pick_label
from speechwatch.incidents.choices import IncidentStatus, ProceedingKind
from speechwatch.incidents.models import Actor, Case, Incident, IncidentPlace, Involvement, Proceeding, normalise_name
from speechwatch.vocab.models import Category, CategoryGroup, CodebookVersion, Region

MAX_ID = 2**63 - 1  # larger ids overflow SQLite's integers; none can exist
MONTH_RE = re.compile(r"^(\d{4})-(\d{2})$")


def parse_month(value: str) -> dt.date | None:
    """`YYYY-MM` → the first day of that month; None when the text is not a real month."""
    m = MONTH_RE.match((value or "").strip())
    if not m:
        return None
    year, month = int(m.group(1)), int(m.group(2))
    if not (1 <= month <= 12 and 1900 <= year <= 2999):
        return None
    return dt.date(year, month, 1)


class MonthField(forms.CharField):
    """A `YYYY-MM` text field that cleans to the first day of the month."""

    default_error_messages = {"invalid": _("Enter a month as YYYY-MM, for example 2024-03.")}

    def to_python(self, value):  # type: ignore[override]
        value = super().to_python(value)
        if not value:
            return None
        month = parse_month(value)
        if month is None:
            raise forms.ValidationError(self.error_messages["invalid"], code="invalid")
        return month


class MonthFilter(django_filters.Filter):
    field_class = MonthField

    def filter(self, qs: QuerySet, value: dt.date | None) -> QuerySet:
        return qs if value is None else qs.filter(registered_month=value)


@dataclass(frozen=True)
class VocabRef:
    """A category or group as table pages print it: `code`, `label` (in the codebook's language), and
    for a category its `group`."""

    pk: int
    code: str
    label: str
    group: VocabRef | None = None

    def __str__(self) -> str:
        return self.label


@dataclass(frozen=True)
class Codebook:
    """The vocabulary labels of one language, made once and shared by every request in that language."""

    categories: dict[int, VocabRef]
    status_label: dict[str, str]
    category_label: dict[int, str]
    category_code: dict[int, str]
    category_group: dict[int, int]
    group: dict[int, tuple[str, str]]  # id → (code, label)
    region_label: dict[int, str]
    category_choices: tuple[tuple[str, str], ...]
    region_choices: tuple[tuple[str, str], ...]


_LABELS = ("label_en", "label_ru", "label_kk")
_cache: dict[str, tuple[Any, Codebook]] = {}
_cache_lock = threading.Lock()
_generation = [0]  # bumped by any save/delete of a vocabulary row in this process
_checked = [0.0, None]  # (monotonic time, fingerprint) of the last look at the database
RECHECK_SECONDS = 5.0  # a codebook loaded by another process shows within this delay


def _labels(row: tuple[Any, ...]) -> dict[str, str]:
    return dict(zip(("en", "ru", "kk"), row, strict=True))


def invalidate_codebook(**kwargs: Any) -> None:
    """Forget the cached labels (connected to saves and deletes of groups, categories and regions)."""
    with _cache_lock:
        _generation[0] += 1
        _cache.clear()
        _checked[0], _checked[1] = 0.0, None


for _model in (CategoryGroup, Category, Region, CodebookVersion):
    post_save.connect(invalidate_codebook, sender=_model, weak=False, dispatch_uid=f"codebook-{_model.__name__}")
    post_delete.connect(invalidate_codebook, sender=_model, weak=False, dispatch_uid=f"codebook-del-{_model.__name__}")


def _fingerprint() -> Any:
    """The newest codebook load (any process), looked up at most every RECHECK_SECONDS."""
    now = time.monotonic()
    if _checked[1] is None or now - _checked[0] > RECHECK_SECONDS:
        _checked[1] = (CodebookVersion.objects.aggregate(m=Max("id"))["m"],)
        _checked[0] = now
    return (_generation[0], _checked[1])


def _build_codebook(lang: str) -> Codebook:
    groups = {
        pk: (code, pick_label(_labels(labels), lang), order)
        for pk, code, order, *labels in CategoryGroup.objects.order_by("order", "code").values_list(
            "pk", "code", "order", *_LABELS
        )
    }
    cats = list(
        Category.objects.order_by("group__order", "order", "code").values_list(
            "pk", "code", "group_id", "active", *_LABELS
        )
    )
    category_label = {pk: pick_label(_labels(labels), lang) for pk, _c, _g, _a, *labels in cats}
    choices: list[tuple[str, str]] = []
    for gid, (gcode, glabel, _order) in groups.items():  # groups first, then their active categories
        choices.append((gcode, glabel))
        choices.extend((code, f"— {category_label[pk]}") for pk, code, g, active, *_ in cats if g == gid and active)
    regions = list(Region.objects.order_by("code").values_list("pk", "code", *_LABELS))
    region_label = {pk: pick_label(_labels(labels), lang) for pk, _code, *labels in regions}
    group_refs = {pk: VocabRef(pk, code, label) for pk, (code, label, _o) in groups.items()}
    with translation.override(lang):
        status_label = {value: str(label) for value, label in IncidentStatus.choices}
    return Codebook(
        categories={pk: VocabRef(pk, code, category_label[pk], group_refs[g]) for pk, code, g, *_ in cats},
        status_label=status_label,
        category_label=category_label,
        category_code={pk: code for pk, code, *_ in cats},
        category_group={pk: g for pk, _c, g, *_ in cats},
        group={pk: (code, label) for pk, (code, label, _o) in groups.items()},
        region_label=region_label,
        category_choices=tuple(choices),
        region_choices=tuple((code, region_label[pk]) for pk, code, *_ in regions),
    )


def codebook(lang: str | None = None) -> Codebook:
    """The labels of `lang` (the active language by default). Kept per process and language, rebuilt
    when a vocabulary row is saved here or a codebook is loaded anywhere; never kept when built inside
    a transaction (it could be rolled back)."""
    lang = (lang or get_language() or "en")[:2]
    key = _fingerprint()
    hit = _cache.get(lang)
    if hit is not None and hit[0] == key:
        return hit[1]
    book = _build_codebook(lang)
    if not connection.in_atomic_block:
        with _cache_lock:
            if key == _fingerprint():
                _cache[lang] = (key, book)
    return book


def codebook_for(request: Any) -> Codebook:
    """`codebook()` once per request (kept on the request, so a request never builds it twice)."""
    lang = (get_language() or "en")[:2]
    memo = getattr(request, "_speechwatch_codebook", None) if request is not None else None
    if memo is not None and memo[0] == lang:
        return memo[1]
    book = codebook(lang)
    if request is not None:
        request._speechwatch_codebook = (lang, book)
    return book


def category_choices() -> list[tuple[str, str]]:
    """Groups first (`legal` = any category of the group), then each active category, in codebook order."""
    return list(codebook().category_choices)


def region_choices() -> list[tuple[str, str]]:
    return list(codebook().region_choices)


class FastSelect(forms.Select):
    """A <select> with the same HTML as Django's, written with format_html instead of one template
    per option (the list page's two long drop-downs cost a fifth of the page that way)."""

    def render(self, name: str, value: Any, attrs: dict[str, Any] | None = None, renderer: Any = None) -> str:
        choices = list(self.choices)
        if self.allow_multiple_selected or any(isinstance(v, (list, tuple)) for _k, v in choices):
            return super().render(name, value, attrs, renderer)
        chosen = {str(v) for v in self.format_value(value)}
        final = self.build_attrs(self.attrs, attrs)
        head = format_html('<select name="{}"{}>', name, _attrs_html(final))
        options = "".join(
            format_html(
                '\n  <option value="{}"{}>{}</option>\n', k, mark_safe(" selected") if str(k) in chosen else "", v
            )
            for k, v in choices
        )
        return mark_safe(f"{head}{options}\n</select>")  # noqa: S308 (built by format_html)


def _attrs_html(attrs: dict[str, Any]) -> str:
    """Django's widgets/attrs.html: ` name="value"`, a bare name for True, nothing for False/None."""
    parts = []
    for key, value in attrs.items():
        if value is True:
            parts.append(format_html(" {}", key))
        elif value is not False and value is not None:
            parts.append(format_html(' {}="{}"', key, value))
    return mark_safe("".join(parts))  # noqa: S308 (built by format_html)


class IncidentFilterSet(django_filters.FilterSet):
    month = MonthFilter(label=_("Month"), widget=forms.TextInput(attrs={"placeholder": "YYYY-MM", "size": 8}))
    # callables: read when the field validates or renders, so a field built early is never empty
    category = django_filters.ChoiceFilter(
        label=_("Category"), method="filter_category", choices=category_choices, widget=FastSelect
    )
    region = django_filters.ChoiceFilter(
        label=_("Region"), method="filter_region", choices=region_choices, widget=FastSelect
    )
    status = django_filters.ChoiceFilter(label=_("Status"), choices=IncidentStatus.choices, widget=FastSelect)
    actor = django_filters.CharFilter(label=_("Actor"), method="filter_actor")
    proceeding = django_filters.ChoiceFilter(
        label=_("Proceeding kind"), method="filter_proceeding", choices=ProceedingKind.choices, widget=FastSelect
    )
    follow_up = django_filters.BooleanFilter(
        label=_("Follow-up"),
        field_name="is_follow_up",
        widget=FastSelect(choices=[("", "---------"), ("true", _("Yes")), ("false", _("No"))]),
    )
    case = django_filters.NumberFilter(label=_("Case"), method="filter_case", widget=forms.HiddenInput)
    q = django_filters.CharFilter(label=_("Search"), method="filter_search")

    class Meta:
        model = Incident
        fields: list[str] = []

    @property
    def form(self) -> forms.Form:
        """The filter form with this request's vocabulary choices (one lookup per request; the class-level
        callables stay as the fallback for fields built without a request)."""
        if not hasattr(self, "_form"):
            form = super().form
            book = codebook_for(self.request)
            form.fields["category"].choices = book.category_choices
            form.fields["region"].choices = book.region_choices
            if not getattr(getattr(self.request, "user", None), "is_authenticated", False):
                # anonymous visitors see published incidents only: offering Draft or Rejected misleads
                status = form.fields["status"]
                status.choices = [c for c in status.choices if c[0] in ("", IncidentStatus.PUBLISHED)]
        return self._form

    def filter_category(self, qs: QuerySet, name: str, value: str) -> QuerySet:
        if not value:
            return qs
        if CategoryGroup.objects.filter(code=value).exists():
            ids = list(Category.objects.filter(group__code=value).values_list("pk", flat=True))
        else:
            ids = list(Category.objects.filter(code=value).values_list("pk", flat=True))
        secondary = Incident.secondary_categories.through.objects.filter(category_id__in=ids)
        return qs.filter(Q(primary_category_id__in=ids) | Q(pk__in=secondary.values("incident_id")))

    def filter_region(self, qs: QuerySet, name: str, value: str) -> QuerySet:
        if not value:
            return qs
        region = Region.objects.filter(code=value).values_list("pk", flat=True).first()
        places = IncidentPlace.objects.filter(Q(region_then_id=region) | Q(region_now_id=region))
        return qs.filter(pk__in=places.values("incident_id"))

    def filter_actor(self, qs: QuerySet, name: str, value: str) -> QuerySet:
        value = (value or "").strip()
        if not value:
            return qs
        if value.isdigit():
            actors = Actor.objects.filter(pk=int(value))
        else:
            key = normalise_name(value)
            actors = Actor.objects.filter(
                Q(name__icontains=value) | Q(normalised__contains=key) | Q(aliases__normalised__contains=key)
            )
        involved = Involvement.objects.filter(actor_id__in=actors.values("pk"))
        return qs.filter(pk__in=involved.values("incident_id"))

    def filter_proceeding(self, qs: QuerySet, name: str, value: str) -> QuerySet:
        if not value:
            return qs
        user = getattr(self.request, "user", None)
        procs = Proceeding.objects.restrict(user).filter(kind=value)
        own = procs.filter(incident_id=OuterRef("pk"))
        of_case = procs.filter(case_id=OuterRef("case_id"), case__isnull=False)
        return qs.filter(Exists(own) | Exists(of_case))

    def filter_case(self, qs: QuerySet, name: str, value: object) -> QuerySet:
        """Only a case the user may see filters anything: asking for a hidden case's incidents gives
        none, the same answer as for a case that does not exist (membership is not revealed)."""
        if value is None:
            return qs
        pk = int(value) if value == int(value) else -1  # type: ignore[call-overload]
        if not 0 < pk < MAX_ID:
            return qs.none()
        user = getattr(self.request, "user", None)
        if not Case.objects.restrict(user).filter(pk=pk).exists():
            return qs.none()
        return qs.filter(case_id=pk)

    def filter_search(self, qs: QuerySet, name: str, value: str) -> QuerySet:
        from speechwatch.web.search import search_incidents

        return search_incidents(qs, value) if (value or "").strip() else qs
