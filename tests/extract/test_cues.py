"""Related-list cues by their words (newsscrape/text/cues.py) and related lists by links and position
(newsscrape/extract/related.py, body.py): generated headings in every spelling, mark and tag; lists with
no heading and no class at all."""

from __future__ import annotations

import unicodedata
from urllib.parse import urljoin

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conftest import PARA, extract_article, page
from newsscrape.text.cues import _HINT_STEMS, CUE_HINT, MORE, READ_ALSO, SIMILAR, cue_hint, match_cue

URL = "https://news.example.net/2024/05/01/story-1234"
TITLE = "الحكومة تعلن خطة جديدة لدعم المزارعين في المحافظات"

# Phrases as newsrooms spell them (hamza or not, tanween or not), by kind; none copied from the corpus.
VERBS = ["اقرأ", "إقرأ", "اقرا", "طالع", "شاهد", "تابع", "اطلع", "راجع"]
ADVERBS = ["أيضاً", "أيضا", "ايضا", "أيضًا", "كذلك", "المزيد"]
INTEREST = ["قد يهمك", "يهمك أيضاً", "ربما يهمك", "قد يعجبك", "يهمكم أيضا", "للمزيد", "لا تفوتك"]
NOUNS = ["أخبار", "مقالات", "مواضيع", "موضوعات", "قصص", "تقارير", "الأخبار", "المقالات", "فيديوهات"]
RELATIONS = ["ذات صلة", "ذات علاقة", "متعلقة", "المتعلقة", "مشابهة", "مرتبطة", "مماثلة"]
SITE_WIDE = ["الأكثر قراءة", "الأكثر مشاهدة", "الأكثر تداولاً", "الأكثر تعليقا", "الأكثر مشاركة", "آخر الأخبار",
             "أحدث الأخبار", "أهم الأخبار", "آخر المستجدات", "أبرز الأحداث", "الأخبار العاجلة"]
MARKS = ["", ":", " :", " —", " »", "/", "...", " ..", "：", " ›", " ـ"]
WORDS = ["مصطفى", "الحكومة", "تعلن", "قرارات", "جديدة", "بشأن", "الأسعار", "في", "العاصمة", "اليوم"]

read_also = st.one_of(st.builds(lambda v, a: f"{v} {a}", st.sampled_from(VERBS), st.sampled_from(ADVERBS)),
                      st.sampled_from(INTEREST))
similar = st.builds(lambda n, r: f"{n} {r}", st.sampled_from(NOUNS), st.sampled_from(RELATIONS))
site_wide = st.sampled_from(SITE_WIDE)
mark = st.sampled_from(MARKS)


def tatweel(s: str, draw_index: int) -> str:
    """Stretch one letter of a word with a tatweel, as display headings do."""
    letters = [i for i, c in enumerate(s[:-1]) if unicodedata.category(c) == "Lo" and s[i + 1] != " "]
    if not letters:
        return s
    i = letters[draw_index % len(letters)]
    return s[:i + 1] + "ـ" + s[i + 1:]


_HINT_LETTERS = sorted({ch for stem in _HINT_STEMS for ch in stem}) + [" ", "ا", "ـ", "x"]


@given(st.lists(st.one_of(st.sampled_from(_HINT_STEMS), st.sampled_from(_HINT_LETTERS)), max_size=12))
def test_the_cue_prefilter_finds_a_text_exactly_when_it_holds_a_stem(pieces):
    """CUE_HINT is written as a tree of the stems' shared letters: it must find the same texts as the
    stems one by one, pieces of stems and stems inside stems included."""
    text = "".join(pieces)
    assert bool(CUE_HINT.search(text)) == any(stem in text for stem in _HINT_STEMS)


@given(read_also, mark, st.integers(0, 50))
def test_read_also_cues(cue, sep, stretch):
    text = tatweel(cue, stretch) + sep
    assert cue_hint(text)
    assert match_cue(text) == (READ_ALSO, "")


@given(similar, mark)
def test_related_headings(cue, sep):
    assert cue_hint(cue + sep)
    assert match_cue(cue + sep) == (SIMILAR, "")


@given(site_wide, mark, st.lists(st.sampled_from(WORDS), max_size=2))
def test_site_wide_headings_are_more(cue, sep, extra):
    text = " ".join([cue + sep, *extra])
    assert cue_hint(text)
    found = match_cue(text)
    assert found and found[0] == MORE


@given(st.builds(lambda v, a: f"{v} {a}", st.sampled_from(VERBS + ["قد يهمك", "يهمك"]), st.sampled_from(ADVERBS)),
       st.lists(st.sampled_from(WORDS), min_size=4, max_size=8))
def test_a_cue_glued_to_the_title_after_it(cue, title):
    """Glued cues end on an adverb (أيضاً، كذلك): a glued verb with a pronoun ("تفوتك|مصطفى" against
    "تفوت|كمصطفى") cannot be cut by its letters alone, and is not claimed here."""
    rest = " ".join(title)
    assert match_cue(cue + rest, max_extra_words=40) == (READ_ALSO, rest)


@given(st.sampled_from(VERBS), st.lists(st.sampled_from(WORDS), min_size=2, max_size=6))
def test_a_sentence_that_starts_with_a_verb_is_no_cue(verb, words):
    assert match_cue(" ".join([verb, *words])) is None


# ---- lists in pages: headings in any tag, wrappers of any kind, or none ---------------------------------

STORIES = ["وزير المالية يعلن موازنة العام المقبل بزيادة في الإنفاق", "افتتاح معرض الكتاب الدولي بمشاركة مئات الناشرين",
           "المنتخب الوطني يتأهل إلى الدور النهائي من البطولة العربية", "ارتفاع أسعار الذهب في الأسواق المحلية اليوم",
           "الأرصاد تحذر من موجة حارة تضرب البلاد نهاية الأسبوع"]
HEAD_TAGS = ["h2", "h3", "h4", "h5", "h6", "strong", "b", "p", "span", "div"]
WRAPPERS = [("div", "div"), ("section", "section"), ("aside", "aside"), ("table><tr><td", "td></tr></table"),
            ("section><div", "div></section"), ("nav", "nav")]
SHAPES = ["ul", "links", "cards"]


def _list(items: list[tuple[str, str]], shape: str) -> str:
    links = [f'<a href="{u}">{t}</a>' for t, u in items]
    if shape == "ul":
        return "<ul>" + "".join(f"<li>{a}</li>" for a in links) + "</ul>"
    if shape == "cards":
        return "".join(f'<div><img src="/i/{n}.jpg" alt=""><h4>{a}</h4></div>' for n, a in enumerate(links))
    return "".join(f"<p>{a}</p>" for a in links)


def _stories(n: int, prefix: str) -> list[tuple[str, str]]:
    """Stories of the page's own site, linked by absolute path (records carry them absolute)."""
    return [(t, f"/{prefix}/{1000 + i}/story-{i}") for i, t in enumerate(STORIES[:n])]


def _abs(items: list[tuple[str, str]]) -> set[str]:
    return {urljoin(URL, u) for _, u in items}


PAGE_SETTINGS = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@PAGE_SETTINGS
@given(st.one_of(similar, read_also, st.none()), st.sampled_from(HEAD_TAGS), st.sampled_from(WRAPPERS),
       st.sampled_from(SHAPES), st.integers(2, 5), st.booleans())
def test_a_list_after_the_body_is_related_whatever_its_markup(heading, head_tag, wrapper, shape, n, inside):
    items = _stories(n, "news")
    head = f"<{head_tag}>{heading}</{head_tag}>" if heading else ""
    block = f"<{wrapper[0]}>{head}{_list(items, shape)}</{wrapper[1]}>"
    body = "".join(f"<p>{p}</p>" for p in PARA)
    html = page(f"<main><h1>{TITLE}</h1><div>{body}{block if inside else ''}</div>{'' if inside else block}</main>")
    rec = extract_article(html, url=URL)
    got = {(r["url"], r["kind"]) for r in rec["related"]}
    assert got == {(u, SIMILAR) for u in _abs(items)}
    assert rec["paragraphs"] == [" ".join(p.split()) for p in PARA]        # nothing of the list in the body


@PAGE_SETTINGS
@given(site_wide, st.sampled_from(HEAD_TAGS), st.sampled_from(WRAPPERS), st.sampled_from(SHAPES), st.booleans())
def test_a_list_under_a_site_wide_heading_is_never_similar(heading, head_tag, wrapper, shape, inside):
    items = _stories(4, "latest")
    block = f"<{wrapper[0]}><{head_tag}>{heading}</{head_tag}>{_list(items, shape)}</{wrapper[1]}>"
    body = "".join(f"<p>{p}</p>" for p in PARA)
    html = page(f"<main><h1>{TITLE}</h1><div>{body}{block if inside else ''}</div>{'' if inside else block}</main>")
    rec = extract_article(html, url=URL)
    assert all(r["kind"] == MORE for r in rec["related"])
    assert rec["paragraphs"] == [" ".join(p.split()) for p in PARA]


@PAGE_SETTINGS
@given(read_also, mark, st.sampled_from(["p", "div"]), st.integers(1, 3), st.sampled_from(["strong", "b", "span"]))
def test_read_also_between_paragraphs_in_any_wording(cue, sep, line, n, tag):
    items = _stories(n, "story")
    links = "".join(f'<{line}><{tag}>{cue}{sep}</{tag}> <a href="{u}">{t}</a></{line}>' for t, u in items)
    body = f"<p>{PARA[0]}</p><p>{PARA[1]}</p>{links}<p>{PARA[2]}</p><p>{PARA[3]}</p>"
    rec = extract_article(page(f"<main><h1>{TITLE}</h1><div>{body}</div></main>"), url=URL)
    assert {(r["url"], r["kind"]) for r in rec["related"]} == {(u, READ_ALSO) for u in _abs(items)}
    assert all(t not in p for t, _ in items for p in rec["paragraphs"])


@given(st.sampled_from(NOUNS), st.sampled_from(["الأكثر قراءة", "الأكثر مشاهدة", "العاجلة", "عاجلة", "الرئيسية"]),
       mark)
def test_a_noun_of_stories_qualified_by_the_site_is_more(noun, qualifier, sep):
    found = match_cue(f"{noun} {qualifier}{sep}")
    assert found and found[0] == MORE


@given(st.sampled_from(NOUNS), st.sampled_from(["قد تهمك", "قد تعجبك", "قد يهمك", "ربما تعجبك", "تهمك أيضا"]), mark)
def test_a_noun_of_stories_of_interest_to_the_reader_is_related(noun, interest, sep):
    assert match_cue(f"{noun} {interest}{sep}") == (SIMILAR, "")


