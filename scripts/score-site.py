#!/usr/bin/env python3
"""Scores question sets on a site of several articles against each alone.

Usage: scripts/score-site.py [--scope] [--max-loss N] [--tanya PATH] [--scorer PATH]
                             SET.jsonl:ARTICLE.md [SET.jsonl:ARTICLE.md ...]

Every ARTICLE.md (with its ARTICLE.json beside it, if any) goes into one
scratch corpus: the site. Each SET is asked twice through `tanya ask
--jsonl`: with its article alone in a corpus, and on the site, site-wide
(or, with --scope, scoped to its article by the JSONL "article" field).
The shared scorer (../shared/qa/score.py) judges every answer. Prints one
line per set and exits 1 when a set scores more than N points (default 3)
below its score alone, 0 otherwise.

(On a site a question another article answers, "Apa itu reksa dana?" with
an article on reksa dana, counts as a miss for a set that expects the
bot to decline it. Such misses are the site answering well.)
"""
import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
from concurrent.futures import ThreadPoolExecutor

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def run(tanya, scorer, questions, articles, scope):
    d = tempfile.mkdtemp(prefix="tanya-site-")
    try:
        os.makedirs(os.path.join(d, "corpus"))
        for md in articles:
            shutil.copy(md, os.path.join(d, "corpus"))
            if os.path.exists(md[:-3] + ".json"):
                shutil.copy(md[:-3] + ".json", os.path.join(d, "corpus"))
        items = [json.loads(line) for line in open(questions, encoding="utf-8") if line.strip()]
        lines, last = [], []
        for it in items:
            for i, turn in enumerate(it["turns"]):
                req = {"session": it["id"], "text": turn}
                if scope:
                    req["article"] = scope
                lines.append(json.dumps(req, ensure_ascii=False))
                last.append(it if i == len(it["turns"]) - 1 else None)
        p = subprocess.run([tanya, "ask", "--jsonl", "--corpus", os.path.join(d, "corpus"),
                            "--index", os.path.join(d, "index.db"), "--bot", os.path.join(ROOT, "bot")],
                           input="\n".join(lines) + "\n", capture_output=True, text=True, check=True)
        outs = [json.loads(line) for line in p.stdout.splitlines() if line.strip()]
        if len(outs) != len(lines):
            raise RuntimeError(f"{questions}: {len(outs)} answers for {len(lines)} questions\n{p.stderr}")
        return sum(1 for it, out in zip(last, outs) if it is not None and scorer.judge(it, out)[0]), len(items)
    finally:
        shutil.rmtree(d)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("pairs", nargs="+", help="SET.jsonl:ARTICLE.md")
    ap.add_argument("--scope", action="store_true", help="ask each set scoped to its article")
    ap.add_argument("--max-loss", type=float, default=3.0, help="points a set may lose on the site")
    ap.add_argument("--tanya", default=os.path.join(ROOT, "build", "tanya"))
    ap.add_argument("--scorer", default=os.path.join(ROOT, "..", "shared", "qa", "score.py"))
    o = ap.parse_args()
    sys.path.insert(0, os.path.dirname(os.path.abspath(o.scorer)))
    scorer = __import__(os.path.splitext(os.path.basename(o.scorer))[0])
    pairs = [p.rsplit(":", 1) for p in o.pairs]
    site = sorted({md for _, md in pairs})
    jobs = []
    for qs, md in pairs:
        slug = os.path.basename(md)[:-3]
        jobs += [(qs, [md], None), (qs, site, slug if o.scope else None)]
    with ThreadPoolExecutor(2) as ex:
        results = list(ex.map(lambda j: run(o.tanya, scorer, *j), jobs))
    ok = True
    print(f"site of {len(site)} articles, {'scoped' if o.scope else 'site-wide'}")
    for k, (qs, _) in enumerate(pairs):
        (a, n), (s, _) = results[2 * k], results[2 * k + 1]
        loss = 100.0 * (a - s) / n
        bad = loss > o.max_loss + 1e-9
        ok = ok and not bad
        print(f"{os.path.basename(qs):26s} alone {a}/{n} ({100 * a / n:.1f}%)  site {s}/{n} "
              f"({100 * s / n:.1f}%)  {s - a:+d}{'  FAIL' if bad else ''}")
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
