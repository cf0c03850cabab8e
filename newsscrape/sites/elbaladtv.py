"""قناة صدى البلد (Elbalad TV), Cairo. WordPress (JNews theme).

Discovery: the WordPress feed https://elbaladtv.net/feed/ is linked from the saved page as
<link rel=alternate>. Articles are single-slug permalinks.
Extraction: generic (inline 'إقرأ أيضاً' block, JSON-LD dates with the Cairo offset).
"""

from .base import Profile

PROFILE = Profile(
    slug="elbaladtv",
    feeds=("https://elbaladtv.net/feed/",),
    article_pattern=r"^/(?!category/|tag/|author/|page/|feed/|wp-)[^/]+/?$",
)
