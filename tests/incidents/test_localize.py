"""Record texts per language: the source text, translations with status, visible fallbacks, authors in
the audit history, blank rows meaning "missing", and the migration of old report-only texts."""

from __future__ import annotations

import datetime as dt

import pytest
from django.core.exceptions import PermissionDenied

from speechwatch.incidents import services
from speechwatch.incidents.models import Case, IncidentTranslation
from speechwatch.incidents.translations import completeness, localize, save_translation, source_lang, status_of

pytestmark = pytest.mark.django_db


@pytest.fixture
def incident(users):
    return services.incident_create(
        user=users["editor"], title="Фотографа задержали у акимата", summary="Полиция удерживала его три часа.",
        source_lang="ru", date=dt.date(2024, 4, 2), registered_month=dt.date(2024, 4, 1),
        primary_category="rights.detention", status="published",
    )


def test_the_source_language_reads_the_records_own_fields(incident):
    text = localize(incident, "ru")
    assert (text.status, text.lang, text.is_fallback) == ("source", "ru", False)
    assert text["title"] == "Фотографа задержали у акимата"


def test_a_missing_translation_is_a_marked_fallback_or_nothing(incident):
    text = localize(incident, "kk")
    assert (text.status, text.lang, text.is_fallback) == ("missing", "ru", True)
    assert text["title"] == "Фотографа задержали у акимата"
    empty = localize(incident, "kk", fallback=False)
    assert (empty.lang, empty["title"], empty.is_fallback) == ("", "", True)


def test_a_saved_translation_carries_status_and_author_in_the_history(incident, users):
    row = save_translation(incident, "kk", {"title": "Фотографты әкімдік алдында ұстады",
                                            "summary": "Полиция оны үш сағат ұстады."}, user=users["monitor"])
    text = localize(incident, "kk", drafts=True)
    assert (text.status, text.lang, text.is_fallback) == ("draft", "kk", False)
    assert text["title"] == "Фотографты әкімдік алдында ұстады"
    assert text["narrative"] == ""  # an untranslated field stays empty: no Russian leaks into Kazakh
    assert row.history.first().history_user == users["monitor"]
    save_translation(incident, "kk", {"title": "Фотографты әкімдік алдында ұстады"}, user=users["editor"],
                     status="reviewed")
    assert status_of(incident, "kk") == "reviewed"
    assert [h.history_user for h in row.history.all()][:2] == [users["editor"], users["monitor"]]
    assert localize(incident, "kk").status == "reviewed"


def test_a_draft_is_missing_to_every_reader_until_an_editor_reviews_it(incident, users):
    save_translation(incident, "en", {"title": "Photographer held outside the akimat"}, user=users["monitor"])
    public = localize(incident, "en")
    assert (public.is_fallback, public.status, public.lang) == (True, "missing", "ru")
    assert "Photographer" not in public["title"]
    assert localize(incident, "en", fallback=False)["title"] == ""
    assert localize(incident, "en", drafts=True)["title"] == "Photographer held outside the akimat"
    save_translation(incident, "en", {"title": "Photographer held outside the akimat"}, user=users["editor"],
                     status="reviewed")
    assert (localize(incident, "en").status, localize(incident, "en")["title"]) == (
        "reviewed", "Photographer held outside the akimat")


def test_blank_fields_delete_the_translation_so_missing_has_one_meaning(incident, users):
    save_translation(incident, "en", {"title": "Photographer held"}, user=users["editor"])
    assert save_translation(incident, "en", {"title": "  ", "summary": ""}, user=users["editor"]) is None
    assert not IncidentTranslation.objects.filter(incident=incident).exists()
    assert status_of(incident, "en") == "missing"


def test_writing_the_source_language_edits_the_record(incident, users):
    save_translation(incident, "ru", {"title": "Фотографа задержали", "summary": "Три часа в отделе.",
                                      "narrative": ""}, user=users["editor"])
    incident.refresh_from_db()
    assert incident.title == "Фотографа задержали"
    assert not IncidentTranslation.objects.exists()


def test_viewers_may_not_write_translations_and_unknown_languages_are_refused(incident, users):
    with pytest.raises(PermissionDenied):
        save_translation(incident, "kk", {"title": "x"}, user=users["viewer"])
    with pytest.raises(PermissionDenied, match="only editors"):
        save_translation(incident, "kk", {"title": "x"}, user=users["monitor"], status="reviewed")
    with pytest.raises(ValueError, match="unknown language 'de'"):
        save_translation(incident, "de", {"title": "x"}, user=users["editor"])
    with pytest.raises(ValueError, match="unknown translation status"):
        save_translation(incident, "kk", {"title": "x"}, user=users["editor"], status="final")


def test_a_monitor_may_not_translate_a_record_they_may_not_see(users):
    hidden = services.incident_create(
        user=users["editor"], title="Confidential story", date=dt.date(2024, 4, 2), is_confidential=True,
        registered_month=dt.date(2024, 4, 1), primary_category="rights.attack")
    with pytest.raises(PermissionDenied, match="may not see"):
        save_translation(hidden, "kk", {"title": "x"}, user=users["monitor"])


def test_cases_are_translatable_and_the_source_language_is_guessed_when_unset(users):
    case = Case.objects.create(title="Иск акима к газете", description="")
    assert source_lang(case) == "ru"
    save_translation(case, "en", {"title": "Akim's suit against a newspaper"}, user=users["editor"],
                     status="reviewed")
    assert localize(case, "en")["title"] == "Akim's suit against a newspaper"
    assert localize(case, "kk").is_fallback


def test_completeness_counts_each_language_by_status(incident, users):
    save_translation(incident, "kk", {"title": "Фотографты ұстады"}, user=users["editor"], status="reviewed")
    counts = completeness([incident])
    assert counts["ru"]["source"] == 1 and counts["kk"]["reviewed"] == 1 and counts["en"]["missing"] == 1


def test_a_record_saved_without_a_language_gets_the_one_its_script_shows(users):
    made = services.incident_create(
        user=users["editor"], title="Тілшіге қоқан-лоқы көрсетілді", date=dt.date(2024, 4, 2),
        registered_month=dt.date(2024, 4, 1), primary_category="rights.threat")
    assert made.source_lang == "kk"
    stated = services.incident_create(
        user=users["editor"], title="Reporter threatened", source_lang="ru", date=dt.date(2024, 4, 2),
        registered_month=dt.date(2024, 4, 1), primary_category="rights.threat")
    assert stated.source_lang == "ru"  # a stated language is never overwritten by the guess
