#!/usr/bin/env python3
"""Soak-test load on a running `tanya serve` (scripts/soak.sh starts it).

For --minutes, at steady rates, all at once:
  - WebSocket readers, each asking a question every --ws-interval seconds on
    one long-lived connection (answering the server's pings);
  - POST /api/ask every --http-interval seconds;
  - signed Telegram deliveries every --webhook-interval seconds, each from its
    own chat, every tenth delivered twice (a platform retry);
  - clients that vanish: connect and close, drop mid-request, or upgrade,
    send half a frame and reset;
  - SIGHUP to the server every --reload-interval seconds (an index reload).
RSS and open descriptors of the server are sampled every 5 s into
samples.csv. Writes report.json in --out and exits 1 if a bound is broken:
any error, RSS growing 10% or more over the last 20 minutes of a run of 50
minutes or more (sessions live 30 minutes, so memory rises until the first
expire; a shorter run is judged on its second half), or descriptors not
back to their baseline after the load.
Webhook replies are checked by soak.sh (exactly one per accepted update).
Standard library only.
"""
import argparse
import base64
import csv
import json
import os
import random
import signal
import socket
import statistics
import struct
import threading
import time
import urllib.error
import urllib.request

QUESTIONS = [
    "Apa itu kerja sama bilateral?",
    "Apa saja bentuk kerja sama internasional?",
    "apa tujuan kerjasama internasional?",
    "Apa manfaat kerja sama regional?",
    "Contohnya?",
    "What is multilateral cooperation?",
    "kenapa negara perlu kerja sama?",
    "Siapa presiden Amerika?",  # not in the article: declined
]


class WsClient:
    """A minimal RFC 6455 client: text frames, masked, pongs to pings."""

    def __init__(self, port, timeout=30.0):
        self.sock = socket.create_connection(("127.0.0.1", port), timeout=timeout)
        key = base64.b64encode(os.urandom(16)).decode()
        self.sock.sendall((
            f"GET /ws HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nUpgrade: websocket\r\n"
            f"Connection: Upgrade\r\nSec-WebSocket-Key: {key}\r\n"
            "Sec-WebSocket-Version: 13\r\n\r\n").encode())
        self.buf = b""
        while b"\r\n\r\n" not in self.buf:
            self._more()
        head, self.buf = self.buf.split(b"\r\n\r\n", 1)
        if not head.startswith(b"HTTP/1.1 101"):
            raise ConnectionError(head.split(b"\r\n", 1)[0].decode(errors="replace"))

    def _more(self):
        chunk = self.sock.recv(65536)
        if not chunk:
            raise ConnectionError("closed by the server")
        self.buf += chunk

    def _need(self, n):
        while len(self.buf) < n:
            self._more()

    def send(self, payload, opcode=1):
        if isinstance(payload, str):
            payload = payload.encode()
        mask = os.urandom(4)
        n = len(payload)
        if n < 126:
            head = bytes([0x80 | opcode, 0x80 | n])
        else:
            head = bytes([0x80 | opcode, 0x80 | 126]) + struct.pack("!H", n)
        body = bytes(b ^ mask[i % 4] for i, b in enumerate(payload))
        self.sock.sendall(head + mask + body)

    def recv_json(self):
        while True:
            self._need(2)
            opcode, n, offset = self.buf[0] & 0x0F, self.buf[1] & 0x7F, 2
            if n == 126:
                self._need(4)
                n, offset = struct.unpack("!H", self.buf[2:4])[0], 4
            elif n == 127:
                self._need(10)
                n, offset = struct.unpack("!Q", self.buf[2:10])[0], 10
            self._need(offset + n)
            payload, self.buf = self.buf[offset:offset + n], self.buf[offset + n:]
            if opcode == 9:
                self.send(payload, 10)
            elif opcode == 8:
                raise ConnectionError("close frame")
            elif opcode == 1:
                return json.loads(payload)

    def close(self):
        try:
            self.send(struct.pack("!H", 1000), 8)
            self.sock.close()
        except OSError:
            pass


