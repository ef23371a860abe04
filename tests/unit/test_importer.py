import datetime as dt
import json
import subprocess
import sys
from decimal import Decimal

import pytest

from monitor import db, importer
from monitor.access import Role, Viewer
from monitor.cli import main
from monitor.validation import ValidationError
from tests.conftest import ROOT, run_sql
from tests.unit.planning_files import EXAMPLES, HEADER, csv_bytes, xlsx_bytes

TODAY = dt.date(2026, 1, 15)
COORDINATOR = Viewer(3, "coordinator@pool.test", "Carla", Role.COORDINATOR)
GOOD = "P-1;06-10-2025;Anouk;Venlo;;Inloop;open;Eenzaamheid;9;ja;2,5;naast;Buurthuis of ontmoetingsplek"


def count(table):
    cur = db.connection().cursor()
    try:
        return cur.execute(f"select count(*) from {table}").fetchall()[0][0]
    finally:
        cur.close()


def check(content, filename="planning.csv"):
    return importer.preview(COORDINATOR, content, filename, today=TODAY)


def test_example_csv_and_excel_files_give_the_same_four_new_rows(db_path):
    csv_preview = check((EXAMPLES / "planning-voorbeeld.csv").read_bytes())
    xlsx_preview = check((EXAMPLES / "planning-voorbeeld.xlsx").read_bytes(), "voorbeeld.xlsx")
    assert csv_preview.ok and xlsx_preview.ok
    assert [(n, s) for n, s, _ in csv_preview.new] == [
        (2, "PLAN-2025-0101"),
        (3, "PLAN-2025-0102"),
        (4, "PLAN-2025-0103"),
        (5, "PLAN-2025-0104"),
    ]
    assert [d for _, _, d in csv_preview.new] == [d for _, _, d in xlsx_preview.new]
    first = csv_preview.new[0][2]
    assert first.activity_date == dt.date(2025, 10, 6)
    assert first.theme_codes == ("eenzaamheid", "armoede_schulden")
    assert first.hours == Decimal("2.5")
    assert first.residents_estimated is True
    last = csv_preview.new[3][2]
    assert (last.municipality_code, last.activity_type_code, last.care_relation) == (
        None,
        "training",
        None,
    )
    assert csv_preview.summary() == "4 nieuw, 0 al eerder ingelezen, 0 met fouten."


def test_import_writes_every_new_row_with_a_batch_and_audit_and_is_idempotent(db_path):
    content = (EXAMPLES / "planning-voorbeeld.csv").read_bytes()
    _, result = importer.import_file(COORDINATOR, content, "planning-voorbeeld.csv", today=TODAY)
    assert result.batch_id == 1
    assert result.activity_ids == [9, 10, 11, 12]
    row = db.read("activity_for_edit", id=9).row(0, named=True)
    assert (row["source"], row["source_id"], row["created_by"]) == (
        "import",
        "PLAN-2025-0101",
        "coordinator@pool.test",
    )
    assert row["theme_codes"] == ["armoede_schulden", "eenzaamheid"]
    cur = db.connection().cursor()
    batch = cur.execute("select filename, rows_new, rows_duplicate from import_batch").fetchall()
    audit = cur.execute(
        "select action, entity, after_json from audit_log where action = 'import'"
    ).fetchall()
    creates = cur.execute(
        "select count(*) from audit_log where action = 'create' and entity = 'activity'"
    ).fetchall()
    cur.close()
    assert batch == [("planning-voorbeeld.csv", 4, 0)]
    assert audit[0][:2] == ("import", "import_batch")
    assert json.loads(audit[0][2])["activity_ids"] == [9, 10, 11, 12]
    assert creates == [(4,)]

    again, result = importer.import_file(
        COORDINATOR, content, "planning-voorbeeld.csv", today=TODAY
    )
    assert result.activity_ids == [] and result.batch_id is None
    assert [s for _, s in again.duplicates] == [
        "PLAN-2025-0101",
        "PLAN-2025-0102",
        "PLAN-2025-0103",
        "PLAN-2025-0104",
    ]
    assert count("activity") == 12
    assert count("import_batch") == 1


