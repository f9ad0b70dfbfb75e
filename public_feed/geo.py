"""The map of upcoming events as plain SVG (no script): Web Mercator maths and the layout of
tiles and markers. Pure.

Tiles come only from the tile server the city configures (``site.map_tiles``, a URL template
with ``{z}``, ``{x}`` and ``{y}`` as in the OpenStreetMap "slippy map" convention,
https://wiki.openstreetmap.org/wiki/Slippy_map_tilenames); without one nothing external is
loaded and the markers are drawn on a plain background. Projection: EPSG:3857 (spherical
Web Mercator) with 256-pixel tiles.
"""
from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Sequence

TILE = 256
MAX_ZOOM = 17
MAX_LAT = 85.05112878


def project(lat: float, lon: float, zoom: int) -> tuple[float, float]:
    """WGS 84 degrees → global pixel ``(x, y)`` at ``zoom`` (Web Mercator, 256-px tiles)."""
    lat = max(-MAX_LAT, min(MAX_LAT, lat))
    scale = TILE * 2 ** zoom
    x = (lon + 180.0) / 360.0 * scale
    rad = math.radians(lat)
    y = (1.0 - math.log(math.tan(rad) + 1.0 / math.cos(rad)) / math.pi) / 2.0 * scale
    return x, y


@dataclass(frozen=True)
class Tile:
    url: str
    x: float          # position in the SVG (pixels)
    y: float


@dataclass(frozen=True)
class Marker:
    number: int       # 1-based, as in the list under the map
    x: float
    y: float
    item: object      # the event it marks


@dataclass(frozen=True)
class MapView:
    width: int
    height: int
    zoom: int
    tiles: tuple[Tile, ...]
    markers: tuple[Marker, ...]


def layout(points: Sequence[tuple[float, float, object]], tiles_url: str = "", width: int = 768,
           height: int = 480, pad: int = 40) -> MapView | None:
    """``[(lat, lon, item)]`` → the view: the highest zoom (≤ :data:`MAX_ZOOM`) at which every
    point fits inside the ``width`` × ``height`` box less ``pad``, centred on the points' box,
    the tiles covering it (from ``tiles_url``; none when it is ``""``) and one marker per
    point. ``None`` for no points."""
    if not points:
        return None
    zoom = MAX_ZOOM
    while zoom > 0:
        xs, ys = zip(*(project(lat, lon, zoom) for lat, lon, _ in points))
        if max(xs) - min(xs) <= width - 2 * pad and max(ys) - min(ys) <= height - 2 * pad:
            break
        zoom -= 1
    xs, ys = zip(*(project(lat, lon, zoom) for lat, lon, _ in points))
    x0 = (max(xs) + min(xs)) / 2 - width / 2
    y0 = (max(ys) + min(ys)) / 2 - height / 2
    tiles = []
    if tiles_url:
        n = 2 ** zoom
        for ty in range(math.floor(y0 / TILE), math.floor((y0 + height) / TILE) + 1):
            if not 0 <= ty < n:
                continue
            for tx in range(math.floor(x0 / TILE), math.floor((x0 + width) / TILE) + 1):
                url = tiles_url.replace("{z}", str(zoom)).replace("{x}", str(tx % n)).replace("{y}", str(ty))
                tiles.append(Tile(url, round(tx * TILE - x0, 1), round(ty * TILE - y0, 1)))
    markers = tuple(Marker(i, round(x - x0, 1), round(y - y0, 1), item)
                    for i, (x, y, (_, _, item)) in enumerate(zip(xs, ys, points), start=1))
    return MapView(width, height, zoom, tuple(tiles), markers)
