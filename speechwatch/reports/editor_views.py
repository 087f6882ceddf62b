"""The report editor (/reports/edit/KIND/PERIOD/): the data basis, the incidents listed, their order,
the lead stories with their heading and commentary, and the narrative block of every section, per
language, with a live preview; and the organisation's identity (/reports/organisation/).

The preview applies the unsaved form inside a transaction that is rolled back, so it shows exactly
what saving would print, with one code path for saving and previewing."""

from __future__ import annotations

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import translation
from django.utils.translation import get_language, gettext_lazy
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from speechwatch.core import permissions
from speechwatch.incidents.translations import source_lang
from speechwatch.reports.language import queue_url
from speechwatch.reports.models import LANGS, DataBasis, LeadText, Organisation, ReportItem, ReportPlan, Untranslated
from speechwatch.reports.plan import drafted, load_plan, translations
from speechwatch.reports.texts import KEY_LABELS, SECTION_KEYS, get_text
from speechwatch.stats.periods import parse_period

EDITOR_LIMIT = 500  # rows of the editor's incident table (an annual year can hold ten thousand)


def _editor(request: HttpRequest) -> None:
    if not (request.user.is_authenticated and permissions.can_publish(request.user)):
        raise PermissionDenied


def _args(request: HttpRequest, kind: str, period: str) -> tuple[str, str]:
    if kind not in ("monthly", "annual"):
        raise Http404
    try:
        p = parse_period(period)
    except ValueError:
        raise Http404 from None
    if (kind == "monthly") != (p.kind == "month") or (kind == "annual" and p.kind != "year"):
        raise Http404
    lang = request.GET.get("lang") or request.POST.get("lang") or (get_language() or "en")[:2]
    if lang not in dict(LANGS):
        raise Http404
    return period, lang


def _incidents(request: HttpRequest, kind: str, period: str, plan) -> list:
    """The period's incidents the editor chooses from (both bases: the choice of basis must not hide
    the records it would add), those already chosen first; at most EDITOR_LIMIT are loaded."""
    from speechwatch.incidents.models import Incident
    from speechwatch.reports import data

    p = parse_period(period)
    ids = [pk for pk, _month in data.incident_rows(p.start, p.end, statuses=("verified", "published"))]
    ids.sort(key=lambda pk: (pk not in plan.items, plan.items[pk].order if pk in plan.items else 0))
    ids = ids[:EDITOR_LIMIT]
    visible = set(Incident.objects.restrict(request.user).filter(pk__in=ids).values_list("pk", flat=True))
    full = {i.pk: i for i in data.incidents(p.start, p.end, statuses=("verified", "published"), ids=ids)}
    return [full[pk] for pk in ids if pk in full and pk in visible]


def apply_form(request: HttpRequest, kind: str, period: str, lang: str) -> None:
    """Store the editor's form: basis, selection, lead texts and section texts (language `lang`)."""
    from speechwatch.stats.models import ReportText

    post = request.POST
    plan, _created = ReportPlan.objects.get_or_create(kind=kind, period=period)
    if post.get("basis") in DataBasis.values:
        plan.basis = post["basis"]
    if post.get("untranslated") in Untranslated.values:
        plan.untranslated = post["untranslated"]
    plan.updated_by = request.user
    plan.save()
    ids = [int(x) for x in post.getlist("incident") if x.isdigit()]
    existing = {it.incident_id: it for it in plan.items.filter(incident_id__in=ids)}
    for pk in ids:
        order = post.get(f"order-{pk}", "0").strip()
        item = existing.get(pk) or ReportItem(plan=plan, incident_id=pk)
        item.included = f"listed-{pk}" in post or f"lead-{pk}" in post
        item.featured = f"lead-{pk}" in post
        item.order = int(order) if order.lstrip("-").isdigit() else 0
        item.save()
        heading = post.get(f"heading-{pk}", "").strip()
        commentary = post.get(f"commentary-{pk}", "").strip()
        if heading or commentary:
            LeadText.objects.update_or_create(item=item, lang=lang,
                                              defaults={"heading": heading, "commentary": commentary})
        elif f"heading-{pk}" in post:
            LeadText.objects.filter(item=item, lang=lang).delete()
    for key in SECTION_KEYS[kind]:
        if f"text-{key}" not in post:
            continue
        body = post.get(f"text-{key}", "").strip()
        if body:
            ReportText.objects.update_or_create(kind=kind, period=period, key=key, lang=lang,
                                                defaults={"body": body, "updated_by": request.user})
        else:
            ReportText.objects.filter(kind=kind, period=period, key=key, lang=lang).delete()


