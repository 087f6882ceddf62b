"""Kinds of figures issue 7's fifteenth pass taught the pipeline, each in a report written for the test."""

from __future__ import annotations

from speechwatch.extraction.pipeline import extract_text


def _figures(text: str) -> set[tuple[str, str, int]]:
    return {(s.measure, s.scope, s.value) for s in extract_text(text).statistics}


# Group lines set apart by blank lines under the month's count; the first bracket names the year to date, the
# others are bare. One group holds a statement of absence with its own bracket.
GROUPS_APART = """Свобода слова: обзор за апрель 2027 года

В апреле 2027 года мониторинг учёл 61 сообщение (с начала года – 230), из них:

20 – о нарушениях прав журналистов и редакций (77), в том числе:
- препятствия работе корреспондентов – 9 (31);
- угрозы – 4 (12);
- нападений не зафиксировано (2).

25 – о праве свободно получать и распространять информацию (90), в том числе:
- отказы в предоставлении сведений – 17 (60);
- DDoS-атаки на сайты – 2 (5).

16 – о претензиях и исках к журналистам и редакциям (63), в том числе:
- уголовные преследования – 3 (7);
- гражданские иски – 13 (56).
"""


def test_group_lines_apart_by_blank_lines_stay_in_the_list_of_the_months_count() -> None:
    got = _figures(GROUPS_APART)
    assert {("rights.total", "period", 20), ("access.total", "period", 25), ("legal.total", "period", 16)} <= got
    assert ("access.total", "period", 90) not in got


def test_bare_brackets_under_a_count_whose_bracket_named_the_year_restate_over_the_year() -> None:
    got = _figures(GROUPS_APART)
    assert {("rights.total", "ytd", 77), ("access.total", "ytd", 90), ("legal.total", "ytd", 63),
            ("rights.threat", "ytd", 12), ("access.refusal", "ytd", 60), ("legal.civil", "ytd", 56)} <= got
    # the month's parts stay the month's: the group's own count is divided, not its bracket
    assert {("rights.threat", "period", 4), ("access.refusal", "period", 17), ("legal.civil", "period", 13)} <= got
    assert ("rights.threat", "ytd", 4) not in got


def test_an_absence_with_a_bracketed_count_is_zero_in_the_month_and_the_count_over_the_year() -> None:
    got = _figures(GROUPS_APART)
    assert {("rights.attack", "period", 0), ("rights.attack", "ytd", 2)} <= got
    assert ("rights.attack", "period", 2) not in got


def test_sums_told_as_worth_or_asked_by_the_plaintiffs_are_claimed() -> None:
    worth = ("Monitoring digest, April 2015\n\nIn April, five new suits over honour and business standing were lodged, "
             "with claims worth KZT 48 millions and 300 thousands.\n")
    asking = ("Monitoring digest, May 2016\n\nIn May 2016 four suits over honour and dignity were brought, the "
              "plaintiffs asking KZT nine millions in total.\n")
    kk = ("Сөз бостандығы: 2018 жылғы сәуір\n\nСәуірде ар-намысты қорғау туралы үш талап-арыз түсті, оларда моральдық "
          "зиян үшін барлығы 17 млн. 500 мың теңге сұралды.\n")
    assert ("legal.civil.claimed_kzt", "period", 48300000) in _figures(worth)
    assert ("legal.civil.claimed_kzt", "period", 9000000) in _figures(asking)
    assert ("legal.civil.claimed_kzt", "period", 17500000) in _figures(kk)


def test_a_court_ordering_the_recovery_of_a_sum_is_recovered() -> None:
    text = ("Review of January – June 2023\n\nDamages sought by plaintiffs: KZT 640 million. Courts ordered the "
            "recovery of KZT 7.2 million.\n")
    assert ("legal.civil.recovered_kzt", "period", 7200000) in _figures(text)


