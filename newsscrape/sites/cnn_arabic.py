"""CNN بالعربية.

Discovery: /rss/ is linked from the saved 2013 page. Article URLs of that era are
/<yyyy>/<section>/<m>/<d>/<slug>/index.html; today's site uses /<section>/article/<yyyy>/<mm>/<dd>/<slug>.
Extraction: generic. The only visible stamp is a last-update time, so the publication date comes from
the URL (generic rule).
"""

from .base import Profile

PROFILE = Profile(
    slug="cnn-arabic",
    feeds=("https://arabic.cnn.com/rss/",),
    article_pattern=r"^/(?:\d{4}/[a-z_.-]+/\d{1,2}/\d{1,2}/[^/]+/index\.html|[a-z-]+/article/\d{4}/\d{2}/\d{2}/)",
)
