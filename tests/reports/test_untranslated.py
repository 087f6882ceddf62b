"""A report in language X prints X text only: records without X text make the final render refuse
(listing them and linking to the translation queue) or print them under a visible "not translated"
marker, as the editors chose on the report's plan; never a silent fallback. Legislative items use
their translations."""

from __future__ import annotations

import pytest
from django.core.management import CommandError, call_command
from django.urls import reverse

from speechwatch.incidents.models import (
    Incident,
    IncidentTranslation,
    LegislativeItem,
    LegislativeItemTranslation,
)
from speechwatch.reports import build, render
from speechwatch.reports.document import IncidentList
from speechwatch.reports.language import UntranslatedRecords
from speechwatch.reports.models import ReportPlan

pytestmark = pytest.mark.django_db


@pytest.fixture
def editor_client(client, users):
    client.force_login(users["editor"])
    return client


def _entries(doc) -> list:
    return [e for b in doc.walk() if isinstance(b, IncidentList) for e in b.entries]


def _translate_all(lang: str, skip: set[int] = frozenset()) -> None:
    """Give every April record and legislative item a text in `lang` (invented wording), except `skip`."""
    for inc in Incident.objects.exclude(pk__in=skip):
        IncidentTranslation.objects.update_or_create(
            incident=inc, lang=lang, defaults={"title": f"Случай номер {inc.pk}", "summary": "Краткое описание.",
                                               "status": "reviewed"})
    for item in LegislativeItem.objects.all():
        LegislativeItemTranslation.objects.update_or_create(
            item=item, lang=lang, defaults={"title": f"Законопроект номер {item.pk}", "status": "reviewed"})


def test_refuse_lists_the_untranslated_records_and_links_the_queue(report_data):
    assert ReportPlan._meta.get_field("untranslated").default == "refuse"
    with pytest.raises(UntranslatedRecords) as caught:
        build("monthly", "2024-04", lang="ru")
    err = caught.value
    message = str(err)
    assert "Camera operator pushed at a rally" in message and "Draft law on mass media" in message
    assert "/translations/?lang=ru&month=2024-04" in message
    assert {m.kind for m in err.missing} == {"incident", "legislative item"}
    assert len(err.missing) == len(set(err.missing))
    with pytest.raises(CommandError, match="translation queue"):
        call_command("report", "monthly", "2024-04", "--lang", "ru", "--format", "md", "--output", "-")


def test_refuse_passes_once_every_record_is_translated(report_data):
    _translate_all("ru")
    doc = build("monthly", "2024-04", lang="ru")
    entries = _entries(doc)
    assert entries and not any(e.marker or e.untranslated for e in entries)
    md = render(doc, "md").decode()
    assert "Законопроект номер" in md and "Draft law on mass media" not in md
    assert "Camera operator" not in md


def test_one_missing_record_is_named_alone(report_data):
    missing = Incident.objects.get(title="Camera operator pushed at a rally")
    _translate_all("kk", skip={missing.pk})
    with pytest.raises(UntranslatedRecords) as caught:
        build("monthly", "2024-04", lang="kk")
    assert [(m.kind, m.pk) for m in caught.value.missing] == [("incident", missing.pk)]


def test_mark_prints_the_source_text_under_a_marker_in_the_report_language(report_data, tmp_path):
    missing = Incident.objects.get(title="Camera operator pushed at a rally")
    _translate_all("ru", skip={missing.pk})
    out = tmp_path / "ru.md"
    call_command("report", "monthly", "2024-04", "--lang", "ru", "--format", "md", "--output", str(out),
                 "--untranslated", "mark")
    assert ReportPlan.objects.get(kind="monthly", period="2024-04").untranslated == "mark"
    md = out.read_text(encoding="utf-8").replace("\\[", "[").replace("\\]", "]")  # Markdown escapes brackets
    assert "[не переведено: приводится на английском]" in md
    assert md.count("не переведено") == 1  # only the one record without Russian text
    assert "Camera operator pushed at a rally" in md
    marked = [e for e in _entries(build("monthly", "2024-04", lang="ru")) if e.marker]
    assert [(e.incident_id, e.text_lang) for e in marked] == [(missing.pk, "en")]
    html = render(build("monthly", "2024-04", lang="ru"), "html").decode()
    assert 'lang="en"' in html and "untranslated-mark" in html


