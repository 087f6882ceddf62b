"""Figures by kind of wording (issue 7, fifth pass), in our own words.

Each test is a kind, written afresh, so a fix that only matched one sentence of a batch fails here.
"""

from __future__ import annotations

from speechwatch.extraction import extract_text


def _figures(text: str) -> set[tuple[str, str, int]]:
    return {(s.measure, s.scope, s.value) for s in extract_text(text).statistics}


def test_table_without_leading_bars_reads_each_column_span() -> None:
    text = ("FREE WORD MONITOR: SEPTEMBER 2021\n\n"
            "Figures of the month\n\n"
            "Indicator | September | Since January\n"
            "Reports in total | 52 | 410\n"
            "Threats | 4 | 27\n"
            "Refusals to provide information | 12 | 95\n"
            "Murders of journalists | 0 | 0\n\n"
            "The figures come from the monitors' own records.\n")
    got = _figures(text)
    assert {("reports.total", "period", 52), ("reports.total", "ytd", 410), ("rights.threat", "period", 4),
            ("rights.threat", "ytd", 27), ("access.refusal", "period", 12), ("access.refusal", "ytd", 95),
            ("rights.murder", "period", 0)} <= got
    assert not any(s == "ytd" and v in (52, 4, 12) for _m, s, v in got)


def test_table_header_in_kazakh_names_the_month_alone() -> None:
    text = ("СӨЗ БОСТАНДЫҒЫ: 2019 ЖЫЛҒЫ НАУРЫЗ\n\n"
            "Көрсеткіш | Наурыз | Жыл басынан бері\n"
            "Барлық хабарлама | 37 | 118\n"
            "Қорқыту | 2 | 9\n")
    got = _figures(text)
    assert {("reports.total", "period", 37), ("reports.total", "ytd", 118)} <= got


def test_counts_told_as_times_and_occasions() -> None:
    text = ("Free Word Monitor: review of the first half of 2019\n\n"
            "Between January and June 2019 the monitors registered 402 reports.\n\n"
            "Officials turned down or ignored journalists' written requests 118 times. On 35 occasions "
            "reporters were prevented from doing their work at public hearings. Sites and channels were "
            "blocked in 14 cases. Criminal proceedings were opened 12 times. Relations with Ukraine "
            "improved 3 times as fast as expected.\n")
    got = _figures(text)
    assert {("access.refusal", "period", 118), ("rights.obstruction", "period", 35),
            ("access.blocking", "period", 14), ("legal.criminal", "period", 12)} <= got
    assert not any(v == 3 for _m, _s, v in got)


def test_counts_told_as_raz_and_sluchai_in_russian() -> None:
    text = ("Мониторинг свободы слова, октябрь 2017 года\n\n"
            "В октябре 2017 года поступило 61 сообщение. Журналистам угрожали 5 раз; в 9 случаях репортёрам "
            "мешали работать на судебных заседаниях; 4 журналиста были задержаны.\n")
    got = _figures(text)
    assert {("reports.total", "period", 61), ("rights.threat", "period", 5),
            ("rights.obstruction", "period", 9), ("rights.detention", "period", 4)} <= got


def test_counts_told_as_ret_and_zhagdai_in_kazakh() -> None:
    text = ("2021 жылғы қараша: сөз бостандығы\n\n"
            "2021 жылғы қарашада мониторинг қызметі 58 хабарлама тіркеді. Журналистерге 6 рет шабуыл "
            "жасалды. Ақпарат беруден бас тарту 17 жағдайда болды. Сайттарды бұғаттау 3 рет тіркелді.\n")
    got = _figures(text)
    assert {("reports.total", "period", 58), ("rights.attack", "period", 6), ("access.refusal", "period", 17),
            ("access.blocking", "period", 3)} <= got


def test_month_count_then_span_dash_count_in_one_sentence() -> None:
    text = ("Свобода слова: обзор за июнь 2016 года\n\n"
            "За июнь поступило 57 сообщений, с начала года – 402.\n\n"
            "2016 жылғы маусым\n")
    got = _figures(text)
    assert {("reports.total", "period", 57), ("reports.total", "ytd", 402)} <= got
    assert ("reports.total", "ytd", 57) not in got


