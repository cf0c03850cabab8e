"""BBC News عربي.

Discovery: the BBC's public Arabic feed https://feeds.bbci.co.uk/arabic/rss.xml (the feed other
projects use for BBC Arabic; the saved page links no feed itself). Article URLs are
/arabic/articles/<id> and older /arabic/<section>-<8 digits>.
Extraction: generic. Its JSON-LD is wrapped in CDATA (repaired), the byline box and podcast promo are
marked by ARIA labels and skip links (generic rules).
"""

from .base import Profile

PROFILE = Profile(
    slug="bbc-arabic",
    feeds=("https://feeds.bbci.co.uk/arabic/rss.xml",),
    article_pattern=r"^/arabic/(?:articles/[a-z0-9]+|[a-z-]+-\d{8})/?$",
)