@pytest.mark.parametrize("heading", ["قصص أخرى قد تعجبك", "أخبار أخرى ربما تهمك", "مقالات أخرى تهمكم"])
def test_other_stories_of_interest_to_the_reader_are_related(heading):
    """"Other stories" is a site's list, unless an offer of interest follows it: then the stories are
    chosen for this one ("مقالات أخرى قد تهمك" was read as "more": vary.py seed 67 with the seventh
    vocabulary)."""
    assert match_cue(heading)[0] == SIMILAR


@pytest.mark.parametrize("heading", ["المقالات الأحدث", "الأخبار الأبرز", "التقارير الأهم"])
def test_stories_qualified_by_recency_with_the_article_are_more(heading):
    """A noun of stories and a recency adjective with the article ("المقالات الأحدث") is a site's list,
    as the same adjective without it is ("أحدث المقالات")."""
    assert match_cue(heading)[0] == MORE


@given(st.sampled_from(["مواد", "المواد", "روابط", "صفحات", "عناصر", "نصوص", "الصور"]),
       st.sampled_from(["ذات صلة", "ذات الصلة", "ذات علاقة", "مرتبطة", "مشابهة", "متعلقة", "مماثلة"]), mark)
def test_any_noun_and_a_word_of_relation_alone_is_a_related_heading(noun, relation, sep):
    """A word of relation makes a heading of whatever noun comes before it, nothing more on the line
    ("مواد ذات صلة" was no cue: a held-out WordPress page kept its heading in the body)."""
    assert match_cue(f"{noun} {relation}{sep}") == (SIMILAR, "")


@pytest.mark.parametrize("line", ["وقالت مصادر ذات صلة", "جهات ذات صلة بالملف", "مناطق قريبة", "خطة مقترحة"])
def test_a_word_of_relation_in_a_longer_line_or_of_place_is_no_heading(line):
    assert match_cue(line) is None


@pytest.mark.parametrize("heading", ["شائع الآن", "الشائع", "رائج الآن", "الأكثر شيوعاً"])
def test_what_is_trending_is_site_wide(heading):
    """A list of what is trending on the site is the site's, never this story's ("شائع الآن" after the body
    was taken as related: the tenth vocabulary)."""
    assert match_cue(heading)[0] == MORE


@given(st.sampled_from(["قراءات", "قصص", "روابط", "مقالات", "موضوعات", "تقارير"]), st.sampled_from(["أخرى", "اخرى"]),
       st.sampled_from(["ذات صلة", "مرتبطة", "مشابهة", "متعلقة"]), mark)
def test_other_stories_of_a_relation_are_related(noun, other, relation, sep):
    """"Other" between a noun of stories and a word of relation ("قراءات أخرى ذات صلة") keeps the heading
    related: the Ghost page of the third held-out set, its classes removed, lost its related cards."""
    assert match_cue(f"{noun} {other} {relation}{sep}") == (SIMILAR, "")


def _grammar_phrases() -> list[str]:
    """Phrases made of the grammar's own words, as folded text is: every opening it reads."""
    from newsscrape.text import cues as c
    out = [f"{v} {a}" for v in c._VERBS for a in c._ADVERBS] + [f"لا {w}" for w in c._MISS]
    out += [*c._INTEREST_HEAD, *c._FOR_MORE, *c._RECOMMEND, *c._SITE_PHRASES, *c._ALONE_RELATIONS]
    out += [f"{n} {r}" for n in c._STORY_NOUNS for r in c._RELATION]
    out += [f"{s} {n}" for s in c._SUPERLATIVE for n in ("قراءه", "مشاهده")]
    out += [f"{r} {n}" for r in c._RECENCY - {"اخبار"} for n in c._SITE_NOUNS]   # (not "أخبار الأخبار")
    return out


@pytest.mark.parametrize("phrase", _grammar_phrases())
def test_every_cue_the_grammar_reads_passes_the_prefilter(phrase):
    """The raw-text prefilter is made from the grammar: a phrase the grammar reads as a cue must pass it,
    else the page's element is never looked at ("لا يفوتك" was read and never seen: stem "تفوت")."""
    if match_cue(phrase) is not None:
        assert cue_hint(phrase)


# "For" and a verbal noun of reading or knowing, then "more": our own verbal nouns.
FOR_MORE_NOUNS = ["لمتابعة", "لمعرفة", "لقراءة", "للاطلاع على", "لمشاهدة", "للتعرف على"]


@given(st.sampled_from(FOR_MORE_NOUNS), st.sampled_from(["المزيد", "مزيد"]), mark)
def test_for_a_verbal_noun_and_more_is_a_read_also_cue(noun, more, sep):
    """"لمتابعة المزيد", "للاطلاع على المزيد": the preposition ل on a verbal noun (its object's preposition
    after it or none) and "more" offer further reading, as "للمزيد" does."""
    assert cue_hint(f"{noun} {more}{sep}")
    assert match_cue(f"{noun} {more}{sep}") == (READ_ALSO, "")


def test_for_a_verbal_noun_without_more_is_no_cue():
    assert match_cue("لمتابعة الأخبار العاجلة") is None
    assert match_cue("للاطلاع على التفاصيل الكاملة للقرار") is None


@given(st.sampled_from(["قد", "ربما", "يمكنك", "يمكنكم"]),
       st.sampled_from(["تحب", "تريد", "ترغب في", "تود", "أيضا"]), mark)
def test_a_modal_and_a_wish_to_read_is_a_read_also_cue(modal, wish, sep):
    """"قد تود قراءة", "ربما ترغب في قراءة": a particle of possibility, a verb of wishing (and its
    preposition) and the verbal noun "reading" offer another story, as "يمكنك قراءة" does."""
    text = f"{modal} {wish} قراءة{sep}"
    assert cue_hint(text)
    assert match_cue(text) == (READ_ALSO, "")


@given(st.sampled_from(["الأحدث", "الأبرز", "الأهم", "الأشهر"]), mark)
def test_a_definite_elative_alone_is_site_wide(word, sep):
    """"الأحدث", "الأبرز": the latest, the most prominent, with nothing after them, head the site's lists
    as "أحدث الأخبار" does."""
    assert match_cue(word + sep) == (MORE, "")


@given(st.sampled_from(["الأحدث", "الأبرز", "الأهم"]), st.sampled_from(["على", "في", "من"]),
       st.sampled_from(["الموقع", "موقعنا", "المنصة", "البوابة", "بوابتنا", "الصفحة"]), mark)
def test_a_definite_elative_on_the_site_is_site_wide(word, on, site, sep):
    """"الأحدث على الموقع", "الأبرز في بوابتنا": the latest or most prominent on the site itself head the site's
    lists (only the elative alone did); "الأحدث في القضية" stays no heading."""
    assert match_cue(f"{word} {on} {site}{sep}") == (MORE, "")
    assert match_cue(f"{word} {on} القضية{sep}") is None


@given(st.sampled_from(["اقرأ", "طالع", "تصفح", "شاهد"]), st.sampled_from(["على", "في"]),
       st.sampled_from(["الموقع", "موقعنا", "البوابة", "المنصة"]), st.sampled_from(["أيضاً", "كذلك", "أيضا"]), mark)
def test_a_reading_verb_on_the_site_and_an_adverb_is_a_read_also_cue(verb, on, site, also, sep):
    """"اقرأ على الموقع أيضاً", "طالع في موقعنا كذلك": the reading verb, the site itself and the adverb offer another
    story as "اقرأ أيضاً" does (the site between verb and adverb hid the cue)."""
    assert match_cue(f"{verb} {on} {site} {also}{sep}") == (READ_ALSO, "")


@given(st.sampled_from(["جديد", "أحدث", "آخر", "أهم"]), st.sampled_from(["الموقع", "البوابة", "المنصة"]), mark)
def test_the_newest_of_the_site_itself_is_site_wide(recency, site, sep):
    """"جديد الموقع", "أحدث البوابة": a word of recency and the site itself (its site, portal, platform) head
    the site's list."""
    assert match_cue(f"{recency} {site}{sep}") == (MORE, "")


@given(st.sampled_from(["نشرة", "شريط", "موجز", "أرشيف", "كل", "ملخص"]),
       st.sampled_from(["الأخبار", "المقالات", "المواضيع"]), mark)
def test_a_noun_of_the_sites_news_is_site_wide(noun, news, sep):
    """"نشرة الأخبار", "شريط الأخبار", "أرشيف المقالات": a noun and the site's news, definite (all of it, not
    this story's), head the site's list."""
    assert match_cue(f"{noun} {news}{sep}") == (MORE, "")


@given(st.sampled_from(["التفاصيل", "المعلومات"]), mark)
def test_more_of_this_storys_details_is_read_also(what, sep):
    """"المزيد من التفاصيل": more of this story's details offers further reading; more of the site's news
    ("المزيد من الأخبار", "المزيد من المقالات") stays site-wide."""
    assert match_cue(f"المزيد من {what}{sep}") == (READ_ALSO, "")
    assert match_cue(f"المزيد من الأخبار{sep}")[0] == MORE
    assert match_cue(f"المزيد من مقالات الكاتب{sep}")[0] == MORE
    assert match_cue(f"المزيد من رياضة{sep}")[0] == MORE


@given(st.sampled_from(VERBS), st.sampled_from(["كمان", "برضه", "برضو"]), mark)
def test_also_in_the_dialects_makes_a_read_also_cue(verb, also, sep):
    """"اقرأ كمان", "شاهد برضه": the dialects' "also" after a reading verb is the cue "اقرأ أيضاً" is."""
    assert match_cue(f"{verb} {also}{sep}") == (READ_ALSO, "")


@given(st.sampled_from(["خبر", "مقال", "موضوع", "تقرير"]),
       st.sampled_from(["مرتبط", "متعلق", "متصل", "مشابه", "مماثل"]), mark)
def test_a_story_noun_and_a_masculine_word_of_relation_is_related(noun, relation, sep):
    """"خبر مرتبط", "مقال متعلق": the relation agrees with a singular masculine noun as "أخبار مرتبطة" does
    with a plural; the word is the feminine's without its taa marbuta."""
    assert cue_hint(f"{noun} {relation}{sep}")
    assert match_cue(f"{noun} {relation}{sep}") is not None
    assert match_cue(f"{noun} {relation}{sep}")[0] in (READ_ALSO, SIMILAR)


