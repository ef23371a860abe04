"""The parts of Beheer (pages/admin.py): audit log, users, reference data and back-up.

Every part reads and writes through ``monitor.admin`` / ``monitor.backup``, which check the
viewer again; a refused or invalid change shows a Dutch message and changes nothing.
"""

from __future__ import annotations

import datetime as dt
import io
import json
import zipfile
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path
from typing import Any

import polars as pl
import streamlit as st

from monitor import admin, backup, formatting, ui
from monitor.access import ROLE_LABELS, AccessDenied, Role, Viewer
from monitor.ui import attempt

ALL = "Alle"
ACTION_LABELS = {
    "create": "aangemaakt",
    "update": "gewijzigd",
    "delete": "verwijderd",
    "import": "geïmporteerd",
    "login": "ingelogd",
    "backup": "back-up",
    "restore": "hersteld",
    "export": "geëxporteerd",
}


def _forget(prefix: str) -> None:
    """Drop the edit widgets' state when another item is chosen, so they show its values."""
    for key in [k for k in st.session_state if str(k).startswith(prefix)]:
        del st.session_state[key]


def _or_none(value: str) -> str | None:
    return None if value == ALL else value


def _pretty_json(text: str | None) -> str:
    if not text:
        return ""
    try:
        return json.dumps(json.loads(text), ensure_ascii=False, indent=1, sort_keys=True)
    except ValueError:
        return text


def audit_log(viewer: Viewer) -> None:
    st.caption(
        "Elke wijziging: wie, wanneer, wat, en de gegevens ervoor en erna. Het auditlog is "
        "alleen te lezen; de database weigert elke wijziging of verwijdering ervan."
    )
    options = admin.audit_filter_options(viewer)
    c1, c2, c3, c4, c5 = st.columns(5)
    actor = c1.selectbox("Wie", [ALL, *options["actor"]], key="admin.audit_actor")
    entity = c2.selectbox("Onderdeel", [ALL, *options["entity"]], key="admin.audit_entity")
    action = c3.selectbox(
        "Handeling",
        [ALL, *options["action"]],
        key="admin.audit_action",
        format_func=lambda a: ACTION_LABELS.get(a, a),
    )
    start = c4.date_input("Vanaf", value=None, key="admin.audit_start", format="DD-MM-YYYY")
    end = c5.date_input("Tot en met", value=None, key="admin.audit_end", format="DD-MM-YYYY")
    entries = admin.audit_entries(
        viewer,
        actor=_or_none(actor),
        entity=_or_none(entity),
        action=_or_none(action),
        start=start if isinstance(start, dt.date) else None,
        end=end if isinstance(end, dt.date) else None,
    )
    st.write(f"{formatting.num(entries.height)} regels (hoogstens 500, nieuwste eerst).")
    shown = entries.select(
        pl.col("logged_at").dt.strftime("%d-%m-%Y %H:%M:%S").alias("Wanneer"),
        pl.col("actor").alias("Wie"),
        pl.col("action").replace_strict(ACTION_LABELS, default=pl.col("action")).alias("Wat"),
        pl.col("entity").alias("Onderdeel"),
        pl.col("entity_id").alias("Nummer"),
        pl.col("before_json").map_elements(_pretty_json, return_dtype=pl.String).alias("Ervoor"),
        pl.col("after_json").map_elements(_pretty_json, return_dtype=pl.String).alias("Erna"),
    )
    ui.show_table(shown, key="admin.audit_table")


def _scope_inputs(
    prefix: str, municipalities: pl.DataFrame, peers: pl.DataFrame, current: dict[str, Any]
) -> tuple[str | None, int | None]:
    codes = [None, *municipalities["code"].to_list()]
    names = dict(zip(municipalities["code"], municipalities["name"], strict=True))
    muni = st.selectbox(
        "Gemeente (alleen voor de rol Gemeente)",
        codes,
        index=codes.index(current.get("municipality_code")),
        key=f"admin.{prefix}_municipality",
        format_func=lambda c: "—" if c is None else names[c],
    )
    ids = [None, *peers["id"].to_list()]
    peer_names = dict(zip(peers["id"], peers["display_name"], strict=True))
    peer = st.selectbox(
        "Ervaringsdeskundige (alleen voor die rol)",
        ids,
        index=ids.index(current.get("peer_expert_id")),
        key=f"admin.{prefix}_peer_expert",
        format_func=lambda i: "—" if i is None else peer_names[i],
    )
    return muni, peer


