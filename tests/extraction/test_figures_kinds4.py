"""Figures by kind of wording (issue 7, fourth pass), in our own words.

Each test is a kind, written afresh, so a fix that only matched one sentence of a batch fails here.
"""

from __future__ import annotations

from speechwatch.extraction import extract_text


def _figures(text: str) -> set[tuple[str, str, int]]:
    return {(s.measure, s.scope, s.value) for s in extract_text(text).statistics}


def test_reports_with_any_verb_are_the_whole_count() -> None:
    text = ("Steppe Media Watch, digest for March 2013\n\n"
            "In March 2013, 58 reports arrived at the Watch. Of them, 20 concerned violations of the rights "
            "of journalists, 14 concerned the right to receive information, and 24 concerned claims and "
            "lawsuits against journalists.\n")
    got = _figures(text)
    assert ("reports.total", "period", 58) in got
    assert {("rights.total", "period", 20), ("access.total", "period", 14)} <= got


def test_reports_narrowed_by_their_verb_are_not_the_whole_count() -> None:
    text = ("Steppe Media Watch, digest for May 2016\n\n"
            "In May 2016 the Watch registered 40 reports of violations of freedom of speech. "
            "9 reports pertained to the right to receive and disseminate information.\n")
    got = _figures(text)
    assert ("reports.total", "period", 40) in got
    assert ("reports.total", "period", 9) not in got


def test_group_label_before_a_glued_count_of_reports() -> None:
    text = ("Steppe Media Watch: January – June 2018\n\n"
            "In the first half of 2018 the Watch received 211reports about free expression and access to "
            "information.\n\n"
            "Violations of the rights of journalists: 64reports, of them\n"
            "– threats – 9;\n"
            "– obstruction of lawful professional activity – 40.\n\n"
            "Claims and charges against journalists, media outlets and citizens: 71reports, including\n"
            "– civil claims for the protection of honour, dignity and business reputation: 38, with damages "
            "sought of KZT 90 million;\n"
            "– administrative charges: 12.\n")
    got = _figures(text)
    # a January–June review is cumulative from January: its own period
    assert {("reports.total", "period", 211), ("rights.total", "period", 64), ("legal.total", "period", 71),
            ("legal.civil.honor", "period", 38)} <= got
    assert not any(m == "reports.total" and v in (64, 71) for m, _s, v in got)


def test_reports_about_a_group_name_the_group() -> None:
    text = ("Steppe Media Watch, review of October 2021\n\n"
            "In October 2021 the monitors registered:\n\n"
            "14 reports of infringements of the rights of journalists and bloggers, 5 of them threats.\n\n"
            "23 reports on the right to seek, receive and impart information.\n")
    got = _figures(text)
    assert {("rights.total", "period", 14), ("access.total", "period", 23)} <= got
    assert not any(m == "reports.total" for m, _s, _v in got)


def test_kazakh_label_before_the_count_of_reports() -> None:
    text = ("Дала медиа бақылауы: 2019 жылғы қазан\n\n"
            "2019 жылғы қазанда мониторинг барысында 77 хабарлама тіркелді.\n"
            "Журналистердің құқықтарын бұзу бойынша 30 хабарлама түсті.\n")
    got = _figures(text)
    assert {("reports.total", "period", 77), ("rights.total", "period", 30)} <= got
    assert ("reports.total", "period", 30) not in got


def test_a_label_after_a_bracketed_part_is_a_sibling() -> None:
    text = ("Steppe Media Watch, digest for November 2015\n\n"
            "In November 2015 the Watch registered 60 reports. Claims and charges against journalists – 21: "
            "criminal charges – 6 (of them 2 under Article 274 of the Criminal Code), civil claims – 13, "
            "administrative charges – 2.\n")
    got = _figures(text)
    assert {("legal.criminal", "period", 6), ("legal.civil", "period", 13),
            ("legal.administrative", "period", 2)} <= got


def test_months_of_a_range_that_does_not_start_in_january_are_its_own_span() -> None:
    text = ("Свобода слова: обзор за период с 1 марта по 31 мая 2016 года\n\n"
            "За три месяца поступило 140 сообщений. Претензии и обвинения к журналистам – 52: "
            "уголовных – 9 (по статье 274 УК – 4, по статье 174 УК – 3), гражданских – 40, административных – 3.\n")
    got = _figures(text)
    assert {("reports.total", "period", 140), ("legal.total", "period", 52), ("legal.criminal", "period", 9),
            ("legal.civil", "period", 40)} <= got
    # the bracket counts parts of the criminal charges; its first article does not name them
    assert ("legal.criminal.false_info", "period", 9) not in got


