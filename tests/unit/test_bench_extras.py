"""The benches that reuse the test helpers say what to install when the test extras are
missing, instead of a traceback (issue 17: the README's setup installs no pytest)."""
from __future__ import annotations

import subprocess
import sys

import pytest

from tests.conftest import ROOT

RUN = ("import sys, runpy; sys.modules['pytest'] = None; sys.argv = [{name!r}, '--help'];"
       " runpy.run_module({name!r}, run_name='__main__')")


@pytest.mark.parametrize("name", ["bench.site_scale", "bench.serve_bench", "bench.site_pages",
                                  "bench.google_requests"])
def test_bench_without_pytest_names_the_install(name):
    done = subprocess.run([sys.executable, "-c", RUN.format(name=name)], cwd=ROOT, capture_output=True,
                          text=True, env={"PYTHONPATH": str(ROOT), "PATH": ""}, timeout=120)
    assert done.returncode == 1, done.stderr
    assert "Traceback" not in done.stderr, done.stderr
    assert "pip install -c constraints.txt -e '.[test]'" in done.stderr and "pytest" in done.stderr


def test_sync_scale_needs_no_test_extras():
    done = subprocess.run([sys.executable, "-c", RUN.format(name="bench.sync_scale")], cwd=ROOT,
                          capture_output=True, text=True, env={"PYTHONPATH": str(ROOT), "PATH": ""}, timeout=120)
    assert done.returncode == 0 and "usage" in done.stdout, done.stderr
