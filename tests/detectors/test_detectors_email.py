from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from licite.detectors.email import CATEGORIES, DETECTOR, detect, might_match, validate


@pytest.mark.parametrize(
    ("text", "found", "score"),
    [
        # plain addresses: dots, plus, hyphen, underscore; trailing punctuation left out
        ("Écrire à jean.dupont+promo@gmail.com.", "jean.dupont+promo@gmail.com", 0.95),
        ("contact: Jean-Marie_L@acme-services.co.uk)", "Jean-Marie_L@acme-services.co.uk", 0.95),
        ("<marie@example.org>", "marie@example.org", 0.95),
        ("MAIL: INFO@BOULANGERIE.FR;", "INFO@BOULANGERIE.FR", 0.95),
        ("mailto:a@b.io?subject=x", "a@b.io", 0.95),
        # internationalised domain and local part (RFC 6531)
        ("élodie@société.fr", "élodie@société.fr", 0.95),
        ("x@xn--socit-esab.fr", "x@xn--socit-esab.fr", 0.95),
        # obfuscations common in ads: lower score
        ("jean [at] gmail [dot] com", "jean [at] gmail [dot] com", 0.6),
        ("jean(at)gmail.com", "jean(at)gmail.com", 0.6),
        ("jean (@) gmail.com", "jean (@) gmail.com", 0.6),
        ("JEAN {AT} FREE {DOT} FR", "JEAN {AT} FREE {DOT} FR", 0.6),
        ("jean arobase gmail point com", "jean arobase gmail point com", 0.6),
        ("jean.d arobase orange.fr", "jean.d arobase orange.fr", 0.6),
        ("write to jean at gmail dot com today", "jean at gmail dot com", 0.6),
        ("jean @ gmail.com", "jean @ gmail.com", 0.6),
    ],
)
def test_addresses_are_found(text: str, found: str, score: float) -> None:
    findings = detect(text, field="bio")
    assert [(f.text, f.score) for f in findings] == [(found, score)]
    finding = findings[0]
    assert text[finding.start : finding.end] == found
    assert (finding.category, finding.detector, finding.field) == ("email", DETECTOR, "bio")
    assert finding.about_person
    assert "email address" in finding.explanation


@pytest.mark.parametrize(
    "text",
    [
        "logo@2x.png et icon@3x.webp",  # image file names
        "ftp://user@ftp.example.com/file",  # a URL's user, not a mailbox
        "suivez-nous @jean.dupont sur Instagram",  # a handle
        "meet me at example.com",  # bare "at" without a spelled-out dot
        "I'll be at home, see you",  # bare "at", no domain
        "jean@localhost",  # no top-level domain
        "jean@gmail.c0m",  # digits in the top-level domain
        "a..b@example.com",  # empty label in the local part
        "@example.com",
        "prix 12 € @ la pièce",
        "chat et arobase seuls",
        "",
    ],
)
def test_non_addresses_are_not_found(text: str) -> None:
    assert detect(text) == []


def test_two_addresses_and_no_overlap() -> None:
    text = "a@b.fr, c [at] d [dot] fr et e@f.fr@g.fr"
    assert [f.text for f in detect(text)] == ["a@b.fr", "c [at] d [dot] fr", "e@f.fr"]


def test_validate_and_prefilter() -> None:
    assert validate("jean@example.com")
    assert not validate("logo@2x.png")
    assert not validate("jean@")
    assert might_match("x@y.fr")
    assert might_match("jean arobase free point fr")
    assert not might_match("Artisan menuisier à Lyon, devis gratuit.")
    assert frozenset({"email"}) == CATEGORIES


_LABEL = st.text("abcdefghijklmnopqrstuvwxyz0123456789", min_size=1, max_size=12)


@given(
    local=st.lists(_LABEL, min_size=1, max_size=3).map(".".join),
    domain=st.lists(_LABEL, min_size=1, max_size=3).map(".".join),
    tld=st.sampled_from(["fr", "com", "org", "paris", "io"]),
)
def test_generated_addresses_are_found_with_their_exact_span(
    local: str, domain: str, tld: str
) -> None:
    address = f"{local}@{domain}.{tld}"
    text = f"Contact : {address}, merci."
    findings = detect(text)
    assert [(f.start, f.end) for f in findings] == [(10, 10 + len(address))]
