"""Figures by kind of wording (issue 7, sixth pass), in our own words.

Each test is a kind, written afresh, so a fix that only matched one sentence of a batch fails here.
"""

from __future__ import annotations

from speechwatch.extraction import extract_text
from speechwatch.extraction.document import ReportDocument, unwrap


def _figures(text: str) -> set[tuple[str, str, int]]:
    return {(s.measure, s.scope, s.value) for s in extract_text(text).statistics}


def test_table_rows_starting_in_lower_case_are_not_joined_to_the_row_above() -> None:
    text = ("Press freedom watch: October 2022\n\n"
            "Indicator | October 2022 | January–October 2022\n"
            "Violations of journalists' rights | 14 | 120\n"
            "threats | 3 | 22\n"
            "obstruction of professional work | 6 | 41\n"
            "Access to information | 19 | 150\n"
            "refusals to give information | 11 | 97\n\n"
            "Events of the month follow.\n")
    assert unwrap(text) == text
    got = _figures(text)
    assert {("rights.total", "period", 14), ("rights.total", "ytd", 120), ("rights.threat", "period", 3),
            ("rights.threat", "ytd", 22), ("rights.obstruction", "period", 6), ("rights.obstruction", "ytd", 41),
            ("access.refusal", "period", 11), ("access.refusal", "ytd", 97)} <= got
    assert ("rights.obstruction", "ytd", 22) not in got


def test_prose_lines_still_unwrap() -> None:
    assert unwrap("The court fined the\neditor for a post.") == "The court fined the editor for a post."
    assert ReportDocument("a | b | c\nd | e | f").flat == "a | b | c\nd | e | f"


def test_a_label_narrowed_by_incl_is_named_by_its_head() -> None:
    text = ("Press freedom watch: March 2023\n\n"
            "Category | March 2023 | Since January\n"
            "discrediting, incl. fake pages and accounts | 4 | 13\n"
            "threats | 1 | 6\n")
    got = _figures(text)
    assert {("rights.discrediting", "period", 4), ("rights.discrediting", "ytd", 13)} <= got
    assert not any(m.endswith("false_info") for m, _s, _v in got)


def test_including_after_a_counted_head_still_opens_a_part() -> None:
    text = ("Мониторинг свободы слова: май 2015 года\n\n"
            "Претензии и иски к СМИ – 17, в том числе иски о защите чести и достоинства – 12, уголовные "
            "обвинения – 5.\n")
    got = _figures(text)
    assert {("legal.total", "period", 17), ("legal.civil.honor", "period", 12)} <= got


def test_bracket_note_in_the_introduction_governs_the_list_below() -> None:
    text = ("Сөз бостандығының бұзылуы. 2023 жылғы қазан\n\n"
            "Қор қазан айындағы оқиғаларға шолу жасайды. Жақша ішінде жыл басынан бергі сандар берілген.\n\n"
            "Журналистердің құқықтарын бұзу – 7 (52), оның ішінде:\n"
            "• кәсіби қызметке кедергі келтіру – 3 (20);\n"
            "• қорқыту – 1 (9).\n")
    got = _figures(text)
    assert {("rights.total", "period", 7), ("rights.total", "ytd", 52), ("rights.obstruction", "period", 3),
            ("rights.obstruction", "ytd", 20), ("rights.threat", "period", 1), ("rights.threat", "ytd", 9)} <= got
    assert ("rights.total", "ytd", 7) not in got


def test_none_in_the_month_and_none_since_january_is_two_zeros() -> None:
    got = _figures("Press freedom watch: July 2021\n\nKillings of journalists: none in July and none since "
                   "January.\n")
    assert {("rights.murder", "period", 0), ("rights.murder", "ytd", 0)} <= got
    ru = _figures("Мониторинг свободы слова: июль 2021 года\n\nУбийства журналистов – нет ни в июле, ни с "
                  "начала года.\n")
    assert ("rights.murder", "period", 0) in ru


