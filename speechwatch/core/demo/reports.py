"""The demo's authored reports: the organisation's identity in three languages, the Russian and
Kazakh texts of the hand-written records, and the monthly (April 2024) and annual (2024) reports as
editors would assemble them: data basis, lead stories with commentary, introduction and closing.
Invented wording, written for the demo."""

from __future__ import annotations

from typing import Any

ORGANISATION = {
    "en": ("Open Steppe Media Monitor (demo)", "Aigul Seitova", "Head of the monitoring service"),
    "ru": ("Медиамонитор «Открытая степь» (демо)", "Айгуль Сеитова", "Руководитель службы мониторинга"),
    "kk": ("«Ашық дала» медиамониторы (демо)", "Айгүл Сейітова", "Мониторинг қызметінің басшысы"),
}
EMAIL = "monitoring@open-steppe.example.org"

HAND_TEXTS: dict[str, dict[str, tuple[str, str]]] = {
    "Deputy akim sues Steppe Courier for 20 million tenge": {
        "ru": ("Заместитель акима требует с «Степного курьера» 20 миллионов тенге",
               "Заместитель акима Серик Байтурсынов подал иск о защите чести и достоинства к газете «Степной "
               "курьер» и Дане Балгабаевой из-за статьи о тендере на ремонт дорог и требует 20 000 000 тенге."),
        "kk": ("Әкімнің орынбасары «Дала курьерінен» 20 миллион теңге талап етті",
               "Әкімнің орынбасары Серік Байтұрсынов жол жөндеу тендері туралы мақала үшін «Дала курьері» "
               "газеті мен Дана Балғабаеваға ар-намысты қорғау туралы талап қойып, 20 000 000 теңге сұрады."),
    },
    "Criminal case for false information opened against Dana Balgabayeva": {
        "ru": ("Против Даны Балгабаевой возбуждено дело о ложной информации",
               "Полиция по жалобе заместителя акима возбудила против Даны Балгабаевой уголовное дело по статье "
               "274 Уголовного кодекса из-за той же статьи."),
        "kk": ("Дана Балғабаеваға жалған ақпарат бойынша іс қозғалды",
               "Полиция әкім орынбасарының шағымы бойынша сол мақала үшін Дана Балғабаеваға Қылмыстық "
               "кодекстің 274-бабы бойынша қылмыстық іс қозғады."),
    },
    "Balgabayeva case sent to court": {
        "ru": ("Дело Балгабаевой передано в суд",
               "Следствие завершило дело против Даны Балгабаевой и направило его в суд."),
        "kk": ("Балғабаеваның ісі сотқа жіберілді",
               "Тергеушілер Дана Балғабаеваға қатысты істі аяқтап, сотқа жолдады."),
    },
    "Court rules against Steppe Courier; Balgabayeva sentenced": {
        "ru": ("Суд решил дело не в пользу «Степного курьера»; Балгабаева осуждена",
               "Районный суд частично удовлетворил иск, взыскав 2 000 000 тенге, а по уголовному делу "
               "приговорил Дану Балгабаеву к двум годам ограничения свободы."),
        "kk": ("Сот «Дала курьеріне» қарсы шешім шығарды; Балғабаева сотталды",
               "Аудандық сот талапты ішінара қанағаттандырып, 2 000 000 теңге өндіріп алды, ал қылмыстық іс "
               "бойынша Дана Балғабаеваны екі жыл бас бостандығын шектеуге соттады."),
    },
    "Appeals court upholds rulings in Balgabayeva case": {
        "ru": ("Апелляционный суд оставил в силе решения по делу Балгабаевой",
               "Апелляционный суд оставил приговор без изменений и снизил сумму возмещения до 1 200 000 тенге; "
               "500 000 тенге уже списаны со счёта газеты."),
        "kk": ("Апелляциялық сот Балғабаева ісі бойынша шешімдерді күшінде қалдырды",
               "Апелляциялық сот үкімді өзгеріссіз қалдырып, өтемақыны 1 200 000 теңгеге дейін азайтты; "
               "газеттің шотынан 500 000 теңге өндіріліп қойған."),
    },
    "Blogger Askar Zhumabay fined for 'false information'": {
        "ru": ("Блогер Аскар Жумабай оштрафован за «ложную информацию»",
               "Суд оштрафовал блогера Аскара Жумабая по статье 456-2 Кодекса об административных "
               "правонарушениях за видео о паводке в Атырау."),
        "kk": ("Блогер Асқар Жұмабай «жалған ақпарат» үшін айыппұл төлейтін болды",
               "Сот блогер Асқар Жұмабайға Атыраудағы су тасқыны туралы бейнежазба үшін Әкімшілік құқық "
               "бұзушылық туралы кодекстің 456-2-бабы бойынша айыппұл салды."),
    },
    "Editor of Kaspiy Daily charged with defamation": {
        "ru": ("Редактора «Каспий Дейли» обвинили в клевете",
               "Редактора «Каспий Дейли» привлекли по статье 73-3 Кодекса об административных правонарушениях "
               "после жалобы директора компании на публикацию."),
        "kk": ("«Каспий Дейли» редакторы жала жапты деп айыпталды",
               "Компания директорының жарияланымға шағымынан кейін «Каспий Дейли» редакторы Әкімшілік құқық "
               "бұзушылық туралы кодекстің 73-3-бабы бойынша жауапқа тартылды."),
    },
    "Orda Review blocked nationwide": {
        "ru": ("«Орда Ревью» заблокирован по всей стране",
               "Сайт «Орда Ревью» перестал открываться в Казахстане без какого-либо уведомления редакции."),
        "kk": ("«Орда Ревью» бүкіл елде бұғатталды",
               "«Орда Ревью» сайты редакцияға ешқандай хабарламастан Қазақстанда ашылмай қалды."),
    },
    "Orda Review access restored": {
        "ru": ("Доступ к «Орда Ревью» восстановлен",
               "Доступ к «Орда Ревью» восстановили после ответа министерства редакции."),
        "kk": ("«Орда Ревью» сайтына қолжетімділік қалпына келтірілді",
               "Министрлік редакцияға жауап бергеннен кейін «Орда Ревью» сайты қайта ашылды."),
    },
    "Parliament passes amendments to the law on mass media": {
        "ru": ("Парламент принял поправки в закон о СМИ",
               "Парламент принял поправки об аккредитации иностранных СМИ и онлайн-изданий."),
        "kk": ("Парламент бұқаралық ақпарат құралдары туралы заңға түзетулер қабылдады",
               "Парламент шетелдік БАҚ пен онлайн басылымдарды аккредиттеу туралы түзетулер қабылдады."),
    },
}