class Soak:
    def __init__(self, args):
        self.args = args
        self.stop = threading.Event()
        self.lock = threading.Lock()
        self.counts = {}
        self.errors = []
        self.latency = {"ws": [], "http": []}
        self.accepted = open(args.accepted, "a", buffering=1)
        self.update_id = 9_000_000

    def count(self, name, n=1):
        with self.lock:
            self.counts[name] = self.counts.get(name, 0) + n

    def error(self, what):
        with self.lock:
            self.errors.append(f"{time.strftime('%H:%M:%S')} {what}")

    def every(self, seconds, step):
        """Calls step() every `seconds` (jittered start) until stopped."""
        next_at = time.monotonic() + random.uniform(0, seconds)
        while not self.stop.wait(max(0.0, next_at - time.monotonic())):
            step()
            next_at += seconds

    # --- load -------------------------------------------------------------

    def ws_reader(self, index):
        client = None
        asked = 0

        def step():
            nonlocal client, asked
            try:
                if client is None:
                    client = WsClient(self.args.port)
                    if client.recv_json().get("type") != "welcome":
                        raise ConnectionError("no welcome")
                    self.count("ws_connections")
                asked += 1
                question = QUESTIONS[(index + asked) % len(QUESTIONS)]
                started = time.monotonic()
                client.send(json.dumps({"type": "ask", "id": asked, "text": question}))
                reply = client.recv_json()
                if reply.get("type") != "answer" or reply.get("id") != asked:
                    raise ValueError(f"unexpected reply {str(reply)[:120]}")
                with self.lock:
                    self.latency["ws"].append(time.monotonic() - started)
                self.count("ws_answers")
            except (OSError, ValueError) as e:
                self.error(f"ws reader {index}: {e}")
                if client is not None:
                    client.close()
                client = None

        self.every(self.args.ws_interval, step)
        if client is not None:
            client.close()

    def http_asker(self):
        n = 0

        def step():
            nonlocal n
            n += 1
            body = json.dumps({"text": QUESTIONS[n % len(QUESTIONS)]}).encode()
            request = urllib.request.Request(
                f"http://127.0.0.1:{self.args.port}/api/ask", data=body, method="POST",
                headers={"Content-Type": "application/json"})
            started = time.monotonic()
            try:
                with urllib.request.urlopen(request, timeout=30) as response:
                    answer = json.loads(response.read())
                if not answer.get("answer"):
                    raise ValueError(f"no answer in {str(answer)[:120]}")
                with self.lock:
                    self.latency["http"].append(time.monotonic() - started)
                self.count("http_answers")
            except (OSError, ValueError, urllib.error.URLError) as e:
                self.error(f"/api/ask: {e}")

        self.every(self.args.http_interval, step)

    def deliver(self, update):
        request = urllib.request.Request(
            f"http://127.0.0.1:{self.args.port}/webhook/telegram",
            data=json.dumps(update).encode(), method="POST",
            headers={"Content-Type": "application/json",
                     "X-Telegram-Bot-Api-Secret-Token": self.args.secret})
        try:
            with urllib.request.urlopen(request, timeout=30) as response:
                return response.status
        except urllib.error.HTTPError as e:
            return e.code
        except (OSError, urllib.error.URLError):
            return 0

    def webhook_sender(self):
        def step():
            with self.lock:
                self.update_id += 1
                update_id = self.update_id
            update = {"update_id": update_id, "message": {
                "message_id": 1, "date": int(time.time()),
                "text": QUESTIONS[update_id % len(QUESTIONS)],
                "chat": {"id": update_id, "type": "private"},
                "from": {"id": update_id, "is_bot": False, "first_name": "Soak"}}}
            status = self.deliver(update)
            if status != 200:
                self.error(f"webhook update {update_id}: HTTP {status}")
                return
            self.accepted.write(f"{update_id}\n")
            self.count("webhooks_accepted")
            if update_id % 10 == 0:  # the platform did not see our 200: it retries
                status = self.deliver(update)
                if status != 200:
                    self.error(f"webhook retry {update_id}: HTTP {status}")
                self.count("webhooks_redelivered")

        self.every(self.args.webhook_interval, step)

    def vanisher(self):
        n = 0

        def step():
            nonlocal n
            n += 1
            kind = n % 3
            try:
                sock = socket.create_connection(("127.0.0.1", self.args.port), timeout=10)
                if kind == 1:  # half a request
                    sock.sendall(b"GET /healthz HTTP/1.1\r\nHost: x\r\nX-Half: ")
                elif kind == 2:  # an upgrade, then half a frame
                    key = base64.b64encode(os.urandom(16)).decode()
                    sock.sendall((
                        "GET /ws HTTP/1.1\r\nHost: x\r\nUpgrade: websocket\r\n"
                        f"Connection: Upgrade\r\nSec-WebSocket-Key: {key}\r\n"
                        "Sec-WebSocket-Version: 13\r\n\r\n").encode())
                    sock.recv(4096)
                    sock.sendall(bytes([0x81, 0xFE, 0x0F, 0xA0, 1, 2, 3, 4]) + b"abc")
                # Gone without a goodbye: a reset, not a FIN.
                sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
                sock.close()
                self.count("vanished")
            except OSError as e:
                self.error(f"vanishing client: {e}")

        self.every(self.args.vanish_interval, step)

    def reloader(self):
        def step():
            try:
                os.kill(self.args.pid, signal.SIGHUP)
                self.count("reloads_sent")
            except OSError as e:
                self.error(f"SIGHUP: {e}")

        self.every(self.args.reload_interval, step)

    # --- measurement ------------------------------------------------------

    def sample(self):
        with open(f"/proc/{self.args.pid}/status") as f:
            rss_kb = next(int(line.split()[1]) for line in f if line.startswith("VmRSS:"))
        fds = len(os.listdir(f"/proc/{self.args.pid}/fd"))
        return rss_kb, fds

    def sampler(self, writer, start):
        def step():
            rss_kb, fds = self.sample()
            writer.writerow([f"{time.monotonic() - start:.1f}", rss_kb, fds])

        self.every(5, step)

    def run(self):
        args = self.args
        baseline_fds = self.sample()[1]
        start = time.monotonic()
        with open(os.path.join(args.out, "samples.csv"), "w", newline="", buffering=1) as f:
            writer = csv.writer(f)
            writer.writerow(["seconds", "rss_kb", "fds"])
            writer.writerow(["0.0", *self.sample()])
            threads = [threading.Thread(target=self.ws_reader, args=(i,))
                       for i in range(args.ws_clients)]
            threads += [threading.Thread(target=t) for t in (
                self.http_asker, self.webhook_sender, self.vanisher, self.reloader)]
            threads.append(threading.Thread(target=self.sampler, args=(writer, start)))
            for t in threads:
                t.start()
            self.stop.wait(args.minutes * 60)
            self.stop.set()
            for t in threads:
                t.join()
            writer.writerow([f"{time.monotonic() - start:.1f}", *self.sample()])
        # Every client has gone: the server's descriptors must come back.
        deadline = time.monotonic() + 60
        end_fds = self.sample()[1]
        while end_fds > baseline_fds and time.monotonic() < deadline:
            time.sleep(0.5)
            end_fds = self.sample()[1]
        return self.report(start, baseline_fds, end_fds)

    def report(self, start, baseline_fds, end_fds):
        with open(os.path.join(self.args.out, "samples.csv")) as f:
            rows = [(float(r["seconds"]), int(r["rss_kb"])) for r in csv.DictReader(f)]
        total = rows[-1][0]
        # The last 20 minutes, after a warm-up of at least as long as a
        # session lives (30 minutes): readers' sessions are kept that long,
        # so memory rises until the first ones expire. A shorter run is
        # judged on its second half.
        window = 20 * 60 if total >= 50 * 60 else total / 2
        window_start = total - window
        before = [rss for t, rss in rows if t <= window_start]
        rss_from = before[-1] if before else rows[0][1]
        rss_peak = max(rss for t, rss in rows if t >= window_start)
        growth = (rss_peak - rss_from) / rss_from

        def ms(values, q):
            if not values:
                return None
            values = sorted(values)
            return round(1000 * values[min(len(values) - 1, int(q * len(values)))], 1)

        report = {
            "minutes": round(total / 60, 1),
            "counts": self.counts,
            "errors": len(self.errors),
            "first_errors": self.errors[:20],
            "latency_ms": {k: {"p50": ms(v, 0.5), "p99": ms(v, 0.99), "n": len(v)}
                           for k, v in self.latency.items()},
            "rss_mb": {"start": round(rows[0][1] / 1024, 1),
                       "window_start_s": round(window_start),
                       "at_window_start": round(rss_from / 1024, 1),
                       "peak_in_window": round(rss_peak / 1024, 1),
                       "end": round(rows[-1][1] / 1024, 1),
                       "growth_in_window_pct": round(100 * growth, 2)},
            "fds": {"baseline": baseline_fds, "after": end_fds},
        }
        report["ok"] = report["errors"] == 0 and growth < 0.10 and end_fds <= baseline_fds
        with open(os.path.join(self.args.out, "report.json"), "w") as f:
            json.dump(report, f, indent=2)
        print(json.dumps(report, indent=2))
        return report["ok"]


def main():
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("--port", type=int, required=True)
    p.add_argument("--pid", type=int, required=True)
    p.add_argument("--secret", required=True)
    p.add_argument("--accepted", required=True, help="file: one accepted update_id per line")
    p.add_argument("--out", required=True)
    p.add_argument("--minutes", type=float, default=30)
    p.add_argument("--ws-clients", type=int, default=4)
    p.add_argument("--ws-interval", type=float, default=0.5)
    p.add_argument("--http-interval", type=float, default=0.5)
    p.add_argument("--webhook-interval", type=float, default=0.5)
    p.add_argument("--vanish-interval", type=float, default=1.0)
    p.add_argument("--reload-interval", type=float, default=60)
    args = p.parse_args()
    return 0 if Soak(args).run() else 1


if __name__ == "__main__":
    raise SystemExit(main())
