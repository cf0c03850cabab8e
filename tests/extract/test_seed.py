"""The document the project was created from: a plain-text dump with everything run together."""

from __future__ import annotations

import subprocess

import pytest

from newsscrape import segment_text


@pytest.fixture(scope="module")
def seed_text(shared):
    return (shared / "seeds" / "000_aec285bbb76d8639.txt").read_text(encoding="utf-8")


def test_seed_split(seed_text):
    rec = segment_text(seed_text)
    assert len(rec["paragraphs"]) == 4
    assert rec["paragraphs"][-1].startswith("وأشار البيان إلى أن أوستن يتطلع للقاء جالانت")
    assert rec["source"] == "صدى البلد"
    assert rec["source_text"] == "المصدر: صدى البلد"

    read_also = [r for r in rec["related"] if r["kind"] == "read_also"]
    similar = [r for r in rec["related"] if r["kind"] == "similar"]
    assert len(read_also) == 4 and len(similar) == 10
    assert len(rec["related"]) == 14
    first = read_also[0]
    assert first["title"] == "أول تعليق من «حماس» على قرار المحكمة الجنائية الدولية باعتقال «نتنياهو» و«جالانت»"
    assert first["excerpt"].startswith("علقت حركة المقاومة الإسلامية الفلسطينية «حماس»")
    assert first["excerpt"].count("\n\n") == 5          # its six quoted paragraphs
    assert read_also[1]["title"].startswith("مصطفى بكري يطالب بتنفيذ فوري")   # cue glued to the title
    assert read_also[3]["title"].startswith("المرصد الأورومتوسطي")
    assert similar[0]["title"] == "أوستن يدعو إسرائيل لضمان سلامة الجيش اللبناني واليونيفيل"
    assert not any(t.startswith("•") for t in (r["title"] for r in similar))

    body = rec["body"]
    for item in rec["related"]:
        assert item["title"] not in body
    assert "المصدر" not in body and "إقرأ" not in body and "مقالات مشابهة" not in body


def test_seed_via_cli(seed_text, shared, cli_path):
    path = shared / "seeds" / "000_aec285bbb76d8639.txt"
    out = subprocess.run([*cli_path, "segment", str(path)], capture_output=True, text=True, check=True)
    assert "صدى البلد" in out.stdout and "\\u" not in out.stdout
    check = subprocess.run([*cli_path, "validate", "-"], input=out.stdout, capture_output=True, text=True)
    assert check.returncode == 0, check.stdout + check.stderr
