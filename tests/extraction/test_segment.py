"""Segmentation styles, on invented report texts."""

from datetime import date

from speechwatch.extraction.classify import classify
from speechwatch.extraction.schemas import Period
from speechwatch.extraction.segment import is_follow_up, segment

MAY = Period(date(2025, 5, 1), date(2025, 5, 31))

BULLETS = """Violations of freedom of speech in Kazakhstan May 2025

The Foundation conducted a study of the situation in May 2025.

It reports:

- In Kostanay, the editor of the newspaper «Steppe Herald» Arman Kulov was detained;
- The court dismissed the claim of a local official against blogger Dana Serikova.
-The Ministry refused to answer the request of the portal Qala.kz about the tender.

In May 2025 media outlets dealt with four suits about protection of honour and dignity.
Since the beginning of the year they were brought:
- 6 charges with slander;
- 14 pre-trial claims and suits.

Ask your question
"""


def texts(source, period=MAY):
    return [source[s.start:s.end] for s in segment(source, period)]


def test_bullets_split_and_statistics_are_not_incidents():
    got = texts(BULLETS)
    assert [t[:14] for t in got] == ["- In Kostanay,", "- The court di", "-The Ministry "]
    assert got[0].endswith("detained;")


DATED = """EVENTS IN MAY 2025
May 3: The deputy minister urged bloggers not to spread rumours about the drought in the south.
"We ask everyone to rely on official sources," the deputy minister said.
On the same day, the prosecutor's office repeated the warning about liability for false information.
May 19: The Senate approved the bill on online platforms and returned it to the Majilis.
LEGISLATIVE CHANGES
May 21: The government published a draft concept of the digital code for public discussion.
Seizure of Cameras at the Regional Akimat
A film crew of the channel «Dala TV» was stopped at the entrance of the akimat and their cameras were taken away.
On May 25, the akimat said the crew had not been accredited for the session.
Also in May:
The blogger Timur Esenov received a summons from the police over a video about road repairs.
The editorial office of Ayna.kz reported that its website was hit by a DDoS attack.
«We restored access within two hours», the editor said.
"""


def test_dated_paragraphs_headed_sections_and_also_lists():
    segs = segment(DATED, MAY)
    got = [DATED[s.start:s.end] for s in segs]
    assert [t[:12] for t in got] == ["May 3: The d", "May 19: The ", "May 21: The ", "Seizure of C", "The blogger ",
                                     "The editoria"]
    assert got[0].endswith("false information.")  # continuation lines stay with their date
    # "EVENTS IN MAY 2025" names no category (any event can stand under it): the cues decide
    assert segs[0].context_category is None
    assert classify(got[0], "en")[0] == "context.statement"
    assert segs[2].context_category == "context.legislation"
    assert segs[3].kind == "case" and segs[3].title == "Seizure of Cameras at the Regional Akimat"
    assert segs[3].context_category is None
    assert got[3].endswith("for the session.")  # a headed section runs to its last paragraph
    assert got[5].endswith("the editor said.")  # a quote continues the item before it


BLANK_SEPARATED = """It reports:

- The police opened a criminal case against the journalist Olga Demina.

As it was reported, on March 2 she published an article about the water utility.

On May 12, she was questioned as a witness.

\u00a0

- The court fined the newspaper «Evening Times» for a publication.
"""


def test_bullet_runs_over_paragraphs_until_the_next_wider_gap():
    got = texts(BLANK_SEPARATED)
    assert len(got) == 2
    assert got[0].endswith("questioned as a witness.")
    assert is_follow_up(got[0]) and not is_follow_up(got[1])


TIGHT = """Also in May:
- On May 7, the court sentenced the blogger Nurlan Ospan to two years of restricted freedom.
His lawyer will appeal.

The court in Taraz began to hear the claim of an akim against the portal Taraz News.
On April 20, the portal published an article about the repair of schools.
"""


def test_blank_line_ends_bullet_and_earlier_date_continues():
    got = texts(TIGHT)
    assert len(got) == 2
    assert got[0].endswith("will appeal.")
    assert got[1].endswith("repair of schools.")  # April 20 is background in a May report


