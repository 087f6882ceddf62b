"""`speechwatch train`: retrain the incident category model from this installation's reviewed drafts.

Why: the shipped model (speechwatch/extraction/data/category_model.json) was trained on the project's
own labelled text; an organisation's editors correct its guesses every day. Counts add up (see
`speechwatch.extraction.category_model`), so the new model is the shipped counts plus the features of
every reviewed draft (accepted, or its category changed by an editor), each counted `--weight` times,
written atomically to the file the installation's pipeline reads: the `SPEECHWATCH_CATEGORY_MODEL`
setting (environment variable of that name, default `<data dir>/category_model.json`). The next import
(in any process: the model is reloaded when the file changes) uses it. Run it again after more reviews;
delete the file to go back to the shipped model.
"""

from __future__ import annotations

import json
import os
import tempfile
from collections import Counter
from pathlib import Path
from typing import Any

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db.models import F, Q

from speechwatch.extraction import category_model
from speechwatch.ingest.models import DraftProposal

# One editor's decision on this organisation's own reports weighs as much as half a percent of the shipped
# stories (at least ten): the shipped model grows with every invented batch, and a fixed weight let a correction
# fade as it grew (10 turned a similar story at ~3,000 shipped stories, no longer at ~3,300).
WEIGHT_SHARE = 200
MIN_WEIGHT = 10


def default_weight(base: dict) -> int:
    """How many shipped stories one reviewed draft counts as, for the shipped model `base`."""
    return max(MIN_WEIGHT, round(sum(base["docs"].values()) / WEIGHT_SHARE))



def reviewed_examples() -> tuple[list[category_model.Example], int]:
    """(category, language, text) of every reviewed draft, and how many of them were corrected.

    Reviewed: the proposal was accepted, or the incident's category is no longer the one extraction
    proposed (an editor corrected it, whether or not the draft is accepted yet). Rejected drafts teach
    nothing about categories."""
    from speechwatch.extraction.language import detect_language

    qs = (DraftProposal.objects.exclude(status=DraftProposal.Status.REJECTED)
          .filter(Q(status=DraftProposal.Status.ACCEPTED)
                  | (~Q(proposed_category="") & ~Q(incident__primary_category__code=F("proposed_category"))))
          .select_related("incident__primary_category", "incident__source_document")
          .order_by("id"))
    out: list[category_model.Example] = []
    corrected = 0
    for proposal in qs.iterator():
        incident = proposal.incident
        text = incident.narrative or incident.summary or incident.title
        if not text.strip() or incident.primary_category is None:
            continue
        doc = incident.source_document
        language = (doc.language if doc is not None else "") or detect_language(text)
        code = incident.primary_category.code
        corrected += bool(proposal.proposed_category) and proposal.proposed_category != code
        out.append((code, language, text))
    return out, corrected


def write_atomically(path: Path, content: str) -> None:
    """Write `content` to `path` so that a reader never sees half a file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".category_model.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(content)
        os.chmod(tmp, 0o644)  # mkstemp makes it 0600; the web and worker processes must read it (no secrets)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


class Command(BaseCommand):
    help = (
        "Retrain the incident category model from the reviewed (accepted or corrected) drafts plus the "
        "shipped training counts, and write it where this installation's imports read it."
    )

    def add_arguments(self, parser: Any) -> None:
        parser.add_argument("--output", type=Path, help="where to write the model (default: the "
                            "SPEECHWATCH_CATEGORY_MODEL setting)")
        parser.add_argument("--weight", type=int, default=None,
                            help="how many shipped stories one reviewed draft counts as (default: half a percent of "
                            f"the shipped stories, at least {MIN_WEIGHT})")
        parser.add_argument("--dry-run", action="store_true", help="count the reviewed drafts, write nothing")

    def handle(self, *args: Any, **options: Any) -> None:
        if options["weight"] is not None and options["weight"] < 1:
            raise CommandError("--weight must be at least 1")
        target = options["output"] or Path(settings.SPEECHWATCH_CATEGORY_MODEL)
        base = json.loads(category_model.MODEL_PATH.read_text(encoding="utf-8"))
        weight = options["weight"] or default_weight(base)
        examples, corrected = reviewed_examples()
        by_category = Counter(code for code, _, _ in examples)
        self.stdout.write(f"{len(examples)} reviewed drafts ({corrected} with a corrected category): "
                          + (", ".join(f"{c} {n}" for c, n in sorted(by_category.items())) or "none"))
        if options["dry_run"]:
            return
        model = category_model.merge(base, category_model.train(examples), weight=weight)
        write_atomically(target, category_model.dumps(model))
        self.stdout.write(f"wrote {target} ({len(model['counts'])} features, {len(model['docs'])} categories)")
