"""A syndication test set built at test time from the corpus gold records (never committed): for each
article, republications as outlets make them (another headline, a dateline or closing tag added or moved,
the lede rewritten or trimmed, a paragraph dropped or added, other furniture), and hard negatives: daily
bulletins of one template with other figures and dates, and follow-up stories the next day that repeat a
background paragraph. Each item carries the story it belongs to (``story``): the truth to score against."""

from __future__ import annotations

import json
import random
from dataclasses import dataclass
from pathlib import Path

AGENCIES = ["(أ ش أ)", "(واس)", "(وام)", "(قنا)", "(رويترز)", "(أ ف ب)", "(د ب أ)"]
CITIES = ["القاهرة", "الرياض", "دبي", "الدوحة", "عمّان", "بيروت", "تونس"]
OPENERS = ["وفي هذا السياق،", "من جهة أخرى،", "وبحسب ما أفادت به مصادر مطلعة،", "وفي تطور لافت،"]
OWN = ["ويأتي ذلك في وقت تشهد فيه المنطقة تطورات متسارعة على أكثر من صعيد، وسط ترقب لما ستسفر عنه "
       "الاتصالات الجارية بين الأطراف المعنية خلال الأيام القليلة المقبلة.",
       "وكانت الصحيفة قد نشرت في وقت سابق تقريرا موسعا عن خلفيات هذا الملف وأبرز المحطات التي مر بها منذ "
       "بدايته، بما في ذلك ردود الفعل الرسمية والشعبية عليه."]


@dataclass(frozen=True)
class Item:
    story: str                 # the truth: one value per story
    url: str
    title: str
    paragraphs: tuple[str, ...]
    kind: str                  # original, republished, bulletin, follow_up


def _words(text: str) -> list[str]:
    return text.split()


