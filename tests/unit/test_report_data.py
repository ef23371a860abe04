"""Each section of the half-year report against the fixture: Dutch numbers, suppression, quotes."""

import datetime as dt

import pytest

from monitor.reports.data import build_report, shorten
from monitor.reports.model import Chart, Paragraph, Quote, Subheading, Table
from tests.conftest import run_sql

TODAY = dt.date(2026, 2, 1)


@pytest.fixture
def report(db_path):
    return build_report("2025-H2", prepared_by="Carla (coördinator)", today=TODAY)


def tables(section):
    return [b for b in section.blocks if isinstance(b, Table)]


def test_front_page_names_period_contract_author_and_status_of_the_figures(report):
    front = dict(report.front)
    assert report.title == "Halfjaarrapportage tweede halfjaar 2025"
    assert front["Periode"] == "Tweede halfjaar 2025 (1 juli 2025 tot en met 31 december 2025)"
    assert "MGR Noord- en Midden-Limburg" in front["Contract"]
    assert front["Opgesteld door"] == "Carla (coördinator)"
    assert front["Status van de cijfers"].startswith(
        "Voorlopig: het halfjaar is afgesloten, maar de cijfers zijn nog niet definitief"
    )
    assert [s.key for s in report.sections] == ["a", "b", "c", "d", "e"]


def test_figures_of_a_running_half_year_are_marked_provisional(db_path):
    running = build_report("2025-H2", prepared_by="x", today=dt.date(2025, 10, 1))
    assert dict(running.front)["Status van de cijfers"].startswith("Voorlopig: het halfjaar loopt")


def test_figures_marked_definitive_say_who_decided(db_path):
    run_sql(
        db_path,
        "insert into period_status (period, status, decided_by, decided_at) values "
        "('2025-H2', 'definitief', 'Maarten', timestamptz '2026-01-20 10:00:00+01')",
    )
    data = build_report("2025-H2", prepared_by="x", today=TODAY)
    assert dict(data.front)["Status van de cijfers"] == (
        "Definitief: vastgesteld door Maarten op 20 januari 2026. "
        "Cijfers zoals geregistreerd op 1 februari 2026."
    )


def test_section_a_deployment_is_suppressed_with_dutch_numbers_and_key_shares(report):
    deployment = tables(report.sections[0])[0]
    rows = {r[0]: r for r in deployment.rows}
    # Gemeente, Verdeelsleutel, Activiteiten, Uren, Aandeel uren, Ervaringsdeskundigen, Bereikt
    assert rows["Venlo"] == ["Venlo", "28,47%", "<5", "2,5", "31,2%", "<5", "×"]
    assert rows["Beesel"] == ["Beesel", "0,78%", "<5", "2", "25,0%", "<5", "<5"]
    assert rows["Regio"] == ["Regio", "–", "<5", "3,5", "43,8%", "<5", "15"]
    assert rows["Weert"][2:] == ["0", "0", "0,0%", "0", "0"]
    assert deployment.rows[-1] == ["Totaal regio", "100,00%", "<5", "8", "100,0%", "", "27"]
    assert any(isinstance(b, Chart) for b in report.sections[0].blocks)


def test_section_a_reach_per_theme_is_a_suppressed_pivot(report):
    reach = tables(report.sections[0])[1]
    assert reach.columns == ["Thema", "Beesel", "Venlo", "Regio", "Totaal"]
    assert reach.rows == [
        ["Psychische kwetsbaarheid", "<5", "0", "0", "<5"],
        ["Eenzaamheid", "0", "8", "0", "×"],
        ["Stigma en schaamte", "0", "0", "15", "15"],
        ["Totaal", "<5", "×", "15", "27"],
    ]


def test_section_b_counts_activities_by_type_role_form_setting(report):
    section = report.sections[1]
    heads = [b.text for b in section.blocks if isinstance(b, Subheading)]
    assert heads == [
        "Soort activiteit",
        "Rol",
        "Vorm",
        "Vindplek",
        "Verhouding tot professionele zorg",
    ]
    by_type = tables(section)[0]
    assert by_type.rows == [
        ["Inloop", "<5", "2,5", "×"],
        ["Zelfregiegroep", "<5", "2", "<5"],
        ["Training/voorlichting", "<5", "3,5", "15"],
        ["Totaal", "<5", "8", "27"],
    ]


