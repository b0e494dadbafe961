"""``licite collect`` and ``licite source review`` as a user runs them (the installed script)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

LICITE = Path(sys.executable).with_name("licite")


def licite(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(LICITE), *args], capture_output=True, text=True, timeout=120, check=False
    )


@pytest.fixture(scope="module", autouse=True)
def _installed() -> None:
    if not LICITE.exists():
        pytest.skip(f"the licite script is not installed next to {sys.executable}")


def test_review_without_verdict_only_reads(sites: tuple[Path, Path], store: str) -> None:
    done = licite("source", "review", "Annuaire Démo des artisans", "--sources", str(sites[0]),
                  "--db", store, "--allow-private", "--lang", "fr")  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert "réutilisation commerciale" in done.stdout and "Non enregistré" in done.stdout


def test_review_refuses_loopback_without_the_switch(sites: tuple[Path, Path], store: str) -> None:
    done = licite("source", "review", "Edge", "--sources", str(sites[0]), "--db", store)
    assert done.returncode == 3 and "SSRF" in done.stderr


def test_collect_reports_with_a_page_cap(sites: tuple[Path, Path], store: str) -> None:
    done = licite("collect", str(sites[0]), "--source", "Edge", "--max-pages", "2", "--db", store,
                  "--allow-private", "--delay", "0")  # fmt: skip
    assert done.returncode == 0, done.stderr
    out = " ".join(done.stdout.split())
    assert "Pages fetched │ 2 │" in out
    assert "Links not followed: page cap │ 8 │" in out  # the index and 1 of its 9 links
    assert "Edge: collected" in out


@pytest.mark.parametrize(
    ("args", "code", "message"),
    [(["--source", "Nope"], 2, "no source named 'Nope'"), (["--max-pages", "0"], 3, "at least 1")],
)
def test_collect_usage_errors(
    sites: tuple[Path, Path], store: str, args: list[str], code: int, message: str
) -> None:
    done = licite("collect", str(sites[0]), "--db", store, *args)
    assert done.returncode == code and message in done.stderr


def test_collect_needs_an_initialised_store(sites: tuple[Path, Path], tmp_path: Path) -> None:
    done = licite("collect", str(sites[0]), "--db", str(tmp_path / "none.db"))
    assert done.returncode == 3 and "secret" in done.stderr.lower()
