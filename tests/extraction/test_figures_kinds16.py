"""Kinds of figures issue 7's sixteenth pass taught the pipeline, each in a report written for the test."""

from __future__ import annotations

import pytest

from speechwatch.extraction.pipeline import extract_text


def _figures(text: str) -> set[tuple[str, str, int]]:
    return {(s.measure, s.scope, s.value) for s in extract_text(text).statistics}


# Each group stands in its own block; only the first group's square bracket names the span, the later ones
# are bare counts in square brackets after the count and its noun.
ONE_BRACKET_CONVENTION = """Monitoring digest: March 2028

In March 2028 the monitors logged:

11 reports on violations of journalists' rights [since January – 30]. Of them:
    obstruction of lawful professional activity – 6 [14];
    threats – 5 [16].

8 reports [21] on the right to receive and impart information. Of them:
    refusals to provide information – 7 [18];
    DDoS attacks on websites – 1 [3].

4 reports [9] on claims and charges against the media. Of them:
    civil claims – 4 [8];
    administrative charges – 0 [1].
"""


def test_a_bare_square_bracket_in_a_later_group_restates_over_the_span_the_first_one_named() -> None:
    got = _figures(ONE_BRACKET_CONVENTION)
    assert {("rights.total", "ytd", 30), ("access.total", "ytd", 21), ("legal.total", "ytd", 9),
            ("access.refusal", "ytd", 18), ("legal.civil", "ytd", 8), ("legal.administrative", "ytd", 1)} <= got
    assert {("access.total", "period", 8), ("legal.total", "period", 4), ("access.refusal", "period", 7)} <= got
    assert ("access.total", "period", 21) not in got


# A quarter's review whose table heads its columns with abbreviations ("III кв.", "янв.–сент."), ending the
# header on a dot; and an absence told for the quarter and the year at once.
QUARTER_TABLE = """Обзор за третий квартал 2027 года

Мониторинг за июль, август и сентябрь 2027 года учёл 150 сообщений.

Вид нарушения                         III кв.   янв.–сент.
Угрозы журналистам                        4         13
Отказы в предоставлении сведений         30         95

Гибели журналистов ни в третьем квартале, ни с начала года не было.
"""


def test_abbreviated_column_heads_of_a_quarter_table_name_the_quarter_and_the_year_so_far() -> None:
    got = _figures(QUARTER_TABLE)
    assert {("rights.threat", "period", 4), ("rights.threat", "ytd", 13), ("access.refusal", "period", 30),
            ("access.refusal", "ytd", 95)} <= got
    assert ("rights.threat", "period", 13) not in got


def test_an_absence_told_for_the_reports_quarter_and_the_year_is_zero_for_both() -> None:
    got = _figures(QUARTER_TABLE)
    assert {("rights.murder", "period", 0), ("rights.murder", "ytd", 0)} <= got


def test_claims_and_lawsuits_joined_to_criminal_charges_are_the_civil_part() -> None:
    text = ("Digest: October 2027\n\nSince January the media have faced 6 criminal charges and 33 claims and "
            "lawsuits over their publications.\n")
    got = _figures(text)
    assert {("legal.criminal", "ytd", 6), ("legal.civil", "ytd", 33)} <= got
    assert ("legal.total", "ytd", 33) not in got


def test_all_reports_with_a_remark_in_brackets_is_the_report_count() -> None:
    text = ("Digest: May 2027\n\nCategory | May 2027 | January–May 2027\nAll reports (follow-ups not counted) | "
            "41 | 170\nViolations of the rights of journalists | 12 | 50\n")
    got = _figures(text)
    assert {("reports.total", "period", 41), ("reports.total", "ytd", 170)} <= got


