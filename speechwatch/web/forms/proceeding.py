"""The proceeding of an incident: its fields and the formsets of bases, parties, stages and money."""

from __future__ import annotations

from typing import Any

from django import forms
from django.utils.translation import gettext_lazy as _

from speechwatch.incidents.choices import ActorKind, ProceedingKind
from speechwatch.incidents.models import (
    Actor,
    MoneyAmount,
    Proceeding,
    ProceedingBasis,
    ProceedingParty,
    StageEvent,
)
from speechwatch.web.forms.fields import ActorChoiceField, ActorLookupField, ArticleChoiceField, DateInput, articles
from speechwatch.web.forms.incident import ActorPickMixin, UniqueActorsFormSet, check_date


class ProceedingForm(forms.ModelForm):
    kind = forms.ChoiceField(
        label=_("kind"), choices=[("", _("— no proceeding —")), *ProceedingKind.choices], required=False
    )
    court = ActorChoiceField(
        queryset=Actor.objects.filter(kind=ActorKind.ORGANISATION).order_by("name"),
        required=False,
        label=_("court or body"),
    )

    class Meta:
        model = Proceeding
        fields = [
            "kind",
            "title",
            "filed_on",
            "is_honor_claim",
            "court",
            "court_name",
            "outcome",
            "outcome_note",
            "is_confidential",
        ]
        widgets = {"filed_on": DateInput, "outcome_note": forms.Textarea(attrs={"rows": 2})}

    def clean_filed_on(self) -> Any:
        value = self.cleaned_data.get("filed_on")
        check_date(value)
        return value

    def _post_clean(self) -> None:
        # Proceeding.clean wants an incident or a case; the incident is saved in the same
        # transaction right before the proceeding, so validation runs with a stand-in id.
        stand_in = self.instance.incident_id is None and self.instance.case_id is None
        if stand_in:
            self.instance.incident_id = 0
        try:
            super()._post_clean()
        finally:
            if stand_in:
                self.instance.incident_id = None

    @property
    def wanted(self) -> bool:
        return bool(getattr(self, "cleaned_data", {}).get("kind"))


class BasisForm(forms.ModelForm):
    article = ArticleChoiceField(queryset=articles(), label=_("article"))

    class Meta:
        model = ProceedingBasis
        fields = ["article", "part"]
        labels = {"part": _("part")}


class PartyForm(ActorPickMixin, forms.ModelForm):
    actor = ActorLookupField(required=False, label=_("actor"))

    class Meta:
        model = ProceedingParty
        fields = ["actor", "new_name", "new_kind", "role"]
        labels = {"role": _("role")}

    def clean(self) -> dict[str, Any]:
        data = super().clean()
        self.clean_actor_pick(data)
        return data


class StageForm(forms.ModelForm):
    class Meta:
        model = StageEvent
        fields = ["kind", "date", "date_precision", "in_favour_of_media", "note"]
        labels = {
            "kind": _("stage"),
            "date": _("date"),
            "date_precision": _("date precision"),
            "in_favour_of_media": _("in favour of the media"),
            "note": _("note"),
        }
        widgets = {"date": DateInput, "note": forms.TextInput}

    def clean_date(self) -> Any:
        value = self.cleaned_data.get("date")
        check_date(value)
        return value


class MoneyForm(forms.ModelForm):
    class Meta:
        model = MoneyAmount
        fields = ["kind", "amount_kzt", "date", "note"]
        labels = {"kind": _("kind"), "amount_kzt": _("amount, KZT"), "date": _("date"), "note": _("note")}
        widgets = {"date": DateInput, "amount_kzt": forms.NumberInput(attrs={"min": 0, "step": 1})}

    def clean_date(self) -> Any:
        value = self.cleaned_data.get("date")
        check_date(value)
        return value


def _inline(model: type, form: type, formset: type = forms.BaseInlineFormSet) -> type:
    return forms.inlineformset_factory(Proceeding, model, form=form, formset=formset, extra=1, can_delete=True)


BasisFormSet = _inline(ProceedingBasis, BasisForm)
PartyFormSet = _inline(ProceedingParty, PartyForm, UniqueActorsFormSet)
StageFormSet = _inline(StageEvent, StageForm)
MoneyFormSet = _inline(MoneyAmount, MoneyForm)
