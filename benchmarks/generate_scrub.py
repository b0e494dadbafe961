"""Seeded generator of realistic contact files and opposition lists for benchmarks/scrub.py.

Contacts (``id,first_name,last_name,phone,email,city``) are drawn from a pool of people
smaller than the file, so the same person comes back under another notation (duplicates).
Phones, per row: French mobiles and fixed lines in every usual notation (``0612345678``,
``06 12 34 56 78``, ``06.12…``, ``+33 6…``, ``+33(0)6…``, ``0033…``, ``33…`` without ``+``),
overseas departments in national notation (``0696…``), about 7 % foreign numbers (``+32``,
``+49``, ``+44 (0)…``, ``+1``, ``0041…``…), extensions (``poste 12``, ``ext. 5``), letters,
too-short numbers and junk (``N/A``, ``inconnu``), and empty cells. Emails vary in case and
carry stray spaces. The list holds numbers of about a third of the people (in its own
notations) plus numbers of nobody in the file; the email list, a few per cent of the people.

    python benchmarks/generate_scrub.py --count 1000000 --list-size 10000000 --out DIR
"""

from __future__ import annotations

import argparse
import csv
import random
from collections.abc import Callable, Iterator
from pathlib import Path

FIRST = [
    "Jean",
    "Marie",
    "Léa",
    "Lucas",
    "Chloé",
    "Hugo",
    "Inès",
    "Louis",
    "Emma",
    "Noé",
    "Zoé",
    "Jules",
    "Anaïs",
    "Karim",
    "Fatou",
    "Yanis",
    "Élodie",
    "Mathis",
    "Sarah",
    "Tom",
]
LAST = [
    "Martin",
    "Bernard",
    "Dubois",
    "Thomas",
    "Robert",
    "Richard",
    "Petit",
    "Durand",
    "Leroy",
    "Moreau",
    "Simon",
    "Laurent",
    "Lefèvre",
    "Michel",
    "Garcia",
    "N'Diaye",
]
CITIES = ["Paris", "Marseille", "Lyon", "Toulouse", "Nice", "Nantes", "Lille", "Aix-en-Provence"]
DOMAINS = ["example.com", "example.net", "exemple.fr", "mail.example", "courrier.example"]
#: (calling code, national significant number maker, national prefix used with (0))
FOREIGN: list[tuple[str, Callable[[random.Random], str], bool]] = [
    ("32", lambda r: f"4{r.randint(70, 99)}{r.randint(0, 999999):06d}", True),
    ("49", lambda r: f"15{r.randint(1, 9)}{r.randint(0, 99999999):08d}", True),
    ("44", lambda r: f"7{r.randint(400, 999)}{r.randint(0, 999999):06d}", True),
    ("1", lambda r: f"{r.randint(201, 989)}{r.randint(200, 999)}{r.randint(0, 9999):04d}", False),
    ("41", lambda r: f"7{r.randint(5, 9)}{r.randint(0, 9999999):07d}", True),
    ("34", lambda r: f"6{r.randint(0, 99999999):08d}", False),
    ("39", lambda r: f"3{r.randint(20, 99)}{r.randint(0, 9999999):07d}", False),
    ("212", lambda r: f"6{r.randint(0, 99999999):08d}", True),
    ("351", lambda r: f"9{r.choice('1236')}{r.randint(0, 9999999):07d}", False),
    ("31", lambda r: f"6{r.randint(0, 99999999):08d}", True),
]  # fmt: skip
OVERSEAS = ["0590", "0594", "0596", "0262", "0690", "0694", "0696", "0692", "0639"]
JUNK = ["N/A", "inconnu", "-", "0", "n° à venir", "voir email", "06 12", "+33", "1234",
        "0800-FLOWERS", "tel", "06 XX XX XX XX", "00000000000", "+999 123 456 789"]  # fmt: skip


def french(r: random.Random) -> str:
    """Nine national digits: mostly mobiles, some fixed lines and non-geographic numbers."""
    lead = r.choices("6712345989", weights=[40, 20, 8, 8, 8, 8, 4, 2, 1, 1])[0]
    return lead + f"{r.randint(0, 99999999):08d}"


def spaced(digits: str) -> str:
    return " ".join(digits[i : i + 2] for i in range(0, len(digits), 2))


