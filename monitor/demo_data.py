"""A deterministic, realistic demo database: ``python -m monitor demo --db PATH``.

Everything is invented: pseudonymous peer experts, sub-assignments across the 14 municipalities
and the region, activities whose hours follow the distribution key with plausible deviations,
Dutch field notes composed from fragments (``monitor.demo_texts``), signals in every status,
kick-offs, monitoring moments, contract talks with agreements and development-goal narratives.

The same seed always gives the same table contents: randomness comes from ``random.Random`` and
numpy generators seeded from ``seed``, never from the clock, and every timestamp is derived from
the generated dates. ``scale`` multiplies activities and notes (for benchmarks).
"""

from __future__ import annotations

import bisect
import datetime as dt
import random
import time
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, TextIO

import numpy as np
import numpy.typing as npt
import polars as pl

from monitor import db, demo_texts, formatting, reference, stories

START = dt.date(2024, 1, 1)
END = dt.date(2026, 10, 31)
N_DAYS = (END - START).days + 1
EPOCH_OFFSET = (START - dt.date(1970, 1, 1)).days
BASE_ACTIVITIES = 15_000
BASE_NOTES = 1_500
N_SIGNALS = 80
REGIONAL_WEIGHT = 21.0  # relative to the key, which sums to 100
# Deviations from the key ("reële vraag"): Beesel's herstelgroep, Venlo's own Herstelacademie.
DEVIATION = {"GM0889": 3.0, "GM0983": 0.88, "GM0957": 1.1, "GM0988": 1.05, "GM0907": 1.2}

IntArray = npt.NDArray[np.int64]
FloatArray = npt.NDArray[np.float64]

ACTIVITY_TYPES = [
    "een_op_een",
    "groep",
    "inloop",
    "zelfregiegroep",
    "training",
    "intervisie",
    "advies",
    "initiatief",
]
FORM = {
    "een_op_een": "individueel",
    "groep": "groep",
    "inloop": "open",
    "zelfregiegroep": "groep",
    "training": "groep",
    "intervisie": "groep",
    "advies": "groep",
    "initiatief": "open",
}
# (lowest, highest) hours per activity type, in steps of 0,25.
HOURS = {
    "een_op_een": (0.75, 2.5),
    "groep": (1.5, 3.5),
    "inloop": (2.0, 5.0),
    "zelfregiegroep": (1.5, 3.0),
    "training": (2.0, 4.0),
    "intervisie": (1.5, 3.0),
    "advies": (1.0, 3.0),
    "initiatief": (1.0, 6.0),
}
# Settings that fit a type when the sub-assignment's own setting does not.
TYPE_SETTINGS = {
    "een_op_een": [
        "thuis",
        "huisartsenpraktijk",
        "gemeentehuis",
        "buiten",
        "online",
        "bibliotheek",
    ],
    "groep": ["buurthuis", "welzijn", "bibliotheek"],
    "inloop": ["inloophuis", "buurthuis", "bibliotheek"],
    "zelfregiegroep": ["buurthuis", "welzijn", "herstelacademie"],
    "training": ["welzijn", "gemeentehuis", "school"],
    "intervisie": ["welzijn", "online"],
    "advies": ["gemeentehuis", "online"],
    "initiatief": ["buurthuis", "sportclub", "school", "buiten"],
}
CARE_RELATIONS = ["naast", "ter_voorkoming_van", "nazorg", "in_plaats_van"]
VISIBILITIES = ["eigen", "pool", "begeleiding", "citeerbaar"]
SIGNAL_TYPES = [
    "trend",
    "aanbod_gemist",
    "knelpunt_beleid",
    "onbedoelde_uitsluiting",
    "goed_voorbeeld",
]
FIXED_SIGNAL_THEMES = {
    "Energierekening drukt zwaar": "armoede_schulden",
    "Geen vervolg na de herstelgroep": "psychische_kwetsbaarheid",
    "Steun voor mantelzorgers ontbreekt in het weekend": "mantelzorg",
    "Brieven zijn onbegrijpelijk": "armoede_schulden",
    "Regels rond bijverdienen remmen meedoen": "werk_meedoen",
    "Postadres voor mensen zonder woning": "dakloosheid",
    "Aanbod alleen met indicatie": "stigma",
    "Huisarts en herstelgroep werken samen": "psychische_kwetsbaarheid",
    "Deelnemers openen zelf de inloop": "eenzaamheid",
    "Sportclub als vindplek": "werk_meedoen",
    "Eenzaamheid onder jongeren neemt toe": "eenzaamheid",
}
# Probability per year that a note carries a trending sentence ("Wat komt op?").
TREND_PROBABILITY = {
    "wachtlijst": {2024: 0.008, 2025: 0.025, 2026: 0.10},
    "energierekening": {2024: 0.01, 2025: 0.025, 2026: 0.08},
    "eenzaamheid_jongeren": {2024: 0.004, 2025: 0.015, 2026: 0.09},
    "corona": {2024: 0.05, 2025: 0.015, 2026: 0.003},
}
TREND_THEME = {"energierekening": "armoede_schulden", "eenzaamheid_jongeren": "jongeren_somber"}
ADDED_VALUE_WEIGHTS = {
    "laagdrempelig": 6,
    "vertrouwen": 4,
    "bescheiden": 2,
    "erkenning": 5,
    "gelijkwaardig": 5,
    "wederkerig": 3,
    "authentiek": 2,
    "presentie": 3,
    "empathie": 2,
    "normalisering": 6,
    "openheid": 3,
    "client_volgend": 2,
    "onafhankelijk": 2,
    "ervaringskennis": 3,
    "reflectie": 2,
    "handvatten": 4,
    "hoop": 5,
    "herstelperspectief": 3,
    "empowerment": 4,
    "woordkeuze": 1,
}


# Added-value tags that fit meetings with professionals (training, intervisie, advies).
INFLUENCE_TAGS = [
    "empathie",
    "ervaringskennis",
    "woordkeuze",
    "wederkerig",
    "openheid",
    "normalisering",
]


@dataclass(frozen=True)
class Peer:
    name: str
    home: str
    active_from: dt.date
    active_to: dt.date | None = None


@dataclass(frozen=True)
class Sub:
    title: str
    municipality: str | None
    roles: tuple[str, ...]
    themes: tuple[str, ...]
    setting: str
    start: dt.date
    frequency: str
    peers: tuple[str, ...]
    description: str
    end: dt.date | None = None
    status: str = "actief"


def _d(text: str) -> dt.date:
    return dt.date.fromisoformat(text)


PEERS = [
    Peer("Anouk", "GM0983", _d("2024-01-01")),
    Peer("Bram", "GM0988", _d("2024-01-01")),
    Peer("Chantal", "GM0984", _d("2024-01-01")),
    Peer("Dewi", "GM0957", _d("2024-01-01")),
    Peer("Erik", "GM1894", _d("2024-01-01"), _d("2025-08-31")),
    Peer("Fatima", "GM0983", _d("2024-01-15")),
    Peer("Gijs", "GM1640", _d("2024-02-01")),
    Peer("Hanneke", "GM1711", _d("2024-02-01")),
    Peer("Ilse", "GM1507", _d("2024-05-01")),
    Peer("Joost", "GM0957", _d("2024-06-01"), _d("2026-03-31")),
    Peer("Karim", "GM0983", _d("2024-09-01")),
    Peer("Lotte", "GM0893", _d("2025-01-01")),
    Peer("Mirjam", "GM1641", _d("2025-03-01")),
    Peer("Noor", "GM0889", _d("2025-02-15")),
    Peer("Olaf", "GM0907", _d("2025-09-01")),
    Peer("Priya", "GM0946", _d("2026-01-01")),
    Peer("Ruben", "GM0984", _d("2026-03-01")),
]