def test_russian_reports_about_the_right_to_information_are_that_group() -> None:
    text = ("Обзор нарушений свободы слова, сентябрь 2020 года\n\n"
            "В сентябре 2020 года зарегистрировано:\n\n"
            "21 сообщение о нарушениях права свободно получать и распространять информацию.\n")
    got = _figures(text)
    assert ("access.total", "period", 21) in got
    assert ("reports.total", "period", 21) not in got


def test_money_kinds_in_three_languages() -> None:
    en = ("Steppe Media Watch, digest for June 2015\n\n"
          "From January to June the Watch counted 52 civil claims to protect honour, dignity and business "
          "reputation. Moral damages demanded in these claims have reached KZT 640 million. "
          "In June courts awarded KZT 3 million and 200 thousand to the plaintiffs.\n")
    got = _figures(en)
    assert ("legal.civil.claimed_kzt", "ytd", 640_000_000) in got
    assert ("legal.civil.recovered_kzt", "period", 3_200_000) in got
    ru = ("Обзор нарушений свободы слова, июнь 2015 года\n\nВ июне зарегистрировано 30 сообщений.\n"
          "Истцы по делам о защите чести и достоинства требуют в качестве компенсации морального вреда "
          "210 млн тенге.\n")
    assert ("legal.civil.claimed_kzt", "period", 210_000_000) in _figures(ru)
    kk = ("Сөз бостандығы шолуы: 2015 жылғы маусым\n\n"
          "Маусымда моральдық зиян ретінде барлығы 75 млн теңге талап етілді, соттар 2 млн 400 мың теңге "
          "өндіріп алды.\n")
    got = _figures(kk)
    assert {("legal.civil.claimed_kzt", "period", 75_000_000),
            ("legal.civil.recovered_kzt", "period", 2_400_000)} <= got


def test_a_sum_cut_by_the_end_of_the_text_is_not_read() -> None:
    text = ("Steppe Media Watch, digest for May 2012\n\n"
            "In May 2012 the Watch registered 40 reports of violations of freedom of speech. "
            "Since January 19 honour suits were filed; the moral damage demanded reaches KZT 51 mil")
    assert not any(m == "legal.civil.claimed_kzt" for m, _s, _v in _figures(text))


def test_a_dated_kazakh_story_keeps_its_money() -> None:
    text = ("Сөз бостандығы шолуы: 2024 жылғы сәуір\n\n"
            "Сәуірдің 11-і: Ақтөбе кәсіпкері «Ақтөбе Үні» газетінен 8 млн теңге өндіріп алуды талап етіп, "
            "сотқа жүгінді.\n")
    assert not any(m.endswith("_kzt") for m, _s, _v in _figures(text))


def test_wordings_of_decisions_for_the_media_and_of_no_deaths() -> None:
    text = ("Steppe Media Watch, digest for March 2019\n\n"
            "In March 2019, 5 judicial acts on honour suits were passed, and 3 were decided for the media and "
            "journalists. Not a single journalist lost their life in March.\n")
    got = _figures(text)
    assert {("legal.civil.decisions_for_media", "period", 3), ("rights.murder", "period", 0)} <= got


def test_a_whole_codebook_phrase_outweighs_one_cue_word() -> None:
    kk = ("Сөз бостандығы: 2019 жылдың қорытындысы\n\n"
          "2019 жылы 610 хабарлама тіркелді. Олардың ішінде:\n"
          "1. Журналистерді ұстау және әкімшілік қамауға алу – 27.\n"
          "2. Сайттарға DDoS-шабуылдар – 9.\n"
          "3. Әкімшілік айыптау – 14.\n")
    got = _figures(kk)
    assert {("rights.detention", "period", 27), ("access.cyberattack", "period", 9),
            ("legal.administrative", "period", 14)} <= got


