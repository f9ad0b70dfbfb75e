"""Public open-data downloads: ``/open-data/combined-events.csv`` and ``/open-data/datapackage.json``.

Serves the files the sync published under ``public/open-data/`` (see
:mod:`reports.opendata`); only those two names are served.
"""
from __future__ import annotations

from flask import Blueprint, abort, current_app

from .feeds import static_answer

bp = Blueprint("open_data", __name__)
FILES = {"combined-events.csv": "text/csv; charset=utf-8",
         "datapackage.json": "application/json; charset=utf-8"}


@bp.get("/open-data/<name>")
def download(name: str):
    if name not in FILES:
        abort(404)
    blob = current_app.extensions["store"].blob(f"public/open-data/{name}")
    if blob is None:
        abort(404)
    response = static_answer(blob, FILES[name])      # the validators nginx sends for the file
    response.headers["Access-Control-Allow-Origin"] = "*"
    return response
