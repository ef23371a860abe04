"""Streamlit pieces for making sense together: story round, trend interpretations, context
events, period status and questions on notes. The annotation panel is reused on other pages."""

from __future__ import annotations

import datetime as dt
from functools import partial
from typing import Any

import streamlit as st

from monitor import db, formatting, periods, sensemaking, ui
from monitor.access import Role, Viewer
from monitor.ui import attempt


def half_year_select(key: str, label: str = "Halfjaar", past_only: bool = False) -> str:
    today = dt.date.today()
    options = [p.code for p in periods.half_years() if not past_only or p.end <= today]
    return str(
        st.selectbox(
            label, options, key=key, format_func=lambda c: periods.parse(c).label.capitalize()
        )
    )


# --- Verhalenronde -------------------------------------------------------------------------


def story_round(viewer: Viewer) -> None:
    st.caption(
        "Eén keer per halfjaar: ervaringsdeskundigen stellen hun citeerbare verhalen voor per "
        "domein, de begeleidingsgroep kiest de meest betekenisvolle en schrijft waarom. De "
        "redenen gaan terug naar de schrijvers en de gekozen verhalen komen in rapportage-item (c)."
    )
    period = half_year_select("sensemaking.round_period")
    rnd = sensemaking.round_for(period=period)
    if rnd is None:
        _open_round_form(viewer, period)
        if viewer.role is Role.PEER_EXPERT:  # their reasons, whichever half-year is chosen
            _my_selections(viewer)
        return
    st.markdown(f"**Fase:** {sensemaking.ROUND_LABELS[rnd['status']]}")
    st.caption("Domeinen: " + ", ".join(rnd["domain_labels"] or []))
    if (
        viewer.role is Role.COORDINATOR
        and rnd["status"] in sensemaking.ROUND_STEPS
        and st.button("Naar de volgende fase", key="sensemaking.advance")
    ):
        attempt(
            lambda: sensemaking.advance_round(viewer, rnd["id"], rnd["status"]),
            "De ronde is doorgezet.",
        )
    if viewer.role is Role.PEER_EXPERT and rnd["status"] == "voorstellen":
        _propose_form(viewer, rnd, periods.parse(period))
    _proposals(viewer, rnd)
    if viewer.role is Role.PEER_EXPERT:
        _my_selections(viewer)


def _open_round_form(viewer: Viewer, period: str) -> None:
    if viewer.role is not Role.COORDINATOR:
        st.info("Voor dit halfjaar is nog geen verhalenronde geopend.")
        return
    kind = st.radio(
        "Domeinen",
        ["meerwaarde", "thema"],
        key="sensemaking.domain_kind",
        format_func=lambda k: "Meerwaarde (codeboek)" if k == "meerwaarde" else "Thema's",
        horizontal=True,
    )
    vocab = db.cached_read(
        "vocabulary_codes", kind="added_value_tags" if kind == "meerwaarde" else "themes"
    )
    labels = dict(vocab.select("code", "label").iter_rows())
    with st.form("sensemaking.open_round"):
        domains = st.multiselect(
            "Kies de domeinen van deze ronde",
            list(labels),
            key=f"sensemaking.domains.{kind}",
            format_func=lambda c: labels[c],
        )
        if st.form_submit_button("Ronde openen"):
            attempt(
                lambda: sensemaking.open_round(viewer, period, kind, domains),
                "De verhalenronde is geopend.",
            )


def _propose_form(viewer: Viewer, rnd: dict[str, Any], period: periods.Period) -> None:
    notes = db.cached_read(
        "quotable_notes_for_author",
        peer_expert_id=viewer.peer_expert_id,
        start=period.start,
        end=period.end,
    )
    st.subheader("Een verhaal voorstellen")
    if notes.is_empty():
        st.write(f"U hebt in het {period.label} geen verhalen die u citeerbaar hebt gemaakt.")
        return
    bodies = {
        r["id"]: f"{formatting.date(r['note_date'])}: {r['body'][:80]}" for r in notes.to_dicts()
    }
    domains = dict(zip(rnd["domain_codes"], rnd["domain_labels"], strict=True))
    with st.form("sensemaking.propose"):
        note_id = st.selectbox(
            "Uw verhaal",
            list(bodies),
            key="sensemaking.propose_note",
            format_func=lambda i: bodies[i],
        )
        domain = st.selectbox(
            "Domein",
            list(domains),
            key="sensemaking.propose_domain",
            format_func=lambda d: domains[d],
        )
        motivation = st.text_area(
            "Waarom dit verhaal? (mag leeg)", key="sensemaking.propose_motivation", max_chars=2000
        )
        if st.form_submit_button("Voorstellen") and note_id is not None and domain is not None:
            attempt(
                lambda: sensemaking.propose(
                    viewer, rnd["id"], int(note_id), str(domain), motivation
                ),
                "Uw verhaal is voorgesteld.",
            )