def test_a_table_with_a_month_column_and_a_year_to_date_column() -> None:
    text = ("Monitoring of free speech | October 2016\n\n"
            "| Measure | October 2016 | Since the beginning of the year |\n"
            "|---|---|---|\n"
            "| Reports of violations of freedom of speech | 52 | 488 |\n"
            "| Violations of the rights of journalists | 17 | 150 |\n"
            "| - threats | 4 | 31 |\n")
    got = _figures(text)
    assert {("reports.total", "period", 52), ("reports.total", "ytd", 488), ("rights.total", "period", 17),
            ("rights.total", "ytd", 150), ("rights.threat", "period", 4), ("rights.threat", "ytd", 31)} <= got


def test_the_money_of_one_story_in_a_list_is_not_the_periods() -> None:
    text = ("Steppe Media Watch, digest for April 2013\n\n"
            "In April 2013 the Watch registered 44 reports of violations of freedom of speech.\n\n"
            "- The akim of Zhitikara sued the weekly «Dala Sozy» and its reporter, demanding KZT 12 million for "
            "an article about coal prices.\n"
            "- civil claims for the protection of honour, dignity and business reputation: 9, with damages "
            "sought of KZT 40 million.\n")
    got = _figures(text)
    assert ("legal.civil.claimed_kzt", "period", 40_000_000) in got
    assert ("legal.civil.claimed_kzt", "period", 12_000_000) not in got


def test_kazakh_charges_counted_over_the_year() -> None:
    text = ("Сөз бостандығы шолуы: 2018 жылғы қазан\n\n"
            "Қазанда мониторинг 61 хабарлама тіркеді.\n"
            "Жыл басынан бері, яғни он айында, 44 қылмыстық айып тағылды.\n")
    assert ("legal.criminal", "ytd", 44) in _figures(text)


def test_counting_from_the_first_of_january_is_the_year_to_date() -> None:
    text = ("Steppe Media Watch, digest for May 2011\n\n"
            "In May the Watch registered 52 reports. Of them 20 concern direct breaches of the rights of media, "
            "32 concern conflicts and claims brought against media and journalists.\n"
            "Counting from the first of January, media and citizens have faced 6 criminal charges for libel.\n")
    got = _figures(text)
    assert ("legal.total", "period", 32) in got
    assert ("legal.criminal.defamation", "ytd", 6) in got


def test_months_of_the_year_named_without_first() -> None:
    text = ("Steppe Media Watch, digest for October 2014\n\n"
            "In October the Watch registered 47 reports. In ten months of the year the total reached 390 reports.\n"
            "Taking the ten months together, media and citizens have faced 12 criminal charges.\n")
    got = _figures(text)
    assert {("reports.total", "period", 47), ("reports.total", "ytd", 390), ("legal.criminal", "ytd", 12)} <= got


def test_reports_that_dealt_with_a_group() -> None:
    text = ("Steppe Media Watch, overview of March 2022\n\n"
            "In March 2022 the Watch recorded 40 reports of violations of freedom of speech.\n"
            "15 reports dealt with the rights of journalists, media and newsmakers.\n")
    got = _figures(text)
    assert ("rights.total", "period", 15) in got and ("reports.total", "period", 15) not in got


def test_spans_named_from_january_onwards_and_after_a_comma() -> None:
    text = ("Steppe Media Watch, digest for December 2012\n\n"
            "In December 2012 the Watch registered 38 reports of violations of freedom of speech.\n"
            "From January onwards, media and citizens dealt with 11 criminal charges.\n"
            "No journalists were killed in Kazakhstan in 2012.\n")
    got = _figures(text)
    assert {("legal.criminal", "ytd", 11), ("rights.murder", "ytd", 0)} <= got
    ru = ("Обзор нарушений свободы слова, июнь 2019 года\n\n"
          "В июне Фонд зафиксировал 48 сообщений, за шесть месяцев – 270.\n")
    assert {("reports.total", "period", 48), ("reports.total", "ytd", 270)} <= _figures(ru)


def test_bare_labels_under_a_header_that_names_the_charges() -> None:
    text = ("Steppe Media Watch, digest for May 2016\n\n"
            "In May the Watch registered 41 reports.\n\n"
            "In May, these charges were brought against media and citizens:\n\n"
            "- 2 criminal;\n- 7 civil;\n- 1 administrative.\n")
    got = _figures(text)
    assert {("legal.criminal", "period", 2), ("legal.civil", "period", 7), ("legal.administrative", "period", 1)} <= got
