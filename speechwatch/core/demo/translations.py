"""Russian and Kazakh texts of the demo records, so the demo's reports in ru and kk print every record
in their own language (incidents.IncidentTranslation rows). Invented wording, written for the demo.

Titles are keyed by the English title template of phrases.py; slots are filled with the names in
the report's language (Cyrillic spelling of people, outlets, organisations and cities)."""

from __future__ import annotations

TOPICS = {  # English topic → (ru, kk)
    "a landfill dispute": ("спор о свалке", "қоқыс полигоны туралы дау"),
    "road repairs": ("ремонт дорог", "жол жөндеу"),
    "a water tariff hearing": ("слушания по тарифам на воду", "су тарифі бойынша тыңдау"),
    "a school closure": ("закрытие школы", "мектептің жабылуы"),
    "a mining spill": ("разлив на руднике", "кеніштегі төгінді"),
    "heating outages": ("перебои с отоплением", "жылудың үзілуі"),
    "a housing queue": ("очередь на жильё", "тұрғын үй кезегі"),
    "a budget audit": ("аудит бюджета", "бюджет аудиті"),
}

OUTLETS = {
    "Steppe Courier": ("«Степной курьер»", "«Дала курьері»"),
    "Kaspiy Daily": ("«Каспий Дейли»", "«Каспий Дейли»"),
    "Northern Lights TV": ("телеканал «Северное сияние»", "«Солтүстік шұғыласы» телеарнасы"),
    "Dala Info": ("«Дала Инфо»", "«Дала Инфо»"),
    "Ak Zhol Radio": ("радио «Ак Жол»", "«Ақ жол» радиосы"),
    "Orda Review": ("«Орда Ревью»", "«Орда Ревью»"),
    "Taraz Evening News": ("«Вечерний Тараз»", "«Кешкі Тараз»"),
    "Irtysh Bulletin": ("«Иртышский вестник»", "«Ертіс хабаршысы»"),
    "Alatau Wire": ("агентство «Алатау»", "«Алатау» агенттігі"),
    "Bayterek Live": ("«Байтерек Лайв»", "«Бәйтерек Лайв»"),
    "Zhaiyq Voice": ("«Голос Жайыка»", "«Жайық үні»"),
}

ORGANISATIONS = {
    "Akimat of Riverside District": ("акимат Приречного района", "Өзен жағалауы ауданының әкімдігі"),
    "City Police Department (demo)": ("городское управление полиции", "қалалық полиция басқармасы"),
    "Regional Prosecutor's Office (demo)": ("областная прокуратура", "облыстық прокуратура"),
    "Ministry of Information (demo)": ("министерство информации", "ақпарат министрлігі"),
    "District Court No. 2 (demo)": ("районный суд № 2", "№ 2 аудандық сот"),
    "Regional Appeals Court (demo)": ("областной апелляционный суд", "облыстық апелляциялық сот"),
    "Qazaq Mining Company (demo)": ("горнодобывающая компания «Казак»", "«Қазақ» тау-кен компаниясы"),
    "Free Word Foundation (demo)": ("фонд «Свободное слово»", "«Еркін сөз» қоры"),
    "Regional Election Commission (demo)": ("областная избирательная комиссия", "облыстық сайлау комиссиясы"),
}

_DIGRAPHS = [("aye", "ае"), ("iya", "ия"), ("ai", "ай"), ("zh", "ж"), ("kh", "х"), ("sh", "ш"), ("ch", "ч"),
             ("ts", "ц"), ("yu", "ю"), ("ya", "я"),
             ("ye", "е"), ("yo", "ё"), ("iy", "ий"), ("oy", "ой"), ("ay", "ай")]  # fmt: skip
_LETTERS = {"a": "а", "b": "б", "v": "в", "g": "г", "d": "д", "e": "е", "z": "з", "i": "и", "j": "дж", "k": "к",
            "l": "л", "m": "м", "n": "н", "o": "о", "p": "п", "r": "р", "s": "с", "t": "т", "u": "у", "f": "ф",
            "h": "х", "c": "к", "q": "к", "w": "у", "x": "кс", "y": "ы"}  # fmt: skip