# fmt: off
SUBS = [
    Sub("Vrije inloop Venlo-Oost", "GM0983", ("inloop", "een_op_een"), ("eenzaamheid", "armoede_schulden", "geen_netwerk"), "inloophuis", _d("2024-02-01"), "maandelijks", ("Anouk", "Fatima"), "Wekelijkse vrije inloop in het buurthuis, zonder afspraak of aanmelding."),
    Sub("Herstelwerkgroep bij de huisartsen Venlo", "GM0983", ("zelfregiegroep", "een_op_een"), ("psychische_kwetsbaarheid", "stigma"), "huisartsenpraktijk", _d("2024-03-01"), "per_kwartaal", ("Anouk", "Karim"), "Herstelwerkgroep in samenwerking met de praktijkondersteuners van twee huisartsenpraktijken."),
    Sub("Schuldhulpmaatje op het spreekuur Venlo", "GM0983", ("een_op_een", "advies"), ("armoede_schulden", "bestaansonzekerheid"), "gemeentehuis", _d("2024-02-15"), "halfjaarlijks", ("Fatima",), "Ervaringsdeskundige op het spreekuur schulddienstverlening, als eerste aanspreekpunt naast de consulent.", _d("2025-12-31"), "afgerond"),
    Sub("Jongeren in Blerick: somberheid bespreekbaar", "GM0983", ("groep", "een_op_een", "initiatief"), ("jongeren_somber", "eenzaamheid"), "school", _d("2025-02-01"), "per_kwartaal", ("Karim", "Anouk"), "Gesprekken en een groep voor jongeren op school en in het jongerencentrum."),
    Sub("Meedenken beleidsagenda Meedoen Venlo", "GM0983", ("advies",), ("werk_meedoen", "stigma"), "gemeentehuis", _d("2024-09-01"), "anders", ("Anouk",), "Meedenken als gesprekspartner bij de nieuwe beleidsagenda Meedoen.", _d("2025-06-30"), "afgerond"),
    Sub("Inloop in de bibliotheek Weert", "GM0988", ("inloop", "een_op_een"), ("eenzaamheid", "verlies_rollen"), "bibliotheek", _d("2024-02-15"), "per_kwartaal", ("Bram",), "Een vaste ochtend per week aanwezig in de bibliotheek."),
    Sub("Herstelgroep Weert-Zuid", "GM0988", ("zelfregiegroep",), ("psychische_kwetsbaarheid", "verslaving", "trauma"), "buurthuis", _d("2024-06-01"), "halfjaarlijks", ("Bram", "Priya"), "Zelfregiegroep in het buurthuis, op termijn gedragen door deelnemers."),
    Sub("Voorlichting consulenten Participatiewet Weert", "GM0988", ("training", "advies"), ("werk_meedoen", "stigma"), "gemeentehuis", _d("2025-01-06"), "jaarlijks", ("Bram",), "Voorlichting aan consulenten over ervaringskennis en bejegening.", _d("2025-12-31"), "afgerond"),
    Sub("Jongeren met sombere gevoelens Venray", "GM0984", ("groep", "een_op_een"), ("jongeren_somber", "eenzaamheid"), "school", _d("2024-03-01"), "per_kwartaal", ("Chantal", "Ruben"), "Wens uit de startbijeenkomst: steun voor jongeren met sombere gevoelens."),
    Sub("Naast inwoners staan bij huiselijk geweld Venray", "GM0984", ("een_op_een", "intervisie"), ("huiselijk_geweld", "trauma"), "thuis", _d("2024-04-01"), "halfjaarlijks", ("Chantal",), "Eén-op-één contact naast de professionele hulp, en intervisie met het wijkteam."),
    Sub("Bijstand en meedoen Venray", "GM0984", ("een_op_een", "groep"), ("werk_meedoen", "armoede_schulden", "verlies_rollen"), "gemeentehuis", _d("2024-09-01"), "per_kwartaal", ("Chantal", "Ruben"), "Inwoners met een grote afstand tot werk zoeken samen naar een plek om mee te doen."),
    Sub("Koffie-inloop Panningen", "GM1894", ("inloop",), ("eenzaamheid", "geen_netwerk"), "buurthuis", _d("2024-03-01"), "per_kwartaal", ("Erik", "Ilse"), "Koffie-inloop in het gemeenschapshuis."),
    Sub("Mantelzorgers op adem Peel en Maas", "GM1894", ("groep", "een_op_een"), ("mantelzorg", "verlies"), "welzijn", _d("2024-10-01"), "halfjaarlijks", ("Ilse", "Erik"), "Groep en gesprekken voor mantelzorgers, samen met de welzijnsorganisatie."),
    Sub("Ontmoeten in de kernen van Leudal", "GM1640", ("inloop", "initiatief"), ("eenzaamheid", "geen_netwerk"), "buurthuis", _d("2024-04-01"), "per_kwartaal", ("Gijs",), "Ontmoetingsplekken in de kleinere kernen, samen met bewonersinitiatieven."),
    Sub("Schulden en schaamte Leudal", "GM1640", ("een_op_een",), ("armoede_schulden", "stigma"), "thuis", _d("2025-01-15"), "halfjaarlijks", ("Gijs",), "Meelopen met inwoners die uit schaamte geen hulp zoeken bij geldzorgen."),
    Sub("Zelfregiegroep Roermond", "GM0957", ("zelfregiegroep", "een_op_een"), ("psychische_kwetsbaarheid", "verslaving"), "buurthuis", _d("2024-02-15"), "per_kwartaal", ("Dewi", "Joost"), "Zelfregiegroep voor inwoners die herstellen, zonder indicatie."),
    Sub("Verborgen dakloosheid Roermond", "GM0957", ("een_op_een", "advies"), ("dakloosheid", "bestaansonzekerheid"), "buiten", _d("2024-06-01"), "maandelijks", ("Joost", "Dewi"), "Contact met inwoners zonder vaste woonplek en meedenken met de gemeente."),
    Sub("Sport en herstel Roermond", "GM0957", ("initiatief", "groep"), ("psychische_kwetsbaarheid", "werk_meedoen"), "sportclub", _d("2025-04-01"), "halfjaarlijks", ("Dewi",), "Samen sporten als opstap naar meedoen, bij een lokale sportclub.", _d("2026-04-30"), "gestopt"),
    Sub("Inloop Echt", "GM1711", ("inloop", "een_op_een"), ("eenzaamheid", "armoede_schulden"), "inloophuis", _d("2024-03-15"), "per_kwartaal", ("Hanneke",), "Vrije inloop twee ochtenden per week."),
    Sub("Rouw en verlies Susteren", "GM1711", ("groep",), ("verlies", "eenzaamheid"), "welzijn", _d("2025-02-01"), "jaarlijks", ("Hanneke",), "Gespreksgroep over rouw en verlies."),
    Sub("Spreekuur bij de huisarts Maasgouw", "GM1641", ("een_op_een",), ("psychische_kwetsbaarheid", "lichamelijke_kwetsbaarheid"), "huisartsenpraktijk", _d("2024-10-01"), "halfjaarlijks", ("Hanneke", "Mirjam"), "Een dagdeel per week aanwezig in de huisartsenpraktijk."),
    Sub("Ontmoetingsplek Bergen", "GM0893", ("inloop", "initiatief"), ("eenzaamheid", "lichamelijke_kwetsbaarheid"), "buurthuis", _d("2025-01-15"), "per_kwartaal", ("Lotte",), "Een nieuwe ontmoetingsplek, opgezet met de bewonersvereniging."),
    Sub("Herstelgroep Horst aan de Maas", "GM1507", ("zelfregiegroep",), ("psychische_kwetsbaarheid", "stigma"), "buurthuis", _d("2024-05-01"), "per_kwartaal", ("Ilse",), "Herstelgroep in het dorpshuis."),
    Sub("Geldzaken in gewone taal Horst", "GM1507", ("een_op_een", "training"), ("lvb", "armoede_schulden"), "welzijn", _d("2025-06-01"), "anders", ("Ilse",), "Steun bij geldzaken voor inwoners voor wie brieven en regels te ingewikkeld zijn.", _d("2026-06-30"), "afgerond"),
    Sub("Inloop Nederweert", "GM0946", ("inloop",), ("eenzaamheid", "verlies_rollen"), "bibliotheek", _d("2026-02-01"), "per_kwartaal", ("Priya",), "Inloop in de bibliotheek, gestart na de startbijeenkomst in het najaar van 2025."),
    Sub("Steunpunt gezinnen Gennep", "GM0907", ("een_op_een", "groep"), ("gezin_opvoeding", "armoede_schulden"), "school", _d("2025-09-01"), "halfjaarlijks", ("Olaf",), "Ouders met zorgen om geld en opvoeden, via de basisscholen."),
    Sub("Herstelgroep Beesel", "GM0889", ("zelfregiegroep", "een_op_een"), ("psychische_kwetsbaarheid", "trauma", "eenzaamheid"), "buurthuis", _d("2025-03-01"), "per_kwartaal", ("Noor",), "Herstelgroep op verzoek van huisartsen en inwoners, de reële vraag bleek groot."),
    Sub("Ontmoeten in Roerdalen", "GM1669", ("inloop", "een_op_een"), ("eenzaamheid", "geen_netwerk"), "buurthuis", _d("2027-01-15"), "per_kwartaal", ("Mirjam",), "In voorbereiding; de inhoud volgt uit de startbijeenkomst.", None, "in_voorbereiding"),
    Sub("Training wijkteams en consulenten", None, ("training",), ("stigma", "psychische_kwetsbaarheid"), "welzijn", _d("2024-02-01"), "halfjaarlijks", ("Dewi", "Bram"), "Trainingen over ervaringskennis voor wijkteams en consulenten in de hele regio."),
    Sub("Intervisie met ervaringsdeskundigen van andere organisaties", None, ("intervisie",), ("stigma", "verlies_rollen"), "online", _d("2024-01-08"), "per_kwartaal", ("Anouk", "Gijs"), "Regionale intervisie met ervaringsdeskundigen die bij andere organisaties werken."),
    Sub("Regionale adviesgroep Meedoen en Wonen", None, ("advies",), ("bestaansonzekerheid", "dakloosheid"), "gemeentehuis", _d("2024-04-01"), "halfjaarlijks", ("Joost", "Anouk"), "Adviesgroep van ervaringsdeskundigen voor de regiovisie Meedoen en Wonen."),
    Sub("Herstelacademie: Herstellen doe je zelf", None, ("training", "zelfregiegroep", "groep"), ("psychische_kwetsbaarheid", "trauma"), "herstelacademie", _d("2024-09-01"), "per_kwartaal", ("Karim", "Fatima"), "Cursus Herstellen doe je zelf, open voor inwoners uit de hele regio."),
    Sub("Online ontmoeting voor jongeren", None, ("groep", "een_op_een"), ("jongeren_somber", "eenzaamheid"), "online", _d("2025-10-01"), "maandelijks", ("Karim", "Ruben"), "Online groep en gesprekken voor jongeren uit de regio."),
    Sub("Energiearmoede: regionale aanpak", None, ("advies", "initiatief", "een_op_een"), ("armoede_schulden", "bestaansonzekerheid"), "welzijn", _d("2025-11-01"), "per_kwartaal", ("Mirjam", "Lotte"), "Meedenken over de regionale aanpak van energiearmoede en inwoners bijstaan."),
    Sub("Wachttijd overbruggen", None, ("een_op_een", "groep"), ("psychische_kwetsbaarheid", "geen_netwerk"), "online", _d("2026-01-15"), "maandelijks", ("Noor", "Olaf", "Priya"), "Steun voor inwoners die wachten op professionele hulp."),
    Sub("Werving en inwerken nieuwe ervaringsdeskundigen", None, ("intervisie", "training"), ("verlies_rollen", "werk_meedoen"), "welzijn", _d("2024-06-01"), "anders", ("Dewi",), "Nieuwe collega's inwerken en een leerroute vanuit een uitkering.", _d("2025-06-30"), "afgerond"),
    Sub("Voorlichting in het onderwijs", None, ("training",), ("stigma", "jongeren_somber"), "school", _d("2025-03-01"), "jaarlijks", ("Lotte", "Chantal"), "Voorlichting op middelbare scholen en het mbo."),
]
# fmt: on

# Sub-assignments (by title) whose goals were changed once (version 2, one version row).
CHANGED_GOALS = {
    "Vrije inloop Venlo-Oost": "Een plek waar inwoners met geldzorgen terechtkunnen.",
    "Jongeren met sombere gevoelens Venray": "Jongeren met depressieve klachten bereiken via school.",
    "Koffie-inloop Panningen": "Elke week een koffie-inloop in Panningen.",
    "Zelfregiegroep Roermond": "Een groep voor inwoners met een verslaving.",
    "Training wijkteams en consulenten": "Elk wijkteam krijgt een training.",
}

KICKOFFS: list[tuple[str, str, str | None]] = [
    # municipality, status, date (held or planned)
    ("GM0983", "gehouden", "2024-01-18"),
    ("GM0957", "gehouden", "2024-01-25"),
    ("GM0988", "gehouden", "2024-01-30"),
    ("GM1894", "gehouden", "2024-02-08"),
    ("GM0984", "gehouden", "2024-02-13"),
    ("GM1711", "gehouden", "2024-02-20"),
    ("GM1640", "gehouden", "2024-03-05"),
    ("GM1507", "gehouden", "2024-03-19"),
    ("GM1641", "gehouden", "2024-09-10"),
    ("GM0893", "gehouden", "2024-11-12"),
    ("GM0889", "gehouden", "2025-01-21"),
    ("GM0907", "gehouden", "2025-05-20"),
    ("GM0946", "gehouden", "2025-10-14"),
    ("GM1669", "gepland", "2026-11-26"),
]

TALKS: list[tuple[str, str, str]] = [
    (
        "2024-06-18",
        "Contractgesprek juni 2024",
        "Eerste contractgesprek. De coördinator liet zien hoe de startbijeenkomsten zijn verlopen en welke deelopdrachten daaruit voortkomen. De gemeenten herkennen dat nog niet overal inzet is; dat is in het eerste jaar verwacht. Afgesproken dat Venlo minder inzet krijgt dan de sleutel, omdat de regionale cursus bij de Herstelacademie in Venlo plaatsvindt.",
    ),
    (
        "2025-01-28",
        "Contractgesprek januari 2025",
        "Terugblik op 2024 aan de hand van de halfjaarrapportage. Veel aandacht voor de verhalen over schaamte bij geldzorgen. Beesel vraagt extra inzet voor een herstelgroep na een drukbezochte startbijeenkomst; de gemeenten stemmen in met een afwijking van de verdeelsleutel.",
    ),
    (
        "2025-09-23",
        "Contractgesprek september 2025",
        "Besproken: de lichte evaluatie, de groei van de pool en de signalen over wachtlijsten. Gennep is later gestart; afgesproken dat de achterstand niet wordt ingehaald. De begeleidingsgroep wil meer wij-verhalen in de rapportage.",
    ),
    (
        "2026-06-16",
        "Contractgesprek juni 2026",
        "Eerste gesprek in de verlengde looptijd. Besproken: signalen over de energierekening en eenzaamheid onder jongeren, de online groep voor jongeren en de startbijeenkomst in Roerdalen. De gemeenten vragen de pool mee te denken over de aanpak van energiearmoede.",
    ),
]