def test_kazakh_since_the_start_of_the_year_after_a_comma() -> None:
    text = ("Сөз бостандығы: 2015 жылғы қыркүйек\n\n"
            "Қыркүйекте мониторинг қызметі 48 хабарлама тіркеді, жылдың басынан бері – 415.\n")
    got = _figures(text)
    assert {("reports.total", "period", 48), ("reports.total", "ytd", 415)} <= got


def test_label_then_month_and_january_range_columns() -> None:
    text = ("Нарушения свободы слова в Казахстане. Май 2014\n\n"
            "Иски о защите чести, достоинства и деловой репутации: в мае – 4, за январь–май – 21.\n"
            "Criminal charges for defamation: in May – 1, January to May – 5.\n")
    got = _figures(text)
    assert {("legal.civil.honor", "period", 4), ("legal.civil.honor", "ytd", 21),
            ("legal.criminal.defamation", "period", 1), ("legal.criminal.defamation", "ytd", 5)} <= got


def test_absence_of_a_criminal_subtype_and_of_attacks_in_one_sentence() -> None:
    text = ("Мониторинг свободы слова, ноябрь 2018 года\n\n"
            "В ноябре поступило 44 сообщения. Уголовных дел по статье о распространении заведомо ложной "
            "информации в ноябре не возбуждалось, не зафиксировано в этом месяце и ни одного нападения на "
            "журналистов.\n")
    got = _figures(text)
    assert {("legal.criminal.false_info", "period", 0), ("rights.attack", "period", 0)} <= got
    assert not any(m.startswith("legal.administrative") for m, _s, _v in got)


def test_in_n_months_opening_a_sentence_is_the_year_to_date() -> None:
    text = ("Violations of freedom of speech in Kazakhstan in July, 2012\n\n"
            "In July the monitors received 70 reports.\n\n"
            "In seven months journalists and outlets faced 11 criminal charges (libel – 6, false information – "
            "2) and 49 honour-and-dignity suits.\n")
    got = _figures(text)
    assert {("legal.criminal", "ytd", 11), ("legal.criminal.defamation", "ytd", 6),
            ("legal.criminal.false_info", "ytd", 2), ("legal.civil.honor", "ytd", 49)} <= got
    assert not any(s == "period" and v in (6, 2, 49) for _m, s, v in got)


def test_kazakh_annual_title_and_group_labels_with_voiced_stems() -> None:
    text = ("Сөз бостандығының бұзылуы. 2019 жыл (Жылдық шолу)\n\n"
            "2019 жылы қор барлығы 801 хабарлама тіркеді: журналистердің құқығын бұзу – 240, ақпаратқа қол "
            "жеткізуді шектеу – 266, заңдық талаптар мен айыптар – 295.\n")
    result = extract_text(text)
    assert (str(result.report.period.start), str(result.report.period.end)) == ("2019-01-01", "2019-12-31")
    got = {(s.measure, s.scope, s.value) for s in result.statistics}
    assert {("reports.total", "period", 801), ("rights.total", "period", 240), ("access.total", "period", 266),
            ("legal.total", "period", 295)} <= got


def test_year_to_date_restated_with_filler_words_or_alone() -> None:
    text = ("Violations of freedom of speech in Kazakhstan, October 2022\n\n"
            "The monitors logged 81 reports this month; since the beginning of the year there have been 702.\n\n"
            "Administrative cases in October: 5 (false information – 3, insult – 2). Since January: 31.\n")
    got = _figures(text)
    assert {("reports.total", "period", 81), ("reports.total", "ytd", 702), ("legal.administrative", "period", 5),
            ("legal.administrative", "ytd", 31)} <= got
    assert not any(v == 31 and m != "legal.administrative" for m, _s, v in got)


