"""The translation queue, the translation page of a record, and a record's translation history.

Monitors, editors and admins translate (monitors save drafts; only editors mark a translation
reviewed). Every record is fetched through `restrict(user)`, so the queue and the pages never show a
record its reader may not see.
"""

from __future__ import annotations

from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.db import connection, transaction
from django.db.models import Prefetch
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _

from speechwatch.core import permissions
from speechwatch.incidents.models.translations import LANG_CODES, TRANSLATION_LANGS
from speechwatch.incidents.translations import TRANSLATION_MODELS, source_lang
from speechwatch.web.audit import translation_entries
from speechwatch.web.filtersets import parse_month
from speechwatch.web.forms.translations import LANG_NAMES, TranslationConflict, TranslationPanels, conflict_message
from speechwatch.web.paging import Page, page_number
from speechwatch.web.translation_queue import (
    KIND_LABELS,
    KINDS,
    QUEUE_STATUSES,
    STATUS_LABELS,
    STATUS_ORDER,
    QueueFilter,
    cached_counts,
    queue_rows,
)

QUEUE_PAGE_SIZE = 30


def _page(qs: Any, raw: str | None) -> Page:
    """One page of the queue, fetched with one row more to know whether there is a next page. No
    COUNT query: over 100,000 records with per-row status subqueries, PostgreSQL estimated even a
    capped count expensive enough to JIT-compile it (a second per view). The total comes from the
    counts table when one language is chosen, and is not shown otherwise (-1)."""
    number = page_number(raw)
    offset = (number - 1) * QUEUE_PAGE_SIZE
    rows = _without_jit(qs[offset : offset + QUEUE_PAGE_SIZE + 1])
    return Page(rows[:QUEUE_PAGE_SIZE], number, len(rows) > QUEUE_PAGE_SIZE, -1, False)


def _without_jit(qs: Any) -> list[Any]:
    """Fetch a page with PostgreSQL's JIT compiler off for this transaction only. The planner cannot
    estimate how many records a status subquery keeps (it assumes very few), so a page deep in the
    queue looks costly enough to JIT-compile: 0.7 s of compiling for 50 ms of work at 100,000."""
    if connection.vendor != "postgresql":
        return list(qs)
    with transaction.atomic(), connection.cursor() as cursor:
        cursor.execute("SET LOCAL jit = off")
        return list(qs)


def _translator(request: HttpRequest) -> None:
    if not permissions.can_create(request.user):
        raise PermissionDenied


def _record(request: HttpRequest, kind: str, pk: int) -> Any:
    model = KINDS.get(kind)
    if model is None:
        raise Http404("unknown kind of record")
    return get_object_or_404(model.objects.restrict(request.user), pk=pk)


def _queue_filter(request: HttpRequest) -> QueueFilter:
    """The filter from the query string; unknown values fall back to the defaults instead of failing."""
    get = request.GET
    kind = get.get("kind", "incident")
    lang = get.get("lang", "")
    statuses = tuple(s for s in get.getlist("status") if s in QUEUE_STATUSES)
    month = parse_month(get.get("month", ""))
    return QueueFilter(
        kind=kind if kind in KINDS else "incident",
        lang=lang if lang in LANG_CODES else "",
        statuses=statuses or QueueFilter.statuses,
        month=month,
    )