def test_more_statements_of_absence() -> None:
    cases = [
        ("Monitoring digest, July 2016\n\nFour judicial acts were issued on earlier suits (one of them on appeal); "
         "none was decided for the journalists.\n", ("legal.civil.decisions_for_media", "period", 0)),
        ("Digest, May 2022\n\nIn May 2022 the foundation logged 38 reports, among them:\n- 2 criminal charges (none "
         "has reached court yet)\n- 5 civil claims.\n", ("legal.criminal.in_court", "period", 0)),
        ("Digest, May 2022\n\nIn May 2022 the foundation logged 38 reports.\n\nNo attacks on reporters were recorded "
         "this month (4 since January).\n", ("rights.attack", "period", 0)),
        ("Нарушения свободы слова, май 2010\n\nВ мае суды вынесли семь решений по искам о защите чести (в том числе "
         "три – в кассационной инстанции), из них ни одного – в пользу редакций и авторов.\n",
         ("legal.civil.decisions_for_media", "period", 0)),
    ]
    for text, figure in cases:
        assert figure in _figures(text), text


def test_the_bracketed_count_after_an_absence_counts_what_there_was_none_of() -> None:
    text = """Media freedom in July 2023

Recorded in July 2023 (figures since January in brackets):

11 reports on claims against journalists and media (58), including:
•    4 civil claims (30);
•    7 administrative charges (19).
Criminal charges: none in July (5).
"""
    got = _figures(text)
    assert ("legal.criminal", "ytd", 5) in got
    assert ("legal.criminal", "period", 5) not in got


def test_an_old_digests_conflicts_and_accusations_are_the_legal_group() -> None:
    text = ("Нарушения свободы слова, март 2010\n\nВ марте 2010 г. мониторинг отметил 64 сообщения. 12 из них "
            "описывают общую обстановку, 31 касается прямых нарушений прав журналистов, 21 – "
            "конфликтов с прессой и обвинений, предъявленных авторам.\n")
    assert ("legal.total", "period", 21) in _figures(text)


def test_a_part_of_an_article_in_a_label_does_not_end_its_sentence() -> None:
    text = """Итоги января – июня 2021 года

Уголовные обвинения:
Распространение ложной информации (ст. 274 УК РК, в том числе ч. 4 – при чрезвычайном положении) – 14
Клевета – 5
"""
    assert ("legal.criminal.false_info", "period", 14) in _figures(text)


def test_the_one_suit_a_share_of_a_sum_comes_from_is_no_count() -> None:
    text = ("Нарушения свободы слова, октябрь 2024 года\n\nС начала года истцы потребовали в общей сложности 1,9 млрд "
            "тенге, из которых 1,5 млрд приходится на один иск строительной компании.\n")
    got = _figures(text)
    assert ("legal.civil.claimed_kzt", "ytd", 1900000000) in got
    assert not any(v == 1 for _m, _s, v in got)


def test_a_kazakh_list_item_whose_first_word_ends_with_a_comma_stays_in_its_group() -> None:
    text = """2023 жылдың бірінші жартыжылдығы: сөз бостандығы туралы шолу

Журналистер мен БАҚ құқығының бұзылуы – 150, оның ішінде:
   ұстау, әкімшілік қамау, полицияға жеткізу – 33;
   шабуыл – 9;
   қорқыту – 14.
"""
    got = _figures(text)
    assert ("rights.detention", "period", 33) in got
    assert ("legal.administrative", "period", 33) not in got


def test_one_month_named_first_in_a_review_is_not_the_reviews_count() -> None:
    ru = ("Обзор за январь – июнь 2023 года\n\nВ январе – июне 2023 года зафиксировано 540 сообщений. В одном только "
          "феврале поступило 131 сообщение.\n")
    kk = ("2023 жылдың бірінші жартыжылдығы: шолу\n\n2023 жылдың қаңтар – маусым айларында 540 хабарлама тіркелді. "
          "Тек ақпан айының өзінде 131 хабарлама түсті. Наурызда 95 хабарлама түсті.\n")
    for text in (ru, kk):
        got = _figures(text)
        assert ("reports.total", "period", 540) in got
        assert not any(v in (131, 95) and s == "period" for _m, s, v in got), got


def test_a_count_of_the_month_before_a_semicolon_and_another_months_count() -> None:
    text = ("Press freedom in Kazakhstan: March 2024\n\nIn March 2024, 58 reports were logged in all; in February "
            "there were 47.\n")
    got = _figures(text)
    assert ("reports.total", "period", 58) in got
    assert ("reports.total", "period", 47) not in got


