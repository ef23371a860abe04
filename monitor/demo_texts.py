"""Dutch text fragments for the demo database (``monitor.demo_data``).

Notes are composed from these fragments: what happened, what made the difference (one fragment
per added-value tag of the codebook) and what it says about policy or provision. Everything is
invented, written in everyday language (inwoner, deelnemer), without names of residents and
without digits, so no fragment can look like a phone number, postcode, IBAN or BSN.
"""

from __future__ import annotations

# How a theme is named inside a sentence ("we hadden het over {thema}").
THEME_PHRASES: dict[str, list[str]] = {
    "verlies": ["rouw", "het gemis na een overlijden", "het verlies van een naaste"],
    "huiselijk_geweld": ["onveiligheid thuis", "spanningen thuis die uit de hand lopen"],
    "armoede_schulden": [
        "geldzorgen",
        "schulden",
        "de stapel ongeopende post",
        "rondkomen van weinig geld",
    ],
    "dakloosheid": [
        "geen vaste plek om te slapen",
        "bankslapen bij vrienden",
        "het kwijtraken van een woning",
    ],
    "psychische_kwetsbaarheid": [
        "somberheid en angst",
        "psychische klachten",
        "een zware periode in het hoofd",
    ],
    "lichamelijke_kwetsbaarheid": [
        "leven met een ziekte",
        "een lichaam dat niet meer meewerkt",
        "chronische pijn",
    ],
    "verslaving": [
        "drinken",
        "het stoppen met gebruiken",
        "terugval na een periode zonder gebruik",
    ],
    "lvb": [
        "brieven die niemand begrijpt",
        "regels die te ingewikkeld zijn",
        "moeite met lezen en formulieren",
    ],
    "jongeren_somber": [
        "somberheid bij jongeren",
        "jongeren die zich terugtrekken",
        "niet meer naar school durven",
    ],
    "werk_meedoen": [
        "weer meedoen",
        "de weg terug naar werk",
        "een lange tijd zonder werk of dagbesteding",
    ],
    "gezin_opvoeding": [
        "zorgen om de kinderen",
        "opvoeden met weinig steun",
        "spanning in het gezin",
    ],
    "mantelzorg": [
        "de zorg voor een naaste",
        "mantelzorg die te zwaar wordt",
        "nooit eens vrij zijn van het zorgen",
    ],
    "trauma": [
        "oude ervaringen die steeds terugkomen",
        "wat iemand vroeger is overkomen",
        "onrust na een ingrijpende gebeurtenis",
    ],
    "eenzaamheid": [
        "eenzaamheid",
        "het gevoel er alleen voor te staan",
        "dagen zonder een gesprek",
    ],
    "stigma": [
        "schaamte",
        "het gevoel dat iedereen naar je kijkt",
        "het etiket dat je opgeplakt krijgt",
    ],
    "bestaansonzekerheid": [
        "onzekerheid over geld en wonen",
        "niet weten hoe de volgende maand eruitziet",
    ],
    "geen_netwerk": ["niemand om op terug te vallen", "een klein of verdwenen netwerk"],
    "verlies_rollen": ["geen taak meer hebben", "het verlies van werk en een plek in de buurt"],
}

SETTING_PHRASES: dict[str, str] = {
    "huisartsenpraktijk": "bij de huisartsenpraktijk",
    "buurthuis": "in het buurthuis",
    "bibliotheek": "in de bibliotheek",
    "inloophuis": "op de inloop",
    "gemeentehuis": "op het spreekuur in het gemeentehuis",
    "welzijn": "bij de welzijnsorganisatie",
    "thuis": "bij iemand thuis aan de keukentafel",
    "buiten": "buiten, tijdens een wandeling",
    "school": "op school",
    "sportclub": "bij de sportclub",
    "herstelacademie": "bij de herstelacademie",
    "online": "in een online gesprek",
}

WHEN = ["Vandaag", "Vanochtend", "Vanmiddag", "Gisteren", "Deze week", "Vorige week", "Vanavond"]

# (phrase, grammatical gender: "m", "v" or "" when either fits)
PERSONS: list[tuple[str, str]] = [
    ("een vrouw", "v"),
    ("een man", "m"),
    ("een jonge moeder", "v"),
    ("een oudere man", "m"),
    ("een oudere vrouw", "v"),
    ("een jongen", "m"),
    ("een jonge vrouw", "v"),
    ("een vader", "m"),
    ("iemand", ""),
    ("een inwoner", ""),
    ("een deelnemer", ""),
    ("een buurtbewoner", ""),
]