def test_excel_import_writes_the_same_rows(db_path):
    content = (EXAMPLES / "planning-voorbeeld.xlsx").read_bytes()
    _, result = importer.import_file(COORDINATOR, content, "voorbeeld.xlsx", today=TODAY)
    assert len(result.activity_ids) == 4
    assert db.read("activity_for_edit", id=12).row(0, named=True)["hours"] == Decimal("3.50")


def test_a_file_with_new_and_known_rows_imports_only_the_new_ones(db_path):
    importer.import_file(COORDINATOR, csv_bytes(GOOD), "a.csv", today=TODAY)
    second = csv_bytes(GOOD, GOOD.replace("P-1;", "P-2;").replace(";9;", ";4;"))
    checked, result = importer.import_file(COORDINATOR, second, "b.csv", today=TODAY)
    assert checked.duplicates == [(2, "P-1")]
    assert len(result.activity_ids) == 1
    assert count("activity") == 10


BAD_ROWS = [
    (
        "P-9;31-02-2025;Anouk;Venlo;;Inloop;open;;3;;1;;",
        "De datum '31-02-2025' is geen geldige datum",
    ),
    ("P-9;15-03-2027;Anouk;Venlo;;Inloop;open;;3;;1;;", "De datum ligt in de toekomst"),
    ("P-9;2025/03/15;Anouk;Venlo;;Inloop;open;;3;;1;;", "geen geldige datum"),
    ("P-9;15-03-2025;Zoë;Venlo;;Inloop;open;;3;;1;;", "Ervaringsdeskundige 'Zoë' is onbekend"),
    (
        "P-9;15-03-2025;Anouk;Maastricht;;Inloop;open;;3;;1;;",
        "Gemeente 'Maastricht' hoort niet bij de 14",
    ),
    ("P-9;15-03-2025;Anouk;Venlo;;Koffie;open;;3;;1;;", "Onbekend soort activiteit: 'Koffie'"),
    ("P-9;15-03-2025;Anouk;Venlo;;Inloop;massaal;;3;;1;;", "Onbekende vorm: 'massaal'"),
    ("P-9;15-03-2025;Anouk;Venlo;;Inloop;open;Geluk;3;;1;;", "Onbekend thema: 'Geluk'"),
    ("P-9;15-03-2025;Anouk;Venlo;;Inloop;open;;-2;;1;;", "niet negatief"),
    ("P-9;15-03-2025;Anouk;Venlo;;Inloop;open;;2,5;;1;;", "Inwoners '2,5' is geen heel getal"),
    ("P-9;15-03-2025;Anouk;Venlo;;Inloop;open;;veel;;1;;", "Inwoners 'veel' is geen getal"),
    ("P-9;15-03-2025;Anouk;Venlo;;Inloop;open;;3;;25;;", "Meer dan 24 uur op één dag"),
    ("P-9;15-03-2025;Anouk;Venlo;;Inloop;open;;3;;-1;;", "Het aantal uren kan niet negatief zijn"),
    (
        "P-9;15-03-2025;Anouk;Venlo;;Inloop;open;;3;misschien;1;;",
        "Schatting 'misschien' is geen ja of nee",
    ),
    ("P-9;15-03-2025;Anouk;Venlo;;Inloop;open;;3;;1;soms;", "Onbekende relatie met zorg: 'soms'"),
    ("P-9;15-03-2025;Anouk;Venlo;;Inloop;open;;3;;1;;Kroeg", "Onbekend vindplek: 'Kroeg'"),
    (
        "P-9;15-03-2025;Anouk;Venlo;Herstelgroep Beesel;Inloop;open;;3;;1;;",
        "hoort bij Beesel, niet bij Venlo",
    ),
    ("P-9;15-03-2024;Anouk;Regio;2;Training/voorlichting;groep;;3;;1;;", "valt buiten de looptijd"),
    ("P-9;15-03-2025;Anouk;Venlo;7;Inloop;open;;3;;1;;", "Deelopdracht 7 bestaat niet"),
    ("P-9;15-03-2025;Anouk;Venlo;;;open;;3;;1;;", "'soort' is leeg"),
    (";15-03-2025;Anouk;Venlo;;Inloop;open;;3;;1;;", "'bron_id' is leeg"),
]


