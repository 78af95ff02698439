#!/usr/bin/env python3
"""A WebSocket chat through TLS, with the standard library only (RFC 6455).

Used by deploy/test-nginx.sh to hold a conversation with tanya through nginx:
a question, then a follow-up that only makes sense with the first one's
context, which proves both went to the same replica over one upgraded
connection. The certificate is verified against --cafile (no -k).

  ws_chat.py --url wss://127.0.0.1:PORT/ws --cafile cert.pem [--origin O]
             [--expect-status 403 | --hold 1001 | --resume-url URL2 |
              --swap-file F --swap-question Q --swap-expect S]

--hold asks once, then stays connected until the server closes, and passes
if the close code is the one given (a replica draining on SIGTERM: 1001).
--resume-url asks the first question on --url, closes, then resumes the
session on URL2 (another replica) with `hello` and asks the follow-up there.
--swap-file asks once, prints {"event":"open"}, waits (same connection) until
file F exists (the test swapped the index), then asks Q and passes if the
answer is found and S is in it (text or sources: an article's title). ws:// URLs (a replica's own port) are
allowed too; --cafile is then unused.

Prints one JSON line with what happened; exits 0 when every check passed.
Every socket operation has a timeout and the whole run a deadline.
"""
import argparse
import base64
import hashlib
import json
import os
import socket
import ssl
import struct
import sys
import time
import urllib.parse

GUID = b"258EAFA5-E914-47DA-95CA-C5AB0DC85B11"


class Fail(Exception):
    pass


class Closed(Fail):
    """The server sent a close frame."""

    def __init__(self, code):
        super().__init__(f"server closed the connection (code {code})")
        self.code = code


class Conn:
    def __init__(self, url, cafile, origin, deadline):
        u = urllib.parse.urlsplit(url)
        if u.scheme not in ("wss", "ws"):
            raise Fail("only ws:// and wss:// URLs")
        self.deadline = deadline
        if u.scheme == "wss":
            ctx = ssl.create_default_context(cafile=cafile)
            ctx.set_alpn_protocols(["http/1.1"])  # WebSocket upgrades are HTTP/1.1
            raw = socket.create_connection((u.hostname, u.port or 443), timeout=5)
            self.sock = ctx.wrap_socket(raw, server_hostname=u.hostname)
        else:
            self.sock = socket.create_connection((u.hostname, u.port or 80), timeout=5)
        self.buf = b""
        key = base64.b64encode(os.urandom(16)).decode()
        lines = [
            f"GET {u.path or '/'} HTTP/1.1",
            f"Host: {u.netloc}",
            "Upgrade: websocket",
            "Connection: Upgrade",
            f"Sec-WebSocket-Key: {key}",
            "Sec-WebSocket-Version: 13",
        ]
        if origin:
            lines.append(f"Origin: {origin}")
        self.sock.sendall(("\r\n".join(lines) + "\r\n\r\n").encode())
        head = self._read_until(b"\r\n\r\n")
        status_line, *headers = head.decode("latin-1").split("\r\n")
        self.status = int(status_line.split()[1])
        self.headers = {}
        for h in headers:
            if ":" in h:
                k, v = h.split(":", 1)
                self.headers[k.strip().lower()] = v.strip()
        if self.status == 101:
            want = base64.b64encode(hashlib.sha1(key.encode() + GUID).digest()).decode()
            if self.headers.get("sec-websocket-accept") != want:
                raise Fail("bad Sec-WebSocket-Accept")

    def _recv(self):
        left = self.deadline - time.monotonic()
        if left <= 0:
            raise Fail("deadline passed waiting for the server")
        self.sock.settimeout(min(left, 10))
        chunk = self.sock.recv(65536)
        if not chunk:
            raise Fail("connection closed by the server")
        self.buf += chunk

    def _read_until(self, marker):
        while marker not in self.buf:
            if len(self.buf) > 65536:
                raise Fail("handshake response too long")
            self._recv()
        head, self.buf = self.buf.split(marker, 1)
        return head

    def _read_exact(self, n):
        while len(self.buf) < n:
            self._recv()
        out, self.buf = self.buf[:n], self.buf[n:]
        return out

    def send_frame(self, opcode, payload):
        # Client frames must be masked (RFC 6455 5.3); FIN set, no fragments.
        head = bytes([0x80 | opcode])
        n = len(payload)
        if n < 126:
            head += bytes([0x80 | n])
        elif n < 65536:
            head += bytes([0x80 | 126]) + struct.pack("!H", n)
        else:
            head += bytes([0x80 | 127]) + struct.pack("!Q", n)
        mask = os.urandom(4)
        body = bytes(b ^ mask[i % 4] for i, b in enumerate(payload))
        self.sock.sendall(head + mask + body)

    def send_json(self, obj):
        self.send_frame(0x1, json.dumps(obj).encode())

    def recv_json(self):
        """Next text message as JSON; answers pings, joins fragments."""
        parts = []
        while True:
            b0, b1 = self._read_exact(2)
            fin, opcode, n = b0 & 0x80, b0 & 0x0F, b1 & 0x7F
            if b1 & 0x80:
                raise Fail("the server masked a frame")
            if n == 126:
                n = struct.unpack("!H", self._read_exact(2))[0]
            elif n == 127:
                n = struct.unpack("!Q", self._read_exact(8))[0]
            payload = self._read_exact(n)
            if opcode == 0x9:
                self.send_frame(0xA, payload)
                continue
            if opcode == 0xA:
                continue
            if opcode == 0x8:
                code = struct.unpack("!H", payload[:2])[0] if len(payload) >= 2 else None
                raise Closed(code)
            parts.append(payload)
            if fin:
                return json.loads(b"".join(parts).decode())

    def close(self):
        try:
            self.send_frame(0x8, struct.pack("!H", 1000))
        except OSError:
            pass
        self.sock.close()


