"""The controller profile (TOML): who processes the data and what art. 14 requires saying.

Every text the person reads exists in French and English (``{fr = "…", en = "…"}``); a
missing required item is a :class:`ConfigError` naming the file and the key, so a notice can never
go out without one of the items of RGPD art. 14(1)-(2).
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from licite.core.errors import ConfigError

#: Bilingual items of the profile, with the art. 14 paragraph each answers.
TEXT_ITEMS = {
    "purposes": "14(1)(c)", "legal_basis": "14(1)(c)", "legitimate_interest": "14(2)(b)",
    "categories": "14(1)(d)", "recipients": "14(1)(e)", "transfers": "14(1)(f)",
    "retention": "14(2)(a)", "automated_decisions": "14(2)(g)",
}  # fmt: skip
IDENTITY_KEYS = ("name", "address", "country", "email", "phone", "policy_url")


@dataclass(frozen=True, slots=True)
class ControllerProfile:
    """The parsed profile: identity, DPO and the bilingual art. 14 items."""

    identity: dict[str, str]
    dpo: dict[str, str] | None
    texts: dict[str, dict[str, str]]
    rights_contact: str
    source_file: str

    @property
    def name(self) -> str:
        return self.identity["name"]

    def text(self, item: str, lang: str) -> str:
        return self.texts[item][lang]


def load_profile(path: Path) -> ControllerProfile:
    """Read and check a profile; raises ConfigError naming the file and key."""
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ConfigError(f"{path}: no such controller profile") from None
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as error:
        raise ConfigError(f"{path}: not a valid TOML file: {error}") from error
    identity = _table(data, "controller", path)
    for key in IDENTITY_KEYS:
        _string(identity, key, f"controller.{key}", path)
    dpo = data.get("dpo")
    if dpo is not None:
        dpo = _table(data, "dpo", path)
        _string(dpo, "email", "dpo.email", path)
    texts = {}
    for item in TEXT_ITEMS:
        table = _table(data, item, path)
        texts[item] = {lang: _string(table, lang, f"{item}.{lang}", path) for lang in ("fr", "en")}
    rights = _string(data, "rights_contact", "rights_contact", path)
    return ControllerProfile(
        identity={k: str(v) for k, v in identity.items()},
        dpo=None if dpo is None else {k: str(v) for k, v in dpo.items()},
        texts=texts, rights_contact=rights, source_file=str(path),
    )  # fmt: skip


def _table(data: dict[str, Any], key: str, path: Path) -> dict[str, Any]:
    value = data.get(key)
    if not isinstance(value, dict):
        raise ConfigError(f"{path}: missing table [{key}] (required by RGPD art. 14)")
    return value


def _string(data: dict[str, Any], key: str, where: str, path: Path) -> str:
    value = data.get(key)
    if not isinstance(value, str) or not value.strip():
        raise ConfigError(f"{path}: {where} must be a non-empty string")
    return value


__all__ = ["IDENTITY_KEYS", "TEXT_ITEMS", "ControllerProfile", "load_profile"]
