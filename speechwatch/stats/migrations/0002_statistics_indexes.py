"""Indexes the statistics engine needs on the incidents tables (same SQL on SQLite and PostgreSQL).

- stats_inc_counted: covers the per-category GROUP BY of counted incidents (status, registration month,
  follow-up flag, category), so a month or a year is an index range scan (index-only on PostgreSQL);
- stats_proc_filed: proceedings by filing day (NULLs included, for the registration-month fallback),
  with kind, honor flag and incident so the range and the join key come from the index;
- stats_money_date: money amounts by date and kind (recovered amounts are counted by their date);
- stats_inc_id_cover (PostgreSQL only): incident id with status and registration month, so joining a
  proceeding to its incident for the counted-status check is an index-only probe (on SQLite the
  table itself is keyed by id, so the index would only cost writes).

They live here rather than in the incidents models' Meta because the statistics engine is what needs
them; the lead may move them into `incidents` (drop this migration's operations then).
"""

from django.db import migrations

INDEXES = {
    "stats_inc_counted": ("incidents_incident (status, registered_month, is_follow_up, primary_category_id)", None),
    "stats_proc_filed": ("incidents_proceeding (filed_on, kind, is_honor_claim, incident_id)", None),
    "stats_money_date": ("incidents_moneyamount (date, kind)", None),
    "stats_inc_id_cover": ("incidents_incident (id, status, registered_month)", "postgresql"),
}


def _run(sql_by_name):
    def apply(apps, schema_editor):
        for name, (target, vendor) in INDEXES.items():
            if vendor is None or vendor == schema_editor.connection.vendor:
                schema_editor.execute(sql_by_name(name, target))

    return apply


class Migration(migrations.Migration):
    dependencies = [
        ("stats", "0001_initial"),
        ("incidents", "0001_initial"),
    ]

    operations = [
        migrations.RunPython(
            _run(lambda name, target: f"CREATE INDEX IF NOT EXISTS {name} ON {target}"),
            _run(lambda name, target: f"DROP INDEX IF EXISTS {name}"),
        )
    ]