def test_label_with_bracketed_article_then_count_and_month() -> None:
    text = ("Violations of freedom of speech in Kazakhstan, March 2023\n\n"
            "Charges of spreading false information (Article 274 of the Criminal Code) – 6 in March.\n"
            "Insult of a representative of authority – 1.\n")
    got = _figures(text)
    assert ("legal.criminal.false_info", "period", 6) in got
    assert ("legal.criminal.defamation", "period", 1) not in got


def test_russian_restriction_of_access_is_the_access_group_and_decisions_on_such_cases() -> None:
    text = ("Обзор за первое полугодие 2019 года\n\n"
            "За первое полугодие 2019 года поступило 388 сообщений. Из них 120 касаются нарушений прав "
            "журналистов, 131 – ограничений доступа к информации, 137 – правовых претензий к СМИ.\n"
            "Исков о защите чести и достоинства – 64. Суды вынесли 40 решений по таким делам, 15 — в пользу СМИ.\n")
    got = _figures(text)
    assert {("access.total", "period", 131), ("legal.civil.decisions", "period", 40)} <= got
    assert not any(m == "access.blocking" for m, _s, _v in got)


def test_kazakh_claims_labelled_before_their_count_and_decisions() -> None:
    text = ("Қазақстандағы сөз бостандығының бұзылуы. 2016 жылғы ақпан\n\n"
            "Ақпанда іскерлік беделді қорғау туралы 5 талап арыз түсті; соттар 4 шешім шығарды.\n\n"
            "Жыл басынан бері ар-намысты қорғау туралы 12 талап арыз берілді, жалпы сомасы 300 млн теңге.\n")
    got = _figures(text)
    assert {("legal.civil.honor", "period", 5), ("legal.civil.decisions", "period", 4),
            ("legal.civil.honor", "ytd", 12), ("legal.civil.claimed_kzt", "ytd", 300000000)} <= got


def test_claimed_sum_with_words_between_plaintiffs_and_verb_and_a_comparison_after() -> None:
    text = ("Freedom of speech in Kazakhstan: January – June 2020\n\n"
            "In the first half of 2020 the monitors received 350 reports.\n\n"
            "Plaintiffs in honour-and-dignity suits against media demanded KZT 410 250 000 in moral damages, "
            "against 96 claims in January–June 2019.\n")
    got = _figures(text)
    assert ("legal.civil.claimed_kzt", "period", 410250000) in got


def test_during_the_half_year_is_the_review_span() -> None:
    text = ("Media rights overview, July–December 2019\n\n"
            "In the second half of 2019 we received 280 reports. No journalist was killed in 2019.\n\n"
            "Claimants during the half-year demanded KZT 120,000,000 from media.\n")
    got = _figures(text)
    assert ("legal.civil.claimed_kzt", "period", 120000000) in got
    assert ("legal.civil.claimed_kzt", "ytd", 120000000) not in got


def test_reports_about_speech_and_information_are_the_total_and_siblings_after_a_part() -> None:
    text = ("Freedom of expression in Kazakhstan, January – June 2022\n\n"
            "Over the first half of 2022 the service produced 455 reports about breaches of the freedom of "
            "speech and of the right to information.\n\n"
            "The right to freely seek and spread information: 170 reports, of which 150 were refusals and 12 "
            "were intrusions into accounts.\n\n"
            "Claims and charges: 140 reports. Among them 30 criminal cases, 90 civil claims, 80 of which sought "
            "to protect honour and dignity, and 20 administrative cases.\n")
    got = _figures(text)
    assert {("reports.total", "period", 455), ("access.total", "period", 170), ("access.refusal", "period", 150),
            ("access.cyberattack", "period", 12), ("legal.civil", "period", 90),
            ("legal.administrative", "period", 20)} <= got
    assert ("access.total", "period", 455) not in got and ("reports.total", "period", 170) not in got


