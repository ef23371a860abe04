"""Halfjaarrapportage: the contract's half-year report in one click, with every issue archived."""

import streamlit as st

from monitor import formatting, periods, ui, ui_report, ui_sensemaking
from monitor.access import Role
from monitor.reports import issue, quotes
from monitor.reports.data import shorten
from monitor.validation import ValidationError

viewer = ui.page_viewer("pages/report.py")

st.title("Halfjaarrapportage")
st.caption(
    "De halfjaarrapportage van het contract: (a) inzet en bereik per gemeente, (b) activiteiten, "
    "(c) meerwaarde, (d) trends en signalen, (e) resultaten per deelopdracht. Kleine aantallen "
    "zijn in elk formaat verborgen; alleen citeerbare verhalen worden geciteerd."
)
period = ui.period_picker(
    "report.period", "Halfjaar", default=periods.last_completed_half_year().code
)
scope = ui_report.scope_picker(viewer)  # a municipality, or None for the region

if viewer.role is Role.COORDINATOR:
    with st.expander("Citaten kiezen voor onderdeel (c)"):
        rows = quotes.candidates(period)
        if not rows:
            st.write("Er zijn in dit halfjaar geen verhalen die de schrijver citeerbaar maakte.")
        else:
            labels = {
                int(
                    r["note_id"]
                ): f"{r['municipality_name']} · {formatting.date(r['note_date'])} · "
                f"{shorten(str(r['body']), 90)}"
                for r in rows
            }
            saved = [int(r["note_id"]) for r in rows if r["selected"]]
            st.caption(
                "Zonder eigen keuze staan per gemeente de twee citeerbare verhalen met de meeste "
                "meerwaarde-labels in de rapportage."
                if not saved
                else "Uw keuze voor dit halfjaar is opgeslagen."
            )
            chosen = st.multiselect(
                "Citaten in de rapportage",
                options=list(labels),
                default=saved or quotes.default_selection(rows),
                format_func=lambda n: labels[n],
                key=f"report.quotes.{period.code}",
            )
            if st.button("Keuze opslaan", key="report.save_quotes"):
                try:
                    quotes.save_selection(viewer, period, chosen)
                except ValidationError as exc:
                    for message in exc.messages:
                        st.error(message)
                else:
                    st.success(f"{len(chosen)} citaten gekozen voor {period.label}.")

st.subheader("Maken en downloaden")
st.caption(
    "Elke rapportage die u maakt, wordt bewaard in het archief hieronder en kan daar later "
    "ongewijzigd opnieuw worden gedownload."
)
issued: dict[str, int] = st.session_state.setdefault("report.issued", {})
columns = st.columns(len(issue.FORMATS))
for col, (fmt, (label, _mime)) in zip(columns, issue.FORMATS.items(), strict=True):
    if col.button(f"{label} maken", key=f"report.make_{fmt}", icon=":material/description:"):
        with st.status(f"{label} wordt gemaakt…", expanded=True) as status:
            st.write("Cijfers, verhalen en signalen ophalen…")
            data = ui_report.report(period.code, scope, viewer.name)
            st.write("Opmaken" + (" met grafieken…" if fmt in ("pdf", "docx", "html") else "…"))
            done = issue.issue(viewer, data, fmt)
            issued[f"{period.code}.{scope}.{fmt}"] = done.archive_id
            status.update(label=f"{label} klaar: {done.filename}", state="complete", expanded=False)
for col, (fmt, (label, _mime)) in zip(columns, issue.FORMATS.items(), strict=True):
    archive_id = issued.get(f"{period.code}.{scope}.{fmt}")
    found = issue.fetch(viewer, archive_id) if archive_id is not None else None
    if found is not None:
        col.download_button(
            f"Download {label}",
            data=found.content,
            file_name=found.filename,
            mime=found.mime,
            key=f"report.download_{fmt}",
            icon=":material/download:",
        )

st.subheader("Voorbeeld")
with st.spinner("Rapportage wordt samengesteld…"):
    data = ui_report.report(period.code, scope, viewer.name)
ui_report.show_front(data)
for section in [*data.sections, data.definitions]:
    ui_report.show_section(section, "report.preview")

st.subheader("Archief")
archived = issue.archived(viewer)
if not archived:
    st.write("Er zijn nog geen rapportages gemaakt.")
else:
    ui.show_table(ui_report.archive_frame(archived))
    ids = [int(r["id"]) for r in archived]
    names = {
        int(r["id"]): f"{r['filename']} · {r['created_by']} · "
        f"{ui_report.local_time(r['created_at'])}"
        for r in archived
    }
    chosen_id = st.selectbox(
        "Opnieuw downloaden", ids, format_func=lambda i: names[i], key="report.archive_choice"
    )
    again = issue.fetch(viewer, int(chosen_id)) if chosen_id is not None else None
    if again is not None:
        st.download_button(
            f"Download {again.filename}",
            data=again.content,
            file_name=again.filename,
            mime=again.mime,
            key="report.archive_download",
            icon=":material/download:",
        )
        st.caption(f"Controlegetal (sha256): {again.sha256}")

with st.expander("Trends duiden voor item (d)"):
    st.caption("Een trend komt alleen in het rapport met ten minste twee concurrerende duidingen.")
    ui_sensemaking.annotation_panel(viewer, "rapport", period.code)
