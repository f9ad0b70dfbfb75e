"""How long the public pages take on a busy calendar (prints figures; not a test).

Builds N public events the real way (workbook → sync), then times each page type through
Flask's test client (no network). Usage:

    PYTHONPATH=. python bench/site_pages.py [N]     # default 2000
"""
from __future__ import annotations

import json
import sys
import tempfile
import time
from pathlib import Path

from bench import require_test_extras  # noqa: E402

require_test_extras()

from tests.sitedata import big_tabs, build_site, fresh_config, make_app  # noqa: E402


def main(n: int = 2000) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        t0 = time.perf_counter()
        config = build_site(fresh_config(Path(tmp)), big_tabs(n))
        print(f"sync of {n} events: {time.perf_counter() - t0:.1f} s")
        uid = json.loads((config.out_dir / "public/events.json").read_text())[n // 2]["uid"]
        client = make_app(config).test_client()
        pages = {"list": "/", "list page 20": "/?page=20", "filtered": "/?department=fire&joint=1",
                 "search": "/?q=block+99", "month": "/month/2025-09", "event": f"/events/{uid}",
                 "event .ics": f"/events/{uid}.ics", "events.json": "/events.json", "embed": "/embed",
                 "list (es)": "/?lang=es"}
        client.get("/")                               # first read parses events.json
        for name, path in pages.items():
            runs = 20
            t = time.perf_counter()
            for _ in range(runs):
                assert client.get(path).status_code == 200
            print(f"{name:>14}: {(time.perf_counter() - t) / runs * 1000:7.1f} ms/request")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 2000)
