"""Decide requests in the decision format: parse, screen the attributes, evaluate the rules.

Both ``licite decide`` and the library's :func:`decide` call this module, so a request gets
the same answer whichever way it arrives.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from licite.core.errors import InputError
from licite.core.model import Decision, DecisionRequest
from licite.core.request import parse_request
from licite.rules import engine
from licite.services.reading import load_json
from licite.services.screening import forbidden_categories


def decide(request: DecisionRequest | object) -> Decision:
    """The decision for one request (a :class:`DecisionRequest` or its JSON object).

    It answers the legal question only: whether the contact has an address for the channel
    is not asked (a batch check, which produces mailing lists, rejects such rows)."""
    if not isinstance(request, DecisionRequest):
        request = parse_request(request)
    return engine.decide(request, forbidden_categories(request.contact))


def error_response(error: InputError) -> dict[str, object]:
    """The line written in place of a response when a request is invalid."""
    return {"error": {"code": "invalid_request", **error.to_dict()}}


def split_documents(text: str) -> list[tuple[int, object]]:
    """The requests in ``text``: one JSON document (an object or an array of objects) or JSON
    Lines. Returns (line, parsed JSON or the InputError) pairs."""
    stripped = text.strip()
    if not stripped:
        return []
    try:
        whole = load_json(stripped)
    except InputError:
        whole = None
    if isinstance(whole, dict):
        return [(1, whole)]
    if isinstance(whole, list):
        return [(index + 1, item) for index, item in enumerate(whole)]
    out: list[tuple[int, object]] = []
    for line, row in enumerate(text.splitlines(), start=1):
        if row.strip():
            try:
                out.append((line, load_json(row)))
            except InputError as error:
                out.append((line, error.located(row=line)))
    return out


def decide_documents(
    documents: Iterable[tuple[int, object]], source: str | None = None
) -> Iterator[tuple[bool, dict[str, object]]]:
    """One response per request, in input order: (ok, response or error object)."""
    for line, document in documents:
        try:
            if isinstance(document, InputError):
                raise document
            yield True, decide(document).to_wire()
        except InputError as error:
            yield False, error_response(error.located(row=line, file=source))