LEADS = {  # English title of a lead story → {lang: (heading, commentary)}
    "Appeals court upholds rulings in Balgabayeva case": {
        "en": ("A reporter convicted over a tender story",
               "The appeal ends a four-month case that began with one article on a public tender. A civil "
               "award and a criminal sentence for the same text punish the reporter twice; the foundation "
               "asks the Supreme Court to review both rulings."),
        "ru": ("Журналистка осуждена за статью о тендере",
               "Апелляция завершила четырёхмесячное дело, которое началось с одной статьи о государственном "
               "тендере. Гражданское взыскание и уголовный приговор за один и тот же текст наказывают "
               "журналистку дважды; фонд просит Верховный суд пересмотреть оба решения."),
        "kk": ("Тендер туралы мақала үшін журналист сотталды",
               "Апелляция мемлекеттік тендер туралы бір мақаладан басталған төрт айлық істі аяқтады. Бір мәтін "
               "үшін азаматтық өндіру мен қылмыстық үкім журналисті екі рет жазалайды; қор Жоғарғы соттан екі "
               "шешімді де қайта қарауды сұрайды."),
    },
    "Parliament passes amendments to the law on mass media": {
        "en": ("New accreditation rules for foreign and online media",
               "The amendments let the ministry refuse accreditation on grounds the law does not define. The "
               "foundation will follow how the rules are applied in their first months."),
        "ru": ("Новые правила аккредитации для иностранных и онлайн-СМИ",
               "Поправки позволяют министерству отказывать в аккредитации по основаниям, которые закон не "
               "определяет. Фонд будет следить за тем, как правила применяются в первые месяцы."),
        "kk": ("Шетелдік және онлайн БАҚ үшін жаңа аккредиттеу ережелері",
               "Түзетулер министрлікке заңда айқындалмаған негіздер бойынша аккредиттеуден бас тартуға "
               "мүмкіндік береді. Қор ережелердің алғашқы айларда қалай қолданылатынын бақылайды."),
    },
}

