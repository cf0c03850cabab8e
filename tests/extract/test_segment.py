"""Plain-text dumps written by hand (never the seed): the body, its source line and its related lists
apart, whatever the wording of the cues."""

from __future__ import annotations

import pytest

from conftest import PARA
from newsscrape import segment_text

TITLE = "الحكومة تقر موازنة العام المقبل بزيادة في مخصصات التعليم والصحة"
LINKED = "البنك المركزي يبقي أسعار الفائدة دون تغيير للشهر الخامس"


@pytest.mark.parametrize("cue", ["طالع كذلك:", "اقرأ أيضاً -", "إقرأ المزيد »", "شاهد أيضا:"])
def test_a_read_also_line_inside_the_body_does_not_end_it(cue):
    """A read-also cue with its title on one line, met in the body before any source line, is a line set
    in the body: the paragraphs after it are the article's, not the linked story's excerpt (they were
    all taken as that excerpt and lost from the body)."""
    dump = "\n\n".join([TITLE, PARA[0], PARA[1], f"{cue} {LINKED}", PARA[2], PARA[3], "المصدر: نبض الشارع"])
    rec = segment_text(dump)
    assert rec["paragraphs"] == PARA
    assert [(r["kind"], r["title"]) for r in rec["related"]] == [("read_also", LINKED)]
    assert rec["source"] == "نبض الشارع"


SITE_TITLES = ["وزير المالية يعلن عن موازنة جديدة للعام المقبل", "ارتفاع أسعار الذهب في الأسواق المحلية اليوم"]


@pytest.mark.parametrize("heading", ["الأكثر قراءة", "آخر الأخبار:", "الأكثر مشاهدة اليوم", "أحدث المقالات"])
@pytest.mark.parametrize("apart", [True, False])
def test_a_site_wide_list_right_after_the_body_ends_it(heading, apart):
    """A site-wide list's heading met right after the body's last paragraph (no source line between) ends
    the body: its titles were read as one more paragraph."""
    listing = [heading, "\n".join(SITE_TITLES)] if apart else [heading + "\n" + "\n".join(SITE_TITLES)]
    rec = segment_text("\n\n".join([TITLE, *PARA, *listing]))
    assert rec["paragraphs"] == PARA
    assert [(r["kind"], r["title"]) for r in rec["related"]] == [("more", t) for t in SITE_TITLES]


def test_a_paragraph_that_opens_like_a_site_wide_heading_stays_body():
    sentence = ("الأكثر إثارة في الأمر أن الاتفاق جاء بعد أشهر من المفاوضات الصعبة بين الجانبين، "
                "وسط ضغوط دولية متزايدة لإنهاء الأزمة.")
    rec = segment_text("\n\n".join([TITLE, PARA[0], sentence, PARA[1]]))
    assert rec["paragraphs"] == [PARA[0], sentence, PARA[1]]


@pytest.mark.parametrize("heading", ["تقارير أخرى", "أخبار أخرى:", "قصص أخرى"])
def test_other_stories_after_the_body_are_similar_and_after_another_list_the_sites(heading):
    """"Other stories" say nothing of this one: right after the body (or its source line) they are this
    story's list; after another list, the site's."""
    first = segment_text("\n\n".join([TITLE, *PARA, heading + "\n" + "\n".join(SITE_TITLES)]))
    assert first["paragraphs"] == PARA
    assert [(r["kind"], r["title"]) for r in first["related"]] == [("similar", t) for t in SITE_TITLES]
    listing = heading + "\n" + "\n".join(SITE_TITLES)
    later = segment_text("\n\n".join([TITLE, *PARA, "مقالات ذات صلة\n" + LINKED, listing]))
    kinds = [(r["kind"], r["title"]) for r in later["related"]]
    assert kinds == [("similar", LINKED)] + [("more", t) for t in SITE_TITLES]


@pytest.mark.parametrize("cue", ["طالع كذلك:", "اقرأ أيضاً", "إقرأ المزيد »", "شاهد أيضا:"])
@pytest.mark.parametrize("linked", [LINKED, "هل تنجح الحكومة في خفض العجز هذا العام؟",
                                    "«الموازنة الجديدة» تثير جدلا واسعا"])
@pytest.mark.parametrize("apart", ["\n\n", "\n"])
def test_a_read_also_cue_alone_inside_the_body_takes_one_title(cue, linked, apart):
    """A read-also cue alone on its line, met in the body before the source line, then its title (a block of
    its own or the cue's next line; a question, a title opening on a quote): the paragraphs after the title
    are the article's (they were taken as the linked story's excerpt and lost from the body, and a title
    closed by a question mark stayed in it)."""
    dump = "\n\n".join([TITLE, PARA[0], PARA[1], f"{cue}{apart}{linked}", PARA[2], PARA[3], "المصدر: نبض الشارع"])
    rec = segment_text(dump)
    assert rec["paragraphs"] == PARA
    assert [(r["kind"], r["title"]) for r in rec["related"]] == [("read_also", linked)]
    assert rec["source"] == "نبض الشارع"


