"""Beheer: users and roles, reference data and the audit log, for the contract manager only.

Every function takes the ``Viewer`` and refuses anyone but the contract manager with
``AccessDenied`` before reading or writing. Writes validate first (``ValidationError`` with a
Dutch message, nothing changed) and are audited in the same transaction.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Mapping
from decimal import Decimal, InvalidOperation
from typing import Any

import polars as pl

from monitor import db, reference
from monitor.access import ROLE_LABELS, Role, Viewer
from monitor.validation import ValidationError, collect

ADMIN = Role.CONTRACT_MANAGER

BUDGET_LINES: dict[str, str] = {
    "fte": "Inzet ervaringsdeskundigen (fte)",
    "organisatie": "Organisatie en coördinatie",
    "startbijeenkomsten": "Startbijeenkomsten",
    "financieel_beheer": "Financieel beheer MGR",
    "contractmanagement": "Contractmanagement",
    "evaluatie": "Evaluatie",
}
FACETS = {"thema": "Thema", "gemene_deler": "Gemene deler"}
FAMILIES = {"direct": "Directe ondersteuning", "invloed": "Invloed en kennis"}
AUDIT_ACTIONS = ("create", "update", "delete", "import", "login", "backup", "restore", "export")

_LOGIN = re.compile(r"^[a-z0-9._%+\-@]{3,200}$")
_CODE = re.compile(r"^[a-z_]{2,40}$")


# --- text checks ---------------------------------------------------------------------------


def clean_text(value: object, label: str, *, max_len: int, required: bool = True) -> str:
    """Trimmed single-line text; refuses control characters, over-long text and wrong types."""
    if not isinstance(value, str):
        raise ValidationError(f"{label}: vul tekst in.")
    text = value.strip()
    problems = []
    if required and not text:
        problems.append(f"{label} is verplicht.")
    if len(text) > max_len:
        problems.append(f"{label} is te lang (hoogstens {max_len} tekens).")
    if any(unicodedata.category(c) in {"Cc", "Cf", "Zl", "Zp"} for c in text):
        problems.append(f"{label} bevat onzichtbare of stuurtekens.")
    if "<" in text or ">" in text:
        problems.append(f"{label} mag geen < of > bevatten.")
    collect(problems)
    return text


def _int(value: object, label: str, low: int, high: int) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise ValidationError(f"{label}: vul een geheel getal in.")
    if not low <= value <= high:
        raise ValidationError(f"{label} moet tussen {low} en {high} liggen.")
    return value


def _decimal(value: object, label: str, low: Decimal, high: Decimal) -> Decimal:
    if isinstance(value, bool):
        raise ValidationError(f"{label}: vul een bedrag in.")
    try:
        amount = Decimal(str(value).replace(",", ".")) if not isinstance(value, Decimal) else value
    except InvalidOperation:
        raise ValidationError(f"{label}: vul een getal in.") from None
    if not amount.is_finite() or not low <= amount <= high:
        raise ValidationError(f"{label} moet tussen {low} en {high} liggen.")
    if amount != amount.quantize(Decimal("0.01")):
        raise ValidationError(f"{label}: hoogstens twee decimalen.")
    return amount.quantize(Decimal("0.01"))


def _bool(value: object, label: str) -> bool:
    if not isinstance(value, bool):
        raise ValidationError(f"{label}: kies ja of nee.")
    return value


# --- reads -----------------------------------------------------------------------------------


def users(viewer: Viewer) -> pl.DataFrame:
    viewer.require(ADMIN)
    return db.read("users_for_admin")


def peer_expert_choices(viewer: Viewer) -> pl.DataFrame:
    viewer.require(ADMIN)
    return db.read("peer_expert_choices")


def audit_entries(
    viewer: Viewer,
    *,
    actor: str | None = None,
    entity: str | None = None,
    action: str | None = None,
    start: dt.date | None = None,
    end: dt.date | None = None,
    limit: int = 500,
) -> pl.DataFrame:
    """The audit log, newest first; ``end`` is inclusive here (a day the reader picks)."""
    viewer.require(ADMIN)
    return db.read(
        "audit_log_entries",
        actor=actor,
        entity=entity,
        action=action,
        start=start,
        end=end + dt.timedelta(days=1) if end else None,
        limit=limit,
    )


def audit_filter_options(viewer: Viewer) -> dict[str, list[str]]:
    viewer.require(ADMIN)
    options: dict[str, list[str]] = {"actor": [], "entity": [], "action": []}
    for kind, value in db.read("audit_log_filter_options").iter_rows():
        options[kind].append(value)
    return options


def municipalities(viewer: Viewer, today: dt.date | None = None) -> pl.DataFrame:
    viewer.require(ADMIN)
    return db.read("municipalities_for_admin", today=today or dt.date.today())


def key_versions(viewer: Viewer) -> pl.DataFrame:
    viewer.require(ADMIN)
    return db.read("key_shares_by_version")


def themes(viewer: Viewer) -> pl.DataFrame:
    viewer.require(ADMIN)
    return db.read("themes_for_admin")


def activity_types(viewer: Viewer) -> pl.DataFrame:
    viewer.require(ADMIN)
    return db.read("activity_types_for_admin")


def budget_lines(viewer: Viewer) -> pl.DataFrame:
    viewer.require(ADMIN)
    return db.read("budget_lines_by_year")


# --- users -----------------------------------------------------------------------------------


def _scope(
    tx: db.Tx, role: Role, municipality_code: str | None, peer_expert_id: int | None
) -> tuple[str | None, int | None]:
    """The scope that goes with a role: a municipality for a delegate, a peer expert for one."""
    if role is Role.MUNICIPALITY:
        codes = set(tx.frame("municipalities_for_admin", today=dt.date.today())["code"])
        if municipality_code not in codes:
            raise ValidationError("Kies de gemeente van deze gemeentelijke vertegenwoordiger.")
        return municipality_code, None
    if role is Role.PEER_EXPERT:
        ids = set(tx.frame("peer_expert_choices")["id"])
        if isinstance(peer_expert_id, bool) or peer_expert_id not in ids:
            raise ValidationError("Kies de ervaringsdeskundige bij dit account.")
        return None, peer_expert_id
    return None, None


def _role(value: object) -> Role:
    try:
        return Role(str(value))
    except ValueError:
        raise ValidationError("Kies een bestaande rol.") from None


def create_user(
    viewer: Viewer,
    *,
    login: object,
    display_name: object,
    role: object,
    municipality_code: str | None = None,
    peer_expert_id: int | None = None,
) -> int:
    """Add a user; the login is the e-mail address (or subject) the organisation's login gives."""
    viewer.require(ADMIN)
    login_text = clean_text(login, "Inlognaam (e-mailadres)", max_len=200).lower()
    if not _LOGIN.match(login_text):
        raise ValidationError(
            "Inlognaam (e-mailadres): alleen kleine letters, cijfers en . _ % + - @ zijn toegestaan."
        )
    name = clean_text(display_name, "Naam", max_len=120)
    chosen = _role(role)
    with db.transaction(actor=viewer.login) as tx:
        if tx.frame("user_by_login", email=login_text, sub=login_text).height:
            raise ValidationError(f"Er bestaat al een gebruiker met inlognaam {login_text}.")
        muni, peer = _scope(tx, chosen, municipality_code, peer_expert_id)
        row = tx.one(
            "insert_app_user",
            login=login_text,
            display_name=name,
            role=str(chosen),
            municipality_code=muni,
            peer_expert_id=peer,
        )
        if row is None:
            raise RuntimeError("insert_app_user returned no id")
        user_id = int(row[0])
        after = tx.frame("user_record_by_id", user_id=user_id).row(0, named=True)
        tx.audit("create", "app_user", user_id, None, after)
    return user_id


