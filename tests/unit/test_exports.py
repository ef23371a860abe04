"""CSV and Excel downloads hold exactly the (suppressed) frame the reader sees."""

import io

import openpyxl
import polars as pl

from monitor import analysis, exports


def suppressed_table():
    g = analysis.build_grid(
        [("GM0889", "Beesel"), ("GM0983", "Venlo")],
        [("stigma", "Stigma"), ("eenzaamheid", "Eenzaamheid")],
        {("GM0889", "stigma"): 3, ("GM0983", "stigma"): 17, ("GM0983", "eenzaamheid"): 26},
        {"GM0889": 3, "GM0983": 40},
        {"stigma": 20, "eenzaamheid": 26},
        43,
        suppress=True,
    )
    return g.table(lambda v: f"{v:.0f}", "Gemeente")


def test_csv_is_semicolon_separated_with_bom_and_keeps_suppression():
    data = exports.csv_bytes(suppressed_table())
    assert data.startswith("\ufeff".encode())
    lines = data.decode("utf-8-sig").splitlines()
    assert lines[0] == "Gemeente;Stigma;Eenzaamheid;Totaal"
    assert lines[1] == "Beesel;<5;0;<5"
    assert lines[2] == "Venlo;×;26;×"  # the total column hides a complement too
    assert "17" not in data.decode("utf-8-sig")
    assert "40" not in data.decode("utf-8-sig")


def test_csv_numbers_get_decimal_commas():
    data = exports.csv_bytes(pl.DataFrame({"Uren": [1.5, 3.0]}))
    assert data.decode("utf-8-sig").splitlines() == ["Uren", "1,5", "3,0"]


def test_excel_holds_the_same_cells_and_an_explanation_sheet():
    data = exports.excel_bytes(suppressed_table(), sheet="Bereik", notes=["Bereik, 2025-H1"])
    book = openpyxl.load_workbook(io.BytesIO(data))
    assert book.sheetnames == ["Bereik", "Toelichting"]
    rows = list(book["Bereik"].values)
    assert rows[0] == ("Gemeente", "Stigma", "Eenzaamheid", "Totaal")
    assert rows[1] == ("Beesel", "<5", "0", "<5")
    assert rows[2] == ("Venlo", "×", "26", "×")
    values = {v for row in rows for v in row}
    assert not values & {"17", 17, "40", 40}
    assert book["Toelichting"]["A1"].value == "Bereik, 2025-H1"


def test_file_stem_is_safe():
    assert exports.file_stem("Bereik", "Bereikte inwoners", "2025-H1") == (
        "bereik-bereikte-inwoners-2025-h1"
    )
