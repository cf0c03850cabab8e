"""The article record (schema v1): the ``Article`` type, its JSON line, its JSON Schema and validation.

``Article`` is a frozen dataclass. Extraction and segmentation build it; the crawl extends it with
:meth:`Article.evolve` (``fetched_at``, ``modified``), never by editing a dict. It is also a read-only
``Mapping`` of its JSON fields, so ``record["title"]`` and ``dict(record)`` keep working for callers
that treat records as dicts, and Scrapy's feed exports take it as a dataclass item.

A dataclass, not a msgspec Struct: the record is built once per page and written once, so encoding
speed is not where time goes (extraction is ~100x that), and the standard library keeps the
dependency list short; validation stays with the JSON Schema the package ships for users.
"""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from typing import Any, Literal

SCHEMA_VERSION = 1
RelatedKind = Literal["read_also", "similar", "more"]


@dataclass(frozen=True, slots=True)
class Related:
    """One related-article link: ``read_also`` (between paragraphs), ``similar`` (after the article),
    ``more`` (site-wide lists)."""

    title: str
    url: str | None
    kind: RelatedKind
    excerpt: str | None = None

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"title": self.title, "url": self.url, "kind": self.kind}
        if self.excerpt:
            out["excerpt"] = self.excerpt
        return out


@dataclass(frozen=True)
class Article(Mapping):
    url: str | None
    title: str
    paragraphs: tuple[str, ...]
    extractor: str
    canonical_url: str | None = None
    site: str | None = None
    site_name: str | None = None
    subtitle: str | None = None
    source: str | None = None
    source_text: str | None = None
    authors: tuple[str, ...] = ()
    published: str | None = None
    modified: str | None = None
    published_precision: str | None = None     # "time", or "day" when the page gave a date alone
    modified_precision: str | None = None
    section: str | None = None
    tags: tuple[str, ...] = ()
    image: str | None = None
    related: tuple[Related, ...] = ()
    lang: str | None = None
    timezone: str | None = None      # the zone applied to dates the page printed without an offset
    fetched_at: str | None = None
    story: str | None = None         # a run with a state: the story this record carries (run.stories)
    copy_of: str | None = None       # ... and the canonical URL of that story's first record (None: this one)
    schema: int = field(default=SCHEMA_VERSION)
    # Not a JSON field: the content's fingerprint (run.state.fingerprint), computed where the page was
    # extracted (a pool process) so that the crawl's main process does not fold and hash the body again.
    content_fingerprint: str | None = field(default=None, compare=False, repr=False)

    @property
    def body(self) -> str:
        return "\n\n".join(self.paragraphs)

    @property
    def word_count(self) -> int:
        return sum(len(p.split()) for p in self.paragraphs)

    def evolve(self, **changes: Any) -> Article:
        """A copy with some fields changed (the crawl adds ``fetched_at``, ``modified``). A new title or
        body forgets the content's fingerprint."""
        if "title" in changes or "paragraphs" in changes:
            changes.setdefault("content_fingerprint", None)
        return dataclasses.replace(self, **changes)

    def to_dict(self) -> dict[str, Any]:
        """The JSON object, keys in schema order; ``fetched_at`` only when set."""
        out: dict[str, Any] = {
            "schema": self.schema, "url": self.url, "canonical_url": self.canonical_url, "site": self.site,
            "site_name": self.site_name, "title": self.title, "subtitle": self.subtitle,
            "paragraphs": list(self.paragraphs), "body": self.body, "source": self.source,
            "source_text": self.source_text, "authors": list(self.authors), "published": self.published,
            "modified": self.modified, "published_precision": self.published_precision,
            "modified_precision": self.modified_precision, "section": self.section, "tags": list(self.tags),
            "image": self.image,
            "related": [r.to_dict() for r in self.related], "lang": self.lang, "word_count": self.word_count,
            "extractor": self.extractor, "timezone": self.timezone,
        }
        if self.fetched_at:
            out["fetched_at"] = self.fetched_at
        if self.story:
            out["story"], out["copy_of"] = self.story, self.copy_of
        return out

    def to_json_line(self) -> str:
        return to_json_line(self.to_dict())

    def errors(self) -> list[str]:
        return errors(self.to_dict())

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Article:
        """The inverse of :meth:`to_dict` (``body`` and ``word_count`` are derived, not read)."""
        names = {f.name for f in dataclasses.fields(cls)}
        kwargs = {k: v for k, v in data.items() if k in names}
        for name in ("paragraphs", "authors", "tags"):
            kwargs[name] = tuple(kwargs.get(name) or ())
        kwargs["related"] = tuple(Related(**r) for r in data.get("related") or ())
        return cls(**kwargs)

    # ---- read-only Mapping of the JSON fields ----------------------------------------------------

    def __getitem__(self, key: str) -> Any:
        if key not in _JSON_KEYS:
            raise KeyError(key)
        value = getattr(self, key)
        if isinstance(value, tuple):
            return [v.to_dict() if isinstance(v, Related) else v for v in value]
        return value

    def __iter__(self) -> Iterator[str]:
        return iter(k for k in _JSON_KEYS if self._present(k))

    def __len__(self) -> int:
        return sum(1 for k in _JSON_KEYS if self._present(k))

    def _present(self, key: str) -> bool:
        """``fetched_at``, ``story`` and ``copy_of`` are written only when the run sets them."""
        if key == "fetched_at":
            return bool(self.fetched_at)
        if key in ("story", "copy_of"):
            return bool(self.story)
        return True