@pytest.mark.parametrize(("row", "reason"), BAD_ROWS, ids=[r[1][:30] for r in BAD_ROWS])
def test_each_kind_of_bad_row_is_refused_with_row_number_and_reason_and_nothing_is_written(
    db_path, row, reason
):
    content = csv_bytes(GOOD, row)
    checked = check(content)
    assert not checked.ok
    assert len(checked.problems) == 1
    problem = checked.problems[0]
    assert problem.row == 3
    assert reason in problem.message()
    assert problem.message().startswith("Rij 3")
    with pytest.raises(ValidationError) as refused:
        importer.import_file(COORDINATOR, content, "planning.csv", today=TODAY)
    assert refused.value.messages == [problem.message()]
    assert count("activity") == 8
    assert count("import_batch") == 0
    assert count("audit_log") == 0


def test_the_same_source_id_twice_in_one_file_is_refused(db_path):
    checked = check(csv_bytes(GOOD, GOOD))
    assert [p.message() for p in checked.problems] == [
        "Rij 3 (bron_id P-1): Dit bron_id staat al in rij 2 van hetzelfde bestand."
    ]


def test_bad_rows_in_excel_are_refused_the_same_way(db_path):
    content = xlsx_bytes(csv_bytes(GOOD, BAD_ROWS[11][0]))
    checked = check(content, "planning.xlsx")
    assert [p.row for p in checked.problems] == [3]
    assert "Meer dan 24 uur" in checked.problems[0].message()


def test_missing_columns_and_unreadable_files_are_refused_as_a_whole(db_path):
    with pytest.raises(ValidationError, match="Deze kolommen ontbreken: uren"):
        check(csv_bytes("P-1;06-10-2025", header=HEADER.replace(";uren", ";iets")))
    with pytest.raises(ValidationError, match="wordt niet ondersteund"):
        check(b"x", "planning.pdf")
    with pytest.raises(ValidationError, match="kan niet worden gelezen als Excel"):
        check(b"geen excel", "planning.xlsx")
    with pytest.raises(ValidationError, match="geen rijen"):
        importer.import_file(COORDINATOR, csv_bytes(), "leeg.csv", today=TODAY)


def test_headers_may_differ_in_case_accents_and_separator(db_path):
    header = HEADER.replace("themas", "Thema's").replace("bron_id", "Bron ID").replace(";", ",")
    row = GOOD.replace(";", ",").replace("2,5", '"2,5"').replace("06-10-2025", "2025-10-06")
    checked = check(csv_bytes(row + ",x", header=header + ",Opmerking"))
    assert checked.ok
    assert checked.ignored_columns == ["Opmerking"]
    assert checked.new[0][2].theme_codes == ("eenzaamheid",)
    assert checked.new[0][2].hours == Decimal("2.5")
    assert checked.new[0][2].activity_date == dt.date(2025, 10, 6)


def test_only_the_coordinator_and_contract_manager_may_import(db_path):
    from monitor.access import AccessDenied

    peer = Viewer(1, "anouk@pool.test", "Anouk", Role.PEER_EXPERT, peer_expert_id=1)
    with pytest.raises(AccessDenied):
        importer.preview(peer, csv_bytes(GOOD), "a.csv")
    manager = Viewer(4, "contractmanager@mgr.test", "Maarten", Role.CONTRACT_MANAGER)
    assert importer.preview(manager, csv_bytes(GOOD), "a.csv", today=TODAY).ok