# Pronouns for the person a note is about: {Hij} {hij} {hem} {zijn} in the fragments.
PRONOUNS: dict[str, dict[str, str]] = {
    "m": {"Hij": "Hij", "hij": "hij", "hem": "hem", "zijn": "zijn"},
    "v": {"Hij": "Ze", "hij": "ze", "hem": "haar", "zijn": "haar"},
}

# What happened, per activity type. Placeholders: {when} {person} {plek} {thema}.
OPENINGS: dict[str, list[str]] = {
    "een_op_een": [
        "{when} sprak ik {person} {plek}. We hadden het vooral over {thema}.",
        "{when} had ik een lang gesprek met {person} over {thema}.",
        "{person_cap} belde of we konden afspreken. {when} zaten we {plek} en ging het over {thema}.",
        "Ik ben {when_lower} met {person} {plek} geweest. Het gesprek begon over het weer en kwam uit bij {thema}.",
        "{when} liep ik een stuk mee met {person}. Onderweg ging het over {thema}.",
        "Voor de derde keer afgesproken met {person}. {when} ging het over {thema}, iets wat eerder niet ter sprake kwam.",
        "{person_cap} was via de praktijkondersteuner bij mij terechtgekomen. {when} spraken we over {thema}.",
        "{when} ging ik met {person} mee naar een afspraak over {thema}; alleen gaan was te spannend.",
    ],
    "groep": [
        "{when} was de groep {plek} weer bij elkaar. Het onderwerp was {thema}.",
        "In de groep {plek} kwam {when_lower} {thema} op tafel.",
        "{when} begonnen we een nieuwe reeks bijeenkomsten {plek}, over {thema}.",
        "De groep {plek} was {when_lower} voller dan anders. We spraken over {thema}.",
        "{when} deelden deelnemers in de groep hun ervaringen met {thema}.",
        "Tijdens de groepsbijeenkomst {plek} ging het {when_lower} over {thema}.",
    ],
    "inloop": [
        "{when} was het druk {plek}. Aan de koffietafel ging het al snel over {thema}.",
        "{plek_cap} kwam {when_lower} {person} voor het eerst binnen en bleef de hele ochtend.",
        "Rustige ochtend {plek}. {person_cap} raakte aan de praat over {thema}.",
        "{when} schoof {person} aan tafel {plek}, eerst zwijgend, later over {thema}.",
        "Op de inloop waren {when_lower} veel vaste gezichten en een paar nieuwe. Het ging vaak over {thema}.",
        "{when} stond de deur open {plek}. Een paar mensen bleven hangen en praatten over {thema}.",
    ],
    "zelfregiegroep": [
        "{when} kwam de herstelgroep {plek} bij elkaar. Het thema was {thema}.",
        "In de zelfregiegroep ging het {when_lower} over {thema}. Iemand deelde voor het eerst haar verhaal.",
        "De herstelgroep draait nu een tijdje. {when} spraken we over {thema}.",
        "{when} leidde een deelnemer zelf een deel van de bijeenkomst. Het onderwerp was {thema}.",
        "Bij de zelfregiegroep {plek} was het {when_lower} stil, tot iemand begon over {thema}.",
    ],
    "training": [
        "{when} gaf ik samen met een collega voorlichting {plek} over {thema}.",
        "{when} een training gegeven aan consulenten van de gemeente, over {thema} en hoe je naast iemand staat.",
        "De voorlichting {plek} ging {when_lower} over {thema}. Er kwamen veel vragen.",
        "{when} vertelde ik mijn eigen verhaal tijdens een training over {thema}.",
        "Een groep wijkteamleden kreeg {when_lower} een training van ons over {thema}.",
    ],
    "intervisie": [
        "{when} intervisie gehad met ervaringsdeskundigen van andere organisaties. Het ging over {thema}.",
        "In de intervisie bespraken we {when_lower} hoe je omgaat met {thema} als het dichtbij je eigen verhaal komt.",
        "{when} intervisie met professionals uit de wijk. We zochten samen naar wat helpt bij {thema}.",
        "Bij de intervisie {when_lower} bracht ik een situatie in over {thema}.",
    ],
    "advies": [
        "{when} schoof ik aan bij een overleg van de gemeente over {thema}.",
        "{when} mocht ik meedenken over nieuw beleid rond {thema}.",
        "Op verzoek van een beleidsadviseur {when_lower} meegelezen met een plan over {thema}.",
        "{when} zat ik aan tafel bij een werkgroep over {thema}, als gesprekspartner vanuit ervaring.",
    ],
    "initiatief": [
        "{when} verder gebouwd aan het nieuwe initiatief {plek}, rond {thema}.",
        "Het plan voor een nieuwe ontmoetingsplek krijgt vorm. {when} spraken we met buurtbewoners over {thema}.",
        "{when} een eerste bijeenkomst georganiseerd {plek}. Doel: een plek waar {thema} bespreekbaar is.",
        "Met een bewonersinitiatief {when_lower} overlegd hoe we samen iets kunnen doen aan {thema}.",
    ],
}

