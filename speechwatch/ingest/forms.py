"""Forms of the ingest UI: uploading report files, filtering drafts, correcting a draft."""

from __future__ import annotations

from typing import Any

from django import forms
from django.conf import settings
from django.utils.translation import gettext_lazy as _

from speechwatch.incidents.choices import ActorKind, DatePrecision, IncidentStatus, InvolvementRole, ProceedingKind
from speechwatch.incidents.models import Case, Incident, SourceDocument
from speechwatch.ingest.models import DraftProposal
from speechwatch.vocab.models import Category


class MultipleFileInput(forms.ClearableFileInput):
    allow_multiple_selected = True


class MultipleFileField(forms.FileField):
    widget = MultipleFileInput

    def clean(self, data: Any, initial: Any = None) -> list[Any]:
        single = super().clean
        items = data if isinstance(data, list | tuple) else [data]
        return [single(d, initial) for d in items if d] or [single(None, initial)]


class UploadForm(forms.Form):
    # Empty files are let through: the job reports each bad file by name and still reads the others.
    files = MultipleFileField(
        label=_("Report files"),
        allow_empty_file=True,
        help_text=_("Text, HTML, Word (.docx) or PDF files; several at once."),
        widget=MultipleFileInput(attrs={"accept": ".txt,.html,.htm,.docx,.pdf", "multiple": True}),
    )
    language = forms.ChoiceField(
        label=_("Language"),
        required=False,
        choices=[("", _("Detect")), ("en", "English"), ("ru", "Русский"), ("kk", "Қазақша")],
    )

    refresh = forms.BooleanField(
        label=_("Read files already ingested again"),
        required=False,
        help_text=_("Replaces their figures and untouched drafts; reviewed drafts are kept. Editors only."),
    )

    def clean_files(self) -> list[Any]:
        limit = int(settings.MAX_UPLOAD_MB)
        errors = []
        for f in self.cleaned_data["files"]:
            if f.size > limit * 1024 * 1024:
                errors.append(
                    forms.ValidationError(
                        _("“%(name)s” is %(size).1f MB; files may be at most %(limit)d MB."),
                        params={"name": f.name, "size": f.size / 1048576, "limit": limit},
                        code="too_large",
                    )
                )
        if errors:
            raise forms.ValidationError(errors)
        return self.cleaned_data["files"]


class DocumentChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, obj: SourceDocument) -> str:
        title = obj.title if len(obj.title) <= 80 else obj.title[:79] + "…"
        return f"{title} ({obj.filename})" if title else obj.filename


class DraftFilterForm(forms.Form):
    document = DocumentChoiceField(
        label=_("Document"),
        required=False,
        queryset=SourceDocument.objects.only("id", "title", "filename").order_by("-period_start", "filename"),
    )
    month = forms.DateField(
        label=_("Registration month"),
        required=False,
        input_formats=["%Y-%m"],
        widget=forms.DateInput(attrs={"type": "month"}, format="%Y-%m"),
    )
    status = forms.ChoiceField(label=_("Status"), required=False, choices=[("", _("Any")), *IncidentStatus.choices])


