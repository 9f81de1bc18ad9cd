#!/usr/bin/env python3
"""Fetches the employee-facing pages of a running passkey-guide server, as an iPhone Safari
and a Windows Edge user, and saves them for the Nu HTML Checker (see scripts/audit-pages.sh).

Starting from a few seeds per "job" (the generic guide, a tenant's guide, a strict tenant's
guide, a personal link), it follows same-origin <a href> links inside the job's prefix: GET
pages only, never /admin, /api, /journey (POST forms), /pkg or the hand-off redirect.

Writes OUT/pages/NNNN.html (the bodies), OUT/pages/NNNN.headers and OUT/pages.tsv:
id, ua, job, status, url, file, content-type, cache-control, nonce, meta-description, csp.
"""

import argparse
import csv
import html.parser
import os
import re
import sys
import urllib.error
import urllib.parse
import urllib.request
from collections import deque

USER_AGENTS = {
    "iphone-safari": (
        "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 "
        "(KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1"
    ),
    "windows-edge": (
        "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
        "Chrome/131.0.0.0 Safari/537.36 Edg/131.0.0.0"
    ),
}

# Never crawled: the admin console, APIs, POST-only endpoints, assets, operational endpoints,
# and the hand-off (a redirect to Microsoft's sign-in).
EXCLUDED = re.compile(
    r"^(/t/[^/]+)?/(admin|api|journey|pkg|healthz|readyz|metrics|brand\.css|logo|favicon\.svg"
    r"|console-passkey\.js)(/|$)|/handoff$"
)


