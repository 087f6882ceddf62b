"""Build and keep current the search document of every incident (IncidentSearchDocument.terms).

What goes in: the incident's title, summary and narrative in its source language and in every
translation; its case's title and title translations (only when the case is not confidential, since
its title would otherwise be found through a visible incident); the names and aliases of its actors;
its places (as written, and the codebook names in en/ru/kk with their variants). Each word becomes
its keys (speechwatch.web.search_terms); names also their transliteration keys.

What never goes in: confidential notes, sources (confidential or not: their titles and excerpts are
working material shown by other rules), proceedings. So a word that only a confidential field holds
cannot make a record turn up in a search, for any role.

Kept current by signals (`connect`, from WebConfig.ready) on every write that changes an input:
incident, translation, involvement, actor, alias, case, case translation, incident place, place.
Bulk writes (bulk_create, QuerySet.update, raw SQL) bypass signals: run `speechwatch reindex`, or
`index_missing` (the post-migrate check calls it), or wrap the writes in `deferred()`.
"""

from __future__ import annotations

import threading
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from typing import Any

from django.db import router, transaction
from django.db.models.signals import post_delete, post_save, pre_delete

from speechwatch.web.search_terms import name_keys, text_keys

BATCH = 500
_state = threading.local()


def _pending() -> set[int] | None:
    return getattr(_state, "pending", None)


def _deleting() -> set[int]:
    if not hasattr(_state, "deleting"):
        _state.deleting = set()
    return _state.deleting


def build_terms(ids: Iterable[int], using: str = "default") -> dict[int, str]:
    """The search terms of the incidents `ids` that exist: id → sorted keys joined by spaces.
    A fixed number of queries per call, whatever the number of incidents."""
    from speechwatch.incidents.models import (
        ActorAlias,
        Case,
        CaseTranslation,
        Incident,
        IncidentPlace,
        IncidentTranslation,
        Involvement,
        TranslationStatus,
    )

    ids = list(ids)
    keys: dict[int, set[str]] = {}
    case_of: dict[int, int] = {}
    for pk, title, summary, narrative, case_id in Incident.objects.using(using).filter(pk__in=ids).values_list(
        "pk", "title", "summary", "narrative", "case_id"
    ):
        keys[pk] = text_keys(f"{title}\n{summary}\n{narrative}")
        if case_id:
            case_of[pk] = case_id
    if not keys:
        return {}
    # reviewed translations only: a draft's words must not make a record findable by what it may not print
    for incident_id, title, summary, narrative in IncidentTranslation.objects.using(using).filter(
        incident_id__in=keys, status=TranslationStatus.REVIEWED
    ).values_list("incident_id", "title", "summary", "narrative"):
        keys[incident_id] |= text_keys(f"{title}\n{summary}\n{narrative}")
    if case_of:
        case_keys: dict[int, set[str]] = {
            pk: text_keys(title)
            for pk, title in Case.objects.using(using)
            .filter(pk__in=set(case_of.values()), is_confidential=False)
            .values_list("pk", "title")
        }
        for case_id, title in CaseTranslation.objects.using(using).filter(
            case_id__in=case_keys, status=TranslationStatus.REVIEWED).values_list(
            "case_id", "title"
        ):
            case_keys[case_id] |= text_keys(title)
        for pk, case_id in case_of.items():
            keys[pk] |= case_keys.get(case_id, set())
    actors_of: dict[int, set[int]] = defaultdict(set)
    actor_keys: dict[int, set[str]] = {}
    for incident_id, actor_id, name in Involvement.objects.using(using).filter(incident_id__in=keys).values_list(
        "incident_id", "actor_id", "actor__name"
    ):
        actors_of[incident_id].add(actor_id)
        actor_keys.setdefault(actor_id, set()).update(name_keys(name))
    for actor_id, name in ActorAlias.objects.using(using).filter(actor_id__in=actor_keys).values_list(
        "actor_id", "name"
    ):
        actor_keys[actor_id] |= name_keys(name)
    for incident_id, actor_ids in actors_of.items():
        for actor_id in actor_ids:
            keys[incident_id] |= actor_keys[actor_id]
    for incident_id, written, en, ru, kk, variants in IncidentPlace.objects.using(using).filter(
        incident_id__in=keys
    ).values_list("incident_id", "name_as_written", "place__name_en", "place__name_ru", "place__name_kk",
                  "place__variants"):  # fmt: skip
        names = [written, en, ru, kk, *(v for v in (variants or []) if isinstance(v, str))]
        keys[incident_id] |= name_keys(" ".join(n for n in names if n))
    return {pk: " ".join(sorted(k)) for pk, k in keys.items()}


def refresh(ids: Iterable[int], using: str = "default") -> int:
    """Recompute and store the documents of `ids` (inside `deferred()`: at its end). Returns the
    number of documents written now."""
    ids = {int(i) for i in ids if i is not None} - _deleting()
    if not ids:
        return 0
    pending = _pending()
    if pending is not None:
        pending.update(ids)
        return 0
    from speechwatch.incidents.models import IncidentSearchDocument

    written = 0
    ordered = sorted(ids)
    for start in range(0, len(ordered), BATCH):
        chunk = ordered[start : start + BATCH]
        terms = build_terms(chunk, using)
        with transaction.atomic(using=using):
            IncidentSearchDocument.objects.using(using).filter(incident_id__in=chunk).delete()
            IncidentSearchDocument.objects.using(using).bulk_create(
                [IncidentSearchDocument(incident_id=pk, terms=t) for pk, t in terms.items()]
            )
        written += len(terms)
    return written


