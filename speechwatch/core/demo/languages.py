"""The demo's records in three languages: Russian and Kazakh (and, where a record was written in
another language first, English) texts of the cases, legislative items, actor descriptions and the
hand-written incidents the report module does not translate, and a share of records whose own text
is Russian or Kazakh, as monitors who write in those languages would leave them. Invented wording,
written for the demo.

Monitors write in whichever language they use, so the demo's records do not all start in English:
`rewrite_source` turns a record's translation into its own text (and its English text into a
translation), which is how a record written in Russian first looks in the database."""

from __future__ import annotations

from typing import Any

from speechwatch.core.demo.flagship import FLAGSHIP_TITLE

# case title → language → (title, description)
CASES: dict[str, dict[str, tuple[str, str]]] = {
    FLAGSHIP_TITLE: {
        "ru": ("Заместитель акима Байтурсынов против «Степного курьера» и Даны Балгабаевой",
               "Статья о тендере на ремонт дорог в Павлодаре обернулась иском о защите чести и достоинства к "
               "газете и её корреспонденту, а затем уголовным обвинением в распространении ложной информации."),
        "kk": ("Әкім орынбасары Байтұрсынов «Дала курьеріне» және Дана Балғабаеваға қарсы",
               "Павлодардағы жол жөндеу тендері туралы мақала газет пен оның тілшісіне қарсы ар-намысты қорғау "
               "туралы талапқа, кейін жалған ақпарат таратты деген қылмыстық айыпқа ұласты."),
    },
    "Surveillance of an investigative team": {
        "ru": ("Слежка за группой журналистов-расследователей",
               "Подробности не раскрываются по просьбе журналистов."),
        "kk": ("Тергеуші журналистер тобын аңду", "Журналистердің өтініші бойынша мәліметтер жарияланбайды."),
    },
    "Blocking of Orda Review": {
        "ru": ("Блокировка «Орда Ревью»", "Сайт заблокировали в январе."),
        "kk": ("«Орда Ревью» сайтының бұғатталуы", "Сайт қаңтарда бұғатталды."),
    },
}

# legislative item title → language → (title, description)
LEGISLATION: dict[str, dict[str, tuple[str, str]]] = {
    "Amendments to the law on mass media (demo)": {
        "ru": ("Поправки в закон о средствах массовой информации (демо)",
               "Вымышленный законопроект для демонстрации."),
        "kk": ("Бұқаралық ақпарат құралдары туралы заңға түзетулер (демо)",
               "Демонстрацияға арналған ойдан шығарылған заң жобасы."),
    },
    "Concept of information policy 2024-2028 (demo)": {
        "ru": ("Концепция информационной политики на 2024–2028 годы (демо)",
               "Вымышленная концепция для демонстрации."),
        "kk": ("2024–2028 жылдарға арналған ақпараттық саясат тұжырымдамасы (демо)",
               "Демонстрацияға арналған ойдан шығарылған тұжырымдама."),
    },
}

# actor name → (the language the description was written in, language → description)
ACTORS: dict[str, tuple[str, dict[str, str]]] = {
    "Steppe Courier": ("ru", {
        "en": "A regional newspaper in Pavlodar.",
        "ru": "Региональная газета в Павлодаре.",
        "kk": "Павлодардағы өңірлік газет.",
    }),
    "Dana Balgabayeva": ("en", {
        "en": "Reporter of Steppe Courier who writes on public procurement.",
        "ru": "Корреспондент «Степного курьера», пишет о государственных закупках.",
        "kk": "«Дала курьерінің» тілшісі, мемлекеттік сатып алу туралы жазады.",
    }),
    "Askar Zhumabay": ("kk", {
        "en": "A blogger from Atyrau who films local news.",
        "ru": "Блогер из Атырау, снимает видео о местных новостях.",
        "kk": "Атыраулық блогер, жергілікті жаңалықтар туралы бейне түсіреді.",
    }),
    "Orda Review": ("ru", {
        "en": "An online outlet on politics and society.",
        "ru": "Интернет-издание о политике и обществе.",
        "kk": "Саясат пен қоғам туралы интернет-басылым.",
    }),
    "Kaspiy Daily": ("en", {
        "en": "An online outlet from Aktau.",
        "ru": "Интернет-издание из Актау.",
        "kk": "Ақтаудағы интернет-басылым.",
    }),
    "Serik Baitursynov": ("kk", {
        "en": "Deputy akim of Pavlodar.",
        "ru": "Заместитель акима Павлодара.",
        "kk": "Павлодар әкімінің орынбасары.",
    }),
    "Free Word Foundation (demo)": ("en", {
        "en": "A foundation that defends freedom of speech.",
        "ru": "Фонд защиты свободы слова.",
        "kk": "Сөз бостандығын қорғайтын қор.",
    }),
}

