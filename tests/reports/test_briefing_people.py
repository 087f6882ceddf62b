"""A briefing's "people concerned": only people a verified proceeding record ties to a charge or a
sentence, with their own articles, custody and sentence from the structured fields, in the report's
language (en, ru, kk), in Markdown and HTML.

The fixture is made up for the test: one case of a fictional movement trial with
- Daniyar Testbekov: accused, charged under CC 405 part 2 only, house arrest, sentenced (restricted
  freedom, suspended, with probation) and banned from journalism: the one person to print;
- Saule Mentionova: only named (an involvement as "defendant" and the narrative): never printed;
- Yerbol Unconfirmov: an accused tied to CC 174 by a link an editor has not confirmed: never printed;
- Aliya Draftkyzy: charged under CC 174 on a proceeding reported by a draft incident of the same case:
  never printed;
- Timur Uncharged: an accused on the proceeding with no charge and no sentence: never printed.
"""

from __future__ import annotations

import datetime as dt
import re

import pytest

from speechwatch.core.phrasing import citation
from speechwatch.incidents import services
from speechwatch.incidents.models import (
    Actor,
    Case,
    Incident,
    Involvement,
    Proceeding,
    ProceedingBasis,
    ProceedingParty,
    Source,
)
from speechwatch.reports import build, render
from speechwatch.reports.document import PersonList
from speechwatch.vocab.models import Category, LegalArticle

pytestmark = pytest.mark.django_db

NOT_PRINTED = ["Saule Mentionova", "Yerbol Unconfirmov", "Aliya Draftkyzy", "Timur Uncharged"]

EXPECTED = {
    "en": {
        "charge": "Article 405(2) of the Criminal Code (Participation in a banned extremist organisation)",
        "custody": "house arrest (since 3 March 2021)",
        "sentence": "restricted freedom 1 year 6 months, suspended, probation 2 years; "
        "sentenced on 14 October 2021",
        "ban": "ban on journalism 3 years",
        "labels": ("Charges", "Sentence", "Custody and restrictions"),
    },
    "ru": {
        "charge": "ч. 2 ст. 405 УК РК (Участие в деятельности запрещённой экстремистской организации)",
        "custody": "домашний арест (с 3 марта 2021 года)",
        "sentence": "ограничение свободы 1 год 6 месяцев, условно, испытательный срок 2 года; "
        "приговор от 14 октября 2021 года",
        "ban": "запрет на журналистскую деятельность 3 года",
        "labels": ("Обвинения", "Приговор", "Мера пресечения и ограничения"),
    },
    "kk": {
        "charge": "ҚР ҚК 405-бабының 2-бөлігі (Тыйым салынған экстремистік ұйымның қызметіне қатысу)",
        "custody": "үйқамақ (2021 жылғы 3 наурыздан бастап)",
        "sentence": "бас бостандығын шектеу 1 жыл 6 ай, шартты түрде, сынақ мерзімі 2 жыл; "
        "2021 жылғы 14 қазанда шыққан үкім",
        "ban": "журналистік қызметке тыйым 3 жыл",
        "labels": ("Айыптар", "Үкім", "Бұлтартпау шарасы және шектеулер"),
    },
}


def _article(number: str) -> LegalArticle:
    return LegalArticle.objects.get(code_id="CC", article=number)


def _person(name: str) -> Actor:
    return Actor.objects.create(name=name, kind="person", subkind="activist")