def test_cli_imports_reports_and_refuses_with_exit_codes(db_path, tmp_path, capsys):
    good = tmp_path / "goed.csv"
    good.write_bytes(csv_bytes(GOOD))
    bad = tmp_path / "fout.csv"
    bad.write_bytes(csv_bytes(GOOD, BAD_ROWS[11][0]))

    assert main(["import", str(good), "--db", str(db_path), "--dry-run"]) == 0
    assert "Proefrun" in capsys.readouterr().out
    assert count("activity") == 8

    assert main(["import", str(bad), "--db", str(db_path)]) == 2
    err = capsys.readouterr().err
    assert "Rij 3 (bron_id P-9): Meer dan 24 uur op één dag kan niet" in err
    assert "Niets ingelezen" in err
    assert count("activity") == 8

    assert main(["import", str(good), "--db", str(db_path)]) == 0
    assert "Ingelezen: 1 nieuwe activiteiten" in capsys.readouterr().out
    assert main(["import", str(good), "--db", str(db_path)]) == 0
    assert "1 waren al eerder ingelezen" in capsys.readouterr().out
    assert count("activity") == 9
    assert main(["import", str(tmp_path / "weg.csv"), "--db", str(db_path)]) == 2
    assert "Bestand bestaat niet" in capsys.readouterr().err
    assert main(["import", str(good), "--db", str(tmp_path / "typo.duckdb")]) == 2
    assert "Database bestaat niet" in capsys.readouterr().err
    assert not (tmp_path / "typo.duckdb").exists()