def test_after_the_source_line_a_read_also_title_keeps_its_excerpt():
    """The seed's order: the body, its source line, then a read-also cue, a title and that story's excerpt."""
    excerpt = "وقال المتحدث إن القرار جاء بعد مشاورات استمرت أسابيع مع الكتل النيابية المختلفة."
    dump = "\n\n".join([TITLE, *PARA, "المصدر: نبض الشارع", "اقرأ أيضا:", LINKED, excerpt])
    rec = segment_text(dump)
    assert rec["paragraphs"] == PARA
    assert [(r["kind"], r["title"], r.get("excerpt")) for r in rec["related"]] == [("read_also", LINKED, excerpt)]


@pytest.mark.parametrize("mark", ["* ", "- ", "• ", "1. ", "– "])
@pytest.mark.parametrize("heading", ["مقالات ذات صلة", "أخبار متصلة"])
def test_a_body_paragraph_keeps_the_mark_it_opens_with(mark, heading):
    """An interview's questions written "* ما الذي …؟" are body text as written: the mark stays (it was taken
    for a bullet and dropped), while the bullets of a related list after the body still come off its titles."""
    question = mark + "ما الذي يعنيه هذا القرار بالنسبة إلى المواطنين في الأشهر المقبلة؟"
    body = [PARA[0], question, PARA[1], PARA[2]]
    dump = "\n\n".join([TITLE, *body, "المصدر: نبض الشارع", heading, "\n".join(f"{mark}{t}" for t in SITE_TITLES)])
    rec = segment_text(dump)
    assert rec["paragraphs"] == body
    assert [(r["kind"], r["title"]) for r in rec["related"]] == [("similar", t) for t in SITE_TITLES]
    assert rec["source"] == "نبض الشارع"


@pytest.mark.parametrize("cue", ["قد يهمك أيضاً", "اقرأ أيضا:", "طالع كذلك"])
@pytest.mark.parametrize("question", ["هل بات اتفاق وقف إطلاق النار قريباً؟", "لماذا تأخر صرف الرواتب هذا الشهر؟",
                                      "ما الذي حدث في شارع الرشيد؟"])
def test_a_question_after_a_read_also_cue_is_a_title_not_an_excerpt(cue, question):
    """After the body, the titles a read-also cue heads may be questions: a short block closed by a question
    mark is one more title (it was read as the previous title's excerpt, and lost)."""
    dump = "\n\n".join([TITLE, *PARA, "المصدر: نبض الشارع", cue, LINKED, question])
    rec = segment_text(dump)
    assert rec["paragraphs"] == PARA
    assert [r["title"] for r in rec["related"]] == [LINKED, question]


@pytest.mark.parametrize("heading", ["مقالات ذات صلة", "روابط متصلة", "قصص مرتبطة"])
@pytest.mark.parametrize("label", ["المصدر:", "المصدر /", "مصدر الخبر -"])
@pytest.mark.parametrize("apart", ["\n", "\n\n"])
def test_a_dump_with_a_line_per_paragraph(heading, label, apart):
    """A dump whose paragraphs, source line and list items are one line each, with no blank line between
    them, or blank lines around some parts only: each line is a block (the body was one paragraph of
    everything and nothing else was read)."""
    lines = [TITLE, *PARA, f"{label} نبض الشارع", heading + apart + "\n".join(SITE_TITLES)]
    rec = segment_text("\n".join(lines))
    assert rec["paragraphs"] == PARA
    assert rec["source"] == "نبض الشارع"
    assert [(r["kind"], r["title"]) for r in rec["related"]] == [("similar", t) for t in SITE_TITLES]


@pytest.mark.parametrize("width", [50, 64, 79])
def test_a_paragraph_wrapped_at_a_width_stays_one(width):
    """Paragraphs wrapped at a fixed width (an editor's, a mail program's) between blank lines: each wrapped
    paragraph is one, its lines joined."""
    import textwrap
    dump = "\n\n".join([TITLE, *(textwrap.fill(p, width) for p in PARA), "المصدر: نبض الشارع"])
    rec = segment_text(dump)
    assert rec["paragraphs"] == PARA
    assert rec["source"] == "نبض الشارع"


RELATED = ["خطة لتطوير الطرق السريعة بين المحافظات", "توسعة الموانئ الساحلية لاستقبال السفن العملاقة"]