def update_user(
    viewer: Viewer,
    user_id: int,
    *,
    display_name: object,
    role: object,
    municipality_code: str | None = None,
    peer_expert_id: int | None = None,
    active: object = True,
) -> None:
    """Change name, role, scope or active flag; the contract manager cannot lock themselves out."""
    viewer.require(ADMIN)
    name = clean_text(display_name, "Naam", max_len=120)
    chosen = _role(role)
    is_active = _bool(active, "Actief")
    with db.transaction(actor=viewer.login) as tx:
        found = tx.frame("user_record_by_id", user_id=user_id)
        if found.is_empty():
            raise ValidationError("Deze gebruiker bestaat niet.")
        before = found.row(0, named=True)
        if user_id == viewer.user_id and (not is_active or chosen is not ADMIN):
            raise ValidationError(
                "U kunt uw eigen account niet deactiveren of een andere rol geven; "
                "laat dat een andere contractmanager doen."
            )
        muni, peer = _scope(tx, chosen, municipality_code, peer_expert_id)
        tx.execute(
            "update_app_user",
            user_id=user_id,
            display_name=name,
            role=str(chosen),
            municipality_code=muni,
            peer_expert_id=peer,
            active=is_active,
        )
        after = tx.frame("user_record_by_id", user_id=user_id).row(0, named=True)
        if after == before:
            raise ValidationError("Er is niets gewijzigd.")
        managers = tx.frame("users_for_admin").filter(
            (pl.col("role") == str(ADMIN)) & pl.col("active")
        )
        if managers.is_empty():
            raise ValidationError("Er moet minstens één actieve contractmanager overblijven.")
        tx.audit("update", "app_user", user_id, before, after)


