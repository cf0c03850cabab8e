"""The extraction scored against the hand-made gold records of ../shared/corpus (real pages).

Thresholds are what the extractor reached when they were set, so a regression fails CI. The same
scoring runs with publisher profiles switched off (site="generic"): most of what users crawl are
publishers without a profile.
"""

from __future__ import annotations

import importlib.util
import json
import statistics

import pytest

from newsscrape import extract_article
from newsscrape.record import errors


def _score_module(shared):
    spec = importlib.util.spec_from_file_location("score", shared / "eval" / "score.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _run(shared, site=None):
    score = _score_module(shared)
    gold_dir = shared / "corpus" / "gold"
    rows, records = [], []
    for gpath in sorted(gold_dir.rglob("*.json")):
        gold = json.loads(gpath.read_text(encoding="utf-8"))
        html = (shared / "corpus" / "pages" / gpath.relative_to(gold_dir).with_suffix(".html")).read_bytes()
        rec = extract_article(html, url=gold["url"], site=site)
        records.append(rec)
        rows.append(score.score_page(rec, gold))
    assert rows, "no gold records"

    def mean(key):
        vals = [r[key] for r in rows if key in r]
        return statistics.fmean(vals) if vals else None

    return {k: mean(k) for k in ("body_f1", "title", "source", "rel_f1", "leak", "date")}, records


THRESHOLDS = {"body_f1": 0.99, "title": 1.0, "source": 1.0, "rel_f1": 0.99, "date": 1.0}


@pytest.mark.parametrize("site", [None, "generic"], ids=["profiles", "generic-only"])
def test_corpus_scores(shared, site):
    summary, records = _run(shared, site)
    for key, floor in THRESHOLDS.items():
        assert summary[key] >= floor, (key, summary)
    assert summary["leak"] == 0, summary
    for rec in records:
        assert errors(rec) == [], rec["url"]


def test_profiles_name_themselves(shared):
    _, records = _run(shared)
    assert all(r["site"] and r["extractor"] == r["site"] for r in records)
    _, generic = _run(shared, "generic")
    assert all(r["site"] is None and r["extractor"] == "generic" for r in generic)


def test_profile_adds_what_generic_cannot(shared):
    """LBCI's related block is injected mid-body by script: read_also with the profile only."""
    gold_dir = shared / "corpus" / "gold" / "lbcgroup"
    gpath = next(gold_dir.glob("*.json"))
    gold = json.loads(gpath.read_text(encoding="utf-8"))
    html = (shared / "corpus" / "pages" / "lbcgroup" / gpath.with_suffix(".html").name).read_bytes()
    kinds = {r["kind"] for r in extract_article(html, url=gold["url"])["related"] if "/ar" in r["url"]
             and r["kind"] != "more"}
    generic = {r["kind"] for r in extract_article(html, url=gold["url"], site="generic")["related"]
               if r["kind"] != "more"}
    assert "read_also" in kinds
    assert generic == {"similar"}


def test_mojibake_listing_is_repaired(shared):
    """A real homepage whose UTF-8 was decoded as Latin-1 and saved again comes back as Arabic."""
    from newsscrape.extract.decode import decode

    raw = (shared / "corpus" / "listings" / "elbilad" / "homepage-2021-08-mojibake.html").read_bytes()
    text, _, _ = decode(raw)
    assert "الجزائر" in text or "الشروق" in text or sum("\u0600" <= c <= "\u06ff" for c in text) > 2000
    assert "Ø§" not in text


# ---- every page, every field -------------------------------------------------------------------
# Floors per page are what each page reaches today (1.0 unless listed), so one page dropping is
# seen even when the averages hold. "obfuscated" runs ../shared/eval/obfuscate.py at test time.
FIELDS = ("body_f1", "title", "source", "rel_f1", "date")
OBFUSCATED_FLOORS: dict = {}


def _gold_pages(shared):
    gold_dir = shared / "corpus" / "gold"
    return [(g.parent.name, g) for g in sorted(gold_dir.rglob("*.json"))]


@pytest.fixture(scope="module")
def obfuscated(shared, tmp_path_factory):
    import subprocess
    import sys

    out = tmp_path_factory.mktemp("obfuscated")
    subprocess.run([sys.executable, str(shared / "eval" / "obfuscate.py"), str(shared / "corpus" / "pages"), str(out)],
                   check=True, capture_output=True)
    return out


@pytest.mark.parametrize("mode", ["profiles", "generic", "obfuscated"])
def test_every_page_every_field(shared, obfuscated, mode):
    score = _score_module(shared)
    failures = []
    for site, gpath in _gold_pages(shared):
        gold = json.loads(gpath.read_text(encoding="utf-8"))
        pages = obfuscated if mode == "obfuscated" else shared / "corpus" / "pages"
        html = (pages / site / gpath.with_suffix(".html").name).read_bytes()
        rec = extract_article(html, url=gold["url"], site=None if mode == "profiles" else "generic")
        row = score.score_page(rec, gold)
        for key in FIELDS:
            floor = OBFUSCATED_FLOORS.get((site, key), 1.0) if mode == "obfuscated" else 1.0
            if key in row and row[key] < floor - 1e-9:
                failures.append(f"{site} {key} {row[key]:.3f} < {floor}")
        if row.get("leak"):
            failures.append(f"{site} leaks a related title into the body")
        # Subtitles (not in score.py): exact on the pages as published. With classes renamed, assabah's dek
        # (a bare div between headline and body) is not found; a rule for it also took polls and captions.
        if (rec["subtitle"] or None) != (gold.get("subtitle") or None) and (mode, site) != ("obfuscated", "assabah"):
            failures.append(f"{site} subtitle {rec['subtitle']!r}")
    assert not failures, failures


def test_every_profile_has_a_gold_page(shared):
    from newsscrape.sites import all_profiles

    with_gold = {site for site, _ in _gold_pages(shared)}
    assert {p.slug for p in all_profiles() if p.handmade} <= with_gold    # registry-only entries have no rules
