"""Publisher profiles and the registry that finds them by slug or by URL."""

from __future__ import annotations

import importlib
import pkgutil
from functools import lru_cache
from urllib.parse import urlsplit

from .base import GENERIC, Profile

__all__ = ["GENERIC", "Profile", "all_profiles", "get", "for_url", "resolve"]


@lru_cache(maxsize=1)
def _registry() -> dict[str, Profile]:
    found: dict[str, Profile] = {}
    for mod in pkgutil.iter_modules(__path__):
        if mod.name.startswith("_") or mod.name == "base":
            continue
        module = importlib.import_module(f"{__name__}.{mod.name}")
        profile = getattr(module, "PROFILE", None)
        if isinstance(profile, Profile):
            found[profile.slug] = profile
    return dict(sorted(found.items()))


def all_profiles() -> list[Profile]:
    return list(_registry().values())


def get(slug: str) -> Profile:
    """The profile for a slug; KeyError with the known slugs when there is none."""
    if slug == "generic":
        return GENERIC
    try:
        return _registry()[slug]
    except KeyError:
        raise KeyError(f"unknown site {slug!r}; known: {', '.join(_registry())}") from None


def for_url(url: str | None) -> Profile:
    if not url:
        return GENERIC
    host = urlsplit(url).hostname or ""
    for profile in _registry().values():
        if profile.owns(host):
            return profile
    return GENERIC


def resolve(site: str | None, url: str | None) -> Profile:
    return get(site) if site else for_url(url)
