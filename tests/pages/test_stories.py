from monitor import navigation
from monitor.access import Role
from tests.conftest import app_as, run_sql, texts

PAGE = "pages/stories.py"


def part(user, name):
    at = app_as(user, PAGE)
    if name != "Verhalen":
        at.segmented_control(key="stories.part").set_value(name).run()
    assert not at.exception, at.exception
    return at


def bodies(at):
    return "\n".join(m.value for m in at.markdown)


# --- Verhalen -------------------------------------------------------------------------------


def test_feed_shows_notes_newest_first_with_context(db_path):
    at = part("coordinator", "Verhalen")
    shown = bodies(at)
    assert "Een wijkteam uit Roermond" in shown
    assert shown.index("Een wijkteam uit Roermond") < shown.index("Een man kwam voor het eerst")
    assert "Alleen voor mezelf" not in shown  # Anouk's own note
    captions = texts(at)
    assert "5 verhalen gevonden." in captions
    assert "Inloop Venlo\\-Oost" in captions
    assert "Meerwaarde\\: Laagdrempelig, Vertrouwen" in captions


def test_feed_search_finds_other_word_forms(db_path):
    at = part("coordinator", "Verhalen")
    at.text_input(key="stories.search").input("gesprek").run()
    assert not at.exception
    shown = bodies(at)
    assert "gesprekken met de schuldhulp" in shown
    assert "Een wijkteam uit Roermond" not in shown
    assert "1 verhalen gevonden." in texts(at)


def test_feed_respects_visibility_for_each_role(db_path):
    assert "Alleen voor mezelf" in bodies(part("ervaringsdeskundige", "Verhalen"))
    assert "Alleen voor mezelf" not in bodies(part("ervaringsdeskundige2", "Verhalen"))
    manager = bodies(part("contractmanager", "Verhalen"))
    assert "In de groep was het stil" not in manager  # 'pool' note
    assert "De wijkteamleden stelden" in manager  # 'begeleiding' note
    beesel = bodies(part("gemeente_beesel", "Verhalen"))
    assert "mensen durven pas te praten" in beesel  # quotable, Beesel
    assert "Een wijkteam uit Roermond" in beesel  # quotable, region
    assert "Een man kwam" not in beesel  # quotable, but Venlo
    assert "De wijkteamleden stelden" not in beesel  # 'begeleiding'
    # Outside the pool team no count of notes is shown.
    assert "verhalen gevonden" not in texts(part("gemeente_beesel", "Verhalen"))


def test_feed_filters_and_groups(db_path):
    at = part("coordinator", "Verhalen")
    at.selectbox(key="stories.level").set_value("wij").run()
    shown = bodies(at)
    assert "mensen durven pas te praten" in shown
    assert "Een man kwam" not in shown
    at.selectbox(key="stories.level").set_value("__alle__")
    at.selectbox(key="stories.municipality").set_value("regio").run()
    shown = bodies(at)
    assert "Een wijkteam uit Roermond" in shown
    assert "In de groep was het stil" not in shown
    at.selectbox(key="stories.municipality").set_value("__alle__")
    at.selectbox(key="stories.group").set_value("Per gemeente").run()
    assert not at.exception
    assert [h.value for h in at.subheader] == ["Regio", "Beesel", "Venlo"]


def test_feed_shows_more_notes_on_request(db_path):
    values = ", ".join(
        f"('2025-0{1 + i % 6}-0{1 + i % 9}', 1, 'ik', 'Extra verhaal nummer {i}.', 'pool', 't')"
        for i in range(35)
    )
    run_sql(
        db_path,
        "insert into note (note_date, peer_expert_id, level, body, visibility, created_by) "
        f"values {values}",
    )
    at = part("coordinator", "Verhalen")
    assert "40 verhalen gevonden." in texts(at)
    assert sum("Extra verhaal" in m.value for m in at.markdown) == 26
    at.button(key="stories.more").click().run()
    assert sum("Extra verhaal" in m.value for m in at.markdown) == 35


# --- Wij-verhalen ---------------------------------------------------------------------------