def users(viewer: Viewer) -> None:
    table = admin.users(viewer)
    ui.show_table(
        table.select(
            pl.col("display_name").alias("Naam"),
            pl.col("login").alias("Inlognaam"),
            pl.col("role").replace_strict({str(r): ROLE_LABELS[r] for r in Role}).alias("Rol"),
            pl.coalesce("municipality_name", "peer_expert_name").alias("Voor"),
            pl.col("active").alias("Actief"),
        ),
        key="admin.users_table",
    )
    municipalities = admin.municipalities(viewer)
    peers = admin.peer_expert_choices(viewer)
    roles = [str(r) for r in Role]
    left, right = st.columns(2, gap="large")
    with left, st.form("admin.new_user", clear_on_submit=True):
        st.subheader("Nieuwe gebruiker")
        login = st.text_input("Inlognaam (e-mailadres bij de organisatie)", key="admin.new_login")
        name = st.text_input("Naam", key="admin.new_name")
        role = st.selectbox(
            "Rol", roles, key="admin.new_role", format_func=lambda r: ROLE_LABELS[Role(r)]
        )
        muni, peer = _scope_inputs("new", municipalities, peers, {})
        if st.form_submit_button("Gebruiker toevoegen", key="admin.new_submit"):
            attempt(
                lambda: admin.create_user(
                    viewer,
                    login=login,
                    display_name=name,
                    role=role,
                    municipality_code=muni,
                    peer_expert_id=peer,
                ),
                f"Gebruiker {login.strip().lower()} is toegevoegd.",
            )
    with right:
        st.subheader("Gebruiker wijzigen")
        rows = {r["id"]: r for r in table.iter_rows(named=True)}
        chosen = st.selectbox(
            "Gebruiker",
            list(rows),
            key="admin.user_choice",
            format_func=lambda i: f"{rows[i]['display_name']} ({rows[i]['login']})",
            on_change=_forget,
            args=("admin.edit_",),
        )
        if chosen is None:
            return
        current = rows[chosen]
        with st.form(f"admin.edit_user_form_{chosen}"):
            name = st.text_input("Naam", value=current["display_name"], key="admin.edit_name")
            role = st.selectbox(
                "Rol",
                roles,
                index=roles.index(current["role"]),
                key="admin.edit_role",
                format_func=lambda r: ROLE_LABELS[Role(r)],
            )
            muni, peer = _scope_inputs("edit", municipalities, peers, current)
            active = st.checkbox(
                "Actief (heeft toegang)", value=current["active"], key="admin.edit_active"
            )
            if st.form_submit_button("Opslaan", key="admin.edit_submit"):
                attempt(
                    lambda: admin.update_user(
                        viewer,
                        chosen,
                        display_name=name,
                        role=role,
                        municipality_code=muni,
                        peer_expert_id=peer,
                        active=active,
                    ),
                    f"{name} is bijgewerkt.",
                )


