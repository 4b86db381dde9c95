"""vnplan serve --users: HTTP Basic against PBKDF2 hashes; the signed-in
name is the reviewer; a bad users file stops the server with one line."""
import base64
import json
import os
import subprocess
import sys

from serve_client import Server, tmpdir

vnplan, samples = sys.argv[1], sys.argv[2]
failures = []


def check(cond, what):
    if not cond:
        failures.append(what)
        print("FAIL:", what)


d = tmpdir()
line = subprocess.run([vnplan, "serve", "--hash-password", "binh"], input="mật khẩu 1\n", capture_output=True,
                      text=True, check=True).stdout
f = line.strip().split(":")
check(len(f) == 5 and f[0] == "binh" and f[1] == "pbkdf2-sha256" and len(f[3]) == 32 and len(f[4]) == 64,
      f"hash line: {line}")
line2 = subprocess.run([vnplan, "serve", "--hash-password", "binh"], input="mật khẩu 1\n", capture_output=True,
                       text=True, check=True).stdout
check(line2.split(":")[3] != f[3], "a new salt each time")
users = os.path.join(d, "users")
open(users, "w").write("# users\n" + line)


def basic(user, pw):
    return "Basic " + base64.b64encode(f"{user}:{pw}".encode()).decode()


class AuthServer(Server):
    auth = basic("binh", "mật khẩu 1")

    def request(self, method, path, body=None, headers=None, token=True):
        h = dict(headers or {})
        if self.auth:
            h["Authorization"] = self.auth
        return Server.request(self, method, path, body, h, token)


s = AuthServer(vnplan, os.path.join(d, "t.sqlite"), "--users", users)
try:
    s.auth = None
    st, h, page = s.request("GET", "/")
    check(st == 401 and h.get("www-authenticate", "").startswith("Basic realm=\"vnplan\""), f"no sign-in: 401 ({st})")
    s.auth = basic("binh", "sai")
    check(s.request("GET", "/")[0] == 401, "wrong password: 401")
    s.auth = basic("an", "mật khẩu 1")
    check(s.request("GET", "/")[0] == 401, "unknown user: 401")
    s.auth = basic("binh", "mật khẩu 1")
    check(s.request("GET", "/")[0] == 200, "signed in: 200")
    up = os.path.join(samples, "ubnd-2026-par-sipas.docx")
    low = os.path.join(samples, "sngv-2024-par-sipas-papi.docx")
    check(s.upload("/api/plans", "u.docx", open(up, "rb").read())[0] == 201, "upload signed in")
    check(s.upload("/api/plans", "l.docx", open(low, "rb").read())[0] == 201, "upload signed in")
    st, _, body = s.post_form("/api/runs", [("upper", 1), ("lower", 2)])
    item = json.loads(s.request("GET", "/api/runs/1")[2])["items"][0]["upper_task"]["id"]
    st, _, _ = s.post_form("/api/runs/1/decisions", [("upper_task", item), ("action", "status"),
                           ("status", "covered"), ("reviewer", "someone else")])
    check(st == 201, "decision signed in")
    st, exp = s.get_json("/api/runs/1/decisions.json")
    check([x["who"] for x in exp["decisions"]] == ["binh"], "the reviewer is the signed-in user")
finally:
    check(s.stop() == 0, "clean stop")

bad = os.path.join(d, "bad")
open(bad, "w").write("binh:plain:secret\n")
p = subprocess.run([vnplan, "serve", "--listen", "127.0.0.1:0", "--db", os.path.join(d, "u.sqlite"), "--users", bad],
                   capture_output=True, text=True, timeout=30)
check(p.returncode == 1 and p.stderr.count("\n") == 1 and "line 1" in p.stderr and bad in p.stderr,
      f"bad users file: one line, exit 1 ({p.returncode} {p.stderr!r})")
print("ok" if not failures else f"{len(failures)} failure(s)")
sys.exit(1 if failures else 0)