def test_a_group_told_before_were_reported_in_n_messages() -> None:
    text = ("Monitoring: April 2027\n\nIn April 2027 the monitors received 70 messages. Of these, 15 describe the "
            "general climate; violations of the rights of journalists were reported in 30 messages; and 25 concern "
            "claims and charges against the media.\n")
    got = _figures(text)
    assert {("reports.total", "period", 70), ("rights.total", "period", 30), ("legal.total", "period", 25)} <= got


def test_suits_of_this_kind_take_the_kind_of_case_told_before_not_what_was_counted_about_it() -> None:
    text = ("Monitoring: April 2027\n\nIn April the courts gave five rulings in honour and dignity cases, one of "
            "them on appeal. None went in favour of the media. Seven new suits of this kind were filed against "
            "newspapers and bloggers.\n")
    got = _figures(text)
    assert ("legal.civil.honor", "period", 7) in got
    assert ("legal.civil.decisions", "period", 7) not in got


def test_a_heading_names_the_kind_of_the_suits_that_reached_the_courts() -> None:
    text = ("Monitoring: April 2027\n\nHonour and dignity. Nine new suits of this kind reached the courts in "
            "April.\n")
    got = _figures(text)
    assert ("legal.civil.honor", "period", 9) in got
    assert not any(m == "legal.criminal.in_court" for m, _, _ in got)


# A Kazakh review told in prose: "such N cases were recorded" after the label, "N journalists were detained",
# a count "recorded N times" whose label is before it and the next count's after the comma, and a group's
# part that names its article with no code.
KAZAKH_PROSE = """2027 жылдың алты айындағы сөз бостандығы

Қаңтар-маусым айларында қор 300 хабарлама тіркеді.

Журналистердің құқықтары. Ақпарат жинауға кедергі жасау жиі кездесті: мұндай 31 жағдай тіркелді.
Журналистерге 9 рет қоқан-лоққы көрсетілді, 11 журналист ұсталды.

Ақпарат алу құқығы. Сайттарды бұғаттау 7 рет тіркелді, редакцияларға DDoS-шабуыл жасалған жағдайлар – 5.

Айыптаулар:
әкімшілік – 20, оның ішінде 73-3-бап (жала жабу) бойынша – 8, 456-2-бап бойынша – 3.
"""


def test_kazakh_counts_told_in_prose() -> None:
    got = _figures(KAZAKH_PROSE)
    assert {("rights.obstruction", "period", 31), ("rights.threat", "period", 9), ("rights.detention", "period", 11),
            ("access.blocking", "period", 7), ("access.cyberattack", "period", 5)} <= got
    assert ("access.cyberattack", "period", 7) not in got


def test_a_kazakh_part_citing_its_article_without_the_code_takes_the_groups_code() -> None:
    got = _figures(KAZAKH_PROSE)
    assert {("legal.administrative", "period", 20), ("legal.administrative.defamation", "period", 8),
            ("legal.administrative.false_info", "period", 3)} <= got


def test_a_label_with_commas_names_a_part_of_the_group_its_last_comma_part_names() -> None:
    text = ("Review: 2027\n\nOver 2027 the monitors collected 800 reports, 350 of them about barriers to receiving "
            "and spreading information.\n\nInformation. Officials refused, delayed or limited access to public "
            "information 240 times. Websites were blocked in 30 cases; the remaining 80 concerned break-ins into "
            "editorial accounts and websites.\n")
    got = _figures(text)
    assert {("access.total", "period", 350), ("access.refusal", "period", 240), ("access.blocking", "period", 30),
            ("access.cyberattack", "period", 80)} <= got
    assert ("access.total", "period", 240) not in got


# Items whose words after the count end on a bracket that restates the item's count over the year: after a
# part that cites its article's title in brackets, and after what all of them were.
ITEMS_RESTATED = """Нарушения свободы слова: октябрь 2027

За месяц зарегистрировано 50 сообщений. Нарушения прав журналистов составили 14 из них.

Претензии к журналистам и СМИ – 9. Из них:
• гражданских – 6, все – о защите чести и достоинства (с начала года – 40);
• административных – 3, в том числе 1 по статье 73-3 КоАП (клевета) (с начала года – 11).
"""


