"""Chart PNGs cached by their data's hash, so a sync whose figures did not change draws nothing.

The cache is a folder (``<output.dir>/.chart-cache``) of ``<chart name>-<key>.png`` files,
``key`` = :func:`reports.charts.chart_key` (the chart's numbers, the renderer's source and the
matplotlib version). A chart whose key has a file is read back; any other is drawn with
:func:`reports.charts.render_chart` and stored (written to a temporary name, then renamed, so
a killed run leaves no half file); older files of a drawn chart are deleted. Files are
content-addressed, so writing them before the sync commits is harmless.
"""
from __future__ import annotations

import os
from pathlib import Path
from typing import Mapping

from reports import charts as renderer
from reports.chart_data import ChartData


def cached_pngs(charts: Mapping[str, ChartData], folder: Path,
                keys: Mapping[str, str] | None = None) -> tuple[dict[str, bytes], list[str]]:
    """``({name: PNG bytes}, [names drawn this time])``; ``keys``: :func:`chart_keys` of
    ``charts`` when already computed. Raises ``OSError``."""
    folder.mkdir(parents=True, exist_ok=True)
    keys = chart_keys(charts) if keys is None else keys
    pngs, drawn = {}, []
    for name, chart in charts.items():
        path = folder / f"{name}-{keys[name][:32]}.png"
        if path.is_file():
            pngs[name] = path.read_bytes()
            continue
        png = renderer.render_chart(chart)
        tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
        tmp.write_bytes(png)
        os.replace(tmp, path)
        for old in folder.glob(f"{name}-*.png"):
            if old != path:
                old.unlink(missing_ok=True)
        pngs[name] = png
        drawn.append(name)
    return pngs, drawn


def chart_keys(charts: Mapping[str, ChartData]) -> dict[str, str]:
    """``{name: reports.charts.chart_key(chart)}``: equal for two charts exactly when their PNGs
    are (the numbers, the renderer's source and the matplotlib version decide the picture)."""
    return {name: renderer.chart_key(chart) for name, chart in charts.items()}


def stand_ins(keys: Mapping[str, str]) -> dict[str, bytes]:
    """``{name: bytes}`` standing for each chart's PNG in
    :func:`sheets_sync.unchanged.tables_digest` (issue 17, p17y: the sync digests its tables
    without waiting for the report worker to draw): ``b"chart-key:"`` and the chart's key
    (``keys``: :func:`chart_keys`). Pure."""
    return {name: b"chart-key:" + key.encode() for name, key in keys.items()}
