"""Figures by kind of layout and wording (issue 7, ninth pass), in our own words.

Each test is a kind, written afresh, so a fix that only matched one sentence of a batch fails here.
"""

from __future__ import annotations

from speechwatch.extraction import extract_text


def _figures(text: str) -> set[tuple[str, str, int]]:
    return {(s.measure, s.scope, s.value) for s in extract_text(text).statistics}


def test_a_table_whose_caption_names_its_columns() -> None:
    text = ("Сөз бостандығының бұзылуы: 2022 жылғы наурыз\n\n"
            "Қордың деректері (наурыз / қаңтар–наурыз):\n"
            "Журналистерге шабуыл | 2 | 5\n"
            "Ақпарат беруден бас тарту | 11 | 30\n"
            "Қылмыстық айыптар | 1 | 4\n")
    got = _figures(text)
    assert {("rights.attack", "period", 2), ("rights.attack", "ytd", 5), ("access.refusal", "period", 11),
            ("access.refusal", "ytd", 30), ("legal.criminal", "period", 1), ("legal.criminal", "ytd", 4)} <= got
    assert ("access.refusal", "period", 30) not in got


def test_a_table_without_a_caption_keeps_its_counts_unscoped_by_guess() -> None:
    text = ("Сөз бостандығының бұзылуы: 2022 жылғы наурыз\n\n"
            "Журналистерге шабуыл | 2 | 5\n"
            "Ақпарат беруден бас тарту | 11 | 30\n")
    assert ("rights.attack", "ytd", 5) not in _figures(text)


def test_from_january_mid_sentence_opens_the_year_to_date() -> None:
    text = ("Free speech violations in Kazakhstan, October 2016\n\n"
            "In October the courts heard three honour suits.\n"
            "In all, from January editors and bloggers have answered:\n"
            "- 7 charges of slander;\n"
            "- 41 civil claims over honour and dignity.\n")
    got = _figures(text)
    assert {("legal.criminal.defamation", "ytd", 7), ("legal.civil.honor", "ytd", 41)} <= got
    assert ("legal.civil.honor", "period", 41) not in got


def test_from_january_to_a_month_is_a_range_not_an_open_year_to_date() -> None:
    text = ("Free speech violations in Kazakhstan, October 2016\n\n"
            "From January to March the monitors had counted 9 attacks on reporters.\n")
    assert ("rights.attack", "ytd", 9) not in _figures(text)


def test_a_kazakh_genitive_label_before_its_count() -> None:
    text = ("2019 жылдың бірінші жартыжылдығы: сөз бостандығы\n\n"
            "Жарты жылда тілшілерге шабуыл жасаудың 6 фактісі, қорқытудың 11 фактісі тіркелді.\n")
    got = _figures(text)
    assert {("rights.attack", "period", 6), ("rights.threat", "period", 11)} <= got
    assert ("rights.threat", "period", 6) not in got


def test_outlets_counted_with_the_verb_that_befell_them() -> None:
    kk = "2019 жылдың бірінші жартыжылдығы: сөз бостандығы\n\nЖарты жылда 8 сайт бұғатталды.\n"
    ru = "Нарушения свободы слова в Казахстане в мае 2015 года\n\nВ мае заблокирован доступ к 5 сайтам.\n"
    assert ("access.blocking", "period", 8) in _figures(kk)
    assert ("access.blocking", "period", 5) in _figures(ru)


def test_the_verb_left_out_with_the_noun() -> None:
    text = ("Freedom of expression in Kazakhstan: January - June 2012\n\n"
            "In the half-year the foundation received 300 reports. Of them 120 reports dealt with violations of "
            "the rights of journalists, and 95 with claims and charges against the media.\n")
    assert {("rights.total", "period", 120), ("legal.total", "period", 95)} <= _figures(text)


