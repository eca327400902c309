"""``kommunminne serve``: the application under gunicorn (never Flask's development server).

Each worker process builds its own application (``preload_app`` is off), so the search
index is opened once per worker, after the fork, and reused for every request; Whoosh
searchers are opened per request (inside ``search.SearchIndex``) and never shared
between threads.  Workers are threaded (``gthread``): a slow client or a long PDF
download does not block the others, and the worker keeps telling the arbiter it is
alive meanwhile (a ``sync`` worker would be killed after ``TIMEOUT_SECONDS``).

Searches are CPU-bound Python (the threads of a worker take turns on the GIL; answers
from the result cache cost a few milliseconds).  Connections are not kept alive
(``keepalive`` 0): a kept-alive client stays with one worker, so a few busy clients
could queue on one worker while the other has nothing to do; a new connection per
request goes to whichever worker accepts it first.  Measured with ``bench/web.py``
(unique queries, 8 clients, 2 workers, shared machine): 4-30 % more requests/s than
with ``keepalive`` 5, p95 about 20 % higher; browsers lose little (a local handshake
per request, the static files are cached).
Exposed beyond a trusted network, put a buffering reverse proxy (nginx) in front.
"""

from __future__ import annotations

import errno
import os
import socket
import sys
from typing import TYPE_CHECKING, Any

from gunicorn import util as gunicorn_util
from gunicorn.app.base import BaseApplication

from kommunminne.config import Settings

if TYPE_CHECKING:  # pragma: no cover
    from flask import Flask

THREADS_PER_WORKER = 4
TIMEOUT_SECONDS = 60


def default_workers() -> int:
    return os.cpu_count() or 1


def workers_sv(count: int) -> str:
    return f"{count} {'process' if count == 1 else 'processer'}"


def _bind_address(host: str, port: int) -> str:
    return f"[{host}]:{port}" if ":" in host and not host.startswith("[") else f"{host}:{port}"


class KommunminneServer(BaseApplication):
    """gunicorn running ``webapp.create_app(settings)`` in each worker."""

    def __init__(self, settings: Settings, options: dict[str, Any]) -> None:
        self.settings = settings
        self.options = options
        super().__init__()

    def load_config(self) -> None:
        for key, value in self.options.items():
            if key in self.cfg.settings and value is not None:
                self.cfg.set(key.lower(), value)

    def load(self) -> Flask:
        from webapp import create_app

        use_swedish_protocol_errors()  # in the worker process, where requests are parsed
        return create_app(self.settings)


def _protocol_error(sock: Any, status_int: int, reason: str, mesg: str) -> None:
    """gunicorn's answer to a request it cannot parse (an address longer than
    ``limit_request_line``, too many or too large headers, a broken request line), in
    Swedish and with the application's security headers; the detail stays in the log."""
    import html

    from webapp.errors import MESSAGES_SV
    from webapp.security import SECURITY_HEADERS

    title, message = MESSAGES_SV.get(
        status_int, (f"Fel {status_int}", "Begäran kunde inte tolkas.")
    )
    body = (
        '<!doctype html>\n<html lang="sv"><head><meta charset="utf-8">'
        f"<title>{html.escape(title)} – Kommunminne</title></head><body>"
        f"<p>Fel {status_int}</p><h1>{html.escape(title)}</h1><p>{html.escape(message)}</p>"
        '<p><a href="/">Till sökningen</a></p></body></html>\n'
    ).encode()
    head = [f"HTTP/1.1 {status_int} {reason}", "Connection: close",
            "Content-Type: text/html; charset=utf-8", f"Content-Length: {len(body)}"]  # fmt: skip
    head += [f"{name}: {value}" for name, value in SECURITY_HEADERS.items()]
    gunicorn_util.write_nonblock(sock, ("\r\n".join(head) + "\r\n\r\n").encode("latin-1") + body)


def use_swedish_protocol_errors() -> None:
    """Make gunicorn answer unparseable requests with ``_protocol_error`` (its workers
    call ``gunicorn.util.write_error``; this process only)."""
    gunicorn_util.write_error = _protocol_error


def server_options(
    *, host: str, port: int, workers: int | None, threads: int = THREADS_PER_WORKER
) -> dict[str, Any]:
    return {
        "bind": _bind_address(host, port),
        "workers": workers or default_workers(),
        "worker_class": "gthread",
        "threads": threads,
        "timeout": TIMEOUT_SECONDS,
        "graceful_timeout": 10,
        "keepalive": 0,  # see the module docstring
        "preload_app": False,
        "accesslog": None,
        "errorlog": "-",
        "loglevel": "warning",
        "proc_name": "kommunminne",
        # 8 KiB request lines: longer ones get gunicorn's 400 before reaching the app
        "limit_request_line": 8190,
        "limit_request_fields": 100,
    }


def check_address(host: str, port: int) -> str | None:
    """A Swedish message if ``host:port`` cannot be listened on, else None."""
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except socket.gaierror:
        return f"okänd värd ”{host}”"
    family, kind, proto, _, address = infos[0]
    with socket.socket(family, kind, proto) as sock:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            sock.bind(address)
        except PermissionError:
            return f"porten {port} kräver administratörsrättigheter; välj en annan med --port"
        except OSError as exc:
            if exc.errno == errno.EADDRINUSE:
                return f"porten {port} på {host} används redan; välj en annan med --port"
            return f"kan inte lyssna på {host}:{port}: {exc.strerror}"
    return None


def serve(settings: Settings, *, host: str, port: int, workers: int | None) -> None:
    """Serve the web interface on ``host:port`` until interrupted."""
    options = server_options(host=host, port=port, workers=workers)
    problem = check_address(host, port)
    if problem:
        print(f"kommunminne: {problem}", file=sys.stderr)
        sys.exit(2)
    if not settings.data_dir.is_dir():
        print(
            f"kommunminne: varning: datakatalogen {settings.data_dir} finns inte ännu; "
            "läs in handlingar med ”kommunminne ingest”.",
            file=sys.stderr,
        )
    shown_host = f"[{host}]" if ":" in host else host
    print(
        f"Kommunminne på http://{shown_host}:{port}/ "
        f"({workers_sv(options['workers'])} × {options['threads']} trådar, "
        f"data i {settings.data_dir}). Avsluta med Ctrl-C.",
        file=sys.stderr,
        flush=True,
    )
    KommunminneServer(settings, options).run()