# hand-written incidents outside the reports (confidential, draft, rejected): language → (title, summary)
INCIDENTS: dict[str, dict[str, tuple[str, str]]] = {
    "Investigative team followed and photographed": {
        "ru": ("За группой журналистов-расследователей следили и фотографировали их",
               "Участники группы журналистов-расследователей сообщили, что за ними неделю следили."),
        "kk": ("Тергеуші журналистер тобын аңдып, суретке түсірген",
               "Тергеуші журналистер тобының мүшелері бір апта бойы аңдуда болғандарын хабарлады."),
    },
    "Unconfirmed report of a blocked channel": {
        "ru": ("Неподтверждённое сообщение о блокировке канала",
               "Читатель сообщил о заблокированном канале; подтверждений найти не удалось."),
        "kk": ("Арнаның бұғатталғаны туралы расталмаған хабар",
               "Оқырман арнаның бұғатталғанын хабарлады; мұны растайтын дерек табылмады."),
    },
    "Dispute between two bloggers": {
        "ru": ("Спор двух блогеров",
               "Личная ссора двух блогеров, не связанная с профессиональной деятельностью."),
        "kk": ("Екі блогердің дауы", "Кәсіби қызметке қатысы жоқ екі блогердің жеке жанжалы."),
    },
}

# hand-written records whose own text is Russian or Kazakh (written in that language first)
WRITTEN_IN = {
    ("case", "Blocking of Orda Review"): "ru",
    ("law", "Concept of information policy 2024-2028 (demo)"): "kk",
    ("incident", "Dispute between two bloggers"): "ru",
    ("incident", "Orda Review access restored"): "kk",
}


def rewrite_source(obj: Any, lang: str) -> None:
    """Make `obj`'s `lang` translation its own text and its current own text a translation: the shape
    of a record written in `lang` first. Nothing happens when there is no `lang` translation."""
    from speechwatch.incidents.translations import TRANSLATION_MODELS, source_lang

    model, fk = TRANSLATION_MODELS[type(obj)]
    own = source_lang(obj)
    row = model.objects.filter(**{fk: obj, "lang": lang}).first()
    if row is None or own == lang:
        return
    mine = {f: getattr(obj, f) for f in model.FIELDS}
    for f in model.FIELDS:
        setattr(obj, f, getattr(row, f) or getattr(obj, f))
    obj.source_lang = lang
    obj.save()
    for f, value in mine.items():
        setattr(row, f, value)
    row.lang = own
    row.save()


def load_languages(editor: Any) -> None:
    """Translations of the cases, legislative items, actors and remaining hand-written incidents, then a
    share of records moved to a Russian or Kazakh source text (every third generated incident written in
    Russian, every seventh in Kazakh; the hand-written ones in WRITTEN_IN)."""
    from speechwatch.incidents.models import (
        Actor,
        ActorTranslation,
        Case,
        CaseTranslation,
        Incident,
        IncidentTranslation,
        LegislativeItem,
        LegislativeItemTranslation,
    )

    def upsert(model: Any, fk: str, obj: Any, lang: str, values: dict[str, str]) -> None:
        model.objects.update_or_create(**{fk: obj, "lang": lang},
                                       defaults={**values, "status": "reviewed", "updated_by": editor})

    for title, texts in CASES.items():
        case = Case.objects.get(title=title)
        case.source_lang = "en"
        case.save(update_fields=["source_lang"])
        for lang, (t, description) in texts.items():
            upsert(CaseTranslation, "case", case, lang, {"title": t, "description": description})
    for title, texts in LEGISLATION.items():
        item = LegislativeItem.objects.get(title=title)
        item.source_lang = "en"
        item.save(update_fields=["source_lang"])
        for lang, (t, description) in texts.items():
            upsert(LegislativeItemTranslation, "item", item, lang, {"title": t, "description": description})
    for name, (source, texts) in ACTORS.items():
        actor = Actor.objects.get(name=name)
        actor.description, actor.source_lang = texts[source], source
        actor.save(update_fields=["description", "source_lang"])
        for lang, description in texts.items():
            if lang != source:
                upsert(ActorTranslation, "actor", actor, lang, {"description": description})
    for title, texts in INCIDENTS.items():
        inc = Incident.objects.get(title=title)
        for lang, (t, summary) in texts.items():
            upsert(IncidentTranslation, "incident", inc, lang, {"title": t, "summary": summary})

    finders = {"case": Case, "law": LegislativeItem, "incident": Incident}
    for (kind, title), lang in WRITTEN_IN.items():
        rewrite_source(finders[kind].objects.get(title=title), lang)
    hand = set(INCIDENTS) | {t for (k, t) in WRITTEN_IN if k == "incident"}
    generated = (Incident.objects.filter(source_lang="en", sources__url__startswith="https://news.example.org/")
                 .exclude(title__in=hand).distinct().order_by("pk"))
    for n, inc in enumerate(generated):
        if n % 3 == 1:
            rewrite_source(inc, "ru")
        elif n % 7 == 3:
            rewrite_source(inc, "kk")
