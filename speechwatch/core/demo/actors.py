"""Fictional people, outlets and organisations of the demo data set.

Every name here is invented for the demo; any likeness to a real person or outlet is accidental.
Each entry is (name, kind, subkind, aliases).
"""

from __future__ import annotations

JOURNALISTS = [
    ("Aruzhan Demeuova", "journalist", ["Аружан Демеуова"]),
    ("Timur Tsoy", "journalist", ["Тимур Цой"]),
    ("Dana Balgabayeva", "journalist", ["Dana Balgabaeva", "Дана Балгабаева"]),
    ("Yerlan Sarsenov", "journalist", ["Erlan Sarsenov"]),
    ("Madina Kurmanova", "journalist", []),
    ("Oleg Vetrov", "journalist", ["Олег Ветров"]),
    ("Saule Zhaksybek", "journalist", []),
    ("Nurlan Abenov", "journalist", []),
    ("Ainur Tulegenova", "journalist", []),
    ("Pavel Lisitsyn", "journalist", []),
    ("Gulnara Seitkali", "journalist", []),
    ("Daniyar Omarov", "journalist", []),
]
BLOGGERS = [
    ("Askar Zhumabay", "blogger", ["Аскар Жумабай"]),
    ("Kamila Rysbek", "blogger", []),
    ("Bolat Karimov", "blogger", []),
    ("Zarina Utebayeva", "blogger", ["Zarina Utebaeva"]),
    ("Ruslan Akhmetzhan", "blogger", []),
]
ACTIVISTS = [
    ("Meruyert Sagyndyk", "activist", []),
    ("Ilyas Nurpeisov", "activist", []),
    ("Svetlana Grishina", "citizen", []),
    ("Arman Kaliyev", "activist", ["Arman Kaliev"]),
]
LAWYERS = [("Zhanna Mukhtarova", "lawyer", []), ("Viktor Shevchuk", "lawyer", [])]
OFFICIALS = [
    ("Serik Baitursynov", "official", []),
    ("Kairat Esimbekov", "official", []),
    ("Lyudmila Orlova", "official", []),
]
OUTLETS = [
    ("Steppe Courier", "newspaper", ["Степной курьер"]),
    ("Kaspiy Daily", "online", ["Каспий Дейли"]),
    ("Northern Lights TV", "tv", []),
    ("Dala Info", "telegram", ["Дала Инфо"]),
    ("Ak Zhol Radio", "radio", []),
    ("Orda Review", "online", []),
    ("Taraz Evening News", "newspaper", ["Вечерний Тараз"]),
    ("Irtysh Bulletin", "newspaper", []),
    ("Alatau Wire", "news_agency", []),
    ("Bayterek Live", "youtube", []),
    ("Zhaiyq Voice", "social", []),
]
ORGANISATIONS = [
    ("Akimat of Riverside District", "akimat"),
    ("City Police Department (demo)", "police"),
    ("Regional Prosecutor's Office (demo)", "prosecutor"),
    ("Ministry of Information (demo)", "ministry"),
    ("District Court No. 2 (demo)", "court"),
    ("Regional Appeals Court (demo)", "court"),
    ("Qazaq Mining Company (demo)", "company"),
    ("Free Word Foundation (demo)", "ngo"),
    ("Regional Election Commission (demo)", "other"),
]


def all_actors() -> list[tuple[str, str, str, list[str]]]:
    """(name, kind, subkind, aliases) for every demo actor."""
    out: list[tuple[str, str, str, list[str]]] = []
    for group in (JOURNALISTS, BLOGGERS, ACTIVISTS, LAWYERS, OFFICIALS):
        out += [(n, "person", sub, al) for n, sub, al in group]
    out += [(n, "outlet", sub, al) for n, sub, al in OUTLETS]
    out += [(n, "organisation", sub, []) for n, sub in ORGANISATIONS]
    return out
