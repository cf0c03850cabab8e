"""LBCI (LBC Group), Beirut.

Discovery: the news sitemap, sitemap and RSS feed that Fundus lists for this publisher
(flairNLP/fundus, publishers/lb). Article URLs are /<area>/<section>/<id>/<slug>/<lang>.
Extraction: the 'مقالات ذات صلة' block (div.mycontrol) is saved in a hidden holder and injected by
script at the <controlinjection> placeholder mid-body, so readers see it inline: kind read_also. The
generic rules, which only see its saved position, would call it 'similar'.
"""

from .base import Profile

PROFILE = Profile(
    slug="lbcgroup",
    sitemaps=("https://www.lbcgroup.tv/newssitemap.xml", "https://www.lbcgroup.tv/sitemap.xml"),
    feeds=("https://www.lbcgroup.tv/Rss/latest-news/ar",),
    article_pattern=r"^/[a-z]+/[a-z-]+/\d+/[^/]+/(?:ar|en)/?$",
    related=((".mycontrol", "read_also"),),
)
