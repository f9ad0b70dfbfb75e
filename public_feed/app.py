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

#: No inline script or style anywhere; JSON-LD data blocks are not executed, so need no
#: allowance. Only /embed relaxes frame-ancestors (public_feed.pages.embed).
CSP = ("default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
       "object-src 'none'; frame-ancestors 'self'; base-uri 'none'; form-action 'self'")


def create_app(test_config: dict | None = None) -> Flask:
    app = Flask(__name__)
    app.config.from_mapping(SAFETY_EVENTS_CONFIG=os.environ.get("SAFETY_EVENTS_CONFIG", "config.yaml"),
                            STAFF_TOKEN=os.environ.get("SAFETY_EVENTS_STAFF_TOKEN", ""),
                            CSP=CSP)
    if test_config:
        app.config.update(test_config)
    config = app.config.get("SAFETY_EVENTS_CONFIG_OBJ")
    if config is None:
        from sheets_sync.config import load_config
        config = load_config(Path(app.config["SAFETY_EVENTS_CONFIG"]))
        app.config["SAFETY_EVENTS_CONFIG_OBJ"] = config

    from .store import PublishedStore
    app.extensions["store"] = PublishedStore(config.out_dir, config)

    from . import feeds, i18n, pages, staff, views
    i18n.init_app(app)
    app.register_blueprint(feeds.bp)
    app.register_blueprint(views.bp)
    app.register_blueprint(pages.bp)
    app.register_blueprint(staff.bp)
    from . import dashboard, open_data
    app.register_blueprint(dashboard.bp)
    app.register_blueprint(open_data.bp)
    from . import staff_board                  # issue 14: coordination pages behind the staff token
    app.register_blueprint(staff_board.bp)
    if app.config.get("NOT_MODIFIED_LAYER", True):    # issue 17: 304s for published files before Flask
        from .conditional import NotModified
        app.wsgi_app = NotModified(app.wsgi_app, app.extensions["store"], app.config)
    staff.install_log_redaction(app)
    staff.warn_if_weak(app)

    @app.after_request
    def security_headers(response):
        response.headers.setdefault("Content-Security-Policy", app.config["CSP"])
        response.headers.setdefault("X-Content-Type-Options", "nosniff")
        response.headers.setdefault("Referrer-Policy", "strict-origin-when-cross-origin")
        return response

    return app
