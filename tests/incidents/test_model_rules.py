"""Model rules and the incident services: dates, amounts, follow-ups, sizes, duplicates, hostile text,
and the permission checks of every write service."""

from __future__ import annotations

import datetime as dt

import pytest
from django.contrib.auth.models import AnonymousUser
from django.core.exceptions import PermissionDenied, ValidationError
from django.utils import timezone

from speechwatch.incidents import services
from speechwatch.incidents.models import Actor, Case, Incident, MoneyAmount, Proceeding
from speechwatch.vocab.models import Category

pytestmark = pytest.mark.django_db
HOSTILE = "<script>alert('x')</script> \"quoted\" & 'single' \u202e ; DROP TABLE incidents_incident; -- {{ x }} %s"


def _incident(**overrides) -> Incident:
    fields = {
        "title": "A reporter was pushed",
        "date": dt.date(2024, 3, 4),
        "registered_month": dt.date(2024, 3, 1),
        "primary_category": Category.objects.get(code="rights.attack"),
    }
    fields.update(overrides)
    return Incident(**fields)


def _errors(obj) -> dict[str, list[str]]:
    with pytest.raises(ValidationError) as info:
        obj.full_clean()
    return info.value.message_dict


def test_a_valid_incident_passes():
    _incident().full_clean()


def test_future_date_is_rejected():
    tomorrow = timezone.localdate() + dt.timedelta(days=1)
    assert "date" in _errors(_incident(date=tomorrow, registered_month=tomorrow.replace(day=1)))


def test_date_before_1991_is_rejected():
    assert "date" in _errors(_incident(date=dt.date(1985, 5, 1), registered_month=dt.date(1985, 5, 1)))


def test_future_registration_month_is_rejected():
    month = (timezone.localdate().replace(day=1) + dt.timedelta(days=40)).replace(day=1)
    assert "registered_month" in _errors(_incident(date=None, registered_month=month))


def test_incident_cannot_happen_after_its_registration_month():
    assert "date" in _errors(_incident(date=dt.date(2024, 4, 2), registered_month=dt.date(2024, 3, 1)))


def test_impossible_date_string_is_rejected():
    with pytest.raises(ValidationError) as info:
        _incident(date="2024-02-30").clean_fields()
    assert "date" in info.value.message_dict and "invalid date" in info.value.message_dict["date"][0]


def test_follow_up_needs_a_case():
    assert "case" in _errors(_incident(is_follow_up=True))
    case = Case.objects.create(title="A long story")
    _incident(is_follow_up=True, case=case).full_clean()


def test_oversized_title_is_rejected():
    assert "title" in _errors(_incident(title="x" * 301))


def test_negative_amount_is_rejected_by_validation_and_by_the_database():
    p = Proceeding.objects.create(kind="civil", case=Case.objects.create(title="Claim"))
    assert "amount_kzt" in _errors(MoneyAmount(proceeding=p, kind="claimed", amount_kzt=-1))
    from django.db import IntegrityError, transaction

    with pytest.raises(IntegrityError), transaction.atomic():
        MoneyAmount.objects.create(proceeding=p, kind="claimed", amount_kzt=-1)


def test_money_is_exact_integer_tenge():
    p = Proceeding.objects.create(kind="civil", case=Case.objects.create(title="Claim"))
    big = 4_423_000_000_000
    MoneyAmount.objects.create(proceeding=p, kind="claimed", amount_kzt=big)
    value = MoneyAmount.objects.get(proceeding=p).amount_kzt
    assert value == big and isinstance(value, int)
    assert "amount_kzt" in _errors(MoneyAmount(proceeding=p, kind="claimed", amount_kzt="1.5"))


def test_proceeding_needs_a_case_or_an_incident():
    assert "__all__" in _errors(Proceeding(kind="criminal"))


def test_duplicate_actor_is_rejected_with_a_message_naming_the_name():
    Actor.objects.create(name="Timur Tsoy", kind="person")
    errors = _errors(Actor(name="Timur Tsoi", kind="person"))
    assert "name" in errors and "Timur Tsoy" in errors["name"][0]
    Actor(name="Timur Tsoi", kind="outlet").full_clean()  # another kind is another actor


