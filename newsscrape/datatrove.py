"""newsscrape in datatrove pipelines: Arabic news records out of web archives on datatrove's executors.

``pip install 'newsscrape[datatrove]'``. Two blocks, used like datatrove's own:

* ``ArticleExtractor`` — the extraction step. It takes the documents of a WARC reader (HTML in ``text``,
  ``url`` and ``date`` in ``metadata``) and yields one document per Arabic article: ``text`` is the clean
  body (paragraphs separated by a blank line), ``metadata`` holds the record's fields (title, subtitle,
  source, source_text, related, authors, published, canonical_url, site, …). Each page is judged by
  ``run.page`` and taken through ``run.chain`` as in ``newsscrape warc``: the Arabic check, the article
  verdict, the schema, dedup within the task by any address variant. A page that gives no article is
  dropped and counted in the step's stats under newsscrape's reason codes (``skipped/not_arabic``,
  ``skipped/not_article``, ``errors/extraction_failed``…); a failure never ends the task.
* ``WarcResponses`` — a WARC reader that reads as ``newsscrape warc`` does: HTTP 200 HTML responses only
  (the others counted: ``skipped/http_404``, ``skipped/not_html``), a corrupt gzip member counted
  (``errors/corrupt_gzip``) and reading goes on at the next, text decoded by newsscrape's decoding
  (HTTP and meta charsets, Windows-1256, mojibake repair). datatrove's own ``WarcReader`` works with the
  step too, but it keeps 404 pages (they are then judged as pages) and a corrupt gzip member fails its task.

``record_of(document)`` gives back the JSON record ``newsscrape crawl`` and ``newsscrape warc`` write, from a
document or from a line of ``JsonlWriter``'s output; ``parquet_schema()`` is the schema for
``ParquetWriter`` (its own inference takes the first document's types and fails on the next).
See README "From web archives" and ``examples/cc_news_datatrove.py``.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from typing import Any

try:
    from datatrove.data import Document, DocumentsPipeline
    from datatrove.pipeline.base import PipelineStep
    from datatrove.pipeline.readers.base import BaseDiskReader
    from datatrove.utils.typeshelper import StatHints
except ImportError as exc:  # the optional extra
    raise ImportError("newsscrape.datatrove needs datatrove: pip install 'newsscrape[datatrove]'") from exc

from .archive.reader import Problem, Response, count_key, responses
from .archive.run import archived_page
from .record import Article, Skipped
from .run.chain import Chain, NotWritten
from .run.extractor import Extractor
from .run.urls import on_hosts
from .run.window import Window
from .sites import for_url

# The record's fields kept in a document's metadata: all but the body, which is the document's text.
RECORD_FIELDS = ("schema", "url", "canonical_url", "site", "site_name", "title", "subtitle", "source",
                 "source_text", "authors", "published", "modified", "published_precision", "modified_precision",
                 "section", "tags", "image", "related", "lang", "word_count", "extractor", "timezone", "fetched_at",
                 "story", "copy_of")


class WarcResponses(BaseDiskReader):
    """WARC files read as ``newsscrape warc`` reads them (datatrove's ``BaseDiskReader`` arguments:
    ``data_folder``, ``paths_file``, ``glob_pattern``, ``limit``…). Documents: ``text`` the decoded HTML,
    ``metadata`` ``url``, ``date`` (WARC-Date), ``content_type``; ``id`` the WARC-Record-ID."""

    name = "🕷 newsscrape WARC"
    _requires_dependencies = ["warcio"]

    def read_file(self, filepath: str):
        from .extract.decode import decode

        with self.data_folder.open(filepath, "rb", compression=None) as stream:
            for n, item in enumerate(responses(stream)):
                if isinstance(item, str | Problem):          # other records, pages not to read
                    self.stat_update(count_key(item))
                    continue
                with self.track_time():
                    try:
                        html = decode(item.body, item.content_type)[0]
                    except Exception:  # undecodable bytes: counted, the file goes on
                        self.stat_update("skipped/undecodable")
                        continue
                    document = self.get_document_from_dict(
                        {"text": html, "id": item.record_id or f"{filepath}/{n}", "url": item.url,
                         "date": item.date, "content_type": item.content_type}, filepath, n)
                if document:
                    yield document


class ArticleExtractor(PipelineStep):
    """One document per Arabic article, the rest dropped and counted (see the module's docstring).

    ``site``: a publisher slug whose profile every page is read with (by default each URL picks
    its own); ``domains``: keep pages of these hosts only (``skipped/other_domain``); ``since`` /
    ``until``: the window on the article's own date (a datetime, a date or a duration such as ``30d``).
    ``stories``: a story index every task shares (a SQLite file on one machine, a ``redis://`` URL past
    one), so that each document's metadata says its ``story`` and ``copy_of`` as `newsscrape warc`
    writes them; with ``drop_copies`` a copy of a story already known is dropped (``skipped/copy``)."""

    name = "📰 newsscrape"
    type = "🛢 - EXTRAC"

    def __init__(self, site: str | None = None, domains: Iterable[str] = (), since: Any = None,
                 until: Any = None, stories: str | None = None, drop_copies: bool = False):
        super().__init__()
        self.stories, self.drop_copies = stories, drop_copies
        from .sites import get

        self.profile = get(site) if site else None             # an unknown slug fails here, not per page
        self.hosts = tuple(d.lower().lstrip(".") for d in domains) + tuple(self.profile.domains if self.profile
                                                                            else ())
        self.window = Window.of(since, until)
        self.extractor = Extractor()        # in the task's own process: datatrove spreads the tasks

    def run(self, data: DocumentsPipeline, rank: int = 0, world_size: int = 1) -> DocumentsPipeline:
        chain = Chain(self.stat_update, window=self.window, stories=story_index(self.stories),  # dedup within
                      drop_copies=self.drop_copies)                                              # this task
        for document in data:
            self.stat_update(StatHints.total)
            with self.track_time():
                try:
                    taken = chain.handle(self._judge(document))
                except Exception:  # a bug of ours on one page: counted, the task goes on
                    self.stat_update("errors/extraction_failed")
                    taken = NotWritten("extraction_failed")
            if isinstance(taken, NotWritten):
                self.stat_update(StatHints.dropped)
                continue
            out = as_document(taken, document)
            self.stat_update(StatHints.forwarded)
            self.update_doc_stats(out)
            yield out

    def _judge(self, document: Document) -> Article | Skipped:
        url = document.metadata.get("url") or None
        if self.hosts and not on_hosts(url, self.hosts):
            return Skipped(url, "other_domain")
        # The reader decoded the page; it is judged as the same text in UTF-8.
        response = Response(url=url, date=document.metadata.get("date"), content_type="text/html; charset=utf-8",
                            body=document.text.encode("utf-8", "surrogatepass"))
        return self.extractor.judge(archived_page(response), self.profile or for_url(url))


def story_index(where: str | None):
    """The story index at ``where``: a ``redis://`` URL (every machine's tasks share it) or a SQLite file
    (every task of one machine), None for none."""
    if not where:
        return None
    if where.startswith(("redis://", "rediss://", "unix://")):
        from .run.redis import connect
        from .run.stories import RedisStories

        return RedisStories(connect(where))
    import sqlite3

    from .run.stories import SqliteStories

    return SqliteStories(sqlite3.connect(where, timeout=60, isolation_level=None, check_same_thread=False))


def as_document(article: Article, source: Document) -> Document:
    """The article as a document: its body as ``text``, its other fields in ``metadata`` (with the
    reader's ``file_path`` kept), the source document's id."""
    record = article.to_dict()
    metadata = {name: record.get(name) for name in RECORD_FIELDS}
    if "file_path" in source.metadata:
        metadata["file_path"] = source.metadata["file_path"]
    return Document(text=record["body"], id=source.id, metadata=metadata)


def record_of(document: Document | Mapping[str, Any] | str | bytes) -> dict[str, Any]:
    """The JSON record (as ``newsscrape warc`` writes it) of a document the step yielded, or of its
    ``JsonlWriter`` line (raw, or read back as a dict) or ``ParquetWriter`` row. A line that is already
    newsscrape's record (``newsscrape crawl``/``warc`` output) is returned as it is."""
    if isinstance(document, (str, bytes)):
        document = json.loads(document)
    if isinstance(document, Mapping) and "metadata" not in document and "title" in document:
        return Article.from_dict(dict(document)).to_dict()        # a newsscrape line: its record already
    if isinstance(document, Document):
        text, metadata = document.text, document.metadata
    else:
        text, metadata = document["text"], document["metadata"]
    fields = {name: metadata.get(name) for name in RECORD_FIELDS}
    for name in ("authors", "tags", "related"):         # lists come back as arrays from pandas
        fields[name] = [] if fields[name] is None else list(fields[name])
    fields["related"] = [{k: v for k, v in dict(item).items() if v is not None or k != "excerpt"}
                         for item in fields["related"]]
    paragraphs = tuple(text.split("\n\n")) if text else ()
    article = Article.from_dict({**fields, "paragraphs": paragraphs})
    return article.to_dict()


def parquet_schema():
    """The pyarrow schema of the step's documents for ``ParquetWriter(schema=parquet_schema())``."""
    import pyarrow as pa

    text, strings = pa.string(), pa.list_(pa.string())
    related = pa.list_(pa.struct([("title", text), ("url", text), ("kind", text), ("excerpt", text)]))
    types = {"schema": pa.int32(), "authors": strings, "tags": strings, "related": related,
             "word_count": pa.int32()}
    metadata = pa.struct([(name, types.get(name, text)) for name in (*RECORD_FIELDS, "file_path")])
    return pa.schema([("text", text), ("id", text), ("metadata", metadata)])
