"""The shipped server (``safety-events serve``: waitress) next to real nginx with deploy/'s site,
in requests per second over loopback, at 2,000 and 100,000 events (issue 17), in one run.

For each size: :mod:`bench.workbook` writes a synthetic intake workbook and its config, the real
sync (``safety-events sync``, a subprocess) publishes ``out/``, then two servers run over that
folder, as tests/e2e/test_nginx_deploy.py starts them:

* ``app``   — ``safety-events serve --host 127.0.0.1 --port P`` (waitress, 8 threads, as shipped);
* ``nginx`` — deploy/nginx-safety-events.conf rendered for this folder (static files from
  ``out/public``; pages, ``/events.json`` and anything else proxied to the app above).

Each request is sent by :data:`CLIENTS` threads, each with its own keep-alive HTTP/1.1
connection (:mod:`http.client`), for :data:`SECONDS` seconds after a warm-up; the figure is
completed requests per second (every answer read in full and its status checked). Requests:
the full ``/calendar.ics``; the same with ``If-None-Match`` of its ETag (a 304); ``/``;
``/events.json?from=<today>&limit=50``; this month's page ``/month/YYYY-MM``. Printed: req/s of
each server, the ratio app/nginx, the answer's size and the load average before and after
(2 cores are shared: compare ratios, not absolute rates, between runs).

Run: ``PYTHONPATH=. python -m bench.serve_bench`` (sizes: ``2000 100000`` by default;
``--workdir DIR`` keeps and reuses the synced cities; nginx must be installed, as for the nginx
tests: scripts/test.sh installs Debian's).
"""
from __future__ import annotations

import argparse
import http.client
import os
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
from datetime import date
from pathlib import Path

from bench import require_test_extras

ROOT = Path(__file__).resolve().parent.parent
CLIENTS = 4
SECONDS = 3.0


def prepare(n: int, folder: Path, today: date) -> float:
    """Write the workbook and config for ``n`` rows in ``folder`` and sync it; wall seconds of the sync."""
    from bench.workbook import write_workbook
    write_workbook(n, folder, today)
    started = time.monotonic()
    done = subprocess.run([sys.executable, "-m", "sheets_sync.cli", "sync"], cwd=folder, env=_env(),
                          stdin=subprocess.DEVNULL, capture_output=True, text=True, timeout=3600)
    if done.returncode != 0:
        raise SystemExit(f"sync of {n} rows failed:\n{done.stdout}{done.stderr}")
    return time.monotonic() - started


def _env() -> dict:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    env.pop("SAFETY_EVENTS_CONFIG", None)
    return env


def _free_port() -> int:
    import socket
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _wait(url: str, process: subprocess.Popen, what: str) -> None:
    deadline = time.monotonic() + 120
    while True:
        try:
            urllib.request.urlopen(url, timeout=30).read()
            return
        except OSError:
            if process.poll() is not None:
                raise SystemExit(f"{what} exited with {process.returncode}")
            if time.monotonic() > deadline:
                raise SystemExit(f"{what} did not answer in 120 s")
            time.sleep(0.2)


