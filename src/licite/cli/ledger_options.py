"""Options shared by the ledger's commands (consent, object, subject, notices), defined once."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Annotated

import typer

if TYPE_CHECKING:
    from licite.core.enums import Channel

EmailOption = Annotated[
    str | None, typer.Option("--email", help="The person's email address.", show_default=False)
]
PhoneOption = Annotated[
    str | None, typer.Option("--phone", help="The person's phone number.", show_default=False)
]
ChannelsOption = Annotated[
    list[str] | None,
    typer.Option(
        "--channel",
        help="A channel (email, sms, automated_call, fax, phone_call, postal_mail); repeatable.",
        show_default=False,
    ),
]
WhenOption = Annotated[
    str | None,
    typer.Option("--at", help="When it happened, ISO 8601 with offset (default: now).",
                 show_default=False),
]  # fmt: skip


def moment(at: str | None, option: str = "--at") -> datetime:
    """Parse a timestamp option (now when absent); a bad one is a ConfigError naming it."""
    from licite.core.errors import ConfigError, InputError
    from licite.core.timeutil import parse_timestamp, utc_now

    if at is None:
        return utc_now()
    try:
        return parse_timestamp(at)
    except InputError as error:
        raise ConfigError(f"{option}: {error.message}") from None


def channels(values: list[str] | None) -> tuple[Channel, ...]:
    """The parsed channels of a --channel option (empty: none named)."""
    from licite.core.errors import ConfigError, InputError
    from licite.services.consent import parse_channels

    if not values:
        return ()
    try:
        return parse_channels(values)
    except InputError as error:
        raise ConfigError(f"--channel: {error.message}") from None
