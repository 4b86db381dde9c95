"""vnplan serve --listen: IPv4, IPv6 in brackets, and the forms refused
with exit 2 and a first line naming the value (an unbracketed IPv6 address is ambiguous with
its port; host names are not resolved)."""
import http.client
import os
import re
import socket
import subprocess
import sys

from serve_client import tmpdir

vnplan = sys.argv[1]
failures = []


def check(cond, what):
    if not cond:
        failures.append(what)
        print("FAIL:", what)


def serve_once(listen, host):
    """Start on `listen`, GET / on `host`, stop; the status and the banner."""
    db = os.path.join(tmpdir(), "l.sqlite")
    p = subprocess.Popen([vnplan, "serve", "--listen", listen, "--db", db], stderr=subprocess.PIPE, text=True)
    banner = p.stderr.readline()
    m = re.search(r":(\d+)/ ", banner)
    status = None
    if m:
        conn = http.client.HTTPConnection(host, int(m.group(1)), timeout=30)
        conn.request("GET", "/")
        status = conn.getresponse().status
        conn.close()
    p.terminate()
    rc = p.wait(timeout=30)
    p.stderr.close()
    return status, banner, rc


status, banner, rc = serve_once("127.0.0.1:0", "127.0.0.1")
check(status == 200 and rc == 0 and banner.startswith("vnplan: serving on http://127.0.0.1:"), f"IPv4: {banner!r}")

ipv6 = socket.has_ipv6
if ipv6:
    try:
        with socket.socket(socket.AF_INET6) as s:
            s.bind(("::1", 0))
    except OSError:
        ipv6 = False
if ipv6:
    status, banner, rc = serve_once("[::1]:0", "::1")
    check(status == 200 and rc == 0 and banner.startswith("vnplan: serving on http://[::1]:"), f"IPv6: {banner!r}")
else:
    print("no IPv6 loopback here: the IPv6 case is not run")

for bad in ["::1:8080", "[::1]", "[::1:8080", "localhost:8080", "127.0.0.1", "127.0.0.1:70000", "[]:80"]:
    p = subprocess.run([vnplan, "serve", "--listen", bad, "--db", os.path.join(tmpdir(), "x.sqlite")],
                       capture_output=True, text=True, timeout=30)
    first = p.stderr.split("\n")[0]
    named = bad in first or (bad.rsplit(":", 1)[0] in first and "address" in first)
    check(p.returncode == 2 and first.startswith("vnplan: serve: ") and named,
          f"--listen {bad}: exit 2, the first line naming it ({p.returncode} {p.stderr!r})")

print("ok" if not failures else f"{len(failures)} failure(s)")
sys.exit(1 if failures else 0)
