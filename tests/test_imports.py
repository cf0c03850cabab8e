"""Every module of the package imports on its own, first, in a fresh interpreter: an import cycle that the
package's usual order hides (``newsscrape.segment`` imported before ``newsscrape.extract``) breaks whoever
imports the other module first."""

from __future__ import annotations

import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor

from conftest import ROOT


def _modules() -> list[str]:
    package = ROOT / "newsscrape"
    names = []
    for path in sorted(package.rglob("*.py")):
        if path.stem == "__main__":
            continue                  # runs the command when imported
        parts = path.relative_to(ROOT).with_suffix("").parts
        names.append(".".join(parts[:-1] if parts[-1] == "__init__" else parts))
    return names


def _imports_alone(name: str) -> tuple[str, str]:
    r = subprocess.run([sys.executable, "-c", f"import {name}"], capture_output=True, text=True, timeout=120,
                       cwd=ROOT)
    return name, r.stderr.strip().splitlines()[-1] if r.returncode else ""


def test_every_module_imports_first_and_alone():
    with ThreadPoolExecutor(max_workers=4) as pool:
        failed = {name: err for name, err in pool.map(_imports_alone, _modules()) if err}
    assert failed == {}
