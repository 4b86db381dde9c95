vnplan_golden_kind(txt text)
