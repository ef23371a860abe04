"""Build planning-system files for import tests: CSV text to CSV bytes or a real .xlsx."""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
from pathlib import Path

import openpyxl

EXAMPLES = Path(__file__).resolve().parents[2] / "data" / "examples"
HEADER = (
    "bron_id;datum;ervaringsdeskundige;gemeente;deelopdracht;soort;vorm;themas;inwoners;"
    "schatting;uren;relatie_zorg;vindplek"
)


def csv_bytes(*rows: str, header: str = HEADER) -> bytes:
    return ("\n".join([header, *rows]) + "\n").encode("utf-8")


def _cell(column: str, value: str) -> object:
    """Typed cells, as a spreadsheet export has them: dates, whole numbers and decimals."""
    if value == "":
        return None
    if column == "datum" and (m := re.fullmatch(r"(\d{2})-(\d{2})-(\d{4})", value)):
        return dt.date(int(m.group(3)), int(m.group(2)), int(m.group(1)))
    if column == "inwoners" and value.isdigit():
        return int(value)
    if column == "uren" and re.fullmatch(r"\d+(,\d+)?", value):
        return float(value.replace(",", "."))
    return value


def xlsx_bytes(csv_content: bytes) -> bytes:
    rows = list(csv.reader(io.StringIO(csv_content.decode("utf-8")), delimiter=";"))
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Inzet"
    ws.append(rows[0])
    for row in rows[1:]:
        ws.append([_cell(c, v) for c, v in zip(rows[0], row, strict=True)])
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()


def write_example_xlsx() -> Path:
    """Regenerate data/examples/planning-voorbeeld.xlsx from the CSV example."""
    target = EXAMPLES / "planning-voorbeeld.xlsx"
    target.write_bytes(xlsx_bytes((EXAMPLES / "planning-voorbeeld.csv").read_bytes()))
    return target


if __name__ == "__main__":
    write_example_xlsx()