# What made the difference, one list per added-value tag (codebook data/added_value_tags.csv).
DIFFERENCE: dict[str, list[str]] = {
    "laagdrempelig": [
        "Omdat er geen formulier op tafel lag, durfde {hij} het gewoon te vertellen.",
        "{Hij} zei dat {hij} nooit naar een loket was gegaan, maar hier wel binnenliep.",
        "Soms is één zin al genoeg: toen ik zei dat ik het ken, kwam het gesprek los.",
        "We spraken dezelfde taal en dat maakte het makkelijk om moeilijke dingen te zeggen.",
    ],
    "vertrouwen": [
        "Het vertrouwen kwam toen ik vertelde dat ik zelf ook zo'n periode heb gehad.",
        "Pas na een paar keer koffie drinken durfde {hij} te vertellen wat er echt speelde.",
        "{Hij} zei dat {hij} zich veilig voelde omdat ik niets hoefde op te schrijven.",
    ],
    "bescheiden": [
        "Ik deed eigenlijk weinig, ik was er gewoon. Toch zei {hij} achteraf dat het veel betekende.",
        "Het was maar een kleine stap, een telefoontje samen plegen, maar voor {hem} was het enorm.",
        "Mijn rol was klein: meelopen en luisteren. Dat bleek genoeg.",
    ],
    "erkenning": [
        "{Hij} zei: eindelijk iemand die snapt hoe het is. {Hij} voelde zich niet meer de enige.",
        "Herkenning in de groep deed meer dan welk advies ook.",
        "{Hij} huilde toen iemand anders hetzelfde verhaal vertelde. Niet van verdriet, maar van opluchting.",
    ],
    "gelijkwaardig": [
        "We zaten naast elkaar, niet tegenover elkaar. {Hij} bepaalde het tempo.",
        "Ik was er niet als hulpverlener maar als iemand die hetzelfde heeft meegemaakt.",
        "Het ging om {zijn} verhaal en {zijn} keuzes, niet om wat ik dacht dat goed was.",
    ],
    "wederkerig": [
        "Ik leerde net zoveel van {hem} als {hij} van mij. {Hij} gaf mij een tip die ik zelf ga gebruiken.",
        "Aan het eind zei {hij} dat {hij} volgende keer zelf koffie zet voor de nieuwe mensen.",
        "Het werd een gesprek over en weer, halen en brengen.",
    ],
    "authentiek": [
        "Ik hoefde geen rol te spelen. Gewoon mezelf zijn werkte beter dan een methode.",
        "{Hij} zei dat het voelde als praten met een buurvrouw, niet met een instantie.",
    ],
    "presentie": [
        "Ik bleef langer dan gepland, omdat het gesprek daarom vroeg.",
        "Er zijn was belangrijker dan iets oplossen. We zaten er gewoon samen.",
        "{Hij} had niemand nodig die iets regelde, wel iemand die bleef.",
    ],
    "empathie": [
        "De professionals zeiden achteraf dat ze beter begrijpen waarom mensen afhaken.",
        "Ik merkte dat de consulent anders ging kijken toen ik vertelde hoe het voelt aan de andere kant van de tafel.",
    ],
    "normalisering": [
        "We hadden het ook gewoon over voetbal en de tuin. {Hij} is meer dan {zijn} problemen.",
        "Door er luchtig over te praten werd het minder zwaar. Iedereen heeft wel iets.",
        "{Hij} merkte dat {hij} niet gek is, maar dat {hij} iets heeft meegemaakt.",
    ],
    "openheid": [
        "Toen ik iets van mijn eigen verhaal vertelde, ging het gesprek open.",
        "Mijn openheid over mijn eigen terugval maakte dat {hij} ook durfde te vertellen.",
        "Doordat ik eerlijk was over mijn eigen schaamte, viel er iets van {hem} af.",
    ],
    "client_volgend": [
        "Ik had geen plan klaarliggen. We volgden wat {hij} belangrijk vond.",
        "Er was geen doel dat gehaald moest worden, en dat gaf ruimte.",
    ],
    "onafhankelijk": [
        "Omdat ik niet van de gemeente ben, durfde {hij} eerlijk te zijn over wat niet lukt.",
        "{Hij} zei dat {hij} bij mij niet bang was dat er iets in een dossier kwam.",
        "Zonder tijdsdruk kon {hij} in {zijn} eigen tempo vertellen.",
    ],
    "ervaringskennis": [
        "Wat ik zelf heb geleerd over kleine stapjes, kon ik hier goed gebruiken.",
        "In de intervisie merkten we dat onze ervaringen op elkaar lijken. Dat wordt kennis die we kunnen delen.",
    ],
    "reflectie": [
        "Door samen terug te kijken zag {hij} zelf wat {hem} eerder heeft geholpen.",
        "{Hij} ontdekte dat {hij} al veel meer doet dan {hij} dacht.",
        "Ik stelde vooral vragen. De antwoorden had {hij} zelf al.",
    ],
    "handvatten": [
        "Ik liet zien hoe ik zelf mijn post sorteer in drie bakjes. Dat wil {hij} thuis ook proberen.",
        "Een praktische tip over hoe je een gesprek met de woningcorporatie voorbereidt hielp meteen.",
        "We maakten samen een lijstje van wat wel lukt op een slechte dag.",
    ],
    "hoop": [
        "{Hij} zei dat het {hem} hoop gaf om te zien dat ik het ook heb gered.",
        "Dat ik nu dit werk doe, was voor {hem} het bewijs dat het beter kan worden.",
        "Iemand in de groep zei: als jij het kunt, kan ik het misschien ook.",
    ],
    "herstelperspectief": [
        "We hadden het over wat er wel weer kan. Herstel gaat met vallen en opstaan.",
        "{Hij} voelde zich voor het eerst niet afgeschreven.",
    ],
    "empowerment": [
        "{Hij} heeft zelf de volgende afspraak gemaakt, zonder mij.",
        "{Hij} gaat nu zelf de inloop openen op woensdag. Dat had {hij} een half jaar geleden niet gedacht.",
        "{Hij} ontdekte dat {hij} meer kan dan {hij} dacht, en wil nu zelf anderen helpen.",
    ],
    "woordkeuze": [
        "Ik sprak niet over klachten of stoornissen, maar over hoe het gaat. Dat maakte verschil.",
        "De woorden uit de brief van de instantie schrokken {hem} af. In gewone taal snapte {hij} het meteen.",
    ],
}

