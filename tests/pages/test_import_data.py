from monitor import db, navigation
from monitor.access import Role
from tests.conftest import app_as, run_sql, texts
from tests.unit.planning_files import EXAMPLES, csv_bytes

PAGE = "pages/import_data.py"
GOOD = "P-1;06-10-2025;Anouk;Venlo;;Inloop;open;Eenzaamheid;9;ja;2,5;naast;"
BAD = "P-2;06-10-2025;Anouk;Maastricht;;Inloop;open;;3;;1;;"
BAD_HOURS = "P-3;06-10-2025;Anouk;Venlo;;Inloop;open;;3;;30;;"


def count(table):
    cur = db.connection().cursor()
    try:
        return cur.execute(f"select count(*) from {table}").fetchall()[0][0]
    finally:
        cur.close()


def upload(at, name, content, mime="text/csv"):
    at.file_uploader(key="import_data.file").set_value((name, content, mime))
    return at.run()


def metrics(at):
    return {m.label: m.value for m in at.metric}


def test_import_is_for_the_coordinator_and_contract_manager_under_beheer():
    spec = navigation.spec(PAGE)
    assert (spec.title, spec.url_path, spec.section) == ("Importeren", "importeren", "Beheer")
    assert spec.roles == {Role.COORDINATOR, Role.CONTRACT_MANAGER}


def test_coordinator_previews_and_confirms_the_example_csv(db_path):
    at = app_as("coordinator", PAGE)
    assert not at.exception
    at = upload(at, "planning-voorbeeld.csv", (EXAMPLES / "planning-voorbeeld.csv").read_bytes())
    assert not at.exception
    assert metrics(at) == {"Nieuw": "4", "Al eerder ingelezen": "0", "Met fouten": "0"}
    assert count("activity") == 8  # nothing written before confirming
    at.button(key="import_data.confirm").click().run()
    assert not at.exception
    assert count("activity") == 12
    assert "Ingelezen: 4 activiteiten (import 1)" in texts(at)
    # The same file again: everything is a duplicate, nothing to confirm.
    assert metrics(at) == {"Nieuw": "0", "Al eerder ingelezen": "4", "Met fouten": "0"}
    assert "Er staat niets nieuws in dit bestand." in texts(at)
    assert not [b for b in at.button if b.key == "import_data.confirm"]


def test_contract_manager_imports_excel(db_path):
    at = app_as("contractmanager", PAGE)
    content = (EXAMPLES / "planning-voorbeeld.xlsx").read_bytes()
    at = upload(
        at,
        "planning.xlsx",
        content,
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    )
    assert metrics(at)["Nieuw"] == "4"
    at.button(key="import_data.confirm").click().run()
    assert count("activity") == 12


def test_a_file_with_a_bad_row_shows_every_reason_and_cannot_be_confirmed(db_path):
    at = upload(app_as("coordinator", PAGE), "fout.csv", csv_bytes(GOOD, BAD, BAD_HOURS))
    assert not at.exception
    assert metrics(at) == {"Nieuw": "1", "Al eerder ingelezen": "0", "Met fouten": "2"}
    assert "niets wordt opgeslagen" in at.error[0].value
    table = at.dataframe[0].value
    assert table["Rij"].tolist() == [3, 4]
    assert table["bron_id"].tolist() == ["P-2", "P-3"]
    reasons = table["Reden"].tolist()
    assert "Gemeente 'Maastricht' hoort niet bij de 14 gemeenten" in reasons[0]
    assert "Meer dan 24 uur op één dag kan niet (ingevuld: 30 uur)." in reasons[1]
    assert not [b for b in at.button if b.key == "import_data.confirm"]
    assert count("activity") == 8


def test_a_file_without_the_required_columns_is_refused(db_path):
    at = upload(app_as("coordinator", PAGE), "raar.csv", b"naam;aantal\nx;1\n")
    assert "Deze kolommen ontbreken: bron_id" in at.error[0].value.replace("\\", "")


def test_a_refused_file_is_noted_once_for_the_coordinator(db_path):
    at = upload(app_as("contractmanager", PAGE), "fout.csv", csv_bytes(GOOD, BAD))
    assert "niets wordt opgeslagen" in at.error[0].value
    at.run()  # a rerun of the same file does not note it twice
    assert count("import_refusal") == 1
    assert count("activity") == 8
    at = upload(app_as("coordinator", PAGE), "raar.csv", b"naam;aantal\nx;1\n")
    assert count("import_refusal") == 2


def test_importing_into_a_definitive_half_year_asks_for_a_reason(db_path):
    run_sql(
        db_path,
        "insert into period_status (period, status, decided_by) "
        "values ('2025-H2', 'definitief', 'Maarten')",
    )
    at = upload(app_as("coordinator", PAGE), "planning.csv", csv_bytes(GOOD))
    assert not at.exception
    assert "het tweede halfjaar 2025 (rij 2)" in at.warning[0].value
    at.button(key="import_data.confirm").click().run()
    assert "Er is niets ingelezen." in at.error[0].value.replace("\\", "")
    assert count("activity") == 8
    assert count("import_refusal") == 1

    at.text_area(key="import_data.reason").input("Nagekomen uit de planning van oktober.")
    at.button(key="import_data.confirm").click().run()
    assert not at.exception
    assert "Ingelezen: 1 activiteiten" in texts(at)
    assert count("activity") == 9
    assert count("import_refusal") == 1  # kept as history; settled by this import
