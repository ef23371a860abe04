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
    PageSpec("pages/register.py", "Registreren", "registreren", ":material/edit_note:", POOL),
    PageSpec(
        "pages/sensemaking.py",
        "Samen duiden",
        "samen-duiden",
        ":material/diversity_3:",
        frozenset(ALL_ROLES - {Role.MUNICIPALITY}),
    ),
    PageSpec("pages/stories.py", "Verhalen en signalen", "verhalen", ":material/forum:", ALL_ROLES),
    PageSpec(
        "pages/my_signals.py",
        "Mijn signalen",
        "mijn-signalen",
        ":material/campaign:",
        frozenset({Role.PEER_EXPERT}),
    ),
    PageSpec(
        "pages/reach.py",
        "Bereik per thema",
        "bereik",
        ":material/grid_view:",
        frozenset(ANALYSTS | {Role.PEER_EXPERT}),
        section="Analyse",
    ),
    PageSpec(
        "pages/key.py",
        "Gemeente en verdeelsleutel",
        "verdeelsleutel",
        ":material/balance:",
        ANALYSTS,
        section="Analyse",
    ),
    PageSpec(
        "pages/trends.py",
        "Trends verkennen",
        "trends",
        ":material/timeline:",
        ANALYSTS,
        section="Analyse",
    ),
    PageSpec(
        "pages/sub_assignments.py",
        "Deelopdrachten",
        "deelopdrachten",
        ":material/assignment:",
        ALL_ROLES,
        section="Deelopdrachten",
    ),
    PageSpec(
        "pages/kickoffs.py",
        "Startbijeenkomsten",
        "startbijeenkomsten",
        ":material/groups:",
        ALL_ROLES,
        section="Deelopdrachten",
    ),
    PageSpec(
        "pages/development_goals.py",
        "Ontwikkeldoelen",
        "ontwikkeldoelen",
        ":material/flag:",
        ALL_ROLES,
        section="Deelopdrachten",
    ),
    PageSpec(
        "pages/report.py",
        "Halfjaarrapportage",
        "halfjaarrapportage",
        ":material/summarize:",
        frozenset(
            {Role.COORDINATOR, Role.CONTRACT_MANAGER, Role.ADVISORY_GROUP, Role.MUNICIPALITY}
        ),
        section="Verantwoording",
    ),
    PageSpec(
        "pages/contract_talk.py",
        "Contractgesprek",
        "contractgesprek",
        ":material/handshake:",
        frozenset({Role.CONTRACT_MANAGER, Role.COORDINATOR, Role.ADVISORY_GROUP}),
        section="Verantwoording",
    ),
    PageSpec(
        "pages/admin.py",
        "Beheer",
        "beheer",
        ":material/admin_panel_settings:",
        frozenset({Role.CONTRACT_MANAGER}),
        section="Beheer",
    ),
    PageSpec(
        "pages/import_data.py",
        "Importeren",
        "importeren",
        ":material/upload_file:",
        frozenset({Role.COORDINATOR, Role.CONTRACT_MANAGER}),
        section="Beheer",
    ),
]


LOGIN_PAGE = PageSpec("pages/login.py", "Inloggen", "inloggen", ":material/login:", frozenset())


def pages_for(role: Role) -> list[PageSpec]:
    return [p for p in PAGES if role in p.roles]


def spec(file: str) -> PageSpec:
    for p in PAGES:
        if p.file == file:
            return p
    raise KeyError(file)