# (talk index, kind, description, owner, due date, municipality, period start, period end, reason,
#  closed date, outcome)
# fmt: off
AGREEMENTS: list[tuple[int, str, str, str, str | None, str | None, str | None, str | None, str, str | None, str | None]] = [
    (0, "afspraak", "De halfjaarrapportage bevat naast aantallen ook verhalen per gemeente.", "Coördinator", None, None, None, None, "", "2025-01-28", "Opgenomen in de rapportage over 2024."),
    (0, "actie", "Startbijeenkomsten plannen in Maasgouw, Bergen en Beesel.", "Coördinator", "2024-12-31", None, None, None, "", "2025-01-21", "Alle drie gehouden; Beesel in januari 2025."),
    (0, "afwijking_verdeelsleutel", "Minder inzet in Venlo dan de sleutel, omdat de regionale cursus in Venlo plaatsvindt.", "Contractmanager", None, "GM0983", "2024-07-01", "2025-12-31", "Reële vraag: Venlo heeft met de Herstelacademie al veel eigen aanbod; regionale inzet komt deels in Venlo terecht.", None, None),
    (0, "actie", "Wijkteams in de hele regio informeren over de pool.", "Coördinator", "2024-10-01", None, None, None, "", "2024-11-15", "Acht trainingen gegeven; vervolg loopt als regionale deelopdracht."),
    (1, "afwijking_verdeelsleutel", "Extra inzet in Beesel voor een herstelgroep.", "Contractmanager", None, "GM0889", "2025-03-01", "2026-12-31", "Reële vraag uit de startbijeenkomst: veel aanmeldingen via huisartsen.", None, None),
    (1, "afspraak", "Signalen over schaamte bij geldzorgen worden besproken met de schulddienstverlening.", "Begeleidingsgroep", "2025-06-30", None, None, None, "", "2025-06-10", "Gesprek gevoerd; de intake wordt eenvoudiger."),
    (1, "actie", "Voorstel voor de lichte evaluatie voorbereiden.", "Contractmanager", "2025-05-01", None, None, None, "", "2025-04-28", "Voorstel besproken in de beleidsgroep."),
    (2, "afwijking_verdeelsleutel", "Latere start in Gennep: de achterstand in inzet over 2024 en 2025 wordt niet ingehaald.", "Contractmanager", None, "GM0907", "2024-01-01", "2025-12-31", "Reële vraag: de vraag in Gennep kwam pas na de startbijeenkomst van mei 2025 op gang.", None, None),
    (2, "afspraak", "De rapportage krijgt een vast hoofdstuk met wij-verhalen uit de intervisie.", "Coördinator", None, None, None, None, "", "2026-01-30", "Eerste keer opgenomen in de rapportage over 2025-H2."),
    (2, "actie", "Uitzoeken hoe inwoners op een wachtlijst in de tussentijd steun kunnen krijgen.", "Coördinator", "2025-12-31", None, None, None, "", "2026-01-15", "Regionale deelopdracht Wachttijd overbruggen gestart."),
    (2, "actie", "Startbijeenkomst Roerdalen plannen.", "Coördinator", "2026-06-30", "GM1669", None, None, "", None, None),
    (3, "afspraak", "De pool denkt mee over de regionale aanpak van energiearmoede.", "Begeleidingsgroep", None, None, None, None, "", None, None),
    (3, "actie", "Met scholen in gesprek over eenzaamheid onder jongeren.", "Coördinator", "2026-12-31", None, None, None, "", None, None),
    (3, "actie", "Verdeelsleutel voor de verlengde looptijd voorbereiden.", "Contractmanager", "2026-11-30", None, None, None, "", None, None),
]
# fmt: on

# ---- Samen duiden (issue 10): context events, period status, story rounds, interpretations ----
# (date, label, description, who: 'coordinator' or 'contractmanager')
# fmt: off
CONTEXT_EVENTS: list[tuple[str, str, str, str]] = [
    ("2024-07-15", "Zomerstop", "De inlooppunten waren drie weken dicht; groepen lagen stil tot eind augustus.", "coordinator"),
    ("2025-03-01", "Nieuwe coördinator", "De coördinator van het eerste uur stopte; haar opvolger werkte in maart en april in.", "contractmanager"),
    ("2025-07-14", "Zomerstop", "Drie weken geen inloop en geen groepen; een-op-eencontact liep door.", "coordinator"),
    ("2025-10-01", "Inloop geopend in Venray", "Een wekelijkse inloop in de bibliotheek van Venray, eerst op proef.", "coordinator"),
    ("2026-02-01", "Inloop geopend in Nederweert", "Na de startbijeenkomst van het najaar is de inloop in de bibliotheek gestart.", "coordinator"),
    ("2026-07-13", "Zomerstop", "Drie weken zomerstop van inloop en groepen.", "coordinator"),
]
# fmt: on
# Half-years marked definitief after the contract talk that discussed them (period, talk date).
DEFINITIVE: list[tuple[str, str]] = [
    ("2024-H1", "2025-01-28"),
    ("2024-H2", "2025-01-28"),
    ("2025-H1", "2025-09-23"),
    ("2025-H2", "2026-06-16"),
]
# The story rounds: (period, domain kind, domains, status, opened, proposals per domain).
ROUNDS: list[tuple[str, str, tuple[str, ...], str, str, int]] = [
    (
        "2026-H1",
        "meerwaarde",
        ("laagdrempelig", "vertrouwen", "erkenning"),
        "afgerond",
        "2026-06-22",
        4,
    ),
    (
        "2026-H2",
        "thema",
        ("eenzaamheid", "armoede_schulden", "jongeren_somber"),
        "voorstellen",
        "2026-10-05",
        2,
    ),
]
MOTIVATIONS = [
    "",
    "Dit gesprek is me bijgebleven.",
    "Hier zie je wat het verschil maakt als je zelf hebt meegemaakt waar iemand nu staat.",
    "Ik hoor dit vaker, niet alleen bij deze inwoner.",
    "",
    "Het laat zien dat het niet om grote dingen gaat.",
]
# Why the begeleidingsgroep chose a story, per domain of the finished round.
# fmt: off
SELECTION_REASONS: dict[str, list[str]] = {
    "laagdrempelig": [
        "Het laat zien hoe contact ontstaat zonder afspraak of formulier: de drempel is er gewoon niet.",
        "Een gewone plek en gewone taal; juist daardoor kwam het moeilijke onderwerp op tafel.",
    ],
    "vertrouwen": [
        "Vertrouwen groeit hier zichtbaar, in stappen, en dat kost tijd die nergens anders is.",
        "Omdat de ervaringsdeskundige het zelf heeft meegemaakt, durfde de inwoner het te vertellen.",
    ],
    "erkenning": [
        "Je herkend voelen is hier het begin van verandering; dat willen we de gemeenten laten lezen.",
        "Het verhaal maakt voelbaar wat het betekent om niet langer alleen te staan.",
    ],
}
# fmt: on
# Observed trends of a half-year with two competing interpretations each, written together by
# the observer: (context, period, subject, observation, who, interpretations).
TREND_NOTES: list[tuple[str, str, str, str, str, list[str]]] = [
    (
        "wat_komt_op",
        "2026-H1",
        "Energierekening",
        "In verhalen en signalen gaat het veel vaker over de energierekening dan een jaar eerder, "
        "in bijna alle gemeenten.",
        "begeleidingsgroep",
        [
            "Meer huishoudens komen echt in de knel: de prijzen zijn hoog en de energietoeslag "
            "is weggevallen.",
            "Sinds het contractgesprek van juni vragen ervaringsdeskundigen er gerichter naar. "
            "We horen het dus vaker; of het ook vaker voorkomt, weten we nog niet.",
        ],
    ),
    (
        "trends",
        "2026-H1",
        "Jongeren met sombere gevoelens",
        "Meer activiteiten en verhalen over jongeren met sombere gevoelens sinds de online groep "
        "in oktober 2025 begon.",
        "contractmanager",
        [
            "De online groep bereikt jongeren die eerder nergens kwamen: dit is nieuw bereik.",
            "Dezelfde jongeren komen nu vaker, omdat online de drempel lager is; het aantal "
            "verschillende jongeren is misschien niet gegroeid.",
        ],
    ),
]

SAMENWERKING = {
    "2024-H1": "De eerste contacten met ervaringsdeskundigen van andere organisaties zijn gelegd via de regionale intervisie.",
    "2024-H2": "De intervisie is een vast ritme geworden; ook collega's uit de verslavingszorg sluiten aan.",
    "2025-H1": "Samen met de Herstelacademie is een gezamenlijke cursus gestart. Er is uitwisseling over en weer.",
    "2025-H2": "Ervaringsdeskundigen van welzijn en van de pool geven samen trainingen aan wijkteams.",
    "2026-H1": "De samenwerking is breder geworden: scholen en een woningcorporatie doen mee in de intervisie.",
}
DURE_ZORG = {
    "2024-H1": "Met de gemeenten is afgesproken dit kwalitatief te volgen: verhalen en observaties van partners, geen berekende besparing.",
    "2024-H2": "Praktijkondersteuners in Venlo vertellen dat deelnemers van de herstelgroep minder vaak een beroep op hen doen.",
    "2025-H1": "De lichte evaluatie gebruikt de verhalen over voorkomen zorg als bron; de gemeenten herkennen het beeld.",
    "2025-H2": "Partners in Beesel en Maasgouw geven vergelijkbare observaties als in Venlo.",
    "2026-H1": "Steeds vaker overbruggen ervaringsdeskundigen de wachttijd voor professionele hulp; of daarmee zwaardere zorg wordt voorkomen, volgen we met de partners.",
}


def build(path: str, seed: int = 2024, scale: int = 1, progress: TextIO | None = None) -> None:
    """Build the demo database at ``path`` (a new or empty file) for ``seed`` and ``scale``."""
    if scale < 1:
        raise ValueError("scale must be at least 1")
    log = _Progress(progress)
    con = db.open_connection(path)
    try:
        log.step(f"demodatabase bouwen (seed {seed}, schaal {scale})")
        _Builder(con, seed, scale, log).run()
        # The note search index is derived data the app would build before its first search;
        # a demo database has it from the start, so no first search (or benchmark) waits.
        with db.using(path):  # a second connection to the same database in this process
            indexed = stories.sync_note_index()
        con.execute(
            "update note_token_state set indexed_at = $at", {"at": _ts(END, 23, 0)}
        )  # a generated time, not the clock: the same seed gives the same tables
        log.step(f"zoekindex: {indexed:,} verhalen".replace(",", "."))
        con.execute("checkpoint")
        log.step("klaar")
    finally:
        con.close()


class _Progress:
    def __init__(self, out: TextIO | None) -> None:
        self.out = out
        self.t0 = time.perf_counter()

    def step(self, message: str) -> None:
        if self.out is not None:
            self.out.write(f"[{time.perf_counter() - self.t0:6.1f} s] {message}\n")
            self.out.flush()


def _day(d: dt.date) -> int:
    return (d - START).days


def _date(day: int) -> dt.date:
    return START + dt.timedelta(days=int(day))


def _ts(day: dt.date, hour: int, minute: int = 0) -> dt.datetime:
    return dt.datetime(day.year, day.month, day.day, hour, minute)  # noqa: DTZ001 (local time)


def _add_months(d: dt.date, months: int) -> dt.date:
    month = d.month - 1 + months
    year = d.year + month // 12
    month = month % 12 + 1
    days_in_month = [31, 29 if year % 4 == 0 else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
    return dt.date(year, month, min(d.day, days_in_month[month - 1]))


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]


def _pick_rows(prob: FloatArray, rows: IntArray, u: FloatArray, chunk: int = 100_000) -> IntArray:
    """For each i, a category drawn from row ``rows[i]`` of ``prob`` using uniform ``u[i]`` in (0, 1]."""
    cum = np.cumsum(prob, axis=1)
    totals = cum[:, -1:].copy()
    totals[totals == 0] = 1.0
    cum /= totals
    out = np.empty(len(rows), dtype=np.int64)
    for i in range(0, len(rows), chunk):
        part = cum[rows[i : i + chunk]]
        out[i : i + chunk] = (part < u[i : i + chunk, None]).sum(axis=1)
    result: IntArray = np.minimum(out, prob.shape[1] - 1)
    return result


def _quarters(rng: np.random.Generator, low: FloatArray, high: FloatArray) -> FloatArray:
    steps = np.round((high - low) / 0.25).astype(np.int64)
    return low + 0.25 * np.floor(rng.random(len(low)) * (steps + 1))