# What it says about policy or provision. Placeholders: {thema} {gemeente}.
POLICY: list[str] = [
    "Wat mij opvalt: er is weinig plek waar je zonder afspraak terechtkunt als het gaat om {thema}.",
    "Dit zegt iets over hoe ingewikkeld de weg naar ondersteuning is in {gemeente}.",
    "Het aanbod is er wel, maar mensen weten het niet te vinden.",
    "Een vaste, open plek in de buurt zou hier veel helpen.",
    "De brieven van instanties zijn voor veel mensen onbegrijpelijk. Dat kan eenvoudiger.",
    "Het helpt als consulenten weten dat wij er zijn. Nu lopen mensen soms onnodig lang rond.",
    "Ik denk dat dit soort gesprekken zwaardere hulp later kan voorkomen.",
    "Mensen haken af zodra er een intake of formulier komt. Dat is een drempel die we moeten benoemen.",
    "In {gemeente} ontbreekt een plek in de avond, voor mensen die overdag werken.",
    "Het zou goed zijn als de huisarts vaker naar ons verwijst.",
    "Dit past niet in een hokje van de regels, en daardoor valt iemand tussen wal en schip.",
    "Gesprekken over {thema} komen pas los als er vertrouwen is. Daar is in het aanbod weinig tijd voor.",
    "Ik neem dit mee naar de intervisie, want ik hoor het vaker.",
    "Goed om te weten voor de gemeente: de drempel zit niet in het aanbod zelf, maar in de eerste stap.",
    "Voor {gemeente} zou het helpen als wijkteam en pool elkaar beter kennen.",
    "Het vervoer naar het aanbod is een probleem in de kleine kernen.",
    "Zonder deze plek was {hij} waarschijnlijk pas in beeld gekomen als het echt mis was gegaan.",
    "Het laat zien dat ondersteuning naast de zorg echt iets toevoegt.",
]