def test_a_bracket_closing_an_item_restates_the_items_count_after_its_parts() -> None:
    got = _figures(ITEMS_RESTATED)
    assert {("legal.civil", "ytd", 40), ("legal.administrative", "ytd", 11)} <= got
    assert ("legal.civil.honor", "ytd", 40) not in got


def test_a_share_named_before_its_count_of_them() -> None:
    assert ("rights.total", "period", 14) in _figures(ITEMS_RESTATED)


def test_one_for_one_thing_and_one_under_an_article_are_parts_of_the_count_before() -> None:
    text = ("Digest: June 2027\n\n5 reports of claims against journalists:\n•    3 civil claims;\n"
            "•    2 administrative cases, one for defamation and one under Article 456-2.\n")
    got = _figures(text)
    assert {("legal.administrative.defamation", "period", 1), ("legal.administrative.false_info", "period", 1)} <= got
    assert not any(m.startswith("legal.criminal") for m, _, _ in got)


def test_claims_and_suits_listed_under_criminal_charges_are_the_civil_item() -> None:
    text = ("Обзор: июнь 2027 года\n\nС начала 2027 года:\n- 5 уголовных обвинений (2 в суде);\n"
            "- 31 иск и претензия (25 о защите чести и достоинства);\n- 4 административных обвинения.\n")
    got = _figures(text)
    assert ("legal.civil", "ytd", 31) in got
    assert ("legal.total", "ytd", 31) not in got


def test_judicial_acts_and_the_share_found_for_the_media_told_with_a_verb() -> None:
    text = ("Review: first half of 2027\n\nCourts issued 30 judicial acts on honour and dignity claims and found "
            "for the media or the citizen in 12 of these.\n")
    got = _figures(text)
    assert {("legal.civil.decisions", "period", 30), ("legal.civil.decisions_for_media", "period", 12)} <= got


def test_sums_the_claims_authors_want_or_which_the_suits_seek() -> None:
    text = ("Digest: June 2027\n\nIn June 2027 the foundation logged 40 reports. Four civil claims were filed, "
            "three of them over honour and dignity; their authors want KZT 9 million 300 thousand for moral harm.\n\n"
            "Since January, the media have faced 5 criminal charges and 30 lawsuits over honour, dignity and repute, "
            "which together seek KZT 1.2 billion in moral damages.\n")
    got = _figures(text)
    assert {("legal.civil.claimed_kzt", "period", 9_300_000), ("legal.civil.claimed_kzt", "ytd", 1_200_000_000)} <= got


def test_a_sum_claimed_before_a_coordinated_clause_about_what_courts_ordered() -> None:
    text = ("Digest: June 2027\n\nSince the beginning of the year: 20 civil claims, in which moral damages of "
            "KZT 40 million 500 thousand are claimed and courts have ordered KZT 700 thousand to be paid.\n")
    got = _figures(text)
    assert {("legal.civil.claimed_kzt", "ytd", 40_500_000), ("legal.civil.recovered_kzt", "ytd", 700_000)} <= got


def test_russian_damages_declared_by_the_plaintiffs_and_what_they_want_to_recover() -> None:
    text = ("Обзор за 9 месяцев 2027 года\n\nМоральный вред, заявленный истцами, – 41 млн. 250 тыс. тенге.\n\n"
            "В сентябре поступило шесть исков о защите чести. Истцы хотят взыскать по ним 12 млн. тенге.\n")
    got = _figures(text)
    assert ("legal.civil.claimed_kzt", "period", 41_250_000) in got
    assert any(m == "legal.civil.claimed_kzt" and v == 12_000_000 for m, _, v in got)


