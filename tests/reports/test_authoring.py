"""Authored reports: the organisation set in the browser, the report editor (basis, selection, lead
stories, section texts, live preview), records in the report's language only, the partial-period
caveat, published figures with visible flags and plain digits in Markdown."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from django.core.management import call_command
from django.urls import reverse
from django.utils import translation

from speechwatch.reports import build, render
from speechwatch.reports.document import IncidentList, Paragraph, Section
from speechwatch.reports.models import LeadText, Organisation, ReportItem, ReportPlan
from speechwatch.stats.models import ReportText

pytestmark = pytest.mark.django_db


@pytest.fixture
def editor_client(client, users):
    client.force_login(users["editor"])
    return client


def _entries(doc) -> list:
    return [e for b in doc.walk() if isinstance(b, IncidentList) for e in b.entries]


def test_no_organisation_no_identity_and_no_placeholder(report_data):
    Organisation.objects.all().delete()
    md = render(build("monthly", "2024-04", lang="en"), "md").decode()
    assert "Example Monitoring Service" not in md and "Head of the Monitoring Service" not in md
    assert md.startswith("# Violations of freedom of speech")


def test_organisation_page_sets_the_identity_per_language(editor_client, report_data, marked):
    url = reverse("reports:organisation")
    assert editor_client.get(url + "?lang=kk").status_code == 200
    response = editor_client.post(url, {"lang": "kk", "name": "Жаңа ұйым атауы", "head": "Бақыт Сәрсенова",
                                        "head_title": "Басшы", "email": "kk@example.org"})
    assert response.status_code == 302
    md = render(build("monthly", "2024-04", lang="kk"), "md").decode()
    assert md.startswith("**Жаңа ұйым атауы**") and "Басшы: Бақыт Сәрсенова" in md
    assert "Steppe Speech Monitor" not in md  # the English identity never fills in for another language


@pytest.mark.parametrize("role", ["viewer", "monitor"])
def test_editor_pages_are_for_editors(client, users, report_data, role):
    client.force_login(users[role])
    for url in (reverse("reports:organisation"), reverse("reports:editor", args=["monthly", "2024-04"])):
        assert client.get(url).status_code == 403
    assert client.post(reverse("reports:editor_preview", args=["monthly", "2024-04"]), {}).status_code == 403


def _form(report_data, **extra) -> dict:
    """The editor's form: every April incident listed as it is, plus `extra`."""
    from speechwatch.incidents.models import Incident

    ids = list(Incident.objects.filter(registered_month="2024-04-01", status__in=["verified", "published"],
                                       is_confidential=False).values_list("pk", flat=True))
    form = {"lang": "en", "basis": "verified", "incident": [str(i) for i in ids]}
    form.update({f"listed-{i}": "on" for i in ids})
    form.update(extra)
    return form


def test_editor_saves_basis_selection_lead_story_and_texts(editor_client, report_data):
    lead = next(e for e in _entries(build("monthly", "2024-04")) if e.title == "Camera operator pushed at a rally")
    dropped = next(e for e in _entries(build("monthly", "2024-04")) if e.title == "Blogger released after questioning")
    url = reverse("reports:editor", args=["monthly", "2024-04"])
    page = editor_client.get(url + "?lang=en").content.decode()
    assert 'id="report-form"' in page and "report-editor.js" in page and "<script>" not in page
    form = _form(report_data, **{f"lead-{lead.incident_id}": "on", f"order-{lead.incident_id}": "1",
                                 f"heading-{lead.incident_id}": "Cameras are not welcome at rallies",
                                 f"commentary-{lead.incident_id}": "The foundation asks the police to explain.",
                                 "text-intro": "A month of pressure on reporters in the street."})
    form.pop(f"listed-{dropped.incident_id}")
    assert editor_client.post(url, form).status_code == 302
    assert ReportPlan.objects.get(kind="monthly", period="2024-04").basis == "verified"
    assert ReportItem.objects.get(incident_id=dropped.incident_id).included is False
    assert LeadText.objects.get(item__incident_id=lead.incident_id, lang="en").heading
    doc = build("monthly", "2024-04", lang="en")
    lead_sec = next(s for s in doc.sections if s.key == "lead")
    story = next(b for b in lead_sec.blocks if isinstance(b, Section))
    assert story.title == "Cameras are not welcome at rallies"
    assert [b.text for b in story.blocks if isinstance(b, Paragraph)] == ["The foundation asks the police to explain."]
    ids = [e.incident_id for e in _entries(doc)]
    assert ids.count(lead.incident_id) == 1 and dropped.incident_id not in ids  # once, as the lead story
    assert doc.sections[0].key == "intro"


def test_preview_shows_the_unsaved_form_and_saves_nothing(editor_client, report_data):
    url = reverse("reports:editor_preview", args=["monthly", "2024-04"])
    before = (ReportText.objects.count(), ReportItem.objects.count())
    html = editor_client.post(url, _form(report_data, **{"text-closing": "An unsaved closing line."})).content
    assert "An unsaved closing line." in html.decode()
    assert (ReportText.objects.count(), ReportItem.objects.count()) == before
    assert "An unsaved closing line." not in editor_client.get(url + "?lang=en").content.decode()


