from monitor import db
from tests.conftest import run_sql


def test_insert_note_tokens_adds_parallel_lists(db_path):
    db.write(
        "insert_note_tokens",
        actor="test",
        note_ids=[1, 1],
        terms=["sprek", "schuldhulp"],
        ngrams=[1, 1],
        forms=["gesprekken", "schuldhulp"],
        counts=[1, 2],
    )
    assert run_sql(
        db_path, "select note_id, term, ngram, form, n from note_token order by term"
    ) == [
        (1, "schuldhulp", 1, "schuldhulp", 2),
        (1, "sprek", 1, "gesprekken", 1),
    ]