def test_kazakh_list_items_described_before_their_count_without_a_verb() -> None:
    text = ("Сөз бостандығы: 2027 жылғы наурыз\n\nЖыл басынан бері мыналар тағылды:\n\n"
            "- жала жапты деген 3 айып (оның 1-і өткен жылдан қалған);\n\n"
            "- ар-намысты қорғау туралы 14 талап арыз, жалпы сомасы – жетпіс миллион теңге.\n")
    got = _figures(text)
    assert {("legal.criminal.defamation", "ytd", 3), ("legal.civil.honor", "ytd", 14),
            ("legal.civil.claimed_kzt", "ytd", 70_000_000)} <= got


def test_most_of_them_in_brackets_then_what_they_were_for() -> None:
    text = ("Digest: May 2027\n\nSince January: civil claims and suits - 21, most of them (eighteen) over honour "
            "and dignity. Nine criminal charges were brought, most of them (six) for libel and insult and two for "
            "knowingly false information.\n")
    got = _figures(text)
    assert {("legal.civil", "ytd", 21), ("legal.civil.honor", "ytd", 18), ("legal.criminal.defamation", "ytd", 6),
            ("legal.criminal.false_info", "ytd", 2)} <= got


def test_a_paragraph_that_opens_on_the_year_so_far_dates_its_sentence_cut_by_the_end_of_the_text() -> None:
    text = ("Digest: May 2027\n\nIn May the foundation logged 40 reports.\n\nThe picture since January is grim. "
            "Twelve criminal charges have been brought against journalists; the number of honour and dignity "
            "claims has reached 44, and the damages sought in them total KZT 310 mi")
    got = _figures(text)
    assert {("legal.criminal", "ytd", 12), ("legal.civil.honor", "ytd", 44)} <= got


def test_no_judgment_in_favour_of_the_media_and_the_court_siding_with_journalists() -> None:
    text = ("Digest: May 2027\n\nIn May the courts passed three judicial acts in honour cases. None went in favour "
            "of journalists or citizens.\n")
    assert ("legal.civil.decisions_for_media", "period", 0) in _figures(text)
    text = ("Digest: May 2027\n\nFive judicial acts were issued in honour and dignity cases; in two of them the "
            "court sided with journalists and citizens.\n")
    assert {("legal.civil.decisions", "period", 5), ("legal.civil.decisions_for_media", "period", 2)} <= _figures(text)


def test_the_bulk_of_them_in_brackets_after_the_clause_that_counted_them() -> None:
    text = ("Обзор: апрель 2027 года\n\nЗа месяц зафиксировано 90 сообщений, из них 40 – о претензиях к СМИ.\n\n"
            "Из 40 правовых претензий 18 – уголовные; подавляющая их часть (пятнадцать) возбуждена по статье 274 "
            "УК РК.\n")
    got = _figures(text)
    assert {("legal.criminal", "period", 18), ("legal.criminal.false_info", "period", 15)} <= got


def test_kazakh_out_of_court_warnings_and_a_russian_absence_of_deaths() -> None:
    text = "Шолу: 2027 жылғы қыркүйек\n\nҚыркүйекте:\n- 3 соттан тыс ескерту жасалды.\n"
    assert ("legal.warning", "period", 3) in _figures(text)
    text = "Обзор: июнь 2027 года\n\nВ июне зарегистрировано 50 сообщений.\n\nЖурналисты в июне не погибали.\n"
    assert ("rights.murder", "period", 0) in _figures(text)


# A pipe table that names the legal group once, then a part whose label reads like the group again; a share
# of a row told after the table; an absence told for the month and the one before it.
TABLE_THEN_PROSE = """Digest: March 2027

| Group | March | Jan-Mar |
|---|---|---|
| Violations of the rights of journalists | 8 | 20 |
| threats | 3 | 7 |
| Pre-trial and court claims and lawsuits | 7 | 16 |
| civil (pre-trial and court) | 4 | 11 |
| administrative | 3 | 5 |
| All reports | 30 | 81 |

Three of the four civil claims concern honour and dignity.
No criminal case against a journalist was opened in March, nor in February or January.
"""