def french_notation(r: random.Random, nsn: str) -> str:
    national = "0" + nsn
    pick = r.random()
    if pick < 0.30:
        return national
    if pick < 0.50:
        return spaced(national)
    if pick < 0.60:
        return ".".join(national[i : i + 2] for i in range(0, 10, 2))
    if pick < 0.67:
        return "+33 " + nsn[0] + " " + spaced(nsn[1:])
    if pick < 0.75:
        return "+33" + nsn
    if pick < 0.80:
        return "33" + nsn
    if pick < 0.84:
        return "0033" + nsn
    if pick < 0.87:
        return "+33 (0)" + spaced(nsn)
    if pick < 0.90:
        return "-".join(national[i : i + 2] for i in range(0, 10, 2))
    if pick < 0.93:
        return f" {national} "
    if pick < 0.96:
        return national + r.choice([" poste 12", " ext. 5", " (standard)", "#3"])
    return "Tél : " + spaced(national)


def foreign_notation(r: random.Random) -> str:
    code, make, prefix = r.choice(FOREIGN)
    nsn = make(r)
    pick = r.random()
    if pick < 0.5:
        return f"+{code}{nsn}"
    if pick < 0.75:
        return f"+{code} {spaced(nsn)}"
    if pick < 0.9:
        return f"00{code}{nsn}"
    return f"+{code} (0){nsn}" if prefix else f"+{code}-{nsn}"


class Person:
    """What stays the same when a person comes back: the number and the address."""

    __slots__ = ("email", "kind", "nsn", "phone")

    def __init__(self, r: random.Random, index: int) -> None:
        roll = r.random()
        self.kind = "fr" if roll < 0.88 else "overseas" if roll < 0.90 else "foreign"
        self.kind = self.kind if roll < 0.97 else "junk"
        self.nsn = french(r)
        if self.kind == "overseas":
            self.phone = r.choice(OVERSEAS) + f"{r.randint(0, 999999):06d}"
        elif self.kind == "foreign":
            self.phone = foreign_notation(r)
        elif self.kind == "junk":
            self.phone = r.choice(JUNK)
        else:
            self.phone = ""
        first, last = r.choice(FIRST), r.choice(LAST)
        self.email = f"{first}.{last}{index}@{r.choice(DOMAINS)}".replace("'", "")

    def phone_cell(self, r: random.Random) -> str:
        if self.kind == "fr":
            return french_notation(r, self.nsn)
        return self.phone


def email_cell(r: random.Random, email: str) -> str:
    pick = r.random()
    if pick < 0.6:
        return email.lower()
    if pick < 0.8:
        return email
    if pick < 0.9:
        return f" {email.upper()} "
    return "" if pick < 0.97 else email.replace("@", " at ")


def contacts(r: random.Random, count: int, people: list[Person]) -> Iterator[list[str]]:
    for row in range(count):
        person = people[r.randrange(len(people))]
        phone = person.phone_cell(r) if r.random() > 0.03 else ""
        first, last = person.email.split("@")[0].split(".")[:2]
        yield [f"c{row:08d}", first, last.rstrip("0123456789"), phone,
               email_cell(r, person.email), r.choice(CITIES)]  # fmt: skip


def list_numbers(r: random.Random, size: int, people: list[Person]) -> Iterator[str]:
    """About a third of the people's numbers, then numbers of nobody in the file."""
    listed = 0
    for person in people:
        if listed >= size // 3:
            break
        if r.random() < 0.33 and person.kind in ("fr", "overseas"):
            listed += 1
            yield ("0" + person.nsn) if person.kind == "fr" else person.phone
    for _ in range(size - listed):
        nsn = french(r)
        yield ("0" + nsn) if r.random() < 0.8 else ("+33" + nsn)


def generate(out: Path, count: int, list_size: int, seed: int) -> dict[str, Path]:
    r = random.Random(seed)
    people = [Person(r, i) for i in range(max(1, int(count * 0.8)))]
    out.mkdir(parents=True, exist_ok=True)
    paths = {"contacts": out / "contacts.csv", "list": out / "bloctel-like.csv",
             "emails": out / "suppression-emails.csv"}  # fmt: skip
    with paths["contacts"].open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["id", "first_name", "last_name", "phone", "email", "city"])
        writer.writerows(contacts(r, count, people))
    with paths["list"].open("w", encoding="utf-8") as handle:
        handle.write("phone\n")
        handle.writelines(f"{number}\n" for number in list_numbers(r, list_size, people))
    with paths["emails"].open("w", encoding="utf-8") as handle:
        handle.write("email\n")
        chosen = [p.email for p in people if r.random() < 0.03]
        handle.writelines(f"{email_cell(r, e).strip() or e}\n" for e in chosen)
    return paths


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=1_000_000)
    parser.add_argument("--list-size", type=int, default=10_000_000)
    parser.add_argument("--seed", type=int, default=5)
    parser.add_argument("--out", type=Path, required=True)
    args = parser.parse_args()
    for name, path in generate(args.out, args.count, args.list_size, args.seed).items():
        print(f"{name}: {path}")


if __name__ == "__main__":
    main()
