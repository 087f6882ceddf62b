"""extract_incidents end to end on invented reports (English and Russian)."""
# ruff: noqa: E501  (fixture paragraphs are long lines, as in real reports)

from datetime import date

from speechwatch.extraction.incidents import extract_incidents
from speechwatch.extraction.schemas import Period, ReportMeta

MAY = ReportMeta(kind="monthly", period=Period(date(2025, 5, 1), date(2025, 5, 31)))

REPORT = """Violations of freedom of speech in Kazakhstan May 2025
The Foundation presents an overview of events in May 2025.
In May 2025, the following incidents were recorded:
There were 12 reports of violations of the rights of journalists. Among them:
3 reports involved obstruction of journalists' lawful professional activities
EVENTS IN MAY 2025
May 6: President Askar Temirov addressed the nation and urged bloggers not to spread panic about the floods.
Detention of Steppe Herald Editor Arman Kulov
On the evening of May 14, Arman Kulov, the editor-in-chief of the newspaper «Steppe Herald», was detained in Kostanay and taken to the police station.
The next day, the Kostanay Police Department said an administrative protocol had been drawn up against him under Article 456-2 of the Administrative Code. He was fined 184,600 tenge.
Also in May:
It became known that a criminal case under Part 2 of Article 274 of the Criminal Code was opened against the blogger Dana Serikova in Shymkent.
As it was reported, in March the akim of Oral Baurzhan Sadykov filed a lawsuit against the portal Oral.kz demanding 5 million tenge for moral damage. On May 20, the court ordered the portal to pay 300,000 tenge.
The monitoring was prepared according to reports of correspondents.
"""


def test_english_report_end_to_end():
    incidents = extract_incidents(REPORT, "en", MAY)
    assert [i.category for i in incidents] == ["context.statement", "rights.detention", "legal.criminal", "legal.civil"]
    statement, detention, criminal, civil = incidents

    for inc in incidents:  # spans index into the text and start where the incident starts
        assert REPORT[inc.span[0]:inc.span[1]].strip() == REPORT[inc.span[0]:inc.span[1]]

    assert statement.date == date(2025, 5, 6) and statement.date_precision == "day"
    assert statement.summary.startswith("President Askar Temirov addressed the nation")

    assert detention.title == "Detention of Steppe Herald Editor Arman Kulov"
    assert detention.date == date(2025, 5, 14)
    assert "legal.administrative" in detention.categories
    assert ("Arman Kulov", "person", "victim") in [(a.name, a.kind, a.role) for a in detention.actors]
    assert ("Steppe Herald", "outlet") in [(a.name, a.kind) for a in detention.actors]
    assert ("Kostanay Police Department", "organisation") in [(a.name, a.kind) for a in detention.actors]
    assert [(p.name, p.region) for p in detention.places] == [("Kostanay", "kostanay")]
    assert [(b.code, b.article, b.part) for b in detention.legal_bases] == [("AC", "456-2", None)]
    assert [(a.kind, a.kzt) for a in detention.amounts] == [("fine", 184600)]
    assert not detention.follow_up

    assert criminal.date == date(2025, 5, 1) and criminal.date_precision == "month"
    assert [(b.code, b.article, b.part) for b in criminal.legal_bases] == [("CC", "274", "2")]
    assert [(p.name, p.region) for p in criminal.places] == [("Shymkent", "shymkent")]

    assert civil.follow_up
    assert civil.date == date(2025, 5, 20)
    assert [(a.kind, a.kzt) for a in civil.amounts] == [("claimed", 5_000_000), ("awarded", 300_000)]
    assert ("Oral.kz", "outlet") in [(a.name, a.kind) for a in civil.actors]


def test_year_rollover_in_a_january_report():
    text = "It reports:\n\n- On December 28, the blogger Ivan Petrov was detained in Aktobe.\n"
    meta = ReportMeta(kind="monthly", period=Period(date(2025, 1, 1), date(2025, 1, 31)))
    (inc,) = extract_incidents(text, "en", meta)
    assert inc.date == date(2024, 12, 28)


def test_without_metadata_the_period_comes_from_the_opening():
    text = "Violations of freedom of speech in Kazakhstan. June 2023\n\nIt reports:\n\n- On June 9, the reporter was detained.\n"
    (inc,) = extract_incidents(text, "en", ReportMeta())
    assert inc.date == date(2023, 6, 9)


