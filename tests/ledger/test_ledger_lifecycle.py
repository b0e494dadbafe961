"""Lifecycles through the CLI on a real store: consent, withdrawal, objection, erasure."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import String, Text, inspect, select
from tests.ledger.conftest import OBJECTED_AT, Run, check_email, sample_rows

from licite.core.errors import InputError
from licite.store import make_engine

BENOIT = "benoit.lambert18@example.com"
WORDING = "J'accepte de recevoir par courriel les offres d'Immo Provence SAS."


def _consent(run: Run, tmp_path: Path, email: str = BENOIT) -> None:
    wording = tmp_path / "wording.txt"
    wording.write_text(WORDING, encoding="utf-8")
    run("consent", "add", "--email", email, "--channel", "email", "--controller",
        "Immo Provence SAS", "--method", "unticked_checkbox", "--wording", str(wording),
        "--form-id", "newsletter", "--form-version", "3", "--ip", "192.0.2.7",
        "--at", "2026-11-20T10:00:00+01:00")  # fmt: skip


def test_consent_then_withdraw(run: Run, tmp_path: Path) -> None:
    assert "consent_required" in check_email(run, tmp_path / "before")["c0002-bloctel-listed"]
    _consent(run, tmp_path)
    assert check_email(run, tmp_path / "given")["c0002-bloctel-listed"] == "allowed"
    shown = run("consent", "show", "--email", BENOIT).output
    assert "newsletter" in shown and "192.0.2.7" in shown
    result = run("consent", "withdraw", "--email", BENOIT, "--at", "2026-11-25T10:00:00+01:00")
    assert "1 consent(s) withdrawn" in result.output
    refused = check_email(run, tmp_path / "withdrawn")["c0002-bloctel-listed"]
    assert "consent_withdrawn" in refused


def test_consent_without_proof_is_not_relied_on(run: Run, tmp_path: Path) -> None:
    run("consent", "add", "--email", BENOIT, "--channel", "email", "--controller",
        "Immo Provence SAS", "--method", "unticked_checkbox")  # fmt: skip
    assert "consent_required" in check_email(run, tmp_path / "out")["c0002-bloctel-listed"]


def test_consent_for_unknown_person_is_an_input_error(run: Run) -> None:
    run("consent", "add", "--email", "nobody@example.com", "--channel", "email",
        "--controller", "X", "--method", "double_opt_in", expect=InputError)  # fmt: skip


def test_ledger_consent_survives_reimport(run: Run, tmp_path: Path) -> None:
    _consent(run, tmp_path)
    run("import", "contacts", str(sample_rows(["c0002-bloctel-listed"], tmp_path / "again.csv")))
    assert check_email(run, tmp_path / "out")["c0002-bloctel-listed"] == "allowed"


def test_objection_erase_reimport_still_refused(run: Run, tmp_path: Path) -> None:
    assert check_email(run, tmp_path / "before")["c0008-ordinary-form"] == "allowed"
    run("object", "--phone", "06 22 63 75 53", "--origin", "phone", "--at", OBJECTED_AT)
    assert "objection_on_file" in check_email(run, tmp_path / "objected")["c0008-ordinary-form"]
    run("subject", "erase", "--email", "alain.aubert32@example.com")
    assert "c0008-ordinary-form" not in check_email(run, tmp_path / "erased")
    run("import", "contacts", str(sample_rows(["c0008-ordinary-form"], tmp_path / "again.csv")))
    assert "objection_on_file" in check_email(run, tmp_path / "again")["c0008-ordinary-form"]


def test_objection_from_the_contact_file_is_kept_as_a_hash_at_erasure(
    run: Run, tmp_path: Path
) -> None:
    run("subject", "erase", "--email", "julien.pellegrin37@example.org")
    rows = sample_rows(["c0006-objection-everyone"], tmp_path / "again.csv", drop=["objections"])
    run("import", "contacts", str(rows))
    assert "objection_on_file" in check_email(run, tmp_path / "out")["c0006-objection-everyone"]


def test_objection_to_another_controller_does_not_refuse(run: Run, tmp_path: Path) -> None:
    run(
        "object",
        "--email",
        "alain.aubert32@example.com",
        "--controller",
        "Other SA",
        "--at",
        OBJECTED_AT,
    )
    assert check_email(run, tmp_path / "out")["c0008-ordinary-form"] == "allowed"


PLAINTEXT = ("benoit.lambert18@example.com", "+33624901326", "Lambert", "Cordeliers",
             "Benoît", "maison 4 pièces", "192.0.2.7", "9496795598")  # fmt: skip


def _texts(db: str) -> list[tuple[str, str, str]]:
    """Every text value of every column of every table, with where it lies."""
    engine = make_engine(db)
    found = []
    with engine.connect() as connection:
        inspector = inspect(connection)
        from licite.store.schema import metadata

        for table in metadata.sorted_tables:
            assert table.name in inspector.get_table_names()
            for row in connection.execute(select(table)):
                for column, value in zip(table.columns, row, strict=True):
                    found.append((table.name, column.name, str(value)))
    engine.dispose()
    assert any(isinstance(c.type, String | Text) for t in metadata.sorted_tables for c in t.c)
    return found


def test_erasure_leaves_no_plaintext_anywhere(run: Run, db: str, tmp_path: Path) -> None:
    _consent(run, tmp_path)
    run("object", "--email", BENOIT, "--channel", "sms", "--at", OBJECTED_AT)
    check_email(run, tmp_path / "out")
    run("notices", "render", "c0002-bloctel-listed", "--profile",
        str(Path(__file__).resolve().parents[2] / "samples" / "controller.toml"),
        "--out", str(tmp_path / "notices"))  # fmt: skip
    run("subject", "access", "--email", BENOIT, "--out", str(tmp_path / "access"))
    before = _texts(db)
    assert any("Lambert" in value for _, _, value in before), "the scan must see the data"
    run("subject", "erase", "--email", BENOIT)
    leaks = [(t, c, v) for t, c, v in _texts(db) for p in PLAINTEXT if p.lower() in v.lower()]
    assert leaks == []
    assert "1 hashed objection(s)" in run("suppression", "export", "--out",
                                          str(tmp_path / "s.csv")).output  # fmt: skip


def test_objections_are_mirrored_as_lists_of_type_objections(run: Run, db: str) -> None:
    from licite.core.keyed import hash_value
    from licite.store.lists import all_lists, listed_hashes
    from licite.store.secret import load_secret

    run("object", "--email", BENOIT, "--channel", "sms", "--at", OBJECTED_AT)
    run(
        "object", "--email", BENOIT, "--channel", "sms", "--at", OBJECTED_AT
    )  # the same again: not doubled
    run("object", "--phone", "06 24 90 13 26", "--channel", "sms", "--at", OBJECTED_AT)
    run("object", "--email", BENOIT, "--controller", "Immo Provence SAS", "--at", OBJECTED_AT)
    digest = hash_value(load_secret(db), "email", BENOIT)
    engine = make_engine(db)
    with engine.connect() as connection:
        lists = {stored.name: stored for stored in all_lists(connection)}
        found = listed_hashes(connection, [digest], list_types=["objections"])
    engine.dispose()
    assert set(lists) == {"objections/all/sms", "objections/Immo Provence SAS/*"}
    assert lists["objections/all/sms"].entry_count == 2
    assert lists["objections/all/sms"].channels == ("sms",)
    assert found == {digest: {"objections/all/sms", "objections/Immo Provence SAS/*"}}
