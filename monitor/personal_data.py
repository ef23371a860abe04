"""The personal-data guard: find resident data (BSN, phone, e-mail, IBAN, address) in free text.

Notes and signals hold experiences, never data of residents. ``find`` returns what looks like
personal data with its position; ``refusals`` turns findings into Dutch messages; ``suggestions``
gives a gentle hint for clinical words (cliënt, patiënt) without refusing anything.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

KIND_LABELS: dict[str, str] = {
    "bsn": "een burgerservicenummer (BSN)",
    "telefoon": "een telefoonnummer",
    "email": "een e-mailadres",
    "iban": "een rekeningnummer (IBAN)",
    "adres": "een adres (postcode met huisnummer)",
}

# Country-specific IBAN lengths for the neighbours; other countries: 15-34 characters.
_IBAN_LENGTHS = {"NL": 18, "BE": 16, "DE": 22, "LU": 20, "FR": 27, "GB": 22}


@dataclass(frozen=True)
class Finding:
    """Something in the text that looks like personal data; ``start``/``end`` index the text."""

    kind: str
    start: int
    end: int
    text: str

    @property
    def label(self) -> str:
        return KIND_LABELS[self.kind]

    @property
    def snippet(self) -> str:
        """The first few characters, enough to find it back without repeating it in full."""
        return self.text[:5] + "…"

    def message(self) -> str:
        return (
            f"Er lijkt {self.label} in de tekst te staan (bij '{self.snippet}'). "
            "Haal het weg: verhalen bevatten geen gegevens van inwoners."
        )


_EMAIL = re.compile(r"(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}\b", re.IGNORECASE)

# Start of an IBAN: two capitals and two check digits; the rest is checked with mod-97.
_IBAN_START = re.compile(r"(?<![A-Za-z0-9])[A-Z]{2}\d{2}(?=[ ]?[A-Za-z0-9])")
_IBAN_BODY = re.compile(r"(?:[ ]?[A-Za-z0-9]){1,30}")

_BSN = re.compile(
    r"(?<![\d.,\-/:€$])"
    r"(\d{9}|\d{3}[ .]\d{2}[ .]\d{2}[ .]\d{2}|\d{4}[ .]\d{2}[ .]\d{3}|\d{3} \d{3} \d{3})"
    r"(?![\d\-/:]|[.,]\d)"
)

# Dutch phone numbers: 0 + 9 digits, +31/0031 + 9 digits, optional (0), spaces or one dash.
_PHONE = re.compile(
    r"(?<![\w+\-/.,:€(])"
    r"(?:(?:\+31|0031|0)(?:\s?\(0\))?(?:\s?-\s?|\s)?[1-9](?:(?:\s?-\s?|\s)?\d){8}"
    r"|\(0[1-9]\d{1,2}\)\s?\d(?:(?:\s?-\s?|\s)?\d){5,6})"  # (077) 123 45 67
    r"(?![\d:\-/]|[.,]\d)"
)

# Letter pairs that are not issued (SA, SD, SS) or that are ordinary words in shouted text.
_NOT_POSTCODE_LETTERS = "SA|SD|SS|EN|OF|IN|OP|OM|TE|DE|ER|IS|AL|NU|JE|WE|ZE|IK|AF|TOT"
_POSTCODE = (
    rf"[1-9]\d{{3}}(?:\s?(?!(?:{_NOT_POSTCODE_LETTERS})\b)[A-Z]{{2}}|(?!sa|sd|ss)[a-z]{{2}})"
)
_HOUSE_NUMBER = r"\d{1,4}(?:\s?[a-zA-Z](?![a-zA-Z]))?"
_ADDRESS = re.compile(
    rf"(?<![\w-])(?:{_POSTCODE}\s*,?\s*{_HOUSE_NUMBER}|{_HOUSE_NUMBER}\s*,?\s*{_POSTCODE})\b"
)

_CLINICAL = re.compile(
    r"\b(cli[eë]nt(?:en|e|es)?|pati[eë]nt(?:en|e|es)?|lotgeno(?:ot|ten))\b", re.IGNORECASE
)


def bsn_valid(digits: str) -> bool:
    """The 11-test (elfproef) of a burgerservicenummer: 9 digits, weights 9..2 and -1."""
    if len(digits) != 9 or not digits.isdigit() or digits == "000000000":
        return False
    total = sum(int(d) * w for d, w in zip(digits[:8], range(9, 1, -1), strict=True))
    total -= int(digits[8])
    return total % 11 == 0


def iban_valid(iban: str) -> bool:
    """ISO 13616 check: known length for the country and the mod-97 remainder is 1."""
    iban = iban.replace(" ", "").upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{11,30}", iban):
        return False
    expected = _IBAN_LENGTHS.get(iban[:2])
    if expected is not None and len(iban) != expected:
        return False
    rearranged = iban[4:] + iban[:4]
    number = "".join(str(int(ch, 36)) for ch in rearranged)
    return int(number) % 97 == 1


def _phone_digits_ok(text: str) -> bool:
    # Two dashes after a plain 0 look like a date (08-12-2024 10); +31-6-... is a number.
    if text.count("-") > (2 if text.startswith(("+", "00")) else 1):
        return False
    digits = re.sub(r"\D", "", text.replace("(0)", ""))
    if text.startswith("+31"):
        return len(digits) == 11
    if text.startswith("0031"):
        return len(digits) == 13
    return len(digits) == 10


def _ibans(text: str) -> list[Finding]:
    found = []
    for m in _IBAN_START.finditer(text):
        body = _IBAN_BODY.match(text, m.end())
        if body is None:
            continue
        candidate = text[m.start() : body.end()]
        # The body may have swallowed following words: try the longest valid prefix.
        for end in range(len(candidate), 14, -1):
            part = candidate[:end]
            if part.endswith(" ") or (
                m.start() + end < len(text) and text[m.start() + end].isalnum()
            ):
                continue
            if iban_valid(part):
                found.append(Finding("iban", m.start(), m.start() + end, part))
                break
    return found


def find(text: str) -> list[Finding]:
    """Everything in ``text`` that looks like personal data, in order of position."""
    found: list[Finding] = []
    found += [Finding("email", m.start(), m.end(), m.group()) for m in _EMAIL.finditer(text)]
    found += _ibans(text)
    found += [
        Finding("telefoon", m.start(), m.end(), m.group())
        for m in _PHONE.finditer(text)
        if _phone_digits_ok(m.group())
    ]
    found += [
        Finding("bsn", m.start(), m.end(), m.group())
        for m in _BSN.finditer(text)
        if bsn_valid(re.sub(r"\D", "", m.group()))
    ]
    found += [Finding("adres", m.start(), m.end(), m.group()) for m in _ADDRESS.finditer(text)]
    # One finding per stretch of text: an IBAN contains digits that could look like a BSN.
    found.sort(key=lambda f: (f.start, -(f.end - f.start)))
    kept: list[Finding] = []
    for f in found:
        if kept and f.start < kept[-1].end:
            continue
        kept.append(f)
    return kept


def refusals(text: str, field: str | None = None) -> list[str]:
    """Dutch messages for each finding; ``field`` names the box when it is not the story itself."""
    messages = [f.message() for f in find(text)]
    if field:
        messages = [f"{field}: {m}" for m in messages]
    return messages


def suggestions(text: str) -> list[str]:
    """Gentle hints for clinical words; never a reason to refuse."""
    words: list[str] = []
    for m in _CLINICAL.finditer(text):
        word = m.group()
        if word.lower() not in [w.lower() for w in words]:
            words.append(word)
    return [
        f"Je schrijft '{w}'. In de monitor zeggen we liever inwoner of deelnemer: gewone "
        "mensentaal, zonder labels. Pas het aan als je wilt."
        for w in words
    ]