RUSSIAN = """В мае 2025 года мониторинг зафиксировал 40 сообщений. Среди них:
· Главному редактору газеты «Степной вестник» Арману Кулову угрожают в Костанае;
· Аким города Уральска Бауржан Садыков требует взыскать с газеты «Приуралье» 2 млн тенге в счет возмещения морального вреда;
· 14 мая блогера Дану Серикову задержали в Алматы по ч. 2 ст. 274 УК РК.
Всего с начала года предъявлено 5 обвинений в уголовном порядке.
"""


def test_russian_report_with_natasha():
    incidents = extract_incidents(RUSSIAN, "ru", MAY)
    assert [i.category for i in incidents] == ["rights.threat", "legal.civil", "rights.detention"]
    threat, civil, detention = incidents
    assert any(a.kind == "person" and "Кулов" in a.name for a in threat.actors)
    assert any(a.kind == "outlet" and "Степной вестник" in a.name for a in threat.actors)
    assert [p.region for p in threat.places] == ["kostanay"]
    assert [(a.kind, a.kzt) for a in civil.amounts] == [("claimed", 2_000_000)]
    assert [p.region for p in civil.places] == ["west_kazakhstan"]
    assert detention.date == date(2025, 5, 14)
    assert [(b.code, b.article, b.part) for b in detention.legal_bases] == [("CC", "274", "2")]


RUSSIAN_SECTIONS = """Нарушения свободы слова в Казахстане в апреле 2025 года
Международный фонд защиты свободы слова «Адил соз» представляет обзор событий в апреле 2025 года.
В апреле 2025 года зафиксировано:
18 сообщений о нарушениях прав журналистов, СМИ и ньюсмейкеров, в том числе:
- 4 случая воспрепятствования законной профессиональной деятельности;
- 2 угрозы журналистам.
СОБЫТИЯ В СТРАНЕ
3 апреля: Президент заявил, что блогеры не должны распространять слухи о паводках, и призвал СМИ опираться на официальные источники.
«Мы будем реагировать жестко», – сказал он.
12 апреля: Депутат Мажилиса предложил ограничить работу социальной сети.
ЗАКОНОДАТЕЛЬНЫЕ ИЗМЕНЕНИЯ
17 апреля: Мажилис одобрил во втором чтении законопроект «О масс-медиа».
Задержание редактора газеты «Степной вестник»
Вечером 21 апреля главного редактора газеты «Степной вестник» Армана Кулова задержали в Костанае и доставили в отдел полиции.
На следующий день полиция сообщила, что на него составлен административный протокол по статье 456-2 КоАП.
Также в апреле:
Блогера Дану Серикову вызвали на допрос в полицию Шымкента по делу о распространении заведомо ложной информации.
Сайт издания Kaz.news подвергся DDoS-атаке.
Мониторинг подготовлен по сообщениям корреспондентов фонда «Адил соз».
"""


def test_russian_sections_dates_and_case_titles():
    meta = ReportMeta(kind="monthly", period=Period(date(2025, 4, 1), date(2025, 4, 30)))
    incidents = extract_incidents(RUSSIAN_SECTIONS, "ru", meta)
    assert [i.category for i in incidents] == ["context.statement", "context.statement", "context.legislation",
                                               "rights.detention", "rights.pressure", "access.cyberattack"]
    assert [i.date for i in incidents[:4]] == [date(2025, 4, 3), date(2025, 4, 12), date(2025, 4, 17),
                                               date(2025, 4, 21)]
    detention = incidents[3]
    assert detention.title == "Задержание редактора газеты «Степной вестник»"
    assert "legal.administrative" in detention.categories
    assert ("Арман Кулов", "person", "victim") in [(a.name, a.kind, a.role) for a in detention.actors]
    assert [(b.code, b.article) for b in detention.legal_bases] == [("AC", "456-2")]
    assert RUSSIAN_SECTIONS[incidents[0].span[0]:incidents[0].span[1]].endswith("сказал он.")


