"""The crawl's one state store: SQLite (``state.StateStore``) or Redis (``distributed.RedisState``)."""

from __future__ import annotations

from .state import StateStore


def store_for(crawler):
    """The crawl's one state store (SQLite at NEWSSCRAPE_STATE, or Redis at NEWSSCRAPE_REDIS_URL), or
    None. Opened once per crawler and shared by the spider (skip before fetching) and the pipelines."""
    if not hasattr(crawler, "_newsscrape_state"):
        settings = crawler.settings
        store = None
        if settings.get("NEWSSCRAPE_REDIS_URL"):
            from .distributed import RedisState

            store = RedisState(settings.get("NEWSSCRAPE_REDIS_URL"))
        elif settings.get("NEWSSCRAPE_STATE"):
            store = StateStore(settings.get("NEWSSCRAPE_STATE"))
        crawler._newsscrape_state = store
    return crawler._newsscrape_state
