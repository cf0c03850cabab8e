"""The article record (schema v1): its JSON Schema, validation and JSON Lines serialisation."""

from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources
from typing import Any

SCHEMA_VERSION = 1


@lru_cache(maxsize=1)
def schema() -> dict:
    return json.loads(resources.files("newsscrape").joinpath("schema/article.schema.json").read_text("utf-8"))


@lru_cache(maxsize=1)
def _validator():
    from jsonschema import Draft202012Validator

    return Draft202012Validator(schema())


def errors(record: Any) -> list[str]:
    """Human-readable reasons why a record does not fit the schema ([] when it does)."""
    out = []
    for err in sorted(_validator().iter_errors(record), key=lambda e: list(e.absolute_path)):
        where = "/".join(str(p) for p in err.absolute_path) or "(record)"
        out.append(f"{where}: {err.message}")
    return out


def to_json_line(record: dict) -> str:
    """One line of JSON Lines: UTF-8 text with Arabic unescaped, no newline inside."""
    return json.dumps(record, ensure_ascii=False, separators=(",", ":")) + "\n"