@given(st.sampled_from(["أيضاً", "أيضا", "كذلك"]), st.sampled_from(["على", "في", "عبر"]),
       st.sampled_from(["موقعنا", "بوابتنا", "منصتنا", "الموقع"]), mark)
def test_also_on_our_site_is_a_read_also_cue(also, on, site, sep):
    """"أيضاً على موقعنا", "كذلك في بوابتنا": "also", a preposition and the site itself offer another of the
    site's stories beside this one."""
    text = f"{also} {on} {site}{sep}"
    assert cue_hint(text)
    assert match_cue(text) == (READ_ALSO, "")


@given(st.sampled_from(["يمكنك", "يمكنكم", "قد تود", "ربما ترغب في"]),
       st.sampled_from(["الاطلاع على", "مطالعة", "تصفح", "مشاهدة"]), mark)
def test_a_modal_and_any_verbal_noun_of_reading_is_a_read_also_cue(modal, reading, sep):
    """"يمكنك الاطلاع على", "قد تود مطالعة": the verbal noun after a modal may be any of reading or viewing,
    not "قراءة" alone."""
    text = f"{modal} {reading}{sep}"
    assert cue_hint(text)
    assert match_cue(text) == (READ_ALSO, "")


@given(st.sampled_from(["لمن فاته", "لمن فاتها", "إن فاتك", "إذا فاتتك", "في حال فاتك"]), mark)
def test_for_whoever_missed_it_is_a_read_also_cue(phrase, sep):
    """"لمن فاته", "إن فاتك": a relative or a condition and the verb of missing offer a story the reader may
    have missed, as "لا يفوتك" does."""
    assert cue_hint(phrase + sep)
    assert match_cue(phrase + sep) == (READ_ALSO, "")


@given(st.sampled_from(["اقرأ", "طالع"]), st.sampled_from(["هذا الشأن", "هذا الصدد", "هذه القضية", "ذات الملف"]), mark)
def test_read_in_this_matter_is_a_cue(verb, matter, sep):
    """"اقرأ في هذا الشأن": read in this matter, as "اقرأ حول هذا الموضوع" reads about it."""
    assert match_cue(f"{verb} في {matter}{sep}") is not None


@given(st.sampled_from(["حديث", "قضية", "صورة", "فيديو", "ملف"]), st.sampled_from(["الساعة"]), mark)
def test_a_noun_of_the_hour_is_site_wide(noun, time, sep):
    """"حديث الساعة", "قضية الساعة": what is current now on the site, not this story's."""
    assert cue_hint(f"{noun} {time}{sep}")
    assert match_cue(f"{noun} {time}{sep}") == (MORE, "")


@given(st.sampled_from(["اهتمامات", "اختيارات", "مفضلات", "تفضيلات"]),
       st.sampled_from(["القراء", "الزوار", "المتابعين"]), mark)
def test_what_the_readers_choose_is_site_wide(noun, readers, sep):
    """"اهتمامات القراء", "اختيارات الزوار": what the site's audience reads, never chosen for this story."""
    assert match_cue(f"{noun} {readers}{sep}") == (MORE, "")


@given(st.sampled_from(["المختارات"]), mark)
def test_the_picks_with_the_article_are_picks(word, sep):
    """"المختارات": the editors' picks with the article are the picks "مختارات" are (where they stand decides)."""
    from newsscrape.text.cues import PICKS
    assert match_cue(word + sep) == (PICKS, "")


@pytest.mark.parametrize("line", ["إن فاتورة الكهرباء ارتفعت", "حتى الساعة", "قد يكون تصفح المواقع مفيدا",
                                  "عيادة اليوم", "صحف اليوم", "تشاهدون الآن"])
def test_lines_that_open_as_those_cues_do_are_none(line):
    assert match_cue(line) is None


@given(st.sampled_from(["مطالعة", "قراءة", "روابط", "قراءات", "مواد"]), st.sampled_from(["إضافية", "اضافية", "إضافي"]),
       mark)
def test_reading_or_stories_and_additional_is_a_read_also_cue(noun, extra, sep):
    """"قراءة إضافية", "روابط إضافية": reading, or a noun of stories, and "additional" offer further reading."""
    assert cue_hint(f"{noun} {extra}{sep}")
    assert match_cue(f"{noun} {extra}{sep}") == (READ_ALSO, "")


@given(st.sampled_from(VERBS), st.sampled_from(["بالتفصيل", "بالتفاصيل"]), mark)
def test_a_reading_verb_in_detail_is_a_read_also_cue(verb, detail, sep):
    """"اقرأ بالتفصيل": a reading verb and "in detail" offer another story, as "اقرأ المزيد" does."""
    assert match_cue(f"{verb} {detail}{sep}") == (READ_ALSO, "")


@given(st.sampled_from(["قد يهمك", "ربما تهمك", "قد تعجبك"]), st.sampled_from(["قراءة", "مطالعة"]), mark)
def test_an_offer_of_interest_and_reading_is_one_cue(interest, reading, sep):
    """"قد تهمك قراءة": the verbal noun of reading after an offer of interest is the cue's, not a title's."""
    assert match_cue(f"{interest} {reading}{sep}") == (READ_ALSO, "")


@given(st.sampled_from(["أخبار", "فيديوهات", "مقالات", "الأخبار", "الأحداث"]),
       st.sampled_from(["الأسبوع", "الشهر", "المتداولة", "الجارية", "الراهنة"]), mark)
def test_stories_of_the_week_or_in_circulation_are_site_wide(noun, qualifier, sep):
    """"فيديوهات الأسبوع", "الأخبار المتداولة", "الأحداث الجارية": stories qualified by a span of time or by
    their circulation are the site's, as "أخبار اليوم" is."""
    assert match_cue(f"{noun} {qualifier}{sep}") == (MORE, "")


def test_the_press_headlines_are_site_wide():
    assert match_cue("عناوين الصحف") == (MORE, "")


@given(st.sampled_from(["محتوى", "أخبار", "روابط", "مواد"]),
       st.sampled_from(["ذو علاقة", "ذو صلة", "ذات علاقة", "ذات صلة"]), mark)
def test_a_word_of_relation_in_either_gender_is_a_relation(noun, relation, sep):
    """"محتوى ذو علاقة": the masculine ذو of "ذات علاقة" relates as the feminine does."""
    assert match_cue(f"{noun} {relation}{sep}") == (SIMILAR, "")


@given(st.sampled_from(["في", "على", "من"]),
       st.sampled_from(["المنوال ذاته", "الموضوع نفسه", "الشأن ذاته", "ذات الموضوع", "نفس المنوال", "القضية نفسها"]),
       mark)
def test_in_the_same_matter_alone_is_a_related_heading(prep, same, sep):
    """"على المنوال ذاته", "في ذات الموضوع": a preposition and a definite noun made "the same" head a list of
    this story's kin, when they are the whole heading; opening a sentence ("في الوقت نفسه، قال …") they are
    none."""
    assert cue_hint(f"{prep} {same}{sep}")
    assert match_cue(f"{prep} {same}{sep}") == (SIMILAR, "")
    assert match_cue(f"{prep} {same}، قال الوزير إن الخطة ستنفذ") is None


@given(st.sampled_from(["شوف", "شوفوا", "شوفي"]), st.sampled_from(["كذلك", "أيضا", "كمان", "المزيد"]), mark)
def test_the_dialects_verb_of_seeing_is_a_reading_verb(verb, also, sep):
    """"شوف كذلك": the dialects' imperative of seeing offers another story as "شاهد أيضاً" does."""
    assert cue_hint(f"{verb} {also}{sep}")
    assert match_cue(f"{verb} {also}{sep}") == (READ_ALSO, "")


@given(st.sampled_from(["مما", "ومما"]), st.one_of(read_also, st.sampled_from(["قد تود قراءة", "يمكنك الاطلاع على"])),
       st.one_of(mark, st.sampled_from(["؛", " ⇒", " —>"])))
def test_of_what_before_a_read_also_cue_is_the_cue(relative, cue, sep):
    """"مما قد يهمك", "ومما يهمك أيضاً": "of what" before an offer of interest or of reading opens the same
    cue (the heading went unread: its box's links were lost, or its line stayed in the body)."""
    text = f"{relative} {cue}{sep}"
    assert cue_hint(text)
    assert match_cue(text) == (READ_ALSO, "")


@pytest.mark.parametrize("line", ["مما يعني أن الحكومة ستعلن قرارها", "مما أدى إلى تأجيل الاجتماع", "مما قد"])
def test_of_what_before_no_cue_is_no_cue(line):
    assert match_cue(line) is None


@given(st.sampled_from(NOUNS), st.sampled_from(["متفرقة", "المتفرقة", "متنوعة", "منوعة", "شتى"]), mark)
def test_stories_of_every_kind_are_site_wide(noun, assorted, sep):
    """"أخبار متفرقة", "مقالات متنوعة": assorted stories of the site, chosen for no story (the list after the
    body was taken for this story's); "منوعات", "متفرقات" alone name the same miscellany."""
    for alone in ("منوعات", "متفرقات"):
        assert cue_hint(alone + sep) and match_cue(alone + sep) == (MORE, "")
    assert cue_hint(f"{noun} {assorted}{sep}")
    assert match_cue(f"{noun} {assorted}{sep}") == (MORE, "")


@given(st.one_of(st.builds(lambda a: f"اقرأ {a}", st.sampled_from(ADVERBS)),
                 st.sampled_from(["في السياق ذاته", "في نفس السياق", "قد يهمك", "ربما تعجبك", "لا تفوتك",
                                  "للمزيد", "يمكنك قراءة"])), mark)
def test_and_before_a_cue_is_the_same_cue(cue, sep):
    """"واقرأ أيضاً", "وفي السياق ذاته", "وقد يهمك": the conjunction و written on a cue's first word leaves it
    the same cue (the line and its links stayed in the body)."""
    assert match_cue(f"و{cue}{sep}") == match_cue(f"{cue}{sep}") != None  # noqa: E711


@pytest.mark.parametrize("line", ["وتابع كذلك أن الحكومة", "وشاهد المزيد من الناس", "وطالع أيضا الوزير",
                                  "وراجع أيضاً الخطة"])
def test_and_before_a_verb_that_also_narrates_is_no_cue(line):
    """"وتابع", "وشاهد": with و these are the past tense of a narrative ("and he went on"), not a cue."""
    assert match_cue(line) is None