def test_a_table_row_that_reads_as_the_group_again_is_one_of_its_parts() -> None:
    got = _figures(TABLE_THEN_PROSE)
    assert {("legal.total", "period", 7), ("legal.civil", "period", 4), ("legal.civil", "ytd", 11)} <= got
    assert ("legal.total", "period", 4) not in got


def test_a_share_of_a_row_told_after_the_table() -> None:
    assert ("legal.civil.honor", "period", 3) in _figures(TABLE_THEN_PROSE)


def test_an_absence_told_for_every_month_so_far_is_zero_for_the_month_and_the_year() -> None:
    got = _figures(TABLE_THEN_PROSE)
    assert {("legal.criminal", "period", 0), ("legal.criminal", "ytd", 0)} <= got


def test_two_of_three_in_russian_counts_the_part_not_the_whole() -> None:
    text = ("Обзор: июль 2027 года\n\nВ июле против СМИ возбуждено 3 административных дела. Два из трёх "
            "административных дел возбуждены по ст. 456-2 КоАП.\n")
    got = _figures(text)
    assert ("legal.administrative.false_info", "period", 2) in got
    assert ("legal.administrative.false_info", "period", 3) not in got


# A review's space table whose labels carry brackets: what all of the row's cases were, and the articles cited.
REVIEW_TABLE = """Free speech under the curfew: 1 April - 31 May 2027

In that time the foundation registered 90 messages: 30 about the rights of journalists, 40 about access to
information and 20 about claims and charges. Since 1 January 2027 the count has reached 170.

Category                                         1.04-31.05
Threats                                                5
Criminal cases (all under art. 274 CC)                 6
Administrative charges (AC art. 476, 478)              8
Civil claims (all on honour and dignity)               6
"""


def test_what_all_of_a_rows_cases_were_is_their_part_with_the_same_count() -> None:
    got = _figures(REVIEW_TABLE)
    assert {("legal.criminal", "period", 6), ("legal.criminal.false_info", "period", 6), ("legal.civil", "period", 6),
            ("legal.civil.honor", "period", 6)} <= got


def test_a_space_table_label_ending_on_its_articles_in_brackets() -> None:
    assert ("legal.administrative", "period", 8) in _figures(REVIEW_TABLE)


def test_the_count_restated_over_the_year_is_the_whole_the_sentence_before_divided() -> None:
    got = _figures(REVIEW_TABLE)
    assert ("reports.total", "ytd", 170) in got
    assert ("legal.total", "ytd", 170) not in got


def test_kazakh_sums_asked_and_recovered_and_the_year_so_far_inside_the_bracket() -> None:
    text = ("Сөз бостандығы: 2027 жылғы қыркүйек\n\n2027 жылғы қыркүйекте 70 хабарлама тіркелді (жақшада – жыл "
            "басынан бергі көрсеткіш: 560).\n\nАр-намыс туралы талаптарда моральдық зиян ретінде 12,5 млн теңге "
            "сұралады (жыл басынан – 98 млн 300 мың теңге).\n\nСұралған моральдық зиян – 12 млн теңге; соттар "
            "өндірген сома – 400 000 теңге.\n")
    got = _figures(text)
    assert {("reports.total", "ytd", 560), ("legal.civil.claimed_kzt", "period", 12_500_000),
            ("legal.civil.claimed_kzt", "ytd", 98_300_000), ("legal.civil.recovered_kzt", "period", 400_000)} <= got


def test_sums_written_with_abbreviated_english_scales() -> None:
    text = "Review: third quarter of 2027\n\nMoral damages claimed - 21 mln 750 thous. tenge.\n"
    assert ("legal.civil.claimed_kzt", "period", 21_750_000) in _figures(text)