# Trending sentences: probability of use rises (or falls) over the years (see demo_data).
TRENDS: dict[str, list[str]] = {
    "wachtlijst": [
        "{Hij} staat al maanden op een wachtlijst en weet niet waar {hij} in de tussentijd heen kan.",
        "De wachtlijst voor hulp is zo lang dat mensen in de tussentijd vastlopen.",
        "{Hij} zei dat de wachtlijst het wachten zelf tot een probleem maakt.",
        "Steeds vaker hoor ik dat iemand op een wachtlijst staat en intussen niemand heeft.",
    ],
    "energierekening": [
        "De energierekening is voor {hem} het grootste zorgpunt op dit moment.",
        "{Hij} durft de verwarming niet aan te zetten uit angst voor de energierekening.",
        "Na de nieuwe energierekening weet {hij} niet hoe {hij} de maand doorkomt.",
    ],
    "eenzaamheid_jongeren": [
        "Opvallend vaak gaat het over eenzaamheid onder jongeren; ze zitten veel alleen op hun kamer.",
        "Eenzaamheid onder jongeren zie ik steeds vaker, ook bij jongeren die wel op school zitten.",
        "De school merkt het ook: eenzaamheid onder jongeren is groter dan ze dachten.",
    ],
    "corona": [
        "Sinds corona komt {hij} bijna de deur niet meer uit.",
        "{Hij} is sinds corona veel contacten kwijtgeraakt.",
    ],
}

# The same trends, told as a collective observation in a wij-verhaal.
WIJ_TRENDS: dict[str, list[str]] = {
    "wachtlijst": [
        "We horen steeds vaker dat mensen maanden op een wachtlijst staan en in de tussentijd niemand hebben.",
        "De wachtlijst voor hulp komt in bijna elke gemeente terug in onze gesprekken.",
    ],
    "energierekening": [
        "De energierekening komt in bijna elk gesprek over geld terug.",
        "Meer inwoners vertellen ons dat ze de energierekening niet meer kunnen betalen.",
    ],
    "eenzaamheid_jongeren": [
        "Eenzaamheid onder jongeren zien we in meerdere gemeenten toenemen.",
        "Scholen en jongerenwerkers vertellen ons hetzelfde: eenzaamheid onder jongeren groeit.",
    ],
    "corona": [
        "Sinds corona zijn veel mensen hun vaste contacten kwijtgeraakt.",
    ],
}

# Extra reflection an author keeps to herself or himself (visibility "eigen").
OWN_REFLECTION: list[str] = [
    "Voor mezelf: dit raakte me meer dan ik had verwacht. Ik neem het mee naar de intervisie.",
    "Ik merk dat ik moe ben na dit soort gesprekken. Goed om op te letten.",
    "Het kwam dichtbij mijn eigen verhaal. Ik heb er achteraf met een collega over gebeld.",
    "Notitie voor mezelf: de volgende keer eerder stoppen, het werd te lang.",
]

# Collective stories (wij-verhalen).
WIJ_OPENINGS: list[str] = [
    "In de intervisie merkten we dat we allemaal hetzelfde zien rond {thema}.",
    "Wat we als pool de afgelopen tijd zien in verschillende gemeenten: {thema} speelt overal.",
    "Als we onze verhalen over {thema} naast elkaar leggen, valt iets op.",
    "Samen terugkijkend op de afgelopen maanden zien we een patroon rond {thema}.",
    "Uit meerdere gesprekken en groepen komt hetzelfde beeld naar voren over {thema}.",
]

WIJ_PATTERNS: list[str] = [
    "Mensen zoeken pas hulp als het al heel lang niet goed gaat, vaak uit schaamte.",
    "Inwoners haken af bij de eerste intake, maar blijven wel komen op een open plek.",
    "Het eerste contact loopt bijna altijd via iemand die ze al kennen: een buurvrouw, de huisarts, de bibliotheek.",
    "Wat mensen helpt is niet het advies, maar iemand die het zelf heeft meegemaakt en blijft.",
    "Veel inwoners hebben meerdere zorgen tegelijk, en het aanbod is per zorg georganiseerd.",
    "Deelnemers die een tijd meedoen, gaan vaak zelf iets betekenen voor nieuwe mensen.",
    "De kleine kernen hebben weinig plekken waar je zomaar binnen kunt lopen.",
    "Mensen zijn bang dat wat ze vertellen gevolgen heeft voor hun uitkering of woning.",
]

WIJ_MEANING: list[str] = [
    "Wij denken dat juist de gelijkwaardigheid het verschil maakt: niemand zit tegenover je.",
    "Wat wij toevoegen is tijd en herkenning, iets wat in de reguliere zorg vaak ontbreekt.",
    "Onze ervaring is dat hoop besmettelijk is: als één deelnemer vooruitgaat, trekt dat anderen mee.",
    "We merken dat een open plek zonder formulieren meer mensen bereikt dan een extra loket.",
    "Onze kracht zit in het er zijn, ook als er niets op te lossen valt.",
]

