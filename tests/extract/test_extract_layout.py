"""The extraction package's shape (issue 31): a thin public face, and every threshold named in one module."""

from __future__ import annotations

import ast
from pathlib import Path

import newsscrape.extract as extract

PACKAGE = Path(extract.__file__).parent


def test_the_package_face_is_thin():
    assert len((PACKAGE / "__init__.py").read_text(encoding="utf-8").splitlines()) <= 30


def _numeric_constants(path: Path) -> list[str]:
    """Module-level names bound to a number (or a tuple of numbers) in ``path``."""
    found = []
    for node in ast.parse(path.read_text(encoding="utf-8")).body:
        if not isinstance(node, ast.Assign):
            continue
        values = node.value.elts if isinstance(node.value, ast.Tuple) else [node.value]
        if values and all(isinstance(v, ast.Constant) and isinstance(v.value, (int, float))
                          and not isinstance(v.value, bool) for v in values):
            found += [ast.unparse(t) for t in node.targets]
    return found


def test_every_threshold_is_named_in_thresholds():
    elsewhere = {p.name: names for p in sorted(PACKAGE.glob("*.py"))
                 if p.name != "thresholds.py" and (names := _numeric_constants(p))}
    assert elsewhere == {}
    assert len(_numeric_constants(PACKAGE / "thresholds.py")) >= 50