@pytest.fixture
def trial(db):
    cat = Category.objects.get(code="civic.prisoner")
    case = Case.objects.create(title="Fictional movement trial")
    verified = Incident.objects.create(
        title="Court hands down sentences in the fictional movement trial",
        date=dt.date(2021, 10, 14),
        registered_month=dt.date(2021, 10, 1),
        primary_category=cat,
        status="verified",
        case=case,
        summary="A district court sentenced members of a made-up movement.",
        narrative="Saule Mentionova, a neighbour, spoke to reporters outside the court about the defendants.",
    )
    Source.objects.create(incident=verified, url="https://example.org/fictional-trial", title="Trial report")
    mentioned = _person("Saule Mentionova")
    Involvement.objects.create(incident=verified, actor=mentioned, role="defendant")

    proc = Proceeding.objects.create(incident=verified, case=case, kind="criminal", filed_on=dt.date(2021, 2, 1))
    b405 = ProceedingBasis.objects.create(proceeding=proc, article=_article("405"), part="2")
    b174 = ProceedingBasis.objects.create(proceeding=proc, article=_article("174"))

    charged = ProceedingParty.objects.create(proceeding=proc, actor=_person("Daniyar Testbekov"), role="accused")
    services.party_set_charges(charged, [b405])
    services.party_set_custody(charged, "house_arrest", dt.date(2021, 3, 3))
    sentence = services.sentence_record(
        charged,
        "restricted_freedom",
        term_years=1,
        term_months=6,
        is_suspended=True,
        probation_years=2,
        sentenced_on=dt.date(2021, 10, 14),
    )
    services.ban_record(charged, "journalism", sentence=sentence, term_years=3)

    unconfirmed = ProceedingParty.objects.create(
        proceeding=proc, actor=_person("Yerbol Unconfirmov"), role="accused", confirmed=False
    )
    services.party_set_charges(unconfirmed, [b174])
    services.sentence_record(unconfirmed, "imprisonment", term_years=4)
    ProceedingParty.objects.create(proceeding=proc, actor=_person("Timur Uncharged"), role="accused")

    draft = Incident.objects.create(
        title="A reader says a second trial began",
        date=dt.date(2021, 10, 20),
        registered_month=dt.date(2021, 10, 1),
        primary_category=cat,
        status="draft",
        case=case,
    )
    draft_proc = Proceeding.objects.create(incident=draft, case=case, kind="criminal", filed_on=dt.date(2021, 9, 1))
    draft_basis = ProceedingBasis.objects.create(proceeding=draft_proc, article=_article("174"))
    draft_party = ProceedingParty.objects.create(
        proceeding=draft_proc, actor=_person("Aliya Draftkyzy"), role="accused"
    )
    services.party_set_charges(draft_party, [draft_basis])
    return {"case": case, "proc": proc, "charged": charged, "b174": b174}


def _brief(lang: str):
    return build("briefing", lang=lang, categories=["civic.prisoner"], title="Test briefing")


def _people_md(md: str) -> str:
    """The Markdown lines of the people list: from the first "- **name**" line to the next heading."""
    lines = md.splitlines()
    start = next(i for i, line in enumerate(lines) if line.startswith("- **"))
    end = next((i for i in range(start, len(lines)) if lines[i].startswith("#")), len(lines))
    return "\n".join(lines[start:end])


def _people_html(html: str) -> str:
    m = re.search(r'<div class="people">(.*?)</div>\s*</div>', html, re.S)
    assert m, "no people list in the HTML"
    return m.group(1)


@pytest.mark.parametrize("lang", ["en", "ru", "kk"])
def test_only_the_charged_person_is_printed_with_their_own_article(trial, lang):
    doc = _brief(lang)
    lists = [b for b in doc.walk() if isinstance(b, PersonList)]
    assert len(lists) == 1
    [entry] = lists[0].entries
    want = EXPECTED[lang]
    assert entry.name == "Daniyar Testbekov"
    assert entry.charges == want["charge"]
    assert entry.sentence == want["sentence"]
    assert entry.restrictions == f"{want['custody']}; {want['ban']}"
    assert entry.footnotes, "the person's line cites the incident's source"

    md = render(doc, "md").decode()
    people_md = _people_md(md)
    assert "**Daniyar Testbekov**" in people_md
    charges, sentence, restrictions = want["labels"]
    assert f"{charges}: {want['charge']}" in people_md
    assert f"{sentence}: {want['sentence']}" in people_md
    assert f"{restrictions}: {want['custody']}; {want['ban']}" in people_md
    html = render(doc, "html").decode()
    people_html = _people_html(html)
    assert "Daniyar Testbekov" in people_html
    assert want["charge"] in people_html and want["sentence"] in people_html and want["custody"] in people_html
    # the incident's own entry names the articles only as this person's charge, never the bare list
    # of the proceeding's bases (which would read as everyone's charge)
    # cited in the language's official form, the part never glued to the article ("CC 405-2")
    short = citation("CC", "405", "2", lang)
    assert f"Daniyar Testbekov ({short})" in md and "405-2" not in md
    other = citation("CC", "174", "", lang)
    assert other not in md and other not in html
    for block in (people_md, people_html):
        assert "174" not in block  # the other bases of the proceeding are not this person's
        for name in NOT_PRINTED:
            assert name not in block