def test_absence_with_its_year_to_date_in_brackets() -> None:
    text = ("Сөз бостандығының бұзылуы. 2022 жылғы наурыз\n\n"
            "Жақша ішінде жыл басынан бергі сандар берілген.\n\n"
            "• сайттар мен аккаунттарды бұғаттау – наурызда тіркелген жоқ (2);\n"
            "• қорқыту – 1 (3).\n")
    got = _figures(text)
    assert {("access.blocking", "period", 0), ("access.blocking", "ytd", 2)} <= got


def test_kazakh_collective_numeral_counts_a_part() -> None:
    text = ("Сөз бостандығының бұзылуы. 2022 жылғы мамыр\n\n"
            "• әкімшілік істер – 3, оның екеуі – жалған ақпарат таратқаны үшін (ӘҚБтК-нің 456-2-бабы).\n")
    got = _figures(text)
    assert {("legal.administrative", "period", 3), ("legal.administrative.false_info", "period", 2)} <= got


def test_kazakh_claim_with_words_between_sum_and_verb() -> None:
    text = ("Сөз бостандығының бұзылуы. 2022 жылғы мамыр\n\n"
            "• азаматтық талап-арыздар – 4, талапкерлер барлығы 12 млн теңге моральдық зиян өндіруді сұрады.\n")
    assert ("legal.civil.claimed_kzt", "period", 12_000_000) in _figures(text)


def test_cases_of_violations_of_speech_and_information_are_the_total() -> None:
    en = _figures("Press freedom watch: March 2021\n\nIn March 2021 the monitors documented 48 cases of "
                  "violations of freedom of speech and the right to information. Of these:\n"
                  "- 20 concerned the rights of journalists and media;\n"
                  "- 17 concerned access to information.\n")
    assert {("reports.total", "period", 48), ("rights.total", "period", 20), ("access.total", "period", 17)} <= en
    assert ("access.total", "period", 48) not in en
    ru = _figures("Мониторинг свободы слова. Март 2021\n\nВ марте 2021 года мониторинг зафиксировал 48 случаев "
                  "нарушений права на свободу слова и информацию. Из них:\n"
                  "– 20 – нарушения прав журналистов и СМИ;\n"
                  "– 17 – ограничения права на получение и распространение информации.\n")
    assert {("reports.total", "period", 48), ("rights.total", "period", 20), ("access.total", "period", 17)} <= ru


def test_since_january_cases_in_total_restates_the_month_total() -> None:
    got = _figures("Press freedom watch: March 2021\n\nIn March 2021 the monitors documented 48 cases of "
                   "violations of freedom of speech. Since January, they have counted 131 cases in total.\n")
    assert {("reports.total", "period", 48), ("reports.total", "ytd", 131)} <= got


def test_after_a_breakdown_in_brackets_the_next_count_is_a_sibling() -> None:
    got = _figures("Мониторинг свободы слова. Март 2021\n\nПретензии и обвинения – 12: 4 уголовных дела (3 – по "
                   "ст. 274 УК, 1 – по ст. 174 УК), 6 гражданских исков о защите чести и достоинства, 2 "
                   "административных производства.\n")
    assert {("legal.total", "period", 12), ("legal.criminal", "period", 4), ("legal.criminal.false_info", "period", 3),
            ("legal.criminal.incitement", "period", 1), ("legal.civil.honor", "period", 6),
            ("legal.administrative", "period", 2)} <= got


def test_an_article_title_in_brackets_belongs_to_its_count() -> None:
    got = _figures("Мониторинг свободы слова: I полугодие 2019 года\n\nУголовное преследование – 9 дел, из них 5 – "
                   "по статье 274 УК (распространение заведомо ложной информации), 4 – по статье 174 УК.\n")
    assert {("legal.criminal.false_info", "period", 5), ("legal.criminal.incitement", "period", 4)} <= got


def test_times_after_a_verb_then_a_comma_and_the_next_verb() -> None:
    got = _figures("Свобода слова: итоги 2017 года\n\nЗа 2017 год журналистов избивали 6 раз, угрожали им – 19 "
                   "раз, задерживали – 23 раза.\n")
    assert {("rights.attack", "period", 6), ("rights.threat", "period", 19), ("rights.detention", "period", 23)} <= got
    assert ("rights.detention", "period", 19) not in got


