"""الصباح (Assabah), Tunis.

Discovery: /rss-feed.xml is linked from the saved article page (Drupal OpenPublish).
Article URLs are /article/<id>/<slug>.
Extraction: generic. Dates are printed with Maghrebi month names ('8 فيفري 2019').
"""

from .base import Profile

PROFILE = Profile(
    slug="assabah",
    feeds=("http://www.assabah.com.tn/rss-feed.xml",),
    article_pattern=r"^/article/\d+",
)
