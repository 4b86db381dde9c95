"""Starting a vnplan server on a free loopback port and talking to it
(shared by the serve tests; python3 standard library only)."""
import http.client
import json
import os
import re
import subprocess
import tempfile
import uuid


class Server:
    def __init__(self, vnplan, db, *extra):
        self.vnplan, self.db, self.extra = vnplan, db, list(extra)
        self.start()

    def start(self):
        self.proc = subprocess.Popen(
            [self.vnplan, "serve", "--listen", "127.0.0.1:0", "--db", self.db] + self.extra,
            stderr=subprocess.PIPE, text=True)
        line = self.proc.stderr.readline()
        m = re.search(r"http://127\.0\.0\.1:(\d+)/", line)
        if not m:
            raise SystemExit("server did not start: " + line + self.proc.stderr.read())
        self.port = int(m.group(1))
        self.cookies = {}
        self.token = self.get_json("/api/token")[1]["csrf"]

    def stop(self, sig=None):
        if sig is None:
            self.proc.terminate()
        else:
            self.proc.send_signal(sig)
        rc = self.proc.wait(timeout=30)
        self.proc.stderr.close()
        return rc

    def request(self, method, path, body=None, headers=None, token=True):
        conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=60)
        h = dict(headers or {})
        if self.cookies:
            h["Cookie"] = "; ".join(f"{k}={v}" for k, v in self.cookies.items())
        if token and method == "POST":
            h["X-CSRF-Token"] = self.token
        conn.request(method, path, body=body, headers=h)
        resp = conn.getresponse()
        data = resp.read()
        for k, v in resp.getheaders():
            if k.lower() == "set-cookie":
                name, _, rest = v.partition("=")
                self.cookies[name] = rest.split(";")[0]
        conn.close()
        return resp.status, dict((k.lower(), v) for k, v in resp.getheaders()), data

    def get_json(self, path):
        status, _, data = self.request("GET", path)
        return status, json.loads(data)

    def post_form(self, path, fields, token=True, api=True):
        body = "&".join(f"{k}={urlquote(v)}" for k, v in fields)
        status, headers, data = self.request(
            "POST", path, body.encode(), {"Content-Type": "application/x-www-form-urlencoded"}, token)
        return status, headers, data

    def upload(self, path, name, content, token=True, field="file"):
        boundary = uuid.uuid4().hex
        body = (f"--{boundary}\r\nContent-Disposition: form-data; name=\"{field}\"; filename=\"{name}\"\r\n"
                f"Content-Type: application/octet-stream\r\n\r\n").encode() + content + \
            f"\r\n--{boundary}--\r\n".encode()
        return self.request("POST", path, body,
                            {"Content-Type": f"multipart/form-data; boundary={boundary}"}, token)


def urlquote(v):
    from urllib.parse import quote
    return quote(str(v), safe="")


def tmpdir():
    return tempfile.mkdtemp(prefix="vnplan-serve-")
