#!/usr/bin/env python3
"""A bounded hostile run: random kills of the crawl, of its writer process, of an extraction process, of
the writer and the crawl together, then Redis restarts and stalls under `--redis` workers; after each
sequence, a clean rerun. It ends with every article exactly once and only whole lines, or says what broke.

    python tests/hostile_run.py --rounds 20 --seed 7        # from the checkout, with newsscrape installed

The site is served on 127.0.0.1 from pages written here; redis-server must be installed for the Redis
part (skipped with a note otherwise). `tests/test_hostile_run.py` runs a few rounds of it in the suite.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from conftest import PARA  # noqa: E402
from mirror import Mirror, news_sitemap  # noqa: E402

ARTICLES = 150
SQLITE_KINDS = ("crawl", "writer", "pool", "writer+crawl")
REDIS_KINDS = ("redis-restart", "redis-stall", "worker")


def page(i: int) -> str:
    body = "".join(f"<p>الفقرة {k} من الخبر {i}: {PARA[k % 4]}</p>" for k in range(12))
    return (f'<!DOCTYPE html><html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>خبر {i}</title>'
            f"</head><body><article><h1>خبر رقم {i} عن المحادثات الجارية بين الوفدين</h1>{body}</article>"
            "</body></html>")


def serve() -> tuple[Mirror, list[str]]:
    m = Mirror().start()
    paths = [f"/news/2024/05/01/story-{i}" for i in range(ARTICLES)]
    for i, path in enumerate(paths):
        m.add(path, page(i))
        m.slow[path] = 0.02
    m.add("/sitemap.xml", news_sitemap(m, [(p, None) for p in paths]), ctype="application/xml")
    return m, paths


def children(pid: int) -> list[tuple[int, str]]:
    """(pid, command line) of ``pid``'s children."""
    out = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            ppid = int((entry / "stat").read_text().rsplit(")", 1)[1].split()[1])
            if ppid == pid:
                out.append((int(entry.name), (entry / "cmdline").read_bytes().replace(b"\0", b" ").decode()))
        except (OSError, IndexError, ValueError):
            continue
    return out


def kill(pid: int | None, sig: int = signal.SIGKILL) -> None:
    if pid is not None:
        try:
            os.kill(pid, sig)
        except ProcessLookupError:
            pass


def writer_of(proc: subprocess.Popen) -> int | None:
    return next((p for p, cmd in children(proc.pid) if "linewriter.py" in cmd), None)


def pool_process_of(proc: subprocess.Popen) -> int | None:
    return next((p for p, cmd in children(proc.pid) if "linewriter.py" not in cmd), None)


def finish(proc: subprocess.Popen, timeout: float = 120) -> str:
    """The run's stderr once every process holding it (the writer included) has ended."""
    try:
        _, err = proc.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        proc.kill()
        _, err = proc.communicate()
    return err


def check(out: Path, paths: list[str], what: str) -> list[str]:
    """Whole lines, each article at most once (all of them: once a clean run has followed)."""
    data = out.read_bytes() if out.exists() else b""
    problems = []
    if data and not data.endswith(b"\n"):
        problems.append(f"{what}: a partial last line")
    urls = []
    for n, line in enumerate(data.splitlines(), 1):
        try:
            urls.append(json.loads(line)["url"].split("/", 3)[3])
        except (ValueError, KeyError, IndexError):
            problems.append(f"{what}: line {n} is not a whole record")
    twice = len(urls) - len(set(urls))
    if twice:
        problems.append(f"{what}: {twice} articles written twice")
    return problems


def lines(out: Path) -> int:
    return out.read_bytes().count(b"\n") if out.exists() else 0


def wait_for_lines(out: Path, n: int, proc: subprocess.Popen, limit: float = 30) -> None:
    deadline = time.monotonic() + limit
    while time.monotonic() < deadline and proc.poll() is None:
        if out.exists() and out.read_bytes().count(b"\n") >= n:
            return
        time.sleep(0.01)


def sqlite_rounds(cli: list[str], site: Mirror, paths: list[str], work: Path, rounds: int,
                  rng: random.Random, say: Callable[[str], None]) -> list[str]:
    out, state = work / "sqlite.jsonl", work / "state.sqlite"
    cmd = [*cli, "crawl", site.url("/sitemap.xml"), "-o", str(out), "--state", str(state), "--delay", "0",
           "--concurrency", "4", "--processes", "2"]
    problems: list[str] = []
    for n in range(rounds):
        kind = rng.choice(SQLITE_KINDS)
        proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        wait_for_lines(out, lines(out) + rng.randint(1, 8), proc)
        if kind == "crawl":
            kill(proc.pid)
        elif kind == "writer":
            kill(writer_of(proc))
        elif kind == "writer+crawl":
            writer = writer_of(proc)
            kill(proc.pid)
            kill(writer)
        else:                                         # a pool process, then a stop a little later
            kill(pool_process_of(proc))
            time.sleep(rng.uniform(0.1, 0.5))
            kill(proc.pid, signal.SIGTERM)
        finish(proc)
        found = check(out, paths, f"sqlite round {n} ({kind})")
        say(f"sqlite round {n}: killed the {kind}; {lines(out)} lines" + (f"; {found}" if found else ""))
        problems += found
    return problems + clean_run(cmd, out, paths, "sqlite")