WIJ_POLICY: list[str] = [
    "Wij vragen de gemeenten om te kijken naar de drempels bij de eerste stap.",
    "Ons advies: investeer in vaste open plekken in de buurt, ook in de kleine kernen.",
    "We willen dit graag bespreken met de begeleidingsgroep, omdat het beleid raakt.",
    "Dit signaal nemen we mee naar het volgende contractgesprek.",
    "Wij denken dat betere samenwerking met wijkteams en huisartsen hier veel oplost.",
]

# Signals: titles and descriptions per signal type; {thema} (the theme label, lower case) and
# {gemeente} are filled in.
SIGNAL_TEXTS: dict[str, list[tuple[str, str]]] = {
    "trend": [
        (
            "Meer vragen over {thema}",
            "Ervaringsdeskundigen horen de laatste maanden duidelijk vaker over {thema}. Het gaat om inwoners die het eerder nog redden, maar nu vastlopen.",
        ),
        (
            "Wachtlijsten schuiven door naar de sociale basis",
            "Inwoners die op een wachtlijst staan, zoeken in de tussentijd steun op de inloop. Daar gaat het vaak over {thema}.",
        ),
        (
            "Energierekening drukt zwaar",
            "Op verschillende plekken gaat het gesprek over de energierekening. Mensen besparen op eten en verwarming en trekken zich terug.",
        ),
        (
            "Eenzaamheid onder jongeren neemt toe",
            "Op scholen en in de online groep zien we meer jongeren die zich alleen voelen, vaak samen met {thema}.",
        ),
        (
            "Nieuwe groep bezoekers op de inloop",
            "Er komen meer werkende inwoners met {thema} op de inloop. Zij vallen buiten het bestaande aanbod.",
        ),
    ],
    "aanbod_gemist": [
        (
            "Geen avondinloop in {gemeente}",
            "Werkende inwoners met {thema} kunnen overdag niet komen. Er is in {gemeente} geen plek in de avond.",
        ),
        (
            "Geen vervolg na de herstelgroep",
            "Deelnemers die de herstelgroep afronden, vallen daarna in een gat. Er is geen vervolg dichtbij huis.",
        ),
        (
            "Vervoer naar aanbod ontbreekt",
            "In de kleine kernen kunnen inwoners met {thema} het aanbod niet bereiken zonder eigen vervoer.",
        ),
        (
            "Geen plek voor jongeren na schooltijd",
            "Jongeren met {thema} hebben na schooltijd geen laagdrempelige plek om naartoe te gaan.",
        ),
        (
            "Steun voor mantelzorgers ontbreekt in het weekend",
            "Mantelzorgers vertellen dat ze juist in het weekend vastlopen, als alles dicht is.",
        ),
    ],
    "knelpunt_beleid": [
        (
            "Formulieren schrikken af",
            "Het intakeformulier houdt inwoners met {thema} weg. Ze haken af voordat er een gesprek is geweest.",
        ),
        (
            "Brieven zijn onbegrijpelijk",
            "Brieven over toeslagen en terugvorderingen zijn voor veel inwoners niet te begrijpen. Dat leidt tot schulden die voorkomen hadden kunnen worden.",
        ),
        (
            "Regels rond bijverdienen remmen meedoen",
            "Inwoners met een uitkering durven geen vrijwilligerswerk of kleine baan aan te nemen uit angst voor korting.",
        ),
        (
            "Doorverwijzen duurt te lang",
            "Tussen het eerste gesprek en passende ondersteuning zitten maanden. In die tijd verergert {thema}.",
        ),
        (
            "Postadres voor mensen zonder woning",
            "Mensen zonder vaste woonplek krijgen moeilijk een postadres. Daardoor missen ze brieven en lopen schulden op.",
        ),
    ],
    "onbedoelde_uitsluiting": [
        (
            "Alles digitaal sluit mensen uit",
            "Aanvragen kunnen alleen nog online. Inwoners met {thema} of weinig digitale vaardigheden vallen daardoor buiten de boot.",
        ),
        (
            "Aanbod alleen met indicatie",
            "Voor een deel van het aanbod is een indicatie nodig. Inwoners die geen etiket willen, komen er niet in.",
        ),
        (
            "Taal als drempel",
            "Inwoners die het Nederlands minder goed beheersen, vinden de weg naar ondersteuning bij {thema} niet.",
        ),
        (
            "Openingstijden passen niet bij werkenden",
            "Het spreekuur is alleen op werkdagen overdag. Werkende inwoners met {thema} kunnen daardoor niet komen.",
        ),
    ],
    "goed_voorbeeld": [
        (
            "Huisarts en herstelgroep werken samen",
            "De praktijkondersteuner verwijst naar de herstelgroep. Deelnemers doen daarna minder vaak een beroep op de praktijk.",
        ),
        (
            "Bibliotheek als open plek",
            "De inloop in de bibliotheek werkt: mensen komen binnen zonder dat iemand weet waarvoor. Het gaat daar vaak over {thema}.",
        ),
        (
            "Deelnemers openen zelf de inloop",
            "Vaste bezoekers van de inloop in {gemeente} openen nu zelf een ochtend per week.",
        ),
        (
            "Consulenten vragen ervaringsdeskundige mee",
            "Consulenten in {gemeente} vragen vaker een ervaringsdeskundige mee naar een eerste gesprek over {thema}.",
        ),
        (
            "Sportclub als vindplek",
            "Via de sportclub bereiken we inwoners die nooit naar een loket zouden gaan.",
        ),
    ],
}