def test_inline_labels_before_counts_keep_their_own_articles() -> None:
    text = ("Free speech in Kazakhstan: the year 2023\n\n"
            "Administrative charges – 25, including defamation (Art. 73-3 AC) – 11 and false information "
            "(Art. 456-2 AC) – 6.\n")
    got = _figures(text)
    assert {("legal.administrative.defamation", "period", 11), ("legal.administrative.false_info", "period", 6)} <= got
    assert ("legal.administrative.false_info", "period", 11) not in got


def test_cyber_attacks_spelt_as_two_words() -> None:
    text = ("Free speech in Kazakhstan: the year 2023\n\nIt recorded:\nAttacks on journalists – 4\n"
            "Cyber attacks on media – 9\n\nThe main events of the year follow.\n")
    got = _figures(text)
    assert ("access.cyberattack", "period", 9) in got
    assert ("rights.attack", "period", 9) not in got


def test_a_sum_item_under_tally_items_is_a_tally() -> None:
    text = ("Свобода слова в Казахстане: итоги 2017 года\n\n"
            "Претензии к СМИ:\n"
            "– иски о защите чести и достоинства – 40 на общую сумму 300 млн. тенге;\n"
            "– судебных решений по ним – 31;\n"
            "– фактически взыскано с ответчиков 4 млн. 500 тыс. тенге.\n")
    assert ("legal.civil.recovered_kzt", "period", 4500000) in _figures(text)


def test_a_sum_item_that_tells_one_suit_is_no_tally() -> None:
    text = ("Свобода слова в Казахстане: итоги 2017 года\n\n"
            "Главные события:\n"
            "– Аким района подал иск к газете «Южный край», требуя 20 млн. тенге.\n")
    assert not any(m == "legal.civil.claimed_kzt" for m, _s, _v in _figures(text))


def test_courts_ordered_to_collect() -> None:
    text = ("Free speech in Kazakhstan: the year 2023\n\n"
            "Plaintiffs claimed 90 million tenge in the honour suits; courts ordered to collect 2 million tenge.\n")
    assert ("legal.civil.recovered_kzt", "period", 2000000) in _figures(text)


def test_people_counted_before_a_colon_that_splits_them() -> None:
    text = ("Freedom of expression in Kazakhstan: January - June 2013\n\n"
            "In the half-year criminal proceedings were opened against seven people: three for libel, "
            "two for insulting a representative of authority and two for inciting social discord.\n")
    got = _figures(text)
    assert {("legal.criminal", "period", 7), ("legal.criminal.defamation", "period", 3),
            ("legal.criminal.insult_official", "period", 2), ("legal.criminal.incitement", "period", 2)} <= got


def test_people_in_a_story_are_no_count() -> None:
    text = ("Freedom of expression in Kazakhstan, May 2013\n\n"
            "On May 4 in Aktobe the police detained five people at a picket, among them the reporter Dana Sauk.\n")
    assert not any(v == 5 for _m, _s, v in _figures(text))


def test_kazakh_shares_of_the_reports_named_after_them() -> None:
    text = ("Сөз бостандығы: 2020 жылдың екінші тоқсанына шолу (сәуір – маусым)\n\n"
            "Тоқсан ішінде 150 хабар тіркелді, ал жыл басынан бергі жалпы саны 420-ға жетті. "
            "Тоқсандағы хабарлардың 48-і журналистер мен БАҚ құқықтарын бұзуға, 52-сі ақпаратты алу және "
            "тарату құқығын шектеуге қатысты.\n")
    got = _figures(text)
    assert {("reports.total", "period", 150), ("reports.total", "ytd", 420), ("rights.total", "period", 48),
            ("access.total", "period", 52)} <= got


def test_the_verb_between_a_count_and_its_bracketed_year_to_date() -> None:
    text = ("Сөз бостандығы: 2020 жылдың екінші тоқсанына шолу (сәуір – маусым)\n\n"
            "Ақпарат беруден бас тарту 31 рет кездесті (жыл басынан бері — 77).\n")
    assert {("access.refusal", "period", 31), ("access.refusal", "ytd", 77)} <= _figures(text)