def cyrillic_name(name: str) -> str:
    """The Cyrillic spelling of an invented demo name ("Aruzhan Demeuova" → "Аружан Демеуова")."""
    words = []
    for word in name.split():
        low, out, i = word.lower(), "", 0
        while i < len(low):
            hit = next(((d, c) for d, c in _DIGRAPHS if low.startswith(d, i)), None)
            if hit:
                out, i = out + hit[1], i + len(hit[0])
            else:
                out, i = out + _LETTERS.get(low[i], low[i]), i + 1
        words.append(out[:1].upper() + out[1:])
    return " ".join(words)


# English title template → (ru title, kk title, kk summary). Russian summaries are in phrases.py.
TITLES: dict[str, tuple[str, str, str]] = {
    "Journalist {person} found dead in {city}": (
        "Журналист {person} найден мёртвым в городе {city}",
        "{city} қаласында журналист {person} қаза тапты",
        "{topic} тақырыбында жазған {person} қаза тапты; әріптестері оның өлімін жұмысымен байланыстырады.",
    ),
    "{person} beaten while filming in {city}": (
        "{person} избит(а) во время съёмки в городе {city}",
        "{city} қаласында {person} түсірілім кезінде соққыға жығылды",
        "{person} түсірілім кезінде соққыға жығылды, тақырыбы: {topic}; камерасы бүлінді.",
    ),
    "Equipment of {outlet} crew seized in {city}": (
        "В городе {city} у съёмочной группы {outlet} отобрали технику",
        "{city} қаласында {outlet} түсірілім тобының техникасы тартып алынды",
        "Белгісіз адамдар {outlet} тобының телефоны мен камерасын тартып алды, тақырыбы: {topic}.",
    ),
    "{person} receives threats after report on {topic}": (
        "{person} получает угрозы после материала, тема: {topic}",
        "{person} материалынан кейін қоқан-лоққы алды, тақырыбы: {topic}",
        "{person} жариялымынан кейін өміріне және мүлкіне қатысты жасырын қоқан-лоққы алды.",
    ),
    "Official warns {outlet} editor of consequences": (
        "Чиновник пригрозил редактору {outlet} последствиями",
        "Шенеунік {outlet} редакторын салдарымен қорқытты",
        "{org} шенеунігі {outlet} редакторына {topic} тақырыбы үшін салдары болатынын айтты.",
    ),
    "{person} detained at a rally in {city}": (
        "{person} задержан(а) на митинге в городе {city}",
        "{city} қаласында митингте {person} ұсталды",
        "{person} жиынды жариялау кезінде ұсталып, полиция бөліміне жеткізілді, тақырыбы: {topic}.",
    ),
    "{outlet} barred from session of {org}": (
        "{outlet} не допустили на заседание: {org}",
        "{outlet} отырысқа жіберілмеді: {org}",
        "{outlet} тілшілері ашық отырысқа кіргізілмеді, тақырыбы: {topic}; баспасөз куәліктері ескерілмеді.",
    ),
    "{person} refused accreditation in {city}": (
        "{person} отказали в аккредитации в городе {city}",
        "{city} қаласында {person} аккредитациядан бас тартылды",
        "{person} себебі айтылмастан аккредитациядан бас тартылды, тақырыбы: {topic}.",
    ),
    "Fake account impersonates {outlet}": (
        "Фейковый аккаунт выдаёт себя за {outlet}",
        "Жалған аккаунт өзін {outlet} ретінде көрсетті",
        "{outlet} логотипі бар жалған аккаунт ойдан шығарылған хабарлар таратты, тақырыбы: {topic}.",
    ),
    "Employer of {person} asked to dismiss them": (
        "Работодателя {person} попросили уволить журналиста",
        "{person} жұмыс берушісінен оны жұмыстан шығаруды талап етті",
        "Шенеуніктер {topic} туралы материалдан кейін {person} жұмыстан шығаруды талап етті.",
    ),
    "{person} summoned for questioning in {city}": (
        "{person} вызвали на допрос в городе {city}",
        "{city} қаласында {person} жауап алуға шақырылды",
        "{person} жарияланым үшін куә ретінде жауап алуға шақырылды, тақырыбы: {topic}.",
    ),
    "Photos of {person} used without credit": (
        "Фотографии {person} использованы без указания авторства",
        "{person} суреттері авторлығы көрсетілмей пайдаланылды",
        "Өңірлік сайт {person} түсірген суреттерді рұқсатсыз жариялады, тақырыбы: {topic}.",
    ),
    "{org} ignores request from {outlet}": (
        "{org} не ответил(а) на запрос {outlet}",
        "{org} {outlet} сауалына жауап бермеді",
        "{org} {outlet} ақпарат сауалына заңды мерзімде жауап бермеді, тақырыбы: {topic}.",
    ),
    "Briefing on {topic} closed to the press in {city}": (
        "Брифинг закрыт для прессы в городе {city}, тема: {topic}",
        "{city} қаласында брифинг баспасөзге жабық өтті, тақырыбы: {topic}",
        "Брифинг жабық есік жағдайында өтті; сұрақтар алдын ала іріктелді, тақырыбы: {topic}.",
    ),
    "Website of {outlet} blocked": (
        "Сайт {outlet} заблокирован",
        "{outlet} сайты бұғатталды",
        "{topic} туралы материалдан кейін {outlet} сайты Қазақстанда ашылмай қалды.",
    ),
    "Mobile internet shut down in {city}": (
        "В городе {city} отключили мобильный интернет",
        "{city} қаласында мобильді интернет өшірілді",
        "Наразылық кезінде {city} қаласында мобильді интернет бірнеше сағатқа өшірілді, тақырыбы: {topic}.",
    ),
    "Print run of {outlet} seized": (
        "Изъят тираж {outlet}",
        "{outlet} таралымы тәркіленді",
        "{outlet} таралымы баспаханада тәркіленді; онда тергеу материалы болған, тақырыбы: {topic}.",
    ),
    "DDoS attack on {outlet}": (
        "DDoS-атака на {outlet}",
        "{outlet} сайтына DDoS-шабуыл жасалды",
        "{topic} туралы жарияланымнан кейін {outlet} сайты DDoS-шабуылдан істен шықты.",
    ),
    "Account of {person} hacked": (
        "Взломан аккаунт {person}",
        "{person} аккаунты бұзылды",
        "{person} мессенджердегі аккаунты бұзылып, дереккөздерге хабар жіберуге пайдаланылды.",
    ),
    "{outlet} told to remove article on {topic}": (
        "От {outlet} потребовали удалить статью, тема: {topic}",
        "{outlet} мақаланы өшіруге мәжбүрленді, тақырыбы: {topic}",
        "{org} {outlet} басылымынан мақаланы өшіруді талап етті, тақырыбы: {topic}.",
    ),
    "{person} kept out of polling station in {city}": (
        "{person} не пустили на избирательный участок в городе {city}",
        "{city} қаласында {person} сайлау учаскесіне жіберілмеді",
        "{person} сайлау учаскесіне кіргізілмеді, дауыс санауды түсіруге тыйым салынды.",
    ),
    "Criminal case opened against {person}": (
        "Против {person} возбуждено уголовное дело",
        "{person} қатысты қылмыстық іс қозғалды",
        "Полиция {topic} туралы жазба үшін {person} қатысты қылмыстық іс қозғады.",
    ),
    "Honor and dignity claim against {outlet}": (
        "Иск о защите чести и достоинства к {outlet}",
        "{outlet} қатысты ар-намыс пен абыройды қорғау туралы талап",
        "{org} {outlet} басылымына ар-намыс пен абыройды қорғау туралы талап арыз берді, тақырыбы: {topic}.",
    ),
    "{person} charged with an administrative offence": (
        "{person} привлечён(а) к административной ответственности",
        "{person} әкімшілік жауапкершілікке тартылды",
        "{person} жазбасы үшін Әкімшілік құқық бұзушылық туралы кодекс бойынша жауапқа тартылды.",
    ),
    "Prosecutor warns {outlet}": (
        "Прокуратура вынесла предостережение {outlet}",
        "Прокуратура {outlet} басылымына ескерту жасады",
        "Прокуратура {outlet} басылымына ресми ескерту жасады, тақырыбы: {topic}.",
    ),
    "Draft amendments on online platforms discussed": (
        "Обсуждены поправки об онлайн-платформах",
        "Онлайн-платформалар туралы түзетулер талқыланды",
        "Жұмыс тобы онлайн басылымдарға қатысты түзетулерді талқылады, тақырыбы: {topic}.",
    ),
    "Official calls journalists 'provocateurs'": (
        "Чиновник назвал журналистов «провокаторами»",
        "Шенеунік журналистерді «арандатушылар» деп атады",
        "{org} шенеунігі {topic} тақырыбын жазған журналистерді көпшілік алдында арандатушылар деп атады.",
    ),
    "Court dismisses claim against {outlet}": (
        "Суд отклонил иск к {outlet}",
        "Сот {outlet} қатысты талапты қанағаттандырмады",
        "Сот {outlet} басылымына қатысты талапты қабылдамады, тақырыбы: {topic}.",
    ),
    "Peaceful picket dispersed in {city}": (
        "В городе {city} разогнан мирный пикет",
        "{city} қаласында бейбіт пикет таратылды",
        "Полиция бейбіт пикетті таратты, бірнеше қатысушы ұсталды, тақырыбы: {topic}.",
    ),
    "Registration of NGO refused": (
        "Отказано в регистрации НПО",
        "ҮЕҰ тіркеуден бас тартылды",
        "Билік {city} қаласында жұмыс істейтін ҮЕҰ-ны тіркеуден бас тартты, тақырыбы: {topic}.",
    ),
    "Activist {person} remains under restrictions": (
        "Активист {person} остаётся под ограничениями",
        "Белсенді {person} шектеулерде қалып отыр",
        "Босатылғаннан кейін {person} жүріп-тұруға және қоғамдық қызметке шектеулерде қалып отыр.",
    ),
    "Candidate registration refused in {city}": (
        "В городе {city} отказали в регистрации кандидату",
        "{city} қаласында кандидатты тіркеуден бас тартылды",
        "Тәуелсіз кандидат {topic} тақырыбын сынағаннан кейін тіркеуден бас тартылды.",
    ),
}


