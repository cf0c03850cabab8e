"""Every threshold of extraction, named once, by the step that reads it.

Lengths are in characters of cleaned text unless they say words; shares are of an element's text. The
gazetteer's and the credit grammar's own bounds live beside their rules in ``newsscrape.text``.
"""

# ---- the whole page -------------------------------------------------------------------------------
MAX_TAGS = 50                     # tags kept in a record
MAX_CUE_CANDIDATE_CHARS = 120     # an element whose own text is this short may be a cue heading
ARABIC_SAMPLE_BLOCKS = 30         # blocks read to tell an Arabic page
REGION_LEVELS = 2                 # levels above the body's container that hold bylines, dates and labels

# ---- the body's container and blocks (body.py) ----------------------------------------------------
MIN_PARAGRAPH_CHARS = 25          # a <p> this short adds nothing to its container's score
MIN_OWN_TEXT_CHARS = 60           # own text a div or span needs to count as a paragraph
CONTAINER_CANDIDATES = 12         # best-scored containers weighed for their class and link text
LEDE_BOX_SHARE = 0.6              # a box of one paragraph gives way to its parent weighed this close to it that
                                  # holds the body's other paragraphs
SPLIT_PART_SHARE = 0.3            # a box of the body split around an ad scores at least this share of the best
MAX_SPLIT_GAP_WORDS = 3           # words between two boxes of a split body (an ad's label)
MAX_SOFT_SKIP_CHARS = 200         # a softly furniture-classed element this short is skipped
MAX_LINK_BLOCK_CHARS = 300        # an embedded teaser (a block all link) is at most this long
LINK_BLOCK_SHARE = 0.8            # share of a teaser's text (dates aside) in its links
MIN_LINK_BLOCK_WORDS = 4          # words of a teaser
MAX_LEAD_IN_WORDS = 4             # words before a story link on a read-also line, or heading story links
MIN_TOPIC_LINKS = 2               # links of a row of topics (tags, sections) under a label
MAX_TOPIC_WORDS = 4               # words of one topic link
MAX_TOPIC_LABEL_WORDS = 4         # words of a topic row outside its links (its label)
MAX_BYLINE_LINE_CHARS = 100       # a line naming the story's writers with links to their pages
MAX_BYLINE_LINKS = 3     # writers one byline links

# ---- bylines, source lines and furniture among the blocks (core._sort_blocks) ----------------------
FOLD_MAX_CHARS = 800              # blocks longer than this are no boilerplate nor repeated title...
TITLE_LENGTH_SLACK = 40           # ...unless within this many characters of the title's length
BYLINE_HEAD_BLOCKS = 3            # a byline or credit line stands among the first blocks (index <= this)
MAX_SOURCE_LINE_CHARS = 180       # a labelled source line is at most this long
MAX_DATE_LINE_WORDS = 8           # a line that is a date and little else
AFTER_BODY_LINES = 2              # the body's lines after its last paragraph read for a date
MAX_LATIN_LABEL_WORDS = 4         # a Latin label in an Arabic article ("Article information")
MAX_ADDRESS_LABEL_WORDS = 4       # words beside a written-out address on a share or short-link line
MAX_LABEL_VALUE_CHARS = 80        # the value after a label alone in its element ("المصدر:" | "وكالات")
MAX_FRAGMENT_WORDS = 2            # words of a line closing the body that is a widget's label, not a paragraph
MAX_LONE_LABEL_CHARS = 40         # a label alone in its element ('تاريخ النشر:') is at most this long

# ---- the lede (core._lede_before) -----------------------------------------------------------------
LEDE_HOPS = 3                     # elements looked at before the body's container
MAX_LEDE_CHILDREN = 6             # a lede is one paragraph, not a widget
MAX_PROSE_LINK_SHARE = 0.2        # a paragraph of prose has at most this share in links
MIN_LEDE_WORDS = 12               # words of a lede in a p, div or bold element
MIN_LEDE_SENTENCE_WORDS = 15      # words of a lede set in a heading (a dek has fewer)

# ---- the article as data (core._embedded_instead) ---------------------------------------------------
EMBEDDED_SHARE = 0.5              # the HTML's body is replaced when it holds less than this share of the data's
THIN_HTML_WORDS = 80              # below this the page's app state is read too (else only JSON-LD's body)

# ---- dates (core._read_dates, core._date_line) ------------------------------------------------------
MAX_DATE_ELEMENT_CHARS = 150      # text of an element classed as a date
MAX_DATE_LINE_CHARS = 60          # a written date line
MAX_DATE_LINE_CHILDREN = 2

# ---- headline and subtitle (headline.py, core) -------------------------------------------------------
MAX_HEADLINE_CHARS = 300
MIN_H1_WORDS = 3                  # an <h1> shorter than this is a logo or a label, scored down
MIN_TITLE_OVERLAP = 0.2           # an <h1> that shares less with the metadata title is not the headline...
MAX_SITE_TITLE_WORDS = 3          # ...unless that title is a site's name alone ("جريدة الرياض"), a few words
MIN_HEADLINE_WORDS = 4            # a heading named by <title> (no <h1>) holds this many words
MAX_HEADLINE_CHILDREN = 3
MAX_FURNITURE_WORDS = 4           # a site's name or a section beside the headline in <title>
TITLE_PREFIX_CHARS = 20           # of the headline, compared with the <title>'s start
MAX_SITE_NAME_WORDS = 4           # the site's name after the headline in <title>; a dateline's opener
MIN_SUBTITLE_CHARS = 15
MAX_SUBTITLE_CHARS = 600
MIN_SUBTITLE_WORDS = 6
MAX_SUBTITLE_WORDS = 80

