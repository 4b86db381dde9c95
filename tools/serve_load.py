#!/usr/bin/env python3
"""Bounded load test of vnplan serve on loopback (not a ctest: it measures).
20 clients x 50 requests each (front page, review page, plan list, and one
decision in five), against a fresh database with two plans and a run.
Fails on any error or lost decision; prints latencies for docs/performance.md.
Usage: tools/serve_load.py [VNPLAN] [CLIENTS] [REQUESTS]"""
import json
import os
import statistics
import sys
import threading
import time

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "tests", "serve"))
from serve_client import Server, tmpdir  # noqa: E402

root = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
vnplan = sys.argv[1] if len(sys.argv) > 1 else os.path.join(root, "build", "vnplan")
clients = int(sys.argv[2]) if len(sys.argv) > 2 else 20
per_client = int(sys.argv[3]) if len(sys.argv) > 3 else 50
samples = os.path.join(root, "samples")
d = tmpdir()
s = Server(vnplan, os.path.join(d, "load.sqlite"))
for f in ("ubnd-2026-par-sipas.docx", "sngv-2024-par-sipas-papi.docx"):
    assert s.upload("/api/plans", f, open(os.path.join(samples, f), "rb").read())[0] == 201
st, _, body = s.post_form("/api/runs", [("upper", 1), ("lower", 2)])
assert st == 201
items = [i["upper_task"]["id"] for i in json.loads(s.request("GET", "/api/runs/1")[2])["items"]]

lat = {"GET /": [], "GET /runs/1": [], "GET /api/plans": [], "POST decision": []}
errors, acked = [], []
lock = threading.Lock()


def client(k):
    for n in range(per_client):
        kind = ("GET /", "GET /runs/1", "GET /api/plans", "GET /runs/1", "POST decision")[n % 5]
        t0 = time.perf_counter()
        try:
            if kind == "POST decision":
                st, _, body = s.post_form("/api/runs/1/decisions", [
                    ("upper_task", items[(k * per_client + n) % len(items)]), ("action", "status"),
                    ("status", "partial"), ("note", f"c{k} r{n}"), ("reviewer", f"client {k}")])
                ok = st == 201
                if ok:
                    with lock:
                        acked.append(json.loads(body)["id"])
            else:
                st, _, _ = s.request("GET", kind.split(" ")[1])
                ok = st == 200
        except OSError as e:
            ok, st = False, str(e)
        dt = (time.perf_counter() - t0) * 1000
        with lock:
            lat[kind].append(dt)
            if not ok:
                errors.append((kind, st))


t0 = time.perf_counter()
threads = [threading.Thread(target=client, args=(k,)) for k in range(clients)]
for t in threads:
    t.start()
for t in threads:
    t.join()
wall = time.perf_counter() - t0
st, exp = s.get_json("/api/runs/1/decisions.json")
stored = {x["id"] for x in exp["decisions"]}
lost = set(acked) - stored
s.stop()
total = sum(len(v) for v in lat.values())
print(f"{clients} clients x {per_client} requests = {total} in {wall:.2f} s ({total / wall:.0f} req/s); "
      f"errors {len(errors)}, decisions acknowledged {len(acked)}, stored {len(stored)}, lost {len(lost)}")
print("| request | n | median ms | p95 ms | max ms |\n|---|---|---|---|---|")
for kind, v in lat.items():
    v.sort()
    print(f"| {kind} | {len(v)} | {statistics.median(v):.1f} | {v[int(len(v) * 0.95) - 1]:.1f} | {v[-1]:.1f} |")
sys.exit(1 if errors or lost else 0)