@require_http_methods(["GET", "POST"])
def report_editor(request: HttpRequest, kind: str, period: str) -> HttpResponse:
    _editor(request)
    period, lang = _args(request, kind, period)
    if request.method == "POST":
        with transaction.atomic():
            apply_form(request, kind, period, lang)
        messages.success(request, _("The report was saved."))
        return redirect(f"{reverse('reports:editor', args=[kind, period])}?lang={lang}")
    plan = load_plan(kind, period)
    rows = _incidents(request, kind, period, plan)
    texts = translations([i.pk for i in rows], lang)
    drafts = drafted([i.pk for i in rows], lang)
    items = []
    for inc in rows:
        it = plan.items.get(inc.pk)
        heading, commentary = plan.lead_texts.get((inc.pk, lang), ("", ""))
        local = texts.get((inc.pk, lang))
        items.append({
            "incident": inc, "title": local[0] if local else inc.title,
            "translated": bool(local) or source_lang(inc) == lang, "draft": inc.pk in drafts,
            "listed": it.included if it else (kind == "monthly" or not plan.has_selection()),
            "lead": bool(it and it.featured), "order": it.order if it else 0,
            "heading": heading, "commentary": commentary,
        })  # fmt: skip
    with translation.override(lang):
        sections = [(key, str(KEY_LABELS[key]), get_text(kind, key, lang, period, default=False))
                    for key in SECTION_KEYS[kind]]
    return render(request, "reports/editor.html", {
        "kind": kind, "period": period, "lang": lang, "langs": LANGS, "plan": plan, "items": items,
        "sections": sections, "bases": DataBasis.choices, "limit": EDITOR_LIMIT,
        "untranslated_choices": Untranslated.choices, "missing": sum(1 for i in items if not i["translated"]),
        "queue": queue_url(lang, period),
        "month": period if kind == "monthly" else f"{period}-12",
        "has_org": Organisation.objects.filter(lang=lang).exists(),
    })  # fmt: skip


@require_http_methods(["GET", "POST"])
def report_preview(request: HttpRequest, kind: str, period: str) -> HttpResponse:
    """The report as HTML in the editor's language: GET as saved, POST with the unsaved form applied
    (then rolled back). Untranslated records are flagged here; the final render refuses or marks them,
    as the plan says."""
    _editor(request)
    period, lang = _args(request, kind, period)
    from speechwatch.reports import build
    from speechwatch.reports.render_html import render_html

    with transaction.atomic():
        if request.method == "POST":
            apply_form(request, kind, period, lang)
        html = render_html(build(kind, period, lang=lang, preview=True))
        transaction.set_rollback(True)
    return HttpResponse(html, content_type="text/html; charset=utf-8")


class OrganisationForm(forms.ModelForm):
    website = forms.URLField(label=gettext_lazy("website"), required=False, assume_scheme="https")

    class Meta:
        model = Organisation
        fields = ["name", "head", "head_title", "email", "phone", "website", "address", "logo"]


@require_http_methods(["GET", "POST"])
def organisation(request: HttpRequest) -> HttpResponse:
    """The organisation's identity per language, printed on every report."""
    _editor(request)
    lang = request.GET.get("lang") or request.POST.get("lang") or (get_language() or "en")[:2]
    if lang not in dict(LANGS):
        raise Http404
    instance = Organisation.objects.filter(lang=lang).first() or Organisation(lang=lang)
    form = OrganisationForm(request.POST or None, request.FILES or None, instance=instance)
    if request.method == "POST" and form.is_valid():
        org = form.save(commit=False)
        org.lang, org.updated_by = lang, request.user
        org.save()
        messages.success(request, _("The organisation was saved."))
        return redirect(f"{reverse('reports:organisation')}?lang={lang}")
    return render(request, "reports/organisation.html", {"form": form, "lang": lang, "langs": LANGS})
