"""Conformance: TDMRep cases and robots.txt cases of shared/reference, read in place.

robots.txt goes through the same path as the crawl (licite.collector.optouts.parse_robots,
then Protego, on a URL percent-encoded the way Scrapy sends it). Cases where Protego differs
from Google's parser are listed below by id, each explained in docs/collect.md; the test
fails if the set changes either way, so a Protego upgrade is noticed.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st
from scrapy.http import Response, TextResponse
from w3lib.url import safe_url_string

from licite.collector import tdmrep
from licite.collector.optouts import parse_robots, read_robots

REFERENCE = Path(__file__).resolve().parents[3] / "shared" / "reference"
TDMREP = REFERENCE / "tdmrep"
ROBOTS = REFERENCE / "robotstxt"
#: EPUB and PDF metadata: licite only uses HTML pages (other documents are not read at all).
NOT_READ = {"epub2_opf", "epub3_opf", "pdf_xmp"}

#: (file, case id, expectation index) where Protego answers differently from Google's parser.
PROTEGO_DIFFERS = {
    ("cases", "ID_LineSyntax_Groups_OtherRules-03", 0),
    *{("cases", f"ID_UserAgentValueCaseInsensitive-{n:02d}", 0) for n in (2, 4, 6, 8, 10, 12)},
    ("cases", "GoogleOnly_AcceptUserAgentUpToFirstSpace-01", 0),
    ("cases", "GoogleOnly_AcceptUserAgentUpToFirstSpace-02", 0),
    ("cases", "ID_Encoding-03", 0),
    ("cases", "ID_Encoding-05", 0),
    ("cases", "ID_Encoding-06", 0),
    ("spec", "correctness/non-ascii-paths#2", 1),
    ("spec", "correctness/non-ascii-paths#3", 1),
    ("spec", "correctness/non-ascii-paths#4", 0),
    ("spec", "correctness/user-agent-name#1", 0),
    ("spec", "correctness/user-agent-name#1", 1),
    *{("spec", f"correctness/user-agent-name#{n}", i) for n in (2, 3, 4) for i in (2, 3)},
    ("spec", "stress/327748#1", 5),
    *{("spec", "stress/369883#1", i) for i in (5, 6, 7, 8, 9)},
    ("spec", "stress/701159#1", 3),
    ("spec", "stress/860237#1", 9),
}


def _load(path: Path) -> Any:
    if not path.exists():
        pytest.skip(f"{path} is not beside the repository (shared/reference)")
    return json.loads(path.read_text("utf-8"))


def _tdm_step(step: dict[str, Any], url: str) -> tdmrep.Declared:
    kind = step["kind"]
    if kind == "http_headers":
        return tdmrep.from_headers(step["headers"])
    if kind == "html":
        return tdmrep.from_html(step.get("html") or (TDMREP / step["file"]).read_text("utf-8"))
    body = step["json"] if "json" in step else (TDMREP / step["file"]).read_text("utf-8")
    return tdmrep.from_file(tdmrep.parse_file(body), url)


def _tdm_cases() -> list[Any]:
    path = TDMREP / "cases.json"
    cases = json.loads(path.read_text("utf-8"))["cases"] if path.exists() else []
    return [pytest.param(c, id=c["id"]) for c in cases]


@pytest.mark.parametrize("case", _tdm_cases())
def test_tdmrep_case(case: dict[str, Any]) -> None:
    given = case["input"]
    if given["kind"] in NOT_READ:
        pytest.skip("EPUB/PDF metadata: licite reads only HTML pages")
    url = given.get("url", "https://example.com/")
    steps = given["steps_in_processing_order"] if given["kind"] == "layered" else [given]
    verdict = tdmrep.decide(*(_tdm_step(step, url) for step in steps))
    expected = {True: True, False: False, "unset": None}[case["expected"]["tdm_reservation"]]
    assert verdict.reserved is expected
    assert verdict.effective_policy == case["expected"]["tdm_policy"]


def test_tdmrep_cases_are_there() -> None:
    assert len(_load(TDMREP / "cases.json")["cases"]) >= 40


def _robots_expectations() -> list[tuple[str, str, int, str, dict[str, Any]]]:
    found = []
    for case in _load(ROBOTS / "cases.json")["cases"]:
        found.append(("cases", case["id"], 0, case["robots_txt"], case))
    for test in _load(ROBOTS / "spec_test_cases.json")["tests"]:
        if "robots_txt" not in test:
            continue  # bodies that are not UTF-8: robots.txt is read as UTF-8 (RFC 9309 §2.3)
        for index, expectation in enumerate(test["expectations"]):
            found.append(("spec", test["id"], index, test["robots_txt"], expectation))
    return found


def test_robots_txt_cases_match_google_except_the_documented_ones() -> None:
    differs = set()
    expectations = _robots_expectations()
    for file, case_id, index, body, expectation in expectations:
        url = safe_url_string(expectation["url"]) if expectation["url"] else "http://x/"
        allowed = parse_robots(body).allows(url, expectation["user_agent"])
        if allowed != expectation["expected_allowed"]:
            differs.add((file, case_id, index))
    assert len(expectations) > 500
    assert differs == PROTEGO_DIFFERS


@pytest.mark.parametrize(
    ("outcome", "label", "allowed"),
    [
        (TextResponse("http://x/robots.txt", status=200, body=b"User-agent: *\nDisallow: /"),
         "parsed", False),
        (TextResponse("http://x/robots.txt", status=404), "unavailable", True),
        (TextResponse("http://x/robots.txt", status=503), "unreachable", False),
        (ConnectionRefusedError(), "unreachable", False),
    ],
)  # fmt: skip
def test_robots_txt_fetch_outcomes_per_rfc_9309(
    outcome: Response | Exception, label: str, allowed: bool
) -> None:
    robots = read_robots(outcome)
    assert robots.label == label and robots.allows("http://x/page") is allowed


def test_crawl_delay_for_licite() -> None:
    robots = parse_robots("User-agent: licite\nCrawl-delay: 2.5\nAllow: /\n")
    assert robots.delay() == 2.5 and parse_robots("").delay() == 0.0


_declared = st.builds(
    tdmrep.Declared,
    st.sampled_from([True, False, None]),
    st.sampled_from([None, "https://a.example/p.json", "https://b.example/p.json"]),
)


@given(st.lists(_declared, max_size=4))
def test_tdmrep_later_values_supersede_and_absent_ones_keep(steps: list[tdmrep.Declared]) -> None:
    verdict = tdmrep.decide(*steps)
    reservations = [s.reserved for s in steps if s.reserved is not None]
    policies = [s.policy for s in steps if s.policy is not None]
    assert verdict.reserved == (reservations[-1] if reservations else None)
    assert verdict.policy == (policies[-1] if policies else None)
    assert verdict.effective_policy is None or verdict.reserved is True