def test_a_space_table_row_whose_long_label_leaves_one_space() -> None:
    text = ("Нарушения свободы слова в Казахстане в марте 2018 года\n\n"
            "Показатель                                       Март     С начала года\n"
            "Всего сообщений                                   64          170\n"
            "  иски о защите чести, достоинства и деловой репутации 9               21\n"
            "  уголовные обвинения                              2            6\n\n"
            "События месяца приведены ниже.\n")
    got = _figures(text)
    assert {("legal.civil.honor", "period", 9), ("legal.civil.honor", "ytd", 21)} <= got


def test_the_plaintiffs_sum_after_a_year_to_date_sentence_is_year_to_date() -> None:
    text = ("Нарушения свободы слова в Казахстане в июле 2012 года\n\n"
            "В июле поступило 70 сообщений.\n"
            "С января по июль журналистам предъявлено 40 исков о защите чести и достоинства. "
            "Истцы в совокупности требуют взыскать 500 млн. тенге.\n")
    got = _figures(text)
    assert ("legal.civil.claimed_kzt", "ytd", 500000000) in got
    assert ("legal.civil.claimed_kzt", "period", 500000000) not in got


def test_a_share_of_a_count_told_before() -> None:
    text = ("Kazakhstan: freedom of speech over the first four months of 2019\n\n"
            "Restrictions of the right to receive information: 90.\n\n"
            "The access section is dominated by refusals: 70 of the 90. Blocking was rare.\n")
    assert ("access.refusal", "period", 70) in _figures(text)


def test_a_linking_verb_closes_the_label_before_the_count() -> None:
    text = ("Kazakhstan: freedom of speech over the first four months of 2019\n\n"
            "Claims against the media: 60. Criminal charges: 12. Civil suits: 40. "
            "Administrative charges make up the remaining eight.\n\n"
            "Blocking of sites and channels accounts for six more, hacking of editorial sites for four.\n")
    got = _figures(text)
    assert {("legal.administrative", "period", 8), ("access.blocking", "period", 6)} <= got
    assert ("access.cyberattack", "period", 6) not in got


def test_a_sentence_naming_its_span_leaves_the_bracket_list_header() -> None:
    text = ("Нарушения свободы слова в Казахстане в октябре 2016 года\n\n"
            "Цифры месяца (в скобках – с начала года):\n"
            "угрозы – 2 (19);\n"
            "отказ в предоставлении информации – 16 (171).\n\n"
            "С начала года уголовных обвинений было 23. Других новостей нет.\n")
    got = _figures(text)
    assert ("legal.criminal", "ytd", 23) in got
    assert ("legal.criminal", "period", 23) not in got


def test_an_absence_in_a_sentence_that_also_counts() -> None:
    text = ("Нарушения свободы слова в Казахстане в октябре 2016 года\n\n"
            "В октябре суды вынесли три судебных акта по делам о защите чести, достоинства и деловой "
            "репутации, в пользу журналистов и СМИ – ни одного.\n")
    got = _figures(text)
    assert ("legal.civil.decisions_for_media", "period", 0) in got
    assert ("legal.civil.honor", "period", 0) not in got


def test_russian_participles_close_the_label_before_the_count() -> None:
    text = ("Свобода слова в Казахстане: первое полугодие 2021 года\n\n"
            "Всего за полугодие зарегистрировано 400 сообщений. Нарушений прав журналистов и СМИ выявлено 90, "
            "досудебных и судебных претензий и обвинений – 120.\n")
    got = _figures(text)
    assert {("rights.total", "period", 90), ("legal.total", "period", 120)} <= got
    assert ("legal.total", "period", 90) not in got


