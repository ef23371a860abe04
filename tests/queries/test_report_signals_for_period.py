import datetime as dt

from monitor import db


def test_report_signals_lists_every_signal_of_the_period_with_status_and_response(db_path):
    df = db.read(
        "report_signals_for_period",
        start=dt.date(2025, 1, 1),
        end=dt.date(2026, 1, 1),
        municipality=None,
    )
    assert df.select("id", "municipality_name", "title", "status", "response", "themes").rows() == [
        (
            1,
            "Venlo",
            "Geen avondinloop",
            "beantwoord",
            "De gemeente onderzoekt een avondinloop in 2026.",
            ["Armoede en schulden"],
        ),
        (2, "Beesel", "Formulieren schrikken af", "nieuw", None, ["Stigma en schaamte"]),
    ]


def test_report_signals_for_a_municipality_skip_other_municipalities(db_path):
    df = db.read(
        "report_signals_for_period",
        start=dt.date(2025, 1, 1),
        end=dt.date(2026, 1, 1),
        municipality="GM0889",
    )
    assert df.get_column("id").to_list() == [2]