def test_summary_is_the_opening_sentence_that_tells_the_category():
    text = ("EVENTS IN MAY 2025\nMay 2: As of May 2, heavy rain fell in four regions. On May 2, the President urged "
            "bloggers not to spread unverified information about the floods. Officials repeated the call.\n")
    (inc,) = extract_incidents(text, "en", MAY)
    assert inc.summary.startswith("On May 2, the President urged bloggers")
    quoted = "It reports:\n\n- The court extended the arrest of the editor of «Dala. Times» Ivan Orlov. He denies it.\n"
    (inc,) = extract_incidents(quoted, "en", MAY)
    assert inc.summary == "The court extended the arrest of the editor of «Dala. Times» Ivan Orlov."


def test_russian_is_fast_once_natasha_is_loaded():
    import time

    meta = ReportMeta(kind="monthly", period=Period(date(2025, 4, 1), date(2025, 4, 30)))
    extract_incidents(RUSSIAN_SECTIONS, "ru", meta)  # loads natasha once
    start = time.process_time()
    incidents = extract_incidents(RUSSIAN_SECTIONS * 4, "ru", meta)
    assert len(incidents) >= 20
    assert time.process_time() - start < 2.0  # a multi-threaded BLAS made this ~10x slower


def test_a_person_is_a_defendant_only_when_the_clause_ties_them_to_the_charge():
    from speechwatch.extraction.actors import find_actors

    en = ("A criminal case under Article 274 of the Criminal Code was opened against the blogger Arman Kulov. "
          "Journalist Dana Serikova, who covered the hearing, was questioned as a witness.")
    ru = ("Уголовное дело по статье 274 УК возбуждено против блогера Армана Кулова. "
          "Журналист Дана Серикова, освещавшая процесс, была допрошена как свидетель.")
    for text, lang, accused, mentioned in ((en, "en", "Arman Kulov", "Dana Serikova"),
                                           (ru, "ru", "Арман Кулов", "Дана Серикова")):
        roles = {a.name: a.role for a in find_actors(text, lang, "legal.criminal")}
        assert roles.get(accused) == "defendant", roles
        assert roles.get(mentioned) == "other", roles


def test_the_outlet_a_claim_is_against_is_the_defendant():
    from speechwatch.extraction.actors import find_actors

    text = ("The district court of Kokshetau rejected the claim of a local deputy against the newspaper "
            "Stepnoy Mayak; the deputy had demanded 2 million tenge.")
    roles = {a.name: a.role for a in find_actors(text, "en", "legal.civil")}
    assert roles.get("Stepnoy Mayak") == "defendant", roles


def test_who_files_a_suit_is_the_plaintiff_and_a_passive_charge_makes_a_defendant():
    from speechwatch.extraction.actors import find_actors

    roles = {a.name: a.role for a in find_actors("Аким Марат Оспанов подал иск к газете «Жайык Пресс».", "ru",
                                                  "legal.civil")}
    assert roles == {"Марат Оспанов": "plaintiff", "Жайык Пресс": "defendant"}
    roles = {a.name: a.role for a in find_actors("Блогер Асет Нурлы обвиняется в распространении ложной "
                                                  "информации.", "ru", "legal.criminal")}
    assert roles == {"Асет Нурлы": "defendant"}


def test_a_reminder_ending_in_an_acquittal_is_a_positive_event():
    """The period's news of a case recalled from before is its good end (issue 7, third pass)."""
    june = ReportMeta(period=Period(date(2025, 6, 1), date(2025, 6, 30)))
    good = ("It reports:\n\nAs reported earlier, in April police opened a criminal case against the blogger Nurlan Ospan over a "
            "post on flooding. On June 12 the investigator closed the case for absence of a crime.\n")
    assert extract_incidents(good, "en", june)[0].category == "context.positive"
    bad = ("It reports:\n\nAs reported earlier, in April the akim of Oral sued the newspaper Zhaiyq Uni for defamation. "
           "On June 12 the court partly satisfied the claim and ordered the paper to pay KZT 500,000.\n")
    assert extract_incidents(bad, "en", june)[0].category == "legal.civil"
    ru = ("Сообщается:\n\nНапомним, в мае против журналиста Асель Нуржан возбудили уголовное дело о клевете. "
          "10 июня суд оправдал журналистку.\n")
    assert extract_incidents(ru, "ru", june)[0].category == "context.positive"