def test_actor_get_or_create_matches_transliterations_and_aliases():
    actor, created = services.actor_get_or_create("Dana Balgabayeva", "person", aliases=["Дана Балгабаева"])
    assert created
    again, created = services.actor_get_or_create("Dana Balgabaeva", "person")
    assert again == actor and not created
    by_alias, created = services.actor_get_or_create("Дана Балгабаева", "person")
    assert by_alias == actor and not created
    assert Actor.objects.count() == 1


def test_hostile_string_is_stored_verbatim(users):
    incident = services.incident_create(
        user=users["editor"], title=HOSTILE[:300], summary=HOSTILE, narrative=HOSTILE, date=dt.date(2024, 3, 4),
        registered_month=dt.date(2024, 3, 1), primary_category="rights.threat",
    )  # fmt: skip
    incident.refresh_from_db()
    assert incident.summary == HOSTILE and incident.narrative == HOSTILE


def test_nul_characters_are_refused_on_every_database(users):
    with pytest.raises(ValidationError) as info:
        services.incident_create(
            user=users["editor"], title="t", summary="before\x00after", registered_month=dt.date(2024, 3, 1),
            primary_category="rights.threat",
        )  # fmt: skip
    assert "summary" in info.value.message_dict
    assert not Incident.objects.exists()


def test_services_check_permissions(users):
    fields = {"title": "t", "date": dt.date(2024, 3, 4), "registered_month": dt.date(2024, 3, 1),
              "primary_category": "rights.attack"}  # fmt: skip
    with pytest.raises(PermissionDenied):
        services.incident_create(user=users["viewer"], **fields)
    with pytest.raises(PermissionDenied):
        services.incident_create(user=AnonymousUser(), **fields)
    draft = services.incident_create(user=users["monitor"], **fields)
    assert draft.status == "draft" and draft.created_by == users["monitor"]
    services.incident_update(draft, user=users["monitor"], title="changed")
    with pytest.raises(PermissionDenied):
        services.incident_publish(draft, user=users["monitor"])
    with pytest.raises(PermissionDenied):
        services.incident_verify(draft, user=users["viewer"])
    services.incident_publish(draft, user=users["editor"])
    draft.refresh_from_db()
    assert draft.status == "published" and draft.published_at and draft.verified_by == users["editor"]
    with pytest.raises(PermissionDenied):
        services.incident_update(draft, user=users["monitor"], title="not any more: it is published")
    services.incident_reject(draft, user=users["editor"], reason="duplicate")
    draft.refresh_from_db()
    assert draft.status == "rejected" and draft.published_at is None
    assert draft.history.count() >= 3  # every change is audited


def test_services_validate(users):
    with pytest.raises(ValidationError) as info:
        services.incident_create(user=users["editor"], title="t", date=dt.date(2024, 3, 4),
                                 registered_month=dt.date(2024, 3, 1), primary_category="rights.nope")  # fmt: skip
    assert "primary_category" in info.value.message_dict
    with pytest.raises(ValidationError) as info:
        services.incident_create(user=users["editor"], title="t", date=dt.date(2024, 3, 4),
                                 registered_month=dt.date(2024, 3, 1), primary_category="rights.attack",
                                 places=["Atlantis"])  # fmt: skip
    assert "places" in info.value.message_dict
    assert not Incident.objects.exists()  # one transaction: nothing half-written


def test_proceeding_add_stage_rejects_future_dates(users):
    p = Proceeding.objects.create(kind="criminal", case=Case.objects.create(title="Case"))
    services.proceeding_add_stage(p, "investigation_opened", dt.date(2024, 1, 5), user=users["editor"])
    with pytest.raises(ValidationError):
        services.proceeding_add_stage(p, "appeal", timezone.localdate() + dt.timedelta(days=3), user=users["editor"])
    with pytest.raises(PermissionDenied):
        services.proceeding_add_stage(p, "appeal", dt.date(2024, 2, 1), user=users["viewer"])
    assert [s.kind for s in p.stages.all()] == ["investigation_opened"]


def test_places_resolve_to_the_region_then_and_now(users):
    incident = services.incident_create(
        user=users["editor"], title="t", date=dt.date(2017, 5, 4), registered_month=dt.date(2017, 5, 1),
        primary_category="rights.attack", places=["Turkistan"],
    )  # fmt: skip
    place = incident.incident_places.get()
    assert place.region_then.code == "south_kazakhstan" and place.region_now.code == "turkistan"
