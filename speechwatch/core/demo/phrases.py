"""Invented wording for demo incidents, one or two templates per typology category.

Slots: {person} (journalist, blogger or activist), {outlet}, {org} (a state body or company),
{city}, {topic}. Each template is (English title, English summary, Russian summary) so that
full-text search has something to find in both languages.
"""

from __future__ import annotations

TOPICS = [
    ("a landfill dispute", "спор о свалке"),
    ("road repairs", "ремонт дорог"),
    ("a water tariff hearing", "слушания по тарифам на воду"),
    ("a school closure", "закрытие школы"),
    ("a mining spill", "разлив на руднике"),
    ("heating outages", "перебои с отоплением"),
    ("a housing queue", "очередь на жильё"),
    ("a budget audit", "аудит бюджета"),
]

# Person-centred templates use {person}; outlet-centred ones use {outlet}.
PHRASES: dict[str, list[tuple[str, str, str]]] = {
    "rights.murder": [
        (
            "Journalist {person} found dead in {city}",
            "{person}, who reported on {topic}, was found dead; colleagues link the killing to the work.",
            "Журналист {person}, писавший про {topic_ru}, найден мёртвым; коллеги связывают убийство с работой.",
        )
    ],
    "rights.attack": [
        (
            "{person} beaten while filming in {city}",
            "{person} was pushed and struck while filming {topic}; the camera was damaged.",
            "{person} избили во время съёмки, тема: {topic_ru}; камера повреждена.",
        ),
        (
            "Equipment of {outlet} crew seized in {city}",
            "Unknown men seized the phone and camera of a {outlet} crew covering {topic}.",
            "Неизвестные отобрали телефон и камеру у съёмочной группы {outlet}, освещавшей тему: {topic_ru}.",
        ),
    ],
    "rights.threat": [
        (
            "{person} receives threats after report on {topic}",
            "{person} received anonymous threats to life and property after publishing on {topic}.",
            "{person} получил(а) анонимные угрозы после публикации, тема: {topic_ru}.",
        ),
        (
            "Official warns {outlet} editor of consequences",
            "An official of {org} told the editor of {outlet} there would be consequences for coverage of {topic}.",
            "Чиновник {org} пригрозил редактору {outlet} последствиями, тема: {topic_ru}.",
        ),
    ],
    "rights.detention": [
        (
            "{person} detained at a rally in {city}",
            "{person} was detained and taken to a police station while covering a gathering about {topic}.",
            "{person} задержан(а) и доставлен(а) в отдел полиции во время освещения собрания, тема: {topic_ru}.",
        )
    ],
    "rights.obstruction": [
        (
            "{outlet} barred from session of {org}",
            "Reporters of {outlet} were not admitted to an open session on {topic}; press cards were ignored.",
            "Журналистов {outlet} не пустили на открытое заседание, тема: {topic_ru}.",
        ),
        (
            "{person} refused accreditation in {city}",
            "{person} was refused accreditation to cover {topic} without a stated reason.",
            "{person} отказали в аккредитации, тема: {topic_ru}.",
        ),
    ],
    "rights.discrediting": [
        (
            "Fake account impersonates {outlet}",
            "A fake social-media account using the logo of {outlet} spread invented stories about {topic}.",
            "Фейковый аккаунт с логотипом {outlet} распространял выдумки, тема: {topic_ru}.",
        )
    ],
    "rights.pressure": [
        (
            "Employer of {person} asked to dismiss them",
            "Officials urged the employer of {person} to dismiss them after coverage of {topic}.",
            "Чиновники потребовали уволить {person} после материалов, тема: {topic_ru}.",
        ),
        (
            "{person} summoned for questioning in {city}",
            "{person} was summoned for questioning as a witness about a post on {topic}.",
            "{person} вызвали на допрос в качестве свидетеля из-за публикации, тема: {topic_ru}.",
        ),
    ],
    "rights.copyright": [
        (
            "Photos of {person} used without credit",
            "A regional site republished photos by {person} about {topic} without credit or consent.",
            "Региональный сайт использовал фотографии {person} без указания авторства, тема: {topic_ru}.",
        )
    ],
    "access.refusal": [
        (
            "{org} ignores request from {outlet}",
            "{org} left an information request from {outlet} about {topic} unanswered past the legal deadline.",
            "{org} не ответил на запрос {outlet} в установленный срок, тема: {topic_ru}.",
        ),
        (
            "Briefing on {topic} closed to the press in {city}",
            "The briefing on {topic} was held behind closed doors; questions were filtered in advance.",
            "Брифинг закрыли для прессы, вопросы отбирали заранее, тема: {topic_ru}.",
        ),
    ],
    "access.blocking": [
        (
            "Website of {outlet} blocked",
            "The website of {outlet} became unreachable for users in Kazakhstan after a story on {topic}.",
            "Сайт {outlet} заблокирован после материала, тема: {topic_ru}.",
        ),
        (
            "Mobile internet shut down in {city}",
            "Mobile internet was switched off in {city} for several hours during protests over {topic}.",
            "В городе {city} на несколько часов отключили мобильный интернет, тема: {topic_ru}.",
        ),
    ],
    "access.closure": [
        (
            "Print run of {outlet} seized",
            "The print run of {outlet} with an investigation on {topic} was seized at the printing house.",
            "Тираж {outlet} с расследованием изъят в типографии, тема: {topic_ru}.",
        )
    ],
    "access.cyberattack": [
        (
            "DDoS attack on {outlet}",
            "The site of {outlet} was taken down by a DDoS attack shortly after publishing on {topic}.",
            "Сайт {outlet} подвергся DDoS-атаке после публикации, тема: {topic_ru}.",
        ),
        (
            "Account of {person} hacked",
            "The messenger account of {person} was hacked and used to send messages to sources.",
            "Аккаунт {person} в мессенджере взломан, тема: {topic_ru}.",
        ),
    ],
    "access.censorship": [
        (
            "{outlet} told to remove article on {topic}",
            "{org} demanded that {outlet} remove an article on {topic}.",
            "{org} потребовал от {outlet} удалить статью, тема: {topic_ru}.",
        )
    ],
    "access.elections": [
        (
            "{person} kept out of polling station in {city}",
            "{person} was kept out of a polling station and told not to film the vote count.",
            "{person} не пустили на избирательный участок и запретили снимать подсчёт голосов.",
        )
    ],
    "legal.criminal": [
        (
            "Criminal case opened against {person}",
            "Police opened a criminal case against {person} over a post on {topic}.",
            "Полиция возбудила уголовное дело против {person} из-за поста, тема: {topic_ru}.",
        )
    ],
    "legal.civil": [
        (
            "Honor and dignity claim against {outlet}",
            "{org} filed a claim for protection of honor and dignity against {outlet} over coverage of {topic}.",
            "{org} подал иск о защите чести и достоинства к {outlet}, тема: {topic_ru}.",
        )
    ],
    "legal.administrative": [
        (
            "{person} charged with an administrative offence",
            "{person} was charged under the Code of Administrative Offences over a post on {topic}.",
            "{person} привлечён(а) к административной ответственности за пост, тема: {topic_ru}.",
        )
    ],
    "legal.warning": [
        (
            "Prosecutor warns {outlet}",
            "The prosecutor's office issued an official warning to {outlet} over a publication on {topic}.",
            "Прокуратура вынесла официальное предостережение {outlet}, тема: {topic_ru}.",
        )
    ],
    "context.legislation": [
        (
            "Draft amendments on online platforms discussed",
            "A working group discussed draft amendments affecting online outlets and {topic}.",
            "Рабочая группа обсудила поправки об онлайн-платформах, тема: {topic_ru}.",
        )
    ],
    "context.statement": [
        (
            "Official calls journalists 'provocateurs'",
            "An official of {org} publicly called journalists covering {topic} provocateurs.",
            "Чиновник {org} назвал журналистов провокаторами, тема: {topic_ru}.",
        )
    ],
    "context.positive": [
        (
            "Court dismisses claim against {outlet}",
            "A court dismissed a claim against {outlet} over its reporting on {topic}.",
            "Суд отклонил иск к {outlet}, тема: {topic_ru}.",
        )
    ],
    "civic.assembly": [
        (
            "Peaceful picket dispersed in {city}",
            "Police dispersed a peaceful picket about {topic}; several participants were detained.",
            "Полиция разогнала мирный пикет, несколько участников задержаны, тема: {topic_ru}.",
        )
    ],
    "civic.association": [
        (
            "Registration of NGO refused",
            "Authorities refused to register an NGO working on {topic} in {city}.",
            "Власти отказали в регистрации НПО, тема: {topic_ru}.",
        )
    ],
    "civic.prisoner": [
        (
            "Activist {person} remains under restrictions",
            "After release, {person} remains under restrictions on travel and public activity.",
            "После освобождения {person} остаётся под ограничениями на передвижение и деятельность.",
        )
    ],
    "civic.elections": [
        (
            "Candidate registration refused in {city}",
            "An independent candidate was refused registration after criticising {topic}.",
            "Независимому кандидату отказали в регистрации после критики, тема: {topic_ru}.",
        )
    ],
}