def republications(story: str, title: str, paras: list[str], rng: random.Random, n: int = 4) -> list[Item]:
    out = []
    for k in range(n):
        p = list(paras)
        how = k % 4
        if how == 0:                                   # a dateline and a closing tag of the agency
            p[0] = f"{rng.choice(CITIES)} {rng.choice(AGENCIES)} - {p[0]}"
            p[-1] = f"{p[-1]} {rng.choice(AGENCIES)}"
        elif how == 1 and len(p) > 2:                  # the lede rewritten, the last paragraph dropped
            w = _words(p[0])
            p[0] = " ".join([rng.choice(OPENERS), *w[3:]])
            p = p[:-1]
        elif how == 2:                                 # an outlet's own paragraph added, one trimmed
            p.insert(min(len(p), 2), rng.choice(OWN))
            if len(p) > 3:
                w = _words(p[-1])
                p[-1] = " ".join(w[: max(8, len(w) * 2 // 3)])
        else:                                          # trimmed to its first part, another dateline
            p = p[: max(2, (len(p) * 3 + 3) // 4)]
            p[0] = f"{rng.choice(CITIES)} - {p[0]}"
        headline = f"{title.split(' ', 2)[-1]} | {rng.choice(['عاجل', 'تفاصيل', 'بالفيديو', 'شاهد'])}"
        out.append(Item(story, f"https://outlet{k}.example/news/{abs(hash((story, k))) % 10**8}", headline,
                        tuple(p), "republished"))
    return out


BULLETINS = [
    ("الصحة", "أعلنت وزارة الصحة اليوم {d} تسجيل {a} إصابة جديدة و{b} حالات وفاة خلال الساعات الأربع والعشرين "
              "الماضية، ليرتفع إجمالي الإصابات منذ بداية العام إلى {c} إصابة.|وأوضحت الوزارة في بيانها اليومي أن "
              "عدد المتعافين بلغ {e} حالة، فيما يتلقى {f} مريضا العلاج في أقسام العناية المركزة في المستشفيات "
              "الحكومية والخاصة.|ودعت الوزارة المواطنين إلى الالتزام بالإجراءات الوقائية وتلقي الجرعات المعززة من "
              "اللقاح، مشيرة إلى أن نسبة التطعيم بلغت {g} في المئة من السكان المستهدفين حتى {d}.|وأضافت أن فرق "
              "الرصد أجرت {h} فحصا خلال اليوم في {i} محافظة، وأن نسبة الفحوص الإيجابية بلغت {j} في المئة."),
    ("الصرف", "سجل سعر صرف الدولار الأمريكي اليوم {d} نحو {a} جنيه للشراء و{b} جنيه للبيع في البنوك العاملة، "
              "بحسب بيانات البنك المركزي الصادرة صباح اليوم.|وبلغ سعر اليورو {c} جنيه للشراء و{e} جنيه للبيع، "
              "فيما سجل الجنيه الإسترليني {f} جنيه للشراء.|وفي السوق الموازية تراوح سعر الدولار بين {g} و{h} "
              "جنيه، وفق متعاملين تحدثوا للوكالة صباح {d}.|وتراجع احتياطي النقد الأجنبي إلى {i} مليار دولار في "
              "نهاية الشهر الماضي، مقابل {j} مليار دولار في الشهر السابق."),
    ("الطقس", "توقعت هيئة الأرصاد الجوية أن يسود غدا {d} طقس حار نهارا معتدل ليلا على أغلب الأنحاء، مع درجة "
              "حرارة عظمى تبلغ {a} درجة في العاصمة وصغرى {b} درجة.|وأشارت الهيئة إلى نشاط للرياح بسرعة تصل إلى {c} "
              "كيلومترا في الساعة على المناطق الساحلية، مع فرص لسقوط أمطار بنسبة {e} في المئة.|وبلغ ارتفاع الموج "
              "في البحر الأحمر {f} متر، وفي البحر المتوسط {g} متر، فيما بلغت نسبة الرطوبة {h} في المئة.|ونصحت "
              "الهيئة المواطنين بتجنب التعرض المباشر لأشعة الشمس بين الساعة {i} والساعة {j} ظهرا."),
]


def bulletins(rng: random.Random, days: int = 6) -> list[Item]:
    out = []
    for name, template in BULLETINS:
        for day in range(days):
            figures = {k: str(rng.randint(2, 9999)) for k in "abcefghij"}
            text = template.format(d=f"{day + 1} مايو 2024", **figures)
            out.append(Item(f"bulletin-{name}-{day}", f"https://agency.example/{name}/{day}",
                            f"نشرة {name} ليوم {day + 1} مايو", tuple(text.split("|")), "bulletin"))
    return out


def follow_up(story: str, title: str, paras: list[str], pool: list[str], rng: random.Random) -> Item | None:
    """The next day's story: new paragraphs (sentences drawn from every other story, so close to none)
    with the first story's background paragraph repeated at its end, as follow-ups do."""
    if len(paras) < 3 or len(pool) < 12:
        return None
    background = max(paras, key=len)
    fresh = [" ".join(rng.sample(pool, 3)) for _ in range(4)]
    return Item(f"{story}-next", f"https://agency.example/next/{abs(hash(story)) % 10**8}", f"تطورات جديدة: {title}",
                tuple([*fresh, background]), "follow_up")


def build(gold_dir: Path, seed: int = 7, copies: int = 4) -> list[Item]:
    rng = random.Random(seed)
    stories = []
    for path in sorted(gold_dir.rglob("*.json")):
        gold = json.loads(path.read_text(encoding="utf-8"))
        paras = [p for p in gold.get("paragraphs") or [] if p.strip()]
        if sum(len(p.split()) for p in paras) >= 60:
            stories.append((path.stem, gold["title"], paras, gold["url"]))
    items: list[Item] = []
    for story, title, paras, url in stories:
        items.append(Item(story, url, title, tuple(paras), "original"))
        items += republications(story, title, paras, rng, copies)
        pool = [sentence.strip() for other in stories if other[0] != story for p in other[2]
                for sentence in p.split("،") if len(sentence.split()) > 4]
        if (nxt := follow_up(story, title, paras, pool, rng)) is not None:
            items.append(nxt)
    items += bulletins(rng)
    rng.shuffle(items)
    return items


def pairwise(truth: list[str], found: list[str]) -> tuple[float, float, int, int, int]:
    """(precision, recall, true pairs found, pairs found, true pairs) over every pair of items."""
    tp = fp = fn = 0
    for i in range(len(truth)):
        for j in range(i + 1, len(truth)):
            same, marked = truth[i] == truth[j], found[i] == found[j]
            tp += same and marked
            fp += marked and not same
            fn += same and not marked
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    return precision, recall, tp, tp + fp, tp + fn


def ari(truth: list[str], found: list[str]) -> float:
    """Adjusted Rand index of two clusterings of the same items."""
    from collections import Counter
    from math import comb

    pairs = Counter(zip(truth, found, strict=True))
    sum_ij = sum(comb(n, 2) for n in pairs.values())
    sum_a = sum(comb(n, 2) for n in Counter(truth).values())
    sum_b = sum(comb(n, 2) for n in Counter(found).values())
    expected = sum_a * sum_b / comb(len(truth), 2)
    top = (sum_a + sum_b) / 2
    return (sum_ij - expected) / (top - expected) if top != expected else 1.0
