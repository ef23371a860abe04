"""The page registry: every page, its Dutch title and URL, and the roles that may open it."""

from __future__ import annotations

from dataclasses import dataclass

from monitor.access import Role

ALL_ROLES = frozenset(Role)
POOL = frozenset({Role.PEER_EXPERT, Role.COORDINATOR})
ANALYSTS = frozenset(
    {Role.COORDINATOR, Role.CONTRACT_MANAGER, Role.ADVISORY_GROUP, Role.MUNICIPALITY}
)


@dataclass(frozen=True)
class PageSpec:
    file: str
    title: str
    url_path: str
    icon: str
    roles: frozenset[Role]
    section: str = "Monitor"


# Order is menu order. Add a page here, in pages/, and in tests/pages/ (enforced by a test).
PAGES: list[PageSpec] = [
    PageSpec("pages/overview.py", "Overzicht", "overzicht", ":material/home:", ALL_ROLES),
]


LOGIN_PAGE = PageSpec("pages/login.py", "Inloggen", "inloggen", ":material/login:", frozenset())


def pages_for(role: Role) -> list[PageSpec]:
    return [p for p in PAGES if role in p.roles]


def spec(file: str) -> PageSpec:
    for p in PAGES:
        if p.file == file:
            return p
    raise KeyError(file)