def test_mark_in_kazakh_and_for_legislative_items(report_data):
    ReportPlan.objects.update_or_create(kind="annual", period="2024", defaults={"untranslated": "mark"})
    doc = build("annual", "2024", lang="kk")
    md = render(doc, "md").decode().replace("\\[", "[").replace("\\]", "]")
    assert "[аударылмаған: ағылшын тілінде берілген] Draft law on mass media" in md


def test_preview_flags_and_never_refuses(report_data, editor_client):
    entries = _entries(build("monthly", "2024-04", lang="kk", preview=True))
    assert entries and all(e.untranslated for e in entries)
    url = reverse("reports:editor_preview", args=["monthly", "2024-04"]) + "?lang=kk"
    assert editor_client.get(url).status_code == 200


def test_the_editor_stores_the_choice_and_shows_the_queue(report_data, editor_client):
    url = reverse("reports:editor", args=["monthly", "2024-04"])
    page = editor_client.get(url + "?lang=ru").content.decode()
    assert 'name="untranslated" value="refuse" checked' in page
    assert "/translations/?lang=ru&amp;month=2024-04" in page
    ids = list(Incident.objects.values_list("pk", flat=True))
    form = {"lang": "ru", "basis": "published", "untranslated": "mark", "incident": ids}
    assert editor_client.post(url, form).status_code == 302
    assert ReportPlan.objects.get(kind="monthly", period="2024-04").untranslated == "mark"


def test_a_briefing_marks_what_it_cannot_print_in_its_language(report_data):
    translated = Incident.objects.get(title="Camera operator pushed at a rally")
    IncidentTranslation.objects.create(incident=translated, lang="ru", title="Оператора толкнули на митинге",
                                       summary="Камера повреждена.", status="reviewed")
    doc = build("briefing", lang="ru", categories=["rights.attack"])
    entries = {e.incident_id: e for e in _entries(doc)}
    assert entries[translated.pk].title == "Оператора толкнули на митинге" and not entries[translated.pk].marker
    others = [e for pk, e in entries.items() if pk != translated.pk]
    assert others and all(e.marker == "[не переведено: приводится на английском]" for e in others)


def test_a_refused_render_job_tells_the_editor_why_and_where(editor_client, report_data, settings, tmp_path):
    from speechwatch.stats.models import RenderedReport

    settings.SPEECHWATCH_REPORT_JOB_MODE = "inline"
    settings.MEDIA_ROOT = str(tmp_path)
    response = editor_client.post(reverse("reports:render"), {"kind": "monthly", "period": "2024-04", "lang": "kk",
                                                             "format": "md"}, HTTP_ACCEPT="application/json")
    status = editor_client.get(response.json()["status_url"]).json()
    assert status["status"] == "failed" and not RenderedReport.objects.exists()
    assert "/translations/?lang=kk&month=2024-04" in status["error"]
    assert "--untranslated mark" in status["error"]


def test_a_draft_translation_is_not_printed_until_an_editor_reviews_it(report_data, editor_client):
    """A draft is unchecked wording: the final render refuses it like a missing translation (saying why),
    the report editor labels it a draft, and once reviewed it prints."""
    _translate_all("ru")
    attack = Incident.objects.get(title="Camera operator pushed at a rally")
    IncidentTranslation.objects.filter(incident=attack, lang="ru").update(
        title="Черновик заголовка", status="draft")
    with pytest.raises(UntranslatedRecords) as caught:
        build("monthly", "2024-04", lang="ru")
    assert [m.pk for m in caught.value.missing] == [attack.pk]
    assert "only once an editor has marked it reviewed" in str(caught.value)
    html = editor_client.get(reverse("reports:editor", args=["monthly", "2024-04"]) + "?lang=ru").content.decode()
    assert "draft translation, not reviewed" in html  # the editor's interface is English here
    IncidentTranslation.objects.filter(incident=attack, lang="ru").update(status="reviewed")
    titles = [e.title for e in _entries(build("monthly", "2024-04", lang="ru"))]
    assert "Черновик заголовка" in titles