@given(st.sampled_from(["في", "وفي"]), st.sampled_from(["متصل", "مرتبط", "ذي صلة", "مشابه", "ذو صلة", "قريب"]), mark)
def test_in_a_related_context_is_a_related_cue(prep, relation, sep):
    """"وفي سياق متصل", "في سياق ذي صلة": in a related context, as "في السياق ذاته" is."""
    text = f"{prep} سياق {relation}{sep}"
    assert cue_hint(text)
    assert match_cue(text) == (SIMILAR, "")


@given(st.sampled_from(VERBS), st.sampled_from(["الفيديو", "التفاصيل", "الصور", "التقرير", "القصة كاملة"]), mark)
def test_a_verb_of_reading_and_a_definite_noun_of_the_story_is_a_read_also_cue(verb, what, sep):
    """"شاهد الفيديو:", "اقرأ التفاصيل": a verb of reading or viewing and what it offers (the line and its
    links stayed in the body)."""
    text = f"{verb} {what}{sep}"
    assert cue_hint(text)
    assert match_cue(text) == (READ_ALSO, "")


@given(st.sampled_from(["خبر", "مقال", "تغطيات", "أخبار", "تقارير", "مواضيع"]),
       st.sampled_from(["سابق", "سابقة", "السابقة", "ذات صلة سابقة"]), mark)
def test_earlier_stories_are_related(noun, earlier, sep):
    """"خبر سابق", "تغطيات سابقة": earlier stories, offered with this one (its line and links were body)."""
    text = f"{noun} {earlier}{sep}"
    assert cue_hint(text)
    assert match_cue(text) is not None and match_cue(text)[0] in (SIMILAR, READ_ALSO)


def test_earlier_in_a_sentence_is_no_cue():
    assert match_cue("في وقت سابق من اليوم") is None and match_cue("وكان خبر سابق قد أشار إلى ذلك") is None


@given(st.sampled_from(["ننصح", "ننصحك", "نرشح", "نقترح"]), st.sampled_from(["بقراءة", "لك", "لكم", ""]), mark)
def test_we_advise_is_a_related_cue_with_or_without_you(verb, rest, sep):
    """"ننصح بقراءة:": we advise reading, with the reader's pronoun on the verb or none (only "ننصحك" was read)."""
    text = f"{verb} {rest}".strip() + sep
    assert cue_hint(text) and match_cue(text) is not None


@given(st.sampled_from(["من", "ومن"]), st.sampled_from(["المواضيع ذات الصلة", "الأخبار المتعلقة", "المقالات المرتبطة",
                                                         "القصص ذات العلاقة"]), st.one_of(mark, st.just(" ⇢")))
def test_among_the_related_stories_is_a_related_cue(among, stories, sep):
    """"ومن المواضيع ذات الصلة ⇢": "among" the related stories opens the same cue (its lines stayed in the
    body, between the lede and the rest)."""
    assert match_cue(f"{among} {stories}{sep}") == (SIMILAR, "")


@given(st.sampled_from(["مقالات مميزة", "فيديوهات مميزة", "الأخبار المميزة", "قصص مميزة"]), mark)
def test_featured_stories_are_site_wide(heading, sep):
    """"فيديوهات مميزة": the site's featured stories, chosen for no story."""
    assert cue_hint(heading + sep) and match_cue(heading + sep) == (MORE, "")


@given(st.sampled_from(NOUNS), st.sampled_from(["في", "من"]),
       st.sampled_from(["نفس الباب", "ذات الإطار", "نفس التصنيف", "ذات الملف", "الباب نفسه", "الإطار ذاته",
                        "القسم نفسه"]), mark)
def test_stories_from_the_same_place_are_related(noun, prep, same, sep):
    """"قصص من نفس الباب", "أخبار في ذات الإطار": a noun of stories, في / من, and "the same" any definite noun
    (before or after it) head this story's related list; "the same" alone, with no noun, is no heading."""
    assert match_cue(f"{noun} {prep} {same}{sep}")[0] == SIMILAR
    assert match_cue(f"{noun} {prep} نفس{sep}") is None


@given(st.sampled_from(["اقرأ", "إقرأ", "طالع", "طالعوا"]), st.sampled_from(["حول", "عن", "في"]),
       st.sampled_from(["الموضوع", "القضية", "الملف", "هذه القضية"]), mark)
def test_a_verb_of_reading_about_the_story_is_a_related_cue(verb, about, what, sep):
    """"اقرأ حول الموضوع": an imperative of reading, about, and the story's definite noun (not only "this
    topic")."""
    assert match_cue(f"{verb} {about} {what}{sep}")[0] == SIMILAR


@given(st.sampled_from(["تابع", "شاهد", "اطلع"]), st.sampled_from(["في هذا الملف", "حول هذه القضية", "عن هذا الموضوع"]))
def test_a_verb_that_also_narrates_about_this_story_is_a_cue_only_alone(verb, about):
    """"تابع في هذا الملف" heads a list; "تابع في هذا الملف قائلا إن …" is a sentence (تابع is also "he went
    on")."""
    assert match_cue(f"{verb} {about}")[0] == SIMILAR
    assert match_cue(f"{verb} {about} قائلا إن الحكومة") is None


@given(st.sampled_from(["اقرأ", "إقرأ", "طالع", "تابع"]), st.sampled_from(["هنا", "من هنا"]), mark)
def test_read_here_is_a_read_also_cue(verb, here, sep):
    """"اقرأ من هنا", "طالع هنا": a verb of reading and "here" point to the link after it."""
    assert match_cue(f"{verb} {here}{sep}")[0] == READ_ALSO


@given(st.sampled_from(["اقرأ", "إقرأ", "طالع", "شاهد"]), st.sampled_from(["معنا", "لدينا", "عندنا"]),
       st.sampled_from(ADVERBS), mark)
def test_read_with_us_also_is_a_read_also_cue(verb, with_us, adverb, sep):
    """"إقرأ معنا أيضاً": a preposition with "us" between the verb and its adverb."""
    assert match_cue(f"{verb} {with_us} {adverb}{sep}")[0] == READ_ALSO


@given(st.sampled_from(["هذا", "هذه"]), st.sampled_from(["أيضاً", "أيضا", "كذلك", ""]),
       st.sampled_from(["قد يهمك", "قد يعجبك", "ربما يهمك", "قد تهمك"]), mark)
def test_this_too_may_interest_you_is_a_read_also_cue(this, too, interest, sep):
    """"هذا أيضاً قد يهمك": a demonstrative (and "too") before an offer of interest."""
    assert match_cue(f"{this} {too} {interest}{sep}".replace("  ", " "))[0] == READ_ALSO


@given(st.sampled_from(NOUNS + ["تغطيات", "ملفات", "التغطيات"]),
       st.sampled_from(["مباشرة", "المباشرة", "ساخنة", "الساخنة", "حية", "حيّة", "الحية"]), mark)
def test_live_and_hot_stories_are_site_wide(noun, live, sep):
    """"تغطيات مباشرة", "تغطيات حية", "ملفات ساخنة": live or hot stories are the site's, as "أخبار عاجلة" are.
    (The prefilter finds "حية" as a word of its own, " حية": its letters end "صحية", "تحية", "ناحية".)"""
    assert cue_hint(f"{noun} {live}{sep}")
    assert match_cue(f"{noun} {live}{sep}")[0] == MORE


@given(st.sampled_from(["مزيد من", "المزيد من"]), st.sampled_from(["الأخبار", "التقارير", "المقالات"]),
       st.sampled_from(["حول", "عن"]), st.sampled_from(["القضية", "الموضوع", "هذا الموضوع", "هذه القضية"]), mark)
def test_more_stories_about_this_one_are_related(more, stories, about, what, sep):
    """"مزيد من الأخبار حول القضية": more of the site's stories, but about this story: its related list (more
    stories alone, or of a section, stay the site's)."""
    assert match_cue(f"{more} {stories} {about} {what}{sep}")[0] == SIMILAR
    assert match_cue(f"{more} {stories}{sep}")[0] == MORE


@given(st.sampled_from(["لا تنسَ قراءة", "لا تنسى قراءة", "لا تنسوا قراءة", "لا تنس", "من المهم أن تقرأ",
                        "من المفيد أن تقرأ", "من المهم أن تطالع"]), mark)
def test_do_not_forget_and_it_is_worth_reading_are_read_also_cues(cue, sep):
    """"لا تنسَ قراءة", "من المهم أن تقرأ": do not forget to read, it matters that you read."""
    assert cue_hint(cue + sep) and match_cue(cue + sep)[0] == READ_ALSO


@given(st.sampled_from(NOUNS), st.sampled_from(["قد تفيدك", "قد يفيدك", "ربما تفيدكم"]), mark)
def test_stories_that_may_help_you_are_related(noun, helps, sep):
    """"تقارير قد تفيدك": stories offered as of use to the reader, as "قد تهمك" offers them."""
    assert cue_hint(f"{noun} {helps}{sep}") and match_cue(f"{noun} {helps}{sep}")[0] == SIMILAR


@given(st.sampled_from(["جديدنا", "أحدثنا", "جديدنا اليوم"]), mark)
def test_our_newest_is_site_wide(heading, sep):
    """"جديدنا": the site's newest, as "جديد الموقع"."""
    assert match_cue(heading + sep)[0] == MORE


@given(st.sampled_from(["مقالات الرأي", "أخبار الشركاء", "من شبكتنا", "من موقعنا", "إعلانات", "محتوى مدعوم",
                        "روابط مدعومة", "أخبار شركائنا"]), mark)
def test_opinion_partners_network_and_ads_are_site_wide(heading, sep):
    """"مقالات الرأي", "أخبار الشركاء", "من شبكتنا", "إعلانات", "محتوى مدعوم": the opinion section, partners'
    and the network's stories, advertising: none chosen for this story."""
    assert cue_hint(heading + sep) and match_cue(heading + sep)[0] == MORE


@given(st.sampled_from(["صحيفة الرأي", "جريدة الرأي", "قناة الشركاء", "▸صحيفة الرأي"]), mark)
def test_a_newspaper_named_opinion_is_no_heading(name, sep):
    """"صحيفة الرأي" is a newspaper's name (a credit line), not the opinion section's heading: only a noun of
    stories before "الرأي" or "الشركاء" makes the site's list."""
    assert match_cue(name + sep) is None