class Links(html.parser.HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.hrefs = []
        self.meta_description = False

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "a" and a.get("href"):
            self.hrefs.append(a["href"])
        if tag == "meta" and (a.get("name") or "").lower() == "description" and a.get("content"):
            self.meta_description = True


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


OPENER = urllib.request.build_opener(NoRedirect)


def fetch(url, ua, cookie=None):
    headers = {"User-Agent": ua, "Accept": "text/html", "Accept-Language": "en"}
    if cookie:
        headers["Cookie"] = cookie
    req = urllib.request.Request(url, headers=headers)
    try:
        with OPENER.open(req, timeout=30) as res:
            return res.status, res.headers, res.read()
    except urllib.error.HTTPError as e:  # 3xx (not followed), 4xx and 5xx
        return e.code, e.headers, e.read()


def normalise(base, page_url, href, prefix, device_param):
    """The URL to crawl for a link, or None. Drops fragments and `lang` variants (the seeds
    hold a few); keeps `?device=` only on the job's start page, when the job asks for it."""
    url = urllib.parse.urljoin(page_url, href)
    parts = urllib.parse.urlsplit(url)
    origin = urllib.parse.urlsplit(base)
    if (parts.scheme, parts.netloc) != (origin.scheme, origin.netloc):
        return None
    path = parts.path or "/"
    if not path.startswith(prefix) or EXCLUDED.search(path):
        return None
    if prefix == "/" and path.startswith("/t/"):
        return None
    query = urllib.parse.parse_qsl(parts.query, keep_blank_values=True)
    kept = [(k, v) for k, v in query if k == "device" and device_param and path == prefix]
    dropped = [k for k, _ in query if k not in ("device", "lang")]
    if dropped:
        print(f"  note: dropped query {dropped} of {path}", file=sys.stderr)
    q = urllib.parse.urlencode(kept)
    return urllib.parse.urlunsplit((origin.scheme, origin.netloc, path, q, ""))


class Recorder:
    def __init__(self, out):
        self.out = out
        os.makedirs(os.path.join(out, "pages"), exist_ok=True)
        self.rows = []

    def record(self, ua_name, job, url, status, headers, body):
        n = len(self.rows) + 1
        name = f"{n:04d}"
        ctype = headers.get("Content-Type", "")
        csp = headers.get("Content-Security-Policy", "")
        m = re.search(r"'nonce-([^']+)'", csp)
        meta = "-"
        if ctype.startswith("text/html"):
            with open(os.path.join(self.out, "pages", name + ".html"), "wb") as f:
                f.write(body)
            p = Links()
            p.feed(body.decode("utf-8", "replace"))
            meta = "yes" if p.meta_description else "no"
        with open(os.path.join(self.out, "pages", name + ".headers"), "w") as f:
            f.write(f"{status} {url}\n")
            for k, v in headers.items():
                f.write(f"{k}: {v}\n")
        self.rows.append(
            [name, ua_name, job, str(status), url,
             f"pages/{name}.html" if ctype.startswith("text/html") else "-",
             ctype, headers.get("Cache-Control", "-"), m.group(1) if m else "-", meta,
             "yes" if csp else "no"]
        )

    def save(self):
        with open(os.path.join(self.out, "pages.tsv"), "w", newline="") as f:
            w = csv.writer(f, delimiter="\t", lineterminator="\n")
            w.writerow(["id", "ua", "job", "status", "url", "file", "content_type",
                        "cache_control", "nonce", "meta_description", "csp"])
            w.writerows(self.rows)


def crawl(rec, base, ua_name, job, seeds, prefix, cookie, device_param, max_pages):
    ua = USER_AGENTS[ua_name]
    queue = deque(urllib.parse.urljoin(base, s) for s in seeds)
    seen = set(queue)
    count = 0
    while queue and count < max_pages:
        url = queue.popleft()
        status, headers, body = fetch(url, ua, cookie)
        count += 1
        rec.record(ua_name, job, url, status, headers, body)
        if status in (301, 302, 303, 307, 308):
            loc = headers.get("Location")
            nxt = loc and normalise(base, url, loc, prefix, device_param)
            if nxt and nxt not in seen:
                seen.add(nxt)
                queue.append(nxt)
            continue
        if not headers.get("Content-Type", "").startswith("text/html"):
            continue
        p = Links()
        p.feed(body.decode("utf-8", "replace"))
        for href in p.hrefs:
            nxt = normalise(base, url, href, prefix, device_param)
            if nxt and nxt not in seen:
                seen.add(nxt)
                queue.append(nxt)
    if queue:
        print(f"  {ua_name}/{job}: stopped at {max_pages} pages, {len(queue)} left",
              file=sys.stderr)
    print(f"  {ua_name}/{job}: {count} pages", file=sys.stderr)


def open_link(rec, base, ua_name, link):
    """Opens a personal link as a mail click would: expects a 303 that sets `pg_link`.
    Returns (cookie header, landing URL)."""
    status, headers, body = fetch(link, USER_AGENTS[ua_name])
    rec.record(ua_name, "personal", link, status, headers, body)
    cookies = []
    for value in headers.get_all("Set-Cookie") or []:
        pair = value.split(";", 1)[0]
        cookies.append(pair)
    cookie = "; ".join(cookies)
    if status != 303 or "pg_link=" not in cookie:
        sys.exit(f"personal link {link}: expected a 303 setting pg_link, got {status} "
                 f"with cookies {cookies!r}")
    return cookie, urllib.parse.urljoin(link, headers["Location"])


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--base", required=True)
    ap.add_argument("--out", required=True)
    ap.add_argument("--tenant", required=True)
    ap.add_argument("--strict-tenant", required=True)
    ap.add_argument("--links-csv", required=True)
    ap.add_argument("--max-pages", type=int, default=300, help="per user agent and job")
    a = ap.parse_args()

    with open(a.links_csv, newline="") as f:
        link = next(csv.DictReader(f))["link"]
    token = link.rstrip("/").rsplit("/", 1)[1]
    t = f"/t/{a.tenant}"
    s = f"/t/{a.strict_tenant}"
    rec = Recorder(a.out)
    for ua_name in USER_AGENTS:
        # The generic guide, every device's flows (through the "Not your device?" picker).
        crawl(rec, a.base, ua_name, "generic",
              ["/", "/help", "/link/xyz", "/no-such-page", "/guide/no-such-flow",
               "/?lang=de", "/?lang=ja"],
              "/", None, True, a.max_pages)
        # A tenant's guide, anonymously: this device's flows only.
        crawl(rec, a.base, ua_name, "tenant",
              [f"{t}/", f"{t}/help", f"{t}/link/xyz", f"{t}/no-such-page",
               f"{t}/unsubscribe/{token}", f"{t}/unsubscribe/xyz"],
              f"{t}/", None, False, a.max_pages)
        crawl(rec, a.base, ua_name, "strict", [f"{s}/"], f"{s}/", None, False, a.max_pages)
        # A personal link opened from the rollout mail, then the pages it leads to.
        cookie, landing = open_link(rec, a.base, ua_name, link)
        crawl(rec, a.base, ua_name, "personal", [landing, f"{t}/help"], f"{t}/", cookie,
              False, a.max_pages)
    rec.save()
    print(f"  {len(rec.rows)} responses saved in {a.out}", file=sys.stderr)


if __name__ == "__main__":
    main()