WRAPPED = """It reports:

- The Ministry of
Information fined the portal Kaz Daily for a
publication about the flood.

- On May
9, the police detained the reporter Ilya Gorin in Aktau.
"""


def test_hard_wrapped_lines_are_rejoined():
    got = texts(WRAPPED)
    assert len(got) == 2
    assert got[1].startswith("- On May\n9, the police")


RUSSIAN = """В мае 2025 года мониторинг зафиксировал 40 сообщений. Среди них:
· Главному редактору газеты «Степной вестник» Арману Кулову угрожают;
· Суд оставил без изменения оправдательный приговор журналисту Дане Сериковой;
Всего с начала года предъявлено 5 обвинений в уголовном порядке.
"""


def test_russian_bullets():
    got = texts(RUSSIAN)
    assert len(got) == 2
    assert got[0].startswith("· Главному")
    assert is_follow_up(got[1])


TITLED_EVENTS = """Events in the Country
The Minister on Bloggers and Licences
9 May 2025
At a briefing in the capital the minister said that popular bloggers should register as media
outlets and answer for what they publish.
The minister added that the rule would be discussed with the community.
Hackers Take Over a Regional Portal
14 May 2025
The website of the regional portal Dala Times was taken over by unknown persons who posted fake news about the akim.
"""


def test_titled_stories_with_datelines_under_a_context_section():
    segs = segment(TITLED_EVENTS, MAY)
    assert [(s.title, s.dateline, s.context_category) for s in segs] == [
        ("The Minister on Bloggers and Licences", "9 May 2025", "context.statement"),
        ("Hackers Take Over a Regional Portal", "14 May 2025", "context.statement"),
    ]
    assert TITLED_EVENTS[segs[0].start:segs[0].end].endswith("with the community.")


def test_narrative_with_counts_is_not_mistaken_for_statistics():
    text = ("It reports:\n\n- The editor of Ak Tan was fined.\nHe will appeal.\n\n"
            "In May, the court of Almaty rejected two claims of the akimat against the newspaper Ak Tan.\n"
            "The akimat will appeal.\nIts lawyer said so.\n\n"
            "В мае суд отклонил 2 иска акимата к газете «Ак Тан».\nАкимат обжалует решение.\n\n"
            "In May 2025, three suits about protection of honour concerned media outlets and citizens.\n")
    got = texts(text)
    assert len(got) == 3
    assert got[1].startswith("In May, the court") and got[2].startswith("В мае суд")


def test_numbered_items_and_markdown_bold():
    text = ("It reports:\n\n"
            "1. On May 5, the police detained the editor of the portal Dala.kz during a rally in Aktau.\n"
            "2. On May 9, the akimat refused to answer the request of the newspaper Ak Tan about the budget.\n\n"
            "**A note from the editors** about the monitoring method follows here.\n")
    got = texts(text)
    assert [t[:8] for t in got] == ["1. On Ma", "2. On Ma"]


def test_title_over_bullets_is_a_section():
    text = ("Also in May:\nRefusals to Provide Information to the Press\n"
            "- The akimat of Taraz refused to answer the request of the newspaper Ak Tan about the park budget.\n"
            "- The police department of Aktau ignored two requests of the portal Dala.kz about the rally.\n")
    segs = segment(text, MAY)
    assert [text[s.start:s.start + 6] for s in segs] == ["- The ", "- The "]
    assert {s.context_category for s in segs} == {"access.refusal"}


# A report saved without blank lines: its title, a "Label – N" list and dated stories, one per line.
UNSPACED = """Press Freedom Monitoring in Kazakhstan, May 2025
During May 2025, the monitors received 27 reports of violations of freedom of speech.
Violations of the rights of journalists – 8
Violations of the right to information – 7
Claims against journalists and media outlets – 12
- criminal – 2
- civil – 10
May 6: In Taraz, the organisers of a council session did not let the crew of Jambyl TV into the hall.
May 14: An anonymous channel in a messenger spread invented stories about the editor of Ayna.kz.
May 27: The akim of Zhanatas ordered schools to cancel their subscriptions to the newspaper Ak Tan.
"""