@given(st.sampled_from(["الأخبار الأخيرة", "المقالات الأخيرة", "أخبار أخيرة", "تابعونا", "تابعنا"]), mark)
def test_the_latest_and_follow_us_are_site_wide(heading, sep):
    """"الأخبار الأخيرة": the site's latest, as "آخر الأخبار"; "تابعونا": follow us, the site's own."""
    assert cue_hint(heading + sep) and match_cue(heading + sep)[0] == MORE


@given(st.sampled_from(["مزيد عن القضية", "المزيد حول الموضوع", "المزيد عن الملف"]), mark)
def test_more_about_the_story_is_related(heading, sep):
    """"مزيد عن القضية": more about the story named by its definite noun, as "المزيد حول هذا الموضوع"."""
    assert cue_hint(heading + sep) and match_cue(heading + sep)[0] == SIMILAR


@given(st.sampled_from(["إليك أيضاً", "إليكم أيضا", "إليك كذلك", "المزيد على موقعنا", "المزيد عبر بوابتنا", "تابع معنا",
                        "تابعوا معنا"]), mark)
def test_here_is_also_and_more_on_our_site_are_read_also_cues(cue, sep):
    """"إليك أيضاً", "المزيد على موقعنا", "تابع معنا": offers of more reading, as "أيضاً على موقعنا"."""
    assert cue_hint(cue + sep) and match_cue(cue + sep)[0] == READ_ALSO


@given(st.sampled_from(NOUNS), st.sampled_from(["حول", "عن"]),
       st.sampled_from(["نفس الموضوع", "الموضوع ذاته", "القضية", "الملف"]), mark)
def test_stories_about_the_same_story_are_related(noun, about, same, sep):
    """"مقالات حول نفس الموضوع", "أخبار عن القضية": stories about this one."""
    assert match_cue(f"{noun} {about} {same}{sep}")[0] == SIMILAR


@given(st.sampled_from(["مستجدات الملف", "تطورات القضية", "متابعات الموضوع", "مستجدات القضية"]), mark)
def test_the_storys_developments_are_related(heading, sep):
    """"مستجدات الملف", "تطورات القضية": the developments of this story (not "آخر المستجدات", the site's)."""
    assert cue_hint(heading + sep) and match_cue(heading + sep)[0] == SIMILAR
    assert match_cue("آخر المستجدات" + sep)[0] == MORE


@given(st.sampled_from(NOUNS), st.sampled_from(["شائعة", "الشائعة"]), mark)
def test_trending_stories_are_site_wide(noun, trending, sep):
    """"مواضيع شائعة": what is trending on the site."""
    assert match_cue(f"{noun} {trending}{sep}")[0] == MORE


@given(st.sampled_from(["للاطلاع أكثر", "لمعرفة أكثر", "للاطلاع", "للمطالعة", "لقراءة المزيد", "اضغط هنا لقراءة",
                        "انقر هنا للاطلاع", "اضغط لقراءة المزيد", "انقروا هنا للمزيد", "اضغطي هنا لمشاهدة",
                        "أنصحك بقراءة", "انصحكم بقراءة", "أرشح لك", "قد تحب أيضاً", "ربما تودّ أيضا", "قد تحب"]), mark)
def test_for_more_click_to_read_and_i_advise_you_are_read_also_cues(cue, sep):
    """"للاطلاع أكثر", "اضغط هنا لقراءة", "أنصحك بقراءة", "قد تحب أيضاً": a verbal noun of reading on ل with
    "more" or alone, an imperative of clicking ("here" or not) before one, a recommendation in the first person
    singular, a modal and a verb of liking in the second person."""
    assert cue_hint(cue + sep) and match_cue(cue + sep)[0] in (READ_ALSO, SIMILAR)


@pytest.mark.parametrize("line", ["للاطلاع على التفاصيل الكاملة للقرار", "اضغط هنا", "انقر هنا للتسجيل في الخدمة",
                                  "قد تحب الطبخ وتكره الغسيل", "مقترح قانون جديد"])
def test_sentences_like_those_cues_are_none(line):
    """A click with no reading after it, a liking with an object, a bill proposed: no cue."""
    assert match_cue(line) is None


@given(st.sampled_from(["مقترح لك", "مقترحة لك", "مقترح لكم", "مختار لك"]), mark)
def test_suggested_for_you_is_a_cue(cue, sep):
    """"مقترح لك": a story suggested for the reader, as "مقترحات" heads such a list."""
    assert cue_hint(cue + sep) and match_cue(cue + sep)[0] in (READ_ALSO, SIMILAR)


@given(st.sampled_from(["يرتبط بهذا الخبر", "يتعلق بهذا الموضوع", "ترتبط بالقضية", "يتصل بهذا الملف", "مرتبط بالخبر"]),
       mark)
def test_what_is_linked_to_this_story_is_related(heading, sep):
    """"يرتبط بهذا الخبر": a verb (or participle) of relation and this story."""
    assert cue_hint(heading + sep) and match_cue(heading + sep)[0] == SIMILAR


@given(st.sampled_from(NOUNS + ["مواد", "محتوى"]), st.sampled_from(["شبيهة", "الشبيهة", "مناظرة"]), mark)
def test_stories_alike_are_related(noun, alike, sep):
    """"مقالات شبيهة": stories like this one, as "مشابهة"."""
    assert cue_hint(f"{noun} {alike}{sep}") and match_cue(f"{noun} {alike}{sep}")[0] == SIMILAR


@given(st.sampled_from(["الأوسع انتشاراً", "الأعلى تقييماً", "الأسرع انتشارا", "الأشد تأثيراً", "الأكثر استماعاً",
                        "محتوى مدفوع", "روابط مدفوعة", "النشرة البريدية", "القائمة البريدية", "نشرتنا البريدية"]), mark)
def test_rankings_paid_content_and_the_newsletter_are_site_wide(heading, sep):
    """"الأوسع انتشاراً": an elative and its accusative of what is ranked; "محتوى مدفوع": paid; "النشرة
    البريدية": the mailing list: the site's, none chosen for this story."""
    assert cue_hint(heading + sep) and match_cue(heading + sep)[0] == MORE


@pytest.mark.parametrize("line", ["الأردن أولاً وأخيرا في كل الأحوال", "الأقصى اليوم", "الأمير يزور المدينة"])
def test_a_name_shaped_like_an_elative_is_no_ranking(line):
    """A country, a mosque, a prince: nouns of the same letters as an elative, no accusative after them."""
    assert match_cue(line) is None


@given(st.sampled_from(["ربما فاتك", "قد فاتك", "ربما فاتكم", "يستحق القراءة", "تستحق المتابعة", "يستحق المشاهدة",
                        "تصفحوا أيضاً", "طالعي كذلك", "اكتشفوا المزيد", "اقرأ هذا أيضاً", "شاهد هذا أيضا",
                        "إقرأوا هذه أيضاً"]), mark)
def test_you_may_have_missed_worth_reading_and_plural_imperatives_are_read_also_cues(cue, sep):
    """"ربما فاتك" (a modal before "you missed it"), "يستحق القراءة" (worth reading), the imperatives of reading in
    the plural and the feminine ("تصفحوا أيضاً"), a demonstrative between a verb of reading and its adverb ("اقرأ
    هذا أيضاً")."""
    assert cue_hint(cue + sep) and match_cue(cue + sep)[0] == READ_ALSO


@given(st.sampled_from(["ما كتب حول الموضوع", "ما نشر عن القضية", "ما قيل في هذا الملف", "مقالات تناولت الموضوع",
                        "تقارير تطرقت إلى القضية", "أخبار ناقشت هذا الموضوع", "أخبار بنفس الوسم", "مقالات بذات التصنيف",
                        "ضمن هذا الملف", "في هذا الملف", "من هذه القضية"]), mark)
def test_what_was_written_about_the_story_and_within_its_file_are_related(heading, sep):
    """"ما كتب حول الموضوع" (what was written about it), "مقالات تناولت الموضوع" (stories that treated it), "أخبار
    بنفس الوسم" (with the same tag), "ضمن هذا الملف" (within this story's file)."""
    assert cue_hint(heading + sep) and match_cue(heading + sep)[0] == SIMILAR


@given(st.sampled_from(["ألبومات الصور", "معرض الصور", "مكتبة الفيديو", "تغطية خاصة", "تقارير خاصة", "ملفات خاصة"]),
       mark)
def test_galleries_and_special_coverage_are_site_wide(heading, sep):
    """"ألبومات الصور", "تغطية خاصة": the site's galleries and its special coverage, chosen for no story."""
    assert cue_hint(heading + sep) and match_cue(heading + sep)[0] == MORE


@pytest.mark.parametrize("line", ["ما كتب الوزير في رسالته الأخيرة إلى الحكومة", "اقرأ هذا الكتاب",
                                  "ضمن هذا الإطار قال", "يستحق الفريق الفوز"])
def test_sentences_of_those_words_are_no_cues(line):
    """A sentence that opens with the same words ("ما كتب الوزير …", "يستحق الفريق الفوز") is no heading."""
    assert match_cue(line) is None


@given(st.sampled_from(["يمكن أن يعجبك", "يمكن أن يهمك", "من المفيد قراءة", "من المهم قراءة", "من المفيد الاطلاع على"]),
       mark)
def test_it_may_please_you_and_it_is_useful_to_read_are_read_also_cues(cue, sep):
    """"يمكن أن يعجبك" (a modal of possibility and "that"), "من المفيد قراءة" (it is useful to read)."""
    assert cue_hint(cue + sep) and match_cue(cue + sep)[0] == READ_ALSO


@given(st.sampled_from(NOUNS), st.sampled_from(["على ارتباط", "ذات ارتباط", "لها صلة", "له علاقة", "لها علاقة"]), mark)
def test_stories_in_connection_or_having_a_relation_are_related(noun, relation, sep):
    """"أخبار على ارتباط", "روابط لها صلة": a noun of connection, or "having" a relation."""
    assert match_cue(f"{noun} {relation}{sep}")[0] == SIMILAR


@given(st.sampled_from(["آراء ومقالات", "أقلام وآراء", "صحف ومجلات", "الصحف والمجلات", "كتاب وآراء", "أعمدة وآراء",
                        "نشرة الصباح", "النشرة الاقتصادية", "نشرة المساء"]), mark)
def test_the_opinion_pages_the_press_and_bulletins_are_site_wide(heading, sep):
    """"آراء ومقالات", "صحف ومجلات": a heading made of the nouns of the opinion pages or the press alone; "نشرة
    الصباح": a bulletin. The site's sections, chosen for no story."""
    assert cue_hint(heading + sep) and match_cue(heading + sep)[0] == MORE


