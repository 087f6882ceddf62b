"""Whole-database export and import in the documented `speechwatch.export/1` JSON format."""

from speechwatch.incidents.exchange.export import export_database
from speechwatch.incidents.exchange.fields import ImportFileError
from speechwatch.incidents.exchange.importer import import_database, is_empty

__all__ = ["ImportFileError", "export_database", "import_database", "is_empty"]