def hold(args):
    """Asks once, then waits for the server to close: its close code."""
    deadline = time.monotonic() + args.timeout
    conn = Conn(args.url, args.cafile, args.origin, deadline)
    if conn.status != 101 or conn.recv_json().get("type") != "welcome":
        raise Fail(f"no WebSocket: {conn.status}")
    conn.send_json({"type": "ask", "id": "h1", "text": "Apa itu kerja sama bilateral?"})
    if conn.recv_json().get("found") is not True:
        raise Fail("question not answered")
    print(json.dumps({"event": "open"}), flush=True)  # the test waits for this line
    try:
        while True:
            conn.recv_json()
    except Closed as closed:
        conn.sock.close()
        if closed.code != args.hold:
            raise Fail(f"closed with {closed.code}, expected {args.hold}")
        return {"close_code": closed.code}


def open_welcomed(url, args, deadline):
    conn = Conn(url, args.cafile, args.origin, deadline)
    if conn.status != 101:
        raise Fail(f"handshake on {url} answered {conn.status}, not 101")
    welcome = conn.recv_json()
    if welcome.get("type") != "welcome" or len(welcome.get("session", "")) != 32:
        raise Fail(f"no welcome: {welcome}")
    return conn, welcome


def ask(conn, qid, text):
    conn.send_json({"type": "ask", "id": qid, "text": text})
    reply = conn.recv_json()
    if reply.get("type") != "answer" or reply.get("id") != qid:
        raise Fail(f"{text!r} not answered: {reply}")
    return reply


def resume(args):
    """First question on one replica, the follow-up on another (hello)."""
    deadline = time.monotonic() + args.timeout
    first_conn, welcome = open_welcomed(args.url, args, deadline)
    session = welcome["session"]
    first = ask(first_conn, "q1", "Apa itu kerja sama regional?")
    if first.get("found") is not True or "regional" not in first.get("answer", "").lower():
        raise Fail(f"first answer is not about regional cooperation: {first}")
    first_conn.close()

    conn, _ = open_welcomed(args.resume_url, args, deadline)
    conn.send_json({"type": "hello", "session": session})
    resumed = conn.recv_json()
    if resumed.get("type") != "welcome" or resumed.get("session") != session \
            or resumed.get("resumed") is not True:
        raise Fail(f"session not resumed on {args.resume_url}: {resumed}")
    follow = ask(conn, "q2", "Contohnya?").get("answer", "")
    conn.close()
    if "ASEAN" not in follow or "WTO" in follow:
        raise Fail(f"follow-up on the other replica lost the context: {follow}")

    # Control: a session unknown everywhere is not resumed.
    other, _ = open_welcomed(args.resume_url, args, deadline)
    other.send_json({"type": "hello", "session": "0" * 32})
    refused = other.recv_json()
    other.close()
    if refused.get("resumed") is not False:
        raise Fail(f"an unknown session was resumed: {refused}")
    return {"resumed_on_other_replica": True, "follow_up_has_context": True}


