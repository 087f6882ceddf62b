"""speechwatch: monitoring of violations of freedom of expression."""

__version__ = "0.1.0"
