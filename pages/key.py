"""Gemeente en verdeelsleutel: each municipality's key share beside its actual share of deployment."""

import streamlit as st

from monitor import (
    analysis,
    charts_reach,
    db,
    formatting,
    periods,
    privacy,
    sensemaking,
    ui,
    ui_analysis,
)

viewer = ui.page_viewer("pages/key.py")
suppress = viewer.suppress_small_counts

st.title("Gemeente en verdeelsleutel")
st.markdown(
    "De inzet van de pool wordt verdeeld volgens de financiële verdeelsleutel van module 2 van "
    "de MGR, waarbij ook de regionale inzet meetelt. In onderling overleg kan daarvan worden "
    "afgeweken, zodat **de reële vraag meer leidend is dan de boekhoudkundige verdeling**. Deze "
    "pagina zet beide naast elkaar als informatie voor het gesprek: het is geen afrekening, "
    "en een verschil is geen tekort of overschot."
)

top = st.columns(3)
with top[0]:
    period = ui_analysis.period_select("key.period", default="contract")
with top[1]:
    measure = ui_analysis.choice("key.measure", "Inzet gemeten in", analysis.KEY_MEASURES)
with top[2]:
    allocate = st.toggle(
        "Regio verdelen volgens de sleutel",
        key="key.allocate",
        bind="query-params",
        help="Boekhoudkundige weergave: de regionale inzet wordt naar rato van de sleutel over "
        "de gemeenten verdeeld. Standaard staat de regio apart.",
    )
measure_label = analysis.KEY_MEASURES[measure]

deployment = db.cached_read("deployment_by_municipality", start=period.start, end=period.end)
view = analysis.key_comparison(deployment, measure, allocate=allocate, suppress=suppress)
deviations = db.cached_read("key_deviations_by_municipality", start=period.start, end=period.end)
current = deviations.filter(deviations["in_period"])

st.subheader(f"Aandeel per gemeente, {period.label}")
st.plotly_chart(
    charts_reach.key_share_bars(
        view.names,
        view.key_shares,
        view.shares,
        view.share_text,
        measure_label,
        current.get_column("municipality_name").to_list(),
    ),
    theme=None,
    key="key.chart",
)
st.caption(
    "Gemeenten staan in alfabetische volgorde, de regio als laatste: er is geen rangorde. "
    "Verandert de sleutel binnen de periode, dan telt elke versie naar het aantal dagen dat zij "
    "gold. "
    + (
        "De regionale inzet is hier naar rato van de sleutel over de gemeenten verdeeld."
        if allocate
        else "Regionale inzet (voor de hele regio) staat apart als 'Regio'."
    )
)
st.table(view.table(measure_label))
if suppress and measure != "hours":
    st.caption(privacy.RULE_TEXT)

st.subheader("In euro's")
rates = db.cached_read("fte_rate_by_year", start=period.start, end=period.end)
budget = db.cached_read("budget_by_municipality", start=period.start, end=period.end)
for year in rates.iter_rows(named=True):
    rate = (
        f"gemiddeld {formatting.eur(year['rate_eur'])} per uur"
        if year["rate_eur"] is not None
        else "nog geen uren geregistreerd, dus nog geen gemiddeld tarief"
    )
    part = (
        ""
        if year["days_in_period"] == year["days_in_year"]
        else f"; in deze periode valt {year['days_in_period']} van de {year['days_in_year']} dagen"
    )
    st.markdown(
        f"- **{year['year']}**: fte-budget {formatting.eur(year['budget_eur'], 0)}"
        f"{' (indicatief)' if year['indicative'] else ''}, {formatting.dec(year['year_hours'])} "
        f"uur in het hele jaar, {rate}{part}."
    )
st.caption(
    "Links het deel van het fte-budget dat volgens de sleutel bij de gemeente hoort (naar rato "
    "van de dagen in de periode); rechts de geleverde uren, gewaardeerd tegen het gemiddelde "
    "tarief van dat jaar (fte-budget gedeeld door alle uren van dat jaar)."
)
st.table(analysis.budget_table(budget, allocate=allocate))

st.subheader("Afgesproken afwijkingen van de verdeelsleutel")
if deviations.is_empty():
    st.write("Er zijn geen afwijkingen van de verdeelsleutel afgesproken.")
for dev in deviations.iter_rows(named=True):
    until = f"tot {formatting.date(dev['period_end'])}" if dev["period_end"] else "zonder einddatum"
    st.markdown(
        f"- **{ui.escape_markdown(dev['municipality_name'])}**, vanaf "
        f"{formatting.date(dev['period_start'])} {until}: "
        f"{ui.escape_markdown(dev['description'])}. Reden: {ui.escape_markdown(dev['reason'])}. "
        f"Afgesproken in het contractgesprek van {formatting.date(dev['talk_date'])} "
        f"({ui.escape_markdown(dev['talk_title'])})."
        + (" Geldt in deze periode." if dev["in_period"] else "")
    )

st.subheader("Hoe het aandeel zich ontwikkelde, per halfjaar")
halves = list(reversed(periods.half_years()))
history = [
    (h.start, db.cached_read("deployment_by_municipality", start=h.start, end=h.end))
    for h in halves
]
first, last = halves[0].start, halves[-1].end
events = [
    (dev["period_start"], f"afspraak {dev['municipality_name']}")
    for dev in deviations.iter_rows(named=True)
    if first <= dev["period_start"] < last
] + [e for e in sensemaking.events() if first <= e[0] < last]
st.plotly_chart(
    ui_analysis.share_history_chart(
        analysis.share_series(history, measure, allocate=allocate, suppress=suppress), events
    ),
    theme=None,
    key="key.history",
)
st.caption(
    f"Per gemeente het aandeel in de inzet ({measure_label.lower()}) per halfjaar (doorgetrokken) "
    "en het aandeel volgens de verdeelsleutel (gestreept). Een stippellijn markeert het begin "
    "van een afgesproken afwijking of van een gebeurtenis die context geeft."
)
