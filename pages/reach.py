"""Bereik per thema: residents reached and activities per municipality × theme, with the stories."""

import streamlit as st

from monitor import (
    analysis,
    charts_reach,
    db,
    exports,
    formatting,
    periods,
    privacy,
    ui,
    ui_analysis,
)

NOTES_SHOWN = 20

viewer = ui.page_viewer("pages/reach.py")
suppress = viewer.suppress_small_counts

st.title("Bereik per thema")
st.caption(
    "Hoeveel inwoners de ervaringsdeskundigen bereikten en hoeveel activiteiten er waren, per "
    "gemeente en thema. Dit is context voor het gesprek, geen doel of norm: achter elk getal "
    "staan verhalen."
)

vocab = analysis.labels_by_kind(db.cached_read("vocabulary_by_kind"))
places = vocab["municipality"]
themes = {k: v for k, v in vocab["theme"].items() if k != analysis.NO_THEME_KEY}

top = st.columns(3)
with top[0]:
    period = ui_analysis.period_select(
        "reach.period", default=periods.last_completed_half_year().code
    )
with top[1]:
    measure = ui_analysis.choice("reach.measure", "Wat tellen we", analysis.REACH_MEASURES)
with top[2]:
    forms = ui_analysis.multi_choice("reach.forms", "Vorm", analysis.FORM_LABELS, "Alle vormen")
middle = st.columns(3)
with middle[0]:
    chosen_places = ui_analysis.multi_choice("reach.municipalities", "Gemeenten", places, "Alle")
with middle[1]:
    chosen_themes = ui_analysis.multi_choice("reach.themes", "Thema's", themes, "Alle thema's")
with middle[2]:
    types = ui_analysis.multi_choice(
        "reach.activity_types", "Soort activiteit", vocab["activity_type"], "Alle soorten"
    )

filters = {
    "municipalities": chosen_places,
    "themes": chosen_themes,
    "activity_types": types,
    "forms": forms,
}
now = db.cached_read("reach_by_municipality_theme", start=period.start, end=period.end, **filters)
rows = [(k, v) for k, v in places.items() if not chosen_places or k in chosen_places]
previous = period.previous()
before = db.cached_read(
    "reach_by_municipality_theme", start=previous.start, end=previous.end, **filters
)
if chosen_themes:
    cols = [(k, v) for k, v in themes.items() if k in chosen_themes]
else:
    # Without a theme filter: the themes with activity in this or the previous period.
    seen = {*now.get_column("theme_key").to_list(), *before.get_column("theme_key").to_list()}
    labels = {**themes, analysis.NO_THEME_KEY: analysis.NO_THEME_LABEL}
    cols = [(k, v) for k, v in labels.items() if k in seen]
grid = analysis.reach_grid(now, measure, rows, cols, suppress=suppress)
fmt = analysis.value_formatter(measure)
measure_label = analysis.REACH_MEASURES[measure]

st.subheader(f"{measure_label} per gemeente en thema, {period.label}")
as_table = st.toggle("toon als tabel", key="reach.as_table", bind="query-params")
if not cols:
    st.info("Bij deze keuze waren er in deze periode geen activiteiten.")
elif as_table:
    ui.show_table(grid.table(fmt, "Gemeente"))
else:
    st.plotly_chart(
        charts_reach.reach_heatmap(grid, fmt, measure_label), theme=None, key="reach.heatmap"
    )
all_row = now.filter(now["level"] == "all")
if measure == "residents_reached" and not all_row.is_empty():
    st.caption(
        analysis.estimate_note(
            all_row["residents_reached"][0], all_row["residents_estimated"][0], suppress=suppress
        )
    )
with st.expander("Wat telt als bereikt, en wat is een schatting?"):
    st.markdown(
        "Een inwoner telt als **bereikt** als hij of zij bij een activiteit aanwezig was of "
        "persoonlijk werd ondersteund door een ervaringsdeskundige. Bij inloop, groepen en "
        "open activiteiten tellen de ervaringsdeskundigen niet na maar schatten ze het aantal; "
        "die aantallen staan als schatting geregistreerd. Eén inwoner die twee keer komt, telt "
        "twee keer. Een activiteit met meer thema's telt bij elk thema mee; de totalen tellen "
        "haar één keer, dus de totalen zijn geen optelling van de cellen. **Regio** is inzet "
        "voor de hele regio, niet voor één gemeente."
    )
    st.markdown(privacy.RULE_TEXT)
table = analysis.download_frame(grid, fmt, "Gemeente", suppress=suppress)
ui_analysis.downloads(
    table,
    "reach.download",
    exports.file_stem("bereik", measure_label, period.code),
    notes=[f"{measure_label} per gemeente en thema, {period.label}"],
    suppressed=suppress,
)

st.subheader(f"Vergelijking met de periode ervoor ({previous.label})")
if period.code == "contract":
    st.write("Voor de hele contractperiode is er geen eerdere periode van dezelfde lengte.")
else:
    grid_before = analysis.reach_grid(before, measure, rows, cols, suppress=suppress)

    def open_notes_of_bar() -> None:
        points = st.session_state["reach.compare"].selection.points
        if points:
            key = points[0].get("customdata")
            st.session_state["reach.note_place"] = key[0] if isinstance(key, list) else key

    (cur, cur_text), (prev, prev_text) = grid.row_total_view(fmt), grid_before.row_total_view(fmt)
    fig = charts_reach.comparison_bars(
        grid.row_labels,
        grid.row_keys,
        cur,
        prev,
        cur_text,
        prev_text,
        (period.label.capitalize(), previous.label.capitalize()),
        measure_label,
    )
    st.plotly_chart(
        fig,
        theme=None,
        key="reach.compare",
        on_select=open_notes_of_bar,
        selection_mode="points",
    )
    st.caption("Klik op een staaf om hieronder de verhalen van die gemeente te lezen.")

st.subheader("Verhalen achter de cijfers")
left, right = st.columns(2)
with left:
    note_place = ui_analysis.choice(
        "reach.note_place", "Gemeente", {"alle": "Alle gemeenten en de regio", **places}
    )
with right:
    note_theme = ui_analysis.choice("reach.note_theme", "Thema", {"alle": "Alle thema's", **themes})
notes = db.cached_read(
    "notes_by_municipality_theme",
    start=period.start,
    end=period.end,
    municipality=note_place,
    theme=note_theme,
    limit=NOTES_SHOWN,
    **viewer.note_params(),
)
if notes.is_empty():
    st.write("Er zijn bij deze keuze geen verhalen die u kunt lezen.")
else:
    total = int(notes.get_column("total_matches")[0])
    count = "1 verhaal dat" if total == 1 else f"{formatting.num(total)} verhalen die"
    more = (
        f" Hieronder de nieuwste {NOTES_SHOWN}; kies een gemeente of thema om gerichter te lezen."
        if total > NOTES_SHOWN
        else ""
    )
    st.caption(f"{count} u kunt lezen, nieuwste eerst.{more}")
for note in notes.iter_rows(named=True):
    ui.note_card(note)