def test_the_total_row_of_a_table_of_groups_is_the_reports_count() -> None:
    text = """2025 жылғы наурыз: сөз бостандығының бұзылуы

Наурызда және жыл басынан бері тіркелген хабарламалар:

Санат                                        | Наурыз | Жыл басынан
Журналистер мен БАҚ құқықтарының бұзылуы     | 16     | 44
Ақпарат алу және тарату құқығының шектелуі   | 22     | 61
Сотқа дейінгі және сот талаптары             | 11     | 30
   оның ішінде азаматтық                     | 8      | 21
   әкімшілік                                 | 3      | 9
Барлығы                                      | 49     | 135
"""
    got = _figures(text)
    assert {("reports.total", "period", 49), ("reports.total", "ytd", 135)} <= got


def test_a_sum_over_the_same_time_as_the_year_to_date_sentence_before_it() -> None:
    text = ("Нарушения свободы слова, май 2011\n\nВ мае предъявлено 2 иска о защите чести.\nВсего с начала года "
            "прессе предъявлены 3 уголовных обвинения и 14 исков на сумму 96 млн тенге. За это же время суды взыскали "
            "с редакций 1 млн. 250 тыс. тенге.\n")
    got = _figures(text)
    assert ("legal.civil.recovered_kzt", "ytd", 1250000) in got
    assert ("legal.civil.recovered_kzt", "period", 1250000) not in got


def test_a_kind_in_brackets_after_a_counted_noun_is_a_part_of_the_same_value() -> None:
    text = ("Нарушения свободы слова, октябрь 2012\n\nВ октябре гражданам и журналистам предъявлено 2 уголовных "
            "обвинения (клевета) и 5 исков о защите чести.\n")
    got = _figures(text)
    assert {("legal.criminal", "period", 2), ("legal.criminal.defamation", "period", 2)} <= got
    negated = ("Monitoring digest, October 2021\n\nIn October two criminal charges were brought (not yet in court) and "
               "five civil claims.\n")
    assert not any(m == "legal.criminal.in_court" and v == 2 for m, _s, v in _figures(negated))


def test_parts_after_a_dash_leave_out_the_noun_of_the_first_count() -> None:
    text = ("Нарушения свободы слова, апрель 2011\n\nВ апреле фонд учёл 85 сообщений: 18 – о медийной обстановке в "
            "целом, 40 – о прямых нарушениях прав журналистов, 27 – о конфликтах, претензиях и обвинениях из-за "
            "публикаций.\n")
    got = _figures(text)
    assert {("rights.total", "period", 40), ("legal.total", "period", 27)} <= got


def test_a_sum_for_the_month_in_a_sentence_that_also_names_the_year() -> None:
    text = ("Нарушения свободы слова, август 2022 года\n\nСумма требований о компенсации морального вреда за месяц – "
            "8 млн 150 тыс. тенге, с начала года – 71,3 млн тенге.\n")
    got = _figures(text)
    assert {("legal.civil.claimed_kzt", "period", 8150000), ("legal.civil.claimed_kzt", "ytd", 71300000)} <= got


def test_such_suits_in_a_bracket_are_of_the_kind_named_before_it() -> None:
    text = """Нарушения свободы слова, август 2022 года

В августе 2022 года предъявлены (в скобках – с начала года):
- уголовные обвинения – 2 (15);
- гражданские иски – 6 (41), все они о защите чести и деловой репутации (с начала года таких исков 37);
- административные обвинения – 1 (12).
"""
    got = _figures(text)
    assert {("legal.civil.honor", "ytd", 37), ("legal.civil.honor", "period", 6), ("legal.civil", "ytd", 41)} <= got
    assert ("legal.civil", "ytd", 37) not in got