SIGNAL_RESPONSES: dict[str, list[str]] = {
    "trend": [
        "Herkenbaar. De gemeenten nemen dit mee in de analyse voor de regiovisie en vragen de pool om in de volgende rapportage verhalen aan te leveren.",
        "Dank voor het signaal. De beleidsgroep bespreekt of extra inzet op dit thema nodig is.",
        "We zien dit ook in de cijfers van de schuldhulp. Er komt een gezamenlijke bijeenkomst met de pool.",
    ],
    "aanbod_gemist": [
        "De gemeente onderzoekt samen met welzijn of een avondinloop mogelijk is.",
        "Dit is opgepakt in het overleg met de welzijnsorganisatie. Er start een proef met een vervolggroep.",
        "Helaas is er dit jaar geen budget. Het signaal wordt meegenomen in de begroting voor volgend jaar.",
    ],
    "knelpunt_beleid": [
        "Het formulier wordt herzien. De pool wordt gevraagd mee te lezen met de nieuwe versie.",
        "De brieven worden samen met ervaringsdeskundigen herschreven in eenvoudige taal.",
        "Dit valt onder landelijke regels. De gemeenten brengen het in bij het landelijke overleg.",
    ],
    "onbedoelde_uitsluiting": [
        "Er komt weer een fysiek spreekuur, één dagdeel per week.",
        "De gemeenten kijken of een deel van het aanbod zonder indicatie toegankelijk kan worden.",
        "Goed punt. In de volgende aanbesteding wordt toegankelijkheid expliciet meegenomen.",
    ],
    "goed_voorbeeld": [
        "Mooi voorbeeld. We delen dit in de beleidsgroep zodat andere gemeenten ervan kunnen leren.",
        "Dit voorbeeld wordt opgenomen in de halfjaarrapportage als werkwijze die werkt.",
    ],
}

SUB_ASSIGNMENT_GOALS: dict[str, list[str]] = {
    "een_op_een": [
        "Inwoners die niet of nauwelijks bereikt worden, hebben iemand die naast hen staat.",
        "Inwoners zetten zelf een volgende stap, in hun eigen tempo.",
    ],
    "groep": [
        "Deelnemers vinden herkenning en steun bij elkaar.",
        "Een vaste groep waar inwoners zonder indicatie terechtkunnen.",
    ],
    "inloop": [
        "Een open plek waar inwoners zonder afspraak binnenlopen.",
        "Vaste bezoekers nemen anderen mee en helpen zelf mee.",
    ],
    "zelfregiegroep": [
        "Een herstelgroep die op termijn door deelnemers zelf wordt gedragen.",
        "Deelnemers werken aan hun eigen herstel, met steun van elkaar.",
    ],
    "training": [
        "Professionals kennen de pool en weten wat ervaringskennis toevoegt.",
        "Minder stigma door verhalen uit eigen ervaring.",
    ],
    "intervisie": [
        "Ervaringsdeskundigen binnen en buiten de pool leren van elkaar.",
        "Persoonlijke ervaringen worden samen vertaald naar collectieve kennis.",
    ],
    "advies": [
        "Beleid en aanbod sluiten beter aan bij wat inwoners meemaken.",
        "Ervaringskennis heeft een vaste plek aan de beleidstafel.",
    ],
    "initiatief": [
        "Een nieuw lokaal initiatief dat past bij wat er in de buurt al is.",
        "Buurtbewoners dragen het initiatief samen met de pool.",
    ],
}