def test_dated_lines_after_a_count_list_without_blank_lines_are_separate_stories():
    got = texts(UNSPACED)
    assert [t[:7] for t in got] == ["May 6: ", "May 14:", "May 27:"]
    assert got[0].endswith("into the hall.")


def test_report_title_over_statistics_is_no_story():
    text = ("Monitoring of Freedom of Expression, May 2025\n"
            "In May 2025, the monitors logged 31 reports of violations of freedom of speech.\n"
            "Attacks on journalists – 3, including 1 case of damaged equipment.\n"
            "Refusals to provide information – 9.\n"
            "On May 12, in Oral, a guard of the regional hospital pushed the reporter of Oral Times out of the hall.\n")
    got = texts(text)
    assert len(got) == 1 and got[0].startswith("On May 12")


def test_glued_count_bullets_are_statistics():
    text = ("Violations of the rights of journalists – 7, including:\n"
            "- 3attacks on journalists;\n- 4 cases of obstruction.\n"
            "On May 3, the police of Aktobe detained the cameraman of Aqtobe TV at a rally near the akimat.\n")
    got = texts(text)
    assert len(got) == 1 and got[0].startswith("On May 3")


def test_comparison_conclusion_and_absence_paragraphs_end_a_story():
    text = ("May 4. In Kyzylorda, an official threatened to sue the editor of the portal Syr Media over a post.\n"
            "Compared with April, the number of threats against journalists fell by half.\n"
            "No journalists were killed in May.\n"
            "May 20. The Senate adopted amendments to the law on online platforms and sent them to the President.\n"
            "In general, the situation with freedom of speech remained tense.\n")
    got = texts(text)
    assert len(got) == 2
    assert got[0].endswith("over a post.") and got[1].endswith("to the President.")


def test_title_over_statistics_alone_is_no_case():
    text = ("Overview of the Half-Year Monitoring\n"
            "During the first half of 2025, 140 reports of violations of freedom of speech were registered.\n"
            "Attacks on media workers – 6\nThreats against journalists – 11\n"
            "There were no murders of journalists in the first half of the year.\n")
    assert texts(text, Period(date(2025, 1, 1), date(2025, 6, 30))) == []


def test_a_count_list_in_a_sentence_is_not_a_label_count():
    from speechwatch.extraction.not_incident import sentence_kind

    assert sentence_kind("The plan has three aims: 1) train reporters; 2) support regional papers.", "en") is None
    assert sentence_kind("Threats against journalists – 11", "en") == "statistic"
    assert sentence_kind("Угрозы журналистам – 5;", "ru") == "statistic"


def test_footnotes_are_no_stories():
    text = ("Trade Union Suspended in Oral\n\n"
            "In May 2025, a court in Oral suspended the union of oil workers for six months.⁴ "
            "Its leader was questioned twice by the police.⁵\n\n"
            "4 See (in Russian): <https://example.org/decision-17>\n\n"
            "5 <https://example.org/union-leader-questioned>\n\n"
            "A longer review of labour rights in the region is published here: <https://example.org/review>\n")
    got = texts(text)
    assert len(got) == 1 and got[0].startswith("Trade Union Suspended") and got[0].endswith("by the police.⁵")


def test_a_lone_heading_between_notes_is_no_story():
    text = ("It reports:\n\nOn May 3, a court in Oral suspended the union of oil workers for six months.¹\n\n"
            "1 <https://example.org/union>\n\nReleased activists\n\n")
    assert [t[:9] for t in texts(text)] == ["On May 3,"]


def test_a_masthead_does_not_make_the_report_one_case():
    """Title, subtitle and publisher without blank lines between them are the masthead, not a case title
    over everything below (issue 7, third pass)."""
    text = ("Press Freedom Watch\nMonthly bulletin for May 2025\nPrairie Media Centre\n\n"
            "Our monitors registered 61 reports of violations of freedom of speech over the month, against 48 "
            "in April.\n\n"
            "Reporters and outlets faced 9 criminal cases and 14 civil lawsuits.\n\n"
            "On May 7 two men pushed the camera operator Yerlan Dosov to the ground outside the akimat.\n\n"
            "On May 19 the akimat of Taraz refused to give the portal Aulie News the list of road contracts.\n")
    got = texts(text)
    assert [t[:8] for t in got] == ["On May 7", "On May 1"]


