"""The Python binding (bindings/python/vnplan) against the built library:
values of the golden plans, a coverage report, errors with code and message."""
import json
import os
import subprocess
import sys
import unittest

import vnplan

SOURCE = os.environ["VNPLAN_SOURCE_DIR"]


def sample(name):
    return os.path.join(SOURCE, "samples", name + ".docx")


class Extract(unittest.TestCase):
    def test_plan_is_the_cli_json(self):
        plan = vnplan.extract(sample("sngv-2024-par-sipas-papi"))
        with open(os.path.join(SOURCE, "tests/golden/sngv-2024-par-sipas-papi.json"), encoding="utf-8") as f:
            golden = json.load(f)
        plan["source"]["path"] = golden["source"]["path"]   # the golden file names it relative to the repo
        self.assertEqual(plan, golden)
        self.assertEqual(plan["metadata"]["symbol"], "KH-SNgV")
        self.assertEqual([t["id"] for t in plan["tasks"]], ["III.1#1", "III.1#2", "III.2#1", "III.2#2"])
        self.assertEqual(plan["tasks"][2]["lead"], ["Các phòng, đơn vị", "Trung tâm TTDVĐN thuộc Sở"])

    def test_missing_file_raises_eio(self):
        with self.assertRaises(vnplan.Error) as cm:
            vnplan.extract("/nonexistent/plan.docx")
        self.assertEqual(cm.exception.code, vnplan.EIO)
        self.assertEqual(cm.exception.path, "/nonexistent/plan.docx")
        self.assertIn("No such file or directory", cm.exception.message)

    def test_not_a_package_raises_eformat_or_unsupported(self):
        with self.assertRaises(vnplan.Error) as cm:
            vnplan.extract(os.path.join(SOURCE, "tests/golden/sngv-2024-par-sipas-papi.coverage"))
        self.assertIn(cm.exception.code, (vnplan.EFORMAT, vnplan.EUNSUPPORTED))
        self.assertTrue(cm.exception.message)

    def test_version(self):
        self.assertEqual(vnplan.version(), "0.1.0")


class Coverage(unittest.TestCase):
    def test_report(self):
        report = vnplan.coverage(sample("ubnd-2026-par-sipas"), [sample("sngv-2026-chi-so")])
        self.assertEqual(report["vnplan_coverage"], "1")
        self.assertEqual(report["summary"]["in_scope"], 46)
        self.assertEqual(report["summary"]["covered"], 1)
        self.assertEqual(report["summary"]["partial"], 28)
        self.assertEqual(report["lower"][0]["unit"], "SỞ NGOẠI VỤ")
        self.assertEqual(report["items"][0]["upper_task"]["id"], "II.1.a#1")

    def test_options(self):
        report = vnplan.coverage(sample("ubnd-2026-par-sipas"), sample("sngv-2026-chi-so"), all=True, top=1)
        self.assertEqual(report["summary"]["in_scope"], 61)
        self.assertEqual(report["options"]["top"], 1)
        self.assertTrue(all(len(i["matches"]) <= 1 for i in report["items"]))

    def test_bad_thresholds_raise_einval(self):
        with self.assertRaises(vnplan.Error) as cm:
            vnplan.coverage(sample("ubnd-2026-par-sipas"), [sample("sngv-2026-chi-so")], partial=0.9, covered=0.5)
        self.assertEqual(cm.exception.code, vnplan.EINVAL)
        self.assertIn("partial <= covered", cm.exception.message)

    def test_unknown_option(self):
        with self.assertRaises(TypeError):
            vnplan.coverage(sample("ubnd-2026-par-sipas"), [], colour="red")


class Example(unittest.TestCase):
    def test_list_tasks(self):
        out = subprocess.run([sys.executable, os.path.join(SOURCE, "bindings/python/examples/list_tasks.py"),
                              sample("sngv-2024-par-sipas-papi")], check=True, capture_output=True).stdout
        with open(os.path.join(SOURCE, "tests/api/list_tasks.expected"), "rb") as f:
            self.assertEqual(out, f.read())


if __name__ == "__main__":
    unittest.main()
