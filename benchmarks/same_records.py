#!/usr/bin/env python3
"""Records of a set of pages, written so that two releases can be compared byte for byte.

    python benchmarks/same_records.py write OUT.jsonl DIR [DIR ...]
    python benchmarks/same_records.py compare A.jsonl B.jsonl

``write`` extracts every ``*.html`` under each DIR (its gold record's ``url`` when a ``gold`` folder sits
beside ``pages``, as the corpus and ``vary.py``'s output have) with profiles on and off, and writes one line
per (page, mode): the record as the crawl writes it, or the reason it was refused. ``compare`` prints the
pages whose lines differ and exits 1 when any does. A refactoring of extraction keeps ``compare`` silent on
the corpus, its obfuscated copy and ``vary.py``'s variants.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path


def _url_of(page: Path) -> str | None:
    """The page's address from its gold record (``…/pages/<site>/<n>.html`` -> ``…/gold/<site>/<n>.json``)."""
    parts = page.parts
    if "pages" not in parts:
        return None
    i = len(parts) - 1 - parts[::-1].index("pages")
    gold = Path(*parts[:i], "gold", *parts[i + 1:]).with_suffix(".json")
    try:
        return json.loads(gold.read_text(encoding="utf-8")).get("url")
    except (OSError, ValueError):
        return None


def write(out: Path, dirs: list[Path]) -> int:
    from newsscrape import extract_article
    from newsscrape.errors import ExtractionError

    n = 0
    with out.open("w", encoding="utf-8") as fh:
        for d in dirs:
            for page in sorted(d.rglob("*.html")):
                html, url = page.read_bytes(), _url_of(page)
                for site in (None, "generic"):
                    try:
                        line = extract_article(html, url=url, site=site).to_json_line()
                    except ExtractionError as exc:
                        line = json.dumps({"refused": exc.reason})
                    fh.write(json.dumps([str(page), site or "profile"]) + "\t" + line.rstrip("\n") + "\n")
                    n += 1
    print(f"{n} records of {len(dirs)} folder(s) -> {out}", file=sys.stderr)
    return 0


def compare(a: Path, b: Path) -> int:
    def lines(p: Path) -> dict[str, str]:
        return dict(line.rstrip("\n").split("\t", 1) for line in p.open(encoding="utf-8"))

    left, right = lines(a), lines(b)
    differ = sorted(k for k in left.keys() | right.keys() if left.get(k) != right.get(k))
    for key in differ:
        print(f"differs: {key}")
    print(f"{len(left)} / {len(right)} records, {len(differ)} differ", file=sys.stderr)
    return 1 if differ else 0


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = ap.add_subparsers(dest="cmd", required=True)
    w = sub.add_parser("write")
    w.add_argument("out", type=Path)
    w.add_argument("dirs", type=Path, nargs="+")
    c = sub.add_parser("compare")
    c.add_argument("a", type=Path)
    c.add_argument("b", type=Path)
    args = ap.parse_args()
    return write(args.out, args.dirs) if args.cmd == "write" else compare(args.a, args.b)


if __name__ == "__main__":
    sys.exit(main())