def test_confirming_the_link_prints_the_second_accused_with_their_own_article(trial):
    """The same rule lets a person in once an editor confirms the link: proof the filter is the link
    and nothing else (the test would fail if unconfirmed links were printed, or if nobody could be)."""
    ProceedingParty.objects.filter(actor__name="Yerbol Unconfirmov").update(confirmed=True)
    entries = {e.name: e for b in _brief("en").walk() if isinstance(b, PersonList) for e in b.entries}
    assert set(entries) == {"Daniyar Testbekov", "Yerbol Unconfirmov"}
    assert "Article 174 of the Criminal Code" in entries["Yerbol Unconfirmov"].charges
    assert "405" not in entries["Yerbol Unconfirmov"].charges
    assert "174" not in entries["Daniyar Testbekov"].charges
    assert entries["Yerbol Unconfirmov"].sentence.startswith("imprisonment 4 years")


def test_verifying_the_draft_prints_its_accused(trial):
    Incident.objects.filter(title__startswith="A reader says").update(status="verified")
    names = [e.name for b in _brief("en").walk() if isinstance(b, PersonList) for e in b.entries]
    assert names == ["Daniyar Testbekov", "Aliya Draftkyzy"]


def test_confidential_proceeding_or_case_hides_the_person(trial):
    Proceeding.objects.filter(pk=trial["proc"].pk).update(is_confidential=True)
    assert not [b for b in _brief("en").walk() if isinstance(b, PersonList)]
    Proceeding.objects.filter(pk=trial["proc"].pk).update(is_confidential=False)
    Case.objects.filter(pk=trial["case"].pk).update(is_confidential=True)
    assert not [b for b in _brief("en").walk() if isinstance(b, PersonList)]


def test_a_civil_defendant_is_never_charged(trial):
    civil = Proceeding.objects.create(incident=trial["proc"].incident, kind="civil", filed_on=dt.date(2021, 5, 1))
    basis = ProceedingBasis.objects.create(proceeding=civil, article=_article("405"))
    party = ProceedingParty.objects.create(proceeding=civil, actor=_person("Civil Respondent"), role="defendant")
    with pytest.raises(services.ValidationError):
        services.party_set_charges(party, [basis])
    with pytest.raises(services.ValidationError):
        services.sentence_record(party, "fine", fine_kzt=100)


def test_charges_must_be_bases_of_the_same_proceeding(trial):
    other = Proceeding.objects.create(incident=trial["proc"].incident, kind="criminal", filed_on=dt.date(2021, 5, 1))
    party = ProceedingParty.objects.create(proceeding=other, actor=_person("Other Accused"), role="accused")
    with pytest.raises(services.ValidationError):
        services.party_set_charges(party, [trial["b174"]])


def test_people_cost_a_fixed_number_of_queries(trial, django_assert_max_num_queries):
    """Charges, sentences and bans are prefetched: 40 more charged people cost no more queries."""
    from speechwatch.reports.people import people_concerned

    proc, basis = trial["proc"], trial["b174"]
    for n in range(40):
        party = ProceedingParty.objects.create(proceeding=proc, actor=_person(f"Extra Person {n}"), role="accused")
        services.party_set_charges(party, [basis])
        sentence = services.sentence_record(party, "fine", fine_kzt=100_000 + n)
        services.ban_record(party, "social_media", sentence=sentence, term_months=6)
    items = [proc.incident]
    with django_assert_max_num_queries(6):
        people = people_concerned(items, "ru")
    assert len(people) == 41 and people[-1].sentences == ["штраф 100\u00a0039 тенге"]