def test_cli_as_a_separate_process(fixture_template, tmp_path):
    import shutil

    path = tmp_path / "cli.duckdb"
    shutil.copyfile(fixture_template, path)
    example = EXAMPLES / "planning-voorbeeld.xlsx"
    bad = tmp_path / "fout.csv"
    bad.write_bytes(csv_bytes(GOOD, BAD_ROWS[4][0]))
    run = [sys.executable, "-m", "monitor", "import"]
    refused = subprocess.run(
        [*run, str(bad), "--db", str(path)], capture_output=True, text=True, cwd=ROOT, check=False
    )
    assert refused.returncode == 2
    assert "Rij 3 (bron_id P-9): Gemeente 'Maastricht'" in refused.stderr
    done = subprocess.run(
        [*run, str(example), "--db", str(path)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert "Ingelezen: 4 nieuwe activiteiten" in done.stdout


# --- the period lock (issue 10) and refused imports for Wacht op mij ------------------------

LOCKED_H2 = "insert into period_status (period, status, decided_by) values ('2025-H2', 'definitief', 'Maarten')"
EARLIER = "P-2;15-03-2025;Anouk;Venlo;;Inloop;open;;3;;1;;"  # 2025-H1: still provisional


def audit_rows(entity):
    cur = db.connection().cursor()
    try:
        return cur.execute(
            "select action, entity_id, after_json from audit_log where entity = $e order by id",
            {"e": entity},
        ).fetchall()
    finally:
        cur.close()


def test_preview_names_the_new_rows_in_a_definitive_half_year(db_path):
    run_sql(db_path, LOCKED_H2)
    checked = check(csv_bytes(GOOD, EARLIER, GOOD.replace("P-1;", "P-3;")))
    assert checked.ok
    assert checked.locked == {"2025-H2": [2, 4]}
    assert checked.lock_text() == (
        "Dit bestand bevat nieuwe activiteiten in een halfjaar waarvan de cijfers definitief "
        "zijn: het tweede halfjaar 2025 (rijen 2 en 4). Inlezen kan alleen met een reden; die "
        "komt in het logboek."
    )
    assert check(csv_bytes(EARLIER)).lock_text() is None


def test_an_import_into_a_definitive_half_year_without_a_reason_writes_nothing(db_path):
    run_sql(db_path, LOCKED_H2)
    for reason in (None, "   "):
        with pytest.raises(ValidationError) as refused:
            importer.import_file(
                COORDINATOR, csv_bytes(EARLIER, GOOD), "a.csv", today=TODAY, reason=reason
            )
        (message,) = refused.value.messages
        assert "het tweede halfjaar 2025 (rij 3)" in message
        assert message.endswith("Er is niets ingelezen.")
    # The whole file is refused: the provisional row of 2025-H1 is not written either.
    assert count("activity") == 8
    assert count("import_batch") == 0
    assert count("audit_log") == 0


def test_with_a_reason_the_import_is_written_and_the_reason_audited_per_locked_row(db_path):
    run_sql(db_path, LOCKED_H2)
    _, result = importer.import_file(
        COORDINATOR,
        csv_bytes(EARLIER, GOOD),
        "a.csv",
        today=TODAY,
        reason="  Inloop van oktober stond nog niet in de planning. ",
    )
    assert result.activity_ids == [9, 10]
    (batch,) = audit_rows("import_batch")
    after = json.loads(batch[2])
    assert after["reden_definitief_halfjaar"] == "Inloop van oktober stond nog niet in de planning."
    assert after["definitieve_halfjaren"] == ["2025-H2"]
    reasons = [
        (entity_id, json.loads(after_json))
        for action, entity_id, after_json in audit_rows("activity")
        if action == "update"
    ]
    # Only activity 10 (row 3, 6 October 2025) lies in the definitive half-year.
    assert reasons == [
        ("10", {"reden_definitief_halfjaar": "Inloop van oktober stond nog niet in de planning."})
    ]


def test_a_file_of_only_known_rows_needs_no_reason(db_path):
    importer.import_file(COORDINATOR, csv_bytes(GOOD), "a.csv", today=TODAY)
    run_sql(db_path, LOCKED_H2)
    checked, result = importer.import_file(COORDINATOR, csv_bytes(GOOD), "a.csv", today=TODAY)
    assert checked.locked == {} and result.batch_id is None


def test_a_refusal_is_noted_once_and_settled_by_a_later_import(db_path):
    bad = csv_bytes(GOOD, BAD_ROWS[11][0])
    messages = [p.message() for p in check(bad).problems]
    assert importer.note_refusal(COORDINATOR, bad, "/tmp/fout.csv", messages, 1) == 1
    assert importer.note_refusal(COORDINATOR, bad, "fout.csv", messages, 1) is None
    (row,) = db.read("import_refusals_open").to_dicts()
    assert (row["filename"], row["attempted_by"], row["rows_refused"]) == ("fout.csv", "Carla", 1)
    assert row["reasons"] == messages
    assert [(a, e) for a, e, _ in audit_rows("import_refusal")] == [("create", "1")]

    importer.import_file(COORDINATOR, csv_bytes(GOOD), "goed.csv", today=TODAY)
    assert db.read("import_refusals_open").is_empty()
    # The same file refused again after that import is a new problem.
    assert importer.note_refusal(COORDINATOR, bad, "fout.csv", messages, 1) == 2


def test_only_importers_note_refusals(db_path):
    from monitor.access import AccessDenied

    peer = Viewer(1, "anouk@pool.test", "Anouk", Role.PEER_EXPERT, peer_expert_id=1)
    with pytest.raises(AccessDenied):
        importer.note_refusal(peer, b"x", "a.csv", ["x"])
    assert count("import_refusal") == 0


def test_cli_refuses_a_definitive_half_year_without_reden_and_notes_it(db_path, tmp_path, capsys):
    run_sql(db_path, LOCKED_H2)
    good = tmp_path / "goed.csv"
    good.write_bytes(csv_bytes(GOOD))

    assert main(["import", str(good), "--db", str(db_path), "--dry-run"]) == 2
    assert "Geef die op met --reden" in capsys.readouterr().err
    assert count("import_refusal") == 0  # a dry run notes nothing

    assert main(["import", str(good), "--db", str(db_path)]) == 2
    err = capsys.readouterr().err
    assert "het tweede halfjaar 2025 (rij 2)" in err and "Niets ingelezen" in err
    assert count("activity") == 8
    assert db.read("import_refusals_open").get_column("filename").to_list() == ["goed.csv"]

    reden = ["--reden", "Nagekomen inzet"]
    assert main(["import", str(good), "--db", str(db_path), "--dry-run", *reden]) == 0
    assert main(["import", str(good), "--db", str(db_path), *reden]) == 0
    assert count("activity") == 9
    assert db.read("import_refusals_open").is_empty()


def test_cli_notes_a_file_with_bad_rows_for_the_coordinator(db_path, tmp_path, capsys):
    bad = tmp_path / "fout.csv"
    bad.write_bytes(csv_bytes(GOOD, BAD_ROWS[11][0]))
    assert main(["import", str(bad), "--db", str(db_path), "--dry-run"]) == 2
    assert count("import_refusal") == 0
    assert main(["import", str(bad), "--db", str(db_path)]) == 2
    (row,) = db.read("import_refusals_open").to_dicts()
    assert row["attempted_by"] == "Opdrachtregel" and row["rows_refused"] == 1
    assert row["reasons"][0].startswith("Rij 3 (bron_id P-9): Meer dan 24 uur")
