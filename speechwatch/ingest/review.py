"""Review drafts that came from documents: each draft beside its highlighted source text.

Save corrections keeps the draft a draft (an editor, or the monitor who uploaded it); Accept saves the
corrections and verifies it, Reject marks it rejected (both editors and admins only, through the
incident services so the permission matrix and validation are the same as everywhere else).
"""

from __future__ import annotations

from typing import Any

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.paginator import Paginator
from django.db import transaction
from django.db.models import Count, Q
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from speechwatch.core import permissions
from speechwatch.incidents import services
from speechwatch.incidents.choices import IncidentStatus
from speechwatch.incidents.models import Incident, Involvement, Source, SourceDocument
from speechwatch.ingest.accept import accept_draft, reject_draft
from speechwatch.ingest.forms import DraftFilterForm, DraftForm, InvolvementFormSet, ProposalForm
from speechwatch.ingest.highlight import highlight
from speechwatch.ingest.matching import find_actor
from speechwatch.ingest.models import DraftProposal, NarrativeBlock
from speechwatch.ingest.views import ingest_required


def _from_documents(user: Any) -> Any:
    qs = Incident.objects.filter(source_document__isnull=False)
    return qs.restrict(user).select_related("primary_category", "source_document", "proposal")


@ingest_required
def draft_list(request: HttpRequest) -> HttpResponse:
    data = request.GET.copy()
    data.setdefault("status", IncidentStatus.DRAFT)
    form = DraftFilterForm(data)
    qs = _from_documents(request.user)
    if form.is_valid():
        if form.cleaned_data["document"]:
            qs = qs.filter(source_document=form.cleaned_data["document"])
        if form.cleaned_data["month"]:
            qs = qs.filter(registered_month=form.cleaned_data["month"].replace(day=1))
        if form.cleaned_data["status"]:
            qs = qs.filter(status=form.cleaned_data["status"])
    qs = qs.order_by("-registered_month", "source_document_id", "span_start", "id")
    page = Paginator(qs, 50).get_page(request.GET.get("page"))
    query = request.GET.copy()
    query.pop("page", None)
    return render(request, "ingest/review_list.html", {"form": form, "page": page, "query": query.urlencode()})


def _pending(incident: Incident) -> DraftProposal | None:
    """The draft's proposal while nobody has decided on it (its records do not exist yet)."""
    if incident.status != IncidentStatus.DRAFT:
        return None  # verified elsewhere (the incident editor): the proposal is history, not a form
    proposal = DraftProposal.objects.filter(incident=incident).select_related("case").first()
    return proposal if proposal and proposal.status == DraftProposal.Status.PENDING else None


def _proposed_actors(actors: Any) -> list[dict[str, Any]]:
    """The corrected actor rows as proposal rows (matched to a stored actor when one fits; read only)."""
    out: list[dict[str, Any]] = []
    for row in actors.cleaned_data:
        name = " ".join((row.get("name") or "").split())
        if name and not row.get("DELETE"):
            found = find_actor(name, row["kind"])
            item = {"name": name, "kind": row["kind"], "role": row["role"], "actor": found.pk if found else None}
            if all((r["name"], r["kind"], r["role"]) != (name, row["kind"], row["role"]) for r in out):
                out.append(item)
    return out


def _initial_involvements(incident: Incident) -> list[dict[str, str]]:
    proposal = _pending(incident)
    if proposal is not None:
        return [{"name": a["name"], "kind": a["kind"], "role": a["role"]} for a in proposal.actors]
    return [
        {"name": v.actor.name, "kind": v.actor.kind, "role": v.role}
        for v in incident.involvements.select_related("actor").order_by("id")
    ]


def _save(incident: Incident, form: DraftForm, actors: Any, user: Any, proposal: ProposalForm | None = None) -> None:
    """Apply the corrected fields, categories and actors (all or nothing). While the draft's proposal
    is pending, actors and the case are corrections of the proposal: nothing shared is created."""
    fields = {k: v for k, v in form.cleaned_data.items() if k != "secondary_categories"}
    with transaction.atomic():
        services.incident_update(incident, user=user, **fields)
        incident.secondary_categories.set(
            [c for c in form.cleaned_data["secondary_categories"] if c.pk != incident.primary_category_id]
        )
        if proposal is not None:
            proposal.apply(_proposed_actors(actors))
            return
        wanted = []
        for row in actors.cleaned_data:
            name = " ".join((row.get("name") or "").split())
            if name and not row.get("DELETE"):
                actor = find_actor(name, row["kind"]) or services.actor_get_or_create(name, row["kind"], user=user)[0]
                if (actor.pk, row["role"]) not in wanted:
                    wanted.append((actor.pk, row["role"]))
        keep = Q(pk__in=[])
        for actor_id, role in wanted:
            Involvement.objects.get_or_create(incident=incident, actor_id=actor_id, role=role)
            keep |= Q(actor_id=actor_id, role=role)
        incident.involvements.exclude(keep).delete()


def _next_draft(incident: Incident, user: Any) -> Incident | None:
    return (
        _from_documents(user)
        .filter(source_document=incident.source_document, status=IncidentStatus.DRAFT)
        .exclude(pk=incident.pk)
        .order_by("span_start", "id")
        .first()
    )


