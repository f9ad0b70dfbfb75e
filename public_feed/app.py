"""The public calendar site: a Flask app factory (flaskr's habits).

The app reads only what the sync published under ``<out>/public`` (and ``<out>/private`` for
the staff token routes); it never holds Google credentials and never calls the Sheets API,
so a quota storm or a broken sheet cannot take the public page down. Nothing happens at
import time.

``create_app(test_config)`` keys: ``SAFETY_EVENTS_CONFIG_OBJ`` (a loaded Config) or
``SAFETY_EVENTS_CONFIG`` (a path; default ``config.yaml`` or the env var of that name).
"""
from __future__ import annotations

import os
from pathlib import Path

from flask import Flask


def create_app(test_config: dict | None = None) -> Flask:
    app = Flask(__name__)
    app.config.from_mapping(SAFETY_EVENTS_CONFIG=os.environ.get("SAFETY_EVENTS_CONFIG", "config.yaml"),
                            STAFF_TOKEN=os.environ.get("SAFETY_EVENTS_STAFF_TOKEN", ""),
                            PAGE_SIZE=50)
    if test_config:
        app.config.update(test_config)
    config = app.config.get("SAFETY_EVENTS_CONFIG_OBJ")
    if config is None:
        from sheets_sync.config import load_config
        config = load_config(Path(app.config["SAFETY_EVENTS_CONFIG"]))
        app.config["SAFETY_EVENTS_CONFIG_OBJ"] = config

    from .store import PublishedStore
    app.extensions["store"] = PublishedStore(config.out_dir, config)

    from . import feeds, views
    app.register_blueprint(feeds.bp)
    app.register_blueprint(views.bp)
    from . import dashboard, open_data
    app.register_blueprint(dashboard.bp)
    app.register_blueprint(open_data.bp)

    @app.after_request
    def security_headers(response):
        response.headers.setdefault(
            "Content-Security-Policy",
            "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
            "frame-ancestors *; base-uri 'none'; form-action 'self'")
        response.headers.setdefault("X-Content-Type-Options", "nosniff")
        response.headers.setdefault("Referrer-Policy", "strict-origin-when-cross-origin")
        return response

    return app