MONITORING_METHODS: list[str] = [
    "Verhalen van deelnemers en ervaringsdeskundigen, naast de aantallen uit de registratie",
    "Korte reflectie met de betrokken partners en de ervaringsdeskundigen",
    "Gesprek met deelnemers over wat het hen brengt, plus aantallen bijeenkomsten",
    "Evaluatie na elke reeks, met de verhalen die deelnemers willen delen",
    "Terugkijken in de intervisie en vastleggen als wij-verhaal",
]

ACCOUNTABILITY: list[str] = [
    "In de halfjaarrapportage, met verhalen en aantallen",
    "Mondeling in het contractgesprek en schriftelijk in de halfjaarrapportage",
    "Een korte notitie aan de gemeente na elk monitoringsmoment",
    "Jaarlijks gesprek met de gemeente en de partners",
]

SIGNS: dict[str, list[str]] = {
    "een_op_een": [
        "Inwoners maken zelf een volgende afspraak",
        "Consulenten en huisartsen verwijzen vaker naar de pool",
    ],
    "groep": [
        "Deelnemers komen terug en nemen anderen mee",
        "Deelnemers spreken elkaar ook buiten de groep",
    ],
    "inloop": [
        "Nieuwe gezichten op de inloop",
        "Bezoekers helpen zelf mee met koffie en ontvangst",
    ],
    "zelfregiegroep": [
        "Deelnemers leiden zelf een deel van de bijeenkomst",
        "De groep draait ook zonder ervaringsdeskundige",
    ],
    "training": [
        "Professionals vragen de pool vaker mee",
        "Deelnemers aan de training gebruiken andere woorden",
    ],
    "intervisie": [
        "Meer wij-verhalen uit de intervisie",
        "Collega's van andere organisaties sluiten vaker aan",
    ],
    "advies": [
        "Ervaringskennis is terug te zien in beleidsstukken",
        "De gemeente vraagt uit zichzelf om meedenken",
    ],
    "initiatief": ["Buurtbewoners nemen taken over", "Het initiatief heeft een vaste plek en naam"],
}

REFLECTIONS: list[str] = [
    "Het doel ({goal}) komt dichterbij: {observation}",
    "Teruggekeken op het doel ({goal}). {observation_cap}",
    "Samen met de partners gesproken over het doel ({goal}). {observation_cap}",
]

OBSERVATIONS: list[str] = [
    "er komen nieuwe mensen bij en vaste deelnemers nemen meer zelf op zich.",
    "het bereik groeit langzaam, maar de verhalen laten zien dat het aansluit.",
    "de zomer was rustig, daarna trok het weer aan.",
    "partners weten de pool beter te vinden; er komen meer vragen binnen.",
    "het lukt nog niet goed om jongeren te bereiken, daar zoeken we een andere plek voor.",
    "deelnemers noemen vooral de herkenning en het gelijkwaardige contact.",
    "we passen de werkwijze aan: minder vaste tijden, meer meelopen.",
    "de samenwerking met het wijkteam is beter geworden.",
    "het is nog te vroeg om veel te zeggen, de eerste signalen zijn positief.",
]

KICKOFF_STAKEHOLDERS: list[str] = [
    "Wmo-consulenten",
    "consulenten Participatiewet",
    "schuldhulpverlening",
    "welzijnsorganisatie",
    "huisartsen en praktijkondersteuners",
    "bibliotheek",
    "woningcorporatie",
    "bewonersinitiatief",
    "jongerenwerk",
    "adviesraad sociaal domein",
    "kerken en levensbeschouwelijke organisaties",
    "sportverenigingen",
]

NEED_TEXTS: list[str] = [
    "Behoefte aan {rol} rond {thema}, bij voorkeur {plek}.",
    "Partners vragen om {rol} voor inwoners met {thema}.",
    "Er is vraag naar {rol} {plek}, waar het vaak gaat over {thema}.",
    "Genoemd door meerdere partijen: {rol} rond {thema}.",
]

ROLE_PHRASES: dict[str, str] = {
    "een_op_een": "één-op-één contact",
    "groep": "een groep",
    "inloop": "een vrije inloop",
    "zelfregiegroep": "een zelfregie- of herstelgroep",
    "training": "voorlichting en training",
    "intervisie": "intervisie met professionals",
    "advies": "meedenken over beleid",
    "initiatief": "een nieuw initiatief",
}
