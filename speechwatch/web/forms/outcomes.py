"""The editor's rows for a person's legal outcome on the proceeding: the party row gains the articles
the person is charged under, the custody status and whether the link is confirmed; sentences and bans
are rows of their own that pick one of the proceeding's saved accused parties.

Why the party picks articles, not bases: the bases of a new proceeding are rows of the same submit
and have no ids yet; the editor maps the chosen articles onto the proceeding's bases when saving
(`IncidentEditor`), and refuses an article the proceeding does not list.
"""

from __future__ import annotations

from typing import Any

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from speechwatch.incidents.choices import ACCUSED_ROLES
from speechwatch.incidents.models import Ban, Proceeding, ProceedingParty, Sentence
from speechwatch.incidents.models.incidents import EARLIEST_DATE
from speechwatch.web.forms.fields import DateInput, articles
from speechwatch.web.forms.incident import UniqueActorsFormSet, check_date
from speechwatch.web.forms.proceeding import PartyForm


def _check(form: forms.Form, name: str, past: bool) -> None:
    """A date of the record: not before 1991; `past` dates (sentenced on, custody since) not in the future
    either, while a term or a ban may end (or start) in the future."""
    value = form.cleaned_data.get(name)
    try:
        if past:
            check_date(value)
        elif value is not None and value < EARLIEST_DATE:
            check_date(value)
    except ValidationError as exc:
        form.add_error(name, exc)


class ArticlesField(forms.ModelMultipleChoiceField):
    def label_from_instance(self, obj: Any) -> str:
        return f"{obj.code_id} {obj.article} — {obj.label}"


class PartyOutcomeForm(PartyForm):
    charged_articles = ArticlesField(
        queryset=articles(),
        required=False,
        label=_("charged under"),
        help_text=_("Only for an accused or defendant: the articles of this proceeding this person is charged under."),
    )

    class Meta(PartyForm.Meta):
        fields = [*PartyForm.Meta.fields, "confirmed", "custody_status", "custody_since"]
        widgets = {"custody_since": DateInput}
        labels = {**PartyForm.Meta.labels, "confirmed": _("link confirmed"), "custody_status": _("custody status"),
                  "custody_since": _("custody status since")}  # fmt: skip

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        charged = [b.article_id for b in self.instance.charges.all()] if self.instance.pk else []
        if charged:
            self.initial["charged_articles"] = charged

    def clean(self) -> dict[str, Any]:
        data = super().clean()
        outcome = data.get("charged_articles") or data.get("custody_status")
        if outcome and data.get("role") not in ACCUSED_ROLES:
            self.add_error("role", _("Charges and custody belong to an accused or a defendant."))
        _check(self, "custody_since", past=True)
        return data


PartyOutcomeFormSet = forms.inlineformset_factory(
    Proceeding, ProceedingParty, form=PartyOutcomeForm, formset=UniqueActorsFormSet, extra=1, can_delete=True
)


class PartyChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, obj: ProceedingParty) -> str:
        return f"{obj.actor.name} ({obj.get_role_display()})"


class _OutcomeForm(forms.ModelForm):
    """A row naming one of the proceeding's saved accused parties (`parties`, given by the formset)."""

    party = PartyChoiceField(queryset=ProceedingParty.objects.none(), label=_("person"))

    def __init__(self, *args: Any, parties: Any = None, sentences: Any = None, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["party"].queryset = parties if parties is not None else ProceedingParty.objects.none()
        if "sentence" in self.fields:
            self.fields["sentence"].queryset = sentences if sentences is not None else Sentence.objects.none()
        self.fields["party"].help_text = _("Save a new accused party first; then add their sentence here.")

    def clean(self) -> dict[str, Any]:
        data = super().clean()
        _check(self, "sentenced_on", past=True)
        for name in ("starts_on", "ends_on"):
            _check(self, name, past=False)
        return data


TERM_FIELDS = ["term_years", "term_months", "term_days", "starts_on", "ends_on"]
TERM_LABELS = {"term_years": _("years"), "term_months": _("months"), "term_days": _("days"),
               "starts_on": _("starts on"), "ends_on": _("ends on")}  # fmt: skip
DATE_WIDGETS = {"starts_on": DateInput, "ends_on": DateInput, "sentenced_on": DateInput}


class SentenceForm(_OutcomeForm):
    class Meta:
        model = Sentence
        fields = ["party", "kind", *TERM_FIELDS[:3], "fine_kzt", "is_suspended", "probation_years",
                  "probation_months", "sentenced_on", "starts_on", "ends_on", "is_current"]  # fmt: skip
        widgets = {**DATE_WIDGETS, "fine_kzt": forms.NumberInput(attrs={"min": 0, "step": 1})}
        labels = TERM_LABELS


class BanForm(_OutcomeForm):
    class Meta:
        model = Ban
        fields = ["party", "kind", *TERM_FIELDS, "sentence"]
        widgets = DATE_WIDGETS
        labels = {**TERM_LABELS, "sentence": _("imposed with sentence")}


def _formset(form: type) -> type:
    return forms.modelformset_factory(form.Meta.model, form=form, extra=1, can_delete=True)


SentenceFormSet = _formset(SentenceForm)
BanFormSet = _formset(BanForm)


def outcome_formsets(data: Any, proceeding: Proceeding) -> dict[str, Any]:
    """The sentence and ban rows of `proceeding` (none for a proceeding not saved yet)."""
    saved = proceeding.pk is not None
    parties = (
        ProceedingParty.objects.filter(proceeding=proceeding, role__in=ACCUSED_ROLES).select_related("actor")
        if saved
        else ProceedingParty.objects.none()
    )
    sentences, bans = Sentence.objects.none(), Ban.objects.none()
    if saved:
        sentences = Sentence.objects.filter(party__proceeding=proceeding).select_related("party__actor").order_by("id")
        bans = Ban.objects.filter(party__proceeding=proceeding).order_by("id")
    kwargs = {"parties": parties, "sentences": sentences}
    sets = {
        "sentences": SentenceFormSet(data, queryset=sentences, prefix="sentences", form_kwargs=kwargs),
        "bans": BanFormSet(data, queryset=bans, prefix="bans", form_kwargs=kwargs),
    }
    # a POST from a page (or a script) without these rows leaves sentences and bans as they are
    return {k: fs for k, fs in sets.items() if data is None or f"{k}-TOTAL_FORMS" in data}