def test_year_to_date_after_already_and_restated_across_a_semicolon() -> None:
    got = _figures("Свобода слова в Казахстане: II квартал 2020 года\n\nОтказов в предоставлении информации – 30, а "
                   "за шесть месяцев года – уже 71. Гражданских исков – 12; истцы оценили моральный вред в 90 "
                   "млн тенге. С начала года таких исков набралось 25.\n")
    assert {("access.refusal", "period", 30), ("access.refusal", "ytd", 71), ("legal.civil", "period", 12),
            ("legal.civil", "ytd", 25), ("legal.civil.claimed_kzt", "period", 90_000_000)} <= got


def test_absence_in_the_first_part_of_a_sentence_with_counts() -> None:
    got = _figures("Свобода слова в Казахстане: II квартал 2020 года\n\nЖурналистов в этот период не убивали; "
                   "нападений – 2, угроз – 5.\n")
    assert {("rights.murder", "period", 0), ("rights.attack", "period", 2), ("rights.threat", "period", 5)} <= got


def test_kazakh_cases_registered_and_code_named_in_full() -> None:
    got = _figures("Қазақстандағы сөз бостандығы – 2021\n\n2021 жылы қор сөз бостандығы мен ақпарат құқығының "
                   "бұзылуына қатысты 733 жағдайды тіркеді. Журналистің өлтірілуі тіркелген жоқ.\n"
                   "Қылмыстық қудалау: 30 айып, оның ішінде Қылмыстық кодекстің 274-бабы бойынша – 17.\n")
    assert {("reports.total", "period", 733), ("rights.murder", "period", 0), ("legal.criminal", "period", 30),
            ("legal.criminal.false_info", "period", 17)} <= got


def test_reports_on_the_right_to_free_expression_are_the_total() -> None:
    got = _figures("Мониторинг свободы слова. Июнь 2013 года\n\nВ июне 2013 года служба мониторинга получила 77 "
                   "сообщений о нарушениях права на свободу выражения.\n")
    assert ("reports.total", "period", 77) in got and ("rights.total", "period", 77) not in got


def test_a_comparison_with_another_year_does_not_move_the_count() -> None:
    got = _figures("FREE SPEECH: THE FIRST HALF OF 2021\n\nThe monitors registered 377 reports of violations of "
                   "freedom of speech in this period, against 402 in the first half of 2020.\n")
    assert ("reports.total", "period", 377) in got
    assert not any(v == 402 for _m, s, v in got if s in ("period", "ytd"))


def test_money_under_a_bracket_note_takes_the_span_of_its_side() -> None:
    got = _figures("Нарушения свободы слова. Март 2019\n\nВ скобках приведены данные с начала года.\n\n"
                   "Иски о защите чести и достоинства – 4 (9), сумма требований – 12 млн. тенге (30 млн. тенге)\n\n"
                   "Далее – события месяца.\n")
    assert {("legal.civil.honor", "period", 4), ("legal.civil.honor", "ytd", 9),
            ("legal.civil.claimed_kzt", "period", 12_000_000), ("legal.civil.claimed_kzt", "ytd", 30_000_000)} <= got


def test_old_digest_charges_against_media_are_the_legal_group() -> None:
    got = _figures("Мониторинг свободы слова. Ноябрь 2010 года\n\nВ ноябре служба мониторинга зафиксировала 60 "
                   "сообщений:\n- обвинений против СМИ и журналистов – 18, из них уголовных – 2.\n")
    assert {("legal.total", "period", 18), ("legal.criminal", "period", 2)} <= got


def test_a_count_cut_inside_the_word_after_it_is_not_read() -> None:
    got = _figures("Press freedom watch: May 2015\n\nSince January, 22 civil claims have been filed.\n\n"
                   "The plaintiffs' demands for moral damages have reached 96 mill")
    assert not any(v == 96 for _m, _s, v in got)


def test_sums_demanded_in_words() -> None:
    got = _figures("Press freedom watch: May 2015\n\nIn May journalists faced 7 claims to protect honour and "
                   "dignity; the sums demanded amounted to two hundred and ten million tenge.\n")
    assert ("legal.civil.claimed_kzt", "period", 210_000_000) in got


