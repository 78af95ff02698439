#!/usr/bin/env python3
"""Telegram's side of a webhook conversation, with the standard library only.

Used by deploy/test-nginx.sh:

  telegram.py api --port-file F --log L
      A fake Bot API on 127.0.0.1 (any free port, written to F). Every call
      (POST /bot<token>/<method>) is appended to L as one JSON line
      {"method": ..., "body": {...}} and answered {"ok": true}.

  telegram.py send --url URL --secret S [--cafile C] --first-update N
                   --count K [--concurrency 8] --accepted A
      Delivers K updates (update_id N.., each from its own chat N..) the way
      Telegram does: an update is retried until the webhook answers 200, so
      a 502 or 429 while a replica dies is not a loss. Each accepted
      update_id is appended to A as soon as it is accepted.

  telegram.py verify --log L --accepted A [--timeout 60]
      Waits until every accepted update has had its reply sent to the API
      (sendMessage to the update's chat) and prints
      {"accepted", "answered", "lost", "duplicates"}; exits 1 if one is lost.

  telegram.py replies --log L --chat ID [--wait-for K] [--timeout 20]
      The texts sent to one chat, in order, as a JSON list, once at least K
      arrived (or after the timeout).
"""
import argparse
import json
import os
import ssl
import sys
import threading
import time
import urllib.error
import urllib.request
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

QUESTIONS = [
    "Apa itu kerja sama bilateral?",
    "Apa saja bentuk kerja sama internasional?",
    "Apa tujuan kerja sama internasional?",
    "Apa manfaat kerja sama regional?",
    "Contoh kerja sama multilateral?",
]


def api(args):
    lock = threading.Lock()
    log = open(args.log, "a", buffering=1)

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self):
            n = int(self.headers.get("Content-Length", "0"))
            raw = self.rfile.read(n)
            try:
                body = json.loads(raw)
            except ValueError:
                body = {"unparsed": raw.decode("utf-8", "replace")}
            method = self.path.rsplit("/", 1)[-1]
            with lock:
                log.write(json.dumps({"method": method, "body": body}) + "\n")
            out = json.dumps({"ok": True, "result": {"message_id": 1}}).encode()
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(out)))
            self.end_headers()
            self.wfile.write(out)

        def log_message(self, *_):
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    tmp = args.port_file + ".tmp"
    with open(tmp, "w") as f:
        f.write(str(server.server_address[1]))
    os.replace(tmp, args.port_file)
    server.serve_forever()


def post(url, secret, body, context):
    req = urllib.request.Request(url, data=json.dumps(body).encode(), method="POST", headers={
        "Content-Type": "application/json",
        "X-Telegram-Bot-Api-Secret-Token": secret,
    })
    try:
        with urllib.request.urlopen(req, timeout=10, context=context) as r:
            return r.status
    except urllib.error.HTTPError as e:
        return e.code
    except (OSError, urllib.error.URLError):
        return 0


def send(args):
    context = ssl.create_default_context(cafile=args.cafile) if args.url.startswith("https") \
        else None
    lock = threading.Lock()
    accepted = open(args.accepted, "a", buffering=1)
    todo = list(range(args.first_update, args.first_update + args.count))
    stats = {"accepted": 0, "retries": 0, "codes": {}}
    deadline = time.monotonic() + args.timeout

    def worker():
        while True:
            with lock:
                if not todo:
                    return
                update_id = todo.pop(0)
            update = {"update_id": update_id, "message": {
                "message_id": 1, "date": int(time.time()), "text":
                QUESTIONS[update_id % len(QUESTIONS)],
                "chat": {"id": update_id, "type": "private"},
                "from": {"id": update_id, "is_bot": False, "first_name": "Load"}}}
            while True:
                code = post(args.url, args.secret, update, context)
                with lock:
                    stats["codes"][str(code)] = stats["codes"].get(str(code), 0) + 1
                    if code == 200:
                        stats["accepted"] += 1
                        accepted.write(f"{update_id}\n")
                        break
                    stats["retries"] += 1
                if time.monotonic() > deadline:
                    return
                time.sleep(0.2)  # Telegram backs off too

    threads = [threading.Thread(target=worker) for _ in range(args.concurrency)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    print(json.dumps(stats))
    return 0 if stats["accepted"] == args.count else 1


def read_log(path):
    calls = []
    try:
        with open(path) as f:
            for line in f:
                if line.endswith("\n"):
                    calls.append(json.loads(line))
    except FileNotFoundError:
        pass
    return calls


def sent_to(calls, chat):
    return [c["body"].get("text", "") for c in calls
            if c["method"] == "sendMessage" and c["body"].get("chat_id") == chat]


def verify(args):
    with open(args.accepted) as f:
        accepted = {int(line) for line in f if line.strip()}
    deadline = time.monotonic() + args.timeout
    while True:
        counts = {}
        for c in read_log(args.log):
            if c["method"] == "sendMessage":
                chat = c["body"].get("chat_id")
                counts[chat] = counts.get(chat, 0) + 1
        lost = sorted(u for u in accepted if counts.get(u, 0) == 0)
        if not lost or time.monotonic() > deadline:
            break
        time.sleep(0.25)
    result = {"accepted": len(accepted), "answered": len(accepted) - len(lost),
              "lost": len(lost), "lost_ids": lost[:10],
              "duplicates": sum(max(counts.get(u, 0) - 1, 0) for u in accepted)}
    print(json.dumps(result))
    return 0 if not lost and accepted else 1


def replies(args):
    deadline = time.monotonic() + args.timeout
    while True:
        texts = sent_to(read_log(args.log), args.chat)
        if len(texts) >= args.wait_for or time.monotonic() > deadline:
            break
        time.sleep(0.1)
    print(json.dumps(texts, ensure_ascii=False))
    return 0


def main():
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    sub = p.add_subparsers(dest="command", required=True)
    a = sub.add_parser("api")
    a.add_argument("--port-file", required=True)
    a.add_argument("--log", required=True)
    s = sub.add_parser("send")
    s.add_argument("--url", required=True)
    s.add_argument("--secret", required=True)
    s.add_argument("--cafile")
    s.add_argument("--first-update", type=int, required=True)
    s.add_argument("--count", type=int, required=True)
    s.add_argument("--concurrency", type=int, default=8)
    s.add_argument("--accepted", required=True)
    s.add_argument("--timeout", type=float, default=90)
    v = sub.add_parser("verify")
    v.add_argument("--log", required=True)
    v.add_argument("--accepted", required=True)
    v.add_argument("--timeout", type=float, default=60)
    r = sub.add_parser("replies")
    r.add_argument("--log", required=True)
    r.add_argument("--chat", type=int, required=True)
    r.add_argument("--wait-for", type=int, default=1)
    r.add_argument("--timeout", type=float, default=20)
    args = p.parse_args()
    return {"api": api, "send": send, "verify": verify, "replies": replies}[args.command](args)


if __name__ == "__main__":
    sys.exit(main())
