"""A set of keys (URLs, request fingerprints) kept as 64-bit hashes in one flat array.

A crawl remembers every article it wrote and every request it made, for the whole run: as Python sets of
strings that cost about 0.9 KB an article (a canonical address of an Arabic path is a few hundred bytes,
held in three sets, beside Scrapy's fingerprints), 0.9 GB for a million-article backfill. Here a key costs
one slot of 8 bytes in a table kept at most half full: 16 to 32 bytes a key whatever its length.

Two keys are the same when their 64-bit BLAKE2b hashes are: among a million keys, the chance that any two
distinct ones share a hash is about 3 in 100 million (n² / 2⁶⁵).
"""

from __future__ import annotations

from array import array
from collections.abc import Iterable
from hashlib import blake2b

_EMPTY = 0
INITIAL_SLOTS = 1024          # a power of two
MAX_LOAD = 0.5                # the table doubles when more than this share of its slots is taken


def key_hash(key: str | bytes) -> int:
    """The key's 64-bit hash, never 0 (0 marks an empty slot)."""
    data = key.encode("utf-8", "surrogatepass") if isinstance(key, str) else key
    return int.from_bytes(blake2b(data, digest_size=8).digest(), "little") or 1


class KeySet:
    """``in``, ``add``, ``update`` and ``len`` of a set of str keys or of bytes keys (one kind a set: a str
    is its UTF-8 bytes), in 16-32 bytes a key."""

    __slots__ = ("_slots", "_mask", "_len")

    def __init__(self, keys: Iterable[str | bytes] = ()):
        self._slots = array("Q", bytes(8 * INITIAL_SLOTS))
        self._mask = INITIAL_SLOTS - 1
        self._len = 0
        self.update(keys)

    def __len__(self) -> int:
        return self._len

    def __contains__(self, key: str | bytes) -> bool:
        h, slots, mask = key_hash(key), self._slots, self._mask
        i = h & mask
        while (found := slots[i]) != _EMPTY:
            if found == h:
                return True
            i = (i + 1) & mask
        return False

    def add(self, key: str | bytes) -> bool:
        """Add ``key``; True when it was not in the set."""
        return self._insert(key_hash(key))

    def update(self, keys: Iterable[str | bytes]) -> None:
        for key in keys:
            self._insert(key_hash(key))

    def _insert(self, h: int) -> bool:
        slots, mask = self._slots, self._mask
        i = h & mask
        while (found := slots[i]) != _EMPTY:
            if found == h:
                return False
            i = (i + 1) & mask
        slots[i] = h
        self._len += 1
        if self._len > MAX_LOAD * len(slots):
            self._grow()
        return True

    def _grow(self) -> None:
        old = self._slots
        self._slots = array("Q", bytes(16 * len(old)))
        self._mask = len(self._slots) - 1
        slots, mask = self._slots, self._mask
        for h in old:
            if h != _EMPTY:
                i = h & mask
                while slots[i] != _EMPTY:
                    i = (i + 1) & mask
                slots[i] = h

    def nbytes(self) -> int:
        """The table's own size in bytes."""
        return self._slots.itemsize * len(self._slots)
