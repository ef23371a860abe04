import datetime as dt
import subprocess

from monitor import contract_talks as ct
from monitor.access import Role, Viewer
from monitor.reports.model import Table
from monitor.reports.pdf import render_pdf
from monitor.reports.talk_pack import build_pack

MAARTEN = Viewer(4, "contractmanager@mgr.test", "Maarten", Role.CONTRACT_MANAGER)


def test_pack_splits_agreements_due_before_the_talk_from_other_open_ones(db_path):
    ct.record_talk(
        MAARTEN,
        ct.TalkInput(
            talk_date=dt.date(2026, 1, 10),
            agreements=[
                ct.AgreementInput("Voor het gesprek", "Carla", dt.date(2026, 2, 1)),
                ct.AgreementInput("Na het gesprek", "Carla", dt.date(2026, 9, 1)),
            ],
        ),
        today=dt.date(2026, 1, 10),
    )
    pack = build_pack(
        dt.date(2026, 3, 1), "2025-H2", prepared_by="Maarten", today=dt.date(2026, 3, 1)
    )
    assert [s.heading for s in pack.sections[:5]] == [
        "1. Wat er veranderde",
        "2. Signalen die wachten op bespreking of antwoord",
        "3. Afspraken",
        "4. Monitoringsmomenten",
        "5. Inzet naast de verdeelsleutel",
    ]
    assert [s.key for s in pack.sections[5:]] == ["a", "b", "c", "d", "e"]
    due, other = [b for b in pack.sections[2].blocks if isinstance(b, Table)]
    assert [r[1] for r in due.rows] == ["Voor het gesprek"]
    assert [r[1] for r in other.rows] == ["Na het gesprek"]
    assert dict(pack.front)["Vorig gesprek"] == "Contractgesprek 10 januari 2026 (10 januari 2026)"
    signals = next(b for b in pack.sections[1].blocks if isinstance(b, Table))
    assert [r[4] for r in signals.rows] == ["Formulieren schrikken af"]


def test_pack_renders_as_a_pdf_with_its_own_and_the_report_headings(db_path, tmp_path):
    pack = build_pack(dt.date(2026, 3, 1), "2025-H2", prepared_by="Maarten")
    path = tmp_path / "pack.pdf"
    path.write_bytes(render_pdf(pack))
    text = subprocess.run(
        ["pdftotext", str(path), "-"], check=True, capture_output=True, text=True
    ).stdout
    assert "Voorbereiding contractgesprek 1 maart 2026" in text
    assert "3. Afspraken" in text
    assert "e. Resultaten per deelopdracht" in text
