"""Write the sample opposition lists used by ``make run`` (deterministic, from contacts.csv).

- ``suppression.csv``: the agency's own suppression list (plain layout: numbers and emails,
  no header, mixed notations), people who asked the agency to stop;
- ``bloctel-result.csv``: a Bloctel answer in the ``numero;statut`` layout for the sample's
  consumers already marked listed plus three more, all listed, checked 2026-11-20;
- ``brevo-blocklist.csv``: an email platform's blocklist export (``EMAIL;SMS`` columns);
- ``sirene-stock.csv``: a few lines of INSEE's StockUniteLegale (``P``: partial diffusion).

Every value comes from the invented sample or uses reserved fiction ranges and domains.

    python samples/lists/generate.py
"""

from __future__ import annotations

import csv
from pathlib import Path

HERE = Path(__file__).parent
CONTACTS = HERE.parent / "contacts.csv"


def national(phone: str) -> str:
    digits = "".join(ch for ch in phone if ch.isdigit())
    return "0" + digits[2:] if digits.startswith("33") else digits


def main() -> None:
    with CONTACTS.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    ordinary = [r for r in rows if r["phone"] and not r["bloctel_listed"] and "-" in r["id"]]
    consumers = [r for r in ordinary if r["audience"] == "consumer"]
    suppression = [consumers[i]["phone"] for i in (3, 9)] + [ordinary[i]["email"] for i in (5, 17)]
    suppression = [value.upper() if "@" in value else value for value in suppression if value]
    (HERE / "suppression.csv").write_text("\n".join(suppression) + "\n", encoding="utf-8")
    listed = [r["phone"] for r in rows if r["bloctel_listed"] == "true"]
    listed += [consumers[i]["phone"] for i in (1, 12, 25)]
    lines = ["numero;statut"] + [f"{national(p)};inscrit" for p in listed]
    (HERE / "bloctel-result.csv").write_text("\n".join(lines) + "\n", encoding="utf-8")
    emails = [r["email"] for r in ordinary if r["email"]][30:33]
    lines = ["EMAIL;SMS"] + [f"{e};" for e in emails] + [f";{national(consumers[40]['phone'])}"]
    (HERE / "brevo-blocklist.csv").write_text("\n".join(lines) + "\n", encoding="utf-8")
    sirens = sorted({r["sirene_siren"] for r in rows if r["sirene_siren"]})
    lines = ["siren,statutDiffusionUniteLegale,denominationUniteLegale"]
    lines += [f"{s},{'P' if i % 2 == 0 else 'O'},{'' if i % 2 == 0 else 'SOCIETE EXEMPLE'}"
              for i, s in enumerate(sirens)]  # fmt: skip
    (HERE / "sirene-stock.csv").write_text("\n".join(lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