def test_kazakh_shares_of_the_total_labelled_before_their_postposition() -> None:
    text = ("Қазақстандағы сөз бостандығының бұзылуы: 2021 жылғы мамыр\n\n"
            "Мамырда барлығы 45 хабарлама тіркелді. Олардың 15-і журналистер мен БАҚ құқығын бұзуға, 13-і "
            "ақпаратты еркін алу мен тарату құқығына, 17-сі журналистерге қойылған талаптар мен айыптарға "
            "қатысты.\n")
    got = _figures(text)
    assert {("reports.total", "period", 45), ("rights.total", "period", 15), ("access.total", "period", 13),
            ("legal.total", "period", 17)} <= got
    assert not any(m == "legal.civil" for m, _s, _v in got)


def test_heading_counts_part_of_whole_and_running_total() -> None:
    text = ("Steppe Press Monitor | August 2020\n\n"
            "OVERVIEW\n"
            "Our correspondents logged 41 new reports in August 2020. The running total since January stands "
            "at 290.\n\n"
            "RIGHTS OF JOURNALISTS - 9\n"
            "Four journalists were held by police and five were barred from entering court hearings.\n\n"
            "ACCESS TO INFORMATION - 15\n"
            "Thirteen of the fifteen cases were refusals or unanswered requests.\n\n"
            "LEGAL CLAIMS - 17\n"
            "Criminal cases: 3. Civil claims: 14.\n")
    got = _figures(text)
    assert {("reports.total", "period", 41), ("reports.total", "ytd", 290), ("rights.total", "period", 9),
            ("rights.detention", "period", 4), ("rights.obstruction", "period", 5), ("access.total", "period", 15),
            ("access.refusal", "period", 13), ("legal.total", "period", 17)} <= got
    assert ("access.refusal", "period", 15) not in got


def test_of_the_whole_then_parts_told_with_were() -> None:
    text = ("Press Freedom Watch, digest for October 2013\n\n"
            "A total of 66 reports reached the Watch in October 2013. Of them, 20 concerned claims brought against "
            "media and journalists in and out of court.\n\n"
            "Of the 20 claims, 15 were civil suits, 4 were criminal charges and 1 was an administrative case.\n")
    got = _figures(text)
    assert {("legal.total", "period", 20), ("legal.civil", "period", 15), ("legal.criminal", "period", 4),
            ("legal.administrative", "period", 1)} <= got


def test_kazakh_of_them_parts_and_articles_cited_code_first() -> None:
    text = ("Қазақстандағы сөз бостандығы: 2019 жылғы қазан\n\n"
            "Ақпарат алу құқығын бұзу – 8, оның 6-уы – ақпарат беруден бас тарту.\n"
            "Талап-арыздар мен айыптаулар – 12: қылмыстық – 5 (оның 3-еуі ҚК-тің 274-бабы бойынша), азаматтық – 7.\n")
    got = _figures(text)
    assert {("access.total", "period", 8), ("access.refusal", "period", 6), ("legal.total", "period", 12),
            ("legal.criminal", "period", 5), ("legal.criminal.false_info", "period", 3),
            ("legal.civil", "period", 7)} <= got


def test_neither_of_them_is_a_zero_and_one_persons_repeated_summons_is_no_count() -> None:
    text = ("Violations of freedom of speech in Kazakhstan, April 2015\n\n"
            "In April the monitors received 58 reports. Three honour-and-dignity suits were filed. Two judicial "
            "acts were issued on such suits, and neither was in favour of journalists.\n\n"
            "- The police in Taraz summoned the blogger Nurlan Abenov four times for talks about his posts on "
            "the closure of a school.\n")
    got = _figures(text)
    assert {("legal.civil.decisions", "period", 2), ("legal.civil.decisions_for_media", "period", 0)} <= got
    assert ("legal.civil.decisions_for_media", "period", 2) not in got
    assert not any(v == 4 for _m, _s, v in got)