def test_a_range_line_under_the_title_is_part_of_the_masthead():
    text = ("Обзор нарушений прав прессы\nс 1 апреля по 30 июня 2025 года\n\n"
            "За квартал служба получила 88 сообщений о нарушениях свободы слова.\n\n"
            "12 мая полиция Атырау задержала фотографа Ильяса Жанова на два часа.\n")
    got = texts(text, Period(date(2025, 4, 1), date(2025, 6, 30)))
    assert len(got) == 1 and got[0].startswith("12 мая")


def test_a_selected_events_heading_lists_one_story_per_paragraph():
    text = ("Summary. In May 2025 the centre registered 40 reports of violations.\n\n"
            "Main Events of the Month\n\n"
            "May 6. The deputy akim of Semey phoned the editor of the weekly Irtysh Voice and demanded the "
            "removal of an article about a landfill.\n\n"
            "12.05.2025. An unknown person opened an Instagram page in the name of the blogger Aruzhan Tleu "
            "and posted insults from it.\n")
    got = texts(text)
    assert [t[:6] for t in got] == ["May 6.", "12.05."]
    text_ru = ("Из событий месяца.\n\n"
               "14 мая прокурор вызвал редактора газеты «Южный ветер» для беседы об источниках статьи.\n"
               "В конце мая хостинг отключил сайт издания «Дала-Инфо» по письму акимата.\n")
    assert len(texts(text_ru)) == 2


def test_by_comparison_ends_a_story():
    text = ("On May 3 a man in a mask followed the reporter Gulnar Abisheva from the court to her home.\n\n"
            "By comparison, in May 2024 the centre had recorded 30 reports.\n")
    got = texts(text)
    assert len(got) == 1 and got[0].endswith("to her home.")


def test_a_dated_court_story_is_not_a_count_line():
    text = ("В мае 2025 года поступило 15 сообщений о нарушениях.\n"
            "3 мая административный суд Кокшетау оштрафовал блогера Нурлана Сейтова на 60 МРП за пост.\n"
            "Число исков к СМИ растёт третий месяц подряд.\n")
    got = [text[s.start:s.end] for s in segment(text, MAY, "ru")]
    assert len(got) == 1 and got[0].startswith("3 мая") and got[0].endswith("за пост.")


def test_dated_lines_and_dated_bullets_are_one_story_each():
    """Kazakh "Сәуірдің 23-і:" lines and "· 05.04.2024 – City." bullets ending in ";" (issue 7, third pass)."""
    april = Period(date(2024, 4, 1), date(2024, 4, 30))
    kk = ("Сөз бостандығы мониторингі, 2024 жылғы сәуір\n\n"
          "Сәуірде 30 хабарлама тіркелді.\n"
          "Сәуірдің 3-і: Атырауда полиция тілші Нұрлан Асқаровты екі сағат ұстады.\n"
          "Сәуірдің 23-і: Шымкент әкімдігі «Отырар Жаршысы» газетінің сұрауына жауап бермеді.\n")
    assert [kk[s.start:s.start + 11] for s in segment(kk, april, "kk")] == ["Сәуірдің 3-", "Сәуірдің 23"]
    en = ("Press freedom in April 2024\n\n"
          "· 05.04.2024 – Aktobe. Police held the reporter Dana Sarsen for three hours after a rally;\n"
          "· 19.04.2024 – Taraz. The akimat refused to give the newspaper Taraz Times the park budget;\n"
          "· 27.04.2024 – Oral. Unknown men smashed the car of the blogger Timur Alim.\n")
    assert [en[s.start + 2:s.start + 7] for s in segment(en, april, "en")] == ["05.04", "19.04", "27.04"]


LABEL_COLON_THEN_DATED = """Media Watch digest, March 2013

Breakdown of the violations of rights:
Beatings: 2
Threats: 3
Obstruction of professional work: 6

Mar. 4 - Taraz. Guards of the city court pushed the reporter Gulmira Sadykova out of the hall.

Mar. 19 - Semey. The editor Pavel Orlov found a threatening note under the door of his office.
"""


