"""Export and import carry every record's source language and translations losslessly: export →
empty database → import → export gives the same file; older files without them still load."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from speechwatch.core.management.commands.export_db import dumps
from speechwatch.incidents.exchange import ImportFileError, export_database, import_database
from speechwatch.incidents.exchange.importer import wipe


@pytest.fixture
def translated(db, users):
    """One record of each translatable kind, each with translations in draft and reviewed."""
    from speechwatch.incidents.models import Actor, Case, Incident, Involvement, LegislativeItem
    from speechwatch.incidents.translations import save_translation
    from speechwatch.vocab.models import Category

    editor, monitor = users["editor"], users["monitor"]
    actor = Actor.objects.create(name="Kazakh news agency", kind="outlet", description="A news agency.",
                                 source_lang="en")
    case = Case.objects.create(title="Дело о клевете", description="Иск к агентству.", source_lang="ru")
    incident = Incident.objects.create(
        title="Агенттікке сотқа талап қойылды", summary="Қысқаша.", narrative="Толық мәтін.",
        primary_category=Category.objects.get(code="legal.civil"), registered_month=dt.date(2024, 4, 1),
        date=dt.date(2024, 4, 3), status="published", source_lang="kk", case=case,
    )
    Involvement.objects.create(incident=incident, actor=actor, role="victim")
    law = LegislativeItem.objects.create(title="Bill on mass media", description="Second reading.",
                                         source_lang="en", incident=incident)
    save_translation(actor, "ru", {"description": "Информационное агентство."}, user=editor, status="reviewed")
    save_translation(case, "en", {"title": "Defamation case", "description": "A claim."}, user=monitor)
    save_translation(case, "kk", {"title": "Жала жабу ісі"}, user=editor, status="reviewed")
    save_translation(incident, "ru", {"title": "Иск к агентству", "summary": "Кратко."}, user=monitor)
    save_translation(incident, "en", {"title": "Claim against an agency", "summary": "Short.",
                                      "narrative": "Full text."}, user=editor, status="reviewed")
    save_translation(law, "kk", {"title": "БАҚ туралы заң жобасы"}, user=monitor)
    return {"incident": incident, "case": case, "actor": actor, "law": law}


def test_round_trip_carries_translations(translated):
    from speechwatch.incidents.models import CaseTranslation, IncidentTranslation

    first = dumps(export_database())
    data = json.loads(first)
    inc = data["incidents"][0]
    assert inc["source_lang"] == "kk"
    assert [(t["lang"], t["status"], t["updated_by"]) for t in inc["translations"]] == [
        ("en", "reviewed", "editor"), ("ru", "draft", "monitor")]
    assert inc["translations"][0]["narrative"] == "Full text."
    assert data["cases"][0]["source_lang"] == "ru" and len(data["cases"][0]["translations"]) == 2
    assert data["actors"][0]["translations"][0]["description"] == "Информационное агентство."
    assert data["legislative_items"][0]["translations"][0]["title"] == "БАҚ туралы заң жобасы"
    stamp = IncidentTranslation.objects.get(lang="en").updated_at

    wipe(keep_users=True)
    assert not IncidentTranslation.objects.exists()
    import_database(json.loads(first), replace=True)
    assert dumps(export_database()) == first
    row = IncidentTranslation.objects.get(lang="en")
    assert (row.status, row.updated_by.username, row.updated_at) == ("reviewed", "editor", stamp)
    assert CaseTranslation.objects.get(lang="en").status == "draft"


def test_files_without_translations_still_load(translated):
    from speechwatch.incidents.models import Incident, IncidentTranslation

    data = export_database()
    for section in ("actors", "cases", "incidents", "legislative_items"):
        for row in data[section]:
            row.pop("source_lang")
            row.pop("translations")
    wipe(keep_users=True)
    import_database(data, replace=True)
    # an older file states no language: the record gets the one its script shows (here Kazakh)
    assert Incident.objects.get().source_lang == "kk" and not IncidentTranslation.objects.exists()


@pytest.mark.parametrize(
    ("how", "fragment"),
    [
        ("duplicate", "incidents[0] (id {id}).translations[1], field 'lang': a second translation into 'en'"),
        ("status", "incidents[0] (id {id}).translations[0], field 'status'"),
        ("unknown_user", "incidents[0] (id {id}).translations[0], field 'updated_by': unknown user 'nobody'"),
        ("unknown_key", "incidents[0] (id {id}).translations[0], field 'description': unknown field"),
        ("lang", "incidents[0] (id {id}).translations[0], field 'lang'"),
    ],
)
def test_bad_translations_are_named_and_nothing_is_written(translated, how, fragment):
    from speechwatch.incidents.models import Incident

    data = export_database()
    inc = data["incidents"][0]
    first = inc["translations"][0]
    if how == "duplicate":
        inc["translations"][1]["lang"] = "en"
    elif how == "status":
        first["status"] = "approved"
    elif how == "unknown_user":
        first["updated_by"] = "nobody"
    elif how == "unknown_key":
        first["description"] = "not an incident field"
    elif how == "lang":
        first["lang"] = "de"
    before = Incident.objects.count()
    with pytest.raises(ImportFileError) as exc:
        import_database(data, replace=True)
    assert fragment.format(id=inc["id"]) in str(exc.value)
    assert Incident.objects.count() == before and Incident.objects.get().title == inc["title"]
