"""Month view, case timeline, actor page, home page, escaping of hostile text and the languages."""

from __future__ import annotations

import datetime as dt

import pytest
from django.urls import reverse

HOSTILE = '<script>alert("x")</script><img src=x onerror=alert(1)>'


@pytest.fixture
def march(make_incident):
    from speechwatch.incidents.models import Case

    case = Case.objects.create(title="Herald case")
    return {
        "threat": make_incident("Threat by phone", "rights.threat", date=dt.date(2024, 3, 3)),
        "attack1": make_incident("Attack on a cameraman", "rights.attack", date=dt.date(2024, 3, 9)),
        "attack0": make_incident("Attack at the market", "rights.attack", date=dt.date(2024, 3, 2)),
        "civil": make_incident("Hearing postponed", "legal.civil", case=case, is_follow_up=True),
        "april": make_incident(
            "April item", "rights.attack", registered_month=dt.date(2024, 4, 1), date=dt.date(2024, 4, 1)
        ),
        "draft": make_incident("Draft in March", "access.refusal", status="draft"),
        "case": case,
    }


def test_month_groups_by_category_in_codebook_order(client, march):
    response = client.get(reverse("web:month", args=["2024-03"]))
    assert response.status_code == 200
    blocks = response.context["blocks"]
    assert [b.category.code for b in blocks] == ["rights.attack", "rights.threat", "legal.civil"]
    assert [i.title for i in blocks[0].incidents] == ["Attack at the market", "Attack on a cameraman"]
    civil = blocks[2]
    assert (civil.new_count, civil.follow_up_count) == (0, 1)
    assert response.context["total"] == 4 and response.context["new_total"] == 3
    body = response.content.decode()
    assert "follow-up" in body and "Draft in March" not in body and "April item" not in body


def test_month_shows_drafts_to_staff_and_rejects_bad_months(client, users, march):
    client.force_login(users["viewer"])
    body = client.get(reverse("web:month", args=["2024-03"])).content.decode()
    assert "Draft in March" in body
    assert client.get("/months/2024-13/").status_code == 404
    assert client.get("/months/march/").status_code == 404


def test_month_labels_follow_the_language(client, march):
    body = client.get(reverse("web:month", args=["2024-03"]), HTTP_ACCEPT_LANGUAGE="ru").content.decode()
    assert "Нападение" in body  # codebook label of rights.attack in Russian
    body = client.get(reverse("web:month", args=["2024-03"]), HTTP_ACCEPT_LANGUAGE="kk").content.decode()
    assert 'lang="kk"' in body


def test_month_index(client, march):
    months = list(client.get(reverse("web:month_index")).context["months"])
    assert [(m["registered_month"], m["total"], m["follow_ups"]) for m in months] == [
        (dt.date(2024, 4, 1), 1, 0),
        (dt.date(2024, 3, 1), 4, 1),
    ]


def test_case_timeline_in_date_order(client, march, make_incident):
    from speechwatch.incidents.models import MoneyAmount, Proceeding, StageEvent

    case = march["case"]
    opening = make_incident(
        "Claim filed against the Herald",
        "legal.civil",
        case=case,
        registered_month=dt.date(2024, 1, 1),
        date=dt.date(2024, 1, 15),
    )
    proc = Proceeding.objects.create(incident=opening, case=case, kind="civil", filed_on=dt.date(2024, 1, 14))
    StageEvent.objects.create(proceeding=proc, kind="first_instance", date=dt.date(2024, 2, 20))
    MoneyAmount.objects.create(proceeding=proc, kind="claimed", amount_kzt=10_000_000, date=dt.date(2024, 1, 14))
    MoneyAmount.objects.create(proceeding=proc, kind="awarded", amount_kzt=1_500_000)
    response = client.get(reverse("web:case_detail", args=[case.pk]))
    assert response.status_code == 200
    kinds = [(e.kind, e.date) for e in response.context["timeline"]]
    assert kinds == [
        ("filed", dt.date(2024, 1, 14)),
        ("money", dt.date(2024, 1, 14)),
        ("incident", dt.date(2024, 1, 15)),
        ("stage", dt.date(2024, 2, 20)),
        ("incident", dt.date(2024, 3, 5)),
        ("money", None),
    ]
    body = response.content.decode()
    assert "10\u202f000\u202f000" in body and "1\u202f500\u202f000" in body


