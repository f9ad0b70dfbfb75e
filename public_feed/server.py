"""Running the site: which address links use, and which WSGI server serves it.

``safety-events serve`` runs **waitress** (a production WSGI server in pure Python: it runs
the same on Linux and Windows, needs no compiler, and has no development-server warning)
by default, and Werkzeug's development server (reloader-free, for trying templates) only
with ``--dev``. Feeds are static files built by the sync; for heavy traffic put nginx (or
any static server) in front of ``out/public`` — see ``deploy/`` and README "Deploy".
"""
from __future__ import annotations

import logging
import sys

from sheets_sync.config import is_loopback_url

log = logging.getLogger("safety_events")

#: Bind addresses meaning "every interface": never an address a browser can be sent to.
WILDCARD_HOSTS = ("0.0.0.0", "::", "[::]", "")


def link_base(base_url: str, host: str, port: int) -> tuple[str, bool]:
    """``(base_url for links, follow the request)`` for a server bound to ``host:port``.

    A configured public ``site.base_url`` always wins. A loopback one (the default before a
    city sets its address) follows the server: ``http://host:port`` for a specific address,
    and for a wildcard bind (``0.0.0.0``, ``::``) the address each browser used (``True``).
    """
    if not is_loopback_url(base_url):
        return base_url.rstrip("/"), False
    if host in WILDCARD_HOSTS:
        return base_url.rstrip("/"), True
    shown = f"[{host}]" if ":" in host and not host.startswith("[") else host
    return f"http://{shown}:{port}", False


def run(app, host: str, port: int, *, dev: bool = False, threads: int = 8) -> None:
    """Serve ``app`` until interrupted: waitress, or Werkzeug's development server if ``dev``."""
    if dev:
        import werkzeug.serving
        # colour codes only on a terminal: in a journal or a log file they are noise
        werkzeug.serving._log_add_style = sys.stderr.isatty()   # type: ignore[attr-defined]
        werkzeug.serving.run_simple(host, port, app, threaded=True)
        return
    server = waitress_server(app, host, port, threads)
    server.print_listen("Serving on http://{}:{}")
    server.run()


#: Send buffer (bytes, SO_SNDBUF) of each connection. waitress hands the socket at most this
#: much per ``send`` (it reads SO_SNDBUF once per connection; Linux's default starts at 16 KB),
#: so a 9 MB feed sent from its file took ~550 rounds of its loop; with 1 MB (Linux doubles
#: it) it takes a handful. Autotuning would let the buffer grow to 4 MB (tcp_wmem) anyway.
SEND_BUFFER = 1024 * 1024


def waitress_server(app, host: str, port: int, threads: int = 8):
    """A waitress server for ``app`` on ``host:port`` (not yet running: call ``.run()``), with
    TCP_NODELAY (waitress's default) and :data:`SEND_BUFFER` on every accepted connection."""
    import socket

    from waitress import create_server
    server = create_server(app, host=host.strip("[]") or "0.0.0.0", port=port, threads=threads,
                           ident="safety-events", clear_untrusted_proxy_headers=True)
    server.adj.socket_options = [*server.adj.socket_options, (socket.SOL_SOCKET, socket.SO_SNDBUF, SEND_BUFFER)]
    return server
