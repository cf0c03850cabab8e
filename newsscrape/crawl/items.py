"""Scrapy's view of an ``Article``: an itemadapter adapter that shows its JSON fields.

Without it, Scrapy's feed exports (``scrapy crawl ... -O out.jsonl``) would see the dataclass fields
only (no ``body``, no ``word_count``, ``excerpt: null`` in related items). Registered once, by the
add-on, so every exporter and pipeline reads the same object as ``Article.to_dict()``.
"""

from __future__ import annotations

from collections.abc import Iterator, KeysView
from typing import Any

from itemadapter import ItemAdapter
from itemadapter.adapter import AdapterInterface

from ..record import Article


class ArticleAdapter(AdapterInterface):
    """Read-only: an Article is changed with ``evolve()``, never in place."""

    @classmethod
    def is_item_class(cls, item_class: type) -> bool:
        return issubclass(item_class, Article)

    def field_names(self) -> KeysView:
        return KeysView(self.item)

    def __getitem__(self, name: str) -> Any:
        return self.item[name]

    def __setitem__(self, name: str, value: Any) -> None:
        raise TypeError(f"Article is immutable; use article.evolve({name}=...)")

    def __delitem__(self, name: str) -> None:
        raise TypeError("Article is immutable")

    def __iter__(self) -> Iterator[str]:
        return iter(self.item)

    def __len__(self) -> int:
        return len(self.item)


def register() -> None:
    if ArticleAdapter not in ItemAdapter.ADAPTER_CLASSES:
        ItemAdapter.ADAPTER_CLASSES.appendleft(ArticleAdapter)
