from decimal import Decimal

from monitor import db


def test_budget_lines_by_year_carries_the_year_total(db_path):
    df = db.read("budget_lines_by_year")
    y2024 = df.filter(df["year"] == 2024)
    assert y2024["line"].to_list() == [
        "contractmanagement",
        "financieel_beheer",
        "fte",
        "organisatie",
        "startbijeenkomsten",
    ]
    assert set(y2024["year_total_eur"]) == {Decimal("461200.00")}
