"""A finished 2025-H1 story round on the fixture database, shared by the query tests."""

from monitor import sensemaking
from tests.conftest import viewer_for


def finished_round() -> tuple[int, int]:
    """Round on 'laagdrempelig'/'vertrouwen'; Anouk proposes note 1, Ellen selects it."""
    carla = viewer_for("coordinator")
    rid = sensemaking.open_round(carla, "2025-H1", "meerwaarde", ["laagdrempelig", "vertrouwen"])
    pid = sensemaking.propose(viewer_for("ervaringsdeskundige"), rid, 1, "vertrouwen", "Waarom")
    sensemaking.advance_round(carla, rid, "voorstellen")
    sensemaking.select(viewer_for("begeleidingsgroep"), pid, "Vertrouwen groeit hier zichtbaar.")
    sensemaking.advance_round(carla, rid, "selecteren")
    return rid, pid
