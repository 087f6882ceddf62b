"""The incident filters of the list page, reusable by the JSON API (`IncidentFilterSet`).

Every filter that looks through a relation (categories, places, actors, proceedings) is a semi-join
(`pk IN (subquery)` or EXISTS), so the list never multiplies rows, never needs DISTINCT and its COUNT
stays a count over the incident table alone. Codes are resolved to ids first so the subqueries run on
the foreign-key indexes.

The category and region choices are callables over `codebook()`, the vocabulary labels of one language
kept per process. A form field built before any request (drf-spectacular builds the API filter fields
when it writes /api/schema/) therefore never holds an empty or stale list: the choices are read each
time the field validates or renders.

Every filter that looks at a proceeding, a legal article or a case takes only what the user may see
(`Proceeding.objects.restrict(user)`, `Case.objects.restrict(user)`): asking for a hidden record's
incidents gives the same answer as asking for one that does not exist. Category and group match the
primary category by default, the one an incident is counted under in statistics and the facet counts,
so a count links to a list of exactly that many rows; `secondary=true` widens them to secondary
categories. `region` is the region at the time of the incident (as statistics count it), `region_now`
today's region. The filters are declared in the canonical order of a shareable URL (see
`web.listing.canonical_query`); `sort` comes last.
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
from django.db.models import Exists, F, Max, OuterRef, Q, QuerySet
from django.db.models.signals import post_delete, post_save
from django.utils import translation
from django.utils.html import format_html
from django.utils.safestring import mark_safe
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from speechwatch.codebook import label as pick_label
from speechwatch.incidents.choices import STATE_SUBKINDS, ActorSubkind, IncidentStatus, ProceedingKind
from speechwatch.incidents.models import (
    Actor,
    Case,
    Incident,
    IncidentPlace,
    Involvement,
    Proceeding,
    ProceedingBasis,
    normalise_name,
)
from speechwatch.vocab.models import Category, CategoryGroup, CodebookVersion, LegalArticle, LegalCode, Region

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
    """The registration month: `month` (exact), `registered_from` (gte) and `registered_to` (lte)."""

    field_class = MonthField

    def filter(self, qs: QuerySet, value: dt.date | None) -> QuerySet:
        return qs if value is None else qs.filter(**{f"registered_month__{self.lookup_expr}": value})


class YearFilter(django_filters.NumberFilter):
    """The year of the incident's date, as a date range (so the date index serves it)."""

    def filter(self, qs: QuerySet, value: Any) -> QuerySet:
        if value in (None, ""):
            return qs
        year = int(value)
        if not 1900 <= year <= 2999 or year != value:
            return qs.none()
        return qs.filter(date__gte=dt.date(year, 1, 1), date__lt=dt.date(year + 1, 1, 1))


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
    group_choices: tuple[tuple[str, str], ...] = ()
    article_choices: tuple[tuple[str, str], ...] = ()  # ("CC 174", "CC 174 · label")
    article_ids: dict[str, tuple[int, ...]] | None = None  # "CC 174" → LegalArticle ids (all versions)
    category_ids: dict[str, tuple[int, ...]] | None = None  # category or group code → category ids


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


for _model in (CategoryGroup, Category, Region, CodebookVersion, LegalCode, LegalArticle):
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
    articles = [
        (pk, f"{code} {article}", pick_label(_labels(labels), lang))
        for pk, code, article, *labels in LegalArticle.objects.order_by("code_id", "article", "pk").values_list(
            "pk", "code_id", "article", *_LABELS
        )
    ]
    category_ids: dict[str, tuple[int, ...]] = {code: (pk,) for pk, code, *_ in cats}
    for gid, (gcode, _l, _o) in groups.items():
        category_ids[gcode] = tuple(pk for pk, _c, g, *_ in cats if g == gid)
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
        group_choices=tuple((code, label) for code, label, _o in groups.values()),
        article_choices=tuple(
            dict((key, f"{key} · {label}" if label else key) for _pk, key, label in articles).items()
        ),
        article_ids={key: tuple(pk for pk, k, _l in articles if k == key) for _pk, key, _l in articles},
        category_ids=category_ids,
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


def group_choices() -> list[tuple[str, str]]:
    return list(codebook().group_choices)


def article_choices() -> list[tuple[str, str]]:
    """Legal articles as `CODE ARTICLE` (the key of the statistics' legal-basis breakdown)."""
    return list(codebook().article_choices)


PERPETRATOR_KINDS = (
    ("state", _("State body or official")),
    ("non_state", _("Not a state body")),
    ("unknown", _("No perpetrator named")),
)
OUTLET_KINDS = tuple(
    (sub.value, sub.label)
    for sub in (
        ActorSubkind.NEWSPAPER, ActorSubkind.TV, ActorSubkind.RADIO, ActorSubkind.NEWS_AGENCY,
        ActorSubkind.ONLINE, ActorSubkind.TELEGRAM, ActorSubkind.YOUTUBE, ActorSubkind.SOCIAL,
    )
)  # fmt: skip
SORTS = (
    ("registered", _("Registration month, then date")),
    ("date", _("Incident date, newest first")),
    ("date_asc", _("Incident date, oldest first")),
    ("newest", _("Recently added")),
    ("title", _("Title, A to Z")),
)
SORT_ORDER: dict[str, tuple[Any, ...]] = {
    "registered": ("-registered_month", "-date", "-id"),  # the model's ordering and its index
    "date": (F("date").desc(nulls_last=True), "-id"),
    "date_asc": (F("date").asc(nulls_last=True), "id"),
    "newest": ("-id",),
    "title": ("title", "id"),
}
STATE_PERPETRATOR = Q(actor__is_state=True) | Q(actor__subkind__in=STATE_SUBKINDS)


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


