#!/usr/bin/env python3
"""A remote annotator for Concord: finds world capital cities (contract: docs/remote-annotators.md).

Python 3 standard library only. Run it, then drop capitals.cfg into Concord's conf/ as
io.concord.annotator.remote-capitals.cfg. The --lie, --slow, --status and --garbage flags make it
misbehave on purpose, to see (and test) how Concord copes.
"""
import argparse
import hmac
import json
import os
import re
import sys
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

SCHEMA = "concord.remote/1"

# name as written -> canonical name; a short list is enough to show the contract
CAPITALS = {
    "Abuja": "Abuja", "Accra": "Accra", "Addis Ababa": "Addis Ababa", "Algiers": "Algiers",
    "Amman": "Amman", "Amsterdam": "Amsterdam", "Ankara": "Ankara", "Athens": "Athens",
    "Baghdad": "Baghdad", "Bangkok": "Bangkok", "Beijing": "Beijing", "Beirut": "Beirut",
    "Berlin": "Berlin", "Bern": "Bern", "Bogotá": "Bogotá", "Bogota": "Bogotá", "Brasília": "Brasília",
    "Brasilia": "Brasília", "Brussels": "Brussels", "Bucharest": "Bucharest", "Budapest": "Budapest",
    "Buenos Aires": "Buenos Aires", "Cairo": "Cairo", "Canberra": "Canberra", "Caracas": "Caracas",
    "Copenhagen": "Copenhagen", "Damascus": "Damascus", "Dhaka": "Dhaka", "Doha": "Doha",
    "Dublin": "Dublin", "Hanoi": "Hanoi", "Havana": "Havana", "Helsinki": "Helsinki",
    "Islamabad": "Islamabad", "Jakarta": "Jakarta", "Jerusalem": "Jerusalem", "Kabul": "Kabul",
    "Kampala": "Kampala", "Kyiv": "Kyiv", "Kiev": "Kyiv", "Lima": "Lima", "Lisbon": "Lisbon",
    "London": "London", "Madrid": "Madrid", "Manila": "Manila", "Mexico City": "Mexico City",
    "Minsk": "Minsk", "Moscow": "Moscow", "Nairobi": "Nairobi", "New Delhi": "New Delhi",
    "Oslo": "Oslo", "Ottawa": "Ottawa", "Paris": "Paris", "Prague": "Prague", "Pretoria": "Pretoria",
    "Pyongyang": "Pyongyang", "Rabat": "Rabat", "Riyadh": "Riyadh", "Rome": "Rome",
    "Santiago": "Santiago", "Seoul": "Seoul", "Singapore": "Singapore", "Sofia": "Sofia",
    "Stockholm": "Stockholm", "Taipei": "Taipei", "Tehran": "Tehran", "Tokyo": "Tokyo",
    "Tripoli": "Tripoli", "Tunis": "Tunis", "Vienna": "Vienna", "Warsaw": "Warsaw",
    "Washington": "Washington", "Wellington": "Wellington",
}
# longest first, so "Mexico City" wins over a shorter name inside it
PATTERN = re.compile(r"(?<!\w)(" + "|".join(re.escape(n) for n in sorted(CAPITALS, key=len, reverse=True)) + r")(?!\w)")


def utf16_offsets(text):
    """Python indexes code points; Concord counts UTF-16 code units (Java String indices)."""
    offsets, units = [], 0
    for ch in text:
        offsets.append(units)
        units += 2 if ord(ch) > 0xFFFF else 1
    offsets.append(units)
    return offsets


def find_capitals(text):
    at = utf16_offsets(text)
    return [{"type": "place", "begin": at[m.start()], "end": at[m.end()], "text": m.group(0),
             "canonical": CAPITALS[m.group(0)], "kind": "city", "confidence": 0.9}
            for m in PATTERN.finditer(text)]


class Handler(BaseHTTPRequestHandler):
    options = None

    def do_GET(self):
        self.answer(200, {"status": "ok"} if self.path == "/health" else {"error": "POST documents to /annotate"})

    def do_POST(self):
        o = self.options
        if o.token and not self.authorized(o.token):
            return self.answer(401, {"error": "missing or wrong bearer token"}, {"WWW-Authenticate": 'Bearer realm="capitals"'})
        if o.slow:
            time.sleep(o.slow)
        if o.status:
            return self.answer(o.status, {"error": "asked to answer HTTP %d" % o.status})
        if o.garbage:
            return self.answer(200, "<html>this is not JSON</html>")
        try:
            request = json.loads(self.rfile.read(int(self.headers.get("Content-Length", 0))).decode("utf-8"))
            if request.get("schema") != SCHEMA:
                return self.answer(400, {"error": "expected schema %s, got %r" % (SCHEMA, request.get("schema"))})
            text = request["document"]["text"]
        except (ValueError, KeyError, TypeError) as e:
            return self.answer(400, {"error": "bad request: %s" % e})
        found = find_capitals(text)
        if o.lie:
            # offsets past the end of the text, as a service that counted bytes or lost a newline might send
            found.append({"type": "place", "begin": len(text) - 2, "end": len(text) + 5, "canonical": "Atlantis", "kind": "city"})
        self.answer(200, {"annotations": found})

    def authorized(self, token):
        sent = self.headers.get("Authorization", "")
        # constant-time comparison, so the answer's timing does not give the token away
        return sent.startswith("Bearer ") and hmac.compare_digest(sent[len("Bearer "):].encode(), token.encode())

    def answer(self, status, body, headers=None):
        data = (body if isinstance(body, str) else json.dumps(body, ensure_ascii=False)).encode("utf-8")
        try:
            self.send_response(status)
            for name, value in (headers or {}).items():
                self.send_header(name, value)
            self.send_header("Content-Type", "application/json; charset=utf-8")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)
        except (BrokenPipeError, ConnectionResetError):
            pass  # the client gave up waiting (a --slow run past Concord's time limit)

    def log_message(self, fmt, *args):
        if not self.options.quiet:
            sys.stderr.write("capitals: " + (fmt % args) + "\n")


def main():
    p = argparse.ArgumentParser(description="A remote annotator for Concord that finds world capital cities.")
    p.add_argument("--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1)")
    p.add_argument("--port", type=int, default=8090, help="port to listen on (default 8090)")
    p.add_argument("--lie", action="store_true", help="add an annotation whose offsets run past the end of the text")
    p.add_argument("--slow", type=float, default=0, metavar="SECONDS", help="wait this long before each answer")
    p.add_argument("--status", type=int, default=0, metavar="CODE", help="answer every document with this HTTP status")
    p.add_argument("--garbage", action="store_true", help="answer with a body that is not JSON")
    p.add_argument("--quiet", action="store_true", help="do not log requests")
    p.add_argument("--token-env", metavar="NAME",
                   help="answer only calls that send 'Authorization: Bearer TOKEN', TOKEN being this environment variable's value")
    Handler.options = p.parse_args()
    Handler.options.token = None
    if Handler.options.token_env:
        Handler.options.token = os.environ.get(Handler.options.token_env)
        if not Handler.options.token:
            p.error("--token-env %s: the environment variable is not set" % Handler.options.token_env)
    server = ThreadingHTTPServer((Handler.options.host, Handler.options.port), Handler)
    print("capitals: listening on http://%s:%d/annotate" % server.server_address[:2], flush=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass


if __name__ == "__main__":
    main()
