"""Optional intake columns for a picture and a place on a map (issue 15). Pure.

============== ==========================================================================
column         rule
============== ==========================================================================
Image URL      an ``https://`` address of a picture (shown on the event page and as
               schema.org ``image``); anything else is a warning and no picture
Image Alt Text what the picture shows, for people who cannot see it (WCAG 2.1 SC 1.1.1):
               **required** when Image URL is given — without it the row is an error
Latitude,      WGS 84 decimal degrees (``35.9940``, ``-78.8986``), both or neither;
Longitude      out of range or only one of them is a warning and no map point
============== ==========================================================================

A combined event takes the picture and point of its first row that has one (:func:`media_of`).
"""
from __future__ import annotations

import re
from typing import Any, Callable

from .model import CombinedEvent

COLUMNS = ("Image URL", "Image Alt Text", "Latitude", "Longitude")
_HTTPS = re.compile(r"https://[^\s<>\"']+$", re.IGNORECASE)


def parse_image(url: str, alt: str, warn: Callable[[str, str, str, str], None],
                error: Callable[[str, str, str, str], None]) -> tuple[str, str] | None:
    """``(url, alt)`` or ``None``; ``warn``/``error(column, value, problem, action)`` report."""
    if not url:
        return None
    if not _HTTPS.match(url):
        warn("Image URL", url, "not an https:// address of a picture; no picture is shown",
             "paste the picture's full https:// address")
        return None
    if not alt:
        error("Image Alt Text", alt, "a picture needs alt text (what it shows, for people who cannot see it)",
              "describe the picture in Image Alt Text, e.g. \u201cfirefighter showing kids a hose\u201d")
        return None
    return url, alt


def _degrees(text: str) -> float | None:
    try:
        return float(text.replace("\u2212", "-").rstrip("°").strip())
    except ValueError:
        return None


def parse_point(lat_text: str, lon_text: str,
                warn: Callable[[str, str, str, str], None]) -> tuple[float, float] | None:
    """``(latitude, longitude)`` or ``None`` (with a warning for anything but two blanks)."""
    if not lat_text and not lon_text:
        return None
    if not lat_text or not lon_text:
        column, value = ("Latitude", lat_text) if not lat_text else ("Longitude", lon_text)
        warn(column, value, "only one of Latitude and Longitude is filled in; not shown on the map",
             "fill in both (decimal degrees, e.g. 35.9940 and -78.8986) or neither")
        return None
    lat, lon = _degrees(lat_text), _degrees(lon_text)
    if lat is None or not -90 <= lat <= 90:
        warn("Latitude", lat_text, "not a latitude (decimal degrees from -90 to 90); not shown on the map",
             "type decimal degrees, e.g. 35.9940")
        return None
    if lon is None or not -180 <= lon <= 180:
        warn("Longitude", lon_text, "not a longitude (decimal degrees from -180 to 180); not shown on the map",
             "type decimal degrees, e.g. -78.8986 (west is negative)")
        return None
    return round(lat, 6), round(lon, 6)


def parse_media(get: Callable[[str], Any], text: Callable[[Any], str],
                warn: Callable[[str, str, str, str], None], error: Callable[[str, str, str, str], None]
                ) -> tuple[tuple[str, str] | None, tuple[float, float] | None]:
    """The row's ``(image, point)`` from the optional columns (``get(column)`` → cell)."""
    image = parse_image(text(get("Image URL")), text(get("Image Alt Text")), warn, error)
    point = parse_point(text(get("Latitude")), text(get("Longitude")), warn)
    return image, point


def media_of(event: CombinedEvent) -> tuple[tuple[str, str] | None, tuple[float, float] | None]:
    """The combined event's ``(image, point)``: each from its first row that has one."""
    image = next((r.image for r in event.rows if getattr(r, "image", None)), None)
    point = next((r.point for r in event.rows if getattr(r, "point", None)), None)
    return image, point