def test_group_shares_named_by_lawsuits_and_by_the_right_to_information_and_absences_of_closures() -> None:
    text = ("Violations of freedom of speech in Kazakhstan, March 2024\n\n"
            "In March the monitoring registered 50 reports: 15 about violations of journalists' rights, 20 about "
            "access to information and 15 about lawsuits and charges. No media outlets were closed in March.\n\n"
            "Нарушения свободы слова в Казахстане. Март 2024\n")
    got = _figures(text)
    assert {("legal.total", "period", 15), ("access.closure", "period", 0)} <= got
    ru = ("Нарушения свободы слова в Казахстане. Сентябрь 2011\n\n"
          "В сентябре поступило 70 сообщений. Из них 30 касаются нарушений прав журналистов, 18 - нарушений права "
          "получать и распространять информацию, 22 - претензий и обвинений к СМИ. Журналисты в сентябре не "
          "задерживались.\n")
    got = _figures(ru)
    assert {("access.total", "period", 18), ("rights.detention", "period", 0)} <= got


def test_decisions_on_honour_suits_are_decisions_not_suits() -> None:
    text = ("Нарушения свободы слова в Казахстане. Октябрь 2016\n\n"
            "За десять месяцев суды вынесли 38 решений по искам о защите чести и достоинства, из них 9 - в "
            "пользу СМИ.\n"
            "In October courts issued 6 rulings on honour and dignity suits.\n")
    got = _figures(text)
    assert {("legal.civil.decisions", "ytd", 38), ("legal.civil.decisions_for_media", "ytd", 9)} <= got
    assert not any(m == "legal.civil.honor" and v in (38, 6) for m, _s, v in got)


def test_group_shares_after_an_unmeasured_share_and_after_a_story_list() -> None:
    text = ("Violations of freedom of speech in Kazakhstan, June 2011\n\n"
            "In June 2011 the monitors logged 66 reports. Fifteen of them describe the general climate for the "
            "press, 28 concern direct infringements of the rights of media and journalists, and 23 concern "
            "claims and charges brought against media and journalists.\n")
    got = _figures(text)
    assert {("reports.total", "period", 66), ("rights.total", "period", 28), ("legal.total", "period", 23)} <= got
    text2 = ("Violations of freedom of speech in Kazakhstan, July 2011\n\n"
             "In July 2011 the Foundation registered 59reports.\n\n"
             "Among them:\n"
             "- On July 3 in Oral two men beat the reporter Asan Dosov.\n"
             "- The akimat of Taraz refused to answer the weekly «Aulie Ata».\n\n"
             "Of the 59 reports of the month, 25 concerned direct infringements of journalists' and media "
             "outlets' rights, 20 – claims and charges brought against them.\n")
    got = _figures(text2)
    assert ("rights.total", "period", 25) in got


def test_kazakh_reached_counts_narrowed_claims_shares_for_and_sums_asked() -> None:
    text = ("Қазақстандағы сөз бостандығының бұзылуы. 2022 жылғы қараша\n\n"
            "«Әділ сөз» қоры 2022 жылғы қарашада сөз бостандығы мен ақпарат алу құқығының бұзылуы туралы 64 "
            "хабарлама тіркеді. Жылдың он бір айында тіркелген хабарламалар саны 702-ге жетті.\n\n"
            "Қарашада 7 қылмыстық айып тағылды, оның 4-і көрінеу жалған ақпарат таратқаны үшін. Ар-намыс пен "
            "іскерлік беделді қорғауға қатысты 9 азаматтық талап қойылып, талапкерлер барлығы 95 млн теңге "
            "сұрады.\n")
    got = _figures(text)
    assert {("reports.total", "period", 64), ("reports.total", "ytd", 702), ("legal.criminal", "period", 7),
            ("legal.criminal.false_info", "period", 4), ("legal.civil.honor", "period", 9),
            ("legal.civil.claimed_kzt", "period", 95000000)} <= got
    assert not any(m == "access.total" for m, _s, _v in got)
    assert ("reports.total", "period", 702) not in got