@login_required
def translation_queue(request: HttpRequest) -> HttpResponse:
    """What is missing or draft per language, with counts per language and status on top."""
    _translator(request)
    flt = _queue_filter(request)
    records = flt.records(request.user)
    table = cached_counts(flt.kind, records, request.user, flt.month)
    model, _fk = TRANSLATION_MODELS[KINDS[flt.kind]]
    todo = flt.todo(records).prefetch_related(
        Prefetch("translations", queryset=model.objects.only("id", "lang", "status", *model.FIELDS, _fk))
    )
    page = _page(todo, request.GET.get("page"))
    if flt.lang:  # the exact total is in the counts already (a record has one status per language)
        page.total = sum(table[flt.lang][s] for s in flt.statuses)
    query = request.GET.copy()
    query.pop("page", None)
    context = {
        "flt": flt,
        "kinds": [(slug, label) for slug, label in KIND_LABELS.items()],
        "langs": TRANSLATION_LANGS,
        "statuses": [(s, STATUS_LABELS[s]) for s in QUEUE_STATUSES],
        "count_rows": [
            (lang, LANG_NAMES[lang], [(s, STATUS_LABELS[s], table[lang][s]) for s in STATUS_ORDER])
            for lang in LANG_CODES
        ],
        "status_headers": [STATUS_LABELS[s] for s in STATUS_ORDER],
        "month_value": flt.month.strftime("%Y-%m") if flt.month else "",
        "page": page,
        "rows": queue_rows(page.items, flt.kind, request.user),
        "query": query.urlencode(),
    }
    return render(request, "web/translation_queue.html", context)


@login_required
def translation_edit(request: HttpRequest, kind: str, pk: int) -> HttpResponse:
    """The record's own text (read-only) beside its translation panels; saving writes the changed
    panels through `save_translation`, each checked against its version token."""
    _translator(request)
    obj = _record(request, kind, pk)
    bound = request.POST if request.method == "POST" else None
    panels = TranslationPanels.build(obj, request.user, bound)
    status = 200
    if request.method == "POST":
        status = 400
        if panels.is_valid():
            try:
                with transaction.atomic():
                    panels.save()
            except TranslationConflict as exc:
                messages.error(request, conflict_message(exc))
                exc.form.take_version_of(exc.current)
                status = 409
            except PermissionDenied:
                messages.error(request, _("This account may not write this record's texts."))
                status = 403
            else:
                messages.success(request, _("Translations saved."))
                return redirect(reverse("web:translation_edit", args=[kind, obj.pk]))
        else:
            messages.error(request, _("Nothing was saved: please correct the errors below."))
    model = TRANSLATION_MODELS[type(obj)][0]
    own = source_lang(obj)
    context = {
        "obj": obj,
        "kind": kind,
        "kind_label": KIND_LABELS[kind],
        "own_lang": own,
        "own_lang_name": LANG_NAMES.get(own, _("not recorded")),
        "source": [(model._meta.get_field(n).verbose_name, getattr(obj, n, "") or "") for n in model.FIELDS],
        "panels": panels,
        "history_url": reverse("web:translation_history", args=[kind, obj.pk]),
        "record_url": _record_url(kind, obj, request.user),
        "errors": panels.errors(),
    }
    return render(request, "web/translation_edit.html", context, status=status)


def _record_url(kind: str, obj: Any, user: Any) -> str:
    if kind == "incident":
        return reverse("web:incident_detail", args=[obj.pk])
    if kind == "case":
        return reverse("web:case_detail", args=[obj.pk])
    if kind == "actor":
        return reverse("web:actor_detail", args=[obj.pk])
    return ""


@login_required
def translation_history(request: HttpRequest, kind: str, pk: int) -> HttpResponse:
    """Who wrote or changed each translation of the record, when, and what changed."""
    if permissions.role_of(request.user) is None:
        raise PermissionDenied
    obj = _record(request, kind, pk)
    lang = request.GET.get("lang", "")
    entries = translation_entries(obj, lang if lang in LANG_CODES else "")
    context = {
        "obj": obj,
        "kind": kind,
        "kind_label": KIND_LABELS[kind],
        "entries": entries,
        "lang": lang if lang in LANG_CODES else "",
        "langs": TRANSLATION_LANGS,
        "edit_url": reverse("web:translation_edit", args=[kind, obj.pk])
        if permissions.can_create(request.user)
        else "",
        "record_url": _record_url(kind, obj, request.user),
    }
    return render(request, "web/translation_history.html", context)