def test_a_charge_of_disclosing_investigation_materials_counted_in_words() -> None:
    got = _figures("Press freedom watch: May 2015\n\nSince January the media have faced:\n"
                   "- four charges of libel;\n- one charge of disclosing the materials of a pre-trial investigation.\n")
    assert ("legal.criminal.disclosure", "ytd", 1) in got


def test_two_column_table_laid_out_with_spaces() -> None:
    text = ("Свобода слова в Казахстане: январь – июнь 2016 года\n\n"
            "Нарушения прав журналистов (январь – июнь):\n"
            "нападения                 7\n"
            "угрозы                    15\n"
            "задержания                9\n\n"
            "Далее – подробности.\n")
    assert unwrap(text) == text
    got = _figures(text)
    assert {("rights.attack", "period", 7), ("rights.threat", "period", 15), ("rights.detention", "period", 9)} <= got


def test_since_january_in_a_review_that_starts_in_january_is_its_period() -> None:
    got = _figures("Свобода слова в Казахстане: январь – сентябрь 2017 года\n\nС начала года журналистам "
                   "предъявлено 19 уголовных обвинений, из них 12 – в клевете.\n")
    assert {("legal.criminal", "period", 19), ("legal.criminal.defamation", "period", 12)} <= got
    assert not any(s == "ytd" for _m, s, _v in got)


def test_a_label_whose_words_include_a_rivals_is_not_a_tie() -> None:
    got = _figures("Свобода слова в Казахстане: январь – сентябрь 2017 года\n\nВ 90 случаях журналистам отказали "
                   "в информации; 14 раз блокировались сайты и страницы.\n")
    assert ("access.blocking", "period", 14) in got


def test_freedom_of_speech_cases_and_a_bracketed_part_after_a_long_clause() -> None:
    got = _figures("Free speech watch: July 2022\n\nDuring July 2022 the monitors documented 44 freedom-of-speech "
                   "cases. Of these:\n"
                   "- 15 were violations of the rights of journalists and media;\n"
                   "- 19 concerned access to information, mostly refusals to answer requests (12);\n"
                   "- 10 were claims and charges against journalists.\n\n"
                   "No website of a news outlet was blocked in July.\n")
    assert {("reports.total", "period", 44), ("rights.total", "period", 15), ("access.total", "period", 19),
            ("access.refusal", "period", 12), ("legal.total", "period", 10), ("access.blocking", "period", 0)} <= got


def test_months_told_in_words_are_not_a_count_of_reports() -> None:
    got = _figures("Сөз бостандығы. 2022 жылғы қараша\n\n2022 жылдың он бір айында хабарламалар саны 402-ге жетті.\n")
    assert ("reports.total", "ytd", 402) in got and not any(v == 11 for _m, _s, v in got)


def test_kazakh_label_before_each_count_and_verb_then_comma() -> None:
    got = _figures("Сөз бостандығы. 2016 жылғы наурыз\n\nЖыл басынан бері БАҚ-қа жала жабу бойынша 7 қылмыстық айып "
                   "тағылды, ар-намысты қорғау туралы 35 талап-арыз келіп түсті.\n")
    assert {("legal.criminal.defamation", "ytd", 7), ("legal.civil.honor", "ytd", 35)} <= got
    assert ("legal.civil.honor", "ytd", 7) not in got


def test_kazakh_judicial_acts_and_a_collective_part_in_favour() -> None:
    got = _figures("Сөз бостандығы. 2016 жылғы наурыз\n\nБұрынғы істер бойынша үш сот актісі шығарылды, оның екеуі "
                   "журналистердің пайдасына шешілді.\n")
    assert {("legal.civil.decisions", "period", 3), ("legal.civil.decisions_for_media", "period", 2)} <= got


