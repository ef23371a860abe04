from monitor import db
from tests.conftest import app_as, run_sql, texts


def plain(at):
    """Visible text without the backslashes that make user text inert in Markdown."""
    return texts(at).replace("\\", "")


def _open(user, period="2025-H2"):
    at = app_as(user, "pages/report.py")
    at.selectbox(key="report.period").set_value(period).run()
    assert not at.exception
    return at


def test_report_preview_shows_the_five_sections_with_suppressed_dutch_figures(db_path):
    at = _open("contractmanager")
    shown = plain(at)
    for heading in [
        "a. Inzet en bereik per gemeente",
        "b. Activiteiten",
        "c. Geconstateerde meerwaarde per gemeente",
        "d. Trends en signalen",
        "e. Resultaten per deelopdracht",
        "Begrippen",
    ]:
        assert heading in [s.value for s in at.subheader]
    assert "8 uur bij <5 activiteiten" in shown
    assert "27 keer een inwoner" in shown
    # Only quotable notes are quoted: note 5 (Beesel) and 6 (regional) are, the pool note is not.
    assert "mensen durven pas te praten" in shown
    assert "In de groep was het stil" not in shown


def test_municipal_delegate_gets_the_report_of_their_own_municipality(db_path):
    at = _open("gemeente_beesel", "2025-H1")
    shown = plain(at)
    assert "Halfjaarrapportage eerste halfjaar 2025, gemeente Beesel" in shown
    assert "Een man kwam voor het eerst binnen" not in shown  # Venlo's quotable note
    at = _open("gemeente", "2025-H1")
    assert "Een man kwam voor het eerst binnen" in plain(at)  # Venlo reads its own


def test_making_a_report_archives_it_and_offers_the_download(db_path):
    at = _open("coordinator")
    at.button(key="report.make_md").click().run()
    assert not at.exception
    archived = db.read("report_archive_list", municipality=None)
    assert archived.height == 1
    assert archived.item(0, "filename") == "halfjaarrapportage-2025-H2.md"
    assert archived.item(0, "created_by") == "coordinator@pool.test"
    labels = [b.label for b in at.download_button]
    assert "Download Markdown" in labels
    assert any(b.label == "Download halfjaarrapportage-2025-H2.md" for b in at.download_button)


def test_coordinator_saves_a_quote_selection_that_the_report_then_uses(db_path):
    at = _open("coordinator")
    at.multiselect(key="report.quotes.2025-H2").set_value([6]).run()
    at.button(key="report.save_quotes").click().run()
    assert not at.exception
    assert "1 citaten gekozen" in plain(at)
    saved = run_sql(db_path, "select period, note_id, selected_by from report_quote")
    assert saved == [("2025-H2", 6, "coordinator@pool.test")]
    at = _open("contractmanager")
    shown = plain(at)
    assert "vaker kunnen komen" in shown
    assert "mensen durven pas te praten" not in shown


def test_quote_selection_is_only_for_the_coordinator(db_path):
    at = _open("begeleidingsgroep")
    assert not [w for w in at.multiselect if str(w.key).startswith("report.quotes")]


def test_note_text_in_the_preview_is_inert(db_path):
    run_sql(
        db_path,
        "insert into note (note_date, peer_expert_id, municipality_code, level, body, visibility,"
        " created_by) values ('2025-08-01', 1, 'GM0983', 'ik',"
        " '<script>alert(1)</script> **vet**', 'citeerbaar', 'test')",
    )
    at = _open("contractmanager")
    bodies = [m.value for m in at.markdown if "alert" in m.value]
    assert bodies and all(r"\<script\>" in b and r"\*\*vet" in b for b in bodies)


def test_the_contract_manager_chooses_one_municipality_for_the_report_in_every_format(db_path):
    at = _open("contractmanager", "2025-H1")
    picker = at.selectbox(key="report.municipality")
    assert picker.value == "regio"
    assert len(picker.options) == 15  # the region and the 14 municipalities
    picker.set_value("GM0983").run()
    assert not at.exception
    shown = plain(at)
    assert "Halfjaarrapportage eerste halfjaar 2025, gemeente Venlo" in shown
    assert "Een man kwam voor het eerst binnen" in shown  # Venlo's quotable note
    for fmt in ("md", "html"):
        at.button(key=f"report.make_{fmt}").click().run()
        assert not at.exception
    archived = db.read("report_archive_list", municipality=None).sort("id")
    assert archived.get_column("municipality_code").to_list() == ["GM0983", "GM0983"]
    assert archived.get_column("format").to_list() == ["md", "html"]
    made = {b.label for b in at.download_button}
    assert {"Download Markdown", "Download HTML"} <= made
    content = db.read("report_archive_content", id=int(archived.item(0, "id"))).item(0, "content")
    assert "gemeente Venlo" in bytes(content).decode("utf-8")

    # Back to the region: the municipal downloads are not offered as the region's report.
    at.selectbox(key="report.municipality").set_value("regio").run()
    assert "Download Markdown" not in {b.label for b in at.download_button}
    titles = [m.value for m in at.markdown if m.value.startswith("#### ")]
    assert titles == ["#### Halfjaarrapportage eerste halfjaar 2025"]


def test_coordinator_and_advisory_group_may_choose_a_municipality_too(db_path):
    for user in ("coordinator", "begeleidingsgroep"):
        at = _open(user, "2025-H1")
        at.selectbox(key="report.municipality").set_value("GM0889").run()
        assert "Halfjaarrapportage eerste halfjaar 2025, gemeente Beesel" in plain(at), user


def test_a_municipal_delegate_has_no_choice_and_makes_only_their_own_report(db_path):
    at = _open("gemeente_beesel", "2025-H1")
    assert not [s for s in at.selectbox if s.key == "report.municipality"]
    assert "De rapportage van gemeente Beesel, met de regio als context." in plain(at)
    at.button(key="report.make_md").click().run()
    assert not at.exception
    archived = db.read("report_archive_list", municipality="GM0889")
    assert archived.get_column("municipality_code").to_list() == ["GM0889"]
