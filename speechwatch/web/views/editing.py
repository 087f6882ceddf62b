"""Creating and editing an incident in one flow, and the verify / publish / reject workflow."""

from __future__ import annotations

import logging
from collections.abc import Callable

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import DatabaseError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST

from speechwatch.core import permissions
from speechwatch.incidents import services
from speechwatch.incidents.models import Incident
from speechwatch.web.editing import IncidentEditor
from speechwatch.web.forms.translations import TranslationConflict, conflict_message

logger = logging.getLogger(__name__)


def _editor_page(request: HttpRequest, incident: Incident | None) -> HttpResponse:
    editor = IncidentEditor.build(request, incident)
    status = 200
    if request.method == "POST":
        status = 400
        if editor.is_valid():
            try:
                saved = editor.save()
            except (DatabaseError, OSError) as exc:
                # A full disk, a read-only or unreachable database, an upload that cannot be written:
                # the transaction has rolled back, so say so and give the editor their typed text back
                # instead of a 500 page that loses it.
                logger.warning("incident save refused by storage: %s", exc, exc_info=True)
                if isinstance(exc, OSError):
                    refused = _("The file storage refused the write: %(error)s. Nothing was saved; your text is below.")
                    error = exc.strerror or str(exc)
                else:
                    refused = _("The database refused the write: %(error)s. Nothing was saved; your text is below.")
                    error = str(exc).strip() or exc.__class__.__name__
                messages.error(request, refused % {"error": error})
                status = 503
            except services.EditConflict as exc:
                # Someone saved this incident after the form was loaded: keep the typed values, show
                # theirs beside them, and let the editor decide (saving again replaces their version).
                conflict = editor.note_conflict(exc.current)
                incident = conflict.current
                messages.error(
                    request,
                    _(
                        "%(who)s saved this incident at %(when)s, after you opened it. Nothing was saved: "
                        "your version is kept below. Compare it with theirs, then save again to replace theirs."
                    )
                    % {"who": conflict.author, "when": conflict.current.updated_at.strftime("%Y-%m-%d %H:%M:%S")},
                )
                status = 409
            except TranslationConflict as exc:
                messages.error(request, conflict_message(exc))
                exc.form.take_version_of(exc.current)
                status = 409
            else:
                messages.success(request, _("Incident saved."))
                return redirect("web:incident_detail", pk=saved.pk)
        else:
            messages.error(request, _("Nothing was saved: please correct the errors below."))
    return render(request, "web/incident_form.html", {"editor": editor, "incident": incident}, status=status)


@login_required
def incident_create(request: HttpRequest) -> HttpResponse:
    if not permissions.can_create(request.user):
        raise PermissionDenied
    return _editor_page(request, None)


@login_required
def incident_edit(request: HttpRequest, pk: int) -> HttpResponse:
    incident = get_object_or_404(Incident.objects.restrict(request.user), pk=pk)
    if not permissions.can_edit_incident(request.user, incident):
        raise PermissionDenied
    return _editor_page(request, incident)


def _transition(action: Callable[..., Incident], reason: str, done: str) -> Callable[[HttpRequest, int], HttpResponse]:
    @login_required
    @require_POST
    def view(request: HttpRequest, pk: int) -> HttpResponse:
        incident = get_object_or_404(Incident.objects.restrict(request.user), pk=pk)
        if not permissions.can_publish(request.user):
            raise PermissionDenied
        incident._change_reason = reason
        try:
            action(incident, user=request.user)
        except ValidationError as exc:
            for messages_ in exc.message_dict.values():
                for m in messages_:
                    messages.error(request, m)
        else:
            messages.success(request, done)
        return redirect("web:incident_detail", pk=incident.pk)

    return view


incident_verify = _transition(services.incident_verify, "verified", gettext_lazy("Incident verified."))
incident_publish = _transition(services.incident_publish, "published", gettext_lazy("Incident published."))
incident_reject = _transition(services.incident_reject, "rejected", gettext_lazy("Incident rejected."))
