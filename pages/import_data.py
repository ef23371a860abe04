"""Importeren: activities from the contractor's planning system, previewed before anything is saved."""

import polars as pl
import streamlit as st

from monitor import formatting, importer, registration, ui
from monitor.access import AccessDenied
from monitor.validation import ValidationError

viewer = ui.page_viewer("pages/import_data.py")

st.title("Importeren")
st.caption(
    "Inzet uit het planningssysteem van de opdrachtnemer (CSV of Excel). Eerst ziet u wat er "
    "nieuw is, wat al eerder is ingelezen en welke rijen niet kloppen; pas na bevestigen wordt "
    "er iets opgeslagen, en dan alles of niets."
)
if done := st.session_state.pop("import_data.done", None):
    st.success(done, icon=":material/check_circle:")
with st.expander("Welke kolommen verwacht de import?"):
    st.markdown(
        "\n".join(
            f"- **{name}**{' (verplicht)' if required else ''}: {ui.escape_markdown(text)}"
            for name, (required, text) in importer.COLUMNS.items()
        )
    )
    st.caption(
        "Een voorbeeld staat in data/examples/planning-voorbeeld.csv en .xlsx. Rijnummers "
        "tellen zoals in een spreadsheet: de kopregel is rij 1."
    )

upload = st.file_uploader("Bestand", type=["csv", "xlsx"], key="import_data.file")
if upload is None:
    st.stop()
content, filename = upload.getvalue(), upload.name


def refused(messages: list[str], rows_refused: int = 0) -> None:
    """Show why, and note the refusal for the coördinator's Wacht op mij (once per file)."""
    st.error("\n".join(f"- {ui.escape_markdown(m)}" for m in messages))
    importer.note_refusal(viewer, content, filename, messages, rows_refused)


try:
    checked = importer.preview(viewer, content, filename)
except AccessDenied as exc:
    st.error(str(exc))
    st.stop()
except ValidationError as exc:
    refused(exc.messages)
    st.stop()

ui.metric_row(
    {
        "Nieuw": formatting.num(len(checked.new)),
        "Al eerder ingelezen": formatting.num(len(checked.duplicates)),
        "Met fouten": formatting.num(len(checked.problems)),
    }
)
if checked.ignored_columns:
    st.caption(
        "Genegeerde kolommen: " + ", ".join(ui.escape_markdown(c) for c in checked.ignored_columns)
    )
if checked.problems:
    st.error(
        "Het bestand wordt niet ingelezen: één rij met een fout betekent dat er niets wordt "
        "opgeslagen. Verbeter deze rijen in het planningssysteem en probeer het opnieuw."
    )
    ui.show_table(
        pl.DataFrame(
            {
                "Rij": [p.row for p in checked.problems],
                "bron_id": [p.source_id or "" for p in checked.problems],
                "Reden": [" ".join(p.reasons) for p in checked.problems],
            }
        )
    )
    importer.note_refusal(
        viewer, content, filename, [p.message() for p in checked.problems], len(checked.problems)
    )
    st.stop()
if checked.duplicates:
    st.info(
        "Al eerder ingelezen (worden overgeslagen): "
        + ", ".join(ui.escape_markdown(s) for _, s in checked.duplicates)
    )
if not checked.new:
    st.info("Er staat niets nieuws in dit bestand.")
    st.stop()

ctx = registration.context()
new_rows = [
    {
        "Rij": number,
        "bron_id": source_id,
        "Datum": formatting.date(data.activity_date, "short"),
        "Inzet": registration.describe_activity(data, ctx),
    }
    for number, source_id, data in checked.new
]
st.subheader("Nieuwe rijen")
ui.show_table(pl.DataFrame(new_rows))
reason = None
if lock := checked.lock_text():
    st.warning(lock, icon=":material/lock:")
    reason = st.text_area(
        "Reden om toch in te lezen", key="import_data.reason", max_chars=importer.MAX_REASON
    )
if st.button(
    f"{formatting.num(len(checked.new))} activiteiten inlezen",
    key="import_data.confirm",
    type="primary",
):
    try:
        _, result = importer.import_file(viewer, content, filename, reason=reason)
    except AccessDenied as exc:
        st.error(str(exc))
    except ValidationError as exc:
        refused(exc.messages)
    else:
        st.session_state["import_data.done"] = (
            f"Ingelezen: {formatting.num(len(result.activity_ids))} activiteiten "
            f"(import {result.batch_id}). {formatting.num(result.duplicates)} rijen waren al "
            "eerder ingelezen."
        )
        st.rerun()