def swap(args):
    """One connection across an index swap: answers before and after."""
    deadline = time.monotonic() + args.timeout
    conn, _ = open_welcomed(args.url, args, deadline)
    before = ask(conn, "b1", args.swap_question)
    if before.get("found") is True and args.swap_expect in json.dumps(before, ensure_ascii=False):
        raise Fail(f"the old index already answers {args.swap_question!r}: the check is void")
    print(json.dumps({"event": "open"}), flush=True)  # the test swaps now
    while not os.path.exists(args.swap_file):
        if time.monotonic() > deadline:
            raise Fail("the index was not swapped in time")
        time.sleep(0.05)
    after = ask(conn, "a1", args.swap_question)
    conn.close()
    if after.get("found") is not True or args.swap_expect not in json.dumps(after, ensure_ascii=False):
        raise Fail(f"the same connection does not answer from the new index: {after}")
    return {"same_connection": True, "answers_from_new_index": True}


def chat(args):
    deadline = time.monotonic() + args.timeout
    conn = Conn(args.url, args.cafile, args.origin, deadline)
    result = {"status": conn.status}
    if args.expect_status is not None:
        conn.sock.close()
        if conn.status != args.expect_status:
            raise Fail(f"handshake answered {conn.status}, expected {args.expect_status}")
        return result
    if conn.status != 101:
        raise Fail(f"handshake answered {conn.status}, not 101")

    welcome = conn.recv_json()
    if welcome.get("type") != "welcome" or len(welcome.get("session", "")) != 32:
        raise Fail(f"no welcome: {welcome}")

    conn.send_json({"type": "ask", "id": "q1", "text": "Apa itu kerja sama regional?"})
    first = conn.recv_json()
    if first.get("type") != "answer" or first.get("id") != "q1" or first.get("found") is not True:
        raise Fail(f"first question not answered: {first}")
    if "regional" not in first.get("answer", "").lower():
        raise Fail(f"first answer is not about regional cooperation: {first.get('answer')}")

    # "Contohnya?" ("examples of it?") names no topic: with the first
    # question's context it lists regional cooperation's examples (ASEAN...)
    # only; without it, the examples of every form (WTO, IMF...).
    conn.send_json({"type": "ask", "id": "q2", "text": "Contohnya?"})
    second = conn.recv_json()
    if second.get("type") != "answer" or second.get("id") != "q2" or second.get("found") is not True:
        raise Fail(f"follow-up not answered: {second}")
    follow_up = second.get("answer", "")
    if "ASEAN" not in follow_up or "WTO" in follow_up:
        raise Fail(f"follow-up lost the context: {follow_up}")

    conn.send_json({"type": "ping", "id": 7})
    pong = conn.recv_json()
    if pong.get("type") != "pong" or pong.get("id") != 7:
        raise Fail(f"no pong: {pong}")
    conn.close()

    # Control: the same words on a fresh connection (a new session) must get
    # a different answer, or the check above would prove nothing.
    fresh = Conn(args.url, args.cafile, args.origin, deadline)
    if fresh.status != 101 or fresh.recv_json().get("type") != "welcome":
        raise Fail("second connection not welcomed")
    fresh.send_json({"type": "ask", "id": "c1", "text": "Contohnya?"})
    control = fresh.recv_json().get("answer", "")
    fresh.close()
    if control == follow_up:
        raise Fail("a fresh session got the same answer: the follow-up check is void")

    result.update(welcome=True, first_found=True, follow_up_has_context=True, pong=True,
                  fresh_session_differs=True)
    return result


def main():
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("--url", required=True)
    p.add_argument("--cafile")
    p.add_argument("--origin")
    p.add_argument("--expect-status", type=int)
    p.add_argument("--hold", type=int, metavar="CODE",
                   help="ask once, stay connected, pass when the server closes with CODE")
    p.add_argument("--resume-url", help="resume the session here for the follow-up")
    p.add_argument("--swap-file")
    p.add_argument("--swap-question")
    p.add_argument("--swap-expect")
    p.add_argument("--timeout", type=float, default=30.0)
    args = p.parse_args()
    try:
        if args.hold is not None:
            result = hold(args)
        elif args.resume_url:
            result = resume(args)
        elif args.swap_file:
            result = swap(args)
        else:
            result = chat(args)
    except (Fail, OSError, ValueError, ssl.SSLError) as e:
        print(json.dumps({"ok": False, "error": f"{type(e).__name__}: {e}"}))
        return 1
    result["ok"] = True
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
