"""Hostile and broken input: extraction never crashes, never emits mojibake, the CLI fails in one line."""

from __future__ import annotations

import subprocess
import sys

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conftest import PARA, article, extract_article
from newsscrape import ExtractionError, segment_text
from newsscrape.extract.decode import decode

URL = "https://news.example.com/a/1"


def _extract_or_reason(data):
    try:
        return extract_article(data, url=URL)
    except ExtractionError as exc:
        assert str(exc)
        return None


def test_declared_one_encoding_used_another():
    utf8_declared_1256 = article().replace('<meta charset="utf-8">', '<meta charset="windows-1256">')
    rec = extract_article(utf8_declared_1256.encode("utf-8"), url=URL)       # says 1256, is UTF-8
    assert rec["paragraphs"] == PARA
    cp1256_declared_utf8 = article().encode("cp1256")                        # says UTF-8, is 1256
    assert extract_article(cp1256_declared_utf8, url=URL)["paragraphs"] == PARA
    text, _, _ = decode(article().encode("cp1256"), "text/html; charset=utf-8")
    assert "الوزير" in text


def test_undecodable_is_reported_not_emitted():
    noise = bytes(range(128, 256)) * 400
    html = b"<html><head><meta charset='utf-8'></head><body><h1>x</h1><p>" + noise + b"</p></body></html>"
    rec = _extract_or_reason(html)
    assert rec is None or "ط§" not in rec["body"]


def test_broken_html_shapes():
    full = article().encode("utf-8")
    cases = {
        "truncated mid-tag": full[: len(full) * 2 // 3] + b"<div cla",
        "unclosed": article().replace("</p>", "").replace("</div>", "").encode(),
        "nested forms": article().replace("<article>", "<form><form><article>").encode(),
        "no body": article().replace("<body>", "").replace("</body>", "").encode(),
    }
    for name, data in cases.items():
        rec = extract_article(data, url=URL)
        assert rec["paragraphs"][0] == PARA[0], name
    png, pdf = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(100), b"%PDF-1.7\n\x00\x01" + bytes(64)
    for data in (b"", b"   \n\t ", png, pdf):
        assert _extract_or_reason(data) is None


def test_interstitials_and_video_pages_are_not_articles():
    """Pages with more words than an article's minimum (so that the word count alone cannot refuse them):
    a consent wall and a video page are refused by the article check, not extracted as articles."""
    from newsscrape.extract.thresholds import MIN_WORDS

    notice = "نستخدم ملفات تعريف الارتباط وتقنيات مشابهة لتحسين تجربتك وتحليل حركة المرور وتخصيص المحتوى " \
             "والإعلانات، ويمكنك تغيير اختياراتك في أي وقت من صفحة الإعدادات. "
    consent = "<html><body><div class='consent'><h1>نحن نحترم خصوصيتك</h1><p>يرجى قبول ملفات تعريف الارتباط" \
              f" للمتابعة. {notice * 2}</p><button>موافق</button></div></body></html>"
    caption = "شاهد في هذا الفيديو لقطات من المؤتمر الصحفي الذي عقده الوزير اليوم في العاصمة حول نتائج المحادثات. "
    video = f"<html><body><h1>فيديو اليوم</h1><video src='a.mp4'></video><p>{caption * 2}</p></body></html>"
    for html in (consent, video):
        assert extract_article(html, url=URL)["word_count"] >= MIN_WORDS
        try:
            extract_article(html, url=URL, require_article=True)
        except ExtractionError as exc:
            assert exc.reason == "not_article"
        else:
            raise AssertionError("extracted as an article")


_TAGS = st.sampled_from(["p", "div", "span", "h1", "h2", "a", "ul", "li", "section", "article", "br", "script",
                         "table", "td", "figure", "time", "b"])
_TEXT = st.text(alphabet=st.sampled_from(list("اقرأ أيضا المصدر: وكالات ذات صلة 2024 أكتوبر ــ\u200f<>&\"'") + ["\n"]),
                max_size=40)


@st.composite
def html_trees(draw, depth=0):
    tag = draw(_TAGS)
    attrs = draw(st.sampled_from(["", ' class="share"', ' class="related"', ' href="/x/1"', ' style="display:none"',
                                  ' id="articleBody"']))
    children = draw(st.lists(html_trees(depth + 1) if depth < 3 else _TEXT, max_size=4))
    return f"<{tag}{attrs}>" + "".join(children) + f"</{tag}>"


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(html_trees())
def test_random_trees_never_crash(tree):
    _extract_or_reason("<html><body>" + tree + "</body></html>")
    _extract_or_reason(tree.encode("utf-8"))


@settings(max_examples=100, deadline=None)
@given(st.data())
def test_mutated_real_pages_never_crash(shared, data):
    pages = sorted((shared / "corpus" / "pages").rglob("*.html"))
    raw = pages[data.draw(st.integers(0, len(pages) - 1))].read_bytes()
    cut = data.draw(st.integers(0, len(raw)))
    junk = data.draw(st.binary(max_size=64))
    start = data.draw(st.integers(0, max(0, cut - 1)))
    mutated = raw[:start] + junk + raw[cut:]
    _extract_or_reason(mutated)


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=2000))
def test_segment_never_crashes(text):
    rec = segment_text(text)
    assert rec["title"]