@given(st.sampled_from(["ممكن يعجبك", "ممكن يهمك", "ما رأيك بقراءة", "ما رأيكم بمتابعة", "هل قرأت", "هل شاهدت",
                        "هل قرأتم"]), mark)
def test_dialect_modals_and_questions_to_the_reader_are_read_also_cues(cue, sep):
    """"ممكن يعجبك" (the dialects' modal), "ما رأيك بقراءة" (what do you think of reading), "هل قرأت" (have you
    read): offers of reading."""
    assert cue_hint(cue + sep) and match_cue(cue + sep)[0] == READ_ALSO


@given(st.sampled_from(["أخبار وثيقة الصلة", "تقارير مكملة", "مقالات تكميلية", "خلفيات الخبر", "سياق الخبر",
                        "جذور القضية", "خلفية الموضوع"]), mark)
def test_closely_related_complementary_and_the_storys_background_are_related(heading, sep):
    """"أخبار وثيقة الصلة", "تقارير مكملة": closely related, complementary; "خلفيات الخبر": the story's
    background or context."""
    assert cue_hint(heading + sep) and match_cue(heading + sep)[0] == SIMILAR


@given(st.sampled_from(["ركن المرأة", "عالم السيارات", "إعلانات مبوبة", "دليل المطاعم", "ملحق الرياضة",
                        "زاوية الكتاب"]), mark)
def test_a_corner_a_world_a_guide_and_classifieds_are_site_wide(heading, sep):
    """"ركن المرأة", "عالم السيارات", "إعلانات مبوبة": the site's standing corners and guides (a noun of such a
    section and what it is of), classifieds, chosen for no story; a service's menu link ("مواقيت الصلاة") is no
    heading of stories."""
    assert cue_hint(heading + sep) and match_cue(heading + sep)[0] == MORE
    assert match_cue("مواقيت الصلاة" + sep) is None


@pytest.mark.parametrize("line", ["عالم الآثار يكتشف مقبرة جديدة", "هل قرأت الرسالة التي وصلتك أمس من الوزارة"])
def test_sentences_opening_so_are_no_cues(line):
    """A scientist (عالم) in a sentence, a question with its object: no heading."""
    assert match_cue(line) is None


@given(st.sampled_from(["أحدث ما كتب عن القضية", "آخر أخبار الموضوع", "أحدث المقالات حول الموضوع",
                        "آخر ما نشر عن الملف", "المزيد من الأخبار ذات الصلة", "مزيد من التقارير المتعلقة",
                        "آخر التطورات حول القضية"]), mark)
def test_the_latest_and_more_about_this_story_are_related(heading, sep):
    """"أحدث ما كتب عن القضية", "آخر أخبار الموضوع", "المزيد من الأخبار ذات الصلة": the site's latest or more,
    narrowed to this story (about it, of it, related to it), are this story's; "آخر الأخبار" alone is the site's."""
    assert cue_hint(heading + sep) and match_cue(heading + sep)[0] == SIMILAR
    assert match_cue("آخر الأخبار" + sep)[0] == MORE and match_cue("المزيد من الأخبار" + sep)[0] == MORE


@given(st.sampled_from(["تابعونا على فيسبوك", "تابعنا على تويتر", "تابعونا عبر"]), mark)
def test_follow_us_on_a_network_is_site_wide(heading, sep):
    """"تابعونا على فيسبوك": follow us, wherever, the site's own channels."""
    assert match_cue(heading + sep)[0] == MORE


EN_READ_ALSO = ["Read also", "Also read", "READ ALSO", "See also", "Read more", "Don't miss", "Further reading"]
EN_SIMILAR = ["Related", "Related Posts", "Related articles", "RELATED NEWS", "Related stories", "You may also like",
              "You might also like", "You may be interested in", "Recommended for you", "More on this story",
              "Similar articles", "More like this"]
EN_MORE = ["Most read", "Most Popular", "Most viewed", "Latest news", "Latest", "Trending", "Trending now",
           "Recent Posts", "Top stories", "Popular posts", "More from this section", "Follow us", "Newsletter",
           "Sponsored"]


@given(st.sampled_from(EN_READ_ALSO + EN_SIMILAR + EN_MORE), st.sampled_from(["", ":", " »", " -", " ›"]))
def test_a_themes_english_headings_are_read(heading, sep):
    """A theme's untranslated headings on an Arabic page ("Related Posts", "You may also like", "Most read",
    "Read also"): read as their Arabic kin are, whatever their case."""
    kind = READ_ALSO if heading in EN_READ_ALSO else SIMILAR if heading in EN_SIMILAR else MORE
    assert cue_hint(heading + sep) and match_cue(heading + sep)[0] == kind


@pytest.mark.parametrize("line", ["Reuters", "CNN", "Read the full statement here", "Most of the victims were children",
                                  "Latest figures show a rise"])
def test_english_sentences_and_names_are_no_cues(line):
    """A name, a sentence that opens with the same words: no heading."""
    assert match_cue(line) is None


FR_READ_ALSO = ["Lire aussi", "À lire aussi", "A lire aussi", "LIRE AUSSI", "Voir aussi", "À lire également"]
FR_SIMILAR = ["Articles similaires", "Articles liés", "Sur le même sujet", "Vous aimerez aussi", "Dans le même dossier",
              "Sur le même thème"]
FR_MORE = ["Les plus lus", "Les plus populaires", "Dernières nouvelles", "Derniers articles", "À la une", "Suivez-nous",
           "Les plus commentés"]


@given(st.sampled_from(FR_READ_ALSO + FR_SIMILAR + FR_MORE), st.sampled_from(["", ":", " »", " -"]))
def test_a_themes_french_headings_are_read(heading, sep):
    """A Maghreb site's French headings ("À lire aussi", "Articles similaires", "Les plus lus"), read as their
    Arabic and English kin are."""
    kind = READ_ALSO if heading in FR_READ_ALSO else SIMILAR if heading in FR_SIMILAR else MORE
    assert cue_hint(heading + sep) and match_cue(heading + sep)[0] == kind


@pytest.mark.parametrize("line", ["Le ministre a annoncé", "Les plus grandes villes du pays", "Sur le terrain"])
def test_french_sentences_are_no_cues(line):
    assert match_cue(line) is None


# Adjectives of a field of news of our own choosing (not the site qualifiers' list, not the variant generator's).
KINDS_OF_NEWS = ["رياضية", "اقتصادية", "سياسية", "فنية", "ثقافية", "صحية", "برلمانية"]


@PAGE_SETTINGS
@given(st.sampled_from(NOUNS), st.sampled_from(KINDS_OF_NEWS), st.sampled_from(HEAD_TAGS), st.sampled_from(WRAPPERS),
       st.sampled_from(SHAPES))
def test_a_noun_of_stories_and_an_adjective_of_their_kind_heads_a_site_list(noun, kind, head_tag, wrapper, shape):
    """"أخبار رياضية", "مقالات فنية": a noun of stories and one indefinite adjective of relation name a field of
    the site's news (a section's), not this story's, even right after the body. Any other adjective says nothing
    of the kind ("روابط مفيدة": useful links, which may be this story's)."""
    heading = f"{noun} {kind}"
    assert match_cue(heading)[0] == MORE
    assert match_cue(f"{noun} مفيدة") is None
    items = _stories(4, "latest")
    block = f"<{wrapper[0]}><{head_tag}>{heading}</{head_tag}>{_list(items, shape)}</{wrapper[1]}>"
    body = "".join(f"<p>{p}</p>" for p in PARA)
    rec = extract_article(page(f"<main><h1>{TITLE}</h1><div>{body}</div>{block}</main>"), url=URL)
    assert all(r["kind"] == MORE for r in rec["related"])


@given(st.sampled_from(["الأوفر قراءة", "الأوسع مشاهدة", "الأعلى متابعة", "الأكبر قراءة"]), mark)
def test_an_elative_and_a_verbal_noun_of_reading_rank_the_sites_stories(heading, sep):
    """"الأوفر قراءة": an elative (ال, its alef, its root) and a verbal noun of reading or viewing rank the site's
    stories, as "الأكثر قراءة" does."""
    assert match_cue(heading + sep)[0] == MORE


@given(st.sampled_from(["قد يثير اهتمامك", "قد يثير اهتمامكم أيضاً", "ربما يلفت انتباهك", "قد تثير اهتمامك",
                        "اقرأ ذلك أيضاً", "طالع تلك أيضا"]), mark)
def test_stirring_the_readers_interest_and_that_too_are_read_also_cues(cue, sep):
    """"قد يثير اهتمامك": a verb that stirs the reader's interest or attention, its object after it; "اقرأ ذلك
    أيضاً": a verb of reading, "that" and an adverb, as "اقرأ هذا أيضاً"."""
    assert cue_hint(cue + sep) and match_cue(cue + sep)[0] == READ_ALSO


@PAGE_SETTINGS
@given(st.one_of(read_also, st.sampled_from(["لمن فاته", "من أرشيفنا", "حكاية متصلة"])),
       st.sampled_from([":", " ←", " »", " -", " ⇐"]), st.sampled_from(["span", "div", "td", "font"]),
       st.integers(1, 3))
def test_a_read_also_line_among_br_broken_lines(cue, sep, holder, at):
    """A body kept as ``<br>``-broken lines in one element (a DotNetNuke module, an old portal's cell): a line of
    a short lead-in set apart by a mark and one story link closing it is a read-also line, as it is in an
    element of its own, and leaves the body."""
    t, u = _stories(1, "story")[0]
    lines = [*PARA[:at], f'{cue}{sep} <a href="{u}">{t}</a>', *PARA[at:]]
    body = f"<{holder}>" + "<br /><br />".join(lines) + f"</{holder}>"
    rec = extract_article(page(f"<main><h1>{TITLE}</h1><div>{body}</div></main>"), url=URL)
    assert rec["paragraphs"] == [" ".join(p.split()) for p in PARA]
    assert [(r["url"], r["kind"]) for r in rec["related"]] == [(urljoin(URL, u), READ_ALSO)]


@pytest.mark.parametrize("line", ["وقال الوزير في تصريح صحفي أمس إن الخطة تشمل: "
                                  "<a href=\"/x/1/story-1\">المحافظات كلها</a>",
                                  "التفاصيل في <a href=\"/x/1/story-1\">الرابط</a> وهنا نص يكمل السطر بعده"])
