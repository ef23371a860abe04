from monitor import db
from tests.conftest import run_sql


def test_insert_note_tokens_adds_one_row_per_line(db_path):
    db.write(
        "insert_note_tokens",
        actor="test",
        rows="1\tsprek\t1\tgesprekken\t1\n1\tschuldhulp\t1\tschuldhulp\t2\n"
        "1\tsprek schuldhulp\t2\tgesprekken schuldhulp\t1\n",
    )
    rows = run_sql(db_path, "select note_id, term, ngram, form, n from note_token order by term")
    assert rows == [
        (1, "schuldhulp", 1, "schuldhulp", 2),
        (1, "sprek", 1, "gesprekken", 1),
        (1, "sprek schuldhulp", 2, "gesprekken schuldhulp", 1),
    ]


def test_insert_note_tokens_of_an_empty_text_adds_nothing(db_path):
    db.write("insert_note_tokens", actor="test", rows="")
    assert run_sql(db_path, "select count(*) from note_token") == [(0,)]