@contextmanager
def deferred(using: str = "default") -> Iterator[None]:
    """Collect the incidents that writes inside the block touch and index each once at the end (an
    import saving an incident, its translations, actors and places would otherwise rebuild its
    document once per row)."""
    if _pending() is not None:
        yield
        return
    _state.pending = set()
    try:
        yield
    finally:
        ids, _state.pending = _state.pending, None
    refresh(ids, using)


def reindex(
    using: str = "default", batch: int = BATCH, progress: Callable[[int, int], Any] | None = None,
    only_missing: bool = False,
) -> int:
    """Rebuild the documents of every incident (or of those without one), `batch` at a time, calling
    `progress(done, total)` after each batch. Returns the number of documents written."""
    from speechwatch.incidents.models import Incident

    qs = Incident.objects.using(using).order_by("pk")
    if only_missing:
        qs = qs.filter(search_document__isnull=True)
    ids = list(qs.values_list("pk", flat=True))
    done = 0
    for start in range(0, len(ids), batch):
        done += refresh(ids[start : start + batch], using)
        if progress:
            progress(min(start + batch, len(ids)), len(ids))
    return done


def index_missing(using: str = "default") -> int:
    """Index the incidents that have no search document (rows written around the signals)."""
    return reindex(using=using, only_missing=True)


# --- signals ---------------------------------------------------------------------------------


def _db(instance: Any) -> str:
    return instance._state.db or router.db_for_write(type(instance))


def _incident_saved(sender: type, instance: Any, **kwargs: Any) -> None:
    refresh([instance.pk], _db(instance))


def _incident_deleting(sender: type, instance: Any, **kwargs: Any) -> None:
    _deleting().add(instance.pk)


def _incident_deleted(sender: type, instance: Any, **kwargs: Any) -> None:
    _deleting().discard(instance.pk)


def _of_incident(sender: type, instance: Any, **kwargs: Any) -> None:
    """A translation, involvement or place of an incident changed."""
    refresh([instance.incident_id], _db(instance))


def _actor_incidents(actor_ids: Iterable[int], using: str) -> list[int]:
    from speechwatch.incidents.models import Involvement

    return list(
        Involvement.objects.using(using).filter(actor_id__in=list(actor_ids)).values_list("incident_id", flat=True)
    )


def _actor_changed(sender: type, instance: Any, **kwargs: Any) -> None:
    refresh(_actor_incidents([instance.pk], _db(instance)), _db(instance))


def _alias_changed(sender: type, instance: Any, **kwargs: Any) -> None:
    refresh(_actor_incidents([instance.actor_id], _db(instance)), _db(instance))


def _case_incidents(case_id: int, using: str) -> list[int]:
    from speechwatch.incidents.models import Incident

    return list(Incident.objects.using(using).filter(case_id=case_id).values_list("pk", flat=True))


def _case_changed(sender: type, instance: Any, **kwargs: Any) -> None:
    refresh(_case_incidents(instance.pk, _db(instance)), _db(instance))


def _case_deleting(sender: type, instance: Any, **kwargs: Any) -> None:
    """Its incidents lose the case (SET_NULL, no signal): remember them to drop its title after."""
    instance._search_incidents = _case_incidents(instance.pk, _db(instance))


def _case_deleted(sender: type, instance: Any, **kwargs: Any) -> None:
    refresh(getattr(instance, "_search_incidents", []), _db(instance))


def _case_translation_changed(sender: type, instance: Any, **kwargs: Any) -> None:
    refresh(_case_incidents(instance.case_id, _db(instance)), _db(instance))


def _place_changed(sender: type, instance: Any, **kwargs: Any) -> None:
    from speechwatch.incidents.models import IncidentPlace

    using = _db(instance)
    ids = IncidentPlace.objects.using(using).filter(place_id=instance.pk).values_list("incident_id", flat=True)
    refresh(list(ids), using)


def connect() -> None:
    """Register the receivers (idempotent: each has a dispatch_uid)."""
    from speechwatch.incidents.models import (
        Actor,
        ActorAlias,
        Case,
        CaseTranslation,
        Incident,
        IncidentPlace,
        IncidentTranslation,
        Involvement,
    )
    from speechwatch.vocab.models import Place

    def on(signal: Any, receiver: Callable[..., None], model: type) -> None:
        signal.connect(receiver, sender=model, weak=False, dispatch_uid=f"search-{receiver.__name__}-{model.__name__}")

    on(post_save, _incident_saved, Incident)
    on(pre_delete, _incident_deleting, Incident)
    on(post_delete, _incident_deleted, Incident)
    for model in (IncidentTranslation, Involvement, IncidentPlace):
        on(post_save, _of_incident, model)
        on(post_delete, _of_incident, model)
    on(post_save, _actor_changed, Actor)
    on(post_save, _alias_changed, ActorAlias)
    on(post_delete, _alias_changed, ActorAlias)
    on(post_save, _case_changed, Case)
    on(pre_delete, _case_deleting, Case)
    on(post_delete, _case_deleted, Case)
    on(post_save, _case_translation_changed, CaseTranslation)
    on(post_delete, _case_translation_changed, CaseTranslation)
    on(post_save, _place_changed, Place)
