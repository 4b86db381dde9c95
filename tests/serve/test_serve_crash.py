"""kill -9 of vnplan serve in the middle of writes: after a restart the
database passes integrity_check, every acknowledged write is there, and
nothing refers to a missing row."""
import json
import os
import signal
import sqlite3
import sys
import threading

from serve_client import Server, tmpdir

vnplan, samples = sys.argv[1], sys.argv[2]
d = tmpdir()
db = os.path.join(d, "t.sqlite")
s = Server(vnplan, db)
failures = []


def check(cond, what):
    if not cond:
        failures.append(what)
        print("FAIL:", what)


up = open(os.path.join(samples, "ubnd-2026-par-sipas.docx"), "rb").read()
low = open(os.path.join(samples, "sngv-2024-par-sipas-papi.docx"), "rb").read()
check(s.upload("/api/plans", "up.docx", up)[0] == 201 and s.upload("/api/plans", "low.docx", low)[0] == 201,
      "plans uploaded")
st, _, body = s.post_form("/api/runs", [("upper", 1), ("lower", 2)])
run = json.loads(body)["id"]
item = json.loads(s.request("GET", f"/api/runs/{run}")[2])["items"][0]["upper_task"]["id"]

acked_decisions, acked_runs = [], []
lock = threading.Lock()
stop = threading.Event()


def writer(k):
    n = 0
    while not stop.is_set():
        n += 1
        try:
            if n % 5 == 0:
                st, _, body = s.post_form("/api/runs", [("upper", 1), ("lower", 2)])
                if st == 201:
                    with lock:
                        acked_runs.append(json.loads(body)["id"])
            else:
                st, _, body = s.post_form(f"/api/runs/{run}/decisions", [("upper_task", item), ("action", "status"),
                                          ("status", "partial"), ("note", f"w{k}-{n}"), ("reviewer", "T")])
                if st == 201:
                    with lock:
                        acked_decisions.append(json.loads(body)["id"])
        except OSError:
            return  # the server is gone


threads = [threading.Thread(target=writer, args=(k,)) for k in range(4)]
for t in threads:
    t.start()
# Kill once enough writes have been acknowledged (so some are surely in flight).
while True:
    with lock:
        if len(acked_decisions) >= 40 and len(acked_runs) >= 3:
            break
    threading.Event().wait(0.01)
s.proc.send_signal(signal.SIGKILL)
s.proc.wait()
s.proc.stderr.close()
stop.set()
for t in threads:
    t.join()

c = sqlite3.connect(db)
check(c.execute("PRAGMA integrity_check").fetchone()[0] == "ok", "integrity_check ok after kill -9")
check(c.execute("PRAGMA foreign_key_check").fetchall() == [], "no dangling references")
have = {r[0] for r in c.execute("SELECT id FROM decisions")}
check(set(acked_decisions) <= have, "every acknowledged decision kept")
runs = {r[0] for r in c.execute("SELECT id FROM runs")}
check(set(acked_runs) <= runs, "every acknowledged run kept")
check(all(json.loads(r[0])["vnplan_coverage"] == "1" for r in c.execute("SELECT report FROM runs")),
      "every stored report whole")
c.close()

s.start()  # the same database again
st, exp = s.get_json(f"/api/runs/{run}/decisions.json")
check(st == 200 and {x["id"] for x in exp["decisions"]} >= set(acked_decisions), "restarted server serves them")
check(s.post_form(f"/api/runs/{run}/decisions", [("upper_task", item), ("action", "status"), ("status", "covered"),
                  ("reviewer", "T")])[0] == 201, "restarted server takes writes")
check(s.stop() == 0, "clean stop")
print(f"acknowledged {len(acked_decisions)} decisions, {len(acked_runs)} runs before kill -9")
print("ok" if not failures else f"{len(failures)} failure(s)")
sys.exit(1 if failures else 0)
