"""Validation errors with Dutch messages, raised before anything is written."""

from __future__ import annotations

from collections.abc import Iterable


class ValidationError(ValueError):
    """Bad input; ``messages`` are Dutch sentences for the user, one per problem."""

    def __init__(self, messages: str | Iterable[str]) -> None:
        self.messages = [messages] if isinstance(messages, str) else list(messages)
        super().__init__(" ".join(self.messages))


def collect(checks: Iterable[str | None]) -> None:
    """Raise one ValidationError with every non-empty message, or return when all passed."""
    problems = [m for m in checks if m]
    if problems:
        raise ValidationError(problems)