def test_label_colon_count_lines_are_statistics_not_a_case_title() -> None:
    from speechwatch.extraction import extract_text

    result = extract_text(LABEL_COLON_THEN_DATED)
    assert [LABEL_COLON_THEN_DATED[i.span[0]:i.span[1]][:7] for i in result.incidents] == ["Mar. 4 ", "Mar. 19"]


def test_a_bare_events_heading_sets_no_category() -> None:
    from speechwatch.extraction import extract_text

    text = ("Media Monitor | June 2021\n\nEVENTS\n\n"
            "June 8 — Aktobe. Police detained the blogger Arman Zhaksylykov while he filmed a queue at the "
            "hospital.\n")
    assert [i.category for i in extract_text(text).incidents] == ["rights.detention"]


def test_a_title_and_the_publishers_introduction_before_a_tally_are_not_a_story() -> None:
    from speechwatch.extraction import extract_text

    text = ("Freedom of Speech: Violations 2017\n\n18 january 2018\n\n"
            "The Adil Soz Foundation compiled statistics on violations of freedom of speech in 2017.\n\n"
            "It recorded:\n\nDetained - 31 journalists\nAttacks on journalists – 12\n")
    assert extract_text(text).incidents == []


def test_a_bullet_that_opens_with_a_group_count_and_a_colon_is_statistics() -> None:
    from speechwatch.extraction import extract_text

    text = ("Review: January – June 2020\n\n"
            "· Claims against media and journalists – 61: criminal – 20, civil – 38, administrative – 3.\n\n"
            "Plaintiffs demanded KZT 900 million as moral damages.\n\n"
            "On 4 March police in Oral detained the blogger Marat Aidarov for a livestream.\n")
    assert [text[i.span[0]:i.span[1]][:10] for i in extract_text(text).incidents] == ["On 4 March"]


def test_table_rows_are_never_a_story_and_an_overview_subtitle_is_no_case() -> None:
    from speechwatch.extraction.pipeline import extract_text

    text = ("Press freedom watch: June 2022\n\nCategory | June 2022 | January–June 2022\n"
            "Violations of journalists' rights | 11 | 60\nthreats | 2 | 13\nobstruction | 4 | 20\n\n"
            "EVENTS OF JUNE 2022\nJune 9: Police in Taraz detained the blogger Aset Omar for six hours after he "
            "filmed a protest outside the akimat.\n")
    incidents = extract_text(text).incidents
    assert len(incidents) == 1 and "Taraz" in text[slice(*incidents[0].span)]
    ru = ("Свобода слова в Казахстане: II квартал 2022 года\n\nКраткий обзор мониторинга за апрель, май и июнь\n\n"
          "За апрель–июнь 2022 года фонд задокументировал 140 случаев нарушений свободы слова.\n\n"
          "Журналистов не убивали; нападений – 2. Давление на редакции отмечено 5 раз.\n")
    assert extract_text(ru).incidents == []


def test_one_example_after_the_statistics_of_a_review_is_a_story() -> None:
    from speechwatch.extraction.pipeline import extract_text

    en = ("NINE MONTHS OF 2017: A SHORT REVIEW\n\nBetween January and September 2017 the monitors registered 540 "
          "reports.\n\nAn example from the period: in June, police in Oral held the reporter Dana Amir for four "
          "hours after she filmed a queue at the hospital.\n\nThe foundation believes the police must respect "
          "press cards.\n")
    got = extract_text(en).incidents
    assert len(got) == 1 and "Oral" in en[slice(*got[0].span)]
    ru = ("Свобода слова в Казахстане: итоги первого полугодия 2015 года\n\nЗа январь–июнь 2015 года мониторинг "
          "зарегистрировал 470 сообщений.\n\nНаиболее резонансным стал случай 9 марта в Таразе: полицейские "
          "задержали фотографа Асхата Нура во время съёмки митинга.\n")
    assert len(extract_text(ru).incidents) == 1


