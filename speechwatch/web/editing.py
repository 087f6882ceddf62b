"""The one-page incident editor: every form of the flow bound together, validated together and saved
in one transaction, so a bad row anywhere writes nothing at all."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from django.db import transaction
from django.http import HttpRequest
from django.utils.text import capfirst
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from speechwatch.incidents import services
from speechwatch.incidents.choices import PENAL_KINDS
from speechwatch.incidents.models import Incident, Proceeding
from speechwatch.web.forms.incident import IncidentForm, InvolvementFormSet, PlaceFormSet, SourceFormSet
from speechwatch.web.forms.outcomes import PartyOutcomeFormSet, outcome_formsets
from speechwatch.web.forms.proceeding import BasisFormSet, MoneyFormSet, ProceedingForm, StageFormSet
from speechwatch.web.forms.translations import TranslationPanels, ui_text_lang

INCIDENT_SETS = {"involvements": InvolvementFormSet, "places": PlaceFormSet, "sources": SourceFormSet}
# parties carry each accused person's charges and custody; sentences and bans (built by
# `outcome_formsets`, saved after the parties) pick one of the proceeding's saved accused parties
PROCEEDING_SETS = {
    "bases": BasisFormSet, "parties": PartyOutcomeFormSet, "stages": StageFormSet, "amounts": MoneyFormSet,
}  # fmt: skip
SET_TITLES = {
    "involvements": gettext_lazy("Actors"),
    "places": gettext_lazy("Places"),
    "sources": gettext_lazy("Sources"),
    "bases": gettext_lazy("Legal bases"),
    "parties": gettext_lazy("Parties"),
    "stages": gettext_lazy("Stages"),
    "amounts": gettext_lazy("Money"),
    "sentences": gettext_lazy("Sentences"),
    "bans": gettext_lazy("Bans and restrictions"),
}


def _live(fs: Any) -> list[Any]:
    """The rows of a validated formset that will be saved (filled in, not marked for deletion)."""
    return [f for f in fs.forms if (f.has_changed() or f.instance.pk) and not f.cleaned_data.get("DELETE")]


def check_outcomes(kind: str, sets: dict[str, Any]) -> None:
    """Rules across the proceeding's rows (added as field errors, so the summary names them): a person
    is charged only under articles the proceeding lists (in one part, or the tie would be ambiguous);
    charges, custody, sentences and bans need a criminal or administrative proceeding; a sentence or a
    ban cannot name a party deleted in the same save."""
    listed: dict[int, int] = {}
    for f in _live(sets["bases"]):
        if f.cleaned_data.get("article"):
            listed[f.cleaned_data["article"].pk] = listed.get(f.cleaned_data["article"].pk, 0) + 1
    for f in _live(sets["parties"]):
        arts = f.cleaned_data.get("charged_articles") or []
        missing = [a for a in arts if a.pk not in listed]
        if missing:
            f.add_error("charged_articles", _("Add %(article)s to the legal bases first.") % {"article": missing[0]})
        ambiguous = [a for a in arts if listed.get(a.pk, 0) > 1]
        if ambiguous:
            f.add_error(
                "charged_articles",
                _("%(article)s is listed in several parts; tie the person to a part on the party's admin page.")
                % {"article": ambiguous[0]},
            )
        if (arts or f.cleaned_data.get("custody_status")) and kind not in PENAL_KINDS:
            f.add_error("charged_articles", _("Only a criminal or administrative proceeding has charges."))
    deleted = {f.instance.pk for f in sets["parties"].forms if f.instance.pk and f.cleaned_data.get("DELETE")}
    for key in ("sentences", "bans"):
        for f in _live(sets[key]) if key in sets else []:
            party = f.cleaned_data.get("party")
            if party is not None and party.pk in deleted:
                f.add_error("party", _("This party is being removed in the same save."))
            elif kind not in PENAL_KINDS:
                f.add_error("party", _("Only a criminal or administrative proceeding has charges."))


def save_charges(parties: Any, proceeding: Proceeding, user: Any) -> None:
    """Map each saved party's chosen articles onto the proceeding's bases (validated by `check_outcomes`)."""
    for f in parties.forms:
        data = getattr(f, "cleaned_data", {})
        if not f.instance.pk or data.get("DELETE") or "charged_articles" not in data:
            continue
        arts = list(data["charged_articles"])
        services.party_set_charges(f.instance, proceeding.bases.filter(article__in=arts), user=user)


# the record's own text, shown beside its translations
TEXT_FIELDS = ("source_lang", "title", "summary", "narrative")
# the fields compared side by side on an edit conflict: those the incident form edits
CONFLICT_FIELDS = list(IncidentForm.Meta.fields)


def _shown(value: Any) -> str:
    """One value as the conflict table prints it (a list of categories joined, booleans as yes/no)."""
    if value is None or value == "":
        return "—"
    if isinstance(value, bool):
        return _("yes") if value else _("no")
    if isinstance(value, (list, tuple, set)) or hasattr(value, "all"):
        items = value.all() if hasattr(value, "all") else value
        return ", ".join(sorted(str(v) for v in items)) or "—"
    if hasattr(value, "isoformat"):
        return value.isoformat()
    return str(value)


@dataclass
class Conflict:
    """Someone saved the incident after this editor loaded it: the stored row, who saved it and when,
    and the fields where the stored value differs from what this editor submitted."""

    current: Incident
    author: str
    rows: list[tuple[str, str, str]]  # (field label, stored value, submitted value)


@dataclass
class IncidentEditor:
    """All forms of the flow. Build with `IncidentEditor.build(request, incident)`."""

    incident: Incident
    user: Any
    form: IncidentForm
    formsets: dict[str, Any]
    proceeding: Proceeding
    proceeding_form: ProceedingForm
    proceeding_sets: dict[str, Any]
    translations: TranslationPanels = field(default_factory=lambda: TranslationPanels([]))
    summary: list[tuple[str, str]] = field(default_factory=list)
    conflict: Conflict | None = None

    @classmethod
    def build(cls, request: HttpRequest, incident: Incident | None = None) -> IncidentEditor:
        bound = request.method == "POST"
        data = request.POST if bound else None
        files = request.FILES if bound else None
        incident = incident or Incident()
        proceeding = (incident.proceedings.order_by("id").first() if incident.pk else None) or Proceeding()
        # the panels shown are those of the languages other than the record's language as the page was
        # loaded (on a new incident: the writer's interface language, the form's default)
        own = None if incident.pk else ui_text_lang()
        return cls(
            incident=incident,
            user=request.user,
            form=IncidentForm(data, files, instance=incident, user=request.user),
            translations=TranslationPanels.build(incident, request.user, data, own_lang=own),
            formsets={k: fs(data, files, instance=incident, prefix=k) for k, fs in INCIDENT_SETS.items()},
            proceeding=proceeding,
            proceeding_form=ProceedingForm(data, instance=proceeding, prefix="proc"),
            proceeding_sets={
                **{k: fs(data, files, instance=proceeding, prefix=k) for k, fs in PROCEEDING_SETS.items()},
                **outcome_formsets(data, proceeding),
            },
        )

    def is_valid(self) -> bool:
        valid = self.form.is_valid()
        valid = self.translations.is_valid() and valid
        if self.form.is_valid():
            valid = self.translations.check_own_lang(self.form.cleaned_data.get("source_lang") or "") and valid
        valid = all([fs.is_valid() for fs in self.formsets.values()]) and valid
        valid = self.proceeding_form.is_valid() and valid
        if self.proceeding_form.is_valid() and not self.proceeding_form.wanted:
            if any(fs.has_changed() for fs in self.proceeding_sets.values()) and not self.proceeding.pk:
                self.proceeding_form.add_error("kind", _("Choose the kind of the proceeding these rows belong to."))
                valid = False
            # No proceeding wanted: its rows are not validated (nothing of them will be saved).
        else:
            valid = all([fs.is_valid() for fs in self.proceeding_sets.values()]) and valid
            if valid:
                check_outcomes(self.proceeding_form.cleaned_data["kind"], self.proceeding_sets)
        self.summary = self._summarise()
        return valid and not self.summary

    def _summarise(self) -> list[tuple[str, str]]:
        """Every error as (where, message), the field named, for the list at the top of the page."""
        out: list[tuple[str, str]] = []

        def add(form: Any, where: str) -> None:
            for name, errors in form.errors.items():
                if name == "__all__":
                    label = where
                else:
                    field_label = capfirst(form.fields[name].label) if name in form.fields else name
                    label = f"{where}: {field_label}"
                out.extend((label.strip(": "), str(e)) for e in errors)

        add(self.form, _("Incident"))
        out.extend(self.translations.errors())
        add(self.proceeding_form, _("Proceeding"))
        sets = list(self.formsets.items())
        if self.proceeding_form.is_valid() and self.proceeding_form.wanted:
            sets += list(self.proceeding_sets.items())
        for key, fs in sets:
            title = str(SET_TITLES[key])
            out.extend((title, str(e)) for e in fs.non_form_errors())
            for i, f in enumerate(fs.forms, start=1):
                add(f, f"{title} #{i}")
        return out

    @transaction.atomic
    def save(self) -> Incident:
        """Write everything through `speechwatch.incidents.services` in one transaction. Raises
        `services.EditConflict` when the incident changed since the form was loaded (nothing written).
        The incident's search document is rebuilt once at the end, not once per saved row."""
        from speechwatch.web import search_document

        with search_document.deferred():
            return self._save()

    def _save(self) -> Incident:
        user = self.user
        incident = self.form.save(commit=False)
        version = self.form.cleaned_data.get("version") or None
        if incident.pk is not None:
            services.incident_lock(incident.pk, version)  # before any other write, e.g. a new case
        new_case = self.form.cleaned_data.get("new_case_title")
        if new_case:
            incident.case = services.case_create(new_case, user=user)
        services.incident_save_validated(incident, user=user, version=version)
        self.form.save_m2m()
        # the other languages, each checked against its own version token (TranslationConflict)
        self.translations.save(incident)
        for key, fs in self.formsets.items():
            fs.instance = incident
            self._save_set(fs, actor_rows=key == "involvements")
        if self.proceeding_form.wanted:
            proceeding = services.proceeding_save_validated(
                self.proceeding_form.save(commit=False), incident=incident, user=user
            )
            for key, fs in self.proceeding_sets.items():
                fs.instance = proceeding
                self._save_set(fs, actor_rows=key == "parties")
                if key == "parties":
                    save_charges(fs, proceeding, user)
        elif self.proceeding.pk and self.proceeding_form.has_changed():
            services.row_delete(self.proceeding, user=user)  # the editor chose "no proceeding" for an existing one
        return incident

    def _save_set(self, formset: Any, actor_rows: bool) -> None:
        objs = formset.save(commit=False)
        for obj in formset.deleted_objects:
            services.row_delete(obj, user=self.user)
        forms_by_obj = {id(f.instance): f for f in formset.forms}
        for obj in objs:
            form = forms_by_obj.get(id(obj))
            if actor_rows and form is not None and form.cleaned_data.get("new_name"):
                data = form.cleaned_data
                obj.actor = services.actor_for_editor(data["new_name"], data["new_kind"], user=self.user)
            services.row_save(obj, user=self.user)

    def note_conflict(self, current: Incident) -> Conflict:
        """Record a refused save: compare the stored row with the submitted values, field by field, and
        move the form's version token to the stored one so that saving again (after comparing)
        deliberately replaces the other editor's version."""
        current = Incident.objects.select_related("primary_category", "case").get(pk=current.pk)
        rows = []
        for name in CONFLICT_FIELDS:
            if name not in self.form.fields:
                continue
            stored = getattr(current, name)
            submitted = self.form.cleaned_data.get(name)
            if name == "registered_month" and hasattr(submitted, "replace"):
                submitted = submitted.replace(day=1)
            stored_text, submitted_text = _shown(stored), _shown(submitted)
            if name == "date_precision":
                stored_text = current.get_date_precision_display()
                submitted_text = str(dict(self.form.fields[name].choices).get(submitted, submitted))
            if stored_text != submitted_text:
                rows.append((str(capfirst(self.form.fields[name].label)), stored_text, submitted_text))
        last = current.history.select_related("history_user").first()
        author = getattr(getattr(last, "history_user", None), "username", "") or _("someone else")
        data = self.form.data.copy()
        data["version"] = services.incident_version(current)
        self.form.data = data
        self.conflict = Conflict(current=current, author=author, rows=rows)
        return self.conflict

    def text_fields(self) -> list[Any]:
        """The record's own text and its language: the left column of the languages side by side."""
        return [self.form[name] for name in TEXT_FIELDS if name in self.form.fields]

    def other_fields(self) -> list[Any]:
        return [f for f in self.form.visible_fields() if f.name not in TEXT_FIELDS]

    def all_formsets(self) -> list[tuple[str, str, Any]]:
        return [(k, str(SET_TITLES[k]), fs) for k, fs in self.formsets.items()]

    def proceeding_formsets(self) -> list[tuple[str, str, Any]]:
        return [(k, str(SET_TITLES[k]), fs) for k, fs in self.proceeding_sets.items()]
