"""Meta-tests: the docs, the rule table, its labels and the legal catalogue stay in step.

When one fails, the message says what to add or to run (usually `make docs`).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
import typer.core
import typer.main

import licite
from licite.cli import EXIT_CODES, app
from licite.core.enums import Basis
from licite.core.legal import CATALOGUE
from licite.docs import generate, help_text, stale
from licite.rules.labels import LABELS
from licite.rules.rule import Effect
from licite.rules.table import RULES

ROOT = Path(__file__).resolve().parents[1]
README = (ROOT / "README.md").read_text(encoding="utf-8")
DOC_PAGES = sorted((ROOT / "docs").glob("*.md"))


def section(text: str, heading: str) -> str:
    """The body of the ``## heading`` section of a Markdown text (up to the next ``## ``)."""
    match = re.search(rf"^## {re.escape(heading)}\n(.*?)(?=^## |\Z)", text, re.M | re.S)
    assert match, f"no '## {heading}' section"
    return match.group(1)


def code_blocks(text: str, lang: str = r"[a-z]*") -> list[str]:
    return re.findall(rf"^```{lang}\n(.*?)^```", text, re.M | re.S)


# --- generated pages ---------------------------------------------------------------------------


def test_generated_docs_are_up_to_date() -> None:
    late = stale(generate(), ROOT)
    assert not late, f"stale generated docs {late}: run `make docs`"


def test_generated_docs_are_deterministic() -> None:
    assert generate() == generate()


def test_cli_reference_mentions_every_exit_code() -> None:
    page = (ROOT / "docs" / "cli.md").read_text(encoding="utf-8")
    for code in EXIT_CODES:
        assert re.search(rf"^\| {code} \| \S", page, re.M), f"exit code {code} not in docs/cli.md"


# --- the command line --------------------------------------------------------------------------


def commands(
    command: object, path: tuple[str, ...] = ()
) -> Iterator[tuple[tuple[str, ...], object]]:
    yield path, command
    if isinstance(command, typer.core.TyperGroup):
        for name, child in command.commands.items():
            yield from commands(child, (*path, name))


COMMANDS = list(commands(typer.main.get_command(app)))
LEAVES = [path for path, command in COMMANDS if not isinstance(command, typer.core.TyperGroup)]


@pytest.mark.parametrize("path", [path for path, _ in COMMANDS], ids=" ".join)
def test_every_command_has_help(path: tuple[str, ...]) -> None:
    usage, _, rest = help_text(path).partition("\n\n")
    assert usage.startswith("Usage: licite")
    assert rest.strip() and not rest.lstrip().startswith(("Options:", "Arguments:")), (
        f"`licite {' '.join(path)}` has no help text: give its function a docstring"
    )


@pytest.mark.parametrize("path", LEAVES, ids=" ".join)
def test_every_command_help_has_an_example(path: tuple[str, ...]) -> None:
    name = " ".join(("licite", *path))
    examples = [
        line.strip() for line in help_text(path).splitlines() if line.strip().startswith("Example:")
    ]
    assert examples, f"`{name}` --help has no 'Example:' line: end its docstring with one"
    assert all(line.startswith(f"Example: {name} ") for line in examples), examples


def test_every_command_is_in_the_cli_reference() -> None:
    page = (ROOT / "docs" / "cli.md").read_text(encoding="utf-8")
    for path, _ in COMMANDS:
        assert f"## `{' '.join(('licite', *path))}`\n" in page, f"{path}: run `make docs`"


# --- the rule table, its labels and citations --------------------------------------------------


def test_every_rule_code_has_a_label() -> None:
    missing = sorted({rule.code for rule in RULES} - LABELS.keys())
    assert not missing, f"add these codes to licite/rules/labels.py: {missing}"


def test_every_label_is_used() -> None:
    used = {rule.code for rule in RULES} | {basis.value for basis in Basis}
    unused = sorted(LABELS.keys() - used)
    assert not unused, f"labels no rule or basis uses (remove them): {unused}"


def test_every_citation_is_catalogued() -> None:
    cited = {ref for rule in RULES for ref in rule.legal_refs}
    missing = sorted(cited - CATALOGUE.keys())
    assert not missing, f"add these texts to licite/core/legal.py CATALOGUE: {missing}"


# --- the user guide: why was this contact refused? -------------------------------------------

REFUSING = {rule.code for rule in RULES if rule.effect is Effect.REFUSE}
WHY = (ROOT / "docs" / "why-refused.md").read_text(encoding="utf-8")


@pytest.mark.parametrize("half", ["Français", "English"])
def test_why_refused_explains_every_refusing_code(half: str) -> None:
    entries = set(re.findall(r"^- \*\*`([a-z0-9_]+)`\*\*", section(WHY, half), re.M))
    assert not REFUSING - entries, f"docs/why-refused.md ({half}) lacks {REFUSING - entries}"
    assert not entries - REFUSING, f"docs/why-refused.md ({half}) explains unknown codes"


# --- README ------------------------------------------------------------------------------------


def test_quick_start_is_make_run_and_make_test() -> None:
    blocks = code_blocks(section(README, "Quick start"))
    lines = [line.strip() for block in blocks for line in block.splitlines() if line.strip()]
    assert len(blocks) == 1 and lines == ["make run", "make test"]
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    assert re.search(r"^run:", makefile, re.M) and re.search(r"^test:", makefile, re.M)


def test_readme_decision_example_is_a_real_answer() -> None:
    documents = [json.loads(block) for block in code_blocks(section(README, "The decision format"))]
    request, response = documents
    answer = json.loads(json.dumps(licite.decide(request).to_wire()))
    assert answer == response, "update the response in README.md from `licite decide`"


def test_readme_lists_every_unconfirmed_rule() -> None:
    text = section(README, "The rule table")
    missing = [rule.id for rule in RULES if rule.unconfirmed and f"`{rule.id}`" not in text]
    assert not missing, f"README.md 'The rule table' should list these unconfirmed rows: {missing}"


def test_readme_lists_every_exit_code() -> None:
    text = section(README, "Exit codes")
    for code, meaning in EXIT_CODES.items():
        assert f"| {code} | {meaning} |" in text


@pytest.mark.parametrize("page", [ROOT / "README.md", *DOC_PAGES], ids=lambda p: p.name)
def test_relative_links_resolve(page: Path) -> None:
    text = page.read_text(encoding="utf-8")
    for target in re.findall(r"\]\(([^)#\s]+)(?:#[^)]*)?\)", text):
        if "://" not in target:
            assert (page.parent / target).exists(), f"{page.name}: broken link {target}"