@pytest.mark.parametrize("bullet", ["◀ ", "⬅️ ", "➤ ", "✔ ", "٣. ", "○ ", "» "])
def test_a_related_lists_bullet_of_any_mark_leaves_its_titles(bullet):
    """A bullet is told by its class, not listed: a mark or two of the separators' class (an arrow, a
    symbol, an emoji with its variation selector) or a number in any script and its mark, spaces after."""
    items = "\n".join(bullet + t for t in RELATED)
    rec = segment_text("\n\n".join([TITLE, *PARA, "المصدر: نبض الشارع", "مقالات ذات صلة", items]))
    assert [r["title"] for r in rec["related"]] == RELATED
    assert rec["paragraphs"] == PARA


@pytest.mark.parametrize("cue", ["ننصحك بقراءة:", "اقرأ في السياق ذاته:", "مقالات ذات صلة:", "طالع في الموضوع نفسه -"])
@pytest.mark.parametrize("apart", [True, False])
@pytest.mark.parametrize("subheading", [True, False])
def test_a_related_cue_and_one_title_inside_the_body_are_a_read_also_line(cue, apart, subheading):
    """A related cue ("ننصحك بقراءة", "اقرأ في السياق ذاته") and one title met inside the body, the body going on
    after them before the source line (a subheading first or not), are a read-also line: the paragraphs after
    them were read as more related titles."""
    line = [cue, LINKED] if apart else [f"{cue} {LINKED}"]
    rest = ["ردود فعل واسعة", *PARA[2:]] if subheading else PARA[2:]
    rec = segment_text("\n\n".join([TITLE, PARA[0], PARA[1], *line, *rest, "المصدر: نبض الشارع"]))
    assert rec["paragraphs"] == [PARA[0], PARA[1], *rest]
    assert [(r["kind"], r["title"]) for r in rec["related"]] == [("read_also", LINKED)]


def test_a_related_list_after_the_body_stays_one():
    """The same cue after the body, its titles running to the end, is the related list it says."""
    rec = segment_text("\n\n".join([TITLE, *PARA, "المصدر: نبض الشارع", "ننصحك بقراءة:", *RELATED]))
    assert rec["paragraphs"] == PARA
    assert [(r["kind"], r["title"]) for r in rec["related"]] == [("similar", t) for t in RELATED]


@pytest.mark.parametrize("bullet", ["(1) ", "[2] ", "(٣) ", "(12) "])
def test_a_number_in_brackets_is_a_bullet(bullet):
    """"(1) …", "[٢] …": a number of one or two digits in any script set in brackets, a space after it, numbers a
    list's items as "1." does."""
    items = "\n".join(bullet + t for t in RELATED)
    rec = segment_text("\n\n".join([TITLE, *PARA, "المصدر: نبض الشارع", "مقالات ذات صلة", items]))
    assert [r["title"] for r in rec["related"]] == RELATED
    assert rec["paragraphs"] == PARA


@pytest.mark.parametrize("cue", ["لا تفوّت كذلك:", "اطّلع على:", "اقرأ التفاصيل في ⟵", "تابع القضية:", "راجع عن ←",
                                 "لا يفوتك أيضاً ⇓"])
@pytest.mark.parametrize("apart", [True, False])
def test_a_cues_adverb_or_preposition_before_its_mark_is_the_cues(cue, apart):
    """"لا تفوّت كذلك:", "اقرأ التفاصيل في ⟵": an adverb after a cue, or a preposition a mark closes, belongs to
    the cue, never to the title after it; "اطّلع على:" (a verb of reading, its preposition, a mark) is a cue, and
    "تابع القضية" (the verb and the story's own noun) a heading."""
    line = [cue, LINKED] if apart else [f"{cue} {LINKED}"]
    rec = segment_text("\n\n".join([TITLE, PARA[0], PARA[1], *line, *PARA[2:], "المصدر: نبض الشارع"]))
    assert [r["title"] for r in rec["related"]] == [LINKED]
    assert rec["paragraphs"] == PARA


@pytest.mark.parametrize("bullet", ["أ) ", "ب) ", "a) ", "ج) "])
def test_a_letter_and_a_closing_bracket_is_a_bullet(bullet):
    """"أ) …", "ب) …": one letter of any script and a closing bracket, a space after it, letter a list's items as
    numbers do (a letter and a full stop stays: "د. محمد" is a doctor's title)."""
    items = "\n".join(bullet + t for t in RELATED)
    rec = segment_text("\n\n".join([TITLE, *PARA, "المصدر: نبض الشارع", "مقالات ذات صلة", items]))
    assert [r["title"] for r in rec["related"]] == RELATED
    assert rec["paragraphs"] == PARA


