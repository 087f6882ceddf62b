"""`speechwatch import`: rebuild a database from an export file, in one transaction.

Every record is type-checked, resolved (categories, articles, places and regions by code; users by
username; actors, cases, incidents, proceedings and source documents by their id in the file) and
validated with `full_clean()` before it is saved. The first problem aborts the whole import with a
message naming the record and the field, and the transaction is rolled back, so nothing is written.

Ids of actors, cases, incidents, proceedings and source documents are kept, so links such as
/incidents/42/ keep working after a move; database sequences are reset afterwards.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from typing import Any

from django.core.management.color import no_style
from django.db import DatabaseError, IntegrityError, connection, models, transaction

from speechwatch.accounts.models import User
from speechwatch.incidents import models as m
from speechwatch.incidents.exchange import spec
from speechwatch.incidents.exchange.codebook import CodebookMaps, import_codebook, remove_other_rows
from speechwatch.incidents.exchange.fields import (
    ImportFileError,
    as_list,
    check_keys,
    clean_or_fail,
    fail,
    import_fields,
)
from speechwatch.incidents.models import normalise_name
from speechwatch.incidents.translations import TRANSLATION_MODELS
from speechwatch.vocab import models as vocab

KEPT_IDS = [m.Actor, m.SourceDocument, m.Case, m.Incident, m.Proceeding]
DATA_MODELS = [
    User, m.Actor, m.SourceDocument, m.Case, m.Incident, m.Proceeding, m.PublishedFigure, m.LegislativeItem,
]  # fmt: skip


def is_empty() -> bool:
    """True when the database holds no data besides the codebook (a freshly migrated database)."""
    return not any(model.objects.exists() for model in DATA_MODELS)


def wipe(*, keep_users: bool = False) -> None:
    """Delete all data except the codebook; audit history is kept. `import --replace` keeps the users
    (`keep_users=True`): deleting a user would also delete their two-factor devices and blank the
    author of every audit-history row they wrote, none of which the export file carries."""
    m.PublishedFigure.objects.all().delete()
    m.LegislativeItem.objects.all().delete()
    m.Proceeding.objects.all().delete()
    m.Incident.objects.all().delete()
    m.Case.objects.all().delete()
    m.Actor.objects.all().delete()
    m.SourceDocument.objects.all().delete()
    if not keep_users:
        User.objects.all().delete()


def _history_models() -> list[type[models.Model]]:
    """Every audit-history table (simple_history's historical models carry `history_user`)."""
    from django.apps import apps

    names = {"history_id", "history_user"}
    return [model for model in apps.get_models() if names <= {f.name for f in model._meta.get_fields()}]


def what_users_would_lose(users: Any) -> dict[str, list[str]]:
    """For each of `users` that owns something the export does not carry, what: two-factor devices
    and audit-history rows they are the author of (deleting the user would lose both)."""
    from django_otp import devices_for_user

    lost: dict[str, list[str]] = {}
    history = _history_models()
    for user in users:
        things = []
        devices = list(devices_for_user(user, confirmed=None))
        if devices:
            things.append(f"{len(devices)} two-factor device(s)")
        authored = sum(h.objects.filter(history_user=user).count() for h in history)
        if authored:
            things.append(f"authorship of {authored} audit-history row(s)")
        if things:
            lost[user.username] = things
    return lost


@contextlib.contextmanager
def keep_timestamps() -> Iterator[None]:
    """Let saved rows keep the created/updated times from the file instead of 'now'."""
    touched: list[tuple[models.Field, bool, bool]] = []
    translation_tables = [model for model, _fk in TRANSLATION_MODELS.values()]
    for model in [*KEPT_IDS, vocab.CodebookVersion, *translation_tables]:
        for f in model._meta.concrete_fields:
            if getattr(f, "auto_now", False) or getattr(f, "auto_now_add", False):
                touched.append((f, f.auto_now, f.auto_now_add))
                f.auto_now = f.auto_now_add = False
    try:
        yield
    finally:
        for f, now, now_add in touched:
            f.auto_now, f.auto_now_add = now, now_add


class Importer:
    def __init__(self, data: dict[str, Any]) -> None:
        self.data = data
        self.where = "file"
        self.cb = CodebookMaps()
        self.users: dict[str, User] = {}
        self.ids: dict[str, set[int]] = {name: set() for name in ("actors", "documents", "cases", "incidents")}
        self.counts: dict[str, int] = {}

    # -- helpers -----------------------------------------------------------------------------------------------
    def ref(self, kind: str, value: Any, field: str, nullable: bool = True) -> int | None:
        if value is None and nullable:
            return None
        if isinstance(value, bool) or not isinstance(value, int) or value not in self.ids[kind]:
            raise fail(self.where, field, f"refers to unknown {kind[:-1]} {value!r}")
        return value

    def code(self, mapping: dict[str, Any], value: Any, field: str, what: str, nullable: bool = False) -> Any:
        if value is None and nullable:
            return None
        if not isinstance(value, str) or value not in mapping:
            raise fail(self.where, field, f"unknown {what} {value!r}")
        return mapping[value]

    def user(self, value: Any, field: str) -> User | None:
        return None if value is None else self.code(self.users, value, field, "user")

    def save(self, obj: models.Model, exclude: list[str] | None = None) -> models.Model:
        clean_or_fail(obj, self.where, exclude)
        obj.save()
        return obj

    def rows(self, section: str) -> Iterator[tuple[int, Any]]:
        yield from enumerate(as_list(self.data, section, "file"))
        self.counts[section] = len(self.data[section])

    def new_id(self, kind: str, row: dict[str, Any]) -> int:
        value = row["id"]
        if isinstance(value, bool) or not isinstance(value, int) or value < 1:
            raise fail(self.where, "id", f"expected a positive whole number, got {value!r}")
        if value in self.ids[kind]:
            raise fail(self.where, "id", f"duplicate id {value}")
        self.ids[kind].add(value)
        return value

    def own(self, model: type[models.Model], row: dict[str, Any], names: list[str]) -> dict[str, Any]:
        """The record's own fields, with its `source_lang` when the file has it (optional key)."""
        return import_fields(model, row, [*names, *(["source_lang"] if "source_lang" in row else [])], self.where)

    def translations(self, obj: models.Model, row: dict[str, Any]) -> None:
        """The record's texts in other languages (optional key `translations`), one row per language,
        with their status, author and time of the last change."""
        if "translations" not in row:
            return
        model, fk = TRANSLATION_MODELS[type(obj)]
        base, seen = self.where, set()
        for k, t in enumerate(as_list(row, "translations", base)):
            self.where = f"{base}.translations[{k}]"
            check_keys(t, self.where, {*spec.TRANSLATION, *model.FIELDS})
            fields = import_fields(model, t, ["lang", "status", *model.FIELDS, "updated_at"], self.where)
            if fields["lang"] in seen:
                raise fail(self.where, "lang", f"a second translation into {fields['lang']!r}")
            seen.add(fields["lang"])
            self.save(model(**{fk: obj}, updated_by=self.user(t["updated_by"], "updated_by"), **fields))
        self.where = base

    # -- sections ----------------------------------------------------------------------------------------------
    def users_(self) -> None:
        """Create the file's users; with --replace a user who already exists (same username) is updated
        in place, keeping its id, its two-factor devices and its audit-history authorship. Users of the
        database the file does not contain are deleted, unless that would lose devices or authorship:
        then the import is refused (the operator decides, nothing is written)."""
        for n, row in self.rows("users"):
            self.where = f"users[{n}]"
            check_keys(row, self.where, set(spec.USER))
            fields = import_fields(User, row, spec.USER, self.where)
            user = User.objects.filter(username=fields["username"]).first() or User()
            for name, value in fields.items():
                setattr(user, name, value)
            if user.username in self.users:
                raise fail(self.where, "username", f"duplicate user {user.username!r}")
            self.users[user.username] = self.save(user)
        self.where = "users"
        others = User.objects.exclude(pk__in=[u.pk for u in self.users.values()])
        lost = what_users_would_lose(others)
        if lost:
            named = "; ".join(f"{name} ({', '.join(things)})" for name, things in sorted(lost.items()))
            raise ImportFileError(
                f"users: --replace would delete users this database has and the file does not, losing {named}. "
                "Add them to the file (export them first) or delete them deliberately, then import again"
            )
        others.delete()

    def actors(self) -> None:
        for n, row in self.rows("actors"):
            self.where = f"actors[{n}] (id {row.get('id') if isinstance(row, dict) else '?'})"
            check_keys(row, self.where, {*spec.ACTOR, "aliases"}, set(spec.TRANSLATABLE))
            self.new_id("actors", row)
            actor = self.save(m.Actor(**self.own(m.Actor, row, spec.ACTOR)))
            self.translations(actor, row)
            for k, a in enumerate(as_list(row, "aliases", self.where)):
                self.where = f"actors[{n}].aliases[{k}]"
                check_keys(a, self.where, set(spec.ALIAS))
                alias = m.ActorAlias(actor=actor, **import_fields(m.ActorAlias, a, spec.ALIAS, self.where))
                alias.normalised = normalise_name(alias.name)
                self.save(alias)

    def documents(self) -> None:
        for n, row in self.rows("source_documents"):
            self.where = f"source_documents[{n}]"
            check_keys(row, self.where, set(spec.DOCUMENT))
            self.new_id("documents", row)
            self.save(m.SourceDocument(**import_fields(m.SourceDocument, row, spec.DOCUMENT, self.where)))

    def cases(self) -> None:
        for n, row in self.rows("cases"):
            self.where = f"cases[{n}]"
            check_keys(row, self.where, set(spec.CASE), set(spec.TRANSLATABLE))
            self.new_id("cases", row)
            self.translations(self.save(m.Case(**self.own(m.Case, row, spec.CASE))), row)

    def incidents(self) -> None:
        for n, row in self.rows("incidents"):
            self.where = f"incidents[{n}] (id {row.get('id') if isinstance(row, dict) else '?'})"
            check_keys(
                row, self.where, {*spec.INCIDENT, *spec.INCIDENT_REFS, *spec.INCIDENT_NESTED}, set(spec.TRANSLATABLE)
            )
            self.new_id("incidents", row)
            incident = m.Incident(
                **self.own(m.Incident, row, spec.INCIDENT),
                primary_category=self.code(self.cb.categories, row["primary_category"], "primary_category", "category"),
                case_id=self.ref("cases", row["case"], "case"),
                source_document_id=self.ref("documents", row["source_document"], "source_document"),
                created_by=self.user(row["created_by"], "created_by"),
                verified_by=self.user(row["verified_by"], "verified_by"),
            )
            secondary = [
                self.code(self.cb.categories, c, "secondary_categories", "category")
                for c in as_list(row, "secondary_categories", self.where)
            ]
            self.save(incident)
            incident.secondary_categories.set(secondary)
            self.translations(incident, row)
            base = self.where
            for k, p in enumerate(as_list(row, "places", base)):
                self.where = f"{base}.places[{k}]"
                check_keys(p, self.where, {"place", "region_then", "region_now", *spec.INCIDENT_PLACE})
                self.save(
                    m.IncidentPlace(
                        incident=incident,
                        place=self.code(self.cb.places, p["place"], "place", "place", nullable=True),
                        region_then=self.code(self.cb.regions, p["region_then"], "region_then", "region", True),
                        region_now=self.code(self.cb.regions, p["region_now"], "region_now", "region", True),
                        **import_fields(m.IncidentPlace, p, spec.INCIDENT_PLACE, self.where),
                    )
                )
            for k, v in enumerate(as_list(row, "involvements", base)):
                self.where = f"{base}.involvements[{k}]"
                check_keys(v, self.where, {"actor", *spec.INVOLVEMENT})
                actor_id = self.ref("actors", v["actor"], "actor", nullable=False)
                fields = import_fields(m.Involvement, v, spec.INVOLVEMENT, self.where)
                self.save(m.Involvement(incident=incident, actor_id=actor_id, **fields))
            for k, s in enumerate(as_list(row, "sources", base)):
                self.where = f"{base}.sources[{k}]"
                check_keys(s, self.where, set(spec.SOURCE))
                self.save(m.Source(incident=incident, **import_fields(m.Source, s, spec.SOURCE, self.where)))

    def proceedings(self) -> None:
        seen: set[int] = set()
        for n, row in self.rows("proceedings"):
            self.where = f"proceedings[{n}] (id {row.get('id') if isinstance(row, dict) else '?'})"
            check_keys(row, self.where, {*spec.PROCEEDING, *spec.PROCEEDING_REFS, *spec.PROCEEDING_NESTED})
            if row["id"] in seen:
                raise fail(self.where, "id", f"duplicate id {row['id']}")
            seen.add(row["id"])
            proceeding = self.save(
                m.Proceeding(
                    **import_fields(m.Proceeding, row, spec.PROCEEDING, self.where),
                    case_id=self.ref("cases", row["case"], "case"),
                    incident_id=self.ref("incidents", row["incident"], "incident"),
                    court_id=self.ref("actors", row["court"], "court"),
                )
            )
            base = self.where
            bases: dict[tuple[Any, str], m.ProceedingBasis] = {}
            for k, b in enumerate(as_list(row, "bases", base)):
                self.where = f"{base}.bases[{k}]"
                check_keys(b, self.where, {"article", "part"})
                article = self.code(self.cb.articles, b["article"], "article", "legal article")
                part = import_fields(m.ProceedingBasis, b, ["part"], self.where)["part"]
                bases[(b["article"], part)] = self.save(
                    m.ProceedingBasis(proceeding=proceeding, article=article, part=part)
                )
            for k, p in enumerate(as_list(row, "parties", base)):
                self.where = f"{base}.parties[{k}]"
                self.party(proceeding, p, bases)
            for k, s in enumerate(as_list(row, "stages", base)):
                self.where = f"{base}.stages[{k}]"
                check_keys(s, self.where, {*spec.STAGE, "incident"})
                fields = import_fields(m.StageEvent, s, spec.STAGE, self.where)
                incident_id = self.ref("incidents", s["incident"], "incident")
                self.save(m.StageEvent(proceeding=proceeding, incident_id=incident_id, **fields))
            for k, a in enumerate(as_list(row, "amounts", base)):
                self.where = f"{base}.amounts[{k}]"
                check_keys(a, self.where, set(spec.AMOUNT))
                self.save(
                    m.MoneyAmount(proceeding=proceeding, **import_fields(m.MoneyAmount, a, spec.AMOUNT, self.where))
                )

    def party(self, proceeding: m.Proceeding, p: Any, bases: dict[tuple[Any, str], m.ProceedingBasis]) -> None:
        """One party with its structured outcome. The outcome keys are optional (files exported before
        they existed still import); a charge must name a basis of the same proceeding."""
        where = self.where
        check_keys(p, where, {"actor", "role"}, {*spec.PARTY_OUTCOME, *spec.PARTY_NESTED})
        actor_id = self.ref("actors", p["actor"], "actor", nullable=False)
        names = ["role", *(n for n in spec.PARTY_OUTCOME if n in p)]
        party = self.save(
            m.ProceedingParty(
                proceeding=proceeding, actor_id=actor_id, **import_fields(m.ProceedingParty, p, names, where)
            )
        )
        charges = []
        for k, c in enumerate(as_list(p, "charges", where) if "charges" in p else []):
            self.where = f"{where}.charges[{k}]"
            check_keys(c, self.where, {"article", "part"})
            basis = bases.get((c["article"], c["part"]))
            if basis is None:
                message = f"{c['article']} part {c['part']!r} is not a basis of this proceeding"
                raise fail(self.where, "article", message)
            charges.append(basis)
        party.charges.set(charges)
        sentences = []
        for k, s in enumerate(as_list(p, "sentences", where) if "sentences" in p else []):
            self.where = f"{where}.sentences[{k}]"
            check_keys(s, self.where, set(spec.SENTENCE))
            sentences.append(
                self.save(m.Sentence(party=party, **import_fields(m.Sentence, s, spec.SENTENCE, self.where)))
            )
        for k, b in enumerate(as_list(p, "bans", where) if "bans" in p else []):
            self.where = f"{where}.bans[{k}]"
            check_keys(b, self.where, {*spec.BAN, "sentence"})
            ref = b["sentence"]
            if ref is not None and (isinstance(ref, bool) or not isinstance(ref, int) or not 0 <= ref < len(sentences)):
                raise fail(self.where, "sentence", f"refers to unknown sentence {ref!r} of this party")
            fields = import_fields(m.Ban, b, spec.BAN, self.where)
            self.save(m.Ban(party=party, sentence=None if ref is None else sentences[ref], **fields))
        self.where = where

    def figures(self) -> None:
        for n, row in self.rows("published_figures"):
            self.where = f"published_figures[{n}]"
            check_keys(row, self.where, {*spec.FIGURE, "source_document"})
            fields = import_fields(m.PublishedFigure, row, spec.FIGURE, self.where)
            doc = self.ref("documents", row["source_document"], "source_document")
            self.save(m.PublishedFigure(source_document_id=doc, **fields))

    def legislation(self) -> None:
        for n, row in self.rows("legislative_items"):
            self.where = f"legislative_items[{n}]"
            check_keys(row, self.where, {*spec.LEGISLATIVE, "incident", "events"}, set(spec.TRANSLATABLE))
            item = self.save(
                m.LegislativeItem(
                    incident_id=self.ref("incidents", row["incident"], "incident"),
                    **self.own(m.LegislativeItem, row, spec.LEGISLATIVE),
                )
            )
            self.translations(item, row)
            for k, e in enumerate(as_list(row, "events", self.where)):
                self.where = f"legislative_items[{n}].events[{k}]"
                check_keys(e, self.where, set(spec.LEG_EVENT))
                self.save(
                    m.LegislativeEvent(item=item, **import_fields(m.LegislativeEvent, e, spec.LEG_EVENT, self.where))
                )

    def run(self) -> dict[str, int]:
        self.where = "codebook"
        self.cb = import_codebook(self.data["codebook"])
        self.users_()
        self.actors()
        self.documents()
        self.cases()
        self.incidents()
        self.proceedings()
        self.figures()
        self.legislation()
        self.where = "codebook (removing rows the file does not contain)"
        remove_other_rows(self.cb)
        return self.counts


def check_top(data: Any) -> dict[str, Any]:
    if not isinstance(data, dict):
        raise ImportFileError(f"file: expected a JSON object at the top level, got {type(data).__name__}")
    if data.get("schema") != spec.SCHEMA:
        raise ImportFileError(f"file, field 'schema': expected {spec.SCHEMA!r}, got {data.get('schema')!r}")
    return check_keys(data, "file", {"schema", *spec.SECTIONS})


def import_database(data: Any, *, replace: bool = False) -> dict[str, int]:
    """Load an export into this database in one transaction; raises ImportFileError (nothing written)."""
    from speechwatch.web import search_document

    data = check_top(data)
    importer = Importer(data)
    try:
        with transaction.atomic(), keep_timestamps():
            if not is_empty():
                if not replace:
                    raise ImportFileError(
                        "database: it already holds data (users, incidents, ...); import into an empty database "
                        "or pass --replace to delete the existing data first"
                    )
                wipe(keep_users=True)
            # each incident's search document once, at the end, instead of once per row that touches it
            with search_document.deferred():
                counts = importer.run()
            with connection.cursor() as cursor:
                for sql in connection.ops.sequence_reset_sql(no_style(), KEPT_IDS):
                    cursor.execute(sql)
    except (IntegrityError, DatabaseError) as exc:
        raise ImportFileError(f"{importer.where}: the database refused the record ({exc})") from exc
    return counts