@ingest_required
def draft_detail(request: HttpRequest, pk: int) -> HttpResponse:
    incident = get_object_or_404(_from_documents(request.user), pk=pk)
    can_edit = permissions.can_edit_incident(request.user, incident)
    can_decide = permissions.can_verify(request.user)
    pending = _pending(incident)
    form = DraftForm(request.POST or None, instance=incident, user=request.user)
    if pending is not None:
        # the case (and so the follow-up flag) is part of the proposal until the draft is accepted
        form.fields.pop("case", None)
        form.fields.pop("is_follow_up", None)
    proposal = ProposalForm(request.POST or None, proposal=pending, user=request.user) if pending else None
    actors = InvolvementFormSet(request.POST or None, initial=_initial_involvements(incident), prefix="actors")
    if request.method == "POST":
        action = request.POST.get("action", "save")
        if not (can_decide if action in ("accept", "reject") else can_edit):
            raise PermissionDenied
        if action == "reject":
            reject_draft(incident, user=request.user, reason=request.POST.get("reason", "").strip())
            messages.success(request, _("Draft rejected."))
            return _after(incident, request)
        if form.is_valid() and actors.is_valid() and (proposal is None or proposal.is_valid()):
            try:
                with transaction.atomic():
                    _save(incident, form, actors, request.user, proposal)
                    if action == "accept":
                        accept_draft(incident, user=request.user)
            except ValidationError as exc:
                form.add_error(None, exc)
            else:
                messages.success(request, _("Draft accepted.") if action == "accept" else _("Corrections saved."))
                return _after(incident, request) if action == "accept" else redirect("ingest:draft", pk=incident.pk)
    doc = incident.source_document
    context = {
        "draft_warnings": _draft_warnings(doc, incident),
        "incident": incident,
        "doc": doc,
        "form": form,
        "actors": actors,
        "proposal": pending,
        "proposal_form": proposal,
        "can_edit": can_edit,
        "can_decide": can_decide,
        "source_html": highlight(doc.text, incident.span_start, incident.span_end, mark_id="span"),
        "figures": doc.figures.count(),
        "sources": Source.objects.filter(incident=incident).restrict(request.user).order_by("id"),
    }
    return render(request, "ingest/review_detail.html", context)


def _draft_warnings(doc: SourceDocument, incident: Incident) -> list[str]:
    """The import warnings about this draft: they name the record by its number in the extraction."""
    span = [incident.span_start, incident.span_end]
    records = (doc.extraction or {}).get("incidents") or []
    numbers = [n for n, r in enumerate(records, start=1) if list(r.get("span") or []) == span]
    prefixes = tuple(f"incident {n}: " for n in numbers)
    return [w.split(": ", 1)[1] for w in doc.warnings or [] if prefixes and w.startswith(prefixes)]


def _after(incident: Incident, request: HttpRequest) -> HttpResponse:
    following = _next_draft(incident, request.user)
    return redirect("ingest:draft", pk=following.pk) if following else redirect("ingest:drafts")


@require_POST
@ingest_required
def draft_decide(request: HttpRequest, pk: int) -> HttpResponse:
    """Accept or reject without the form (buttons on the list); editors and admins only."""
    incident = get_object_or_404(_from_documents(request.user), pk=pk)
    if not permissions.can_verify(request.user):
        raise PermissionDenied
    try:
        if request.POST.get("action") == "accept":
            accept_draft(incident, user=request.user)
        elif request.POST.get("action") == "reject":
            reject_draft(incident, user=request.user)
    except ValidationError as exc:
        messages.error(request, "; ".join(exc.messages))
    target = request.POST.get("next") or ""
    if target and url_has_allowed_host_and_scheme(target, allowed_hosts={request.get_host()}):
        return redirect(target)
    return redirect("ingest:drafts")


@ingest_required
def document_list(request: HttpRequest) -> HttpResponse:
    docs = (
        SourceDocument.objects.restrict(request.user)
        .annotate(
            n_figures=Count("figures", distinct=True),
            n_drafts=Count("incidents", filter=Q(incidents__status=IncidentStatus.DRAFT), distinct=True),
        )
        .defer("text", "extraction")
    )
    page = Paginator(docs.order_by("-imported_at", "-id"), 50).get_page(request.GET.get("page"))
    return render(request, "ingest/document_list.html", {"page": page})


@ingest_required
def document_detail(request: HttpRequest, pk: int) -> HttpResponse:
    doc = get_object_or_404(SourceDocument.objects.restrict(request.user), pk=pk)
    figures = [
        {"figure": f, "html": highlight(doc.text, f.span_start, f.span_end, context=160)}
        for f in doc.figures.order_by("span_start", "id")
    ]
    incidents = _from_documents(request.user).filter(source_document=doc).order_by("span_start", "id")
    blocks = [
        {"block": b, "text": doc.text[b.span_start : b.span_end]}
        for b in NarrativeBlock.objects.filter(document=doc).order_by("span_start")
    ]
    context = {"doc": doc, "figures": figures, "incidents": incidents, "blocks": blocks}
    return render(request, "ingest/document.html", context)
