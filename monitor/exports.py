"""Download builders: CSV and Excel bytes from a frame that is already suppressed for its reader.

Callers pass what the reader may see (``Grid.table`` for readers outside the pool team), so a
download never holds more than the view.
"""

from __future__ import annotations

import io
from collections.abc import Sequence

import polars as pl
import xlsxwriter

CSV_MIME = "text/csv"
EXCEL_MIME = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def csv_bytes(df: pl.DataFrame) -> bytes:
    """Semicolon-separated UTF-8 with a byte-order mark and decimal commas, as Dutch Excel reads it."""
    text = df.write_csv(separator=";", decimal_comma=True)
    return "\ufeff".encode() + text.encode("utf-8")


def excel_bytes(df: pl.DataFrame, sheet: str = "Gegevens", notes: Sequence[str] = ()) -> bytes:
    """An .xlsx workbook with the table on ``sheet`` and, when given, a sheet 'Toelichting'."""
    buffer = io.BytesIO()
    with xlsxwriter.Workbook(buffer, {"in_memory": True}) as workbook:
        df.write_excel(workbook=workbook, worksheet=sheet[:31], autofit=True)
        if notes:
            sheet_notes = workbook.add_worksheet("Toelichting")
            sheet_notes.set_column(0, 0, 120)
            for i, line in enumerate(notes):
                sheet_notes.write_string(i, 0, line)
    return buffer.getvalue()


def file_stem(*parts: str) -> str:
    """A safe file name stem from Dutch parts: 'bereik-2025-H1'."""
    cleaned = ["".join(c if c.isalnum() or c == "-" else "-" for c in p.lower()) for p in parts]
    return "-".join(p.strip("-") for p in cleaned if p.strip("-"))
