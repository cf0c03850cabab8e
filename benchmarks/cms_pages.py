"""Write the hand-made CMS pages of tests/test_cms_pages.py with their gold records, for score.py.

    python benchmarks/cms_pages.py OUT && python ../shared/eval/score.py --gold OUT/gold --pages OUT/pages \
        --tool newsscrape-generic

Each family (WordPress, Drupal, AMP, Next.js, JSON-LD only, Blogger, table portal) is one page; the gold
is what a reader sees on it (title, the four paragraphs, the date, no source, no related list).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

TESTS = Path(__file__).resolve().parents[1] / "tests"
sys.path[:0] = [str(TESTS / "extract"), str(TESTS)]      # the pages' module, and the conftest it imports

import test_cms_pages as cms  # noqa: E402


def main(out: Path) -> None:
    for family, build in cms.PAGES.items():
        (out / "pages" / family).mkdir(parents=True, exist_ok=True)
        (out / "gold" / family).mkdir(parents=True, exist_ok=True)
        (out / "pages" / family / "story.html").write_text(build(), encoding="utf-8")
        gold = {"url": cms.URL, "title": cms.TITLE, "paragraphs": [" ".join(p.split()) for p in cms.PARA],
                "source": None, "related": [], "authors": [], "published": cms.DATE}
        (out / "gold" / family / "story.json").write_text(json.dumps(gold, ensure_ascii=False), encoding="utf-8")


if __name__ == "__main__":
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0],
                                 formatter_class=argparse.RawDescriptionHelpFormatter, epilog=__doc__)
    ap.add_argument("out", type=Path, help="folder to write pages/ and gold/ into")
    main(ap.parse_args().out)
