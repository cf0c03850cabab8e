"""اليوم السابع (Youm7), Cairo.

Discovery: the RSS feed /rss/rss is linked from every page (saved article and 2018 homepage in the
corpus). Sections follow the homepage's /Section/<name>/<id>/1 links (the trailing number is the page).
Sitemaps are not listed: robots.txt could not be checked from here.
Extraction: the generic rules get youm7 right (body div#articleBody with <br>-separated blocks,
related list 'الموضوعات المتعلقة'); its time zone (dates print without an offset) is in publishers.toml.
"""

from .base import Profile

PROFILE = Profile(
    slug="youm7",
    feeds=("https://www.youm7.com/rss/rss",),
    sections=("https://www.youm7.com/Section/أخبار-عاجلة/65/1",),
    article_pattern=r"^/story/\d{4}/\d{1,2}/\d{1,2}/[^/]+/\d+/?$",
)