TEXTS = {  # (kind, period, key) → {lang: text}
    ("monthly", "2024-04", "intro"): {
        "en": "April brought the end of the longest case of the spring and a new law on accreditation. "
              "Requests for information went unanswered more often than in any month of the year.",
        "ru": "Апрель принёс завершение самого долгого дела весны и новый закон об аккредитации. На запросы "
              "информации не отвечали чаще, чем в любой другой месяц года.",
        "kk": "Сәуір көктемдегі ең ұзақ істің аяқталуын және аккредиттеу туралы жаңа заңды әкелді. Ақпарат "
              "сауалдарына жылдың кез келген айына қарағанда жиі жауап берілмеді.",
    },
    ("monthly", "2024-04", "closing"): {
        "en": "The foundation thanks its regional correspondents, whose reports make this monitoring possible.",
        "ru": "Фонд благодарит региональных корреспондентов, чьи сообщения делают этот мониторинг возможным.",
        "kk": "Қор осы мониторингті мүмкін ететін өңірлік тілшілеріне алғыс айтады.",
    },
    ("annual", "2024", "intro"): {
        "en": "This report gathers the first four months of 2024 as recorded by the foundation's monitoring.",
        "ru": "В этом докладе собраны первые четыре месяца 2024 года по данным мониторинга фонда.",
        "kk": "Бұл баяндамада қор мониторингі бойынша 2024 жылдың алғашқы төрт айы жинақталған.",
    },
    ("annual", "2024", "conclusions"): {
        "en": "Court claims against journalists remain the main instrument of pressure: most of them end in "
              "awards against the media, and criminal charges follow civil ones over the same publications.",
        "ru": "Судебные иски к журналистам остаются главным инструментом давления: большинство из них "
              "заканчивается взысканиями со СМИ, а уголовные обвинения следуют за гражданскими по тем же "
              "публикациям.",
        "kk": "Журналистерге қарсы сот талаптары қысымның негізгі құралы болып қала береді: олардың көбі "
              "БАҚ-тан өндірумен аяқталады, ал сол жарияланымдар бойынша азаматтық талаптардан кейін қылмыстық "
              "айыптар тағылады.",
    },
}


def _incident(title: str) -> Any:
    from speechwatch.incidents.models import Incident

    return Incident.objects.filter(title=title).first()


def load_reports(editor: Any) -> None:
    """Create the identity, translations, plans and texts of the demo's reports."""
    from speechwatch.incidents.models import IncidentTranslation
    from speechwatch.reports.models import LeadText, Organisation, ReportItem, ReportPlan
    from speechwatch.stats.models import ReportText

    for lang, (name, head, title) in ORGANISATION.items():
        Organisation.objects.update_or_create(lang=lang, defaults={
            "name": name, "head": head, "head_title": title, "email": EMAIL,
            "website": "https://open-steppe.example.org"})  # fmt: skip
    for title, texts in HAND_TEXTS.items():
        inc = _incident(title)
        for lang, (t, summary) in texts.items():
            IncidentTranslation.objects.update_or_create(
                incident=inc, lang=lang, defaults={"title": t, "summary": summary, "status": "reviewed"})
    plans = [ReportPlan.objects.get_or_create(kind=kind, period=period, defaults={"basis": "published"})[0]
             for kind, period in (("monthly", "2024-04"), ("annual", "2024"))]
    for plan in plans:
        for order, (title, texts) in enumerate(LEADS.items(), 1):
            item, _ = ReportItem.objects.update_or_create(plan=plan, incident=_incident(title),
                                                          defaults={"featured": True, "order": order})
            for lang, (heading, commentary) in texts.items():
                LeadText.objects.update_or_create(item=item, lang=lang,
                                                  defaults={"heading": heading, "commentary": commentary})
    for (kind, period, key), texts in TEXTS.items():
        for lang, body in texts.items():
            ReportText.objects.update_or_create(kind=kind, period=period, key=key, lang=lang,
                                                defaults={"body": body, "updated_by": editor})