def test_kazakh_month_line_starts_the_next_story_and_a_named_person_summoned_n_times_is_one() -> None:
    from speechwatch.extraction.pipeline import extract_text

    text = ("Сөз бостандығының бұзылуы. 2023 жылғы наурыз\n\nНаурыздағы оқиғалар\n"
            "12 наурызда Атырау әкімдігі «Жайық Пресс» тілшісіне ақпарат беруден бас тартты.\n"
            "Наурыз айында Павлодар полициясы блогер Асқар Нұрбекті түсініктеме беруге 4 рет шақырды.\n")
    got = extract_text(text).incidents
    assert len(got) == 2 and "Павлодар" in text[slice(*got[1].span)] and "Павлодар" not in text[slice(*got[0].span)]


def test_paragraphs_under_a_bare_events_heading_are_one_story_each() -> None:
    """Paragraphs separated by blank lines under "EVENTS IN …": a dated one does not swallow the undated
    stories after it (a paragraph that leans on the one before still continues it)."""
    from speechwatch.extraction.pipeline import extract_text

    text = ("Freedom of speech violations in Kazakhstan: March 2024\n\n"
            "Below the foundation sums up the events of March 2024.\n\n"
            "Category | March 2024 | January-March 2024\nAll reports | 30 | 88\nthreats | 2 | 6\n\n"
            "EVENTS IN MARCH\n\n"
            "March 5: The administrative court of Taraz fined the blogger Dias Orynbek 50 MCI for a post about "
            "the city akim.\n\n"
            "An anonymous caller threatened to burn the car of Asel Kaz, editor of the Taraz portal «Aulie News», "
            "after her article on a landfill.\n\n"
            "She has filed a complaint with the police.\n\n"
            "The Mazhilis passed in the first reading amendments to the law on mass media.\n")
    got = [text[slice(*i.span)] for i in extract_text(text).incidents]
    assert len(got) == 3, got
    assert "She has filed" in got[1] and got[2].startswith("The Mazhilis")


def test_newswire_datelines_under_a_chronicle_heading_are_one_story_each() -> None:
    from speechwatch.extraction.pipeline import extract_text

    text = ("Нарушения свободы слова. Сентябрь 2022\n\nВ сентябре 2022 года поступило 60 сообщений.\n\n"
            "Хроника месяца\n\n"
            "Шымкент, 2 сентября. Акимат не ответил на запрос газеты «Оңтүстік» о ремонте школ.\n\n"
            "Семей, 14 сентября. Неизвестные избили корреспондента портала «Ертіс» у его дома.\n\n"
            "Oral, September 20: police held the blogger Aibek Nur for five hours.\n")
    got = [text[slice(*i.span)] for i in extract_text(text).incidents]
    assert len(got) == 3, got
    assert got[0].startswith("Шымкент") and got[1].startswith("Семей") and got[2].startswith("Oral")


# --- prose reviews: stories told inside paragraphs of counts (issue 7, seventh pass) --------------------
H1 = Period(date(2019, 1, 1), date(2019, 6, 30))


def test_a_byline_over_a_paragraph_of_counts_is_no_case_title():
    text = ("A hard half-year\nReview of freedom of speech, January-June 2019\n\n"
            "Adil Soz Foundation\n\n"
            "The monitoring counted 402 reports in the half-year. Of them, 120 concerned the rights of "
            "journalists, 130 access to information and 152 claims against the press.\n\n"
            "In April the Supreme Court refused to review the case of the Aktau editor Serik Omarov, "
            "sentenced last year for libel.\n\n"
            "The Foundation calls on Parliament to decriminalise defamation.\n")
    got = texts(text, H1)
    assert got == ["In April the Supreme Court refused to review the case of the Aktau editor Serik Omarov, "
                   "sentenced last year for libel."]


def test_stories_inside_a_paragraph_of_counts_stand_alone():
    text = ("Review, January-June 2019\n\n"
            "Refusals of information numbered 64. Websites were blocked 11 times. The most notable case "
            "came on 3 March, when the provider cut off the site «Dala News» after a report on land sales. "
            "Threats were recorded 9 times. On 20 May police in Oral detained the blogger Erzhan Satov at a "
            "rally. In June the court in Kokshetau fined the weekly «Kokshe» for a post about the akim.\n")
    got = texts(text, H1)
    assert got == [
        "The most notable case came on 3 March, when the provider cut off the site «Dala News» after a report "
        "on land sales.",
        "On 20 May police in Oral detained the blogger Erzhan Satov at a rally.",
        "In June the court in Kokshetau fined the weekly «Kokshe» for a post about the akim.",
    ]


