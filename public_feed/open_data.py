"""Public open-data downloads: ``/open-data/combined-events.csv``, ``/open-data/datapackage.json``,
the performance measures (``measures.csv``, ``measures.xlsx``) and the catalogue (``data.json``).

Serves the files the sync published under ``public/open-data/`` (see
:mod:`reports.opendata`, :mod:`reports.measures_export`); only those names are served.
"""
from __future__ import annotations

from flask import Blueprint, abort, current_app

from .feeds import static_answer

bp = Blueprint("open_data", __name__)
FILES = {"combined-events.csv": "text/csv; charset=utf-8",
         "datapackage.json": "application/json; charset=utf-8",
         # the performance measures and the DCAT-US catalogue (reports.measures_export)
         "measures.csv": "text/csv; charset=utf-8",
         "measures.xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
         "data.json": "application/json; charset=utf-8"}


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