def test_a_sentence_ending_on_a_link_among_br_broken_lines_stays(line):
    """A sentence among ``<br>``-broken lines that ends on a link, or a link inside a line, is the body's."""
    body = "<span>" + "<br /><br />".join([PARA[0], line, PARA[1]]) + "</span>"
    rec = extract_article(page(f"<main><h1>{TITLE}</h1><div>{body}</div></main>"), url=URL)
    assert len(rec["paragraphs"]) == 3


@given(st.sampled_from(["المزيد في الموضوع", "المزيد من القضية", "المزيد في الملف", "مزيد من القصة"]), mark)
def test_more_of_the_storys_own_noun_is_related(heading, sep):
    """"المزيد في الموضوع": more in or of this story's own noun (the topic, the case, the file) is its list; more
    of the site's news or of a section stays the site's."""
    assert match_cue(heading + sep)[0] == SIMILAR
    assert match_cue("المزيد من الأخبار" + sep)[0] == MORE
    assert match_cue("المزيد من هذا القسم" + sep)[0] == MORE


def _persian_typed(text: str) -> str:
    """Text as a Persian keyboard types Arabic: Farsi yeh for yeh and alef maqsura, keheh for kaf."""
    return text.replace("ي", "\u06cc").replace("ى", "\u06cc").replace("ك", "\u06a9")


@PAGE_SETTINGS
@given(st.one_of(read_also, similar), st.sampled_from(HEAD_TAGS), st.sampled_from(SHAPES))
def test_cues_typed_on_a_persian_keyboard_are_read(heading, head_tag, shape):
    """Pages typed on a Persian keyboard ("اقرأ أیضاً", "مقالات ذات صلة" with Farsi yeh and keheh) read as the
    Arabic letters do: the cue and its list, in the raw-text prefilter and in the grammar."""
    typed = _persian_typed(heading)
    assert cue_hint(typed) and match_cue(typed)[0] == match_cue(heading)[0]
    items = _stories(3, "news")
    block = f"<div><{head_tag}>{typed}</{head_tag}>{_list(items, shape)}</div>"
    body = "".join(f"<p>{p}</p>" for p in PARA)
    rec = extract_article(page(f"<main><h1>{TITLE}</h1><div>{body}</div>{block}</main>"), url=URL)
    assert {r["url"] for r in rec["related"]} == _abs(items)
    assert rec["paragraphs"] == [" ".join(p.split()) for p in PARA]


@given(st.sampled_from(["عليك بقراءة", "عليكم بقراءة", "عليك بمتابعة", "عليك بالاطلاع"]), mark)
def test_you_should_read_is_a_read_also_cue(cue, sep):
    """"عليك بقراءة": "upon you" and a verbal noun of reading on ب, as "ما رأيك بقراءة"."""
    assert match_cue(cue + sep)[0] == READ_ALSO


@given(st.sampled_from(["آخر", "أحدث", "أبرز", "أهم"]),
       st.sampled_from(["الإضافات", "المنشورات", "الملفات", "القضايا"]), mark)
def test_recency_and_any_definite_noun_is_the_sites(first, noun, sep):
    """"آخر الإضافات", "أحدث المنشورات": a word of recency or prominence and any definite noun, nothing more, is the
    site's list; narrowed to the story ("آخر أخبار الموضوع") it stays the story's."""
    assert match_cue(f"{first} {noun}{sep}")[0] == MORE
    assert match_cue(f"{first} أخبار الموضوع{sep}")[0] == SIMILAR


@given(st.sampled_from(["آخر", "أحدث", "أبرز", "أهم"]), st.sampled_from(["أحداث", "أخبار", "عناوين", "تقارير"]),
       st.sampled_from(["اليوم", "الأسبوع", "الساعة", "الموقع"]), mark)
def test_recency_of_a_period_is_the_sites(first, noun, period, sep):
    """"أبرز أحداث اليوم": recency or prominence, a noun of stories, a period or the site."""
    assert match_cue(f"{first} {noun} {period}{sep}")[0] == MORE


@given(st.sampled_from(["يتصل", "يرتبط", "يتعلق"]), st.sampled_from(["بالخبر", "بالقضية", "بهذا الموضوع", "بالملف"]),
       mark)
def test_what_is_linked_to_the_story_is_related(verb, story, sep):
    """"ما يتصل بالخبر": "what" and a verb of relation to the story."""
    assert match_cue(f"ما {verb} {story}{sep}")[0] == SIMILAR


@given(st.sampled_from(["هل فاتك", "هل فاتكم", "هل فاتتك"]), st.sampled_from(["", "؟", " ؟", "?"]))
def test_did_you_miss_is_a_read_also_cue(cue, sep):
    """"هل فاتك؟": a question of missing it, as "ربما فاتك"."""
    assert match_cue(cue + sep)[0] == READ_ALSO


@given(st.sampled_from(["جولة في الصحف", "من الصحافة", "قالت الصحف", "عين على الصحافة"]), mark)
def test_the_press_review_is_the_sites(heading, sep):
    """"جولة في الصحف": a short heading that ends on the press is the site's press review."""
    assert match_cue(heading + sep)[0] == MORE


@given(st.sampled_from(["الأحدث", "الأبرز", "الأشهر"]), st.sampled_from(["نشراً", "ظهوراً", "حضوراً"]), mark)
def test_an_elative_and_an_accusative_rank_the_sites(elative, accusative, sep):
    """"الأحدث نشراً": an elative of recency or fame with the article and the accusative of what it ranks."""
    assert match_cue(f"{elative} {accusative}{sep}")[0] == MORE


@given(st.sampled_from(["مقالات", "قصص", "تقارير", "موضوعات"]), st.sampled_from(["متقاربة", "متشابهة", "متماثلة",
                                                                                  "متلازمة"]), mark)
def test_a_reciprocal_adjective_after_a_story_noun_is_related(noun, adjective, sep):
    """"موضوعات متقاربة": a story noun and an adjective of the form that says things are so to each other."""
    assert match_cue(f"{noun} {adjective}{sep}")[0] == SIMILAR
    assert match_cue(f"{noun} متنوعة{sep}")[0] == MORE


@given(st.sampled_from(["أخبار تتابع الحدث", "تقارير ترصد القضية", "قصص تواكب الملف", "مقالات من صلب الموضوع",
                        "أخبار في قلب القضية", "ما نشرناه سابقاً حول القضية", "ما كتبناه عن الموضوع"]), mark)
def test_stories_that_follow_the_story_are_related(heading, sep):
    """"أخبار تتابع الحدث": a story noun, a present verb and the story; "قصص من صلب الموضوع": a preposition, a noun
    and the story; "ما نشرناه سابقاً حول القضية": what was said, and about the story."""
    assert match_cue(heading + sep)[0] == SIMILAR


@given(st.sampled_from(["قراءة مقترحة", "مطالعة مقترحة", "اقرأ على موقعنا", "طالع في موقعنا", "من أرشيف الموقع",
                        "من الأرشيف"]), mark)
def test_suggested_reading_and_reading_on_the_site_are_read_also(cue, sep):
    assert match_cue(cue + sep)[0] == READ_ALSO


@given(st.sampled_from(["أخبار منتقاة من الأقسام", "مقالات مختارة من الموقع", "اهتمامات اليوم", "اهتمامات الأسبوع"]),
       mark)
def test_picks_from_the_site_and_the_days_interests_are_the_sites(heading, sep):
    """"أخبار منتقاة من الأقسام": chosen from anywhere but the story; "اهتمامات اليوم": interests, no one's."""
    assert match_cue(heading + sep)[0] == MORE


@PAGE_SETTINGS
@given(st.sampled_from(["شاهد بالفيديو", "شاهد بالصور", "تابع بالفيديو"]), st.booleans())
def test_a_clip_is_read_also_inside_the_body_and_the_sites_after_it(heading, inside):
    """"شاهد بالفيديو": between the body's paragraphs a clip of the story, after the body the site's video box."""
    items = _stories(3, "news")
    block = f"<div><h4>{heading}</h4>{_list(items, 'ul')}</div>"
    paras = [f"<p>{p}</p>" for p in PARA]
    body = "".join(paras[:2] + [block] + paras[2:]) if inside else "".join(paras)
    after = "" if inside else f"<aside>{block}</aside>"
    rec = extract_article(page(f"<main><h1>{TITLE}</h1><div>{body}</div>{after}</main>"), url=URL)
    kinds = {r["kind"] for r in rec["related"]}
    assert kinds == ({"read_also"} if inside else {"more"})


@given(st.sampled_from(["تصفح أيضاً", "طالع كذلك", "اطلع أيضاً على", "شاهد أيضاً"]),
       st.sampled_from(["الأقسام", "الأبواب", "أقسامنا"]), st.sampled_from(["", ":", " ⇓", " —"]))
def test_a_cue_to_the_sites_sections_is_the_sites(cue, sections, sep):
    """"تصفح أيضاً الأقسام": a read-also cue whose object is the site's sections, a mark or nothing after it, heads
    the site's list; the same noun opening a title after the cue's mark is the title's."""
    assert match_cue(f"{cue} {sections}{sep}")[0] == MORE
    assert match_cue(f"{cue}: الأقسام الجديدة في المستشفى الجامعي", max_extra_words=30)[0] == READ_ALSO


@given(st.sampled_from(["قد تهتم أيضاً بـ", "ربما تهتمون بـ", "قد تهتم كذلك بـ"]), st.sampled_from([":", " ⇐", " —"]))
def test_you_may_be_interested_in_is_read_also_after_a_modal(cue, sep):
    """"قد تهتم أيضاً بـ:": a modal and "you are interested", its preposition before the mark the cue's; the verb
    without the modal opens a sentence ("تهتم الوزارة بالتعليم")."""
    assert match_cue(cue + sep)[0] == READ_ALSO
    assert match_cue(f"{cue}{sep} عنوان خبر آخر عن الموضوع", max_extra_words=30)[1].startswith("عنوان")
    assert match_cue("تهتم الوزارة بالتعليم") is None


@given(st.sampled_from(["من ملف القضية", "في ملف الأزمة", "عودة إلى الموضوع", "عودة إلى القضية"]), mark)
def test_the_storys_file_and_going_back_to_it_are_related(heading, sep):
    assert match_cue(heading + sep)[0] == SIMILAR


@given(st.sampled_from(["أخبار من كل مكان", "قصص من كل الأقسام", "مقالات من كل المحافظات"]), mark)
def test_stories_from_everywhere_are_the_sites(heading, sep):
    assert match_cue(heading + sep)[0] == MORE


