"""Streamlit pieces of the Deelopdrachten pages: register rows, detail panels and forms."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from typing import Any

import polars as pl
import streamlit as st

from monitor import (
    charts_sub_assignments,
    db,
    formatting,
    monitoring,
    privacy,
    sensemaking,
    sub_assignments,
    ui,
)
from monitor.access import Viewer
from monitor.sub_assignments import STATUS_LABELS, SubAssignmentInput
from monitor.validation import ValidationError

P = "sub_assignments"
SIGNAL_TYPES = {
    "trend": "Trend",
    "aanbod_gemist": "Aanbod gemist",
    "knelpunt_beleid": "Knelpunt in beleid",
    "onbedoelde_uitsluiting": "Onbedoelde uitsluiting",
    "goed_voorbeeld": "Goed voorbeeld",
}
SIGNAL_STATUS = {
    "nieuw": "Nieuw",
    "besproken": "Besproken",
    "beantwoord": "Beantwoord",
    "teruggekoppeld": "Teruggekoppeld",
}
FLASH = f"{P}.flash"
DATE_MIN, DATE_MAX = dt.date(2000, 1, 1), dt.date(2040, 12, 31)


def md(text: object) -> None:
    """User text, rendered inert."""
    st.markdown(ui.escape_markdown(str(text or "–")))


def period_text(start: dt.date, end: dt.date | None) -> str:
    return f"{formatting.date(start)} – {formatting.date(end) if end else 'doorlopend'}"


def flash(message: str) -> None:
    """Show ``message`` after the next rerun."""
    st.session_state[FLASH] = message
    st.rerun()


def show_flash() -> None:
    message = st.session_state.pop(FLASH, None)
    if message:
        st.success(message)


def show_errors(error: ValidationError) -> None:
    for message in error.messages:
        st.error(message)


def register_table(df: pl.DataFrame, today: dt.date) -> pl.DataFrame:
    """Register rows as Dutch text with the next monitoring moment and moments to discuss."""
    rows = []
    for r in df.iter_rows(named=True):
        recorded = [(m["id"], m["due_date"], m["held_date"]) for m in r["recorded_moments"] or []]
        found = monitoring.moments(r["frequency"], r["start_date"], r["end_date"], today, recorded)
        upcoming, to_discuss = monitoring.summary(found)
        rows.append(
            {
                "Deelopdracht": r["title"],
                "Gemeente of regio": r["scope"],
                "Status": STATUS_LABELS[r["status"]],
                "Periode": period_text(r["start_date"], r["end_date"]),
                "Frequentie": monitoring.FREQUENCY_LABELS[r["frequency"]],
                "Volgend moment": formatting.date(upcoming) if upcoming else "–",
                "Nog te bespreken": f"{to_discuss} moment{'en' if to_discuss != 1 else ''}"
                if to_discuss
                else "",
                "Thema's": ", ".join(r["themes"] or []),
                "Rollen": ", ".join(r["roles"] or []),
                "Openen": f"deelopdrachten?id={r['id']}",
            }
        )
    return pl.DataFrame(rows, schema=dict.fromkeys(REGISTER_COLUMNS, pl.String))


REGISTER_COLUMNS = (
    "Deelopdracht", "Gemeente of regio", "Status", "Periode", "Frequentie", "Volgend moment",
    "Nog te bespreken", "Thema's", "Rollen", "Openen",
)  # fmt: skip


def option_select(
    label: str, key: str, options: Mapping[str, str], *, none_label: str | None = None
) -> str | None:
    """A select box over codes with Dutch labels; ``none_label`` adds a 'no choice' option."""
    codes: list[str | None] = [None, *options] if none_label else list(options)
    return st.selectbox(
        label,
        codes,
        key=key,
        format_func=label_of(options, none_label or "–"),
    )


def terms_panel(detail: Mapping[str, Any]) -> None:
    """The agreement in its own words: goals, monitoring, frequency, accountability, signs."""
    st.subheader("Wat we afspraken")
    for label, key in (
        ("Eigen doelen", "goals"),
        ("Wijze van monitoring", "monitoring_method"),
        ("Wijze van verantwoording", "accountability"),
        ("Waar merken we het aan?", "signs"),
    ):
        st.markdown(f"**{label}**")
        md(detail[key])
    st.markdown(f"**Frequentie:** {monitoring.FREQUENCY_LABELS[detail['frequency']]}")
    st.caption(
        ui.escape_markdown(
            f"Thema's: {sub_assignments.joined(detail['themes'])} · "
            f"Rollen: {sub_assignments.joined(detail['roles'])} · "
            f"Ontwikkeldoelen: {sub_assignments.joined(detail['development_goals'])}"
        )
    )


def activity_panel(detail: Mapping[str, Any], viewer: Viewer, today: dt.date) -> None:
    """What happened, per month or quarter; small counts suppressed outside the pool team."""
    st.subheader("Wat er gebeurde")
    grain = st.radio(
        "Per",
        ["quarter", "month"],
        format_func={"quarter": "kwartaal", "month": "maand"}.get,
        horizontal=True,
        key=f"{P}.grain",
    )
    monthly = db.cached_read("activity_by_month_for_sub_assignment", id=detail["id"])
    last = min(detail["end_date"] or today, today)
    over_time = sub_assignments.activity_over_time(monthly, grain, detail["start_date"], last)
    if over_time.is_empty() or monthly.is_empty():
        st.write("Er zijn nog geen activiteiten bij deze deelopdracht geregistreerd.")
        return
    masks = sub_assignments.count_masks(over_time, viewer.suppress_small_counts)
    st.plotly_chart(
        charts_sub_assignments.activity_over_time(over_time, masks, sensemaking.events()),
        theme=None,
        key=f"{P}.activity_chart",
    )
    ui.show_table(sub_assignments.activity_table(over_time, viewer.suppress_small_counts))
    if viewer.suppress_small_counts:
        st.caption(privacy.RULE_TEXT)


def notes_and_signals(detail: Mapping[str, Any], viewer: Viewer) -> None:
    left, right = st.columns([3, 2], gap="large")
    with left:
        st.subheader("Verhalen")
        notes = db.cached_read("notes_for_sub_assignment", id=detail["id"], **viewer.note_params())
        if notes.is_empty():
            st.write("Er zijn geen verhalen bij deze deelopdracht die u kunt lezen.")
        for note in notes.iter_rows(named=True):
            ui.note_card(note)
    with right:
        st.subheader("Signalen")
        signals = db.cached_read(
            "signals_for_sub_assignment", id=detail["id"], **viewer.note_params()
        )
        if signals.is_empty():
            st.write("Er zijn geen signalen bij deze deelopdracht die u kunt zien.")
            return
        ui.show_table(
            signals.select(
                pl.col("raised_date")
                .map_elements(formatting.date, return_dtype=pl.String)
                .alias("Datum"),
                pl.col("title").alias("Signaal"),
                pl.col("signal_type").replace_strict(SIGNAL_TYPES).alias("Soort"),
                pl.col("status").replace_strict(SIGNAL_STATUS).alias("Stand"),
                pl.col("scope").alias("Gemeente of regio"),
            )
        )


def moment_state_text(m: monitoring.Moment) -> str:
    if m.state is monitoring.MomentState.DISCUSSED and m.held_date:
        return f"besproken op {formatting.date(m.held_date)}"
    return str(m.state)


def moments_panel(
    detail: Mapping[str, Any], recorded: pl.DataFrame, found: list[monitoring.Moment]
) -> None:
    """The moments with their state and, for discussed ones, the reflection."""
    st.subheader("Monitoringsmomenten")
    if detail["frequency"] == "anders":
        st.caption(
            "Deze deelopdracht heeft geen vast ritme; de momenten staan hieronder zodra ze zijn "
            "vastgelegd."
        )
    if not found:
        st.write("Er zijn nog geen monitoringsmomenten.")
        return
    ui.show_table(
        pl.DataFrame(
            {
                "Moment": [formatting.date(m.due_date) for m in found],
                "Stand": [moment_state_text(m) for m in found],
            }
        )
    )
    notes = {r["id"]: r for r in recorded.iter_rows(named=True)}
    for m in reversed(found):
        r = notes.get(m.moment_id)
        if r is None or r["reflection"] is None:
            continue
        with st.container(border=True):
            st.caption(
                ui.escape_markdown(
                    f"Moment {formatting.date(m.due_date)} · gehouden op "
                    f"{formatting.date(r['held_date'])} · vastgelegd door {r['recorded_by']}"
                )
            )
            md(r["reflection"])
            if r["figures_discussed"]:
                st.caption("Besproken cijfers: " + ui.escape_markdown(r["figures_discussed"]))
            if r["notes_linked"]:
                st.caption(
                    f"Besproken verhalen: {len(r['note_ids'])} die u kunt lezen"
                    f" (van {r['notes_linked']})."
                )


def reflection_form(
    detail: Mapping[str, Any],
    viewer: Viewer,
    found: list[monitoring.Moment],
    today: dt.date,
) -> None:
    """Record the reflection of an open moment, with the notes and figures discussed."""
    open_dates = [m.due_date for m in monitoring.open_moments(found)]
    state = {m.due_date: m.state for m in found}
    free = detail["frequency"] == "anders"
    if not open_dates and not free:
        return
    notes = db.cached_read("notes_for_sub_assignment", id=detail["id"], **viewer.note_params())
    labels = {
        r["id"]: f"{formatting.date(r['note_date'])}: {r['body'][:80]}"
        for r in notes.iter_rows(named=True)
    }
    with st.form(f"{P}.reflection_form"):
        st.markdown("**Reflectie vastleggen**")
        if free:
            due = date_field(st, "Datum van het moment", today, f"{P}.moment_date")
        else:
            due = st.selectbox(
                "Moment",
                open_dates,
                key=f"{P}.moment",
                format_func=lambda d: f"{formatting.date(d)} ({state[d]})",
            )
        held = date_field(st, "Gehouden op", today, f"{P}.held_date")
        text = st.text_area(
            "Reflectie op de eigen doelen",
            key=f"{P}.reflection",
            help="Wat zagen we, gemeten aan de eigen doelen en 'waar merken we het aan?'",
        )
        figures = st.text_area("Besproken cijfers", key=f"{P}.figures", height=80)
        chosen = st.multiselect(
            "Besproken verhalen", list(labels), key=f"{P}.notes", format_func=label_of(labels)
        )
        if st.form_submit_button("Reflectie opslaan", key=f"{P}.save_reflection"):
            try:
                sub_assignments.record_reflection(
                    viewer,
                    detail["id"],
                    due_date=due,
                    held_date=held,
                    reflection=text,
                    figures_discussed=figures,
                    note_ids=chosen,
                    today=today,
                )
            except ValidationError as e:
                show_errors(e)
            else:
                for name in ("reflection", "figures", "notes"):
                    st.session_state.pop(f"{P}.{name}", None)
                flash("De reflectie is opgeslagen.")


def versions_panel(sub_assignment_id: int) -> None:
    """How the agreement evolved: every version of the agreed terms, newest first."""
    versions = db.cached_read("sub_assignment_versions", id=sub_assignment_id)
    with st.expander(f"Hoe de afspraak zich ontwikkelde ({len(versions)} versies)"):
        if len(versions) == 1:
            st.write("De afspraak is sinds het begin niet gewijzigd.")
        for v in versions.iter_rows(named=True):
            since = formatting.date(v["valid_from"].date()) if v["valid_from"] else "het begin"
            until = (
                "nu"
                if v["is_current"]
                else f"{formatting.date(v['valid_to'].date())} (gewijzigd door {v['changed_by']})"
            )
            st.markdown(f"**Versie {v['version']}**, van {since} tot {until}")
            frequency = monitoring.FREQUENCY_LABELS.get(v["frequency"], v["frequency"])
            st.caption(ui.escape_markdown(f"Frequentie: {frequency}"))
            for label, key in (
                ("Eigen doelen", "goals"),
                ("Wijze van monitoring", "monitoring_method"),
                ("Wijze van verantwoording", "accountability"),
                ("Waar merken we het aan?", "signs"),
            ):
                st.markdown(f"*{label}:* " + ui.escape_markdown(str(v[key] or "–")))


def label_of(labels: Mapping[Any, str], empty: str = "–") -> Callable[[Any], str]:
    """A ``format_func`` for widgets over codes; None shows as ``empty``."""
    return lambda code: empty if code is None else str(labels.get(code, code))


def date_field(column: Any, label: str, value: dt.date | None, key: str) -> dt.date | None:
    picked = column.date_input(
        label, value=value, key=key, format="DD-MM-YYYY", min_value=DATE_MIN, max_value=DATE_MAX
    )
    return picked if isinstance(picked, dt.date) else None


def sub_assignment_form(
    name: str,
    vocab: Mapping[str, Mapping[str, str]],
    current: Mapping[str, Any] | None,
    on_submit: Callable[[SubAssignmentInput], str],
) -> None:
    """The create/edit form; ``on_submit`` stores and returns the success message."""
    c: Mapping[str, Any] = current or {}
    k = f"{P}.{name}_"
    municipalities = {"regio": "Regio", **vocab.get("municipality", {})}
    freqs = list(monitoring.FREQUENCIES)
    statuses = list(STATUS_LABELS)
    with st.form(f"{P}.{name}_form"):
        title = st.text_input("Titel", value=c.get("title", ""), key=k + "title")
        scope = st.selectbox(
            "Gemeente of regio",
            list(municipalities),
            index=list(municipalities).index(c.get("municipality_code") or "regio"),
            key=k + "scope",
            format_func=label_of(municipalities),
            disabled=current is not None,
            help="Ligt vast zodra de deelopdracht bestaat." if current else None,
        )
        description = st.text_area(
            "Omschrijving", value=c.get("description", ""), key=k + "description", height=80
        )
        left, right = st.columns(2)
        texts = {}
        for col, field_name, label in (
            (left, "goals", "Eigen doelen"),
            (right, "monitoring_method", "Wijze van monitoring"),
            (left, "accountability", "Wijze van verantwoording"),
            (right, "signs", "Waar merken we het aan?"),
        ):
            texts[field_name] = col.text_area(
                label, value=c.get(field_name, ""), key=k + field_name
            )
        frequency = left.selectbox(
            "Frequentie",
            freqs,
            index=freqs.index(c.get("frequency", "per_kwartaal")),
            key=k + "frequency",
            format_func=label_of(monitoring.FREQUENCY_LABELS),
        )
        status = right.selectbox(
            "Status",
            statuses,
            index=statuses.index(c.get("status", "actief")),
            key=k + "status",
            format_func=label_of(STATUS_LABELS),
        )
        start = date_field(left, "Startdatum", c.get("start_date"), k + "start_date")
        end = date_field(right, "Einddatum (leeg: doorlopend)", c.get("end_date"), k + "end_date")
        links = {}
        for kind, field_name, label in (
            ("theme", "themes", "Thema's"),
            ("role", "roles", "Rollen"),
            ("goal", "goals_dev", "Ontwikkeldoelen"),
        ):
            options = vocab.get(kind, {})
            links[kind] = st.multiselect(
                label,
                list(options),
                default=c.get(f"{kind}_codes", []),
                key=k + field_name,
                format_func=label_of(options),
            )
        if st.form_submit_button("Opslaan", key=k + "save"):
            data = SubAssignmentInput(
                title=title,
                goals=texts["goals"],
                monitoring_method=texts["monitoring_method"],
                frequency=str(frequency),
                accountability=texts["accountability"],
                start_date=start,
                end_date=end,
                municipality_code=None if scope == "regio" else scope,
                description=description,
                signs=texts["signs"],
                status=str(status),
                theme_codes=tuple(links["theme"]),
                role_codes=tuple(links["role"]),
                goal_codes=tuple(links["goal"]),
            )
            try:
                message = on_submit(data)
            except ValidationError as e:
                show_errors(e)
            else:
                flash(message)