def test_wij_verhalen_show_their_sources_within_visibility(db_path):
    at = part("coordinator", "Wij-verhalen")
    at.selectbox(key="stories.collective_period").set_value("2025-H2").run()
    shown = bodies(at)
    assert "mensen durven pas te praten" in shown
    assert "In de groep was het stil" in shown  # source note 4, 'pool'
    assert "Een wijkteam uit Roermond" not in shown  # an ik-verhaal

    at = part("contractmanager", "Wij-verhalen")
    at.selectbox(key="stories.collective_period").set_value("2025-H2").run()
    assert "mensen durven pas te praten" in bodies(at)
    assert "In de groep was het stil" not in bodies(at)
    assert "1 onderliggende verhalen zijn niet zichtbaar voor u" in texts(at)


def test_peer_expert_links_own_wij_verhaal_to_notes(db_path):
    run_sql(
        db_path,
        "insert into note (note_date, peer_expert_id, level, body, visibility, created_by) "
        "values ('2025-11-01', 1, 'wij', 'Samen zien we dat de inloop werkt.', 'pool', 'test')",
    )
    at = part("ervaringsdeskundige", "Wij-verhalen")
    assert at.selectbox(key="stories.link_collective").value == 7
    at.multiselect(key="stories.link_sources_7").set_value([1, 2]).run()
    at.button(key="stories.link_save").click().run()
    assert not at.exception
    assert "De koppelingen zijn opgeslagen." in texts(at)
    assert run_sql(
        db_path, "select source_note_id from note_source where collective_note_id = 7 order by 1"
    ) == [
        (1,),
        (2,),
    ]


def test_peer_expert_without_wij_verhaal_is_told_where_to_write_one(db_path):
    at = part("ervaringsdeskundige2", "Wij-verhalen")
    assert "U heeft nog geen wij-verhaal" in texts(at)
    coordinator = part("coordinator", "Wij-verhalen")
    assert "stories.link_collective" not in [s.key for s in coordinator.selectbox]


# --- Meerwaarde per gemeente -----------------------------------------------------------------


def test_added_value_table_and_the_notes_behind_a_count(db_path):
    at = part("coordinator", "Meerwaarde per gemeente")
    at.selectbox(key="stories.av_period").set_value("2025-H1").run()
    table = at.dataframe[0].value
    assert list(table["Gemeente"]) == ["Beesel", "Venlo", "Regio", "Totaal"]
    assert list(table["Vertrouwen"]) == [0, 1, 0, 1]
    assert list(table["Totaal"]) == [1, 2, 1, 4]
    at.selectbox(key="stories.av_municipality").set_value("GM0983").run()
    at.selectbox(key="stories.av_tag").set_value("vertrouwen").run()
    assert not at.exception
    shown = bodies(at)
    assert "Een man kwam voor het eerst binnen" in shown
    assert "In de groep was het stil" not in shown


def test_added_value_is_suppressed_outside_the_pool_team(db_path):
    at = part("gemeente", "Meerwaarde per gemeente")
    at.selectbox(key="stories.av_period").set_value("2025-H1").run()
    table = at.dataframe[0].value
    assert list(table["Gemeente"]) == ["Venlo", "Totaal"]
    assert "<5" in set(table["Vertrouwen"])
    assert "Kleine aantallen worden niet getoond" in texts(at)


# --- Signalen -------------------------------------------------------------------------------


def test_signal_board_counts_per_status_as_information(db_path):
    at = part("coordinator", "Signalen")
    metrics = {m.label: m.value for m in at.metric}
    assert metrics == {"Nieuw": "1", "Besproken": "0", "Beantwoord": "1", "Teruggekoppeld": "0"}
    assert "Het oudste signaal dat nog niet is teruggekoppeld" in texts(at)
    # The coördinator follows but does not respond.
    assert "stories.signal_2.next" not in [b.key for b in at.button]
    manager = part("contractmanager", "Signalen")
    assert {m.label: m.value for m in manager.metric}["Nieuw"] == "<5"


