"""Celery application: workers on any number of machines share the broker in SPEECHWATCH_BROKER_URL.

Start a worker with `celery -A speechwatch.config.celery worker`.
"""

import os

from celery import Celery

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "speechwatch.config.settings")

app = Celery("speechwatch")
app.config_from_object("django.conf:settings", namespace="CELERY")
app.autodiscover_tasks()
