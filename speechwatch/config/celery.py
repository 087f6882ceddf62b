"""Celery application: workers on any number of machines share the broker in SPEECHWATCH_BROKER_URL.

Start a worker with `speechwatch worker` (or `celery -A speechwatch.config.celery worker`).
"""

import os

from celery import Celery

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "speechwatch.config.settings")

app = Celery("speechwatch")
app.config_from_object("django.conf:settings", namespace="CELERY")
# Keep retrying when the broker is not up yet at start (systemd/compose may start us first).
app.conf.broker_connection_retry_on_startup = True
app.autodiscover_tasks()