def test_the_words_after_a_bracketed_breakdown_still_name_the_count() -> None:
    text = ("Нарушения свободы слова, октябрь 2012\n\nС начала года – 9 уголовных обвинений, 47 претензий и исков "
            "(в т.ч. 40 – о защите чести и достоинства) на общую сумму 1 млрд. 120 млн. тенге.\n")
    got = _figures(text)
    assert {("legal.civil", "ytd", 47), ("legal.civil.claimed_kzt", "ytd", 1120000000)} <= got
    assert ("legal.total", "ytd", 47) not in got


def test_topics_told_before_their_counts_in_an_old_digest() -> None:
    words = ("Нарушения свободы слова, май 2011\n\nМониторинг за май 2011 года включает восемьдесят сообщений. "
             "Девятнадцать из них описывают общую обстановку, о прямых нарушениях прав журналистов говорится в "
             "тридцати трёх, о конфликтах и обвинениях, предъявленных редакциям, – в двадцати восьми.\n")
    digits = ("Нарушения свободы слова, июнь 2012\n\nВ июне 2012 года мониторинг отметил 88 сообщений. О прямых "
              "нарушениях прав журналистов и СМИ говорилось в 40 из них, о претензиях и обвинениях против прессы - в "
              "31. Среди них:\n")
    got = _figures(words)
    assert {("rights.total", "period", 33), ("legal.total", "period", 28)} <= got
    assert ("legal.total", "period", 33) not in got and ("rights.total", "period", 19) not in got
    assert {("rights.total", "period", 40), ("legal.total", "period", 31)} <= _figures(digits)


def test_a_group_then_two_of_its_kinds_as_one_label_is_the_group() -> None:
    text = """MEDIA FREEDOM IN KAZAKHSTAN: THE YEAR 2014

In 2014 the monitors logged 940 reports. The groups are set against the year before.

  Group                                              2014    2013
  Violations of journalists' rights                  188     205
  Access to information, blocking, closure           301     276
  Claims and charges against the press               451     470
"""
    got = _figures(text)
    assert ("access.total", "period", 301) in got
    assert ("access.blocking", "period", 301) not in got


def test_such_cases_are_of_the_kind_the_sentence_before_named() -> None:
    text = ("Monitoring digest, May 2020\n\nIn May the foundation registered 70 reports.\n\n"
            "- In Semey, police opened a criminal case under Article 274 of the Criminal Code against the blogger "
            "Dana Utepova over her post on the lack of ventilators. In May, 5 such criminal cases were opened "
            "against users of messengers.\n")
    got = _figures(text)
    assert ("legal.criminal.false_info", "period", 5) in got
    assert ("legal.criminal", "period", 5) not in got


def test_kazakh_shares_of_it_after_the_months_count() -> None:
    text = ("Сөз бостандығы: 2024 жылғы сәуір\n\nСәуірде қордың мониторингі 58 хабарлама тіркеді. Оның 20-сы "
            "журналистердің құқықтарын бұзуға, 25-і ақпарат алу құқығына, 13-і журналистер мен азаматтарға қойылған "
            "талаптарға қатысты.\n")
    got = _figures(text)
    assert {("rights.total", "period", 20), ("access.total", "period", 25), ("legal.total", "period", 13)} <= got
    assert ("legal.civil", "period", 13) not in got


def test_square_brackets_beside_a_count_hold_the_year_to_date() -> None:
    text = """Нарушения свободы слова в Казахстане. Март 2020

В марте зарегистрировано (в скобках – с начала года):
Задержания журналистов – 2 [7]
Угрозы – 0 [4]
Отказы в предоставлении информации – 15 [41]
"""
    got = _figures(text)
    assert {("rights.detention", "ytd", 7), ("rights.threat", "ytd", 4), ("access.refusal", "ytd", 41),
            ("access.refusal", "period", 15)} <= got


def test_a_comparison_in_words_belongs_to_its_own_clause() -> None:
    text = ("Freedom of expression in Kazakhstan: January–June 2014\n\nOver the first six months of 2014 the monitors "
            "registered 390 reports. Attackers beat reporters seven times, against three in the first half of 2013, "
            "and threats were recorded in fourteen cases. Claims reached KZT 900 million, more than double what was "
            "asked in January–June 2013.\n")
    got = _figures(text)
    assert {("rights.attack", "period", 7), ("rights.threat", "period", 14)} <= got
    assert ("legal.civil.claimed_kzt", "period", 900000000) in got