def test_records_print_only_in_the_report_language(editor_client, report_data):
    from speechwatch.incidents.models import IncidentTranslation
    from speechwatch.reports.language import UntranslatedRecords

    with pytest.raises(UntranslatedRecords):  # English-only records: the final render refuses (the default)
        build("monthly", "2024-04", lang="ru")
    preview = _entries(build("monthly", "2024-04", lang="ru", preview=True))
    assert preview and all(e.untranslated for e in preview)
    html = editor_client.get(reverse("reports:editor_preview", args=["monthly", "2024-04"]) + "?lang=ru").content
    assert "нет перевода: в итоговый доклад не войдёт" in html.decode()
    one = preview[0]
    IncidentTranslation.objects.create(incident_id=one.incident_id, lang="ru", title="Оператора толкнули на митинге",
                                summary="Оператора толкнули, камера повреждена.", status="reviewed")
    ReportPlan.objects.update_or_create(kind="monthly", period="2024-04", defaults={"untranslated": "mark"})
    final = [e for e in _entries(build("monthly", "2024-04", lang="ru")) if not e.marker]
    assert [(e.title, e.narrative) for e in final] == [("Оператора толкнули на митинге",
                                                         "Оператора толкнули, камера повреждена.")]


def test_a_narrative_never_follows_the_summary_it_restates(report_data):
    from speechwatch.incidents.models import Incident

    inc = Incident.objects.get(title="Camera operator pushed at a rally")
    inc.narrative = inc.summary + "\n\nКамеру повредили."  # the summary again, and a Russian line
    inc.save()
    entry = next(e for e in _entries(build("monthly", "2024-04")) if e.incident_id == inc.pk)
    assert entry.narrative == inc.summary and not entry.summary


def test_partial_period_caveat():
    from speechwatch.reports.common import partial_caveat

    year = [dt.date(2024, m, 1) for m in (1, 2, 3, 4)]
    with translation.override("en"):  # an earlier request may have left another language active
        text = partial_caveat(dt.date(2024, 1, 1), dt.date(2024, 12, 31), year, "en")
    assert text == ("This report covers 4 months, from January to April 2024: no records are registered after "
                    "April 2024.")
    with translation.override("ru"):  # a report builds its sentences in its own language
        assert partial_caveat(dt.date(2024, 1, 1), dt.date(2024, 12, 31), year, "ru") == (
            "Доклад охватывает 4 месяца, с января по апрель 2024 года: записи зарегистрированы только по апрель "
            "2024 года включительно.")
    with translation.override("kk"):
        assert partial_caveat(dt.date(2024, 1, 1), dt.date(2024, 12, 31), year, "kk") == (
            "Баяндамада 2024 жылғы қаңтардан сәуірге дейін тіркелген жазбалар ғана бар (4 ай): соңғы жазбалар "
            "2024 жылғы сәуір айында тіркелген.")
    assert partial_caveat(dt.date(2024, 1, 1), dt.date(2024, 12, 31), [*year, dt.date(2024, 12, 1)], "en") == ""
    future = dt.date.today() + dt.timedelta(days=40)
    with translation.override("en"):
        assert "not over" in partial_caveat(dt.date.today().replace(day=1), future, [], "en")


def test_published_basis_prints_published_figures_and_flags_differences(report_data):
    from speechwatch.incidents.models import PublishedFigure

    PublishedFigure.objects.create(measure="reports.total", scope="period", value=12, publisher="Annual Press",
                                   period_start="2024-04-01", period_end="2024-04-30")
    PublishedFigure.objects.create(measure="rights.total", scope="period", value=4, publisher="Annual Press",
                                   period_start="2024-04-01", period_end="2024-04-30")
    call_command("basis", "2024-04", "published")
    md = render(build("monthly", "2024-04", lang="en"), "md").decode()
    assert "| **All reports** | **12** |" in md  # published, not the 9 computed
    assert "The figures are the organisation's published figures for the period" in md
    assert "**Computed figures that differ from the published ones**" in md
    assert "| All reports | This period | 12 | 9 |" in md
    assert "| Violations of the rights" not in md.split("differ from the published ones")[1]  # 4 = 4: no flag


@pytest.mark.parametrize("lang", ["en", "ru", "kk"])
def test_markdown_figures_are_plain_digits(report_data, tmp_path, lang):
    out = tmp_path / f"m-{lang}.md"
    call_command("report", "monthly", "2024-04", "--lang", lang, "--format", "md", "--output", str(out),
                 "--untranslated", "mark")
    md = out.read_text(encoding="utf-8")
    assert "\u00a0" not in md
    number = re.compile(r"^\*{0,2}\d{1,3}(?:[, ]\d{3})*(?: (?:KZT|тенге|теңге))?(?: †)?\*{0,2}$")
    cells = 0
    for line in md.splitlines():
        if line.startswith("| ") and not line.startswith("|---"):
            row = [c.strip() for c in line.strip("|").split(" | ")]
            for cell in row[1:]:
                if re.search(r"\d", cell) and not re.search(r"[A-Za-zА-Яа-я]{4,}", cell.replace("тенге", "")
                                                            .replace("теңге", "")):
                    assert number.match(cell), (lang, cell)
                    cells += 1
    assert cells > 20


def test_close_page_links_the_monthly_editor(editor_client, report_data):
    html = editor_client.get(reverse("reports:close", args=["2024-04"])).content.decode()
    assert 'id="edit-monthly" href="/reports/edit/monthly/2024-04/' in html
    assert 'id="edit-annual" href="/reports/edit/annual/2024/' in html
    assert "texts/?kind=monthly" in html and "texts/?kind=annual" not in html


def test_docx_paragraphs_use_named_styles_editors_can_change(report_data):
    import io

    from docx import Document as Docx

    from speechwatch.reports.render_docx import STYLES

    d = Docx(io.BytesIO(render(build("monthly", "2024-04", lang="en"), "docx")))
    defined = {s.name for s in d.styles}
    assert set(STYLES) <= defined
    used = {p.style.name for p in d.paragraphs}
    assert {"Incident Title", "Incident Meta", "Incident Text", "Report Note", "Report Organisation"} <= used
    titles = [p.text for p in d.paragraphs if p.style.name == "Incident Title"]
    assert "Camera operator pushed at a rally" in titles