def test_case_hidden_from_public_without_public_incidents(client, users, make_incident):
    from speechwatch.incidents.models import Case

    secret = Case.objects.create(title="Unpublished story")
    make_incident("Only a draft", case=secret, status="draft")
    assert client.get(reverse("web:case_detail", args=[secret.pk])).status_code == 404
    client.force_login(users["viewer"])
    assert client.get(reverse("web:case_detail", args=[secret.pk])).status_code == 200


def test_actor_page_lists_visible_incidents_with_roles(client, users, march):
    from speechwatch.incidents.models import Actor, Involvement, Proceeding, ProceedingParty

    actor = Actor.objects.create(name="Marat Beisen", kind="person")
    Involvement.objects.create(incident=march["attack1"], actor=actor, role="victim")
    Involvement.objects.create(incident=march["draft"], actor=actor, role="complainant")
    proc = Proceeding.objects.create(incident=march["civil"], case=march["case"], kind="civil")
    ProceedingParty.objects.create(proceeding=proc, actor=actor, role="defendant")
    response = client.get(reverse("web:actor_detail", args=[actor.pk]))
    assert [(i.incident.title, i.role) for i in response.context["involvements"]] == [
        ("Attack on a cameraman", "victim")
    ]
    assert [p.role for p in response.context["parties"]] == ["defendant"]
    client.force_login(users["viewer"])
    response = client.get(reverse("web:actor_detail", args=[actor.pk]))
    assert len(response.context["involvements"]) == 2


def test_actor_of_drafts_only_is_not_public(client, march):
    from speechwatch.incidents.models import Actor, Involvement

    actor = Actor.objects.create(name="Hidden Person", kind="person")
    Involvement.objects.create(incident=march["draft"], actor=actor, role="victim")
    assert client.get(reverse("web:actor_detail", args=[actor.pk])).status_code == 404


def test_home_counts_last_month_by_group(client, march):
    response = client.get(reverse("web:home"))
    assert response.context["latest_month"] == dt.date(2024, 4, 1)
    counts = {row["group"].code: row["count"] for row in response.context["groups"]}
    assert counts["rights"] == 1 and counts["legal"] == 0
    assert "April item" in response.content.decode()


def test_hostile_strings_render_escaped(client, users, make_incident):
    from speechwatch.incidents.models import Actor, Case, Involvement, Source

    case = Case.objects.create(title=HOSTILE)
    inc = make_incident(HOSTILE, summary=HOSTILE, narrative=HOSTILE, case=case)
    actor = Actor.objects.create(name=HOSTILE, kind="person")
    Involvement.objects.create(incident=inc, actor=actor, role="victim", note=HOSTILE)
    Source.objects.create(incident=inc, url="https://example.org/x", title=HOSTILE, excerpt=HOSTILE)
    client.force_login(users["editor"])
    pages = [
        reverse("web:incident_detail", args=[inc.pk]),
        reverse("web:incident_list"),
        reverse("web:incident_list") + "?q=" + "%3Cscript%3E",
        reverse("web:month", args=["2024-03"]),
        reverse("web:case_detail", args=[case.pk]),
        reverse("web:actor_detail", args=[actor.pk]),
        reverse("web:home"),
        reverse("web:dashboard"),
        reverse("web:incident_edit", args=[inc.pk]),
    ]
    for url in pages:
        body = client.get(url).content.decode()
        assert "<script>alert" not in body and "<img src=x" not in body, url
        assert "&lt;script&gt;" in body, url


def test_javascript_url_is_never_a_link(client, users, make_incident):
    from speechwatch.incidents.models import Source

    inc = make_incident("Has an odd source")
    Source.objects.create(incident=inc, url="javascript:alert(1)", title="odd")
    body = client.get(reverse("web:incident_detail", args=[inc.pk])).content.decode()
    assert 'href="javascript:' not in body


