"""The incident form and the inline formsets of its actors, places and sources."""

from __future__ import annotations

from typing import Any

from django import forms
from django.core.exceptions import ValidationError
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from speechwatch.incidents.models import (
    Actor,
    Case,
    Incident,
    IncidentPlace,
    Involvement,
    Source,
)
from speechwatch.incidents.models.incidents import EARLIEST_DATE
from speechwatch.incidents.translations import source_lang
from speechwatch.vocab.models import Region
from speechwatch.web.forms.fields import (
    ACTOR_KIND_CHOICES,
    ActorLookupField,
    CategoryChoiceField,
    CategoryMultipleField,
    DateInput,
    RegionChoiceField,
    RegistrationMonthField,
    categories,
    grouped_category_choices,
    places,
)
from speechwatch.web.forms.translations import ui_text_lang

FOLLOW_UP_NEEDS_CASE = _("A follow-up must point at the case it follows.")


def check_date(value: Any) -> None:
    """Reject dates before the monitoring record (1991) or in the future."""
    if value is None:
        return
    if value < EARLIEST_DATE:
        raise ValidationError(_("The date %(d)s is before 1991, outside the monitoring record."), params={"d": value})
    if value > timezone.localdate():
        raise ValidationError(_("The date %(d)s is in the future."), params={"d": value})


