"""The SSRF guard: fetch only declared hosts, and never an internal address unless allowed.

Why: a collector that follows links and redirects can be steered to the operator's own network
(cloud metadata at 169.254.169.254, an admin page on 10.x, localhost). Every address a host name
resolves to is checked, not only the first; a redirect is a new request and is checked again.
Scrapy resolves the name once more when it connects, so a DNS answer that changes in between
(rebinding) is not closed here: see docs/collect.md.
"""

from __future__ import annotations

import asyncio
import ipaddress
import socket
from collections.abc import Iterable
from urllib.parse import urlsplit

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address


def address_refusal(address: IPAddress, allow_private: bool) -> str | None:
    """Why ``address`` may not be fetched, or None when it may."""
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped is not None:
        address = address.ipv4_mapped
    if address.is_multicast or address.is_unspecified:
        return f"{address} is a multicast or unspecified address"
    internal = address.is_loopback or address.is_link_local or address.is_private
    if allow_private and internal:
        return None
    if address.is_reserved:
        return f"{address} is a reserved address"
    if address.is_loopback:
        return f"{address} is a loopback address"
    if address.is_link_local:
        return f"{address} is a link-local address"
    if address.is_private or not address.is_global:
        return f"{address} is a private address"
    return None


def addresses_refusal(addresses: Iterable[str], allow_private: bool) -> str | None:
    """The first refusal among resolved addresses (each one must pass), or None."""
    seen = False
    for raw in addresses:
        seen = True
        reason = address_refusal(ipaddress.ip_address(raw.split("%", 1)[0]), allow_private)
        if reason:
            return reason
    return None if seen else "the host name does not resolve"


def host_refusal(url: str, declared: Iterable[str]) -> str | None:
    """Why the URL's host is not one the source declared (``host[:port]``), or None."""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https"):
        return f"scheme {parts.scheme!r} is not http(s)"
    if parts.netloc.lower() not in set(declared):
        return f"host {parts.netloc!r} is not declared by the source"
    return None


async def resolve(host: str, port: int) -> list[str]:
    """Every address of ``host`` (an IP literal resolves to itself)."""
    try:
        return [str(ipaddress.ip_address(host.strip("[]")))]
    except ValueError:
        pass
    try:
        loop = asyncio.get_running_loop()
    except RuntimeError:  # a Scrapy project on a non-asyncio reactor: resolve synchronously
        loop = None
    try:
        if loop is None:
            infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
        else:
            infos = await loop.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except OSError:
        return []
    return list(dict.fromkeys(str(info[4][0]) for info in infos))


__all__ = ["address_refusal", "addresses_refusal", "host_refusal", "resolve"]
