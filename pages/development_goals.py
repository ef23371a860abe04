"""Ontwikkeldoelen: per half-year a short narrative of progress per goal with its evidence,
and for 'dekkend netwerk' a picture of where the pool is present."""

import polars as pl
import streamlit as st

from monitor import charts_sub_assignments, db, development_goals, formatting, ui
from monitor import ui_sub_assignments as uis
from monitor.development_goals import EVIDENCE_KINDS
from monitor.validation import ValidationError

P = "development_goals"
viewer = ui.page_viewer("pages/development_goals.py")
editor = viewer.role in development_goals.EDITORS

st.title("Ontwikkeldoelen")
st.caption(
    "De contractmanager stuurt op afspraken, deelopdrachten en vier ontwikkeldoelen. Per "
    "halfjaar staat hier een kort verhaal over de voortgang per doel, met de verhalen, "
    "activiteiten en signalen die het onderbouwen."
)
uis.show_flash()
period = ui.period_picker(f"{P}.period")

progress = db.cached_read("goal_progress_for_period", period=period.code)
evidence = db.cached_read("goal_evidence_for_period", period=period.code, **viewer.note_params())


def candidates_for(code: str) -> pl.DataFrame:
    """The newest evidence of each kind, or what a search for it finds (a few hundred at most)."""
    search = st.text_input(
        "Zoek onderbouwing",
        key=f"{P}.search_{code}_{period.code}",
        placeholder="een woord uit een verhaal, een gemeente, een soort activiteit",
    ).strip()
    found = db.cached_read(
        "goal_evidence_candidates_for_period",
        start=period.start,
        end=period.end,
        search=search or None,
        per_kind=development_goals.CANDIDATES_PER_KIND,
        **viewer.note_params(),
    )
    totals = found.group_by("kind").agg(pl.col("total_of_kind").first(), shown=pl.len())
    cut = [
        f"{formatting.num(r['shown'])} van {formatting.num(r['total_of_kind'])} "
        f"({EVIDENCE_KINDS[r['kind']].lower()})"
        for r in totals.sort("kind").iter_rows(named=True)
        if r["total_of_kind"] > r["shown"]
    ]
    if cut:
        st.caption(
            "De keuzelijst toont de nieuwste: "
            + ", ".join(cut)
            + ". Zoek om andere te vinden; wat al gekoppeld is, blijft in de lijst."
        )
    elif search and found.is_empty():
        st.caption(f"Niets gevonden met '{ui.escape_markdown(search)}' in {period.label}.")
    return found


def evidence_label(kind: str, ref_date: object, label: str) -> str:
    text = label if len(label) <= 90 else label[:89] + "…"
    return f"{EVIDENCE_KINDS[kind]} · {formatting.date(ref_date)} · {text}"  # type: ignore[arg-type]


tab_goals, tab_coverage = st.tabs(["Voortgang per doel", "Dekkend netwerk"])
with tab_goals:
    for goal in progress.iter_rows(named=True):
        code = goal["goal_code"]
        linked = evidence.filter(pl.col("goal_code") == code)
        with st.container(border=True):
            st.subheader(goal["title"])
            st.caption(goal["description"])
            if goal["narrative"]:
                uis.md(goal["narrative"])
                st.caption(
                    ui.escape_markdown(
                        f"Geschreven door {goal['written_by']}, bijgewerkt op "
                        f"{formatting.date(goal['updated_at'].date())}"
                    )
                )
            else:
                st.write(f"Over {period.label} is voor dit doel nog geen verhaal geschreven.")
            for r in linked.iter_rows(named=True):
                st.markdown(
                    "- " + ui.escape_markdown(evidence_label(r["kind"], r["ref_date"], r["label"]))
                )
            if not editor:
                continue
            current = [(r["kind"], r["ref_id"]) for r in linked.iter_rows(named=True)]
            with st.expander("Verhaal over de voortgang schrijven"):
                candidates = candidates_for(code)
                options = {
                    (r["kind"], r["ref_id"]): evidence_label(r["kind"], r["ref_date"], r["label"])
                    for r in [*linked.iter_rows(named=True), *candidates.iter_rows(named=True)]
                }
                with st.form(f"{P}.form_{code}"):
                    narrative = st.text_area(
                        "Voortgang",
                        value=goal["narrative"],
                        key=f"{P}.narrative_{code}_{period.code}",
                    )
                    chosen = st.multiselect(
                        "Onderbouwing",
                        list(options),
                        default=current,
                        key=f"{P}.evidence_{code}_{period.code}",
                        format_func=options.get,
                    )
                    if st.form_submit_button("Opslaan", key=f"{P}.save_{code}"):
                        try:
                            development_goals.save_progress(
                                viewer, code, period.code, narrative, chosen
                            )
                        except ValidationError as e:
                            uis.show_errors(e)
                        else:
                            uis.flash(f"Het verhaal over '{goal['title']}' is opgeslagen.")

with tab_coverage:
    st.subheader("Waar is de pool aanwezig?")
    st.info(development_goals.COVERAGE_TEXT)
    coverage = db.cached_read("coverage_by_municipality", start=period.start, end=period.end)
    municipal = coverage.filter(pl.col("municipality_code").is_not_null())
    st.plotly_chart(
        charts_sub_assignments.coverage_grid(municipal), theme=None, key=f"{P}.coverage_chart"
    )
    present = municipal.filter(
        (
            pl.col("active_sub_assignments")
            + pl.col("peer_experts_from")
            + pl.col("peer_experts_working")
        )
        > 0
    ).height
    regional = coverage.filter(pl.col("municipality_code").is_null()).row(0, named=True)
    st.caption(
        f"In {period.label} was de pool aanwezig in {present} van de {municipal.height} gemeenten (een lopende "
        "deelopdracht, een ervaringsdeskundige die er woont of er actief was). Daarnaast liepen er "
        f"{regional['active_sub_assignments']} regionale deelopdrachten. Blauwe tegels: er is iets "
        "vastgelegd; grijze tegels: nog niets vastgelegd."
    )
    ui.show_table(
        municipal.select(
            pl.col("municipality_name").alias("Gemeente"),
            pl.col("active_sub_assignments").alias("Lopende deelopdrachten"),
            pl.col("peer_experts_from").alias("Ervaringsdeskundigen die er wonen"),
            pl.col("peer_experts_working").alias("Ervaringsdeskundigen die er actief waren"),
            pl.col("settings").list.join(", ").alias("Vindplekken"),
        )
    )