def _month_box() -> forms.TextInput:
    return forms.TextInput(attrs={"placeholder": "YYYY-MM", "size": 8, "inputmode": "numeric"})


def _date_box() -> forms.DateInput:
    return forms.DateInput(attrs={"type": "date"})


class IncidentFilterSet(django_filters.FilterSet):
    # Declared in the canonical order of a shareable URL (web.listing.canonical_query).
    q = django_filters.CharFilter(label=_("Search"), method="filter_search")
    date_from = django_filters.DateFilter(
        label=_("Incident date from"), field_name="date", lookup_expr="gte", widget=_date_box()
    )
    date_to = django_filters.DateFilter(
        label=_("Incident date to"), field_name="date", lookup_expr="lte", widget=_date_box()
    )
    year = YearFilter(label=_("Year of the incident"), widget=forms.NumberInput(attrs={"min": 1991, "max": 2999}))
    month = MonthFilter(label=_("Month"), widget=_month_box())
    registered_from = MonthFilter(label=_("Registered from"), lookup_expr="gte", widget=_month_box())
    registered_to = MonthFilter(label=_("Registered to"), lookup_expr="lte", widget=_month_box())
    # callables: read when the field validates or renders, so a field built early is never empty
    group = django_filters.ChoiceFilter(
        label=_("Group"), method="filter_group", choices=group_choices, widget=FastSelect
    )
    category = django_filters.ChoiceFilter(
        label=_("Category"), method="filter_category", choices=category_choices, widget=FastSelect
    )
    secondary = django_filters.BooleanFilter(
        label=_("Include secondary categories"),
        method="filter_noop",
        widget=forms.CheckboxInput(check_test=lambda v: str(v).lower() in ("true", "1", "on")),
    )
    region = django_filters.ChoiceFilter(
        label=_("Region at the time"), method="filter_region", choices=region_choices, widget=FastSelect
    )
    region_now = django_filters.ChoiceFilter(
        label=_("Region today"), method="filter_region_now", choices=region_choices, widget=FastSelect
    )
    status = django_filters.ChoiceFilter(label=_("Status"), choices=IncidentStatus.choices, widget=FastSelect)
    follow_up = django_filters.BooleanFilter(
        label=_("Follow-up"),
        field_name="is_follow_up",
        widget=FastSelect(choices=[("", "---------"), ("true", _("Yes")), ("false", _("No"))]),
    )
    perpetrator_kind = django_filters.ChoiceFilter(
        label=_("Perpetrator"), method="filter_perpetrator_kind", choices=PERPETRATOR_KINDS, widget=FastSelect
    )
    outlet_kind = django_filters.ChoiceFilter(
        label=_("Outlet affected"), method="filter_outlet_kind", choices=OUTLET_KINDS, widget=FastSelect
    )
    proceeding_kind = django_filters.ChoiceFilter(
        label=_("Proceeding kind"), method="filter_proceeding", choices=ProceedingKind.choices, widget=FastSelect
    )
    proceeding = django_filters.ChoiceFilter(  # the older name of proceeding_kind; links keep working
        label=_("Proceeding kind"), method="filter_proceeding", choices=ProceedingKind.choices, widget=FastSelect
    )
    article = django_filters.ChoiceFilter(
        label=_("Legal article"), method="filter_article", choices=article_choices, widget=FastSelect
    )
    actor = django_filters.CharFilter(label=_("Actor"), method="filter_actor")
    case = django_filters.NumberFilter(label=_("Case"), method="filter_case", widget=forms.HiddenInput)
    sort = django_filters.ChoiceFilter(  # shown above the results, so it names the form it belongs to
        label=_("Sort by"),
        method="filter_sort",
        choices=SORTS,
        empty_label=None,
        initial="registered",
        widget=FastSelect(attrs={"form": "incident-filters", "data-autosubmit": True}),
    )

    class Meta:
        model = Incident
        fields: list[str] = []

    def __init__(self, data: Any = None, *args: Any, **kwargs: Any) -> None:
        if data is not None and not data.get("sort"):  # the sort box shows the default order as chosen
            data = data.copy()
            data["sort"] = "registered"
        super().__init__(data, *args, **kwargs)

    @property
    def form(self) -> forms.Form:
        """The filter form with this request's vocabulary choices (one lookup per request; the class-level
        callables stay as the fallback for fields built without a request)."""
        if not hasattr(self, "_form"):
            form = super().form
            book = codebook_for(self.request)
            form.fields["category"].choices = book.category_choices
            form.fields["region"].choices = book.region_choices
            form.fields["region_now"].choices = book.region_choices
            form.fields["group"].choices = book.group_choices
            form.fields["article"].choices = book.article_choices
            if not getattr(getattr(self.request, "user", None), "is_authenticated", False):
                # anonymous visitors see published incidents only: offering Draft or Rejected misleads
                status = form.fields["status"]
                status.choices = [c for c in status.choices if c[0] in ("", IncidentStatus.PUBLISHED)]
        return self._form

    @property
    def sort_key(self) -> str:
        """The order the rows are in (the default when the form has no valid `sort`)."""
        value = self.form.cleaned_data.get("sort") if self.form.is_valid() else None
        return value if value in SORT_ORDER else "registered"

    def _user(self) -> Any:
        return getattr(self.request, "user", None)

    def _category_ids(self, code: str) -> tuple[int, ...]:
        ids = (codebook_for(self.request).category_ids or {}).get(code)
        if ids is None:  # a code added since the labels were cached
            ids = tuple(Category.objects.filter(Q(code=code) | Q(group__code=code)).values_list("pk", flat=True))
        return ids

    def _by_categories(self, qs: QuerySet, ids: tuple[int, ...]) -> QuerySet:
        if not self.form.cleaned_data.get("secondary"):
            return qs.filter(primary_category_id__in=ids)
        secondary = Incident.secondary_categories.through.objects.filter(category_id__in=ids)
        return qs.filter(Q(primary_category_id__in=ids) | Q(pk__in=secondary.values("incident_id")))

    def filter_noop(self, qs: QuerySet, name: str, value: Any) -> QuerySet:
        return qs  # read by the category and group filters

    def filter_group(self, qs: QuerySet, name: str, value: str) -> QuerySet:
        if not value:
            return qs
        ids = tuple(Category.objects.filter(group__code=value).values_list("pk", flat=True))
        return self._by_categories(qs, ids)

    def filter_category(self, qs: QuerySet, name: str, value: str) -> QuerySet:
        """A category code, or a group code (any category of the group)."""
        if not value:
            return qs
        return self._by_categories(qs, self._category_ids(value))

    def filter_region(self, qs: QuerySet, name: str, value: str) -> QuerySet:
        if not value:
            return qs
        region = Region.objects.filter(code=value).values_list("pk", flat=True).first()
        return qs.filter(pk__in=IncidentPlace.objects.filter(region_then_id=region).values("incident_id"))

    def filter_region_now(self, qs: QuerySet, name: str, value: str) -> QuerySet:
        if not value:
            return qs
        region = Region.objects.filter(code=value).values_list("pk", flat=True).first()
        return qs.filter(pk__in=IncidentPlace.objects.filter(region_now_id=region).values("incident_id"))

    def filter_perpetrator_kind(self, qs: QuerySet, name: str, value: str) -> QuerySet:
        """As statistics count them: a state perpetrator (a state body or official), one that is not,
        or none named. An incident with both kinds matches both."""
        if not value:
            return qs
        perps = Involvement.objects.filter(incident_id=OuterRef("pk"), role="perpetrator")
        if value == "state":
            return qs.filter(Exists(perps.filter(STATE_PERPETRATOR)))
        if value == "non_state":
            return qs.filter(Exists(perps.exclude(STATE_PERPETRATOR)))
        return qs.filter(~Exists(perps))

    def filter_outlet_kind(self, qs: QuerySet, name: str, value: str) -> QuerySet:
        """Incidents in which a media outlet of this kind is a victim (as statistics count them)."""
        if not value:
            return qs
        victims = Involvement.objects.filter(role="victim", actor__kind="outlet", actor__subkind=value)
        return qs.filter(pk__in=victims.values("incident_id"))

    def _visible_proceedings(self, qs: QuerySet, procs: QuerySet) -> QuerySet:
        """Incidents with one of `procs` (already restricted to the user), their own or their case's.
        Two uncorrelated IN lists (each computed once: the matching proceedings are few) instead of an
        EXISTS per incident, which cost a visibility check per row of the whole table."""
        procs = procs.order_by()
        own = procs.filter(incident__isnull=False).values("incident_id")
        of_case = procs.filter(case__isnull=False).values("case_id")
        return qs.filter(Q(pk__in=own) | Q(case_id__in=of_case))

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
        return self._visible_proceedings(qs, Proceeding.objects.restrict(self._user()).filter(kind=value))

    def filter_article(self, qs: QuerySet, name: str, value: str) -> QuerySet:
        """Incidents with a visible proceeding (own or of their case) on this legal article."""
        if not value:
            return qs
        ids = (codebook_for(self.request).article_ids or {}).get(value, ())
        bases = ProceedingBasis.objects.filter(article_id__in=ids, proceeding_id=OuterRef("pk"))
        return self._visible_proceedings(qs, Proceeding.objects.restrict(self._user()).filter(Exists(bases)))

    def filter_sort(self, qs: QuerySet, name: str, value: str) -> QuerySet:
        return qs.order_by(*SORT_ORDER.get(value, SORT_ORDER["registered"]))

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
