"""Ervaringsmonitor: the domain package (database, validation, privacy, reports, demo data)."""
