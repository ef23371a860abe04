"""Overzicht: what happened in a half-year, with the newest narratives beside the numbers."""

import streamlit as st

from monitor import db, formatting, navigation, privacy, reference, sensemaking, ui

viewer = ui.page_viewer("pages/overview.py")

st.title("Overzicht")
waiting = sensemaking.waiting_for(viewer)
if waiting:
    reachable = {p.file: p for p in navigation.pages_for(viewer.role)}
    with st.container(border=True, key="overview.waiting"):
        st.subheader("Wacht op mij")
        for item in waiting:
            text = f"**{item.kind.capitalize()}:** {ui.escape_markdown(item.title)}"
            st.markdown(text + (f"  \n{ui.escape_markdown(item.detail)}" if item.detail else ""))
            if item.page in reachable:
                st.page_link(item.page, label=f"Naar {reachable[item.page].title}")
st.caption(
    "Wat er gebeurde, met de verhalen ernaast. Geen doelen of normen: de cijfers zijn context "
    "voor het gesprek."
)
period = ui.period_picker("overview.period")
totals = db.cached_read("overview_totals", start=period.start, end=period.end).row(0, named=True)
previous = period.previous()
before = db.cached_read("overview_totals", start=previous.start, end=previous.end).row(
    0, named=True
)


def count(value: int) -> str:
    if viewer.suppress_small_counts and privacy.is_small(value):
        return privacy.PRIMARY_TEXT
    return formatting.num(value)


left, right = st.columns([3, 2], gap="large")
with left:
    st.subheader(period.label.capitalize())
    ui.metric_row(
        {
            "Activiteiten": count(totals["activities"]),
            "Uren": formatting.dec(totals["hours"]),
            "Bereikte inwoners": count(totals["residents_reached"]),
        },
        {
            "Bereikte inwoners": "Het aantal inwoners dat bij een activiteit aanwezig was of "
            "persoonlijk werd ondersteund. Bij inloop en groepen is dit vaak een schatting.",
        },
    )
    ui.metric_row(
        {
            "Lopende deelopdrachten": formatting.num(totals["active_sub_assignments"]),
            "Verhalen": count(totals["notes"]),
            "Signalen": count(totals["signals"]),
        }
    )
    estimated = totals["residents_estimated"]
    st.caption(
        f"{formatting.num(totals['peer_experts'])} ervaringsdeskundigen waren actief in "
        f"{formatting.num(totals['municipalities'])} van de {reference.MUNICIPALITY_COUNT} gemeenten en in de regio. "
        f"Van de bereikte inwoners is {count(estimated)} een schatting (inloop, groepen). "
        f"Ter vergelijking, {previous.label}: {count(before['activities'])} activiteiten, "
        f"{formatting.dec(before['hours'])} uur, "
        f"{count(before['residents_reached'])} bereikte inwoners."
    )
with right:
    st.subheader("Nieuwste verhalen")
    notes = db.cached_read(
        "notes_recent", start=period.start, end=period.end, limit=5, **viewer.note_params()
    )
    if notes.is_empty():
        st.write("Er zijn in deze periode geen verhalen die u kunt lezen.")
    for note in notes.iter_rows(named=True):
        ui.note_card(note)
