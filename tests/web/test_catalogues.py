"""Every string of the web pages and every choice label has a Russian and a Kazakh translation."""

from __future__ import annotations

import re
from pathlib import Path

import polib
import pytest

ROOT = Path(__file__).resolve().parents[2] / "speechwatch"
TEMPLATE_STRING = re.compile(r"""\{%\s*translate\s+(["'])(.+?)\1""")
PY_STRING = re.compile(r"""\b_\(\s*"((?:[^"\\]|\\.)+)"\s*\)""")


def web_msgids() -> set[str]:
    ids: set[str] = set()
    for path in (ROOT / "web" / "templates").rglob("*.html"):
        ids |= {m.group(2) for m in TEMPLATE_STRING.finditer(path.read_text(encoding="utf-8"))}
    sources = [*(ROOT / "web").rglob("*.py"), ROOT / "incidents" / "choices.py", ROOT / "accounts" / "models.py"]
    for path in sources:
        ids |= set(PY_STRING.findall(path.read_text(encoding="utf-8")))
    return ids


@pytest.mark.parametrize("lang", ["ru", "kk"])
def test_web_strings_and_choices_are_translated(lang):
    po = polib.pofile(str(ROOT / "locale" / lang / "LC_MESSAGES" / "django.po"))
    translated = {e.msgid for e in po.translated_entries()}
    wanted = web_msgids()
    assert len(wanted) > 150
    missing = sorted(wanted - translated)
    assert not missing, f"{lang}: untranslated: {missing}"
