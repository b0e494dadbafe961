"""The SSRF guard's address and host checks, and the terms text, hash and clause finder."""

from __future__ import annotations

import asyncio
import ipaddress

import pytest
from hypothesis import given
from hypothesis import strategies as st

from licite.collector.ssrf import address_refusal, addresses_refusal, host_refusal, resolve
from licite.collector.terms import find_clauses, terms_sha256, terms_text


@pytest.mark.parametrize(
    ("address", "refused", "refused_when_allowed"),
    [
        ("93.184.216.34", False, False),
        ("2606:2800:220:1::1", False, False),
        ("127.0.0.1", True, False),
        ("::1", True, False),
        ("10.1.2.3", True, False),
        ("172.16.0.1", True, False),
        ("192.168.1.1", True, False),
        ("169.254.169.254", True, False),  # cloud metadata
        ("fe80::1", True, False),
        ("100.64.0.1", True, True),  # carrier-grade NAT: never the operator's own network
        ("::ffff:127.0.0.1", True, False),  # IPv4-mapped loopback
        ("0.0.0.0", True, True),
        ("224.0.0.1", True, True),
        ("240.0.0.1", True, False),  # reserved; Python counts it as private
    ],
)
def test_addresses(address: str, refused: bool, refused_when_allowed: bool) -> None:
    ip = ipaddress.ip_address(address)
    assert (address_refusal(ip, allow_private=False) is not None) is refused
    assert (address_refusal(ip, allow_private=True) is not None) is refused_when_allowed


@given(st.ip_addresses(network="10.0.0.0/8") | st.ip_addresses(network="fc00::/7"))
def test_private_networks_are_always_refused(address: ipaddress.IPv4Address) -> None:
    assert address_refusal(address, allow_private=False)


def test_every_resolved_address_must_pass() -> None:
    assert addresses_refusal(["93.184.216.34", "10.0.0.1"], False)
    assert addresses_refusal([], False) == "the host name does not resolve"
    assert addresses_refusal(["93.184.216.34"], False) is None


@pytest.mark.parametrize(
    ("url", "ok"),
    [("http://a.example/x", True), ("http://A.example/x", True), ("http://b.example/", False),
     ("http://a.example:8080/", False), ("file:///etc/passwd", False)],
)  # fmt: skip
def test_only_declared_hosts(url: str, ok: bool) -> None:
    assert (host_refusal(url, {"a.example"}) is None) is ok


def test_terms_hash_ignores_markup_but_not_wording() -> None:
    page = b"<html><body><h1>CGU</h1><p>Texte  des\n conditions.</p></body></html>"
    restyled = b"<html><head><script>track()</script></head><body class='x'><h1>CGU</h1>" \
        b"<p>Texte des conditions.</p></body></html>"  # fmt: skip
    reworded = page.replace(b"Texte", b"Nouveau texte")
    assert terms_sha256(terms_text(page)) == terms_sha256(terms_text(restyled))
    assert terms_sha256(terms_text(page)) != terms_sha256(terms_text(reworded))
    assert terms_text(b"plain\n\n text ", "text/plain") == "plain\ntext"


@pytest.mark.parametrize(
    ("sentence", "term"),
    [
        ("Toute extraction des données est interdite.", "extraction"),
        ("L'aspiration du site est interdite.", "aspiration"),
        ("La collecte automatisée est prohibée.", "collecte automatisée"),
        ("Toute réutilisation commerciale est interdite.", "réutilisation commerciale"),
        ("Scraping of this website is forbidden.", "scraping"),
        ("No robots or spiders may access the site.", "robots"),
        ("Commercial use of listings requires a licence.", "commercial use"),
    ],
)
def test_clauses_are_found(sentence: str, term: str) -> None:
    (clause,) = find_clauses(f"Bienvenue sur le site. {sentence} Merci de votre visite.")
    assert clause.text == sentence and term in clause.terms


def test_harmless_terms_have_no_clause() -> None:
    assert find_clauses("Les annonces sont publiées par leurs auteurs. Bonne visite !") == []


def test_host_names_are_resolved_and_every_address_checked() -> None:
    addresses = asyncio.run(resolve("localhost", 80))
    assert "127.0.0.1" in addresses or "::1" in addresses
    assert addresses_refusal(addresses, allow_private=False)
    assert addresses_refusal(addresses, allow_private=True) is None
    assert asyncio.run(resolve("[::1]", 80)) == ["::1"]