def test_a_closing_section_run_in_is_no_story():
    text = ("It reports:\n\n- On May 3 the akimat refused to answer a request of «Ertis».\n\n"
            "Recommendations. The Foundation asks the akimats to answer requests within the legal term.\n")
    assert texts(text) == ["- On May 3 the akimat refused to answer a request of «Ertis»."]


def test_conclusions_and_recommendations_tell_no_incident():
    text = ("Review, January-June 2019\n\n"
            "On 4 May police in Taraz detained the reporter Asel Nurova at a rally.\n\n"
            "Conclusions and recommendations\n\n"
            "The foundation considers criminal liability for libel the main obstacle to journalism.\n\n"
            "- Parliament should decriminalise defamation.\n")
    assert texts(text, H1) == ["On 4 May police in Taraz detained the reporter Asel Nurova at a rally."]


def test_a_paragraph_dense_with_counts_is_statistics():
    text = ("Review, January-June 2019\n\n"
            "The monitoring counted 300 reports: 90 on the rights of journalists, 100 on access to "
            "information and 110 on claims.\n\n"
            "In April police in Aktobe detained the cameraman Ruslan Bek at the akimat.\n\n"
            "Of the 27 criminal prosecutions begun against journalists, eight concerned libel and three "
            "incitement. Plaintiffs went to court on 46 occasions.\n")
    assert texts(text, H1) == ["In April police in Aktobe detained the cameraman Ruslan Bek at the akimat."]


ONE_PER_LINE = """Нарушения свободы слова в Казахстане. Май 2025 года

В мае 2025 года мониторинг отметил 60 сообщений. Из них 20 касаются прав журналистов, 40 – претензий к СМИ.

Среди заметных событий месяца – нападение на оператора «Дала» Ержана Сапарова, 7 мая избитого в Таразе.
Акимат Сатпаева не ответил на запрос газеты «Кен орны» о ремонте школ, сославшись на закрытость сведений.
В Талдыкоргане судья вывел из зала заседания корреспондента газеты «Жетысу» Марата Оспанова, снимавшего процесс.

Случаев гибели журналистов в мае не зафиксировано.
"""

RUN_ON = """Press freedom digest, May 2025

There were 40 reports in May.

On May 21, editors and IT specialists met in Almaty to discuss attacks on news sites of the region.
The editorial team of Qala.kz said the attacks came from servers abroad and lasted for three days.
During the meeting, the head of a cybersecurity centre described the help media outlets can seek.
Dana Serikova, a lawyer of the Foundation, urged the authorities to treat such attacks as crimes.
"""


def test_a_block_of_one_line_stories_is_a_story_per_line_but_a_story_that_runs_on_stays_whole():
    got = texts(ONE_PER_LINE)
    assert [g.split()[0] for g in got] == ["Среди", "Акимат", "В"]
    assert len(texts(RUN_ON)) == 1
    assert classify(got[2], "ru")[0] == "rights.obstruction"


BULLETS_UNDER_COUNTS = """В мае 2025 года мониторинг насчитал 70 сообщений. Среди них:
· 3 мая в Таразе неизвестные разбили окна редакции газеты «Дала» и оставили записку с угрозой;
· Прокуратура области вынесла предостережение сайту «Жаңа күн» за статью о выборах;
· 21 мая в Актобе полицейские не дали оператору канала «Ақтөбе» снимать место аварии.
В мае СМИ предъявлено шесть исков о защите чести и достоинства на общую сумму 40 млн. тенге.
"""


def test_a_dated_bullet_after_counts_is_a_story_and_a_counts_line_after_bullets_ends_the_last():
    got = texts(BULLETS_UNDER_COUNTS)
    assert [g.split()[1] for g in got] == ["3", "Прокуратура", "21"]
    assert got[-1].endswith("место аварии.")
