"""Source declarations: the spec's example reads; each bad field is named with file and source."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from licite.collector.sources import load_sources, parse_sources
from licite.core.enums import Audience, SourceType
from licite.core.errors import InputError

SPEC = Path(__file__).resolve().parents[3] / "shared" / "spec" / "sources-format.md"

GOOD = """
[[source]]
name = "Annonces"
type = "classified_ads"
start_urls = ["https://annonces.example/immobilier"]
audience = "consumer"
[source.terms]
url = "https://annonces.example/cgu"
[source.extract.fields]
phone = "a[href^='tel:']::attr(href)"
[source.profile]
purpose = "commercial_prospecting"
keep = ["phone"]
"""


def test_the_spec_example_is_read() -> None:
    if not SPEC.exists():
        pytest.skip("shared/spec/sources-format.md is not beside the repository")
    block = re.search(r"```toml\n(.*?)```", SPEC.read_text("utf-8"), re.S)
    assert block
    text = block.group(1).replace('sha256 = "…"', 'sha256 = "' + "a" * 64 + '"')
    (source,) = parse_sources(text, "spec.toml")
    assert source.type is SourceType.CLASSIFIED_ADS and source.audience is Audience.CONSUMER
    assert source.terms.verdict == "allows" and str(source.terms.reviewed_at) == "2026-11-20"
    assert source.profile.keep == ("name", "phone", "postal_code")
    assert source.origins == {"annonces.example"}
    assert source.extract.record == "article.annonce" and source.extract.schema_org


@pytest.mark.parametrize(
    ("change", "field", "message"),
    [
        (('type = "classified_ads"', 'type = "scraped"'), "type", "must be one of"),
        (('audience = "consumer"', ""), "audience", "is required"),
        (('start_urls = ["https://annonces.example/immobilier"]', "start_urls = []"),
         "start_urls", "at least one"),
        (("https://annonces.example/immobilier", "ftp://x"), "start_urls", "http(s) URL"),
        (('url = "https://annonces.example/cgu"', 'url = "https://x"\nverdict = "maybe"'),
         "terms.verdict", "must be one of"),
        (('url = "https://annonces.example/cgu"', 'url = "https://x"\nsha256 = "abc"'),
         "terms.sha256", "64 lower-case hex"),
        (('url = "https://annonces.example/cgu"', 'url = "https://x"\nreviewed_at = "hier"'),
         "terms.reviewed_at", "must be a date"),
        (('keep = ["phone"]', 'keep = "phone"'), "profile.keep", "must be a list"),
        (('keep = ["phone"]', "keep = [1]"), "profile.keep", "non-empty strings"),
        (('phone = "a', 'phone = 3\nx = "a'), "extract.fields.phone", "CSS selector"),
        (('name = "Annonces"\n', 'name = "Annonces"\nmax_pages = 0\n'), "max_pages", "at least 1"),
    ],
)  # fmt: skip
def test_bad_fields_are_located(change: tuple[str, str], field: str, message: str) -> None:
    text = GOOD.replace(*change)
    with pytest.raises(InputError) as caught:
        parse_sources(text, "mes-sources.toml")
    error = caught.value
    assert error.file == "mes-sources.toml" and error.field == field
    assert message in error.message and "'Annonces'" in error.message


@pytest.mark.parametrize(
    ("text", "message"),
    [("x = ", "not valid TOML"), ("title = 'x'", "declares no [[source]]"),
     (GOOD + GOOD, "declared twice")],
)  # fmt: skip
def test_bad_files_are_refused(text: str, message: str) -> None:
    with pytest.raises(InputError, match=re.escape(message)):
        parse_sources(text, "f.toml")


def test_load_picks_one_source_or_names_the_known_ones(tmp_path: Path) -> None:
    path = tmp_path / "s.toml"
    path.write_text(GOOD, "utf-8")
    assert [s.name for s in load_sources(path, only="Annonces")] == ["Annonces"]
    with pytest.raises(InputError, match="declared: 'Annonces'"):
        load_sources(path, only="Autre")
    with pytest.raises(InputError, match="cannot read"):
        load_sources(tmp_path / "absent.toml")
