"""list_tasks.py PLAN: a plan's tasks with their lead units (as docs/examples/list_tasks.c)."""
import sys

import vnplan


def main(argv):
    if len(argv) != 2:
        print("usage: list_tasks.py PLAN", file=sys.stderr)
        return 2
    try:
        plan = vnplan.extract(argv[1])
    except vnplan.Error as e:
        print(f"list_tasks: {e}", file=sys.stderr)
        return 1
    m = plan["metadata"]
    print(f"{m['doc_type'] or '?'} {m['number'] or '?'}/{m['symbol'] or '?'}: {m['title'] or ''}")
    for t in plan["tasks"]:
        print(f"{t['id']}\t{'; '.join(t['lead'])}\t{t['text']}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
