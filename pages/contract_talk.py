"""Contractgesprek: prepare the next talk from the data, record it, follow up what was agreed."""

import datetime as dt

import streamlit as st

from monitor import contract_talks, formatting, periods, reference, ui, ui_report
from monitor.access import Role
from monitor.reports.pdf import render_pdf
from monitor.signals import STATUS_LABELS, TYPE_LABELS
from monitor.validation import ValidationError

viewer = ui.page_viewer("pages/contract_talk.py")
can_write = viewer.role is Role.CONTRACT_MANAGER
AGREEMENT_SLOTS = 3
DEVIATION_SLOTS = 2

st.title("Contractgesprek")
st.caption(
    "Het periodieke gesprek van de contractmanager met de gemeenten en de opdrachtnemer: "
    "voorbereid met de cijfers en verhalen, vastgelegd met afspraken, en opgevolgd."
)

flash = st.session_state.pop("contract_talk.flash", None)
if flash:
    st.success(flash)

prepare, record, follow_up, past = st.tabs(
    ["Voorbereiden", "Vastleggen", "Opvolgen", "Eerdere gesprekken"]
)

with prepare:
    left, right = st.columns(2)
    next_date = left.date_input(
        "Datum van het gesprek",
        value=dt.date.today(),
        format="DD-MM-YYYY",
        key="contract_talk.next_date",
    )
    codes = [p.code for p in periods.half_years()]
    default_code = periods.last_completed_half_year().code
    period_code = right.selectbox(
        "Rapportage over",
        codes,
        index=codes.index(default_code) if default_code in codes else 0,
        format_func=lambda c: periods.parse(c).label.capitalize(),
        key="contract_talk.period",
    )
    with st.spinner("Voorbereiding wordt samengesteld…"):
        pack = ui_report.pack(next_date, period_code, viewer.name)
    if st.button(
        "Voorbereiding als PDF", key="contract_talk.make_pack", icon=":material/picture_as_pdf:"
    ):
        with st.status("PDF wordt gemaakt…", expanded=True) as status:
            st.write("Opmaken met grafieken…")
            st.session_state["contract_talk.pack_pdf"] = (
                f"contractgesprek-{next_date.isoformat()}.pdf",
                render_pdf(pack),
            )
            status.update(label="PDF klaar", state="complete", expanded=False)
    made = st.session_state.get("contract_talk.pack_pdf")
    if made is not None:
        st.download_button(
            "Download voorbereiding (PDF)",
            data=made[1],
            file_name=made[0],
            mime="application/pdf",
            key="contract_talk.download_pack",
            icon=":material/download:",
        )
    ui_report.show_front(pack)
    for section in pack.sections[:5]:
        ui_report.show_section(section, "contract_talk.pack")
    st.caption(
        f"In de PDF volgt hierna de halfjaarrapportage over het {pack.period_label} "
        "(onderdelen a tot en met e); die staat ook op de pagina Halfjaarrapportage."
    )

with record:
    if not can_write:
        st.info("Alleen de contractmanager legt contractgesprekken vast. U kunt ze hier lezen.")
    else:
        names = contract_talks.municipalities()
        signals = contract_talks.awaiting_signals()
        with st.form("contract_talk.record_form"):
            c1, c2 = st.columns([1, 2])
            talk_date = c1.date_input(
                "Datum", value=dt.date.today(), format="DD-MM-YYYY", key="contract_talk.date"
            )
            title = c2.text_input(
                "Titel (leeg: 'Contractgesprek' met de datum)", key="contract_talk.title"
            )
            present = st.multiselect(
                "Vertegenwoordigde gemeenten",
                options=list(names),
                format_func=lambda c: names[c],
                key="contract_talk.municipalities",
            )
            discussion = st.text_area(
                "Verslag van de bespreking", height=150, key="contract_talk.discussion"
            )
            st.markdown("**Afspraken en acties**")
            agreement_inputs = []
            for i in range(1, AGREEMENT_SLOTS + 1):
                a1, a2, a3, a4 = st.columns([1, 3, 2, 1.3])
                kind = a1.selectbox(
                    f"Soort {i}",
                    ["afspraak", "actie"],
                    format_func=lambda k: contract_talks.KIND_LABELS[k],
                    key=f"contract_talk.agreement_{i}_kind",
                )
                text = a2.text_input(f"Afspraak {i}", key=f"contract_talk.agreement_{i}_text")
                owner = a3.text_input(f"Eigenaar {i}", key=f"contract_talk.agreement_{i}_owner")
                due = a4.date_input(
                    f"Klaar op {i}",
                    value=None,
                    format="DD-MM-YYYY",
                    key=f"contract_talk.agreement_{i}_due",
                )
                agreement_inputs.append((kind, text, owner, due))
            st.markdown("**Afgesproken afwijkingen van de verdeelsleutel**")
            deviation_inputs = []
            for i in range(1, DEVIATION_SLOTS + 1):
                d1, d2, d3, d4 = st.columns([2, 3, 1.3, 1.3])
                code = d1.selectbox(
                    f"Gemeente {i}",
                    ["", *names],
                    format_func=lambda c: names.get(c, "–"),
                    key=f"contract_talk.deviation_{i}_municipality",
                )
                reason = d2.text_input(f"Reden {i}", key=f"contract_talk.deviation_{i}_reason")
                start = d3.date_input(
                    f"Vanaf {i}",
                    value=None,
                    format="DD-MM-YYYY",
                    key=f"contract_talk.deviation_{i}_start",
                )
                end = d4.date_input(
                    f"Tot {i}",
                    value=None,
                    format="DD-MM-YYYY",
                    key=f"contract_talk.deviation_{i}_end",
                )
                deviation_inputs.append((code, reason, start, end))
            st.markdown("**Antwoorden op signalen**")
            if not signals:
                st.caption("Er wachten geen signalen op een antwoord.")
            response_inputs = []
            for s in signals:
                st.caption(
                    ui.escape_markdown(
                        f"Signaal {s['id']} · {s['municipality_name']} · "
                        f"{TYPE_LABELS.get(s['signal_type'], s['signal_type'])} · "
                        f"{STATUS_LABELS[s['status']]}: {s['description']}"
                    )
                )
                answer = st.text_area(
                    f"Antwoord op '{s['title']}' (leeg: niet besproken)",
                    key=f"contract_talk.response_{s['id']}",
                    height=80,
                )
                response_inputs.append((int(s["id"]), int(s["version"]), answer))
            submitted = st.form_submit_button(
                "Gesprek vastleggen", type="primary", key="contract_talk.save"
            )
        if submitted:
            talk = contract_talks.talk_from_form(
                talk_date=talk_date,
                title=title,
                municipalities=present,
                discussion=discussion,
                agreements=agreement_inputs,
                deviations=deviation_inputs,
                responses=response_inputs,
            )
            try:
                talk_id = contract_talks.record_talk(viewer, talk)
            except ValidationError as exc:
                for message in exc.messages:
                    st.error(message)
            else:
                for key in [k for k in st.session_state if str(k).startswith("contract_talk.")]:
                    if key not in ("contract_talk.next_date", "contract_talk.period"):
                        del st.session_state[key]
                st.session_state["contract_talk.flash"] = (
                    f"Het contractgesprek van {formatting.date(talk.talk_date)} is vastgelegd "
                    f"(nummer {talk_id})."
                )
                st.rerun()

