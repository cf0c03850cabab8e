"""The news-agency gazetteer: who Arab newsrooms credit, in the forms they write, and where.

Data, not phrases: national agencies of every Arab state and the international ones in their Arabic
(and Latin) forms, each with its usual short form first. Sources: the agencies' own Arabic names on
their sites and in datelines of Arabic newspapers (Wikipedia's "List of news agencies" for the
short forms: بترا، وام، واس، قنا، كونا، بنا، ...). A form matches across spellings (hamza, taa
marbuta, alef maqsura, dots and spaces inside initials: أ ف ب / أ.ف.ب / ا ف ب).

How a credit is read from them (datelines, closing tags, credit lines, labelled lines) is
``credits``'s job: this module is data only.
"""

from __future__ import annotations

# One agency a row: its short form first, then other forms. ``source`` is always the form the page
# wrote (as the gold records it); the rows only group the forms.
AGENCIES: tuple[tuple[str, ...], ...] = (
    # International, in Arabic and Latin forms
    ("رويترز", "Reuters", "وكالة رويترز"),
    ("أ ف ب", "ا ف ب", "فرانس برس", "فرانس پرس", "وكالة فرانس برس", "وكالة الصحافة الفرنسية", "AFP"),
    ("يو بي آي", "يونايتد برس", "يونايتد برس إنترناشونال", "يونايتد برس إنترناشيونال", "UPI"),
    ("أ ب", "أسوشيتد برس", "أسوشيتيد برس", "أسوشيتدبرس", "إيه بي", "اسوشيتد برس", "أسوشييتد برس",
     "وكالة أسوشيتد برس", "AP"),
    ("د ب أ", "الوكالة الألمانية", "وكالة الأنباء الألمانية", "DPA"),
    ("الأناضول", "وكالة الأناضول", "Anadolu"),
    ("شينخوا", "وكالة شينخوا", "وكالة أنباء الصين الجديدة", "Xinhua"),
    ("سبوتنيك", "وكالة سبوتنيك", "Sputnik"),
    ("نوفوستي", "ريا نوفوستي", "تاس", "إنترفاكس"),
    ("إرنا", "ارنا", "إيرنا", "وكالة الأنباء الإيرانية", "IRNA"),
    ("إفي", "إيفي", "وكالة إفي", "وكالة إيفي", "EFE"), ("آكي", "وكالة آكي", "أدنكرونوس", "AKI"),
    ("أنسا", "ANSA"), ("أوروبا برس", "Europa Press"), ("كيودو", "Kyodo"), ("يونهاب", "Yonhap"),
    ("تسنيم", "وكالة تسنيم"), ("إيسنا", "ايسنا"), ("قدس برس",), ("نينا", "الوكالة الوطنية العراقية للأنباء"),
    ("ترك برس",), ("TASS",), ("بلومبرغ", "بلومبيرغ"),
    ("Bloomberg",),
    ("CNN", "سي إن إن", "سي ان ان"),
    ("بي بي سي", "BBC", "هيئة الإذاعة البريطانية"),
    ("RT", "آر تي", "روسيا اليوم"),
    ("صوت أمريكا", "VOA"),
    # International broadcasters in Arabic, credited as agencies are (names that are also common words,
    # such as الحرة or الشرق, left out: they open sentences)
    ("فرانس 24", "فرانس24", "France 24"), ("سكاي نيوز عربية", "سكاي نيوز", "Sky News Arabia"),
    ("يورونيوز", "يورو نيوز", "Euronews"), ("دويتشه فيله", "دويتشه فيلله", "دويتش فيله", "DW"),
    ("مونت كارلو الدولية", "مونت كارلو"), ("إندبندنت عربية", "اندبندنت عربية"), ("سي إن بي سي عربية", "CNBC"),
    # National agencies of the Arab states
    ("أ ش أ", "وكالة أنباء الشرق الأوسط", "MENA"),          # Egypt
    ("بترا", "وكالة الأنباء الأردنية", "Petra"),                     # Jordan
    ("وام", "وكالة أنباء الإمارات", "WAM"),                        # UAE
    ("واس", "وكالة الأنباء السعودية", "SPA"),                      # Saudi Arabia
    ("قنا", "وكالة الأنباء القطرية", "QNA"),                       # Qatar
    ("كونا", "وكالة الأنباء الكويتية", "KUNA"),                     # Kuwait
    ("بنا", "وكالة أنباء البحرين", "BNA"),                         # Bahrain
    ("العمانية", "وكالة الأنباء العمانية"),                 # Oman
    ("سبأ", "وكالة الأنباء اليمنية"),                       # Yemen
    ("سانا", "الوكالة العربية السورية للأنباء", "SANA"),            # Syria
    ("واع", "وكالة الأنباء العراقية"),                      # Iraq
    ("وفا", "وكالة الأنباء والمعلومات الفلسطينية", "WAFA"),         # Palestine
    ("الوكالة الوطنية للإعلام", "الوكالة الوطنية"),         # Lebanon
    ("ومع", "و م ع", "وكالة المغرب العربي للأنباء", "لاماب", "MAP"),  # Morocco
    ("واج", "وكالة الأنباء الجزائرية", "APS"),                     # Algeria
    ("وات", "وكالة تونس أفريقيا للأنباء", "تونس أفريقيا للأنباء", "TAP"),                  # Tunisia
    ("سونا", "وكالة السودان للأنباء", "SUNA"),                      # Sudan
    ("لانا", "وال", "وكالة الأنباء الليبية"),               # Libya
    ("ومأ", "الوكالة الموريتانية للأنباء"),                 # Mauritania
    # Collective credits
    ("وكالات", "وكالات الأنباء", "مواقع", "مواقع إلكترونية", "وكالات ومواقع", "متابعات", "وسائل إعلام",
     "مصادر إعلامية"),
)

# An agency by its head noun, folded: "وكالة <any name>" (two words or more), "وكالات" alone or with
# its complement ("وكالات الأنباء"). A newsroom credits an agency the gazetteer has never listed this way.
HEAD_NOUNS = frozenset(("وكاله", "وكالات"))
COLLECTIVE_HEADS = frozenset(("وكالات",))
# What an outlet's name starts with, folded: "صحيفة الشرق الأوسط", "موقع العربية", "قناة الجزيرة".
OUTLET_NOUNS = frozenset((
    "صحيفه", "الصحيفه", "جريده", "الجريده", "موقع", "الموقع", "مجله", "المجله", "قناه", "القناه", "شبكه", "الشبكه",
    "تلفزيون", "التلفزيون", "اذاعه", "الاذاعه", "راديو", "بوابه", "منصه", "وكاله", "الوكاله", "وكالات",
    "يوميه", "اليوميه", "اسبوعيه", "الاسبوعيه",      # a daily, a weekly: "يومية المساء"
))


def all_forms() -> list[str]:
    return [f for group in AGENCIES for f in group]


# Words of a photo credit, folded (lower case): picture agencies and libraries, and what a caption
# line says of a picture. A line with one of them, or with ©, credits a photograph, never the story.
PHOTO_WORDS = frozenset((
    "getty", "gettyimages", "shutterstock", "rex", "epa", "imago", "alamy", "istock", "istockphoto", "pa",
    "sipa", "abaca", "zuma", "nurphoto", "anadolu agency", "unsplash", "pexels", "pool", "photo", "photos",
    "تصوير", "صوره", "الصوره", "صور", "ارشيفيه", "ارشيف", "عدسه", "كاميرا", "جيتي", "غيتي", "شاترستوك",
))