def test_first_months_absence_old_article_titles_and_plaintiffs_claiming_after_suits() -> None:
    text = ("Violations of freedom of speech in Kazakhstan in June, 2011 (Digest)\n\n"
            "In June the monitoring recorded 75reports. In the six months of 2011 no journalist was killed.\n\n"
            "In June, 2011 the media and citizens received 5 suits defending honour, dignity and business "
            "reputation with the plaintiffs claiming KZT32 million in moral damages.\n\n"
            "За шесть месяцев 2011 года СМИ предъявлены 10 обвинений в уголовном порядке, в том числе 6 – по "
            "статье 129 УК («Клевета»).\n")
    got = _figures(text)
    assert {("rights.murder", "ytd", 0), ("legal.civil.claimed_kzt", "period", 32000000),
            ("legal.criminal.defamation", "ytd", 6)} <= got
    assert ("rights.murder", "period", 0) not in got


def test_kazakh_months_opening_a_sentence_and_a_verb_phrase_around_the_count() -> None:
    text = ("Қазақстандағы сөз бостандығының бұзылуы. 2021 жылғы шілде\n\n"
            "Шілде айында қор 58 хабарлама тіркеді. Жеті айда журналистерге ақпарат беруден 61 рет бас "
            "тартылды.\n")
    got = _figures(text)
    assert ("access.refusal", "ytd", 61) in got


def test_kazakh_month_clause_then_year_to_date_clause_after_a_semicolon() -> None:
    text = ("Қазақстандағы сөз бостандығының бұзылуы. 2019 жылғы қазан\n\n"
            "Қазан айында бақылаушылар 31 хабарлама тіркеді; 2019 жылдың он айында хабарламалар саны 402-ге "
            "жетті.\n")
    got = _figures(text)
    assert {("reports.total", "period", 31), ("reports.total", "ytd", 402)} <= got
    assert ("reports.total", "ytd", 31) not in got


def test_russian_restated_year_to_date_month_after_a_year_count_and_participle_labels() -> None:
    text = ("Мониторинг свободы слова: сентябрь 2019 года\n\n"
            "В сентябре 2019 года мы зафиксировали 51 сообщение; за девять месяцев года их накопилось 430.\n"
            "3 сайта были заблокированы.\n"
            "С начала года к СМИ предъявлено 120 исков о защите чести и достоинства, в сентябре – 11.\n"
            "Уголовных дел в отношении журналистов в сентябре возбуждено 4, из них 2 – по статье 274 УК.\n")
    got = _figures(text)
    assert {("reports.total", "period", 51), ("reports.total", "ytd", 430), ("access.blocking", "period", 3),
            ("legal.civil.honor", "ytd", 120), ("legal.civil.honor", "period", 11), ("legal.criminal", "period", 4),
            ("legal.criminal.false_info", "period", 2)} <= got


def test_a_count_against_another_month_is_a_comparison() -> None:
    text = ("Media freedom monitor: June 2025\n\n"
            "In June 2025, 47 reports of violations were registered, against 39 in May.\n")
    got = _figures(text)
    assert ("reports.total", "period", 47) in got
    assert not any(v == 39 for _m, _s, v in got)


def test_parts_after_a_closed_bracket_an_unmeasured_part_and_another_group() -> None:
    text = ("Violations of freedom of speech in Kazakhstan, March 2011\n\n"
            "In March the monitoring registered 66 reports. Of them 22 concern direct breaches of media and "
            "journalists' rights (refusals to give information included), 31 concern conflicts and claims "
            "brought against media and journalists.\n\n"
            "Of this number, 10 describe the general situation of the press, and 13 are about conflicts, claims "
            "and charges brought against the press.\n\n"
            "Since January there have been 8 criminal charges, of them 5 for slander and 1 for disclosing a "
            "secret, and 37 honour-and-dignity claims.\n\n"
            "За три месяца СМИ предъявлены 8 обвинений в уголовном порядке, а также 37 исков о защите чести и "
            "достоинства.\n")
    got = _figures(text)
    assert {("rights.total", "period", 22), ("legal.total", "period", 31), ("legal.civil.honor", "ytd", 37),
            ("legal.criminal", "ytd", 8)} <= got
    assert ("legal.civil.honor", "period", 37) not in got


