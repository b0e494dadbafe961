"""``scrub_file`` end to end on real files of every format: counts add up, nothing is lost,
nothing partial is left, and the outputs keep the input's format and columns."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import duckdb
import openpyxl
import pytest
from tests.scrub.modes import KERNEL_MODES, kernels_set

from licite.core.errors import ConfigError, InputError
from licite.services.scrub import scrub_file

CONTACTS = (
    "id;nom;telephone;email\n"
    "1;Alice;06 12 34 56 78;alice@example.fr\n"
    "2;Bruno;+33612345679;X@Y.FR \n"
    '3;Chloé;=HYPERLINK("x");c@example.fr\n'
    "4;Denis;0612345670;\n"
    "5;ragged\n"
    "6;Élise;0033 6 12 34 56 79;e@example.fr\n"
)
LIST = "0612345678\nx@y.fr\n"


@pytest.fixture
def files(tmp_path: Path) -> tuple[Path, Path]:
    contacts = tmp_path / "contacts.csv"
    contacts.write_text(CONTACTS, encoding="utf-8")
    listed = tmp_path / "optout.csv"
    listed.write_text(LIST, encoding="utf-8")
    return contacts, listed


def rows(path: Path, delimiter: str = ";") -> list[list[str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.reader(handle, delimiter=delimiter))


def test_csv_counts_add_up_and_nothing_is_lost(files: tuple[Path, Path], tmp_path: Path) -> None:
    contacts, listed = files
    out = tmp_path / "out"
    summary = scrub_file(contacts, [str(listed)], out)
    assert (summary.rows_in, summary.clean, summary.excluded, summary.rejected) == (6, 3, 2, 1)
    assert summary.delimiter == ";" and summary.encoding == "utf-8"
    assert summary.columns == {"phone": "telephone", "email": "email"}
    assert [r[0] for r in rows(out / "clean.csv")] == ["id", "3", "4", "6"]
    excluded = rows(out / "excluded.csv")
    assert excluded[0][-2:] == ["list", "reason"]
    assert [(r[0], r[4], r[5]) for r in excluded[1:]] == [
        ("1", "optout", "phone on optout"), ("2", "optout", "email on optout")
    ]  # fmt: skip
    rejected = rows(out / "rejected.csv", ",")
    assert rejected[1][0] == "6" and "Expected Number of Columns" in rejected[1][1]
    assert rejected[1][2] == "5;ragged"
    body = json.loads((out / "summary.json").read_text())
    assert body["counts"] == {"in": 6, "clean": 3, "excluded": 2, "rejected": 1}
    assert body["by_list"] == {"optout": 2}
    assert sorted(p.name for p in out.iterdir()) == [
        "clean.csv", "excluded.csv", "rejected.csv", "summary.json"
    ]  # fmt: skip


def test_spreadsheet_safe_neutralises_formulas_but_not_phones(
    files: tuple[Path, Path], tmp_path: Path
) -> None:
    contacts, listed = files
    scrub_file(contacts, [str(listed)], tmp_path / "o", spreadsheet_safe=True)
    clean = {r[0]: r for r in rows(tmp_path / "o" / "clean.csv")}
    assert clean["3"][2] == '\'=HYPERLINK("x")'
    excluded = {r[0]: r for r in rows(tmp_path / "o" / "excluded.csv")}
    assert excluded["2"][2] == "+33612345679"


def test_cp1252_and_tab_delimited(tmp_path: Path) -> None:
    contacts = tmp_path / "c.tsv"
    contacts.write_bytes(
        "nom\tportable\nHélène\t06 12 34 56 78\nZoë\t07 00 00 00 01\n".encode("cp1252")
    )
    listed = tmp_path / "l.csv"
    listed.write_text("+33612345678\n")
    summary = scrub_file(contacts, [str(listed)], tmp_path / "o")
    assert (summary.encoding, summary.delimiter) == ("cp1252", "\t")
    assert (summary.clean, summary.excluded) == (1, 1)
    assert rows(tmp_path / "o" / "excluded.tsv", "\t")[1][0] == "Hélène"


@pytest.mark.parametrize("fmt", ["parquet", "jsonl"])
def test_parquet_and_json_lines_keep_format_and_types(tmp_path: Path, fmt: str) -> None:
    contacts = tmp_path / f"c.{fmt}"
    con = duckdb.connect()
    kind = "parquet" if fmt == "parquet" else "json"
    con.execute(
        "COPY (SELECT * FROM (VALUES (1, '0612345678', 'a@b.fr'), (2, '0712345678', NULL)) "
        f"v(id, phone, email)) TO '{contacts}' (FORMAT {kind})"
    )
    listed = tmp_path / "l.csv"
    listed.write_text("06 12 34 56 78\n")
    summary = scrub_file(contacts, [str(listed)], tmp_path / "o")
    assert (summary.rows_in, summary.clean, summary.excluded) == (2, 1, 1)
    reader = "read_parquet" if fmt == "parquet" else "read_json"
    clean = con.sql(f"SELECT * FROM {reader}('{tmp_path / 'o' / f'clean.{fmt}'}')").fetchall()
    assert clean == [(2, "0712345678", None)]
    excluded = con.sql(f"SELECT list, reason FROM {reader}('{tmp_path / 'o' / f'excluded.{fmt}'}')")
    assert excluded.fetchall() == [("l", "phone on l")]


def test_xlsx_output_is_all_text(tmp_path: Path) -> None:
    contacts = tmp_path / "c.xlsx"
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["Nom", "Mobile"])
    sheet.append(["=1+1", "0612345678"])
    sheet.append(["Jo", 612345679])
    sheet["A2"].data_type = "s"  # text that looks like a formula
    book.save(contacts)
    listed = tmp_path / "l.csv"
    listed.write_text("0612345679\n")
    summary = scrub_file(contacts, [str(listed)], tmp_path / "o")
    assert (summary.clean, summary.excluded) == (1, 1)
    out = openpyxl.load_workbook(tmp_path / "o" / "clean.xlsx").worksheets[0]
    cells = [(c.value, c.data_type) for row in out.iter_rows() for c in row]
    assert cells == [("Nom", "s"), ("Mobile", "s"), ("=1+1", "s"), ("0612345678", "s")]


@pytest.mark.parametrize(
    ("contacts_text", "options", "message"),
    [
        ("", {}, "0 bytes"),
        ("id,nom\n1,Jo\n", {}, "no phone, email or SIREN column"),
        ("id,tel\n1,06\n", {"phone": "mobile"}, "no column 'mobile'"),
    ],
)
def test_bad_input_leaves_no_output(
    tmp_path: Path, contacts_text: str, options: dict[str, str], message: str
) -> None:
    contacts = tmp_path / "c.csv"
    contacts.write_text(contacts_text)
    listed = tmp_path / "l.csv"
    listed.write_text("0612345678\n")
    out = tmp_path / "o"
    with pytest.raises(InputError, match=message):
        scrub_file(contacts, [str(listed)], out, columns=options)  # type: ignore[arg-type]
    assert list(out.iterdir()) == []


def test_empty_list_and_unknown_list_are_refused(
    files: tuple[Path, Path], tmp_path: Path, db: str
) -> None:
    contacts, _ = files
    empty = tmp_path / "empty.csv"
    empty.write_bytes(b"")
    with pytest.raises(InputError, match="0 bytes"):
        scrub_file(contacts, [str(empty)], tmp_path / "o")
    with pytest.raises(ConfigError, match="no stored list"):
        scrub_file(contacts, ["nosuchlist"], tmp_path / "o", db=db)


def test_mixed_delimiters_rows_are_rejected_with_their_line(tmp_path: Path) -> None:
    contacts = tmp_path / "c.csv"
    contacts.write_text("id;tel\n1;0612345678\n2,0612345679\n3;0612345670\n")
    listed = tmp_path / "l.csv"
    listed.write_text("0699999999\n")
    summary = scrub_file(contacts, [str(listed)], tmp_path / "o")
    assert (summary.rows_in, summary.clean, summary.rejected) == (3, 2, 1) or (
        summary.rows_in == summary.clean + summary.excluded + summary.rejected
    )


def test_a_value_on_several_lists_is_one_excluded_row(tmp_path: Path) -> None:
    contacts = tmp_path / "c.csv"
    contacts.write_text("id,tel,email\n1,0612345678,a@b.fr\n2,0612345679,\n")
    first, second = tmp_path / "first.csv", tmp_path / "second.csv"
    first.write_text("0612345678\na@b.fr\n")
    second.write_text("+33 6 12 34 56 78\n")
    summary = scrub_file(contacts, [str(first), str(second)], tmp_path / "o")
    assert (summary.clean, summary.excluded) == (1, 1)
    assert summary.by_list == {"first": 1, "second": 1}
    excluded = rows(tmp_path / "o" / "excluded.csv", ",")
    assert excluded[1][3:] == ["first;second", "phone on first; phone on second; email on first"]


def test_outputs_keep_input_order_over_several_row_groups(tmp_path: Path) -> None:
    # More rows than one DuckDB row group (122,880), so the scans run in parallel; a column
    # named like licite's own mark must come out untouched; each excluded row carries its
    # own lists and reason, three different pairs interleaved.
    count = 130_000
    contacts = tmp_path / "contacts.csv"
    with contacts.open("w", encoding="utf-8") as handle:
        handle.write("id,phone,licite__mark\n")
        handle.writelines(f"{i},06{i:08d},x{i}\n" for i in range(count))
    listed = tmp_path / "optout.csv"
    listed.write_text("".join(f"+336{i:08d}\n" for i in range(0, count, 3)), encoding="utf-8")
    other = tmp_path / "other.csv"
    other.write_text("".join(f"06{i:08d}\n" for i in range(0, count, 5)), encoding="utf-8")
    summary = scrub_file(contacts, [str(listed), str(other)], tmp_path / "out")
    clean = rows(tmp_path / "out" / "clean.csv", ",")
    excluded = rows(tmp_path / "out" / "excluded.csv", ",")
    assert clean[0] == ["id", "phone", "licite__mark"]
    assert excluded[0] == ["id", "phone", "licite__mark", "list", "reason"]
    assert [int(r[0]) for r in clean[1:]] == [i for i in range(count) if i % 3 and i % 5]
    assert [int(r[0]) for r in excluded[1:]] == [i for i in range(count) if not i % 3 or not i % 5]
    assert all(r[2] == f"x{r[0]}" for r in clean[1:] + excluded[1:])
    expected = {
        (True, False): ("optout", "phone on optout"),
        (False, True): ("other", "phone on other"),
        (True, True): ("optout;other", "phone on optout; phone on other"),
    }
    for row in excluded[1:]:
        i = int(row[0])
        assert tuple(row[3:]) == expected[(i % 3 == 0, i % 5 == 0)]
    assert summary.excluded == len(excluded) - 1
    assert summary.by_list == {"optout": len(range(0, count, 3)), "other": len(range(0, count, 5))}


@pytest.mark.parametrize("fmt", ["parquet", "jsonl"])
def test_nothing_excluded_still_writes_typed_empty_outputs(tmp_path: Path, fmt: str) -> None:
    contacts = tmp_path / f"c.{fmt}"
    con = duckdb.connect()
    kind = "parquet" if fmt == "parquet" else "json"
    con.execute(f"COPY (SELECT 1 AS id, '0612345678' AS phone) TO '{contacts}' (FORMAT {kind})")
    listed = tmp_path / "l.csv"
    listed.write_text("0699999999\n")
    summary = scrub_file(contacts, [str(listed)], tmp_path / "o")
    assert (summary.clean, summary.excluded) == (1, 0)
    if fmt == "parquet":
        described = con.sql(
            f"DESCRIBE SELECT * FROM read_parquet('{tmp_path / 'o' / 'excluded.parquet'}')"
        )
        assert [(name, kind) for name, kind, *_ in described.fetchall()][-2:] == [
            ("list", "VARCHAR"),
            ("reason", "VARCHAR"),
        ]


def test_a_bloctel_result_file_excludes_only_the_numbers_it_marks_listed(tmp_path: Path) -> None:
    contacts = tmp_path / "c.csv"
    contacts.write_text("id,tel\n1,0612345678\n2,0612345679\n")
    result = tmp_path / "result.csv"
    result.write_text("numero;statut\n0612345678;inscrit\n0612345679;non inscrit\n")
    summary = scrub_file(contacts, [str(result)], tmp_path / "o", list_format="bloctel")
    assert (summary.clean, summary.excluded) == (1, 1)
    assert rows(tmp_path / "o" / "excluded.csv", ",")[1][:2] == ["1", "0612345678"]


def test_a_kind_no_list_holds_is_not_matched(files: tuple[Path, Path], tmp_path: Path) -> None:
    contacts, _ = files
    phones_only = tmp_path / "phones.csv"
    phones_only.write_text("0612345678\n")
    summary = scrub_file(contacts, [str(phones_only)], tmp_path / "o")
    assert summary.invalid_values == {"phone": 1}
    assert (summary.excluded, summary.by_list) == (1, {"phones": 1})


@pytest.mark.parametrize("header", [[], ["phone"]])
def test_a_list_unreadable_past_the_sniffed_lines_is_named_and_leaves_no_output(
    tmp_path: Path, header: list[str]
) -> None:
    contacts = tmp_path / "c.csv"
    contacts.write_text("id,tel\n1,0612345678\n")
    listed = tmp_path / "late.csv"
    lines = header + [f"06{n:08d}" for n in range(30_000)] + ["0612345678,a,b"]
    listed.write_text("\n".join(lines) + "\n")
    out = tmp_path / "o"
    with pytest.raises(InputError, match=r"cannot read the list: .*Line: 3000") as raised:
        scrub_file(contacts, [str(listed)], out)
    assert raised.value.file == str(listed)
    assert not out.exists() or not any(out.iterdir())


@KERNEL_MODES
def test_the_same_outputs_with_and_without_the_c_kernels(tmp_path: Path, kernels_on: bool) -> None:
    """Two list files of phones (read while the contacts are normalised, with the kernels),
    notations of every kind: the outputs are byte for byte those of the DuckDB/Arrow way."""
    notations = [
        "06 12 34 56 {:02d}", "+33 6 12 34 56 {:02d}", "0612345{:03d}", "+49 151 234 56{:03d}",
        "0696 20 12 {:02d}", "0612345{:03d} poste 12", "+44 (0)20 7946 0{:03d}", "N/A",
    ]  # fmt: skip
    contacts = tmp_path / "contacts.csv"
    with contacts.open("w", encoding="utf-8") as handle:
        handle.write("id,phone\n")
        handle.writelines(
            f"{i},{notations[i % len(notations)].format(i % 100)}\n" for i in range(5_000)
        )
    first = tmp_path / "first.csv"
    first.write_text("".join(f"06123456{i:02d}\n+4915123456{i:03d}\n" for i in range(0, 100, 3)))
    second = tmp_path / "second.csv"
    second.write_text("".join(f"+33612345{i:03d}\n0696201{i:03d}\n" for i in range(0, 100, 7)))
    outputs = {}
    for on in (kernels_on, False):
        with kernels_set(on):
            out = tmp_path / f"out-{on}"
            summary = scrub_file(contacts, [str(first), str(second)], out)
        outputs[on] = [(out / name).read_bytes() for name in ("clean.csv", "excluded.csv")]
        assert summary.excluded > 0 and summary.clean > 0
    assert outputs[kernels_on] == outputs[False]
