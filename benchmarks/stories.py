#!/usr/bin/env python3
"""What marking stories costs: CPU per record added to the index, and the index's size per story.

    python benchmarks/stories.py --records 20000            # a SQLite state in a temporary folder

Records are synthetic articles of about 400 words (Arabic words drawn from the corpus gold bodies, so the
folding and shingling do real work); one in four is a copy of an earlier one with its lede rewritten,
as wire stories are. Reported: CPU ms per record (signature, then the whole assign: signature, LSH
lookup, verification and insert, one transaction each, as a run does), and the state's growth per
record and per million stories.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from newsscrape.run import stories as st  # noqa: E402
from newsscrape.run.state import StateStore  # noqa: E402


def vocabulary(gold: Path) -> list[str]:
    words = []
    for path in gold.rglob("*.json"):
        for p in json.loads(path.read_text(encoding="utf-8")).get("paragraphs") or []:
            words += p.split()
    return words or ["كلمة"]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--records", type=int, default=20000)
    parser.add_argument("--gold", type=Path, default=ROOT.parent / "shared" / "corpus" / "gold")
    args = parser.parse_args()
    rng = random.Random(1)
    words = vocabulary(args.gold)
    bodies: list[tuple[str, ...]] = []
    for n in range(args.records):
        if bodies and n % 4 == 3:                                   # a copy, its lede rewritten
            base = list(rng.choice(bodies))
            base[0] = " ".join(rng.sample(words, 30))
            bodies.append(tuple(base))
        else:
            bodies.append(tuple(" ".join(rng.choices(words, k=50)) + f" {n}" for _ in range(8)))
    folder = Path(tempfile.mkdtemp())
    db_path = folder / "state.sqlite"
    store = StateStore(db_path)                                     # the state a run keeps stories in
    db = store.db
    index = store.stories()
    empty = os.path.getsize(db_path)

    started = time.process_time()
    sigs = [st.signature(b) for b in bodies[:2000]]
    sig_ms = (time.process_time() - started) / len(sigs) * 1000

    started = time.process_time()
    stories = set()
    for n, body in enumerate(bodies):
        found = index.assign(st.Member(f"ex.com/{n}", f"https://ex.com/{n}", "ex.com", f"t{n}", None),
                             st.signature(body))
        stories.add(found.story)
    assign_ms = (time.process_time() - started) / len(bodies) * 1000
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    size = os.path.getsize(db_path) - empty
    print(f"records {len(bodies)}, stories {len(stories)}")
    print(f"signature: {sig_ms:.3f} ms CPU a record")
    print(f"assign (signature + LSH lookup + verify + insert, one transaction): {assign_ms:.3f} ms CPU a record")
    print(f"index: {size / len(bodies):.0f} bytes a record; {size / len(bodies) * 1e6 / 2**30:.2f} GiB per million "
          "records (stories of one record each)")


if __name__ == "__main__":
    main()
