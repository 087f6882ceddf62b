"""Download of a source's file, under the same rule as the source itself.

Source files used to be served straight from MEDIA_URL, so anyone who guessed a path got a confidential
file. Now MEDIA_ROOT is not served at all and this view is the only way to a file: the source is looked
up among the sources the user may see, `Source.objects.restrict(user, "view")` (its incident visible to
the user, the source itself not confidential unless the user may see confidential records of that
incident). Anything else is 404, not
403, so the answer does not even confirm that the source exists.
"""

from __future__ import annotations

import mimetypes
import os
import unicodedata
from typing import Any

from django.http import FileResponse, Http404, HttpRequest
from django.views.decorators.http import require_GET

from speechwatch.incidents.models import Source

MAX_NAME = 150
_UNSAFE = set("/\\\"'<>:|?*;%")
SAFE_TYPES = {
    "application/pdf",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "application/msword",
    "text/plain",
    "text/csv",
    "image/png",
    "image/jpeg",
    "image/gif",
    "audio/mpeg",
    "video/mp4",
}


def visible_source(user: Any, pk: int) -> Source:
    """The source `pk` if `user` may see it (the project's one rule, `Source.objects.restrict`), else 404."""
    source = Source.objects.restrict(user, "view").filter(pk=pk).first()
    if source is None:
        raise Http404
    return source


def download_name(source: Source) -> str:
    """A filename safe in a Content-Disposition header: the title (the original name for files uploaded
    since names became random), without path separators, quotes or control characters, and ending in the
    stored file's extension so the browser opens it with the right program."""
    ext = os.path.splitext(source.document.name)[1].lower()
    base = unicodedata.normalize("NFC", source.title or "")
    base = "".join(c for c in base if c not in _UNSAFE and unicodedata.category(c)[0] != "C")
    base = " ".join(base.split()).strip(" .") or f"source-{source.pk}"
    if ext and base.lower().endswith(ext):
        base = base[: -len(ext)]
    return (base[: MAX_NAME - len(ext)].strip(" .") or f"source-{source.pk}") + ext


def content_type(name: str) -> str:
    """The guessed type for formats a browser hands to another program; anything else (HTML, SVG, XML,
    scripts) goes out as application/octet-stream."""
    guessed, _encoding = mimetypes.guess_type(name)
    return guessed if guessed in SAFE_TYPES else "application/octet-stream"


@require_GET
def source_file(request: HttpRequest, pk: int) -> FileResponse:
    """Send the file as an attachment (never rendered inline, so an uploaded HTML file cannot run as a
    page of this site), not cached by browsers or proxies."""
    source = visible_source(request.user, pk)
    if not source.document:
        raise Http404
    try:
        handle = source.document.open("rb")
    except (FileNotFoundError, OSError) as exc:
        raise Http404 from exc
    name = download_name(source)
    response = FileResponse(handle, as_attachment=True, filename=name, content_type=content_type(name))
    response["X-Content-Type-Options"] = "nosniff"
    response["Cache-Control"] = "private, no-store"
    return response