def test_kazakh_cases_documented_and_the_same_period_and_a_charge_before_the_count() -> None:
    got = _figures("Сөз бостандығы. 2021 жылғы маусым\n\nМаусым айында сөз бостандығына қатысты 39 жағдай құжатталды. "
                   "Олардың 11-і – журналистер мен БАҚ құқықтарының бұзылуы, 9-ы – журналистер мен азаматтарға "
                   "қойылған талаптар мен айыптар.\n\nАлты айда 21 талап-арыз түсті. Сол кезеңде жалған ақпарат "
                   "таратты деген айыппен 3 қылмыстық іс қозғалды.\n")
    assert {("reports.total", "period", 39), ("rights.total", "period", 11), ("legal.total", "period", 9),
            ("legal.criminal.false_info", "ytd", 3)} <= got


def test_parts_after_a_semicolon_inside_a_bracket_keep_their_parent() -> None:
    got = _figures("Free speech: the first half of 2019\n\nClaims and charges against media – 120:\n"
                   "criminal charges – 12 (libel – 6; false information – 4; incitement – 2);\n"
                   "administrative cases – 30.\n")
    assert {("legal.criminal", "period", 12), ("legal.criminal.defamation", "period", 6),
            ("legal.criminal.false_info", "period", 4), ("legal.criminal.incitement", "period", 2),
            ("legal.administrative", "period", 30)} <= got


def test_not_one_outlet_closed_is_a_zero_not_a_one() -> None:
    got = _figures("Free speech: the first half of 2019\n\nNot one media outlet was closed by a court in the "
                   "half-year.\n")
    assert ("access.closure", "period", 0) in got and ("access.closure", "period", 1) not in got


def test_label_told_before_the_count_with_accounted_for() -> None:
    ru = _figures("Мониторинг свободы слова. Апрель 2014 года\n\nВ апреле фонд получил 52 сообщения. На прямые "
                  "нарушения прав журналистов и СМИ пришлось 18 сообщений, на конфликты и обвинения – 21.\n")
    assert {("reports.total", "period", 52), ("rights.total", "period", 18), ("legal.total", "period", 21)} <= ru
    assert ("legal.total", "period", 18) not in ru


def test_cases_concerning_free_speech_and_obstacles_to_information() -> None:
    ru = _figures("Мониторинг свободы слова. Апрель 2024 года\n\nВ апреле 2024 года задокументировано 47 случаев, "
                  "касающихся свободы слова.\n")
    assert ("reports.total", "period", 47) in ru
    en = _figures("Free speech watch: April 2019\n\nThe month brought 50 reports: 18 of them dealt with violations of "
                  "the rights of journalists, 14 with obstacles to obtaining information and 18 with lawsuits.\n")
    assert ("access.total", "period", 14) in en


def test_label_count_then_of_which_on_the_next_line() -> None:
    got = _figures("Free speech in 2021\n\nRecorded over the year:\n\nCivil cases – 64\n"
                   "of which claims for protection of honour, dignity and business reputation – 50\n"
                   "Damages actually collected under court rulings – 2 million 400 thousand tenge\n")
    assert {("legal.civil", "period", 64), ("legal.civil.honor", "period", 50),
            ("legal.civil.recovered_kzt", "period", 2_400_000)} <= got


def test_shared_subtype_under_the_administrative_lines() -> None:
    got = _figures("Free speech in 2021\n\nAdministrative cases – 30\nDefamation (article 73-3 of the Administrative "
                   "Code) – 5\nFalse information – 8\n\nBy the data of the prosecutors, 90 investigations were opened "
                   "under article 274 of the Criminal Code.\n")
    assert {("legal.administrative", "period", 30), ("legal.administrative.defamation", "period", 5),
            ("legal.administrative.false_info", "period", 8)} <= got
    assert not any(v == 90 for _m, _s, v in got)


def test_plaintiffs_valued_their_harm_and_a_part_of_an_article_is_no_count() -> None:
    got = _figures("Free speech watch: March 2016\n\nIn March outlets were sued three times, and the plaintiffs "
                   "valued their moral harm at KZT forty million.\n")
    assert ("legal.civil.claimed_kzt", "period", 40_000_000) in got
    ru = _figures("Мониторинг свободы слова. Март 2020 года\n\n- Против блогера начато расследование по части 3 "
                  "статьи 274 УК за пост в Facebook.\n")
    assert not any(v == 3 for _m, _s, v in ru)


