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