def test_judicial_acts_on_suits_for_honour_dignity_and_reputation_are_judicial_acts() -> None:
    text = ("Обзор: сентябрь 2027 года\n\nСудебных актов по искам о защите чести, достоинства и деловой репутации "
            "– 7 (из них 3 – в апелляционной инстанции);\nв пользу СМИ и граждан – 2.\n")
    got = _figures(text)
    assert ("legal.civil.decisions", "period", 7) in got
    assert ("legal.civil.honor", "period", 7) not in got


def test_the_rest_told_between_commas_is_the_rest_of_the_report_count() -> None:
    text = ("Review: first half of 2027\n\nOver the first six months of 2027 the monitors registered 300 reports. "
            "Violations of the rights of journalists accounted for 100 of them, and 120 concerned access to "
            "information; the rest, 80, were claims and charges brought against the press.\n\n"
            "Of the 80 legal actions, twelve were criminal: eight for libel and four for inciting discord.\n")
    got = _figures(text)
    assert {("legal.total", "period", 80), ("legal.criminal", "period", 12),
            ("legal.criminal.defamation", "period", 8), ("legal.criminal.incitement", "period", 4)} <= got


@pytest.mark.parametrize(("text", "value", "scope"), [
    ("Digest: May 2027\n\nSince January:\n- 50 claims, pre-trial and in court, seeking protection of honour, dignity "
     "and business reputation; their total was KZT 210 millions and 500 thousand.\n", 210_500_000, "ytd"),
    ("Digest: May 2027\n\nIn May, three new suits over honour and dignity were lodged, claiming in total KZT forty "
     "two millions.\n", 42_000_000, "period"),
    ("Digest: May 2027\n\nSince January:\n-30 pre-trial claims and suits defending honour, dignity and business "
     "reputation, KZT 280 millions 500 thousands in total;\n", 280_500_000, "ytd"),
    ("Digest: May 2027\n\nSince January: 9 civil claims and lawsuits. Claimed compensation for non-pecuniary damage: "
     "KZT 6,300,000.\n", 6_300_000, "ytd"),
    ("Обзор: апрель 2027 года\n\nС начала года – 5 уголовных обвинений, 30 исков и претензий, моральный вред по ним "
     "оценён в 410 млн. 500 тыс. тенге.\n", 410_500_000, "ytd"),
    ("Обзор: ноябрь 2027 года\n\nИстцы, обратившиеся в суды в ноябре, требуют компенсировать им моральный вред в "
     "общей сложности на 12,5 млн тенге.\n", 12_500_000, "period"),
])
def test_claimed_sums_told_in_more_ways(text: str, value: int, scope: str) -> None:
    assert ("legal.civil.claimed_kzt", scope, value) in _figures(text)


def test_kazakh_pre_trial_claims_described_before_their_count_and_a_half_year_told_as_its_first_half() -> None:
    text = ("2027 ЖЫЛДЫҢ БІРІНШІ ЖАРТЫСЫНДАҒЫ СӨЗ БОСТАНДЫҒЫ\n\nЖыл басынан бері ар-намысты қорғау туралы сотқа "
            "дейінгі 30 талап пен сот талабы қойылды, жалпы сомасы 500 млн. теңге.\n")
    result = extract_text(text)
    assert result.report.period is not None and result.report.period.end.month == 6
    got = {(s.measure, s.scope, s.value) for s in result.statistics}
    # (a review from January counts "since the start of the year" as its own period)
    assert ("legal.civil.honor", "period", 30) in got and ("legal.total", "period", 30) not in got


def test_a_group_that_a_share_of_the_reports_is_devoted_to() -> None:
    text = ("Мониторинг: июнь 2027 года\n\nВсего за июнь поступило 70 сообщений. 12 из них отражают общую атмосферу; "
            "прямым нарушениям прав журналистов и редакций посвящены 33; остальные касаются претензий к СМИ.\n")
    assert ("rights.total", "period", 33) in _figures(text)