def test_a_count_of_one_month_inside_a_review_lends_the_next_sentence_no_span() -> None:
    text = ("Freedom of expression in Kazakhstan: January–June 2014\n\nOver the first six months of 2014 the monitors "
            "registered 390 reports. Civil claims numbered 70. In April alone 19 claims were filed. Courts issued 44 "
            "judgments on honour cases.\n")
    assert ("legal.civil.decisions", "period", 44) in _figures(text)


def test_counts_that_leave_out_the_linking_verb_and_the_number_of_brought_to() -> None:
    text = ("Freedom of speech in Kazakhstan, April – June 2023\n\n"
            "Over the second quarter of 2023 the monitors recorded 170 reports. Rights violations made up 49 of "
            "these, access to information and its dissemination 70, and claims and charges against the press 51."
            "\n\nJune was the busiest month, with 66 reports.\n\n"
            "Taken together with the first quarter, this brings the number of criminal charges since January to 28 "
            "and the number of civil claims to 104.\n")
    got = _figures(text)
    assert {("rights.total", "period", 49), ("access.total", "period", 70), ("legal.total", "period", 51)} <= got
    assert {("legal.criminal", "ytd", 28), ("legal.civil", "ytd", 104)} <= got
    assert ("reports.total", "period", 66) not in got


def test_counts_that_stand_at_a_number_and_leave_the_verb_out_after_the_first() -> None:
    text = ("Press freedom in Kazakhstan: March 2025\n\nIn March the foundation registered 44 reports.\n\n"
            "Since the beginning of the year the monitoring has recorded 130 reports; criminal cases stand at 7, "
            "civil claims at 19 and administrative cases at 6.\n")
    got = _figures(text)
    assert {("legal.criminal", "ytd", 7), ("legal.civil", "ytd", 19), ("legal.administrative", "ytd", 6)} <= got
    assert ("legal.administrative", "ytd", 19) not in got


def test_a_review_table_with_abbreviated_months_and_parts_of_a_named_whole() -> None:
    text = """Свобода слова в Казахстане за январь – ноябрь 2024 года

За 11 месяцев 2024 года зафиксировано 780 сообщений. Зафиксировано 15 блокировок.

| Вид | янв.–нояб. 2024 | янв.–нояб. 2023 |
| Уголовные дела | 21 | 18 |
| Административные обвинения | 40 | 44 |

Из административных обвинений 17 предъявлены по статье 73-3 КоАП (клевета), 9 – по статье 456-2.
"""
    got = _figures(text)
    assert ("access.blocking", "period", 15) in got
    assert {("legal.criminal", "period", 21), ("legal.administrative", "period", 40)} <= got
    assert ("legal.criminal", "period", 18) not in got and ("legal.administrative", "period", 44) not in got
    assert {("legal.administrative.defamation", "period", 17), ("legal.administrative.false_info", "period", 9)} <= got


def test_more_wordings_of_decisions_and_claimed_sums() -> None:
    en = ("Monitoring digest, October 2015\n\nIn October the foundation registered 58 reports.\n\nSeven court rulings "
          "were issued on earlier cases, two of them on appeal; four went in favour of journalists and citizens.\n")
    ru = ("Нарушения свободы слова, июль 2016\n\nВ июле подано 2иска о защите чести на сумму 8 млн. тенге. Вынесено "
          "5судебных актов по ранее начатым делам (в т.ч. 1 – в апелляции), в пользу журналистов – ни одного.\n")
    kk = ("Сөз бостандығы: 2025 жылғы наурыз\n\nНаурызда қор 47 хабарлама тіркеді. Ар-намыс туралы талаптардағы "
          "моральдық зиянның жалпы сомасы 1,4 млрд теңге.\n")
    assert {("legal.civil.decisions", "period", 7), ("legal.civil.decisions_for_media", "period", 4)} <= _figures(en)
    assert {("legal.civil.decisions", "period", 5), ("legal.civil.decisions_for_media", "period", 0)} <= _figures(ru)
    assert ("legal.civil.claimed_kzt", "period", 1400000000) in _figures(kk)
