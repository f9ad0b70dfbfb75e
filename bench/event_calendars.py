"""What one event's own calendar (``/events/<uid>.ics``) costs the app (issue 17, p17p;
prints figures, not a test).

On a synced folder (its ``config.yaml``; sync it first), asks Flask's test client (no
network) for the calendar of up to N public events spread over ``public/events.json``: a
full ``GET``, a ``GET`` with the answer's ``If-None-Match`` through the app's WSGI 304 layer
(:mod:`public_feed.conditional`), and the same through Flask (layer off). Prints the median
and 90th percentile in milliseconds and the CPU seconds of each kind. Runs with whichever
code is first on ``PYTHONPATH`` (one file per event before p17p, the table after), so two
versions are compared on their own synced folders:

    PYTHONPATH=. python -m bench.event_calendars DIR/config.yaml [N]      # default 2000
"""
from __future__ import annotations

import json
import statistics
import sys
import time

from public_feed.app import create_app
from sheets_sync.config import load_config


def timed(client, urls: list[str], headers: dict[str, dict]) -> tuple[list[float], float]:
    """Per-request milliseconds and the CPU seconds of all of them; every answer checked."""
    times, cpu = [], time.process_time()
    for url in urls:
        started = time.perf_counter()
        response = client.get(url, headers=headers.get(url, {}))
        times.append((time.perf_counter() - started) * 1000)
        assert response.status_code in (200, 304), (url, response.status_code)
    return times, time.process_time() - cpu


def main(config_path: str, n: int = 2000) -> None:
    config = load_config(config_path)
    events = json.loads((config.out_dir / "public" / "events.json").read_bytes())
    step = max(1, len(events) // n)
    urls = [f"/events/{e['uid']}.ics" for e in events[::step][:n]]
    apps = {layer: create_app({"SAFETY_EVENTS_CONFIG_OBJ": config, "NOT_MODIFIED_LAYER": layer})
            for layer in (True, False)}
    client = apps[True].test_client()
    client.get(urls[0])                                     # open what the app opens once
    etags = {url: {"If-None-Match": client.get(url).headers["ETag"]} for url in urls}
    print(f"{len(events):,} public events; {len(urls):,} calendars asked, each once per kind")
    for name, app, headers in (("GET 200", apps[True], {}), ("304 (layer)", apps[True], etags),
                               ("304 (Flask)", apps[False], etags)):
        ms, cpu = timed(app.test_client(), urls, headers)
        print(f"  {name:12} median {statistics.median(ms):6.3f} ms   p90 {statistics.quantiles(ms, n=10)[-1]:6.3f} ms"
              f"   {cpu:5.2f} s CPU")


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]) if len(sys.argv) > 2 else 2000)
