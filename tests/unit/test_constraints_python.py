"""Every pin in constraints.txt installs on every Python the project accepts (requires-python).

Debian 12's python3 is 3.11.2: the README's Deploy steps (`python3 -m venv`, `pip install -c
constraints.txt`) failed there because soupsieve 4.1.3 needs Python >= 3.11.5."""
from __future__ import annotations

import tomllib
from importlib import metadata
from pathlib import Path

from packaging.specifiers import SpecifierSet
from packaging.version import Version

ROOT = Path(__file__).resolve().parents[2]


def pins() -> dict[str, str]:
    out = {}
    for line in (ROOT / "constraints.txt").read_text().splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            name, version = line.split("==")
            out[name] = version
    return out


def lowest_python() -> Version:
    spec = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["requires-python"]
    assert spec == ">=3.11"
    return Version("3.11.0")


def test_every_installed_pin_accepts_the_lowest_python_the_project_allows():
    lowest, checked, refused = lowest_python(), 0, []
    for name, version in pins().items():
        try:
            dist = metadata.distribution(name)
        except metadata.PackageNotFoundError:
            continue            # pinned for an extra this environment did not install
        assert dist.version == version, f"{name}: {dist.version} installed, {version} pinned"
        checked += 1
        needs = dist.metadata.get("Requires-Python")
        if needs and not SpecifierSet(needs).contains(lowest):
            refused.append(f"{name}=={version} needs Python {needs}")
    assert checked > 50
    assert refused == []
