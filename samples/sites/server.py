"""Serve the bundled sample sites on 127.0.0.1 (one free port per site), for the demo and tests.

Each folder under ``samples/sites/`` is one site, served as static files by the stdlib
``http.server``; its optional ``_routes.json`` maps a path to a special answer (a redirect,
a slow or huge page, a status, extra headers) so every refusal path of the collector can be
shown. ``{port:NAME}`` in a redirect or in the sources template is replaced by that site's port.

Usage: python samples/sites/server.py --out var/demo/sources.toml -- COMMAND...
(serves the sites, writes the sources file with the real ports, runs COMMAND, then stops).
"""

from __future__ import annotations

import argparse
import contextlib
import json
import re
import subprocess
import sys
import threading
import time
from collections.abc import Iterator, Mapping
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
#: The folder of the bundled sample sites (one sub-folder per site).
SAMPLES_DIR = HERE
TEMPLATE = HERE / "sources.toml"
_PORT = re.compile(r"\{port:([a-z_-]+)\}")


class SiteHandler(SimpleHTTPRequestHandler):
    """Static files plus the special answers of ``_routes.json``."""

    routes: Mapping[str, dict[str, Any]] = {}
    ports: Mapping[str, int] = {}

    def log_message(self, format: str, *args: Any) -> None:  # quiet
        return

    def do_GET(self) -> None:
        route = self.routes.get(self.path.split("?", 1)[0])
        if route is None:
            super().do_GET()
            return
        time.sleep(float(route.get("sleep", 0)))
        status = int(route.get("status", 200))
        if "redirect" in route:
            self.send_response(int(route.get("status", 302)))
            self.send_header("Location", fill_ports(route["redirect"], self.ports))
            self.end_headers()
            return
        body = b"<html><body>" + b"x" * int(route.get("huge", 0)) + b"</body></html>"
        if "file" in route:
            body = (Path(self.directory) / route["file"]).read_bytes()
        self.send_response(status)
        self.send_header("Content-Type", route.get("type", "text/html; charset=utf-8"))
        for name, value in route.get("headers", {}).items():
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        with contextlib.suppress(BrokenPipeError, ConnectionResetError):
            self.wfile.write(body)


class QuietServer(ThreadingHTTPServer):
    """A client that hangs up early (the collector cancelling a huge page) is not an error."""

    daemon_threads = True

    def handle_error(self, request: Any, client_address: Any) -> None:
        if not isinstance(sys.exc_info()[1], ConnectionError):
            super().handle_error(request, client_address)


def fill_ports(text: str, ports: Mapping[str, int]) -> str:
    return _PORT.sub(lambda m: str(ports[m.group(1)]), text)


def _handler(root: Path, ports: dict[str, int]) -> type[SiteHandler]:
    routes_file = root / "_routes.json"
    routes = json.loads(routes_file.read_text(encoding="utf-8")) if routes_file.exists() else {}
    return type("Handler", (SiteHandler,), {"routes": routes, "ports": ports})


@contextlib.contextmanager
def serving(root: Path = HERE, names: list[str] | None = None) -> Iterator[dict[str, str]]:
    """Serve each site folder of ``root`` on its own free port; yields name → base URL."""
    folders = [p for p in sorted(root.iterdir()) if p.is_dir() and not p.name.startswith("_")]
    folders = [p for p in folders if names is None or p.name in names]
    ports: dict[str, int] = {}
    servers = []
    for folder in folders:
        handler = partial(_handler(folder, ports), directory=str(folder))
        server = QuietServer(("127.0.0.1", 0), handler)
        ports[folder.name] = server.server_address[1]
        threading.Thread(target=server.serve_forever, daemon=True).start()
        servers.append(server)
    try:
        yield {name: f"http://127.0.0.1:{port}" for name, port in ports.items()}
    finally:
        for server in servers:
            server.shutdown()
            server.server_close()


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, required=True, help="where to write sources.toml")
    parser.add_argument("--template", type=Path, default=TEMPLATE)
    parser.add_argument("command", nargs=argparse.REMAINDER)
    args = parser.parse_args(argv)
    command = args.command[1:] if args.command[:1] == ["--"] else args.command
    with serving() as urls:
        ports = {name: int(url.rsplit(":", 1)[1]) for name, url in urls.items()}
        args.out.parent.mkdir(parents=True, exist_ok=True)
        args.out.write_text(fill_ports(args.template.read_text("utf-8"), ports), "utf-8")
        print("sample sites: " + ", ".join(f"{n} {u}" for n, u in urls.items()), flush=True)
        return subprocess.call(command) if command else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