def start_servers(folder: Path, work: Path) -> tuple[list[subprocess.Popen], int, int]:
    """Start the app and nginx in front of it over ``folder/out``; ``(processes, app port, nginx port)``."""
    from tests.e2e.test_nginx_deploy import nginx_binary, render_main, render_site
    app_port, port = _free_port(), _free_port()
    app = subprocess.Popen([sys.executable, "-m", "sheets_sync.cli", "serve", "--host", "127.0.0.1",
                            "--port", str(app_port)], cwd=folder, env=_env(), stdin=subprocess.DEVNULL,
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    prefix = work / "nginx"
    prefix.mkdir()
    (prefix / "site.conf").write_text(render_site(folder / "out" / "public", port, app_port))
    (prefix / "nginx.conf").write_text(render_main(prefix, prefix / "site.conf"))
    nginx = subprocess.Popen([nginx_binary(), "-p", str(prefix), "-e", str(prefix / "error.log"),
                              "-c", str(prefix / "nginx.conf"), "-g", "daemon off;"],
                             stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    processes = [app, nginx]
    try:
        _wait(f"http://127.0.0.1:{app_port}/healthz", app, "safety-events serve")
        _wait(f"http://127.0.0.1:{port}/calendar.ics", nginx, "nginx")
    except BaseException:
        stop(processes)
        raise
    return processes, app_port, port


def stop(processes: list[subprocess.Popen]) -> None:
    for p in processes:
        p.terminate()
    for p in processes:
        try:
            p.wait(timeout=30)
        except subprocess.TimeoutExpired:
            p.kill()
            p.wait(timeout=30)


def rate(port: int, path: str, headers: dict, expect: int, seconds: float = SECONDS,
         clients: int = CLIENTS) -> tuple[float, int]:
    """``(requests per second, bytes of one answer)`` of ``clients`` keep-alive connections
    sending ``GET path`` for ``seconds``; every answer must have status ``expect``."""
    counts, sizes, errors = [0] * clients, [0] * clients, []
    start = threading.Barrier(clients + 1)
    stop_at = [0.0]

    def client(k: int) -> None:
        connection = http.client.HTTPConnection("127.0.0.1", port, timeout=120)
        try:
            for _ in range(2):                                   # warm-up (first page loads the index)
                connection.request("GET", path, headers=headers)
                connection.getresponse().read()
            start.wait()
            while time.monotonic() < stop_at[0]:
                connection.request("GET", path, headers=headers)
                response = connection.getresponse()
                body = response.read()
                if response.status != expect:
                    raise RuntimeError(f"{path}: {response.status}, expected {expect}")
                counts[k] += 1
                sizes[k] = len(body)
        except Exception as exc:                    # noqa: BLE001 — reported after the run
            errors.append(exc)
            start.abort()
        finally:
            connection.close()

    threads = [threading.Thread(target=client, args=(k,)) for k in range(clients)]
    for t in threads:
        t.start()
    stop_at[0] = time.monotonic() + 3600
    try:
        start.wait()
    except threading.BrokenBarrierError:
        pass
    began = time.monotonic()
    stop_at[0] = began + seconds
    for t in threads:
        t.join()
    if errors:
        raise SystemExit(f"port {port} {path}: {errors[0]}")
    return sum(counts) / (time.monotonic() - began), max(sizes)


def requests(app_port: int, today: date) -> list[tuple[str, str, dict, int]]:
    """``(name, path, headers, expected status)`` of each request measured."""
    etag = urllib.request.urlopen(f"http://127.0.0.1:{app_port}/calendar.ics", timeout=120).headers["ETag"]
    return [("calendar.ics (full)", "/calendar.ics", {}, 200),
            ("calendar.ics 304", "/calendar.ics", {"If-None-Match": etag}, 304),
            ("/", "/", {}, 200),
            ("events.json limit=50", f"/events.json?from={today.isoformat()}&limit=50", {}, 200),
            ("month page", f"/month/{today:%Y-%m}", {}, 200)]


def measure(n: int, today: date, seconds: float = SECONDS,
            workdir: Path | None = None) -> tuple[float | None, list[tuple[str, float, float, int]]]:
    """``(sync seconds, [(request, app req/s, nginx req/s, bytes)])`` at ``n`` rows; with
    ``workdir``, the city is ``workdir/city-<n>`` and a folder already synced there is reused
    (sync seconds ``None``)."""
    with tempfile.TemporaryDirectory(prefix=f"serve-{n}-") as tmp:
        folder = (workdir or Path(tmp)) / f"city-{n}"
        synced = None
        if not (folder / "out" / "public" / "calendar.ics").is_file():
            synced = prepare(n, folder, today)
        processes, app_port, port = start_servers(folder, Path(tmp))
        try:
            rows = []
            for name, path, headers, expect in requests(app_port, today):
                app, size = rate(app_port, path, headers, expect, seconds)
                nginx, _ = rate(port, path, headers, expect, seconds)
                rows.append((name, app, nginx, size))
            return synced, rows
        finally:
            stop(processes)


def main() -> None:
    require_test_extras()
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("sizes", type=int, nargs="*", default=[2000, 100_000])
    ap.add_argument("--seconds", type=float, default=SECONDS, help="Seconds per request and server.")
    ap.add_argument("--workdir", type=Path, help="Keep each synced city in WORKDIR/city-<rows> and "
                    "reuse it on the next run (a 100,000-row sync takes minutes).")
    args = ap.parse_args()
    today = date.today()
    print(f"load average before: {' '.join(f'{x:.2f}' for x in os.getloadavg())}; {os.cpu_count()} CPUs; "
          f"{CLIENTS} keep-alive clients, {args.seconds:g} s a figure")
    for n in args.sizes:
        synced, rows = measure(n, today, args.seconds, args.workdir)
        print(f"\n{n:,} rows ({'synced before' if synced is None else f'sync {synced:.1f} s wall'}); "
              "requests/s over loopback")
        print(f"  {'request':<24}{'app (waitress)':>16}{'nginx':>12}{'app/nginx':>11}{'KB':>10}")
        for name, app, nginx, size in rows:
            print(f"  {name:<24}{app:16.1f}{nginx:12.1f}{app / nginx:11.2f}{size / 1000:10.1f}")
        print("  (nginx proxies /, /events.json and /month/ to the app: those rows are the app behind nginx)")
    print(f"\nload average after: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")


if __name__ == "__main__":
    main()
