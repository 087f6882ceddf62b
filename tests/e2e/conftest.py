"""Headless Chromium (Debian's /usr/bin/chromium) driven by Playwright's sync API against
pytest-django's live_server. Skips with a reason when Chromium or Playwright is missing."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

CHROMIUM = Path(os.environ.get("SPEECHWATCH_CHROMIUM", "/usr/bin/chromium"))
ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


@pytest.fixture(scope="module")
def browser():
    """Module-scoped: Playwright's sync API keeps an event loop running while it is open, so it must be
    closed before another test module starts its own (tests/reports has browser tests too)."""
    if not CHROMIUM.exists() and not shutil.which("chromium"):
        pytest.skip(f"{CHROMIUM} is missing: install Debian's chromium (make system-deps) to run browser tests")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        pytest.skip("playwright (python) is not installed")
    # live_server runs Django in a thread while Playwright's sync API runs an event loop in this one.
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    try:
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
            yield browser
            browser.close()
    finally:
        os.environ.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)


@pytest.fixture
def new_context(browser):
    contexts = []

    def make():
        ctx = browser.new_context(viewport={"width": 1280, "height": 900}, locale="en-US")
        ctx.set_default_timeout(15_000)
        contexts.append(ctx)
        return ctx

    yield make
    for ctx in contexts:
        ctx.close()
