"""Fixture sites for the collector: the bundled samples and edge cases, served on 127.0.0.1."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from collector_sites import EDGE_SOURCES, HERE, SAMPLES, render
from samples.sites.server import serving

from licite.store.migrate import upgrade


@pytest.fixture(scope="module")
def sites(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Path, Path]]:
    """Copies of the sample and edge sites, served; yields (sources file, copy of samples)."""
    tmp = tmp_path_factory.mktemp("sites")
    samples, edge = tmp / "samples", tmp / "edge"
    shutil.copytree(SAMPLES, samples, ignore=shutil.ignore_patterns("*.py", "*.sh", "*.toml"))
    shutil.copytree(HERE / "sites", edge)
    with serving(samples) as sample_urls, serving(edge) as edge_urls:
        text = render((SAMPLES / "sources.toml").read_text("utf-8"), sample_urls, samples)
        text += render(EDGE_SOURCES, edge_urls, edge)
        path = tmp / "sources.toml"
        path.write_text(text, "utf-8")
        yield path, samples


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> str:
    url = f"sqlite:///{tmp_path_factory.mktemp('store') / 'licite.db'}"
    upgrade(url)
    return url
