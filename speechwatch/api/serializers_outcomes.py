"""A party's structured legal outcome in the API (charges, custody, sentences, bans).

An unconfirmed party link (an editor has not checked that this person is a party in this role) shows
its outcome only to users who may create records: the public API, like a briefing, never presents an
unchecked charge as a fact."""

from __future__ import annotations

from typing import Any

from speechwatch.core import permissions
from speechwatch.incidents.models import Ban, ProceedingParty, Sentence

SENTENCE_FIELDS = [
    "kind", "term_years", "term_months", "term_days", "fine_kzt", "is_suspended", "probation_years",
    "probation_months", "sentenced_on", "starts_on", "ends_on", "is_current",
]  # fmt: skip
BAN_FIELDS = ["kind", "term_years", "term_months", "term_days", "starts_on", "ends_on"]


def _plain(obj: Sentence | Ban, names: list[str]) -> dict[str, Any]:
    out = {}
    for n in names:
        value = getattr(obj, n)
        out[n] = value.isoformat() if hasattr(value, "isoformat") else value
    return out


def party_data(party: ProceedingParty, user: Any) -> dict[str, Any]:
    """The party as the API prints it: actor, role, and its outcome when confirmed or visible to `user`."""
    data: dict[str, Any] = {
        "actor": party.actor_id,
        "name": party.actor.name,
        "role": party.role,
        "confirmed": party.confirmed,
    }
    if not party.confirmed and not (user is not None and permissions.can_create(user)):
        return data
    sentences = sorted(party.sentences.all(), key=lambda s: s.pk)
    index = {s.pk: n for n, s in enumerate(sentences)}
    data.update(
        charges=[
            {"code": b.article.code_id, "article": b.article.article, "part": b.part}
            for b in sorted(party.charges.all(), key=lambda b: b.pk)
        ],
        custody_status=party.custody_status,
        custody_since=party.custody_since.isoformat() if party.custody_since else None,
        sentences=[_plain(s, SENTENCE_FIELDS) for s in sentences],
        bans=[
            {**_plain(b, BAN_FIELDS), "sentence": index.get(b.sentence_id)}
            for b in sorted(party.bans.all(), key=lambda b: b.pk)
        ],
    )
    return data