def reference(viewer: Viewer) -> None:
    municipalities = admin.municipalities(viewer)
    st.subheader("Gemeenten")
    st.caption(
        "De 14 gemeenten met hun CBS-code. Namen en codes veranderen alleen bij een "
        "herindeling, via een migratie; het aandeel komt uit de verdeelsleutel die vandaag geldt."
    )
    ui.show_table(
        municipalities.select(
            pl.col("name").alias("Gemeente"),
            pl.col("code").alias("Code"),
            pl.col("subregion").alias("Subregio"),
            pl.col("share_pct")
            .map_elements(formatting.pct, return_dtype=pl.String)
            .alias("Aandeel"),
        ),
        key="admin.municipalities_table",
    )
    st.subheader("Verdeelsleutel")
    versions = admin.key_versions(viewer)
    pivot = versions.pivot(
        on="valid_from", index="municipality_name", values="share_pct", sort_columns=True
    )
    pivot = pivot.rename({c: f"vanaf {c}" for c in pivot.columns if c != "municipality_name"})
    ui.show_table(pivot.rename({"municipality_name": "Gemeente"}), key="admin.key_table")
    with st.form("admin.key_form"):
        st.write("**Nieuwe versie van de verdeelsleutel** (de aandelen tellen op tot 100,00%)")
        valid_from = st.date_input(
            "Geldt vanaf", value=None, key="admin.key_valid_from", format="DD-MM-YYYY"
        )
        shares: dict[str, Decimal] = {}
        cols = st.columns(2)
        for i, row in enumerate(municipalities.iter_rows(named=True)):
            value = cols[i % 2].number_input(
                row["name"],
                min_value=0.0,
                max_value=100.0,
                value=float(row["share_pct"] or 0),
                step=0.01,
                format="%.2f",
                key=f"admin.key_{row['code']}",
            )
            shares[row["code"]] = Decimal(f"{value:.2f}")
        if st.form_submit_button("Versie opslaan", key="admin.key_submit"):
            attempt(
                lambda: admin.add_key_version(viewer, valid_from, shares),
                "De nieuwe verdeelsleutel is opgeslagen.",
            )


def _vocabulary(
    viewer: Viewer,
    kind: str,
    table: pl.DataFrame,
    groups: dict[str, str],
    group_col: str,
    create: Callable[..., None],
    update: Callable[..., None],
) -> None:
    has_active = "active" in table.columns
    shown = [
        pl.col("label").alias("Naam"),
        pl.col("code").alias("Code"),
        pl.col(group_col).replace_strict(groups).alias("Soort"),
        pl.col("description").alias("Omschrijving"),
        pl.col("uses").alias("Keer gebruikt"),
    ]
    if has_active:
        shown.append(pl.col("active").alias("Actief"))
    ui.show_table(table.select(shown), key=f"admin.{kind}_table")
    left, right = st.columns(2, gap="large")
    with left, st.form(f"admin.{kind}_new", clear_on_submit=True):
        st.write("**Toevoegen**")
        code = st.text_input("Code (kleine letters en _)", key=f"admin.{kind}_new_code")
        label = st.text_input("Naam", key=f"admin.{kind}_new_label")
        group = st.selectbox(
            "Soort", list(groups), key=f"admin.{kind}_new_group", format_func=groups.__getitem__
        )
        text = st.text_input("Omschrijving", key=f"admin.{kind}_new_description")
        order = st.number_input("Volgorde", 0, 999, 99, key=f"admin.{kind}_new_order")
        if st.form_submit_button("Toevoegen", key=f"admin.{kind}_new_submit"):
            attempt(
                lambda: create(
                    viewer,
                    code=code,
                    label=label,
                    description=text,
                    sort_order=int(order),
                    **{group_col: group},
                ),
                f"{label} is toegevoegd.",
            )
    with right:
        rows = {r["code"]: r for r in table.iter_rows(named=True)}
        chosen = st.selectbox(
            "Wijzigen",
            list(rows),
            key=f"admin.{kind}_choice",
            format_func=lambda c: rows[c]["label"],
            on_change=_forget,
            args=(f"admin.{kind}_edit_",),
        )
        if chosen is None:
            return
        row = rows[chosen]
        with st.form(f"admin.{kind}_edit_form_{chosen}"):
            label = st.text_input("Naam", value=row["label"], key=f"admin.{kind}_edit_label")
            group = st.selectbox(
                "Soort",
                list(groups),
                index=list(groups).index(row[group_col]),
                key=f"admin.{kind}_edit_group",
                format_func=groups.__getitem__,
            )
            text = st.text_input(
                "Omschrijving", value=row["description"], key=f"admin.{kind}_edit_description"
            )
            order = st.number_input(
                "Volgorde", 0, 999, int(row["sort_order"]), key=f"admin.{kind}_edit_order"
            )
            extra: dict[str, Any] = {}
            if has_active:
                extra["active"] = st.checkbox(
                    "Actief (te kiezen bij registreren)",
                    value=row["active"],
                    key=f"admin.{kind}_edit_active",
                )
            if st.form_submit_button("Opslaan", key=f"admin.{kind}_edit_submit"):
                attempt(
                    lambda: update(
                        viewer,
                        chosen,
                        label=label,
                        description=text,
                        sort_order=int(order),
                        **{group_col: group},
                        **extra,
                    ),
                    f"{label} is bijgewerkt.",
                )


