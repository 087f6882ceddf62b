"""Fill the new coordinates of the places from the installed codebook (places.json `lat`/`lon`)."""

from django.db import migrations


def load(apps, schema_editor):
    from types import SimpleNamespace

    from speechwatch.vocab.services import load_place_coordinates

    load_place_coordinates(models=SimpleNamespace(Place=apps.get_model("vocab", "Place")))


class Migration(migrations.Migration):
    dependencies = [("vocab", "0003_place_coordinates")]
    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