def test_counts_that_carry_their_unit_and_a_bare_violations_total() -> None:
    ru = _figures("Мониторинг свободы слова, март 2023\n\nВ марте 2023 года источники сообщили о 64 нарушениях. Из них "
                  "20 касаются прав журналистов, 24 – доступа к информации, 20 – правовых претензий.\n"
                  "В марте журналистов 5 раз не пустили на мероприятия, трижды задерживали.\n")
    assert {("reports.total", "period", 64), ("rights.total", "period", 20), ("access.total", "period", 24),
            ("rights.obstruction", "period", 5), ("rights.detention", "period", 3)} <= ru
    en = _figures("Press freedom watch: March 2016\n\nThe monitors collected 70 messages. Journalists were hindered "
                  "in their work 9 times, attacked twice and detained three times; in 12 cases state bodies failed "
                  "to give information. Twice as many claims were filed as in February.\n")
    assert {("rights.obstruction", "period", 9), ("rights.attack", "period", 2), ("rights.detention", "period", 3),
            ("access.refusal", "period", 12)} <= en
    assert ("rights.detention", "period", 2) not in en and not any(m.startswith("legal") for m, _s, _v in en)


def test_accounted_for_without_a_noun_and_derived_russian_nouns() -> None:
    got = _figures("Свобода слова в Казахстане: январь – сентябрь 2019 года\n\nЗа январь–сентябрь 2019 года мониторинг "
                   "учёл 610 сообщений. На нарушения прав журналистов и СМИ пришлось 190, на ограничения доступа к "
                   "информации – 220.\nДоступ к информации: блокирование сайтов и аккаунтов – 17.\n")
    assert {("reports.total", "period", 610), ("rights.total", "period", 190), ("access.total", "period", 220),
            ("access.blocking", "period", 17)} <= got


def test_an_opener_naming_the_charges_divides_the_charges() -> None:
    got = _figures("Free speech: the first half of 2018\n\nCriminal charges: 14. Claims for the protection of honour: "
                   "90.\n\nAmong the criminal charges, 8 were brought for spreading knowingly false information and 6 "
                   "for defamation.\n")
    assert {("legal.criminal.false_info", "period", 8), ("legal.criminal.defamation", "period", 6)} <= got


def test_kazakh_short_noun_for_reports() -> None:
    got = _figures("Сөз бостандығы. 2018 жылғы мамыр\n\nМамырда барлығы 58 хабар түсті.\n")
    assert ("reports.total", "period", 58) in got


def test_figures_in_brackets_note_then_several_lists_and_a_count_before_its_bracket_and_noun() -> None:
    text = ("Freedom of expression in Kazakhstan: May 2022 digest\n\nThe foundation's round-up of May 2022. "
            "Figures in brackets are totals since the beginning of the year.\n\n"
            "Recorded in May: 44 (170) reports.\n\n"
            "Rights of journalists, outlets and newsmakers violated - 12 (40):\n•  threats - 3 (9).\n\n"
            "Right to freely receive and disseminate information - 18 (70):\n•  refusals - 14 (55).\n\n"
            "Claims and charges against journalists, media and citizens - 14 (60):\n•  criminal - 2 (6);\n"
            "•  administrative - 4 (12).\n")
    got = _figures(text)
    assert {("reports.total", "period", 44), ("reports.total", "ytd", 170), ("rights.threat", "ytd", 9),
            ("legal.criminal", "period", 2), ("legal.criminal", "ytd", 6), ("legal.administrative", "ytd", 12)} <= got


def test_space_table_whose_header_has_no_cell_over_the_labels() -> None:
    text = ("Free speech in Kazakhstan. May 2016 monitoring\n\nProsecutions and lawsuits over speech:\n\n"
            "                                          May    since January\n"
            "Criminal charges                            3           9\n"
            "Judicial acts on such claims                4          15\n\nThe foundation will go on watching.\n")
    got = _figures(text)
    assert {("legal.criminal", "period", 3), ("legal.criminal", "ytd", 9), ("legal.civil.decisions", "period", 4),
            ("legal.civil.decisions", "ytd", 15)} <= got
    assert ("legal.criminal", "ytd", 3) not in got