def test_section_c_quotes_only_quotable_notes_with_tags_per_municipality(report):
    section = report.sections[2]
    quotes = [b for b in section.blocks if isinstance(b, Quote)]
    assert [q.note_id for q in quotes] == [5, 6]
    assert quotes[0].tags == ["Laagdrempelig", "Normalisering"]
    assert quotes[0].source == "Ervaringsdeskundige, Beesel, 12 september 2025 (wij-verhaal)"
    heads = [b.text for b in section.blocks if isinstance(b, Subheading)]
    assert heads == ["Beesel", "Regio"]
    paragraphs = [b.text for b in section.blocks if isinstance(b, Paragraph)]
    assert paragraphs == [
        "Meest waargenomen meerwaarde (aantal verhalen): Laagdrempelig (<5), Normalisering (<5).",
        "Meest waargenomen meerwaarde (aantal verhalen): Wederkerig (<5).",
    ]


def test_section_c_never_quotes_a_note_that_is_not_quotable_even_if_selected(db_path):
    # A pool note selected behind the app's back is still not quoted: the query only offers
    # quotable notes.
    run_sql(
        db_path,
        "insert into note (note_date, peer_expert_id, municipality_code, level, body,"
        " visibility, created_by) values ('2025-08-01', 1, 'GM0983', 'ik', 'Geheim voor de pool',"
        " 'pool', 't')",
    )
    run_sql(
        db_path,
        "insert into report_quote (period, note_id, selected_by) values ('2025-H2', 7, 'x')",
    )
    data = build_report("2025-H2", prepared_by="x", today=TODAY)
    assert "Geheim voor de pool" not in data.all_text()


def test_section_d_lists_every_signal_with_status_and_response(db_path):
    data = build_report("2025-H1", prepared_by="x", today=TODAY)
    signals = tables(data.sections[3])[-1]
    assert signals.columns == [
        "Datum",
        "Gemeente",
        "Soort",
        "Signaal",
        "Toelichting",
        "Status",
        "Antwoord",
    ]
    assert signals.rows == [
        [
            "11-02-2025",
            "Venlo",
            "Aanbod gemist",
            "Geen avondinloop (Armoede en schulden)",
            "Werkende inwoners met schulden kunnen overdag niet komen.",
            "Beantwoord",
            "De gemeente onderzoekt een avondinloop in 2026.",
        ]
    ]


def test_section_d_shows_theme_activity_with_small_counts_hidden(report):
    themes = next(t for t in tables(report.sections[3]) if t.columns[0] == "Thema")
    assert themes.columns[1:4:2] == ["Activiteiten 2025-H1", "Activiteiten 2025-H2"]
    assert ["Armoede en schulden", "<5", "–", "0", "0,0%"] in themes.rows


def test_section_e_reports_each_sub_assignment_against_its_own_goals_with_reflections(db_path):
    data = build_report("2025-H1", prepared_by="x", today=TODAY)
    text = data.sections[4]
    heads = [b.text for b in text.blocks if isinstance(b, Subheading)]
    assert heads == [
        "Herstelgroep Beesel (Beesel)",
        "Inloop Venlo-Oost (Venlo)",
        "Training wijkteams regio (Regio)",
    ]
    all_text = data.all_text()
    assert "Doelen: Een vaste plek waar inwoners zonder afspraak binnenlopen" in all_text
    assert "Monitoringswijze: Verhalen en aantallen per maand (per kwartaal)" in all_text
    assert "Monitoringsmoment 5 juni 2025: De inloop groeit" in all_text
    paragraphs = [b.text for b in text.blocks if isinstance(b, Paragraph)]
    assert "Dit halfjaar: <5 activiteiten, 4,5 uur en <5 verhalen." in paragraphs


def test_definitions_explain_reached_and_the_suppression_rule(report):
    text = "\n".join(
        b.text if isinstance(b, Paragraph) else str(b) for b in report.definitions.blocks
    )
    assert "Bereikt" in text
    assert "Laagdrempelig" in text  # the meaning of each added-value label
    assert "aantallen van 1 tot en met 4 staan er als **<5**" in text


def test_a_municipal_report_has_own_figures_with_the_region_as_context(db_path):
    data = build_report("2025-H2", municipality_code="GM0889", prepared_by="x", today=TODAY)
    assert data.title == "Halfjaarrapportage tweede halfjaar 2025, gemeente Beesel"
    deployment = tables(data.sections[0])[0]
    assert [r[0] for r in deployment.rows] == ["Beesel", "Regio", "Hele regio (ter vergelijking)"]
    assert "Een man kwam voor het eerst binnen" not in data.all_text()
    assert data.filename_stem == "halfjaarrapportage-2025-H2-beesel"


def test_only_half_years_are_accepted(db_path):
    with pytest.raises(ValueError, match="halfjaar"):
        build_report("2025", prepared_by="x")


def test_shorten_cuts_at_a_word():
    assert shorten("een twee drie vier", 12) == "een twee …"
    assert shorten("kort", 12) == "kort"