def _proposals(viewer: Viewer, rnd: dict[str, Any]) -> None:
    proposals = db.cached_read(
        "story_proposals_for_round", round_id=rnd["id"], **viewer.note_params()
    )
    st.subheader("Voorstellen per domein")
    if proposals.is_empty():
        st.write("Er zijn nog geen voorstellen die u kunt lezen.")
        return
    can_select = viewer.role is Role.ADVISORY_GROUP and rnd["status"] == "selecteren"
    for (domain,), group in proposals.group_by("domain_label", maintain_order=True):
        with st.expander(f"{domain} ({len(group)})", expanded=True):
            for p in group.to_dicts():
                ui.note_card(p)
                if p["motivation"]:
                    st.caption(
                        ui.escape_markdown("Toelichting van de schrijver: " + p["motivation"])
                    )
                if p["selection_reason"]:
                    st.markdown(
                        ui.escape_markdown(
                            f"Gekozen door {p['decided_by']}: {p['selection_reason']}"
                        )
                    )
                elif can_select:
                    reason = st.text_area(
                        "Waarom kiest u dit verhaal?", key=f"sensemaking.reason.{p['proposal_id']}"
                    )
                    if st.button("Kiezen", key=f"sensemaking.select.{p['proposal_id']}"):
                        attempt(
                            partial(sensemaking.select, viewer, p["proposal_id"], reason),
                            "Gekozen; de reden gaat terug naar de schrijver.",
                        )


def _my_selections(viewer: Viewer) -> None:
    chosen = db.cached_read("story_selections_for_author", peer_expert_id=viewer.peer_expert_id)
    if chosen.is_empty():
        return
    st.subheader("Uw gekozen verhalen en waarom")
    for r in chosen.to_dicts():
        with st.container(border=True):
            st.caption(
                ui.escape_markdown(
                    f"Verhalenronde {r['period']} · {r['domain_label']} · gekozen door {r['decided_by']}"
                )
            )
            st.markdown(ui.escape_markdown(r["body"]))
            st.markdown(ui.escape_markdown("Waarom: " + r["reason"]))


# --- Duiding bij trends --------------------------------------------------------------------


def annotation_panel(viewer: Viewer, context: str, period: str, subject: str = "") -> None:
    """Observed trends of this half-year with their interpretations, and forms to add them.

    Reused on Trends verkennen, Wat komt op? and the report page.
    """
    key = f"duiding.{context}"
    rows = sensemaking.trend_annotations(period, None if context == "alle" else context)
    for a in rows:
        with st.container(border=True):
            st.markdown(ui.escape_markdown(f"{a['subject']}: {a['observation']}"))
            st.caption(
                ui.escape_markdown(
                    f"Waargenomen door {a['created_by']} · {sensemaking.CONTEXTS.get(a['context'], a['context'])}"
                )
            )
            for i in a["interpretations"] or []:
                st.markdown(ui.escape_markdown(f"• {i['body']} ({i['author']})"))
            if a["interpretation_count"] < sensemaking.MIN_INTERPRETATIONS:
                st.caption("Nog geen twee duidingen: deze trend komt nog niet in het rapport.")
            if viewer.role in sensemaking.ANNOTATORS:
                extra = st.text_input("Uw duiding", key=f"{key}.extra.{a['id']}")
                if st.button("Duiding toevoegen", key=f"{key}.add.{a['id']}"):
                    attempt(
                        partial(sensemaking.add_interpretation, viewer, a["id"], extra),
                        "Uw duiding is toegevoegd.",
                    )
    if not rows:
        st.caption("Nog geen geduide trends voor dit halfjaar.")
    if viewer.role not in sensemaking.ANNOTATORS or context == "alle":
        return
    with st.expander("Een trend duiden"), st.form(f"{key}.form"):
        subj = st.text_input("Waar gaat de trend over?", value=subject, key=f"{key}.subject")
        observation = st.text_area("Wat ziet u?", key=f"{key}.observation")
        first = st.text_area("Eén mogelijke duiding", key=f"{key}.first")
        second = st.text_area("Een andere, concurrerende duiding", key=f"{key}.second")
        if st.form_submit_button("Duiding vastleggen"):
            attempt(
                lambda: sensemaking.annotate(
                    viewer, context, period, subj, observation, [first, second]
                ),
                "De trend en de duidingen zijn vastgelegd.",
            )


