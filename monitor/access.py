"""Roles, the viewer of a request, and what each role may see and do."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class Role(StrEnum):
    PEER_EXPERT = "ervaringsdeskundige"
    COORDINATOR = "coordinator"
    CONTRACT_MANAGER = "contractmanager"
    ADVISORY_GROUP = "begeleidingsgroep"
    MUNICIPALITY = "gemeente"


ROLE_LABELS: dict[Role, str] = {
    Role.PEER_EXPERT: "Ervaringsdeskundige",
    Role.COORDINATOR: "Coördinator",
    Role.CONTRACT_MANAGER: "Contractmanager MGR",
    Role.ADVISORY_GROUP: "Begeleidingsgroep",
    Role.MUNICIPALITY: "Gemeente",
}

POOL_TEAM = frozenset({Role.PEER_EXPERT, Role.COORDINATOR})


class AccessDenied(PermissionError):
    """The viewer's role may not read or write this."""


@dataclass(frozen=True)
class Viewer:
    """Who is asking: the logged-in user with their role and, where it applies, their scope."""

    user_id: int
    login: str
    name: str
    role: Role
    peer_expert_id: int | None = None
    municipality_code: str | None = None

    @property
    def in_pool_team(self) -> bool:
        """Peer experts and the coördinator see exact small counts; everyone else sees ``<5``."""
        return self.role in POOL_TEAM

    @property
    def suppress_small_counts(self) -> bool:
        return not self.in_pool_team

    def note_params(self) -> dict[str, object]:
        """Parameters for the ``note_visible`` SQL macro in every query that reads notes."""
        return {
            "viewer_role": str(self.role),
            "viewer_peer_expert_id": self.peer_expert_id,
            "viewer_municipality": self.municipality_code,
        }

    def require(self, *roles: Role) -> None:
        if self.role not in roles:
            raise AccessDenied(
                f"Uw rol ({ROLE_LABELS[self.role]}) heeft geen toegang tot dit onderdeel."
            )
