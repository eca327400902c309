"""``kommunminne serve`` runs gunicorn (never Flask's development server)."""

from __future__ import annotations

import http.client
import os

import pytest
from gunicorn.app.base import BaseApplication

from tests.webapp.serving import free_port, stop, wait_healthy
from webapp.server import KommunminneServer, server_options


def test_server_options():
    options = server_options(host="127.0.0.1", port=8123, workers=None)
    assert options["bind"] == "127.0.0.1:8123"
    assert options["workers"] == (os.cpu_count() or 1)
    assert options["worker_class"] == "gthread"
    assert options["threads"] >= 2
    assert options["preload_app"] is False  # the index is opened in each worker
    assert options["keepalive"] == 0  # a new connection per request balances the workers
    assert server_options(host="::1", port=80, workers=3)["bind"] == "[::1]:80"
    assert server_options(host="::1", port=80, workers=3)["workers"] == 3


def test_gunicorn_application_loads_the_flask_app(settings):
    server = KommunminneServer(settings, server_options(host="127.0.0.1", port=1, workers=2))
    assert isinstance(server, BaseApplication)
    assert server.cfg.workers == 2
    assert server.cfg.worker_class_str == "gthread"
    app = server.load()
    assert app.extensions["kommunminne"].settings == settings


@pytest.mark.slow
def test_serve_command_answers_over_http(tmp_path):
    import subprocess
    import sys

    from tests.webapp.sample import build_data_dir

    settings = build_data_dir(tmp_path / "data")
    port = free_port()
    process = subprocess.Popen(
        [sys.executable, "-m", "kommunminne.cli", "serve", "--data-dir", str(settings.data_dir),
         "--port", str(port), "--workers", "2"],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
    )  # fmt: skip
    try:
        wait_healthy(port, process)
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
        for _ in range(3):  # keep-alive: several requests on one connection
            conn.request("GET", "/api/search?q=Gottsunda")
            response = conn.getresponse()
            body = response.read()
            assert response.status == 200
            assert b'"total": 5' in body or b'"total":5' in body
        assert "gunicorn" in response.getheader("Server", "")
        conn.request("GET", "/documents/..%2F..%2Fetc%2Fpasswd")
        response = conn.getresponse()
        assert response.status == 404 and b"root:" not in response.read()
        conn.close()
        # an address longer than gunicorn's limit: its error page, but in Swedish
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
        conn.request("GET", "/search?q=" + "a" * 9000)
        response = conn.getresponse()
        page = response.read().decode("utf-8")
        assert response.status == 414
        assert "För lång adress" in page and 'lang="sv"' in page
        assert response.getheader("X-Content-Type-Options") == "nosniff"
        assert "default-src 'self'" in response.getheader("Content-Security-Policy")
        conn.close()
    finally:
        stop(process)
    output = process.stdout.read().decode()
    assert "Kommunminne på http://127.0.0.1:" in output
    assert "development server" not in output


@pytest.mark.slow
def test_served_workers_see_new_documents_through_their_caches(tmp_path):
    """Two gunicorn workers, each with its own result cache: after an ingest-like write
    every answer (whichever worker gives it) has the new document."""
    import json
    import subprocess
    import sys

    from tests.webapp.sample import build_data_dir
    from tests.webapp.test_live_index import extra_document, ingest_like

    settings = build_data_dir(tmp_path / "data")
    port = free_port()
    process = subprocess.Popen(
        [sys.executable, "-m", "kommunminne.cli", "serve", "--data-dir", str(settings.data_dir),
         "--port", str(port), "--workers", "2"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )  # fmt: skip

    def totals(n: int) -> set[int]:
        found = set()
        for _ in range(n):  # new connections: the requests spread over both workers
            conn = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
            conn.request("GET", "/api/search?q=badhuset")
            response = conn.getresponse()
            assert response.status == 200
            found.add(json.loads(response.read())["total"])
            conn.close()
        return found

    try:
        wait_healthy(port, process)
        assert totals(12) == {0}  # both workers have the answer cached now
        ingest_like(settings, [extra_document(0)])
        assert totals(12) == {1}
    finally:
        stop(process)


def test_busy_port_is_a_clear_swedish_error():
    import socket

    from webapp.server import check_address

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        sock.listen()
        port = sock.getsockname()[1]
        assert "används redan" in check_address("127.0.0.1", port)
    assert check_address("127.0.0.1", port) is None
    assert "okänd värd" in check_address("no-such-host.invalid", 8000)
