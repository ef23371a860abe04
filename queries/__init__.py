"""SQL queries kept as .sql files, one query per file; the file stem is its name."""

from functools import cache
from importlib.resources import files


@cache
def load(name: str) -> str:
    """Return the text of ``queries/<name>.sql``; FileNotFoundError for an unknown name."""
    return (files(__package__) / f"{name}.sql").read_text(encoding="utf-8")


def names() -> list[str]:
    """All query names, sorted; tests/test_conventions.py checks each one has a test."""
    return sorted(
        p.name.removesuffix(".sql") for p in files(__package__).iterdir() if p.name.endswith(".sql")
    )
