"""Request and response shapes from the real Sheets API v4 discovery document.

The discovery document ships inside google-api-python-client. The fake uses it two ways:

- :func:`check_body` refuses a ``spreadsheets.batchUpdate`` body with a field the API does not
  have, a value of the wrong JSON type or an enum value the API does not list, with the
  real API's wording (``Invalid JSON payload received. Unknown name "titel" at
  'requests[0].add_chart.chart.spec': Cannot find field.``).
- :func:`select` applies a ``fields`` partial-response mask (``sheets(properties(title),
  charts)``; ``a/b`` is ``a(b)``) to a resource, refusing names the resource does not have.
"""
from __future__ import annotations

import json
import re
from functools import lru_cache
from pathlib import Path
from typing import Any

from .errors import bad


@lru_cache(maxsize=1)
def schemas() -> dict[str, dict]:
    import googleapiclient
    doc = Path(googleapiclient.__file__).parent / "discovery_cache/documents/sheets.v4.json"
    return json.loads(doc.read_text(encoding="utf-8"))["schemas"]


def _resolve(schema: dict) -> dict:
    return schemas()[schema["$ref"]] if "$ref" in schema else schema


def _snake(name: str) -> str:
    return re.sub(r"(?<!^)(?=[A-Z])", "_", name).lower()


def check_body(body: Any, ref: str = "BatchUpdateSpreadsheetRequest") -> None:
    """Raise the API's 400 for the first field or value of ``body`` that ``ref`` refuses."""
    _check(body, {"$ref": ref}, "")


def _check(value: Any, schema: dict, path: str) -> None:
    schema = _resolve(schema)
    kind = schema.get("type")
    where = path or "root"
    if kind == "object":
        if not isinstance(value, dict):
            raise bad(f"Invalid value at '{where}': expected an object")
        props = schema.get("properties")
        for key, sub in value.items():
            if props is None:           # a free-form map
                continue
            if key not in props:
                raise bad(f'Invalid JSON payload received. Unknown name "{key}" at '
                          f"'{where}': Cannot find field.")
            _check(sub, props[key], f"{path}.{_snake(key)}" if path else _snake(key))
    elif kind == "array":
        if not isinstance(value, list):
            raise bad(f"Invalid value at '{where}': expected a list")
        for i, item in enumerate(value):
            _check(item, schema["items"], f"{path}[{i}]")
    elif kind == "string":
        if not isinstance(value, str):
            raise bad(f"Invalid value at '{where}' (TYPE_STRING), {json.dumps(value)}")
        if "enum" in schema and value not in schema["enum"]:
            raise bad(f"Invalid value at '{where}', \"{value}\"")
    elif kind == "integer":
        if isinstance(value, bool) or not isinstance(value, int):
            raise bad(f"Invalid value at '{where}' (TYPE_INT32), {json.dumps(value)}")
    elif kind == "number":
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            raise bad(f"Invalid value at '{where}' (TYPE_FLOAT), {json.dumps(value)}")
    elif kind == "boolean":
        if not isinstance(value, bool):
            raise bad(f"Invalid value at '{where}' (TYPE_BOOL), {json.dumps(value)}")


# -- fields masks ---------------------------------------------------------------------------

_TOKEN = re.compile(r"\s*([A-Za-z_][A-Za-z0-9_]*|\*|[(),/])")


def parse_mask(text: str) -> dict[str, Any]:
    """``"a,b(c,d/e)"`` → ``{"a": None, "b": {"c": None, "d": {"e": None}}}`` (None = all)."""
    tokens, pos = [], 0
    text = text.strip()
    while pos < len(text):
        m = _TOKEN.match(text, pos)
        if not m:
            raise bad(f"Invalid field selection {text}")
        tokens.append(m.group(1))
        pos = m.end()
    tree, rest = _parse_list(tokens, text)
    if rest:
        raise bad(f"Invalid field selection {text}")
    return tree


def _parse_list(tokens: list[str], text: str) -> tuple[dict, list[str]]:
    tree: dict[str, Any] = {}
    while True:
        name, sub, tokens = _parse_item(tokens, text)
        tree[name] = _merge(tree[name], sub) if name in tree else sub
        if not tokens or tokens[0] == ")":
            return tree, tokens
        if tokens[0] != ",":
            raise bad(f"Invalid field selection {text}")
        tokens = tokens[1:]


def _parse_item(tokens: list[str], text: str) -> tuple[str, dict | None, list[str]]:
    """``name``, ``name(list)`` or ``name/item`` → (name, sub-mask or None, rest)."""
    if not tokens or tokens[0] in "(),/":
        raise bad(f"Invalid field selection {text}")
    name, tokens = tokens[0], tokens[1:]
    if tokens and tokens[0] == "(":
        sub, tokens = _parse_list(tokens[1:], text)
        if not tokens or tokens[0] != ")":
            raise bad(f"Invalid field selection {text}")
        return name, sub, tokens[1:]
    if tokens and tokens[0] == "/":
        inner, inner_sub, tokens = _parse_item(tokens[1:], text)
        return name, {inner: inner_sub}, tokens
    return name, None, tokens


def _merge(a: dict | None, b: dict | None) -> dict | None:
    if a is None or b is None:
        return None
    return {**a, **b}


def select(resource: Any, mask: str, ref: str = "Spreadsheet") -> Any:
    """``resource`` (JSON of type ``ref``) cut down to the ``fields`` ``mask``; 400 when the
    mask names a field the type does not have."""
    tree = parse_mask(mask)
    _known(tree, {"$ref": ref})
    return _select(resource, tree, {"$ref": ref})


def _element(schema: dict) -> dict:
    schema = _resolve(schema)
    return _element(schema["items"]) if schema.get("type") == "array" else schema


def _known(tree: dict | None, schema: dict) -> None:
    """Every name in the mask is a field of the schema it applies to (else 400)."""
    if tree is None:
        return
    props = _element(schema).get("properties", {})
    for name, sub in tree.items():
        if name == "*":
            continue
        if name not in props:
            raise bad(f"Invalid field selection {name}")
        _known(sub, props[name])


def _select(value: Any, tree: dict | None, schema: dict) -> Any:
    if tree is None:
        return value
    schema = _resolve(schema)
    if schema.get("type") == "array":
        return [_select(v, tree, schema["items"]) for v in value]
    props = schema.get("properties", {})
    out = {}
    for name, sub in tree.items():
        if name == "*":
            out.update(value)
        elif name in value:
            out[name] = _select(value[name], sub, props[name])
    return out