class IncidentForm(forms.ModelForm):
    registered_month = RegistrationMonthField(
        label=_("registration month"), help_text=_("The month whose report counts this incident (YYYY-MM).")
    )
    primary_category = CategoryChoiceField(queryset=categories(), label=_("category"))
    secondary_categories = CategoryMultipleField(
        queryset=categories(), required=False, label=_("secondary categories"), widget=forms.CheckboxSelectMultiple
    )
    case = forms.ModelChoiceField(queryset=Case.objects.none(), required=False, label=_("case"))
    new_case_title = forms.CharField(
        label=_("or start a new case"),
        max_length=300,
        required=False,
        help_text=_("Title of a new case this incident opens."),
    )
    # Optimistic locking: the `updated_at` of the incident as it was when the form was loaded. Saving
    # compares it with the stored row (services.incident_lock) so a second editor cannot silently
    # overwrite the first one's work. Not a model field: the token is the timestamp every save moves.
    version = forms.CharField(widget=forms.HiddenInput, required=False)

    class Meta:
        model = Incident
        fields = [
            "source_lang",
            "title",
            "date",
            "date_precision",
            "registered_month",
            "primary_category",
            "secondary_categories",
            "summary",
            "narrative",
            "case",
            "is_follow_up",
            "is_confidential",
            "confidential_notes",
        ]
        widgets = {
            "date": DateInput,
            "summary": forms.Textarea(attrs={"rows": 2}),
            "narrative": forms.Textarea(attrs={"rows": 8}),
            "confidential_notes": forms.Textarea(attrs={"rows": 3}),
        }

    def __init__(self, *args: Any, user: Any = None, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["case"].queryset = Case.objects.restrict(user).order_by("title")
        self.fields["primary_category"].choices = grouped_category_choices(blank=True)
        self.fields["secondary_categories"].choices = grouped_category_choices(blank=False)
        self.fields["narrative"].widget.attrs["maxlength"] = 100_000
        if self.instance.pk and self.instance.updated_at:
            self.initial["version"] = self.instance.updated_at.isoformat()
        if not self.instance.source_lang:
            # a new record is written in the writer's interface language; an old one without a recorded
            # language shows the one its script suggests (saving records it)
            guess = source_lang(self.instance) if self.instance.pk else ui_text_lang()
            self.initial["source_lang"] = guess

    def clean_date(self) -> Any:
        value = self.cleaned_data.get("date")
        check_date(value)
        return value

    def clean(self) -> dict[str, Any]:
        data = super().clean()
        if data.get("case") and data.get("new_case_title"):
            self.add_error("new_case_title", _("Pick an existing case or start a new one, not both."))
        primary = data.get("primary_category")
        secondary = data.get("secondary_categories")
        if primary is not None and secondary is not None:
            data["secondary_categories"] = [c for c in secondary if c.pk != primary.pk]
        return data

    def _post_clean(self) -> None:
        super()._post_clean()
        # A follow-up of a case started in this same form has no case id yet, so Incident.clean
        # complains that the follow-up has no case; the new case will exist when the incident is saved.
        if self.cleaned_data.get("new_case_title") and "case" in self._errors:
            follow_up_error = str(FOLLOW_UP_NEEDS_CASE)
            kept = [e for e in self._errors["case"] if str(e) != follow_up_error]
            if kept:
                self._errors["case"] = self.error_class(kept)
            else:
                del self._errors["case"]


class ActorPickMixin(forms.Form):
    """Pick an existing actor, or name a new one (with its kind); a new name that folds to an existing
    actor of the same kind is an error naming the `new_name` field."""

    new_name = forms.CharField(label=_("or new actor name"), max_length=300, required=False)
    new_kind = forms.ChoiceField(label=_("new actor kind"), choices=ACTOR_KIND_CHOICES, required=False)

    def clean_actor_pick(self, data: dict[str, Any]) -> None:
        actor, name, kind = data.get("actor"), (data.get("new_name") or "").strip(), data.get("new_kind")
        if actor and name:
            self.add_error("new_name", _("Pick an existing actor or name a new one, not both."))
        elif name:
            if not kind:
                self.add_error("new_kind", _("Say what kind of actor %(name)s is.") % {"name": name})
                return
            try:
                Actor(name=name, kind=kind).clean()
            except ValidationError as exc:
                for message in exc.message_dict.get("name", []):
                    self.add_error("new_name", message)
        elif not actor and self.has_changed():
            self.add_error("actor", _("Pick an actor or name a new one."))

    def actor_key(self) -> tuple[str, str] | None:
        data = getattr(self, "cleaned_data", {})
        if data.get("actor"):
            return ("id", str(data["actor"].pk))
        if data.get("new_name"):
            from speechwatch.incidents.models import normalise_name

            return ("new", f"{data.get('new_kind')}:{normalise_name(data['new_name'])}")
        return None


class InvolvementForm(ActorPickMixin, forms.ModelForm):
    actor = ActorLookupField(required=False, label=_("actor"))

    class Meta:
        model = Involvement
        fields = ["actor", "new_name", "new_kind", "role", "note"]
        labels = {"role": _("role"), "note": _("note")}

    def clean(self) -> dict[str, Any]:
        data = super().clean()
        self.clean_actor_pick(data)
        return data


class PlaceForm(forms.ModelForm):
    place = forms.ModelChoiceField(queryset=places(), required=False, label=_("place"))
    region = RegionChoiceField(
        queryset=Region.objects.all(),
        required=False,
        label=_("region"),
        help_text=_("Only when the place is not in the list."),
    )

    class Meta:
        model = IncidentPlace
        fields = ["place", "region", "name_as_written"]
        labels = {"name_as_written": _("name as written")}

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        if self.instance.pk and not self.instance.place_id:
            self.initial.setdefault("region", self.instance.region_now_id)

    def clean(self) -> dict[str, Any]:
        data = super().clean()
        if self.has_changed() and not (data.get("place") or data.get("region") or data.get("name_as_written")):
            self.add_error("place", _("Pick a place or a region."))
        return data

    def save(self, commit: bool = True) -> IncidentPlace:
        obj = super().save(commit=False)
        region = self.cleaned_data.get("region")
        if obj.place_id is None and region is not None:
            obj.region_then = obj.region_now = region
        elif obj.place_id is not None and "place" in self.changed_data:
            obj.region_then = obj.region_now = None  # recomputed from the place on save
        if commit:
            obj.save()
        return obj


class _StoredFile:
    """What the file widget prints for a stored file: the download route that checks permissions
    (there is no public /media/), labelled with the source's title rather than the random stored name."""

    def __init__(self, url: str, label: str) -> None:
        self.url = url
        self.label = label

    def __str__(self) -> str:
        return self.label


class SourceFileInput(forms.ClearableFileInput):
    def get_context(self, name: str, value: Any, attrs: Any) -> dict[str, Any]:
        context = super().get_context(name, value, attrs)
        instance = getattr(value, "instance", None)
        if context["widget"]["is_initial"] and instance is not None and instance.pk:
            from django.urls import reverse

            label = instance.title or _("document")
            context["widget"]["value"] = _StoredFile(reverse("web:source_file", args=[instance.pk]), str(label))
        return context


class SourceForm(forms.ModelForm):
    url = forms.URLField(label=_("URL"), max_length=1000, required=False, assume_scheme="https")

    class Meta:
        model = Source
        fields = [
            "kind",
            "url",
            "title",
            "correspondent",
            "document",
            "excerpt",
            "reliability",
            "received",
            "is_confidential",
        ]
        labels = {
            "kind": _("kind"),
            "url": _("URL"),
            "title": _("title"),
            "correspondent": _("correspondent"),
            "document": _("document"),
            "excerpt": _("excerpt"),
            "reliability": _("reliability"),
            "received": _("received"),
            "is_confidential": _("confidential"),
        }
        widgets = {
            "received": DateInput,
            "excerpt": forms.Textarea(attrs={"rows": 2}),
            "document": SourceFileInput,
        }

    def clean_received(self) -> Any:
        value = self.cleaned_data.get("received")
        check_date(value)
        return value

    def clean(self) -> dict[str, Any]:
        data = super().clean()
        if self.has_changed() and not any(
            data.get(f) for f in ("url", "title", "correspondent", "document", "excerpt")
        ):
            self.add_error("url", _("A source needs a URL, a title, a correspondent, a document or an excerpt."))
        return data


class UniqueActorsFormSet(forms.BaseInlineFormSet):
    """Rejects the same actor twice in the same role."""

    def clean(self) -> None:
        seen: set[tuple[Any, ...]] = set()
        for form in self.forms:
            if not hasattr(form, "cleaned_data") or form.cleaned_data.get("DELETE") or not form.has_changed():
                continue
            key = form.actor_key()
            if key is None:
                continue
            full = (*key, form.cleaned_data.get("role"))
            if full in seen:
                form.add_error(
                    "actor" if key[0] == "id" else "new_name", _("This actor is already listed in this role.")
                )
            seen.add(full)
        super().clean()


def _inline(model: type, form: type, formset: type = forms.BaseInlineFormSet, **kwargs: Any) -> type:
    return forms.inlineformset_factory(Incident, model, form=form, formset=formset, extra=1, can_delete=True, **kwargs)


InvolvementFormSet = _inline(Involvement, InvolvementForm, UniqueActorsFormSet)
PlaceFormSet = _inline(IncidentPlace, PlaceForm)
SourceFormSet = _inline(Source, SourceForm)
