"""Incident categories by kind (issue 7, sixteenth pass), in our own words."""

from __future__ import annotations

import pytest

from speechwatch.extraction import extract_text
from speechwatch.extraction.classify import classify


@pytest.mark.parametrize(("text", "language"), [
    ("12 марта. Неизвестные взломали Telegram-канал павлодарского журналиста Дениса Орлова и от его имени "
     "разослали подписчикам ссылку на сомнительную лотерею.", "ru"),
    ("On April 2, hackers took over the Facebook page of the Atyrau weekly Zhaiyk Sany and posted fake "
     "apologies in its name.", "en"),
    ("Сәуірдің 9-ы күні белгісіз адамдар «Ертіс Таңы» газетінің Instagram аккаунтын бұзып, оның атынан "
     "жарнама жариялады.", "kk"),
])
def test_a_hacked_account_used_to_post_in_its_owners_name_is_a_cyberattack(text: str, language: str) -> None:
    assert classify(text, language)[0] == "access.cyberattack"


@pytest.mark.parametrize(("text", "language"), [
    ("· Районный суд Костаная по заявлению прокурора признал запрещённой к распространению информацию на "
     "сайте «Тобол-Пресс»; 14 мая доступ к сайту был закрыт.", "ru"),
    ("– 3 июня суд Караганды по иску прокурора обязал министерство ограничить доступ к порталу «Сарыарка "
     "Лайф». Редакцию в суд не пригласили.", "ru"),
    ("- Мамырдың 5-і күні аудандық сот прокурордың арызы бойынша «Жетісу Жаршысы» сайтындағы екі мақаланы "
     "заңсыз деп танып, сайтқа қолжетімділікті шектеу туралы шешім шығарды.", "kk"),
])
def test_a_site_blocked_by_a_court_on_a_prosecutors_claim_is_blocking(text: str, language: str) -> None:
    assert classify(text, language)[0] == "access.blocking"


def test_a_break_in_into_the_editors_mailbox_is_a_cyberattack() -> None:
    text = ("In June the Semey weekly Irtysh Voice found that its subscriber list had been deleted after someone "
            "broke into the editor's mailbox.")
    assert classify(text, "en")[0] == "access.cyberattack"


def test_an_issue_that_never_came_out_after_bailiffs_sealed_the_office_is_a_closure() -> None:
    text = ("- On June 8 bailiffs sealed the office of the weekly Aral Tany over a printing debt; the issue due "
            "that week never came out.")
    assert classify(text, "en")[0] == "access.closure"


def test_officials_who_stop_admitting_correspondents_to_meetings_obstruct_them() -> None:
    text = ("– В июле редакция газеты «Жайык Таны» сообщила, что районный акимат перестал допускать её "
            "корреспондентов на заседания по вопросам благоустройства.")
    assert classify(text, "ru")[0] == "rights.obstruction"


def test_a_case_under_the_administrative_code_is_administrative_whatever_the_words_of_the_charge() -> None:
    text = ("Обзор: ноябрь 2027 года\n\nВ ноябре зарегистрировано 20 сообщений.\n\n"
            "15 ноября. Суд Алматы начал рассматривать дело блогера Азамата Серикова, обвиняемого по ст. 73-3 "
            "КоАП в клевете на депутата маслихата.\n")
    incidents = extract_text(text).incidents
    assert [i.category for i in incidents] == ["legal.administrative"]


@pytest.mark.parametrize(("text", "language", "category"), [
    ("- Tax police carried away the whole print run of the Taraz weekly \"Aulie Sozi\" from the printing house.",
     "en", "access.closure"),
    ("May 3, Oral. Asked about a flooded road, akim deputy Serik Nurov told reporter Anna Popova of \"Zhaiyk "
     "Times\": \"I know which school your children go to.\"", "en", "rights.threat"),
    ("- «Қостанай Айнасы» газетінің тілшісіне белгісіз нөмірден «тіліңді тартпасаң, үйіңе от қоямыз» деген "
     "хабарлама келді.", "kk", "rights.threat"),
    ("- Маусымда аудандық әкімдік «Сарыарқа Жаршысы» газетінің сұрауына заңда белгіленген мерзімнен отыз күн "
     "кешігіп жауап берді, ал сметаны мүлде жібермеді.", "kk", "access.refusal"),
    ("12 июля. Павлодар. Корреспондент сайта «Ертис Инфо» пришёл на процесс по делу о взрыве на заводе, но судья "
     "объявил заседание закрытым и попросил слушателей выйти.", "ru", "access.refusal"),
    ("5 июля. Взломан аккаунт журналистки Динары Сабитовой в Instagram: злоумышленники сменили пароль и от её "
     "имени стали предлагать подписчикам «выгодные вложения».", "ru", "access.cyberattack"),
])
def test_categories_told_by_the_whole_story(text: str, language: str, category: str) -> None:
    assert classify(text, language)[0] == category
