from django.db import migrations


def load(apps, schema_editor):
    from types import SimpleNamespace

    from speechwatch.vocab.services import load_codebook

    names = ["CategoryGroup", "Category", "LegalCode", "LegalArticle", "Region", "Place", "PlaceRegion", "CodebookVersion"]
    load_codebook(models=SimpleNamespace(**{n: apps.get_model("vocab", n) for n in names}))


class Migration(migrations.Migration):
    dependencies = [("vocab", "0001_initial")]
    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