def clean_run(cmd: list[str], out: Path, paths: list[str], what: str) -> list[str]:
    """A run that nobody kills; then every article must be in the file exactly once."""
    rest = subprocess.run(cmd, capture_output=True, text=True, timeout=300)
    problems = check(out, paths, f"{what}, after the clean run")
    written = {json.loads(line)["url"].split("/", 3)[3] for line in out.read_bytes().splitlines()}
    if written != {p.lstrip("/") for p in paths}:
        problems.append(f"{what}: {len(paths) - len(written)} articles never written ({rest.stderr[-300:]})")
    return problems


def redis_server(work: Path, port: int, durable: bool = True) -> subprocess.Popen:
    """redis-server on ``port``; ``durable``: every write in its append-only file before it answers."""
    persistence = ["--appendonly", "yes", "--appendfsync", "always"] if durable else ["--appendonly", "no"]
    return subprocess.Popen([shutil.which("redis-server"), "--port", str(port), "--bind", "127.0.0.1", "--save", "",
                             *persistence, "--dir", str(work)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def ping(port: int) -> None:
    """Wait until the server on ``port`` answers PING (10 s at most)."""
    for _ in range(200):
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.5) as s:
                s.sendall(b"PING\r\n")
                if s.recv(16).startswith(b"+PONG"):
                    return
        except OSError:
            pass
        time.sleep(0.05)


def redis_rounds(cli: list[str], site: Mirror, paths: list[str], work: Path, rounds: int,
                 rng: random.Random, say: Callable[[str], None]) -> list[str]:
    if shutil.which("redis-server") is None:
        say("redis-server is not installed: the Redis part is skipped")
        return []
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    folder = work / "redis"
    folder.mkdir(exist_ok=True)
    server = redis_server(folder, port)
    ping(port)
    out = work / "redis.jsonl"
    cmd = [*cli, "crawl", site.url("/sitemap.xml"), "--redis", f"redis://127.0.0.1:{port}/0", "-o", str(out),
           "--delay", "0", "--concurrency", "4", "-s", "NEWSSCRAPE_REDIS_HEARTBEAT=1",
           "-s", "NEWSSCRAPE_REDIS_OUTAGE=20"]
    problems: list[str] = []
    try:
        for n in range(rounds):
            kind = REDIS_KINDS[n % len(REDIS_KINDS)] if n < len(REDIS_KINDS) else rng.choice(REDIS_KINDS)
            proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
            wait_for_lines(out, lines(out) + rng.randint(1, 8), proc)
            if kind == "redis-restart":
                server.terminate()
                server.wait()
                time.sleep(rng.uniform(1, 3))
                server = redis_server(folder, port)
                ping(port)
            elif kind == "redis-stall":
                server.send_signal(signal.SIGSTOP)
                time.sleep(rng.uniform(1, 3))
                server.send_signal(signal.SIGCONT)
            else:
                kill(proc.pid)
            time.sleep(rng.uniform(0.2, 1.0))
            kill(proc.pid, signal.SIGTERM)
            finish(proc)
            time.sleep(1.2)                            # the heartbeat of a killed worker expires
            found = check(out, paths, f"redis round {n} ({kind})")
            say(f"redis round {n}: {kind}; {lines(out)} lines" + (f"; {found}" if found else ""))
            problems += found
        problems += clean_run(cmd, out, paths, "redis")
    finally:
        server.send_signal(signal.SIGCONT)
        server.terminate()
        server.wait()
    return problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rounds", type=int, default=12, help="killed runs on each path")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--work", type=Path, help="a folder for the outputs (default: a temporary one)")
    parser.add_argument("--cli", default=shutil.which("newsscrape") or "newsscrape")
    args = parser.parse_args(argv)
    import tempfile

    work = args.work or Path(tempfile.mkdtemp(prefix="hostile-run-"))
    work.mkdir(parents=True, exist_ok=True)
    rng = random.Random(args.seed)
    site, paths = serve()
    say = lambda line: print(line, flush=True)  # noqa: E731
    try:
        problems = sqlite_rounds([args.cli], site, paths, work, args.rounds, rng, say)
        problems += redis_rounds([args.cli], site, paths, work, max(3, args.rounds // 3), rng, say)
    finally:
        site.stop()
    for problem in problems:
        print("PROBLEM:", problem, flush=True)
    print("every article exactly once, whole lines" if not problems else f"{len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