@dataclass(frozen=True, slots=True)
class Skipped:
    """What a callback yields for a page that gave no article: counted (``skipped/<reason>``) and
    dropped by the add-on's first pipeline, never written."""

    url: str | None
    reason: str
    detail: str | None = None


_JSON_KEYS = ("schema", "url", "canonical_url", "site", "site_name", "title", "subtitle", "paragraphs", "body",
              "source", "source_text", "authors", "published", "modified", "published_precision",
              "modified_precision", "section", "tags", "image", "related", "lang", "word_count", "extractor",
              "timezone", "fetched_at", "story", "copy_of")


@lru_cache(maxsize=1)
def schema() -> dict:
    return json.loads(resources.files("newsscrape").joinpath("schema/article.schema.json").read_text("utf-8"))


@lru_cache(maxsize=1)
def _validator():
    from jsonschema import Draft202012Validator

    return Draft202012Validator(schema())


@lru_cache(maxsize=1)
def _fast_validator():
    """The schema compiled to Python code (fastjsonschema): ~0.05 ms a record against ~1.4 ms for
    jsonschema's interpreter, which the crawl paid on every article. jsonschema still explains failures."""
    import fastjsonschema

    return fastjsonschema.compile(schema())


def errors(record: Any) -> list[str]:
    """Human-readable reasons why a record (an Article or a decoded JSON object) does not fit the schema."""
    import fastjsonschema

    if isinstance(record, Article):
        record = record.to_dict()
    try:
        _fast_validator()(record)
        return []
    except fastjsonschema.JsonSchemaException:
        pass
    out = []
    for err in sorted(_validator().iter_errors(record), key=lambda e: list(e.absolute_path)):
        where = "/".join(str(p) for p in err.absolute_path) or "(record)"
        out.append(f"{where}: {err.message}")
    return out


def to_json_line(record: Mapping[str, Any]) -> str:
    """One line of JSON Lines: UTF-8 text with Arabic unescaped, no newline inside."""
    if isinstance(record, Article):
        record = record.to_dict()
    return json.dumps(record, ensure_ascii=False, separators=(",", ":")) + "\n"


def validate_lines(lines, report, show: int = 5) -> tuple[int, int]:
    """(valid, invalid) of JSON Lines; ``report(line number, first problem)`` for the first ``show``
    invalid ones. Blank lines are not counted."""
    valid = invalid = 0
    for n, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            problems = errors(json.loads(line))
        except ValueError as exc:
            problems = [f"not JSON: {exc}"]
        if problems:
            invalid += 1
            if invalid <= show:
                report(n, problems[0])
        else:
            valid += 1
    return valid, invalid