def test_the_claimed_compensation_and_another_years_sum_in_brackets() -> None:
    text = ("Свобода слова в Казахстане: первое полугодие 2021 года\n\n"
            "Исков о защите чести и достоинства – 30, требуемая компенсация морального вреда – 20 млн. тенге "
            "(в первом полугодии 2020 года – 55 млн.). Суды вынесли 12 решений, 5 – в пользу "
            "ответчиков-журналистов.\n")
    got = _figures(text)
    assert {("legal.civil.claimed_kzt", "period", 20000000), ("legal.civil.decisions_for_media", "period", 5)} <= got
    assert ("legal.civil.claimed_kzt", "period", 55000000) not in got


def test_a_verb_phrase_label_with_commas_of_its_own() -> None:
    text = ("Freedom of speech violations in Kazakhstan, March 2015\n\n"
            "Plaintiffs went to court four times in March seeking to defend their honour, dignity and business "
            "reputation against media outlets; between them they want KZT 30000000 in moral damages.\n")
    got = _figures(text)
    assert {("legal.civil.honor", "period", 4), ("legal.civil.claimed_kzt", "period", 30000000)} <= got


def test_the_longer_reading_stops_at_a_contrast() -> None:
    text = ("Freedom of speech in Kazakhstan: the year 2022\n\n"
            "Access to sites and networks was cut off in 30 cases, while officials refused information in 80.\n\n"
            "The main events follow.\n")
    got = _figures(text)
    assert ("access.refusal", "period", 30) not in got


def test_a_kazakh_description_closed_by_a_postposition_before_the_count() -> None:
    text = ("Қазақстандағы сөз бостандығының бұзылуы. 2017 жылғы мамыр\n\n"
            "Жыл басынан бері:\n"
            "- ар-намысты, қадір-қасиет пен іскерлік беделді қорғау туралы 19 сотқа дейінгі талап пен талап арыз "
            "түсті;\n"
            "- ҚК-нің 174-бабы бойынша алауыздықты қоздырды деген 2 айып тағылды.\n"
            "Мамырда талапкерлер жалпы 12 млн теңге өтемақы сұрайды.\n")
    got = _figures(text)
    assert {("legal.civil.honor", "ytd", 19), ("legal.criminal.incitement", "ytd", 2),
            ("legal.civil.claimed_kzt", "period", 12000000)} <= got


def test_russian_cases_told_once_for_the_counts_after() -> None:
    text = ("Нарушения свободы слова в Казахстане в марте 2024 года\n\n"
            "В марте зарегистрировано 40 сообщений. В шести случаях журналистам препятствовали в законной "
            "профессиональной деятельности, в двух – угрожали.\n")
    got = _figures(text)
    assert {("rights.obstruction", "period", 6), ("rights.threat", "period", 2)} <= got


def test_twice_the_deadline_is_a_multiplier_not_a_count() -> None:
    text = ("Freedom of speech violations in Kazakhstan, June 2016\n\n"
            "The ministry answered the newspaper's legal request only after twice the legal deadline.\n")
    assert not any(v == 2 for _m, _s, v in _figures(text))


def test_a_note_and_its_count_in_one_bracket_and_a_label_before_in_n_cases() -> None:
    text = ("Freedom of speech violations in Kazakhstan, May 2024\n\n"
            "In May 2024 the monitoring logged 40 reports (in brackets - since January: 190).\n\n"
            "Rights of journalists - 12 reports (50):\n"
            "•  obstruction of lawful professional activity: in 7 cases (22);\n"
            "•  threats to journalists - 2.\n")
    got = _figures(text)
    assert {("reports.total", "ytd", 190), ("rights.obstruction", "period", 7),
            ("rights.obstruction", "ytd", 22)} <= got


def test_there_were_n_of_them_after_a_sentence_naming_them() -> None:
    text = ("Freedom of expression in Kazakhstan, January to June 2013: half-year review\n\n"
            "In the first six months our monitors logged 300 reports. Threats were recorded as well. "
            "There were 9 of them.\n")
    assert ("rights.threat", "period", 9) in _figures(text)
