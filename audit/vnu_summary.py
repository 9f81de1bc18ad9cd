#!/usr/bin/env python3
"""Groups the Nu HTML Checker's JSON output (`vnu --format json`) by message and prints, for
each, how often it occurs and on which pages (see scripts/audit-pages.sh).

A page's CSP nonce is replaced by {nonce} in messages so that one cause is one group.
Exits 1 when there are errors (or fatal errors), 0 otherwise.
"""

import csv
import json
import os
import re
import sys
from collections import Counter, OrderedDict

MAX_PAGES_LISTED = int(os.environ.get("AUDIT_MAX_PAGES_LISTED", "12"))


def page_key(row):
    return f"{row['ua']} {row['job']} {row['status']} {row['url']}"


def kind_of(row):
    """The page's template: /t/{slug}/guide/{flow}/step/{n}/stuck and so on."""
    path = re.sub(r"^https?://[^/]+", "", row["url"])
    path = re.sub(r"^/t/[^/]+", "/t/{slug}", path)
    path = re.sub(r"/guide/[^/?]+", "/guide/{flow}", path)
    path = re.sub(r"/step/\d+", "/step/{n}", path)
    path = re.sub(r"/(link|unsubscribe)/[A-Za-z0-9._-]{20,}", r"/\1/{token}", path)
    path = re.sub(r"\?device=.*", "?device={platform}", path)
    return f"{row['job']} {path}"


def main():
    out, vnu_json = sys.argv[1], sys.argv[2]
    with open(os.path.join(out, "pages.tsv"), newline="") as f:
        rows = list(csv.DictReader(f, delimiter="\t"))
    by_file = {os.path.abspath(os.path.join(out, r["file"])): r for r in rows if r["file"] != "-"}
    with open(vnu_json) as f:
        text = f.read().strip()
    messages = json.loads(text)["messages"] if text else []

    groups = OrderedDict()
    for m in messages:
        url = m.get("url", "")
        path = url[len("file:"):] if url.startswith("file:") else url
        row = by_file.get(os.path.abspath(path))
        kind = m.get("type", "?")
        if kind == "error" and m.get("subType") == "fatal":
            kind = "fatal"
        elif kind == "info" and m.get("subType") == "warning":
            kind = "warning"
        text = m.get("message", "")
        if row and row["nonce"] != "-":
            text = text.replace(row["nonce"], "{nonce}")
        extract = m.get("extract", "")
        if row and row["nonce"] != "-":
            extract = extract.replace(row["nonce"], "{nonce}")
        key = (kind, text)
        g = groups.setdefault(key, {"count": 0, "pages": OrderedDict(), "extract": extract,
                                    "kinds": Counter()})
        g["count"] += 1
        if row and page_key(row) not in g["pages"]:
            g["kinds"][kind_of(row)] += 1
        page = page_key(row) if row else path
        g["pages"][page] = g["pages"].get(page, 0) + 1

    checked = len(by_file)
    errors = sum(g["count"] for (k, _), g in groups.items() if k in ("error", "fatal"))
    order = {"fatal": 0, "error": 1, "warning": 2, "info": 3}
    print(f"Nu HTML Checker: {checked} pages checked, {errors} errors "
          f"in {sum(1 for (k, _) in groups if k in ('error', 'fatal'))} distinct messages")
    for (kind, text), g in sorted(groups.items(), key=lambda kv: (order.get(kv[0][0], 9),
                                                                 -kv[1]["count"])):
        print()
        print(f"[{kind}] {text}")
        print(f"  {g['count']} times on {len(g['pages'])} pages; e.g. “{g['extract'].strip()[:160]}”")
        kinds = ", ".join(f"{k} ({n})" for k, n in sorted(g["kinds"].items()))
        print(f"  page kinds (job path (pages)): {kinds}")
        for i, (page, n) in enumerate(g["pages"].items()):
            if i == MAX_PAGES_LISTED:
                print(f"  … and {len(g['pages']) - MAX_PAGES_LISTED} more pages")
                break
            print(f"  {n:4d}× {page}")
    error_files = set()
    for m in messages:
        if m.get("type") == "error":
            u = m.get("url", "")
            error_files.add(os.path.abspath(u[len("file:"):] if u.startswith("file:") else u))
    clean = [f for f in by_file if f not in error_files]
    print()
    print(f"{len(clean)} of {checked} pages have no errors")
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