with follow_up:
    agreements = contract_talks.open_agreements()
    if not agreements:
        st.write("Er zijn geen open afspraken.")
    for a in agreements:
        with st.container(border=True):
            kind = contract_talks.KIND_LABELS[a["kind"]]
            st.markdown(f"**{kind}: {ui.escape_markdown(a['description'])}**")
            details = [f"Uit: {a['talk_title']} ({formatting.date(a['talk_date'])})"]
            if a["owner"]:
                details.append(f"eigenaar: {a['owner']}")
            if a["due_date"]:
                details.append(f"klaar op: {formatting.date(a['due_date'])}")
            if a["municipality_name"]:
                details.append(f"gemeente: {a['municipality_name']}")
            if a["reason"]:
                details.append(f"reden: {a['reason']}")
            if a["period_start"]:
                details.append(
                    f"periode: {formatting.date(a['period_start'])}"
                    + (f" tot {formatting.date(a['period_end'])}" if a["period_end"] else "")
                )
            st.caption(ui.escape_markdown(" · ".join(details)))
            for e in a["events"]:
                label = contract_talks.EVENT_LABELS.get(e["event"], e["event"])
                note = f": {e['note']}" if e["note"] else ""
                st.caption(
                    ui.escape_markdown(
                        f"{ui_report.local_time(e['event_at'])} · {label}{note} ({e['actor']})"
                    )
                )
            if can_write:
                p1, p2 = st.columns(2)
                progress = p1.text_input(
                    "Voortgang noteren", key=f"contract_talk.progress_{a['id']}"
                )
                if p1.button("Voortgang opslaan", key=f"contract_talk.add_progress_{a['id']}"):
                    try:
                        contract_talks.add_progress(viewer, int(a["id"]), progress)
                    except ValidationError as exc:
                        for message in exc.messages:
                            st.error(message)
                    else:
                        st.rerun()
                outcome = p2.text_input(
                    "Wat is ervan gekomen?", key=f"contract_talk.outcome_{a['id']}"
                )
                if p2.button("Afronden", key=f"contract_talk.close_{a['id']}"):
                    try:
                        contract_talks.close_agreement(viewer, int(a["id"]), outcome)
                    except ValidationError as exc:
                        for message in exc.messages:
                            st.error(message)
                    else:
                        st.session_state["contract_talk.flash"] = "De afspraak is afgerond."
                        st.rerun()

with past:
    talks = contract_talks.talks()
    if not talks:
        st.write("Er zijn nog geen contractgesprekken vastgelegd.")
    else:
        labels = {int(t["id"]): f"{formatting.date(t['talk_date'])} · {t['title']}" for t in talks}
        chosen = st.selectbox(
            "Gesprek", list(labels), format_func=lambda i: labels[i], key="contract_talk.past"
        )
        detail = contract_talks.talk_detail(int(chosen)) if chosen is not None else None
        if detail is not None:
            st.markdown(f"#### {ui.escape_markdown(detail['title'])}")
            st.caption(
                ui.escape_markdown(
                    f"{formatting.date(detail['talk_date'])} · vastgelegd door "
                    f"{detail['recorded_by']} op {ui_report.local_time(detail['recorded_at'])}"
                )
            )
            present_names = detail["municipalities"] or []
            st.markdown(
                f"**Vertegenwoordigd ({len(present_names)} van {reference.MUNICIPALITY_COUNT}):** "
                + ui.escape_markdown(", ".join(present_names) or "geen gemeenten")
            )
            st.markdown("**Verslag**")
            st.markdown(ui.escape_markdown(detail["discussion"] or "Geen verslag."))
            if detail["agreements"]:
                st.markdown("**Afspraken, acties en afwijkingen**")
                ui.show_table(contract_talks.agreements_frame(detail["agreements"]))
            if detail["responses"]:
                st.markdown("**Antwoorden op signalen**")
                for r in detail["responses"]:
                    st.markdown(
                        ui.escape_markdown(
                            f"Signaal {r['signal_id']} ({r['municipality_name']}): {r['title']}"
                        )
                    )
                    st.caption(ui.escape_markdown(r["response"]))