def test_cli_bad_input_is_one_line_exit_2(cli_path, tmp_path):
    page = tmp_path / "p.html"
    page.write_text(article(), encoding="utf-8")
    cases = [
        ["extract", str(page), "--site", "nosuch"],
        ["extract", "http://"],
        ["extract", str(tmp_path / "missing.html")],
        ["segment", str(tmp_path / "missing.txt")],
        ["crawl", "youm7", "--since", "last week"],
        ["crawl", "http://[::1"],
        ["extract", str(page), "-o", str(tmp_path / "no" / "dir" / "out.jsonl")],
        ["validate", str(tmp_path / "missing.jsonl")],
    ]
    for args in cases:
        r = subprocess.run([*cli_path, *args], capture_output=True, text=True)
        assert r.returncode == 2, (args, r.returncode, r.stderr)
        assert "Traceback" not in r.stderr, args
        assert len([ln for ln in r.stderr.splitlines() if ln.strip()]) <= 3, (args, r.stderr)


def test_extract_goes_on_after_a_bad_page(cli_path, tmp_path):
    good, empty = tmp_path / "good.html", tmp_path / "empty.html"
    good.write_text(article(), encoding="utf-8")
    empty.write_bytes(b"")
    r = subprocess.run([*cli_path, "extract", str(empty), str(good)], capture_output=True, text=True)
    assert r.returncode == 1
    assert len(r.stdout.splitlines()) == 1 and "empty page" in r.stderr


_SENTENCE = "هذه جملة عربية طويلة من نص الخبر الذي يتناول موضوعا مهما. "
_GROWING = {      # a page of n repeats of one shape: the work it takes must grow as n does, not as n²
    "cue_headings": lambda n: "".join(f"<h3>مقالات ذات صلة</h3><p>نص قصير {i}</p>" for i in range(n))
    + f"<p>{_SENTENCE * 5}</p>",
    "cards": lambda n: f"<p>{_SENTENCE * 5}</p><section>" + "".join(
        f'<div><a href="/n/{i}-x-y"><img src="/i.jpg"></a><h4><a href="/n/{i}-x-y">خبر متصل رقم {i}</a></h4></div>'
        for i in range(n)) + "</section>",
    "br_lines": lambda n: "<div>" + "".join(f"{i} {_SENTENCE}<br>" for i in range(n)) + "</div>",
}


def _calls(html: bytes) -> int:
    """Python and C function calls made extracting ``html``: a count of work that no machine's speed moves."""
    count = 0

    def profile(frame, event, arg):
        nonlocal count
        count += 1

    sys.setprofile(profile)
    try:
        _extract_or_reason(html)
    finally:
        sys.setprofile(None)
    return count


@pytest.mark.parametrize("shape", sorted(_GROWING))
def test_the_work_a_page_takes_grows_with_its_size_not_its_square(shape):
    """Doubling a page's repeated shape doubles the work past its fixed part (a quadratic step quadruples it):
    a page of ten thousand cue headings, each reading every sibling after it, took four minutes."""
    def page_of(n: int) -> bytes:
        return f"<html><body><h1>عنوان الخبر هنا اليوم</h1>{_GROWING[shape](n)}</body></html>".encode()

    _calls(page_of(50))                                   # caches warm
    small, middle, large = (_calls(page_of(n)) for n in (150, 300, 600))
    assert (large - middle) / (middle - small) < MAX_GROWTH_RATIO


MAX_GROWTH_RATIO = 2.3    # linear work: 2 (the second step adds twice the first's repeats); quadratic: toward 4