def test_half_year_review_whole_year_count_and_sums_on_claims() -> None:
    text = ("Обзор: июль – декабрь 2017 года\n\n"
            "Во втором полугодии 2017 года в базу мониторинга внесено 390 сообщений, а всего за 2017 год – 780.\n"
            "Истцы потребовали возместить моральный вред на 1 млрд 200 млн тенге.\n"
            "– 15 досудебных претензий и исков в защиту чести и достоинства на 64 млн 500 тыс. тенге.\n")
    got = _figures(text)
    assert {("reports.total", "period", 390), ("reports.total", "ytd", 780),
            ("legal.civil.claimed_kzt", "period", 1200000000)} <= got


def test_old_digest_refusals_listed_under_the_rights_group_keep_their_measure() -> None:
    text = ("В мае 2010 г. мониторинг Фонда зафиксировал 70 сообщений.\n"
            "Прямые нарушения прав СМИ и журналистов – 25, в том числе:\n"
            "– угрозы – 5;\n"
            "– отказы в предоставлении информации – 11.\n"
            "Конфликты и обвинения – 30.\n")
    got = _figures(text)
    assert {("rights.total", "period", 25), ("rights.threat", "period", 5), ("access.refusal", "period", 11)} <= got


def test_table_laid_out_with_spaces_reads_each_column() -> None:
    text = ("Мониторинг нарушений свободы слова в Казахстане. Октябрь 2021 года\n\n"
            "Показатель                          октябрь   январь–октябрь\n"
            "Угрозы                                 3          27\n"
            "Отказ в предоставлении информации     14         120\n\n"
            "Хроника месяца\n")
    got = _figures(text)
    assert {("rights.threat", "period", 3), ("rights.threat", "ytd", 27), ("access.refusal", "period", 14),
            ("access.refusal", "ytd", 120)} <= got


def test_counts_in_brackets_take_the_span_their_header_names() -> None:
    text = ("Violations of freedom of speech in Kazakhstan. May, 2022\n\n"
            "May 2022 in figures (in brackets – since the start of the year):\n"
            "- all reports – 70 (380)\n"
            "- threats – 4 (19)\n"
            "- criminal prosecutions – 2 (15)\n")
    got = _figures(text)
    assert {("reports.total", "period", 70), ("reports.total", "ytd", 380), ("rights.threat", "period", 4),
            ("rights.threat", "ytd", 19), ("legal.criminal", "period", 2), ("legal.criminal", "ytd", 15)} <= got
    assert not any(s == "ytd" and v in (70, 4, 2) for _m, s, v in got)


def test_a_span_opening_the_sentence_governs_a_while_clause_and_these_n_months() -> None:
    text = ("Violations of freedom of speech in Kazakhstan in May, 2016\n\n"
            "In May the monitors received 66 reports.\n\n"
            "Since the beginning of 2016, 14 criminal charges have been brought, while the number of "
            "honour-and-dignity claims reached 80.\n")
    got = _figures(text)
    assert {("legal.criminal", "ytd", 14), ("legal.civil.honor", "ytd", 80)} <= got
    assert ("legal.civil.honor", "period", 80) not in got
    kk = ("Қазақстандағы сөз бостандығының бұзылуы. 2016 жылғы мамыр\n\n"
          "Мамырда қор 66 хабарлама тіркеді. Осы бес айда ар-намысты қорғау туралы 80 азаматтық талап арыз "
          "тіркелді.\n")
    assert ("legal.civil.honor", "ytd", 80) in _figures(kk)


def test_absences_this_year_and_in_the_month_and_the_months_to_date() -> None:
    text = ("Violations of freedom of speech in Kazakhstan. April, 2014\n\n"
            "In April the monitors received 58 reports. Not a single journalist has been killed this year. "
            "No attacks on journalists were recorded either in April or in the four months.\n")
    got = _figures(text)
    assert {("rights.murder", "ytd", 0), ("rights.attack", "period", 0), ("rights.attack", "ytd", 0)} <= got
    assert ("rights.murder", "period", 0) not in got
