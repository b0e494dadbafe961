"""The collector identifies its operator: a contact URL or email in the User-Agent."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import ClassVar

import pytest

from licite.collector.review import fetch_terms
from licite.collector.settings import CONTACT_URL, crawl_settings, user_agent
from licite.core.errors import ConfigError
from licite.services.collect import _contact


@pytest.mark.parametrize(
    "contact",
    ["https://firm.example/robots", "mailto:dpo@firm.example", "dpo@firm.example"],
)
def test_the_operator_s_contact_is_in_the_user_agent(contact: str) -> None:
    agent = user_agent(contact)
    assert agent.startswith("licite/") and f"(+{contact})" in agent


def test_default_contact_is_licite_s_collector_page() -> None:
    assert f"(+{CONTACT_URL})" in user_agent()


@pytest.mark.parametrize("contact", ["call me", "ftp://firm.example", "a b@c.d", "x)"])
def test_a_contact_nobody_can_use_is_refused(contact: str) -> None:
    with pytest.raises(ConfigError, match="URL or an email"):
        user_agent(contact)


def test_contact_comes_from_the_option_then_the_environment(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("LICITE_CONTACT", "https://env.example/contact")
    assert _contact(None) == "https://env.example/contact"
    assert _contact("dpo@firm.example") == "dpo@firm.example"
    monkeypatch.delenv("LICITE_CONTACT")
    assert _contact(None) is None


def test_crawl_settings_carry_the_user_agent(tmp_path: Path) -> None:
    settings = crawl_settings(
        sources=str(tmp_path / "s.toml"), names=[], db="sqlite://", run_id="r",
        allow_private=False, max_pages=None, contact="dpo@firm.example",
    )  # fmt: skip
    assert settings["USER_AGENT"].endswith("(+dpo@firm.example)")


class _Recorder(BaseHTTPRequestHandler):
    agents: ClassVar[list[str]] = []

    def do_GET(self) -> None:
        _Recorder.agents.append(self.headers.get("User-Agent", ""))
        body = b"<html><body><p>Conditions d'utilisation.</p></body></html>"
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def terms_server() -> Iterator[str]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Recorder)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/cgu.html"
    server.shutdown()
    server.server_close()


def test_the_terms_review_sends_the_operator_s_user_agent(terms_server: str) -> None:
    page = fetch_terms(terms_server, allow_private=True, agent=user_agent("dpo@firm.example"))
    assert "Conditions" in page.text
    assert _Recorder.agents[-1].endswith("(+dpo@firm.example)")
