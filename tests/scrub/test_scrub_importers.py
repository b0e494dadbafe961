"""List files of every supported layout are read into values by kind; bad ones are refused."""

from __future__ import annotations

from pathlib import Path

import duckdb
import pytest

from licite.core.errors import InputError
from licite.scrub.importers import read_list


def write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("fmt", "text", "expected"),
    [
        ("plain", "0612345678\n+33 6 12 34 56 79\nA@B.fr\n",
         {"phone": ["0612345678", "+33 6 12 34 56 79"], "email": ["A@B.fr"]}),
        ("plain", "phone\n0612345678\n", {"phone": ["0612345678"]}),
        # Empty lines before the first value: no header (the first number is kept).
        ("plain", "\n\n0612345678\n0612345679\n", {"phone": ["0612345678", "0612345679"]}),
        ("plain", "\nphone\n0612345678\n", {"phone": ["0612345678"]}),
        ("brevo", "EMAIL;SMS\nX@Y.fr;33612345678\n",
         {"email": ["X@Y.fr"], "phone": ["33612345678"]}),
        ("mailchimp", "Email Address,First Name\nx@y.fr,Jo\n", {"email": ["x@y.fr"]}),
        ("sirene", "siren,statutDiffusionUniteLegale,denominationUniteLegale\n"
                   "123456789,P,\n987654321,O,ACME\n", {"siren": ["123456789"]}),
        ("bloctel", "numero;statut\n0612345678;inscrit\n0612345679;non inscrit\n",
         {"phone": ["0612345678", "0612345679"]}),
    ],
)  # fmt: skip
def test_layouts(tmp_path: Path, fmt: str, text: str, expected: dict[str, list[str]]) -> None:
    found = read_list(write(tmp_path, "list.csv", text), fmt)
    assert {kind: values.to_pylist() for kind, values in found.values.items()} == expected


def test_bloctel_status_column(tmp_path: Path) -> None:
    found = read_list(
        write(tmp_path, "r.csv", "numero;statut\n0612345678;1\n0612345679;0\n"), "bloctel"
    )
    assert found.listed["phone"].to_pylist() == [True, False]


@pytest.mark.parametrize(
    ("text", "fmt", "message"),
    [
        ("", "plain", "0 bytes"),
        ("0612345678,0612345679\n", "plain", "one column"),
        ("nom,ville\nJo,Aix\n", "plain", "no phone, email or SIREN column"),
        ("x\n", "nonsense", "unknown list format"),
    ],
)
def test_bad_lists(tmp_path: Path, text: str, fmt: str, message: str) -> None:
    with pytest.raises(InputError, match=message):
        read_list(write(tmp_path, "bad.csv", text), fmt)


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such list file"):
        read_list(tmp_path / "nope.csv")


def test_a_path_with_quotes_and_a_parquet_list(tmp_path: Path) -> None:
    """List files are read through SQL: a quote in the path must stay part of the name."""
    folder = tmp_path / 'l\'équipe "vente"'
    folder.mkdir()
    found = read_list(write(folder, "opt'out.csv", "phone\n0612345678\n"))
    assert found.values["phone"].to_pylist() == ["0612345678"]
    parquet = folder / "sirene.parquet"
    duckdb.sql(
        "SELECT * FROM (VALUES ('123456789', 'P'), ('987654321', 'O')) "
        "t(siren, statutDiffusionUniteLegale)"
    ).write_parquet(str(parquet))
    found = read_list(parquet, "sirene")
    assert (found.values["siren"].to_pylist(), found.rows) == (["123456789"], 1)