@given(st.sampled_from(["تعرّف", "تأمل", "استعرض", "تفقّد", "ابحث"]), st.sampled_from(["أيضاً", "كذلك", "ايضا"]),
       st.sampled_from(["", " على", " في", " عن"]), st.sampled_from([":", " ⇐", " —", ""]))
def test_a_verb_no_list_holds_before_also_is_read_also(verb, also, preposition, sep):
    """"تعرّف أيضاً على:": a word shaped as an imperative (no article, no conjunction) and "also", a preposition
    and a mark or the line's end after them, is a read-also cue; a sentence's "وأضاف أيضاً: …" is none."""
    assert match_cue(f"{verb} {also}{preposition}{sep}")[0] == READ_ALSO
    assert match_cue(f"وأضاف {also}{sep} إن الحكومة ستعمل") is None


@given(st.sampled_from(["أكمل", "استكمل", "أتمّ"]), st.sampled_from(["القراءة", "المطالعة", "الاطلاع"]),
       st.sampled_from(["عن", "في", "حول"]), st.sampled_from([":", " ⇐", " —"]))
def test_a_verb_and_the_reading_and_its_preposition_are_read_also(verb, reading, preposition, sep):
    """"أكمل القراءة عن:": a verb, the reading and its preposition before a mark send the reader to a link; the
    same words alone ("أكمل القراءة", a teaser's button) are none."""
    assert match_cue(f"{verb} {reading} {preposition}{sep}")[0] == READ_ALSO
    assert match_cue(f"{verb} {reading}") is None


@given(st.sampled_from(["عناوين الصفحة الأولى", "أخبار الصفحة الرئيسية", "مقالات الموقع", "كتاب الرأي", "أقلام الرأي",
                        "أقلام الموقع"]), mark)
def test_the_front_page_and_the_opinion_writers_are_the_sites(heading, sep):
    """"عناوين الصفحة الأولى": stories of the site's own page; "كتاب الرأي": the opinion pages' writers."""
    assert match_cue(heading + sep)[0] == MORE


@given(st.sampled_from(["بالصور", "بالفيديو", "بالإنفوجراف"]), mark)
def test_in_pictures_alone_is_picks(heading, sep):
    """"بالصور" alone: a gallery, in the body the story's, elsewhere the site's, as "شاهد بالفيديو"."""
    from newsscrape.text.cues import PICKS
    assert match_cue(heading + sep)[0] == PICKS


@given(st.sampled_from(["اقرأوا", "تابعوا", "طالع", "راجع"]), st.sampled_from(["معنا", "لدينا"]),
       st.sampled_from([":", " ⇐", " —", " ::"]))
def test_a_verb_and_with_us_before_a_mark_is_read_also(verb, with_us, sep):
    """"اقرأوا معنا: …": a verb of reading and "with us", then a mark and the title the cue leads to."""
    found = match_cue(f"{verb} {with_us}{sep} {WORDS[1]} {WORDS[2]} {WORDS[3]} {WORDS[4]}", max_extra_words=40)
    assert found is not None and found[0] == READ_ALSO and found[1].startswith(WORDS[1])


@given(st.sampled_from(["كمان على الموقع", "برضه في موقعنا", "كذلك على الموقع", "ما تفوّتش", "يُنصح بقراءة",
                        "ندعوك لقراءة", "نوصي بمطالعة", "ادخل لتقرأ", "افتح لتطالع", "اقرأ المقالة التالية",
                        "طالع الخبر التالي"]), mark)
def test_more_offers_to_read_are_read_also(cue, sep):
    """Also on the site in the dialects' words, the dialects' "don't miss" ("ما تفوّتش"), a verb in the present
    before a verbal noun of reading, a verb and "for you to read", the next article."""
    assert match_cue(cue + sep)[0] == READ_ALSO
    assert match_cue("قام بقراءة البيان") is None


@given(st.sampled_from(["مما يتصل بهذا", "ما يرتبط بذلك", "أخبار بتهمك", "مقالات بتعجبك", "تغطيات مرافقة",
                        "تقارير مصاحبة", "تفاصيل أخرى عن القضية", "معلومات حول الحدث", "ذات الصلة"]), mark)
def test_more_headings_of_this_storys_list_are_related(heading, sep):
    assert match_cue(heading + sep)[0] == SIMILAR


@given(st.sampled_from(["صور وفيديو", "فن وثقافة", "رياضة وشباب", "روابط سريعة", "أخبار مختصرة", "خدمات",
                        "الطقس اليوم", "حالة الطقس"]), mark)
def test_the_sites_sections_and_services_are_the_sites(heading, sep):
    """Fields joined by و name the site's sections; quick links, brief news, services and the weather's widget
    are the site's. Agencies joined so are a credit, in brackets or not, and a prompt to subscribe is none."""
    assert match_cue(heading + sep)[0] == MORE
    for line in ("(وكالات ورويترز)", "⸦وكالات ورويترز⸧", "رويترز وسانا", "اشترك لمشاهدة الفيديوهات"):
        assert match_cue(line + sep) is None


@given(st.sampled_from(["فيديوهات", "الفيديوهات", "ألبومات", "الألبومات", "مالتيميديا", "الملتيميديا"]), mark)
def test_a_gallery_of_the_site_named_alone_is_more(gallery, sep):
    # a plural names the site's collection; a singular ("فيديو", "صور") is a story's kicker and stays no cue
    assert cue_hint(gallery + sep) and match_cue(gallery + sep) == (MORE, "")


@given(st.sampled_from(["شاهد الآن", "شاهدوا الآن", "شاهد الان"]), mark)
def test_watch_now_alone_is_the_site_s_video_box(heading, sep):
    assert cue_hint(heading + sep) and match_cue(heading + sep) == (MORE, "")


@pytest.mark.parametrize("kicker", ["فيديو", "صور", "الفيديو", "الصور"])
def test_a_gallery_s_singular_alone_is_a_story_s_kicker_not_a_cue(kicker):
    assert match_cue(kicker) is None


@given(st.sampled_from(["بودكاست", "البودكاست", "بودكاستات", "إنفوغراف", "انفوجرافيك", "كاريكاتير", "الكاريكاتير"]),
       mark)
def test_a_format_the_site_publishes_named_alone_is_more(name, sep):
    """"بودكاست", "إنفوغراف", "كاريكاتير" alone: the site's section of that format, nothing of this story."""
    assert cue_hint(name + sep) and match_cue(name + sep) == (MORE, "")


@given(st.sampled_from(["اقرأ في", "اقرأ عن", "تابع"]), st.sampled_from(["السياق", "التغطية"]), mark)
def test_reading_on_in_the_story_s_context_or_coverage_is_related(verb, noun, sep):
    assert cue_hint(f"{verb} {noun}{sep}") and match_cue(f"{verb} {noun}{sep}") is not None


@given(st.sampled_from(["اليومية", "الأسبوعية", "الإخبارية", "الصباحية"]), mark)
def test_our_bulletin_of_any_kind_is_the_site_s(kind, sep):
    assert cue_hint(f"نشرتنا {kind}{sep}") and match_cue(f"نشرتنا {kind}{sep}")[0] == MORE


@pytest.mark.parametrize("line", ["اقرأ بعد ذلك الكتاب كاملا", "أخبار في القضية الفلسطينية اليوم", "مقالات في السياسة"])
def test_read_after_or_stories_in_something_else_is_no_cue(line):
    """"اقرأ بعد" is a cue alone or before its mark, "مقالات في …" with the story's own noun alone: with more
    words they are a sentence or a section."""
    assert match_cue(line) is None


@pytest.mark.parametrize("heading", ["أخبار الولايات", "مقالات الرأي", "تقارير المراسلين", "قصص النجاح"])
def test_stories_of_a_part_of_the_site_are_the_site_s(heading):
    """"أخبار الولايات": the stories' noun and a definite noun it belongs to, the whole heading, name a part of the
    site; of the story itself ("أخبار القضية") they are its."""
    assert match_cue(heading) == (MORE, "")
    assert match_cue(heading.split()[0] + " القضية") == (SIMILAR, "")


@pytest.mark.parametrize("heading", ["مقالات ترتبط بالقضية", "قصص تتعلق بهذا الملف", "تقارير تتصل بهذا"])
def test_stories_that_connect_to_the_story_are_similar(heading):
    assert match_cue(heading) == (SIMILAR, "")


@pytest.mark.parametrize("cue", ["رابط قد يهمك:", "رابط قد يعجبك ⟵", "على الهامش:", "على الهامش"])
def test_a_link_that_may_interest_you_and_the_margin_are_cues(cue):
    assert match_cue(cue) is not None
    assert match_cue("على الهامش، التقى الوزير نظيره الفرنسي وبحثا العلاقات الثنائية") is None


@pytest.mark.parametrize("heading", ["تابع مستجدات الملف", "طالع من أرشيف الموقع", "قصص وتقارير ذات صلة",
                                     "مواد ننصح بها", "حول هذه القضية", "تغطيات للقضية"])
def test_more_headings_of_the_story_s_own_list(heading):
    """A verb before a cue of the story's developments or the site's archive, two story nouns joined by و, stories
    we recommend, "about this story" alone, follow-ups "of" the story: each heads a list of this story's."""
    assert match_cue(heading) is not None and match_cue(heading)[0] in (SIMILAR, READ_ALSO)


@pytest.mark.parametrize("heading", ["أسعار العملات", "أسعار الذهب", "أسعار الوقود"])
def test_the_day_s_prices_are_the_site_s_widget(heading):
    assert match_cue(heading) == (MORE, "")
    assert match_cue(heading + " ترتفع اليوم") is None     # a sentence about prices is none


def test_the_latest_developments_are_the_story_s_and_the_latest_updates_the_site_s():
    assert match_cue("أحدث التطورات") == (SIMILAR, "") and match_cue("آخر التطورات") == (SIMILAR, "")
    assert match_cue("آخر المستجدات") == (MORE, "")


def test_read_this_story_and_our_apps():
    assert match_cue("اقرأ هذا التقرير:") == (READ_ALSO, "")
    assert match_cue("تطبيقاتنا") == (MORE, "") and match_cue("خدماتنا") == (MORE, "")


def test_more_readings_are_further_reading_and_more_news_the_site_s():
    assert match_cue("مزيد من القراءات") == (READ_ALSO, "") and match_cue("المزيد من القراءة") == (READ_ALSO, "")
    assert match_cue("المزيد من الأخبار") == (MORE, "")
