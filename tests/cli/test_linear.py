#!/usr/bin/env python3
"""Time and memory grow linearly with the input (docs/robustness.md, "Growth").

usage: test_linear.py VNPLAN [CASE...]

The .docx cases (docx_cases.py) grow one lookup table or nesting path of
the reader each: relationships to missing parts against many zip entries,
a chain of based-on styles, numbering definitions, bookmarks with the
fields that refer to them, a long table nested in a one-cell table, one row
of many cells, footnotes.

Each case makes inputs of four sizes (1, 2, 4, 8 units), runs one vnplan
command on each, and fits the slope of log(CPU time) and log(peak memory)
against log(size). A linear path has slope 1 (memory: at most 1); a
quadratic one 2. A case fails when the time slope is over 1.35 or the memory
slope over 1.2, or when its output is larger than the bound it states. CPU
time and peak memory come from the child's own rusage (os.wait4), so other
processes on the machine do not count; each size is run three times and the
fastest run kept. Sizes are chosen so that the smallest run takes tens of
milliseconds and the largest stays under a few seconds.
"""
import math
import os
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import docx_cases  # noqa: E402

TIME_SLOPE = 1.35
MEMORY_SLOPE = 1.2


def run(argv, out_path):
    """CPU seconds and peak RSS (KiB) of one run; its exit status must be 0."""
    with open(out_path, "wb") as out:
        p = subprocess.Popen(argv, stdout=out, stderr=subprocess.PIPE)
        _, status, ru = os.wait4(p.pid, 0)
        err = p.stderr.read().decode("utf-8", "replace")
        p.stderr.close()
    code = os.waitstatus_to_exitcode(status)
    if code != 0:
        raise RuntimeError(f"{' '.join(argv)}: exit {code}: {err.strip()[:300]}")
    return ru.ru_utime + ru.ru_stime, ru.ru_maxrss


def slope(xs, ys):
    lx = [math.log(x) for x in xs]
    ly = [math.log(max(y, 1e-6)) for y in ys]
    mx, my = sum(lx) / len(lx), sum(ly) / len(ly)
    return sum((a - mx) * (b - my) for a, b in zip(lx, ly)) / sum((a - mx) ** 2 for a in lx)


WORDS = "kế hoạch triển khai thực hiện nhiệm vụ cải cách hành chính năm tỉnh sở ban ngành".split()


def wrapped_paragraph(path, units):
    """One paragraph of plain text hard-wrapped into many lines: joining it
    back used to re-read the whole paragraph for every line."""
    with open(path, "w", encoding="utf-8") as f:
        f.write("KẾ HOẠCH\nTriển khai nhiệm vụ năm 2026\n\nI. NHIỆM VỤ\n\n1. Nhiệm vụ chung\n\n")
        for i in range(units * 6000):
            f.write(" ".join(WORDS[(i + k) % len(WORDS)] for k in range(10)) + "\n")
    return 64 * 1024 * 1024   # the paragraph is held to max-paragraph-bytes, passed below


def long_lines(path, units):
    """Many lines of Vietnamese text for normalize --key."""
    with open(path, "w", encoding="utf-8") as f:
        line = "Ủy ban nhân dân tỉnh Lạng Sơn ban hành Kế hoạch cải cách hành chính hoà thuỷ\n"
        f.write(line * (units * 40000))
    return None


CASES = {
    # name: (input maker, file suffix, command arguments after the binary)
    "extract-reflow": (wrapped_paragraph, ".txt", ["extract", "--max-paragraph-bytes", "67108864"]),
    "normalize-key": (long_lines, ".txt", ["normalize", "--key"]),
    "normalize-folded": (long_lines, ".txt", ["normalize", "--folded"]),
}
# Each lookup table and nesting path of the .docx reader (docx_cases.py),
# through `text` (the reader alone) and `extract` (reader and rules).
for _name, _make in docx_cases.MAKERS.items():
    CASES["text-" + _name] = (_make, ".docx", ["text"])
    CASES["extract-" + _name] = (_make, ".docx", ["extract", "--quiet"])


def check_case(vnplan, name, tmp):
    make, suffix, args = CASES[name]
    sizes, times, mems = [], [], []
    for units in (1, 2, 4, 8):
        path = os.path.join(tmp, f"{name}-{units}{suffix}")
        # Made in a child process: a peak RSS counts the memory of the
        # process before exec, so this one must stay small.
        subprocess.run([sys.executable, os.path.abspath(__file__), "--make", name, path, str(units)], check=True)
        in_bytes = os.path.getsize(path)
        out_path = path + ".out"
        best_t, best_m = None, None
        for _ in range(3):
            t, m = run([vnplan] + args + [path], out_path)
            best_t = t if best_t is None else min(best_t, t)
            best_m = m if best_m is None else min(best_m, m)
        out_bytes = os.path.getsize(out_path)
        # Every output here is bounded by a small multiple of its input.
        if out_bytes > 4 * in_bytes + 65536:
            print(f"FAIL {name}: {out_bytes} bytes of output for {in_bytes} of input")
            return False
        sizes.append(in_bytes)
        times.append(best_t)
        mems.append(best_m)
    st, sm = slope(sizes, times), slope(sizes, mems)
    figures = ", ".join(f"{s // 1024} KiB: {t * 1000:.0f} ms {m // 1024} MiB" for s, t, m in zip(sizes, times, mems))
    ok = st <= TIME_SLOPE and sm <= MEMORY_SLOPE
    print(f"{'ok' if ok else 'FAIL'} {name}: time slope {st:.2f}, memory slope {sm:.2f} ({figures})")
    return ok


def main():
    if sys.argv[1] == "--make":
        CASES[sys.argv[2]][0](sys.argv[3], int(sys.argv[4]))
        return 0
    vnplan = sys.argv[1]
    names = sys.argv[2:] or list(CASES)
    passed = failed = 0
    with tempfile.TemporaryDirectory() as tmp:
        for name in names:
            try:
                good = check_case(vnplan, name, tmp)
            except RuntimeError as e:
                print(f"FAIL {name}: {e}")
                good = False
            passed += good
            failed += not good
    print(f"{passed} passed, {failed} failed")
    return 0 if failed == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
