"""Is this page an article? One answer for `newsscrape extract`, the crawl and archive readers.

``refusal`` reads what the page says about itself (``Extracted``: a declared article type, the body's link
density, how much text it holds) and how the page was reached:

* *vouched* pages (a sitemap or feed entry, a URL the user named) only need to hold article text that
  is not a list of links;
* pages found by following links (listings, homepages) and pages named alone must also look like an
  article: declared as one (og:type article, a JSON-LD ``NewsArticle``), built as one (the <h1> and
  the body in one <article> element, microdata's itemtype), on the publisher's article URL pattern, or
  long enough (3 paragraphs, 150 words) that a listing's teasers cannot pass for one; a page without
  an <h1> whose heading is the headline its <title> names (a Blogger post, an old table portal).

A homepage path (``/``) is never an article unless it declares itself one, and no more is a page titled
with the site's own name or declared a collection of links (JSON-LD CollectionPage, ItemList), even
when a sitemap lists it.
"""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import unquote, urlsplit

from ..record import Article
from ..sites import Profile
from .thresholds import LONG_PARAGRAPHS, LONG_WORDS, MAX_LINK_DENSITY, MIN_WORDS


@dataclass(frozen=True, slots=True)
class Extracted:
    """An extraction: the article and what the page says about itself."""

    article: Article
    declared_article: bool        # og:type article or an Article-type JSON-LD object
    link_density: float           # share of the body container's text inside links
    headline_with_body: bool = False   # the <h1> and the body text share one <article> element
    headline_in_title: bool = False    # no <h1>: a heading of the page is the headline its <title> names
    plainly_listing: bool = False      # titled with the site's own name, or declared a collection of links


def refusal(page: Extracted, profile: Profile, *, vouched: bool) -> str | None:
    """Why the page is not an article (the reason code it is skipped under); None when it is one."""
    article = page.article
    if page.link_density > MAX_LINK_DENSITY:
        return "not_article"
    if article.word_count < MIN_WORDS:
        return "no_article_text"
    path = unquote(urlsplit(article.url or "").path)
    if path in ("", "/") and article.url and not page.declared_article:
        return "not_article"
    if page.plainly_listing and not page.declared_article:
        return "not_article"         # a listing's word (a sitemap's entry) is not enough for a homepage
    if vouched or page.declared_article or page.headline_with_body or page.headline_in_title:
        return None
    if profile.article_re is not None:
        return None if profile.article_re.search(path) else "not_article"
    if len(article.paragraphs) >= LONG_PARAGRAPHS and article.word_count >= LONG_WORDS:
        return None
    return "not_article"