# ---- related lists (related.py) -------------------------------------------------------------------
MIN_ITEM_WORDS = 3                # an anchor with fewer words is a label, not a story's title
IN_LINK_SHARE = 0.8               # a cue this much inside a link is navigation
CLIMB_LEVELS = 7                  # levels climbed from a cue to its block
PROSE_BESIDE_LINKS_CHARS = 400    # text outside links that makes a cue's ancestor the body...
MAX_LINK_SHARE_BESIDE_PROSE = 0.4  # ...when its links are less than this share
MIN_PROSE_PARAGRAPHS = 2          # paragraphs of prose that make a cue's ancestor the body
MAX_EXCERPT_BOX_SHARE = 2.0       # an item box holding a teaser's excerpt is at most this many times its length
MAX_WORDS_BETWEEN_LINKS = 1       # an inline cue's links follow one another
MIN_PROSE_WORDS = 6               # words of a paragraph's own sentence beside an inline cue and its links
MIN_PROSE_SENTENCE_WORDS = 12     # words of a sentence of the article's (a teaser's title has fewer)
MAX_CUE_CHARS = 300               # a cue line with its own links
MIN_CUE_LINE_WORDS = 5            # a cue line with its links ("اقرأ أيضاً: <a>…</a>") has more words
HALF_IN_LINKS = 0.5               # a classed block at least, a part of a run at most, this share in links
RUN_LINK_SHARE = 0.6              # share of a run's text (or of a block after a cue) in its links
MIN_RUN_ITEMS = 2                 # links a headless run of stories needs
MIN_TAG_LINKS = 2                 # links to listings after a cue that make it a label of tags (one: "see all")
MAX_LABEL_SIBLINGS = 20           # siblings after a cue read for its tags' links (a page of thousands of cues each
                                  # reading all the siblings after it took minutes)
MIN_TEASER_WORDS = 4              # words an anchor needs to read as a headline in a run
MAX_LOOSE_WORDS = 4               # words a run's part may hold outside links (a date, a section, a label)
MAX_EXCERPT_WORDS = 40            # words a story card may hold outside its link (an excerpt, a date)
MAX_HEADING_CHARS = 60            # a list's heading
MAX_HEADINGS = 10                 # lines read for a list's heading
MAX_NEIGHBOUR_LABEL_CHARS = 30    # a label set before a link in an element of its own: "الخبر السابق"

# ---- source attribution and authors (attribution.py) ------------------------------------------------
WHOLE_LINK = 0.95                 # a line this much inside links is a link, its label included
MAX_AUTHOR_WORDS = 5
MAX_AUTHOR_CHARS = 80
MIN_NAME_WORDS = 2                # names joined by "و" are split when each has this many words
MIN_SIGNATURE_NAME_WORDS = 2      # a writer's signature closing the body: first and family name at least...
MAX_SIGNATURE_NAME_WORDS = 4      # ...and at most this many
MAX_SIGNATURE_LINES = 2           # lines after a rule closing the body that are a signature ("لا إله إلا الله")...
MAX_SIGNATURE_LINE_WORDS = 8      # ...each of at most this many words
MIN_RULE_MARKS = 3                # a rule: one mark (or two) repeated, "___", "* * *", "ـــــ"...
MAX_RULE_CHARS = 120              # ...across a line at most this long
MAX_ROLE_WORDS = 5                # the role after it: "باحث في الشؤون الدولية"
MAX_LABEL_HINT_CHARS = 200        # an element's own text looked at for a source label
MAX_DESK_WORDS = 4                # "أبوظبي - البيان": the desk's name after the dash
MAX_CREDIT_CHILDREN = 3
MAX_CREDIT_CHARS = 60             # a credit line
AFTER_BODY = 3                    # text-bearing elements read after the body's container

# ---- decoding (decode.py) ----------------------------------------------------------------------------
SNIFF_BYTES = 2048                # read for NUL bytes (a binary file)
MIN_REPLACED = 20                 # U+FFFD a page may hold before its encoding is doubted...
MISDECLARED_SHARE = 200           # ...or one in this many characters: declared UTF-8, written cp1256
UNDECODABLE_SHARE = 100           # one in this many characters replaced: undecodable
ARABIC_SAMPLE_CHARS = 100_000     # read to tell UTF-8 Arabic declared otherwise
MIN_ARABIC_RUNS = 20              # Arabic runs (or mojibake pairs) that tell it
MOJIBAKE_SAMPLE_CHARS = 200_000
PARSER_MAX_ERRORS = 100           # libxml2 reports no more errors of a document (XML_MAX_ERRORS): a log this
                                  # long may hide that bytes parsed as UTF-8 were not (tree.parse_utf8)

# ---- is it an article (verdict.py) -----------------------------------------------------------------
MAX_LINK_DENSITY = 0.5            # link text over body text of a page that is an article
MIN_WORDS = 25                    # words of an article's body
LONG_PARAGRAPHS, LONG_WORDS = 3, 150   # a body this long is an article without a declared type

# ---- data in scripts (metadata.py, embedded.py) --------------------------------------------------------
MAX_JSON_LD_DEPTH = 64            # lists and @graph opened this deep at most (no real block nests past a few)
MAX_SCRIPT_CHARS = 4_000_000
MAX_SRCDOC_CHARS = 4_000_000      # a frame's own document read in its place when the page holds no article text
MAX_NODES = 200_000
MIN_BODY_CHARS = 200
MIN_TEXT_BLOCKS = 2               # blocks of a story kept as a list under a key no list names
MIN_STATE_LIST_ITEMS = 2          # stories an app state lists under a related list's key ("relatedNews")
MAX_ASSIGNMENTS = 3               # JSON assignments read from one script
MAX_RICH_TEXT_DEPTH = 12
MAX_ITEM_DEPTH = 2                # a state's story list item: the objects it wraps, this many levels down
