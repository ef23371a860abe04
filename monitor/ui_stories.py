"""Streamlit parts of Verhalen en signalen and Mijn signalen: feed, wij-verhalen, meerwaarde,
signal board and "Wat komt op?". Pages call these; the rules live in stories/signals/text."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any
from zoneinfo import ZoneInfo

import polars as pl
import streamlit as st

from monitor import charts_stories, db, formatting, periods, privacy, signals, stories, text, ui
from monitor.access import AccessDenied, Role, Viewer
from monitor.validation import ValidationError

ALL = "__alle__"
LOCAL_TZ = ZoneInfo("Europe/Amsterdam")
PAGE_SIZE = 30
GROUPINGS = {
    "Nieuwste eerst": None,
    "Per thema": "themes",
    "Per gemeente": "municipality_name",
    "Per deelopdracht": "sub_assignment_title",
    "Per meerwaarde": "tags",
    "Per niveau (ik/wij)": "level_label",
    "Per ervaringsdeskundige": "author",
}
LEVELS = {"ik": "Ik-verhalen", "wij": "Wij-verhalen"}


def today() -> dt.date:
    return dt.datetime.now(LOCAL_TZ).date()


def count_text(viewer: Viewer, value: int) -> str:
    """A count as shown to this viewer: 1-4 suppressed outside the pool team."""
    if viewer.suppress_small_counts and privacy.is_small(value):
        return privacy.PRIMARY_TEXT
    return formatting.num(value)


def local_date(value: Any) -> dt.date | None:
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return (value if value.tzinfo else value.replace(tzinfo=dt.UTC)).astimezone(LOCAL_TZ).date()
    if isinstance(value, dt.date):
        return value
    return None


# --- period choice ------------------------------------------------------------------------


def period_choice(key: str, label: str = "Periode", *, default: str = "contract") -> periods.Period:
    """The whole contract period or one half-year (newest first)."""
    options = ["contract", *[p.code for p in periods.half_years()]]
    code = st.selectbox(
        label,
        options,
        index=options.index(default) if default in options else 0,
        key=key,
        format_func=lambda c: periods.parse(c).label.capitalize(),
    )
    return periods.parse(code)


def _options(kind: str) -> dict[str, str]:
    df = db.cached_read("story_filter_options").filter(pl.col("kind") == kind)
    return dict(zip(df.get_column("code").to_list(), df.get_column("label").to_list(), strict=True))


def _select(label: str, choices: Mapping[str, str], key: str) -> str | None:
    options = [ALL, *choices]
    value = st.selectbox(
        label, options, key=key, format_func=lambda c: "Alle" if c == ALL else choices[c]
    )
    return None if value == ALL else value


# --- notes --------------------------------------------------------------------------------


def show_note(
    note: Mapping[str, Any], viewer: Viewer, *, sources: pl.DataFrame | None = None
) -> None:
    """One note card with its themes and, for a wij-verhaal, the notes it draws on."""
    ui.note_card(note)
    if note.get("themes"):
        st.caption(ui.escape_markdown("Thema's: " + ", ".join(note["themes"])))
    if note.get("level") == "wij" and sources is not None:
        show_sources(sources.filter(pl.col("collective_note_id") == note["id"]))


def show_sources(sources: pl.DataFrame) -> None:
    """The notes a wij-verhaal draws on; notes the viewer may not read are only counted."""
    if sources.is_empty():
        st.caption("Dit wij-verhaal is nog niet gekoppeld aan onderliggende verhalen.")
        return
    visible = sources.filter(pl.col("visible"))
    hidden = sources.height - visible.height
    with st.expander(f"Steunt op {formatting.num(sources.height)} verhalen"):
        for row in visible.iter_rows(named=True):
            ui.note_card({**row, "id": row["source_note_id"], "tags": []})
        if hidden:
            st.caption(
                f"{formatting.num(hidden)} onderliggende verhalen zijn niet zichtbaar voor u: "
                "de schrijver heeft ze niet voor uw rol opengezet."
            )


def sources_for(notes: pl.DataFrame, viewer: Viewer) -> pl.DataFrame:
    ids = notes.filter(pl.col("level") == "wij").get_column("id").to_list()
    return db.cached_read("note_sources_by_collective", collective_ids=ids, **viewer.note_params())


def read_notes(
    viewer: Viewer, period: periods.Period, *, limit: int, **filters: Any
) -> pl.DataFrame:
    if filters.get("terms"):
        stories.sync_note_index()
    params = stories.feed_params(viewer, period.start, period.end, limit=limit, **filters)
    return db.cached_read("notes_for_viewer", **params)


def note_list(viewer: Viewer, notes: pl.DataFrame, *, empty: str) -> None:
    if notes.is_empty():
        st.info(empty)
        return
    sources = sources_for(notes, viewer)
    for note in notes.iter_rows(named=True):
        show_note(note, viewer, sources=sources)


def paged_notes(
    viewer: Viewer, prefix: str, period: periods.Period, *, empty: str, **filters: Any
) -> None:
    """The newest notes matching ``filters``, PAGE_SIZE at a time with 'Meer verhalen tonen'.

    Drawing hundreds of note cards on every rerun made these lists slow at scale; the reader
    asks for more when they want it.
    """
    limit = int(st.session_state.get(f"{prefix}.limit", PAGE_SIZE))
    notes = read_notes(viewer, period, limit=limit, **filters)
    total = int(notes.get_column("total_matches")[0]) if not notes.is_empty() else 0
    if total > notes.height:
        st.caption(
            f"De nieuwste {formatting.num(notes.height)} van {formatting.num(total)} verhalen."
        )
    note_list(viewer, notes, empty=empty)
    more_button(prefix, total=total, shown=notes.height, limit=limit)


# --- Verhalen -----------------------------------------------------------------------------


def feed(viewer: Viewer) -> None:
    st.caption(
        "De verhalen van de ervaringsdeskundigen, in hun eigen woorden. U ziet alleen wat de "
        "schrijver voor uw rol heeft opengezet. Zoeken vindt ook andere woordvormen: "
        "'gesprek' vindt ook 'gesprekken'."
    )
    top = st.columns([2, 1, 1])
    query = top[0].text_input("Zoeken in de tekst", key="stories.search")
    with top[1]:
        period = period_choice("stories.feed_period")
    grouping = top[2].selectbox("Ordenen", list(GROUPINGS), key="stories.group")
    with st.expander("Filters", expanded=False):
        cols = st.columns(3)
        with cols[0]:
            theme = _select("Thema", _options("theme"), "stories.theme")
            tag = _select("Meerwaarde", _options("tag"), "stories.tag")
        with cols[1]:
            municipality = _select("Gemeente", _options("municipality"), "stories.municipality")
            level = _select("Niveau", LEVELS, "stories.level")
        with cols[2]:
            sub = _select("Deelopdracht", _options("sub_assignment"), "stories.sub_assignment")
            author = _select("Ervaringsdeskundige", _options("peer_expert"), "stories.peer_expert")
    limit = int(st.session_state.get("stories.limit", PAGE_SIZE))
    notes = read_notes(
        viewer,
        period,
        limit=limit,
        terms=stories.search_terms(query),
        theme=theme,
        tag=tag,
        municipality=municipality,
        level=level,
        sub_assignment_id=int(sub) if sub else None,
        peer_expert_id=int(author) if author else None,
    )
    total = int(notes.get_column("total_matches")[0]) if not notes.is_empty() else 0
    if viewer.in_pool_team:
        st.caption(f"{formatting.num(total)} verhalen gevonden.")
    by = GROUPINGS[grouping]
    if by is None:
        note_list(viewer, notes, empty="Geen verhalen gevonden die u kunt lezen.")
    else:
        labelled = notes.with_columns(
            level_label=pl.col("level").replace_strict(LEVELS, default="Ik-verhalen"),
            sub_assignment_title=pl.col("sub_assignment_title").fill_null("Zonder deelopdracht"),
        )
        if labelled.is_empty():
            st.info("Geen verhalen gevonden die u kunt lezen.")
        sources = sources_for(notes, viewer) if not notes.is_empty() else None
        for label, group in stories.group_notes(labelled, by):
            st.subheader(label)
            for note in group.iter_rows(named=True):
                show_note(note, viewer, sources=sources)
    more_button("stories", total=total, shown=notes.height, limit=limit)


def more_button(prefix: str, *, total: int, shown: int, limit: int) -> None:
    """'Meer verhalen tonen' under a list that shows ``shown`` of ``total`` notes."""
    if total > shown and st.button("Meer verhalen tonen", key=f"{prefix}.more"):
        st.session_state[f"{prefix}.limit"] = limit + PAGE_SIZE
        st.rerun()


# --- Wij-verhalen -------------------------------------------------------------------------


def collective(viewer: Viewer) -> None:
    st.caption(
        "Een wij-verhaal bundelt wat meerdere ervaringsdeskundigen samen zien: collectieve "
        "ervaringskennis. Elk wij-verhaal laat zien op welke verhalen het steunt."
    )
    if viewer.role is Role.PEER_EXPERT:
        link_form(viewer)
    period = period_choice("stories.collective_period")
    paged_notes(
        viewer,
        "stories.collective",
        period,
        empty="Er zijn in deze periode geen wij-verhalen die u kunt lezen.",
        level="wij",
    )


def link_form(viewer: Viewer) -> None:
    own = stories.collective_notes(viewer)
    with st.expander("Mijn wij-verhalen koppelen aan verhalen", expanded=False):
        if own.is_empty():
            st.info(
                "U heeft nog geen wij-verhaal. Schrijf er een op de pagina Registreren (kies "
                "niveau 'wij') en koppel het hier aan de verhalen waar het op steunt."
            )
            return
        labels = {
            r["id"]: f"{formatting.date(r['note_date'])}: {_short(r['body'])}"
            for r in own.iter_rows(named=True)
        }
        chosen = st.selectbox(
            "Wij-verhaal",
            list(labels),
            key="stories.link_collective",
            format_func=lambda k: str(labels.get(k, k)),
        )
        current = own.filter(pl.col("id") == chosen).get_column("source_ids").to_list()[0]
        candidates = read_notes(viewer, periods.contract_period(), limit=300)
        options = {
            r["id"]: f"{formatting.date(r['note_date'])} · {r['author']}: {_short(r['body'])}"
            for r in candidates.iter_rows(named=True)
            if r["id"] != chosen
        }
        for source in current:
            options.setdefault(source, f"Verhaal {source}")
        picked = st.multiselect(
            "Steunt op deze verhalen",
            list(options),
            default=[s for s in current if s in options],
            key=f"stories.link_sources_{chosen}",
            format_func=lambda i: options.get(i, str(i)),
        )
        if st.button("Koppelingen opslaan", key="stories.link_save"):
            try:
                changed = stories.link_sources(viewer, int(chosen), picked)
            except (ValidationError, AccessDenied) as exc:
                st.error(str(exc))
            else:
                if changed:
                    st.success("De koppelingen zijn opgeslagen.")
                else:
                    st.info("Er is niets veranderd.")


def _short(body: str, length: int = 80) -> str:
    flat = " ".join(str(body).split())
    return flat if len(flat) <= length else flat[: length - 1] + "…"


# --- Meerwaarde per gemeente ---------------------------------------------------------------


def added_value(viewer: Viewer) -> None:
    st.caption(
        "Hoe vaak elke vorm van meerwaarde (het codeboek uit de regionale visie) voorkomt in de "
        "verhalen van de periode, per gemeente en voor de regio. Het gaat om aantallen verhalen "
        "die u kunt lezen, niet om inwoners. Kies een gemeente en een meerwaarde om de verhalen "
        "erachter te lezen."
    )
    period = ui.period_picker(
        "stories.av_period", default=periods.last_completed_half_year(today()).code
    )
    counts = db.cached_read(
        "added_value_by_municipality", start=period.start, end=period.end, **viewer.note_params()
    )
    if counts.is_empty():
        st.info("Er zijn in deze periode geen verhalen met meerwaarde die u kunt lezen.")
        return
    st.dataframe(added_value_table(counts, viewer), hide_index=True, width="stretch")
    if viewer.suppress_small_counts:
        st.caption(privacy.RULE_TEXT)
    places = dict(
        counts.select(pl.col("municipality_code").fill_null(stories.REGION), "municipality_name")
        .unique(maintain_order=True)
        .iter_rows()
    )
    cols = st.columns(2)
    place = cols[0].selectbox(
        "Gemeente",
        list(places),
        key="stories.av_municipality",
        format_func=lambda k: str(places.get(k, k)),
    )
    tags = dict(
        counts.filter(pl.col("municipality_code").fill_null(stories.REGION) == place)
        .select("tag_code", "tag_label")
        .iter_rows()
    )
    tag = cols[1].selectbox(
        "Meerwaarde", list(tags), key="stories.av_tag", format_func=lambda k: str(tags.get(k, k))
    )
    st.subheader(f"{places[place]} · {tags.get(tag, '')}")
    paged_notes(
        viewer,
        "stories.added_value",
        period,
        empty="Geen verhalen gevonden die u kunt lezen.",
        municipality=place,
        tag=tag,
    )


def added_value_table(counts: pl.DataFrame, viewer: Viewer) -> pl.DataFrame:
    """Municipalities (rows) by tags (columns), with totals; suppressed outside the pool team."""
    if viewer.suppress_small_counts:
        return privacy.suppress_pivot(
            counts, "municipality_name", "tag_label", "notes", fmt=formatting.num
        ).rename({"municipality_name": "Gemeente"})
    wide = counts.pivot(
        on="tag_label", index="municipality_name", values="notes", aggregate_function="sum"
    ).fill_null(0)
    tag_cols = [c for c in wide.columns if c != "municipality_name"]
    wide = wide.with_columns(Totaal=pl.sum_horizontal(tag_cols))
    total_row = wide.select(
        pl.lit("Totaal").alias("municipality_name"),
        *[pl.col(c).sum() for c in [*tag_cols, "Totaal"]],
    )
    return pl.concat([wide, total_row]).rename({"municipality_name": "Gemeente"})


# --- Signalen -----------------------------------------------------------------------------


def signal_board(viewer: Viewer) -> None:
    st.caption(
        "Signalen van de ervaringsdeskundigen aan beleid, en wat ermee gebeurde: nieuw, "
        "besproken, beantwoord en teruggekoppeld aan de ervaringsdeskundigen. De aantallen en "
        "de leeftijd van open signalen zijn informatie, geen norm."
    )
    data = db.cached_read("signals_for_viewer", status=None, today=today(), **viewer.note_params())
    summary = signals.status_summary(data)
    ui.metric_row(
        {r["label"]: count_text(viewer, r["signals"]) for r in summary.iter_rows(named=True)}
    )
    open_ages = data.filter(pl.col("age_days").is_not_null()).get_column("age_days").to_list()
    if open_ages:
        st.caption(
            "Het oudste signaal dat nog niet is teruggekoppeld, is "
            f"{formatting.num(max(open_ages))} dagen oud."
        )
    if data.is_empty():
        st.info("Er zijn geen signalen die u kunt volgen.")
        return
    columns = st.columns(len(signals.STATUSES))
    for col, status in zip(columns, signals.STATUSES, strict=True):
        with col:
            st.markdown(f"**{signals.STATUS_LABELS[status]}**")
            for row in data.filter(pl.col("status") == status).iter_rows(named=True):
                signal_card(row)
    st.divider()
    signal_detail(viewer, data)


def signal_card(row: Mapping[str, Any]) -> None:
    with st.container(border=True):
        st.markdown(f"**{ui.escape_markdown(str(row['title']))}**")
        parts = [
            signals.TYPE_LABELS.get(row["signal_type"], row["signal_type"]),
            str(row["municipality_name"]),
            formatting.date(row["raised_date"]),
        ]
        st.caption(ui.escape_markdown(" · ".join(parts)))
        if row["age_days"] is not None:
            st.caption(f"Open sinds {formatting.num(row['age_days'])} dagen")


def signal_detail(viewer: Viewer, data: pl.DataFrame) -> None:
    titles = {
        r["id"]: f"{r['title']} ({signals.STATUS_LABELS[r['status']]})"
        for r in data.iter_rows(named=True)
    }
    chosen = st.selectbox(
        "Signaal bekijken",
        list(titles),
        key="stories.signal",
        format_func=lambda k: str(titles.get(k, k)),
    )
    row = data.filter(pl.col("id") == chosen).row(0, named=True)
    show_signal(viewer, row)
    if signals.can_respond(viewer):
        signal_actions(viewer, row)
    with st.expander("Geschiedenis"):
        events = db.cached_read("signal_events_by_signal", signal_id=chosen)
        if events.is_empty():
            st.caption("Nog geen wijzigingen vastgelegd.")
        for e in events.iter_rows(named=True):
            step = (
                f"{signals.STATUS_LABELS.get(e['from_status'] or '', 'gemeld')} → "
                f"{signals.STATUS_LABELS[e['to_status']]}"
            )
            reason = f": {e['reason']}" if e["reason"] else ""
            st.caption(
                ui.escape_markdown(
                    f"{formatting.date(local_date(e['event_at']))} · {step}{reason} ({e['actor']})"
                )
            )


def show_signal(viewer: Viewer, row: Mapping[str, Any]) -> None:
    """Everything about one signal: context, supporting notes, talk, response, feedback."""
    st.subheader(ui.escape_markdown(str(row["title"])))
    st.caption(
        ui.escape_markdown(
            " · ".join(
                [
                    signals.TYPE_LABELS.get(row["signal_type"], row["signal_type"]),
                    str(row["municipality_name"]),
                    f"gemeld op {formatting.date(row['raised_date'])} door {row['raised_by_name']}",
                    f"status: {signals.STATUS_LABELS[row['status']]}",
                ]
            )
        )
    )
    st.markdown(ui.escape_markdown(str(row["description"])))
    if row["themes"]:
        st.caption(ui.escape_markdown("Thema's: " + ", ".join(row["themes"])))
    if row["contract_talk_title"]:
        st.caption(
            ui.escape_markdown(
                f"Besproken in: {row['contract_talk_title']} "
                f"({formatting.date(row['contract_talk_date'])})"
            )
        )
    if row["response"]:
        when = formatting.date(local_date(row["responded_at"])) if row["responded_at"] else ""
        who = row["responded_by"] or ""
        st.markdown("**Antwoord**" + (f" ({ui.escape_markdown(who)}, {when})" if when else ""))
        st.markdown(ui.escape_markdown(str(row["response"])))
    else:
        st.caption("Nog geen antwoord.")
    st.caption(
        "Teruggekoppeld aan de ervaringsdeskundigen: " + ("ja" if row["fed_back"] else "nog niet")
    )
    ids = list(row["supporting_note_ids"])
    if ids or row["hidden_note_count"]:
        with st.expander(
            f"Onderbouwende verhalen ({formatting.num(len(ids) + row['hidden_note_count'])})"
        ):
            if ids:
                notes = read_notes(
                    viewer,
                    periods.Period(dt.date(1900, 1, 1), dt.date(9999, 1, 1), "alles"),
                    limit=len(ids),
                    ids=ids,
                )
                note_list(viewer, notes, empty="")
            if row["hidden_note_count"]:
                st.caption(
                    f"{formatting.num(row['hidden_note_count'])} verhalen zijn niet zichtbaar voor uw rol."
                )


def signal_actions(viewer: Viewer, row: Mapping[str, Any]) -> None:
    """Move one step forward, write the response, or step back with a reason."""
    sid, version, status = row["id"], row["version"], row["status"]
    nxt = signals.next_status(status)
    key = f"stories.signal_{sid}"
    st.markdown("**Bijwerken**")
    if nxt is not None:
        talk = None
        response = None
        if nxt == "besproken":
            talks = db.cached_read("contract_talks_for_signals")
            options = {
                0: "Geen contractgesprek",
                **{
                    r["id"]: f"{r['title']} ({formatting.date(r['talk_date'])})"
                    for r in talks.iter_rows(named=True)
                },
            }
            talk = (
                st.selectbox(
                    "Besproken in",
                    list(options),
                    key=f"{key}.talk",
                    format_func=lambda k: str(options.get(k, k)),
                )
                or None
            )
        if nxt == "beantwoord":
            response = st.text_area(
                "Antwoord aan de ervaringsdeskundigen",
                value=row["response"] or "",
                key=f"{key}.response",
            )
        if st.button(f"Naar '{signals.STATUS_LABELS[nxt]}'", key=f"{key}.next"):
            _apply(
                lambda: signals.advance(
                    viewer, sid, version, nxt, response=response, contract_talk_id=talk
                )
            )
    if status in ("beantwoord", "teruggekoppeld"):
        with st.expander("Antwoord aanpassen"):
            new = st.text_area("Antwoord", value=row["response"] or "", key=f"{key}.edit_response")
            if st.button("Antwoord opslaan", key=f"{key}.save_response"):
                _apply(lambda: signals.respond(viewer, sid, version, new))
    earlier = list(signals.STATUSES[: signals.STATUSES.index(status)])
    if earlier:
        with st.expander("Terugzetten"):
            back = st.selectbox(
                "Terug naar",
                earlier[::-1],
                key=f"{key}.back_to",
                format_func=lambda k: str(signals.STATUS_LABELS.get(k, k)),
            )
            reason = st.text_input("Reden (verplicht)", key=f"{key}.reason")
            if st.button("Terugzetten", key=f"{key}.back"):
                _apply(lambda: signals.move_back(viewer, sid, version, back, reason))


def _apply(action: Any) -> None:
    try:
        change = action()
    except (ValidationError, AccessDenied) as exc:
        st.error(str(exc))
        return
    st.session_state["stories.flash"] = (
        f"Opgeslagen: het signaal staat nu op '{signals.STATUS_LABELS[change.status]}'."
    )
    st.rerun()


def flash() -> None:
    message = st.session_state.pop("stories.flash", None)
    if message:
        st.success(message)


# --- Wat komt op? -------------------------------------------------------------------------


def emerging(viewer: Viewer) -> None:
    st.caption(
        "Welke woorden en woordparen komen in de verhalen vaker of minder vaak voor dan in de "
        "periode ervoor? Gemeten met de gewogen log-odds-ratio met een informatieve prior "
        "(Monroe e.a., 2008): de z-score zegt hoe duidelijk het verschil is, gezien hoe vaak een "
        "woord voorkomt. Alleen verhalen die u kunt lezen tellen mee. Het is een begin voor het "
        "gesprek, geen conclusie."
    )
    recent_default = periods.last_completed_half_year(today())
    cols = st.columns(2)
    with cols[0]:
        recent = ui.period_picker("stories.trend_a", "Recente periode", default=recent_default.code)
    with cols[1]:
        earlier = ui.period_picker(
            "stories.trend_b", "Vergelijken met", default=recent_default.previous().code
        )
    with st.expander("Over de methode"):
        st.markdown(
            "Woorden worden teruggebracht tot hun stam (Snowball, Nederlands), zodat "
            "'gesprek' en 'gesprekken' samen tellen; veelvoorkomende woorden als 'de' en 'het' "
            "tellen niet mee. De prior komt uit beide periodes samen; α₀ bepaalt hoe sterk "
            "zeldzame woorden naar het gemiddelde worden getrokken."
        )
        alpha0 = st.number_input(
            "α₀ (sterkte van de prior)",
            min_value=10.0,
            max_value=100000.0,
            value=1000.0,
            step=100.0,
            key="stories.alpha0",
        )
    stories.sync_note_index()
    counts = db.cached_read(
        "term_counts_by_period",
        start_a=recent.start,
        end_a=recent.end,
        start_b=earlier.start,
        end_b=earlier.end,
        **viewer.note_params(),
    )
    terms = text.emerging_from_counts(counts, top=15, alpha0=float(alpha0), min_count=2)
    if terms.is_empty():
        st.info("In deze periodes zijn te weinig verhalen die u kunt lezen om te vergelijken.")
    else:
        st.plotly_chart(
            charts_stories.emerging_terms_figure(
                terms, title=f"{recent.label.capitalize()} tegenover {earlier.label}"
            ),
            theme=None,
            key="stories.trend_chart",
        )
        table = terms.select(
            pl.col("label").alias("Woord of woordpaar"),
            pl.col("direction").alias("Richting"),
            pl.col("count_a").alias("Recent"),
            pl.col("count_b").alias("Eerder"),
            pl.col("z")
            .map_elements(lambda z: formatting.dec(z, 1), return_dtype=pl.String)
            .alias("z"),
        )
        if viewer.suppress_small_counts:
            table = privacy.suppress_columns(table, ["Recent", "Eerder"], total_label=None)
        st.dataframe(table, hide_index=True, width="stretch")
        term_notes(viewer, terms, recent, earlier)
    theme_changes(viewer, recent, earlier)


def term_notes(
    viewer: Viewer, terms: pl.DataFrame, recent: periods.Period, earlier: periods.Period
) -> None:
    labels = dict(terms.select("term", "label").iter_rows())
    term = st.selectbox(
        "Lees de verhalen met",
        list(labels),
        key="stories.term",
        format_func=lambda k: str(labels.get(k, k)),
    )
    span = periods.Period(min(recent.start, earlier.start), max(recent.end, earlier.end), "beide")
    notes = read_notes(viewer, span, limit=50, terms=[term])
    note_list(viewer, notes, empty="Geen verhalen gevonden die u kunt lezen.")


def theme_changes(viewer: Viewer, recent: periods.Period, earlier: periods.Period) -> None:
    st.subheader("Thema's die verschoven")
    shares = db.cached_read(
        "theme_shares_by_period",
        start_a=recent.start,
        end_a=recent.end,
        start_b=earlier.start,
        end_b=earlier.end,
        **viewer.note_params(),
    )
    if shares.is_empty():
        st.info("Geen thema's in deze periodes.")
        return
    changes = stories.theme_share_changes(shares)
    table = changes.select(
        pl.col("theme_label").alias("Thema"),
        pl.col("notes_a").alias("Verhalen recent"),
        pl.col("notes_b").alias("Verhalen eerder"),
        pl.col("note_change")
        .map_elements(_points, return_dtype=pl.String)
        .alias("Aandeel verhalen"),
        pl.col("signals_a").alias("Signalen recent"),
        pl.col("signals_b").alias("Signalen eerder"),
        pl.col("signal_change")
        .map_elements(_points, return_dtype=pl.String)
        .alias("Aandeel signalen"),
    )
    if viewer.suppress_small_counts:
        table = privacy.suppress_columns(
            table,
            ["Verhalen recent", "Verhalen eerder", "Signalen recent", "Signalen eerder"],
            total_label=None,
        )
    st.dataframe(table, hide_index=True, width="stretch")
    st.caption(
        "Aandeel: het deel van de verhalen (of signalen) van de periode met dit thema; de "
        "verandering staat in procentpunten, recent tegenover eerder."
    )


def _points(value: float) -> str:
    sign = "+" if value > 0 else ""
    return f"{sign}{formatting.dec(value, 1)} procentpunt"


# --- Mijn signalen ------------------------------------------------------------------------


def my_signals(viewer: Viewer) -> None:
    data = db.cached_read("signals_for_viewer", status=None, today=today(), **viewer.note_params())
    if data.is_empty():
        st.info("U heeft nog geen signalen gemeld. Dat kan op de pagina Registreren.")
    for row in data.iter_rows(named=True):
        with st.container(border=True):
            step = signals.STATUSES.index(row["status"]) + 1
            st.markdown(f"**{ui.escape_markdown(str(row['title']))}**")
            st.caption(
                ui.escape_markdown(
                    f"Gemeld op {formatting.date(row['raised_date'])} · {row['municipality_name']} · "
                    f"stap {step} van {len(signals.STATUSES)}: {signals.STATUS_LABELS[row['status']]}"
                )
            )
            if row["contract_talk_title"]:
                st.caption(
                    ui.escape_markdown(
                        f"Besproken in: {row['contract_talk_title']} "
                        f"({formatting.date(row['contract_talk_date'])})"
                    )
                )
            if row["response"]:
                when = local_date(row["responded_at"])
                st.markdown("**Antwoord**" + (f" van {formatting.date(when)}" if when else ""))
                st.markdown(ui.escape_markdown(str(row["response"])))
            else:
                st.caption("Nog geen antwoord.")
    st.subheader("Mijn wij-verhalen")
    if viewer.peer_expert_id is None:
        return
    paged_notes(
        viewer,
        "my_signals",
        periods.contract_period(today()),
        empty="U heeft nog geen wij-verhalen geschreven.",
        level="wij",
        peer_expert_id=viewer.peer_expert_id,
    )
