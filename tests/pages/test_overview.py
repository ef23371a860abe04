from tests.conftest import app_as, run_sql, texts


def test_overview_counts_activities_hours_and_residents_of_the_chosen_half_year(db_path):
    at = app_as("coordinator", "pages/overview.py")
    at.selectbox(key="overview.period").set_value("2025-H2").run()
    assert not at.exception
    metrics = {m.label: m.value for m in at.metric}
    assert metrics["Activiteiten"] == "3"
    assert metrics["Uren"] == "8"
    assert metrics["Bereikte inwoners"] == "27"
    assert metrics["Lopende deelopdrachten"] == "3"


def test_overview_suppresses_small_counts_outside_the_pool_team(db_path):
    at = app_as("gemeente", "pages/overview.py")
    at.selectbox(key="overview.period").set_value("2025-H2").run()
    metrics = {m.label: m.value for m in at.metric}
    assert metrics["Activiteiten"] == "<5"
    assert metrics["Signalen"] == "<5"


def test_overview_shows_only_notes_the_viewer_may_read(db_path):
    at = app_as("gemeente_beesel", "pages/overview.py")
    at.selectbox(key="overview.period").set_value("2025-H1").run()
    shown = texts(at)
    # Beesel sees quotable notes of Beesel and the region only; note 1 is Venlo's.
    assert "Een man kwam voor het eerst binnen" not in shown
    assert "Alleen voor mezelf" not in shown

    at = app_as("ervaringsdeskundige", "pages/overview.py")
    at.selectbox(key="overview.period").set_value("2025-H1").run()
    shown = texts(at)
    assert "Alleen voor mezelf" in shown  # Anouk's own note
    assert "In de groep was het stil" in shown  # pool note of Chantal


def test_overview_renders_note_text_inert(db_path):
    run_sql(
        db_path,
        "insert into note (note_date, peer_expert_id, level, body, visibility, created_by) "
        "values ('2025-05-01', 1, 'ik', '![x](http://evil.test/x.png) <script>alert(1)</script>', "
        "'pool', 'test')",
    )
    at = app_as("coordinator", "pages/overview.py")
    at.selectbox(key="overview.period").set_value("2025-H1").run()
    bodies = [m.value for m in at.markdown if "evil" in m.value]
    assert bodies and all(r"\!\[x\]" in b and r"\<script\>" in b for b in bodies)


def test_overview_starts_with_what_waits_for_the_contract_manager(db_path):
    at = app_as("contractmanager", "pages/overview.py")
    shown = texts(at)
    assert "Wacht op mij" in shown
    assert "Formulieren schrikken af" in shown  # signal 2 awaits a response
    assert "nog voorlopig" in shown  # ended half-years not yet definitive


def test_a_peer_expert_sees_the_response_to_their_signal_first(db_path):
    run_sql(db_path, "update signal set responded_at = now() where id = 1")
    at = app_as("ervaringsdeskundige", "pages/overview.py")
    shown = texts(at)
    assert "Wacht op mij" in shown
    assert "Geen avondinloop" in shown
    assert "De gemeente onderzoekt een avondinloop in 2026" in shown


def test_nothing_waits_for_a_municipal_delegate(db_path):
    at = app_as("gemeente", "pages/overview.py")
    assert "Wacht op mij" not in texts(at)


REFUSED_IMPORT = """
insert into import_refusal (filename, sha256, attempted_by, attempted_at, rows_refused, reasons)
values ('planning-okt.csv', 'a', 'Opdrachtregel', '2025-10-03 09:15+02', 2,
    ['Rij 3 (bron_id P-2): Gemeente ''Maastricht'' hoort niet bij de 14 gemeenten.']);
"""


def test_the_coordinator_sees_a_refused_import_with_a_link_to_importeren(db_path):
    run_sql(db_path, REFUSED_IMPORT)
    at = app_as("coordinator", "pages/overview.py")
    assert not at.exception
    shown = texts(at).replace("\\", "")
    assert "Import:** planning-okt.csv is niet ingelezen" in shown
    assert "03-10-2025 09:15, Opdrachtregel: 2 rijen met fouten." in shown
    assert "Gemeente 'Maastricht' hoort niet bij de 14 gemeenten." in shown
    links = [link.proto.label for link in at.get("page_link")]
    assert "Naar Importeren" in links


def test_a_later_successful_import_settles_the_refusal(db_path):
    run_sql(
        db_path,
        REFUSED_IMPORT
        + "insert into import_batch (filename, sha256, imported_by, imported_at, rows_new,"
        " rows_duplicate) values ('planning-okt-2.csv', 'b', 'c', '2025-10-04 09:00+02', 4, 0);",
    )
    at = app_as("coordinator", "pages/overview.py")
    assert "planning-okt.csv" not in texts(at)


def test_import_problems_wait_only_for_the_coordinator(db_path):
    run_sql(db_path, REFUSED_IMPORT)
    for user in ("contractmanager", "begeleidingsgroep", "ervaringsdeskundige"):
        assert "planning-okt.csv" not in texts(app_as(user, "pages/overview.py")), user
