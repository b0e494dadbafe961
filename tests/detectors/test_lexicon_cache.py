"""The built lexicon kept on disk: read back only when everything it depends on is unchanged,
never trusted when damaged or foreign, and never needed (off, unwritable: built as before)."""

from __future__ import annotations

import dataclasses
import os
import pickle
from pathlib import Path

import pytest

from licite.detectors import lexicon_cache
from licite.detectors.lexicon import Entry, Lexicon, _load
from licite.detectors.lexicon_cache import CACHE_ENV, cache_dir, cached


class Counter:
    """A build that counts its calls."""

    def __init__(self, value: object = "built") -> None:
        self.calls = 0
        self.value = value

    def __call__(self) -> object:
        self.calls += 1
        return self.value


@pytest.fixture
def folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    path = tmp_path / "cache"
    monkeypatch.setenv(CACHE_ENV, str(path))
    return path


def test_second_process_reads_what_the_first_load(folder: Path) -> None:
    build = Counter()
    assert cached("t", [b"a"], str, build) == "built"
    assert cached("t", [b"a"], str, build) == "built"
    assert build.calls == 1
    (written,) = folder.iterdir()
    assert written.name.startswith("t-") and written.suffix == ".pickle"
    if hasattr(os, "getuid"):
        assert folder.stat().st_mode & 0o777 == 0o700


@pytest.mark.parametrize("other", [[b"b"], [b"a", b""], [b"", b"a"], [b"ab"]])
def test_any_change_of_the_inputs_is_a_miss(folder: Path, other: list[bytes]) -> None:
    build = Counter()
    cached("t", [b"a"], str, build)
    cached("t", other, str, build)
    assert build.calls == 2


@pytest.mark.parametrize(
    "content",
    [b"", b"not a pickle", pickle.dumps(42), pickle.dumps("built")[:-3]],
    ids=["empty", "garbage", "other-kind", "truncated"],
)
def test_a_damaged_or_foreign_file_is_rebuilt_and_replaced(folder: Path, content: bytes) -> None:
    build = Counter()
    cached("t", [b"a"], str, build)
    (written,) = folder.iterdir()
    written.write_bytes(content)
    assert cached("t", [b"a"], str, build) == "built"
    assert build.calls == 2
    assert pickle.loads(written.read_bytes()) == "built"


@pytest.mark.parametrize("value", ["off", "OFF", "", "0"])
def test_turned_off(value: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(CACHE_ENV, value)
    monkeypatch.chdir(tmp_path)
    build = Counter()
    cached("t", [b"a"], str, build)
    cached("t", [b"a"], str, build)
    assert build.calls == 2 and cache_dir() is None
    assert list(tmp_path.iterdir()) == []


def test_default_folder_follows_xdg(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.delenv(CACHE_ENV, raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    assert cache_dir() == tmp_path / "licite"


@pytest.mark.skipif(not hasattr(os, "getuid"), reason="no file owners on this system")
def test_a_folder_others_may_write_is_neither_read_nor_written(folder: Path) -> None:
    build = Counter()
    cached("t", [b"a"], str, build)
    folder.chmod(0o777)
    (written,) = folder.iterdir()
    written.write_bytes(pickle.dumps("planted"))
    assert cached("t", [b"a"], str, build) == "built"
    assert pickle.loads(written.read_bytes()) == "planted"  # left alone, not trusted


@pytest.mark.skipif(not hasattr(os, "getuid"), reason="no file owners on this system")
def test_a_file_others_may_write_is_not_read(folder: Path) -> None:
    build = Counter()
    cached("t", [b"a"], str, build)
    (written,) = folder.iterdir()
    written.write_bytes(pickle.dumps("planted"))
    written.chmod(0o666)
    assert cached("t", [b"a"], str, build) == "built"


def test_an_unwritable_place_only_costs_the_build(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("a file where the folder should be")
    monkeypatch.setenv(CACHE_ENV, str(blocker / "cache"))
    build = Counter()
    assert cached("t", [b"a"], str, build) == "built"
    assert cached("t", [b"a"], str, build) == "built"
    assert build.calls == 2


def test_no_partial_file_is_left_when_writing_fails(
    folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def refuse(*_: object, **__: object) -> None:
        raise OSError("disk full")

    monkeypatch.setattr(lexicon_cache.os, "replace", refuse)
    assert cached("t", [b"a"], str, Counter()) == "built"
    assert list(folder.iterdir()) == []


def test_a_lexicon_read_back_equals_the_one_load(folder: Path) -> None:
    categories = ("genetic", "biometric")
    build = Counter(_load(categories))
    first = cached("lexicon", [b"k"], Lexicon, build)
    second = cached("lexicon", [b"k"], Lexicon, build)
    assert build.calls == 1
    assert second is not first and second == first


def test_every_field_of_an_entry_survives_the_round_trip() -> None:
    """Entries are rebuilt through ``__init__`` (see ``Entry.__reduce__``): none left out."""
    entry = Entry(("sex_life", "health"), "trait", "en", "Husband to", frozenset({"a"}),
                  frozenset({"b"}), not_title=True, partner="to_m", needs="member",
                  leave=True)  # fmt: skip
    assert pickle.loads(pickle.dumps(entry)) == entry
    assert len(entry.__reduce__()[1]) == len(dataclasses.fields(Entry))
    lexicon = _load(("genetic",))
    assert len(lexicon.__reduce__()[1]) == len(dataclasses.fields(Lexicon))


def test_code_that_cannot_be_read_means_no_cache(
    folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Run from a zip archive or a frozen build, the code is not a file to hash: the lexicon
    is built as before and nothing is written."""
    from licite.detectors import lexicon, terms

    monkeypatch.setattr(terms, "__file__", str(folder / "missing.py"))
    built = lexicon.load.__wrapped__(("genetic",))
    assert isinstance(built, Lexicon) and built.sizes["genetic"]["fr"] > 0
    assert not folder.exists()