@pytest.mark.parametrize("cue", ["للمزيد اقرأ:", "للمزيد طالع ⟵", "لمزيد من التفاصيل اقرأ:"])
@pytest.mark.parametrize("apart", [True, False])
def test_a_verb_of_reading_after_a_cue_is_the_cues(cue, apart):
    """"للمزيد اقرأ: …": a verb of reading after a cue, before the cue's mark, belongs to the cue, not the title."""
    line = [cue, LINKED] if apart else [f"{cue} {LINKED}"]
    rec = segment_text("\n\n".join([TITLE, PARA[0], PARA[1], *line, *PARA[2:], "المصدر: نبض الشارع"]))
    assert [r["title"] for r in rec["related"]] == [LINKED]
    assert rec["paragraphs"] == PARA


@pytest.mark.parametrize("mark", ["➤", "-", "•", "◀", "⟵"])
@pytest.mark.parametrize("name", ["قناة الساحل", "قناة الساحل مباشر", "إذاعة الشمس"])
def test_a_channel_credited_after_a_mark_a_bullet_may_be_is_the_source(mark, name):
    """A credit line whose mark is also a list's bullet ("➤ قناة الساحل") closes the body as a page's does: the
    mark read away as a bullet left a name no grammar takes without it, and the line stayed in the body."""
    dump = "\n\n".join([TITLE, *PARA, f"{mark} {name}", "اقرأ أيضاً:", LINKED])
    rec = segment_text(dump)
    assert rec["source"] == name and rec["paragraphs"] == PARA
    assert [(r["kind"], r["title"]) for r in rec["related"]] == [("read_also", LINKED)]


@pytest.mark.parametrize("cue", ["اقرأ بعد:", "طالع بعد ⟵", "اقرأ بعد ∴"])
@pytest.mark.parametrize("apart", [True, False])
def test_read_after_this_is_a_read_also_cue(cue, apart):
    """"اقرأ بعد: …" (read after this) between paragraphs is a read-also line, on its own or with its title."""
    line = [cue, LINKED] if apart else [f"{cue} {LINKED}"]
    rec = segment_text("\n\n".join([TITLE, PARA[0], PARA[1], *line, *PARA[2:], "المصدر: نبض الشارع"]))
    assert [(r["kind"], r["title"]) for r in rec["related"]] == [("read_also", LINKED)]
    assert rec["paragraphs"] == PARA


@pytest.mark.parametrize("heading", ["مقالات في الموضوع", "أخبار في القضية", "تقارير في السياق:"])
def test_stories_in_the_story_s_own_matter_head_its_related_list(heading):
    """"مقالات في السياق": the stories' noun and "in" the story's own matter, the whole heading, head its list."""
    rec = segment_text("\n\n".join([TITLE, *PARA, "المصدر: نبض الشارع", heading, "\n".join(RELATED)]))
    assert [(r["kind"], r["title"]) for r in rec["related"]] == [("similar", t) for t in RELATED]
    assert rec["paragraphs"] == PARA


def test_a_sentence_on_the_margin_stays_in_the_body():
    """"على الهامش:" before a sentence is the story's own narration ("on the sidelines, the minister met …"), not a
    read-also line: only alone on its line does it head one."""
    aside = "على الهامش: التقى الوزير نظيره الفرنسي وبحثا العلاقات الثنائية بين البلدين في مجالات الاقتصاد والطاقة."
    rec = segment_text("\n\n".join([TITLE, PARA[0], aside, PARA[1], "المصدر: نبض الشارع"]))
    assert rec["paragraphs"] == [PARA[0], aside, PARA[1]] and rec["related"] == []
    rec = segment_text("\n\n".join([TITLE, PARA[0], PARA[1], "على الهامش", LINKED, PARA[2], "المصدر: نبض الشارع"]))
    assert [(r["kind"], r["title"]) for r in rec["related"]] == [("read_also", LINKED)]


@pytest.mark.parametrize("cue", ["من أرشيف الموقع:", "طالع من أرشيفنا ⟵", "مواد ذات صلة ←", "ركن ذو صلة:"])
def test_an_archive_or_any_noun_of_relation_before_its_mark_heads_a_title_on_its_line(cue):
    """"من أرشيفنا: …", "ركن ذو صلة: …" before a title on the same line are read-also lines, as on a line alone; a
    sentence that opens with the archive and no mark stays the story's."""
    rec = segment_text("\n\n".join([TITLE, PARA[0], PARA[1], f"{cue} {LINKED}", *PARA[2:], "المصدر: نبض الشارع"]))
    assert [r["title"] for r in rec["related"]] == [LINKED] and rec["paragraphs"] == PARA
    told = "من أرشيف الصحيفة نعرف أن الوزير زار المدينة مرات عدة خلال العقد الماضي والتقى سكانها."
    rec = segment_text("\n\n".join([TITLE, PARA[0], told, PARA[1], "المصدر: نبض الشارع"]))
    assert rec["paragraphs"] == [PARA[0], told, PARA[1]] and rec["related"] == []
