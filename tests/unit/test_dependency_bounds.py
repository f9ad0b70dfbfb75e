"""Packaging hygiene (issue 12): every requirement has an upper bound, and constraints.txt
pins the whole dependency tree at versions inside those bounds, so a new release of any
dependency cannot reach a clean install (scripts/venv.sh installs with -c constraints.txt)."""
from __future__ import annotations

import re
import tomllib
from importlib import metadata

from packaging.markers import default_environment
from packaging.requirements import Requirement

from tests.conftest import ROOT

PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
REQUIREMENTS = [Requirement(r) for r in (*PYPROJECT["dependencies"],
                                         *(r for extra in PYPROJECT["optional-dependencies"].values()
                                           for r in extra))]


def canonical(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()     # PEP 503


def pins() -> dict[str, str]:
    found = {}
    for line in (ROOT / "constraints.txt").read_text().splitlines():
        line = line.split("#")[0].strip()
        if line:
            name, _, version = line.partition("==")
            assert version, f"constraints.txt: {line!r} is not an exact pin (name==version)"
            found[canonical(name)] = version.strip()
    return found


def test_every_requirement_has_an_upper_bound():
    unbounded = [str(r) for r in REQUIREMENTS
                 if not any(s.operator in ("<", "<=", "~=", "==") for s in r.specifier)]
    assert not unbounded, f"add an upper bound (<next major) in pyproject.toml: {unbounded}"


def test_pins_sit_inside_the_bounds():
    pinned = pins()
    outside = {str(r): pinned.get(canonical(r.name)) for r in REQUIREMENTS
               if canonical(r.name) not in pinned or not r.specifier.contains(pinned[canonical(r.name)],
                                                                              prereleases=True)}
    assert not outside, f"constraints.txt lacks or breaks these (run scripts/lock.sh): {outside}"


def test_the_installed_dependency_tree_is_pinned():
    """Walk the requirements through the installed packages' own metadata (extras included):
    each package reached must be pinned in constraints.txt."""
    pinned, env = pins(), default_environment()
    todo, seen, missing = [(r, "") for r in REQUIREMENTS], set(), []
    while todo:
        req, extra = todo.pop()
        if req.marker is not None and not req.marker.evaluate({**env, "extra": extra}):
            continue
        key = (canonical(req.name), tuple(sorted(req.extras)))
        if key in seen:
            continue
        seen.add(key)
        if key[0] not in pinned:
            missing.append(req.name)
        try:
            dist = metadata.distribution(req.name)
        except metadata.PackageNotFoundError:
            continue            # not installed here: nothing further to walk
        for sub in dist.requires or []:
            todo.extend((Requirement(sub), e) for e in ("", *req.extras))
    assert not missing, f"not pinned in constraints.txt (run scripts/lock.sh): {sorted(set(missing))}"


def test_venv_script_installs_with_the_constraints():
    script = (ROOT / "scripts" / "venv.sh").read_text()
    installs = [line for line in script.splitlines() if "pip install" in line]
    assert installs and all("-c constraints.txt" in line for line in installs), installs
