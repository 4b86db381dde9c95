#!/usr/bin/env python3
"""Metadata (and a few tasks) of real documents nobody tuned for (../shared/corpus/vn), checked
against what their title blocks say (read by hand from `vnplan text`):
plans, reports and a Party guideline from three provinces and the Party's
central office, with blank numbers and days.

usage: test_corpus_metadata.py VNPLAN SHARED_DIR
"""
import functools
import glob
import json
import subprocess
import sys

vnplan, shared = sys.argv[1], sys.argv[2]


@functools.lru_cache(maxsize=None)   # several checks read the same document
def plan_of(prefix):
    """The extracted plan of the one corpus file whose name starts with prefix, or None."""
    files = glob.glob(f"{shared}/corpus/vn/{prefix}*.docx")
    if len(files) != 1:
        return None
    return json.loads(subprocess.run([vnplan, "extract", files[0]], check=True, capture_output=True).stdout)


EXPECT = {
    "04_": {"doc_type": "KẾ HOẠCH", "number": None, "symbol": "KH-UBND", "issuer": "ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG",
            "place": "Lâm Đồng", "date": "2025-12", "title": "Cải cách hành chính nhà nước năm 2026 tỉnh Lâm Đồng"},
    "17_": {"doc_type": "KẾ HOẠCH", "symbol": "KH-UBND", "date": "2025-10",
            "title": "Triển khai thực hiện Chương trình mục tiêu quốc gia phòng, chống ma túy đến năm 2030"},
    "23_": {"doc_type": "BÁO CÁO", "symbol": "BC-UBND", "date": "2026-03",
            "title": "Công tác cải cách hành chính quý I năm 2026 và phương hướng, nhiệm vụ quý II năm 2026 tỉnh Lâm Đồng"},
    # a conference paper: a title block without number, symbol or date
    "28_": {"doc_type": "THAM LUẬN", "number": None, "symbol": None, "date": None,
            "title": "Xây dựng mô hình thôn, tổ dân phố không ma túy tiến tới thực hiện mục tiêu xây dựng xã, phường "
                     "không ma túy trong Chương trình mục tiêu Quốc gia phòng chống tội phạm ma túy đến năm 2030"},
    "30_": {"doc_type": "HƯỚNG DẪN", "number": "36", "symbol": "HD/VPTW", "issuer": "VĂN PHÒNG",
            "parent_issuer": "BAN CHẤP HÀNH TRUNG ƯƠNG", "place": "Hà Nội", "date": "2018-04-03",
            "title": "THỂ THỨC VÀ KỸ THUẬT TRÌNH BÀY VĂN BẢN CỦA ĐẢNG"},
    # the title centred under KẾ HOẠCH begins like a preamble ("Thực hiện ...")
    "32_": {"doc_type": "KẾ HOẠCH", "symbol": "KH-SCT", "issuer": "SỞ CÔNG THƯƠNG", "parent_issuer": "UBND TỈNH LÀO CAI",
            "place": "Lào Cai", "date": "2026-04",
            "title": "Thực hiện Đề án số 08 về phát triển công nghiệp tỉnh Lào Cai theo hướng xanh, hiện đại giai đoạn "
                     "2026-2030 (Ban hành kèm theo Nghị quyết số 35-NQ/TU ngày 29/12/2025 của Tỉnh ủy Lào Cai)"},
    "37_": {"doc_type": "BÁO CÁO", "symbol": "BC-UBND", "issuer": "UỶ BAN NHÂN DÂN TỈNH LÀO CAI", "date": "2026",
            "title": "Công tác quản lý nhà nước về địa chất, khoáng sản năm 2025 trên địa bàn tỉnh Lào Cai"},
}
# Tasks under TỔ CHỨC THỰC HIỆN whose headings name a topic, not a body: each
# paragraph a task, the lead only where a sentence names one.
TASKS = {
    # "Các sở, ban, ngành và Ủy ban nhân dân các xã, phường, đặc khu căn cứ ... có trách nhiệm ...":
    # the sentence's subject names its bodies; "Cơ quan, đơn vị được giao nhiệm vụ ... tại Phụ lục"
    # names none
    "04_": {"II.1.a": (["Các sở, ban, ngành", "Ủy ban nhân dân các xã, phường, đặc khu"], "Công tác triển khai"),
            "II.1.b": ([], "Công tác triển khai"),
            "II.1.c": (["Sở Nội vụ"], "Công tác triển khai"), "II.2.a": ([], "Kinh phí thực hiện"),
            # "Giao Văn phòng Ủy ban nhân dân tỉnh thường xuyên theo dõi ...": the adverb is not the name
            "I.6.b#6": (["Văn phòng Ủy ban nhân dân tỉnh"], "Nhiệm vụ")},
    "02_": {"III.1#3": (["Sở Nội vụ"], "Công tác triển khai"), "III.2#2": (["Các cơ quan, đơn vị, địa phương"], "Kinh phí thực hiện")},
    # "2. Giao Sở Nội vụ (...):" over its duties; a name with a comma in it
    "14_": {"VII.2.a": (["Sở Nội vụ (Cơ quan Thường trực Hội đồng Thi đua - Khen thưởng tỉnh và CCHC của tỉnh)"],
                        None),
            "VII.3": (["Sở Văn hóa, Thể thao và Du lịch"], None)},
}
# "Đơn vị chủ trì: X; Đơn vị phối hợp: Y, Z." on one line
SUPPORT = {"32_": {"III.1": (["Phòng Quản lý Công nghiệp"], ["Phòng Quản lý Năng lượng", "Phòng Quản lý Thương mại"])}}
failures = 0
for prefix, want in TASKS.items():
    tasks = {t["id"]: t for t in plan_of(prefix)["tasks"]}
    for tid, (lead, area) in want.items():
        t = tasks.get(tid)
        if not t or t["lead"] != lead or (area is not None and t["area"] != area):
            print(f"FAIL {prefix} task {tid}: {t and (t['lead'], t['area'])!r}, expected {(lead, area)!r}")
            failures += 1
for prefix, want in SUPPORT.items():
    tasks = {t["id"]: t for t in plan_of(prefix)["tasks"]}
    for tid, (lead, support) in want.items():
        t = tasks.get(tid)
        if not t or t["lead"] != lead or t["support"] != support:
            print(f"FAIL {prefix} task {tid}: {t and (t['lead'], t['support'])!r}, expected {(lead, support)!r}")
            failures += 1
for prefix, want in EXPECT.items():
    plan = plan_of(prefix)
    if plan is None:
        print(f"FAIL: not exactly one corpus file starts with {prefix}")
        failures += 1
        continue
    md = plan["metadata"]
    for key, value in want.items():
        if md.get(key) != value:
            print(f"FAIL {prefix} {key}: {md.get(key)!r}, expected {value!r}")
            failures += 1
print(f"{len(EXPECT)} documents, {failures} failures")
sys.exit(1 if failures else 0)
