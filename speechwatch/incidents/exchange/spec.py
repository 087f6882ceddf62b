"""Which fields of which model go into the export file, in order. One place for export and import."""

from __future__ import annotations

LABELS = ["label_en", "label_ru", "label_kk"]
SCHEMA = "speechwatch.export/1"

SECTIONS = [
    "codebook",
    "users",
    "actors",
    "source_documents",
    "cases",
    "incidents",
    "proceedings",
    "published_figures",
    "legislative_items",
]

GROUP = ["code", "counted", "order", *LABELS]
CATEGORY = ["code", "order", "chapter", *LABELS, "description_en", "description_ru", "description_kk", "active"]
LEGAL_CODE = ["code", *LABELS]
ARTICLE = ["article", "measure", "valid_from", "valid_to", *LABELS]
REGION = ["code", "kind", "valid_from", "valid_to", "variants", *LABELS]
PLACE = ["name_en", "name_ru", "name_kk", "kind", "variants"]
MEMBERSHIP = ["valid_from", "valid_to"]
VERSION = ["vocabulary", "version", "source", "loaded_at"]

USER = [
    "username", "password", "email", "first_name", "last_name", "role", "preferred_language", "is_active",
    "is_staff", "is_superuser", "date_joined", "last_login",
]  # fmt: skip
ACTOR = ["id", "name", "kind", "subkind", "description", "is_state", "created_at"]
ALIAS = ["name", "is_transliteration"]
DOCUMENT = [
    "id", "sha256", "filename", "format", "language", "text", "title", "publisher", "kind", "period_start",
    "period_end", "published", "warnings", "extraction", "imported_at",
]  # fmt: skip
CASE = ["id", "title", "description", "is_confidential", "created_at", "updated_at"]
INCIDENT = [
    "id", "title", "date", "date_precision", "registered_month", "summary", "narrative", "status",
    "is_confidential", "confidential_notes", "is_follow_up", "span_start", "span_end", "created_at",
    "updated_at", "verified_at", "published_at",
]  # fmt: skip
INCIDENT_REFS = ["primary_category", "secondary_categories", "case", "source_document", "created_by", "verified_by"]
INCIDENT_NESTED = ["places", "involvements", "sources"]
INCIDENT_PLACE = ["name_as_written"]
INVOLVEMENT = ["role", "note"]
SOURCE = [
    "kind", "url", "title", "document", "correspondent", "excerpt", "reliability", "is_confidential", "received",
]  # fmt: skip
PROCEEDING = [
    "id", "kind", "title", "filed_on", "is_honor_claim", "court_name", "outcome", "outcome_note", "is_confidential",
    "created_at", "updated_at",
]  # fmt: skip
PROCEEDING_REFS = ["case", "incident", "court"]
PROCEEDING_NESTED = ["bases", "parties", "stages", "amounts"]
# A party's structured legal outcome (optional keys on import, so files written before them still load):
# charges name bases of the same proceeding by article key and part; a ban names its sentence by index.
PARTY_OUTCOME = ["custody_status", "custody_since", "confirmed"]
PARTY_NESTED = ["charges", "sentences", "bans"]
TERM = ["term_years", "term_months", "term_days", "starts_on", "ends_on"]
SENTENCE = [
    "kind", *TERM, "fine_kzt", "is_suspended", "probation_years", "probation_months", "sentenced_on", "is_current",
    "note",
]  # fmt: skip
BAN = ["kind", *TERM, "note"]
STAGE = ["kind", "date", "date_precision", "note", "in_favour_of_media"]
AMOUNT = ["kind", "amount_kzt", "date", "note"]
FIGURE = [
    "publisher", "measure", "scope", "value", "period_start", "period_end", "wording", "span_start", "span_end",
]  # fmt: skip
LEGISLATIVE = ["title", "kind", "description"]
LEG_EVENT = ["date", "status", "note"]
# Record texts in other languages (docs/decisions/0003-translations.md): every translatable record
# (actor, case, incident, legislative item) carries `source_lang` and a `translations` list, each item
# the keys below plus the model's text fields (TRANSLATION_FIELDS). Optional on import, so files
# written before translations existed still load.
TRANSLATABLE = ["source_lang", "translations"]
TRANSLATION = ["lang", "status", "updated_by", "updated_at"]
