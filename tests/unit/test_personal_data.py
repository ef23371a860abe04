import pytest

from monitor import personal_data


@pytest.mark.parametrize(
    ("text", "kind", "found"),
    [
        ("Zijn BSN is 111222333 zei hij.", "bsn", "111222333"),
        ("bsn 123456782", "bsn", "123456782"),
        ("nummer 1234.56.782 op de brief", "bsn", "1234.56.782"),
        ("nummer 123 45 67 82 op de brief", "bsn", "123 45 67 82"),
        ("nummer 123 456 782", "bsn", "123 456 782"),
        ("Bel haar op 06-12345678 morgen", "telefoon", "06-12345678"),
        ("Bel haar op 0612345678", "telefoon", "0612345678"),
        ("mobiel: 06 12 34 56 78.", "telefoon", "06 12 34 56 78"),
        ("mobiel 06 1234 5678", "telefoon", "06 1234 5678"),
        ("via +31 6 12345678 bereikbaar", "telefoon", "+31 6 12345678"),
        ("via +31612345678", "telefoon", "+31612345678"),
        ("via +31 (0)6 1234 5678", "telefoon", "+31 (0)6 1234 5678"),
        ("via 0031 6 12345678", "telefoon", "0031 6 12345678"),
        ("vast nummer 077-1234567", "telefoon", "077-1234567"),
        ("vast nummer 077 123 45 67", "telefoon", "077 123 45 67"),
        ("Venray 0478-123456 bellen", "telefoon", "0478-123456"),
        ("bel (077) 123 45 67 morgen", "telefoon", "(077) 123 45 67"),
        ("bel (0478) 123456", "telefoon", "(0478) 123456"),
        ("via +31-6-12345678", "telefoon", "+31-6-12345678"),
        ("mobiel 06 - 12345678", "telefoon", "06 - 12345678"),
        ("mail jan.jansen@example.nl even", "email", "jan.jansen@example.nl"),
        ("MAIL: Piet+Test@Mail.Example.COM", "email", "Piet+Test@Mail.Example.COM"),
        ("rekening NL91ABNA0417164300 van", "iban", "NL91ABNA0417164300"),
        ("rekening NL91 ABNA 0417 1643 00 en meer", "iban", "NL91 ABNA 0417 1643 00"),
        ("Belgische BE68539007547034.", "iban", "BE68539007547034"),
        ("Duitse DE89 3704 0044 0532 0130 00", "iban", "DE89 3704 0044 0532 0130 00"),
        ("woont op 5911 AB 12", "adres", "5911 AB 12"),
        ("woont op 5911AB 12a", "adres", "5911AB 12a"),
        ("Markt 12, 5911AB Venlo", "adres", "12, 5911AB"),
        ("Markt 12 5911 AB", "adres", "12 5911 AB"),
        ("adres 5911ab 3", "adres", "5911ab 3"),
    ],
)
def test_guard_finds_each_kind_of_personal_data(text, kind, found):
    findings = personal_data.find(text)
    assert [(f.kind, f.text) for f in findings] == [(kind, found)]
    f = findings[0]
    assert text[f.start : f.end] == found


@pytest.mark.parametrize(
    "text",
    [
        "Ze kwam 3 keer langs en bleef 2 uur.",
        "Er waren 12 inwoners bij de inloop.",
        "Op 12-03-2025 om 10:30 begon de groep.",
        "Op 01-03-2025 10:30 begon de groep.",
        "Op 2025-03-12 was het druk; 12/03/2025 ook.",
        "De huur was € 250 en de toeslag €1.250,50 per maand.",
        "In 2024 en 2025 en 2026 groeide de inloop.",
        "Een budget van 250.000.000 is veel.",
        "Tussen 2025 EN 2026 veranderde veel.",
        "Tussen 10:30 en 12:00 uur, daarna 14.00-16.00 uur.",
        "Van de 1234 inwoners kwamen er 56 terug.",
        "We spraken met 20 mensen, 123456789 keer niets bijzonders.",
        "Groep 7 van school 12 deed mee; lokaal 3B.",
        "Het was 0,5 uur en 06:30 begon de dienst.",
        "Versie 1.2.3 van het formulier, artikel 12a lid 3.",
        "Postcodegebied 5911 is groot.",
        "NL91ABNA0417164301 is geen geldig nummer.",
        "Telefoonnummer 06-1234 is te kort.",
        "Stuur het naar de gemeente via het contactformulier.",
        "Percentage 28,47% en 1.234,5 uur.",
        "Op 08-12-2024 10:30 en (2025) 12 keer.",
        "Bijeenkomst (09:00) met 12 mensen, 3 (drie) keer.",
    ],
)
def test_guard_raises_no_false_alarm_on_ordinary_numbers(text):
    assert personal_data.find(text) == []


@pytest.mark.parametrize(
    ("digits", "valid"),
    [
        ("111222333", True),
        ("123456782", True),
        ("123456789", False),
        ("000000000", False),
        ("12345678", False),
    ],
)
def test_bsn_eleven_test(digits, valid):
    assert personal_data.bsn_valid(digits) is valid


@pytest.mark.parametrize(
    ("iban", "valid"),
    [
        ("NL91ABNA0417164300", True),
        ("NL02ABNA0123456789", True),
        ("NL91ABNA0417164301", False),
        ("NL91ABNA041716430", False),
        ("BE68539007547034", True),
    ],
)
def test_iban_mod_97(iban, valid):
    assert personal_data.iban_valid(iban) is valid


def test_refusal_message_names_what_and_where():
    messages = personal_data.refusals("Ze gaf me haar nummer: 06-12345678.")
    assert messages == [
        "Er lijkt een telefoonnummer in de tekst te staan (bij '06-12…'). Haal het weg: "
        "verhalen bevatten geen gegevens van inwoners."
    ]


def test_refusals_list_every_finding_in_order_and_name_the_field():
    text = "Mail a@b.nl of bel 0612345678, BSN 111222333."
    kinds = [f.kind for f in personal_data.find(text)]
    assert kinds == ["email", "telefoon", "bsn"]
    messages = personal_data.refusals(text, field="Titel van het signaal")
    assert len(messages) == 3
    assert messages[0].startswith("Titel van het signaal: Er lijkt een e-mailadres")


def test_iban_digits_are_not_also_reported_as_something_else():
    assert [f.kind for f in personal_data.find("NL91 ABNA 0417 1643 00")] == ["iban"]


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("De cliënt kwam binnen", ["cliënt"]),
        ("Twee patiënten en een Client", ["patiënten", "Client"]),
        ("Lotgenoten vonden elkaar", ["Lotgenoten"]),
        ("De inwoner kwam binnen; clientvolgend werken", []),
    ],
)
def test_clinical_words_get_a_gentle_suggestion_not_a_refusal(text, words):
    hints = personal_data.suggestions(text)
    assert len(hints) == len(words)
    for hint, word in zip(hints, words, strict=True):
        assert f"'{word}'" in hint
        assert "inwoner of deelnemer" in hint
    assert personal_data.find(text) == []