def test_contract_manager_moves_a_signal_along_and_answers(db_path):
    at = part("contractmanager", "Signalen")
    at.selectbox(key="stories.signal").set_value(2).run()
    assert "Het intakeformulier van het wijkteam houdt mensen weg" in bodies(at)
    at.selectbox(key="stories.signal_2.talk").set_value(1).run()
    at.button(key="stories.signal_2.next").click().run()
    assert not at.exception
    assert "Opgeslagen: het signaal staat nu op 'Besproken'." in texts(at)
    at.text_area(key="stories.signal_2.response").input("We herzien het formulier.").run()
    at.button(key="stories.signal_2.next").click().run()
    assert "Opgeslagen: het signaal staat nu op 'Beantwoord'." in texts(at)
    assert "We herzien het formulier" in bodies(at)
    assert run_sql(db_path, "select status, response, version from signal where id = 2") == [
        ("beantwoord", "We herzien het formulier.", 3)
    ]
    assert run_sql(db_path, "select count(*) from audit_log where entity = 'signal'") == [(2,)]


def test_moving_back_without_reason_is_refused(db_path):
    at = part("begeleidingsgroep", "Signalen")
    at.selectbox(key="stories.signal").set_value(1).run()
    at.button(key="stories.signal_1.back").click().run()
    assert "Geef een reden om het signaal terug te zetten." in [e.value for e in at.error]
    assert run_sql(db_path, "select status, version from signal where id = 1") == [
        ("beantwoord", 1)
    ]
    at.text_input(key="stories.signal_1.reason").input("Nog niet besproken met Venlo").run()
    at.button(key="stories.signal_1.back").click().run()
    assert run_sql(db_path, "select status from signal where id = 1") == [("besproken",)]


def test_peer_expert_sees_only_own_signals_on_the_board(db_path):
    at = part("ervaringsdeskundige", "Signalen")
    shown = texts(at)
    assert "Geen avondinloop" in shown
    assert "Formulieren schrikken af" not in shown
    assert not [b for b in at.button if b.key and b.key.startswith("stories.signal_")]


# --- Wat komt op? ---------------------------------------------------------------------------


def add_form_notes(db_path):
    run_sql(
        db_path,
        "insert into note (note_date, peer_expert_id, municipality_code, level, body, visibility,"
        " created_by) values"
        " ('2025-08-01', 1, 'GM0983', 'ik', 'Weer een formulier dat mensen wegjaagt.', 'citeerbaar', 't'),"
        " ('2025-09-01', 2, 'GM0983', 'ik', 'Het formulier schrikt af, ook bij de inloop.', 'citeerbaar', 't'),"
        " ('2025-10-01', 1, 'GM0983', 'ik', 'Formulieren op tafel: mensen zwijgen.', 'citeerbaar', 't')",
    )


def test_what_is_emerging_shows_terms_and_the_notes_behind_them(db_path):
    add_form_notes(db_path)
    at = part("coordinator", "Wat komt op?")
    at.selectbox(key="stories.trend_a").set_value("2025-H2").run()
    at.selectbox(key="stories.trend_b").set_value("2025-H1").run()
    assert not at.exception
    table = at.dataframe[0].value
    rows = dict(zip(table["Woord of woordpaar"], table["Richting"], strict=True))
    assert rows["formulier"] == "stijgt"
    assert list(table["Recent"])[list(table["Woord of woordpaar"]).index("formulier")] == 4
    assert at.get("plotly_chart")
    at.selectbox(key="stories.term").set_value("formulier").run()
    shown = bodies(at)
    assert "Formulieren op tafel" in shown
    assert "Een man kwam" not in shown
    themes = at.dataframe[1].value
    assert "Stigma en schaamte" in list(themes["Thema"])


def test_what_is_emerging_suppresses_counts_outside_the_pool_team(db_path):
    add_form_notes(db_path)
    at = part("gemeente", "Wat komt op?")
    at.selectbox(key="stories.trend_a").set_value("2025-H2").run()
    at.selectbox(key="stories.trend_b").set_value("2025-H1").run()
    assert not at.exception
    table = at.dataframe[0].value
    assert set(table["Recent"]) <= {"<5", "0"} | {str(n) for n in range(5, 100)}
    themes = at.dataframe[1].value
    assert "<5" in set(themes["Verhalen recent"])


def test_page_is_open_to_every_role():
    assert navigation.spec(PAGE).roles == frozenset(Role)
