"""Publisher profiles and the registry that finds them by slug or by URL."""

from __future__ import annotations

import importlib
import pkgutil
from dataclasses import replace
from functools import lru_cache
from urllib.parse import urlsplit

from ..errors import UnknownSite
from .base import GENERIC, IDENTITY, Profile

__all__ = ["GENERIC", "Profile", "all_profiles", "for_url", "get", "merge", "resolve"]


@lru_cache(maxsize=1)
def _registry() -> dict[str, Profile]:
    """Hand-made profiles (one module each) merged with the publishers' data file."""
    handmade: dict[str, Profile] = {}
    for mod in pkgutil.iter_modules(__path__):
        if mod.name.startswith("_") or mod.name == "base":
            continue
        module = importlib.import_module(f"{__name__}.{mod.name}")
        profile = getattr(module, "PROFILE", None)
        if isinstance(profile, Profile):
            handmade[profile.slug] = profile
    return merge(publishers(), handmade)


def merge(entries: list[dict], handmade: dict[str, Profile]) -> dict[str, Profile]:
    """Profiles by slug: each publishers.toml entry's identity, with its hand-made profile's rules when
    there is one. A profile module that restates identity, or has no entry, is refused (ValueError):
    the data file is the one place a publisher's name, domains and zone are written."""
    blank = Profile(slug="")
    found: dict[str, Profile] = {}
    for entry in entries:
        identity = {"name": entry["name"], "name_latin": entry["name_latin"], "domains": tuple(entry["domains"]),
                    "timezone": entry.get("timezone"), "homepage": entry.get("homepage"),
                    "country": entry.get("country")}
        own = handmade.get(entry["slug"])
        if own is None:
            found[entry["slug"]] = Profile(slug=entry["slug"], handmade=False, **identity)
            continue
        restated = [name for name in IDENTITY if getattr(own, name) != getattr(blank, name)]
        if restated:
            raise ValueError(f"profile {own.slug!r} sets {', '.join(restated)}: publishers.toml holds them")
        found[own.slug] = replace(own, **identity)
    if orphans := sorted(set(handmade) - set(found)):
        raise ValueError(f"profile {orphans[0]!r} has no entry in publishers.toml")
    return dict(sorted(found.items()))


@lru_cache(maxsize=1)
def publishers() -> list[dict]:
    """The entries of publishers.toml, as written."""
    import tomllib
    from importlib import resources

    data = tomllib.loads(resources.files(__name__).joinpath("publishers.toml").read_text("utf-8"))
    return list(data.get("publisher", []))


def all_profiles() -> list[Profile]:
    return list(_registry().values())


def get(slug: str) -> Profile:
    """The profile for a slug; ``UnknownSite`` (a usage error, and a KeyError) naming the nearest slugs
    when there is none."""
    if slug == "generic":
        return GENERIC
    try:
        return _registry()[slug]
    except KeyError:
        raise UnknownSite(unknown_slug(slug)) from None


def unknown_slug(slug: str) -> str:
    """What to tell a user who typed ``slug``: the nearest slugs (or names), else where the list is."""
    import difflib

    registry = _registry()
    names = {p.slug: p.slug for p in registry.values()}
    names.update({(p.name_latin or "").lower(): p.slug for p in registry.values() if p.name_latin})
    names.update({d.split(".")[0]: p.slug for p in registry.values() for d in p.domains})
    near = dict.fromkeys(names[n] for n in difflib.get_close_matches(slug.lower(), list(names), n=3, cutoff=0.6))
    if near:
        return f"unknown site {slug!r}; did you mean {' or '.join(near)}? ('newsscrape sites' lists them)"
    return f"unknown site {slug!r} (not a publisher slug, 'all' or an http(s) URL); 'newsscrape sites' lists them"


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
