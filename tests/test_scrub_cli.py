"""The real ``licite scrub`` and ``licite lists`` commands, run as subprocesses."""

from __future__ import annotations

import json
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


def test_scrub_and_lists_commands(tmp_path: Path) -> None:
    db = str(tmp_path / "licite.db")
    contacts = tmp_path / "contacts.csv"
    contacts.write_text("id;tel;courriel\n1;06 12 34 56 78;a@b.fr\n2;07 00 00 00 01;c@d.fr\n")
    listed = tmp_path / "optout.csv"
    listed.write_text("+33612345678\n")
    assert licite("db", "upgrade", "--db", db).returncode == 0
    imported = licite("lists", "import", str(listed), "--db", db)
    assert (
        imported.returncode == 0 and "1 distinct values stored as keyed hashes" in imported.stdout
    )
    assert "optout" in licite("lists", "show", "--db", db).stdout
    out = tmp_path / "out"
    done = licite("scrub", str(contacts), "--against", "optout", "--db", db, "--out", str(out),
                  "--lang", "fr")  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert "Exclues" in done.stdout and "séparateur ';'" in done.stdout
    assert "Sorties: enregistrements recopiés tels quels" in done.stdout
    summary = json.loads((out / "summary.json").read_text())
    assert summary["counts"] == {"in": 2, "clean": 1, "excluded": 1, "rejected": 0}
    assert (summary["written_by"], summary["copy_given_up"]) == ("copy", None)


def test_scrub_says_how_its_outputs_were_written_in_both_languages(tmp_path: Path) -> None:
    contacts = tmp_path / "contacts.csv"
    contacts.write_text("id,tel\n1,0612345678\n2,0700000001\n")
    listed = tmp_path / "optout.csv"
    listed.write_text("0612345678\n")
    said = {}
    for lang, safe in (("en", []), ("fr", ["--spreadsheet-safe"])):
        done = licite("scrub", str(contacts), "--against", str(listed), "--out",
                      str(tmp_path / lang), "--lang", lang, *safe)  # fmt: skip
        assert done.returncode == 0, done.stderr
        said[lang] = [line for line in done.stdout.splitlines() if line.startswith(("Out", "Sor"))]
    assert said == {"en": ["Outputs: records copied as they are"],
                    "fr": ["Sorties: réécrites par DuckDB"]}  # fmt: skip


@pytest.mark.parametrize(
    ("args", "code", "message"),
    [
        (["scrub", "{missing}", "--against", "{list}", "--out", "{out}"], 2, "no such file"),
        (["scrub", "{empty}", "--against", "{list}", "--out", "{out}"], 2, "0 bytes"),
        (["scrub", "{contacts}", "--against", "{empty}", "--out", "{out}"], 2, "0 bytes"),
        (["scrub", "{contacts}", "--against", "{list}", "--phone", "mobile", "--out", "{out}"], 2,
         "no column 'mobile'"),
        (["lists", "import", "{list}", "--type", "nonsense", "--db", "{db}"], 3,
         "unknown list type"),
    ],
)  # fmt: skip
def test_errors_have_clear_messages_and_exit_codes(
    tmp_path: Path, args: list[str], code: int, message: str
) -> None:
    paths = {"missing": tmp_path / "nope.csv", "empty": tmp_path / "empty.csv",
             "contacts": tmp_path / "c.csv", "list": tmp_path / "l.csv", "out": tmp_path / "out",
             "db": tmp_path / "x.db"}  # fmt: skip
    paths["empty"].write_bytes(b"")
    paths["contacts"].write_text("id,tel\n1,0612345678\n")
    paths["list"].write_text("0612345678\n")
    done = licite(*[a.format(**{k: str(v) for k, v in paths.items()}) for a in args])
    assert done.returncode == code, done.stderr
    assert message in done.stderr
    assert not (tmp_path / "out" / "summary.json").exists()


@pytest.mark.parametrize(
    ("lang", "words"),
    [("fr", ["Lignes lues", "séparateur ','", "Valeurs invalides: phone: 845 682"]),
     ("en", ["Rows read", "delimiter ','", "Invalid values: phone: 845 682"])],
)  # fmt: skip
def test_the_summary_speaks_the_language_and_spaces_every_count(
    capsys: pytest.CaptureFixture[str], lang: str, words: list[str]
) -> None:
    from licite.cli.scrub import print_summary
    from licite.services.scrub import ScrubSummary

    summary = ScrubSummary(
        "contacts.csv", "csv", "utf-8", ",", {"phone": "phone"}, ["bloctel"],
        rows_in=10_000_000, clean=7_175_942, excluded=2_824_058, by_list={"bloctel": 2_824_058},
        invalid_values={"phone": 845_682},
    )  # fmt: skip
    print_summary(summary, lang)
    shown = capsys.readouterr().out
    for word in words:
        assert word in shown
    assert shown.count("2 824 058") == 2 and "2824058" not in shown