class DraftForm(forms.ModelForm):
    """The fields an extraction fills in and an editor corrects."""

    secondary_categories = forms.ModelMultipleChoiceField(
        label=_("Secondary categories"),
        required=False,
        queryset=Category.objects.filter(active=True),
        widget=forms.CheckboxSelectMultiple,
    )

    class Meta:
        model = Incident
        fields = [
            "title",
            "date",
            "date_precision",
            "registered_month",
            "primary_category",
            "secondary_categories",
            "summary",
            "is_follow_up",
            "case",
        ]
        widgets = {
            "date": forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
            "registered_month": forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
            "summary": forms.Textarea(attrs={"rows": 3}),
            "date_precision": forms.RadioSelect,
        }

    def __init__(self, *args: Any, user: Any = None, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["primary_category"].queryset = Category.objects.filter(active=True)
        self.fields["date_precision"].choices = DatePrecision.choices
        cases = Case.objects.restrict(user).order_by("title")
        self.fields["case"].queryset = cases
        if self.instance.case_id and not cases.filter(pk=self.instance.case_id).exists():
            # linked to a case this user may not see: neither show its title nor let a save unlink it
            del self.fields["case"]


class InvolvementForm(forms.Form):
    name = forms.CharField(label=_("Actor"), max_length=300, required=False)
    kind = forms.ChoiceField(label=_("Kind"), choices=ActorKind.choices, initial=ActorKind.PERSON)
    role = forms.ChoiceField(label=_("Role"), choices=InvolvementRole.choices, initial=InvolvementRole.OTHER)


InvolvementFormSet = forms.formset_factory(InvolvementForm, extra=2, can_delete=True, max_num=60)


class ProposalForm(forms.Form):
    """What accepting the draft will create: the editor keeps, changes or drops each proposal."""

    case_action = forms.ChoiceField(
        label=_("Case"), choices=DraftProposal.CaseAction.choices, widget=forms.RadioSelect, required=True
    )
    is_follow_up = forms.BooleanField(label=_("Follow-up of a known case"), required=False)
    case_title = forms.CharField(label=_("Title of the new case"), max_length=300, required=False)
    case = forms.ModelChoiceField(label=_("Existing case"), queryset=Case.objects.none(), required=False)
    create_proceeding = forms.BooleanField(label=_("Record the proposed proceeding"), required=False)
    proceeding_kind = forms.ChoiceField(label=_("Kind of proceeding"), choices=ProceedingKind.choices, required=False)

    def __init__(self, *args: Any, proposal: DraftProposal, user: Any = None, **kwargs: Any) -> None:
        kwargs.setdefault(
            "initial",
            {
                "case_action": proposal.case_action,
                "is_follow_up": proposal.is_follow_up,
                "case_title": proposal.case_title,
                "case": proposal.case_id,
                "create_proceeding": proposal.create_proceeding,
                "proceeding_kind": (proposal.proceeding or {}).get("kind", ""),
                **{f"amount_{n}": bool(a.get("count")) for n, a in enumerate(proposal.amounts)},
            },
        )
        super().__init__(*args, **kwargs)
        self.proposal = proposal
        self.fields["case"].queryset = Case.objects.restrict(user).order_by("title")
        if not proposal.proceeding:
            del self.fields["create_proceeding"], self.fields["proceeding_kind"]
        for n, a in enumerate(proposal.amounts):
            self.fields[f"amount_{n}"] = forms.BooleanField(
                label=_("Count %(kzt)s KZT (%(kind)s, scope: %(scope)s) as money of this period")
                % {"kzt": f"{a['kzt']:,}", "kind": a["kind"], "scope": a["scope"]},
                required=False,
            )

    def amount_fields(self) -> list[Any]:
        return [self[f"amount_{n}"] for n in range(len(self.proposal.amounts))]

    def clean(self) -> dict[str, Any]:
        data = super().clean()
        action = data.get("case_action")
        if action == DraftProposal.CaseAction.EXISTING and not data.get("case"):
            self.add_error("case", _("Choose the existing case, or another option."))
        if action == DraftProposal.CaseAction.NEW and not (data.get("case_title") or "").strip():
            self.add_error("case_title", _("A new case needs a title."))
        if data.get("is_follow_up") and action == DraftProposal.CaseAction.NONE:
            self.add_error("case_action", _("A follow-up must point at the case it follows."))
        return data

    def apply(self, actors: list[dict[str, Any]]) -> DraftProposal:
        """Write the editor's choices (and corrected actors) onto the proposal; nothing else is created."""
        p, data = self.proposal, self.cleaned_data
        p.case_action = data["case_action"]
        p.case_title = (data.get("case_title") or "").strip()
        p.case = data.get("case") if p.case_action == DraftProposal.CaseAction.EXISTING else None
        p.is_follow_up = bool(data.get("is_follow_up"))
        p.actors = actors
        if p.proceeding:
            p.create_proceeding = bool(data.get("create_proceeding"))
            if data.get("proceeding_kind"):
                p.proceeding = {**p.proceeding, "kind": data["proceeding_kind"]}
            names = {(a["name"], a["kind"]) for a in actors}
            p.proceeding["parties"] = [
                {"name": a["name"], "kind": a["kind"], "role": a["role"]}
                for a in actors
                if a["role"] in ("plaintiff", "complainant", "defendant", "victim")
            ] or [x for x in p.proceeding.get("parties") or [] if (x["name"], x["kind"]) in names]
        p.amounts = [{**a, "count": bool(data.get(f"amount_{n}"))} for n, a in enumerate(p.amounts)]
        p.save()
        return p
