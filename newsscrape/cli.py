"""The `newsscrape` command. Thin: parse options (``newsscrape.params``), call the library, print.

Heavy imports (Scrapy, lxml, dateparser) happen inside the commands, so `newsscrape --help` and
`newsscrape sites` start instantly. Errors: a ``newsscrape.errors`` error is one line and its exit
status; anything else is a bug of ours, one line naming it and exit 70.
"""

from __future__ import annotations

import json
import os
import sys
from datetime import UTC, datetime
from pathlib import Path

import click

from . import __version__, checks, exits, params
from .errors import ExtractionError, FetchError, NewsscrapeError, OutputError
from .params import SITE, TARGET, WHEN, Group, check, fail, reason, records_out


@click.group(cls=Group, context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
@click.version_option(__version__, prog_name="newsscrape")
def cli() -> None:
    """Crawl Arabic news sites and write one clean JSON record per article (JSON Lines).

    \b
    Examples:
      newsscrape crawl youm7 --since 1d -o youm7.jsonl
      newsscrape crawl https://www.hespress.com --limit 50
      newsscrape extract page.html --url https://www.youm7.com/story/2020/8/24/x/4943459
      newsscrape warc CC-NEWS-20240501.warc.gz -o news.jsonl
      newsscrape segment dump.txt
      newsscrape sites
    """


@cli.command()
@click.argument("inputs", nargs=-1, required=True, metavar="INPUT...")
@click.option("--url", help="The page's URL, for a file or stdin input (resolves links, picks the profile).")
@click.option("--site", type=SITE, help="Force a publisher profile ('generic' for none).")
@click.option("--strip-diacritics", is_flag=True, help="Remove harakat from the output text.")
@click.option("--ascii-digits", is_flag=True, help="Write Arabic-Indic digits as 0-9.")
@click.option("--timeout", type=click.FloatRange(min=0.1, max=3600), default=60, show_default=True,
              help="Seconds a URL input may take in all (a server that trickles bytes is cut off).")
@click.option("--force", is_flag=True, help="Write a record even for a page that does not look like an "
              "article (a listing, homepage or section page), which is otherwise refused as the crawl does; "
              "a page with no article text gives its visible text blocks (extractor page-text).")
@params.output_options
def extract(inputs, url, site, strip_diacritics, ascii_digits, timeout, force, append, overwrite) -> None:
    """Extract articles from saved pages or URLs: one JSON line per INPUT, in order.

    INPUT is a file path, an http(s) URL, or '-' for HTML on stdin. A page must say it is an article
    (og:type article or a JSON-LD NewsArticle, the publisher's article URL pattern, or three paragraphs
    and 150 words of body text), as in the crawl; --force writes whatever text it holds. A failing
    input gets a one-line reason on stderr (the same reason code the crawl counts) and the others go
    on; the exit status is then 1 (a page that could not be fetched or holds no article) or 2 (an
    input that is not there: missing file, malformed URL).

    \b
    Examples:
      newsscrape extract saved.html --url https://www.bbc.com/arabic/articles/c720dxj8dq8o
      curl -s https://www.youm7.com/story/... | newsscrape extract - --url https://www.youm7.com/story/...
      newsscrape extract *.html --site generic -O out.jsonl
    """
    from . import extract_article
    from .extract.tree import is_http_url
    from .fetch import fetch

    if url is not None and not is_http_url(url):
        raise click.BadParameter(f"{url!r} is not an http(s) URL with a host", param_hint="--url")
    failed = bad_input = 0
    with records_out(append, overwrite) as out:
        for item in inputs:
            try:
                page_url, content_type, fetched = url, None, None
                if item == "-":
                    data = sys.stdin.buffer.read()
                elif item.startswith(("http://", "https://")):
                    if not is_http_url(item):
                        raise click.BadParameter("malformed URL (no host)")
                    data, page_url, content_type = fetch(item, timeout=min(30.0, timeout), total=timeout)
                    fetched = datetime.now(UTC).isoformat(timespec="seconds")
                else:
                    data = Path(item).read_bytes()
                record = extract_article(data, url=page_url, site=site, content_type=content_type,
                                         strip_diacritics=strip_diacritics, ascii_digits=ascii_digits,
                                         require_article=not force, whole_page=force)
                if fetched:
                    record = record.evolve(fetched_at=fetched)       # fetched now, as a crawl's record says
                out.write(record)
            except OutputError:
                raise                               # the output, not the input: the command ends
            except (click.BadParameter, FileNotFoundError, PermissionError, IsADirectoryError) as exc:
                bad_input += 1                      # the input itself is wrong: a usage error
                click.echo(f"newsscrape: {item}: {reason(exc)}", err=True)
            except (OSError, ExtractionError, FetchError) as exc:
                failed += 1                         # the page could not be turned into a record
                click.echo(f"newsscrape: {item}: {reason(exc)}", err=True)
    sys.exit(exits.USAGE if bad_input else exits.PAGE_ERRORS if failed else exits.OK)


@cli.command()
@click.argument("targets", nargs=-1, required=True, metavar="TARGET...", type=TARGET)
@click.option("--site", type=SITE, help="Apply a profile's rules to URL targets (mirrors, staging).")
@params.crawl_options
@click.option("--state", metavar="PATH", help="SQLite state of articles already written: "
              "skip them on later runs (one run at a time per state file).")
@click.option("--incremental", is_flag=True, help="Use the default state file "
              "($XDG_STATE_HOME/newsscrape/state.sqlite).")
@click.option("--changed", is_flag=True, help="With a state: re-emit an article whose content changed.")
@click.option("--drop-copies", is_flag=True, help="With a state: skip a copy of a story already written "
              "(another outlet's republication), counted as 'copy'; by default copies are written, marked.")
@click.option("--wait", is_flag=True, help="If another run holds the state, wait for it instead of exiting 75.")
@click.option("--resume", metavar="DIR", help="Keep what a long backfill wrote in DIR (its state file): run "
              "the same command again after a stop, even a kill -9, and it writes only what is missing.")
@click.option("--follow", is_flag=True, help="An article URL target: also follow its links (by default it is "
              "written alone).")
def crawl(targets, incremental, resume, **values) -> None:
    """Crawl publishers and write one JSON line per article.

    TARGET is a publisher slug (see `newsscrape sites`), `all`, or the URL of a sitemap, RSS/Atom feed,
    homepage, listing page or article of any site. A homepage is explored in this order: the sitemaps
    robots.txt names, the feeds the page links, the usual sitemap and feed paths (when those found
    nothing), then the page's own story links; any other page (a section, page 2 of a listing) gives
    its own stories and pagination only. An article URL is written alone (--follow to go on).
    Only the target's host is crawled. Logs and progress go to stderr, then one summary line.

    Exit status: 0 done, 1 done with page errors, 2 usage error, 3 nothing could be crawled,
    70 a bug of newsscrape's, 74 the output could not be written, 75 another run holds the state
    file, 130/143 stopped by SIGINT/SIGTERM (after a clean stop), 141 the reader of stdout went away.

    \b
    Examples:
      newsscrape crawl youm7 --since 1d -o youm7.jsonl
      newsscrape crawl aljazeera --limit 50 -O aljazeera.jsonl
      newsscrape crawl https://www.hespress.com --since 6h
      newsscrape crawl https://www.example.com/news/2024/05/01/story-123
      newsscrape crawl all --since 6h | jq -r .title
      newsscrape crawl https://example.com/sitemap.xml --limit 100 -O out.jsonl
      newsscrape crawl https://mirror.local/news-sitemap.xml --site youm7
      newsscrape crawl youm7 --incremental -o youm7.jsonl     # from cron: only what is new
      newsscrape crawl youm7 --redis redis://db:6379/0 -o part-$(hostname).jsonl   # on each machine
    """
    from . import checks
    from .crawl.runner import CrawlOptions, run_crawl
    from .run.state import default_state_path

    check(checks.job_dir, resume)
    if not values["state"] and incremental:
        values["state"] = str(_made_folder(default_state_path()))
    if not values["state"] and resume and not values["redis"]:
        values["state"] = str(_made_folder(Path(resume) / "state.sqlite"))   # the job's own record of what it wrote
    for flag in ("changed", "drop_copies"):
        if values[flag] and not (values["state"] or values["redis"]):
            raise click.UsageError(f"--{flag.replace('_', '-')} needs --state PATH, --incremental or --redis")
    sys.exit(run_crawl(params.run_options(CrawlOptions, values, targets=list(targets)))[0])


@cli.command()
@params.crawl_options
@click.option("--idle-timeout", type=click.FloatRange(min=0), default=60, show_default=True,
              help="Exit after this many seconds with nothing to do (checked on Scrapy's 5 s idle "
                   "heartbeat, so keep it above 10).")
def worker(**values) -> None:
    """Crawl whatever is pushed to the shared Redis frontier, until idle for --idle-timeout.

    Targets come from `newsscrape enqueue`; any number of workers on any machines share the queue,
    the dupefilter and the state. Each writes its own JSON Lines (-o) or pushes to --redis-output.
    (Web archives past one machine: datatrove's executors, see README "From web archives".)

    \b
    Examples:
      newsscrape worker --redis redis://db:6379/0 -o part-$(hostname).jsonl --idle-timeout 300
      newsscrape worker --redis redis://db:6379/0 --redis-output newsscrape:articles
    """
    if not values["redis"]:
        raise click.UsageError("worker needs --redis URL (or NEWSSCRAPE_REDIS_URL)")
    from .crawl.runner import CrawlOptions, run_crawl

    sys.exit(run_crawl(params.run_options(CrawlOptions, values, targets=[], worker=True))[0])


@cli.command()
@click.argument("targets", nargs=-1, required=True, metavar="TARGET...", type=TARGET)
@click.option("--redis", "redis_url", metavar="URL", envvar="NEWSSCRAPE_REDIS_URL", required=True,
              help="The shared Redis (env NEWSSCRAPE_REDIS_URL).")
@click.option("--site", type=SITE, help="Apply a profile's rules to URL targets.")
def enqueue(targets, redis_url, site) -> None:
    """Push targets (slugs, `all`, URLs) to the shared frontier for workers to crawl.

    \b
    Examples:
      newsscrape enqueue youm7 albayan --redis redis://db:6379/0
    """
    from .run.redis import Frontier
    from .targets import resolve_targets

    plans = resolve_targets(list(targets), site)
    check(checks.redis_url, redis_url)                 # unreachable: one line and exit 2, as crawl --redis
    try:
        n = Frontier(redis_url).push([(p.slug, u) for p, u in plans])
    except Exception as exc:  # redis.ConnectionError and friends: one line, not a traceback
        raise click.ClickException(f"cannot reach {redis_url}: {exc}") from None
    click.echo(f"queued {len(plans)} start points ({n} waiting)")


@cli.command()
@click.argument("sources", nargs=-1, metavar="SOURCE...")
@click.option("--cc-news", metavar="YYYY-MM", help="Read every WARC of Common Crawl's CC-NEWS for this month.")
@click.option("--cc-base", metavar="URL", default="https://data.commoncrawl.org", show_default=True,
              help="Where the CC-NEWS layout (crawl-data/CC-NEWS/YYYY/MM/warc.paths.gz) lives.")
@click.option("--processes", type=click.IntRange(min=0, max=256), default=0,
              help="Extraction processes [default: one per CPU; 1: no pool].")
@click.option("--since", type=WHEN, help="Skip articles published before this.")
@click.option("--until", type=WHEN, help="Skip articles published after this.")
@click.option("--site", type=SITE, help="Only this publisher's domains, with its profile.")
@click.option("--domain", "domains", multiple=True, metavar="HOST", help="Only pages of this host (repeatable).")
@click.option("--state", metavar="PATH", help="SQLite state shared with crawls: articles already "
              "written are skipped, finished files are not read again.")
@click.option("--limit", type=click.IntRange(min=0), default=0, help="Stop after N articles.")
@click.option("--drop-copies", is_flag=True, help="With --state: skip a copy of a story already written.")
@params.output_options
def warc(sources, **values) -> None:
    """Read web archives (WARC) and write the Arabic articles in them, one JSON line each.

    SOURCE is a .warc or .warc.gz file, an http(s) URL of one (streamed, not downloaded first), or '-'
    for a list of paths/URLs on stdin. Only HTTP 200 HTML responses that are Arabic and that the
    article verdict accepts are written; url is WARC-Target-URI and fetched_at WARC-Date. Same record,
    dedup and --state as `crawl`, so archives and live crawls merge without duplicates.

    \b
    Examples:
      newsscrape warc CC-NEWS-20240501.warc.gz -o news.jsonl
      newsscrape warc --cc-news 2024-05 --state corpus.sqlite -o corpus.jsonl
      ls archives/*.warc.gz | newsscrape warc - --domain hespress.com --processes 4 -O hespress.jsonl
    """
    from .archive.run import ArchiveOptions, run_archives

    if not sources and not values["cc_news"]:
        raise click.UsageError("give a SOURCE (file, URL or -) or --cc-news YYYY-MM")
    if values["cc_news"] is not None:
        check(checks.cc_news_month, values["cc_news"])
    if values["drop_copies"] and not values["state"]:
        raise click.UsageError("--drop-copies needs --state PATH")
    for source in sources:
        if source != "-" and not source.startswith(("http://", "https://")) and not Path(source).is_file():
            what = "is a directory (give its files: DIR/*.warc.gz)" if Path(source).is_dir() else "no such file"
            raise click.UsageError(f"{source}: {what}")
    sys.exit(run_archives(params.run_options(ArchiveOptions, values, sources=list(sources)))[0])


@cli.group()
def state() -> None:
    """Inspect and maintain the incremental state (see `crawl --state`).

    \b
    Examples:
      newsscrape state show --state youm7.sqlite
      newsscrape state prune --older-than 30d --state youm7.sqlite
      newsscrape state forget https://www.youm7.com/story/2024/1/1/x/123 --state youm7.sqlite
    """


@state.command("show")
@params.state_option
@click.option("--last", default=10, show_default=True, help="How many recent articles to list.")
def state_show(state_path, last) -> None:
    """Counts and the most recently written articles."""
    store = params.open_state(state_path)
    info = store.stats()
    click.echo(f"{info['path']}: {info['articles']} articles, first {info['first_written']}, "
               f"last {info['last_written']}")
    for when, url in store.latest(last):
        click.echo(f"  {when}  {url}")


@state.command("prune")
@params.state_option
@click.option("--older-than", "cutoff", type=WHEN, required=True, metavar="DURATION", help="e.g. 30d, 12w.")
def state_prune(state_path, cutoff) -> None:
    """Forget articles last written before DURATION ago (they may be written again)."""
    from .words import plural

    click.echo(f"pruned {plural(params.open_state(state_path).prune(cutoff), 'article')}")


@state.command("forget")
@click.argument("url")
@params.state_option
def state_forget(url, state_path) -> None:
    """Forget one article, so the next run writes it again."""
    found = params.open_state(state_path).forget(url)
    click.echo("forgotten" if found else "not in the state")
    sys.exit(0 if found else 1)


@cli.command()
@params.state_option
@click.option("--redis", "redis_url", metavar="URL", help="Read the workers' story index from this Redis instead.")
@click.option("--since", type=WHEN, default="1d", show_default=True, help="Stories with a record written since.")
@click.option("--json", "as_json", is_flag=True, help="One JSON object per story (JSON Lines).")
def stories(state_path, redis_url, since, as_json) -> None:
    """The stories the runs wrote, by the number of outlets that carried them.

    Every record written by a run with a state carries `story` (one id for every outlet's copy of the
    same story) and `copy_of` (the first record of it, null for that one). This lists the stories with a
    record written since --since: first title, first publisher and time, then the others.

    \b
    Examples:
      newsscrape stories --state news.sqlite --since 1d
      newsscrape stories --state news.sqlite --json | jq 'select(.outlets >= 5) | .records[0].title'
    """
    since_text = since.isoformat(timespec="seconds")
    if redis_url:
        check(checks.redis_url, redis_url)
        from .run.redis import RedisState

        try:
            found = RedisState(redis_url).stories().listing(since_text)
        except Exception as exc:
            fail(f"cannot reach Redis at {redis_url}: {type(exc).__name__}", exits.UNAVAILABLE)
    else:
        found = params.open_state(state_path).stories().listing(since_text)
    if as_json:
        for entry in found:
            click.echo(json.dumps(entry, ensure_ascii=False))
        return
    if not found:
        click.echo(f"no story written since {since_text}")
        return
    for entry in found:
        first, *others = entry["records"]
        click.echo(f"{entry['outlets']:>3} outlets  {first['written']}  {first['publisher']}  {first['title']}")
        for other in others:
            click.echo(f"{'':>13}{other['written']}  {other['publisher']}  {other['title']}")


@cli.command()
@params.state_option
@click.option("--redis", "redis_url", metavar="URL", help="Read the workers' history from this Redis instead.")
@click.option("--runs", default=10, show_default=True, type=click.IntRange(min=2),
              help="Judge the last run against the runs before it, this many in all.")
@click.option("--min-history", default=3, show_default=True, type=click.IntRange(min=1),
              help="Earlier runs a publisher needs before it is judged.")
@click.option("--fall", default=0.5, show_default=True, type=click.FloatRange(0, 1, min_open=True, max_open=True),
              help="A figure under this share of its usual value is flagged.")
@click.option("--json", "as_json", is_flag=True, help="One JSON object per publisher (JSON Lines).")
def health(state_path, redis_url, runs, min_history, fall, as_json) -> None:
    """Per publisher: the last run against its own history; exit 1 when anything fell.

    Each crawl and warc run with a state records, per publisher, what it fetched, wrote and skipped and
    how often each field was filled (title, date, source, related lists, authors, subtitle, body words).
    A publisher whose articles, a field's fill rate or its body length fell under half its usual value
    (the median of its earlier runs), or whose errors rose, is flagged with the reason.

    \b
    Examples:
      newsscrape health --state youm7.sqlite
      newsscrape health || mail -s "newsscrape: a publisher changed" me@example.org   # --incremental's state
      newsscrape health --redis redis://db:6379/0 --json | jq 'select(.flags != [])'
    """
    from .run.health import Rules, judge, table
    from .run.health import as_json as verdict_json

    if redis_url:
        check(checks.redis_url, redis_url)
        from .run.redis import RedisState

        try:
            store = RedisState(redis_url)
            history = store.runs(runs)
        except Exception as exc:
            fail(f"cannot reach Redis at {redis_url}: {type(exc).__name__}", exits.UNAVAILABLE)
        where = redis_url
    else:
        store = params.open_state(state_path)
        history = store.runs(runs)
        where = str(store.path)
    rules = Rules(min_history=min_history, fall=fall)
    if not history:
        click.echo(f"{where}: no run has recorded its figures yet (crawl or warc with this state): nothing to judge")
        return
    verdicts = judge([entry["publishers"] for entry in history], rules)
    if as_json:
        for verdict in verdicts:
            click.echo(json.dumps(verdict_json(verdict), ensure_ascii=False))
    else:
        last = history[-1]
        click.echo(f"{where}: the last run ({last['kind']}, {last['started']}, {last['reason']}) against "
                   f"{len(history) - 1} earlier run{'s' * (len(history) != 2)}; a publisher is judged after "
                   f"{min_history} earlier runs of its own")
        for line in table(verdicts, rules):
            click.echo(line)
    sys.exit(exits.PAGE_ERRORS if any(v.flags for v in verdicts) else exits.OK)


@cli.command()
@click.argument("source", metavar="FILE|-")
@click.option("--title", help="The article's headline, when the dump does not start with it.")
@params.output_options
def segment(source, title, append, overwrite) -> None:
    """Split a plain-text article dump into body, source and related lists (one JSON line).

    \b
    Example:
      newsscrape segment article.txt | jq '.source, (.related[] | .kind + " " + .title)'
    """
    from .extract.decode import decode
    from .segment import segment_text

    try:
        data = sys.stdin.buffer.read() if source == "-" else Path(source).read_bytes()
    except OSError as exc:
        raise click.UsageError(f"{source}: {reason(exc)}") from None
    try:
        text = decode(data, None)[0]                  # UTF-8, windows-1256 and the rest, as extract reads them
    except ExtractionError as exc:
        fail(f"{source}: {reason(exc)}", exits.PAGE_ERRORS)
    if not text.strip():
        fail(f"{source}: empty: nothing to segment", exits.PAGE_ERRORS)
    if _looks_like_html(text):
        raise click.UsageError(f"{source}: this is HTML, not a text dump: use 'newsscrape extract {source}'")
    with records_out(append, overwrite) as out:
        out.write(segment_text(text, title=title))


def _made_folder(path: Path) -> Path:
    """A state file in a folder of newsscrape's own choosing (the default state, a --resume job): the
    folder is made. A --state PATH the user typed is never (a typo would start a fresh state)."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise click.UsageError(f"{path.parent}: cannot create ({reason(exc)})") from None
    return path


def _looks_like_html(text: str) -> bool:
    head = text.lstrip()[:2048].lower()
    return head.startswith(("<!doctype html", "<html", "<?xml")) or ("<body" in head and "</" in head)


@cli.command()
@click.option("--json", "as_json", is_flag=True, help="One JSON object per profile.")
def sites(as_json) -> None:
    """List the publishers: slug, name, country, domains, discovery, time zone, and whether a
    hand-made profile (rules of its own) exists; the others use the generic rules and discovery.

    \b
    Examples:
      newsscrape sites
      newsscrape sites --json | jq -r 'select(.country == "EG") | .slug'
    """
    import json

    from .sites import all_profiles

    for p in all_profiles():
        if as_json:
            click.echo(json.dumps(p.describe(), ensure_ascii=False))
        else:
            click.echo(f"{p.slug:<18} {p.name_latin[:30]:<31} {p.country or '-':<3} {p.domains[0]:<22} "
                       f"{'+'.join(p.discovery_kinds()):<16} {p.timezone or '-':<18} "
                       f"{'profile' if p.handmade else 'generic'}")


@cli.command()
@click.argument("source", metavar="FILE.jsonl|-")
@click.option("--show", default=5, show_default=True, help="How many invalid lines to describe.")
def validate(source, show) -> None:
    """Check every line of a JSON Lines file against the record schema.

    Prints the count of valid and invalid lines with the first reasons; exit 1 if any is invalid.

    \b
    Example:
      newsscrape validate youm7.jsonl
    """
    from .record import validate_lines

    try:
        stream = sys.stdin.buffer if source == "-" else open(source, "rb")  # noqa: SIM115
    except OSError as exc:
        raise click.UsageError(f"{source}: {reason(exc)}") from None
    with stream:
        head = stream.peek(512)[:512] if hasattr(stream, "peek") else b""
        if head.startswith(b"\x1f\x8b"):
            raise click.UsageError(f"{source}: gzip-compressed: zcat {source} | newsscrape validate -")
        if b"\x00" in head:
            raise click.UsageError(f"{source}: a binary file, not JSON Lines")
        try:
            valid, invalid = validate_lines((line.decode("utf-8") for line in stream),
                                            lambda n, problem: click.echo(f"line {n}: {problem}", err=True), show)
        except UnicodeDecodeError:
            raise click.UsageError(f"{source}: not UTF-8 text (JSON Lines are UTF-8; a binary or "
                                   "windows-1256 file?)") from None
    click.echo(f"{valid} valid, {invalid} invalid")
    sys.exit(exits.PAGE_ERRORS if invalid else exits.OK)


class Stopped(BaseException):
    """SIGTERM before the command handles it itself (a run installs its own handler once it is up)."""

    def __init__(self, signum: int):
        super().__init__(signum)
        self.signum = signum


def _stop(signum, frame) -> None:
    raise Stopped(signum)


# What a stop before a run's own handler says: for the runs, their summary of nothing done.
_EARLY_STOP = {"crawl": "stopped before the crawl began: 0 pages fetched, 0 articles written (shutdown)",
               "worker": "stopped before the crawl began: 0 pages fetched, 0 articles written (shutdown)",
               "warc": "stopped before the run began: 0 responses read, 0 articles written (shutdown)"}


def main() -> None:
    """Entry point. Usage errors are one line on stderr and exit 2 (never Click's usage block); an
    error the user can act on is one line and its status; anything else is a bug: one line, exit 70.
    SIGTERM is heard from here on (before Scrapy, lxml and Twisted load): one line, exit 143."""
    import signal

    signal.signal(signal.SIGTERM, _stop)
    try:
        cli.main(prog_name="newsscrape", standalone_mode=False)
    except Stopped as stop:
        command = next((a for a in sys.argv[1:] if not a.startswith("-")), "")
        fail(_EARLY_STOP.get(command, "stopped"), 128 + stop.signum)
    except click.UsageError as exc:
        where = exc.ctx.command_path if exc.ctx is not None else "newsscrape"
        click.echo(f"{where}: {exc.format_message()} (see --help)", err=True)
        sys.exit(exits.USAGE)
    except click.ClickException as exc:
        fail(exc.format_message(), exc.exit_code)
    except (KeyboardInterrupt, click.exceptions.Abort):
        sys.exit(130)
    except NewsscrapeError as exc:
        fail(exc, exc.exit_status)
    except Exception as exc:
        if os.environ.get("NEWSSCRAPE_TRACEBACK"):
            raise
        fail(f"internal error: {params.bug(exc)} (a bug in newsscrape {__version__}: please report it; "
             "NEWSSCRAPE_TRACEBACK=1 shows the traceback)", exits.INTERNAL)


if __name__ == "__main__":
    main()