def deactivate_user(viewer: Viewer, user_id: int) -> None:
    """Take away all access of a user; their name stays in the audit log."""
    viewer.require(ADMIN)
    rows = db.read("user_record_by_id", user_id=user_id).to_dicts()
    if not rows:
        raise ValidationError("Deze gebruiker bestaat niet.")
    r = rows[0]
    update_user(
        viewer,
        user_id,
        display_name=r["display_name"],
        role=r["role"],
        municipality_code=r["municipality_code"],
        peer_expert_id=r["peer_expert_id"],
        active=False,
    )


def role_label(role: str) -> str:
    return ROLE_LABELS[Role(role)]


# --- reference data --------------------------------------------------------------------------


def add_key_version(viewer: Viewer, valid_from: object, shares: Mapping[str, object]) -> None:
    """A new version of the distribution key; refused unless all 14 shares sum to 100,00."""
    viewer.require(ADMIN)
    if not isinstance(valid_from, dt.date) or isinstance(valid_from, dt.datetime):
        raise ValidationError("Kies de datum vanaf wanneer de verdeelsleutel geldt.")
    parsed = {
        str(code): _decimal(share, f"Aandeel {code}", Decimal("0"), Decimal("100"))
        for code, share in shares.items()
    }
    try:
        reference.check_key_shares(parsed)
    except reference.KeyError100 as exc:
        raise ValidationError(str(exc)) from None
    with db.transaction(actor=viewer.login) as tx:
        known = set(tx.frame("municipalities_for_admin", today=valid_from)["code"])
        if set(parsed) != known:
            raise ValidationError("De verdeelsleutel moet precies de 14 gemeenten bevatten.")
        versions = set(tx.frame("key_shares_by_version")["valid_from"])
        if valid_from in versions:
            raise ValidationError(
                f"Er is al een verdeelsleutel die geldt vanaf {valid_from:%d-%m-%Y}; "
                "kies een andere datum."
            )
        for code, share in sorted(parsed.items()):
            tx.execute(
                "insert_key_share", municipality_code=code, valid_from=valid_from, share_pct=share
            )
        tx.audit("create", "distribution_key", valid_from.isoformat(), None, parsed)


def _vocab_fields(label: object, description: object, sort_order: object) -> tuple[str, str, int]:
    return (
        clean_text(label, "Naam", max_len=80),
        clean_text(description, "Omschrijving", max_len=400, required=False),
        _int(sort_order, "Volgorde", 0, 999),
    )


def _code(value: object) -> str:
    code = clean_text(value, "Code", max_len=40)
    if not _CODE.match(code):
        raise ValidationError("Code: alleen kleine letters en _ (bijvoorbeeld 'wonen_thuis').")
    return code


def create_theme(
    viewer: Viewer,
    *,
    code: object,
    label: object,
    facet: object,
    description: object = "",
    sort_order: object = 0,
) -> None:
    viewer.require(ADMIN)
    theme_code = _code(code)
    name, text, order = _vocab_fields(label, description, sort_order)
    if facet not in FACETS:
        raise ValidationError("Kies of dit een thema of een gemene deler is.")
    with db.transaction(actor=viewer.login) as tx:
        existing = tx.frame("themes_for_admin")
        if theme_code in set(existing["code"]) or name in set(existing["label"]):
            raise ValidationError(f"Er bestaat al een thema met code {theme_code} of naam {name}.")
        row = dict(
            code=theme_code,
            label=name,
            facet=str(facet),
            description=text,
            active=True,
            sort_order=order,
        )
        tx.execute("insert_theme", **row)
        tx.audit("create", "theme", theme_code, None, row)