def test_history_names_who_and_what(client, users, make_incident):
    inc = make_incident("Before", status="draft")
    client.force_login(users["editor"])
    client.post(reverse("web:incident_publish", args=[inc.pk]))
    history = client.get(reverse("web:incident_detail", args=[inc.pk])).context["history"]
    newest = history[0]
    assert newest.who == "editor"
    assert {c.field for c in newest.changes} >= {"status"}


def test_sign_in_and_out(client, users):
    response = client.post(reverse("login"), {"username": "editor", "password": "pw-secret-1"})
    assert response.status_code == 302 and response["Location"] == reverse("web:dashboard")
    assert client.get(reverse("web:dashboard")).status_code == 200
    client.post(reverse("logout"))
    assert client.get(reverse("web:dashboard")).status_code == 302
    bad = client.post(reverse("login"), {"username": "editor", "password": "wrong"})
    assert bad.status_code == 200 and not bad.context["user"].is_authenticated


def test_totp_second_factor_when_a_device_exists(client, users):
    from django_otp.oath import TOTP
    from django_otp.plugins.otp_totp.models import TOTPDevice

    device = TOTPDevice.objects.create(user=users["editor"], name="phone", confirmed=True)
    no_code = client.post(reverse("login"), {"username": "editor", "password": "pw-secret-1"})
    assert no_code.status_code == 200 and "one-time code" in no_code.content.decode()
    totp = TOTP(device.bin_key, device.step, device.t0, device.digits, device.drift)
    good = client.post(
        reverse("login"), {"username": "editor", "password": "pw-secret-1", "otp_token": f"{totp.token():06d}"}
    )
    assert good.status_code == 302
    assert client.get(reverse("web:dashboard")).context["user"].is_verified()


@pytest.mark.parametrize(("lang", "word"), [("ru", "Месяцы"), ("kk", "Айлар"), ("en", "Months")])
def test_ui_is_translated(client, db, lang, word):
    from django.conf import settings

    client.cookies[settings.LANGUAGE_COOKIE_NAME] = lang
    body = client.get(reverse("web:month_index")).content.decode()
    assert f"<h1>{word}</h1>" in body


def test_user_turns_on_and_off_the_authenticator(client, users):
    from django_otp.oath import TOTP
    from django_otp.plugins.otp_totp.models import TOTPDevice

    client.force_login(users["viewer"])
    page = client.get(reverse("two_factor"))
    assert page.status_code == 200 and page.context["secret"]
    device = TOTPDevice.objects.get(user=users["viewer"], confirmed=False)
    bad = client.post(reverse("two_factor"), {"action": "confirm", "otp_token": "000000x"})
    assert bad.status_code == 200 and not TOTPDevice.objects.filter(confirmed=True).exists()
    device.refresh_from_db()
    assert device.throttling_failure_count == 1  # wrong codes are throttled
    device.throttle_reset()
    token = TOTP(device.bin_key, device.step, device.t0, device.digits, device.drift).token()
    client.post(reverse("two_factor"), {"action": "confirm", "otp_token": f"{token:06d}"})
    assert TOTPDevice.objects.get(user=users["viewer"]).confirmed
    client.logout()
    assert client.post(reverse("login"), {"username": "viewer", "password": "pw-secret-1"}).status_code == 200
    device = TOTPDevice.objects.get(user=users["viewer"])
    TOTPDevice.objects.filter(pk=device.pk).update(last_t=-1, throttling_failure_count=0)  # reuse this step's code
    client.post(reverse("login"), {"username": "viewer", "password": "pw-secret-1", "otp_token": f"{token:06d}"})
    TOTPDevice.objects.filter(pk=device.pk).update(last_t=-1)
    client.post(reverse("two_factor"), {"action": "disable", "otp_token": f"{token:06d}"})  # removing needs a code
    assert not TOTPDevice.objects.filter(user=users["viewer"]).exists()
    assert client.get(reverse("two_factor")).status_code == 200
    anonymous = client.__class__()
    assert anonymous.get(reverse("two_factor")).status_code == 302
