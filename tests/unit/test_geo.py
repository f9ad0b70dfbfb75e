"""The SVG map's Web Mercator maths and layout (issue 15)."""
from __future__ import annotations

import math

from public_feed.geo import TILE, layout, project


def _tile(lat, lon, z):   # the slippy-map formula written another way (asinh form)
    n = 2 ** z
    return (int((lon + 180) / 360 * n),
            int((1 - math.asinh(math.tan(math.radians(lat))) / math.pi) / 2 * n))


def test_project_matches_slippy_map_tiles():
    assert project(0, 0, 0) == (128.0, 128.0)
    for lat, lon, z in [(35.994, -78.8986, 10), (35.994, -78.8986, 15), (-33.86, 151.21, 12), (64.1, -21.9, 7)]:
        x, y = project(lat, lon, z)
        assert (int(x // TILE), int(y // TILE)) == _tile(lat, lon, z)


def test_layout_fits_points_and_uses_only_the_configured_tiles():
    pts = [(35.994, -78.8986, "a"), (36.0100, -78.9300, "b"), (35.9800, -78.8800, "c")]
    view = layout(pts, "")
    assert view.tiles == ()                          # nothing external without a tile server
    for m in view.markers:
        assert 40 - 0.1 <= m.x <= 768 - 40 + 0.1 and 40 - 0.1 <= m.y <= 480 - 40 + 0.1
    # one zoom closer would not fit
    xs, ys = zip(*(project(lat, lon, view.zoom + 1) for lat, lon, _ in pts))
    assert max(xs) - min(xs) > 768 - 80 or max(ys) - min(ys) > 480 - 80
    tiled = layout(pts, "https://tiles.example.org/{z}/{x}/{y}.png")
    assert tiled.tiles and all(t.url.startswith(f"https://tiles.example.org/{tiled.zoom}/") for t in tiled.tiles)
    # the tiles cover the whole view
    assert min(t.x for t in tiled.tiles) <= 0 and min(t.y for t in tiled.tiles) <= 0
    assert max(t.x for t in tiled.tiles) + TILE >= 768 and max(t.y for t in tiled.tiles) + TILE >= 480
    # marker b sits on the tile the slippy-map formula names
    b = next(m for m in tiled.markers if m.item == "b")
    tx, ty = _tile(36.01, -78.93, tiled.zoom)
    tile = next(t for t in tiled.tiles if t.url.endswith(f"/{tx}/{ty}.png"))
    assert tile.x <= b.x < tile.x + TILE and tile.y <= b.y < tile.y + TILE
    assert layout([], "") is None
    single = layout([(35.99, -78.9, "x")], "")
    assert single.zoom == 17 and (single.markers[0].x, single.markers[0].y) == (384.0, 240.0)