def slots_in(lang: str, slots: dict[str, str], city: dict[str, str], topic_en: str) -> dict[str, str]:
    """The slot values of one record in `lang` ("ru" or "kk")."""
    i = 0 if lang == "ru" else 1
    out = dict(slots)
    out["person"] = cyrillic_name(slots["person"])
    out["outlet"] = OUTLETS.get(slots["outlet"], (slots["outlet"],) * 2)[i]
    out["org"] = ORGANISATIONS[slots["org"]][i] if slots["org"] in ORGANISATIONS else cyrillic_name(slots["org"])
    out["city"] = city.get(lang) or slots["city"]
    out["topic"] = out["topic_ru"] = TOPICS[topic_en][i]
    return out


def record_texts(title_tpl: str, summary_ru_tpl: str, slots: dict[str, str], city: dict[str, str],
                 topic_en: str) -> dict[str, tuple[str, str]]:
    """{"ru": (title, summary), "kk": (title, summary)} of a generated demo record."""
    ru_title, kk_title, kk_summary = TITLES[title_tpl]
    ru, kk = slots_in("ru", slots, city, topic_en), slots_in("kk", slots, city, topic_en)
    return {
        "ru": (_cap(ru_title.format(**ru)), _cap(summary_ru_tpl.format(**ru))),
        "kk": (_cap(kk_title.format(**kk)), _cap(kk_summary.format(**kk))),
    }


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]