class _Builder:
    def __init__(self, con: Any, seed: int, scale: int, log: _Progress) -> None:
        self.con = con
        self.seed = seed
        self.scale = scale
        self.log = log
        self.municipalities = {
            r["code"]: r["name"] for r in reference.read_csv("municipalities.csv").to_dicts()
        }
        self.codes = sorted(self.municipalities)
        self.key = {
            r["municipality_code"]: float(r["share_pct"])
            for r in reference.read_csv("distribution_key.csv").to_dicts()
        }
        theme_rows = reference.read_csv("themes.csv").to_dicts()
        self.themes = [r["code"] for r in theme_rows]
        self.theme_labels = {r["code"]: r["label"].lower() for r in theme_rows}
        self.tags = reference.read_csv("added_value_tags.csv")["code"].to_list()
        self.goals = reference.read_csv("development_goals.csv")["code"].to_list()
        self.peer_index = {p.name: i for i, p in enumerate(PEERS)}
        self.peer_login = [f"{p.name.lower()}@pool.demo" for p in PEERS]
        self.coordinator = "coordinator@pool.demo"
        self.contractmanager = "contractmanager@mgr.demo"
        self.begeleiding = [
            "ellen@regio.demo",
            "ruud@regio.demo",
            "sanne@regio.demo",
            "theo@regio.demo",
        ]
        self.max_ids: dict[str, int] = {}

    # ---- helpers -------------------------------------------------------------------------
    def rng(self, part: str) -> random.Random:
        """An independent generator per part, so changing one part leaves the others alone."""
        return random.Random(f"{self.seed}:{part}")

    def nprng(self, part: int) -> np.random.Generator:
        return np.random.default_rng([self.seed, part])

    def insert(self, table: str, frame: pl.DataFrame, casts: dict[str, str] | None = None) -> None:
        if frame.height == 0:
            return
        casts = casts or {}
        cols = frame.columns
        select = ", ".join(f"cast({c} as {casts[c]})" if c in casts else c for c in cols)
        self.con.register("demo_frame", frame)
        try:
            self.con.execute(
                f"insert into {table} ({', '.join(cols)}) select {select} from demo_frame"
            )
        finally:
            self.con.unregister("demo_frame")
        if "id" in cols:
            self.max_ids[table] = max(self.max_ids.get(table, 0), int(frame["id"].max()))  # type: ignore[arg-type]

    def group(self, label: str, fn: Any) -> None:
        self.con.execute("begin transaction")
        try:
            fn()
            self.con.execute("commit")
        except BaseException:
            self.con.execute("rollback")
            raise
        self.log.step(label)

    def run(self) -> None:
        self.group("gebruikers en ervaringsdeskundigen", self.people)
        self.group(f"{len(SUBS)} deelopdrachten", self.sub_assignments)
        self.group("startbijeenkomsten", self.kickoffs)
        self.make_activities()
        self.group(f"{self.n_activities:,} activiteiten".replace(",", "."), self.insert_activities)
        self.make_notes()
        self.group(f"{self.n_notes:,} verhalen".replace(",", "."), self.insert_notes)
        self.group("contractgesprekken en afspraken", self.contract_talks)
        self.group(f"{N_SIGNALS} signalen", self.signals)
        self.group("monitoringsmomenten", self.monitoring)
        self.group("samen duiden: verhalenrondes, duidingen, gebeurtenissen", self.sensemaking)
        self.group("ontwikkeldoelen", self.goal_progress)
        self.advance_sequences()
        self.log.step("reeksen bijgewerkt")

    def advance_sequences(self) -> None:
        """Explicit ids were inserted: move each sequence past them for later inserts."""
        sequences = {
            "peer_expert": "seq_peer_expert",
            "app_user": "seq_app_user",
            "sub_assignment": "seq_sub_assignment",
            "sub_assignment_version": "seq_sub_assignment_version",
            "activity": "seq_activity",
            "note": "seq_note",
            "signal": "seq_signal",
            "signal_event": "seq_signal_event",
            "monitoring_moment": "seq_monitoring_moment",
            "kickoff": "seq_kickoff",
            "kickoff_need": "seq_kickoff_need",
            "contract_talk": "seq_contract_talk",
            "agreement": "seq_agreement",
            "agreement_event": "seq_agreement_event",
            "goal_progress": "seq_goal_progress",
            "story_round": "seq_story_round",
            "story_proposal": "seq_story_proposal",
            "trend_annotation": "seq_trend_annotation",
            "trend_interpretation": "seq_trend_interpretation",
            "context_event": "seq_context_event",
            "audit_log": "seq_audit_log",
        }
        for table, seq in sequences.items():
            n = self.max_ids.get(table, 0)
            if n:
                self.con.execute(f"select count(nextval('{seq}')) from range({n})").fetchall()

    # ---- people ----------------------------------------------------------------------------
    def people(self) -> None:
        self.insert("app_setting", pl.DataFrame({"key": ["demo"], "value": ["true"]}))
        self.insert(
            "peer_expert",
            pl.DataFrame(
                {
                    "id": list(range(1, len(PEERS) + 1)),
                    "display_name": [p.name for p in PEERS],
                    "home_municipality_code": [p.home for p in PEERS],
                    "active_from": [p.active_from for p in PEERS],
                    "active_to": [p.active_to for p in PEERS],
                },
                schema_overrides={"active_to": pl.Date},
            ),
        )
        users: list[dict[str, Any]] = []
        for i, p in enumerate(PEERS):
            users.append(
                {
                    "login": self.peer_login[i],
                    "display_name": p.name,
                    "role": "ervaringsdeskundige",
                    "municipality_code": None,
                    "peer_expert_id": i + 1,
                    "active": p.active_to is None,
                }
            )
        users.append(_user(self.coordinator, "Carla (coördinator)", "coordinator"))
        users.append(_user(self.contractmanager, "Maarten (contractmanager)", "contractmanager"))
        for login in self.begeleiding:
            name = _cap(login.split("@")[0])
            users.append(_user(login, f"{name} (begeleidingsgroep)", "begeleidingsgroep"))
        for code in sorted(self.codes, key=lambda c: self.municipalities[c]):
            name = self.municipalities[code]
            slug = name.lower().replace(" (l.)", "").replace(" ", "-")
            users.append(
                _user(f"{slug}@gemeente.demo", f"Gemeente {name}", "gemeente", municipality=code)
            )
        self.gemeente_login = {
            u["municipality_code"]: u["login"] for u in users if u["role"] == "gemeente"
        }
        frame = pl.DataFrame(
            users,
            schema={
                "login": pl.String,
                "display_name": pl.String,
                "role": pl.String,
                "municipality_code": pl.String,
                "peer_expert_id": pl.Int64,
                "active": pl.Boolean,
            },
        ).with_row_index("id", offset=1)
        self.insert("app_user", frame.with_columns(pl.col("id").cast(pl.Int64)))

    # ---- sub-assignments ---------------------------------------------------------------------
    def sub_assignments(self) -> None:
        rng = self.rng("sub_assignment")
        rows: list[dict[str, Any]] = []
        versions: list[dict[str, Any]] = []
        themes: list[tuple[int, str]] = []
        roles: list[tuple[int, str]] = []
        goals: list[tuple[int, str]] = []
        self.sub_goal_text: list[str] = []
        for i, s in enumerate(SUBS):
            sid = i + 1
            goal_lines = [rng.choice(demo_texts.SUB_ASSIGNMENT_GOALS[r]) for r in s.roles[:2]]
            goal_text = " ".join(dict.fromkeys(goal_lines))
            self.sub_goal_text.append(goal_lines[0])
            signs = "; ".join(dict.fromkeys(rng.choice(demo_texts.SIGNS[r]) for r in s.roles[:2]))
            created = _ts(s.start - dt.timedelta(days=rng.randint(7, 28)), 10, rng.randint(0, 59))
            created = max(created, _ts(START, 9))
            monitoring = rng.choice(demo_texts.MONITORING_METHODS)
            accountability = rng.choice(demo_texts.ACCOUNTABILITY)
            version = 1
            updated = created
            if s.title in CHANGED_GOALS:
                version = 2
                changed = _ts(s.start + dt.timedelta(days=rng.randint(120, 300)), 14, 0)
                updated = changed
                versions.append(
                    {
                        "id": len(versions) + 1,
                        "sub_assignment_id": sid,
                        "version": 1,
                        "goals": CHANGED_GOALS[s.title],
                        "monitoring_method": monitoring,
                        "frequency": s.frequency,
                        "accountability": accountability,
                        "signs": signs,
                        "changed_by": self.coordinator,
                        "changed_at": changed,
                    }
                )
            rows.append(
                {
                    "id": sid,
                    "title": s.title,
                    "description": s.description,
                    "municipality_code": s.municipality,
                    "goals": goal_text,
                    "monitoring_method": monitoring,
                    "frequency": s.frequency,
                    "accountability": accountability,
                    "signs": signs,
                    "start_date": s.start,
                    "end_date": s.end,
                    "status": s.status,
                    "version": version,
                    "created_at": created,
                    "updated_at": updated,
                }
            )
            themes.extend((sid, t) for t in s.themes)
            roles.extend((sid, r) for r in s.roles)
            for g in _goals_for(s):
                goals.append((sid, g))
        ts = {"created_at": "timestamptz", "updated_at": "timestamptz"}
        self.insert(
            "sub_assignment",
            pl.DataFrame(
                rows, schema_overrides={"end_date": pl.Date, "municipality_code": pl.String}
            ),
            ts,
        )
        self.insert("sub_assignment_theme", _pairs(themes, "sub_assignment_id", "theme_code"))
        self.insert("sub_assignment_role", _pairs(roles, "sub_assignment_id", "activity_type_code"))
        self.insert("sub_assignment_goal", _pairs(goals, "sub_assignment_id", "goal_code"))
        self.insert("sub_assignment_version", pl.DataFrame(versions), {"changed_at": "timestamptz"})

    # ---- kick-offs ---------------------------------------------------------------------------
    def kickoffs(self) -> None:
        rng = self.rng("kickoff")
        rows: list[dict[str, Any]] = []
        needs: list[dict[str, Any]] = []
        regional_training = next(
            i + 1 for i, s in enumerate(SUBS) if s.title.startswith("Training wijkteams")
        )
        settings = reference.read_csv("settings.csv")["code"].to_list()
        for kid, (code, status, when) in enumerate(KICKOFFS, start=1):
            name = self.municipalities[code]
            day = _d(when) if when else None
            stakeholders = ", ".join(rng.sample(demo_texts.KICKOFF_STAKEHOLDERS, rng.randint(4, 7)))
            local = [
                (i + 1, s)
                for i, s in enumerate(SUBS)
                if s.municipality == code and s.status != "in_voorbereiding"
            ]
            kneeds: list[dict[str, Any]] = []
            if status == "gehouden":
                for sid, s in local:
                    kneeds.append(self._need(rng, kid, s.roles[0], s.themes[0], s.setting, sid))
                if code in ("GM0984", "GM1640", "GM1711"):
                    kneeds.append(
                        self._need(rng, kid, "training", "stigma", "welzijn", regional_training)
                    )
            while len(kneeds) < 2 or (len(kneeds) < 5 and rng.random() < 0.45):
                kneeds.append(
                    self._need(
                        rng,
                        kid,
                        rng.choice(ACTIVITY_TYPES),
                        rng.choice(self.themes),
                        rng.choice(settings),
                        None,
                    )
                )
            needs.extend(kneeds[:5])
            wishes = "; ".join(demo_texts.ROLE_PHRASES[n["activity_type_code"]] for n in kneeds[:3])
            if status == "gehouden":
                summary = (
                    f"Startbijeenkomst in {name} met {len(stakeholders.split(', '))} partijen. "
                    "Besproken wat ervaringsdeskundigen kunnen betekenen in de sociale basis en "
                    f"wat er lokaal al is. Genoemde wensen: {wishes}."
                )
            else:
                summary = (
                    f"De startbijeenkomst in {name} wordt voorbereid met de gemeente. In de "
                    f"voorgesprekken zijn al wensen genoemd: {wishes}."
                )
            rows.append(
                {
                    "id": kid,
                    "municipality_code": code,
                    "planned_date": (day - dt.timedelta(days=rng.randint(0, 14)))
                    if status == "gehouden" and day
                    else day,
                    "held_date": day if status == "gehouden" else None,
                    "status": status,
                    "stakeholders": stakeholders,
                    "summary": summary,
                }
            )
        self.insert(
            "kickoff",
            pl.DataFrame(rows, schema_overrides={"held_date": pl.Date, "planned_date": pl.Date}),
        )
        frame = pl.DataFrame(
            needs, schema_overrides={"sub_assignment_id": pl.Int64, "setting_code": pl.String}
        )
        self.insert(
            "kickoff_need",
            frame.with_columns(pl.int_range(1, frame.height + 1, dtype=pl.Int64).alias("id")),
        )

    def _need(
        self, rng: random.Random, kid: int, role: str, theme: str, setting: str, sid: int | None
    ) -> dict[str, Any]:
        text = rng.choice(demo_texts.NEED_TEXTS).format(
            rol=demo_texts.ROLE_PHRASES[role],
            thema=rng.choice(demo_texts.THEME_PHRASES[theme]),
            plek=demo_texts.SETTING_PHRASES[setting],
        )
        return {
            "kickoff_id": kid,
            "activity_type_code": role,
            "theme_code": theme,
            "setting_code": setting,
            "description": _cap(text),
            "sub_assignment_id": sid,
        }

    # ---- activities --------------------------------------------------------------------------
    def make_activities(self) -> None:
        rng = self.nprng(1)
        n_sa, n_pe = len(SUBS), len(PEERS)
        days = np.arange(N_DAYS)
        sa_from = np.array([_day(s.start) for s in SUBS])
        sa_to = np.array([_day(s.end) if s.end else N_DAYS for s in SUBS])
        pe_from = np.array([_day(p.active_from) for p in PEERS])
        pe_to = np.array([_day(p.active_to) if p.active_to else N_DAYS for p in PEERS])
        assigned = np.zeros((n_sa, n_pe), dtype=bool)
        for i, s in enumerate(SUBS):
            for name in s.peers:
                assigned[i, self.peer_index[name]] = True
        sa_active = (days[:, None] >= sa_from) & (days[:, None] <= sa_to)
        pe_active = (days[:, None] >= pe_from) & (days[:, None] <= pe_to)
        pe_ok = sa_active[:, :, None] & pe_active[:, None, :] & assigned[None, :, :]
        sa_ok = np.asarray(pe_ok.any(axis=2), dtype=bool)

        # Weight of a sub-assignment on a day: its municipality's (deviated) key share, split
        # over the municipality's active sub-assignments; the region has its own weight.
        groups = [s.municipality or "regio" for s in SUBS]
        group_weight = {c: self.key[c] * DEVIATION.get(c, 1.0) for c in self.codes}
        group_weight["regio"] = REGIONAL_WEIGHT
        type_prob = np.zeros((n_sa, len(ACTIVITY_TYPES)))
        for i, s in enumerate(SUBS):
            for j, r in enumerate(s.roles):
                type_prob[i, ACTIVITY_TYPES.index(r)] = (3.0, 1.5, 1.0)[min(j, 2)]
        mean_hours = np.array([(HOURS[x][0] + HOURS[x][1]) / 2 for x in ACTIVITY_TYPES])
        sa_hours = (type_prob * mean_hours).sum(axis=1) / type_prob.sum(axis=1)
        weights = np.zeros((N_DAYS, n_sa))
        for g in sorted(set(groups)):
            cols = [i for i, x in enumerate(groups) if x == g]
            active = sa_ok[:, cols]
            n_active = active.sum(axis=1, keepdims=True)
            share = np.where(active, group_weight[g] / np.maximum(n_active, 1), 0.0)
            # hours, not counts, follow the key: fewer activities where they take longer
            weights[:, cols] = share / sa_hours[cols]

        dates = np.datetime64(START.isoformat()) + days
        month = dates.astype("datetime64[M]").astype(np.int64) % 12 + 1
        dom = (dates - dates.astype("datetime64[M]")).astype(np.int64) + 1
        weekday = (days + START.weekday()) % 7
        season = np.ones(N_DAYS)
        season[month == 7] = 0.6
        season[month == 8] = 0.45
        season[((month == 12) & (dom >= 20)) | ((month == 1) & (dom <= 5))] = 0.35
        week = np.array([1.0, 1.05, 1.0, 1.0, 0.85, 0.12, 0.04])[weekday]
        ramp = np.clip(0.55 + 0.45 * days / 180, None, 1.0)  # the pool finds its feet in 2024-H1
        n_peers_active = (pe_active & assigned.any(axis=0)).sum(axis=1)
        intensity = n_peers_active * season * week * ramp * (weights.sum(axis=1) > 0)

        n = BASE_ACTIVITIES * self.scale
        counts = rng.multinomial(n, intensity / intensity.sum())
        day_idx = np.repeat(days, counts).astype(np.int64)
        sa_idx = _pick_rows(weights, day_idx, 1.0 - rng.random(n))
        pe_prob = pe_ok.reshape(N_DAYS * n_sa, n_pe).astype(np.float64)
        pe_idx = _pick_rows(pe_prob, day_idx * n_sa + sa_idx, 1.0 - rng.random(n))

        type_idx = _pick_rows(type_prob, sa_idx, 1.0 - rng.random(n))

        # Chronological ids: sort by day, ties broken randomly.
        order = np.lexsort((rng.random(n), day_idx))
        day_idx, sa_idx, pe_idx, type_idx = (
            day_idx[order],
            sa_idx[order],
            pe_idx[order],
            type_idx[order],
        )

        t = np.array(ACTIVITY_TYPES)[type_idx]
        residents = np.zeros(n, dtype=np.int64)
        r1 = rng.random(n)
        residents = np.where(t == "een_op_een", np.where(r1 < 0.05, 2, 1), residents)
        residents = np.where(t == "groep", rng.integers(3, 16, n), residents)
        residents = np.where(t == "zelfregiegroep", rng.integers(3, 13, n), residents)
        residents = np.where(t == "inloop", rng.integers(5, 31, n), residents)
        residents = np.where(
            t == "training", np.where(r1 < 0.6, rng.integers(5, 26, n), 0), residents
        )
        residents = np.where(t == "intervisie", 0, residents)
        residents = np.where(
            t == "advies", np.where(r1 < 0.15, rng.integers(1, 4, n), 0), residents
        )
        residents = np.where(
            t == "initiatief", np.where(r1 < 0.5, rng.integers(2, 13, n), 0), residents
        )
        estimated = (t == "inloop") | ((t == "initiatief") & (residents > 0) & (r1 < 0.25))

        low = np.array([HOURS[x][0] for x in ACTIVITY_TYPES])[type_idx]
        high = np.array([HOURS[x][1] for x in ACTIVITY_TYPES])[type_idx]
        hours = np.clip(_quarters(rng, low, high), 0.5, 6.0)

        direct = np.isin(t, ["een_op_een", "groep", "inloop", "zelfregiegroep"])
        filled = rng.random(n) < np.where(direct, 0.9, 0.45)
        care = np.array(CARE_RELATIONS)[
            _pick_rows(
                np.array([[0.45, 0.3, 0.15, 0.1]]), np.zeros(n, dtype=np.int64), 1.0 - rng.random(n)
            )
        ]
        care_col = np.where(filled, care.astype(object), np.array(None, dtype=object))

        sa_setting = np.array([s.setting for s in SUBS])[sa_idx]
        alt_setting = np.empty(n, dtype=object)
        r2 = rng.random(n)
        for code in ACTIVITY_TYPES:
            mask = t == code
            options = np.array(TYPE_SETTINGS[code])
            alt_setting[mask] = options[(r2[mask] * len(options)).astype(np.int64)]
        settings = np.where(rng.random(n) < 0.6, sa_setting, alt_setting)
        settings = np.where(t == "inloop", sa_setting, settings)

        # Themes: 1-3 per activity, mostly the sub-assignment's own (Gumbel top-k).
        theme_w = np.full((n_sa, len(self.themes)), 0.02)
        for i, s in enumerate(SUBS):
            for j, th in enumerate(s.themes):
                theme_w[i, self.themes.index(th)] = 1.6 if j == 0 else 1.0
        k = 1 + (rng.random(n) < 0.55).astype(np.int64) + (rng.random(n) < 0.2).astype(np.int64)
        top = np.empty((n, 3), dtype=np.int64)
        log_w = np.log(theme_w)
        for i in range(0, n, 100_000):
            sl = slice(i, i + 100_000)
            keys = log_w[sa_idx[sl]] + rng.gumbel(size=(len(sa_idx[sl]), len(self.themes)))
            top[sl] = np.argsort(-keys, axis=1)[:, :3]
        self.act_theme_top = top
        self.act_theme_k = k

        delay = rng.integers(0, 4, n)
        minute = rng.integers(9 * 60, 21 * 60, n)
        created_us = ((day_idx + delay + EPOCH_OFFSET) * 86_400 + minute * 60) * 1_000_000
        sa_muni = [s.municipality for s in SUBS]
        self.n_activities = n
        self.act = {
            "day": day_idx,
            "sa": sa_idx,
            "pe": pe_idx,
            "type": t,
            "residents": residents,
            "hours": hours,
            "setting": settings,
            "care": care_col,
        }
        self.activity_frame = pl.DataFrame(
            {
                "id": np.arange(1, n + 1, dtype=np.int64),
                "activity_date": pl.Series(day_idx + EPOCH_OFFSET, dtype=pl.Int32).cast(pl.Date),
                "peer_expert_id": pe_idx + 1,
                "sub_assignment_id": sa_idx + 1,
                "municipality_code": pl.Series(
                    [sa_muni[i] for i in range(n_sa)], dtype=pl.String
                ).gather(sa_idx),
                "activity_type_code": pl.Series(ACTIVITY_TYPES).gather(type_idx),
                "form": pl.Series([FORM[x] for x in ACTIVITY_TYPES]).gather(type_idx),
                "residents_reached": residents.astype(np.int32),
                "residents_estimated": estimated,
                "hours": hours,
                "care_relation": pl.Series(care_col.tolist(), dtype=pl.String),
                "setting_code": pl.Series(settings.tolist(), dtype=pl.String),
                "source": pl.repeat("demo", n, eager=True),
                "created_by": pl.Series(self.peer_login).gather(pe_idx),
                "created_at": pl.Series(created_us, dtype=pl.Int64).cast(pl.Datetime("us")),
            }
        ).with_columns(updated_at=pl.col("created_at"))
        self.log.step("activiteiten gegenereerd")

    def insert_activities(self) -> None:
        self.insert(
            "activity",
            self.activity_frame,
            {"hours": "decimal(4, 2)", "created_at": "timestamptz", "updated_at": "timestamptz"},
        )
        n = self.n_activities
        ids = np.arange(1, n + 1, dtype=np.int64)
        theme_names = pl.Series(self.themes)
        parts = []
        for j in range(3):
            mask = self.act_theme_k > j
            parts.append(
                pl.DataFrame(
                    {
                        "activity_id": ids[mask],
                        "theme_code": theme_names.gather(self.act_theme_top[mask, j]),
                    }
                )
            )
        self.insert("activity_theme", pl.concat(parts))

    # ---- notes -------------------------------------------------------------------------------
    def make_notes(self) -> None:
        rng = self.nprng(2)
        prng = self.rng("notes")
        n = BASE_NOTES * self.scale
        anchors = np.sort(rng.choice(self.n_activities, size=n, replace=False))
        act = self.act
        level_wij = rng.random(n) < 0.15
        day = act["day"][anchors]
        order = np.lexsort((rng.random(n), day))
        anchors, level_wij, day = anchors[order], level_wij[order], day[order]
        vis_ik = _pick_rows(
            np.array([[0.115, 0.27, 0.31, 0.305]]), np.zeros(n, np.int64), 1.0 - rng.random(n)
        )
        vis_wij = _pick_rows(
            np.array([[0.0, 0.12, 0.3, 0.58]]), np.zeros(n, np.int64), 1.0 - rng.random(n)
        )
        visibility = np.where(level_wij, vis_wij, vis_ik)
        keep_sa = rng.random(n) < np.where(level_wij, 0.5, 0.85)
        regional_wij = level_wij & (rng.random(n) < 0.5)
        keep_setting = ~level_wij | (rng.random(n) < 0.4)

        tag_codes = self.tags
        tag_weights = [ADDED_VALUE_WEIGHTS.get(c, 1) for c in tag_codes]
        rows: list[dict[str, Any]] = []
        note_themes: list[tuple[int, str]] = []
        note_tags: list[tuple[int, str]] = []
        for i in range(n):
            a = int(anchors[i])
            nid = i + 1
            sa = int(act["sa"][a])
            pe = int(act["pe"][a])
            muni = None if regional_wij[i] else SUBS[sa].municipality
            d = _date(int(day[i]))
            k = min(int(self.act_theme_k[a]), 2)
            themes = [self.themes[int(x)] for x in self.act_theme_top[a, :k]]
            n_tags = 1 + (prng.random() < 0.5) + (prng.random() < 0.2)
            tags: list[str] = []
            influence = str(act["type"][a]) in ("training", "intervisie", "advies")
            while len(tags) < n_tags:
                tag = (
                    prng.choice(INFLUENCE_TAGS)
                    if influence
                    else prng.choices(tag_codes, tag_weights)[0]
                )
                if tag not in tags:
                    tags.append(tag)
            trends = [name for name, p in TREND_PROBABILITY.items() if prng.random() < p[d.year]]
            for tr in trends:
                extra = TREND_THEME.get(tr)
                if extra and extra not in themes and len(themes) < 3:
                    themes.append(extra)
            vis = VISIBILITIES[int(visibility[i])]
            setting = str(act["setting"][a]) if keep_setting[i] else None
            body = self._note_body(
                prng,
                wij=bool(level_wij[i]),
                activity_type=str(act["type"][a]),
                theme=themes[0],
                setting=setting,
                municipality=muni,
                tags=tags,
                trends=trends,
                own=vis == "eigen",
            )
            created = _ts(d, prng.randint(12, 22), prng.randint(0, 59))
            rows.append(
                {
                    "id": nid,
                    "note_date": d,
                    "peer_expert_id": pe + 1,
                    "municipality_code": muni,
                    "sub_assignment_id": sa + 1 if keep_sa[i] else None,
                    "level": "wij" if level_wij[i] else "ik",
                    "body": body,
                    "visibility": vis,
                    "setting_code": setting,
                    "created_by": self.peer_login[pe],
                    "created_at": created,
                    "updated_at": created,
                }
            )
            note_themes.extend((nid, th) for th in themes)
            note_tags.extend((nid, tg) for tg in tags)
        self.n_notes = n
        self.note_frame = pl.DataFrame(
            rows,
            schema_overrides={
                "municipality_code": pl.String,
                "sub_assignment_id": pl.Int64,
                "setting_code": pl.String,
            },
        )
        self.note_theme_frame = _pairs(note_themes, "note_id", "theme_code")
        self.note_tag_frame = _pairs(note_tags, "note_id", "tag_code")
        self.note_source_frame = self._note_sources(prng, rows, note_themes)
        self.log.step("verhalen gegenereerd")

    def _note_body(
        self,
        rng: random.Random,
        *,
        wij: bool,
        activity_type: str,
        theme: str,
        setting: str | None,
        municipality: str | None,
        tags: list[str],
        trends: list[str],
        own: bool,
    ) -> str:
        when = rng.choice(demo_texts.WHEN)
        person, gender = rng.choice(demo_texts.PERSONS)
        pronouns = demo_texts.PRONOUNS[gender or rng.choice("mv")]
        plek = demo_texts.SETTING_PHRASES[setting] if setting else "in de buurt"
        values = {
            "when": when,
            "when_lower": when.lower(),
            "person": person,
            "person_cap": _cap(person),
            "plek": plek,
            "plek_cap": _cap(plek),
            "thema": rng.choice(demo_texts.THEME_PHRASES[theme]),
            "gemeente": self.municipalities[municipality] if municipality else "de regio",
            **pronouns,
        }
        parts: list[str] = []
        trend_lines = [
            rng.choice((demo_texts.WIJ_TRENDS if wij else demo_texts.TRENDS)[t]) for t in trends
        ]
        if wij:
            parts.append(rng.choice(demo_texts.WIJ_OPENINGS))
            parts.append(rng.choice(demo_texts.WIJ_PATTERNS))
            parts.extend(trend_lines)
            parts.append(rng.choice(demo_texts.WIJ_MEANING))
            if rng.random() < 0.7:
                parts.append(rng.choice(demo_texts.WIJ_POLICY))
        else:
            parts.append(rng.choice(demo_texts.OPENINGS[activity_type]))
            parts.extend(trend_lines)
            parts.extend(rng.choice(demo_texts.DIFFERENCE[t]) for t in tags)
            if rng.random() < 0.7:
                parts.append(rng.choice(demo_texts.POLICY))
            if own and rng.random() < 0.6:
                parts.append(rng.choice(demo_texts.OWN_REFLECTION))
        return _cap(" ".join(p.format(**values) for p in parts))

    def _note_sources(
        self,
        rng: random.Random,
        rows: list[dict[str, Any]],
        note_themes: list[tuple[int, str]],
    ) -> pl.DataFrame:
        """Each wij-verhaal draws on 2-5 earlier ik-verhalen about its main theme."""
        first_theme: dict[int, str] = {}
        themes_of: dict[int, set[str]] = {}
        for nid, th in note_themes:
            first_theme.setdefault(nid, th)
            themes_of.setdefault(nid, set()).add(th)
        by_theme: dict[str, list[int]] = {t: [] for t in self.themes}
        any_ik: list[int] = []
        pairs: list[tuple[int, int]] = []
        for row in rows:  # rows are in date order, ids ascending
            nid = row["id"]
            if row["level"] == "ik":
                if row["visibility"] != "eigen":
                    for th in sorted(themes_of[nid]):
                        by_theme[th].append(nid)
                    any_ik.append(nid)
                continue
            pool = by_theme[first_theme[nid]] or any_ik
            # only notes of earlier days
            cutoff = bisect.bisect_left(pool, nid)
            candidates = [
                c
                for c in pool[max(0, cutoff - 60) : cutoff]
                if rows[c - 1]["note_date"] < row["note_date"]
            ]
            if len(candidates) < 2:
                candidates = [
                    c for c in any_ik[-60:] if rows[c - 1]["note_date"] < row["note_date"]
                ]
            k = min(len(candidates), rng.randint(2, 5))
            pairs.extend((nid, src) for src in sorted(rng.sample(candidates, k)))
        return _pairs(pairs, "collective_note_id", "source_note_id", dtype=pl.Int64)

    def insert_notes(self) -> None:
        ts = {"created_at": "timestamptz", "updated_at": "timestamptz"}
        self.insert("note", self.note_frame, ts)
        self.insert("note_theme", self.note_theme_frame)
        self.insert("note_added_value", self.note_tag_frame)
        self.insert("note_source", self.note_source_frame)

    # ---- contract talks ----------------------------------------------------------------------
    def contract_talks(self) -> None:
        rng = self.rng("contract_talk")
        talks: list[dict[str, Any]] = []
        attendance: list[dict[str, Any]] = []
        agreements: list[dict[str, Any]] = []
        events: list[dict[str, Any]] = []
        audit: list[dict[str, Any]] = []
        for tid, (when, title, discussion) in enumerate(TALKS, start=1):
            day = _d(when)
            recorded = _ts(day + dt.timedelta(days=rng.randint(1, 4)), 11, rng.randint(0, 59))
            talks.append(
                {
                    "id": tid,
                    "talk_date": day,
                    "title": title,
                    "discussion": discussion,
                    "recorded_by": self.contractmanager,
                    "recorded_at": recorded,
                }
            )
            present = sorted(rng.sample(self.codes, rng.randint(8, 13)))
            if "GM0983" not in present:
                present = sorted([*present, "GM0983"])
            attendance.extend({"contract_talk_id": tid, "municipality_code": c} for c in present)
            audit.append(
                self._audit(
                    recorded, self.contractmanager, "create", "contract_talk", tid, {"title": title}
                )
            )
        self.talk_dates = [_d(t[0]) for t in TALKS]
        self.talk_titles = [t[1] for t in TALKS]
        for aid, a in enumerate(AGREEMENTS, start=1):
            talk, kind, desc, owner, due, muni, p_start, p_end, reason, closed, outcome = a
            talk_day = _d(TALKS[talk][0])
            created = _ts(talk_day, 16, rng.randint(0, 59))
            closed_at = _ts(_d(closed), 10, rng.randint(0, 59)) if closed else None
            agreements.append(
                {
                    "id": aid,
                    "contract_talk_id": talk + 1,
                    "kind": kind,
                    "description": desc,
                    "owner": owner,
                    "due_date": _d(due) if due else None,
                    "municipality_code": muni,
                    "period_start": _d(p_start) if p_start else None,
                    "period_end": _d(p_end) if p_end else None,
                    "reason": reason,
                    "status": "afgerond" if closed else "open",
                    "outcome": outcome,
                    "closed_at": closed_at,
                }
            )
            events.append(
                {
                    "agreement_id": aid,
                    "event": "aangemaakt",
                    "note": f"Vastgelegd in {TALKS[talk][1].lower()}",
                    "actor": self.contractmanager,
                    "event_at": created,
                }
            )
            if closed_at is not None:
                halfway = created + (closed_at - created) / 2
                if rng.random() < 0.5:
                    events.append(
                        {
                            "agreement_id": aid,
                            "event": "bijgewerkt",
                            "note": "Stand van zaken besproken met de coördinator",
                            "actor": self.contractmanager,
                            "event_at": halfway.replace(microsecond=0),
                        }
                    )
                events.append(
                    {
                        "agreement_id": aid,
                        "event": "afgerond",
                        "note": outcome or "",
                        "actor": self.contractmanager,
                        "event_at": closed_at,
                    }
                )
                audit.append(
                    self._audit(
                        closed_at,
                        self.contractmanager,
                        "update",
                        "agreement",
                        aid,
                        {"status": "afgerond"},
                    )
                )
        self.insert("contract_talk", pl.DataFrame(talks), {"recorded_at": "timestamptz"})
        self.insert("contract_talk_attendance", pl.DataFrame(attendance))
        self.insert(
            "agreement",
            pl.DataFrame(
                agreements,
                schema_overrides={
                    "due_date": pl.Date,
                    "municipality_code": pl.String,
                    "period_start": pl.Date,
                    "period_end": pl.Date,
                    "outcome": pl.String,
                    "closed_at": pl.Datetime("us"),
                },
            ),
            {"closed_at": "timestamptz"},
        )
        events.sort(key=lambda e: (e["event_at"], e["agreement_id"]))
        ev = (
            pl.DataFrame(events)
            .with_row_index("id", offset=1)
            .with_columns(pl.col("id").cast(pl.Int64))
        )
        self.insert("agreement_event", ev, {"event_at": "timestamptz"})
        self.audit_rows = audit

    def _audit(
        self,
        when: dt.datetime,
        actor: str,
        action: str,
        entity: str,
        entity_id: int | str,
        after: dict[str, Any],
    ) -> dict[str, Any]:
        return {
            "logged_at": when,
            "actor": actor,
            "action": action,
            "entity": entity,
            "entity_id": str(entity_id),
            "before_json": None,
            "after_json": db.to_json(after),
        }

    # ---- signals -----------------------------------------------------------------------------
    def signals(self) -> None:
        rng = self.rng("signal")
        notes = (
            self.note_frame.select("id", "note_date", "municipality_code", "visibility")
            .join(self.note_theme_frame, left_on="id", right_on="note_id")
            .filter(pl.col("visibility") != "eigen")
        )
        first_day, last_day = _day(dt.date(2024, 3, 1)), N_DAYS - 1
        raised_days = sorted(
            int(first_day + (last_day - first_day) * rng.random()) for _ in range(N_SIGNALS)
        )
        types = [SIGNAL_TYPES[i % len(SIGNAL_TYPES)] for i in range(N_SIGNALS)]
        rng.shuffle(types)
        rows: list[dict[str, Any]] = []
        themes: list[tuple[int, str]] = []
        links: list[tuple[int, int]] = []
        events: list[dict[str, Any]] = []
        used: set[tuple[str, str | None]] = set()
        for i, (rday, stype) in enumerate(zip(raised_days, types, strict=True)):
            sid = i + 1
            raised = _date(rday)
            active_subs = [
                s for s in SUBS if s.start <= raised and (s.end is None or s.end >= raised)
            ]
            local = [s for s in active_subs if s.municipality]
            sub = rng.choice(local) if local and rng.random() < 0.7 else rng.choice(active_subs)
            muni = sub.municipality
            peers = [
                self.peer_index[p]
                for p in sub.peers
                if PEERS[self.peer_index[p]].active_from <= raised
                and (PEERS[self.peer_index[p]].active_to or END) >= raised
            ] or [0]
            pe = rng.choice(peers)
            theme = rng.choice(sub.themes)
            options = demo_texts.SIGNAL_TEXTS[stype]
            title, desc = rng.choice(options)
            for _ in range(5):  # rather not the same signal twice from the same place
                if (title, muni) not in used:
                    break
                title, desc = rng.choice(options)
            used.add((title, muni))
            values = {
                "thema": self.theme_labels[theme],
                "gemeente": self.municipalities[muni] if muni else "de regio",
            }
            title, desc = _cap(title.format(**values)), _cap(desc.format(**values))
            sig_themes = list(dict.fromkeys([FIXED_SIGNAL_THEMES.get(title, theme), theme]))
            raised_at = _ts(raised, rng.randint(9, 20), rng.randint(0, 59))
            history: list[tuple[str | None, str, str, str, dt.datetime]] = [
                (None, "nieuw", "Signaal ingediend", self.peer_login[pe], raised_at)
            ]
            talk = next(
                (
                    t
                    for t in range(len(TALKS))
                    if self.talk_dates[t] >= raised + dt.timedelta(days=14)
                ),
                None,
            )
            target = "nieuw"
            if talk is not None:
                r = rng.random()
                target = (
                    "nieuw"
                    if r < 0.05
                    else "besproken"
                    if r < 0.28
                    else "beantwoord"
                    if r < 0.6
                    else "teruggekoppeld"
                )
            response = responded_by = responded_at = None
            contract_talk_id = None
            if target != "nieuw" and talk is not None:
                discussed = _ts(self.talk_dates[talk], 15, rng.randint(0, 59))
                contract_talk_id = talk + 1
                history.append(
                    (
                        "nieuw",
                        "besproken",
                        f"Besproken in {self.talk_titles[talk].lower()}",
                        self.contractmanager,
                        discussed,
                    )
                )
                if target in ("beantwoord", "teruggekoppeld"):
                    answered_day = self.talk_dates[talk] + dt.timedelta(days=rng.randint(10, 60))
                    if answered_day <= END:
                        responder = rng.choice(
                            [self.contractmanager, *self.begeleiding[:2]]
                            + ([self.gemeente_login[muni]] if muni else [])
                        )
                        responded_at = _ts(answered_day, rng.randint(9, 17), rng.randint(0, 59))
                        response = rng.choice(demo_texts.SIGNAL_RESPONSES[stype])
                        responded_by = responder
                        history.append(
                            (
                                "besproken",
                                "beantwoord",
                                "Reactie vastgelegd",
                                responder,
                                responded_at,
                            )
                        )
                        if target == "teruggekoppeld":
                            back_day = answered_day + dt.timedelta(days=rng.randint(5, 30))
                            if back_day <= END:
                                history.append(
                                    (
                                        "beantwoord",
                                        "teruggekoppeld",
                                        "Teruggekoppeld in het pooloverleg",
                                        self.coordinator,
                                        _ts(back_day, 13, rng.randint(0, 59)),
                                    )
                                )
            status = history[-1][1]
            rows.append(
                {
                    "id": sid,
                    "raised_date": raised,
                    "raised_by": pe + 1,
                    "signal_type": stype,
                    "municipality_code": muni,
                    "title": title,
                    "description": desc,
                    "status": status,
                    "response": response,
                    "responded_by": responded_by,
                    "responded_at": responded_at,
                    "contract_talk_id": contract_talk_id,
                    "fed_back": status == "teruggekoppeld",
                    "version": len(history),
                    "created_at": raised_at,
                    "updated_at": history[-1][4],
                }
            )
            themes.extend((sid, th) for th in sig_themes)
            for frm, to, reason, actor, at in history:
                events.append(
                    {
                        "signal_id": sid,
                        "from_status": frm,
                        "to_status": to,
                        "reason": reason,
                        "actor": actor,
                        "event_at": at,
                    }
                )
            cand = (
                notes.filter(
                    (pl.col("note_date") <= raised)
                    & (pl.col("note_date") >= raised - dt.timedelta(days=240))
                    & pl.col("theme_code").is_in(sig_themes)
                    & (
                        pl.col("municipality_code").is_null()
                        if muni is None
                        else pl.col("municipality_code") == muni
                    )
                )["id"]
                .unique()
                .sort()
                .to_list()
            )
            for nid in sorted(rng.sample(cand, min(len(cand), rng.randint(1, 3)))):
                links.append((sid, nid))
        self.signal_frame = pl.DataFrame(
            rows,
            schema_overrides={
                "municipality_code": pl.String,
                "response": pl.String,
                "responded_by": pl.String,
                "responded_at": pl.Datetime("us"),
                "contract_talk_id": pl.Int64,
            },
        )
        ts = {
            "created_at": "timestamptz",
            "updated_at": "timestamptz",
            "responded_at": "timestamptz",
        }
        self.insert("signal", self.signal_frame, ts)
        self.insert("signal_theme", _pairs(themes, "signal_id", "theme_code"))
        self.insert("signal_note", _pairs(links, "signal_id", "note_id", dtype=pl.Int64))
        ev = pl.DataFrame(events, schema_overrides={"from_status": pl.String}).with_row_index(
            "id", offset=1
        )
        self.insert(
            "signal_event",
            ev.with_columns(pl.col("id").cast(pl.Int64)),
            {"event_at": "timestamptz"},
        )

    # ---- monitoring moments ------------------------------------------------------------------
    def monitoring(self) -> None:
        rng = self.rng("monitoring")
        months = {
            "maandelijks": 1,
            "per_kwartaal": 3,
            "halfjaarlijks": 6,
            "jaarlijks": 12,
            "anders": 4,
        }
        act = self.act
        notes = self.note_frame.filter(
            pl.col("sub_assignment_id").is_not_null() & (pl.col("visibility") != "eigen")
        ).select("id", "note_date", "sub_assignment_id")
        rows: list[dict[str, Any]] = []
        links: list[tuple[int, int]] = []
        for i, s in enumerate(SUBS):
            sid = i + 1
            mask = act["sa"] == i
            a_days = act["day"][mask]
            cum_hours = np.concatenate([[0.0], np.cumsum(act["hours"][mask])])
            cum_res = np.concatenate([[0], np.cumsum(act["residents"][mask])])
            last = min(s.end or END, END)
            step = months[s.frequency]
            prev = s.start
            k = 1
            while (due := _add_months(s.start, step * k)) <= last:
                k += 1
                held = rng.random() < (0.9 if (END - due).days > 45 else 0.55)
                held_day = due + dt.timedelta(days=rng.randint(-3, 18))
                if held_day > END:
                    held = False
                lo = int(np.searchsorted(a_days, _day(prev), side="left"))
                hi = int(np.searchsorted(a_days, _day(due), side="left"))
                row: dict[str, Any] = {
                    "id": 0,
                    "sub_assignment_id": sid,
                    "due_date": due,
                    "held_date": None,
                    "reflection": None,
                    "figures_discussed": "",
                    "recorded_by": None,
                    "recorded_at": None,
                }
                if held:
                    goal = self.sub_goal_text[i].rstrip(".")
                    goal = goal[:1].lower() + goal[1:]
                    obs = rng.choice(demo_texts.OBSERVATIONS)
                    row["held_date"] = held_day
                    row["reflection"] = rng.choice(demo_texts.REFLECTIONS).format(
                        goal=goal, observation=obs, observation_cap=_cap(obs)
                    )
                    row["figures_discussed"] = (
                        f"Sinds het vorige moment: {formatting.num(hi - lo)} activiteiten, "
                        f"{formatting.dec(float(cum_hours[hi] - cum_hours[lo]))} uur, "
                        f"{formatting.num(int(cum_res[hi] - cum_res[lo]))} keer inwoners bereikt."
                    )
                    row["recorded_by"] = self.coordinator
                    row["recorded_at"] = _ts(held_day, 17, rng.randint(0, 59))
                    if rng.random() < 0.3:
                        cand = notes.filter(
                            (pl.col("sub_assignment_id") == sid)
                            & (pl.col("note_date") > prev)
                            & (pl.col("note_date") <= due)
                        )["id"].to_list()
                        row["_notes"] = sorted(rng.sample(cand, min(len(cand), rng.randint(1, 2))))
                rows.append(row)
                prev = due
        rows.sort(key=lambda r: (r["due_date"], r["sub_assignment_id"]))
        for mid, row in enumerate(rows, start=1):
            row["id"] = mid
            links.extend((mid, nid) for nid in row.pop("_notes", []))
        frame = pl.DataFrame(
            rows,
            schema_overrides={
                "held_date": pl.Date,
                "reflection": pl.String,
                "recorded_by": pl.String,
                "recorded_at": pl.Datetime("us"),
            },
        )
        self.insert("monitoring_moment", frame, {"recorded_at": "timestamptz"})
        self.insert(
            "monitoring_moment_note",
            _pairs(links, "monitoring_moment_id", "note_id", dtype=pl.Int64),
        )

    # ---- Samen duiden (issue 10) ---------------------------------------------------------------
    def sensemaking(self) -> None:
        """Context events, definitive half-years, a finished and an open story round and
        interpreted trends, each with the audit row the app would have written."""
        people = {
            "coordinator": (self.coordinator, "Carla (coördinator)"),
            "contractmanager": (self.contractmanager, "Maarten (contractmanager)"),
            "begeleidingsgroep": (self.begeleiding[0], "Ellen (begeleidingsgroep)"),
        }
        events = []
        for eid, (when, label, description, who) in enumerate(CONTEXT_EVENTS, start=1):
            login, name = people[who]
            created = _ts(_d(when) - dt.timedelta(days=3), 10, 0)
            events.append(
                {
                    "id": eid,
                    "event_date": _d(when),
                    "label": label,
                    "description": description,
                    "created_by": name,
                    "created_at": created,
                }
            )
            self.audit_rows.append(
                self._audit(created, login, "create", "context_event", eid, {"label": label})
            )
        self.insert("context_event", pl.DataFrame(events), {"created_at": "timestamptz"})
        statuses = []
        manager, manager_name = people["contractmanager"]
        for period, talk in DEFINITIVE:
            decided = _ts(_d(talk) + dt.timedelta(days=7), 9, 30)
            statuses.append(
                {
                    "period": period,
                    "status": "definitief",
                    "decided_by": manager_name,
                    "decided_at": decided,
                    "note": "",
                }
            )
            self.audit_rows.append(
                self._audit(
                    decided, manager, "update", "period_status", period, {"status": "definitief"}
                )
            )
        self.insert("period_status", pl.DataFrame(statuses), {"decided_at": "timestamptz"})
        self._story_rounds(people["begeleidingsgroep"])
        self._trend_annotations(people)

    def _story_rounds(self, chooser: tuple[str, str]) -> None:
        """Proposals are quotable notes of the round's half-year carrying its domain, one per
        author per domain; in the finished round the begeleidingsgroep chose two per domain."""
        rng = self.rng("story_round")
        quotable = self.note_frame.filter(pl.col("visibility") == "citeerbaar").sort("id")
        codes_of = {
            "meerwaarde": self.note_tag_frame.rename({"tag_code": "code"}),
            "thema": self.note_theme_frame.rename({"theme_code": "code"}),
        }
        rounds: list[dict[str, Any]] = []
        domains: list[dict[str, Any]] = []
        proposals: list[dict[str, Any]] = []
        selections: list[dict[str, Any]] = []
        for rid, (period, kind, codes, status, opened, per_domain) in enumerate(ROUNDS, start=1):
            half = int(period[-1])
            start = dt.date(int(period[:4]), 1 if half == 1 else 7, 1)
            end = _add_months(start, 6) - dt.timedelta(days=1)
            opened_at = _ts(_d(opened), 9, 0)
            done = status == "afgerond"
            closed_at = _ts(_d(opened) + dt.timedelta(days=85), 16, 0) if done else None
            rounds.append(
                {
                    "id": rid,
                    "period": period,
                    "domain_kind": kind,
                    "status": status,
                    "opened_by": self.coordinator,
                    "opened_at": opened_at,
                    "closed_at": closed_at,
                }
            )
            self.audit_rows.append(
                self._audit(
                    opened_at,
                    self.coordinator,
                    "create",
                    "story_round",
                    rid,
                    {"period": period, "domains": sorted(codes)},
                )
            )
            in_period = quotable.filter(pl.col("note_date").is_between(start, min(end, END)))
            used: set[int] = set()
            for code in codes:
                domains.append({"story_round_id": rid, "domain_code": code})
                tagged = set(codes_of[kind].filter(pl.col("code") == code)["note_id"].to_list())
                candidates = [
                    r for r in in_period.to_dicts() if r["id"] in tagged and r["id"] not in used
                ]
                rng.shuffle(candidates)
                authors: set[int] = set()
                for note in candidates:
                    left = PEERS[note["peer_expert_id"] - 1].active_to
                    if note["peer_expert_id"] in authors or (left and left < _d(opened)):
                        continue
                    authors.add(note["peer_expert_id"])
                    used.add(note["id"])
                    pid = len(proposals) + 1
                    at = opened_at + dt.timedelta(days=rng.randint(1, 25), hours=rng.randint(1, 8))
                    proposals.append(
                        {
                            "id": pid,
                            "story_round_id": rid,
                            "note_id": note["id"],
                            "domain_code": code,
                            "proposed_by": note["peer_expert_id"],
                            "motivation": rng.choice(MOTIVATIONS),
                            "proposed_at": at,
                        }
                    )
                    author = self.peer_login[note["peer_expert_id"] - 1]
                    self.audit_rows.append(
                        self._audit(
                            at,
                            author,
                            "create",
                            "story_proposal",
                            pid,
                            {"note_id": note["id"], "domain": code},
                        )
                    )
                    chosen = len(authors) - 1
                    if done and chosen < len(SELECTION_REASONS[code]):
                        decided = opened_at + dt.timedelta(days=78, hours=5 + chosen)
                        reason = SELECTION_REASONS[code][chosen]
                        selections.append(
                            {
                                "proposal_id": pid,
                                "reason": reason,
                                "decided_by": chooser[1],
                                "decided_at": decided,
                            }
                        )
                        self.audit_rows.append(
                            self._audit(
                                decided,
                                chooser[0],
                                "create",
                                "story_selection",
                                pid,
                                {"reason": reason},
                            )
                        )
                    if len(authors) == per_domain:
                        break
            if closed_at is not None:  # voorstellen -> selecteren -> afgerond
                selecting = opened_at + dt.timedelta(days=30)
                for when, step in ((selecting, "selecteren"), (closed_at, "afgerond")):
                    self.audit_rows.append(
                        self._audit(
                            when, self.coordinator, "update", "story_round", rid, {"status": step}
                        )
                    )
        self.insert(
            "story_round",
            pl.DataFrame(rounds, schema_overrides={"closed_at": pl.Datetime("us")}),
            {"opened_at": "timestamptz", "closed_at": "timestamptz"},
        )
        self.insert("story_round_domain", pl.DataFrame(domains))
        self.insert("story_proposal", pl.DataFrame(proposals), {"proposed_at": "timestamptz"})
        self.insert("story_selection", pl.DataFrame(selections), {"decided_at": "timestamptz"})

    def _trend_annotations(self, people: dict[str, tuple[str, str]]) -> None:
        """Each observed trend with its two competing interpretations, written together by the
        observer (as the Duiding form asks for both at once)."""
        annotations: list[dict[str, Any]] = []
        interpretations: list[dict[str, Any]] = []
        for aid, (context, period, subject, observation, who, readings) in enumerate(
            TREND_NOTES, start=1
        ):
            login, name = people[who]
            half = int(period[-1])
            after = dt.date(int(period[:4]) + (half == 2), 9 if half == 1 else 3, 1)
            created = _ts(after + dt.timedelta(days=aid), 11, 0)
            annotations.append(
                {
                    "id": aid,
                    "context": context,
                    "period": period,
                    "subject": subject,
                    "observation": observation,
                    "created_by": name,
                    "created_at": created,
                }
            )
            for body in readings:
                interpretations.append(
                    {
                        "id": len(interpretations) + 1,
                        "trend_annotation_id": aid,
                        "body": body,
                        "author": name,
                        "created_at": created,
                    }
                )
            self.audit_rows.append(
                self._audit(
                    created,
                    login,
                    "create",
                    "trend_annotation",
                    aid,
                    {"subject": subject, "observation": observation, "interpretations": readings},
                )
            )
        self.insert("trend_annotation", pl.DataFrame(annotations), {"created_at": "timestamptz"})
        self.insert(
            "trend_interpretation", pl.DataFrame(interpretations), {"created_at": "timestamptz"}
        )

    # ---- development goals ---------------------------------------------------------------------
    def goal_progress(self) -> None:
        rng = self.rng("goal_progress")
        act = self.act
        rows, evidence = [], []
        periods = [(2024, 1), (2024, 2), (2025, 1), (2025, 2), (2026, 1)]
        notes = self.note_frame.filter(pl.col("visibility") == "citeerbaar").select(
            "id", "note_date"
        )
        gid = 0
        for year, half in periods:
            label = f"{year}-H{half}"
            moment = f"{'Medio' if half == 1 else 'Eind'} {year}"
            p_start = dt.date(year, 1 if half == 1 else 7, 1)
            p_end = dt.date(year, 6, 30) if half == 1 else dt.date(year, 12, 31)
            in_period = (act["day"] >= _day(p_start)) & (act["day"] <= _day(p_end))
            served = sorted(
                {
                    s.municipality
                    for s in SUBS
                    if s.municipality and s.start <= p_end and (s.end is None or s.end >= p_start)
                }
            )
            missing = [self.municipalities[c] for c in self.codes if c not in served]
            regional = sum(
                1
                for s in SUBS
                if s.municipality is None
                and s.start <= p_end
                and (s.end is None or s.end >= p_start)
            )
            peers_active = [
                p
                for p in PEERS
                if p.active_from <= p_end and (p.active_to is None or p.active_to >= p_end)
            ]
            new_peers = [p for p in PEERS if p_start <= p.active_from <= p_end]
            left = [p for p in PEERS if p.active_to and p_start <= p.active_to <= p_end]
            intervisie = int((in_period & (act["type"] == "intervisie")).sum())
            preventing = int(
                (in_period & np.isin(act["care"], ["ter_voorkoming_van", "in_plaats_van"])).sum()
            )
            texts = {
                "dekkend_netwerk": (
                    f"{moment} loopt in {len(served)} van de 14 gemeenten een lokale deelopdracht, "
                    f"naast {regional} regionale deelopdrachten."
                    + (
                        f" Nog geen lokale inzet in {_join(missing)}."
                        if missing
                        else " Alle gemeenten hebben lokale inzet."
                    )
                    + (
                        " Dat er niet meteen overal inzet is, was bij de start verwacht."
                        if year == 2024
                        else ""
                    )
                ),
                "samenwerking": (
                    f"{SAMENWERKING[label]} In dit halfjaar waren er {formatting.num(intervisie)} "
                    "keer intervisie met ervaringsdeskundigen en professionals van andere organisaties."
                ),
                "dure_zorg_voorkomen": (
                    f"{DURE_ZORG[label]} Bij {formatting.num(preventing)} activiteiten gaven "
                    "ervaringsdeskundigen aan dat de inzet ter voorkoming van of in plaats van "
                    "professionele zorg was. Dat is een indicatie uit de registratie, geen berekende besparing."
                ),
                "groei_pool": (
                    f"De pool telt {moment.lower()} {len(peers_active)} actieve ervaringsdeskundigen"
                    + (f"; {len(new_peers)} nieuw in dit halfjaar" if new_peers else "")
                    + (f"; {len(left)} gestopt" if left else "")
                    + ". Nieuwe collega's komen zoveel mogelijk uit gemeenten waar nog weinig inzet is."
                ),
            }
            for goal in self.goals:
                gid += 1
                rows.append(
                    {
                        "id": gid,
                        "goal_code": goal,
                        "period": label,
                        "narrative": texts[goal],
                        "written_by": self.coordinator,
                        "updated_at": _ts(p_end + dt.timedelta(days=rng.randint(10, 25)), 15, 0),
                    }
                )
                if year >= 2025 and goal in ("dekkend_netwerk", "dure_zorg_voorkomen"):
                    cand = notes.filter(pl.col("note_date").is_between(p_start, p_end))[
                        "id"
                    ].to_list()
                    if cand:
                        evidence.append((gid, "note", rng.choice(cand)))
                if goal == "samenwerking" and intervisie:
                    ids = np.flatnonzero(in_period & (act["type"] == "intervisie")) + 1
                    evidence.append((gid, "activity", int(ids[rng.randrange(len(ids))])))
                if goal == "dure_zorg_voorkomen":
                    good = self.signal_frame.filter(
                        (pl.col("signal_type") == "goed_voorbeeld")
                        & pl.col("raised_date").is_between(p_start, p_end)
                    )["id"].to_list()
                    if good:
                        evidence.append((gid, "signal", rng.choice(good)))
        self.insert("goal_progress", pl.DataFrame(rows), {"updated_at": "timestamptz"})
        self.insert(
            "goal_evidence",
            pl.DataFrame(evidence, schema=["goal_progress_id", "kind", "ref_id"], orient="row"),
        )
        audit = sorted(self.audit_rows, key=lambda r: r["logged_at"])
        frame = pl.DataFrame(audit, schema_overrides={"before_json": pl.String}).with_row_index(
            "id", offset=1
        )
        self.insert(
            "audit_log",
            frame.with_columns(pl.col("id").cast(pl.Int64)),
            {"logged_at": "timestamptz"},
        )


def _user(login: str, name: str, role: str, municipality: str | None = None) -> dict[str, Any]:
    return {
        "login": login,
        "display_name": name,
        "role": role,
        "municipality_code": municipality,
        "peer_expert_id": None,
        "active": True,
    }


def _pairs(
    pairs: Sequence[tuple[int, Any]], a: str, b: str, dtype: type[pl.DataType] = pl.String
) -> pl.DataFrame:
    return pl.DataFrame(
        {a: [p[0] for p in pairs], b: [p[1] for p in pairs]},
        schema={a: pl.Int64, b: dtype},
    )


def _goals_for(s: Sub) -> list[str]:
    goals = []
    if s.municipality is not None:
        goals.append("dekkend_netwerk")
    if "intervisie" in s.roles or "training" in s.roles:
        goals.append("samenwerking")
    if s.setting == "huisartsenpraktijk" or "zelfregiegroep" in s.roles or "Wachttijd" in s.title:
        goals.append("dure_zorg_voorkomen")
    if "Werving" in s.title:
        goals.append("groei_pool")
    return goals or ["dekkend_netwerk"]


def _join(names: list[str]) -> str:
    if len(names) <= 1:
        return "".join(names)
    return ", ".join(names[:-1]) + " en " + names[-1]
