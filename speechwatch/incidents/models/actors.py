"""People, media outlets and organisations, with the aliases and transliterations reports use."""

from __future__ import annotations

import re
import unicodedata

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from speechwatch.incidents.choices import ActorKind, ActorSubkind
from speechwatch.incidents.models.translations import source_lang_field
from speechwatch.incidents.querysets import ActorQuerySet

_TRANSLIT_FOLDS = [("yo", "e"), ("ye", "e"), ("iy", "i"), ("yi", "i"), ("y", "i"), ("j", "zh"), ("dzh", "zh")]


def normalise_name(name: str) -> str:
    """A key that makes spelling variants of one name collide: case, accents, quotes, punctuation and
    the common en transliteration swaps (Tsoi/Tsoy, Balayeva/Balaeva) are folded away."""
    text = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode() or name
    text = re.sub(r"[«»\"'`’“”.,()\-]", " ", text.lower())
    text = re.sub(r"\s+", " ", text).strip()
    for a, b in _TRANSLIT_FOLDS:
        text = text.replace(a, b)
    return text if text else name.strip().lower()


class Actor(models.Model):
    name = models.CharField(_("name"), max_length=300)
    kind = models.CharField(_("kind"), max_length=20, choices=ActorKind.choices)
    subkind = models.CharField(_("subkind"), max_length=20, choices=ActorSubkind.choices, blank=True, default="")
    normalised = models.CharField(max_length=300, editable=False, db_index=True)
    description = models.TextField(_("description"), blank=True, default="")
    source_lang = source_lang_field()
    is_state = models.BooleanField(_("state body or official"), default=False)
    created_at = models.DateTimeField(auto_now_add=True)
    objects = ActorQuerySet.as_manager()
    history = HistoricalRecords()

    class Meta:
        ordering = ["name"]
        constraints = [models.UniqueConstraint(fields=["kind", "normalised"], name="uniq_actor_kind_name")]

    def __str__(self) -> str:
        return self.name

    def save(self, *args, **kwargs) -> None:
        self.normalised = normalise_name(self.name)
        super().save(*args, **kwargs)

    def clean(self) -> None:
        self.name = (self.name or "").strip()
        if not self.name:
            raise ValidationError({"name": _("An actor needs a name.")})
        self.normalised = normalise_name(self.name)
        clash = Actor.objects.filter(kind=self.kind, normalised=self.normalised).exclude(pk=self.pk)
        if clash.exists():
            raise ValidationError(
                {
                    "name": _("An actor of this kind with this name already exists: %(name)s")
                    % {"name": clash.first().name}
                }
            )


class ActorAlias(models.Model):
    actor = models.ForeignKey(Actor, on_delete=models.CASCADE, related_name="aliases")
    name = models.CharField(max_length=300)
    normalised = models.CharField(max_length=300, editable=False, db_index=True)
    is_transliteration = models.BooleanField(default=False)

    class Meta:
        ordering = ["name"]
        constraints = [models.UniqueConstraint(fields=["actor", "normalised"], name="uniq_actor_alias")]

    def __str__(self) -> str:
        return self.name

    def save(self, *args, **kwargs) -> None:
        self.normalised = normalise_name(self.name)
        super().save(*args, **kwargs)
