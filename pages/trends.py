"""Trends verkennen: one measure over time, broken down as the reader chooses, with downloads."""

import datetime as dt

import streamlit as st

from monitor import (
    analysis,
    charts_reach,
    db,
    exports,
    privacy,
    sensemaking,
    ui,
    ui_analysis,
    ui_sensemaking,
)

viewer = ui.page_viewer("pages/trends.py")

st.title("Trends verkennen")
st.caption(
    "Verken hoe activiteiten, uren, bereik, verhalen en signalen zich in de tijd ontwikkelen. "
    "Een lijn die stijgt of daalt is een vraag voor het gesprek, geen oordeel."
)

vocab = analysis.labels_by_kind(db.cached_read("vocabulary_by_kind"))
top = st.columns(4)
with top[0]:
    measure = ui_analysis.choice(
        "trends.measure", "Wat", {k: m.label for k, m in analysis.TREND_MEASURES.items()}
    )
spec = analysis.TREND_MEASURES[measure]
with top[1]:
    breakdown = ui_analysis.choice(
        "trends.breakdown",
        "Uitgesplitst naar",
        {b: analysis.BREAKDOWNS[b] for b in spec.breakdowns},
    )
with top[2]:
    grain = ui_analysis.choice("trends.grain", "Per", analysis.GRAINS, default="quarter")
with top[3]:
    period = ui_analysis.period_select("trends.period", default="contract")

params: dict[str, object] = {
    "start": period.start,
    "end": period.end,
    "grain": grain,
    "breakdown": breakdown,
}
if spec.needs_viewer:
    params.update(viewer.note_params())
frame = db.cached_read(spec.query, **params)
suppress = viewer.suppress_small_counts and measure in analysis.COUNT_MEASURES
buckets = analysis.time_buckets(period.start, period.end, grain, until=dt.date.today())
grid = analysis.trend_grid(
    frame, spec.column, vocab[breakdown], grain, suppress=suppress, buckets=buckets
)
fmt = analysis.value_formatter(spec.column)
title = f"{spec.label} per {analysis.GRAINS[grain].lower()}, naar {analysis.BREAKDOWNS[breakdown].lower()}"

grid_buckets = [dt.date.fromisoformat(k) for k in grid.col_keys]

st.subheader(title)
if frame.is_empty():
    st.info(f"Er is in de {period.label} niets om te tonen bij deze keuze.")
else:
    st.plotly_chart(
        charts_reach.trend_lines(
            grid,
            grid_buckets,
            fmt,
            spec.label,
            [e for e in sensemaking.events() if period.contains(e[0])],
        ),
        theme=None,
        key="trends.chart",
    )
    if grid.has_suppression and not any(v for row in grid.visible_cells() for v in row):
        st.caption("Alle aantallen in deze keuze zijn kleiner dan 5 en daarom niet getekend.")
    table = grid.table(fmt, analysis.BREAKDOWNS[breakdown])
    ui.show_table(table)
    ui_analysis.downloads(
        analysis.download_frame(grid, fmt, analysis.BREAKDOWNS[breakdown], suppress=suppress),
        "trends.download",
        exports.file_stem("trends", measure, breakdown, grain, period.code),
        notes=[f"{title}, {period.label}"],
        suppressed=suppress,
    )

st.subheader("Duiding bij deze trend")
st.caption("Eerst een waarneming en ten minste twee duidingen, dan pas conclusies.")
ui_sensemaking.annotation_panel(
    viewer,
    "trends",
    period.code
    if period.code.endswith(("H1", "H2"))
    else ui_sensemaking.half_year_select("trends.duiding_period"),
)

with st.expander("Hoe lees ik dit?"):
    st.markdown(
        "Een activiteit, verhaal of signaal met meer thema's telt bij elk thema mee; de rij "
        "**Totaal** telt het één keer. Bij verhalen telt alleen mee wat u mag lezen. **Regio** is "
        "inzet voor de hele regio. Uren worden niet afgeschermd; aantallen wel."
    )
    st.markdown(privacy.RULE_TEXT)