# --- Gebeurtenissen, periodestatus, vragen -------------------------------------------------


def context_events(viewer: Viewer) -> None:
    st.caption(
        "Gebeurtenissen die iedere tijdgrafiek als verticale lijn toont, zodat een lezer ziet wat er speelde."
    )
    events = db.cached_read("context_events")
    for r in events.to_dicts():
        cols = st.columns([5, 1])
        cols[0].markdown(
            ui.escape_markdown(
                f"{formatting.date(r['event_date'])}: {r['label']}. {r['description']}"
            )
        )
        if viewer.role in (Role.COORDINATOR, Role.CONTRACT_MANAGER) and cols[1].button(
            "Verwijderen", key=f"sensemaking.delete_event.{r['id']}"
        ):
            attempt(partial(sensemaking.delete_event, viewer, r["id"]), "Verwijderd.")
    if events.is_empty():
        st.write("Nog geen gebeurtenissen vastgelegd.")
    if viewer.role not in (Role.COORDINATOR, Role.CONTRACT_MANAGER):
        return
    with st.form("sensemaking.event"):
        day = st.date_input("Datum", key="sensemaking.event_date", format="DD-MM-YYYY")
        label = st.text_input(
            "Korte naam (op de grafiek)", key="sensemaking.event_label", max_chars=60
        )
        description = st.text_area("Toelichting", key="sensemaking.event_description")
        if st.form_submit_button("Gebeurtenis vastleggen") and isinstance(day, dt.date):
            attempt(
                lambda: sensemaking.add_event(viewer, day, label, description),
                "De gebeurtenis is vastgelegd.",
            )


def period_status(viewer: Viewer) -> None:
    st.caption(
        "De cijfers van een halfjaar zijn voorlopig tot de contractmanager ze na het "
        "contractgesprek definitief maakt. Daarna kan een activiteit in dat halfjaar alleen met "
        "een reden worden gewijzigd; de reden komt in het logboek."
    )
    current = sensemaking.statuses()
    for p in periods.half_years():
        st.markdown(f"- {p.label.capitalize()}: **{current.get(p.code, 'voorlopig')}**")
    if viewer.role is not Role.CONTRACT_MANAGER:
        return
    with st.form("sensemaking.status"):
        code = half_year_select("sensemaking.status_period", past_only=True)
        status = st.radio(
            "Status", ["definitief", "voorlopig"], key="sensemaking.status_value", horizontal=True
        )
        note = st.text_input(
            "Toelichting (verplicht om terug te gaan naar voorlopig)", key="sensemaking.status_note"
        )
        if st.form_submit_button("Status vastleggen"):
            attempt(
                lambda: sensemaking.set_status(viewer, code, status, note),
                "De status is vastgelegd.",
            )


def questions(viewer: Viewer) -> None:
    if viewer.role is Role.PEER_EXPERT:
        rows = db.cached_read(
            "note_questions_for_author", peer_expert_id=viewer.peer_expert_id
        ).to_dicts()
        if not rows:
            st.write("Er zijn geen vragen over uw verhalen.")
        for q in rows:
            with st.container(border=True):
                st.caption(
                    ui.escape_markdown(
                        f"Over uw verhaal van {formatting.date(q['note_date'])}: {q['body'][:120]}"
                    )
                )
                st.markdown(ui.escape_markdown(f"{q['asked_by']} vraagt: {q['question']}"))
                if q["answered_at"] is None:
                    answer = st.text_area("Uw antwoord", key=f"sensemaking.answer.{q['id']}")
                    if st.button("Antwoorden", key=f"sensemaking.answer_button.{q['id']}"):
                        attempt(
                            partial(sensemaking.answer_question, viewer, q["id"], answer),
                            "Uw antwoord is opgeslagen.",
                        )
                else:
                    st.markdown(ui.escape_markdown("Uw antwoord: " + str(q["answer"])))
    elif viewer.role is Role.COORDINATOR:
        st.caption(
            "Stel de schrijver een vraag over een verhaal; die ziet de vraag bij 'Wacht op mij'."
        )
        with st.form("sensemaking.ask"):
            note_id = st.number_input(
                "Nummer van het verhaal", min_value=1, step=1, key="sensemaking.ask_note"
            )
            question = st.text_area("Uw vraag", key="sensemaking.ask_question")
            if st.form_submit_button("Vraag stellen"):
                attempt(
                    lambda: sensemaking.ask_question(viewer, int(note_id), question),
                    "De vraag is gesteld.",
                )
