"""Static files storage for DEBUG off: WhiteNoise's compressed manifest storage, tolerant of a missing
manifest.

`speechwatch serve` always runs collectstatic before serving, so in production every `{% static %}`
name is in the manifest and gets its hashed, far-future-cacheable URL. Tests and one-off commands
(rendering a report from the CLI) run with DEBUG off too but never collect; for them a name that is not
in the manifest falls back to its plain URL instead of raising "Missing staticfiles manifest entry".
"""

from __future__ import annotations

from whitenoise.storage import CompressedManifestStaticFilesStorage


class ManifestStaticStorage(CompressedManifestStaticFilesStorage):
    """Hashed names from the manifest when collected, plain names otherwise."""

    manifest_strict = False

    def stored_name(self, name: str) -> str:
        try:
            return super().stored_name(name)
        except ValueError:  # not collected (no manifest, or the file is not in STATIC_ROOT)
            return name