def update_theme(
    viewer: Viewer,
    code: str,
    *,
    label: object,
    facet: object,
    description: object,
    active: object,
    sort_order: object,
) -> None:
    """Edit a theme; its label only while nothing refers to it (switch it off instead)."""
    viewer.require(ADMIN)
    name, text, order = _vocab_fields(label, description, sort_order)
    is_active = _bool(active, "Actief")
    if facet not in FACETS:
        raise ValidationError("Kies of dit een thema of een gemene deler is.")
    with db.transaction(actor=viewer.login) as tx:
        found = tx.frame("themes_for_admin").filter(pl.col("code") == code)
        if found.is_empty():
            raise ValidationError("Dit thema bestaat niet.")
        before = found.drop("uses").row(0, named=True)
        if name != before["label"]:
            _rename(tx, "rename_theme", code, name, "thema")
        tx.execute(
            "update_theme",
            code=code,
            facet=str(facet),
            description=text,
            active=is_active,
            sort_order=order,
        )
        after = tx.frame("themes_for_admin").filter(pl.col("code") == code).drop("uses")
        tx.audit("update", "theme", code, before, after.row(0, named=True))


def _rename(tx: db.Tx, query: str, code: str, label: str, what: str) -> None:
    try:
        tx.execute(query, code=code, label=label)
    except db.ConstraintError:
        raise ValidationError(
            f"De naam van een {what} dat al gebruikt wordt kan niet meer veranderen, of de naam "
            f"bestaat al. Zet het {what} uit en maak een nieuw {what} aan."
        ) from None


def create_activity_type(
    viewer: Viewer,
    *,
    code: object,
    label: object,
    family: object,
    description: object = "",
    sort_order: object = 0,
) -> None:
    viewer.require(ADMIN)
    type_code = _code(code)
    name, text, order = _vocab_fields(label, description, sort_order)
    if family not in FAMILIES:
        raise ValidationError("Kies of dit directe ondersteuning of invloed en kennis is.")
    with db.transaction(actor=viewer.login) as tx:
        existing = tx.frame("activity_types_for_admin")
        if type_code in set(existing["code"]) or name in set(existing["label"]):
            raise ValidationError(f"Er bestaat al een rol met code {type_code} of naam {name}.")
        row = dict(
            code=type_code, label=name, family=str(family), description=text, sort_order=order
        )
        tx.execute("insert_activity_type", **row)
        tx.audit("create", "activity_type", type_code, None, row)


def update_activity_type(
    viewer: Viewer,
    code: str,
    *,
    label: object,
    family: object,
    description: object,
    sort_order: object,
) -> None:
    viewer.require(ADMIN)
    name, text, order = _vocab_fields(label, description, sort_order)
    if family not in FAMILIES:
        raise ValidationError("Kies of dit directe ondersteuning of invloed en kennis is.")
    with db.transaction(actor=viewer.login) as tx:
        found = tx.frame("activity_types_for_admin").filter(pl.col("code") == code)
        if found.is_empty():
            raise ValidationError("Deze rol bestaat niet.")
        before = found.drop("uses").row(0, named=True)
        if name != before["label"]:
            _rename(tx, "rename_activity_type", code, name, "rol")
        tx.execute(
            "update_activity_type",
            code=code,
            family=str(family),
            description=text,
            sort_order=order,
        )
        after = tx.frame("activity_types_for_admin").filter(pl.col("code") == code).drop("uses")
        tx.audit("update", "activity_type", code, before, after.row(0, named=True))


def set_budget_line(
    viewer: Viewer, *, year: object, line: object, amount_eur: object, indicative: object
) -> None:
    """Set one budget line of one year (later years may be marked indicative)."""
    viewer.require(ADMIN)
    chosen_year = _int(year, "Jaar", 2023, 2040)
    if line not in BUDGET_LINES:
        raise ValidationError("Kies een begrotingsregel.")
    amount = _decimal(amount_eur, "Bedrag", Decimal("0"), Decimal("9999999999.99"))
    is_indicative = _bool(indicative, "Indicatief")
    with db.transaction(actor=viewer.login) as tx:
        lines = tx.frame("budget_lines_by_year").filter(
            (pl.col("year") == chosen_year) & (pl.col("line") == line)
        )
        before: dict[str, Any] | None = (
            None if lines.is_empty() else lines.drop("year_total_eur").row(0, named=True)
        )
        after = dict(year=chosen_year, line=str(line), amount_eur=amount, indicative=is_indicative)
        if before == after:
            raise ValidationError("Er is niets gewijzigd.")
        tx.execute("upsert_budget_line", **after)
        tx.audit(
            "create" if before is None else "update",
            "budget_line",
            f"{chosen_year}/{line}",
            before,
            after,
        )