def vocabularies(viewer: Viewer) -> None:
    st.subheader("Thema's en gemene delers")
    _vocabulary(
        viewer,
        "theme",
        admin.themes(viewer),
        admin.FACETS,
        "facet",
        admin.create_theme,
        admin.update_theme,
    )
    st.subheader("Rollen (soorten inzet)")
    _vocabulary(
        viewer,
        "activity_type",
        admin.activity_types(viewer),
        admin.FAMILIES,
        "family",
        admin.create_activity_type,
        admin.update_activity_type,
    )


def budget(viewer: Viewer) -> None:
    lines = admin.budget_lines(viewer)
    ui.show_table(
        lines.select(
            pl.col("year").cast(pl.String).alias("Jaar"),
            pl.col("line").replace_strict(admin.BUDGET_LINES).alias("Regel"),
            pl.col("amount_eur")
            .map_elements(formatting.eur, return_dtype=pl.String)
            .alias("Bedrag"),
            pl.col("indicative").alias("Indicatief"),
            pl.col("year_total_eur")
            .map_elements(formatting.eur, return_dtype=pl.String)
            .alias("Totaal van het jaar"),
        ),
        key="admin.budget_table",
    )
    with st.form("admin.budget_form"):
        st.write("**Begrotingsregel vastleggen** (ook voor latere jaren, eventueel indicatief)")
        c1, c2, c3 = st.columns(3)
        year = c1.number_input("Jaar", 2023, 2040, dt.date.today().year, key="admin.budget_year")
        line = c2.selectbox(
            "Regel",
            list(admin.BUDGET_LINES),
            key="admin.budget_line",
            format_func=admin.BUDGET_LINES.__getitem__,
        )
        amount = c3.number_input(
            "Bedrag (€)", min_value=0.0, step=100.0, format="%.2f", key="admin.budget_amount"
        )
        indicative = st.checkbox("Indicatief bedrag", key="admin.budget_indicative")
        if st.form_submit_button("Opslaan", key="admin.budget_submit"):
            attempt(
                lambda: admin.set_budget_line(
                    viewer,
                    year=int(year),
                    line=line,
                    amount_eur=Decimal(f"{amount:.2f}"),
                    indicative=indicative,
                ),
                "De begrotingsregel is opgeslagen.",
            )


def zip_bytes(folder: Path) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as zf:
        for file in sorted(folder.iterdir()):
            zf.write(file, arcname=f"{folder.name}/{file.name}")
    return buffer.getvalue()


def backups(viewer: Viewer) -> None:
    root = backup.backup_root()
    st.write(
        "Een back-up is een consistente export van de hele database: per tabel een "
        "Parquet-bestand, het schema en een manifest met aantallen en controlegetallen. "
        f"Hij komt in `{root}`. Herstellen gaat met "
        "`python -m monitor restore --from MAP --db NIEUW_BESTAND`."
    )
    if st.button("Back-up maken", key="admin.backup", icon=":material/backup:"):
        try:
            made = backup.backup_in_app(viewer)
        except (AccessDenied, backup.BackupError) as exc:
            st.error(str(exc))
        else:
            st.session_state["admin.last_backup"] = str(made.path)
            st.success(
                f"Back-up gemaakt: {made.path.name} ({formatting.num(len(made.tables))} tabellen, "
                f"{formatting.num(made.rows)} rijen)."
            )
    last = st.session_state.get("admin.last_backup")
    if last and Path(last).is_dir():
        st.download_button(
            "Laatste back-up downloaden (zip)",
            data=zip_bytes(Path(last)),
            file_name=f"{Path(last).name}.zip",
            mime="application/zip",
            key="admin.backup_download",
            on_click="ignore",
        )
