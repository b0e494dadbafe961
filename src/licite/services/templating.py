"""The Jinja2 environment of licite's documents (notices, access reports): one, autoescaped.

Templates ship inside the package (``services/templates/*.j2``); HTML templates are autoescaped
so a person's data can never inject markup into the report handed back to them.
"""

from __future__ import annotations

from functools import cache

from jinja2 import Environment, PackageLoader, StrictUndefined, select_autoescape


@cache
def environment() -> Environment:
    """Undefined variables raise: a notice never goes out with a silently empty item."""
    return Environment(
        loader=PackageLoader("licite.services", "templates"),
        autoescape=select_autoescape(enabled_extensions=("html",), default_for_string=False),
        undefined=StrictUndefined,
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
    )


def render(name: str, **context: object) -> str:
    return environment().get_template(name).render(**context)


__all__ = ["environment", "render"]
